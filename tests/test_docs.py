"""Tested docs: every command has help text and a README section with an example."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main

from accession_cli.cli.app import app
from conftest import run

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    group = typer.main.get_command(app)
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
