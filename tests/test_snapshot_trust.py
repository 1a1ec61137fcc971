"""When a snapshot must not be trusted: the code that built it was edited, or
its payload, under a valid key and checksum, is not what this version
writes. Either way the run prints what a ``--no-cache`` run prints."""

from __future__ import annotations

import marshal
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import accession_cli
from accession_cli.core.data.loader import read_files
from accession_cli.core.data.snapshot import HEADER, KEY_SIZE, MAGIC, SUM_SIZE, SnapshotStore
from conftest import COUNTRY_MX, COUNTRY_PE, run, write_dataset
from test_snapshot import _env, assert_same_as_no_cache, snapshot_files

try:
    from _blake2 import blake2b
except ImportError:  # pragma: no cover
    from hashlib import blake2b


def _tool(package_parent: Path, dataset: Path, cache: Path) -> tuple[int, str, str]:
    """``accession list`` run from the copy of the package in ``package_parent``."""
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("ACCESSION_")},
        "ACCESSION_CACHE_DIR": str(cache),
        "PYTHONPATH": str(package_parent),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    done = subprocess.run(
        [sys.executable, "-m", "accession_cli", "--data", str(dataset), "list", "-f", "csv"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return done.returncode, done.stdout, done.stderr


def test_an_edited_data_module_builds_the_snapshot_again(tmp_path: Path) -> None:
    """A contributor edits a rule in core/data: the next run shows the edit,
    not the findings of the snapshot the old code made."""
    checkout = tmp_path / "checkout"
    package = checkout / "accession_cli"
    shutil.copytree(
        Path(accession_cli.__file__).parent,
        package,
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    # one semantic problem: a source id nobody defined
    unknown = COUNTRY_PE.replace("sources: [chart]", "sources: [chrat]", 1)
    data = write_dataset(tmp_path / "data", countries={"PE": unknown, "MX": COUNTRY_MX})
    cache = tmp_path / "cache"
    one = f"warning: 1 problem in the data; run 'accession check {data}' for details\n"
    assert _tool(checkout, data, cache)[2] == one
    assert len(snapshot_files(cache)) == 1
    assert _tool(checkout, data, cache)[2] == one  # served from the snapshot
    # the edit: every semantic finding reported twice
    validate = package / "core" / "data" / "validate.py"
    with validate.open("a", encoding="utf-8") as handle:
        handle.write(
            "\n_once = semantic_findings\n\n"
            "def semantic_findings(*args, **kwargs):  # type: ignore[no-redef]\n"
            "    found = list(_once(*args, **kwargs))\n"
            "    return found + found\n"
        )
    code, _, err = _tool(checkout, data, cache)
    assert (code, err) == (
        0,
        f"warning: 2 problems in the data; run 'accession check {data}' for details\n",
    )


def _rewrite_payload(
    entry: Path,
    header: Callable[[tuple[Any, ...]], Any] = lambda h: h,
    country: Callable[[Any], Any] = lambda c: c,
) -> None:
    """Change the snapshot's header or its country records (the layout is
    SnapshotStore's: header length, header, then each record marshalled on
    its own) and give the entry a valid key and checksum again."""
    blob = entry.read_bytes()
    assert blob.startswith(MAGIC)
    key = blob[len(MAGIC) : len(MAGIC) + KEY_SIZE]
    size = int.from_bytes(blob[HEADER : HEADER + 4], "big")
    old = marshal.loads(blob[HEADER + 4 : HEADER + 4 + size])
    records = blob[HEADER + 4 + size :]
    files, manifest, findings, count, countries, events, sources = old
    parts: list[bytes] = []

    def put(data: bytes) -> tuple[int, int]:
        start = sum(map(len, parts))
        parts.append(data)
        return start, start + len(data)

    new_countries = tuple(
        (code, name, names, *put(marshal.dumps(country(marshal.loads(records[s:e])))))
        for code, name, names, s, e in countries
    )
    new_events = tuple((*put(records[s:e]), who) for s, e, who in events)
    new_sources = put(records[sources[0] : sources[1]])
    changed = header((files, manifest, findings, count, new_countries, new_events, new_sources))
    head = marshal.dumps(changed)
    payload = len(head).to_bytes(4, "big") + head + b"".join(parts)
    checksum = blake2b(payload, digest_size=SUM_SIZE).digest()
    entry.write_bytes(MAGIC + key + checksum + payload)


def _replace(value: Any, wanted: Callable[[Any], bool], new: Callable[[Any], Any]) -> Any:
    """``value`` with every nested item for which ``wanted`` holds replaced by ``new(item)``."""
    if wanted(value):
        return new(value)
    if isinstance(value, tuple):
        return tuple(_replace(v, wanted, new) for v in value)
    if isinstance(value, list):
        return [_replace(v, wanted, new) for v in value]
    return value


def _is_peru(value: Any) -> bool:
    return isinstance(value, tuple) and value[:2] == ("PE", "Peru")


@pytest.mark.parametrize(
    ("header", "country"),
    [
        # a region no version of the tool knows, in Peru's record
        pytest.param(
            None,
            lambda c: _replace(c, lambda v: v == "South America", lambda v: "Atlantis"),
            id="unknown enum value",
        ),
        # Peru's record one field short
        pytest.param(None, lambda c: c[:-1] if _is_peru(c) else c, id="short record"),
        pytest.param(lambda h: h[:2], None, id="short payload"),
        pytest.param(lambda h: (*h[:3], "3", *h[4:]), None, id="count not a number"),
    ],
)
def test_a_payload_this_version_does_not_write_is_rebuilt(
    dataset: Path,
    tmp_path: Path,
    header: Callable[[Any], Any] | None,
    country: Callable[[Any], Any] | None,
) -> None:
    cache = tmp_path / "cache"
    assert_same_as_no_cache(dataset, cache)
    (entry,) = snapshot_files(cache)
    good = entry.read_bytes()
    _rewrite_payload(entry, header or (lambda h: h), country or (lambda c: c))
    assert entry.read_bytes() != good
    assert SnapshotStore(cache).lookup(read_files(dataset)) is None
    expected = run("--no-cache", "--data", str(dataset), "list", env=_env(cache))
    assert run("--data", str(dataset), "list", env=_env(cache)) == expected
    assert entry.read_bytes() == good  # rebuilt and replaced
    assert_same_as_no_cache(dataset, cache)
