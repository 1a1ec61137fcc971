"""The data contract (schema 1) as typed, immutable records.

These classes are the single definition of the file formats: the loader
validates and converts YAML into them (:mod:`accession_cli.core.data.schema`), and
``accession schema`` exports JSON Schema from them. Field metadata:
``doc`` (description), ``pattern`` (regex for text), ``provenance`` (a list
of source ids that must not be empty), ``internal`` (not part of the files).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from accession_cli.core.data.dates import PartialDate
from accession_cli.core.data.enums import (
    ARTICLE_TITLES,
    ARTICLES,
    DECLARATION_BASES,
    DEPOSITS,
    ENDS_FORCE,
    PRE_ENACTMENT,
    STARTS_FORCE,
    TERMINAL,
    TREATY_LABELS,
    TREATY_SHORT,
    ArticleGroup,
    Coverage,
    DeclarationKind,
    EventKind,
    LegislationKind,
    Membership,
    Region,
    Status,
    Treaty,
    TreatyStage,
)
from accession_cli.core.data.findings import NOWHERE, Loc
from accession_cli.core.data.record import Record

#: The enumerations live in :mod:`accession_cli.core.data.enums` (cheap to import)
#: and are part of this module's interface too.
__all__ = [
    "ARTICLES",
    "ARTICLE_TITLES",
    "COUNTRY_CODE",
    "DECLARATION_BASES",
    "DEPOSITS",
    "ENDS_FORCE",
    "HTTP_URL",
    "PRE_ENACTMENT",
    "SCHEMA_VERSION",
    "SLUG",
    "STARTS_FORCE",
    "TERMINAL",
    "TREATY_LABELS",
    "ArticleGroup",
    "Country",
    "Coverage",
    "Dataset",
    "Declaration",
    "DeclarationKind",
    "Event",
    "EventKind",
    "Legislation",
    "LegislationKind",
    "Manifest",
    "Membership",
    "Milestone",
    "Participant",
    "Place",
    "Provision",
    "Region",
    "Source",
    "Status",
    "StatusEntry",
    "Treaty",
    "TreatyStage",
]

SCHEMA_VERSION = 1

SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
#: A paragraph of a treaty: "40", "29.4", "6.1.b", "6.1.a.i" (article,
#: paragraph, letter, roman numeral).
PARAGRAPH = r"^[1-9][0-9]*(?:\.[1-9][0-9]*(?:\.[a-z](?:\.[ivx]+)?)?)?$"
COUNTRY_CODE = r"^[A-Z]{2}$"
HTTP_URL = r"^https?://\S+$"


def _doc(text: str, **extra: Any) -> dict[str, Any]:
    return {"doc": text, **extra}


def _internal() -> Any:
    return field(default=NOWHERE, compare=False, repr=False, metadata={"internal": True})


# --------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True, repr=False)
class Manifest(Record):
    schema: int = field(metadata=_doc("Data model version the files are written in."))
    version: str = field(metadata=_doc("Release of this dataset (calendar versioning)."))
    as_of: PartialDate = field(metadata=_doc("Facts are believed current up to this date."))
    title: str | None = field(default=None, metadata=_doc("Title of the dataset."))
    license: str | None = field(default=None, metadata=_doc("Licence of the data (SPDX id)."))
    description: str | None = field(default=None, metadata=_doc("Free text."))
    loc: Loc = _internal()


@dataclass(frozen=True, slots=True, repr=False)
class Source(Record):
    id: str = field(metadata=_doc("Id that facts cite.", pattern=SLUG))
    title: str = field(metadata=_doc("Title of the document."))
    publisher: str | None = field(default=None, metadata=_doc("Who published it."))
    url: str | None = field(default=None, metadata=_doc("Link (http or https).", pattern=HTTP_URL))
    date: PartialDate | None = field(default=None, metadata=_doc("The document's own date."))
    accessed: PartialDate | None = field(default=None, metadata=_doc("When the page was read."))
    same_as: str | None = field(
        default=None,
        metadata=_doc(
            "Id of a source this document is a copy of: the two count as one document.",
            pattern=SLUG,
        ),
    )
    note: str | None = field(default=None, metadata=_doc("Free text."))
    loc: Loc = _internal()


@dataclass(frozen=True, slots=True, repr=False)
class Milestone(Record):
    stage: TreatyStage = field(metadata=_doc("Step of the treaty track reached."))
    sources: tuple[str, ...] = field(metadata=_doc("Source ids.", provenance=True))
    date: PartialDate | None = field(
        default=None,
        metadata=_doc("When the stage was reached; absent only if no source dates it."),
    )
    note: str | None = field(default=None, metadata=_doc("Free text."))
    loc: Loc = _internal()


@dataclass(frozen=True, slots=True, repr=False)
class StatusEntry(Record):
    status: Status = field(metadata=_doc("Status of the law or bill from this date."))
    sources: tuple[str, ...] = field(metadata=_doc("Source ids.", provenance=True))
    date: PartialDate | None = field(default=None, metadata=_doc("When it took this status."))
    note: str | None = field(default=None, metadata=_doc("Free text."))
    loc: Loc = _internal()


@dataclass(frozen=True, slots=True, repr=False)
class Provision(Record):
    article: int = field(
        metadata=_doc("Convention article the provision corresponds to (2-35).", article=True)
    )
    provision: str = field(
        metadata=_doc("The domestic provision, as the source names it ('art. 2', 's. 4').")
    )
    sources: tuple[str, ...] = field(
        metadata=_doc("Sources that name the provision (and grade it).", provenance=True)
    )
    grade: Coverage | None = field(
        default=None,
        metadata=_doc("full | partial | none, as a source grades it; absent = not graded."),
    )
    evidence: str | None = field(
        default=None,
        metadata=_doc(
            "The source's own words behind the grade, quoted exactly (… for a cut);"
            " required with a grade."
        ),
    )
    evidence_source: str | None = field(
        default=None,
        metadata=_doc("Which of the provision's sources the evidence quotes.", pattern=SLUG),
    )
    note: str | None = field(default=None, metadata=_doc("Free text."))
    loc: Loc = _internal()


@dataclass(frozen=True, slots=True, repr=False)
class Declaration(Record):
    treaty: Treaty = field(metadata=_doc("Treaty key the statement concerns."))
    kind: DeclarationKind = field(
        metadata=_doc("reservation | declaration | designation | territorial.")
    )
    summary: str = field(metadata=_doc("What it says, in a sentence."))
    sources: tuple[str, ...] = field(metadata=_doc("Source ids.", provenance=True))
    basis: str | None = field(
        default=None,
        metadata=_doc(
            "The authorising paragraph ('29.4', '6.3', '27.2'); absent when no source names it.",
            pattern=PARAGRAPH,
        ),
    )
    concerns: tuple[str, ...] = field(
        default=(),
        metadata=_doc("Paragraphs it concerns ('6.1.b').", item_pattern=PARAGRAPH),
    )
    date: PartialDate | None = field(
        default=None, metadata=_doc("When it was made (usually the deposit).")
    )
    withdrawn: PartialDate | None = field(default=None, metadata=_doc("When it was withdrawn."))
    note: str | None = field(default=None, metadata=_doc("Free text."))
    loc: Loc = _internal()

    @property
    def name(self) -> str:
        """``Budapest reservation 29.4`` or ``Budapest declaration (concerns 24, 27)``."""
        name = f"{TREATY_SHORT[self.treaty]} {self.kind.value}"
        if self.basis:
            return f"{name} {self.basis}"
        if self.concerns:
            return f"{name} (concerns {', '.join(self.concerns)})"
        return name

    def in_effect(self, day: dt.date) -> bool:
        """Made (certainly) by ``day`` and not (certainly) withdrawn by then;
        an undated statement counts as made."""
        made = self.date is None or self.date.certainly_on_or_before(day)
        gone = self.withdrawn is not None and self.withdrawn.certainly_on_or_before(day)
        return made and not gone


@dataclass(frozen=True, slots=True, repr=False)
class Legislation(Record):
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
    provisions: tuple[Provision, ...] = field(
        default=(),
        metadata=_doc("Per Convention article: the domestic provision, its grade, its sources."),
    )
    note: str | None = field(default=None, metadata=_doc("Free text."))
    loc: Loc = _internal()

    @property
    def label(self) -> str:
        """How a law is named in every view: its title, then its number."""
        if not self.number or self.number.split()[-1] in self.title:
            return self.title  # the title already says its number
        return f"{self.title} ({self.number})"

    def grades(self) -> dict[int, Coverage]:
        """Each graded Convention article: from ``articles`` (schema 1) and
        from ``provisions`` (a provision's grade wins; ACC605 reports a
        conflict between the two)."""
        result = dict(self.articles)
        for provision in self.provisions:
            if provision.grade is not None:
                result[provision.article] = provision.grade
        return result

    #: code of the country whose file defines it (set by the loader)
    country: str = field(default="", compare=False, metadata={"internal": True})


@dataclass(frozen=True, slots=True, repr=False)
class Country(Record):
    code: str = field(
        metadata=_doc("ISO 3166-1 alpha-2 code; equals the file name.", pattern=COUNTRY_CODE)
    )
    name: str = field(metadata=_doc("English short name."))
    region: Region = field(metadata=_doc("Region."))
    names: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "Other names people type for this state (Turkey, UK, the UN formal name); "
            "--country and show find the country by any of them."
        ),
    )
    memberships: tuple[Membership, ...] = field(default=(), metadata=_doc("Organisations."))
    sources: tuple[str, ...] = field(default=(), metadata=_doc("Sources for memberships."))
    treaties: Mapping[Treaty, tuple[Milestone, ...]] = field(
        default_factory=dict, metadata=_doc("Treaty key -> milestones.")
    )
    legislation: tuple[Legislation, ...] = field(default=(), metadata=_doc("Laws and bills."))
    declarations: tuple[Declaration, ...] = field(
        default=(),
        metadata=_doc("Reservations, declarations, designations and territorial statements."),
    )
    notes: str | None = field(default=None, metadata=_doc("Free text."))
    loc: Loc = _internal()


@dataclass(frozen=True, slots=True, repr=False)
class Place(Record):
    country: str = field(metadata=_doc("Host: any ISO 3166-1 alpha-2 code.", pattern=COUNTRY_CODE))
    city: str | None = field(default=None, metadata=_doc("City."))


@dataclass(frozen=True, slots=True, repr=False)
class Participant(Record):
    country: str = field(metadata=_doc("A country of this dataset.", pattern=COUNTRY_CODE))
    delegates: int | None = field(default=None, metadata=_doc("Number of delegates.", minimum=1))
    note: str | None = field(default=None, metadata=_doc("Free text."))
    loc: Loc = _internal()


@dataclass(frozen=True, slots=True, repr=False)
class Event(Record):
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


@dataclass(frozen=True, slots=True, repr=False)
class Dataset(Record):
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

    def document(self, source_id: str) -> str:
        """The id of the document a source is: the end of its ``same_as``
        chain (a source marked as a copy counts as the one it copies)."""
        copies = {s.id: s.same_as for s in self.sources if s.same_as}
        seen = {source_id}
        while (original := copies.get(source_id)) is not None and original not in seen:
            seen.add(original)
            source_id = original
        return source_id

    def legislation(self) -> dict[str, Legislation]:
        return {item.id: item for country in self.countries for item in country.legislation}
