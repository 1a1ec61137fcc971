"""What changed between two versions of the dataset, computed on the loaded
records, never on the text of the files.

Order never carries meaning in the data model, so every list is compared as a
collection: records by identity (country by ``code``, legislation, event and
source by ``id``, participant by ``country``, treaty milestone by ``stage``,
history entry by ``status`` and ``date``), plain lists (memberships, topics,
organizers, sources, outcomes...) by value. Re-ordering, re-quoting,
re-indenting, block versus flow style and comments therefore change nothing,
and every real change yields exactly one :class:`Change`.

Beside the raw changes, :func:`diff_datasets` reports each country's derived
progress (treaty stages, laws in force, pending bills, article-group scores),
computed on each side at that side's own ``as_of``.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, fields, is_dataclass
from enum import Enum, IntEnum
from typing import Any, TypeVar, Union

from accession_cli.core.analysis.progress import CountryProgress, country_progress
from accession_cli.core.data.dates import PartialDate
from accession_cli.core.data.enums import STAGE_WORDS, STATUS_WORDS, TREATY_SHORT
from accession_cli.core.data.errors import UsageError
from accession_cli.core.data.model import (
    ArticleGroup,
    Country,
    Dataset,
    Declaration,
    Event,
    Legislation,
    Membership,
    Milestone,
    Participant,
    Region,
    Source,
    StatusEntry,
    Treaty,
)
from accession_cli.core.data.record import Record

#: A before/after value: what the field holds, in JSON terms (dates as text,
#: enums as their value; a place as ``{"city": ..., "country": ...}``).
Value = Union[str, int, float, bool, dict[str, Union[str, None]], None]  # noqa: UP007


class ChangeKind(str, Enum):
    COUNTRY_ADDED = "country-added"
    COUNTRY_REMOVED = "country-removed"
    STAGE_ADDED = "stage-added"
    STAGE_REMOVED = "stage-removed"
    STAGE_REDATED = "stage-redated"
    LEGISLATION_ADDED = "legislation-added"
    LEGISLATION_REMOVED = "legislation-removed"
    STATUS_ADDED = "status-added"
    STATUS_REMOVED = "status-removed"
    STATUS_REDATED = "status-redated"
    ARTICLE_CHANGED = "article-changed"
    PROVISION_CHANGED = "provision-changed"
    DECLARATION_ADDED = "declaration-added"
    DECLARATION_REMOVED = "declaration-removed"
    DECLARATION_CHANGED = "declaration-changed"
    EVENT_ADDED = "event-added"
    EVENT_REMOVED = "event-removed"
    EVENT_REDATED = "event-redated"
    PARTICIPANT_ADDED = "participant-added"
    PARTICIPANT_REMOVED = "participant-removed"
    EVENT_CHANGED = "event-changed"
    SOURCE_ADDED = "source-added"
    SOURCE_REMOVED = "source-removed"
    SOURCE_CHANGED = "source-changed"
    VERSION_CHANGED = "version-changed"
    AS_OF_CHANGED = "as-of-changed"
    FIELD_CHANGED = "field-changed"
    #: derived: a country's progress differs (stage, laws in force, bills, score)
    PROGRESS = "progress"


class Sign(str, Enum):
    ADDED = "+"
    REMOVED = "-"
    CHANGED = "~"


_ADDED = frozenset(k for k in ChangeKind if k.value.endswith("-added"))
_REMOVED = frozenset(k for k in ChangeKind if k.value.endswith("-removed"))
#: kinds whose values are dates (None = undated)
DATED = frozenset(
    {
        ChangeKind.STAGE_ADDED,
        ChangeKind.STAGE_REMOVED,
        ChangeKind.STAGE_REDATED,
        ChangeKind.STATUS_ADDED,
        ChangeKind.STATUS_REMOVED,
        ChangeKind.STATUS_REDATED,
        ChangeKind.EVENT_REDATED,
    }
)


@dataclass(frozen=True, slots=True, repr=False)
class Change(Record):
    kind: ChangeKind
    #: the country it is about (its code), or None for events, sources, manifest
    country: str | None
    #: where in the data: ``countries[PE].legislation[pe-ley-30096].articles[5]``
    path: str
    before: Value
    after: Value
    #: what changed, in words, without the values: ``pe-ley-30096 article 5``
    label: str

    @property
    def sign(self) -> Sign:
        if self.kind in _ADDED:
            return Sign.ADDED
        if self.kind in _REMOVED:
            return Sign.REMOVED
        if self.kind is not ChangeKind.PROGRESS and self.kind not in DATED:
            if self.before is None and self.after is not None:
                return Sign.ADDED
            if self.after is None and self.before is not None:
                return Sign.REMOVED
        return Sign.CHANGED

    @property
    def record(self) -> str:
        """The collection it belongs to: countries, events, sources or manifest."""
        return self.path.split("[", 1)[0].split(".", 1)[0]


@dataclass(frozen=True, slots=True, repr=False)
class DatasetDiff(Record):
    changes: tuple[Change, ...]
    #: derived progress changes, one per measure that differs
    progress: tuple[Change, ...]

    def __bool__(self) -> bool:
        return bool(self.changes or self.progress)


# ------------------------------------------------------------------ matching

T = TypeVar("T")


def _internal(field_metadata: Any) -> bool:
    return bool(field_metadata.get("internal"))


def _norm(value: Any) -> Any:
    """A canonical, order-free form of any record, for stable sorting."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, PartialDate):
        return str(value)
    if is_dataclass(value) and not isinstance(value, type):
        return tuple(
            (f.name, _norm(getattr(value, f.name)))
            for f in fields(value)
            if not _internal(f.metadata)
        )
    if isinstance(value, tuple | list | set | frozenset):
        return tuple(sorted((_norm(v) for v in value), key=repr))
    if isinstance(value, dict):
        return tuple(sorted(((_norm(k), _norm(v)) for k, v in value.items()), key=repr))
    return value


def _canon(value: Any) -> str:
    return repr(_norm(value))


def _same(a: Any, b: Any) -> bool:
    """Equal as data: plain equality (fast, order-sensitive), else order-free."""
    return bool(a == b or _norm(a) == _norm(b))


def match(
    old: Iterable[T], new: Iterable[T], key: Callable[[T], Any]
) -> tuple[list[T], list[T], list[tuple[T, T]]]:
    """Pair records by identity: (removed, added, pairs that differ).

    Records equal on both sides (order-free) are dropped. When an identity is
    duplicated (a data error ``check`` reports), the leftovers are paired in
    canonical order, so the result never depends on the order of the files.
    """
    olds: dict[Any, list[T]] = {}
    news: dict[Any, list[T]] = {}
    for item in old:
        olds.setdefault(key(item), []).append(item)
    for item in new:
        news.setdefault(key(item), []).append(item)
    removed: list[T] = []
    added: list[T] = []
    pairs: list[tuple[T, T]] = []
    for k in sorted(olds.keys() | news.keys(), key=repr):
        left, right = olds.get(k, []), news.get(k, [])
        if len(left) == 1 and len(right) == 1:  # the usual case
            if not _same(left[0], right[0]):
                pairs.append((left[0], right[0]))
            continue
        left_norm = sorted(((repr(_norm(x)), x) for x in left), key=lambda p: p[0])
        right_norm = sorted(((repr(_norm(x)), x) for x in right), key=lambda p: p[0])
        unmatched = []
        for canon, item in left_norm:
            twin = next((i for i, (other, _) in enumerate(right_norm) if other == canon), None)
            if twin is None:
                unmatched.append(item)
            else:
                del right_norm[twin]
        rest = [item for _, item in right_norm]
        n = min(len(unmatched), len(rest))
        pairs.extend(zip(unmatched[:n], rest[:n], strict=True))
        removed.extend(unmatched[n:])
        added.extend(rest[n:])
    return removed, added, pairs


#: (removed, added, re-dated) for the two kinds of dated fact
_STAGE_KINDS = (ChangeKind.STAGE_REMOVED, ChangeKind.STAGE_ADDED, ChangeKind.STAGE_REDATED)
_STATUS_KINDS = (ChangeKind.STATUS_REMOVED, ChangeKind.STATUS_ADDED, ChangeKind.STATUS_REDATED)


class Found(IntEnum):
    """What :func:`in_key_order` found for an identity (in the order shown)."""

    REMOVED = 0
    ADDED = 1
    CHANGED = 2


def in_key_order(
    old: Iterable[T],
    new: Iterable[T],
    key: Callable[[T], Any],
    order: Callable[[T], Any] | None = None,
) -> list[tuple[Found, T, T | None]]:
    """:func:`match` as one list in order of identity (or of ``order``, when
    given; a change is placed by its new version, so an event moved to another
    date is listed at its new date): (what, record, new version of it or None).
    For one identity a removal comes first, then an addition, then a change."""
    removed, added, pairs = match(old, new, key)
    rank = order or key
    items: list[tuple[Any, Found, T, T | None]] = [
        *((rank(r), Found.REMOVED, r, None) for r in removed),
        *((rank(r), Found.ADDED, r, None) for r in added),
        *((rank(b), Found.CHANGED, a, b) for a, b in pairs),
    ]
    items.sort(key=lambda i: (i[0], i[1]))
    return [(found, a, b) for _, found, a, b in items]


# -------------------------------------------------------------------- values


def plain_value(value: Any) -> Value:
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, str):
        return value
    if isinstance(value, PartialDate):
        return str(value)
    if is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: None if (v := getattr(value, f.name)) is None else str(plain_value(v))
            for f in fields(value)
            if not _internal(f.metadata)
        }
    return str(value)


def _date(date: PartialDate | None) -> str | None:
    return str(date) if date is not None else None


def _is_value_list(value: Any) -> bool:
    return isinstance(value, tuple) and all(isinstance(v, str) for v in value)


def _entry_key(entry: StatusEntry) -> str:
    return f"{entry.status.value} {entry.date}" if entry.date else entry.status.value


def _entry_order(entry: StatusEntry) -> tuple[Any, ...]:
    dated = entry.date.sort_key() if entry.date else (dt.date.max, dt.date.max)
    return (dated, entry.status.rank)


# ------------------------------------------------------------------- differ


class _Differ:
    def __init__(self, codes: Collection[str] | None) -> None:
        self.codes = None if codes is None else frozenset(codes)
        self.out: list[Change] = []

    def emit(
        self,
        kind: ChangeKind,
        country: str | None,
        path: str,
        before: Value,
        after: Value,
        label: str,
    ) -> None:
        if self.codes is not None and country is not None and country not in self.codes:
            return
        self.out.append(Change(kind, country, path, before, after, label))

    def presence(
        self,
        found: Found,
        kinds: tuple[ChangeKind, ChangeKind],
        country: str | None,
        path: str,
        shown: Value,
        label: str,
    ) -> bool:
        """Emit a record's removal or addition (``shown`` is what names it:
        a title, a date); False when it is in both versions, for the caller
        to compare."""
        if found is Found.CHANGED:
            return False
        removed, added = kinds
        if found is Found.REMOVED:
            self.emit(removed, country, path, shown, None, label)
        else:
            self.emit(added, country, path, None, shown, label)
        return True

    def keyed(
        self,
        found: Found,
        old: Any,
        new: Any,
        kinds: tuple[ChangeKind, ChangeKind, ChangeKind],
        *,
        country: str | None,
        path: str,
        shown: Value,
        label: str,
        skip: Collection[str],
        fields_label: str | None = None,
    ) -> None:
        """A record matched by its key: removed, added, or its other fields
        compared (``kinds``: removed, added, field changed)."""
        removed, added, changed = kinds
        if self.presence(found, (removed, added), country, path, shown, label):
            return
        assert new is not None
        self.fields(
            old,
            new,
            kind=changed,
            country=country,
            path=path,
            label=label if fields_label is None else fields_label,
            skip=skip,
        )

    def fields(
        self,
        old: Any,
        new: Any,
        *,
        kind: ChangeKind,
        country: str | None,
        path: str,
        label: str,
        skip: Collection[str] = (),
    ) -> None:
        """Every other field: scalars as one change, plain lists element by element."""
        for f in fields(old):
            if _internal(f.metadata) or f.name in skip:
                continue
            a, b = getattr(old, f.name), getattr(new, f.name)
            if _same(a, b):
                continue
            sub_path = f"{path}.{f.name}"
            sub_label = f"{label} {f.name}".strip()
            if _is_value_list(a) and _is_value_list(b):
                before = {str(plain_value(v)) for v in a}
                after = {str(plain_value(v)) for v in b}
                for value in sorted(before - after):
                    self.emit(kind, country, sub_path, value, None, sub_label)
                for value in sorted(after - before):
                    self.emit(kind, country, sub_path, None, value, sub_label)
            elif (
                is_dataclass(a)
                and is_dataclass(b)
                and not isinstance(a, type)
                and not isinstance(b, type)
            ):
                self.fields(a, b, kind=kind, country=country, path=sub_path, label=sub_label)
            else:
                self.emit(kind, country, sub_path, plain_value(a), plain_value(b), sub_label)

    # -- manifest and sources

    def manifest(self, old: Dataset, new: Dataset) -> None:
        a, b = old.manifest, new.manifest
        if a.version != b.version:
            self.emit(
                ChangeKind.VERSION_CHANGED,
                None,
                "manifest.version",
                a.version,
                b.version,
                "version",
            )
        if a.as_of != b.as_of:
            self.emit(
                ChangeKind.AS_OF_CHANGED,
                None,
                "manifest.as_of",
                str(a.as_of),
                str(b.as_of),
                "as_of",
            )
        self.fields(
            a,
            b,
            kind=ChangeKind.FIELD_CHANGED,
            country=None,
            path="manifest",
            label="",
            skip={"version", "as_of"},
        )

    def sources(self, old: Sequence[Source], new: Sequence[Source]) -> None:
        kinds = (ChangeKind.SOURCE_REMOVED, ChangeKind.SOURCE_ADDED, ChangeKind.SOURCE_CHANGED)
        for found, a, b in in_key_order(old, new, lambda s: s.id):
            self.keyed(
                found,
                a,
                b,
                kinds,
                country=None,
                path=f"sources[{a.id}]",
                shown=a.title,
                label=f"source {a.id}",
                skip={"id"},
            )

    # -- countries

    def countries(self, old: Sequence[Country], new: Sequence[Country]) -> None:
        for found, a, b in in_key_order(old, new, lambda c: c.code):
            code = a.code
            path = f"countries[{code}]"
            kinds = (ChangeKind.COUNTRY_REMOVED, ChangeKind.COUNTRY_ADDED)
            if self.presence(found, kinds, code, path, a.name, "country"):
                continue
            assert b is not None
            self.country(a, b)

    def country(self, old: Country, new: Country) -> None:
        code = old.code
        path = f"countries[{code}]"
        self.fields(
            old,
            new,
            kind=ChangeKind.FIELD_CHANGED,
            country=code,
            path=path,
            label="",
            skip={"code", "treaties", "legislation", "declarations"},
        )
        self.declarations(code, old, new)
        for treaty in Treaty:
            self.milestones(
                code,
                treaty,
                old.treaties.get(treaty, ()),
                new.treaties.get(treaty, ()),
            )
        self.legislation(code, old.legislation, new.legislation)

    def milestones(
        self,
        code: str,
        treaty: Treaty,
        old: Sequence[Milestone],
        new: Sequence[Milestone],
    ) -> None:
        name = TREATY_SHORT[treaty]
        base = f"countries[{code}].treaties.{treaty.value}"
        stages = in_key_order(
            old, new, lambda m: m.stage, order=lambda m: (m.stage.rank, m.stage.value)
        )
        for found, a, b in stages:
            label = f"{name} {STAGE_WORDS[a.stage]}"
            self.dated(
                found,
                a,
                b,
                _STAGE_KINDS,
                code=code,
                path=f"{base}[{a.stage.value}]",
                label=label,
                fields_label=label,
                skip={"stage", "date"},
            )

    def dated(
        self,
        found: Found,
        old: Milestone | StatusEntry,
        new: Milestone | StatusEntry | None,
        kinds: tuple[ChangeKind, ChangeKind, ChangeKind],
        *,
        code: str,
        path: str,
        label: str,
        fields_label: str,
        skip: set[str],
    ) -> None:
        """A dated fact (treaty step, status entry) removed, added, or kept:
        re-dated when its date moved, and any other field compared."""
        removed, added, redated = kinds
        if self.presence(found, (removed, added), code, path, _date(old.date), label):
            return
        assert new is not None
        if old.date != new.date:
            self.emit(redated, code, path, _date(old.date), _date(new.date), label)
        self.fields(
            old,
            new,
            kind=ChangeKind.FIELD_CHANGED,
            country=code,
            path=path,
            label=fields_label,
            skip=skip,
        )

    def legislation(
        self, code: str, old: Sequence[Legislation], new: Sequence[Legislation]
    ) -> None:
        for found, a, b in in_key_order(old, new, lambda item: item.id):
            path = f"countries[{code}].legislation[{a.id}]"
            label = f"legislation {a.id}"
            kinds = (ChangeKind.LEGISLATION_REMOVED, ChangeKind.LEGISLATION_ADDED)
            if self.presence(found, kinds, code, path, a.title, label):
                continue
            assert b is not None
            self.item(code, a, b)

    def item(self, code: str, old: Legislation, new: Legislation) -> None:
        path = f"countries[{code}].legislation[{old.id}]"
        self.fields(
            old,
            new,
            kind=ChangeKind.FIELD_CHANGED,
            country=code,
            path=path,
            label=old.id,
            skip={"id", "history", "articles", "provisions"},
        )
        self.history(code, old.id, path, old.history, new.history)
        self.provisions(code, path, old, new)

    def provisions(self, code: str, path: str, old: Legislation, new: Legislation) -> None:
        """One line per article whose grade or domestic provision changed
        (``cl-ley-21459 art. 2: partial -> full``); its sources and note as
        field changes."""
        old_grades, new_grades = old.grades(), new.grades()
        old_by = {p.article: p for p in old.provisions}
        new_by = {p.article: p for p in new.provisions}
        for article in sorted(
            old_grades.keys() | new_grades.keys() | old_by.keys() | new_by.keys()
        ):
            label = f"{old.id} art. {article}"
            a, b = old_grades.get(article), new_grades.get(article)
            if a != b:
                self.emit(
                    ChangeKind.ARTICLE_CHANGED,
                    code,
                    f"{path}.articles[{article}]",
                    plain_value(a),
                    plain_value(b),
                    label,
                )
            pa, pb = old_by.get(article), new_by.get(article)
            text_a = pa.provision if pa else None
            text_b = pb.provision if pb else None
            if text_a != text_b:
                self.emit(
                    ChangeKind.PROVISION_CHANGED,
                    code,
                    f"{path}.provisions[{article}]",
                    text_a,
                    text_b,
                    f"{label} provision",
                )
            if pa is not None and pb is not None:
                self.fields(
                    pa,
                    pb,
                    kind=ChangeKind.PROVISION_CHANGED,
                    country=code,
                    path=f"{path}.provisions[{article}]",
                    label=label,
                    skip={"article", "provision", "grade"},
                )

    def declarations(self, code: str, old: Country, new: Country) -> None:
        kinds = (
            ChangeKind.DECLARATION_REMOVED,
            ChangeKind.DECLARATION_ADDED,
            ChangeKind.DECLARATION_CHANGED,
        )
        for found, a, b in in_key_order(old.declarations, new.declarations, _declaration_key):
            self.keyed(
                found,
                a,
                b,
                kinds,
                country=code,
                path=f"countries[{code}].declarations[{a.name}]",
                shown=a.summary,
                label=a.name,
                skip={"treaty", "kind", "basis", "concerns"},
            )

    def history(
        self,
        code: str,
        item_id: str,
        base: str,
        old: Sequence[StatusEntry],
        new: Sequence[StatusEntry],
    ) -> None:
        removed, added, pairs = match(old, new, lambda e: (e.status.value, _date(e.date)))
        # An entry whose date alone moved is re-dated, not removed and added:
        # pair the leftovers of one status when both sides have as many.
        redated: list[tuple[StatusEntry, StatusEntry]] = []
        for status in sorted({e.status for e in removed} & {e.status for e in added}):
            gone = sorted((e for e in removed if e.status is status), key=_entry_order)
            came = sorted((e for e in added if e.status is status), key=_entry_order)
            if len(gone) == len(came):
                redated.extend(zip(gone, came, strict=True))
                removed = [e for e in removed if e.status is not status]
                added = [e for e in added if e.status is not status]
        # re-dated pairs (dates differ) sort before unchanged-date pairs
        items: list[tuple[Any, int, Found, StatusEntry, StatusEntry | None]] = [
            *((_entry_order(e), 0, Found.REMOVED, e, None) for e in removed),
            *((_entry_order(e), 1, Found.ADDED, e, None) for e in added),
            *((_entry_order(a), 2, Found.CHANGED, a, b) for a, b in redated),
            *((_entry_order(a), 3, Found.CHANGED, a, b) for a, b in pairs),
        ]
        for _, _, found, a, b in sorted(items, key=lambda i: (i[0], i[1], _canon(i[3]))):
            self.dated(
                found,
                a,
                b,
                _STATUS_KINDS,
                code=code,
                path=f"{base}.history[{_entry_key(a)}]",
                label=f"{item_id} {STATUS_WORDS[a.status]}",
                fields_label=f"{item_id} {_entry_key(a)}",
                skip={"status", "date"},
            )

    # -- events

    def events(self, old: Sequence[Event], new: Sequence[Event]) -> None:
        by_date = in_key_order(old, new, lambda e: e.id, order=lambda e: (e.start.sort_key(), e.id))
        for found, a, b in by_date:
            if not self._shown(a, b):
                continue
            kinds = (ChangeKind.EVENT_REMOVED, ChangeKind.EVENT_ADDED)
            if self.presence(found, kinds, None, f"events[{a.id}]", a.title, f"event {a.id}"):
                continue
            assert b is not None
            self.event(a, b)

    def _shown(self, old: Event, new: Event | None) -> bool:
        """With a country filter, only events the countries attend or host."""
        if self.codes is None:
            return True
        return any(e.involves(c) for e in (old, new) if e is not None for c in self.codes)

    def event(self, old: Event, new: Event) -> None:
        path = f"events[{old.id}]"
        for name in ("start", "end"):
            a, b = getattr(old, name), getattr(new, name)
            if a != b:
                self.emit(
                    ChangeKind.EVENT_REDATED,
                    None,
                    f"{path}.{name}",
                    _date(a),
                    _date(b),
                    f"{old.id} {name}",
                )
        self.participants(old.id, path, old.participants, new.participants)
        self.fields(
            old,
            new,
            kind=ChangeKind.EVENT_CHANGED,
            country=None,
            path=path,
            label=old.id,
            skip={"id", "start", "end", "participants"},
        )

    def participants(
        self, event_id: str, base: str, old: Sequence[Participant], new: Sequence[Participant]
    ) -> None:
        kinds = (
            ChangeKind.PARTICIPANT_REMOVED,
            ChangeKind.PARTICIPANT_ADDED,
            ChangeKind.EVENT_CHANGED,
        )
        for found, a, b in in_key_order(old, new, lambda p: p.country):
            self.keyed(
                found,
                a,
                b,
                kinds,
                country=a.country,
                path=f"{base}.participants[{a.country}]",
                shown=a.country,
                label=f"{event_id} participant",
                fields_label=f"{event_id} participant {a.country}",
                skip={"country"},
            )


def _declaration_key(declaration: Declaration) -> tuple[str, ...]:
    return (
        declaration.treaty.value,
        declaration.kind.value,
        declaration.basis or "",
        *declaration.concerns,
    )


def _score(progress: CountryProgress, group: ArticleGroup) -> float | None:
    return progress.scores[group].score


def progress_changes(
    old: Dataset, new: Dataset, old_country: Country, new_country: Country
) -> list[Change]:
    """How a country's standing moved, each side measured at its own ``as_of``."""
    a = country_progress(old, old_country)
    b = country_progress(new, new_country)
    code = new_country.code
    base = f"countries[{code}].progress"
    out: list[Change] = []

    def add(path: str, before: Value, after: Value, label: str) -> None:
        if before != after:
            out.append(Change(ChangeKind.PROGRESS, code, f"{base}.{path}", before, after, label))

    for treaty in Treaty:
        before_stage, after_stage = a.treaties[treaty].stage, b.treaties[treaty].stage
        add(
            treaty.value,
            before_stage.value if before_stage else None,
            after_stage.value if after_stage else None,
            f"{TREATY_SHORT[treaty]} stage",
        )
    add("laws_in_force", len(a.laws_in_force), len(b.laws_in_force), "laws in force")
    add("pending_bills", len(a.pending_bills), len(b.pending_bills), "pending bills")
    for group in ArticleGroup:
        add(f"scores.{group.value}", _score(a, group), _score(b, group), f"{group.value} score")
    return out


def diff_datasets(
    old: Dataset, new: Dataset, *, countries: Collection[str] | None = None
) -> DatasetDiff:
    """Every change from ``old`` to ``new``; with ``countries`` (codes), only
    the changes about them and the events they attend or host."""
    differ = _Differ(countries)
    if countries is None:
        differ.manifest(old, new)
        differ.sources(old.sources, new.sources)
    differ.countries(old.countries, new.countries)
    differ.events(old.events, new.events)
    progress: list[Change] = []
    new_by_code = {c.code: c for c in new.countries}
    for country in sorted(old.countries, key=lambda c: c.code):
        other = new_by_code.get(country.code)
        if other is None or (countries is not None and country.code not in countries):
            continue
        progress.extend(progress_changes(old, new, country, other))
    return DatasetDiff(tuple(differ.out), tuple(progress))


# ------------------------------------------------------------------ filters


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().strip()


def matching_codes(
    datasets: Sequence[Dataset],
    *,
    countries: Sequence[str] = (),
    regions: Sequence[Region] = (),
    members: Sequence[Membership] = (),
) -> frozenset[str] | None:
    """The codes the ``--country/--region/--member`` filters select in any of
    ``datasets`` (a country removed in one version is still found in the
    other); None when no filter is given."""
    from accession_cli.core.analysis.views import resolve_countries

    if not (countries or regions or members):
        return None
    every: dict[str, list[Country]] = {}
    for dataset in datasets:
        for country in dataset.countries:
            every.setdefault(country.code, []).append(country)
    selected = set(every)
    if countries:
        wanted: set[str] = set()
        for query in countries:
            errors: list[UsageError] = []
            for dataset in datasets:
                try:
                    found = resolve_countries(dataset, query)
                except UsageError as exc:  # not a country this version knows
                    errors.append(exc)
                    continue
                if found:
                    wanted.update(c.code for c in found)
                    break
            if len(errors) == len(datasets):
                raise errors[0]
        selected &= wanted
    if regions:
        selected = {code for code in selected if any(c.region in regions for c in every[code])}
    if members:
        selected = {
            code
            for code in selected
            if any(set(members) <= set(c.memberships) for c in every[code])
        }
    return frozenset(selected)


# --------------------------------------------------------------------- view


@dataclass(frozen=True, slots=True, repr=False)
class Side(Record):
    """One version compared: how the user named it, and its manifest."""

    label: str
    version: str
    as_of: PartialDate


@dataclass(frozen=True, slots=True, repr=False)
class DiffView(Record):
    old: Side
    new: Side
    filters: tuple[str, ...]
    changes: tuple[Change, ...]
    progress: tuple[Change, ...]
    #: country code -> name, from both versions (the new name wins)
    names: dict[str, str]

    @property
    def countries(self) -> tuple[str, ...]:
        """Codes of the countries with changes, in order of their names."""
        codes: set[str] = set()
        for change in (*self.changes, *self.progress):
            if change.country is not None:
                codes.add(change.country)

        def order(code: str) -> tuple[str, str]:
            return (_fold(self.names.get(code) or code), code)

        return tuple(sorted(codes, key=order))

    def count(self, sign: Sign) -> int:
        return sum(1 for c in self.changes if c.sign is sign)


def diff_view(
    old: Dataset,
    new: Dataset,
    *,
    old_label: str,
    new_label: str,
    countries: Collection[str] | None = None,
    filters: Sequence[str] = (),
) -> DiffView:
    result = diff_datasets(old, new, countries=countries)
    names = {c.code: c.name for c in old.countries}
    names.update({c.code: c.name for c in new.countries})
    return DiffView(
        Side(old_label, old.manifest.version, old.manifest.as_of),
        Side(new_label, new.manifest.version, new.manifest.as_of),
        tuple(filters),
        result.changes,
        result.progress,
        names,
    )
