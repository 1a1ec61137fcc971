"""Views as plain tables (header + rows of text), shared by table, md and csv.

Cells are unescaped text; each renderer escapes for its medium.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import singledispatch

from accession_cli.core.model import ARTICLE_TITLES, ARTICLES, ArticleGroup, Treaty
from accession_cli.core.record import Record
from accession_cli.core.views import DraftsView, EventsView, ListView, ShowView
from accession_cli.render.common import (
    DASH,
    GROUP_SHORT,
    TREATY_SHORT,
    coverage_text,
    date_text,
    score_text,
    stage_text,
)


@dataclass(frozen=True, slots=True, repr=False)
class Table(Record):
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    #: columns holding numbers (right-aligned in tables)
    numeric: frozenset[int] = frozenset()
    empty: str = "nothing to show"
    #: score columns: "0.42 (9/12)" may wrap before the parenthesis
    stacked: frozenset[int] = frozenset()


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def heading(info_version: str, as_of: str) -> str:
    return f"as of {as_of}, dataset {info_version}"


TREATY_TITLE = {
    Treaty.BUDAPEST: "Budapest (CETS 185)",
    Treaty.PROTOCOL_1: "Protocol 1 (ETS 189)",
    Treaty.PROTOCOL_2: "Protocol 2 (CETS 224)",
    Treaty.UN_CYBERCRIME: "UN Convention",
}


@singledispatch
def tables(view: object) -> list[Table]:
    raise NotImplementedError


@tables.register
def _(view: ListView) -> list[Table]:
    treaty = view.treaty
    headers: tuple[str, ...] = (
        "Code",
        "Country",
        TREATY_SHORT[treaty],
        "Since",
        TREATY_SHORT[Treaty.PROTOCOL_2],
    )
    headers += ("Laws", "Bills", *(GROUP_SHORT[g] for g in ArticleGroup), "Events")
    rows = []
    for row in view.rows:
        status = row.stage(treaty)
        rows.append(
            (
                row.country.code,
                row.country.name,
                stage_text(status),
                date_text(status.date) if status.stage else DASH,
                stage_text(row.stage(Treaty.PROTOCOL_2)),
                str(len(row.laws_in_force)),
                str(len(row.pending_bills)),
                *(score_text(row.scores[g]) for g in ArticleGroup),
                str(len(row.events)),
            )
        )
    title = f"{TREATY_TITLE[treaty]}: {_count(len(rows), 'country', 'countries')}, {heading(view.dataset.version, view.as_of.isoformat())}"
    return [
        Table(
            title,
            headers,
            tuple(rows),
            frozenset({5, 6, 10}),
            "no country matches",
            frozenset({7, 8, 9}),
        )
    ]


@tables.register
def _(view: DraftsView) -> list[Table]:
    rows = tuple(
        (
            r.country.code,
            r.status.item.id,
            r.status.item.title,
            r.status.item.kind.value,
            r.status.status.value if r.status.status else DASH,
            date_text(r.status.date),
            "yes" if r.status.pending else "no",
        )
        for r in view.rows
    )
    title = f"Laws and bills: {len(rows)}, {heading(view.dataset.version, view.as_of.isoformat())}"
    headers = ("Code", "Id", "Title", "Kind", "Status", "Since", "Pending")
    return [Table(title, headers, rows, empty="no legislation matches")]


@tables.register
def _(view: EventsView) -> list[Table]:
    rows = tuple(
        (
            str(e.start),
            str(e.end) if e.end else "",
            e.id,
            e.title,
            e.kind.value,
            ", ".join(filter(None, [e.place.city, e.place.country])) if e.place else "",
            " ".join(p.country for p in e.participants),
        )
        for e in view.events
    )
    headers = ("Start", "End", "Id", "Title", "Kind", "Place", "Participants")
    return [Table(f"Workshops and meetings: {len(rows)}", headers, rows, empty="no event matches")]


@tables.register
def _(view: ShowView) -> list[Table]:
    progress = view.progress
    treaty_rows = []
    for treaty in Treaty:
        for m in progress.treaties[treaty].milestones:
            treaty_rows.append(
                (
                    TREATY_SHORT[treaty],
                    m.stage.value,
                    date_text(m.date),
                    view.cite(m.sources),
                    m.note or "",
                )
            )
    legislation_rows = []
    for status in progress.legislation:
        item = status.item
        state = "in force" if status.in_force else "pending" if status.pending else ""
        for entry in status.history:
            legislation_rows.append(
                (
                    item.id,
                    item.title if entry is status.history[0] else "",
                    item.kind.value,
                    entry.status.value,
                    date_text(entry.date),
                    view.cite(entry.sources),
                    state if entry is status.history[-1] else "",
                )
            )
    article_rows = tuple(
        (
            str(a),
            ARTICLE_TITLES[a],
            coverage_text(progress.coverage[a]),
            coverage_text(progress.projected[a]),
        )
        for a in ARTICLES
    )
    score_rows = tuple(
        (g.value, score_text(progress.scores[g]), score_text(progress.projected_scores[g]))
        for g in ArticleGroup
    )
    event_rows = tuple(
        (
            str(e.start),
            e.title,
            ", ".join(filter(None, [e.place.city, e.place.country])) if e.place else "",
            view.cite(e.sources),
        )
        for e in progress.events
    )
    source_rows = tuple(
        (f"[{i}]", s.title, s.publisher or "", date_text(s.date) if s.date else "", s.url or "")
        for i, s in enumerate(view.sources, 1)
    )
    return [
        Table(
            "Treaties",
            ("Treaty", "Stage", "Date", "Sources", "Note"),
            tuple(treaty_rows),
            empty="no treaty step recorded",
        ),
        Table(
            "Legislation",
            ("Id", "Title", "Kind", "Status", "Date", "Sources", "Now"),
            tuple(legislation_rows),
            empty="no legislation recorded",
        ),
        Table(
            "Scores (enacted, and projected if pending bills pass)",
            ("Group", "Enacted", "Projected"),
            score_rows,
        ),
        Table("Articles", ("Art.", "Title", "Enacted", "Projected"), article_rows, frozenset({0})),
        Table(
            "Events attended",
            ("Start", "Title", "Place", "Sources"),
            event_rows,
            empty="no event attended",
        ),
        Table(
            "Sources",
            ("#", "Title", "Publisher", "Date", "Link"),
            source_rows,
            empty="no source cited",
        ),
    ]
