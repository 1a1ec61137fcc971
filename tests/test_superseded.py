"""A law or bill named in another's ``supersedes`` has a status: "superseded
by <law>, <date>" in drafts, show and the report, ``superseded_by`` in JSON,
and ``drafts --status superseded`` finds it, even when its own history has no
``superseded`` step (as AR's Proyecto 3734-D-2016 and PE's Penal Code
articles in the bundled data)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import COUNTRY_MX, COUNTRY_PE, EVENT, run, write_dataset

#: Peru's old code is replaced by Ley 30096, which names it; the old code's
#: own history stops at its enactment
REPLACED = COUNTRY_PE.replace(
    "      - {status: superseded, date: 2013-10-22, sources: [profile]}\n", ""
).replace(
    "      - {status: enacted, date: 2013-10-22, sources: [profile]}\n",
    "      - {status: enacted, date: 2013-10-22, sources: [profile]}\n"
    "    supersedes: [pe-old-code]\n",
)


@pytest.fixture
def replaced(tmp_path: Path) -> Path:
    assert REPLACED.count("supersedes") == 1 and "status: superseded" not in REPLACED
    return write_dataset(
        tmp_path / "data",
        countries={"PE": REPLACED, "MX": COUNTRY_MX},
        events={"2010-08-mexico-city-workshop": EVENT},
    )


def _out(dataset: Path, *args: str) -> str:
    result = run("--data", str(dataset), *args)
    assert (result.code, result.stderr) == (0, "")
    return result.stdout


def test_drafts_says_by_which_law_and_when(replaced: Path) -> None:
    lines = _out(replaced, "drafts", "--country", "PE").splitlines()
    (at,) = (i for i, line in enumerate(lines) if line.startswith("PE    Old penal code"))
    column = lines[1].index("Now")  # the header, under the title
    now = [line[column:].strip() for line in lines[at : at + 3]]
    assert now == ["superseded by", "Ley 30096", "2013-10-22"]


def test_drafts_status_superseded_finds_it(replaced: Path) -> None:
    body = json.loads(_out(replaced, "drafts", "--status", "superseded", "--format", "json"))
    (row,) = body["legislation"]
    assert (row["id"], row["superseded_by"], row["superseded_on"]) == (
        "pe-old-code",
        "pe-law-2013",
        "2013-10-22",
    )


def test_show_and_report_name_the_replacing_law(replaced: Path) -> None:
    assert "pe-old-code · law · superseded by Ley 30096, 2013-10-22" in _out(replaced, "show", "PE")
    report = _out(replaced, "report", "--date", "2026-01-31", "--since", "2013-01-01")
    assert "2013-10-22 Old penal code articles: superseded by Ley 30096" in report
    body = json.loads(_out(replaced, "report", "--date", "2026-01-31", "--format", "json"))
    (peru,) = (row for row in body["capacity"] if row["country"] == "PE")
    assert [(o["id"], o["status"], o["superseded_by"]) for o in peru["outcomes"][:3]] == [
        ("pe-law-2013", "passed", None),
        ("pe-law-2013", "enacted", None),
        ("pe-old-code", "superseded", "pe-law-2013"),
    ]
