"""The report's dates (issue #20 item 5): a --since after the report date,
or after the state shown, is a usage error (exit 2), as diff's --since after
--until is; a report date after the dataset's as_of says so once on stderr,
as --as-of does, and once only when --as-of is late too."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run

LATE = (
    "warning: --date 2026-06-30 is after the dataset's as_of 2026-01-31: "
    "facts after 2026-01-31 are not in the dataset\n"
)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--date", "2026-01-15", "--since", "2026-01-20"),
            "error: --since 2026-01-20 is after the report date 2026-01-15 (--date)\n",
        ),
        (
            ("--date", "2026-06-30", "--since", "2026-03"),
            "error: --since 2026-03 is after the dataset's as_of 2026-01-31: no change to show\n",
        ),
        (
            ("--date", "2026-06-30", "--as-of", "2025-12-31", "--since", "2026"),
            "error: --since 2026 is after --as-of 2025-12-31: no change to show\n",
        ),
    ],
)
def test_a_since_after_the_report_is_a_usage_error(
    dataset: Path, args: tuple[str, ...], message: str
) -> None:
    result = run("--data", str(dataset), "report", *args)
    assert (result.code, result.stdout, result.stderr) == (2, "", message)


def test_a_report_date_after_the_data_says_so_once(dataset: Path) -> None:
    result = run("--data", str(dataset), "report", "--date", "2026-06-30")
    assert (result.code, result.stderr) == (0, LATE)
    both = run("--data", str(dataset), "report", "--date", "2026-06-30", "--as-of", "2026-05")
    assert both.code == 0
    assert both.stderr == (
        "warning: --as-of 2026-05-31 and --date 2026-06-30 are after the dataset's as_of "
        "2026-01-31: facts after 2026-01-31 are not in the dataset\n"
    )


def test_a_report_date_within_the_data_says_nothing(dataset: Path) -> None:
    result = run("--data", str(dataset), "report", "--date", "2026-01-31", "--since", "2026")
    assert (result.code, result.stderr) == (0, "")
