"""``accession list``: one row per country."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from accession_cli.cli import state
from accession_cli.cli.options import (
    AsOfOption,
    DormantOption,
    FormatOption,
    country_filters,
)
from accession_cli.core.data.enums import DORMANT_YEARS, SortKey
from accession_cli.exit_codes import ExitCode
from accession_cli.render import Format, render

if TYPE_CHECKING:
    from accession_cli.core.analysis.views import CountryFilter


@country_filters
def list_countries(
    filters: CountryFilter,
    as_of: AsOfOption = None,
    sort: Annotated[
        SortKey, typer.Option("--sort", metavar="KEY", help="Row order: name, stage or score.")
    ] = SortKey.NAME,
    dormant_after: DormantOption = DORMANT_YEARS,
    fmt: FormatOption = Format.TABLE,
) -> None:
    """One row per country: stage, laws, bills, scores, events.

    The stage reached in a treaty and its date, the Second Protocol's stage,
    laws in force, pending bills (and dormant ones), the article scores and
    the events attended."""
    from accession_cli.core.analysis.views import list_view

    day = state.query_date(as_of)
    dormant_after = state.dormant_years(dormant_after)
    dataset = state.load_for_view()
    state.note_as_of(day, dataset)
    view = list_view(dataset, filters, day=day, sort=sort, dormant_after=dormant_after)
    state.emit(render(view, fmt.value, state.render_options()))
    if not view.rows:
        raise typer.Exit(ExitCode.FINDINGS)
