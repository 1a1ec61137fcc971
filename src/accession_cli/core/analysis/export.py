"""``accession export``: the dataset as relational tables, computed from the
loaded records.

One table per kind of record (countries, treaty steps, laws and bills, their
statuses, article grades and provisions, declarations, events, participants,
sources), one table of citations linking each fact to its sources, and the
per-country figures of ``accession list`` (``country_progress``). Each table
names its columns with a type, its primary key and its foreign keys; the
writers in :mod:`accession_cli.render` turn them into a SQLite database or a
Frictionless Data Package. Nothing here knows about either.

Records are exported whole, with their own dates: ``--as-of`` only sets the
date of the figures (as in ``list``) and of the stage filters. The filters
select countries, and with them their treaty steps, legislation and
declarations and their part in events; events and sources, which the
countries share, are exported whole.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from operator import itemgetter

from accession_cli.core.analysis.progress import CountryProgress
from accession_cli.core.analysis.views import CountryFilter, select_countries
from accession_cli.core.data.dates import PartialDate
from accession_cli.core.data.errors import AccessionError
from accession_cli.core.data.model import (
    ArticleGroup,
    Coverage,
    Dataset,
    DeclarationKind,
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

__all__ = [
    "Cell",
    "Column",
    "Export",
    "ExportError",
    "FieldType",
    "ForeignKey",
    "Table",
    "View",
    "build_export",
]


class ExportError(AccessionError):
    """The records cannot form consistent tables (a duplicate id, a dangling
    reference): ``accession check`` names the problem."""


class FieldType(str, Enum):
    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"
    BOOLEAN = "boolean"
    #: a day: YYYY-MM-DD
    DATE = "date"
    #: a date known to a year, a month or a day: YYYY, YYYY-MM or YYYY-MM-DD
    PARTIAL_DATE = "partial-date"
    #: a list of texts
    LIST = "list"


#: what a cell holds: None for no value, a tuple of texts for a LIST column
Cell = str | int | float | bool | tuple[str, ...] | None


@dataclass(frozen=True, slots=True, repr=False)
class Column(Record):
    name: str
    type: FieldType
    description: str
    required: bool = False
    #: the only values allowed (an enumeration of the data contract)
    choices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, repr=False)
class ForeignKey(Record):
    columns: tuple[str, ...]
    table: str
    references: tuple[str, ...]


@dataclass(frozen=True, slots=True, repr=False)
class Table(Record):
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...]
    rows: tuple[tuple[Cell, ...], ...]

    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


@dataclass(frozen=True, slots=True, repr=False)
class View(Record):
    """A table's rows with columns of the table it references added in front
    (a join along one foreign key), for readers that want one wide table."""

    name: str
    description: str
    table: str
    key: str
    parent: str
    parent_key: str
    parent_columns: tuple[str, ...]


@dataclass(frozen=True, slots=True, repr=False)
class Export(Record):
    version: str
    #: the dataset's own as_of
    dataset_as_of: PartialDate
    title: str | None
    license: str | None
    description: str | None
    #: the date of the figures (``--as-of``)
    as_of: dt.date
    treaty: Treaty
    filters: tuple[str, ...]
    #: the dataset's sources (a data package lists them in its descriptor)
    sources: tuple[Source, ...]
    #: in an order where every table comes after the tables it references
    tables: tuple[Table, ...]
    views: tuple[View, ...]

    def table(self, name: str) -> Table:
        return next(t for t in self.tables if t.name == name)


# ------------------------------------------------------------------ columns

TEXT, INT, NUM, BOOL = FieldType.TEXT, FieldType.INTEGER, FieldType.NUMBER, FieldType.BOOLEAN
DAY, PDATE, LIST = FieldType.DATE, FieldType.PARTIAL_DATE, FieldType.LIST


def _choices(enum: Iterable[Enum]) -> tuple[str, ...]:
    return tuple(str(member.value) for member in enum)


def _id(description: str) -> Column:
    return Column("id", INT, description, required=True)


def _note() -> Column:
    return Column("note", TEXT, "Free text.")


def _fk(column: str, table: str, reference: str) -> ForeignKey:
    return ForeignKey((column,), table, (reference,))


TREATIES, STAGES = _choices(Treaty), _choices(TreatyStage)
GRADES = _choices(Coverage)

DATASET = (
    Column("version", TEXT, "Release of the dataset (calendar versioning).", required=True),
    Column("schema", INT, "Data model version the files are written in.", required=True),
    Column("as_of", PDATE, "Facts are believed current up to this date.", required=True),
    Column("title", TEXT, "Title of the dataset."),
    Column("license", TEXT, "Licence of the data (SPDX id)."),
    Column("description", TEXT, "Free text."),
    Column("filters", LIST, "The filters that chose the countries (none: every country)."),
)
SOURCES = (
    Column("id", TEXT, "Id that facts cite.", required=True),
    Column("title", TEXT, "Title of the document.", required=True),
    Column("publisher", TEXT, "Who published it."),
    Column("url", TEXT, "Link (http or https)."),
    Column("date", PDATE, "The document's own date."),
    Column("accessed", PDATE, "When the page was read."),
    Column("same_as", TEXT, "Id of the source this document is a copy of (one document)."),
    _note(),
)
COUNTRIES = (
    Column("code", TEXT, "ISO 3166-1 alpha-2 code.", required=True),
    Column("name", TEXT, "English short name.", required=True),
    Column("region", TEXT, "Region.", required=True, choices=_choices(Region)),
    Column("memberships", LIST, "Organisations: " + ", ".join(_choices(Membership)) + "."),
    Column("notes", TEXT, "Free text."),
)
TREATY_STEPS = (
    _id("Row number (this export only)."),
    Column("country", TEXT, "Country code.", required=True),
    Column("treaty", TEXT, "Treaty.", required=True, choices=TREATIES),
    Column("stage", TEXT, "Step of the treaty track reached.", required=True, choices=STAGES),
    Column("date", PDATE, "When the stage was reached; empty when no source dates it."),
    _note(),
)
LEGISLATION = (
    Column("id", TEXT, "Unique across the dataset.", required=True),
    Column("country", TEXT, "Country code.", required=True),
    Column("title", TEXT, "Title of the law or bill.", required=True),
    Column("kind", TEXT, "bill or law.", required=True, choices=_choices(LegislationKind)),
    Column("number", TEXT, "Official number."),
    Column("url", TEXT, "Official text."),
    Column("amends", LIST, "Ids of laws this one amends."),
    Column("supersedes", LIST, "Ids this one replaces."),
    _note(),
)
LEGISLATION_STATUSES = (
    _id("Row number (this export only); a law's statuses in the order of its file."),
    Column("legislation", TEXT, "Legislation id.", required=True),
    Column("status", TEXT, "Status from this date.", required=True, choices=_choices(Status)),
    Column("date", PDATE, "When it took this status."),
    _note(),
)
ARTICLE_GRADES = (
    Column("legislation", TEXT, "Legislation id.", required=True),
    Column("article", INT, "Convention article (2-35).", required=True),
    Column("grade", TEXT, "How fully the law covers the article.", required=True, choices=GRADES),
)
PROVISIONS = (
    _id("Row number (this export only)."),
    Column("legislation", TEXT, "Legislation id.", required=True),
    Column(
        "article", INT, "Convention article (2-35) the provision corresponds to.", required=True
    ),
    Column("provision", TEXT, "The domestic provision, as the source names it.", required=True),
    Column("grade", TEXT, "As a source grades it; empty: not graded.", choices=GRADES),
    Column("evidence", TEXT, "The source's own words behind the grade, quoted exactly."),
    Column("evidence_source", TEXT, "The source the evidence quotes (one of the provision's)."),
    _note(),
)
DECLARATIONS = (
    _id("Row number (this export only)."),
    Column("country", TEXT, "Country code.", required=True),
    Column("treaty", TEXT, "Treaty the statement concerns.", required=True, choices=TREATIES),
    Column("kind", TEXT, "Kind of statement.", required=True, choices=_choices(DeclarationKind)),
    Column("basis", TEXT, "The authorising paragraph ('29.4'); empty when no source names it."),
    Column("concerns", LIST, "Paragraphs it concerns ('6.1.b')."),
    Column("date", PDATE, "When it was made (usually the deposit)."),
    Column("withdrawn", PDATE, "When it was withdrawn."),
    Column("summary", TEXT, "What it says, in a sentence.", required=True),
    _note(),
)
EVENTS = (
    Column("id", TEXT, "Unique event id.", required=True),
    Column("title", TEXT, "Title.", required=True),
    Column("kind", TEXT, "Kind of event.", required=True, choices=_choices(EventKind)),
    Column("start", PDATE, "First day (or month, or year).", required=True),
    Column("end", PDATE, "Last day."),
    Column("place_city", TEXT, "City where it was held."),
    Column("place_country", TEXT, "Host country (any ISO 3166-1 alpha-2 code)."),
    Column("organizers", LIST, "Organisers."),
    Column("topics", LIST, "Topics."),
    Column("discusses", LIST, "Legislation ids reviewed."),
    Column("outcomes", LIST, "What came of it."),
    Column("planned", BOOL, "Announced, not yet held.", required=True),
    _note(),
)
PARTICIPANTS = (
    _id("Row number (this export only)."),
    Column("event", TEXT, "Event id.", required=True),
    Column("country", TEXT, "Country code.", required=True),
    Column("delegates", INT, "Number of delegates."),
    _note(),
)
#: each kind of fact a citation links: (fact, the citation column holding its
#: key, that column's type, the table and column the key refers to)
CITED = (
    ("countries", "country", TEXT, "countries", "code"),
    ("treaty_steps", "treaty_step", INT, "treaty_steps", "id"),
    ("article_grades", "legislation", TEXT, "legislation", "id"),
    ("legislation_statuses", "legislation_status", INT, "legislation_statuses", "id"),
    ("provisions", "provision", INT, "provisions", "id"),
    ("declarations", "declaration", INT, "declarations", "id"),
    ("events", "event", TEXT, "events", "id"),
)
#: the citation columns holding a fact's key, each with its foreign key
_FACT_KEYS = {column: (kind, table, key) for _, column, kind, table, key in CITED}
CITATIONS = (
    _id("Row number (this export only); a fact's sources in the order it cites them."),
    Column("source", TEXT, "Source id.", required=True),
    Column(
        "fact",
        TEXT,
        "The kind of fact that cites the source: the table it is in (article_grades: a "
        "law's whole 'articles' map; countries: their memberships). One of the columns "
        "after this one holds its key.",
        required=True,
        choices=tuple(fact for fact, *_ in CITED),
    ),
    *(
        Column(column, kind, f"Key of the citing fact when it is in {table}.")
        for column, (kind, table, _) in _FACT_KEYS.items()
    ),
)
PROGRESS = (
    Column("country", TEXT, "Country code.", required=True),
    Column("as_of", DAY, "Date of these figures (--as-of).", required=True),
    Column(
        "treaty", TEXT, "Treaty of the stage columns (--treaty).", required=True, choices=TREATIES
    ),
    Column("stage", TEXT, "Highest stage reached by as_of.", choices=STAGES),
    Column("stage_date", PDATE, "When that stage was reached."),
    Column("protocol_2_stage", TEXT, "Second Additional Protocol: stage reached.", choices=STAGES),
    Column("protocol_2_date", PDATE, "Second Additional Protocol: when."),
    Column("laws_in_force", INT, "Laws in force on as_of.", required=True),
    Column("pending_bills", INT, "Bills still before parliament on as_of.", required=True),
    *(
        column
        for group in ArticleGroup
        for column in (
            Column(
                group.value,
                NUM,
                f"Score of the {group.value} articles: (full + half of partial) / articles in "
                "the group; empty when none was assessed.",
            ),
            Column(
                f"{group.value}_assessed",
                INT,
                f"{group.value.capitalize()} articles that a law in force grades.",
                required=True,
            ),
        )
    ),
    Column("events", INT, "Events attended by as_of.", required=True),
)


# --------------------------------------------------------------------- rows


def _date(date: PartialDate | None) -> str | None:
    return None if date is None else str(date)


def _value(member: Enum | None) -> str | None:
    return None if member is None else str(member.value)


class _Citations:
    """The rows of ``citations``: one per (fact, source), numbered in order."""

    def __init__(self) -> None:
        self.rows: list[tuple[Cell, ...]] = []
        self._slot = {fact: list(_FACT_KEYS).index(column) for fact, column, *_ in CITED}

    def add(self, fact: str, key: str | int, sources: Sequence[str]) -> None:
        for source in sources:
            keys: list[Cell] = [None] * len(_FACT_KEYS)
            keys[self._slot[fact]] = key
            self.rows.append((len(self.rows) + 1, source, fact, *keys))


def _progress_row(row: CountryProgress, treaty: Treaty) -> tuple[Cell, ...]:
    status, second = row.stage(treaty), row.stage(Treaty.PROTOCOL_2)
    cells: list[Cell] = [row.country.code, row.as_of.isoformat(), treaty.value]
    cells += [_value(status.stage), _date(status.date)]
    cells += [_value(second.stage), _date(second.date)]
    cells += [len(row.laws_in_force), len(row.pending_bills)]
    for group in ArticleGroup:
        score = row.scores[group]
        cells += [score.score, score.assessed]
    cells.append(len(row.events))
    return tuple(cells)


def build_export(dataset: Dataset, filters: CountryFilter, *, day: dt.date | None = None) -> Export:
    """The tables for the countries the filters select (none: an export with
    no country rows; the caller decides what that means). ExportError when
    the records break a key (run ``accession check``)."""
    day = day or dataset.manifest.as_of.end
    selected = select_countries(dataset, filters, day)
    chosen = {row.country.code for row in selected}
    known = {country.code for country in dataset.countries}
    citations = _Citations()

    sources = [
        (s.id, s.title, s.publisher, s.url, _date(s.date), _date(s.accessed), s.same_as, s.note)
        for s in dataset.sources
    ]
    countries: list[tuple[Cell, ...]] = []
    steps: list[tuple[Cell, ...]] = []
    laws: list[tuple[Cell, ...]] = []
    statuses: list[tuple[Cell, ...]] = []
    grades: list[tuple[Cell, ...]] = []
    provisions: list[tuple[Cell, ...]] = []
    declarations: list[tuple[Cell, ...]] = []
    for row in selected:
        country = row.country
        memberships = tuple(m.value for m in country.memberships)
        countries.append(
            (country.code, country.name, country.region.value, memberships, country.notes)
        )
        citations.add("countries", country.code, country.sources)
        for treaty, milestones in country.treaties.items():
            for milestone in milestones:
                key = len(steps) + 1
                steps.append(
                    (
                        key,
                        country.code,
                        treaty.value,
                        milestone.stage.value,
                        _date(milestone.date),
                        milestone.note,
                    )
                )
                citations.add("treaty_steps", key, milestone.sources)
        for item in country.legislation:
            laws.append(
                (
                    item.id,
                    country.code,
                    item.title,
                    item.kind.value,
                    item.number,
                    item.url,
                    item.amends,
                    item.supersedes,
                    item.note,
                )
            )
            for entry in item.history:
                key = len(statuses) + 1
                statuses.append((key, item.id, entry.status.value, _date(entry.date), entry.note))
                citations.add("legislation_statuses", key, entry.sources)
            for article, grade in sorted(item.articles.items()):
                grades.append((item.id, article, grade.value))
            if item.articles:
                citations.add("article_grades", item.id, item.articles_sources)
            for provision in item.provisions:
                key = len(provisions) + 1
                provisions.append(
                    (
                        key,
                        item.id,
                        provision.article,
                        provision.provision,
                        _value(provision.grade),
                        provision.evidence,
                        provision.evidence_source,
                        provision.note,
                    )
                )
                citations.add("provisions", key, provision.sources)
        for declaration in country.declarations:
            key = len(declarations) + 1
            declarations.append(
                (
                    key,
                    country.code,
                    declaration.treaty.value,
                    declaration.kind.value,
                    declaration.basis,
                    declaration.concerns,
                    _date(declaration.date),
                    _date(declaration.withdrawn),
                    declaration.summary,
                    declaration.note,
                )
            )
            citations.add("declarations", key, declaration.sources)

    events: list[tuple[Cell, ...]] = []
    participants: list[tuple[Cell, ...]] = []
    for event in dataset.events:
        place = event.place
        events.append(
            (
                event.id,
                event.title,
                event.kind.value,
                str(event.start),
                _date(event.end),
                None if place is None else place.city,
                None if place is None else place.country,
                event.organizers,
                event.topics,
                event.discusses,
                event.outcomes,
                event.planned,
                event.note,
            )
        )
        citations.add("events", event.id, event.sources)
        for participant in event.participants:
            # a country the filters left out; an unknown one stays, and the
            # key check names it
            if participant.country in known and participant.country not in chosen:
                continue
            participants.append(
                (
                    len(participants) + 1,
                    event.id,
                    participant.country,
                    participant.delegates,
                    participant.note,
                )
            )

    manifest = dataset.manifest
    tables = (
        Table(
            "dataset",
            "The dataset this export was made from (one row).",
            DATASET,
            ("version",),
            (),
            (
                (
                    manifest.version,
                    manifest.schema,
                    str(manifest.as_of),
                    manifest.title,
                    manifest.license,
                    manifest.description,
                    tuple(filters.describe()),
                ),
            ),
        ),
        Table("sources", "Documents that facts cite.", SOURCES, ("id",), (), tuple(sources)),
        Table("countries", "Countries.", COUNTRIES, ("code",), (), tuple(countries)),
        Table(
            "treaty_steps",
            "Each stage a country reached on a treaty's track, in file order.",
            TREATY_STEPS,
            ("id",),
            (_fk("country", "countries", "code"),),
            tuple(steps),
        ),
        Table(
            "legislation",
            "Laws and bills.",
            LEGISLATION,
            ("id",),
            (_fk("country", "countries", "code"),),
            tuple(laws),
        ),
        Table(
            "legislation_statuses",
            "The dated statuses of each law or bill (its history).",
            LEGISLATION_STATUSES,
            ("id",),
            (_fk("legislation", "legislation", "id"),),
            tuple(statuses),
        ),
        Table(
            "article_grades",
            "Grades of a law per Convention article, from its 'articles' map (the "
            "provisions table grades articles too; a provision's grade wins).",
            ARTICLE_GRADES,
            ("legislation", "article"),
            (_fk("legislation", "legislation", "id"),),
            tuple(grades),
        ),
        Table(
            "provisions",
            "Domestic provisions per Convention article, with their grade and its evidence.",
            PROVISIONS,
            ("id",),
            (_fk("legislation", "legislation", "id"), _fk("evidence_source", "sources", "id")),
            tuple(provisions),
        ),
        Table(
            "declarations",
            "Reservations, declarations, designations and territorial statements.",
            DECLARATIONS,
            ("id",),
            (_fk("country", "countries", "code"),),
            tuple(declarations),
        ),
        Table("events", "Workshops, trainings, meetings.", EVENTS, ("id",), (), tuple(events)),
        Table(
            "participants",
            "The countries that took part in each event.",
            PARTICIPANTS,
            ("id",),
            (_fk("event", "events", "id"), _fk("country", "countries", "code")),
            tuple(participants),
        ),
        Table(
            "citations",
            "Which sources each fact cites.",
            CITATIONS,
            ("id",),
            (
                _fk("source", "sources", "id"),
                *(_fk(column, table, key) for column, (_, table, key) in _FACT_KEYS.items()),
            ),
            tuple(citations.rows),
        ),
        Table(
            "country_progress",
            "The figures of 'accession list' per country, on as_of.",
            PROGRESS,
            ("country",),
            (_fk("country", "countries", "code"),),
            tuple(_progress_row(row, filters.treaty) for row in selected),
        ),
    )
    check_keys(tables)
    view = View(
        "progress",
        "One row per country, as 'accession list' shows it.",
        table="country_progress",
        key="country",
        parent="countries",
        parent_key="code",
        parent_columns=("code", "name", "region", "memberships"),
    )
    return Export(
        version=manifest.version,
        dataset_as_of=manifest.as_of,
        title=manifest.title,
        license=manifest.license,
        description=manifest.description,
        as_of=day,
        treaty=filters.treaty,
        filters=tuple(filters.describe()),
        sources=dataset.sources,
        tables=tables,
        views=(view,),
    )


# --------------------------------------------------------------------- keys


def _shown(values: tuple[Cell, ...]) -> str:
    return ", ".join(repr(v) for v in values)


def check_keys(tables: Sequence[Table]) -> None:
    """Every primary key unique, every foreign key found, as a database or
    a data package validator would demand; ExportError names the first
    problem (the loader lets through what only ``check`` reports)."""
    keys: dict[tuple[str, tuple[str, ...]], set[tuple[Cell, ...]]] = {}
    for table in tables:
        names = table.column_names()
        get = _getter([names.index(c) for c in table.primary_key])
        found = list(map(get, table.rows))
        seen = set(found)
        if len(seen) != len(found):  # only now look for which one, in row order
            earlier: set[tuple[Cell, ...]] = set()
            for key in found:
                if key in earlier:
                    raise ExportError(
                        f"cannot export: two {table.name} rows have the same "
                        f"{'/'.join(table.primary_key)} ({_shown(key)}); run 'accession check'"
                    )
                earlier.add(key)
        keys[(table.name, table.primary_key)] = seen
        for foreign in table.foreign_keys:
            wanted = keys[(foreign.table, foreign.references)]
            get = _getter([names.index(c) for c in foreign.columns])
            unknown = set(map(get, table.rows)) - wanted
            unknown.discard((None,) * len(foreign.columns))
            if not unknown:
                continue
            value = next(v for v in map(get, table.rows) if v in unknown)
            raise ExportError(
                f"cannot export: {table.name} names {'/'.join(foreign.columns)} "
                f"{_shown(value)}, which {foreign.table} does not hold; run 'accession check'"
            )


def _getter(indexes: list[int]) -> Callable[[tuple[Cell, ...]], tuple[Cell, ...]]:
    """The cells at ``indexes`` of a row, always as a tuple (itemgetter of one
    index gives the cell itself)."""
    if len(indexes) == 1:
        (index,) = indexes
        return lambda row: (row[index],)
    getter: Callable[[tuple[Cell, ...]], tuple[Cell, ...]] = itemgetter(*indexes)
    return getter
