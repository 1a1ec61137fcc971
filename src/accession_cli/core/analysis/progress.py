"""Where a country stands on a date: the domain logic behind every view.

A fact counts "as of D" when its date is certainly on or before D (a month
date counts once the month is over). An undated fact is only known to be true
by the dataset's own ``as_of``, so it counts from then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cmp_to_key

from accession_cli.core.data.dates import PartialDate, add_months
from accession_cli.core.data.enums import DORMANT_YEARS
from accession_cli.core.data.model import (
    ARTICLES,
    ENDS_FORCE,
    PRE_ENACTMENT,
    STARTS_FORCE,
    TERMINAL,
    ArticleGroup,
    Country,
    Coverage,
    Dataset,
    Event,
    Legislation,
    LegislationKind,
    Milestone,
    Status,
    StatusEntry,
    Treaty,
    TreatyStage,
)
from accession_cli.core.data.record import Record

_COVERAGE_ORDER = {Coverage.NONE: 0, Coverage.PARTIAL: 1, Coverage.FULL: 2}


def counts_by(date: PartialDate | None, day: dt.date, dataset_as_of: dt.date) -> bool:
    """Is a fact with this date certainly true on ``day``?"""
    if date is None:
        return day >= dataset_as_of
    return date.certainly_on_or_before(day)


@dataclass(frozen=True, slots=True, repr=False)
class TreatyStatus(Record):
    treaty: Treaty
    stage: TreatyStage | None
    date: PartialDate | None
    milestones: tuple[Milestone, ...]
    """the milestones reached by the query date, in order"""


@dataclass(frozen=True, slots=True, repr=False)
class LegislationStatus(Record):
    item: Legislation
    status: Status | None
    date: PartialDate | None
    in_force: bool
    pending: bool
    """a bill still before the legislature whose last step is recent"""
    history: tuple[StatusEntry, ...]
    """the entries reached by the query date, in order"""
    dormant: bool = False
    """a bill still before the legislature whose last recorded step is older
    than the dormancy threshold: counted apart from pending bills"""
    superseded_by: Legislation | None = None
    """the first law that names this one in its ``supersedes`` and is law by
    the query date: from then on this one no longer counts"""
    superseded_on: PartialDate | None = None
    """when ``superseded_by`` became law (None: its date is not recorded)"""

    @property
    def superseded(self) -> bool:
        """Replaced: named in a law's ``supersedes``, or its own latest status."""
        return self.superseded_by is not None or self.status is Status.SUPERSEDED


@dataclass(frozen=True, slots=True, repr=False)
class GroupScore(Record):
    group: ArticleGroup
    full: int
    partial: int
    none: int
    articles: int

    @property
    def assessed(self) -> int:
        return self.full + self.partial + self.none

    @property
    def score(self) -> float | None:
        """(full + ½·partial) / articles in the group: unknown counts as nothing.
        None when no article of the group is graded: not assessed is no score
        (never 0.00), in every view and format."""
        if not self.assessed:
            return None
        return round((self.full + 0.5 * self.partial) / self.articles, 2)


@dataclass(frozen=True, slots=True, repr=False)
class CountryProgress(Record):
    country: Country
    as_of: dt.date
    treaties: dict[Treaty, TreatyStatus]
    legislation: tuple[LegislationStatus, ...]
    coverage: dict[int, Coverage | None]
    projected: dict[int, Coverage | None]
    scores: dict[ArticleGroup, GroupScore]
    projected_scores: dict[ArticleGroup, GroupScore]
    events: tuple[Event, ...]

    @property
    def laws_in_force(self) -> tuple[LegislationStatus, ...]:
        return tuple(s for s in self.legislation if s.in_force)

    @property
    def pending_bills(self) -> tuple[LegislationStatus, ...]:
        return tuple(s for s in self.legislation if s.pending)

    @property
    def dormant_bills(self) -> tuple[LegislationStatus, ...]:
        return tuple(s for s in self.legislation if s.dormant)

    def stage(self, treaty: Treaty) -> TreatyStatus:
        return self.treaties[treaty]


def milestone_key(milestone: Milestone) -> tuple[object, ...]:
    date = milestone.date.sort_key() if milestone.date else (dt.date.max, dt.date.max)
    return (date, milestone.stage.rank)


def ordered_milestones(milestones: Iterable[Milestone]) -> tuple[Milestone, ...]:
    """Dated steps in time order; an undated step with its stage: before the
    first dated step of a higher rung (an undated accession before a dated
    entry into force), after every step when no higher rung is dated."""
    milestones = tuple(milestones)
    dated = sorted((m for m in milestones if m.date is not None), key=milestone_key)
    undated = sorted((m for m in milestones if m.date is None), key=lambda m: m.stage.rank)
    result = list(dated)
    for milestone in undated:
        at = next(
            (i for i, m in enumerate(result) if m.stage.rank > milestone.stage.rank),
            len(result),
        )
        result.insert(at, milestone)
    return tuple(result)


def _compare_entries(a: StatusEntry, b: StatusEntry) -> int:
    # Time first where it is certain; where partial dates overlap ("2013"
    # and "2013-09-12"), the lifecycle decides: passed comes before enacted.
    if a.date is not None and b.date is not None:
        if a.date.certainly_before(b.date):
            return -1
        if b.date.certainly_before(a.date):
            return 1
    elif a.date is None and b.date is not None:
        return 1 if a.status.rank >= b.status.rank else -1
    elif b.date is None and a.date is not None:
        return -1 if a.status.rank <= b.status.rank else 1
    if a.status.rank != b.status.rank:
        return -1 if a.status.rank < b.status.rank else 1
    return 0


entry_key = cmp_to_key(_compare_entries)


def ordered_history(entries: Iterable[StatusEntry]) -> tuple[StatusEntry, ...]:
    return tuple(sorted(entries, key=entry_key))


def treaty_status(
    treaty: Treaty, milestones: tuple[Milestone, ...], day: dt.date, dataset_as_of: dt.date
) -> TreatyStatus:
    reached = ordered_milestones(m for m in milestones if counts_by(m.date, day, dataset_as_of))
    if not reached:
        return TreatyStatus(treaty, None, None, ())
    best = max(reached, key=lambda m: (m.stage.rank, milestone_key(m)))
    return TreatyStatus(treaty, best.stage, best.date, reached)


def _counts_from(item: Legislation, day: dt.date, dataset_as_of: dt.date) -> bool:
    """Has this item become law by ``day`` (its first enacted/in_force date)?"""
    return any(
        e.status in STARTS_FORCE and counts_by(e.date, day, dataset_as_of) for e in item.history
    )


def _became_law(item: Legislation) -> PartialDate | None:
    """The earliest recorded date of an enacted/in_force step (None: undated)."""
    dates = [e.date for e in item.history if e.status in STARTS_FORCE and e.date is not None]
    return min(dates, key=lambda d: d.sort_key()) if dates else None


def _replacement(
    superseded_by: Iterable[Legislation], day: dt.date, dataset_as_of: dt.date
) -> tuple[Legislation | None, PartialDate | None]:
    """The first of these laws to become law by ``day``, and when."""
    laws = [other for other in superseded_by if _counts_from(other, day, dataset_as_of)]
    if not laws:
        return None, None
    first = min(laws, key=lambda law: _date_sort_key(_became_law(law)))
    return first, _became_law(first)


def _date_sort_key(date: PartialDate | None) -> tuple[dt.date, dt.date]:
    return date.sort_key() if date is not None else (dt.date.max, dt.date.max)


def legislation_status(
    item: Legislation,
    day: dt.date,
    dataset_as_of: dt.date,
    superseded_by: tuple[Legislation, ...] = (),
    *,
    dormant_after: int = DORMANT_YEARS,
) -> LegislationStatus:
    """``superseded_by``: laws that name this item in their ``supersedes``; once
    one of them is law, this item stops counting even if no date says so.

    A bill before the legislature is *dormant* when its latest dated step
    ended more than ``dormant_after`` years before ``day``; a bill with no
    dated step is never called dormant (its age is unknown)."""
    reached = ordered_history(e for e in item.history if counts_by(e.date, day, dataset_as_of))
    if not reached:
        return LegislationStatus(item, None, None, False, False, ())
    latest = reached[-1]
    statuses = {e.status for e in reached}
    replacement, replaced_on = _replacement(superseded_by, day, dataset_as_of)
    replaced = replacement is not None
    in_force = bool(statuses & STARTS_FORCE) and not statuses & ENDS_FORCE and not replaced
    before_legislature = (
        item.kind is LegislationKind.BILL
        and latest.status in PRE_ENACTMENT
        and not statuses & TERMINAL
        and not replaced
    )
    dated = [e.date for e in reached if e.date is not None]
    dormant = (
        before_legislature
        and bool(dated)
        and max(d.end for d in dated) < add_months(day, -12 * dormant_after)
    )
    pending = before_legislature and not dormant
    return LegislationStatus(
        item,
        latest.status,
        latest.date,
        in_force,
        pending,
        reached,
        dormant,
        superseded_by=replacement,
        superseded_on=replaced_on,
    )


def _best(current: Coverage | None, candidate: Coverage) -> Coverage:
    if current is None or _COVERAGE_ORDER[candidate] > _COVERAGE_ORDER[current]:
        return candidate
    return current


def coverage_of(items: list[Legislation]) -> dict[int, Coverage | None]:
    result: dict[int, Coverage | None] = dict.fromkeys(ARTICLES)
    for item in items:
        for article, coverage in item.grades().items():
            result[article] = _best(result[article], coverage)
    return result


def group_scores(coverage: dict[int, Coverage | None]) -> dict[ArticleGroup, GroupScore]:
    scores = {}
    for group in ArticleGroup:
        values = [coverage[a] for a in group.articles]
        scores[group] = GroupScore(
            group,
            full=values.count(Coverage.FULL),
            partial=values.count(Coverage.PARTIAL),
            none=values.count(Coverage.NONE),
            articles=len(values),
        )
    return scores


def participation(dataset: Dataset) -> dict[str, tuple[Event, ...]]:
    """Each country's events, in dataset order: one pass over the events, so a
    view over every country stays linear in the size of the dataset."""
    result: dict[str, list[Event]] = {}
    for event in dataset.events:
        for code in dict.fromkeys(p.country for p in event.participants):
            result.setdefault(code, []).append(event)
    return {code: tuple(events) for code, events in result.items()}


def country_progress(
    dataset: Dataset,
    country: Country,
    day: dt.date | None = None,
    *,
    participated: Iterable[Event] | None = None,
    dormant_after: int = DORMANT_YEARS,
) -> CountryProgress:
    """``participated``: the country's events, when the caller already has them
    (see :func:`participation`); by default they are found in ``dataset``."""
    dataset_as_of = dataset.manifest.as_of.end
    day = day or dataset_as_of
    treaties = {
        treaty: treaty_status(treaty, country.treaties.get(treaty, ()), day, dataset_as_of)
        for treaty in Treaty
    }
    replacements: dict[str, list[Legislation]] = {}
    for other in country.legislation:
        for replaced_id in other.supersedes:
            replacements.setdefault(replaced_id, []).append(other)
    legislation = tuple(
        legislation_status(
            item,
            day,
            dataset_as_of,
            tuple(replacements.get(item.id, ())),
            dormant_after=dormant_after,
        )
        for item in country.legislation
    )
    enacted = [s.item for s in legislation if s.in_force]
    pending = [s.item for s in legislation if s.pending]
    coverage = coverage_of(enacted)
    projected = coverage_of(enacted + pending)
    if participated is None:
        participated = (
            e for e in dataset.events if any(p.country == country.code for p in e.participants)
        )
    events = tuple(e for e in participated if counts_by(e.start, day, dataset_as_of))
    return CountryProgress(
        country=country,
        as_of=day,
        treaties=treaties,
        legislation=legislation,
        coverage=coverage,
        projected=projected,
        scores=group_scores(coverage),
        projected_scores=group_scores(projected),
        events=events,
    )
