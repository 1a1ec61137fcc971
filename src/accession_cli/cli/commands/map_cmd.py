"""``accession map``: a choropleth map of one treaty's stage, as an SVG file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from accession_cli.cli import state
from accession_cli.cli.options import (
    AsOfOption,
    country_filters,
)
from accession_cli.exit_codes import ExitCode

if TYPE_CHECKING:
    from accession_cli.core.analysis.views import CountryFilter


@country_filters
def world_map(
    filters: CountryFilter,
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the SVG to FILE (replaced only by a complete map); "
            "default: standard output.",
            show_default=False,
        ),
    ] = None,
    as_of: AsOfOption = None,
) -> None:
    """A map of each country's treaty stage, as an SVG file.

    The selected countries in colour and pattern, the others grey; framed on
    the selection (a region, a continent, a few states), on the world when it
    spans the world."""
    from accession_cli.core.analysis.views import map_view
    from accession_cli.render import register, render
    from accession_cli.render.maps.worldmap import MapDataError

    day = state.query_date(as_of)
    dataset = state.load_for_view()
    view = map_view(dataset, filters, day=day, treaty=filters.treaty)
    if not view.countries:
        state.error("no country matches the filters; no map written")
        raise typer.Exit(ExitCode.FINDINGS)
    register("map-svg", "accession_cli.render.maps.choropleth")
    try:
        text = render(view, "map-svg")
    except MapDataError as exc:
        state.error(str(exc))
        raise typer.Exit(ExitCode.USAGE) from None
    if output is None or str(output) == "-":
        state.emit(text)
    else:
        from accession_cli.cli.output import write_output

        write_output(output, text.encode("utf-8"))
