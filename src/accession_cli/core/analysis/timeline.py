"""What happened in a period: treaty stages reached, legislation statuses,
events held, from one dataset.

Both ends of the period are inclusive days. A fact is *in* the period when
its date is certainly inside it: every day its (partial) date can mean lies
in the period, so ``2010-08`` is in August 2010 but not certainly after
2010-08-15. A fact whose date straddles an end of the period (``2010-08``
against ``--since 2010-08-15``, or an event that starts before the period and
ends in it) is *possibly* in the period and kept apart. Undated facts are in
no period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from enum import Enum

from accession_cli.core.data.dates import PartialDate
from accession_cli.core.data.enums import TREATY_SHORT
from accession_cli.core.data.model import Dataset, Treaty
from accession_cli.core.data.record import Record


class FactKind(str, Enum):
    STAGE = "stage"
    STATUS = "status"
    EVENT = "event"


@dataclass(frozen=True, slots=True, repr=False)
class Fact(Record):
    kind: FactKind
    #: the country it is about; None for an event (see ``participants``)
    country: str | None
    date: PartialDate
    #: an event's last day, when it lasted more than its start
    end: PartialDate | None
    #: treaty key, legislation id or event id
    subject: str
    #: stage reached, status taken, or kind of event
    what: str
    #: treaty short name, legislation title or event title
    title: str
    participants: tuple[str, ...] = ()
    host: str | None = None
    city: str | None = None
    planned: bool = False
    sources: tuple[str, ...] = ()

    @property
    def first_day(self) -> dt.date:
        return self.date.start

    @property
    def last_day(self) -> dt.date:
        return (self.end or self.date).end

    def sort_key(self) -> tuple[object, ...]:
        return (self.date.sort_key(), self.last_day, self.kind.value, self.subject, self.what)


@dataclass(frozen=True, slots=True, repr=False)
class Window(Record):
    since: dt.date | None
    until: dt.date | None
    #: certainly in the period, in date order
    facts: tuple[Fact, ...]
    #: possibly in the period (a partial date or an event straddles an end)
    possible: tuple[Fact, ...]

    def __bool__(self) -> bool:
        return bool(self.facts or self.possible)


def dated_facts(dataset: Dataset, countries: Collection[str] | None = None) -> Iterator[Fact]:
    """Every dated stage, status and event, about ``countries`` (codes) if given."""
    for country in dataset.countries:
        if countries is not None and country.code not in countries:
            continue
        for treaty in Treaty:
            for milestone in country.treaties.get(treaty, ()):
                if milestone.date is not None:
                    yield Fact(
                        FactKind.STAGE,
                        country.code,
                        milestone.date,
                        None,
                        treaty.value,
                        milestone.stage.value,
                        TREATY_SHORT[treaty],
                        sources=milestone.sources,
                    )
        for item in country.legislation:
            for entry in item.history:
                if entry.date is not None:
                    yield Fact(
                        FactKind.STATUS,
                        country.code,
                        entry.date,
                        None,
                        item.id,
                        entry.status.value,
                        item.label,
                        sources=entry.sources,
                    )
    for event in dataset.events:
        if countries is not None and not any(event.involves(code) for code in countries):
            continue
        yield Fact(
            FactKind.EVENT,
            None,
            event.start,
            event.end if event.end is not None and event.end != event.start else None,
            event.id,
            event.kind.value,
            event.title,
            participants=tuple(sorted({p.country for p in event.participants})),
            host=event.place.country if event.place else None,
            city=event.place.city if event.place else None,
            planned=event.planned,
            sources=event.sources,
        )


def changes_in_window(
    dataset: Dataset,
    since: dt.date | None,
    until: dt.date | None,
    countries: Collection[str] | None = None,
) -> Window:
    """The dated facts from ``since`` to ``until`` (inclusive days; None = open).

    Pass the first day of a partial ``--since`` and the last day of a partial
    ``--until`` (:func:`~accession_cli.core.data.dates.parse_window_start`,
    :func:`~accession_cli.core.data.dates.parse_query_date`).
    """
    certain: list[Fact] = []
    possible: list[Fact] = []
    for fact in dated_facts(dataset, countries):
        first, last = fact.first_day, fact.last_day
        if (since is not None and last < since) or (until is not None and first > until):
            continue  # certainly outside
        if (since is None or first >= since) and (until is None or last <= until):
            certain.append(fact)
        else:
            possible.append(fact)
    return Window(
        since,
        until,
        tuple(sorted(certain, key=Fact.sort_key)),
        tuple(sorted(possible, key=Fact.sort_key)),
    )


@dataclass(frozen=True, slots=True, repr=False)
class WindowView(Record):
    version: str
    as_of: PartialDate
    filters: tuple[str, ...]
    window: Window
    #: country code -> name
    names: dict[str, str]
