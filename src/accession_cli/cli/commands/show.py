"""``accession show COUNTRY``: the full profile of one country."""

from __future__ import annotations

from typing import Annotated

import typer

from accession_cli.cli import state
from accession_cli.cli.options import AsOfOption, FormatOption
from accession_cli.exit_codes import ExitCode
from accession_cli.render import Format, render


def show_country(
    country: Annotated[
        str,
        typer.Argument(
            metavar="COUNTRY", help="ISO alpha-2 or alpha-3 code, or name (any case or accents)."
        ),
    ],
    as_of: AsOfOption = None,
    fmt: FormatOption = Format.TABLE,
) -> None:
    """One country: treaties, laws, articles, events, sources.

    Treaty timelines, legislation with histories, the article matrix with
    each domestic provision, reservations and declarations, events attended
    and numbered sources."""
    from accession_cli.core.analysis.views import resolve_code, show_view

    day = state.query_date(as_of)
    dataset = state.load_for_view(pick=lambda names: resolve_code(names, country))
    state.note_as_of(day, dataset)
    view = show_view(dataset, country, day=day)
    if view is None:
        state.error(f"'{country}' is a country, but the dataset has no file for it")
        raise typer.Exit(ExitCode.FINDINGS)
    state.emit(render(view, fmt.value, state.render_options()))
