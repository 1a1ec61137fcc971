"""``accession list``: one row per country."""

from __future__ import annotations

from typing import Annotated

import typer

from accession_cli.cli import state
from accession_cli.cli.options import (
    AsOfOption,
    CountryOption,
    DormantOption,
    FormatOption,
    MemberOption,
    MinStageOption,
    RegionOption,
    StageOption,
    TreatyOption,
)
from accession_cli.core.data.enums import DORMANT_YEARS, SortKey, Treaty
from accession_cli.exit_codes import ExitCode
from accession_cli.render import Format, render


def list_countries(
    country: CountryOption = None,
    region: RegionOption = None,
    member: MemberOption = None,
    stage: StageOption = None,
    min_stage: MinStageOption = None,
    treaty: TreatyOption = Treaty.BUDAPEST,
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
    filters = state.country_filter(country, region, member, stage, min_stage, treaty)
    dataset = state.load_for_view()
    state.note_as_of(day, dataset)
    view = list_view(dataset, filters, day=day, sort=sort, dormant_after=dormant_after)
    state.emit(render(view, fmt.value, state.render_options()))
    if not view.rows:
        raise typer.Exit(ExitCode.FINDINGS)
