"""The enumerations of the data contract, its article table, and the CLI's choices.

Kept apart from the record classes in :mod:`accession_cli.core.data.model` (which
re-exports every name here) because they are cheap to import: the CLI needs
them to build its options and ``--help``, before any dataset is loaded.
"""

from __future__ import annotations

from enum import Enum


class Region(str, Enum):
    SOUTH_AMERICA = "South America"
    CENTRAL_AMERICA = "Central America"
    CARIBBEAN = "Caribbean"
    NORTH_AMERICA = "North America"
    EUROPE = "Europe"
    AFRICA = "Africa"
    ASIA = "Asia"
    OCEANIA = "Oceania"


#: Continents, as ``--region`` accepts them: each the regions it spans
CONTINENTS: dict[str, tuple[Region, ...]] = {
    "Americas": (
        Region.SOUTH_AMERICA,
        Region.CENTRAL_AMERICA,
        Region.CARIBBEAN,
        Region.NORTH_AMERICA,
    ),
    "Europe": (Region.EUROPE,),
    "Africa": (Region.AFRICA,),
    "Asia": (Region.ASIA,),
    "Oceania": (Region.OCEANIA,),
}


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


#: Each treaty's number in the Council of Europe Treaty Series (none for the UN's).
TREATY_NUMBER = {
    Treaty.BUDAPEST: "CETS 185",
    Treaty.PROTOCOL_1: "ETS 189",
    Treaty.PROTOCOL_2: "CETS 224",
    Treaty.UN_CYBERCRIME: None,
}

#: The one short name of each treaty in every human-readable output.
TREATY_SHORT = {
    Treaty.BUDAPEST: "Budapest",
    Treaty.PROTOCOL_1: "Prot. 1",
    Treaty.PROTOCOL_2: "Prot. 2",
    Treaty.UN_CYBERCRIME: "UN convention",
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


class DeclarationKind(str, Enum):
    """What a state's statement about a treaty is (the Treaty Office lists
    them all as "declarations")."""

    RESERVATION = "reservation"
    DECLARATION = "declaration"
    DESIGNATION = "designation"
    TERRITORIAL = "territorial"


#: The paragraphs that authorise each kind, for the Budapest Convention:
#: reservations only under Article 42's list, declarations only under
#: Article 40's, designations of authorities under 24.7, 27.2 and 35, and
#: territorial application under 38.
DECLARATION_BASES: dict[DeclarationKind, tuple[str, ...]] = {
    DeclarationKind.RESERVATION: (
        "4.2",
        "6.3",
        "9.4",
        "10.3",
        "11.3",
        "14.3",
        "22.2",
        "29.4",
        "41.1",
    ),
    DeclarationKind.DECLARATION: ("2", "3", "6.1.b", "7", "9.3", "27.9.e"),
    DeclarationKind.DESIGNATION: ("24.7", "27.2", "35"),
    DeclarationKind.TERRITORIAL: ("38",),
}


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


class SortKey(str, Enum):
    """Row order of ``accession list``."""

    NAME = "name"
    STAGE = "stage"
    SCORE = "score"


class FileKind(str, Enum):
    """The kinds of data file (``accession schema --kind``)."""

    DATASET = "dataset"
    SOURCES = "sources"
    COUNTRY = "country"
    EVENT = "event"


#: A bill whose last recorded step is older than this many years (one
#: legislative term in most legislatures) is dormant, not pending.
DORMANT_YEARS = 5


#: Words for the codes, in every human-readable output (tables, Markdown,
#: HTML, report text); JSON and CSV keep the codes.
STAGE_WORDS = {stage: stage.value.replace("_", " ") for stage in TreatyStage}
STATUS_WORDS = {status: status.value.replace("_", " ") for status in Status}
