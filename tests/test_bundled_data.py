"""Pinned facts of the bundled dataset, against ../shared/facts/americas.md
and ../shared/facts/world.md.

An accidental edit of one of these facts fails CI with a message that says
which fact changed. Change a pin only together with its source.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from accession_cli.core.data.dates import entry_into_force
from accession_cli.core.data.loader import load_dataset
from accession_cli.core.data.model import DEPOSITS, Dataset, Treaty, TreatyStage
from conftest import run

OAS_MEMBERS = sorted(
    [
        "AG",
        "AR",
        "BS",
        "BB",
        "BZ",
        "BO",
        "BR",
        "CA",
        "CL",
        "CO",
        "CR",
        "CU",
        "DM",
        "DO",
        "EC",
        "SV",
        "GD",
        "GT",
        "GY",
        "HT",
        "HN",
        "JM",
        "MX",
        "NI",
        "PA",
        "PY",
        "PE",
        "KN",
        "LC",
        "VC",
        "SR",
        "TT",
        "US",
        "UY",
        "VE",
    ]
)


@pytest.fixture(scope="module")
def data() -> Dataset:
    result = load_dataset(Path(__file__).resolve().parent.parent / "data")
    assert result.dataset is not None, [f.message for f in result.structural]
    assert result.findings == [], [f"{f.location()} {f.code} {f.message}" for f in result.findings]
    return result.dataset


def milestone(data: Dataset, code: str, treaty: Treaty, stage: TreatyStage) -> str | None:
    country = data.country(code)
    assert country is not None, f"no countries/{code}.yaml"
    for m in country.treaties.get(treaty, ()):
        if m.stage is stage:
            assert m.sources, f"{code} {stage.value} cites no source"
            return str(m.date) if m.date else "undated"
    return None


def test_all_35_oas_member_states(data: Dataset) -> None:
    oas = sorted(c.code for c in data.countries if "OAS" in [m.value for m in c.memberships])
    assert oas == OAS_MEMBERS


#: world.md Tables 1a-1c: the Council of Europe's 46 member states, the 23
#: non-member Parties and signatories and the 8 invitees outside the OAS
COE_MEMBERS = sorted(
    [
        "AD",
        "AL",
        "AM",
        "AT",
        "AZ",
        "BA",
        "BE",
        "BG",
        "CH",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GB",
        "GE",
        "GR",
        "HR",
        "HU",
        "IE",
        "IS",
        "IT",
        "LI",
        "LT",
        "LU",
        "LV",
        "MC",
        "MD",
        "ME",
        "MK",
        "MT",
        "NL",
        "NO",
        "PL",
        "PT",
        "RO",
        "RS",
        "SE",
        "SI",
        "SK",
        "SM",
        "TR",
        "UA",
    ]
)
OTHER_PARTIES_AND_SIGNATORIES = sorted(
    [
        "AU",
        "BJ",
        "CI",
        "CM",
        "CV",
        "FJ",
        "GH",
        "IL",
        "JP",
        "KI",
        "LK",
        "MA",
        "MU",
        "NG",
        "NZ",
        "PH",
        "SL",
        "SN",
        "ST",
        "TN",
        "TO",
        "VU",
        "ZA",
    ]
)
INVITED = sorted(["BF", "KE", "KR", "MW", "MZ", "NE", "PG", "RW"])


def test_every_state_of_the_world_fact_sheet(data: Dataset) -> None:
    codes = {c.code for c in data.countries}
    expected = set(COE_MEMBERS + OTHER_PARTIES_AND_SIGNATORIES + INVITED + OAS_MEMBERS)
    assert expected <= codes
    # Any other state is there only because an event names it as a participant
    # (issue 25): it has no treaty step.
    named = {p.country for e in data.events for p in e.participants}
    for country in data.countries:
        if country.code not in expected:
            assert country.code in named, (
                f"{country.code} is neither in the fact sheet nor an event"
            )
            assert not any(country.treaties.values()), f"{country.code} has treaty steps"
    coe = sorted(c.code for c in data.countries if "CoE" in [m.value for m in c.memberships])
    assert coe == COE_MEMBERS
    assert all(c.region.value == "Europe" for c in data.countries if c.code in COE_MEMBERS)


@pytest.mark.parametrize(
    ("code", "treaty", "stage", "date"),
    [
        ("PE", Treaty.BUDAPEST, TreatyStage.ACCEDED, "2019-08-26"),
        ("PE", Treaty.BUDAPEST, TreatyStage.IN_FORCE, "2019-12-01"),
        ("PE", Treaty.PROTOCOL_2, TreatyStage.SIGNED, "2024-12-12"),
        ("MX", Treaty.BUDAPEST, TreatyStage.INVITED, "2007-01-31"),
        ("MX", Treaty.BUDAPEST, TreatyStage.ACCEDED, None),
        ("US", Treaty.BUDAPEST, TreatyStage.SIGNED, "2001-11-23"),
        ("US", Treaty.BUDAPEST, TreatyStage.RATIFIED, "2006-09-29"),
        ("US", Treaty.BUDAPEST, TreatyStage.IN_FORCE, "2007-01-01"),
        ("CA", Treaty.BUDAPEST, TreatyStage.RATIFIED, "2015-07-08"),
        ("CA", Treaty.BUDAPEST, TreatyStage.IN_FORCE, "2015-11-01"),
        ("CL", Treaty.BUDAPEST, TreatyStage.ACCEDED, "2017-04-20"),
        ("DO", Treaty.BUDAPEST, TreatyStage.ACCEDED, "2013-02-07"),
        ("DO", Treaty.BUDAPEST, TreatyStage.IN_FORCE, "2013-06-01"),
        ("AR", Treaty.BUDAPEST, TreatyStage.IN_FORCE, "2018-10-01"),
        ("BR", Treaty.BUDAPEST, TreatyStage.IN_FORCE, "2023-03-01"),
        ("GD", Treaty.BUDAPEST, TreatyStage.INVITED, "2024-02-07"),
        # derived deposit dates are not facts: Colombia's deposit day is unknown
        ("CO", Treaty.BUDAPEST, TreatyStage.ACCEDED, "undated"),
        ("CL", Treaty.BUDAPEST, TreatyStage.INVITED, "2009"),
        # world.md, Table 1a and its addenda
        ("AL", Treaty.BUDAPEST, TreatyStage.RATIFIED, "2002-06-20"),
        ("DE", Treaty.BUDAPEST, TreatyStage.RATIFIED, "2009-03-09"),
        ("ES", Treaty.BUDAPEST, TreatyStage.RATIFIED, "2010-06-03"),
        ("NO", Treaty.BUDAPEST, TreatyStage.RATIFIED, "2006-06-30"),
        ("GB", Treaty.BUDAPEST, TreatyStage.IN_FORCE, "2011-09-01"),
        ("IE", Treaty.BUDAPEST, TreatyStage.SIGNED, "2002-02-28"),
        ("IE", Treaty.BUDAPEST, TreatyStage.RATIFIED, None),
        ("TR", Treaty.BUDAPEST, TreatyStage.RATIFIED, "2014-09-29"),
        ("SE", Treaty.BUDAPEST, TreatyStage.SIGNED, "2001"),
        # a derived entry into force is not a fact (world.md, conflict 16)
        ("SE", Treaty.BUDAPEST, TreatyStage.IN_FORCE, None),
        ("IT", Treaty.BUDAPEST, TreatyStage.RATIFIED, "undated"),
        ("HU", Treaty.PROTOCOL_2, TreatyStage.RATIFIED, "2026-02-05"),
        ("DK", Treaty.PROTOCOL_1, TreatyStage.IN_FORCE, "2006-03-01"),
        # Tables 1b and 1c
        ("AU", Treaty.BUDAPEST, TreatyStage.ACCEDED, "2012-11-30"),
        ("JP", Treaty.BUDAPEST, TreatyStage.RATIFIED, "2012-07-03"),
        ("LK", Treaty.BUDAPEST, TreatyStage.INVITED, "2015-02-23"),
        ("SN", Treaty.BUDAPEST, TreatyStage.ACCEDED, "2016-12"),
        ("TN", Treaty.BUDAPEST, TreatyStage.IN_FORCE, None),
        ("NZ", Treaty.BUDAPEST, TreatyStage.IN_FORCE, "2025-12-01"),
        ("ZA", Treaty.BUDAPEST, TreatyStage.SIGNED, "2001-11-23"),
        ("KE", Treaty.BUDAPEST, TreatyStage.INVITED, "2024-10-09"),
        ("KR", Treaty.BUDAPEST, TreatyStage.REQUESTED, "2022-10-11"),
        ("MU", Treaty.UN_CYBERCRIME, TreatyStage.SIGNED, "2025-11-19"),
    ],
)
def test_treaty_milestones(
    data: Dataset, code: str, treaty: Treaty, stage: TreatyStage, date: str | None
) -> None:
    assert milestone(data, code, treaty, stage) == date, f"{code} {treaty.value} {stage.value}"


@pytest.mark.parametrize(
    ("event_id", "participants"),
    [
        ("2010-08-mexico-city-regional-workshop", {"AR", "CL", "CO", "CR", "MX", "PY", "PE"}),
        ("2010-08-lima-oas-regional-training-workshop", {"AR", "BO", "CO", "EC", "PY", "PE", "UY"}),
        ("2013-03-lima-oas-prosecutors-training-workshop", {"BO", "CL", "CO", "EC", "PA", "PE"}),
    ],
)
def test_workshop_participants(data: Dataset, event_id: str, participants: set[str]) -> None:
    event = next((e for e in data.events if e.id == event_id), None)
    assert event is not None, f"no events/{event_id}.yaml"
    assert {p.country for p in event.participants} == participants


def test_lima_2004_drafting_workshop(data: Dataset) -> None:
    event = next(
        e for e in data.events if e.id == "2004-12-santa-clara-legislative-drafting-training"
    )
    assert (str(event.start), str(event.end)) == ("2004-12-09", "2004-12-11")
    assert [(p.country, p.delegates) for p in event.participants] == [("PE", 23)]
    assert event.discusses == ("pe-draft-2004",)


def test_peru_legislation_chain(data: Dataset) -> None:
    peru = data.country("PE")
    assert peru is not None
    laws = {item.id: item for item in peru.legislation}
    assert "pe-cp-207" in laws["pe-ley-30096"].supersedes
    assert "pe-ley-30096" in laws["pe-ley-30171"].amends
    assert "pe-ley-30096" in laws["pe-dl-1614"].amends


def test_no_article_assessment_without_a_source(data: Dataset) -> None:
    for country in data.countries:
        for item in country.legislation:
            assert not item.articles or item.articles_sources, item.id


def test_seed_documents_are_sources(data: Dataset) -> None:
    ids = {s.id for s in data.sources}
    assert {
        "seed-2004-peru-drafting-workshop",
        "seed-2010-lima-regional-workshop",
        "seed-oas-cybercrime-chronology",
        "seed-2010-mexico-city-programme",
        "seed-2003-oas-press-release",
    } <= ids


# ------------------------------------------------------ Council of Europe counts

#: world.md, "Party-count milestones": the number of Parties (instruments
#: deposited) the Council of Europe published on a date
PUBLISHED_PARTIES = [
    ("2011-06-01", 31),
    ("2015-05-29", 46),
    ("2017-05-09", 55),
    ("2017-10-02", 55),
    ("2018-02-14", 56),
    ("2018-06-29", 60),
    ("2021-04-28", 66),
    ("2023-10-09", 68),
    ("2024-02-07", 69),
    ("2024-03-08", 70),
    ("2024-04-19", 71),
    ("2024-06-20", 75),
    ("2024-10-09", 76),
    ("2025-06-05", 80),
]

#: Parties the Council of Europe counted whom no source seen names: two
#: accessions between October 2024 and June 2025 (world.md, conflict 8),
#: not both explained by the undated deposits below
UNIDENTIFIED = {"2025-06-05": 1}


def _deposits(data: Dataset, day: dt.date) -> tuple[int, list[str]]:
    """States with a dated deposit by ``day``, and the states whose deposit is
    undated but may have been made by then (no entry into force recorded
    later than the three-month rule allows)."""
    dated, maybe = 0, []
    for country in data.countries:
        steps = country.treaties.get(Treaty.BUDAPEST, ())
        deposit = next((m for m in steps if m.stage in DEPOSITS), None)
        if deposit is None:
            continue
        if deposit.date is not None:
            dated += deposit.date.certainly_on_or_before(day)
            continue
        in_force = next((m for m in steps if m.stage is TreatyStage.IN_FORCE and m.date), None)
        if in_force is None or in_force.date is None or in_force.date.end <= entry_into_force(day):
            maybe.append(country.code)
    return dated, maybe


@pytest.mark.parametrize(("date", "published"), PUBLISHED_PARTIES)
def test_party_counts_reproduce_the_council_of_europe(
    data: Dataset, date: str, published: int
) -> None:
    dated, maybe = _deposits(data, dt.date.fromisoformat(date))
    assert dated <= published, f"{dated} dated deposits by {date}, the CoE counted {published}"
    shortfall = published - dated - UNIDENTIFIED.get(date, 0)
    assert shortfall <= len(maybe), (
        f"{date}: {published} published, {dated} dated deposits; "
        f"only {len(maybe)} undated deposits can explain the rest: {maybe}"
    )


def test_graded_articles_of_chile(data: Dataset) -> None:
    chile = data.country("CL")
    assert chile is not None
    law = next(item for item in chile.legislation if item.id == "cl-ley-21459")
    grades = law.grades()
    assert {article: grades[article].value for article in range(2, 9)} == dict.fromkeys(
        range(2, 9), "full"
    )
    assert all(p.sources for p in law.provisions)
    reservations = {d.basis for d in chile.declarations if d.kind.value == "reservation"}
    assert {"4.2", "6.3", "9.4", "22.2", "29.4"} <= reservations
    declared = {d.basis for d in chile.declarations if d.kind.value == "declaration"}
    assert declared == {"2", "3", "7"}


@pytest.mark.parametrize(
    ("args", "codes"),
    [
        (
            ["--as-of", "2012-01-01", "--min-stage", "ratified"],
            # world.md Table 1a/1b: every deposit or entry into force dated by then
            "AL AM AZ BA BG HR CY DK EE FI FR DE HU IS IT LV LT MD ME NL MK NO PT RO SK ES CH UA "
            "GB US",
        ),
        (
            # states added only as event participants have no stage
            ["--region", "Africa", "--min-stage", "interest"],
            "BJ BF CV CM CI GH KE MW MU MA MZ NE NG RW ST SN SL ZA TN",
        ),
        (["--member", "CoE", "--stage", "signed"], "IE"),
        (["--region", "Oceania", "--min-stage", "acceded"], "AU FJ KI NZ TO VU"),
    ],
)
def test_list_answers_what_the_fact_sheet_implies(args: list[str], codes: str) -> None:
    bundled = Path(__file__).resolve().parent.parent / "data"
    result = run("--data", str(bundled), "list", *args, "--format", "json")
    assert result.code == 0, result.stderr
    assert [c["code"] for c in json.loads(result.stdout)["countries"]] == codes.split()
