"""``accession report --format html``: one self-contained HTML file.

Inline CSS and inline SVG only: no script, font, image or request of any kind
(a Content-Security-Policy with ``default-src 'none'`` and the stylesheet's
hash makes sure of it). Readable on a phone (fluid layout, wide tables
scroll), printable on A4 (print stylesheet). Every chart repeats its meaning
in text or symbols, never by colour alone, and its data is also in a table.
Every value from the dataset is HTML-escaped; only http(s) URLs become links.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import re
from collections.abc import Iterable, Sequence

from accession_cli.core.dates import PartialDate
from accession_cli.core.model import ARTICLE_TITLES, ArticleGroup, Coverage, Treaty, TreatyStage
from accession_cli.core.report import ChangeKind, CoverageRow, Report, StageCount
from accession_cli.render import RenderOptions
from accession_cli.render.common import (
    COVERAGE_SYMBOL,
    DASH,
    GROUP_SHORT,
    TREATY_SHORT,
    date_text,
)
from accession_cli.render.escape import one_line
from accession_cli.render.report_text import (
    STAGE_LABEL,
    WORKSHOP_NOTE,
    attendance,
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

CSS = """\
:root{--ink:#1f2933;--muted:#52606d;--line:#d3d8de;--soft:#f4f6f8;--accent:#0b4f8a;
--full:#1b7a4b;--partial:#8cc9a1;--none:#f3c4a8}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;color:var(--ink);background:#fff;
font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif}
.page{max-width:76rem;margin:0 auto;padding:1.5rem 1rem 3rem}
header.top{border-bottom:4px solid var(--accent);margin-bottom:1.5rem;padding-bottom:1rem}
h1{font-size:1.75rem;line-height:1.2;margin:0 0 .75rem}
h2{font-size:1.35rem;margin:2.5rem 0 .75rem;padding-bottom:.25rem;border-bottom:1px solid var(--line)}
h3{font-size:1.1rem;margin:1.75rem 0 .5rem}
p{margin:.5rem 0}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0;font-size:.95rem}
.meta dt{color:var(--muted)}
.meta dd{margin:0}
nav.toc ol{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;padding:0;margin:0;list-style:none;font-size:.95rem}
a{color:var(--accent)}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));gap:.75rem;margin:1rem 0}
.card{border:1px solid var(--line);border-left:4px solid var(--accent);border-radius:4px;padding:.6rem .8rem;background:var(--soft)}
.card .num{display:block;font-size:1.6rem;font-weight:700;line-height:1.2}
.card .label{font-size:.9rem;color:var(--muted)}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem}
figure{margin:1rem 0}
figcaption{font-size:.9rem;color:var(--muted);margin-top:.25rem}
svg{display:block;width:100%;height:auto;max-width:100%}
svg.bars{max-width:24rem}
svg.heatmap{max-width:60rem;min-width:40rem}
svg.timeline{min-width:46rem}
.wide{min-width:14rem}
svg text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:.5rem 0 1rem}
table{border-collapse:collapse;font-size:.9rem;min-width:100%}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:var(--soft)}
tbody th{font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.mark{text-align:center;white-space:nowrap}
td.sym{text-align:center;padding:.2rem .25rem;white-space:nowrap}
.nowrap{white-space:nowrap}
td ul{margin:0;padding-left:1.1rem}
.sticky tbody th[scope=row]{position:sticky;left:0;background:#fff;z-index:1}
.matrix tbody th[scope=row]{min-width:15rem;font-weight:500}
.when{display:block;font-size:.8rem;color:var(--muted);white-space:nowrap}
.cite{font-size:.8rem}
.cite a{text-decoration:none}
.stage{display:inline-block;white-space:nowrap}
.swatch{display:inline-block;width:.8em;height:.8em;border:1px solid #7b8794;margin-right:.3em;vertical-align:-.05em}
.legend .swatch{width:1em;height:1em}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.9rem;margin:.5rem 0;padding:0;list-style:none}
.note{color:var(--muted);font-size:.9rem}
.empty{font-style:italic;color:var(--muted)}
ol.sources{padding-left:2.2rem}
ol.sources li{margin:.3rem 0;overflow-wrap:anywhere}
details{margin:.5rem 0}
summary{cursor:pointer;color:var(--accent)}
footer{margin-top:3rem;border-top:1px solid var(--line);padding-top:.75rem;font-size:.85rem;color:var(--muted)}
@media (max-width:40rem){
body{font-size:15px}
.page{padding:1rem .75rem 2rem}
h1{font-size:1.4rem}
.meta{grid-template-columns:1fr}
.meta dt{margin-top:.3rem}
table{font-size:.85rem}
}
@media print{
@page{size:A4;margin:14mm 12mm}
body{font-size:9.5pt;line-height:1.35}
.page{max-width:none;padding:0}
nav.toc,details>summary{display:none}
details{display:block}
h2{break-after:avoid;page-break-after:avoid;margin-top:1.2rem}
h3{break-after:avoid;page-break-after:avoid}
figure,tr,.card{break-inside:avoid;page-break-inside:avoid}
thead{display:table-header-group}
.scroll{overflow:visible}
.sticky tbody th[scope=row]{position:static}
table{font-size:8pt}
th,td{padding:.15rem .3rem}
a{color:inherit;text-decoration:none}
ol.sources a::after{content:" <" attr(href) ">";font-size:.85em;color:#52606d}
.card{background:none}
svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"""


def e(text: object) -> str:
    """Escape for HTML text and attribute values; control characters made visible."""
    return html.escape(one_line(str(text)), quote=True)


def safe_href(url: str | None) -> str | None:
    """An http(s) URL, escaped for an ``href``, or None for anything else."""
    if url is None or not _URL.match(url):
        return None
    return html.escape(url, quote=True)


def _csp() -> str:
    digest = base64.b64encode(hashlib.sha256(CSS.encode("utf-8")).digest()).decode("ascii")
    return (
        "default-src 'none'; "
        f"style-src 'sha256-{digest}'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def _cite(report: Report, source_ids: Iterable[str]) -> str:
    numbers = report.cite(source_ids)
    if not numbers:
        return ""
    # a zero-width space between citations lets a long list wrap
    links = "\u200b".join(f'<a href="#source-{n}">[{n}]</a>' for n in numbers)
    return f'<span class="cite">{links}</span>'


def _country_label(report: Report, code: str) -> str:
    return f"{e(report.name(code))} ({e(code)})"


def _stage_badge(stage: TreatyStage | None, text: str) -> str:
    if stage is None:
        return e(text)
    return f'<span class="stage">{_swatch(STAGE_COLOR[stage])}{e(text)}</span>'


def _swatch(color: str) -> str:
    # an inline SVG square: the colour needs no style attribute (CSP)
    return (
        '<svg class="swatch" viewBox="0 0 10 10" width="10" height="10" aria-hidden="true" '
        f'focusable="false"><rect width="10" height="10" fill="{color}"/></svg>'
    )


def _table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    caption: str | None = None,
    row_header: bool = True,
    numeric: frozenset[int] = frozenset(),
    classes: dict[int, str] | None = None,
    table_class: str = "",
) -> str:
    """A semantic table; cells are HTML already. The first cell of each row is
    its header (``<th scope="row">``) when ``row_header``."""
    classes = classes or {}
    # one attribute text per column, not per cell: the participation matrix
    # of a large dataset has hundreds of thousands of cells
    width = max([len(headers), *(len(row) for row in rows)])
    attributes = []
    for i in range(width):
        names = " ".join(filter(None, ["num" if i in numeric else "", classes.get(i, "")]))
        attributes.append(f' class="{names}"' if names else "")
    cls = attributes.__getitem__

    out = [
        f'<div class="scroll"><table class="{table_class}">'
        if table_class
        else '<div class="scroll"><table>'
    ]
    if caption:
        out.append(f"<caption>{caption}</caption>")
    out.append(
        "<thead><tr>"
        + "".join(f'<th scope="col"{cls(i)}>{h}</th>' for i, h in enumerate(headers))
        + "</tr></thead><tbody>"
    )
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            if i == 0 and row_header:
                cells.append(f'<th scope="row"{cls(i)}>{cell}</th>')
            else:
                cells.append(f"<td{cls(i)}>{cell}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


# ------------------------------------------------------------------ charts


def _svg_open(width: float, height: float, label: str, kind: str) -> str:
    return (
        f'<svg class="{kind}" viewBox="0 0 {width:g} {height:g}" width="{width:g}" '
        f'height="{height:g}" '
        f'role="img" aria-label="{e(label)}">'
        f"<title>{e(label)}</title>"
    )


def bar_chart(title: str, counts: Sequence[StageCount]) -> str:
    """Horizontal bars, one per stage, with the stage name and count as text."""
    row, label_w, bar_w, pad = 26, 118, 190, 8
    width = label_w + bar_w + 40
    height = pad * 2 + row * len(counts) + 18
    top = max((c.count for c in counts), default=0) or 1
    out = [_svg_open(width, height, f"{title}: countries per stage", "bars")]
    out.append(
        f'<text x="0" y="14" font-size="13" font-weight="600" fill="#1f2933">{e(title)}</text>'
    )
    for i, count in enumerate(counts):
        y = 18 + pad + i * row
        length = bar_w * count.count / top
        out.append(
            f'<text x="{label_w - 6}" y="{y + 15}" font-size="12" text-anchor="end" '
            f'fill="#1f2933">{e(STAGE_LABEL[count.stage])}</text>'
        )
        out.append(
            f'<rect x="{label_w}" y="{y + 3}" width="{bar_w}" height="{row - 8}" fill="#f4f6f8"/>'
        )
        if count.count:
            codes = ", ".join(count.countries)
            out.append(
                f'<rect x="{label_w}" y="{y + 3}" width="{length:.1f}" height="{row - 8}" '
                f'fill="{STAGE_COLOR[count.stage]}" stroke="#52606d" stroke-width="0.5">'
                f"<title>{e(STAGE_LABEL[count.stage])}: {e(codes)}</title></rect>"
            )
        out.append(
            f'<text x="{label_w + length + 5:.1f}" y="{y + 15}" font-size="12" '
            f'font-weight="600" fill="#1f2933">{count.count}</text>'
        )
    out.append("</svg>")
    return "".join(out)


def _truncate(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


_GROUP_SPANS = (
    (ArticleGroup.SUBSTANTIVE, "Substantive law"),
    (ArticleGroup.PROCEDURAL, "Procedural"),
    (None, "Jur."),
    (ArticleGroup.COOPERATION, "International co-operation"),
)


def coverage_heatmap(report: Report, rows: Sequence[CoverageRow]) -> str:
    """Countries × Articles 2-35: colour and symbol per cell; a dashed outline
    marks an article a pending bill would raise."""
    cell, gap, label_w, top = 20, 2, 150, 46
    columns = len(rows[0].cells)
    width = label_w + columns * (cell + gap) + 4
    height = top + len(rows) * (cell + gap) + 4
    out = [
        _svg_open(
            width, height, "Article coverage heatmap, countries by Articles 2 to 35", "heatmap"
        )
    ]

    def x_of(article: int) -> float:
        return label_w + (article - 2) * (cell + gap)

    for group, label in _GROUP_SPANS:
        articles = group.articles if group is not None else range(22, 23)
        x0, x1 = x_of(articles.start), x_of(articles.stop - 1) + cell
        out.append(
            f'<line x1="{x0}" y1="16" x2="{x1}" y2="16" stroke="#52606d" stroke-width="1"/>'
            f'<text x="{(x0 + x1) / 2:g}" y="12" font-size="10" text-anchor="middle" '
            f'fill="#52606d">{label}</text>'
        )
    for article in range(2, 2 + columns):
        out.append(
            f'<text x="{x_of(article) + cell / 2:g}" y="36" font-size="10" '
            f'text-anchor="middle" fill="#1f2933">{article}'
            f"<title>Art. {article} {e(ARTICLE_TITLES[article])}</title></text>"
        )
    for r, row in enumerate(rows):
        y = top + r * (cell + gap)
        name = f"{row.country.name} ({row.country.code})"
        out.append(
            f'<text x="{label_w - 6}" y="{y + 14}" font-size="12" text-anchor="end" '
            f'fill="#1f2933">{e(_truncate(name, 20))}<title>{e(name)}</title></text>'
        )
        for c in row.cells:
            x = x_of(c.article)
            outline = (
                'stroke="#111827" stroke-width="1.6" stroke-dasharray="3 2"'
                if c.raised
                else 'stroke="#9aa5b1" stroke-width="0.6"'
            )
            tip = (
                f"{row.country.name}, Art. {c.article} {ARTICLE_TITLES[c.article]}: "
                f"{coverage_words(c)}"
            )
            out.append(
                f"<g><title>{e(tip)}</title>"
                f'<rect x="{x}" y="{y}" width="{cell}" height="{cell}" rx="2" '
                f'fill="{COVERAGE_FILL[c.enacted]}" {outline}/>'
                f'<text x="{x + cell / 2:g}" y="{y + 14.5:g}" font-size="12" text-anchor="middle" '
                f'fill="{COVERAGE_INK[c.enacted]}">{COVERAGE_SYMBOL[c.enacted]}</text></g>'
            )
    out.append("</svg>")
    return "".join(out)


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


_TREATY_SHAPE = {
    Treaty.BUDAPEST: "circle",
    Treaty.PROTOCOL_1: "square",
    Treaty.PROTOCOL_2: "diamond",
    Treaty.UN_CYBERCRIME: "triangle",
}


def _marker(shape: str, x: float, y: float, fill: str, letter: str, dark: bool) -> str:
    r = 7.5
    stroke = 'stroke="#1f2933" stroke-width="0.8"'
    if shape == "circle":
        body = f'<circle cx="{x:.1f}" cy="{y:g}" r="{r}" fill="{fill}" {stroke}/>'
    elif shape == "square":
        body = (
            f'<rect x="{x - r + 0.5:.1f}" y="{y - r + 0.5:g}" width="{2 * r - 1:g}" '
            f'height="{2 * r - 1:g}" fill="{fill}" {stroke}/>'
        )
    elif shape == "diamond":
        d = r + 1.5
        body = (
            f'<polygon points="{x:.1f},{y - d:g} {x + d:.1f},{y:g} {x:.1f},{y + d:g} '
            f'{x - d:.1f},{y:g}" fill="{fill}" {stroke}/>'
        )
    else:
        d = r + 1.5
        body = (
            f'<polygon points="{x:.1f},{y - d:g} {x + d:.1f},{y + d - 2:g} '
            f'{x - d:.1f},{y + d - 2:g}" fill="{fill}" {stroke}/>'
        )
    ink = "#ffffff" if dark else "#1f2933"
    dy = 3.5 if shape != "triangle" else 5
    return (
        body + f'<text x="{x:.1f}" y="{y + dy:g}" font-size="9" font-weight="700" '
        f'text-anchor="middle" fill="{ink}">{letter}</text>'
    )


_DARK = {TreatyStage.SIGNED, TreatyStage.RATIFIED, TreatyStage.ACCEDED, TreatyStage.IN_FORCE}


def timeline_svg(report: Report) -> str:
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
        return ""
    first, stop = span
    lane_h, label_w, plot_w, top = 32, 160, 740, 24
    width = label_w + plot_w + 16
    height = top + lane_h * len(lanes) + 8
    origin = _new_year(first)
    inset = 14  # room for a marker on the first or last day
    scale = (plot_w - 2 * inset) / (_new_year(stop) - origin)

    def x_of(day: dt.date) -> float:
        return label_w + inset + (day.toordinal() - origin) * scale

    out = [_svg_open(width, height, "Timeline of treaty milestones per country", "timeline")]
    years = stop - first
    step = 1 if years <= 12 else 2 if years <= 24 else 5
    for year in range(first, stop + 1):
        x = label_w + inset + (_new_year(year) - origin) * scale
        out.append(
            f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{height - 6}" '
            f'stroke="#e4e7eb" stroke-width="1"/>'
        )
        if (year - first) % step == 0 and year < stop:
            out.append(
                f'<text x="{x + 2:.1f}" y="{top - 8}" font-size="10" fill="#52606d">{year}</text>'
            )
    as_of_x = x_of(report.as_of)
    out.append(
        f'<line x1="{as_of_x:.1f}" y1="{top - 4}" x2="{as_of_x:.1f}" y2="{height - 6}" '
        f'stroke="#b42318" stroke-width="1" stroke-dasharray="4 3">'
        f"<title>as of {report.as_of.isoformat()}</title></line>"
    )
    for i, (line, dated) in enumerate(lanes):
        y = top + i * lane_h + lane_h / 2
        if i % 2:
            out.append(
                f'<rect x="0" y="{y - lane_h / 2:g}" width="{width}" height="{lane_h}" '
                f'fill="#f8f9fb"/>'
            )
        name = f"{line.country.name} ({line.country.code})"
        out.append(
            f'<text x="{label_w - 8}" y="{y + 4:g}" font-size="12" text-anchor="end" '
            f'fill="#1f2933">{e(_truncate(name, 24))}<title>{e(name)}</title></text>'
        )
        budapest = [
            x.milestone.date for x in dated if x.treaty is Treaty.BUDAPEST and x.milestone.date
        ]
        if len(budapest) > 1:
            x0 = x_of(_middle(min(budapest, key=lambda d: d.start)))
            x1 = x_of(_middle(max(budapest, key=lambda d: d.end)))
            out.append(
                f'<line x1="{x0:.1f}" y1="{y:g}" x2="{x1:.1f}" y2="{y:g}" '
                f'stroke="#89bedc" stroke-width="3"/>'
            )
        xs = [x_of(_middle(entry.milestone.date)) for entry in dated if entry.milestone.date]
        for entry, x, dy in zip(dated, xs, _stagger(xs), strict=True):
            date = entry.milestone.date
            assert date is not None
            stage = entry.milestone.stage
            tip = (
                f"{line.country.name}: {entry.treaty.label}, {STAGE_LABEL[stage]} {date_text(date)}"
            )
            band = ""
            if date.exact is None:
                x0, x1 = x_of(date.start), x_of(_day_after(date.end))
                band = (
                    f'<rect x="{x0:.1f}" y="{y - 9:g}" width="{max(x1 - x0, 1):.1f}" height="18" '
                    f'fill="{STAGE_COLOR[stage]}" fill-opacity="0.35" stroke="#52606d" '
                    f'stroke-width="0.5" stroke-dasharray="2 2"/>'
                )
            marker = _marker(
                _TREATY_SHAPE[entry.treaty],
                x,
                y + dy,
                STAGE_COLOR[stage],
                STAGE_LETTER[stage],
                stage in _DARK,
            )
            out.append(f"<g><title>{e(tip)}</title>{band}{marker}</g>")
    out.append("</svg>")
    return "".join(out)


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


def _timeline_legend() -> str:
    shapes = {
        "circle": '<circle cx="8" cy="8" r="6" fill="#ffffff" stroke="#1f2933"/>',
        "square": '<rect x="2.5" y="2.5" width="11" height="11" fill="#ffffff" stroke="#1f2933"/>',
        "diamond": '<polygon points="8,1 15,8 8,15 1,8" fill="#ffffff" stroke="#1f2933"/>',
        "triangle": '<polygon points="8,1 15,14 1,14" fill="#ffffff" stroke="#1f2933"/>',
    }
    items = [
        f'<li><svg class="swatch" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">'
        f"{shapes[_TREATY_SHAPE[t]]}</svg>{e(t.label)}</li>"
        for t in Treaty
    ]
    seen: set[str] = set()
    for stage, letter in STAGE_LETTER.items():
        if letter in seen:
            continue
        seen.add(letter)
        label = "deposit (ratified or acceded)" if letter == "D" else STAGE_LABEL[stage]
        items.append(f"<li>{_swatch(STAGE_COLOR[stage])}<strong>{letter}</strong> {e(label)}</li>")
    items.append("<li>dashed band: date known only to the month or year</li>")
    items.append("<li>red dashed line: the as-of date</li>")
    return f'<ul class="legend">{"".join(items)}</ul>'


# ------------------------------------------------------------------ sections


def _header(report: Report) -> str:
    info = report.dataset
    meta = [
        ("Dataset", f"version {e(info.version)}, facts as of {e(info.as_of)}"),
        ("State shown as of", report.as_of.isoformat()),
        ("Report date", report.report_date.isoformat()),
        ("Filters", e("; ".join(report.filters)) if report.filters else "none"),
    ]
    if report.since is not None:
        meta.append(("Recent changes since", report.since.isoformat()))
    items = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in meta)
    sections = [
        ("summary", "Summary"),
        ("countries", "Countries"),
        ("coverage", "Article coverage"),
        ("timeline", "Treaty timeline"),
        ("events", "Workshops and meetings"),
    ]
    if report.changes is not None:
        sections.append(("changes", "Recent changes"))
    sections.append(("sources", "Sources"))
    toc = "".join(f'<li><a href="#{k}">{v}</a></li>' for k, v in sections)
    return (
        '<header class="top">'
        f"<h1>Progress report: {e(report.title)}</h1>"
        f'<dl class="meta">{items}</dl></header>'
        f'<nav class="toc" aria-label="Contents"><ol>{toc}</ol></nav>'
    )


def _summary(report: Report) -> str:
    summary = report.summary
    cards = [
        (summary.countries, "countries in this report"),
        (summary.deposited, f"Parties to the Budapest Convention as of {report.as_of}"),
        (summary.parties, "with the Convention in force"),
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
    card_html = "".join(
        f'<div class="card"><span class="num">{e(value)}</span>'
        f'<span class="label">{e(label)}</span></div>'
        for value, label in cards
    )
    sentences = "".join(
        f"<li>{e(s)}</li>" for s in [*headline(summary, report.as_of), median_sentence(summary)]
    )
    rows = []
    for budapest, protocol in zip(summary.budapest, summary.protocol_2, strict=True):
        cells = [_stage_badge(budapest.stage, STAGE_LABEL[budapest.stage])]
        for count in (budapest, protocol):
            cells.append(str(count.count))
            cells.append(e(", ".join(count.countries)) or DASH)
        rows.append(cells)
    stage_table = _table(
        [
            "Stage",
            "Budapest",
            "Budapest countries",
            e(TREATY_SHORT[Treaty.PROTOCOL_2]),
            f"{e(TREATY_SHORT[Treaty.PROTOCOL_2])} countries",
        ],
        rows,
        caption="Countries per stage",
        numeric=frozenset({1, 3}),
    )
    charts = (
        '<div class="charts">'
        f"<figure>{bar_chart(Treaty.BUDAPEST.label, summary.budapest)}"
        "<figcaption>Countries per stage of the Budapest Convention.</figcaption></figure>"
        f"<figure>{bar_chart(Treaty.PROTOCOL_2.label, summary.protocol_2)}"
        "<figcaption>Countries per stage of the Second Additional Protocol.</figcaption></figure>"
        "</div>"
    )
    parts = [
        '<section id="summary" aria-labelledby="summary-h">',
        '<h2 id="summary-h">Summary</h2>',
        f'<div class="cards">{card_html}</div>',
        f"<ul>{sentences}</ul>",
        charts,
        stage_table,
    ]
    if summary.lags:
        lag_rows = [
            [
                _country_label(report, lag.country.code),
                f'<span class="nowrap">{e(lag.workshop.start)}</span> {e(lag.workshop.title)}',
                f"{e(STAGE_LABEL[lag.deposit.stage])} "
                f'<span class="nowrap">{e(date_text(lag.deposit.date))}</span>',
                ("~" if lag.approximate else "") + f"{lag.days:,}",
            ]
            for lag in summary.lags
        ]
        parts.append(
            _table(
                ["Country", "First workshop", "Budapest deposit", "Days"],
                lag_rows,
                caption="From first workshop to deposit",
                numeric=frozenset({3}),
            )
        )
        if any(lag.approximate for lag in summary.lags):
            parts.append(
                '<p class="note">~ a date known only to the month or year, '
                "counted from its first day.</p>"
            )
    parts.append("</section>")
    return "".join(parts)


def _countries(report: Report) -> str:
    headers = [
        "Country",
        *(e(TREATY_SHORT[t]) for t in Treaty),
        "Laws in force",
        "Pending bills",
        *(e(GROUP_SHORT[g]) for g in ArticleGroup),
        "Sources",
    ]
    rows = []
    for row in report.countries:
        stages = []
        for treaty in Treaty:
            status = row.stage(treaty)
            if status.stage is None:
                stages.append(DASH)
                continue
            stages.append(
                _stage_badge(status.stage, STAGE_LABEL[status.stage])
                + f'<span class="when">{e(date_text(status.date))}</span>'
            )
        scores = []
        for group in ArticleGroup:
            score = row.scores[group]
            value = f"{score.score:.2f}" if score.assessed else DASH
            scores.append(f'{value}<span class="when">{score.assessed}/{score.articles}</span>')
        rows.append(
            [
                _country_label(report, row.country.code),
                *stages,
                str(len(row.laws_in_force)),
                str(len(row.pending_bills)),
                *scores,
                _cite(report, report.row_sources(row)),
            ]
        )
    return (
        '<section id="countries" aria-labelledby="countries-h">'
        '<h2 id="countries-h">Countries</h2>'
        '<p class="note">Stage and date per treaty; laws in force and pending bills; '
        "article scores (full = 1, partial = ½, unknown = 0) over the group's articles, "
        "with the number of articles assessed.</p>"
        + _table(headers, rows, numeric=frozenset({5, 6}), table_class="sticky")
        + "</section>"
    )


def _coverage_legend() -> str:
    items = []
    for coverage in (Coverage.FULL, Coverage.PARTIAL, Coverage.NONE, None):
        label = coverage.value if coverage is not None else "not assessed"
        items.append(
            f'<li><svg class="swatch" viewBox="0 0 16 16" width="14" height="14" '
            f'aria-hidden="true"><rect width="16" height="16" fill="{COVERAGE_FILL[coverage]}" '
            f'stroke="#9aa5b1"/></svg>{COVERAGE_SYMBOL[coverage]} {label}</li>'
        )
    items.append(
        '<li><svg class="swatch" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">'
        '<rect x="1" y="1" width="14" height="14" fill="#ffffff" stroke="#111827" '
        'stroke-width="1.6" stroke-dasharray="3 2"/></svg>dashed outline (→ in the table): '
        "a pending bill would raise it</li>"
    )
    return f'<ul class="legend">{"".join(items)}</ul>'


def _coverage(report: Report) -> str:
    parts = [
        '<section id="coverage" aria-labelledby="coverage-h">',
        '<h2 id="coverage-h">Article coverage</h2>',
        '<p class="note">Enacted coverage of Articles 2–35 by the laws in force; '
        "Articles 2–13 substantive law, 14–21 procedural law, 22 jurisdiction, "
        "23–35 international co-operation.</p>",
    ]
    if not report.coverage:
        parts.append(
            '<p class="empty">No article has been assessed for any country in this report.</p>'
        )
    else:
        parts.append(
            f"<figure>{_coverage_legend()}"
            f'<div class="scroll">{coverage_heatmap(report, report.coverage)}</div>'
            "<figcaption>Coverage heatmap: one row per country with an assessment, "
            "one column per article.</figcaption></figure>"
        )
        headers = [
            "Country",
            *(
                f'<abbr title="{e(ARTICLE_TITLES[c.article])}">{c.article}</abbr>'
                for c in report.coverage[0].cells
            ),
            "Sources",
        ]
        rows = [
            [
                _country_label(report, row.country.code),
                *(coverage_cell(c) for c in row.cells),
                _cite(report, row.sources),
            ]
            for row in report.coverage
        ]
        classes = dict.fromkeys(range(1, len(headers) - 1), "sym")
        parts.append(
            "<details><summary>The coverage matrix as a table</summary>"
            + _table(
                headers,
                rows,
                caption="Article coverage (X→Y: a pending bill would raise X to Y)",
                classes=classes,
            )
            + "</details>"
        )
        if report.unassessed:
            names = ", ".join(_country_label(report, c.code) for c in report.unassessed)
            parts.append(f"<p>No article assessed: {names}.</p>")
    parts.append("</section>")
    return "".join(parts)


def _timeline(report: Report) -> str:
    parts = [
        '<section id="timeline" aria-labelledby="timeline-h">',
        '<h2 id="timeline-h">Treaty timeline</h2>',
    ]
    rows = [
        [
            _country_label(report, line.country.code),
            f'<span class="nowrap">{e(date_text(entry.milestone.date))}</span>',
            e(TREATY_SHORT[entry.treaty]),
            _stage_badge(entry.milestone.stage, STAGE_LABEL[entry.milestone.stage]),
            e(entry.milestone.note or ""),
            _cite(report, entry.milestone.sources),
        ]
        for line in report.timeline
        for entry in line.entries
    ]
    if not rows:
        parts.append('<p class="empty">No treaty step recorded for any country in this report.</p>')
    else:
        chart = timeline_svg(report)
        if chart:
            parts.append(
                f'<figure>{_timeline_legend()}<div class="scroll">{chart}</div>'
                "<figcaption>Dated treaty milestones; undated ones are in the "
                "table only.</figcaption></figure>"
            )
        parts.append(
            "<details open><summary>Milestones as a table</summary>"
            + _table(
                ["Country", "Date", "Treaty", "Stage", "Note", "Sources"], rows, classes={4: "wide"}
            )
            + "</details>"
        )
    parts.append("</section>")
    return "".join(parts)


def _events(report: Report) -> str:
    parts = [
        '<section id="events" aria-labelledby="events-h">',
        '<h2 id="events-h">Workshops and meetings</h2>',
        f'<p class="note">{e(WORKSHOP_NOTE)}</p>',
        "<h3>Participation</h3>",
    ]
    codes = [row.country.code for row in report.countries]
    took_part = {code: f'<span title="{e(report.name(code))} took part">' for code in codes}
    if report.participation:
        rows = []
        for prow in report.participation:
            event = prow.event
            marks = [
                f"{took_part[code]}{mark}</span>" if mark else ""
                for code in codes
                for mark in (attendance(prow.attendees, code),)
            ]
            rows.append(
                [
                    f"{e(event.title)}",
                    e(event_dates(event)),
                    e(event.kind.value),
                    *marks,
                    _cite(report, event.sources),
                ]
            )
        headers = [
            "Event",
            "Date",
            "Kind",
            *(f'<abbr title="{e(report.name(c))}">{e(c)}</abbr>' for c in codes),
            "Sources",
        ]
        classes = {3 + i: "mark" for i in range(len(codes))}
        parts.append(
            '<p class="note">✓ took part (with the number of delegates where recorded).</p>'
        )
        parts.append(_table(headers, rows, classes=classes, table_class="sticky matrix"))
    else:
        parts.append(
            '<p class="empty">No country in this report took part in a recorded event.</p>'
        )

    parts.append("<h3>Capacity building and outcomes</h3>")
    parts.append(
        '<p class="note">What followed a country\'s first workshop: its treaty steps and its '
        "laws' and bills' statuses dated on or after that workshop.</p>"
    )
    cap_rows = []
    for crow in report.capacity:
        first = (
            f'<span class="nowrap">{e(crow.first.start)}</span> {e(crow.first.title)}'
            if crow.first
            else DASH
        )
        outcomes = (
            "<ul>" + "".join(f"<li>{e(outcome_text(o))}</li>" for o in crow.outcomes) + "</ul>"
            if crow.outcomes
            else DASH
        )
        cap_rows.append(
            [_country_label(report, crow.country.code), first, str(len(crow.workshops)), outcomes]
        )
    parts.append(
        _table(
            ["Country", "First workshop", "Workshops attended", "What followed"],
            cap_rows,
            numeric=frozenset({2}),
            classes={1: "wide", 3: "wide"},
        )
    )

    start, end = report.quiet_from.isoformat(), report.report_date.isoformat()
    parts.append("<h3>No workshop in the last 24 months</h3>")
    if report.quiet:
        parts.append(
            f"<p>Countries invited to accede or with pending bills that attended no "
            f"workshop from {start} to {end}:</p>"
        )
        parts.append(
            _table(
                ["Country", "Situation"],
                [[_country_label(report, q.country.code), e(quiet_text(q))] for q in report.quiet],
            )
        )
    else:
        parts.append(
            f"<p>Every country invited to accede or with pending bills attended a workshop "
            f"from {start} to {end}.</p>"
        )
    parts.append("</section>")
    return "".join(parts)


def _changes(report: Report) -> str:
    if report.changes is None or report.since is None:
        return ""
    parts = [
        '<section id="changes" aria-labelledby="changes-h">',
        f'<h2 id="changes-h">Recent changes since {report.since.isoformat()}</h2>',
    ]
    if not report.changes:
        parts.append(f'<p class="empty">No dated change from {report.since} to {report.as_of}.</p>')
    else:
        rows = [
            [
                f'<span class="nowrap">{e(c.date)}</span>',
                ", ".join(_country_label(report, code) for code in c.countries),
                e(c.kind.value),
                e(change_subject(c)),
                e(change_detail(c)) if c.kind is not ChangeKind.EVENT else "held",
                _cite(report, c.sources),
            ]
            for c in report.changes
        ]
        parts.append(_table(["Date", "Country", "Kind", "Subject", "Change", "Sources"], rows))
    note = uncertain_note(report)
    if note:
        parts.append(f'<p class="note">{e(note)}</p>')
    parts.append("</section>")
    return "".join(parts)


def _sources(report: Report) -> str:
    parts = [
        '<section id="sources" aria-labelledby="sources-h">',
        '<h2 id="sources-h">Sources</h2>',
    ]
    if not report.sources:
        parts.append('<p class="empty">No source cited.</p>')
    else:
        items = []
        for number, source in enumerate(report.sources, 1):
            href = safe_href(source.url)
            title = e(source.title)
            text = f'<a href="{href}" rel="noreferrer">{title}</a>' if href else title
            details = [e(source.publisher)] if source.publisher else []
            if source.date:
                details.append(e(source.date))
            if details:
                text += ". " + ", ".join(details)
            text += "."
            if source.url and not href:
                text += f" {e(source.url)}"
            if source.accessed:
                text += f" Accessed {e(source.accessed)}."
            items.append(f'<li id="source-{number}">{text}</li>')
        parts.append(f'<ol class="sources">{"".join(items)}</ol>')
    parts.append("</section>")
    return "".join(parts)


def report_html(report: Report) -> str:
    title = f"Progress report: {report.title}"
    body = "\n".join(
        [
            _header(report),
            "<main>",
            _summary(report),
            _countries(report),
            _coverage(report),
            _timeline(report),
            _events(report),
            _changes(report),
            _sources(report),
            "</main>",
            f"<footer>Generated by accession from dataset {e(report.dataset.version)} "
            f"on {report.report_date.isoformat()}. Every fact cites a numbered source.</footer>",
        ]
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_csp()}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{e(title)}</title>\n"
        f"<style>{CSS}</style>\n"
        "</head>\n<body>\n"
        f'<div class="page">\n{body}\n</div>\n'
        "</body>\n</html>\n"
    )


def render(view: object, options: RenderOptions) -> str:
    if not isinstance(view, Report):
        raise NotImplementedError
    return report_html(view)
