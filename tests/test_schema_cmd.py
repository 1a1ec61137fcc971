"""``accession schema``: the exported JSON Schema accepts the bundled data and
the valid fixtures, and rejects broken files, with a standard validator."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from accession_cli.core.data import yamlio
from conftest import run

DATA = Path(__file__).resolve().parent / "data"
KINDS = ("dataset", "sources", "country", "event")


def exported(kind: str) -> Draft202012Validator:
    result = run("schema", "--kind", kind)
    assert (result.code, result.stderr) == (0, "")
    schema = json.loads(result.stdout)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@pytest.fixture(scope="module")
def validators() -> dict[str, Draft202012Validator]:
    return {kind: exported(kind) for kind in KINDS}


def json_value(value: Any) -> Any:
    """YAML values as JSON sees them: mapping keys are text (article numbers)."""
    if isinstance(value, dict):
        return {str(key): json_value(item) for key, item in value.items()}
    if isinstance(value, list):
        return [json_value(item) for item in value]
    return value


def load(path: Path) -> Any:
    parsed = yamlio.parse(path.read_bytes(), path.name)
    assert isinstance(parsed, yamlio.ParsedFile), parsed
    return json_value(parsed.value)


def kind_of(root: Path, path: Path) -> str:
    relative = path.relative_to(root)
    if relative.parts[0] == "countries":
        return "country"
    if relative.parts[0] == "events":
        return "event"
    return {"dataset.yaml": "dataset", "sources.yaml": "sources"}[relative.name]


def errors(validator: Draft202012Validator, value: Any) -> list[str]:
    return sorted(
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(value)
    )


def dataset_files(root: Path) -> list[Path]:
    return sorted(root.rglob("*.yaml"))


def test_every_kind_is_a_draft_2020_12_schema(validators: dict[str, Draft202012Validator]) -> None:
    for kind, validator in validators.items():
        assert validator.schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert kind in validator.schema["title"]


def test_bundled_data_validates_against_the_exported_schema(
    bundled: Path, validators: dict[str, Draft202012Validator]
) -> None:
    files = dataset_files(bundled)
    assert len(files) > 40
    for path in files:
        kind = kind_of(bundled, path)
        assert errors(validators[kind], load(path)) == [], path


@pytest.mark.parametrize("root", sorted((DATA / "valid").iterdir()), ids=lambda p: p.name)
def test_valid_fixtures_validate(root: Path, validators: dict[str, Draft202012Validator]) -> None:
    for path in dataset_files(root):
        assert errors(validators[kind_of(root, path)], load(path)) == [], path


#: fixture folders whose broken file the JSON Schema also rejects, and the error
SCHEMA_FAILURES = {
    "ACC005": ("countries/PE.yaml", ": Additional properties are not allowed ('2019' was"),
    "ACC101": ("countries/PE.yaml", "legislation/0/history/0: Additional properties"),
    "ACC102": ("countries/PE.yaml", "legislation/0: 'title' is a required property"),
    "ACC103": ("countries/PE.yaml", "memberships: 'OAS' is not of type 'array'"),
    "ACC104": ("countries/PE.yaml", "treaties/budapest/1/stage: 'accession' is not one of"),
    "ACC104-pattern": (
        "sources.yaml",
        "0/url: 'www.coe.int/en/web/conventions/full-list' is not valid",
    ),
    "ACC106": ("dataset.yaml", "schema: 1 was expected"),
    "ACC401": ("countries/PE.yaml", "treaties/budapest/0: 'sources' is a required property"),
    # jsonschema words an empty list "should be non-empty" (4.21+) or "is too short"
    "ACC401-event": ("events/2013-03-lima-workshop.yaml", "sources: [] "),
    "ACC601": ("countries/PE.yaml", "legislation/0/articles: '36' does not match"),
    "ACC601-provision": (
        "countries/PE.yaml",
        "legislation/0/provisions/2/article: 36 is greater than the maximum of 35",
    ),
    "ACC401-provision": (
        "countries/PE.yaml",
        "legislation/0/provisions/1/sources: [] ",
    ),
    "ACC401-declaration": (
        "countries/PE.yaml",
        "declarations/2: 'sources' is a required property",
    ),
}


@pytest.mark.parametrize(("case", "failure"), SCHEMA_FAILURES.items())
def test_broken_files_fail_the_exported_schema(
    case: str, failure: tuple[str, str], validators: dict[str, Draft202012Validator]
) -> None:
    root = DATA / "invalid" / case
    broken, message = failure
    assert (root / broken).is_file(), f"{case}: no {broken}"
    for path in dataset_files(root):
        found = errors(validators[kind_of(root, path)], load(path))
        if path.relative_to(root).as_posix() == broken:
            assert len(found) == 1 and found[0].startswith(message), found
        else:
            assert found == [], path


def test_kind_is_required_and_checked() -> None:
    missing = run("schema")
    assert missing.code == 2
    assert "--kind" in missing.stderr
    wrong = run("schema", "--kind", "law")
    assert wrong.code == 2
    assert wrong.stderr == (
        "error: --kind: unknown kind 'law' (valid: dataset, sources, country, event)\n"
    )


def test_schema_output_is_stable_json() -> None:
    first = run("schema", "--kind", "country").stdout
    assert first == run("schema", "-k", "country").stdout
    assert first.endswith("}\n")
    assert json.loads(first)["$id"] == "https://accession.invalid/schema/1/country.json"
