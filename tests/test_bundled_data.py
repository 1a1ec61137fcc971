"""Pinned facts of the bundled dataset, against ../shared/facts/americas.md.

An accidental edit of one of these facts fails CI with a message that says
which fact changed. Change a pin only together with its source.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from accession_cli.core.loader import load_dataset
from accession_cli.core.model import Dataset, Treaty, TreatyStage

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
    assert sorted(c.code for c in data.countries) == OAS_MEMBERS
    assert all("OAS" in [m.value for m in c.memberships] for c in data.countries)


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
