"""``accession report``: the progress report, as Markdown, HTML, JSON or CSV."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from accession_cli.cli import state
from accession_cli.cli.options import (
    AsOfOption,
    DormantOption,
    country_filters,
)
from accession_cli.core.data.enums import DORMANT_YEARS
from accession_cli.core.data.errors import UsageError
from accession_cli.exit_codes import ExitCode

if TYPE_CHECKING:
    from accession_cli.core.analysis.views import CountryFilter


class ReportFormat(str, Enum):
    MD = "md"
    HTML = "html"
    JSON = "json"
    CSV = "csv"


#: registry names of the report renderers (see accession_cli.render)
RENDERERS = {
    ReportFormat.MD: ("report-md", "accession_cli.render.report.md"),
    ReportFormat.HTML: ("report-html", "accession_cli.render.report.html"),
    ReportFormat.JSON: ("report-json", "accession_cli.render.report.jsonfmt"),
    ReportFormat.CSV: ("report-csv", "accession_cli.render.report.csvfmt"),
}


def _report_date(text: str | None) -> dt.date:
    from accession_cli.core.data.dates import DateError, PartialDate

    if text is None:
        return dt.date.today()
    try:
        date = PartialDate.parse(text.strip())
    except DateError as exc:
        raise UsageError(f"--date: {exc}") from None
    if date.exact is None:
        raise UsageError(f"--date: '{text}' is not a day: use YYYY-MM-DD")
    return date.exact


def _since(text: str | None) -> dt.date | None:
    from accession_cli.core.data.dates import DateError, parse_window_start

    if text is None:
        return None
    try:
        return parse_window_start(text)
    except DateError as exc:
        raise UsageError(f"--since: {exc}") from None


@country_filters
def report(
    filters: CountryFilter,
    fmt: Annotated[
        ReportFormat,
        typer.Option(
            "--format", "-f", metavar="FORMAT", help="Output format: md, html, json, csv."
        ),
    ] = ReportFormat.MD,
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the report to FILE (replaced only by a complete report); "
            "default: standard output.",
            show_default=False,
        ),
    ] = None,
    as_of: AsOfOption = None,
    dormant_after: DormantOption = DORMANT_YEARS,
    since: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--since",
            metavar="DATE",
            help="Add a 'recent changes' section: dated facts from DATE (2024 = from "
            "2024-01-01) to the as-of date.",
            show_default=False,
        ),
    ] = None,
    date: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--date",
            metavar="YYYY-MM-DD",
            help="Report date printed in the report and used for 'no workshop in the last "
            "24 months' (default: today).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """The progress report, as Markdown, HTML, JSON or CSV.

    Summary, countries, article coverage, reservations and declarations,
    treaty timeline, workshops against outcomes, recent changes and numbered
    sources."""
    from accession_cli.core.analysis.report import build_report
    from accession_cli.render import register, render

    day = state.query_date(as_of)
    dormant_after = state.dormant_years(dormant_after)
    window = _since(since)
    report_date = _report_date(date)
    if window is not None and window > report_date:
        raise UsageError(
            f"--since {since} is after the report date {report_date.isoformat()}"
            + (" (--date)" if date is not None else " (today; --date sets another)")
        )
    dataset = state.load_for_view()
    shown = day or dataset.manifest.as_of.end
    if window is not None and window > shown:
        what = "--as-of" if day is not None else "the dataset's as_of"
        raise UsageError(f"--since {since} is after {what} {shown.isoformat()}: no change to show")
    # a report date given after the data's as_of is said once, with --as-of
    state.note_dates_after_as_of(
        dataset, ("--as-of", day), ("--date", report_date if date is not None else None)
    )
    view = build_report(
        dataset,
        filters,
        report_date=report_date,
        as_of=day,
        since=window,
        dormant_after=dormant_after,
    )
    if not view.countries:
        state.error("no country matches the filters; no report written")
        raise typer.Exit(ExitCode.FINDINGS)
    name, module = RENDERERS[fmt]
    register(name, module)
    text = render(view, name)
    if output is None or str(output) == "-":
        state.emit(text)
    else:
        from accession_cli.cli.output import write_output

        write_output(output, text.encode("utf-8"))
