"""Country names people type (issue #20 item 9): alternative names live in
the data (a country file's ``names:``), UN formal names and curly apostrophes
resolve, and a word shared by several names ("Korea") selects every country
that has it instead of suggesting another country."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import COUNTRY_MX, SOURCES, run, write_dataset

#: the one source Mexico cites
CHART = SOURCES.split("\n- id: ")[0] + "\n"

#: two Koreas, one with a name only the data knows, and Côte d'Ivoire spelt
#: with a straight apostrophe
SOUTH = """\
code: KR
name: Republic of Korea
names: [South Korea]
region: Asia
"""
NORTH = """\
code: KP
name: Democratic People's Republic of Korea
region: Asia
"""
IVORY = """\
code: CI
name: Côte d'Ivoire
region: Africa
"""
KENYA = """\
code: KE
name: Kenya
region: Africa
"""
#: a name pycountry has never heard of: only the data can teach it
ATLANTIS = """\
code: BO
name: Bolivia
names: [Land of the Altiplano]
region: South America
"""


@pytest.fixture
def world(tmp_path: Path) -> Path:
    return write_dataset(
        tmp_path / "data",
        sources=CHART,
        countries={
            "KR": SOUTH,
            "KP": NORTH,
            "CI": IVORY,
            "KE": KENYA,
            "BO": ATLANTIS,
            "MX": COUNTRY_MX,
        },
        events={},
    )


def _codes(world: Path, *queries: str) -> list[str]:
    args = [arg for query in queries for arg in ("--country", query)]
    result = run("--data", str(world), "list", *args, "--format", "json")
    assert (result.code, result.stderr) == (0, ""), result.stderr
    return [row["code"] for row in json.loads(result.stdout)["countries"]]


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("South Korea", "KR"),  # from the data's names:
        ("land of the altiplano", "BO"),  # only the data knows it
        ("Bolivia (Plurinational State of)", "BO"),  # the UN's formal name
        ("Côte d\u2019Ivoire", "CI"),  # a curly apostrophe
        ("cote d'ivoire", "CI"),
    ],
)
def test_names_people_type_resolve(world: Path, query: str, code: str) -> None:
    assert _codes(world, query) == [code]
    shown = run("--data", str(world), "show", query)
    assert shown.code == 0
    assert shown.stdout.splitlines()[0].endswith(f"({code})")


def test_a_word_of_several_names_selects_them_all(world: Path) -> None:
    assert _codes(world, "Korea") == ["KP", "KR"]


def test_show_names_the_countries_an_ambiguous_name_could_mean(world: Path) -> None:
    result = run("--data", str(world), "show", "Korea")
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == (
        "error: 'Korea' names 2 countries: Democratic People's Republic of Korea (KP), "
        "Republic of Korea (KR); give one of them\n"
    )


def test_a_name_nobody_knows_still_suggests_one(world: Path) -> None:
    result = run("--data", str(world), "show", "Kenia")
    assert (result.code, result.stderr) == (
        2,
        "error: unknown country 'Kenia'; did you mean 'Kenya'?\n",
    )


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("Turkey", "TR"),
        ("UK", "GB"),
        ("USA", "US"),
        ("South Korea", "KR"),
        ("Côte d\u2019Ivoire", "CI"),
        ("Bolivia (Plurinational State of)", "BO"),
        ("United Kingdom of Great Britain and Northern Ireland", "GB"),
    ],
)
def test_the_bundled_data_knows_the_names_people_type(bundled: Path, query: str, code: str) -> None:
    assert _codes(bundled, query) == [code]
