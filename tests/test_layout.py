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
            # ``from package import module`` imports the module too
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def modules(folder: str) -> list[Path]:
    """The package's own modules (not Jinja2's compiled templates)."""
    compiled = PACKAGE / "render" / "compiled"
    return sorted(p for p in (PACKAGE / folder).rglob("*.py") if compiled not in p.parents)


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


#: render/ by product; each may use the shared modules beside it (the registry,
#: escaping, common words, templating) and the products named here, nothing else
RENDER_PRODUCTS: dict[str, set[str]] = {
    "views": set(),
    "maps": set(),
    "check": set(),
    "export": set(),
    "diff": {"views"},
    "report": {"views", "maps"},
    # the website: the report's map and pieces, the views' tables and JSON,
    # the export writers for its downloads
    "site": {"views", "maps", "report", "export"},
}


def render_imports(path: Path) -> set[str]:
    """The render/ products a module imports, lazily or not."""
    prefix = "accession_cli.render."
    return {
        name[len(prefix) :].split(".")[0]
        for name in imports(path)
        if name.startswith(prefix) and name[len(prefix) :].split(".")[0] in RENDER_PRODUCTS
    }


def test_render_is_grouped_by_product() -> None:
    folders = {p.name for p in (PACKAGE / "render").iterdir() if (p / "__init__.py").exists()}
    assert folders == set(RENDER_PRODUCTS)


@pytest.mark.parametrize("path", modules("render"), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_render_products_import_one_way(path: Path) -> None:
    relative = path.relative_to(PACKAGE / "render").parts
    if len(relative) == 1:  # a shared module: no product below it
        assert render_imports(path) == set()
        return
    product = relative[0]
    assert render_imports(path) - {product} <= RENDER_PRODUCTS[product]


@pytest.mark.parametrize(
    "path", modules("core/data"), ids=lambda p: p.relative_to(PACKAGE).as_posix()
)
def test_core_data_has_no_import_circle(path: Path) -> None:
    """Lazy imports included: a module that the one it imports imports back
    is a circle (cache <-> snapshot and parsed <-> yamlio were)."""
    own = path.relative_to(PACKAGE).with_suffix("").as_posix().replace("/", ".")
    for name in imports(path):
        if not name.startswith("accession_cli.core.data."):
            continue
        target = PACKAGE.parent / (name.replace(".", "/") + ".py")
        if target.exists():
            assert f"accession_cli.{own}" not in imports(target), f"{own} <-> {name}"
