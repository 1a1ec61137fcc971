"""An undated treaty step sorts with its stage, not after every dated one
(issue #20 item 4): Grenada's accession has no recorded date, its entry into
force has; 'acceded' comes before 'in force' in show and in the report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SOURCES, run, write_dataset

GRENADA = """\
code: GD
name: Grenada
region: Caribbean
treaties:
  budapest:
    - {stage: in_force, date: 2024-08-01, sources: [chart]}
    - {stage: acceded, sources: [chart]}
    - {stage: invited, date: 2024-02-07, sources: [chart]}
"""


@pytest.fixture
def grenada(tmp_path: Path) -> Path:
    return write_dataset(
        tmp_path / "data",
        sources=SOURCES.split("\n- id: ")[0] + "\n",
        countries={"GD": GRENADA},
        events={},
    )


def test_show_lists_the_undated_accession_before_entry_into_force(grenada: Path) -> None:
    result = run("--data", str(grenada), "show", "GD")
    assert (result.code, result.stderr) == (0, "")
    rows = [line.split()[1:3] for line in result.stdout.splitlines() if line.startswith("Budapest")]
    assert rows == [["invited", "2024-02-07"], ["acceded", "undated"], ["in", "force"]]


def test_the_report_timeline_has_it_in_its_place(grenada: Path) -> None:
    result = run("--data", str(grenada), "report", "--date", "2026-01-31", "--format", "json")
    assert (result.code, result.stderr) == (0, "")
    timeline = [(t["stage"], t["date"]) for t in json.loads(result.stdout)["timeline"]]
    assert timeline == [("invited", "2024-02-07"), ("acceded", None), ("in_force", "2024-08-01")]
