"""``accession diff --format table``: one line per change, grouped by country.

``+``/``-``/``~`` (and ``Δ`` for derived progress) are coloured only when the
CLI says stdout is a terminal; every value from the data is made plain first
and handed to rich as :class:`~rich.text.Text`, never as markup.
"""

from __future__ import annotations

import io
import textwrap
from functools import singledispatch

from rich.console import Console
from rich.text import Text

from accession_cli.core.analysis.diff import Change, ChangeKind, DiffView, Sign
from accession_cli.core.analysis.timeline import Fact, WindowView
from accession_cli.render import RenderOptions
from accession_cli.render.diff.words import (
    POSSIBLY,
    change_text,
    dataset_text,
    fact_date,
    fact_groups,
    fact_text,
    filters_text,
    groups,
    mark,
    summary,
    versions,
    window_summary,
)
from accession_cli.render.escape import one_line
from accession_cli.render.views.table import console

STYLES = {Sign.ADDED: "green", Sign.REMOVED: "red", Sign.CHANGED: "yellow"}


def _wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` cells, broken at spaces only: an
    id or a link is never broken (a word longer than the line runs past it)."""
    return textwrap.wrap(text, max(width, 20), break_long_words=False, break_on_hyphens=False) or [
        ""
    ]


def _change(out: Console, change: Change) -> None:
    """'  + text', wrapped under the text."""
    style = "cyan" if change.kind is ChangeKind.PROGRESS else STYLES[change.sign]
    sign = mark(change)
    indent = 2 + len(sign) + 1
    first, *rest = _wrap(one_line(change_text(change)), out.width - indent)
    line = Text("  ")
    line.append(sign, style=style)
    line.append(" " + first)
    out.print(line, soft_wrap=True)
    for more in rest:
        out.print(Text(" " * indent + more), soft_wrap=True)


def _heading(out: Console, text: str, style: str) -> None:
    for line in _wrap(one_line(text), out.width):
        out.print(Text(line, style=style), soft_wrap=True)


@singledispatch
def render(view: object, options: RenderOptions) -> str:
    raise NotImplementedError


@render.register
def _(view: DiffView, options: RenderOptions) -> str:
    buffer = io.StringIO()
    out = console(options, buffer)
    _heading(out, summary(view), "bold")
    _heading(out, versions(view), "dim")
    if view.filters:
        _heading(out, filters_text(view.filters), "dim")
    for group in groups(view):
        out.print()
        _heading(out, group.heading, "bold")
        for change in (*group.changes, *group.progress):
            _change(out, change)
    return buffer.getvalue()


def _facts(out: Console, facts: tuple[Fact, ...], names: dict[str, str]) -> None:
    for group in fact_groups(facts, names):
        out.print()
        out.print(Text(one_line(group.heading), style="bold"), soft_wrap=True)
        # a full date is 10 wide; event ranges widen only their own group
        width = max(10, *(len(fact_date(f)) for f in group.facts))
        indent = 2 + width + 2
        for fact in group.facts:
            # wrapped under itself at spaces only: an id or a link is never
            # broken (a word longer than the line runs past it instead)
            first, *rest = _wrap(one_line(fact_text(fact)), out.width - indent)
            line = Text("  ")
            line.append(fact_date(fact).ljust(width), style="dim")
            line.append("  " + first)
            out.print(line, soft_wrap=True)
            for more in rest:
                out.print(Text(" " * indent + more), soft_wrap=True)


@render.register
def _(view: WindowView, options: RenderOptions) -> str:
    buffer = io.StringIO()
    out = console(options, buffer)
    _heading(out, window_summary(view), "bold")
    _heading(out, dataset_text(view), "dim")
    if view.filters:
        _heading(out, filters_text(view.filters), "dim")
    _facts(out, view.window.facts, view.names)
    if view.window.possible:
        out.print()
        out.print(Text(POSSIBLY + ":", style="bold"), soft_wrap=True)
        _facts(out, view.window.possible, view.names)
    return buffer.getvalue()
