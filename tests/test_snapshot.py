"""Snapshots of validated datasets (core/snapshot.py): whatever happens to the
files or to the cache, a run prints exactly what a ``--no-cache`` run prints."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from accession_cli.core.data import schema
from accession_cli.core.data.cache import ParseCache
from accession_cli.core.data.loader import load_dataset, read_files
from accession_cli.core.data.snapshot import ENTRIES, HEADER, MAGIC, SnapshotStore
from conftest import Result, run

COMMANDS = (
    ("list",),
    ("show", "PE"),
    ("events",),
    ("drafts",),
    ("report", "--format", "md", "--as-of", "2026-01-31"),
    ("check",),
)


def _env(cache: Path) -> dict[str, str | None]:
    return {"ACCESSION_CACHE_DIR": str(cache), "ACCESSION_NO_CACHE": None}


def _runs(dataset: Path, cache: Path, *extra: str) -> list[Result]:
    return [run(*extra, "--data", str(dataset), *args, env=_env(cache)) for args in COMMANDS]


def assert_same_as_no_cache(dataset: Path, cache: Path) -> None:
    """Every command twice with the cache (the first may build the snapshot,
    the second reads it) and once without: the same output each time."""
    expected = _runs(dataset, cache, "--no-cache")
    assert _runs(dataset, cache) == expected
    assert _runs(dataset, cache) == expected


def snapshot_files(cache: Path) -> list[Path]:
    folder = cache / ENTRIES
    return sorted(folder.glob("*.snap")) if folder.is_dir() else []


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def test_unchanged_dataset_is_served_from_its_snapshot(dataset: Path, cache: Path) -> None:
    assert_same_as_no_cache(dataset, cache)
    assert len(snapshot_files(cache)) == 1
    store = SnapshotStore(cache)
    assert store.lookup(read_files(dataset)) is not None
    assert store.hits == 1


def test_edit_in_place_keeping_size_and_mtime(dataset: Path, cache: Path) -> None:
    assert_same_as_no_cache(dataset, cache)
    target = dataset / "countries" / "PE.yaml"
    before = target.stat()
    text = target.read_text(encoding="utf-8")
    edited = text.replace("name: Peru", "name: Pery")
    assert edited != text and len(edited) == len(text)
    target.write_text(edited, encoding="utf-8")
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (target.stat().st_size, target.stat().st_mtime_ns) == (
        before.st_size,
        before.st_mtime_ns,
    )
    assert_same_as_no_cache(dataset, cache)
    assert "Pery" in run("--data", str(dataset), "list", env=_env(cache)).stdout


def test_file_added(dataset: Path, cache: Path) -> None:
    assert_same_as_no_cache(dataset, cache)
    text = (dataset / "countries" / "MX.yaml").read_text(encoding="utf-8")
    (dataset / "countries" / "GT.yaml").write_text(
        text.replace("code: MX", "code: GT").replace("name: Mexico", "name: Guatemala"),
        encoding="utf-8",
    )
    assert_same_as_no_cache(dataset, cache)
    assert "Guatemala" in run("--data", str(dataset), "list", env=_env(cache)).stdout


def test_file_removed(dataset: Path, cache: Path) -> None:
    assert_same_as_no_cache(dataset, cache)
    (dataset / "events" / "2010-08-mexico-city-workshop.yaml").unlink()
    assert_same_as_no_cache(dataset, cache)


def test_file_renamed(dataset: Path, cache: Path) -> None:
    assert_same_as_no_cache(dataset, cache)
    events = dataset / "events"
    (events / "2010-08-mexico-city-workshop.yaml").rename(events / "2010-08-mexico-workshop.yaml")
    assert_same_as_no_cache(dataset, cache)
    # the event's id no longer matches its file name: check says so
    assert run("--data", str(dataset), "check", env=_env(cache)).code == 1


def test_other_tool_version_misses(
    dataset: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_same_as_no_cache(dataset, cache)
    files = read_files(dataset)
    assert SnapshotStore(cache).lookup(files) is not None
    assert SnapshotStore(cache, version="999.0").lookup(files) is None
    monkeypatch.setattr("accession_cli.__version__", "999.0")
    assert SnapshotStore(cache).lookup(files) is None
    assert_same_as_no_cache(dataset, cache)
    assert SnapshotStore(cache).lookup(files) is not None  # rebuilt for this version


def _damage(cache: Path, change: Any) -> bytes:
    (entry,) = snapshot_files(cache)
    blob = entry.read_bytes()
    entry.write_bytes(change(blob))
    return blob


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(
            lambda b: b[: len(b) // 2] + bytes([b[len(b) // 2] ^ 0xFF]) + b[len(b) // 2 + 1 :],
            id="corrupt",
        ),
        pytest.param(lambda b: b[: len(b) // 2], id="truncated"),
        pytest.param(lambda b: b[:HEADER], id="header only"),
        pytest.param(lambda b: b"", id="empty"),
        pytest.param(lambda b: b"ACCPARSE" + b[len(MAGIC) :], id="foreign"),
    ],
)
def test_damaged_entry_is_ignored_and_rebuilt(dataset: Path, cache: Path, change: Any) -> None:
    assert_same_as_no_cache(dataset, cache)
    good = _damage(cache, change)
    assert SnapshotStore(cache).lookup(read_files(dataset)) is None
    assert_same_as_no_cache(dataset, cache)
    (entry,) = snapshot_files(cache)
    assert entry.read_bytes() == good


def test_entry_of_another_dataset_is_never_served(tmp_path: Path, cache: Path) -> None:
    """An entry copied to where another dataset's belongs is refused: its key
    (the bytes of every file) does not match."""
    from conftest import write_dataset

    first = write_dataset(tmp_path / "first")
    second = write_dataset(tmp_path / "second")
    (second / "countries" / "MX.yaml").unlink()
    assert_same_as_no_cache(first, cache)
    store = SnapshotStore(cache)
    store.entry_path(first).replace(store.entry_path(second))
    assert store.lookup(read_files(second)) is None
    assert_same_as_no_cache(second, cache)


def test_check_validates_itself_and_leaves_a_snapshot(dataset: Path, cache: Path) -> None:
    result = run("--data", str(dataset), "check", env=_env(cache))
    assert result.code == 0
    assert len(snapshot_files(cache)) == 1
    # a wrong snapshot (here: a damaged one) never changes what check reports
    _damage(cache, lambda b: b[:-10])
    assert run("--data", str(dataset), "check", env=_env(cache)) == result


def test_no_cache_and_env_turn_snapshots_off(dataset: Path, cache: Path) -> None:
    run("--no-cache", "--data", str(dataset), "list", env=_env(cache))
    env = {**_env(cache), "ACCESSION_NO_CACHE": "1"}
    run("--data", str(dataset), "list", env=env)
    assert snapshot_files(cache) == []


def test_unwritable_cache_still_gives_the_same_output(dataset: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / ENTRIES).write_text("a file where the folder should be\n", encoding="utf-8")
    assert_same_as_no_cache(dataset, cache)


def test_reading_problems_bypass_the_snapshot(dataset: Path, cache: Path) -> None:
    """A dataset whose reading gave a finding (here a .yml name) is loaded the
    ordinary way every time, and never stored."""
    (dataset / "countries" / "AR.yml").write_text("code: AR\n", encoding="utf-8")
    assert_same_as_no_cache(dataset, cache)
    assert snapshot_files(cache) == []


def test_two_processes_writing_at_once(dataset: Path, cache: Path) -> None:
    expected = run("--no-cache", "--data", str(dataset), "list", env=_env(cache))
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("ACCESSION_")},
        "ACCESSION_CACHE_DIR": str(cache),
        "COLUMNS": "80",
    }
    env.pop("NO_COLOR", None)
    command = [sys.executable, "-m", "accession_cli", "--data", str(dataset), "list"]
    for _ in range(4):
        for entry in snapshot_files(cache):
            entry.unlink()
        processes = [
            subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(3)
        ]
        for process in processes:
            out, err = process.communicate(timeout=60)
            assert (process.returncode, out.decode(), err.decode()) == (
                expected.code,
                expected.stdout,
                expected.stderr,
            )
        assert len(snapshot_files(cache)) == 1
        assert not list((cache / ENTRIES).glob("*.tmp"))
        assert SnapshotStore(cache).lookup(read_files(dataset)) is not None


def test_a_snapshot_hit_parses_no_file_and_builds_no_record(
    dataset: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Work counted, not timed: the first load parses every file and converts
    every record; the next parses none and converts none."""
    parsed: list[str] = []
    converted: list[str] = []
    parse_cache = ParseCache(cache)

    def parse(data: bytes, path: str) -> Any:
        parsed.append(path)
        return parse_cache.parse(data, path)

    for name in ("convert_country", "convert_event", "convert_sources", "convert_manifest"):
        original = getattr(schema, name)

        def counting(value: Any, loc: Any, out: Any, _original: Any = original) -> Any:
            converted.append(loc.path)
            return _original(value, loc, out)

        monkeypatch.setattr(schema, name, counting)

    first = load_dataset(dataset, parse=parse, snapshots=SnapshotStore(cache))
    files = sorted(str(p.relative_to(dataset)) for p in dataset.rglob("*.yaml"))
    assert sorted(parsed) == files
    assert sorted(converted) == files

    parsed.clear()
    converted.clear()
    store = SnapshotStore(cache)
    second = load_dataset(dataset, parse=parse, snapshots=store)
    assert (parsed, converted) == ([], [])
    assert (store.hits, store.misses, store.writes) == (1, 0, 0)
    assert second.dataset == first.dataset
    assert repr(second.dataset) == repr(first.dataset)
    # every field, those left out of == and repr (locations) too
    assert dataclasses.astuple(second.dataset) == dataclasses.astuple(first.dataset)
    assert second.findings == first.findings and second.files == first.files

    # check validates everything itself even with a snapshot there, then stores
    store = SnapshotStore(cache)
    load_dataset(dataset, parse=parse, snapshots=store, reuse=False)
    assert sorted(converted) == files
    assert (store.hits, store.writes) == (0, 1)


def test_a_warm_list_imports_neither_parser_nor_rules_nor_rich_table(
    dataset: Path, cache: Path
) -> None:
    from test_startup import _modules_after

    args = ["--data", str(dataset), "list"]
    env = {"ACCESSION_CACHE_DIR": str(cache)}
    first, _ = _modules_after(args, env)
    assert first.returncode == 0, first.stderr
    result, modules = _modules_after(args, env)
    assert result.returncode == 0, result.stderr
    assert result.stdout == first.stdout
    unwanted = {
        "yaml",
        "accession_cli.core.data.schema",
        "accession_cli.core.data.validate",
        "rich.table",
    }
    # what rich.console itself imports is not ours to avoid (rich 14.3's
    # console imports rich.table through rich.scope; 15 no longer does)
    console = subprocess.run(
        [sys.executable, "-c", "import sys, rich.console; print(*sys.modules, sep='\\n')"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert modules & unwanted - set(console.stdout.split()) == set()


# ----------------------------------------------- read by the record, keyed by stat


def test_show_from_the_index_prints_what_show_of_the_whole_dataset_prints(
    bundled: Path, tmp_path: Path
) -> None:
    """Every country of the bundled data, in every format: ``show`` of a
    dataset holding one country, its events and the sources (what a warm
    ``show`` decodes) is ``show`` of the whole dataset."""
    from accession_cli.core.analysis.views import show_view
    from accession_cli.core.data.loader import build_dataset
    from accession_cli.render import RenderOptions, render

    store = SnapshotStore(tmp_path)
    files = read_files(bundled)
    whole = build_dataset(files)
    assert whole.dataset is not None
    store.store(files, whole)
    stored = store.find(files)
    assert stored is not None
    options = RenderOptions(width=100)
    for code, _, _ in stored.names():
        part = stored.load(code, only=True)
        assert part is not None and part.dataset is not None
        assert [c.code for c in part.dataset.countries] == [code]
        assert part.findings == whole.findings
        for fmt in ("table", "json", "md", "csv"):
            expected = render(show_view(whole.dataset, code), fmt, options)
            assert render(show_view(part.dataset, code), fmt, options) == expected, (code, fmt)


def test_a_warm_show_decodes_one_country(dataset: Path, cache: Path) -> None:
    from accession_cli.core.analysis.views import resolve_code

    assert_same_as_no_cache(dataset, cache)
    store = SnapshotStore(cache)
    result = load_dataset(dataset, snapshots=store, pick=lambda names: resolve_code(names, "peru"))
    assert result.dataset is not None
    assert [c.code for c in result.dataset.countries] == ["PE"]
    assert all(any(p.country == "PE" for p in e.participants) for e in result.dataset.events)
    assert (store.hits, store.misses) == (1, 0)
    # an unknown name is the same usage error with or without the snapshot
    result = run("--data", str(dataset), "show", "Perux", env=_env(cache))
    assert result.code == 2
    assert result.stderr == run("--no-cache", "--data", str(dataset), "show", "Perux").stderr


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    from accession_cli.core.data import loader

    reads: list[str] = []
    original = loader._read_at_most

    def counting(path: str, expected: int, limit: int) -> bytes:
        reads.append(Path(path).name)
        return original(path, expected, limit)

    monkeypatch.setattr(loader, "_read_at_most", counting)
    return reads


def test_a_warm_view_reads_only_files_whose_stat_changed(
    dataset: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_same_as_no_cache(dataset, cache)
    (entry,) = snapshot_files(cache)
    reads = _count_reads(monkeypatch)
    store = SnapshotStore(cache)
    assert load_dataset(dataset, snapshots=store).dataset is not None
    assert reads == [] and store.hits == 1
    # touched, not changed: read and hashed again, still served
    target = dataset / "countries" / "PE.yaml"
    later = entry.stat().st_mtime_ns + 10**9
    os.utime(target, ns=(later, later))
    store = SnapshotStore(cache)
    assert load_dataset(dataset, snapshots=store).dataset is not None
    assert reads == ["PE.yaml"] and store.hits == 1


def test_check_reads_every_byte(
    dataset: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_same_as_no_cache(dataset, cache)
    reads = _count_reads(monkeypatch)
    load_dataset(dataset, snapshots=SnapshotStore(cache), reuse=False)
    assert len(reads) == len(list(dataset.rglob("*.yaml")))


def _listed_as_recorded(dataset: Path, entry: Path) -> tuple[list[tuple[str, Any]], int]:
    """The files as ``list_files`` gives them, but with the stat the snapshot
    recorded: what a file system with coarse timestamps shows after an edit
    that kept the size (neither ctime nor mtime moved); and PE.yaml's
    recorded mtime."""
    from types import SimpleNamespace

    from accession_cli.core.data.loader import list_files
    from accession_cli.core.data.snapshot import _header

    header = _header(memoryview(entry.read_bytes()))
    assert header is not None
    recorded = {rel: (size, m, c, i) for rel, size, m, c, i, _ in header[0]}
    listed = list_files(dataset)
    assert listed is not None
    fake = []
    for rel, _ in listed:
        size, m, c, i = recorded[rel]
        fake.append((rel, SimpleNamespace(st_size=size, st_mtime_ns=m, st_ctime_ns=c, st_ino=i)))
    return fake, recorded["countries/PE.yaml"][1]


def test_an_edit_in_the_same_tick_as_the_snapshot_is_seen(dataset: Path, cache: Path) -> None:
    """Git's racy rule: a file whose modification time is not older than the
    snapshot is read again, even when every stat field is as recorded."""
    from accession_cli.core.data.loader import _Reader

    assert_same_as_no_cache(dataset, cache)
    (entry,) = snapshot_files(cache)
    listed, modified = _listed_as_recorded(dataset, entry)
    target = dataset / "countries" / "PE.yaml"
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("name: Peru", "name: Pery"), encoding="utf-8")
    store = SnapshotStore(cache)
    # the snapshot written in the tick PE.yaml was last modified: read again
    os.utime(entry, ns=(modified, modified))
    assert store.find_unread(dataset, listed, _Reader(dataset).read) is None
    # the rule is what catches it: a snapshot written later trusts the same stat
    os.utime(entry, ns=(modified + 1, modified + 1))
    assert store.find_unread(dataset, listed, _Reader(dataset).read) is not None
    assert "Pery" in run("--data", str(dataset), "list", env=_env(cache)).stdout
