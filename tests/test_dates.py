"""Partial dates: parsing, honest comparison, the three-month rule."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accession_cli.core.data.dates import (
    DateError,
    PartialDate,
    Precision,
    add_months,
    entry_into_force,
    parse_query_date,
    parse_window_start,
)


@pytest.mark.parametrize(
    ("text", "precision", "start", "end"),
    [
        ("2004", Precision.YEAR, dt.date(2004, 1, 1), dt.date(2004, 12, 31)),
        ("2004-12", Precision.MONTH, dt.date(2004, 12, 1), dt.date(2004, 12, 31)),
        ("2024-02", Precision.MONTH, dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2019-08-26", Precision.DAY, dt.date(2019, 8, 26), dt.date(2019, 8, 26)),
    ],
)
def test_parse_gives_the_whole_interval(
    text: str, precision: Precision, start: dt.date, end: dt.date
) -> None:
    date = PartialDate.parse(text)
    assert (date.precision, date.start, date.end, str(date)) == (precision, start, end, text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2019-13", "'2019-13' has no month 13"),
        ("2019-02-30", "'2019-02-30' is not a day of 2019-02 (it has 28 days)"),
        ("26/08/2019", "'26/08/2019' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY"),
        ("2019-8-26", "'2019-8-26' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY"),
    ],
)
def test_invalid_dates_say_why(text: str, message: str) -> None:
    with pytest.raises(DateError) as caught:
        PartialDate.parse(text)
    assert str(caught.value) == message


def test_a_month_is_neither_before_nor_after_a_day_inside_it() -> None:
    month, day = PartialDate.parse("2004-12"), PartialDate.parse("2004-12-09")
    assert not month.certainly_before(day)
    assert not day.certainly_before(month)
    assert PartialDate.parse("2004-11").certainly_before(day)


def test_as_of_includes_a_month_only_once_it_is_over() -> None:
    month = PartialDate.parse("2004-12")
    assert not month.certainly_on_or_before(dt.date(2004, 12, 30))
    assert month.certainly_on_or_before(dt.date(2004, 12, 31))


def test_query_dates_mean_the_end_of_their_period() -> None:
    assert parse_query_date("2010-08") == dt.date(2010, 8, 31)
    assert parse_query_date("2010") == dt.date(2010, 12, 31)
    assert parse_query_date("2010-08-15") == dt.date(2010, 8, 15)
    assert parse_window_start("2010") == dt.date(2010, 1, 1)


@pytest.mark.parametrize(
    ("deposit", "in_force"),
    [
        # worked examples from the domain notes (real deposits)
        ("2013-02-07", "2013-06-01"),
        ("2015-07-08", "2015-11-01"),
        ("2017-04-20", "2017-08-01"),
        ("2019-08-26", "2019-12-01"),
        ("2020-03-01", "2020-07-01"),
        # three months after 30 November is clamped to 29 February
        ("2019-11-30", "2020-03-01"),
        ("2006-09-29", "2007-01-01"),
    ],
)
def test_three_month_rule(deposit: str, in_force: str) -> None:
    assert entry_into_force(dt.date.fromisoformat(deposit)) == dt.date.fromisoformat(in_force)


OUT_OF_RANGE = ["0000", "0000-01", "0000-01-01", "10000-01-01"]


@pytest.mark.parametrize("text", OUT_OF_RANGE)
def test_dates_outside_the_calendar_are_refused_with_a_reason(text: str) -> None:
    with pytest.raises(DateError, match=f"'{text}' "):
        PartialDate.parse(text)


@given(st.one_of(st.text(), st.from_regex(r"\A[0-9]{1,5}(-[0-9]{1,3}){0,2}\Z")))
def test_any_text_is_a_valid_date_or_a_date_error(text: str) -> None:
    """Never an exception other than DateError, and every date it accepts can
    be compared, shifted by the three-month rule and printed back."""
    try:
        date = PartialDate.parse(text)
    except DateError:
        return
    assert date.start <= date.end
    assert str(PartialDate.parse(str(date))) == str(date)
    assert entry_into_force(date.end) >= date.end
    assert add_months(date.start, -120) <= date.start


def test_the_three_month_rule_at_the_end_of_the_calendar_stops_there() -> None:
    assert entry_into_force(dt.date(9999, 12, 31)) == dt.date.max
    assert add_months(dt.date(1, 1, 1), -1) == dt.date.min
