"""``check --format github``: GitHub Actions workflow commands, one per finding
(``::error file=…,line=…,col=…,title=ACC101::message``), so findings appear
on the pull request's lines; and the Markdown step summary that lists them all
(GitHub shows only a few annotations per step).
"""

from __future__ import annotations

from functools import singledispatch

from accession_cli.core.data.check import CheckReport
from accession_cli.core.data.findings import Finding
from accession_cli.render import RenderOptions
from accession_cli.render.check.text import location, summary_line
from accession_cli.render.escape import markdown, workflow_data, workflow_property


def command(report: CheckReport, found: Finding) -> str:
    properties = [f"file={workflow_property(report.display_path(found))}"]
    if found.line is not None:
        properties.append(f"line={found.line}")
        properties.append(f"col={found.column or 1}")
    properties.append(f"title={workflow_property(found.code)}")
    return f"::{found.severity.value} {','.join(properties)}::{workflow_data(found.message)}"


@singledispatch
def render(view: object, options: RenderOptions) -> str:
    raise NotImplementedError


@render.register
def _(view: CheckReport, options: RenderOptions) -> str:
    lines = [command(view, found) for found in view.findings]
    lines.append(summary_line(view))
    return "\n".join(lines) + "\n"


def step_summary(report: CheckReport) -> str:
    """Markdown for ``$GITHUB_STEP_SUMMARY``: the summary line and every finding."""
    lines = ["## accession check", "", summary_line(report)]
    if report.findings:
        lines += [
            "",
            "| Severity | Code | Location | Message |",
            "| --- | --- | --- | --- |",
        ]
        lines += [
            f"| {found.severity.value} | {found.code} | {markdown(location(report, found))} "
            f"| {markdown(found.message)} |"
            for found in report.findings
        ]
    # a blank line after, so what the next step appends starts a new block
    return "\n".join(lines) + "\n\n"
