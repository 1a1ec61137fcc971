"""The read views as typed values: what ``list``, ``show``, ``drafts`` and
``events`` show, computed from a dataset and the user's filters. Renderers
turn these into tables, Markdown, JSON or CSV; they never see YAML.
"""

from __future__ import annotations

import datetime as dt
import difflib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from accession_cli.core.analysis.progress import (
    CountryProgress,
    LegislationStatus,
    country_progress,
    participation,
)
from accession_cli.core.data.dates import PartialDate
from accession_cli.core.data.enums import DORMANT_YEARS
from accession_cli.core.data.enums import SortKey as SortKey
from accession_cli.core.data.errors import UsageError
from accession_cli.core.data.model import (
    ARTICLE_TITLES,
    ARTICLES,
    Country,
    Coverage,
    Dataset,
    Declaration,
    Event,
    EventKind,
    LegislationKind,
    Membership,
    Region,
    Source,
    Status,
    Treaty,
    TreatyStage,
)
from accession_cli.core.data.record import Record


@dataclass(frozen=True, slots=True, repr=False)
class DatasetInfo(Record):
    version: str
    as_of: PartialDate
    title: str | None
    origin: str


@dataclass(frozen=True, slots=True, repr=False)
class CountryFilter(Record):
    countries: tuple[str, ...] = ()
    regions: tuple[Region, ...] = ()
    members: tuple[Membership, ...] = ()
    stages: tuple[TreatyStage, ...] = ()
    min_stage: TreatyStage | None = None
    treaty: Treaty = Treaty.BUDAPEST

    def describe(self) -> list[str]:
        parts = []
        if self.countries:
            parts.append("country " + ", ".join(self.countries))
        if self.regions:
            parts.append("region " + ", ".join(r.value for r in self.regions))
        if self.members:
            parts.append("member of " + ", ".join(m.value for m in self.members))
        if self.stages:
            parts.append(f"{self.treaty.value} stage " + ", ".join(s.value for s in self.stages))
        if self.min_stage:
            parts.append(f"{self.treaty.value} stage at least {self.min_stage.value}")
        return parts


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().strip()


def resolve_country(dataset: Dataset, query: str) -> Country | None:
    """Alpha-2, alpha-3 or name, case- and accent-insensitive.

    Returns None for a real country that the dataset does not hold; raises
    :class:`UsageError` (with a suggestion) for a name nobody knows.
    """
    names = tuple((c.code, c.name, ()) for c in dataset.countries)
    code = resolve_code(names, query)
    return None if code is None else dataset.country(code)


def resolve_code(names: Sequence[tuple[str, str, tuple[str, ...]]], query: str) -> str | None:
    """:func:`resolve_country` from each country's code, name and other names
    alone (what a snapshot's index holds, before any record is decoded)."""
    folded = _fold(query)
    codes = {code for code, _, _ in names}
    if query.strip().upper() in codes:
        return query.strip().upper()
    for code, name, _ in names:
        if _fold(name) == folded:
            return code
    import pycountry

    iso = None
    try:
        iso = pycountry.countries.lookup(query.strip())
    except LookupError:
        for candidate in pycountry.countries:
            known = {
                candidate.name,
                getattr(candidate, "common_name", ""),
                getattr(candidate, "official_name", ""),
            }
            if folded in {_fold(n) for n in known if n}:
                iso = candidate
                break
    if iso is not None:
        return iso.alpha_2 if iso.alpha_2 in codes else None
    choices = {_fold(name): name for _, name, _ in names}
    match = difflib.get_close_matches(folded, list(choices), n=1, cutoff=0.6)
    hint = f"; did you mean '{choices[match[0]]}'?" if match else ""
    raise UsageError(f"unknown country '{query}'{hint}")


def select_countries(
    dataset: Dataset,
    filters: CountryFilter,
    day: dt.date,
    *,
    dormant_after: int = DORMANT_YEARS,
) -> list[CountryProgress]:
    countries: Sequence[Country] = dataset.countries
    if filters.countries:
        wanted = [resolve_country(dataset, q) for q in filters.countries]
        codes = {c.code for c in wanted if c is not None}
        countries = [c for c in countries if c.code in codes]
    if filters.regions:
        countries = [c for c in countries if c.region in filters.regions]
    if filters.members:
        countries = [c for c in countries if set(filters.members) <= set(c.memberships)]
    events = participation(dataset)
    rows = [
        country_progress(
            dataset, c, day, participated=events.get(c.code, ()), dormant_after=dormant_after
        )
        for c in countries
    ]
    if filters.stages:
        rows = [r for r in rows if r.stage(filters.treaty).stage in filters.stages]
    if filters.min_stage is not None:
        floor = filters.min_stage.rank
        rows = [
            r for r in rows if (s := r.stage(filters.treaty).stage) is not None and s.rank >= floor
        ]
    return rows


def _sorted(rows: list[CountryProgress], key: SortKey, treaty: Treaty) -> list[CountryProgress]:
    if key is SortKey.STAGE:

        def stage_key(row: CountryProgress) -> tuple[object, ...]:
            status = row.stage(treaty)
            rank = status.stage.rank if status.stage else -1
            date = status.date.sort_key() if status.date else (dt.date.max, dt.date.max)
            return (-rank, date, row.country.name)

        return sorted(rows, key=stage_key)
    if key is SortKey.SCORE:
        return sorted(
            rows, key=lambda r: (-sum(s.score for s in r.scores.values()), r.country.name)
        )
    return sorted(rows, key=lambda r: _fold(r.country.name))


def dataset_info(dataset: Dataset) -> DatasetInfo:
    m = dataset.manifest
    return DatasetInfo(m.version, m.as_of, m.title, dataset.origin)


@dataclass(frozen=True, slots=True, repr=False)
class ListView(Record):
    dataset: DatasetInfo
    as_of: dt.date
    treaty: Treaty
    filters: tuple[str, ...]
    rows: tuple[CountryProgress, ...]
    dormant_after: int = DORMANT_YEARS


def list_view(
    dataset: Dataset,
    filters: CountryFilter,
    *,
    day: dt.date | None = None,
    sort: SortKey = SortKey.NAME,
    dormant_after: int = DORMANT_YEARS,
) -> ListView:
    day = day or dataset.manifest.as_of.end
    rows = _sorted(
        select_countries(dataset, filters, day, dormant_after=dormant_after), sort, filters.treaty
    )
    return ListView(
        dataset_info(dataset),
        day,
        filters.treaty,
        tuple(filters.describe()),
        tuple(rows),
        dormant_after,
    )


@dataclass(frozen=True, slots=True, repr=False)
class ProvisionRow(Record):
    """What one law or bill says about one Convention article."""

    status: LegislationStatus
    #: the domestic provision; None for a schema-1 grade with no provision named
    provision: str | None
    grade: Coverage | None
    sources: tuple[str, ...]
    note: str | None = None
    #: the source's words behind the grade, and the source they come from
    evidence: str | None = None
    evidence_source: str | None = None


@dataclass(frozen=True, slots=True, repr=False)
class ArticleRow(Record):
    article: int
    title: str
    #: the best grade among laws in force (what the scores count)
    grade: Coverage | None
    #: the best grade if pending bills passed
    projected: Coverage | None
    provisions: tuple[ProvisionRow, ...]


def article_rows(progress: CountryProgress) -> tuple[ArticleRow, ...]:
    """Every article a law or bill of the country grades or names a provision
    for, in article order; the others are not assessed."""
    found: dict[int, list[ProvisionRow]] = {}
    for status in progress.legislation:
        if status.status is None:
            continue  # not yet drafted on the date
        item = status.item
        named = {p.article for p in item.provisions}
        for provision in item.provisions:
            found.setdefault(provision.article, []).append(
                ProvisionRow(
                    status,
                    provision.provision,
                    provision.grade,
                    provision.sources,
                    provision.note,
                    provision.evidence,
                    provision.evidence_source,
                )
            )
        for article, grade in item.articles.items():
            if article not in named:
                found.setdefault(article, []).append(
                    ProvisionRow(status, None, grade, item.articles_sources)
                )
    return tuple(
        ArticleRow(
            article,
            ARTICLE_TITLES[article],
            progress.coverage.get(article),
            progress.projected.get(article),
            tuple(found[article]),
        )
        for article in sorted(found)
    )


@dataclass(frozen=True, slots=True, repr=False)
class ShowView(Record):
    dataset: DatasetInfo
    progress: CountryProgress
    #: every source the profile cites, numbered in order of first citation
    sources: tuple[Source, ...]
    citations: dict[str, int] = field(default_factory=dict)
    articles: tuple[ArticleRow, ...] = ()
    #: articles 2-35 that no law or bill of the country grades or names
    not_assessed: tuple[int, ...] = ()
    #: reservations, declarations and designations made by the date
    declarations: tuple[Declaration, ...] = ()

    def cite(self, source_ids: Sequence[str]) -> str:
        return "".join(f"[{self.citations[s]}]" for s in source_ids if s in self.citations)


def show_view(dataset: Dataset, query: str, *, day: dt.date | None = None) -> ShowView | None:
    country = resolve_country(dataset, query)
    if country is None:
        return None
    day = day or dataset.manifest.as_of.end
    progress = country_progress(dataset, country, day)
    articles = article_rows(progress)
    # made by the date (an undated one counts as made); a withdrawn one stays
    # in the profile with its withdrawal date, as the Treaty Office lists it
    declarations = tuple(
        d for d in country.declarations if d.date is None or d.date.certainly_on_or_before(day)
    )
    order: list[str] = list(country.sources)
    for treaty in Treaty:
        for milestone in progress.treaties[treaty].milestones:
            order.extend(milestone.sources)
    for status in progress.legislation:
        for entry in status.history:
            order.extend(entry.sources)
    for row in articles:
        for provision in row.provisions:
            order.extend(provision.sources)
    for declaration in declarations:
        order.extend(declaration.sources)
    for event in progress.events:
        order.extend(event.sources)
    numbered: dict[str, int] = {}
    for source_id in order:
        numbered.setdefault(source_id, len(numbered) + 1)
    sources = tuple(s for s in (dataset.source(i) for i in numbered) if s is not None)
    citations = {s.id: i + 1 for i, s in enumerate(sources)}
    graded = {row.article for row in articles}
    return ShowView(
        dataset_info(dataset),
        progress,
        sources,
        citations,
        articles,
        tuple(a for a in ARTICLES if a not in graded),
        declarations,
    )


@dataclass(frozen=True, slots=True, repr=False)
class DraftRow(Record):
    country: Country
    status: LegislationStatus


@dataclass(frozen=True, slots=True, repr=False)
class DraftsView(Record):
    dataset: DatasetInfo
    as_of: dt.date
    rows: tuple[DraftRow, ...]


PENDING = "pending"
DORMANT = "dormant"


def drafts_view(
    dataset: Dataset,
    *,
    countries: tuple[str, ...] = (),
    status: str | None = None,
    kind: LegislationKind | None = None,
    day: dt.date | None = None,
    dormant_after: int = DORMANT_YEARS,
) -> DraftsView:
    day = day or dataset.manifest.as_of.end
    wanted: Status | None = None
    if status is not None and status not in (PENDING, DORMANT):
        try:
            wanted = Status(status)
        except ValueError:
            valid = ", ".join([PENDING, DORMANT, *(s.value for s in Status)])
            raise UsageError(f"unknown status '{status}' (valid: {valid})") from None
    rows = []
    for progress in select_countries(
        dataset, CountryFilter(countries=countries), day, dormant_after=dormant_after
    ):
        for item_status in progress.legislation:
            if item_status.status is None:
                continue  # not yet drafted on that date
            if kind is not None and item_status.item.kind is not kind:
                continue
            if status == PENDING and not item_status.pending:
                continue
            if status == DORMANT and not item_status.dormant:
                continue
            if wanted is not None and item_status.status is not wanted:
                continue
            rows.append(DraftRow(progress.country, item_status))
    rows.sort(
        key=lambda r: (
            _fold(r.country.name),
            r.status.date.sort_key() if r.status.date else (dt.date.max,) * 2,
        )
    )
    return DraftsView(dataset_info(dataset), day, tuple(rows))


@dataclass(frozen=True, slots=True, repr=False)
class EventsView(Record):
    dataset: DatasetInfo
    events: tuple[Event, ...]
    names: dict[str, str]


def events_view(
    dataset: Dataset,
    *,
    countries: tuple[str, ...] = (),
    start: dt.date | None = None,
    end: dt.date | None = None,
    kinds: tuple[EventKind, ...] = (),
    topics: tuple[str, ...] = (),
) -> EventsView:
    codes: set[str] | None = None
    if countries:
        codes = set()
        for query in countries:
            country = resolve_country(dataset, query)
            if country is not None:
                codes.add(country.code)
    selected = []
    for event in dataset.events:
        if codes is not None and not any(event.involves(code) for code in codes):
            continue
        # --from/--to keep events that certainly fall inside the window
        if start is not None and not event.start.certainly_on_or_after(start):
            continue
        if end is not None and not event.last_day.certainly_on_or_before(end):
            continue
        if kinds and event.kind not in kinds:
            continue
        if topics and not set(topics) & set(event.topics):
            continue
        selected.append(event)
    names = {c.code: c.name for c in dataset.countries}
    return EventsView(dataset_info(dataset), tuple(selected), names)


@dataclass(frozen=True, slots=True, repr=False)
class MapEntry(Record):
    """One country of a choropleth map: its stage of one treaty on a day."""

    code: str
    name: str
    region: Region
    stage: TreatyStage | None
    date: PartialDate | None


@dataclass(frozen=True, slots=True, repr=False)
class MapView(Record):
    dataset: DatasetInfo
    as_of: dt.date
    treaty: Treaty
    filters: tuple[str, ...]
    countries: tuple[MapEntry, ...]
    #: names of the dataset's other countries (drawn grey, named in their tooltips)
    names: Mapping[str, str] = field(default_factory=dict)


def map_entries(rows: Iterable[CountryProgress], treaty: Treaty) -> tuple[MapEntry, ...]:
    entries = []
    for row in rows:
        status = row.stage(treaty)
        entries.append(
            MapEntry(
                row.country.code, row.country.name, row.country.region, status.stage, status.date
            )
        )
    return tuple(entries)


def map_view(
    dataset: Dataset, filters: CountryFilter, *, day: dt.date | None = None, treaty: Treaty
) -> MapView:
    """The countries the filters select, coloured by ``treaty``'s stage on ``day``."""
    day = day or dataset.manifest.as_of.end
    rows = select_countries(dataset, filters, day)
    return MapView(
        dataset_info(dataset),
        day,
        treaty,
        tuple(filters.describe()),
        map_entries(rows, treaty),
        {c.code: c.name for c in dataset.countries},
    )
