"""Views as plain tables (header + rows of text), shared by table, md and csv.

Cells are unescaped text; each renderer escapes for its medium.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import singledispatch

from accession_cli.core.analysis.progress import GroupScore, LegislationStatus, TreatyStatus
from accession_cli.core.analysis.views import DraftsView, EventsView, ListView, ShowView
from accession_cli.core.data.dates import PartialDate
from accession_cli.core.data.enums import TREATY_NUMBER
from accession_cli.core.data.model import ArticleGroup, Coverage, Status, Treaty, TreatyStage
from accession_cli.core.data.record import Record
from accession_cli.render.common import (
    DASH,
    GROUP_SHORT,
    STAGE_WORDS,
    TREATY_SHORT,
    article_ranges,
    coverage_text,
    date_text,
    score_text,
    stage_text,
    standing_text,
    status_text,
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
    #: a line printed under the table (human formats only)
    note: str = ""


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def heading(info_version: str, as_of: str) -> str:
    return f"as of {as_of}, dataset {info_version}"


TREATY_TITLE = {
    treaty: f"{TREATY_SHORT[treaty]} ({number})" if number else TREATY_SHORT[treaty]
    for treaty, number in TREATY_NUMBER.items()
}


class Words:
    """How a cell says a fact: words for people (table, md), codes for
    machines (csv): ``in force`` / ``in_force``, ``undated`` / empty."""

    def __init__(self, human: bool) -> None:
        self.human = human

    def stage(self, status: TreatyStatus) -> str:
        if status.stage is None:
            return DASH if self.human else ""
        return stage_text(status) if self.human else status.stage.value

    def stage_of(self, stage: TreatyStage) -> str:
        return STAGE_WORDS[stage] if self.human else stage.value

    def status(self, status: Status | None) -> str:
        if status is None:
            return DASH if self.human else ""
        return status_text(status) if self.human else status.value

    def date(self, date: PartialDate | None) -> str:
        return date_text(date) if self.human else (str(date) if date is not None else "")

    def treaty(self, treaty: Treaty) -> str:
        return TREATY_SHORT[treaty] if self.human else treaty.value

    def coverage(self, coverage: Coverage | None) -> str:
        if self.human:
            return coverage_text(coverage)
        return coverage.value if coverage is not None else ""

    def cite(self, view: ShowView, source_ids: Sequence[str]) -> str:
        """'[3][4]' for people (numbers into the Sources section); the ids,
        ';'-separated, for machines."""
        return view.cite(source_ids) if self.human else ";".join(source_ids)

    def score(self, score: GroupScore) -> str:
        if self.human:
            return score_text(score)
        return "" if score.score is None else f"{score.score:.2f}"


def second_treaty(treaty: Treaty) -> Treaty:
    """The other treaty column of ``list``: the Second Protocol beside the
    Convention, the Convention beside any other treaty."""
    return Treaty.PROTOCOL_2 if treaty is Treaty.BUDAPEST else Treaty.BUDAPEST


def assessed_any(view: ListView) -> bool:
    return any(s.assessed for row in view.rows for s in row.scores.values())


def stage_summary(view: ListView) -> str:
    """'Budapest: 81 in force, 2 signed, 12 invited, 20 with no step'."""
    counts: dict[TreatyStage | None, int] = {}
    for row in view.rows:
        stage = row.stage(view.treaty).stage
        counts[stage] = counts.get(stage, 0) + 1
    order = sorted(
        (stage for stage in counts if stage is not None), key=lambda s: (-s.rank, s.value)
    )
    parts = [f"{counts[stage]} {STAGE_WORDS[stage]}" for stage in order]
    if None in counts:
        parts.append(f"{counts[None]} with no step")
    return f"{TREATY_SHORT[view.treaty]}: " + ", ".join(parts)


@singledispatch
def tables(view: object, words: Words | None = None) -> list[Table]:
    raise NotImplementedError


@tables.register
def _(view: ListView, words: Words | None = None) -> list[Table]:
    say = words or Words(human=True)
    treaty, other = view.treaty, second_treaty(view.treaty)
    scored = assessed_any(view)
    headers: tuple[str, ...] = ("Code", "Country", TREATY_SHORT[treaty], "Since")
    headers += (TREATY_SHORT[other], "Laws", "Bills", "Dormant")
    if scored:
        headers += tuple(GROUP_SHORT[g] for g in ArticleGroup)
    headers += ("Events",)
    rows = []
    for row in view.rows:
        status = row.stage(treaty)
        cells = [
            row.country.code,
            row.country.name,
            say.stage(status),
            say.date(status.date) if status.stage else (DASH if say.human else ""),
            say.stage(row.stage(other)),
            str(len(row.laws_in_force)),
            str(len(row.pending_bills)),
            str(len(row.dormant_bills)),
        ]
        if scored:
            cells += [say.score(row.scores[g]) for g in ArticleGroup]
        cells.append(str(len(row.events)))
        rows.append(tuple(cells))
    title = f"{TREATY_TITLE[treaty]}: {_count(len(rows), 'country', 'countries')}, {heading(view.dataset.version, view.as_of.isoformat())}"
    last = len(headers) - 1
    return [
        Table(
            title,
            headers,
            tuple(rows),
            frozenset({5, 6, 7, last}),
            "no country matches",
            frozenset({8, 9, 10}) if scored else frozenset(),
            note=""
            if scored
            else "Scores: not assessed (no source grades an article of these countries)",
        )
    ]


@tables.register
def _(view: DraftsView, words: Words | None = None) -> list[Table]:
    say = words or Words(human=True)
    rows = tuple(
        (
            r.country.code,
            r.status.item.id,
            r.status.item.label if say.human else r.status.item.title,
            *(() if say.human else (r.status.item.number or "",)),
            r.status.item.kind.value,
            say.status(r.status.status),
            say.date(r.status.date),
            standing_text(r.status) if say.human else _standing_code(r.status),
        )
        for r in view.rows
    )
    title = f"Laws and bills: {len(rows)}, {heading(view.dataset.version, view.as_of.isoformat())}"
    headers: tuple[str, ...] = ("Code", "Id", "Title", "Kind", "Status", "Since", "Now")
    if not say.human:
        headers = ("Code", "Id", "Title", "Number", "Kind", "Status", "Date", "Now")
    return [Table(title, headers, rows, empty="no legislation matches")]


def _standing_code(status: LegislationStatus) -> str:
    if status.in_force:
        return "in_force"
    if status.pending:
        return "pending"
    if status.dormant:
        return "dormant"
    return "superseded" if status.superseded_by is not None else ""


@tables.register
def _(view: EventsView, words: Words | None = None) -> list[Table]:
    say = words or Words(human=True)
    rows = tuple(
        (
            str(e.start),
            say.date(e.end) if e.end else "",
            e.id,
            e.title,
            e.kind.value,
            ", ".join(filter(None, [e.place.city, e.place.country])) if e.place else "",
            " ".join(p.country for p in e.participants),
        )
        for e in view.events
    )
    title = f"Workshops and meetings: {len(rows)}, {heading(view.dataset.version, str(view.dataset.as_of))}"
    headers = ("Start", "End", "Id", "Title", "Kind", "Place", "Participants")
    return [Table(title, headers, rows, empty="no event matches")]


@tables.register
def _(view: ShowView, words: Words | None = None) -> list[Table]:
    say = words or Words(human=True)
    progress = view.progress
    treaty_rows = []
    for treaty in Treaty:
        for m in progress.treaties[treaty].milestones:
            treaty_rows.append(
                (
                    say.treaty(treaty),
                    say.stage_of(m.stage),
                    say.date(m.date),
                    say.cite(view, m.sources),
                    m.note or "",
                )
            )
    legislation_rows = []
    for status in progress.legislation:
        item = status.item
        state = standing_text(status) if say.human else _standing_code(status)
        for entry in status.history:
            first, last = entry is status.history[0], entry is status.history[-1]
            legislation_rows.append(
                (
                    item.id,
                    (item.label if say.human else item.title) if first else "",
                    item.kind.value,
                    say.status(entry.status),
                    say.date(entry.date),
                    say.cite(view, entry.sources),
                    state if last else "",
                )
            )
    article_rows = []
    for row in view.articles:
        for index, provision in enumerate(row.provisions):
            first = index == 0
            article_rows.append(
                (
                    str(row.article) if first or not say.human else "",
                    row.title if first or not say.human else "",
                    say.coverage(row.grade) if first or not say.human else "",
                    say.coverage(row.projected) if first or not say.human else "",
                    provision.provision or (DASH if say.human else ""),
                    say.coverage(provision.grade),
                    provision.status.item.id,
                    say.cite(view, provision.sources),
                )
            )
    declaration_rows = tuple(
        (
            say.treaty(d.treaty),
            d.kind.value,
            d.basis or "",
            ", ".join(d.concerns),
            say.date(d.date),
            (say.date(d.withdrawn) if d.withdrawn else ""),
            d.summary,
            say.cite(view, d.sources),
        )
        for d in view.declarations
    )
    score_rows = tuple(
        (g.value, say.score(progress.scores[g]), say.score(progress.projected_scores[g]))
        for g in ArticleGroup
    )
    event_rows = tuple(
        (
            str(e.start),
            e.title,
            ", ".join(filter(None, [e.place.city, e.place.country])) if e.place else "",
            say.cite(view, e.sources),
        )
        for e in progress.events
    )
    source_rows = tuple(
        (
            f"[{i}]" if say.human else s.id,
            s.title,
            s.publisher or "",
            say.date(s.date) if s.date else "",
            s.url or "",
        )
        for i, s in enumerate(view.sources, 1)
    )
    not_assessed = (
        f"Not assessed: articles {article_ranges(view.not_assessed)}" if view.not_assessed else ""
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
        Table(
            "Articles",
            ("Article", "Title", "Enacted", "Projected", "Provision", "Grade", "Law", "Sources"),
            tuple(article_rows),
            frozenset({0}),
            empty="no article assessed",
            note=not_assessed if article_rows else "",
        ),
        Table(
            "Reservations and declarations",
            ("Treaty", "Kind", "Basis", "Concerns", "Date", "Withdrawn", "Summary", "Sources"),
            declaration_rows,
            empty="none recorded",
        ),
        Table(
            "Events attended",
            ("Start", "Title", "Place", "Sources"),
            event_rows,
            empty="no event attended",
        ),
        Table(
            "Sources",
            ("#" if say.human else "Source", "Title", "Publisher", "Date", "Link"),
            source_rows,
            empty="no source cited",
        ),
    ]
