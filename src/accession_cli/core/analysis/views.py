"""The read views as typed values: what ``list``, ``show``, ``drafts`` and
``events`` show, computed from a dataset and the user's filters. Renderers
turn these into tables, Markdown, JSON or CSV; they never see YAML.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
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
from accession_cli.core.data.enums import CONTINENTS, DORMANT_YEARS
from accession_cli.core.data.enums import SortKey as SortKey
from accession_cli.core.data.errors import UsageError, unknown
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
    """The country filters every view shares (``list``, ``drafts``, ``events``,
    ``report``, ``map``, ``export``): a country is selected when it passes
    all of them; an empty filter selects every country."""

    countries: tuple[str, ...] = ()
    regions: tuple[Region, ...] = ()
    members: tuple[Membership, ...] = ()
    stages: tuple[TreatyStage | None, ...] = ()
    """exactly one of these stages of ``treaty``; None: no step recorded"""
    min_stage: TreatyStage | None = None
    max_stage: TreatyStage | None = None
    """at or below this stage of ``treaty``, no step recorded included"""
    treaty: Treaty = Treaty.BUDAPEST

    @property
    def selects_all(self) -> bool:
        return not (
            self.countries
            or self.regions
            or self.members
            or self.stages
            or self.min_stage
            or self.max_stage
        )

    def describe(self) -> list[str]:
        parts = []
        if self.countries:
            parts.append("country " + ", ".join(self.countries))
        if self.regions:
            parts.append("region " + regions_text(self.regions, ", "))
        if self.members:
            parts.append("member of " + ", ".join(m.value for m in self.members))
        if self.stages:
            stages = ", ".join(s.value if s else NO_STEP for s in self.stages)
            parts.append(f"{self.treaty.value} stage {stages}")
        if self.min_stage:
            parts.append(f"{self.treaty.value} stage at least {self.min_stage.value}")
        if self.max_stage:
            parts.append(f"{self.treaty.value} stage at most {self.max_stage.value}")
        return parts

    def keeps(self, row: CountryProgress) -> bool:
        """Does the country pass the stage filters (the others choose whose
        progress is computed at all)?"""
        stage = row.stage(self.treaty).stage
        rank = stage.rank if stage is not None else -1
        if self.stages and stage not in self.stages:
            return False
        if self.min_stage is not None and rank < self.min_stage.rank:
            return False
        return self.max_stage is None or rank <= self.max_stage.rank


#: the word for "no step recorded" where a stage is chosen (``--stage none``)
NO_STEP = "none"


def regions_text(regions: Iterable[Region], joiner: str = " and ") -> str:
    """Regions in words, a whole continent by its name ("the Americas")."""
    chosen = list(dict.fromkeys(regions))
    names = []
    for continent, members in CONTINENTS.items():
        if len(members) > 1 and set(members) <= set(chosen):
            names.append(f"the {continent}")
            chosen = [r for r in chosen if r not in members]
    return joiner.join([*names, *(r.value for r in chosen)])


#: apostrophes people type for one another (Côte d’Ivoire, Côte d'Ivoire)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
#: words that name no country on their own ("of" is in many names)
_FILLER = frozenset({"of", "the", "and", "de", "la", "le", "du", "des"})


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


def _iso_country(query: str) -> str | None:
    """The ISO alpha-2 code of a country pycountry knows by this name or code,
    UN formal names ("Bolivia (Plurinational State of)") included."""
    import pycountry

    text = query.strip()
    # the UN writes "Bolivia (Plurinational State of)" where ISO has a comma
    comma = re.sub(r"\s*\((.+)\)$", r", \1", text)
    for candidate_text in dict.fromkeys((text, comma)):
        try:
            return str(pycountry.countries.lookup(candidate_text).alpha_2)
        except LookupError:
            pass
    folded = _fold(text)
    for candidate in pycountry.countries:
        names = (
            candidate.name,
            getattr(candidate, "common_name", ""),
            getattr(candidate, "official_name", ""),
        )
        if folded in {_fold(n) for n in names if n}:
            return str(candidate.alpha_2)
    return None


#: a country as the snapshot's index and the loaded records both give it:
#: code, name, other names (what resolving a query needs, nothing decoded)
CountryName = tuple[str, str, tuple[str, ...]]


def resolve_codes(names: Sequence[CountryName], query: str) -> tuple[str, ...]:
    """The codes of every country that ``query`` names: alpha-2, alpha-3, a
    name or one of the country's ``names``, case-, accent- and
    apostrophe-insensitive; a word of names ("Korea") names every country
    whose name has it. Empty for a real country the dataset does not hold;
    :class:`UsageError` (with a suggestion) for a name nobody knows."""
    folded = _fold(query)
    known = {code: tuple(_fold(n) for n in (name, *others)) for code, name, others in names}
    if query.strip().upper() in known:
        return (query.strip().upper(),)
    exact = tuple(code for code, folded_names in known.items() if folded in folded_names)
    if exact:
        return exact
    iso = _iso_country(query)
    if iso is not None:
        return (iso,) if iso in known else ()
    words = folded.split()
    if words and not set(words) <= _FILLER:
        part = re.compile(rf"(?<![\w']){re.escape(folded)}(?![\w'])")
        found = tuple(
            c for c, folded_names in known.items() if any(part.search(n) for n in folded_names)
        )
        if found:
            return found
    choices = {folded_name: name for code, name, _ in names for folded_name in known[code]}
    match = difflib.get_close_matches(folded, list(choices), n=1, cutoff=0.6)
    hint = f"; did you mean '{choices[match[0]]}'?" if match else ""
    raise UsageError(f"unknown country '{query}'{hint}")


def country_names(dataset: Dataset) -> tuple[CountryName, ...]:
    return tuple((c.code, c.name, c.names) for c in dataset.countries)


def resolve_countries(dataset: Dataset, query: str) -> tuple[Country, ...]:
    """The countries :func:`resolve_codes` finds, in the dataset's order."""
    codes = set(resolve_codes(country_names(dataset), query))
    return tuple(c for c in dataset.countries if c.code in codes)


def resolve_code(names: Sequence[CountryName], query: str) -> str | None:
    """The one country ``query`` names, from the names alone (a view of one
    country picks it from a snapshot's index with this); a
    :class:`UsageError` naming them when it names several."""
    codes = resolve_codes(names, query)
    if len(codes) > 1:
        by_code = {code: name for code, name, _ in names}
        listed = ", ".join(f"{by_code[c]} ({c})" for c in codes)
        raise UsageError(f"'{query}' names {len(codes)} countries: {listed}; give one of them")
    return codes[0] if codes else None


def resolve_country(dataset: Dataset, query: str) -> Country | None:
    """The one country ``query`` names (see :func:`resolve_codes`); a
    :class:`UsageError` naming them when it names several."""
    code = resolve_code(country_names(dataset), query)
    return None if code is None else dataset.country(code)


def select_countries(
    dataset: Dataset,
    filters: CountryFilter,
    day: dt.date,
    *,
    dormant_after: int = DORMANT_YEARS,
) -> list[CountryProgress]:
    countries: Sequence[Country] = dataset.countries
    if filters.countries:
        codes = {c.code for q in filters.countries for c in resolve_countries(dataset, q)}
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
    return [row for row in rows if filters.keeps(row)]


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
            rows, key=lambda r: (-sum(s.score or 0.0 for s in r.scores.values()), r.country.name)
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
    filters: CountryFilter = CountryFilter(),
    *,
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
            valid = [PENDING, DORMANT, *(s.value for s in Status)]
            raise UsageError(unknown("status", status, valid)) from None
    rows = []
    for progress in select_countries(dataset, filters, day, dormant_after=dormant_after):
        for item_status in progress.legislation:
            if item_status.status is None:
                continue  # not yet drafted on that date
            if kind is not None and item_status.item.kind is not kind:
                continue
            if status == PENDING and not item_status.pending:
                continue
            if status == DORMANT and not item_status.dormant:
                continue
            if wanted is Status.SUPERSEDED:
                # replaced by a later law, whether or not its own history says so
                if not item_status.superseded:
                    continue
            elif wanted is not None and item_status.status is not wanted:
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


def event_topics(dataset: Dataset) -> list[str]:
    """Every topic the dataset's events carry, sorted."""
    return sorted({topic for event in dataset.events for topic in event.topics})


def events_view(
    dataset: Dataset,
    filters: CountryFilter = CountryFilter(),
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    kinds: tuple[EventKind, ...] = (),
    topics: tuple[str, ...] = (),
) -> EventsView:
    """Events a selected country took part in or hosted (every event when the
    filters select every country); stages are those of the dataset's as_of."""
    codes: set[str] | None = None
    if not filters.selects_all:
        day = dataset.manifest.as_of.end
        codes = {row.country.code for row in select_countries(dataset, filters, day)}
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
