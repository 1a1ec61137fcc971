"""``check --format text``: ``path:line:col: CODE message`` lines, grouped by
file, then a summary line (like ruff's). Coloured only on a terminal, through
rich :class:`~rich.text.Text` (never markup); plain strings otherwise, so the
CI path does not import rich at all.
"""

from __future__ import annotations

from functools import singledispatch

from accession_cli.core.data.check import CheckReport, RuleList
from accession_cli.core.data.findings import Finding, Severity
from accession_cli.render import RenderOptions
from accession_cli.render.escape import plain

#: (text, rich style) pieces of one output line
Line = list[tuple[str, str]]


def visible(text: str) -> str:
    """One line of terminal text: control characters and newlines made visible."""
    return plain(text).replace("\n", "\\n")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary_line(report: CheckReport) -> str:
    """'Found 3 errors and 1 warning in 2 files.' or 'All checks passed: 80 files.',
    saying how many findings were ignored; and when the ignored ones leave a
    dataset that does not load, says so ('--ignore' never hides that)."""
    if report.blocking_ignored:
        lead = f"{_found(report)} " if report.findings else ""
        count = report.blocking_ignored_count
        return (
            f"{lead}The dataset does not load: {_plural(count, 'ignored error')} "
            f"stop{'s' if count == 1 else ''} every view ({', '.join(report.blocking_ignored)}); "
            f"{_plural(report.ignored, 'finding')} ignored in all."
        )
    ignored = f" ({_plural(report.ignored, 'finding')} ignored)" if report.ignored else ""
    if not report.findings:
        return f"All checks passed: {_plural(report.files, 'file')}{ignored}."
    return f"{_found(report)[:-1]}{ignored}."


def _found(report: CheckReport) -> str:
    parts = []
    if report.errors:
        parts.append(_plural(report.errors, "error"))
    if report.warnings:
        parts.append(_plural(report.warnings, "warning"))
    return f"Found {' and '.join(parts)} in {_plural(report.files_with_findings, 'file')}."


def location(report: CheckReport, found: Finding) -> str:
    where = report.display_path(found)
    if found.line is not None:
        where += f":{found.line}:{found.column or 1}"
    return where


def finding_line(report: CheckReport, found: Finding) -> Line:
    warning = found.severity is Severity.WARNING
    line: Line = [
        (visible(location(report, found)), "bold"),
        (": ", ""),
        (found.code, "bold yellow" if warning else "bold red"),
        (" ", ""),
    ]
    if warning:
        line.append(("[warning] ", "yellow"))
    line.append((visible(found.message), ""))
    return line


def _output(lines: list[Line], options: RenderOptions) -> str:
    if not options.color:
        return "".join("".join(text for text, _ in line) + "\n" for line in lines)
    import io

    from rich.console import Console
    from rich.text import Text

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=True,
        color_system="standard",
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=True,
        legacy_windows=False,
    )
    for line in lines:
        console.print(Text.assemble(*line))
    return buffer.getvalue()


@singledispatch
def render(view: object, options: RenderOptions) -> str:
    raise NotImplementedError


@render.register
def _(view: CheckReport, options: RenderOptions) -> str:
    lines: list[Line] = []
    previous: str | None = None
    for found in view.findings:
        if previous is not None and found.path != previous:
            lines.append([])
        previous = found.path
        lines.append(finding_line(view, found))
    if lines:
        lines.append([])
    summary = summary_line(view)
    failed = view.errors or view.blocking_ignored
    style = "bold red" if failed else "bold yellow" if view.warnings else "bold green"
    lines.append([(summary, style)])
    return _output(lines, options)


@render.register
def _(view: RuleList, options: RenderOptions) -> str:
    import textwrap

    name_width = max((len(rule.name) for rule in view.rules), default=0)
    # a summary wraps under itself, so no line is wider than the terminal
    indent = len("ACC000") + 2 + name_width + 2 + 7 + 2
    summary_width = max(options.width - indent, 20)
    lines: list[Line] = []
    for rule in view.rules:
        warning = rule.severity is Severity.WARNING
        first, *rest = textwrap.wrap(rule.summary, summary_width) or [""]
        lines.append(
            [
                (rule.code, "bold"),
                ("  ", ""),
                (rule.name.ljust(name_width), ""),
                ("  ", ""),
                (rule.severity.value.ljust(7), "yellow" if warning else "red"),
                ("  ", ""),
                (first, ""),
            ]
        )
        lines.extend([(" " * indent + more, "")] for more in rest)
    return _output(lines, options)
