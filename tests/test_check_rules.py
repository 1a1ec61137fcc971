"""Unit tests of the rule gaps ``check`` relies on: hidden anchors and tags,
null documents, non-text keys and where their findings point."""

from __future__ import annotations

from pathlib import Path

import pytest

from accession_cli.core.data.check import run_check
from accession_cli.core.data.findings import Finding
from accession_cli.core.data.model import Treaty
from accession_cli.core.data.yamlio import ParsedFile, locate, parse
from conftest import COUNTRY_MX, COUNTRY_PE, write_dataset


def problem(text: str) -> tuple[str, int | None, int | None, str]:
    parsed = parse(text.encode("utf-8"), "f.yaml")
    assert isinstance(parsed, Finding), parsed
    return parsed.code, parsed.line, parsed.column, parsed.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a: &x [1, 2]\nb: 3\n",
            ("ACC003", 1, 4, "anchor '&x' is not allowed: remove it and write values out in full"),
        ),
        (
            "a: 1\nb: !!str 5\n",
            (
                "ACC004",
                2,
                4,
                "tags are not allowed (found '!!str'): remove it and write a plain value",
            ),
        ),
        (
            "- !!map {a: 1}\n",
            (
                "ACC004",
                1,
                3,
                "tags are not allowed (found '!!map'): remove it and write a plain value",
            ),
        ),
        (
            "a: ! x\n",
            ("ACC004", 1, 4, "tags are not allowed (found '!'): remove it and write a plain value"),
        ),
        (
            "x: !!python/name:os.system ls\n",
            (
                "ACC004",
                1,
                4,
                "tags are not allowed (found '!!python/name:os.system'): "
                "remove it and write a plain value",
            ),
        ),
    ],
)
def test_anchors_and_tags_that_build_to_plain_values_are_refused(
    text: str, expected: tuple[str, int, int, str]
) -> None:
    assert problem(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "note: R & D, Meythaler & Zambrano, AT&T\n",
        "note: Wow! It works ! really\n",
        "note: 'a quoted &anchor and !tag are text'\n",
        "note: >-\n  folded &x and !y\n",
    ],
)
def test_ampersands_and_bangs_inside_text_are_fine(text: str) -> None:
    parsed = parse(text.encode("utf-8"), "f.yaml")
    assert isinstance(parsed, ParsedFile), parsed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("---\n", ("ACC007", 1, 1, "the file is empty")),
        ("--- # nothing yet\n...\n", ("ACC007", 1, 1, "the file is empty")),
        (
            "~\n",
            ("ACC008", 1, 1, "the file holds only null ('~'): it must hold a mapping or a list"),
        ),
        (
            "null\n",
            ("ACC008", 1, 1, "the file holds only null ('null'): it must hold a mapping or a list"),
        ),
    ],
)
def test_a_null_document_is_a_finding_not_silence(
    text: str, expected: tuple[str, int, int, str]
) -> None:
    assert problem(text) == expected


def test_syntax_error_names_where_the_construct_started() -> None:
    assert problem("code: PE\nname: [Peru\nregion: x\n") == (
        "ACC001",
        3,
        7,
        "did not find expected ',' or ']' (while parsing a flow sequence that starts on line 2)",
    )


def test_locate_matches_keys_by_type() -> None:
    data = b"a: 1\ntrue: 2\n'true': 3\n5: 4\n'5': 6\n"
    assert locate(data, (True,), at_key=True) == (2, 1)
    assert locate(data, ("true",), at_key=True) == (3, 1)
    assert locate(data, (5,), at_key=True) == (4, 1)
    assert locate(data, ("5",), at_key=True) == (5, 1)


def test_a_null_country_file_is_reported(tmp_path: Path) -> None:
    root = write_dataset(tmp_path / "d", countries={"PE": "~\n", "MX": COUNTRY_MX})
    report = run_check(root)
    assert [(f.path, f.code, f.line) for f in report.findings] == [
        ("countries/PE.yaml", "ACC008", 1)
    ]


def test_non_text_keys_point_at_the_key(tmp_path: Path) -> None:
    country = COUNTRY_PE.replace("name: Peru\n", "name: Peru\ntrue: x\n").replace(
        "  budapest:\n", "  1.5: []\n  budapest:\n"
    )
    root = write_dataset(tmp_path / "d", countries={"PE": country, "MX": COUNTRY_MX})
    found = [(f.line, f.column, f.code, f.message) for f in run_check(root).findings]
    assert found == [
        (3, 1, "ACC005", "field names must be text, found a boolean (true)"),
        (7, 3, "ACC005", "keys here must be text, found a number (1.5)"),
    ]


def test_an_invalid_treaty_key_points_at_the_key(tmp_path: Path) -> None:
    country = COUNTRY_PE.replace("  budapest:\n", "  budapets:\n")
    root = write_dataset(tmp_path / "d", countries={"PE": country, "MX": COUNTRY_MX})
    [found] = run_check(root).findings
    assert (found.line, found.column, found.code) == (6, 3, "ACC104")
    assert found.message.startswith("'budapets' is not a valid treaty; did you mean 'budapest'?")


def test_no_unused_source_warning_while_a_citing_file_fails(tmp_path: Path) -> None:
    # 'programme' is cited only by the event; a broken event hides its citations
    root = write_dataset(tmp_path / "d", events={"2010-08-mexico-city-workshop": "id: [unclosed\n"})
    assert [f.code for f in run_check(root).findings] == ["ACC001"]


def test_lists_of_ids_seen_before_are_still_checked_item_by_item() -> None:
    """Source lists whose ids were all found valid before skip the per-item
    check; a list that adds anything else (a blank id, a mapping, nothing
    at all) still gets every finding, at the right item."""
    from accession_cli.core.data.findings import Loc
    from accession_cli.core.data.schema import convert_country

    def entry(sources: object) -> dict[str, object]:
        return {"stage": "invited", "date": "2015-03", "sources": sources}

    value = {
        "code": "PE",
        "name": "Peru",
        "region": "South America",
        "treaties": {
            "budapest": [
                entry(["chart", "profile"]),  # fills the converter's memory of valid ids
                entry(["chart", "profile"]),
                entry(["chart", " "]),
                entry(["chart", {"id": "chart"}]),
                entry([]),
            ]
        },
    }
    out: list[Finding] = []
    assert convert_country(value, Loc("countries/PE.yaml"), out) is None
    assert [(f.code, f.keys) for f in out] == [
        ("ACC102", ("treaties", "budapest", 2, "sources", 1)),
        ("ACC103", ("treaties", "budapest", 3, "sources", 1)),
        ("ACC401", ("treaties", "budapest", 4, "sources")),
    ]
    out.clear()
    value["treaties"] = {"budapest": [entry(["chart", "profile"])]}
    country = convert_country(value, Loc("countries/PE.yaml"), out)
    assert out == [] and country is not None
    assert country.treaties[Treaty.BUDAPEST][0].sources == ("chart", "profile")
