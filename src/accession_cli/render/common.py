"""Small formatting helpers shared by the renderers (plain text, not escaped)."""

from __future__ import annotations

from accession_cli.core.dates import PartialDate
from accession_cli.core.model import ArticleGroup, Coverage, Treaty
from accession_cli.core.progress import GroupScore, TreatyStatus

DASH = "—"

TREATY_SHORT = {
    Treaty.BUDAPEST: "Budapest",
    Treaty.PROTOCOL_1: "Prot. 1",
    Treaty.PROTOCOL_2: "Prot. 2",
    Treaty.UN_CYBERCRIME: "UN conv.",
}

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
    return status.stage.value if status.stage else DASH


def stage_with_date(status: TreatyStatus) -> str:
    if status.stage is None:
        return DASH
    return f"{status.stage.value} {date_text(status.date)}"


def score_text(score: GroupScore) -> str:
    """'0.42 (9/12)': the score and how many articles were assessed at all."""
    if score.assessed == 0:
        return f"{DASH} (0/{score.articles})"
    return f"{score.score:.2f} ({score.assessed}/{score.articles})"


def coverage_text(coverage: Coverage | None) -> str:
    return coverage.value if coverage is not None else "unknown"
