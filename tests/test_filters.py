"""The country filters, one set in every view (issue #20, items 6-8).

``--stage none`` (no step recorded), ``--max-stage`` (at or below a stage,
no step included), stage words as the tables print them ("in force"),
``--region Americas`` for the continent, and the same filters on ``list``,
``drafts``, ``events``, ``report``, ``map`` and ``export``.

The world here: Peru (in force, South America, OAS), Mexico (invited, North
America, OAS), Jamaica (signed, Caribbean, OAS, with a bill), Bolivia (no step,
South America, OAS, with a bill) and France (in force, Europe, not OAS)."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from conftest import COUNTRY_MX, COUNTRY_PE, EVENT, run, write_dataset

JAMAICA = """\
code: JM
name: Jamaica
region: Caribbean
memberships: [OAS, CARICOM]
treaties:
  budapest:
    - {stage: signed, date: 2019-04-01, sources: [chart]}
legislation:
  - id: jm-bill-2024
    title: Jamaican cybercrime bill
    kind: bill
    history:
      - {status: introduced, date: 2024-02, sources: [profile]}
"""
BOLIVIA = """\
code: BO
name: Bolivia
region: South America
memberships: [OAS]
legislation:
  - id: bo-bill-2023
    title: Bolivian cybercrime bill
    kind: bill
    history:
      - {status: introduced, date: 2023-05, sources: [profile]}
"""
FRANCE = """\
code: FR
name: France
region: Europe
memberships: [CoE, EU]
treaties:
  budapest:
    - {stage: ratified, date: 2006-01-10, sources: [chart]}
    - {stage: in_force, date: 2006-05-01, sources: [chart]}
"""
#: an event Bolivia and Jamaica attended, hosted by France
PARIS = """\
id: 2024-06-paris-meeting
title: Paris meeting
kind: meeting
start: 2024-06-10
place: {city: Paris, country: FR}
participants:
  - country: BO
  - country: JM
sources: [programme]
"""


@pytest.fixture
def world(tmp_path: Path) -> Path:
    return write_dataset(
        tmp_path / "data",
        countries={"PE": COUNTRY_PE, "MX": COUNTRY_MX, "JM": JAMAICA, "BO": BOLIVIA, "FR": FRANCE},
        events={"2010-08-mexico-city-workshop": EVENT, "2024-06-paris-meeting": PARIS},
    )


def _json(world: Path, *args: str) -> dict:  # type: ignore[type-arg]
    result = run("--data", str(world), *args, "--format", "json")
    assert (result.code, result.stderr) == (0, "")
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def _listed(world: Path, *args: str) -> list[str]:
    return [row["code"] for row in _json(world, "list", *args)["countries"]]


# ---------------------------------------------------------------- item 6


def test_stage_none_selects_countries_with_no_step(world: Path) -> None:
    assert _listed(world, "--stage", "none") == ["BO"]
    assert _listed(world, "--stage", "none", "--stage", "signed") == ["BO", "JM"]


def test_max_stage_selects_the_states_not_yet_parties(world: Path) -> None:
    assert _listed(world, "--member", "OAS", "--max-stage", "signed") == ["BO", "JM", "MX"]
    assert _listed(world, "--max-stage", "invited") == ["BO", "MX"]
    assert _listed(world, "--min-stage", "invited", "--max-stage", "signed") == ["JM", "MX"]


@pytest.mark.parametrize("words", ["in force", "in_force", "In-Force"])
def test_stage_options_accept_the_words_the_tables_print(world: Path, words: str) -> None:
    assert _listed(world, "--stage", words) == ["FR", "PE"]
    assert _listed(world, "--min-stage", words) == ["FR", "PE"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--stage", "party"), "error: --stage: unknown stage 'party'"),
        (("--max-stage", "none"), "error: --max-stage none: use --stage none"),
    ],
)
def test_a_stage_nobody_knows_is_a_usage_error(
    world: Path, args: tuple[str, ...], message: str
) -> None:
    result = run("--data", str(world), "list", *args)
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr.startswith(message)
    assert "Traceback" not in result.stderr


# ---------------------------------------------------------------- item 7


def test_region_americas_selects_every_region_of_the_continent(world: Path) -> None:
    assert _listed(world, "--region", "Americas") == ["BO", "JM", "MX", "PE"]
    assert _listed(world, "--region", "the americas") == ["BO", "JM", "MX", "PE"]
    assert _listed(world, "--region", "Europe") == ["FR"]


def test_a_report_on_the_americas_is_titled_so(world: Path) -> None:
    result = run("--data", str(world), "report", "--date", "2026-01-31", "--region", "Americas")
    assert result.code == 0
    title = result.stdout.splitlines()[0]
    assert title == "# Progress report: Budapest Convention accession, the Americas"


# ---------------------------------------------------------------- item 8


def test_drafts_takes_the_country_filters(world: Path) -> None:
    """Bills of OAS states that are not Parties: one command."""
    body = _json(world, "drafts", "--member", "OAS", "--max-stage", "signed", "--status", "pending")
    assert [row["id"] for row in body["legislation"]] == ["bo-bill-2023", "jm-bill-2024"]
    body = _json(world, "drafts", "--region", "Americas", "--stage", "in force")
    assert {row["country"] for row in body["legislation"]} == {"PE"}


def test_events_takes_the_country_filters(world: Path) -> None:
    def ids(*args: str) -> list[str]:
        return [e["id"] for e in _json(world, "events", *args)["events"]]

    assert ids() == ["2010-08-mexico-city-workshop", "2024-06-paris-meeting"]
    assert ids("--stage", "none") == ["2024-06-paris-meeting"]
    assert ids("--stage", "in force") == ["2010-08-mexico-city-workshop", "2024-06-paris-meeting"]
    assert ids("--member", "EU") == ["2024-06-paris-meeting"]  # France hosted it
    assert ids("--region", "North America") == ["2010-08-mexico-city-workshop"]


def test_report_map_and_export_take_the_same_filters(world: Path, tmp_path: Path) -> None:
    filters = ("--member", "OAS", "--max-stage", "signed")
    report = _json(world, "report", "--date", "2026-01-31", *filters)
    assert [row["code"] for row in report["countries"]] == ["BO", "JM", "MX"]
    svg = run("--data", str(world), "map", *filters)
    assert svg.code == 0
    db = tmp_path / "a.db"
    result = run("--data", str(world), "export", "-o", str(db), *filters)
    assert (result.code, result.stderr) == (0, "")
    with closing(sqlite3.connect(db)) as connection:
        codes = [c for (c,) in connection.execute("SELECT code FROM countries ORDER BY code")]
    assert codes == ["BO", "JM", "MX"]


@pytest.mark.parametrize("command", ["list", "drafts", "events", "report", "map", "export"])
def test_every_view_lists_the_same_filter_options(command: str) -> None:
    result = run(command, "--help", env={"COLUMNS": "200"})
    assert result.code == 0
    for option in ("--country", "--region", "--member", "--stage", "--min-stage", "--max-stage"):
        assert f" {option} " in result.stdout, (command, option)
    assert " --treaty " in result.stdout
