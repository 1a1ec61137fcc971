"""``accession site``: the views a static website of the dataset is built from.

Nothing new is computed here: the site shows the report's summary, coverage
and news window (:func:`build_report`), the rows of ``list``, one ``show``
view per country and the events of ``events``, so every page says what the
command line says.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from accession_cli.core.analysis.export import Export, build_export
from accession_cli.core.analysis.report import Report, build_report
from accession_cli.core.analysis.views import (
    CountryFilter,
    EventsView,
    ListView,
    ShowView,
    events_view,
    list_view,
    show_view,
)
from accession_cli.core.data.enums import DORMANT_YEARS
from accession_cli.core.data.model import Dataset, Manifest, Source
from accession_cli.core.data.record import Record


@dataclass(frozen=True, slots=True, repr=False)
class SiteView(Record):
    manifest: Manifest
    #: the summary, coverage, sources and the news window (``report.changes``)
    report: Report
    #: the rows of ``list`` (also the site's api/index.json)
    listing: ListView
    #: one ``show`` view per country of the listing, in its order
    countries: tuple[ShowView, ...]
    #: the events involving a country of the listing
    events: EventsView
    #: the tables of ``export`` (the site's downloads)
    export: Export
    #: every source of the dataset, by id (the sources page: each fact links to one)
    sources: tuple[Source, ...]
    #: the day the site says it was built, when given (else no date is printed)
    build_date: dt.date | None = None


def default_news_start(as_of: dt.date) -> dt.date:
    """The news page's first day when none is given: two full years before
    the dataset's as-of year (a date from the data, so rebuilds agree)."""
    return dt.date(as_of.year - 2, 1, 1)


def site_view(
    dataset: Dataset,
    filters: CountryFilter,
    *,
    as_of: dt.date | None = None,
    since: dt.date | None = None,
    dormant_after: int = DORMANT_YEARS,
    build_date: dt.date | None = None,
) -> SiteView:
    """Everything the site shows, for the countries the filters select."""
    day = as_of or dataset.manifest.as_of.end
    report = build_report(
        dataset,
        filters,
        # "no workshop in the last 24 months" counts from a date of the data,
        # not from the clock: the same data builds the same site
        report_date=build_date or day,
        as_of=day,
        since=since or default_news_start(day),
        dormant_after=dormant_after,
    )
    listing = list_view(dataset, filters, day=day, dormant_after=dormant_after)
    shows = []
    for row in listing.rows:
        view = show_view(dataset, row.country.code, day=day)
        if view is not None:
            shows.append(view)
    # every event a selected country attended or hosted, planned ones too
    events = events_view(dataset, filters)
    return SiteView(
        dataset.manifest,
        report,
        listing,
        tuple(shows),
        events,
        build_export(dataset, filters, day=day),
        tuple(sorted(dataset.sources, key=lambda s: s.id)),
        build_date,
    )
