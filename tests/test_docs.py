"""Tested docs: every command has help text and a README section with an example."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import typer.main

from accession_cli.cli.app import build_app
from conftest import run

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    group = typer.main.get_command(build_app())
    return sorted(group.commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_help(command: str) -> None:
    result = run(command, "--help")
    assert result.code == 0
    assert "Usage:" in result.stdout and len(result.stdout.splitlines()) > 3


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_a_readme_section_with_an_example(command: str) -> None:
    heading = re.search(rf"^### `accession {command}\b.*$", README, re.MULTILINE)
    assert heading, f"README has no '### `accession {command}`' section"
    section = README[heading.end() :].split("\n### ", 1)[0]
    assert f"$ accession {command}" in section, f"README section for {command} shows no example"


# README examples that run on the bundled data are run here, so the documented
# output cannot drift from what the tool prints.
_EXAMPLE = re.compile(r"```console\n\$ accession ([^\n]*)\n(.*?)```", re.DOTALL)
_CHECKED = ("list", "show", "drafts", "events", "diff --since")


def _examples() -> list[tuple[str, str]]:
    found = []
    for match in _EXAMPLE.finditer(README):
        command, output = match.group(1), match.group(2)
        if command.startswith(_CHECKED) and "\n$ " not in output:
            found.append((command, output))
    return found


@pytest.mark.parametrize(("command", "expected"), _examples())
def test_readme_examples_match_the_bundled_data(command: str, expected: str, bundled: Path) -> None:
    args, _, pipe = command.partition(" | ")
    result = run(*shlex.split(args), env={"ACCESSION_DATA": str(bundled)})
    output = result.stdout
    if pipe:
        head = re.fullmatch(r"head -(\d+)", pipe.strip())
        assert head, f"unsupported pipe in README example: {pipe}"
        output = "".join(output.splitlines(keepends=True)[: int(head.group(1))])
    if expected.rstrip("\n").endswith("…") or "\n…\n" in expected:
        # an abridged example: every line shown must be in the output, in order
        shown = [line for line in expected.splitlines() if line != "…"]
        lines = output.splitlines()
        positions = [lines.index(line) for line in shown]
        assert positions == sorted(positions)
    else:
        assert output == expected
