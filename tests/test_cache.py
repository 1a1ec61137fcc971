"""The parse cache: values survive the round trip exactly, and every way the
cache can go wrong (corrupt, truncated, misplaced, unwritable, stale) falls
back to parsing the YAML with the same result. Also the benchmark generator."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accession_cli.core.data import cache as cache_mod
from accession_cli.core.data.cache import ENTRIES, HEADER, ParseCache
from accession_cli.core.data.loader import load_dataset
from accession_cli.core.data.snapshot import ENTRIES as SNAPSHOTS
from accession_cli.core.data.yamlio import ParsedFile
from conftest import COUNTRY_PE, run, write_dataset

ROOT = Path(__file__).resolve().parent.parent


def entries(directory: Path) -> list[Path]:
    folder = directory / ENTRIES
    return sorted(folder.glob("*.bin")) if folder.is_dir() else []


def typed(value: Any) -> Any:
    """The value with every type spelled out: 1, 1.0 and True compare unequal."""
    if isinstance(value, dict):
        return ("dict", [(typed(k), typed(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("list", [typed(v) for v in value])
    return (type(value).__name__, repr(value))


def cache_env(directory: Path, **extra: str | None) -> dict[str, str | None]:
    return {"ACCESSION_CACHE_DIR": str(directory), "ACCESSION_NO_CACHE": None, **extra}


# ------------------------------------------------------------------ round trip

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(alphabet=st.characters(blacklist_categories=("Cs",)))
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=5) | st.integers() | st.booleans(), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(value=VALUES)
def test_round_trip_keeps_values_and_types(
    tmp_path_factory: pytest.TempPathFactory, value: Any
) -> None:
    directory = tmp_path_factory.mktemp("rt")
    first = ParseCache(directory)
    key = first.key(b"some file")
    entry = first.entry_path(key)
    first._write(entry, key, value)
    assert entry.is_file()
    assert typed(ParseCache(directory)._read(entry, key)) == typed(value)


def test_article_numbers_stay_integers(tmp_path: Path) -> None:
    text = b"articles: {2: full, '3': partial, 4: none}\nflag: true\nyear: 2004\n"
    first = ParseCache(tmp_path)
    parsed = first.parse(text, "countries/PE.yaml")
    second = ParseCache(tmp_path)
    cached = second.parse(text, "countries/PE.yaml")
    assert (first.misses, first.writes, second.hits) == (1, 1, 1)
    assert isinstance(parsed, ParsedFile) and isinstance(cached, ParsedFile)
    assert typed(cached.value) == typed(parsed.value)
    assert list(cached.value["articles"]) == [2, "3", 4]


def test_load_from_cache_equals_load_from_yaml(dataset: Path, tmp_path: Path) -> None:
    plain = load_dataset(dataset)
    filling = ParseCache(tmp_path / "cache")
    load_dataset(dataset, parse=filling.parse)
    warm = ParseCache(tmp_path / "cache")
    cached = load_dataset(dataset, parse=warm.parse)
    assert (filling.misses, filling.writes) == (plain.files, plain.files)
    assert (warm.hits, warm.misses) == (plain.files, 0)
    assert cached.dataset == plain.dataset
    assert cached.findings == plain.findings


def test_same_bytes_share_one_entry_and_different_bytes_do_not(tmp_path: Path) -> None:
    parse = ParseCache(tmp_path)
    one = parse.parse(b"code: AR\n", "countries/AR.yaml")
    same = parse.parse(b"code: AR\n", "elsewhere/AR.yaml")
    other = parse.parse(b"code: BR\n", "countries/AR.yaml")
    assert isinstance(one, ParsedFile) and isinstance(same, ParsedFile)
    assert isinstance(other, ParsedFile)
    assert (one.value, same.value, other.value) == ({"code": "AR"}, {"code": "AR"}, {"code": "BR"})
    assert (parse.hits, parse.misses, len(entries(tmp_path))) == (1, 2, 2)


# ------------------------------------------------------------- broken entries


def _one_entry(tmp_path: Path, text: bytes) -> tuple[Path, Any]:
    parse = ParseCache(tmp_path)
    result = parse.parse(text, "sources.yaml")
    assert isinstance(result, ParsedFile)
    (entry,) = entries(tmp_path)
    return entry, result.value


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda blob: blob[: len(blob) // 2], id="truncated"),
        pytest.param(lambda blob: blob[:HEADER], id="header-only"),
        pytest.param(lambda blob: b"", id="empty"),
        pytest.param(lambda blob: blob[:-3] + bytes([blob[-3] ^ 0x55]) + blob[-2:], id="bit-flip"),
        pytest.param(lambda blob: b"garbage" + blob[7:], id="bad-magic"),
    ],
)
def test_damaged_entry_is_ignored_and_rewritten(tmp_path: Path, damage: Any) -> None:
    text = b"- id: chart\n  title: Chart of signatures\n"
    entry, value = _one_entry(tmp_path, text)
    good = entry.read_bytes()
    entry.write_bytes(damage(good))

    parse = ParseCache(tmp_path)
    result = parse.parse(text, "sources.yaml")
    assert isinstance(result, ParsedFile) and result.value == value
    assert (parse.hits, parse.misses, parse.writes) == (0, 1, 1)
    assert entry.read_bytes() == good  # rewritten whole

    again = ParseCache(tmp_path)
    assert again.parse(text, "sources.yaml") == result
    assert again.hits == 1


def test_entry_under_another_files_name_is_never_served(tmp_path: Path) -> None:
    """An entry copied over another key's entry holds the wrong key in its header."""
    parse = ParseCache(tmp_path)
    parse.parse(b"code: AR\n", "countries/AR.yaml")
    parse.parse(b"code: BR\n", "countries/BR.yaml")
    ar, br = (parse.entry_path(parse.key(t)) for t in (b"code: AR\n", b"code: BR\n"))
    br.write_bytes(ar.read_bytes())
    fresh = ParseCache(tmp_path)
    result = fresh.parse(b"code: BR\n", "countries/BR.yaml")
    assert isinstance(result, ParsedFile) and result.value == {"code": "BR"}
    assert (fresh.hits, fresh.misses) == (0, 1)


def test_yaml_errors_are_not_cached(tmp_path: Path) -> None:
    parse = ParseCache(tmp_path)
    first = parse.parse(b"code: [AR\n", "countries/AR.yaml")
    second = parse.parse(b"code: [AR\n", "countries/AR.yaml")
    assert first == second
    assert not isinstance(first, ParsedFile) and first.code == "ACC001"
    assert (parse.hits, parse.misses, parse.writes, entries(tmp_path)) == (0, 2, 0, [])


def test_no_temporary_files_are_left(tmp_path: Path, dataset: Path) -> None:
    load_dataset(dataset, parse=ParseCache(tmp_path).parse)
    names = [p.name for p in (tmp_path / ENTRIES).iterdir()]
    assert names and all(name.endswith(".bin") and not name.startswith(".") for name in names)


# ----------------------------------------------------------------- invalidation


def test_tool_version_change_invalidates(tmp_path: Path) -> None:
    text = b"code: PE\nname: Peru\n"
    old = ParseCache(tmp_path, version="0.1.0")
    old.parse(text, "countries/PE.yaml")
    new = ParseCache(tmp_path, version="0.2.0")
    new.parse(text, "countries/PE.yaml")
    same = ParseCache(tmp_path, version="0.1.0")
    same.parse(text, "countries/PE.yaml")
    assert (new.hits, new.misses) == (0, 1)
    assert (same.hits, same.misses) == (1, 0)
    assert len(entries(tmp_path)) == 2


def test_schema_version_change_invalidates(tmp_path: Path) -> None:
    text = b"code: PE\n"
    ParseCache(tmp_path, schema=1).parse(text, "countries/PE.yaml")
    newer = ParseCache(tmp_path, schema=2)
    newer.parse(text, "countries/PE.yaml")
    assert (newer.hits, newer.misses) == (0, 1)


def test_yaml_reader_change_invalidates(tmp_path: Path) -> None:
    """An edited checkout keeps its version number; the reader's source decides too."""
    text = b"code: PE\n"
    ParseCache(tmp_path, parser="aaaa").parse(text, "countries/PE.yaml")
    edited = ParseCache(tmp_path, parser="bbbb")
    edited.parse(text, "countries/PE.yaml")
    assert (edited.hits, edited.misses) == (0, 1)
    assert cache_mod.parser_fingerprint() not in ("", "-")


def test_pyyaml_change_invalidates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """PyYAML upgraded under the same tool: its ``__init__`` (which holds its
    version) is read, not imported, and is part of the key."""
    fake = tmp_path / "yaml_init.py"
    fake.write_text("__version__ = '6.0.3'\n", encoding="utf-8")
    monkeypatch.setattr(cache_mod, "_module_file", lambda name: str(fake))
    before = cache_mod.parser_fingerprint()
    fake.write_text("__version__ = '7.0.0'\n", encoding="utf-8")
    assert cache_mod.parser_fingerprint() != before


def test_pyyaml_file_is_found_whether_or_not_it_is_imported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import yaml

    assert cache_mod._module_file("yaml") == yaml.__file__  # imported: its own file
    monkeypatch.delitem(sys.modules, "yaml")
    assert cache_mod._module_file("yaml") == yaml.__file__  # not imported: found, not loaded
    assert "yaml" not in sys.modules
    assert cache_mod._module_file("no_such_module_here") is None


def test_a_run_served_from_the_cache_never_imports_pyyaml(dataset: Path, tmp_path: Path) -> None:
    """Importing PyYAML costs more than reading every cached entry of a small
    dataset; a warm run needs only the cached values."""
    probe = (
        "import atexit, runpy, sys\n"
        "atexit.register(lambda: sys.stderr.write(f'yaml imported: {\"yaml\" in sys.modules}\\n'))\n"
        f"sys.argv = ['accession', '--data', {str(dataset)!r}, 'list']\n"
        "runpy.run_module('accession_cli', run_name='__main__')\n"
    )
    env = {**os.environ, "ACCESSION_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("ACCESSION_NO_CACHE", None)
    runs = [
        subprocess.run(
            [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=False
        )
        for _ in range(2)
    ]
    assert [r.returncode for r in runs] == [0, 0]
    assert runs[0].stderr.endswith("yaml imported: True\n")  # cold: every file parsed
    assert runs[1].stderr.endswith("yaml imported: False\n")
    assert runs[0].stdout == runs[1].stdout


def test_installed_version_is_part_of_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import accession_cli

    before = ParseCache(tmp_path).key(b"x")
    monkeypatch.setattr(accession_cli, "__version__", "99.0.0")
    assert ParseCache(tmp_path).key(b"x") != before


def test_changed_file_is_parsed_again(dataset: Path, tmp_path: Path) -> None:
    env = cache_env(tmp_path / "cache")
    assert run("--data", str(dataset), "show", "PE", "-f", "json", env=env).code == 0
    before = len(entries(tmp_path / "cache"))
    path = dataset / "countries" / "PE.yaml"
    path.write_text(COUNTRY_PE.replace("name: Peru", "name: Perú"), encoding="utf-8")
    result = run("--data", str(dataset), "show", "PE", "-f", "json", env=env)
    assert result.code == 0
    assert '"name": "Perú"' in result.stdout
    assert len(entries(tmp_path / "cache")) == before + 1


# ------------------------------------------------------------------ through the CLI


def test_views_fill_the_cache_and_read_it(dataset: Path, tmp_path: Path) -> None:
    env = cache_env(tmp_path / "cache")
    reference = run("--data", str(dataset), "--no-cache", "list", env=env)
    assert entries(tmp_path / "cache") == []
    cold = run("--data", str(dataset), "list", env=env)
    assert len(entries(tmp_path / "cache")) == 5  # manifest, sources, 2 countries, 1 event
    warm = run("--data", str(dataset), "list", env=env)
    assert cold == warm == reference
    assert reference.code == 0 and reference.stderr == ""


def test_check_reads_the_cache_but_never_writes_it(dataset: Path, tmp_path: Path) -> None:
    env = cache_env(tmp_path / "cache")
    cold = run("check", str(dataset), env=env)
    assert entries(tmp_path / "cache") == []
    assert run("--data", str(dataset), "list", env=env).code == 0
    filled = entries(tmp_path / "cache")
    warm = run("check", str(dataset), env=env)
    assert warm == cold
    assert entries(tmp_path / "cache") == filled


def test_read_only_cache_reads_and_does_not_write(tmp_path: Path) -> None:
    ParseCache(tmp_path).parse(b"a: 1\n", "x.yaml")
    reader = ParseCache(tmp_path, write=False)
    assert reader.parse(b"a: 1\n", "x.yaml") == ParsedFile({"a": 1})
    assert reader.parse(b"b: 2\n", "y.yaml") == ParsedFile({"b": 2})
    assert (reader.hits, reader.misses, reader.writes) == (1, 1, 0)
    assert len(entries(tmp_path)) == 1


@pytest.mark.parametrize("value", ["1", "true", "yes"])
def test_env_turns_the_cache_off(dataset: Path, tmp_path: Path, value: str) -> None:
    env = cache_env(tmp_path / "cache", ACCESSION_NO_CACHE=value)
    result = run("--data", str(dataset), "list", env=env)
    assert result.code == 0
    assert not (tmp_path / "cache").exists()


def test_env_zero_leaves_the_cache_on(dataset: Path, tmp_path: Path) -> None:
    env = cache_env(tmp_path / "cache", ACCESSION_NO_CACHE="0")
    assert run("--data", str(dataset), "list", env=env).code == 0
    assert len(entries(tmp_path / "cache")) == 5


def test_no_cache_option_neither_reads_nor_writes(dataset: Path, tmp_path: Path) -> None:
    env = cache_env(tmp_path / "cache")
    assert run("--data", str(dataset), "list", env=env).code == 0
    # poison every entry: a run that read them would fail or show garbage
    for entry in entries(tmp_path / "cache"):
        entry.write_bytes(b"poison")
    result = run("--data", str(dataset), "--no-cache", "list", env=env)
    assert result.code == 0 and "Peru" in result.stdout
    assert {e.read_bytes() for e in entries(tmp_path / "cache")} == {b"poison"}


def test_unwritable_cache_directory_silently_disables_caching(
    dataset: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the cache directory would go\n", encoding="utf-8")
    env = cache_env(blocker / "cache")
    reference = run("--data", str(dataset), "--no-cache", "list", env=env)
    result = run("--data", str(dataset), "list", env=env)
    assert result == reference
    assert result.code == 0 and result.stderr == ""


def test_entries_path_taken_by_a_file_turns_caching_off(tmp_path: Path) -> None:
    (tmp_path / ENTRIES).write_text("not a directory\n", encoding="utf-8")
    parse = ParseCache(tmp_path)
    for text in (b"a: 1\n", b"b: 2\n"):
        assert isinstance(parse.parse(text, "x.yaml"), ParsedFile)
    assert parse.enabled is False and parse.writes == 0


def test_cache_dir_follows_xdg_cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("XDG_CACHE_HOME is the Linux convention")
    monkeypatch.delenv("ACCESSION_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_mod.cache_dir() == tmp_path / "xdg" / "accession"
    monkeypatch.setenv("ACCESSION_CACHE_DIR", str(tmp_path / "mine"))
    assert cache_mod.cache_dir() == tmp_path / "mine"


# ------------------------------------------------------------- info and clear


def _shown(size: int) -> str:
    if size < 1000:
        return f"{size} bytes"
    return f"{size / 1000:.1f} KB" if size < 1_000_000 else f"{size / 1_000_000:.1f} MB"


def _info_lines(text: str) -> dict[str, str]:
    return dict(line.split(": ", 1) for line in text.splitlines())


def test_cache_info_and_clear(dataset: Path, tmp_path: Path) -> None:
    directory = tmp_path / "cache"
    env = cache_env(directory)

    empty = run("cache", "info", env=env)
    assert empty.code == 0 and empty.stderr == ""
    assert empty.stdout == (
        f"directory: {directory}\nentries: 0 (0 bytes)\nsnapshots: 0 (0 bytes)\n"
        "map outlines: 0 (0 bytes)\ntotal: 0 files (0 bytes), what 'cache clear' removes\n"
        "caching: on\n"
    )

    assert run("--data", str(dataset), "list", env=env).code == 0
    size = sum(p.stat().st_size for p in entries(directory))
    (snapshot,) = (directory / SNAPSHOTS).glob("*.snap")
    snapshot_size = snapshot.stat().st_size
    full = run("cache", "info", env=env)
    assert full.stdout == (
        f"directory: {directory}\nentries: 5 ({_shown(size)})\n"
        f"snapshot: 1 ({_shown(snapshot_size)})\nmap outlines: 0 (0 bytes)\n"
        f"total: 6 files ({_shown(size + snapshot_size)}), what 'cache clear' removes\n"
        "caching: on\n"
    )

    off = run("--no-cache", "cache", "info", env=env)
    assert off.stdout.endswith("caching: off (--no-cache)\n")
    off_env = run("cache", "info", env=cache_env(directory, ACCESSION_NO_CACHE="1"))
    assert off_env.stdout.endswith("caching: off ($ACCESSION_NO_CACHE is set)\n")

    (directory / ENTRIES / ".stray.123.tmp").write_bytes(b"half")
    (directory / SNAPSHOTS / ".stray.123.tmp").write_bytes(b"half")
    (directory / "keep-me.txt").write_text("not ours\n", encoding="utf-8")
    cleared = run("cache", "clear", env=env)
    assert cleared.code == 0 and cleared.stderr == ""
    total = _shown(size + snapshot_size)
    assert cleared.stdout == f"removed 6 files ({total}) from {directory}\n"
    assert not (directory / ENTRIES).exists()
    assert not (directory / SNAPSHOTS).exists()
    assert (directory / "keep-me.txt").is_file()

    again = run("cache", "clear", env=env)
    assert (again.code, again.stdout) == (
        0,
        f"nothing to remove: the cache in {directory} is empty\n",
    )


def test_cache_info_counts_the_map_outlines_that_clear_removes(
    bundled: Path, tmp_path: Path
) -> None:
    """Every file 'cache clear' removes is in 'cache info', with the same total."""
    directory = tmp_path / "cache"
    env = cache_env(directory)
    assert run("--data", str(bundled), "map", env=env).code == 0
    (outline,) = (directory / cache_mod.DERIVED).iterdir()
    shown = _info_lines(run("cache", "info", env=env).stdout)
    assert shown["map outline"] == f"1 ({_shown(outline.stat().st_size)})"
    on_disk = [p for p in directory.rglob("*") if p.is_file()]
    files = len(on_disk)
    total = _shown(sum(p.stat().st_size for p in on_disk))
    assert shown["total"] == f"{files} files ({total}), what 'cache clear' removes"
    cleared = run("cache", "clear", env=env)
    assert cleared.stdout == f"removed {files} files ({total}) from {directory}\n"
    assert [p for p in directory.rglob("*") if p.is_file()] == []


def test_cache_info_on_unreadable_directory_exits_2(tmp_path: Path) -> None:
    (tmp_path / ENTRIES).write_text("a file, not a directory\n", encoding="utf-8")
    result = run("cache", "info", env=cache_env(tmp_path))
    assert result.code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"error: cannot read the cache directory {tmp_path}: ")


def test_cache_clear_on_unreadable_directory_exits_2(tmp_path: Path) -> None:
    (tmp_path / ENTRIES).write_text("a file, not a directory\n", encoding="utf-8")
    result = run("cache", "clear", env=cache_env(tmp_path))
    assert result.code == 2
    assert result.stderr.startswith(f"error: cannot clear the cache in {tmp_path}: ")


# ------------------------------------------------------------------- generator


def _generator() -> Any:
    """benchmarks/generate.py, a script rather than a package module."""
    name = "accession_benchmarks_generate"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "generate.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up while it runs
        spec.loader.exec_module(module)
    return sys.modules[name]


def test_generated_dataset_passes_check(tmp_path: Path) -> None:
    generate = _generator()
    counts = generate.generate(5, tmp_path / "data")
    assert (counts["countries"], counts["events"]) == (5, 25)
    result = load_dataset(tmp_path / "data")
    assert result.findings == []
    assert result.dataset is not None
    assert len(result.dataset.countries) == 5 and len(result.dataset.events) == 25
    assert all(len(c.legislation) == 10 for c in result.dataset.countries)
    assert all(len(e.participants) == 5 for e in result.dataset.events)  # 5-15, at most N
    cli = run("check", str(tmp_path / "data"))
    assert cli.code == 0, cli.stdout + cli.stderr


def test_generator_is_deterministic(tmp_path: Path) -> None:
    generate = _generator()
    generate.generate(3, tmp_path / "a")
    generate.generate(3, tmp_path / "b")
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.yaml"))
    assert len(files) == 3 + 15 + 2
    for rel in files:
        assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes()


def test_generator_caps_n_at_the_number_of_iso_codes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    generate = _generator()
    asked: list[int] = []

    def record(n: int, out: Path) -> dict[str, int]:
        asked.append(n)
        return {"countries": n, "events": 5 * n, "sources": 1, "bytes": 0}

    monkeypatch.setattr(generate, "generate", record)
    assert generate.main(["300", str(tmp_path / "out")]) == 0
    assert asked == [249]
    assert capsys.readouterr().err == (
        "note: ISO 3166-1 has 249 alpha-2 codes; generating 249 countries instead of 300\n"
    )


def test_generator_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    generate = _generator()
    written = write_dataset(tmp_path / "busy")
    with pytest.raises(SystemExit) as refused:
        generate.main(["2", str(written)])
    assert refused.value.code == 2
    assert "exists and is not empty (use --force to replace it)" in capsys.readouterr().err
    assert (written / "countries" / "PE.yaml").is_file()


def test_the_default_key_follows_the_yaml_parser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without an explicit ``parser``, the key uses the installed reader's
    fingerprint: another reader never gets this one's entries."""
    text = b"code: PE\n"
    ParseCache(tmp_path).parse(text, "countries/PE.yaml")
    same = ParseCache(tmp_path)
    same.parse(text, "countries/PE.yaml")
    assert (same.hits, same.misses) == (1, 0)
    monkeypatch.setattr(cache_mod, "parser_fingerprint", lambda: "another-reader")
    other = ParseCache(tmp_path)
    other.parse(text, "countries/PE.yaml")
    assert (other.hits, other.misses) == (0, 1)
