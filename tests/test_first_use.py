"""What a new user meets first: help that reads, and views that say what
they cannot know."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import COUNTRY_MX, run, write_dataset

COMMANDS = [
    "list",
    "show",
    "drafts",
    "events",
    "report",
    "map",
    "check",
    "schema",
    "diff",
    "export",
]


@pytest.mark.parametrize("command", ["", *COMMANDS, "cache info", "cache clear"])
def test_help_has_readable_metavars_and_fits_80_columns(command: str) -> None:
    result = run(*command.split(), "--help")
    assert result.code == 0
    for line in result.stdout.splitlines():
        assert len(line) <= 80, line
    assert "<list[" not in result.stdout
    assert "<str>" not in result.stdout
    assert not re.search(r"\{[a-zA-Z]+\}", result.stdout), result.stdout


def test_the_command_list_shows_whole_summaries() -> None:
    listing = run("--help").stdout.split("Commands:\n", 1)[1]
    summaries = [line.split(None, 1)[1] for line in listing.splitlines() if line.strip()]
    assert len(summaries) == 12
    assert all(not s.endswith("...") for s in summaries), summaries


def test_as_of_after_the_dataset_runs_and_says_so(dataset: Path) -> None:
    for command in (["list"], ["show", "PE"], ["drafts"], ["report"]):
        result = run("--data", str(dataset), *command, "--as-of", "2030")
        assert result.code == 0, (command, result.stderr)
        assert result.stderr == (
            "warning: --as-of 2030-12-31 is after the dataset's as_of 2026-01-31: "
            "facts after 2026-01-31 are not in the dataset\n"
        )


def test_events_window_backwards_is_a_usage_error(dataset: Path) -> None:
    result = run("--data", str(dataset), "events", "--from", "2020", "--to", "2010")
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == "error: --to 2010 is before --from 2020\n"


@pytest.mark.parametrize(
    ("value", "message"), [("0", "0 is not a number of years"), ("x", "'x' is not a valid integer")]
)
def test_dormant_after_must_be_years(dataset: Path, value: str, message: str) -> None:
    result = run("--data", str(dataset), "list", "--dormant-after", value)
    assert result.code == 2
    assert message in result.stderr


def test_list_with_nothing_graded_says_so_in_one_line(tmp_path: Path) -> None:
    data = write_dataset(tmp_path / "data", countries={"MX": COUNTRY_MX})
    result = run("--data", str(data), "list")
    assert result.code == 0
    assert result.stdout.splitlines()[2].split() == [
        "Code", "Country", "Budapest", "Prot.", "2", "Laws", "Bills", "Events"
    ]  # fmt: skip
    assert result.stdout.splitlines()[-1] == (
        "Scores: not assessed (no source grades an article of these countries)"
    )
    body = json.loads(run("--data", str(data), "list", "--format", "json").stdout)
    assert body["countries"][0]["scores"] == {
        "substantive": None,
        "procedural": None,
        "cooperation": None,
    }


def test_list_of_another_treaty_shows_the_convention_beside_it(dataset: Path) -> None:
    result = run("--data", str(dataset), "list", "--treaty", "protocol-2", "--format", "md")
    header = result.stdout.splitlines()[4]
    assert header.startswith("| Code | Country | Prot. 2 | Since | Budapest | Laws |"), header


def test_show_summarises_the_articles_nobody_assessed(dataset: Path) -> None:
    result = run("--data", str(dataset), "show", "PE")
    assert "Not assessed: articles 6–15, 20–35" in result.stdout.splitlines()
    articles = result.stdout.split("\nArticles\n", 1)[1].split("Not assessed")[0]
    # article 18: no law in force grades it; the pending bill would, fully
    assert re.search(r"18 Production order\s+not assessed\s+—\s+full\s+pe-bill-2024", articles)


def test_nothing_a_user_copies_is_broken_inside(bundled: Path) -> None:
    """Ids and links wrap before or after, never inside; no line is wider than
    the terminal where words allow it."""
    env = {"ACCESSION_DATA": str(bundled)}
    words = run("events", env=env).stdout.split()
    for path in (bundled / "events").glob("*.yaml"):
        assert path.stem in words, path.stem
    drafts = run("drafts", env=env).stdout.split()
    for path in (bundled / "countries").glob("*.yaml"):
        for law_id in re.findall(r"^  - id: (\S+)$", path.read_text(encoding="utf-8"), re.M):
            assert law_id in drafts, law_id
    shown = run("show", "CL", env=env).stdout
    links = [line.strip() for line in shown.splitlines() if line.startswith("    http")]
    assert links and all(" " not in link for link in links)
    since = run("diff", "--since", "2024", "--until", "2025", env=env).stdout
    assert max(len(line) for line in since.splitlines()) <= 80
