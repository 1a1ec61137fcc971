"""``accession drafts``: laws and bills across countries."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Optional

import typer

from accession_cli.cli import state
from accession_cli.cli.options import AsOfOption, DormantOption, FormatOption, country_filters
from accession_cli.core.data.enums import DORMANT_YEARS, LegislationKind
from accession_cli.exit_codes import ExitCode
from accession_cli.render import Format, render

if TYPE_CHECKING:
    from accession_cli.core.analysis.views import CountryFilter


@country_filters
def drafts(
    filters: CountryFilter,
    status: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--status",
            metavar="STATUS",
            help="Latest status (drafting, introduced, ..., superseded), 'pending' for bills before the legislature, or 'dormant' for those whose last step is older than --dormant-after.",
            show_default=False,
        ),
    ] = None,
    kind: Annotated[
        Optional[LegislationKind],  # noqa: UP045
        typer.Option("--kind", metavar="KIND", help="bill or law.", show_default=False),
    ] = None,
    as_of: AsOfOption = None,
    dormant_after: DormantOption = DORMANT_YEARS,
    fmt: FormatOption = Format.TABLE,
) -> None:
    """Laws and bills, with their latest status on the date.

    Of the countries the filters select: 'drafts --member OAS --max-stage
    signed --status pending' lists the bills of OAS states not yet Parties."""
    from accession_cli.core.analysis.views import drafts_view

    day = state.query_date(as_of)
    dormant_after = state.dormant_years(dormant_after)
    dataset = state.load_for_view()
    state.note_as_of(day, dataset)
    view = drafts_view(
        dataset,
        filters,
        status=status,
        kind=kind,
        day=day,
        dormant_after=dormant_after,
    )
    state.emit(render(view, fmt.value, state.render_options()))
    if not view.rows:
        raise typer.Exit(ExitCode.FINDINGS)
