"""Strict YAML: the YAML 1.1 surprises are off, and bad files become findings."""

from __future__ import annotations

import pytest

from accession_cli.core.data.findings import Finding
from accession_cli.core.data.yamlio import ParsedFile, locate, parse


def value(text: str) -> object:
    parsed = parse(text.encode("utf-8"), "f.yaml")
    assert isinstance(parsed, ParsedFile), parsed
    return parsed.value


def problem(data: str | bytes) -> Finding:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    parsed = parse(raw, "f.yaml")
    assert isinstance(parsed, Finding), parsed
    return parsed


@pytest.mark.parametrize("word", ["NO", "no", "yes", "Yes", "on", "off", "y", "n", "OFF"])
def test_yaml11_booleans_stay_text(word: str) -> None:
    assert value(f"code: {word}") == {"code": word}


@pytest.mark.parametrize(("word", "expected"), [("true", True), ("false", False), ("True", True)])
def test_only_true_and_false_are_booleans(word: str, expected: bool) -> None:
    assert value(f"planned: {word}") == {"planned": expected}


@pytest.mark.parametrize("text", ["2004-12", "2019-08-26", "1_000", "1:30", "0x1F", "0o17", ".inf"])
def test_dates_and_odd_numbers_stay_text(text: str) -> None:
    assert value(f"x: {text}") == {"x": text}


def test_plain_numbers_and_nulls() -> None:
    assert value("a: 2004\nb: 1.5\nc: ~\nd: null\ne:\n") == {
        "a": 2004,
        "b": 1.5,
        "c": None,
        "d": None,
        "e": None,
    }


def test_duplicate_key_names_both_lines() -> None:
    found = problem("code: PE\nname: Peru\ncode: PR\n")
    assert (found.code, found.line, found.column) == ("ACC002", 3, 1)
    assert found.message == "duplicate key 'code' (first defined on line 1)"


def test_aliases_are_refused() -> None:
    found = problem("a: &x [1, 2]\nb: *x\n")
    assert (found.code, found.line, found.column) == ("ACC003", 2, 1)


def test_alias_bomb_is_refused_without_expanding() -> None:
    bomb = 'a: &a ["lol","lol"]\n' + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]\n"
        for i in range(20)
    )
    assert problem(bomb).code == "ACC003"


@pytest.mark.parametrize(
    "tagged", ["x: !!python/object:os.system ls", "x: !custom 1", "x: !!binary aGk="]
)
def test_tags_are_refused(tagged: str) -> None:
    assert problem(tagged).code == "ACC004"


def test_syntax_error_has_a_location() -> None:
    found = problem("code: PE\n  name: [Peru\n")
    assert found.code == "ACC001"
    assert found.line is not None and found.column is not None


def test_non_utf8_is_named_with_its_position() -> None:
    found = problem("name: Per\xfa\n".encode("latin-1"))
    assert (found.code, found.line, found.column) == ("ACC006", 1, 10)
    assert "0xfa" in found.message


def test_utf8_bom_is_accepted() -> None:
    assert value("\ufeffname: Perú") == {"name": "Perú"}


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n"])
def test_empty_file(text: str) -> None:
    assert problem(text).code == "ACC007"


def test_non_string_keys_are_refused() -> None:
    assert problem("? [a, b]\n: 1\n").code == "ACC005"


def test_nesting_is_bounded() -> None:
    assert problem("a: " + "[" * 60 + "]" * 60 + "\n").code == "ACC010"


def test_locate_points_at_values_keys_and_list_items() -> None:
    data = b"code: PE\ntreaties:\n  budapest:\n    - stage: acceded\n      date: 2019-08-26\n"
    assert locate(data, ("treaties", "budapest", 0, "date")) == (5, 13)
    assert locate(data, ("treaties", "budapest", 0, "date"), at_key=True) == (5, 7)
    # a missing field points at the mapping that should hold it
    assert locate(data, ("treaties", "budapest", 0, "sources")) == (4, 7)
