"""The report model's definitions on small crafted datasets: what counts as a
workshop, the 24-month window, workshop-to-deposit days, the order of facts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from accession_cli.core.analysis.report import build_report, chronological
from accession_cli.core.analysis.views import CountryFilter
from accession_cli.core.data.dates import PartialDate
from accession_cli.core.data.loader import load_dataset
from accession_cli.core.data.model import Dataset
from conftest import COUNTRY_MX, COUNTRY_PE, write_dataset


def event(stem: str, start: str, kind: str = "workshop", *, planned: bool = False) -> str:
    return f"""\
id: {stem}
title: Event {stem}
kind: {kind}
start: {start}
participants:
  - country: MX
sources: [programme]
{"planned: true" if planned else ""}
"""


def dataset(tmp_path: Path, events: dict[str, str], mexico: str = COUNTRY_MX) -> Dataset:
    root = write_dataset(tmp_path / "d", countries={"PE": COUNTRY_PE, "MX": mexico}, events=events)
    loaded = load_dataset(root)
    assert loaded.dataset is not None and not loaded.structural
    return loaded.dataset


def quiet_codes(data: Dataset, report_date: dt.date) -> list[str]:
    built = build_report(data, CountryFilter(countries=("MX",)), report_date=report_date)
    return [q.country.code for q in built.quiet]


def test_the_24_month_window_includes_its_first_day(tmp_path: Path) -> None:
    data = dataset(tmp_path, {"w": event("w", "2024-02-01")})
    assert quiet_codes(data, dt.date(2026, 2, 1)) == []
    assert quiet_codes(data, dt.date(2026, 2, 2)) == ["MX"]


def test_a_year_date_that_may_fall_in_the_window_counts(tmp_path: Path) -> None:
    # "2024" may be any day of 2024: it can fall after 2024-03-01, so Mexico
    # is not reported as left without a workshop
    data = dataset(tmp_path, {"w": event("w", "2024")})
    assert quiet_codes(data, dt.date(2026, 3, 1)) == []
    assert quiet_codes(data, dt.date(2027, 1, 1)) == ["MX"]


def test_meetings_and_planned_events_are_not_workshops(tmp_path: Path) -> None:
    data = dataset(
        tmp_path,
        {
            "m": event("m", "2025-06-01", "meeting"),
            "p": event("p", "2025-07-01", planned=True),
            "t": event("t", "2012-05-01", "training"),
        },
    )
    built = build_report(data, CountryFilter(countries=("MX",)), report_date=dt.date(2026, 1, 1))
    (capacity,) = built.capacity
    assert [e.id for e in capacity.workshops] == ["t"]
    # the meeting is in the participation matrix; the planned event is not
    assert [row.event.id for row in built.participation] == ["t", "m"]
    (quiet,) = built.quiet
    assert quiet.last_workshop is not None and quiet.last_workshop.id == "t"


def test_workshop_to_deposit_days_and_partial_dates(tmp_path: Path) -> None:
    acceded = COUNTRY_MX + (
        "    - stage: acceded\n      date: 2012-08\n      sources: [chart]\n"
        "    - stage: in_force\n      date: 2012-12-01\n      sources: [chart]\n"
    )
    data = dataset(tmp_path, {"t": event("t", "2010-08-26")}, mexico=acceded)
    built = build_report(data, CountryFilter(countries=("MX",)), report_date=dt.date(2026, 1, 1))
    (lag,) = built.summary.lags
    # from 2010-08-26 to 2012-08-01, the first day of the month of deposit
    assert (lag.days, lag.approximate) == (706, True)
    assert built.summary.median_days == 706


def test_a_deposit_before_the_first_workshop_has_no_lag(tmp_path: Path) -> None:
    acceded = COUNTRY_MX + "    - stage: acceded\n      date: 2009-05-05\n      sources: [chart]\n"
    data = dataset(tmp_path, {"t": event("t", "2010-08-26")}, mexico=acceded)
    built = build_report(data, CountryFilter(), report_date=dt.date(2026, 1, 1))
    assert built.summary.lags == ()
    assert built.summary.median_days is None


def test_median_over_several_countries(tmp_path: Path) -> None:
    # Peru (crafted data) acceded 2019-08-26 after the 2010-08-26 workshop
    # (3287 days); Mexico acceded 1000 days after its 2010-08-26 workshop
    acceded = COUNTRY_MX + "    - stage: acceded\n      date: 2013-05-22\n      sources: [chart]\n"
    both = event("w", "2010-08-26").replace(
        "  - country: MX\n", "  - country: MX\n  - country: PE\n"
    )
    data = dataset(tmp_path, {"w": both}, mexico=acceded)
    built = build_report(data, CountryFilter(), report_date=dt.date(2026, 1, 1))
    assert sorted(lag.days for lag in built.summary.lags) == [1000, 3287]
    assert built.summary.median_days == 2143.5


def test_chronological_keeps_lifecycle_order_where_partial_dates_overlap() -> None:
    facts = [
        ("law", "2020-02", "drafting"),
        ("law", "2020", "enacted"),
        ("treaty", "2020-05-01", "signed"),
        ("treaty", "2019-12-31", "invited"),
    ]
    ordered = chronological(facts, lambda f: PartialDate.parse(f[1]), lambda f: f[0])
    assert [f[2] for f in ordered] == ["invited", "drafting", "enacted", "signed"]
