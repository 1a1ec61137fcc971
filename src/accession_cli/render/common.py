"""Small formatting helpers shared by the renderers (plain text, not escaped)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from accession_cli.core.analysis.progress import GroupScore, LegislationStatus, TreatyStatus
from accession_cli.core.data.dates import PartialDate
from accession_cli.core.data.enums import STAGE_WORDS, STATUS_WORDS, TREATY_SHORT
from accession_cli.core.data.model import ArticleGroup, Coverage, Legislation, Source, Status

__all__ = ["STAGE_WORDS", "STATUS_WORDS", "TREATY_SHORT"]

DASH = "—"

GROUP_SHORT = {
    ArticleGroup.SUBSTANTIVE: "Subst.",
    ArticleGroup.PROCEDURAL: "Proc.",
    ArticleGroup.COOPERATION: "Coop.",
}

COVERAGE_SYMBOL = {Coverage.FULL: "●", Coverage.PARTIAL: "◐", Coverage.NONE: "○", None: "·"}
COVERAGE_LEGEND = "● full  ◐ partial  ○ none  · not assessed"


def date_text(date: PartialDate | None) -> str:
    return str(date) if date is not None else "undated"


def stage_text(status: TreatyStatus) -> str:
    return STAGE_WORDS[status.stage] if status.stage else DASH


def stage_with_date(status: TreatyStatus) -> str:
    if status.stage is None:
        return DASH
    return f"{STAGE_WORDS[status.stage]} {date_text(status.date)}"


def status_text(status: Status | None) -> str:
    return STATUS_WORDS[status] if status is not None else ""


def standing_text(status: LegislationStatus) -> str:
    """Where a law or bill stands on the view's date, in one word or two;
    a replaced one says by which law and when."""
    if status.in_force:
        return "in force"
    if status.pending:
        return "pending"
    if status.dormant:
        return "dormant"
    if status.superseded_by is not None:
        by = short_name(status.superseded_by)
        return f"superseded by {by}, {date_text(status.superseded_on)}"
    return ""  # its Status says the rest (superseded, repealed, withdrawn...)


def short_name(law: Legislation) -> str:
    """A law named in a line about another (the one that replaced it), as
    short as it stays unambiguous: its number, else its id."""
    return law.number or law.id


def article_ranges(articles: Iterable[int]) -> str:
    """'2, 12–21, 23–35': runs of consecutive articles as ranges."""
    runs: list[list[int]] = []
    for article in sorted(articles):
        if runs and article == runs[-1][-1] + 1:
            runs[-1].append(article)
        else:
            runs.append([article])
    return ", ".join(str(run[0]) if len(run) == 1 else f"{run[0]}–{run[-1]}" for run in runs)


def score_text(score: GroupScore) -> str:
    """'0.42 (9/12)': the score and how many articles were assessed at all."""
    return f"{score_value(score)} ({score.assessed}/{score.articles})"


def score_value(score: GroupScore) -> str:
    """'0.42', or a dash when no article of the group is graded (never 0.00)."""
    return DASH if score.score is None else f"{score.score:.2f}"


def coverage_text(coverage: Coverage | None) -> str:
    return coverage.value if coverage is not None else "not assessed"


def same_document(source: Source, citations: Mapping[str, int]) -> str | None:
    """What a source marked ``same_as`` says in a list of sources: that it is
    one document with another (by its number when the list holds it)."""
    if source.same_as is None:
        return None
    number = citations.get(source.same_as)
    if number is not None:
        return f"The same document as [{number}]."
    return f"The same document as source '{source.same_as}'."
