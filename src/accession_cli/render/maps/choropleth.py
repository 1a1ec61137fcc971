"""A choropleth map of one treaty's stage per country, as inline SVG (for the
HTML report) or as an SVG file (``accession map``).

Colour follows the report's stage ramp (light to dark up the ladder), and
every class also has its own fill pattern and a word in the legend, so the
map reads in greyscale and without colour vision. The frame is the selected
countries' bounding box with a margin (a region, a continent, a few states),
the world when the selection spans it; countries outside the selection are
grey. A country too small to see at this
scale gets a dot as well and is named under the map, so no Party vanishes.
The outlines come from render/maps/worldmap.py (the map data package).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from accession_cli.core.analysis.views import MapEntry, MapView, regions_text
from accession_cli.core.data.model import Region, Treaty, TreatyStage
from accession_cli.render import RenderOptions
from accession_cli.render.common import date_text


@dataclass(frozen=True, slots=True)
class Style:
    key: str
    word: str
    color: str
    #: the fill pattern drawn over the colour (None: the plain colour)
    pattern: str | None


#: one class per rung of the ladder; ratified and acceded are one class
STYLES = (
    Style("in-force", "in force", "#0b4f8a", None),
    Style("deposited", "deposited (ratified or acceded)", "#2b7bba", "hatch"),
    Style("signed", "signed", "#539ecd", "cross"),
    Style("invited", "invited to accede", "#89bedc", "lines"),
    Style("requested", "requested accession", "#bad6ea", "dots"),
    Style("interest", "expressed interest", "#dbe9f6", "rings"),
    Style("none", "no step recorded", "#ffffff", None),
)
OUTSIDE = Style("outside", "not in this report", "#c5cbd3", None)
#: the standalone map's word for the same class: a map, not a report
NOT_SELECTED = Style("outside", "not selected", OUTSIDE.color, None)
_BY_KEY = {s.key: s for s in (*STYLES, OUTSIDE)}
_STAGE_KEY: dict[TreatyStage | None, str] = {
    TreatyStage.IN_FORCE: "in-force",
    TreatyStage.RATIFIED: "deposited",
    TreatyStage.ACCEDED: "deposited",
    TreatyStage.SIGNED: "signed",
    TreatyStage.INVITED: "invited",
    TreatyStage.REQUESTED: "requested",
    TreatyStage.INTEREST: "interest",
    None: "none",
}
_STAGE_WORD: dict[TreatyStage | None, str] = {
    TreatyStage.IN_FORCE: "in force",
    TreatyStage.RATIFIED: "ratified",
    TreatyStage.ACCEDED: "acceded",
    TreatyStage.SIGNED: "signed",
    TreatyStage.INVITED: "invited to accede",
    TreatyStage.REQUESTED: "requested accession",
    TreatyStage.INTEREST: "expressed interest",
    None: "no step recorded",
}
AMERICAS = frozenset(
    {Region.NORTH_AMERICA, Region.CENTRAL_AMERICA, Region.CARIBBEAN, Region.SOUTH_AMERICA}
)


@dataclass(frozen=True, slots=True)
class DrawnCountry:
    code: str
    d: str
    fill: str
    title: str
    #: a dot as well: the outline is too small to see or has no area here
    dot: tuple[float, float] | None


def tooltip(entry: MapEntry) -> str:
    """'Peru: in force since 2019-12-01'."""
    word = _STAGE_WORD[entry.stage]
    if entry.stage is None:
        return f"{entry.name}: {word}"
    when = f"since {entry.date}" if entry.date is not None else f"({date_text(None)})"
    return f"{entry.name}: {word} {when}"


def has_steps(entries: Iterable[MapEntry]) -> bool:
    return any(e.stage is not None for e in entries)


def where(entries: Sequence[MapEntry], on_world: bool) -> str:
    """What the frame shows, in words: the world, the Americas, a region."""
    regions = {e.region for e in entries}
    if on_world or not regions:
        return "the world"
    if regions <= AMERICAS and len(regions) > 1:
        return "the Americas"
    return regions_text(sorted(regions, key=list(Region).index))


def choropleth(
    entries: Sequence[MapEntry],
    treaty: Treaty,
    *,
    prefix: str,
    names: Mapping[str, str] | None = None,
    outside: Style = OUTSIDE,
) -> dict[str, Any]:
    """What the map template draws: shapes, patterns, legend and the lists of
    small states and of countries the map data lacks. ``outside``: how the
    legend names the grey countries (the report's or the standalone map's)."""
    from accession_cli.render.maps import worldmap

    data = worldmap.outlines()
    selected = {e.code.lower(): e for e in entries}
    americas = bool(entries) and all(e.region in AMERICAS for e in entries)
    framed = worldmap.frame(sorted(selected))
    box = framed or worldmap.world()
    omit = worldmap.WORLD_OMIT if framed is None else ()
    others = [c for c in sorted(data) if c not in selected and c not in omit]
    names = names or {}

    def fill(style: Style) -> str:
        return f"url(#{prefix}-{style.key})" if style.pattern else style.color

    drawn: list[DrawnCountry] = []
    small: list[MapEntry] = []
    for shape in worldmap.shapes(others, box):
        code = shape.code.upper()
        name = names.get(code) or _country_name(code)
        drawn.append(DrawnCountry(code, shape.d, fill(outside), f"{name}: {outside.word}", None))
    for shape in worldmap.shapes(list(selected), box):
        entry = selected[shape.code]
        style = _BY_KEY[_STAGE_KEY[entry.stage]]
        dot = shape.centre if shape.small or not shape.d else None
        if dot is not None:
            small.append(entry)
        drawn.append(DrawnCountry(entry.code, shape.d, fill(style), tooltip(entry), dot))
    covered = {d.code for d in drawn}
    missing = [e for e in entries if e.code not in covered]
    height = worldmap.height_for(box)
    return {
        "prefix": prefix,
        "treaty": treaty,
        "width": worldmap.WIDTH,
        "height": height,
        "americas": americas,
        "styles": STYLES,
        "outside": outside,
        "legend_styles": (*STYLES, outside),
        "patterns": [s for s in (*STYLES, outside) if s.pattern],
        "fill": fill,
        "countries": drawn,
        "small": sorted(small, key=lambda e: e.name),
        "missing": missing,
        "tooltip": tooltip,
        "label": f"Map of the {treaty.label}: each country's stage, "
        + where(entries, framed is None),
    }


def _country_name(code: str) -> str:
    """The English short name of a country outside the dataset (pycountry),
    or its code when pycountry does not know it (e.g. XK)."""
    import pycountry

    found = pycountry.countries.get(alpha_2=code)
    return str(found.name) if found is not None else code


def map_svg(view: MapView) -> str:
    """A standalone SVG file: the map, its legend and its lists."""
    from accession_cli.render.templating import environment

    context = choropleth(
        view.countries, view.treaty, prefix="map", names=view.names, outside=NOT_SELECTED
    )
    template = environment().get_template("map.svg.j2")
    return template.render(m=context, view=view, standalone=True).lstrip()


def render(view: object, options: RenderOptions) -> str:
    if not isinstance(view, MapView):
        raise NotImplementedError
    return map_svg(view)
