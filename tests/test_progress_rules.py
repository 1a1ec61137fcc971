"""Rules of progress a user sees in ``list``: the best grade among the laws
in force counts, and a law is replaced only once its successor is law."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import run, write_dataset
from test_lifecycle import entry


def _peru(laws: str) -> str:
    return f"""\
code: PE
name: Peru
region: South America
memberships: [OAS]
treaties:
  budapest:
    - {{stage: invited, date: 2015-03, sources: [chart]}}
legislation:
{laws}"""


def _law(ident: str, kind: str, history: str, articles: str, extra: str = "") -> str:
    return (
        f"  - id: {ident}\n    title: {ident}\n    kind: {kind}\n{extra}"
        f"    history:\n{history}"
        f"    articles: {articles}\n    articles_sources: [profile]\n"
    )


def _row(tmp_path: Path, laws: str, *args: str) -> dict[str, Any]:
    data = write_dataset(tmp_path / "data", countries={"PE": _peru(laws)}, events={})
    result = run("--data", str(data), "list", "--format", "json", *args)
    assert result.code == 0, result.stderr  # a warning: the workshop's source is unused
    row: dict[str, Any] = json.loads(result.stdout)["countries"][0]
    return row


def test_the_best_grade_among_laws_in_force_counts_whatever_their_order(tmp_path: Path) -> None:
    full = _law("pe-a", "law", entry("enacted", "2010"), "{2: full}")
    partial = _law("pe-b", "law", entry("enacted", "2015"), "{2: partial}")
    for laws in (full + partial, partial + full):
        row = _row(tmp_path, laws)
        assert row["laws_in_force"] == 2
        # article 2 fully implemented: 1 of 12 substantive articles
        assert row["scores"] == {"substantive": 0.08, "procedural": None, "cooperation": None}


def test_a_law_is_replaced_only_once_its_successor_is_law(tmp_path: Path) -> None:
    old = _law("pe-old", "law", entry("enacted", "2000"), "{2: partial}")
    bill = _law(
        "pe-new", "bill", entry("introduced", "2025"), "{2: full}", "    supersedes: [pe-old]\n"
    )
    row = _row(tmp_path, old + bill)
    # the bill is before the legislature: the old law is still in force
    assert (row["laws_in_force"], row["pending_bills"]) == (1, 1)
    assert row["legislation"] == {"in_force": ["pe-old"], "pending": ["pe-new"], "dormant": []}
    enacted = _law(
        "pe-new",
        "law",
        entry("introduced", "2025-01") + entry("enacted", "2025-06"),
        "{2: full}",
        "    supersedes: [pe-old]\n",
    )
    row = _row(tmp_path / "2", old + enacted)
    assert row["legislation"] == {"in_force": ["pe-new"], "pending": [], "dormant": []}
    # on a date between the new law's enactment and the dataset's as_of
    row = _row(tmp_path / "3", old + enacted, "--as-of", "2025-09")
    assert row["legislation"]["in_force"] == ["pe-new"]
    row = _row(tmp_path / "4", old + enacted, "--as-of", "2025-03")
    assert row["legislation"]["in_force"] == ["pe-old"]
    # a successor whose enactment is undated counts from the dataset's as_of
    undated = _law(
        "pe-new",
        "law",
        "      - {status: enacted, sources: [profile]}\n",
        "{2: full}",
        "    supersedes: [pe-old]\n",
    )
    row = _row(tmp_path / "5", old + undated)
    assert row["legislation"]["in_force"] == ["pe-new"]


def _history(data: Path, code: str) -> list[tuple[str, str | None]]:
    result = run("--data", str(data), "show", code, "--format", "json")
    assert result.code == 0, result.stderr
    (item,) = json.loads(result.stdout)["country"]["legislation"]
    return [(e["status"], e["date"]) for e in item["history"]]


def test_a_history_is_shown_in_lifecycle_order_whatever_the_file_order(tmp_path: Path) -> None:
    """Dates first where they are certain; an undated step, or partial dates
    that overlap ("2025" and "2025-03-02"), are placed by the lifecycle."""
    from test_lifecycle import country

    law = (
        "      - {status: enacted, sources: [profile]}\n"
        + entry("passed", "2013-09-12")
        + entry("introduced", "2013-03")
    )
    bill = (
        entry("committee", "2025")
        + entry("introduced", "2025-03-02")
        + "      - {status: drafting, sources: [profile]}\n"
    )
    data = write_dataset(
        tmp_path / "data",
        countries={"PE": country("PE", "Peru", law), "MX": country("MX", "Mexico", bill, "bill")},
        events={},
    )
    assert _history(data, "PE") == [
        ("introduced", "2013-03"),
        ("passed", "2013-09-12"),
        ("enacted", None),
    ]
    assert _history(data, "MX") == [
        ("drafting", None),
        ("introduced", "2025-03-02"),
        ("committee", "2025"),
    ]
    drafts = run("--data", str(data), "drafts", "--format", "csv").stdout.splitlines()[1:]
    assert drafts == [
        "MX,mx-item,The item,,bill,committee,2025,pending",
        "PE,pe-item,The item,,law,enacted,,in_force",
    ]
