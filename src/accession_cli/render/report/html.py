"""``accession report --format html``: one self-contained HTML file.

Inline CSS and inline SVG only: no script, font, image or request of any kind
(a Content-Security-Policy with ``default-src 'none'`` and the stylesheet's
hash makes sure of it). Readable on a phone (fluid layout, wide tables
scroll), printable on A4 (print stylesheet). Every chart repeats its meaning
in text or symbols, never by colour alone, and its data is also in a table.
The markup is in Jinja2 templates (``render/templates/report.html.j2`` and
``charts.html.j2``) with autoescaping on, so every value from the dataset is
HTML-escaped unless marked safe; only http(s) URLs become links.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import re
from collections.abc import Sequence
from typing import Any, NamedTuple

from markupsafe import Markup

from accession_cli.core.analysis.report import (
    ChangeKind,
    CoverageCell,
    CoverageRow,
    GradedProvision,
    Report,
    StageCount,
)
from accession_cli.core.data.dates import PartialDate
from accession_cli.core.data.model import (
    ARTICLE_TITLES,
    ArticleGroup,
    Coverage,
    Treaty,
    TreatyStage,
)
from accession_cli.render import RenderOptions
from accession_cli.render.common import (
    COVERAGE_SYMBOL,
    DASH,
    GROUP_SHORT,
    TREATY_SHORT,
    date_text,
    same_document,
    score_value,
)
from accession_cli.render.escape import one_line
from accession_cli.render.report.text import (
    STAGE_LABEL,
    WORKSHOP_NOTE,
    change_detail,
    change_subject,
    coverage_cell,
    coverage_words,
    event_dates,
    headline,
    median_sentence,
    outcome_text,
    quiet_text,
    uncertain_note,
)

# no white space, quotes, brackets, or control characters (the schema's \S+
# lets those by; an href is no place to show them escaped)
_URL = re.compile(r"^https?://[^\s\"'<>`\\\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]+$")

#: a sequential ramp, light to dark as a state moves up the ladder
STAGE_COLOR: dict[TreatyStage | None, str] = {
    None: "#e4e7eb",
    TreatyStage.INTEREST: "#dbe9f6",
    TreatyStage.REQUESTED: "#bad6ea",
    TreatyStage.INVITED: "#89bedc",
    TreatyStage.SIGNED: "#539ecd",
    TreatyStage.RATIFIED: "#2b7bba",
    TreatyStage.ACCEDED: "#2b7bba",
    TreatyStage.IN_FORCE: "#0b4f8a",
}
#: one letter per stage, drawn inside the timeline's markers
STAGE_LETTER: dict[TreatyStage, str] = {
    TreatyStage.INTEREST: "I",
    TreatyStage.REQUESTED: "R",
    TreatyStage.INVITED: "V",
    TreatyStage.SIGNED: "S",
    TreatyStage.RATIFIED: "D",
    TreatyStage.ACCEDED: "D",
    TreatyStage.IN_FORCE: "F",
}
COVERAGE_FILL: dict[Coverage | None, str] = {
    Coverage.FULL: "#1b7a4b",
    Coverage.PARTIAL: "#8cc9a1",
    Coverage.NONE: "#f3c4a8",
    None: "#ffffff",
}
COVERAGE_INK: dict[Coverage | None, str] = {
    Coverage.FULL: "#ffffff",
    Coverage.PARTIAL: "#10331f",
    Coverage.NONE: "#5c2a0f",
    None: "#6b7280",
}


#: the SVG shapes of the timeline's markers, one per treaty
_TREATY_SHAPE = {
    Treaty.BUDAPEST: "circle",
    Treaty.PROTOCOL_1: "square",
    Treaty.PROTOCOL_2: "diamond",
    Treaty.UN_CYBERCRIME: "triangle",
}
_DARK = {TreatyStage.SIGNED, TreatyStage.RATIFIED, TreatyStage.ACCEDED, TreatyStage.IN_FORCE}
_GROUP_SPANS = (
    (ArticleGroup.SUBSTANTIVE, "Substantive law"),
    (ArticleGroup.PROCEDURAL, "Procedural"),
    (None, "Jur."),
    (ArticleGroup.COOPERATION, "International co-operation"),
)


def safe_href(url: str | None) -> str | None:
    """An http(s) URL for an ``href`` (escaped by the template), or None for
    anything else."""
    if url is None or not _URL.match(url):
        return None
    return url


def _csp(css: str) -> str:
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    return (
        "default-src 'none'; "
        f"style-src 'sha256-{digest}'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def _truncate(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


# ------------------------------------------------------------------ charts
# Geometry is computed here; the templates (charts.html.j2) draw it.


class Bar(NamedTuple):
    stage: TreatyStage | None
    y: int
    length: float
    number: int
    countries: str


def bar_chart(counts: Sequence[StageCount]) -> dict[str, Any]:
    """Horizontal bars, one per stage, with the stage name and count as text."""
    row, label_w, bar_w, pad = 26, 118, 190, 8
    top = max((c.count for c in counts), default=0) or 1
    bars = [
        Bar(
            count.stage,
            18 + pad + i * row,
            bar_w * count.count / top,
            count.count,
            ", ".join(count.countries),
        )
        for i, count in enumerate(counts)
    ]
    return {
        "width": label_w + bar_w + 40,
        "height": pad * 2 + row * len(counts) + 18,
        "row": row,
        "label_w": label_w,
        "bar_w": bar_w,
        "bars": bars,
    }


class HeatCell(NamedTuple):
    x: int
    tip: str
    cell: CoverageCell
    #: the anchor of the cell's evidence in the coverage section, if graded
    anchor: str | None = None


class HeatRow(NamedTuple):
    y: int
    name: str
    cells: list[HeatCell]


def grade_anchor(code: str, article: int) -> str:
    """The id of an article's grades in the coverage section's evidence list."""
    return f"grade-{code}-{article}"


def evidence_tip(graded: Sequence[GradedProvision]) -> str:
    """The grades behind a cell and their quoted words, for its tooltip."""
    parts = []
    for g in graded:
        what = " ".join(filter(None, [g.legislation.id, g.provision]))
        words = f": “{g.evidence}”" if g.evidence else ": no evidence quoted"
        bill = ", pending bill" if g.pending else ""
        parts.append(f"{what} ({g.grade.value}{bill}){words}")
    return " — ".join(parts)


def coverage_heatmap(rows: Sequence[CoverageRow]) -> dict[str, Any]:
    """Countries × Articles 2-35: colour and symbol per cell; a dashed outline
    marks an article a pending bill would raise."""
    cell, gap, label_w, top = 20, 2, 150, 46
    columns = len(rows[0].cells)

    def x_of(article: int) -> int:
        return label_w + (article - 2) * (cell + gap)

    spans = []
    for group, label in _GROUP_SPANS:
        articles = group.articles if group is not None else range(22, 23)
        spans.append((x_of(articles.start), x_of(articles.stop - 1) + cell, label))
    heat_rows = [
        HeatRow(
            top + r * (cell + gap),
            f"{row.country.name} ({row.country.code})",
            [
                HeatCell(
                    x_of(c.article),
                    f"{row.country.name}, Art. {c.article} {ARTICLE_TITLES[c.article]}: "
                    f"{coverage_words(c)}"
                    + "".join(
                        f" — {tip}" for tip in [evidence_tip(row.grades_of(c.article))] if tip
                    ),
                    c,
                    grade_anchor(row.country.code, c.article) if row.grades_of(c.article) else None,
                )
                for c in row.cells
            ],
        )
        for r, row in enumerate(rows)
    ]
    return {
        "width": label_w + columns * (cell + gap) + 4,
        "height": top + len(rows) * (cell + gap) + 4,
        "cell": cell,
        "label_w": label_w,
        "spans": spans,
        "articles": [(a, x_of(a)) for a in range(2, 2 + columns)],
        "rows": heat_rows,
    }


def _years(report: Report) -> tuple[int, int] | None:
    dates = [
        entry.milestone.date
        for line in report.timeline
        for entry in line.entries
        if entry.milestone.date is not None
    ]
    if not dates:
        return None
    first = min(d.start.year for d in dates)
    last = max(max(d.end.year for d in dates), report.as_of.year)
    return first, last + 1


class Marker(NamedTuple):
    tip: str
    #: a month or year date: its interval, (x0, width), drawn as a band
    band: tuple[float, float] | None
    shape: str
    x: float
    y: float
    stage: TreatyStage


class Lane(NamedTuple):
    y: float
    name: str
    #: the line joining the first and last Budapest steps, (x0, x1)
    budapest: tuple[float, float] | None
    markers: list[Marker]


def timeline_svg(report: Report) -> dict[str, Any] | None:
    """One lane per country; a marker per dated milestone: shape = treaty,
    letter = stage, colour = stage (again); a month or year date is drawn as
    a band over its whole interval with the marker in its middle."""
    span = _years(report)
    lanes = [
        (line, [x for x in line.entries if x.milestone.date is not None])
        for line in report.timeline
    ]
    lanes = [(line, dated) for line, dated in lanes if dated]
    if span is None or not lanes:
        return None
    first, stop = span
    lane_h, label_w, plot_w, top = 32, 160, 740, 24
    width = label_w + plot_w + 16
    height = top + lane_h * len(lanes) + 8
    origin = _new_year(first)
    inset = 14  # room for a marker on the first or last day
    scale = (plot_w - 2 * inset) / (_new_year(stop) - origin)

    def x_of(day: dt.date) -> float:
        return label_w + inset + (day.toordinal() - origin) * scale

    years = stop - first
    step = 1 if years <= 12 else 2 if years <= 24 else 5
    grid = [
        (
            label_w + inset + (_new_year(year) - origin) * scale,
            year if (year - first) % step == 0 and year < stop else None,
        )
        for year in range(first, stop + 1)
    ]
    drawn = []
    for i, (line, dated) in enumerate(lanes):
        y = top + i * lane_h + lane_h / 2
        budapest = [
            x.milestone.date for x in dated if x.treaty is Treaty.BUDAPEST and x.milestone.date
        ]
        joined = None
        if len(budapest) > 1:
            joined = (
                x_of(_middle(min(budapest, key=lambda d: d.start))),
                x_of(_middle(max(budapest, key=lambda d: d.end))),
            )
        xs = [x_of(_middle(entry.milestone.date)) for entry in dated if entry.milestone.date]
        markers = []
        for entry, x, dy in zip(dated, xs, _stagger(xs), strict=True):
            date = entry.milestone.date
            assert date is not None
            stage = entry.milestone.stage
            band = None
            if date.exact is None:
                x0, x1 = x_of(date.start), x_of(_day_after(date.end))
                band = (x0, max(x1 - x0, 1))
            markers.append(
                Marker(
                    f"{line.country.name}: {entry.treaty.label}, "
                    f"{STAGE_LABEL[stage]} {date_text(date)}",
                    band,
                    _TREATY_SHAPE[entry.treaty],
                    x,
                    y + dy,
                    stage,
                )
            )
        drawn.append(Lane(y, f"{line.country.name} ({line.country.code})", joined, markers))
    return {
        "width": width,
        "height": height,
        "top": top,
        "lane_h": lane_h,
        "label_w": label_w,
        "grid": grid,
        "as_of_x": x_of(report.as_of),
        "lanes": drawn,
    }


def _stagger(xs: Sequence[float], near: float = 16.0) -> list[float]:
    """Vertical offsets that keep markers closer than ``near`` apart from
    hiding each other: a run of close markers is spread over the lane."""
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    offsets = [0.0] * len(xs)
    run: list[int] = []
    spreads = {1: [0.0], 2: [-6.0, 6.0], 3: [-7.0, 0.0, 7.0]}
    for i in [*order, None]:
        if i is not None and run and xs[i] - xs[run[-1]] < near and len(run) < 3:
            run.append(i)
            continue
        for j, k in enumerate(run):
            offsets[k] = spreads[len(run)][j]
        run = [i] if i is not None else []
    return offsets


def _new_year(year: int) -> int:
    """The ordinal of 1 January of ``year``; year 10000, the day after the
    calendar's end, is one past 9999-12-31."""
    if year > dt.MAXYEAR:
        return dt.date.max.toordinal() + 1
    return dt.date(year, 1, 1).toordinal()


def _day_after(day: dt.date) -> dt.date:
    """The next day; the calendar's last day has none, so it stands for itself."""
    return day + dt.timedelta(days=1) if day < dt.date.max else day


def _middle(date: PartialDate) -> dt.date:
    return date.start + (date.end - date.start) / 2


def _legend_stages() -> list[tuple[TreatyStage, str, str]]:
    """(stage, letter, label) once per letter of the timeline's markers."""
    seen: set[str] = set()
    items = []
    for stage, letter in STAGE_LETTER.items():
        if letter in seen:
            continue
        seen.add(letter)
        label = "deposit (ratified or acceded)" if letter == "D" else STAGE_LABEL[stage]
        items.append((stage, letter, label))
    return items


# ------------------------------------------------------------------ the page


def _cards(report: Report) -> list[tuple[object, str]]:
    summary = report.summary
    return [
        (summary.countries, "countries in this report"),
        (summary.deposited, "Parties to the Budapest Convention (instrument deposited)"),
        (summary.in_force, "with the Convention in force"),
        (summary.invited, "invited, not yet deposited"),
        (
            summary.pending_bills,
            f"pending bills, in {summary.countries_with_pending_bills} "
            f"{'country' if summary.countries_with_pending_bills == 1 else 'countries'}",
        ),
        (
            f"{summary.median_days / 365.25:.1f} y" if summary.median_days is not None else DASH,
            "median, first workshop to deposit",
        ),
    ]


class Attended(NamedTuple):
    #: the event's place in ``report.participation`` (its markup is drawn once)
    position: int
    delegates: int | None


def _attended(report: Report) -> list[tuple[str, list[Attended]]]:
    """Each country of the report with the events it took part in, in the
    events' order: a list per country stays within the page at any width,
    where a matrix of events by countries would not."""
    by_country: dict[str, list[Attended]] = {row.country.code: [] for row in report.countries}
    for index, prow in enumerate(report.participation):
        for code, delegates in prow.attendees.items():
            if code in by_country:
                by_country[code].append(Attended(index, delegates))
    return list(by_country.items())


def _sections(report: Report) -> list[tuple[str, str]]:
    sections = [
        ("summary", "Summary"),
        ("countries", "Countries"),
        ("coverage", "Article coverage"),
        ("declarations", "Reservations and declarations"),
        ("timeline", "Treaty timeline"),
        ("events", "Workshops and meetings"),
    ]
    if report.changes is not None:
        sections.append(("changes", "Recent changes"))
    sections.append(("sources", "Sources"))
    return sections


def _maps(report: Report) -> tuple[list[dict[str, Any]], str | None]:
    """The Budapest map, and the Second Protocol's when a country in view has
    a step of it; or no map and why (the map data package is missing)."""
    from accession_cli.core.analysis.views import map_entries
    from accession_cli.render.maps.choropleth import choropleth, has_steps
    from accession_cli.render.maps.worldmap import MapDataError

    maps = []
    try:
        for treaty in (Treaty.BUDAPEST, Treaty.PROTOCOL_2):
            entries = map_entries(report.countries, treaty)
            if treaty is Treaty.BUDAPEST or has_steps(entries):
                prefix = f"map-{treaty.value.replace('_', '-')}"
                maps.append(choropleth(entries, treaty, prefix=prefix, names=report.names))
    except MapDataError as exc:
        return [], str(exc)
    return maps, None


def report_html(report: Report) -> str:

    from accession_cli.render.templating import environment, source

    maps, map_error = _maps(report)

    css = source("report.css")
    template = environment().get_template("report.html.j2")
    return template.render(
        report=report,
        css=Markup(css),
        csp=Markup(_csp(css)),
        cards=_cards(report),
        sentences=[*headline(report.summary, report.as_of), median_sentence(report.summary)],
        sections=_sections(report),
        stage_pairs=list(zip(report.summary.budapest, report.summary.protocol_2, strict=True)),
        bar_chart_geometry=bar_chart,
        heatmap=lambda: heatmap_markup(report.coverage),
        country=_country_markup(report),
        cite=_cite_markup(report),
        timeline=timeline_markup(geometry, report.as_of)
        if (geometry := timeline_svg(report))
        else None,
        maps=maps,
        map_error=map_error,
        legend_stages=_legend_stages(),
        truncate=_truncate,
        safe_href=safe_href,
        Treaty=Treaty,
        ArticleGroup=ArticleGroup,
        ChangeKind=ChangeKind,
        coverage_kinds=(Coverage.FULL, Coverage.PARTIAL, Coverage.NONE, None),
        STAGE_LABEL=STAGE_LABEL,
        STAGE_COLOR=STAGE_COLOR,
        STAGE_LETTER=STAGE_LETTER,
        DARK=_DARK,
        TREATY_SHAPE=_TREATY_SHAPE,
        TREATY_SHORT=TREATY_SHORT,
        GROUP_SHORT=GROUP_SHORT,
        COVERAGE_SYMBOL=COVERAGE_SYMBOL,
        COVERAGE_FILL=COVERAGE_FILL,
        COVERAGE_INK=COVERAGE_INK,
        ARTICLE_TITLES=ARTICLE_TITLES,
        DASH=DASH,
        WORKSHOP_NOTE=WORKSHOP_NOTE,
        date_text=date_text,
        score_value=score_value,
        attended=_attended(report),
        change_detail=change_detail,
        change_subject=change_subject,
        coverage_cell=coverage_cell,
        grade_anchor=grade_anchor,
        same_document=same_document,
        event_dates=event_dates,
        outcome_text=outcome_text,
        quiet_text=quiet_text,
        uncertain_note=uncertain_note(report),
    )


def render(view: object, options: RenderOptions) -> str:
    if not isinstance(view, Report):
        raise NotImplementedError
    return report_html(view)


# ------------------------------------------------------- charts drawn here
# The coverage heatmap and the timeline hold a shape per cell and per
# milestone: thousands at 200 countries. Drawn by Jinja2 macros they cost
# more than the rest of the report; drawn here they cost a tenth. Every text
# goes through ``_text`` (escaped, control characters shown), numbers are
# formatted numbers: nothing from the data reaches the page unescaped.


def _text(value: object) -> str:
    return html.escape(one_line(str(value)), quote=True)


def _svg_open(width: object, height: object, label: str, kind: str) -> str:
    label = _text(label)
    return (
        f'<svg class="{kind}" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-label="{label}"><title>{label}</title>'
    )


def _country_markup(report: Report) -> Any:
    def country(code: str) -> Markup:
        return Markup(f"{_text(report.name(code))} ({_text(code)})")

    return country


def _cite_markup(report: Report) -> Any:
    """Numbered citations; a zero-width space between them lets a long list wrap."""

    def cite(source_ids: Sequence[str]) -> Markup:
        numbers = report.cite(source_ids)
        if not numbers:
            return Markup("")
        links = "\u200b".join(f'<a href="#source-{n}">[{n}]</a>' for n in numbers)
        return Markup(f'<span class="cite">{links}</span>')

    return cite


def heatmap_markup(rows: Sequence[CoverageRow]) -> Markup:
    """The coverage heatmap's SVG (the geometry of :func:`coverage_heatmap`)."""
    h = coverage_heatmap(rows)
    cell = h["cell"]
    out = [
        _svg_open(
            h["width"],
            h["height"],
            "Article coverage heatmap, countries by Articles 2 to 35",
            "heatmap",
        ),
        "\n",
    ]
    for x0, x1, label in h["spans"]:
        out.append(
            f'<line x1="{x0}" y1="16" x2="{x1}" y2="16" stroke="#52606d" stroke-width="1"/>'
            f'<text x="{format((x0 + x1) / 2, "g")}" y="12" font-size="10" '
            f'text-anchor="middle" fill="#52606d">{_text(label)}</text>\n'
        )
    for article, x in h["articles"]:
        out.append(
            f'<text x="{format(x + cell / 2, "g")}" y="36" font-size="10" text-anchor="middle" '
            f'fill="#1f2933">{article}<title>Art. {article} '
            f"{_text(ARTICLE_TITLES[article])}</title></text>\n"
        )
    for row in h["rows"]:
        out.append(
            f'<text x="{h["label_w"] - 6}" y="{row.y + 14}" font-size="12" text-anchor="end" '
            f'fill="#1f2933">{_text(_truncate(row.name, 20))}<title>{_text(row.name)}</title>'
            "</text>\n"
        )
        for c in row.cells:
            enacted = c.cell.enacted
            outline = (
                'stroke="#111827" stroke-width="1.6" stroke-dasharray="3 2"'
                if c.cell.raised
                else 'stroke="#9aa5b1" stroke-width="0.6"'
            )
            shape = (
                f'<g><title>{_text(c.tip)}</title><rect x="{c.x}" y="{row.y}" width="{cell}" '
                f'height="{cell}" rx="2" fill="{COVERAGE_FILL[enacted]}" {outline}/>'
                f'<text x="{format(c.x + cell / 2, "g")}" y="{format(row.y + 14.5, "g")}" '
                f'font-size="12" text-anchor="middle" fill="{COVERAGE_INK[enacted]}">'
                f"{_text(COVERAGE_SYMBOL[enacted])}</text></g>"
            )
            if c.anchor is not None:  # a graded cell leads to its evidence (a phone has no hover)
                shape = f'<a href="#{_text(c.anchor)}">{shape}</a>'
            out.append(shape + "\n")
    out.append("</svg>")
    return Markup("".join(out))


def _marker(shape: str, x: float, y: float, stage: TreatyStage) -> str:
    """A timeline marker: shape = treaty, letter and colour = stage."""
    r = 7.5
    d = r + 1.5
    fill = STAGE_COLOR[stage]
    x1 = format(x, ".1f")
    outline = f'fill="{fill}" stroke="#1f2933" stroke-width="0.8"/>'
    if shape == "circle":
        drawn = f'<circle cx="{x1}" cy="{format(y, "g")}" r="{r}" {outline}'
    elif shape == "square":
        drawn = (
            f'<rect x="{format(x - r + 0.5, ".1f")}" y="{format(y - r + 0.5, "g")}" '
            f'width="{format(2 * r - 1, "g")}" height="{format(2 * r - 1, "g")}" {outline}'
        )
    elif shape == "diamond":
        drawn = (
            f'<polygon points="{x1},{format(y - d, "g")} {format(x + d, ".1f")},{format(y, "g")} '
            f'{x1},{format(y + d, "g")} {format(x - d, ".1f")},{format(y, "g")}" {outline}'
        )
    else:
        drawn = (
            f'<polygon points="{x1},{format(y - d, "g")} {format(x + d, ".1f")},'
            f'{format(y + d - 2, "g")} {format(x - d, ".1f")},{format(y + d - 2, "g")}" {outline}'
        )
    ink = "#ffffff" if stage in _DARK else "#1f2933"
    text_y = format(y + (5.5 if shape == "triangle" else 4), "g")
    return (
        f'{drawn}<text x="{x1}" y="{text_y}" font-size="11" font-weight="700" '
        f'text-anchor="middle" fill="{ink}">{_text(STAGE_LETTER[stage])}</text>'
    )


def timeline_markup(t: dict[str, Any], as_of: dt.date) -> Markup:
    """The timeline's SVG (the geometry of :func:`timeline_svg`)."""
    f1 = ".1f"
    top, height = t["top"], t["height"]
    out = [
        _svg_open(t["width"], height, "Timeline of treaty milestones per country", "timeline"),
        "\n",
    ]
    for x, year in t["grid"]:
        out.append(
            f'<line x1="{format(x, f1)}" y1="{top - 4}" x2="{format(x, f1)}" y2="{height - 6}" '
            'stroke="#e4e7eb" stroke-width="1"/>\n'
        )
        if year is not None:
            out.append(
                f'<text x="{format(x + 2, f1)}" y="{top - 8}" font-size="11" '
                f'fill="#52606d">{year}</text>\n'
            )
    as_of_x = format(t["as_of_x"], f1)
    out.append(
        f'<line x1="{as_of_x}" y1="{top - 4}" x2="{as_of_x}" y2="{height - 6}" '
        'stroke="#b42318" stroke-width="1" stroke-dasharray="4 3">'
        f"<title>as of {as_of.isoformat()}</title></line>\n"
    )
    for index, lane in enumerate(t["lanes"]):
        if index % 2:
            out.append(
                f'<rect x="0" y="{format(lane.y - t["lane_h"] / 2, "g")}" width="{t["width"]}" '
                f'height="{t["lane_h"]}" fill="#f8f9fb"/>\n'
            )
        out.append(
            f'<text x="{t["label_w"] - 8}" y="{format(lane.y + 4, "g")}" font-size="12" '
            f'text-anchor="end" fill="#1f2933">{_text(_truncate(lane.name, 24))}'
            f"<title>{_text(lane.name)}</title></text>\n"
        )
        if lane.budapest:
            out.append(
                f'<line x1="{format(lane.budapest[0], f1)}" y1="{format(lane.y, "g")}" '
                f'x2="{format(lane.budapest[1], f1)}" y2="{format(lane.y, "g")}" '
                'stroke="#89bedc" stroke-width="3"/>\n'
            )
        for m in lane.markers:
            band = ""
            if m.band:
                band = (
                    f'<rect x="{format(m.band[0], f1)}" y="{format(lane.y - 9, "g")}" '
                    f'width="{format(m.band[1], f1)}" height="18" fill="{STAGE_COLOR[m.stage]}" '
                    'fill-opacity="0.35" stroke="#52606d" stroke-width="0.5" '
                    'stroke-dasharray="2 2"/>'
                )
            out.append(
                f"<g><title>{_text(m.tip)}</title>{band}{_marker(m.shape, m.x, m.y, m.stage)}</g>\n"
            )
    out.append("</svg>")
    return Markup("".join(out))
