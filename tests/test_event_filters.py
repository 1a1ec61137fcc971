"""``accession events`` filters on two events, by which events remain: the
workshop in Mexico City (August 2010, PE and MX, accession) and a meeting in
Lima (March 2013, PE only, policy)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import EVENT, run, write_dataset

MEETING = """\
id: 2013-03-lima-meeting
title: Policy meeting
kind: meeting
start: 2013-03-11
place: {city: Lima, country: PE}
topics: [policy]
participants:
  - country: PE
sources: [programme]
"""
WORKSHOP = "2010-08-mexico-city-workshop"
LIMA = "2013-03-lima-meeting"


@pytest.fixture
def two_events(tmp_path: Path) -> Path:
    return write_dataset(tmp_path / "data", events={WORKSHOP: EVENT, LIMA: MEETING})


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((), [WORKSHOP, LIMA]),
        # an event counts when it certainly falls inside: the workshop runs
        # from the 26th to the 27th
        (("--from", "2010-08-26"), [WORKSHOP, LIMA]),
        (("--from", "2010-08-27"), [LIMA]),
        (("--to", "2010-08-26"), []),
        (("--to", "2010-08"), [WORKSHOP]),
        (("--to", "2013-03-10"), [WORKSHOP]),
        (("--to", "2013-03"), [WORKSHOP, LIMA]),
        (("--kind", "meeting"), [LIMA]),
        (("--kind", "workshop"), [WORKSHOP]),
        (("--topic", "accession"), [WORKSHOP]),
        (("--topic", "policy"), [LIMA]),
        (("--country", "MX"), [WORKSHOP]),
        (("--country", "PE", "--kind", "meeting"), [LIMA]),
        (("--kind", "meeting", "--topic", "accession"), []),
    ],
)
def test_each_filter_keeps_the_events_it_names(
    two_events: Path, args: tuple[str, ...], expected: list[str]
) -> None:
    result = run("--data", str(two_events), "events", "--format", "csv", *args)
    assert result.code == (0 if expected else 1)
    assert [line.split(",")[2] for line in result.stdout.splitlines()[1:]] == expected


def test_show_lists_only_the_events_the_country_attended(two_events: Path) -> None:
    def attended(code: str) -> tuple[int, list[str]]:
        result = run("--data", str(two_events), "show", code, "--format", "json")
        country = json.loads(result.stdout)["country"]
        return country["events"], [e["id"] for e in country["events_attended"]]

    assert attended("MX") == (1, [WORKSHOP])
    assert attended("PE") == (2, [WORKSHOP, LIMA])
