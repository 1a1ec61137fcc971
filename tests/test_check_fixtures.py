"""Fixture folders: adding a case is adding a folder.

- ``tests/data/valid/<name>/``: a dataset that must pass ``check --strict``.
- ``tests/data/invalid/<CODE>[-variant]/``: a dataset that must fail with
  exactly the findings in its ``expected.txt`` (``path:line:col CODE message``
  per line, ``#`` comments allowed), every one of rule ``CODE``.
- ``tests/data/many-errors/``: many rules across several files, all reported
  in one run.
"""

from __future__ import annotations

import json
from pathlib import Path, PurePath

import pytest

from accession_cli.core.data.findings import Severity
from accession_cli.core.data.rules import RULES
from conftest import Result
from conftest import run as run_cli

DATA = Path(__file__).resolve().parent / "data"
VALID = sorted(p for p in (DATA / "valid").iterdir() if p.is_dir())
INVALID = sorted(p for p in (DATA / "invalid").iterdir() if p.is_dir())
#: made by tests in test_check_cli.py instead (a folder cannot hold them in git)
CREATED_BY_TESTS = {"ACC009", "ACC011"}
#: cases of an error rule that are only warnings
WARNING_VARIANTS = {"ACC509-planned"}


def run(*args: str) -> Result:
    return run_cli(*args, env={"GITHUB_ACTIONS": None, "GITHUB_STEP_SUMMARY": None})


def expected(folder: Path) -> list[str]:
    text = (folder / "expected.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def reported(folder: Path, *args: str) -> tuple[int, list[str]]:
    """Exit code and the findings of ``check --format json``, as expected.txt lines."""
    result = run("check", str(folder), "--format", "json", *args)
    assert result.stderr == ""
    lines = []
    for found in json.loads(result.stdout)["findings"]:
        path = PurePath(found["path"]).relative_to(folder).as_posix()
        where = f"{path}:{found['line']}:{found['column']}" if found["line"] else path
        lines.append(f"{where} {found['code']} {found['message']}")
    return result.code, lines


def rule_of(folder: Path) -> str:
    return folder.name.split("-", 1)[0]


@pytest.mark.parametrize("folder", VALID, ids=lambda p: p.name)
def test_valid_dataset_passes_strict(folder: Path) -> None:
    result = run("check", str(folder), "--strict")
    files = sum(1 for _ in folder.rglob("*.yaml"))
    assert (result.code, result.stdout, result.stderr) == (
        0,
        f"All checks passed: {files} files.\n",
        "",
    )


@pytest.mark.parametrize("folder", INVALID, ids=lambda p: p.name)
def test_invalid_dataset_fails_with_exactly_its_rule(folder: Path) -> None:
    code = rule_of(folder)
    lines = expected(folder)
    assert lines, f"{folder}/expected.txt lists no finding"
    assert {line.split(" ")[1] for line in lines} == {code}, "a fixture tests one rule"
    exit_code, found = reported(folder)
    assert found == lines
    warning = RULES[code].severity is Severity.WARNING or folder.name in WARNING_VARIANTS
    assert exit_code == (0 if warning else 1)
    # --strict turns warnings into a failure
    assert reported(folder, "--strict")[0] == 1


def test_every_rule_has_a_failing_fixture() -> None:
    covered = {rule_of(folder) for folder in INVALID}
    assert covered <= set(RULES), covered - set(RULES)
    assert set(RULES) - covered == CREATED_BY_TESTS


def test_many_errors_across_files_are_all_reported_in_one_run() -> None:
    folder = DATA / "many-errors"
    exit_code, found = reported(folder)
    assert exit_code == 1
    assert found == expected(folder)
    # five files, and structural (YAML, schema) and semantic rules together
    assert len({line.split(":")[0] for line in found}) == 5
    assert {line.split(" ")[1][:4] for line in found} == {"ACC0", "ACC1", "ACC2", "ACC5", "ACC6"}
