"""``accession diff``: what changed between two versions of the dataset, or in
the world between two dates."""

from __future__ import annotations

import sys
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from accession_cli.cli import state
from accession_cli.cli.options import CountryOption, MemberOption, RegionOption
from accession_cli.core.data.errors import DataError, UsageError
from accession_cli.exit_codes import ExitCode
from accession_cli.render.escape import plain

if TYPE_CHECKING:
    from accession_cli.core.data.model import Dataset


class DiffFormat(str, Enum):
    TABLE = "table"
    MD = "md"
    JSON = "json"


def _side(spec: str | None, which: str) -> Dataset:
    """Load one side; print its findings and stop when it cannot be loaded."""
    from accession_cli.core.data.revision import load_side

    side = load_side(spec, lambda: state.location().path)
    result = side.result
    structural = result.structural
    if structural or result.dataset is None:
        for found in structural:
            sys.stderr.write(plain(state.format_finding(side.root, found)) + "\n")
        count = len(structural)
        raise DataError(
            f"{which} ({side.label}) cannot be loaded ({count} problem{'s' if count != 1 else ''})",
            list(structural),
        )
    return result.dataset


def diff(
    old: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(
            metavar="OLD",
            help="The version to compare from: a dataset directory, or a git revision (tag, "
            "branch, commit, HEAD~3) of the repository that holds the dataset.",
            show_default=False,
        ),
    ] = None,
    new: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(
            metavar="NEW",
            help="The version to compare to, like OLD. Default: the dataset in the working tree.",
            show_default=False,
        ),
    ] = None,
    since: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--since",
            metavar="DATE",
            help="Instead of versions: what happened from this date on, in one dataset "
            "(2010 = from 2010-01-01).",
            show_default=False,
        ),
    ] = None,
    until: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--until",
            metavar="DATE",
            help="What happened up to this date, inclusive (2010 = to 2010-12-31).",
            show_default=False,
        ),
    ] = None,
    country: CountryOption = None,
    region: RegionOption = None,
    member: MemberOption = None,
    fmt: Annotated[
        DiffFormat,
        typer.Option(
            "--format",
            "-f",
            help="Output format: table (terminal), md (pull-request comment), json.",
        ),
    ] = DiffFormat.TABLE,
    exit_code: Annotated[
        bool,
        typer.Option(
            "--exit-code",
            help="Exit with 1 when there are changes and 0 when there are none, like "
            "git diff --exit-code.",
        ),
    ] = False,
) -> None:
    """What changed between two versions, or between two dates.

    Two versions of the dataset (directories or git revisions), or what
    happened in the world between two dates (--since/--until)."""
    from accession_cli.core.analysis.diff import matching_codes
    from accession_cli.core.analysis.views import CountryFilter
    from accession_cli.render import render
    from accession_cli.render.diff.words import register_formats

    regions = state.parse_regions(region)
    members = tuple(member or ())
    queries = tuple(country or ())
    filters = tuple(CountryFilter(countries=queries, regions=regions, members=members).describe())
    register_formats()
    view: object
    if since is not None or until is not None:
        from accession_cli.core.analysis.timeline import WindowView, changes_in_window
        from accession_cli.core.data.dates import DateError, parse_window_start

        if old is not None:
            raise UsageError(
                "--since/--until list what happened in one dataset: give them, or OLD [NEW], "
                "not both"
            )
        try:
            start = parse_window_start(since) if since is not None else None
        except DateError as exc:
            raise UsageError(f"--since: {exc}") from None
        end = state.query_date(until, "--until")
        if start is not None and end is not None and start > end:
            raise UsageError(f"--since {since} is after --until {until}")
        dataset = state.load_for_view()
        codes = matching_codes([dataset], countries=queries, regions=regions, members=members)
        window = changes_in_window(dataset, start, end, codes)
        view = WindowView(
            dataset.manifest.version,
            dataset.manifest.as_of,
            filters,
            window,
            {c.code: c.name for c in dataset.countries},
        )
        changed = bool(window)
    else:
        from accession_cli.core.analysis.diff import diff_view
        from accession_cli.core.data.revision import WORKING_TREE

        if old is None:
            raise UsageError(
                "nothing to compare: give OLD [NEW] (dataset directories or git revisions), "
                "or --since DATE"
            )
        before = _side(old, "OLD")
        after = _side(new, "NEW")
        codes = matching_codes([after, before], countries=queries, regions=regions, members=members)
        diff_result = diff_view(
            before,
            after,
            old_label=before.origin,
            new_label=after.origin or WORKING_TREE,
            countries=codes,
            filters=filters,
        )
        view = diff_result
        changed = bool(diff_result.changes or diff_result.progress)
    state.emit(render(view, f"diff-{fmt.value}", state.render_options()))
    if exit_code and changed:
        raise typer.Exit(ExitCode.FINDINGS)
