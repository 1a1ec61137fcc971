"""Plain-text pieces of the report shared by its renderers (not escaped:
each renderer escapes for its medium)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from accession_cli.core.analysis.progress import TreatyStatus
from accession_cli.core.analysis.report import (
    STAGE_ORDER,
    Change,
    ChangeKind,
    CoverageCell,
    Outcome,
    OutcomeKind,
    QuietCountry,
    Report,
    Summary,
)
from accession_cli.core.data.model import Event, Treaty, TreatyStage
from accession_cli.render.common import (
    COVERAGE_SYMBOL,
    DASH,
    NO_STEP,
    STAGE_WORDS,
    TREATY_SHORT,
    date_text,
    short_name,
)

#: the stages in the report's order, each in its one word ("no step recorded" for none)
STAGE_LABEL: dict[TreatyStage | None, str] = {
    stage: NO_STEP if stage is None else STAGE_WORDS[stage] for stage in STAGE_ORDER
}

COVERAGE_LEGEND_ITEMS = (
    ("●", "full"),
    ("◐", "partial"),
    ("○", "none"),
    ("·", "not assessed"),
    ("→", "a pending bill would raise it to"),
)

WORKSHOP_NOTE = (
    "Workshops are events of kind workshop or training; meetings and conferences "
    "appear in the participation matrix only."
)


def stage_cell(status: TreatyStatus) -> str:
    if status.stage is None:
        return DASH
    return f"{STAGE_LABEL[status.stage]} {date_text(status.date)}"


def citations(report: Report, source_ids: tuple[str, ...] | list[str]) -> str:
    return "".join(f"[{n}]" for n in report.cite(source_ids))


def days_text(days: float) -> str:
    years = days / 365.25
    return f"{days:,.0f} days ({years:.1f} years)"


def coverage_cell(cell: CoverageCell) -> str:
    symbol = COVERAGE_SYMBOL[cell.enacted]
    if cell.raised:
        return f"{symbol}→{COVERAGE_SYMBOL[cell.projected]}"
    return symbol


def coverage_words(cell: CoverageCell) -> str:
    enacted = cell.enacted.value if cell.enacted else "not assessed"
    if cell.raised and cell.projected is not None:
        return f"{enacted}; {cell.projected.value} if pending bills pass"
    return enacted


def headline(summary: Summary, as_of: dt.date) -> list[str]:
    """The key figures, one sentence each."""
    n = summary.countries
    pending = summary.pending_bills
    lines = [
        f"{n} {'country' if n == 1 else 'countries'} in this report.",
        f"{summary.deposited} {'is a Party' if summary.deposited == 1 else 'are Parties'} "
        f"to the Budapest Convention as of {as_of} (instrument deposited); "
        f"{summary.in_force} with the Convention in force.",
        f"{summary.invited} invited, not yet deposited.",
        f"{pending} pending {'bill' if pending == 1 else 'bills'} in "
        f"{summary.countries_with_pending_bills} "
        f"{'country' if summary.countries_with_pending_bills == 1 else 'countries'}"
        + (
            f"; {summary.dormant_bills} dormant (no step recorded for more than "
            f"{summary.dormant_after} years)."
            if summary.dormant_bills
            else "."
        ),
    ]
    return lines


def median_sentence(summary: Summary) -> str:
    if summary.median_days is None:
        return (
            "Median time from first workshop to deposit: no country in this report "
            "deposited its instrument after a recorded workshop."
        )
    count = len(summary.lags)
    approx = sum(lag.approximate for lag in summary.lags)
    note = f"; {approx} from a month or year date, counted from its first day" if approx else ""
    return (
        f"Median time from first workshop attended to the deposit of the Budapest instrument: "
        f"{days_text(summary.median_days)}, over {count} "
        f"{'country' if count == 1 else 'countries'}{note}."
    )


def outcome_text(outcome: Outcome) -> str:
    if outcome.kind is OutcomeKind.TREATY:
        subject = TREATY_SHORT[Treaty(outcome.subject_id)]
        status = STAGE_LABEL[TreatyStage(outcome.status)]
    else:
        subject = outcome.subject
        status = outcome.status.replace("_", " ")
        if outcome.superseded_by is not None:
            status += f" by {short_name(outcome.superseded_by)}"
    return f"{outcome.date} {subject}: {status}"


def change_subject(change: Change) -> str:
    if change.kind is ChangeKind.TREATY:
        return TREATY_SHORT[Treaty(change.subject_id)]
    return change.subject


def change_detail(change: Change) -> str:
    if change.kind is ChangeKind.TREATY:
        return STAGE_LABEL[TreatyStage(change.detail)]
    return change.detail.replace("_", " ")


def quiet_text(quiet: QuietCountry) -> str:
    reasons = []
    if quiet.invited:
        reasons.append("invited")
    if quiet.pending_bills:
        n = quiet.pending_bills
        reasons.append(f"{n} pending {'bill' if n == 1 else 'bills'}")
    last = quiet.last_workshop
    where = f"last workshop {last.start} ({last.title})" if last else "no workshop recorded"
    return f"{'; '.join(reasons)}; {where}"


def place_text(event: Event) -> str:
    if event.place is None:
        return ""
    return ", ".join(filter(None, [event.place.city, event.place.country]))


def event_dates(event: Event) -> str:
    if event.end is None or event.end == event.start:
        return str(event.start)
    return f"{event.start} – {event.end}"


def uncertain_note(report: Report) -> str | None:
    n = report.uncertain_changes
    if not n:
        return None
    return (
        f"{n} more {'fact has' if n == 1 else 'facts have'} a month or year date, or span "
        "days, that may fall on either side of an end of this period; "
        f"{'it is' if n == 1 else 'they are'} left out."
    )


def attendance(attendees: Mapping[str, int | None], code: str) -> str:
    """A participation-matrix cell: empty, ✓, or ✓ with the number of delegates."""
    if code not in attendees:
        return ""
    delegates = attendees[code]
    return f"✓ {delegates}" if delegates else "✓"
