"""``accession diff`` between versions: real git repositories built in
temporary directories, exact changes for every kind, exact output."""

from __future__ import annotations

import json
import os
import subprocess
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import COUNTRY_MX, COUNTRY_PE, EVENT, MANIFEST, SOURCES, run, write_dataset

GIT_ENV = {
    **os.environ,
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.org",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.org",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(repo), *args], check=True, env=GIT_ENV, capture_output=True, text=True
    )
    return done.stdout.strip()


def commit(repo: Path, message: str, tag: str | None = None) -> str:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "--allow-empty", "-m", message)
    if tag:
        git(repo, "tag", tag)
    return git(repo, "rev-parse", "HEAD")


def rewrite(root: Path, files: dict[str, str | None]) -> None:
    """Replace (or with None delete) dataset files, relative to ``root``."""
    for rel, text in files.items():
        path = root / rel
        if text is None:
            path.unlink()
        else:
            path.write_text(textwrap.dedent(text), encoding="utf-8")


# ------------------------------------------------------------------- v1 and v2

V1_SOURCES = (
    SOURCES
    + """\
- id: unused
  title: A note nobody cites
"""
)

LIMA_EVENT = """\
id: 2004-12-lima-workshop
title: Legislative drafting workshop
kind: workshop
start: 2004-12
place: {city: Lima, country: PE}
participants: [{country: PE}]
sources: [programme]
"""

V2_MANIFEST = (
    MANIFEST.replace("version: 2026.1.0", "version: 2026.2.0")
    .replace("as_of: 2026-01-31", "as_of: 2026-02-28")
    .replace("title: Test dataset", "title: Test dataset, February")
)

V2_SOURCES = """\
- id: programme
  title: Regional workshop programme
  publisher: Council of Europe
  date: 2010-08
- id: gazette
  title: Official gazette
- id: profile
  title: Cybercrime legislation country profile
  publisher: Council of Europe
  date: 2020-05
- id: chart
  title: Chart of signatures and ratifications of Treaty 185
  publisher: Council of Europe Treaty Office
  url: https://www.coe.int/en/web/conventions/full-list?module=treaty-detail
  accessed: 2026-01-01
"""

# Peru: one membership more (list re-ordered too), a note; invited re-dated,
# in_force removed, Protocol 2 signed; a status re-dated and one added, a law
# removed and one added, article coverage changed, added and removed.
V2_PE = """\
code: PE
name: Peru
region: South America
memberships: [APEC, OECD, OAS]
notes: Updated in February.
treaties:
  budapest:
    - stage: acceded
      date: 2019-08-26
      sources: [chart]
    - stage: invited
      date: 2015-04
      sources: [chart]
  protocol-2:
    - {stage: signed, date: 2024-12-12, sources: [chart]}
legislation:
  - id: pe-law-2013
    title: Cybercrime law
    number: Ley 30096
    kind: law
    note: Promulgated by the President.
    history:
      - {status: enacted, date: 2013-10-22, sources: [profile]}
      - {status: passed, date: 2013-09, sources: [profile]}
    articles: {2: full, 3: full, 4: full, 5: full, 16: full, 18: partial}
    articles_sources: [profile]
  - id: pe-bill-2024
    title: Procedural powers bill
    kind: bill
    history:
      - {status: introduced, date: 2024-05, sources: [profile]}
      - {status: committee, date: 2025-01, sources: [profile]}
    articles: {18: full, 19: full, 5: full}
    articles_sources: [profile]
  - id: pe-law-2025
    title: Electronic evidence law
    kind: law
    history:
      - {status: enacted, date: 2025-06-01, sources: [gazette]}
"""

COUNTRY_CO = """\
code: CO
name: Colombia
region: South America
memberships: [OAS]
treaties:
  budapest:
    - {stage: acceded, date: 2020-03-16, sources: [chart]}
"""

V2_EVENT = """\
id: 2010-08-mexico-city-workshop
title: Meeting the challenge of cybercrime in Latin America and the Caribbean
kind: workshop
start: 2010-08-26
end: 2010-08-28
place: {city: Mexico City, country: MX}
organizers: [Council of Europe]
topics: [accession, substantive-law, electronic-evidence]
participants:
  - country: PE
    delegates: 3
  - country: CO
sources: [programme]
"""

ONLINE_EVENT = """\
id: 2026-02-online-meeting
title: Online steering meeting
kind: meeting
start: 2026-02-10
participants: [{country: PE}, {country: CO}]
sources: [gazette]
"""

V2_FILES: dict[str, str | None] = {
    "dataset.yaml": V2_MANIFEST,
    "sources.yaml": V2_SOURCES,
    "countries/PE.yaml": V2_PE,
    "countries/MX.yaml": None,
    "countries/CO.yaml": COUNTRY_CO,
    "events/2010-08-mexico-city-workshop.yaml": V2_EVENT,
    "events/2004-12-lima-workshop.yaml": None,
    "events/2026-02-online-meeting.yaml": ONLINE_EVENT,
}

# v3: v2 with keys re-ordered, lists re-ordered, block and flow style swapped,
# values re-quoted and comments edited. The data is the same.
REFORMATTED: dict[str, str | None] = {
    "dataset.yaml": """\
# The manifest (comment added in v3)
title: 'Test dataset, February'
as_of: 2026-02-28
version: "2026.2.0"
schema: 1
""",
    "sources.yaml": """\
- {id: gazette, title: Official gazette}
- title: Chart of signatures and ratifications of Treaty 185
  id: chart
  url: "https://www.coe.int/en/web/conventions/full-list?module=treaty-detail"
  accessed: 2026-01-01
  publisher: Council of Europe Treaty Office
- id: profile
  date: 2020-05
  publisher: Council of Europe
  title: Cybercrime legislation country profile
- {id: programme, title: Regional workshop programme, publisher: Council of Europe, date: 2010-08}
""",
    "countries/PE.yaml": """\
# Peru, reformatted
name: "Peru"
code: PE
notes: >-
  Updated in
  February.
region: South America
treaties:
  protocol-2:
    - stage: signed
      sources: [chart]
      date: 2024-12-12
  budapest:
    - {stage: invited, date: 2015-04, sources: [chart]}
    - {date: 2019-08-26, stage: acceded, sources: [chart]}
memberships:
  - OAS
  - OECD
  - APEC
legislation:
  - id: pe-law-2025
    kind: law
    title: Electronic evidence law
    history: [{status: enacted, date: 2025-06-01, sources: [gazette]}]
  - id: pe-bill-2024
    title: 'Procedural powers bill'
    kind: bill
    articles_sources: [profile]
    articles:
      5: full
      19: full
      18: full
    history:
      - status: committee
        date: 2025-01
        sources: [profile]
      - {status: introduced, date: 2024-05, sources: [profile]}
  - title: Cybercrime law
    id: pe-law-2013
    kind: law
    number: "Ley 30096"
    note: Promulgated by the President.
    articles: {18: partial, 16: full, 5: full, 4: full, 3: full, 2: full}
    articles_sources: [profile]
    history:
      - {date: 2013-09, status: passed, sources: [profile]}
      - {status: enacted, date: 2013-10-22, sources: [profile]}   # comment edited
""",
    "countries/CO.yaml": """\
code: CO
name: Colombia
region: South America
memberships:
  - OAS
treaties:
  budapest:
    - stage: acceded
      date: 2020-03-16
      sources:
        - chart
""",
    "events/2010-08-mexico-city-workshop.yaml": """\
id: 2010-08-mexico-city-workshop
kind: workshop
title: "Meeting the challenge of cybercrime in Latin America and the Caribbean"
end: 2010-08-28
start: 2010-08-26
participants:
  - {country: CO}
  - {delegates: 3, country: PE}
topics: [electronic-evidence, substantive-law, accession]
organizers: [Council of Europe]
place:
  country: MX
  city: Mexico City
sources: [programme]
""",
    "events/2026-02-online-meeting.yaml": """\
sources: [gazette]
participants: [{country: CO}, {country: PE}]
start: 2026-02-10
kind: meeting
title: Online steering meeting
id: 2026-02-online-meeting
""",
}

ALL_CHANGES: list[dict[str, Any]] = [
    {
        "kind": "version-changed",
        "country": None,
        "path": "manifest.version",
        "before": "2026.1.0",
        "after": "2026.2.0",
    },
    {
        "kind": "as-of-changed",
        "country": None,
        "path": "manifest.as_of",
        "before": "2026-01-31",
        "after": "2026-02-28",
    },
    {
        "kind": "field-changed",
        "country": None,
        "path": "manifest.title",
        "before": "Test dataset",
        "after": "Test dataset, February",
    },
    {
        "kind": "source-changed",
        "country": None,
        "path": "sources[chart].url",
        "before": "https://www.coe.int/en/web/conventions/full-list",
        "after": "https://www.coe.int/en/web/conventions/full-list?module=treaty-detail",
    },
    {
        "kind": "source-added",
        "country": None,
        "path": "sources[gazette]",
        "before": None,
        "after": "Official gazette",
    },
    {
        "kind": "source-removed",
        "country": None,
        "path": "sources[unused]",
        "before": "A note nobody cites",
        "after": None,
    },
    {
        "kind": "country-added",
        "country": "CO",
        "path": "countries[CO]",
        "before": None,
        "after": "Colombia",
    },
    {
        "kind": "country-removed",
        "country": "MX",
        "path": "countries[MX]",
        "before": "Mexico",
        "after": None,
    },
    {
        "kind": "field-changed",
        "country": "PE",
        "path": "countries[PE].memberships",
        "before": None,
        "after": "OECD",
    },
    {
        "kind": "field-changed",
        "country": "PE",
        "path": "countries[PE].notes",
        "before": None,
        "after": "Updated in February.",
    },
    {
        "kind": "stage-redated",
        "country": "PE",
        "path": "countries[PE].treaties.budapest[invited]",
        "before": "2015-03",
        "after": "2015-04",
    },
    {
        "kind": "stage-removed",
        "country": "PE",
        "path": "countries[PE].treaties.budapest[in_force]",
        "before": "2019-12-01",
        "after": None,
    },
    {
        "kind": "stage-added",
        "country": "PE",
        "path": "countries[PE].treaties.protocol-2[signed]",
        "before": None,
        "after": "2024-12-12",
    },
    {
        "kind": "status-added",
        "country": "PE",
        "path": "countries[PE].legislation[pe-bill-2024].history[committee 2025-01]",
        "before": None,
        "after": "2025-01",
    },
    {
        "kind": "field-changed",
        "country": "PE",
        "path": "countries[PE].legislation[pe-law-2013].note",
        "before": None,
        "after": "Promulgated by the President.",
    },
    {
        "kind": "status-redated",
        "country": "PE",
        "path": "countries[PE].legislation[pe-law-2013].history[passed 2013-09-12]",
        "before": "2013-09-12",
        "after": "2013-09",
    },
    {
        "kind": "article-changed",
        "country": "PE",
        "path": "countries[PE].legislation[pe-law-2013].articles[5]",
        "before": "partial",
        "after": "full",
    },
    {
        "kind": "article-changed",
        "country": "PE",
        "path": "countries[PE].legislation[pe-law-2013].articles[17]",
        "before": "partial",
        "after": None,
    },
    {
        "kind": "article-changed",
        "country": "PE",
        "path": "countries[PE].legislation[pe-law-2013].articles[18]",
        "before": None,
        "after": "partial",
    },
    {
        "kind": "legislation-added",
        "country": "PE",
        "path": "countries[PE].legislation[pe-law-2025]",
        "before": None,
        "after": "Electronic evidence law",
    },
    {
        "kind": "legislation-removed",
        "country": "PE",
        "path": "countries[PE].legislation[pe-old-code]",
        "before": "Old penal code articles",
        "after": None,
    },
    {
        "kind": "event-removed",
        "country": None,
        "path": "events[2004-12-lima-workshop]",
        "before": "Legislative drafting workshop",
        "after": None,
    },
    {
        "kind": "event-redated",
        "country": None,
        "path": "events[2010-08-mexico-city-workshop].end",
        "before": "2010-08-27",
        "after": "2010-08-28",
    },
    {
        "kind": "participant-added",
        "country": "CO",
        "path": "events[2010-08-mexico-city-workshop].participants[CO]",
        "before": None,
        "after": "CO",
    },
    {
        "kind": "participant-removed",
        "country": "MX",
        "path": "events[2010-08-mexico-city-workshop].participants[MX]",
        "before": "MX",
        "after": None,
    },
    {
        "kind": "event-changed",
        "country": "PE",
        "path": "events[2010-08-mexico-city-workshop].participants[PE].delegates",
        "before": 2,
        "after": 3,
    },
    {
        "kind": "event-changed",
        "country": None,
        "path": "events[2010-08-mexico-city-workshop].title",
        "before": "Meeting the challenge of cybercrime in Latin America",
        "after": "Meeting the challenge of cybercrime in Latin America and the Caribbean",
    },
    {
        "kind": "event-changed",
        "country": None,
        "path": "events[2010-08-mexico-city-workshop].topics",
        "before": None,
        "after": "electronic-evidence",
    },
    {
        "kind": "event-added",
        "country": None,
        "path": "events[2026-02-online-meeting]",
        "before": None,
        "after": "Online steering meeting",
    },
]

PROGRESS_CHANGES: list[dict[str, Any]] = [
    {
        "kind": "progress",
        "country": "PE",
        "path": "countries[PE].progress.budapest",
        "before": "in_force",
        "after": "acceded",
    },
    {
        "kind": "progress",
        "country": "PE",
        "path": "countries[PE].progress.protocol-2",
        "before": None,
        "after": "signed",
    },
    {
        "kind": "progress",
        "country": "PE",
        "path": "countries[PE].progress.laws_in_force",
        "before": 1,
        "after": 2,
    },
    {
        "kind": "progress",
        "country": "PE",
        "path": "countries[PE].progress.scores.substantive",
        "before": 0.29,
        "after": 0.33,
    },
]


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A repository with the dataset in ``data/``: v1, then v2 (a change of
    every kind), then v3 (v2 reformatted only)."""
    root = tmp_path_factory.mktemp("repo")
    git(root, "init", "-q", "-b", "main")
    write_dataset(
        root / "data",
        sources=V1_SOURCES,
        events={"2010-08-mexico-city-workshop": EVENT, "2004-12-lima-workshop": LIMA_EVENT},
    )
    (root / "README.md").write_text("A dataset.\n", encoding="utf-8")
    commit(root, "v1", "v1")
    rewrite(root / "data", V2_FILES)
    commit(root, "v2", "v2")
    rewrite(root / "data", REFORMATTED)
    commit(root, "v3: reformatted", "v3")
    yield root


def diff_json(repo: Path, *args: str) -> list[dict[str, Any]]:
    result = run("--data", str(repo / "data"), "diff", *args, "--format", "json")
    assert (result.code, result.stderr) == (0, ""), result.stderr
    body: list[dict[str, Any]] = json.loads(result.stdout)
    return body


def test_every_kind_of_change_between_two_tags(repo: Path) -> None:
    assert diff_json(repo, "v1", "v2") == ALL_CHANGES + PROGRESS_CHANGES


def short(repo: Path, rev: str) -> str:
    return git(repo, "rev-parse", rev)[:10]


def test_a_reformatting_commit_changes_nothing(repo: Path) -> None:
    result = run("--data", str(repo / "data"), "diff", "v2", "v3", "--exit-code")
    assert (result.code, result.stderr) == (0, "")
    assert result.stdout == (
        f"v2 ({short(repo, 'v2')}) → v3 ({short(repo, 'v3')}): no changes\n"
        "dataset 2026.2.0 (as of 2026-02-28) → 2026.2.0 (as of 2026-02-28)\n"
    )
    assert diff_json(repo, "v2", "v3") == []
    # the same data written differently yields the same diff from v1
    assert diff_json(repo, "v1", "v3") == ALL_CHANGES + PROGRESS_CHANGES


def test_the_reverse_diff_swaps_before_and_after(repo: Path) -> None:
    opposite = {"added": "removed", "removed": "added"}

    def flipped(change: dict[str, Any]) -> str:
        head, _, tail = change["kind"].rpartition("-")
        kind = f"{head}-{opposite.get(tail, tail)}" if head else tail
        # a re-dated status is named by the key it has on the old side
        path = change["path"].replace("[passed 2013-09-12]", "[passed 2013-09]")
        return repr((kind, change["country"], path, change["after"], change["before"]))

    reverse = diff_json(repo, "v2", "v1")
    assert sorted(
        map(repr, ((c["kind"], c["country"], c["path"], c["before"], c["after"]) for c in reverse))
    ) == sorted(map(flipped, ALL_CHANGES + PROGRESS_CHANGES))


def test_exit_code_is_one_only_with_changes_and_when_asked(repo: Path) -> None:
    data = str(repo / "data")
    assert run("--data", data, "diff", "v1", "v2", "--exit-code").code == 1
    assert run("--data", data, "diff", "v1", "v2").code == 0
    assert run("--data", data, "diff", "v3", "--exit-code").code == 0  # working tree = v3


def test_revisions_of_every_form(repo: Path) -> None:
    first = git(repo, "rev-parse", "v1")
    assert diff_json(repo, first, "main~1") == ALL_CHANGES + PROGRESS_CHANGES
    assert diff_json(repo, "HEAD~2", "HEAD") == ALL_CHANGES + PROGRESS_CHANGES


def test_country_filter_keeps_its_changes_and_the_events_it_attends(repo: Path) -> None:
    paths = [c["path"] for c in diff_json(repo, "v1", "v2", "--country", "Peru")]
    assert paths == [
        c["path"]
        for c in ALL_CHANGES + PROGRESS_CHANGES
        if c["country"] == "PE" or (c["country"] is None and c["path"].startswith("events["))
    ]


def test_region_filter_finds_a_country_that_only_the_old_side_has(repo: Path) -> None:
    changes = diff_json(repo, "v1", "v2", "--region", "North America")
    assert [(c["kind"], c["path"]) for c in changes] == [
        ("country-removed", "countries[MX]"),
        ("event-redated", "events[2010-08-mexico-city-workshop].end"),
        ("participant-removed", "events[2010-08-mexico-city-workshop].participants[MX]"),
        ("event-changed", "events[2010-08-mexico-city-workshop].title"),
        ("event-changed", "events[2010-08-mexico-city-workshop].topics"),
    ]
    assert diff_json(repo, "v1", "v2", "--country", "MEX")[0]["path"] == "countries[MX]"


def test_table_output_is_grouped_by_country(repo: Path) -> None:
    result = run(
        "--data", str(repo / "data"), "diff", "v1", "v2", "--member", "APEC", "--member", "OAS"
    )
    assert result.code == 0
    lines = result.stdout.splitlines()
    # the summary wraps at 80 columns, like every line
    assert lines[:4] == [
        f"v1 ({short(repo, 'v1')}) → v2 ({short(repo, 'v2')}): 19 changes (9 added, 4 removed, "
        "6 changed) in",
        "1 country; 4 progress changes",
        "dataset 2026.1.0 (as of 2026-01-31) → 2026.2.0 (as of 2026-02-28)",
        "only member of APEC, OAS",
    ]
    assert lines[5:9] == [
        "Peru (PE)",
        "  + memberships: OECD",
        "  + notes: Updated in February.",
        "  ~ Budapest invited: 2015-03 → 2015-04",
    ]
    assert "  Δ substantive score: 0.29 → 0.33" in lines
    assert lines[lines.index("Events") + 1 :] == [
        "  - event 2004-12-lima-workshop: Legislative drafting workshop",
        "  ~ 2010-08-mexico-city-workshop end: 2010-08-27 → 2010-08-28",
        # a long change wraps under its text
        "  ~ 2010-08-mexico-city-workshop title: Meeting the challenge of cybercrime in",
        "    Latin America → Meeting the challenge of cybercrime in Latin America and the",
        "    Caribbean",
        "  + 2010-08-mexico-city-workshop topics: electronic-evidence",
        "  + event 2026-02-online-meeting: Online steering meeting",
    ]
    assert "\x1b" not in result.stdout


MD_MX = """\
**accession diff** v1 ({v1}) → v2 ({v2}): 5 changes (1 added, 2 removed, 2 changed) in 1 country

Dataset 2026.1.0 (as of 2026-01-31) → 2026.2.0 (as of 2026-02-28) (only country MX)

### Mexico (MX)

| | Change | Before | After |
| --- | --- | --- | --- |
| − | country | Mexico |  |
| − | 2010-08-mexico-city-workshop participant | MX |  |

### Events

| | Change | Before | After |
| --- | --- | --- | --- |
| \\~ | 2010-08-mexico-city-workshop end | 2010-08-27 | 2010-08-28 |
| \\~ | 2010-08-mexico-city-workshop title | Meeting the challenge of cybercrime in Latin America | Meeting the challenge of cybercrime in Latin America and the Caribbean |
| \\+ | 2010-08-mexico-city-workshop topics |  | electronic-evidence |
"""


def test_markdown_is_a_pull_request_comment(repo: Path) -> None:
    result = run("--data", str(repo / "data"), "diff", "v1", "v2", "-c", "MX", "--format", "md")
    assert (result.code, result.stderr) == (0, "")
    assert result.stdout == MD_MX.format(v1=short(repo, "v1"), v2=short(repo, "v2"))


def test_markdown_shows_progress_beside_the_raw_changes(repo: Path) -> None:
    result = run("--data", str(repo / "data"), "diff", "v1", "v2", "-c", "PE", "-f", "md")
    assert "### Peru (PE)\n\n| | Change | Before | After |\n" in result.stdout
    assert (
        "\n\nProgress:\n"
        "- Budapest stage: in force → acceded\n"
        "- Prot. 2 stage: — → signed\n"
        "- laws in force: 1 → 2\n"
        "- substantive score: 0.29 → 0.33\n"
        "\n### Events\n"
    ) in result.stdout


# ------------------------------------------------------------- working trees


@pytest.fixture
def small_repo(tmp_path: Path) -> Path:
    """The crafted dataset in ``data/``, committed and tagged v1."""
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    write_dataset(root / "data")
    commit(root, "v1", "v1")
    return root


def test_new_defaults_to_the_working_tree_found_from_the_current_directory(
    small_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pe = small_repo / "data" / "countries" / "PE.yaml"
    pe.write_text(pe.read_text(encoding="utf-8").replace("2015-03", "2015-03-02"), "utf-8")
    monkeypatch.chdir(small_repo)
    result = run("diff", "v1", "--exit-code")
    assert (result.code, result.stderr) == (1, "")
    assert result.stdout == (
        f"v1 ({short(small_repo, 'v1')}) → working tree: 1 change (1 changed) in 1 country\n"
        "dataset 2026.1.0 (as of 2026-01-31) → 2026.1.0 (as of 2026-01-31)\n"
        "\n"
        "Peru (PE)\n"
        "  ~ Budapest invited: 2015-03 → 2015-03-02\n"
    )


def test_two_dataset_directories_need_no_git_nor_a_data_location(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_dataset(tmp_path / "old")
    write_dataset(tmp_path / "new", countries={"PE": COUNTRY_PE})
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("accession_cli.core.data.loader.bundled_data", lambda: None)
    result = run("diff", "old", "new", "-f", "json", env={"PATH": ""})
    assert (result.code, result.stderr) == (0, "")
    assert json.loads(result.stdout) == [
        {
            "kind": "country-removed",
            "country": "MX",
            "path": "countries[MX]",
            "before": "Mexico",
            "after": None,
        }
    ]


def test_a_dataset_in_a_subdirectory_of_the_repository(tmp_path: Path) -> None:
    root = tmp_path / "project"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    data = write_dataset(root / "sub dir" / "data", countries={"MX": COUNTRY_MX})
    commit(root, "one")
    write_dataset(data, countries={"MX": COUNTRY_MX.replace("Mexico", "México")})
    commit(root, "two")
    result = run("--data", str(data), "diff", "HEAD~1", "HEAD", "-f", "json")
    assert (result.code, result.stderr) == (0, "")
    assert json.loads(result.stdout) == [
        {
            "kind": "field-changed",
            "country": "MX",
            "path": "countries[MX].name",
            "before": "Mexico",
            "after": "México",
        }
    ]


def test_a_revision_without_the_dataset_directory(tmp_path: Path) -> None:
    root = tmp_path / "project"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    commit(root, "empty", "v0")
    write_dataset(root / "data")
    commit(root, "data")
    result = run("--data", str(root / "data"), "diff", "v0")
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == "error: revision 'v0' has no dataset directory at data\n"


# -------------------------------------------------------------- bad revisions


def test_a_shallow_clone_without_the_old_revision(repo: Path, tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{repo}", str(clone))
    for revision in ("v1", git(repo, "rev-parse", "v1"), "HEAD~1"):
        result = run("--data", str(clone / "data"), "diff", revision)
        assert (result.code, result.stdout) == (2, "")
        assert result.stderr == (
            f"error: unknown revision '{revision}' in {clone.resolve()}: this is a shallow "
            "clone, and the revision is not in the history it has; fetch more history first "
            "(git fetch --unshallow; in GitHub Actions, check out with fetch-depth: 0)\n"
        )
    # what the clone has still works
    assert run("--data", str(clone / "data"), "diff", "v3", "--exit-code").code == 0


def test_an_unknown_revision(small_repo: Path) -> None:
    result = run("--data", str(small_repo / "data"), "diff", "v9")
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == (
        f"error: unknown revision 'v9' in {small_repo.resolve()}: not a branch, tag or commit "
        "of this repository (nor a dataset directory)\n"
    )


@pytest.mark.parametrize("revision", ["--output=written.txt", "-p", "--end-of-options", "-"])
def test_a_revision_that_starts_with_a_dash_is_refused(
    small_repo: Path, revision: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(small_repo)
    for args in (("diff", "--", revision), ("diff", "v1", "--", revision)):
        result = run("--data", str(small_repo / "data"), *args)
        assert (result.code, result.stdout) == (2, "")
        assert result.stderr == (
            f"error: revision '{revision}' refused: a revision cannot start with '-' "
            "(git would read it as an option)\n"
        )
    assert not (small_repo / "written.txt").exists()


def test_a_dataset_outside_any_repository(tmp_path: Path, dataset: Path) -> None:
    result = run(
        "--data", str(dataset), "diff", "v1", env={"GIT_CEILING_DIRECTORIES": str(tmp_path)}
    )
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr.startswith(
        "error: 'v1' is not a dataset directory here, so it was read as a git revision, "
        f"but the dataset {dataset} is not in a git repository ("
    )
    assert result.stderr.endswith(
        "), so a revision cannot be read; give a dataset directory instead, or --data inside "
        "a checkout\n"
    )


def test_without_git_on_the_path(small_repo: Path) -> None:
    result = run("--data", str(small_repo / "data"), "diff", "v1", env={"PATH": ""})
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == (
        "error: git is not installed (or not on PATH): reading a revision needs it\n"
    )


# ----------------------------------------------------------- sides that fail


def test_a_side_that_fails_to_load_shows_its_findings(small_repo: Path) -> None:
    pe = small_repo / "data" / "countries" / "PE.yaml"
    pe.write_text("code: PE\nname: Peru\nregion: South America\nmemberships: [OAS\n", "utf-8")
    commit(small_repo, "broken", "broken")
    result = run("--data", str(small_repo / "data"), "diff", "broken", "v1")
    assert (result.code, result.stdout) == (2, "")
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("broken:data/countries/PE.yaml:5:1: ACC001 ")
    assert lines[1] == (
        f"error: OLD (broken ({short(small_repo, 'broken')})) cannot be loaded (1 problem)"
    )


def test_an_oversized_file_in_a_revision_is_refused_unread(
    small_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("accession_cli.core.data.loader.MAX_FILE_BYTES", 200)
    monkeypatch.setattr("accession_cli.core.data.revision.MAX_FILE_BYTES", 200)
    result = run("--data", str(small_repo / "data"), "diff", "v1")
    assert result.code == 2
    sizes = {
        rel: (small_repo / "data" / rel).stat().st_size
        for rel in ("countries/PE.yaml", "events/2010-08-mexico-city-workshop.yaml", "sources.yaml")
    }
    assert result.stderr.splitlines() == [
        *(
            f"v1:data/{rel}: ACC010 file is {size:,} bytes; the limit is 200"
            for rel, size in sorted(sizes.items())
        ),
        f"error: OLD (v1 ({short(small_repo, 'v1')})) cannot be loaded (3 problems)",
    ]


def test_symbolic_links_in_a_revision_are_not_followed(small_repo: Path) -> None:
    (small_repo / "data" / "countries" / "AR.yaml").symlink_to("/etc/passwd")
    (small_repo / "data" / "countries" / "CL.yaml").symlink_to("MX.yaml")
    commit(small_repo, "links", "links")
    assert diff_json(small_repo, "v1", "links") == []
