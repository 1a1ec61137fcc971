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


def _line(change: Change) -> Text:
    style = "cyan" if change.kind is ChangeKind.PROGRESS else STYLES[change.sign]
    line = Text("  ")
    line.append(mark(change), style=style)
    line.append(" " + one_line(change_text(change)))
    return line


@singledispatch
def render(view: object, options: RenderOptions) -> str:
    raise NotImplementedError


@render.register
def _(view: DiffView, options: RenderOptions) -> str:
    buffer = io.StringIO()
    out = console(options, buffer)
    out.print(Text(one_line(summary(view)), style="bold"), soft_wrap=True)
    out.print(Text(one_line(versions(view)), style="dim"), soft_wrap=True)
    if view.filters:
        out.print(Text(one_line(filters_text(view.filters)), style="dim"), soft_wrap=True)
    for group in groups(view):
        out.print()
        out.print(Text(one_line(group.heading), style="bold"), soft_wrap=True)
        for change in (*group.changes, *group.progress):
            out.print(_line(change), soft_wrap=True)
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
            first, *rest = textwrap.wrap(
                one_line(fact_text(fact)),
                max(out.width - indent, 20),
                break_long_words=False,
                break_on_hyphens=False,
            ) or [""]
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
    out.print(Text(one_line(window_summary(view)), style="bold"), soft_wrap=True)
    out.print(Text(one_line(dataset_text(view)), style="dim"), soft_wrap=True)
    if view.filters:
        out.print(Text(one_line(filters_text(view.filters)), style="dim"), soft_wrap=True)
    _facts(out, view.window.facts, view.names)
    if view.window.possible:
        out.print()
        out.print(Text(POSSIBLY + ":", style="bold"), soft_wrap=True)
        _facts(out, view.window.possible, view.names)
    return buffer.getvalue()
