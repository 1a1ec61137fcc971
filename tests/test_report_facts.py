"""The report's facts a reader relies on, on data where a wrong rule shows:
a country that acceded and is not yet in force, a reservation withdrawn."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import COUNTRY_MX, COUNTRY_PE, EVENT, run, write_dataset

# acceded, not yet in force; one reservation withdrawn in January 2026
COUNTRY_CL = """\
code: CL
name: Chile
region: South America
memberships: [OAS]
treaties:
  budapest:
    - {stage: invited, date: 2016-01, sources: [chart]}
    - {stage: acceded, date: 2025-12-01, sources: [chart]}
declarations:
  - treaty: budapest
    kind: reservation
    basis: "29.4"
    date: 2025-12-01
    withdrawn: 2026-01-15
    summary: Refuses requests for lack of dual criminality.
    sources: [chart]
  - treaty: budapest
    kind: reservation
    basis: "6.3"
    concerns: ["6.1.b"]
    date: 2025-12-01
    summary: Does not apply Article 6.1.b.
    sources: [chart]
"""


@pytest.fixture
def acceded(tmp_path: Path) -> Path:
    return write_dataset(
        tmp_path / "data", countries={"PE": COUNTRY_PE, "MX": COUNTRY_MX, "CL": COUNTRY_CL}
    )


def _report(data: Path, fmt: str, *args: str) -> str:
    result = run("--data", str(data), "report", "--format", fmt, "--date", "2026-01-31", *args)
    assert (result.code, result.stderr) == (0, "")
    return result.stdout


def test_an_acceded_country_not_yet_in_force_is_a_party(acceded: Path) -> None:
    md = _report(acceded, "md", "--as-of", "2026-01-31")
    assert (
        "- 2 are Parties to the Budapest Convention as of 2026-01-31 (instrument deposited); "
        "1 with the Convention in force.\n"
    ) in md
    summary = json.loads(_report(acceded, "json", "--as-of", "2026-01-31"))["summary"]
    assert (summary["parties"], summary["in_force"], summary["invited"]) == (2, 1, 1)
    # before Chile's deposit, Peru alone
    before = _report(acceded, "md", "--as-of", "2025-11-30")
    assert "- 1 is a Party to the Budapest Convention as of 2025-11-30" in before


def _reservation_rows(md: str) -> list[str]:
    section = md.split("## Reservations and declarations\n", 1)[1].split("\n## ", 1)[0]
    return [line for line in section.splitlines() if line.startswith("| Chile")]


def test_a_reservation_withdrawn_before_the_date_is_not_listed(acceded: Path) -> None:
    after = _reservation_rows(_report(acceded, "md", "--as-of", "2026-01-31"))
    assert [row.split(" | ")[3] for row in after] == ["6.3"]
    # on a date before the withdrawal, both are in effect
    before = _reservation_rows(_report(acceded, "md", "--as-of", "2026-01-10"))
    assert [row.split(" | ")[3] for row in before] == ["29.4", "6.3"]


def test_json_lists_the_declarations_in_effect_as_the_markdown_does(acceded: Path) -> None:
    body = json.loads(_report(acceded, "json", "--as-of", "2026-01-31"))
    assert body["declarations"] == [
        {
            "country": "CL",
            "treaty": "budapest",
            "kind": "reservation",
            "basis": "6.3",
            "concerns": ["6.1.b"],
            "date": "2025-12-01",
            "withdrawn": None,
            "summary": "Does not apply Article 6.1.b.",
            "sources": ["chart"],
            "note": None,
        }
    ]
    assert "chart" in [s["id"] for s in body["sources"]]
    # before the withdrawal both are in effect: a JSON consumer sees the change
    before = json.loads(_report(acceded, "json", "--as-of", "2026-01-10"))["declarations"]
    assert [(d["basis"], d["withdrawn"]) for d in before] == [("29.4", "2026-01-15"), ("6.3", None)]
    empty = json.loads(_report(acceded, "json", "--country", "MX"))["declarations"]
    assert empty == []


def _changes_rows(md: str) -> list[str]:
    section = md.split("## Recent changes", 1)[1].split("\n## ", 1)[0]
    return [line for line in section.splitlines() if line.startswith("| 20")]


def test_recent_changes_list_the_events_held_in_the_period(tmp_path: Path) -> None:
    planned = (
        EVENT.replace("2010-08-mexico-city-workshop", "2025-06-lima-workshop")
        .replace("start: 2010-08-26\nend: 2010-08-27", "start: 2025-06-02\nplanned: true")
        .replace("Meeting the challenge", "Planned workshop on")
    )
    data = write_dataset(
        tmp_path / "data",
        countries={"PE": COUNTRY_PE, "MX": COUNTRY_MX, "CL": COUNTRY_CL},
        events={"2010-08-mexico-city-workshop": EVENT, "2025-06-lima-workshop": planned},
    )
    md = _report(data, "md", "--since", "2010")
    # Chile is in the report but did not attend: the event names those who did
    event_rows = [row for row in _changes_rows(md) if " | event | " in row]
    assert event_rows == [
        "| 2010-08-26 | Mexico (MX), Peru (PE) | event | Meeting the challenge of cybercrime "
        "in Latin America | held | [1] |"
    ]
    changes = json.loads(_report(data, "json", "--since", "2010", "--country", "PE"))["changes"]
    events = [c for c in changes if c["kind"] == "event"]
    assert [(c["date"], c["countries"], c["id"]) for c in events] == [
        ("2010-08-26", ["PE"], "2010-08-mexico-city-workshop")
    ]
    # outside the period: not listed
    later = _report(data, "md", "--since", "2010-08-27")
    assert not [row for row in _changes_rows(later) if " | event | " in row]
