"""As-of logic: stages, laws in force, pending bills, coverage and scores."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from accession_cli.core.analysis.progress import CountryProgress, country_progress
from accession_cli.core.data.loader import load_dataset
from accession_cli.core.data.model import ArticleGroup, Coverage, Dataset, Treaty, TreatyStage
from conftest import COUNTRY_MX, write_dataset


def load(root: Path) -> Dataset:
    result = load_dataset(root)
    assert result.dataset is not None, result.findings
    return result.dataset


def peru(dataset: Dataset, day: str) -> CountryProgress:
    country = dataset.country("PE")
    assert country is not None
    return country_progress(dataset, country, dt.date.fromisoformat(day))


@pytest.mark.parametrize(
    ("day", "stage"),
    [
        ("2015-02-28", None),
        # invited in "2015-03": only once March is over
        ("2015-03-15", None),
        ("2015-03-31", TreatyStage.INVITED),
        ("2019-08-25", TreatyStage.INVITED),
        ("2019-08-26", TreatyStage.ACCEDED),
        ("2019-11-30", TreatyStage.ACCEDED),
        ("2019-12-01", TreatyStage.IN_FORCE),
        ("2026-01-31", TreatyStage.IN_FORCE),
    ],
)
def test_stage_before_on_and_after_each_milestone(
    dataset: Path, day: str, stage: TreatyStage | None
) -> None:
    assert peru(load(dataset), day).stage(Treaty.BUDAPEST).stage is stage


def test_a_superseded_law_stops_counting(dataset: Path) -> None:
    data = load(dataset)
    before = peru(data, "2013-10-21")
    after = peru(data, "2013-10-22")
    assert [s.item.id for s in before.laws_in_force] == ["pe-old-code"]
    assert [s.item.id for s in after.laws_in_force] == ["pe-law-2013"]
    # the old code assessed Art. 3 as partial; the new law as full
    assert before.coverage[3] is Coverage.PARTIAL
    assert after.coverage[3] is Coverage.FULL


def test_a_pending_bill_counts_only_in_the_projection(dataset: Path) -> None:
    progress = peru(load(dataset), "2026-01-31")
    assert [s.item.id for s in progress.pending_bills] == ["pe-bill-2024"]
    assert progress.coverage[18] is None
    assert progress.projected[18] is Coverage.FULL
    # Art. 5: partial in force, full if the bill passes
    assert (progress.coverage[5], progress.projected[5]) == (Coverage.PARTIAL, Coverage.FULL)
    assert progress.scores[ArticleGroup.PROCEDURAL].score == 0.19
    assert progress.projected_scores[ArticleGroup.PROCEDURAL].score == 0.44


def test_a_bill_does_not_exist_before_its_first_status(dataset: Path) -> None:
    progress = peru(load(dataset), "2024-04-30")
    assert progress.pending_bills == ()


def test_scores_count_assessed_articles_beside_the_score(dataset: Path) -> None:
    scores = peru(load(dataset), "2026-01-31").scores
    substantive = scores[ArticleGroup.SUBSTANTIVE]
    assert (substantive.full, substantive.partial, substantive.assessed, substantive.articles) == (
        3,
        1,
        4,
        12,
    )
    assert substantive.score == 0.29
    cooperation = scores[ArticleGroup.COOPERATION]
    assert (cooperation.assessed, cooperation.score) == (0, None)  # not assessed: no score


def test_events_attended_by_date(dataset: Path) -> None:
    data = load(dataset)
    assert peru(data, "2010-08-25").events == ()
    assert [e.id for e in peru(data, "2010-08-26").events] == ["2010-08-mexico-city-workshop"]


def test_undated_facts_count_from_the_dataset_as_of(tmp_path: Path) -> None:
    undated = COUNTRY_MX.replace(
        "      date: 2007-01-31\n", "      note: invited, date not given\n"
    )
    data = load(write_dataset(tmp_path / "d", countries={"MX": undated}, events={}))
    mexico = data.country("MX")
    assert mexico is not None
    assert (
        country_progress(data, mexico, dt.date(2025, 12, 31)).stage(Treaty.BUDAPEST).stage is None
    )
    assert country_progress(data, mexico).stage(Treaty.BUDAPEST).stage is TreatyStage.INVITED


def test_supersedes_link_ends_the_old_law_without_a_dated_status(tmp_path: Path) -> None:
    country = """\
code: PE
name: Peru
region: South America
legislation:
  - id: pe-old
    title: Old
    kind: law
    history: [{status: enacted, sources: [profile]}]
  - id: pe-new
    title: New
    kind: law
    supersedes: [pe-old]
    history: [{status: enacted, date: 2013-10-22, sources: [profile]}]
"""
    data = load(write_dataset(tmp_path / "d", countries={"PE": country}, events={}))
    assert [s.item.id for s in peru(data, "2026-01-31").laws_in_force] == ["pe-new"]
