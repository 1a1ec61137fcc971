"""Dates known to a year, a month or a day, compared honestly.

Sources often give only "June 2018" or "2004". A :class:`PartialDate` is the
whole interval it names: ``2004-12`` runs from 2004-12-01 to 2004-12-31, so it
is neither before nor after ``2004-12-09``. "As of D" includes a fact only
when its date is *certainly* on or before D, i.e. when the interval ends by D.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum
from functools import cached_property

from accession_cli.core.data.record import Record

_PATTERN = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class Precision(str, Enum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


class DateError(ValueError):
    """A text that is not a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` date."""


# No slots: ``start`` and ``end`` are cached per value (functools.cached_property
# needs an instance dict); the views and the report ask for them 100,000s of times.
@dataclass(frozen=True, order=False, repr=False)
class PartialDate(Record):
    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        match = _PATTERN.fullmatch(text)
        if match is None:
            raise DateError(f"'{text}' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY")
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        if year < dt.MINYEAR:
            raise DateError(
                f"'{text}' is before year {dt.MINYEAR:04d}: years run from 0001 to 9999"
            )
        if month is not None and not 1 <= month <= 12:
            raise DateError(f"'{text}' has no month {month:02d}")
        if day is not None:
            assert month is not None
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise DateError(f"'{text}' is not a day of {year}-{month:02d} (it has {last} days)")
        return cls(year, month, day)

    @classmethod
    def from_date(cls, day: dt.date) -> PartialDate:
        return cls(day.year, day.month, day.day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @cached_property
    def start(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    @cached_property
    def end(self) -> dt.date:
        if self.day is not None:
            assert self.month is not None
            return dt.date(self.year, self.month, self.day)
        if self.month is not None:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, 12, 31)

    @property
    def exact(self) -> dt.date | None:
        """The day, when the date is known to the day."""
        return self.start if self.day is not None else None

    def certainly_on_or_before(self, day: dt.date) -> bool:
        return self.end <= day

    def certainly_on_or_after(self, day: dt.date) -> bool:
        return self.start >= day

    def possibly_on_or_before(self, day: dt.date) -> bool:
        return self.start <= day

    def certainly_before(self, other: PartialDate) -> bool:
        return self.end < other.start

    def sort_key(self) -> tuple[dt.date, dt.date]:
        # A month sorts with its month: by its first day, then the wider
        # interval last, so 2004-12-09 sorts before 2004-12 before 2004.
        return (self.start, self.end)

    def __str__(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


def parse_query_date(text: str) -> dt.date:
    """A date given on the command line: a partial date means its last day.

    ``--as-of 2010-08`` is the end of August 2010; ``--as-of 2010`` the end of 2010.
    """
    return PartialDate.parse(text.strip()).end


def parse_window_start(text: str) -> dt.date:
    """The first day a ``--since``/``--from`` date can mean (``2010`` = 2010-01-01)."""
    return PartialDate.parse(text.strip()).start


def add_months(day: dt.date, months: int) -> dt.date:
    """Calendar months later, clamped to the last day of the target month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    # Python's calendar ends at 9999-12-31 and starts at 0001-01-01: a date
    # computed past either end is that end, never an exception mid-view.
    if year > dt.MAXYEAR:
        return dt.date.max
    if year < dt.MINYEAR:
        return dt.date.min
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def entry_into_force(deposit: dt.date) -> dt.date:
    """Articles 36(4)/37(2): the first day of the month following the
    expiration of a period of three months after the date of the deposit."""
    three_months_later = add_months(deposit, 3)
    return add_months(three_months_later.replace(day=1), 1)
