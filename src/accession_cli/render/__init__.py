"""Renderers: one registry behind every ``--format`` option.

Each format lives in its own module, imported only when used (rendering HTML
must not slow down ``list``). A module exposes ``render(view, options) -> str``
for the view types it supports; the registry finds it by format name.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from enum import Enum
from typing import Any, Protocol

from accession_cli.core.data.record import Record


class Format(str, Enum):
    TABLE = "table"
    MD = "md"
    JSON = "json"
    CSV = "csv"


@dataclass(frozen=True, slots=True, repr=False)
class RenderOptions(Record):
    #: emit ANSI colour (stdout is a terminal and NO_COLOR is unset)
    color: bool = False
    #: terminal width for tables
    width: int = 80


class Renderer(Protocol):
    def __call__(self, view: Any, options: RenderOptions) -> str: ...


_MODULES: dict[str, str] = {
    "table": "accession_cli.render.views.table",
    "md": "accession_cli.render.views.md",
    "json": "accession_cli.render.views.jsonfmt",
    "csv": "accession_cli.render.views.csvfmt",
}


class UnsupportedView(Exception):
    """This format has no rendering for this kind of view."""


def register(name: str, module: str) -> None:
    """Add a format (used by commands with formats of their own, e.g. report html)."""
    _MODULES[name] = module


def render(view: Any, fmt: str, options: RenderOptions | None = None) -> str:
    module = importlib.import_module(_MODULES[fmt])
    renderer: Renderer = module.render
    try:
        return renderer(view, options or RenderOptions())
    except NotImplementedError:
        raise UnsupportedView(f"--format {fmt} is not available for this command") from None
