"""The data contract (schema 1) as typed, immutable records.

These classes are the single definition of the file formats: the loader
validates and converts YAML into them (:mod:`accession_cli.core.schema`), and
``accession schema`` exports JSON Schema from them. Field metadata:
``doc`` (description), ``pattern`` (regex for text), ``provenance`` (a list
of source ids that must not be empty), ``internal`` (not part of the files).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from accession_cli.core.dates import PartialDate
from accession_cli.core.findings import NOWHERE, Loc

SCHEMA_VERSION = 1

SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
COUNTRY_CODE = r"^[A-Z]{2}$"
HTTP_URL = r"^https?://\S+$"


def _doc(text: str, **extra: Any) -> dict[str, Any]:
    return {"doc": text, **extra}


def _internal() -> Any:
    return field(default=NOWHERE, compare=False, repr=False, metadata={"internal": True})


class Region(str, Enum):
    SOUTH_AMERICA = "South America"
    CENTRAL_AMERICA = "Central America"
    CARIBBEAN = "Caribbean"
    NORTH_AMERICA = "North America"
    EUROPE = "Europe"
    AFRICA = "Africa"
    ASIA = "Asia"
    OCEANIA = "Oceania"


class Membership(str, Enum):
    OAS = "OAS"
    COE = "CoE"
    COE_OBSERVER = "CoE-observer"
    APEC = "APEC"
    EU = "EU"
    AU = "AU"
    ASEAN = "ASEAN"
    COMMONWEALTH = "Commonwealth"
    CARICOM = "CARICOM"
    MERCOSUR = "MERCOSUR"
    SICA = "SICA"
    G7 = "G7"
    G20 = "G20"
    OECD = "OECD"


class Treaty(str, Enum):
    BUDAPEST = "budapest"
    PROTOCOL_1 = "protocol-1"
    PROTOCOL_2 = "protocol-2"
    UN_CYBERCRIME = "un-cybercrime"

    @property
    def label(self) -> str:
        return TREATY_LABELS[self]


TREATY_LABELS = {
    Treaty.BUDAPEST: "Budapest Convention (CETS 185)",
    Treaty.PROTOCOL_1: "First Additional Protocol (ETS 189)",
    Treaty.PROTOCOL_2: "Second Additional Protocol (CETS 224)",
    Treaty.UN_CYBERCRIME: "UN Convention against Cybercrime",
}


class TreatyStage(str, Enum):
    INTEREST = "interest"
    REQUESTED = "requested"
    INVITED = "invited"
    SIGNED = "signed"
    RATIFIED = "ratified"
    ACCEDED = "acceded"
    IN_FORCE = "in_force"

    @property
    def rank(self) -> int:
        """Rungs of the ladder: ratified and acceded are the same rung (deposit)."""
        return _STAGE_RANK[self]


_STAGE_RANK = {
    TreatyStage.INTEREST: 0,
    TreatyStage.REQUESTED: 1,
    TreatyStage.INVITED: 2,
    TreatyStage.SIGNED: 3,
    TreatyStage.RATIFIED: 4,
    TreatyStage.ACCEDED: 4,
    TreatyStage.IN_FORCE: 5,
}
DEPOSITS = frozenset({TreatyStage.RATIFIED, TreatyStage.ACCEDED})


class LegislationKind(str, Enum):
    BILL = "bill"
    LAW = "law"


class Status(str, Enum):
    DRAFTING = "drafting"
    INTRODUCED = "introduced"
    COMMITTEE = "committee"
    PASSED = "passed"
    ENACTED = "enacted"
    IN_FORCE = "in_force"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    LAPSED = "lapsed"
    AMENDED = "amended"
    REPEALED = "repealed"
    SUPERSEDED = "superseded"

    @property
    def rank(self) -> int:
        """Lifecycle order, used to order entries that share a date."""
        return _STATUS_RANK[self]


_STATUS_RANK = {status: index for index, status in enumerate(Status)}
PRE_ENACTMENT = frozenset({Status.DRAFTING, Status.INTRODUCED, Status.COMMITTEE, Status.PASSED})
TERMINAL = frozenset(
    {Status.REJECTED, Status.WITHDRAWN, Status.LAPSED, Status.REPEALED, Status.SUPERSEDED}
)
ENDS_FORCE = frozenset({Status.REPEALED, Status.SUPERSEDED})
STARTS_FORCE = frozenset({Status.ENACTED, Status.IN_FORCE})


class Coverage(str, Enum):
    FULL = "full"
    PARTIAL = "partial"
    NONE = "none"

    @property
    def weight(self) -> float:
        return {"full": 1.0, "partial": 0.5, "none": 0.0}[self.value]


class EventKind(str, Enum):
    WORKSHOP = "workshop"
    TRAINING = "training"
    MEETING = "meeting"
    CONFERENCE = "conference"


class ArticleGroup(str, Enum):
    SUBSTANTIVE = "substantive"
    PROCEDURAL = "procedural"
    COOPERATION = "cooperation"

    @property
    def articles(self) -> range:
        return _GROUP_ARTICLES[self]


_GROUP_ARTICLES = {
    ArticleGroup.SUBSTANTIVE: range(2, 14),
    ArticleGroup.PROCEDURAL: range(14, 22),
    ArticleGroup.COOPERATION: range(23, 36),
}
#: Articles 2-35: what national law implements (22, jurisdiction, is in no group).
ARTICLES = range(2, 36)

ARTICLE_TITLES = {
    2: "Illegal access",
    3: "Illegal interception",
    4: "Data interference",
    5: "System interference",
    6: "Misuse of devices",
    7: "Computer-related forgery",
    8: "Computer-related fraud",
    9: "Child pornography",
    10: "Copyright and related rights",
    11: "Attempt and aiding or abetting",
    12: "Corporate liability",
    13: "Sanctions and measures",
    14: "Scope of procedural provisions",
    15: "Conditions and safeguards",
    16: "Expedited preservation of stored data",
    17: "Preservation and disclosure of traffic data",
    18: "Production order",
    19: "Search and seizure of stored data",
    20: "Real-time collection of traffic data",
    21: "Interception of content data",
    22: "Jurisdiction",
    23: "General principles of co-operation",
    24: "Extradition",
    25: "General principles of mutual assistance",
    26: "Spontaneous information",
    27: "Mutual assistance without agreements",
    28: "Confidentiality and limitation on use",
    29: "Expedited preservation (MLA)",
    30: "Expedited disclosure of traffic data (MLA)",
    31: "Accessing stored data (MLA)",
    32: "Trans-border access with consent or public",
    33: "Real-time collection of traffic data (MLA)",
    34: "Interception of content data (MLA)",
    35: "24/7 Network",
}


# --------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class Manifest:
    schema: int = field(metadata=_doc("Data model version the files are written in."))
    version: str = field(metadata=_doc("Release of this dataset (calendar versioning)."))
    as_of: PartialDate = field(metadata=_doc("Facts are believed current up to this date."))
    title: str | None = field(default=None, metadata=_doc("Title of the dataset."))
    license: str | None = field(default=None, metadata=_doc("Licence of the data (SPDX id)."))
    description: str | None = field(default=None, metadata=_doc("Free text."))
    loc: Loc = _internal()


@dataclass(frozen=True, slots=True)
class Source:
    id: str = field(metadata=_doc("Id that facts cite.", pattern=SLUG))
    title: str = field(metadata=_doc("Title of the document."))
    publisher: str | None = field(default=None, metadata=_doc("Who published it."))
    url: str | None = field(default=None, metadata=_doc("Link (http or https).", pattern=HTTP_URL))
    date: PartialDate | None = field(default=None, metadata=_doc("The document's own date."))
    accessed: PartialDate | None = field(default=None, metadata=_doc("When the page was read."))
    note: str | None = field(default=None, metadata=_doc("Free text."))
    loc: Loc = _internal()


@dataclass(frozen=True, slots=True)
class Milestone:
    stage: TreatyStage = field(metadata=_doc("Step of the treaty track reached."))
    sources: tuple[str, ...] = field(metadata=_doc("Source ids.", provenance=True))
    date: PartialDate | None = field(
        default=None,
        metadata=_doc("When the stage was reached; absent only if no source dates it."),
    )
    note: str | None = field(default=None, metadata=_doc("Free text."))
    loc: Loc = _internal()


@dataclass(frozen=True, slots=True)
class StatusEntry:
    status: Status = field(metadata=_doc("Status of the law or bill from this date."))
    sources: tuple[str, ...] = field(metadata=_doc("Source ids.", provenance=True))
    date: PartialDate | None = field(default=None, metadata=_doc("When it took this status."))
    note: str | None = field(default=None, metadata=_doc("Free text."))
    loc: Loc = _internal()


@dataclass(frozen=True, slots=True)
class Legislation:
    id: str = field(metadata=_doc("Unique across the dataset.", pattern=SLUG))
    title: str = field(metadata=_doc("Title of the law or bill."))
    kind: LegislationKind = field(metadata=_doc("bill or law."))
    history: tuple[StatusEntry, ...] = field(metadata=_doc("Dated statuses.", min_items=1))
    number: str | None = field(default=None, metadata=_doc("Official number."))
    url: str | None = field(default=None, metadata=_doc("Official text.", pattern=HTTP_URL))
    amends: tuple[str, ...] = field(default=(), metadata=_doc("Ids of laws this one amends."))
    supersedes: tuple[str, ...] = field(default=(), metadata=_doc("Ids this one replaces."))
    articles: Mapping[int, Coverage] = field(
        default_factory=dict,
        metadata=_doc("Convention article (2-35) -> full | partial | none; absent = not assessed."),
    )
    articles_sources: tuple[str, ...] = field(
        default=(), metadata=_doc("Sources of the article assessment.")
    )
    note: str | None = field(default=None, metadata=_doc("Free text."))
    loc: Loc = _internal()
    #: code of the country whose file defines it (set by the loader)
    country: str = field(default="", compare=False, metadata={"internal": True})


@dataclass(frozen=True, slots=True)
class Country:
    code: str = field(
        metadata=_doc("ISO 3166-1 alpha-2 code; equals the file name.", pattern=COUNTRY_CODE)
    )
    name: str = field(metadata=_doc("English short name."))
    region: Region = field(metadata=_doc("Region."))
    memberships: tuple[Membership, ...] = field(default=(), metadata=_doc("Organisations."))
    sources: tuple[str, ...] = field(default=(), metadata=_doc("Sources for memberships."))
    treaties: Mapping[Treaty, tuple[Milestone, ...]] = field(
        default_factory=dict, metadata=_doc("Treaty key -> milestones.")
    )
    legislation: tuple[Legislation, ...] = field(default=(), metadata=_doc("Laws and bills."))
    notes: str | None = field(default=None, metadata=_doc("Free text."))
    loc: Loc = _internal()


@dataclass(frozen=True, slots=True)
class Place:
    country: str = field(metadata=_doc("Host: any ISO 3166-1 alpha-2 code.", pattern=COUNTRY_CODE))
    city: str | None = field(default=None, metadata=_doc("City."))


@dataclass(frozen=True, slots=True)
class Participant:
    country: str = field(metadata=_doc("A country of this dataset.", pattern=COUNTRY_CODE))
    delegates: int | None = field(default=None, metadata=_doc("Number of delegates.", minimum=1))
    note: str | None = field(default=None, metadata=_doc("Free text."))
    loc: Loc = _internal()


@dataclass(frozen=True, slots=True)
class Event:
    id: str = field(metadata=_doc("Unique; equals the file name.", pattern=SLUG))
    title: str = field(metadata=_doc("Title."))
    kind: EventKind = field(metadata=_doc("workshop | training | meeting | conference."))
    start: PartialDate = field(metadata=_doc("First day (or month, or year)."))
    sources: tuple[str, ...] = field(metadata=_doc("Source ids.", provenance=True))
    end: PartialDate | None = field(default=None, metadata=_doc("Last day."))
    place: Place | None = field(default=None, metadata=_doc("Where it was held."))
    organizers: tuple[str, ...] = field(default=(), metadata=_doc("Organisers."))
    topics: tuple[str, ...] = field(default=(), metadata=_doc("Topics (slugs).", item_pattern=SLUG))
    participants: tuple[Participant, ...] = field(default=(), metadata=_doc("Countries."))
    discusses: tuple[str, ...] = field(default=(), metadata=_doc("Legislation ids reviewed."))
    outcomes: tuple[str, ...] = field(default=(), metadata=_doc("What came of it."))
    planned: bool = field(default=False, metadata=_doc("Announced, not yet held."))
    note: str | None = field(default=None, metadata=_doc("Free text."))
    loc: Loc = _internal()

    @property
    def last_day(self) -> PartialDate:
        return self.end or self.start

    def involves(self, code: str) -> bool:
        return any(p.country == code for p in self.participants) or (
            self.place is not None and self.place.country == code
        )


@dataclass(frozen=True, slots=True)
class Dataset:
    manifest: Manifest
    sources: tuple[Source, ...]
    countries: tuple[Country, ...]
    events: tuple[Event, ...]
    #: where it was loaded from, for messages and --version
    origin: str = field(default="", compare=False)

    def country(self, code: str) -> Country | None:
        return next((c for c in self.countries if c.code == code), None)

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)

    def legislation(self) -> dict[str, Legislation]:
        return {item.id: item for country in self.countries for item in country.legislation}
