"""``accession check [PATH]``: the CI gate for the data files."""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from accession_cli.cli import state
from accession_cli.exit_codes import ExitCode
from accession_cli.render import register, render

if TYPE_CHECKING:
    from accession_cli.core.data.check import CheckReport


class CheckFormat(str, Enum):
    TEXT = "text"
    JSON = "json"
    GITHUB = "github"


#: the render registry's module for each format of this command ("json" is shared)
_RENDERERS = {
    CheckFormat.TEXT: "accession_cli.render.check.text",
    CheckFormat.GITHUB: "accession_cli.render.check.github",
}

SelectorOption = Optional[list[str]]  # noqa: UP045 - typer needs Optional on 3.10


def check(
    path: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(
            metavar="PATH",
            help="Dataset directory (default: --data, else $ACCESSION_DATA, else ./data, "
            "else the bundled dataset).",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        Optional[CheckFormat],  # noqa: UP045
        typer.Option(
            "--format",
            "-f",
            help="Output format (default: text; github inside GitHub Actions).",
            show_default=False,
        ),
    ] = None,
    select: Annotated[
        SelectorOption,
        typer.Option(
            "--select",
            metavar="CODE",
            help="Report only these rules: codes or prefixes (ACC1, ACC505, ALL), "
            "comma-separated or repeated.",
            show_default=False,
        ),
    ] = None,
    ignore: Annotated[
        SelectorOption,
        typer.Option(
            "--ignore",
            metavar="CODE",
            help="Do not report these rules: codes or prefixes, comma-separated or repeated.",
            show_default=False,
        ),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Fail (exit 1) on warnings too.")
    ] = False,
    list_rules: Annotated[
        bool,
        typer.Option(
            "--list-rules", help="List every rule: code, name, severity, summary; then exit."
        ),
    ] = False,
) -> None:
    """Validate the data files: every finding, with its rule and place.

    Exit status: 0 no errors (warnings allowed), 1 errors (or warnings with
    --strict), 2 usage or I/O error (missing directory, unreadable file).
    """
    from accession_cli.core.data.cache import open_cache
    from accession_cli.core.data.check import RuleList, RuleSelection, parse_selectors, run_check
    from accession_cli.core.data.snapshot import open_snapshots

    selection = RuleSelection(
        select=parse_selectors(select or (), "--select"),
        ignore=parse_selectors(ignore or (), "--ignore"),
    )
    in_actions = os.environ.get("GITHUB_ACTIONS") == "true"
    chosen = fmt or (CheckFormat.GITHUB if in_actions else CheckFormat.TEXT)
    for name, module in _RENDERERS.items():
        register(name.value, module)
    options = state.render_options()

    if list_rules:
        listing = CheckFormat.JSON if chosen is CheckFormat.JSON else CheckFormat.TEXT
        state.emit(render(RuleList(selection.rules()), listing.value, options))
        return

    if path is not None:
        root, shown = Path(path), path
    else:
        where = state.location()
        root = where.path
        shown = "data" if where.chosen_by == "./data" else str(where.path)
    cache = open_cache(enabled=not state.STATE.no_cache, write=False)
    report = run_check(
        root,
        display_root=shown,
        selection=selection,
        parse=None if cache is None else cache.parse,
        snapshots=open_snapshots(enabled=not state.STATE.no_cache),
    )
    state.emit(
        render(report, chosen.value, options),
        workflow_commands=chosen is CheckFormat.GITHUB,
    )

    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if in_actions and summary_file:
        _append_step_summary(Path(summary_file), report)
    raise typer.Exit(exit_code(report, strict=strict))


def exit_code(report: CheckReport, *, strict: bool) -> ExitCode:
    if report.unreadable:
        return ExitCode.USAGE
    if report.errors or report.blocking_ignored or (strict and report.warnings):
        return ExitCode.FINDINGS
    return ExitCode.OK


def _append_step_summary(target: Path, report: CheckReport) -> None:
    from accession_cli.render.check.github import step_summary

    try:
        with target.open("a", encoding="utf-8") as handle:
            handle.write(step_summary(report))
    except OSError as exc:
        state.warn(f"cannot write the step summary to {target}: {exc.strerror or exc}")
