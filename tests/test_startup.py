"""Start-up: each run imports and builds only what its command needs, and
the shortcuts taken for speed change no output."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from accession_cli.cli.app import _invoked
from conftest import run


def _modules_after(
    args: list[str], env: dict[str, str]
) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    code = (
        "import sys\n"
        "from accession_cli.cli.app import main\n"
        f"sys.argv = ['accession', *{args!r}]\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    assert exc.code in (0, None), exc.code\n"
        "sys.stderr.write(' '.join(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    return result, set(result.stderr.split())


def test_list_imports_nothing_it_does_not_need(dataset: Path, tmp_path: Path) -> None:
    """typer's Pydantic coercion and pycountry cost ~90 and ~30 ms at start-up;
    Markdown output needs neither json nor csv, nor the other renderers."""
    args = ["--data", str(dataset), "list", "--region", "South America", "--format", "md"]
    result, modules = _modules_after(args, {"ACCESSION_CACHE_DIR": str(tmp_path / "c")})
    assert result.returncode == 0, result.stderr
    assert "| PE | Peru |" in result.stdout
    unwanted = {
        "pydantic",
        "pycountry",
        "json",
        "csv",
        "accession_cli.core.data.check",
        "accession_cli.core.analysis.diff",
        "accession_cli.render.views.table",
        "accession_cli.render.views.jsonfmt",
        "jinja2",
        "markupsafe",
    }
    assert modules & unwanted == set()


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--format", "sqlite", "--output", "{out}/x.db"],
        ["report", "--format", "md", "-o", "{out}/x.md"],
        ["map", "-o", "{out}/x.svg"],
    ],
    ids=["export", "report", "map"],
)
def test_a_path_option_builds_no_pydantic_adapter(
    args: list[str], dataset: Path, tmp_path: Path
) -> None:
    """--output is a path: typer would import Pydantic (about 90 ms) to turn
    the text into one; the result is the same file either way."""
    argv = ["--data", str(dataset), *(a.format(out=tmp_path) for a in args)]
    result, modules = _modules_after(argv, {"ACCESSION_CACHE_DIR": str(tmp_path / "c")})
    assert result.returncode == 0, result.stderr
    assert "pydantic" not in modules
    assert any(p.name.startswith("x.") for p in tmp_path.iterdir())
    # typer's own checks still apply: a directory is refused
    refused = run(
        "--data", str(dataset), *[a.format(out=tmp_path) for a in args][:-1], str(tmp_path)
    )
    assert refused.code == 2


def test_help_loads_neither_model_nor_dataset(tmp_path: Path) -> None:
    result, modules = _modules_after(["--help"], {"ACCESSION_CACHE_DIR": str(tmp_path / "c")})
    assert result.returncode == 0, result.stderr
    assert "Commands:" in result.stdout
    assert {
        "accession_cli.core.data.model",
        "accession_cli.core.data.loader",
        "accession_cli.core.analysis.views",
        "accession_cli.core.data.cache",
        "pydantic",
    } & modules == set()
    assert not (tmp_path / "c").exists()


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["list"], "list"),
        (["--data", "x", "--no-cache", "show", "PE"], "show"),
        (["--data", "list", "events"], "events"),
        (["--debug", "cache", "info"], "cache"),
        (["--help", "list"], None),
        (["-h"], None),
        (["--version"], None),
        ([], None),
    ],
)
def test_invoked_command(args: list[str], name: str | None) -> None:
    assert _invoked(args) == name


def test_typo_still_gets_a_suggestion() -> None:
    result = run("lst")
    assert result.code == 2
    assert "No such command 'lst'. Did you mean 'list'?" in result.stderr


def test_group_help_after_a_command_name_lists_every_command() -> None:
    full = run("--help")
    assert full.code == 0
    for name in ("list", "show", "drafts", "events", "cache", "check"):
        assert f"\n  {name} " in full.stdout
    assert run("--help", "list").stdout == full.stdout


def test_command_help_is_the_same_built_alone() -> None:
    alone = run("list", "--help")
    assert alone.code == 0
    assert alone.stdout.startswith("Usage: accession list [OPTIONS]")
    assert "--sort" in alone.stdout


def test_cyclic_gc_is_back_on_after_a_run(dataset: Path) -> None:
    """main() turns the collector off for a run; a caller's process gets it back."""
    assert gc.isenabled()
    assert run("--data", str(dataset), "list").code == 0
    assert gc.isenabled()


def test_version_reads_only_the_manifest(dataset: Path, tmp_path: Path) -> None:
    (dataset / "countries" / "PE.yaml").write_text("code: [PE\n", encoding="utf-8")
    cache = tmp_path / "cache"
    result = run("--data", str(dataset), "--version", env={"ACCESSION_CACHE_DIR": str(cache)})
    assert result.code == 0 and result.stderr == ""
    assert f"dataset 2026.1.0, as of 2026-01-31, from {dataset} (--data)" in result.stdout
    assert not cache.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["list", "--treaty", "budapset"],
            "Invalid value for '--treaty': 'budapset' is not one of 'budapest', 'protocol-1', "
            "'protocol-2', 'un-cybercrime'.",
        ),
        (
            ["report", "--format", "xml"],
            "Invalid value for '--format' / '-f': 'xml' is not one of 'md', 'html', 'json', 'csv'.",
        ),
    ],
)
def test_a_value_that_is_no_choice_is_a_usage_error_in_clicks_words(
    dataset: Path, args: list[str], message: str
) -> None:
    result = run("--data", str(dataset), *args)
    assert result.code == 2
    assert result.stdout == ""
    assert result.stderr.rstrip().endswith("Error: " + message)
    assert "Value error" not in result.stderr


def test_shared_repr_prints_what_a_dataclass_would() -> None:
    """Our dataclasses inherit one __repr__ (see core/record.py): same text as
    the generated one, fields marked repr=False (locations) left out."""
    from accession_cli.core.data.dates import PartialDate
    from accession_cli.core.data.findings import Loc
    from accession_cli.core.data.model import Source

    assert repr(Loc("countries/PE.yaml", ("treaties", 1))) == (
        "Loc(path='countries/PE.yaml', keys=('treaties', 1))"
    )
    source = Source(id="chart", title="Chart", date=PartialDate(2024, 5), loc=Loc("sources.yaml"))
    assert repr(source) == (
        "Source(id='chart', title='Chart', publisher=None, url=None, "
        "date=PartialDate(year=2024, month=5, day=None), accessed=None, same_as=None, note=None)"
    )
