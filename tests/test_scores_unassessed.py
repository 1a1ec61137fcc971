"""Not assessed is never 0.00: a group of articles that no law grades has no
score, in every view and format (a dash in tables, null in JSON, an empty CSV
cell). The crafted dataset's Peru grades substantive and procedural articles,
no co-operation article."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from conftest import run


def _out(dataset: Path, *args: str) -> str:
    result = run("--data", str(dataset), *args)
    assert (result.code, result.stderr) == (0, "")
    return result.stdout


def test_list_table_prints_a_dash_for_a_group_with_no_graded_article(dataset: Path) -> None:
    peru = next(line for line in _out(dataset, "list").splitlines() if line.startswith("PE "))
    assert peru.split()[-4:] == ["0.29", "0.19", "—", "1"]
    assert "0.00" not in _out(dataset, "list")


def test_every_format_leaves_the_unassessed_group_without_a_score(dataset: Path) -> None:
    listed = json.loads(_out(dataset, "list", "--format", "json"))
    (peru,) = (row for row in listed["countries"] if row["code"] == "PE")
    assert peru["scores"] == {"substantive": 0.29, "procedural": 0.19, "cooperation": None}
    rows = {r["code"]: r for r in csv.DictReader(io.StringIO(_out(dataset, "list", "-f", "csv")))}
    assert (rows["PE"]["cooperation_score"], rows["PE"]["cooperation_assessed"]) == ("", "0")
    assert "| — (0/13) |" in _out(dataset, "list", "--format", "md")
    assert "cooperation  — (0/13)" in _out(dataset, "show", "PE")
    report = json.loads(_out(dataset, "report", "--date", "2026-01-31", "--format", "json"))
    (peru,) = (row for row in report["countries"] if row["code"] == "PE")
    assert peru["scores"]["cooperation"] is None
    assert "0.00" not in _out(dataset, "report", "--date", "2026-01-31", "--format", "html")


def test_sorting_by_score_counts_an_unassessed_group_as_nothing(dataset: Path) -> None:
    codes = [line.split()[0] for line in _out(dataset, "list", "--sort", "score").splitlines()]
    assert [c for c in codes if c in ("PE", "MX")] == ["PE", "MX"]
