"""``accession diff --since/--until``: what happened in a period, with
partial dates judged honestly."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from accession_cli.core.analysis.timeline import changes_in_window
from accession_cli.core.data.loader import load_dataset
from conftest import EVENT, run, write_dataset

PE = """\
code: PE
name: Peru
region: South America
memberships: [OAS]
treaties:
  budapest:
    - {stage: interest, date: 2010, sources: [chart]}
    - {stage: invited, date: 2010-08, sources: [chart]}
    - {stage: signed, date: 2010-08-20, sources: [chart]}
    - {stage: ratified, date: 2010-09, sources: [chart]}
    - {stage: in_force, date: 2011-01-01, sources: [chart]}
legislation:
  - id: pe-bill
    title: Cybercrime bill
    kind: bill
    history:
      - {status: drafting, date: 2010-08-14, sources: [profile]}
      - {status: introduced, date: 2010-08-15, sources: [profile]}
      - {status: committee, sources: [profile]}
      - {status: passed, date: 2010-09-30, sources: [profile]}
      - {status: enacted, date: 2010-10, sources: [profile]}
"""

MX = """\
code: MX
name: Mexico
region: North America
memberships: [OAS]
treaties:
  budapest:
    - {stage: invited, date: 2010-09-15, sources: [chart]}
"""

LIMA = """\
id: 2010-08-lima-meeting
title: Three days in Lima
kind: meeting
start: 2010-08-14
end: 2010-08-16
place: {city: Lima, country: PE}
participants: [{country: PE}]
sources: [programme]
"""

ONLINE = """\
id: 2010-10-online-training
title: Online training
kind: training
start: 2010-10
participants: [{country: PE}]
sources: [programme]
planned: true
"""


@pytest.fixture
def timeline(tmp_path: Path) -> Path:
    return write_dataset(
        tmp_path / "data",
        countries={"PE": PE, "MX": MX},
        events={
            "2010-08-mexico-city-workshop": EVENT,
            "2010-08-lima-meeting": LIMA,
            "2010-10-online-training": ONLINE,
        },
    )


WINDOW_TABLE = """\
What happened from 2010-08-15 to 2010-09-30: 5 steps in 2 countries, 1 event; 3
possibly
dataset 2026.1.0, as of 2026-01-31

Mexico (MX)
  2010-09-15  Budapest invited

Peru (PE)
  2010-08-15  pe-bill introduced: Cybercrime bill
  2010-08-20  Budapest signed
  2010-09     Budapest ratified
  2010-09-30  pe-bill passed: Cybercrime bill

Events
  2010-08-26..2010-08-27  workshop 2010-08-mexico-city-workshop: Meeting the
                          challenge of cybercrime in Latin America (Mexico City,
                          MX; participants MX PE)

Possibly in the period (the date straddles an end of it):

Peru (PE)
  2010        Budapest interest
  2010-08     Budapest invited

Events
  2010-08-14..2010-08-16  meeting 2010-08-lima-meeting: Three days in Lima
                          (Lima, PE; participants PE)
"""


def test_the_window_lists_exactly_the_facts_inside_it(timeline: Path) -> None:
    result = run("--data", str(timeline), "diff", "--since", "2010-08-15", "--until", "2010-09")
    assert (result.code, result.stdout, result.stderr) == (0, WINDOW_TABLE, "")


def test_partial_ends_mean_their_first_and_last_day(timeline: Path) -> None:
    result = run(
        "--data", str(timeline), "diff", "--since", "2010", "--until", "2010", "-f", "json"
    )
    body = json.loads(result.stdout)
    assert (body["since"], body["until"]) == ("2010-01-01", "2010-12-31")
    assert [
        (f["date"], f.get("stage") or f.get("status") or f["event"]) for f in body["facts"]
    ] == [
        ("2010", "interest"),  # a year date is certainly inside that year
        ("2010-08", "invited"),
        ("2010-08-14", "drafting"),
        ("2010-08-14", "2010-08-lima-meeting"),
        ("2010-08-15", "introduced"),
        ("2010-08-20", "signed"),
        ("2010-08-26", "2010-08-mexico-city-workshop"),
        ("2010-09", "ratified"),
        ("2010-09-15", "invited"),
        ("2010-09-30", "passed"),
        ("2010-10", "2010-10-online-training"),
        ("2010-10", "enacted"),
    ]
    assert body["possibly"] == []


def test_a_month_straddling_since_is_possibly_in_the_period(timeline: Path) -> None:
    result = run("--data", str(timeline), "diff", "--since", "2010-10-15", "-f", "json")
    body = json.loads(result.stdout)
    assert body["until"] is None
    assert [f["date"] for f in body["facts"]] == ["2011-01-01"]
    assert body["possibly"] == [
        {
            "kind": "stage",
            "country": "PE",
            "date": "2010",
            "treaty": "budapest",
            "stage": "interest",
            "sources": ["chart"],
        },
        {
            "kind": "event",
            "country": None,
            "date": "2010-10",
            "end": None,
            "event": "2010-10-online-training",
            "title": "Online training",
            "event_kind": "training",
            "place": None,
            "participants": ["PE"],
            "planned": True,
            "sources": ["programme"],
        },
        {
            "kind": "status",
            "country": "PE",
            "date": "2010-10",
            "legislation": "pe-bill",
            "title": "Cybercrime bill",
            "status": "enacted",
            "sources": ["profile"],
        },
    ]


def test_until_alone_is_open_at_the_start(timeline: Path) -> None:
    result = run("--data", str(timeline), "diff", "--until", "2010-08-14", "-f", "json")
    body = json.loads(result.stdout)
    assert [f["date"] for f in body["facts"]] == ["2010-08-14"]
    assert [f["date"] for f in body["possibly"]] == ["2010", "2010-08", "2010-08-14"]


def test_filters_keep_the_country_and_the_events_it_attends(timeline: Path) -> None:
    result = run(
        "--data",
        str(timeline),
        "diff",
        "--since",
        "2010-08-15",
        "--until",
        "2010-09",
        "--region",
        "north america",
        "-f",
        "md",
    )
    assert (result.code, result.stderr) == (0, "")
    assert result.stdout == (
        "**What happened from 2010-08-15 to 2010-09-30: 1 step in 1 country, 1 event**\n"
        "\n"
        "Dataset 2026.1.0, as of 2026-01-31 (only region North America)\n"
        "\n"
        "### Mexico (MX)\n"
        "\n"
        "- **2010-09-15** Budapest invited\n"
        "\n"
        "### Events\n"
        "\n"
        "- **2010-08-26..2010-08-27** workshop 2010-08-mexico-city-workshop: "
        "Meeting the challenge of cybercrime in Latin America (Mexico City, MX; participants MX PE)\n"
    )


def test_exit_code_in_a_period(timeline: Path) -> None:
    data = str(timeline)
    assert run("--data", data, "diff", "--since", "2010", "--exit-code").code == 1
    empty = run("--data", data, "diff", "--since", "2020", "--exit-code")
    assert (empty.code, empty.stdout) == (
        0,
        "What happened since 2020-01-01: nothing recorded\ndataset 2026.1.0, as of 2026-01-31\n",
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--since", "2010-13"), "--since: '2010-13' has no month 13"),
        (
            ("--until", "yesterday"),
            "--until: 'yesterday' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY",
        ),
        (("--since", "2011", "--until", "2010"), "--since 2011 is after --until 2010"),
        (
            ("v1", "--since", "2010"),
            "--since/--until list what happened in one dataset: give them, or OLD [NEW], not both",
        ),
        (
            (),
            "nothing to compare: give OLD [NEW] (dataset directories or git revisions), or --since DATE",
        ),
        (("--since", "2010", "-c", "Atlantis"), "unknown country 'Atlantis'"),
    ],
)
def test_usage_errors(timeline: Path, args: tuple[str, ...], message: str) -> None:
    result = run("--data", str(timeline), "diff", *args)
    assert (result.code, result.stdout, result.stderr) == (2, "", f"error: {message}\n")


def test_the_core_function_for_other_commands(timeline: Path) -> None:
    dataset = load_dataset(timeline).dataset
    assert dataset is not None
    window = changes_in_window(dataset, dt.date(2010, 9, 1), dt.date(2010, 9, 30), {"PE"})
    assert [(f.kind.value, f.subject, f.what, str(f.date)) for f in window.facts] == [
        ("stage", "budapest", "ratified", "2010-09"),
        ("status", "pe-bill", "passed", "2010-09-30"),
    ]
    assert [(f.subject, f.what) for f in window.possible] == [("budapest", "interest")]
