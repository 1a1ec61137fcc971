"""The architecture, as the imports show it: the core knows nothing of
terminals or options, and its data half nothing of the analyses."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "accession_cli"


def imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
    return found


def modules(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


@pytest.mark.parametrize("path", modules("core"), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_the_core_imports_no_terminal_or_command_code(path: Path) -> None:
    forbidden = ("typer", "rich", "click", "jinja2", "accession_cli.cli", "accession_cli.render")
    assert not {name for name in imports(path) if name.startswith(forbidden)}


@pytest.mark.parametrize(
    "path", modules("core/data"), ids=lambda p: p.relative_to(PACKAGE).as_posix()
)
def test_the_data_half_never_imports_the_analyses(path: Path) -> None:
    assert not {name for name in imports(path) if name.startswith("accession_cli.core.analysis")}


@pytest.mark.parametrize("path", modules("render"), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_renderers_never_see_yaml(path: Path) -> None:
    reading = ("yaml", "accession_cli.core.data.yamlio", "accession_cli.core.data.loader")
    assert not {name for name in imports(path) if name.startswith(reading)}


def test_the_two_halves_hold_every_core_module() -> None:
    loose = [p.name for p in (PACKAGE / "core").glob("*.py") if p.name != "__init__.py"]
    assert loose == []
