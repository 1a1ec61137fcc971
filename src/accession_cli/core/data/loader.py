"""Find a dataset directory, read every file in it, and assemble a Dataset.

Every file is read even when others fail; every problem becomes a finding.
Structural findings (YAML, schema) mean there is no usable dataset; semantic
findings (references, chronology) leave a dataset the views can still show.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from accession_cli.core.data.errors import DataLocationError
from accession_cli.core.data.findings import Finding, Loc, Phase
from accession_cli.core.data.model import Country, Dataset, Event, Manifest, Source
from accession_cli.core.data.parsed import ParsedFile
from accession_cli.core.data.parsing import parse_yaml
from accession_cli.core.data.record import Record
from accession_cli.core.data.rules import finding

#: Files larger than this are refused before parsing (a country file is ~5 KiB).
MAX_FILE_BYTES = 5 * 1024 * 1024
ENV_VAR = "ACCESSION_DATA"
MANIFEST = "dataset.yaml"
SOURCES = "sources.yaml"
COUNTRIES = "countries"
EVENTS = "events"


@dataclass(frozen=True, slots=True, repr=False)
class DataLocation(Record):
    path: Path
    #: how it was chosen: "--data", "$ACCESSION_DATA", "./data" or "bundled"
    chosen_by: str


def bundled_data() -> Path | None:
    from importlib.resources import files

    candidate = Path(str(files("accession_cli") / "data"))
    return candidate if (candidate / MANIFEST).is_file() else None


def resolve_location(option: str | None, *, cwd: Path | None = None) -> DataLocation:
    """``--data`` > ``$ACCESSION_DATA`` > ``./data`` (with a dataset.yaml) > bundled."""
    if option:
        return DataLocation(Path(option), "--data")
    env = os.environ.get(ENV_VAR)
    if env:
        return DataLocation(Path(env), f"${ENV_VAR}")
    # relative, as the user would type it: messages then name data/countries/PE.yaml
    local = (cwd / "data") if cwd is not None else Path("data")
    if (local / MANIFEST).is_file():
        return DataLocation(local, "./data")
    bundled = bundled_data()
    if bundled is None:
        raise DataLocationError(
            "no dataset found: pass --data PATH, set ACCESSION_DATA, or run where ./data/dataset.yaml exists"
        )
    return DataLocation(bundled, "bundled")


@dataclass(repr=False)
class LoadResult(Record):
    dataset: Dataset | None
    findings: list[Finding] = field(default_factory=list)
    files: int = 0

    @property
    def structural(self) -> list[Finding]:
        return [f for f in self.findings if f.phase is Phase.STRUCTURE]

    @property
    def semantic(self) -> list[Finding]:
        return [f for f in self.findings if f.phase is Phase.SEMANTIC]


#: Reads a file's plain values; the parse cache plugs in here.
ParseFile = Callable[[bytes, str], "ParsedFile | Finding"]


class _Reader:
    """Reads files by their path relative to the dataset root ("countries/pe.yaml").

    Plain ``os`` calls on strings: with a thousand files, pathlib's parsing of
    every path was a measurable share of a warm run."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.base = os.fspath(root)
        self.real_root = Path(os.path.realpath(root))
        #: the bytes of every file read, by relative name, in reading order
        self.raw: dict[str, bytes] = {}
        #: (mtime_ns, ctime_ns, inode) of every file read, as it was opened
        self.stats: dict[str, tuple[int, int, int]] = {}
        self.findings: list[Finding] = []
        self.files = 0

    def inside(self, path: str) -> bool:
        """Whether ``path``, all symbolic links followed, is inside the dataset.
        (``os.path.realpath``: ``Path.resolve`` raises RuntimeError on a link
        loop before Python 3.13; a loop resolves inside, then fails to open.)"""
        return Path(os.path.realpath(path)).is_relative_to(self.real_root)

    def path(self, rel: str) -> str:
        return os.path.join(self.base, rel)

    def exists(self, rel: str) -> bool:
        """Whether anything (a file, a link, even a dangling one) has this name."""
        return os.path.lexists(self.path(rel))

    def read(self, rel: str) -> bytes | None:
        """The file's bytes, or None with a finding recorded."""
        path = self.path(rel)
        self.files += 1
        loc = Loc(rel)
        try:
            info = os.lstat(path)
            if stat.S_ISLNK(info.st_mode):
                if not self.inside(path):
                    self.findings.append(
                        finding(
                            "ACC011", loc, "symbolic link to a file outside the dataset: not read"
                        )
                    )
                    return None
                info = os.stat(path)
            if not stat.S_ISREG(info.st_mode):
                # a FIFO or a device would block or never end
                self.findings.append(finding("ACC009", loc, "cannot read: not a regular file"))
                return None
            size = info.st_size
            if size <= MAX_FILE_BYTES:
                data = _read_at_most(path, size, MAX_FILE_BYTES + 1)
                size = max(size, len(data))
            if size > MAX_FILE_BYTES:
                self.findings.append(
                    finding(
                        "ACC010", loc, f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,}"
                    )
                )
                return None
        except OSError as exc:
            self.findings.append(finding("ACC009", loc, f"cannot read: {exc.strerror or exc}"))
            return None
        self.raw[rel] = data
        self.stats[rel] = (info.st_mtime_ns, info.st_ctime_ns, info.st_ino)
        return data

    def directory(self, name: str) -> Iterator[str]:
        """The relative names of the data files in a folder, sorted."""
        folder = self.path(name)
        if os.path.islink(folder) and not self.inside(folder):
            self.findings.append(
                finding(
                    "ACC011",
                    Loc(name),
                    "symbolic link to a directory outside the dataset: not read",
                )
            )
            return
        if not os.path.isdir(folder):
            return
        try:
            names = sorted(os.listdir(folder))
        except OSError as exc:
            self.findings.append(
                finding("ACC009", Loc(name), f"cannot read: {exc.strerror or exc}")
            )
            return
        for entry in names:
            if entry.startswith("."):
                continue
            if entry.endswith(".yaml") and len(entry) > 5:
                yield f"{name}/{entry}"
            elif entry.lower().endswith((".yml", ".yaml")):
                # a file meant as data but never read would silently drop its facts
                stem = entry.rsplit(".", 1)[0]
                self.findings.append(
                    finding(
                        "ACC012",
                        Loc(f"{name}/{entry}"),
                        f"not read: data files end in .yaml; rename it to {stem}.yaml",
                    )
                )


def _read_at_most(path: str, expected: int, limit: int) -> bytes:
    """Up to ``limit`` bytes of a regular file expected to hold ``expected``:
    plain descriptor calls (every run reads a thousand files, and a
    buffered file object cost a third of that time); a short read of a
    regular file is its end."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        data = os.read(descriptor, min(expected + 1, limit))
        if len(data) <= expected:
            return data
        chunks = [data]  # the file grew since it was measured
        total = len(data)
        while total < limit:
            chunk = os.read(descriptor, limit - total)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(descriptor)


@dataclass(frozen=True, repr=False)
class DatasetFiles(Record):
    """Every file of a dataset, read but not yet parsed (the first step of loading)."""

    root: Path
    #: the bytes of every file read, by relative name, in reading order
    raw: dict[str, bytes]
    #: what reading found (unreadable files, links out of the dataset, …)
    findings: tuple[Finding, ...]
    #: whether dataset.yaml and sources.yaml exist
    manifest: bool
    sources: bool
    #: the data files listed in countries/ and events/ (read or not)
    countries: tuple[str, ...]
    events: tuple[str, ...]
    #: how many files reading tried
    files: int
    #: (mtime_ns, ctime_ns, inode) of every file read (see :class:`_Reader`)
    stats: dict[str, tuple[int, int, int]] = field(default_factory=dict)

    def value(self, rel: str, parse: ParseFile, out: list[Finding]) -> Any:
        """The plain values of a file, or None (a finding in ``out`` if it did not parse)."""
        data = self.raw.get(rel)
        if data is None:
            return None
        parsed = parse(data, rel)
        if isinstance(parsed, Finding):
            out.append(parsed)
            return None
        return parsed.value


#: The bytes of a data file by its relative name, or None (unreadable, too large)
ReadFile = Callable[[str], "bytes | None"]
#: Which country a view wants, from every country's code, name and other
#: names (see :meth:`Stored.names`); None: a country the dataset lacks
PickCountry = Callable[[tuple[tuple[str, str, tuple[str, ...]], ...]], "str | None"]


class Stored(Protocol):
    """A stored snapshot, its records decoded when asked for."""

    def names(self) -> tuple[tuple[str, str, tuple[str, ...]], ...]: ...

    def load(self, code: str | None = None, *, only: bool = False) -> LoadResult | None: ...


class Snapshots(Protocol):
    """Stores whole loaded datasets by the bytes of their files (see core/snapshot.py)."""

    def find(self, files: DatasetFiles) -> Stored | None: ...

    def find_unread(
        self, root: Path, listed: Sequence[tuple[str, os.stat_result]], read: ReadFile
    ) -> Stored | None: ...

    def store(self, files: DatasetFiles, result: LoadResult) -> None: ...


def read_files(root: Path) -> DatasetFiles:
    """Read every data file under ``root``; raise only when ``root`` is not a directory."""
    if not root.is_dir():
        what = "does not exist" if not root.exists() else "is not a directory"
        raise DataLocationError(f"{root}: {what}")
    reader = _Reader(root)
    manifest = reader.exists(MANIFEST)
    if manifest:
        reader.read(MANIFEST)
    sources = reader.exists(SOURCES)
    if sources:
        reader.read(SOURCES)
    countries = list(reader.directory(COUNTRIES))
    for rel in countries:
        reader.read(rel)
    events = list(reader.directory(EVENTS))
    for rel in events:
        reader.read(rel)
    return DatasetFiles(
        root,
        reader.raw,
        tuple(reader.findings),
        manifest,
        sources,
        tuple(countries),
        tuple(events),
        reader.files,
        reader.stats,
    )


def list_files(root: Path) -> list[tuple[str, os.stat_result]] | None:
    """The data files :func:`read_files` would read, in its order, each with
    its ``lstat``, without reading them; None when anything would give a
    finding or needs following (a link, a special file, a ``.yml`` name, a
    file over the size limit): the caller then reads every file."""
    base = os.fspath(root)
    listed: list[tuple[str, os.stat_result]] = []

    def add(rel: str) -> bool:
        try:
            info = os.lstat(os.path.join(base, rel))
        except OSError:
            return False
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
            return False
        listed.append((rel, info))
        return True

    for rel in (MANIFEST, SOURCES):
        if os.path.lexists(os.path.join(base, rel)) and not add(rel):
            return None
    for name in (COUNTRIES, EVENTS):
        folder = os.path.join(base, name)
        if os.path.islink(folder):
            return None
        if not os.path.isdir(folder):
            continue
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            return None
        for entry in names:
            if entry.startswith("."):
                continue
            if entry.endswith(".yaml") and len(entry) > 5:
                if not add(f"{name}/{entry}"):
                    return None
            elif entry.lower().endswith((".yml", ".yaml")):
                return None
    return listed


def load_dataset(
    root: Path,
    *,
    parse: ParseFile | None = None,
    semantic: bool = True,
    snapshots: Snapshots | None = None,
    reuse: bool = True,
    pick: PickCountry | None = None,
) -> LoadResult:
    """Load every file under ``root``; raise only when ``root`` is not a directory.

    With ``snapshots`` (and ``semantic``), a dataset whose files are those of
    a stored snapshot is taken from it when ``reuse`` is true; otherwise it is
    built and stored for the next run. A snapshot is first looked up by the
    files' stat (:meth:`Snapshots.find_unread`), then by their bytes.

    With ``pick`` (a view of one country), a dataset served from a snapshot
    holds only the picked country, the events it took part in and every
    source; a dataset built from the files holds everything.
    """
    if snapshots is None or not semantic:
        return build_dataset(read_files(root), parse=parse, semantic=semantic)
    files = None
    stored = None
    if reuse and root.is_dir():
        listed = list_files(root)
        if listed is not None:
            stored = snapshots.find_unread(root, listed, _Reader(root).read)
        if stored is None:
            files = read_files(root)
            stored = snapshots.find(files)
    if stored is not None:
        found = stored.load() if pick is None else stored.load(pick(stored.names()), only=True)
        if found is not None:
            return found
    if files is None:
        files = read_files(root)
    result = build_dataset(files, parse=parse)
    snapshots.store(files, result)
    return result


def build_dataset(
    files: DatasetFiles, *, parse: ParseFile | None = None, semantic: bool = True
) -> LoadResult:
    """Parse, convert and (with ``semantic``) check the files read by :func:`read_files`."""
    # imported here: a run served from a snapshot converts nothing
    from accession_cli.core.data import schema

    parse = parse or parse_yaml
    out = list(files.findings)

    manifest: Manifest | None = None
    if files.manifest:
        value = files.value(MANIFEST, parse, out)
        if value is not None:
            manifest = schema.convert_manifest(value, Loc(MANIFEST), out)
    else:
        out.append(
            finding("ACC107", Loc(MANIFEST), f"{MANIFEST} is missing: a dataset needs its manifest")
        )

    sources: tuple[Source, ...] | None = None
    if files.sources:
        value = files.value(SOURCES, parse, out)
        if value is not None:
            sources = schema.convert_sources(value, Loc(SOURCES), out)
    else:
        out.append(
            finding("ACC107", Loc(SOURCES), f"{SOURCES} is missing: every fact cites a source")
        )

    countries: list[Country] = []
    countries_complete = True
    for rel in files.countries:
        value = files.value(rel, parse, out)
        country = None if value is None else schema.convert_country(value, Loc(rel), out)
        if country is None:
            countries_complete = False
            continue
        countries.append(
            replace(
                country,
                legislation=tuple(
                    replace(item, country=country.code) for item in country.legislation
                ),
            )
        )

    events: list[Event] = []
    events_complete = True
    for rel in files.events:
        value = files.value(rel, parse, out)
        event = None if value is None else schema.convert_event(value, Loc(rel), out)
        if event is None:
            events_complete = False
        else:
            events.append(event)

    structure_ok = not any(f.phase is Phase.STRUCTURE for f in out)
    dataset = None
    if manifest is not None:
        dataset = Dataset(
            manifest=manifest,
            sources=sources or (),
            countries=tuple(sorted(countries, key=lambda c: c.code)),
            events=tuple(sorted(events, key=lambda e: (e.start.sort_key(), e.id))),
            origin=str(files.root),
        )
    if semantic and dataset is not None:
        from accession_cli.core.data.validate import semantic_findings

        out.extend(
            semantic_findings(
                dataset,
                sources_complete=sources is not None,
                countries_complete=countries_complete,
                events_complete=events_complete,
            )
        )
    locate_findings(out, files.raw)
    out.sort(key=Finding.sort_key)
    return LoadResult(dataset if structure_ok else None, out, files.files)


def locate_findings(findings: list[Finding], raw: dict[str, bytes]) -> None:
    """Fill in line and column, re-reading only the files that have findings."""
    pending: dict[str, list[int]] = {}
    for index, found in enumerate(findings):
        if not found.located and found.path in raw:
            pending.setdefault(found.path, []).append(index)
    if not pending:
        return
    from accession_cli.core.data.yamlio import locate

    for path, indexes in pending.items():
        data = raw[path]
        for index in indexes:
            found = findings[index]
            position = locate(data, found.keys, at_key=found.at_key)
            if position is not None:
                findings[index] = found.at(*position)


def read_manifest(root: Path) -> Manifest | None:
    """Only dataset.yaml: what ``--version`` needs, without loading the dataset
    (read with the same limits: inside the dataset, regular, not too large)."""
    from accession_cli.core.data import schema

    data = _Reader(root).read(MANIFEST)
    parsed = None if data is None else parse_yaml(data, MANIFEST)
    if not isinstance(parsed, ParsedFile):
        return None
    value = parsed.value
    return schema.convert_manifest(value, Loc(MANIFEST), [])
