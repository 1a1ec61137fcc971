"""``accession diff --format md``: ready to paste, or to post as a pull-request
comment. A summary line first, then a heading and a table per country; every
value from the data is escaped (:func:`~accession_cli.render.escape.markdown`).
"""

from __future__ import annotations

from functools import singledispatch

from accession_cli.core.analysis.diff import Change, DiffView, Sign
from accession_cli.core.analysis.timeline import Fact, WindowView
from accession_cli.render import RenderOptions
from accession_cli.render.diff.words import (
    POSSIBLY,
    dataset_text,
    fact_date,
    fact_groups,
    fact_text,
    filters_text,
    groups,
    summary,
    value_text,
    values_text,
    versions,
    window_summary,
)
from accession_cli.render.escape import markdown

_SIGN_CELL = {Sign.ADDED: "\\+", Sign.REMOVED: "−", Sign.CHANGED: "\\~"}


def _row(change: Change) -> str:
    before = "" if change.sign is Sign.ADDED else value_text(change, change.before)
    after = "" if change.sign is Sign.REMOVED else value_text(change, change.after)
    cells = [_SIGN_CELL[change.sign], markdown(change.label), markdown(before), markdown(after)]
    return "| " + " | ".join(cells) + " |"


@singledispatch
def render(view: object, options: RenderOptions) -> str:
    raise NotImplementedError


@render.register
def _(view: DiffView, options: RenderOptions) -> str:
    lines = [
        f"**accession diff** {markdown(summary(view))}",
        "",
        markdown(versions(view).capitalize()),
    ]
    if view.filters:
        lines[-1] += f" ({markdown(filters_text(view.filters))})"
    for group in groups(view):
        lines += ["", f"### {markdown(group.heading)}", ""]
        if group.changes:
            lines += ["| | Change | Before | After |", "| --- | --- | --- | --- |"]
            lines += [_row(change) for change in group.changes]
        if group.progress:
            if group.changes:
                lines.append("")
            lines.append("Progress:")
            lines += [
                f"- {markdown(change.label)}: {markdown(values_text(change))}"
                for change in group.progress
            ]
    return "\n".join(lines) + "\n"


def _facts(facts: tuple[Fact, ...], names: dict[str, str], level: str) -> list[str]:
    lines: list[str] = []
    for group in fact_groups(facts, names):
        lines += ["", f"{level} {markdown(group.heading)}", ""]
        lines += [f"- **{markdown(fact_date(f))}** {markdown(fact_text(f))}" for f in group.facts]
    return lines


@render.register
def _(view: WindowView, options: RenderOptions) -> str:
    lines = [f"**{markdown(window_summary(view))}**", "", markdown(dataset_text(view).capitalize())]
    if view.filters:
        lines[-1] += f" ({markdown(filters_text(view.filters))})"
    lines += _facts(view.window.facts, view.names, "###")
    if view.window.possible:
        lines += ["", f"### {markdown(POSSIBLY)}"]
        lines += _facts(view.window.possible, view.names, "####")
    return "\n".join(lines) + "\n"
