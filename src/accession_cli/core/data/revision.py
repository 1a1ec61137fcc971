"""Read one side of a diff: a dataset directory, or the dataset as it was at
a git revision of the repository that holds it.

``git`` itself does the reading, run with a fixed argument list (never a
shell). A revision that starts with ``-`` is refused before git sees it, and
git is told where its options end, so no revision can act as an option. Only
the files the loader reads are taken from the revision (``dataset.yaml``,
``sources.yaml``, ``countries/*.yaml``, ``events/*.yaml``), written as plain
files into a temporary directory and loaded like any dataset directory.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from accession_cli.core.data.errors import AccessionError, DataLocationError, UsageError
from accession_cli.core.data.loader import (
    COUNTRIES,
    EVENTS,
    MANIFEST,
    MAX_FILE_BYTES,
    SOURCES,
    LoadResult,
    load_dataset,
)
from accession_cli.core.data.record import Record

WORKING_TREE = "working tree"
#: blob modes of regular files (symbolic links and submodules are not read)
_FILE_MODES = frozenset({b"100644", b"100755"})


class RevisionError(AccessionError):
    """git cannot give this revision's dataset (unknown revision, no git...)."""


@dataclass(frozen=True, slots=True, repr=False)
class Repository(Record):
    #: the working tree's top directory
    top: Path
    #: the dataset directory inside it, POSIX style ('' when at the top)
    prefix: str


@dataclass(frozen=True, slots=True, repr=False)
class LoadedSide(Record):
    #: how the side is named in output: 'v1 (1a2b3c4d5e)', a directory, 'working tree'
    label: str
    #: what finding paths are shown under: 'v1:data', or the directory
    root: Path
    result: LoadResult


def _git(cwd: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    command = ["git", "-C", str(cwd), *args]
    try:
        return subprocess.run(command, input=stdin, capture_output=True, check=False)
    except FileNotFoundError:
        raise RevisionError(
            "git is not installed (or not on PATH): reading a revision needs it"
        ) from None
    except OSError as exc:
        raise RevisionError(f"cannot run git: {exc.strerror or exc}") from None


def _message(result: subprocess.CompletedProcess[bytes]) -> str:
    lines = result.stderr.decode("utf-8", "replace").strip().splitlines()
    return lines[0].removeprefix("fatal: ") if lines else f"git exited with {result.returncode}"


def check_revision(spec: str) -> None:
    """Refuse what git could read as an option, or what is no revision at all."""
    if not spec.strip():
        raise UsageError("an empty revision is not a revision")
    if spec.startswith("-"):
        raise UsageError(
            f"revision '{spec}' refused: a revision cannot start with '-' (git would read it as an option)"
        )
    if any(ch in spec for ch in "\0\n\r"):
        raise UsageError(f"revision {spec!r} refused: it contains a line break or NUL")


def find_repository(data_dir: Path, why: str | None = None) -> Repository:
    """The git working tree that holds ``data_dir``, and the dataset's path in it;
    ``why`` a repository was looked for opens the message when there is none."""
    start = data_dir.absolute()
    while not start.is_dir() and start != start.parent:
        start = start.parent
    result = _git(start, "rev-parse", "--show-toplevel")
    if result.returncode != 0:
        lead = f"{why}, but the" if why else "the"
        raise RevisionError(
            f"{lead} dataset {data_dir} is not in a git repository ({_message(result)}), so a "
            "revision cannot be read; give a dataset directory instead, or --data inside a checkout"
        )
    top = Path(os.fsdecode(result.stdout.rstrip(b"\n")))
    try:
        inside = data_dir.resolve().relative_to(top.resolve())
    except ValueError:
        raise RevisionError(f"the dataset {data_dir} is not inside the repository {top}") from None
    prefix = inside.as_posix()
    return Repository(top, "" if prefix == "." else prefix)


def resolve_commit(repo: Repository, spec: str) -> str:
    """The full commit id ``spec`` names; a clear error when it is not there."""
    check_revision(spec)
    result = _git(
        repo.top, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{spec}^{{commit}}"
    )
    if result.returncode == 0:
        return result.stdout.decode("ascii").strip()
    shallow = _git(repo.top, "rev-parse", "--is-shallow-repository")
    if shallow.returncode == 0 and shallow.stdout.strip() == b"true":
        raise RevisionError(
            f"unknown revision '{spec}' in {repo.top}: this is a shallow clone, and the "
            "revision is not in the history it has; fetch more history first (git fetch "
            "--unshallow; in GitHub Actions, check out with fetch-depth: 0)"
        )
    raise RevisionError(
        f"unknown revision '{spec}' in {repo.top}: not a branch, tag or commit of this "
        "repository (nor a dataset directory)"
    )


def _wanted(path: str) -> bool:
    """The files the loader reads, and nothing else (no '..', no nesting)."""
    parts = path.split("/")
    if len(parts) == 1:
        return parts[0] in (MANIFEST, SOURCES)
    return (
        len(parts) == 2
        and parts[0] in (COUNTRIES, EVENTS)
        and parts[1].endswith(".yaml")
        and not parts[1].startswith(".")
    )


def export_dataset(repo: Repository, commit: str, spec: str, dest: Path) -> int:
    """Write the dataset files of ``commit`` under ``dest``; return how many."""
    # The commit is known to exist: listing its subtree fails only when the
    # dataset directory is not there (or is not a directory) in that revision.
    listing = _git(repo.top, "ls-tree", "-r", "-l", "-z", f"{commit}:{repo.prefix}")
    if listing.returncode != 0:
        where = repo.prefix or "the top of the repository"
        raise RevisionError(f"revision '{spec}' has no dataset directory at {where}")
    blobs: list[tuple[str, bytes]] = []
    for entry in listing.stdout.split(b"\0"):
        if not entry:
            continue
        meta, _, raw_path = entry.partition(b"\t")
        mode, kind_name, oid, size = meta.split()
        path = os.fsdecode(raw_path)
        if kind_name != b"blob" or mode not in _FILE_MODES or not _wanted(path):
            continue
        target = dest / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if int(size) > MAX_FILE_BYTES:
            # Not fetched: a file of the same size lets the loader refuse it (ACC010).
            with target.open("wb") as handle:
                handle.truncate(int(size))
            continue
        blobs.append((path, oid))
    if blobs:
        batch = _git(
            repo.top, "cat-file", "--batch", stdin=b"".join(oid + b"\n" for _, oid in blobs)
        )
        if batch.returncode != 0:
            raise RevisionError(f"cannot read revision '{spec}': {_message(batch)}")
        data, offset = batch.stdout, 0
        for path, oid in blobs:
            end = data.index(b"\n", offset)
            header = data[offset:end].split()
            if len(header) != 3 or header[0] != oid:
                raise RevisionError(
                    f"cannot read {path} of revision '{spec}': git reports it "
                    f"{header[-1].decode('utf-8', 'replace') if header else 'unreadable'}"
                )
            length = int(header[2])
            (dest / path).write_bytes(data[end + 1 : end + 1 + length])
            offset = end + 1 + length + 1
    return len(blobs)


def load_directory(directory: Path, label: str) -> LoadedSide:
    result = load_dataset(directory, semantic=False)
    if result.dataset is not None:
        result.dataset = replace(result.dataset, origin=label)
    return LoadedSide(label, directory, result)


def load_revision(repo: Repository, spec: str) -> LoadedSide:
    commit = resolve_commit(repo, spec)
    label = f"{spec} ({commit[:10]})"
    with tempfile.TemporaryDirectory(prefix="accession-diff-") as tmp:
        root = Path(tmp)
        export_dataset(repo, commit, spec, root)
        result = load_dataset(root, semantic=False)
    if result.dataset is not None:
        result.dataset = replace(result.dataset, origin=label)
    shown = f"{spec}:{repo.prefix}" if repo.prefix else f"{spec}:"
    return LoadedSide(label, Path(shown), result)


def load_side(spec: str | None, data_dir: Callable[[], Path]) -> LoadedSide:
    """``spec`` is a dataset directory, a revision of the repository holding
    the data location, or None for the dataset at the data location itself.
    ``data_dir`` finds the data location; it is called only when needed."""
    if spec is not None and Path(spec).is_dir():
        return load_directory(Path(spec), spec)
    if spec is None:
        return load_directory(data_dir(), WORKING_TREE)
    check_revision(spec)
    # not a directory: a revision of the repository that holds the dataset;
    # when there is none, say what was looked for
    taken = f"'{spec}' is not a dataset directory here, so it was read as a git revision"
    try:
        root = data_dir()
    except DataLocationError as exc:
        raise RevisionError(f"{taken} of the repository holding the dataset, but {exc}") from None
    return load_revision(find_repository(root, taken), spec)
