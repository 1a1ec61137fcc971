"""Words shared by the ``accession diff`` renderers (plain text, not escaped:
each format escapes for its medium).

The diff formats are registered under their own names (``diff-table``,
``diff-md``, ``diff-json``) so the shared ``table``/``md``/``json`` modules
stay as they are; :func:`register_formats` wires them.
"""

from __future__ import annotations

from dataclasses import dataclass

from accession_cli.core.analysis.diff import DATED, Change, ChangeKind, DiffView, Sign, Value
from accession_cli.core.analysis.timeline import Fact, FactKind, Window, WindowView
from accession_cli.core.data.enums import STAGE_WORDS, STATUS_WORDS
from accession_cli.core.data.record import Record
from accession_cli.render.common import DASH

FORMATS = ("table", "md", "json")


def register_formats() -> None:
    from accession_cli.render import register

    for name in FORMATS:
        module = "jsonfmt" if name == "json" else name
        register(f"diff-{name}", f"accession_cli.render.diff.{module}")


PROGRESS_MARK = "Δ"
ARROW = "→"
RECORD_HEADINGS = {"events": "Events", "sources": "Sources", "manifest": "Dataset"}


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"


def value_text(change: Change, value: Value) -> str:
    if value is None:
        if change.kind in DATED:
            return "undated"
        if change.kind is ChangeKind.ARTICLE_CHANGED or change.path.endswith(
            tuple(f"scores.{g}" for g in ("substantive", "procedural", "cooperation"))
        ):
            return "not assessed"
        return DASH
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items() if v is not None)
    return _CODE_WORDS.get(value, value) if isinstance(value, str) else str(value)


#: Stage and status codes as words ("in_force" reads "in force"); only a
#: value that is exactly a code is translated, never free text.
_CODE_WORDS: dict[str, str] = {
    **{stage.value: word for stage, word in STAGE_WORDS.items()},
    **{status.value: word for status, word in STATUS_WORDS.items()},
}


def values_text(change: Change) -> str:
    """'after' for an addition, 'before' for a removal, 'before → after' otherwise."""
    sign = change.sign
    if sign is Sign.ADDED and change.kind is not ChangeKind.PROGRESS:
        return value_text(change, change.after)
    if sign is Sign.REMOVED:
        return value_text(change, change.before)
    return f"{value_text(change, change.before)} {ARROW} {value_text(change, change.after)}"


def change_text(change: Change) -> str:
    return f"{change.label}: {values_text(change)}"


def mark(change: Change) -> str:
    return PROGRESS_MARK if change.kind is ChangeKind.PROGRESS else change.sign.value


@dataclass(frozen=True, slots=True, repr=False)
class Group(Record):
    heading: str
    changes: tuple[Change, ...]
    progress: tuple[Change, ...]


def country_heading(names: dict[str, str], code: str) -> str:
    return f"{names.get(code, code)} ({code})"


def groups(view: DiffView) -> list[Group]:
    """Countries in order of name, then events, sources and the manifest."""
    result = [
        Group(
            country_heading(view.names, code),
            tuple(c for c in view.changes if c.country == code),
            tuple(c for c in view.progress if c.country == code),
        )
        for code in view.countries
    ]
    for record, heading in RECORD_HEADINGS.items():
        changes = tuple(c for c in view.changes if c.country is None and c.record == record)
        if changes:
            result.append(Group(heading, changes, ()))
    return result


def summary(view: DiffView) -> str:
    head = f"{view.old.label} {ARROW} {view.new.label}: "
    if not view.changes and not view.progress:
        return head + "no changes"
    counts = ", ".join(
        f"{view.count(sign)} {word}"
        for sign, word in (
            (Sign.ADDED, "added"),
            (Sign.REMOVED, "removed"),
            (Sign.CHANGED, "changed"),
        )
        if view.count(sign)
    )
    text = head + plural(len(view.changes), "change") + (f" ({counts})" if counts else "")
    if view.countries:
        text += f" in {plural(len(view.countries), 'country', 'countries')}"
    if view.progress:
        text += f"; {plural(len(view.progress), 'progress change')}"
    return text


def versions(view: DiffView) -> str:
    return (
        f"dataset {view.old.version} (as of {view.old.as_of}) {ARROW} "
        f"{view.new.version} (as of {view.new.as_of})"
    )


def filters_text(filters: tuple[str, ...]) -> str:
    return "only " + "; ".join(filters)


# ------------------------------------------------------------------ windows


def period_text(window: Window) -> str:
    if window.since and window.until:
        return f"from {window.since.isoformat()} to {window.until.isoformat()}"
    if window.since:
        return f"since {window.since.isoformat()}"
    if window.until:
        return f"up to {window.until.isoformat()}"
    return "at any date"


def window_summary(view: WindowView) -> str:
    window = view.window
    countries = {f.country for f in window.facts if f.country is not None}
    events = sum(1 for f in window.facts if f.kind is FactKind.EVENT)
    others = len(window.facts) - events
    text = f"What happened {period_text(window)}: "
    if not window:
        return text + "nothing recorded"
    parts = []
    if others or not events:
        parts.append(
            f"{plural(others, 'step')} in {plural(len(countries), 'country', 'countries')}"
        )
    if events:
        parts.append(plural(events, "event"))
    text += ", ".join(parts)
    if window.possible:
        text += f"; {len(window.possible)} possibly"
    return text


def dataset_text(view: WindowView) -> str:
    return f"dataset {view.version}, as of {view.as_of}"


def fact_date(fact: Fact) -> str:
    return f"{fact.date}..{fact.end}" if fact.end is not None else str(fact.date)


def fact_text(fact: Fact) -> str:
    if fact.kind is FactKind.STAGE:
        return f"{fact.title} {_CODE_WORDS.get(fact.what, fact.what)}"
    if fact.kind is FactKind.STATUS:
        return f"{fact.subject} {_CODE_WORDS.get(fact.what, fact.what)}: {fact.title}"
    where = ", ".join(x for x in (fact.city, fact.host) if x)
    details = [where] if where else []
    if fact.participants:
        details.append("participants " + " ".join(fact.participants))
    text = f"{fact.what} {fact.subject}: {fact.title}"
    if details:
        text += f" ({'; '.join(details)})"
    if fact.planned:
        text += " [planned]"
    return text


@dataclass(frozen=True, slots=True, repr=False)
class FactGroup(Record):
    heading: str
    facts: tuple[Fact, ...]


def fact_groups(facts: tuple[Fact, ...], names: dict[str, str]) -> list[FactGroup]:
    codes = {f.country for f in facts if f.country is not None}

    def order(code: str) -> tuple[str, str]:
        return (names.get(code, code).casefold(), code)

    result = [
        FactGroup(country_heading(names, code), tuple(f for f in facts if f.country == code))
        for code in sorted(codes, key=order)
    ]
    events = tuple(f for f in facts if f.country is None)
    if events:
        result.append(FactGroup("Events", events))
    return result


POSSIBLY = "Possibly in the period (the date straddles an end of it)"
