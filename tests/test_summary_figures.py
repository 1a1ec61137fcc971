"""One summary, every format: the report's headline figures (countries,
Parties, in force, invited, pending and dormant bills) are the same numbers in
the Markdown, the HTML (its cards and its sentences), the JSON, the CSV and
the SQLite export.

On the bundled data, where more countries have deposited their instrument
(Parties) than have the Convention in force: a renderer that prints one for
the other shows here.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from contextlib import closing
from html import unescape
from pathlib import Path

import pytest

from conftest import run

BUNDLED = Path(__file__).resolve().parent.parent / "data"
REPORT = ("--data", str(BUNDLED), "report", "--date", "2026-02-05")
DEPOSITED = ("ratified", "acceded", "in_force")
FIGURES = ("countries", "parties", "in_force", "invited", "pending_bills", "dormant_bills")


def _report(fmt: str) -> str:
    result = run(*REPORT, "--format", fmt)
    assert (result.code, result.stderr) == (0, "")
    return result.stdout


@pytest.fixture(scope="module")
def from_json() -> dict[str, int]:
    summary = json.loads(_report("json"))["summary"]
    figures = {name: summary[name] for name in FIGURES}
    # the data this test needs: Parties whose Convention is not yet in force
    assert figures["parties"] > figures["in_force"] > 0
    return figures


def _from_sentences(text: str) -> dict[str, int]:
    """The figures of the summary's sentences (Markdown and HTML share them)."""
    patterns = {
        "countries": r"(\d+) countr(?:y|ies) in this report\.",
        "parties": r"(\d+) (?:is a Party|are Parties) to the Budapest Convention",
        "in_force": r"(\d+) with the Convention in force\.",
        "invited": r"(\d+) invited to accede, instrument not yet deposited\.",
        "pending_bills": r"(\d+) pending bills? in \d+ countr",
        "dormant_bills": r"; (\d+) dormant \(no recorded step",
    }
    figures = {}
    for name, pattern in patterns.items():
        found = re.findall(pattern, text)
        assert len(found) == 1, (name, found)
        figures[name] = int(found[0])
    return figures


def test_markdown_states_the_json_figures(from_json: dict[str, int]) -> None:
    assert _from_sentences(_report("md")) == from_json


def test_html_cards_and_sentences_state_the_json_figures(from_json: dict[str, int]) -> None:
    page = _report("html")
    text = unescape(re.sub(r"<[^>]+>", " ", page))
    assert _from_sentences(re.sub(r"\s+", " ", text)) == from_json
    cards = {
        unescape(label): int(value)
        for value, label in re.findall(
            r'<span class="num">(\d+)</span><span class="label">([^<]*)</span>', page
        )
    }
    assert cards["countries in this report"] == from_json["countries"]
    parties = cards["Parties to the Budapest Convention (instrument deposited)"]
    assert parties == from_json["parties"]
    assert cards["with the Convention in force"] == from_json["in_force"]
    assert cards["invited, not yet deposited"] == from_json["invited"]
    pending = [v for label, v in cards.items() if label.startswith("pending bills")]
    assert pending == [from_json["pending_bills"]]


def test_csv_rows_add_up_to_the_json_figures(from_json: dict[str, int]) -> None:
    rows = list(csv.DictReader(io.StringIO(_report("csv"))))
    stages = [row["budapest_stage"] for row in rows]
    assert {
        "countries": len(rows),
        "parties": sum(stage in DEPOSITED for stage in stages),
        "in_force": stages.count("in_force"),
        "invited": stages.count("invited"),
        "pending_bills": sum(int(row["pending_bills"]) for row in rows),
        "dormant_bills": sum(int(row["dormant_bills"]) for row in rows),
    } == from_json


def test_sqlite_export_adds_up_to_the_json_figures(
    from_json: dict[str, int], tmp_path: Path
) -> None:
    db = tmp_path / "a.db"
    result = run("--data", str(BUNDLED), "export", "--format", "sqlite", "-o", str(db))
    assert (result.code, result.stderr) == (0, "")
    with closing(sqlite3.connect(db)) as connection:
        (row,) = connection.execute(
            "SELECT count(*), sum(stage IN ('ratified', 'acceded', 'in_force')), "
            "sum(stage = 'in_force'), sum(stage = 'invited'), sum(pending_bills) "
            "FROM progress WHERE treaty = 'budapest'"
        ).fetchall()
    # the export has no dormant figure: a dormant bill is one of its pending bills
    expected = {k: v for k, v in from_json.items() if k != "dormant_bills"}
    assert dict(zip(FIGURES[:-1], row, strict=True)) == expected
