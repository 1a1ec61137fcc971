"""When a bill stops being pending and becomes dormant, as ``list`` and
``drafts`` show it: five years after the end of its latest dated step."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run, write_dataset
from test_lifecycle import country, entry


def _bill(tmp_path: Path, history: str) -> Path:
    return write_dataset(
        tmp_path / "data", countries={"PE": country("PE", "Peru", history, "bill")}, events={}
    )


def _pending_dormant(data: Path, *args: str) -> tuple[int, int]:
    result = run("--data", str(data), "list", "--format", "json", *args)
    assert result.code == 0, result.stderr
    row = json.loads(result.stdout)["countries"][0]
    return row["pending_bills"], row["dormant_bills"]


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        # the last step ended 2019-06-30: five years later to the day it is
        # still pending, the day after it is dormant
        ("2024-06-30", (1, 0)),
        ("2024-07-01", (0, 1)),
    ],
)
def test_dormant_the_day_after_five_years(
    tmp_path: Path, as_of: str, expected: tuple[int, int]
) -> None:
    data = _bill(tmp_path, entry("introduced", "2019-06"))
    assert _pending_dormant(data, "--as-of", as_of) == expected


def test_dormancy_counts_from_the_latest_step_not_the_first(tmp_path: Path) -> None:
    data = _bill(tmp_path, entry("introduced", "2015-05") + entry("committee", "2025-05"))
    assert _pending_dormant(data) == (1, 0)  # as of 2026-01-31
    drafts = run("--data", str(data), "drafts", "--status", "pending", "--format", "csv")
    assert drafts.stdout.splitlines()[1:] == ["PE,pe-item,The item,,bill,committee,2025-05,pending"]
    assert run("--data", str(data), "drafts", "--status", "dormant").code == 1


def test_a_year_only_step_counts_from_the_end_of_that_year(tmp_path: Path) -> None:
    # "2019" may mean 2019-12-31: five years later, in July 2024, still pending
    data = _bill(tmp_path, entry("introduced", "2019"))
    assert _pending_dormant(data, "--as-of", "2024-07") == (1, 0)
    assert _pending_dormant(data, "--as-of", "2025-01-01") == (0, 1)
