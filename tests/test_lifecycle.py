"""The legislation lifecycle and the treaty ladder, end to end through
``list --format json``: what counts as a law in force, a pending bill or a
dormant one, and how stages order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run, write_dataset


def country(code: str, name: str, history: str, kind: str = "law", stages: str = "") -> str:
    return f"""\
code: {code}
name: {name}
region: South America
memberships: [OAS]
treaties:
  budapest:
{stages or "    - {stage: invited, date: 2015-03, sources: [chart]}"}
legislation:
  - id: {code.lower()}-item
    title: The item
    kind: {kind}
    history:
{history}
"""


def entry(status: str, date: str) -> str:
    return f"      - {{status: {status}, date: {date}, sources: [profile]}}\n"


CASES = {
    # law: enacted and still in force
    "in-force": ("law", entry("enacted", "2013-10-22"), (1, 0, 0)),
    "repealed": ("law", entry("enacted", "2013") + entry("repealed", "2020"), (0, 0, 0)),
    "superseded": ("law", entry("enacted", "2013") + entry("superseded", "2020"), (0, 0, 0)),
    # a law the legislature passed and nobody promulgated yet: neither
    "passed-law": ("law", entry("passed", "2025-12"), (0, 0, 0)),
    "pending": ("bill", entry("introduced", "2024-05") + entry("committee", "2025"), (0, 1, 0)),
    "withdrawn": ("bill", entry("introduced", "2024") + entry("withdrawn", "2025"), (0, 0, 0)),
    "rejected": ("bill", entry("introduced", "2024") + entry("rejected", "2025"), (0, 0, 0)),
    "lapsed": ("bill", entry("introduced", "2024") + entry("lapsed", "2025"), (0, 0, 0)),
    # last step 2004: dormant, not pending
    "dormant": ("bill", entry("drafting", "2004-12"), (0, 0, 1)),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_what_counts_as_in_force_pending_or_dormant(case: str, tmp_path: Path) -> None:
    kind, history, expected = CASES[case]
    data = write_dataset(
        tmp_path / "data",
        countries={"PE": country("PE", "Peru", history, kind)},
        events={},
    )
    result = run("--data", str(data), "list", "--format", "json")
    assert result.code == 0, result.stderr
    row = json.loads(result.stdout)["countries"][0]
    assert (row["laws_in_force"], row["pending_bills"], row["dormant_bills"]) == expected


def test_dormancy_follows_the_threshold_and_the_date(tmp_path: Path) -> None:
    data = write_dataset(
        tmp_path / "data",
        countries={"PE": country("PE", "Peru", entry("introduced", "2019-06"), "bill")},
        events={},
    )

    def counts(*args: str) -> tuple[int, int]:
        result = run("--data", str(data), "list", "--format", "json", *args)
        row = json.loads(result.stdout)["countries"][0]
        return row["pending_bills"], row["dormant_bills"]

    assert counts() == (0, 1)  # as of 2026-01-31: more than five years
    assert counts("--dormant-after", "10") == (1, 0)
    assert counts("--as-of", "2021") == (1, 0)
    drafts = run("--data", str(data), "drafts", "--status", "dormant", "--format", "csv")
    assert drafts.stdout.splitlines()[1].endswith(",bill,introduced,2019-06,dormant")


LADDER = ["interest", "requested", "invited", "signed", "ratified", "in_force"]


def ladder_dataset(root: Path) -> Path:
    """Seven countries, one per stage (acceded shares ratified's rung)."""
    countries = {}
    stages = [*LADDER[:5], "acceded", "in_force"]
    codes = ["AR", "BO", "CL", "CO", "EC", "PY", "UY"]
    for code, stage in zip(codes, stages, strict=True):
        steps = ""
        if stage == "in_force":
            steps = "    - {stage: ratified, date: 2010-03, sources: [chart]}\n"
        steps += f"    - {{stage: {stage}, date: 2011-01-01, sources: [chart]}}"
        countries[code] = country(code, code, entry("enacted", "2013"), stages=steps)
    return write_dataset(root, countries=countries, events={})


def codes(data: Path, *args: str) -> list[str]:
    result = run("--data", str(data), "list", "--format", "json", *args)
    assert result.code in (0, 1), result.stderr
    return [c["code"] for c in json.loads(result.stdout)["countries"]] if result.stdout else []


@pytest.mark.parametrize(
    ("stage", "expected"),
    [
        ("interest", ["AR", "BO", "CL", "CO", "EC", "PY", "UY"]),
        ("requested", ["BO", "CL", "CO", "EC", "PY", "UY"]),
        ("invited", ["CL", "CO", "EC", "PY", "UY"]),
        ("signed", ["CO", "EC", "PY", "UY"]),
        ("ratified", ["EC", "PY", "UY"]),
        ("acceded", ["EC", "PY", "UY"]),
        ("in_force", ["UY"]),
    ],
)
def test_min_stage_across_all_seven_stages(stage: str, expected: list[str], tmp_path: Path) -> None:
    assert codes(ladder_dataset(tmp_path / "data"), "--min-stage", stage) == expected


def test_sort_by_stage_puts_the_highest_rung_first(tmp_path: Path) -> None:
    ordered = codes(ladder_dataset(tmp_path / "data"), "--sort", "stage")
    # in force, then the deposit rung (ratified 2011-01-01 and acceded, by
    # date then name), signed, invited, requested, interest
    assert ordered == ["UY", "EC", "PY", "CO", "CL", "BO", "AR"]
