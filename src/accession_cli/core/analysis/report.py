"""The progress report as one typed value: what ``accession report`` shows.

Built from a :class:`~accession_cli.core.data.model.Dataset`, the user's filters,
the date whose state is shown (``as_of``), the date the report is written
(``report_date``: today, injectable) and an optional start of the "recent
changes" window. Renderers (Markdown, HTML, JSON, CSV) turn it into text; they
never compute anything of their own beyond layout.

Definitions the report relies on:

* A *workshop* is an event of kind ``workshop`` or ``training`` (capacity
  building); meetings and conferences appear in the participation matrix only.
  A country *attended* an event when it is listed among its participants and
  the event had started by the ``as_of`` date and is not marked ``planned``.
* *Workshop to deposit*: days from the start of a country's first workshop to
  the deposit of its Budapest instrument (``ratified`` or ``acceded``), for
  countries whose deposit is dated on or after that workshop. Partial dates
  count from their first day and the figure is flagged approximate.
* *What followed* a country's first workshop: its treaty milestones and its
  laws' and bills' status changes dated on or after the workshop's start.
* *No workshop lately*: countries whose Budapest stage is ``invited`` or which
  have pending bills, and which attended no workshop that can fall within the
  24 months before the report date.
* *Recent changes*: dated facts (treaty milestones, legislation statuses,
  events) from ``since`` to ``as_of``; undated facts cannot be placed in time.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cmp_to_key
from typing import TypeVar

from accession_cli.core.analysis.progress import (
    CountryProgress,
    milestone_key,
)
from accession_cli.core.analysis.views import (
    CountryFilter,
    DatasetInfo,
    dataset_info,
    list_view,
    regions_text,
)
from accession_cli.core.data.dates import PartialDate, add_months
from accession_cli.core.data.enums import DORMANT_YEARS
from accession_cli.core.data.model import (
    ARTICLES,
    DEPOSITS,
    STARTS_FORCE,
    Country,
    Coverage,
    Dataset,
    Declaration,
    Event,
    EventKind,
    Legislation,
    Milestone,
    Source,
    Status,
    Treaty,
    TreatyStage,
)
from accession_cli.core.data.record import Record

#: Event kinds that count as capacity building.
WORKSHOP_KINDS = frozenset({EventKind.WORKSHOP, EventKind.TRAINING})
#: How far back "no workshop lately" looks from the report date.
QUIET_MONTHS = 24

#: Stages in the order the summary lists them: furthest first, then "none".
STAGE_ORDER: tuple[TreatyStage | None, ...] = (
    TreatyStage.IN_FORCE,
    TreatyStage.ACCEDED,
    TreatyStage.RATIFIED,
    TreatyStage.SIGNED,
    TreatyStage.INVITED,
    TreatyStage.REQUESTED,
    TreatyStage.INTEREST,
    None,
)

_COVERAGE_RANK = {None: -1, Coverage.NONE: 0, Coverage.PARTIAL: 1, Coverage.FULL: 2}


# ---------------------------------------------------------------- records


@dataclass(frozen=True, slots=True, repr=False)
class StageCount(Record):
    stage: TreatyStage | None
    """``None``: no step recorded for the treaty"""
    countries: tuple[str, ...]
    """country codes, in report order"""

    @property
    def count(self) -> int:
        return len(self.countries)


@dataclass(frozen=True, slots=True, repr=False)
class WorkshopLag(Record):
    """From a country's first workshop to its Budapest deposit."""

    country: Country
    workshop: Event
    deposit: Milestone
    days: int
    approximate: bool
    """a date involved is known only to the month or year"""


@dataclass(frozen=True, slots=True, repr=False)
class Summary(Record):
    countries: int
    budapest: tuple[StageCount, ...]
    protocol_2: tuple[StageCount, ...]
    deposited: int
    """Parties: Budapest instrument deposited (ratified, acceded or in force),
    the count the Council of Europe publishes as Parties"""
    in_force: int
    """Budapest stage ``in_force``: the Convention in force for the country
    (a Party whose instrument was deposited recently may not be yet)"""
    invited: int
    """Budapest stage ``invited``: invited, instrument not yet deposited"""
    pending_bills: int
    countries_with_pending_bills: int
    dormant_bills: int
    dormant_after: int
    lags: tuple[WorkshopLag, ...]
    median_days: float | None
    """median of ``lags``; None when no country deposited after a workshop"""


@dataclass(frozen=True, slots=True, repr=False)
class CoverageCell(Record):
    article: int
    enacted: Coverage | None
    projected: Coverage | None

    @property
    def raised(self) -> bool:
        """A pending bill would raise the coverage of this article."""
        return _COVERAGE_RANK[self.projected] > _COVERAGE_RANK[self.enacted]


@dataclass(frozen=True, slots=True, repr=False)
class GradedProvision(Record):
    """A grade behind a coverage cell: the domestic provision, its grade and
    the source's words it rests on."""

    article: int
    legislation: Legislation
    #: a pending bill's grade (counts for the projected coverage only)
    pending: bool
    #: the domestic provision; None for a schema-1 grade with no provision named
    provision: str | None
    grade: Coverage
    sources: tuple[str, ...]
    evidence: str | None = None
    evidence_source: str | None = None


@dataclass(frozen=True, slots=True, repr=False)
class CoverageRow(Record):
    country: Country
    cells: tuple[CoverageCell, ...]
    """one per article 2-35"""
    sources: tuple[str, ...]
    """the assessments behind the row (laws in force and pending bills)"""
    graded: tuple[GradedProvision, ...] = ()
    """the grades behind the cells, in article order (laws in force, then bills)"""

    def grades_of(self, article: int) -> tuple[GradedProvision, ...]:
        return tuple(g for g in self.graded if g.article == article)


@dataclass(frozen=True, slots=True, repr=False)
class TimelineEntry(Record):
    treaty: Treaty
    milestone: Milestone


@dataclass(frozen=True, slots=True, repr=False)
class CountryTimeline(Record):
    country: Country
    entries: tuple[TimelineEntry, ...]
    """milestones of every treaty reached by ``as_of``, in time order"""


@dataclass(frozen=True, slots=True, repr=False)
class ParticipationRow(Record):
    event: Event
    attendees: Mapping[str, int | None]
    """code of each selected country that took part -> delegates (if recorded)"""


class OutcomeKind(str, Enum):
    TREATY = "treaty"
    LEGISLATION = "legislation"


@dataclass(frozen=True, slots=True, repr=False)
class Outcome(Record):
    """A treaty step or legislation status that followed a first workshop."""

    kind: OutcomeKind
    date: PartialDate
    subject: str
    """treaty label, or the law (title, then number)"""
    subject_id: str
    """treaty key or legislation id"""
    status: str
    """the stage or status reached"""
    sources: tuple[str, ...]
    superseded_by: Legislation | None = None
    """status ``superseded``: the law that replaced this one (its history may
    not say so: the replacing law names it in ``supersedes``)"""


@dataclass(frozen=True, slots=True, repr=False)
class CapacityRow(Record):
    country: Country
    workshops: tuple[Event, ...]
    """workshops and trainings attended by ``as_of``, in time order"""
    outcomes: tuple[Outcome, ...]
    """what followed the first of them, in time order"""

    @property
    def first(self) -> Event | None:
        return self.workshops[0] if self.workshops else None


@dataclass(frozen=True, slots=True, repr=False)
class QuietCountry(Record):
    country: Country
    invited: bool
    pending_bills: int
    last_workshop: Event | None


class ChangeKind(str, Enum):
    TREATY = "treaty"
    LEGISLATION = "legislation"
    EVENT = "event"


@dataclass(frozen=True, slots=True, repr=False)
class Change(Record):
    date: PartialDate
    kind: ChangeKind
    countries: tuple[str, ...]
    """the country concerned, or the selected countries that attended an event"""
    subject: str
    subject_id: str
    detail: str
    """stage or status reached, or the event's kind"""
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True, repr=False)
class Report(Record):
    dataset: DatasetInfo
    as_of: dt.date
    report_date: dt.date
    since: dt.date | None
    treaty: Treaty
    """the treaty the stage filters use"""
    filters: tuple[str, ...]
    countries: tuple[CountryProgress, ...]
    summary: Summary
    coverage: tuple[CoverageRow, ...]
    """countries with at least one assessed article (enacted or projected)"""
    unassessed: tuple[Country, ...]
    timeline: tuple[CountryTimeline, ...]
    participation: tuple[ParticipationRow, ...]
    capacity: tuple[CapacityRow, ...]
    quiet_from: dt.date
    quiet: tuple[QuietCountry, ...]
    changes: tuple[Change, ...] | None
    """None when no ``since`` was given"""
    uncertain_changes: int
    """facts whose partial date may or may not fall in the changes period"""
    sources: tuple[Source, ...]
    """every source cited, numbered from 1 in order of first citation"""
    citations: Mapping[str, int]
    names: Mapping[str, str]
    """country name by code, for the countries in the report"""

    #: what the filters selected, in words ("OAS member states"); empty: everything
    selection: str = ""
    #: each country's reservations, declarations and designations made by the date
    declarations: tuple[tuple[Country, tuple[Declaration, ...]], ...] = ()

    @property
    def title(self) -> str:
        if self.selection:
            return f"Budapest Convention accession, {self.selection}"
        return self.dataset.title or "Budapest Convention accession"

    def cite(self, source_ids: Iterable[str]) -> tuple[int, ...]:
        """The numbers of these sources (unknown ids are skipped), in order."""
        numbers = {self.citations[s] for s in source_ids if s in self.citations}
        return tuple(sorted(numbers))

    def row_sources(self, progress: CountryProgress) -> tuple[str, ...]:
        return _row_sources(progress)

    def name(self, code: str) -> str:
        return self.names.get(code, code)


# ---------------------------------------------------------------- helpers


def _date_key(date: PartialDate | None) -> tuple[dt.date, dt.date]:
    return date.sort_key() if date is not None else (dt.date.max, dt.date.max)


_T = TypeVar("_T")


def chronological(
    items: Iterable[_T], date: Callable[[_T], PartialDate], thread: Callable[[_T], str]
) -> list[_T]:
    """Sort by date where the dates certainly differ; facts of one thread (a
    treaty, a law) whose partial dates overlap keep the order they came in,
    which is their lifecycle order (``2020`` enacted after ``2020-02`` drafting).
    Other ties fall back to the dates' sort keys, then the order given."""
    indexed = list(enumerate(items))

    def compare(a: tuple[int, _T], b: tuple[int, _T]) -> int:
        da, db = date(a[1]), date(b[1])
        if da.certainly_before(db):
            return -1
        if db.certainly_before(da):
            return 1
        if thread(a[1]) != thread(b[1]):
            ka, kb = da.sort_key(), db.sort_key()
            if ka != kb:
                return -1 if ka < kb else 1
        return -1 if a[0] < b[0] else 1 if a[0] > b[0] else 0

    return [item for _, item in sorted(indexed, key=cmp_to_key(compare))]


def _attended(progress: CountryProgress) -> tuple[Event, ...]:
    """Events the country took part in by ``as_of``, in time order."""
    events = (e for e in progress.events if not e.planned)
    return tuple(sorted(events, key=lambda e: (_date_key(e.start), e.id)))


def _workshops(progress: CountryProgress) -> tuple[Event, ...]:
    return tuple(e for e in _attended(progress) if e.kind in WORKSHOP_KINDS)


def _stage_counts(rows: Sequence[CountryProgress], treaty: Treaty) -> tuple[StageCount, ...]:
    return tuple(
        StageCount(stage, tuple(r.country.code for r in rows if r.stage(treaty).stage is stage))
        for stage in STAGE_ORDER
    )


def _deposit(progress: CountryProgress) -> Milestone | None:
    deposits = [
        m
        for m in progress.stage(Treaty.BUDAPEST).milestones
        if m.stage in DEPOSITS and m.date is not None
    ]
    return min(deposits, key=milestone_key) if deposits else None


def _lag(progress: CountryProgress) -> WorkshopLag | None:
    workshops = _workshops(progress)
    deposit = _deposit(progress)
    if not workshops or deposit is None or deposit.date is None:
        return None
    first = workshops[0]
    if not deposit.date.certainly_on_or_after(first.start.start):
        return None
    days = (deposit.date.start - first.start.start).days
    approximate = first.start.exact is None or deposit.date.exact is None
    return WorkshopLag(progress.country, first, deposit, days, approximate)


def _summary(rows: Sequence[CountryProgress], dormant_after: int) -> Summary:
    lags = tuple(lag for lag in map(_lag, rows) if lag is not None)
    return Summary(
        countries=len(rows),
        budapest=_stage_counts(rows, Treaty.BUDAPEST),
        protocol_2=_stage_counts(rows, Treaty.PROTOCOL_2),
        deposited=sum(
            (stage := r.stage(Treaty.BUDAPEST).stage) is not None
            and stage.rank >= TreatyStage.RATIFIED.rank
            for r in rows
        ),
        in_force=sum(r.stage(Treaty.BUDAPEST).stage is TreatyStage.IN_FORCE for r in rows),
        invited=sum(r.stage(Treaty.BUDAPEST).stage is TreatyStage.INVITED for r in rows),
        pending_bills=sum(len(r.pending_bills) for r in rows),
        countries_with_pending_bills=sum(bool(r.pending_bills) for r in rows),
        dormant_bills=sum(len(r.dormant_bills) for r in rows),
        dormant_after=dormant_after,
        lags=lags,
        median_days=statistics.median(lag.days for lag in lags) if lags else None,
    )


def _graded(progress: CountryProgress) -> tuple[GradedProvision, ...]:
    """Every grade of the laws in force and pending bills: a provision's
    grade, or a schema-1 ``articles`` grade where no provision names the
    article (as :meth:`Legislation.grades` counts them)."""
    found: list[GradedProvision] = []
    for status in (*progress.laws_in_force, *progress.pending_bills):
        item = status.item
        named = set()
        for p in item.provisions:
            if p.grade is not None:
                named.add(p.article)
                found.append(
                    GradedProvision(
                        p.article,
                        item,
                        status.pending,
                        p.provision,
                        p.grade,
                        p.sources,
                        p.evidence,
                        p.evidence_source,
                    )
                )
        for article, grade in item.articles.items():
            if article not in named:
                found.append(
                    GradedProvision(
                        article, item, status.pending, None, grade, item.articles_sources
                    )
                )
    return tuple(sorted(found, key=lambda g: (g.article, g.pending)))


def _assessment_sources(progress: CountryProgress) -> tuple[str, ...]:
    """The sources of the grades (a provision's, and schema 1's articles_sources)."""
    ids: list[str] = []
    for status in (*progress.laws_in_force, *progress.pending_bills):
        item = status.item
        if item.articles:
            ids.extend(item.articles_sources)
        for provision in item.provisions:
            if provision.grade is not None:
                ids.extend(provision.sources)
    return tuple(dict.fromkeys(ids))


def _row_sources(progress: CountryProgress) -> tuple[str, ...]:
    """What the per-country table states: current stages, laws, bills, scores."""
    ids: list[str] = []
    for treaty in Treaty:
        current = progress.stage(treaty)
        for milestone in current.milestones:
            if milestone.stage is current.stage and milestone.date == current.date:
                ids.extend(milestone.sources)
    for status in (*progress.laws_in_force, *progress.pending_bills):
        if status.history:
            ids.extend(status.history[-1].sources)
    ids.extend(_assessment_sources(progress))
    return tuple(dict.fromkeys(ids))


def _coverage(
    rows: Sequence[CountryProgress],
) -> tuple[tuple[CoverageRow, ...], tuple[Country, ...]]:
    matrix = []
    unassessed = []
    for row in rows:
        cells = tuple(CoverageCell(a, row.coverage[a], row.projected[a]) for a in ARTICLES)
        if any(c.enacted is not None or c.projected is not None for c in cells):
            matrix.append(CoverageRow(row.country, cells, _assessment_sources(row), _graded(row)))
        else:
            unassessed.append(row.country)
    return tuple(matrix), tuple(unassessed)


def _timeline(rows: Sequence[CountryProgress]) -> tuple[CountryTimeline, ...]:
    result = []
    for row in rows:
        keyed: list[tuple[tuple[object, ...], int, int, TimelineEntry]] = []
        for index, treaty in enumerate(Treaty):
            # each treaty's steps come in order, an undated one with its stage:
            # it sorts with the dated step that follows it
            milestones = row.stage(treaty).milestones
            later: tuple[object, ...] = ((dt.date.max, dt.date.max), 0)
            for position in reversed(range(len(milestones))):
                milestone = milestones[position]
                if milestone.date is not None:
                    later = milestone_key(milestone)
                keyed.append((later, index, position, TimelineEntry(treaty, milestone)))
        keyed.sort(key=lambda k: k[:3])
        result.append(CountryTimeline(row.country, tuple(k[3] for k in keyed)))
    return tuple(result)


def _participation(rows: Sequence[CountryProgress]) -> tuple[ParticipationRow, ...]:
    attended: dict[str, dict[str, int | None]] = {}
    events: dict[str, Event] = {}
    for row in rows:
        for event in _attended(row):
            events[event.id] = event
            for participant in event.participants:
                if participant.country == row.country.code:
                    attended.setdefault(event.id, {})[row.country.code] = participant.delegates
    order = sorted(events.values(), key=lambda e: (_date_key(e.start), e.id))
    codes = [r.country.code for r in rows]
    return tuple(
        ParticipationRow(e, {c: attended[e.id][c] for c in codes if c in attended[e.id]})
        for e in order
    )


def _outcomes(progress: CountryProgress, since: dt.date) -> tuple[Outcome, ...]:
    found: list[Outcome] = []
    for treaty in Treaty:
        for m in progress.stage(treaty).milestones:
            if m.date is not None and m.date.certainly_on_or_after(since):
                found.append(
                    Outcome(
                        OutcomeKind.TREATY,
                        m.date,
                        treaty.label,
                        treaty.value,
                        m.stage.value,
                        m.sources,
                    )
                )
    for status in progress.legislation:
        item = status.item
        for entry in status.history:
            if entry.date is not None and entry.date.certainly_on_or_after(since):
                found.append(
                    Outcome(
                        OutcomeKind.LEGISLATION,
                        entry.date,
                        item.label,
                        item.id,
                        entry.status.value,
                        entry.sources,
                    )
                )
    # a law replaced by another: on the day that one became law, after it
    for status in progress.legislation:
        item = status.item
        replaced_on = status.superseded_on
        if (
            status.superseded_by is not None
            and status.status is not Status.SUPERSEDED
            and replaced_on is not None
            and replaced_on.certainly_on_or_after(since)
        ):
            found.append(
                Outcome(
                    OutcomeKind.LEGISLATION,
                    replaced_on,
                    item.label,
                    item.id,
                    Status.SUPERSEDED.value,
                    _enacting_sources(status.superseded_by),
                    status.superseded_by,
                )
            )

    def thread(outcome: Outcome) -> str:
        law = outcome.superseded_by
        return f"{outcome.kind.value}:{law.id if law else outcome.subject_id}"

    return tuple(chronological(found, lambda o: o.date, thread))


def _enacting_sources(law: Legislation) -> tuple[str, ...]:
    """The sources of the steps that made ``law`` law."""
    ids = [s for e in law.history if e.status in STARTS_FORCE for s in e.sources]
    return tuple(dict.fromkeys(ids))


def _capacity(rows: Sequence[CountryProgress]) -> tuple[CapacityRow, ...]:
    result = []
    for row in rows:
        workshops = _workshops(row)
        outcomes = _outcomes(row, workshops[0].start.start) if workshops else ()
        result.append(CapacityRow(row.country, workshops, outcomes))
    return tuple(result)


def _quiet(
    dataset: Dataset, rows: Sequence[CountryProgress], report_date: dt.date
) -> tuple[dt.date, tuple[QuietCountry, ...]]:
    window_start = add_months(report_date, -QUIET_MONTHS)
    # index workshops by participant once: scanning every event per country
    # made this quadratic in the size of the dataset
    held_by: dict[str, list[Event]] = {}
    for event in dataset.events:
        if event.kind in WORKSHOP_KINDS and not event.planned and event.start.start <= report_date:
            for participant in event.participants:
                held_by.setdefault(participant.country, []).append(event)
    result = []
    for row in rows:
        invited = row.stage(Treaty.BUDAPEST).stage is TreatyStage.INVITED
        pending = len(row.pending_bills)
        if not invited and not pending:
            continue
        code = row.country.code
        held = sorted(held_by.get(code, ()), key=lambda e: (_date_key(e.start), e.id))
        if any(e.last_day.end >= window_start for e in held):
            continue
        result.append(QuietCountry(row.country, invited, pending, held[-1] if held else None))
    return window_start, tuple(result)


def changes_since(
    dataset: Dataset, rows: Sequence[CountryProgress], since: dt.date, day: dt.date
) -> tuple[tuple[Change, ...], int]:
    """Dated facts about the selected countries from ``since`` to ``day``, and
    how many more *may* fall in that period but cannot be placed in it.

    The period is :func:`accession_cli.core.analysis.timeline.changes_in_window`'s (the
    one ``accession diff --since`` uses): a fact is in it when every day its
    partial date can mean lies in it (``2024`` is not "since 2024-03"); an
    event counts when it is held (not planned) with a selected country taking
    part or hosting. Undated facts cannot be placed in time and are left out.
    """
    from accession_cli.core.analysis.timeline import FactKind, changes_in_window

    codes = [r.country.code for r in rows]
    window = changes_in_window(dataset, since, day, countries=set(codes))
    legislation = dataset.legislation()
    found: list[tuple[tuple[object, ...], Change]] = []
    for fact in window.facts:
        if fact.kind is FactKind.EVENT:
            if fact.planned:
                continue
            present = set(fact.participants) | ({fact.host} if fact.host else set())
            countries = tuple(c for c in codes if c in present)
            change = Change(
                fact.date,
                ChangeKind.EVENT,
                countries,
                fact.title,
                fact.subject,
                fact.what,
                fact.sources,
            )
            rank = 0
        elif fact.kind is FactKind.STAGE:
            treaty = Treaty(fact.subject)
            change = Change(
                fact.date,
                ChangeKind.TREATY,
                (fact.country or "",),
                treaty.label,
                treaty.value,
                fact.what,
                fact.sources,
            )
            rank = TreatyStage(fact.what).rank
        else:
            item = legislation.get(fact.subject)
            change = Change(
                fact.date,
                ChangeKind.LEGISLATION,
                (fact.country or "",),
                item.label if item else fact.title,
                fact.subject,
                fact.what,
                fact.sources,
            )
            rank = Status(fact.what).rank
        thread = (change.countries, change.kind.value, change.subject_id)
        found.append(((thread, rank, fact.date.sort_key()), change))
    # within one treaty or law, lifecycle order where partial dates overlap
    found.sort(key=lambda pair: pair[0])
    ordered = chronological(
        (change for _, change in found),
        lambda c: c.date,
        lambda c: f"{c.countries}:{c.kind.value}:{c.subject_id}",
    )
    return tuple(ordered), len(window.possible)


def _citations(
    dataset: Dataset,
    rows: Sequence[CountryProgress],
    timeline: Sequence[CountryTimeline],
    participation: Sequence[ParticipationRow],
    capacity: Sequence[CapacityRow],
    changes: Sequence[Change] | None,
    declarations: Sequence[tuple[Country, tuple[Declaration, ...]]] = (),
) -> tuple[tuple[Source, ...], dict[str, int]]:
    """Number every cited source in the order the report first cites it."""
    order: list[str] = []
    for row in rows:
        order.extend(_row_sources(row))
    for line in timeline:
        for entry in line.entries:
            order.extend(entry.milestone.sources)
    for prow in participation:
        order.extend(prow.event.sources)
    for crow in capacity:
        for outcome in crow.outcomes:
            order.extend(outcome.sources)
    for change in changes or ():
        order.extend(change.sources)
    for _, made in declarations:
        for declaration in made:
            order.extend(declaration.sources)
    known = {s.id: s for s in dataset.sources}
    sources = tuple(known[i] for i in dict.fromkeys(order) if i in known)
    return sources, {s.id: n for n, s in enumerate(sources, 1)}


# ---------------------------------------------------------------- entry point


def build_report(
    dataset: Dataset,
    filters: CountryFilter,
    *,
    report_date: dt.date,
    as_of: dt.date | None = None,
    since: dt.date | None = None,
    dormant_after: int = DORMANT_YEARS,
) -> Report:
    """The whole report for the countries the filters select, in name order."""
    day = as_of or dataset.manifest.as_of.end
    rows = list_view(dataset, filters, day=day, dormant_after=dormant_after).rows
    coverage, unassessed = _coverage(rows)
    timeline = _timeline(rows)
    participation = _participation(rows)
    capacity = _capacity(rows)
    quiet_from, quiet = _quiet(dataset, rows, report_date)
    changes, uncertain = changes_since(dataset, rows, since, day) if since else (None, 0)
    declarations = tuple(
        (row.country, made)
        for row in rows
        if (made := tuple(d for d in row.country.declarations if d.in_effect(day)))
    )
    sources, citations = _citations(
        dataset, rows, timeline, participation, capacity, changes, declarations
    )
    return Report(
        dataset=dataset_info(dataset),
        as_of=day,
        report_date=report_date,
        since=since,
        treaty=filters.treaty,
        filters=tuple(filters.describe()),
        countries=rows,
        summary=_summary(rows, dormant_after),
        coverage=coverage,
        unassessed=unassessed,
        timeline=timeline,
        participation=participation,
        capacity=capacity,
        quiet_from=quiet_from,
        quiet=quiet,
        changes=changes,
        uncertain_changes=uncertain,
        sources=sources,
        citations=citations,
        names={row.country.code: row.country.name for row in rows},
        selection=_selection(filters, rows),
        declarations=declarations,
    )


def _selection(filters: CountryFilter, rows: Sequence[CountryProgress]) -> str:
    """The report's subject in words, from the filters that choose countries."""
    parts = []
    if filters.countries:
        parts.append(", ".join(row.country.name for row in rows))
    else:
        if filters.members:
            parts.append(" and ".join(m.value for m in filters.members) + " member states")
        if filters.regions:
            parts.append(regions_text(filters.regions))
    return ", ".join(parts)
