"""``accession report --format md``: the report as GitHub-flavoured Markdown.

Every value from the dataset goes through :func:`escape.markdown` (tables,
paragraphs) or :func:`mermaid_text` (inside the Mermaid block); links only
for http(s) URLs. The treaty timeline is a Mermaid ``gantt`` chart, which
GitHub renders; the same milestones follow as a table for other viewers.
"""

from __future__ import annotations

import re

from accession_cli.core.analysis.report import ChangeKind, Report
from accession_cli.core.data.model import ARTICLE_TITLES, ArticleGroup, Treaty
from accession_cli.render import RenderOptions
from accession_cli.render.common import (
    COVERAGE_SYMBOL,
    DASH,
    GROUP_SHORT,
    TREATY_SHORT,
    date_text,
    same_document,
    score_text,
)
from accession_cli.render.escape import markdown, markdown_url, one_line
from accession_cli.render.report.text import (
    STAGE_LABEL,
    WORKSHOP_NOTE,
    attendance,
    change_detail,
    change_subject,
    citations,
    coverage_cell,
    event_dates,
    headline,
    median_sentence,
    outcome_text,
    quiet_text,
    stage_cell,
    uncertain_note,
)

# Mermaid statements end at a newline or ';'; ':' separates a gantt task from
# its data; '#' starts an entity code; '%%' a comment; '<', '>' and quotes
# could become markup. Anything outside this set becomes a space.
_MERMAID_UNSAFE = re.compile(r"[^\w .,'()/+\-]")
_MERMAID_KEYWORD = re.compile(
    r"^(?:title|section|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|"
    r"weekday|weekend|inclusiveenddates|topaxis|acctitle|accdescr|displaymode)\b",
    re.IGNORECASE,
)


def mermaid_text(text: str, fallback: str = "?") -> str:
    """Data text made inert inside a Mermaid statement: one line, no
    statement separators, comments, entity codes or markup, and never a
    keyword at the start."""
    cleaned = " ".join(_MERMAID_UNSAFE.sub(" ", one_line(text)).split())
    if _MERMAID_KEYWORD.match(cleaned):
        cleaned = "- " + cleaned
    return cleaned or fallback


def table(headers: list[str], rows: list[list[str]], numeric: frozenset[int] = frozenset()) -> str:
    """A GFM table from cells that are already escaped Markdown."""
    align = ["---:" if i in numeric else "---" for i in range(len(headers))]
    lines = ["| " + " | ".join(headers) + " |", "| " + " | ".join(align) + " |"]
    lines.extend("| " + " | ".join(cell or " " for cell in row) + " |" for row in rows)
    return "\n".join(lines)


def _country(report: Report, code: str) -> str:
    return f"{markdown(report.name(code))} ({markdown(code)})"


def _header(report: Report) -> list[str]:
    info = report.dataset
    lines = [
        f"# Progress report: {markdown(report.title)}",
        "",
        f"- **Dataset:** version {markdown(info.version)}, facts as of {info.as_of}",
        f"- **State shown as of:** {report.as_of.isoformat()}",
        f"- **Report date:** {report.report_date.isoformat()}",
        f"- **Filters:** {markdown('; '.join(report.filters)) if report.filters else 'none'}",
    ]
    if report.since is not None:
        lines.append(f"- **Recent changes since:** {report.since.isoformat()}")
    return lines


def _summary(report: Report) -> list[str]:
    summary = report.summary
    lines = ["## Summary", ""]
    lines += [f"- {sentence}" for sentence in headline(summary, report.as_of)]
    lines += [f"- {median_sentence(summary)}", ""]
    rows = []
    for budapest, protocol in zip(summary.budapest, summary.protocol_2, strict=True):
        cells = []
        for count in (budapest, protocol):
            codes = ", ".join(markdown(code) for code in count.countries)
            cells.append(f"{count.count} ({codes})" if count.count else "0")
        rows.append([STAGE_LABEL[budapest.stage], *cells])
    lines += [
        "### Countries per stage",
        "",
        table(["Stage", TREATY_SHORT[Treaty.BUDAPEST], TREATY_SHORT[Treaty.PROTOCOL_2]], rows),
        "",
    ]
    if summary.lags:
        lag_rows = [
            [
                _country(report, lag.country.code),
                f"{lag.workshop.start} {markdown(lag.workshop.title)}",
                f"{lag.deposit.stage.value} {date_text(lag.deposit.date)}",
                ("~" if lag.approximate else "") + f"{lag.days:,}",
            ]
            for lag in summary.lags
        ]
        lines += [
            "### From first workshop to deposit",
            "",
            table(
                ["Country", "First workshop", "Budapest deposit", "Days"],
                lag_rows,
                frozenset({3}),
            ),
            "",
        ]
        if any(lag.approximate for lag in summary.lags):
            lines += ["~ a date known only to the month or year, counted from its first day.", ""]
    return lines


def _countries(report: Report) -> list[str]:
    headers = [
        "Country",
        *(TREATY_SHORT[t] for t in Treaty),
        "Laws in force",
        "Pending bills",
        *(GROUP_SHORT[g] for g in ArticleGroup),
        "Sources",
    ]
    rows = [
        [
            _country(report, row.country.code),
            *(stage_cell(row.stage(t)) for t in Treaty),
            str(len(row.laws_in_force)),
            str(len(row.pending_bills)),
            *(score_text(row.scores[g]) for g in ArticleGroup),
            citations(report, list(report.row_sources(row))),
        ]
        for row in report.countries
    ]
    return [
        "## Countries",
        "",
        "Stage and date per treaty; laws in force and pending bills; article scores "
        "(full = 1, partial = ½, unknown = 0) with the number of articles assessed.",
        "",
        table(headers, rows, frozenset({5, 6})),
        "",
    ]


def _coverage(report: Report) -> list[str]:
    lines = ["## Article coverage", ""]
    legend = "  ".join(
        f"{COVERAGE_SYMBOL[c]} {label}"
        for c, label in ((k, k.value if k is not None else "not assessed") for k in COVERAGE_SYMBOL)
    )
    lines += [
        f"Enacted coverage by laws in force: {legend}. "
        "X→Y: the pending bills would raise it to Y. "
        "Articles 2–13 substantive law, 14–21 procedural law, 22 jurisdiction, "
        "23–35 international co-operation.",
        "",
    ]
    if report.coverage:
        headers = ["Country", *(str(cell.article) for cell in report.coverage[0].cells), "Sources"]
        rows = [
            [
                _country(report, row.country.code),
                *(coverage_cell(cell) for cell in row.cells),
                citations(report, list(row.sources)),
            ]
            for row in report.coverage
        ]
        lines += [table(headers, rows), ""]
    else:
        lines += ["_No article has been assessed for any country in this report._", ""]
    if report.unassessed and report.coverage:
        names = ", ".join(_country(report, c.code) for c in report.unassessed)
        lines += [f"No article assessed: {names}.", ""]
    if report.coverage:
        lines += _evidence(report)
    return lines


def _evidence(report: Report) -> list[str]:
    """Each grade behind the coverage, with the words of the source it rests on."""
    lines = ["### Evidence for the grades", ""]
    for row in report.coverage:
        lines += [f"**{_country(report, row.country.code)}**", ""]
        for g in row.graded:
            what = " ".join(filter(None, [g.legislation.id, g.provision]))
            bill = " (pending bill)" if g.pending else ""
            head = (
                f"- Art. {g.article} {markdown(ARTICLE_TITLES[g.article])}: {markdown(what)},"
                f" {g.grade.value}{bill}"
            )
            if g.evidence:
                cited = [g.evidence_source] if g.evidence_source else list(g.sources)
                lines.append(f"{head}: “{markdown(g.evidence)}” {citations(report, cited)}")
            else:
                lines.append(f"{head}: no evidence quoted {citations(report, list(g.sources))}")
        lines.append("")
    return lines


def gantt(report: Report) -> list[str]:
    """The dated treaty milestones as a Mermaid gantt chart, one section per country."""
    lines = [
        "```mermaid",
        "gantt",
        f"    title {mermaid_text('Treaty milestones - ' + report.title)}",
        "    dateFormat YYYY-MM-DD",
        "    axisFormat %Y",
        "    todayMarker off",
    ]
    number = 0
    for line in report.timeline:
        dated = [e for e in line.entries if e.milestone.date is not None]
        if not dated:
            continue
        name = mermaid_text(f"{line.country.name} ({line.country.code})", line.country.code)
        lines.append(f"    section {name}")
        for entry in dated:
            date = entry.milestone.date
            assert date is not None
            number += 1
            label = mermaid_text(
                f"{TREATY_SHORT[entry.treaty]} {STAGE_LABEL[entry.milestone.stage]} {date}"
            )
            lines.append(f"    {label} :milestone, m{number}, {date.start.isoformat()}, 0d")
    lines.append("```")
    return lines if number else []


def _timeline(report: Report) -> list[str]:
    lines = ["## Treaty timeline", ""]
    rows = [
        [
            _country(report, line.country.code),
            date_text(entry.milestone.date),
            TREATY_SHORT[entry.treaty],
            STAGE_LABEL[entry.milestone.stage],
            citations(report, list(entry.milestone.sources)),
        ]
        for line in report.timeline
        for entry in line.entries
    ]
    if not rows:
        return [*lines, "_No treaty step recorded for any country in this report._", ""]
    chart = gantt(report)
    if chart:
        lines += [*chart, ""]
        lines += [
            "A month or year date is drawn at its first day; undated steps are in the table only.",
            "",
        ]
    lines += [table(["Country", "Date", "Treaty", "Stage", "Sources"], rows), ""]
    return lines


def _events(report: Report) -> list[str]:
    lines = ["## Workshops and meetings", "", WORKSHOP_NOTE, "", "### Participation", ""]
    codes = [row.country.code for row in report.countries]
    if report.participation:
        rows = []
        for prow in report.participation:
            event = prow.event
            marks = [attendance(prow.attendees, code) for code in codes]
            rows.append(
                [
                    event_dates(event),
                    markdown(event.title),
                    event.kind.value,
                    *marks,
                    citations(report, list(event.sources)),
                ]
            )
        headers = ["Date", "Event", "Kind", *(markdown(c) for c in codes), "Sources"]
        lines += [
            "✓ took part (with the number of delegates where recorded).",
            "",
            table(headers, rows),
            "",
        ]
    else:
        lines += ["_No country in this report took part in a recorded event._", ""]

    lines += ["### Capacity building and outcomes", ""]
    cap_rows = [
        [
            _country(report, crow.country.code),
            f"{crow.first.start} {markdown(crow.first.title)}" if crow.first else DASH,
            str(len(crow.workshops)),
            "; ".join(markdown(outcome_text(o)) for o in crow.outcomes) or DASH,
        ]
        for crow in report.capacity
    ]
    lines += [
        "What followed a country's first workshop: its treaty steps and its laws' and "
        "bills' statuses dated on or after that workshop.",
        "",
        table(["Country", "First workshop", "Workshops attended", "What followed"], cap_rows),
        "",
    ]

    start, end = report.quiet_from.isoformat(), report.report_date.isoformat()
    lines += ["### No workshop in the last 24 months", ""]
    if report.quiet:
        quiet_rows = [
            [_country(report, q.country.code), markdown(quiet_text(q))] for q in report.quiet
        ]
        lines += [
            f"Countries invited to accede or with pending bills that attended no workshop "
            f"from {start} to {end}:",
            "",
            table(["Country", "Situation"], quiet_rows),
            "",
        ]
    else:
        lines += [
            f"Every country invited to accede or with pending bills attended a workshop "
            f"from {start} to {end}.",
            "",
        ]
    return lines


def _changes(report: Report) -> list[str]:
    if report.changes is None or report.since is None:
        return []
    lines = [f"## Recent changes since {report.since.isoformat()}", ""]
    note = uncertain_note(report)
    if not report.changes:
        lines += [f"_No dated change from {report.since} to {report.as_of}._", ""]
        return [*lines, note, ""] if note else lines
    rows = [
        [
            str(change.date),
            ", ".join(_country(report, c) for c in change.countries),
            change.kind.value,
            markdown(change_subject(change)),
            markdown(change_detail(change)) if change.kind is not ChangeKind.EVENT else "held",
            citations(report, list(change.sources)),
        ]
        for change in report.changes
    ]
    lines += [table(["Date", "Country", "Kind", "Subject", "Change", "Sources"], rows), ""]
    return [*lines, note, ""] if note else lines


def _sources(report: Report) -> list[str]:
    lines = ["## Sources", ""]
    if not report.sources:
        return [*lines, "_No source cited._", ""]
    for number, source in enumerate(report.sources, 1):
        parts = [markdown(source.title)]
        details = [markdown(source.publisher)] if source.publisher else []
        if source.date:
            details.append(str(source.date))
        if details:
            parts.append(", ".join(details))
        text = ". ".join(parts) + "."
        url = markdown_url(source.url) if source.url else None
        if url:
            text += f" <{url}>"
        if source.accessed:
            text += f" (accessed {source.accessed})"
        copy = same_document(source, report.citations)
        if copy:
            text += f" {markdown(copy)}"
        lines.append(f"{number}. {text}")
    return [*lines, ""]


def _declarations(report: Report) -> list[str]:
    lines = ["## Reservations and declarations", ""]
    rows = [
        [
            _country(report, country.code),
            markdown(TREATY_SHORT[d.treaty]),
            markdown(d.kind.value),
            markdown(d.basis or ""),
            markdown(", ".join(d.concerns)),
            markdown(date_text(d.date)),
            markdown(d.summary),
            citations(report, list(d.sources)),
        ]
        for country, made in report.declarations
        for d in made
    ]
    if not rows:
        return [*lines, "_No reservation or declaration recorded for these countries._", ""]
    headers = ["Country", "Treaty", "Kind", "Basis", "Concerns", "Date", "Summary", "Sources"]
    return [*lines, table(headers, rows), ""]


def report_markdown(report: Report) -> str:
    sections = [
        _header(report),
        [""],
        _summary(report),
        _countries(report),
        _coverage(report),
        _declarations(report),
        _timeline(report),
        _events(report),
        _changes(report),
        _sources(report),
    ]
    text = "\n".join(line for section in sections for line in section)
    return text.rstrip("\n") + "\n"


def render(view: object, options: RenderOptions) -> str:
    if not isinstance(view, Report):
        raise NotImplementedError
    return report_markdown(view)
