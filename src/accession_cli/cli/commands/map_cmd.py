"""``accession map``: a choropleth map of one treaty's stage, as an SVG file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from accession_cli.cli import state
from accession_cli.cli.options import (
    AsOfOption,
    CountryOption,
    MemberOption,
    MinStageOption,
    RegionOption,
    StageOption,
    TreatyOption,
)
from accession_cli.core.data.enums import Treaty
from accession_cli.core.data.errors import UsageError
from accession_cli.exit_codes import ExitCode


def world_map(
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
    treaty: TreatyOption = Treaty.BUDAPEST,
    as_of: AsOfOption = None,
    country: CountryOption = None,
    region: RegionOption = None,
    member: MemberOption = None,
    stage: StageOption = None,
    min_stage: MinStageOption = None,
) -> None:
    """A map of each country's treaty stage, as an SVG file.

    The selected countries in colour and pattern, the others grey; the
    Americas when every selected country is in the Americas, the world
    otherwise."""
    from accession_cli.core.analysis.views import map_view
    from accession_cli.render import register, render
    from accession_cli.render.maps.worldmap import MapDataError

    if output is not None and output.suffix and output.suffix.lower() != ".svg":
        raise UsageError(f"--output: the map is SVG; name a file ending in .svg, not {output.name}")
    day = state.query_date(as_of)
    filters = state.country_filter(country, region, member, stage, min_stage, treaty)
    dataset = state.load_for_view()
    view = map_view(dataset, filters, day=day, treaty=treaty)
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
