"""``accession events``: workshops and meetings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Optional

import typer

from accession_cli.cli import state
from accession_cli.cli.options import FormatOption, country_filters
from accession_cli.core.data.enums import EventKind
from accession_cli.exit_codes import ExitCode
from accession_cli.render import Format, render

if TYPE_CHECKING:
    from accession_cli.core.analysis.views import CountryFilter


@country_filters
def events(
    filters: CountryFilter,
    start: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--from",
            metavar="DATE",
            help="Held on or after this date (2010 = from 2010-01-01).",
            show_default=False,
        ),
    ] = None,
    end: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--to",
            metavar="DATE",
            help="Held on or before this date (2010 = to 2010-12-31).",
            show_default=False,
        ),
    ] = None,
    kind: Annotated[
        Optional[list[EventKind]],  # noqa: UP045
        typer.Option(
            "--kind",
            metavar="KIND",
            help="Kind of event: workshop, training, meeting or conference (repeatable).",
            show_default=False,
        ),
    ] = None,
    topic: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--topic",
            metavar="TOPIC",
            help="Topic, e.g. accession (repeatable).",
            show_default=False,
        ),
    ] = None,
    fmt: FormatOption = Format.TABLE,
) -> None:
    """Workshops and meetings, by country, date, kind and topic.

    With country filters: the events a selected country took part in or
    hosted (stages as of the dataset's as_of)."""
    from accession_cli.core.analysis.views import events_view
    from accession_cli.core.data.dates import DateError, parse_window_start
    from accession_cli.core.data.errors import UsageError

    try:
        window_start = parse_window_start(start) if start else None
    except DateError as exc:
        raise UsageError(f"--from: {exc}") from None
    window_end = state.query_date(end, "--to")
    if window_start is not None and window_end is not None and window_end < window_start:
        raise UsageError(f"--to {end} is before --from {start}")
    dataset = state.load_for_view()
    view = events_view(
        dataset,
        filters,
        start=window_start,
        end=window_end,
        kinds=tuple(kind or ()),
        topics=tuple(topic or ()),
    )
    state.emit(render(view, fmt.value, state.render_options()))
    if not view.events:
        raise typer.Exit(ExitCode.FINDINGS)
