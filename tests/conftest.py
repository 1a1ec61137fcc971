"""Shared test helpers: run the CLI in-process, build small datasets on disk.

Tests build their own datasets in temporary directories wherever exact
numbers matter, so an edit to the bundled data never breaks them.
"""

from __future__ import annotations

import os
import sys
import textwrap
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

#: The suite tests the working tree's src/, not a copy installed earlier: a
#: contributor who edits src/ and reruns pytest tests the edit, in process and
#: in the tool run as a subprocess (PYTHONPATH). CI sets
#: ACCESSION_TEST_INSTALLED=1 to test the package as built and installed
#: instead, so a file missing from the wheel fails there.
SRC = Path(__file__).resolve().parent.parent / "src"
TEST_INSTALLED = os.environ.get("ACCESSION_TEST_INSTALLED") == "1"
if not TEST_INSTALLED:
    sys.path.insert(0, str(SRC))
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(SRC), os.environ.get("PYTHONPATH", "")) if p
    )

import pytest  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

import accession_cli  # noqa: E402
import hypothesis_profiles  # noqa: E402, F401 - registers and loads the "ci"/"long" profiles
from accession_cli.cli.app import main  # noqa: E402

#: the accession_cli package under test
PACKAGE = Path(accession_cli.__file__).resolve().parent
if TEST_INSTALLED and PACKAGE.is_relative_to(SRC):
    raise RuntimeError(
        f"ACCESSION_TEST_INSTALLED=1, but accession_cli is imported from {PACKAGE} "
        "(an editable install?): install the package with pip install '.[test]'"
    )


def pytest_configure(config: pytest.Config) -> None:
    """Under CI the browser tests are required: leaving them out is refused."""
    if os.environ.get("CI") and "browser" in (config.option.markexpr or ""):
        raise pytest.UsageError(
            "CI is set: the browser tests are required there; drop -m with 'browser'"
        )


def pytest_report_header() -> str:
    where = "installed package" if TEST_INSTALLED else "working tree"
    return f"accession_cli: {PACKAGE} ({where})"


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str


def run(*args: str, env: Mapping[str, str | None] | None = None) -> Result:
    """Run ``accession ARGS`` through the real entry point (exit codes, error
    translation and all), with stdout not a terminal."""
    runner = CliRunner()
    # the suite behaves the same inside GitHub Actions as anywhere else
    base_env: dict[str, str | None] = {
        "ACCESSION_DATA": None,
        "NO_COLOR": None,
        "COLUMNS": "80",
        "GITHUB_ACTIONS": None,
        "GITHUB_STEP_SUMMARY": None,
    }
    base_env.update(env or {})
    old_argv = sys.argv
    with runner.isolation(env=base_env) as (out, err, _):
        sys.argv = ["accession", *args]
        code = 0
        try:
            main()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        finally:
            sys.argv = old_argv
            sys.stdout.flush()
            sys.stderr.flush()
        return Result(code, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8"))


@pytest.fixture(autouse=True, scope="session")
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every test runs with the parse cache in a temporary directory, never
    the user's own cache (tests that study the cache set their own)."""
    directory = tmp_path_factory.mktemp("accession-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ACCESSION_CACHE_DIR", str(directory))
        yield directory


MANIFEST = """\
schema: 1
version: 2026.1.0
as_of: 2026-01-31
title: Test dataset
"""

SOURCES = """\
- id: chart
  title: Chart of signatures and ratifications of Treaty 185
  publisher: Council of Europe Treaty Office
  url: https://www.coe.int/en/web/conventions/full-list
  accessed: 2026-01-01
- id: profile
  title: Cybercrime legislation country profile
  publisher: Council of Europe
  date: 2020-05
- id: programme
  title: Regional workshop programme
  publisher: Council of Europe
  date: 2010-08
"""

# Peru-like: invited, acceded, in force; a law that was replaced; a pending bill.
COUNTRY_PE = """\
code: PE
name: Peru
region: South America
memberships: [OAS, APEC]
treaties:
  budapest:
    - stage: invited
      date: 2015-03
      sources: [chart]
    - stage: acceded
      date: 2019-08-26
      sources: [chart]
    - stage: in_force
      date: 2019-12-01
      sources: [chart]
legislation:
  - id: pe-old-code
    title: Old penal code articles
    kind: law
    history:
      - {status: enacted, date: 2000-07-17, sources: [profile]}
      - {status: superseded, date: 2013-10-22, sources: [profile]}
    articles: {2: full, 3: partial, 4: partial}
    articles_sources: [profile]
  - id: pe-law-2013
    title: Cybercrime law
    number: Ley 30096
    kind: law
    history:
      - {status: passed, date: 2013-09-12, sources: [profile]}
      - {status: enacted, date: 2013-10-22, sources: [profile]}
    articles: {2: full, 3: full, 4: full, 5: partial, 16: full, 17: partial}
    articles_sources: [profile]
  - id: pe-bill-2024
    title: Procedural powers bill
    kind: bill
    history:
      - {status: introduced, date: 2024-05, sources: [profile]}
    articles: {18: full, 19: full, 5: full}
    articles_sources: [profile]
"""

COUNTRY_MX = """\
code: MX
name: Mexico
region: North America
memberships: [OAS]
treaties:
  budapest:
    - stage: invited
      date: 2007-01-31
      sources: [chart]
"""

EVENT = """\
id: 2010-08-mexico-city-workshop
title: Meeting the challenge of cybercrime in Latin America
kind: workshop
start: 2010-08-26
end: 2010-08-27
place: {city: Mexico City, country: MX}
organizers: [Council of Europe]
topics: [accession, substantive-law]
participants:
  - country: PE
    delegates: 2
  - country: MX
sources: [programme]
"""


def write_dataset(
    root: Path,
    *,
    manifest: str = MANIFEST,
    sources: str = SOURCES,
    countries: Mapping[str, str] | None = None,
    events: Mapping[str, str] | None = None,
) -> Path:
    """Write a dataset directory; ``countries``/``events`` map file stems to YAML text."""
    (root / "countries").mkdir(parents=True, exist_ok=True)
    (root / "events").mkdir(exist_ok=True)
    (root / "dataset.yaml").write_text(textwrap.dedent(manifest), encoding="utf-8")
    (root / "sources.yaml").write_text(textwrap.dedent(sources), encoding="utf-8")
    if countries is None:
        countries = {"PE": COUNTRY_PE, "MX": COUNTRY_MX}
    if events is None:
        events = {"2010-08-mexico-city-workshop": EVENT}
    for stem, text in countries.items():
        (root / "countries" / f"{stem}.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    for stem, text in events.items():
        (root / "events" / f"{stem}.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    return root


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    """The small crafted dataset above, in a temporary directory."""
    return write_dataset(tmp_path / "data")


@pytest.fixture
def bundled() -> Path:
    """The project's own data/ directory (the bundled dataset)."""
    return Path(__file__).resolve().parent.parent / "data"
