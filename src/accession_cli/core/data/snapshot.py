"""Snapshots: a whole validated dataset, stored once and reused while its files
are unchanged (the way ruff and mypy keep their results between runs).

The parse cache (:mod:`accession_cli.core.data.cache`) saves parsing, but every run
still converts every value into records and runs every data rule. A snapshot
holds the result of all of that for one dataset directory: the records and
the findings, exactly as :func:`accession_cli.core.data.loader.build_dataset` made
them. A view whose files are byte for byte those of the snapshot takes the
records from it and skips parsing, converting and checking.

The key of a snapshot is a BLAKE2b hash of

* every file read, each as its name, its length and a hash of its bytes (so
  a file added, removed, renamed or edited, even to the same size and
  modification time, gives another key), together with whether
  ``dataset.yaml`` and ``sources.yaml`` exist;
* the tool's version, the schema version, the Python implementation and
  version, marshal's format and this entry format;
* the source of the modules that build records and findings (``core/data/*.py``),
  of PyYAML, and pycountry's table of country codes: an edited checkout or an
  upgraded library builds the snapshot again.

Reading a dataset that gave a finding (an unreadable file, a link out of the
dataset, a ``.yml`` name) never uses or writes a snapshot, and neither does a
dataset with a structural problem: those runs take the ordinary path.

Records are stored generically, from the dataclasses' fields and type hints
(:class:`Codec`): a record is the tuple of its fields, an enum its value, a
date its three numbers; plain values (text, numbers, tuples of them) as they
are. New fields and record classes need no code here. The payload is plain
data serialised with :mod:`marshal`, never code; it is unmarshalled only after
its magic, its key and its checksum matched, so a damaged, truncated or foreign
entry is ignored and rebuilt (an unknown enum value or a short record while
decoding counts as damage too). The per-class decoders are compiled from the
record classes' own field lists, never from anything in the cache. Entries are
written to a temporary file and renamed into place, so two runs at once never
see half an entry.

A view first compares the files' stat with what the snapshot recorded and
reads only the files that changed (:meth:`SnapshotStore.find_unread`), and
decodes only the records it needs (:class:`StoredDataset`).

There is one entry per dataset directory (named by a hash of its real path),
replaced whenever the dataset changes: the cache does not grow with edits.
"""

from __future__ import annotations

import dataclasses
import marshal
import os
import sys
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accession_cli.core.data.cache import (
    SNAPSHOT_FORMAT,
    SNAPSHOT_SUFFIX,
    SNAPSHOTS,
    atomic_write,
    cache_dir,
    disabled_by_env,
    parser_fingerprint,
)

if TYPE_CHECKING:
    from accession_cli.core.data.loader import DatasetFiles, LoadResult, ReadFile

try:  # hashlib's blake2b is this type; importing it directly skips loading OpenSSL
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - every CPython build has _blake2
    from hashlib import blake2b

#: Layout of an entry; part of the key and of the directory name.
FORMAT = SNAPSHOT_FORMAT
ENTRIES = SNAPSHOTS
SUFFIX = SNAPSHOT_SUFFIX
MAGIC = b"ACCSNAP1"
KEY_SIZE = 32
SUM_SIZE = 16
HEADER = len(MAGIC) + KEY_SIZE + SUM_SIZE

#: Turns a stored value back into what the record holds; None: stored as it is.
Decode = Callable[[Any], Any] | None
Encode = Callable[[Any], Any] | None

_PLAIN = (str, int, float, bool, type(None))


class Codec:
    """Plain data from records and back, planned from the dataclasses' type hints.

    A record becomes the tuple of its fields in declaration order; an enum its
    value; a :class:`~pathlib.Path` its text; tuples and mappings hold their
    encoded items. Values already plain (text, numbers, booleans, None and
    tuples or dicts of them) are stored as they are: marshal gives them back
    with the same types. Unknown types are a bug in the model, reported when
    the plan is made (TypeError), not a damaged entry.
    """

    def __init__(self, shared: tuple[type, ...] = ()) -> None:
        #: record classes whose equal values may share one instance
        self.shared = frozenset(shared)
        self._encoders: dict[Any, Encode] = {}
        self._decoders: dict[Any, Decode] = {}

    def encode(self, tp: Any, value: Any) -> Any:
        encode = self.encoder(tp)
        return value if encode is None else encode(value)

    def decode(self, tp: Any, value: Any) -> Any:
        decode = self.decoder(tp)
        return value if decode is None else decode(value)

    # ---------------------------------------------------------------- planning

    def encoder(self, tp: Any) -> Encode:
        if tp not in self._encoders:
            self._plan(tp)
        return self._encoders[tp]

    def decoder(self, tp: Any) -> Decode:
        if tp not in self._decoders:
            self._plan(tp)
        return self._decoders[tp]

    def _plan(self, tp: Any) -> None:
        if dataclasses.is_dataclass(tp) and isinstance(tp, type):
            self._plan_record(tp)
            return
        encode, decode = self._plan_type(tp)
        self._encoders[tp] = encode
        self._decoders[tp] = decode

    def _plan_type(self, tp: Any) -> tuple[Encode, Decode]:
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if tp in _PLAIN:
            return None, None
        if origin in (typing.Union, types.UnionType):
            return self._plan_union(tp, args)
        if isinstance(tp, type) and issubclass(tp, Enum):
            members = {member.value: member for member in tp}
            return _enum_value, members.__getitem__
        if tp is Path:
            return os.fspath, Path
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            item_encode, item_decode = self.encoder(args[0]), self.decoder(args[0])
            return _map_tuple(item_encode), _map_tuple(item_decode)
        if origin in (dict, Mapping) and len(args) == 2:
            pair = [self.encoder(args[0]), self.decoder(args[0])]
            values = [self.encoder(args[1]), self.decoder(args[1])]
            return _map_dict(pair[0], values[0]), _map_dict(pair[1], values[1])
        if dataclasses.is_dataclass(tp) and isinstance(tp, type):
            return self.encoder(tp), self.decoder(tp)
        raise TypeError(f"a snapshot cannot store {tp!r}")

    def _plan_union(self, tp: Any, args: tuple[Any, ...]) -> tuple[Encode, Decode]:
        others = [arg for arg in args if arg is not type(None)]
        if all(arg in _PLAIN for arg in others):
            return None, None
        if len(others) != 1 or len(others) == len(args):
            raise TypeError(f"a snapshot cannot store {tp!r} (only X | None)")
        encode, decode = self.encoder(others[0]), self.decoder(others[0])
        return _optional(encode), _optional(decode)

    def _plan_record(self, cls: type) -> None:
        # placeholders first: a record class that (indirectly) holds itself
        # finds its own plan through these while the plan is being made
        self._encoders[cls] = lambda value: encode(value)
        self._decoders[cls] = lambda value: decode(value)
        hints = typing.get_type_hints(cls)
        fields = dataclasses.fields(cls)
        names = tuple(f.name for f in fields)
        encoders = [self.encoder(hints[f.name]) for f in fields]
        decoders = [self.decoder(hints[f.name]) for f in fields]
        encode = _record_encoder(names, encoders)
        decode = _record_decoder(cls, decoders, shared=cls in self.shared)
        self._encoders[cls] = encode
        self._decoders[cls] = decode


def _enum_value(member: Enum) -> Any:
    return member.value


def _optional(convert: Encode) -> Encode:
    if convert is None:
        return None
    return lambda value: None if value is None else convert(value)


def _map_tuple(convert: Encode) -> Encode:
    if convert is None:
        return None
    return lambda values: tuple(map(convert, values))


def _map_dict(key: Encode, value: Encode) -> Encode:
    if key is None and value is None:
        return None
    keys = key or _same
    values = value or _same
    return lambda mapping: {keys(k): values(v) for k, v in mapping.items()}


def _same(value: Any) -> Any:
    return value


def _record_encoder(names: tuple[str, ...], encoders: list[Encode]) -> Callable[[Any], Any]:
    from operator import attrgetter

    get = attrgetter(*names)
    if len(names) == 1:
        single = encoders[0] or _same
        return lambda record: (single(get(record)),)
    if all(e is None for e in encoders):
        return get
    plan = tuple(enumerate(encoders))
    converting = tuple((i, e) for i, e in plan if e is not None)

    def encode(record: Any) -> tuple[Any, ...]:
        values = list(get(record))
        for index, convert in converting:
            values[index] = convert(values[index])
        return tuple(values)

    return encode


def _record_decoder(cls: type, decoders: list[Decode], *, shared: bool) -> Callable[[Any], Any]:
    """One function per record class that calls the class with every field
    decoded, compiled from its field list like dataclasses' own ``__init__``
    (a generic loop over the fields cost twice as much for 50,000 records)."""
    names: dict[str, Any] = {"cls": cls}
    arguments = []
    for index, decode in enumerate(decoders):
        if decode is None:
            arguments.append(f"v[{index}]")
        else:
            names[f"d{index}"] = decode
            arguments.append(f"d{index}(v[{index}])")
    call = f"cls({', '.join(arguments)})"
    if shared:
        if len(names) > 1:
            raise TypeError(f"{cls.__name__}: only records of plain fields can be shared")
        names["instances"] = {}
        source = (
            "def decode(v):\n"
            "    found = instances.get(v)\n"
            "    if found is None:\n"
            f"        found = instances[v] = {call}\n"
            "    return found\n"
        )
    else:
        source = f"def decode(v):\n    return {call}\n"
    exec(compile(source, f"<snapshot decoder of {cls.__qualname__}>", "exec"), names)
    decoder: Callable[[Any], Any] = names["decode"]
    return decoder


# -------------------------------------------------------------------- the key


def code_fingerprint() -> bytes:
    """The source of the modules that build records and findings, PyYAML's
    (through the parse cache's fingerprint) and pycountry's table of codes."""
    digest = blake2b(parser_fingerprint().encode(), digest_size=16)
    for module in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(module.name.encode() + b"\0")
        digest.update(_file_bytes(str(module)))
    digest.update(_file_bytes(_country_table()))
    return digest.digest()


def _file_bytes(path: str | None) -> bytes:
    try:
        with open(path or "", "rb") as handle:  # noqa: PTH123
            return handle.read()
    except OSError:  # no such file (a frozen build): the versions decide
        return b"-"


def _country_table() -> str | None:
    """pycountry's ISO 3166-1 table (see validate.iso_alpha2_codes), found
    without importing pycountry."""
    from importlib.util import find_spec

    spec = find_spec("pycountry")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        return os.path.join(folder, "databases", "iso3166-1.json")  # noqa: PTH118
    return None


def salt(version: str | None = None) -> bytes:
    """What, besides the dataset's files, decides what a snapshot holds."""
    if version is None:
        from accession_cli import __version__ as version
    from accession_cli.core.data.model import SCHEMA_VERSION

    python = f"{sys.implementation.name}-{sys.version_info[0]}.{sys.version_info[1]}"
    return (
        f"accession {version}; schema {SCHEMA_VERSION}; entry {FORMAT}; {python}; "
        f"marshal {marshal.version}; code "
    ).encode() + code_fingerprint()


def file_digest(data: bytes) -> bytes:
    """What the key keeps of one file: a hash of its bytes."""
    return blake2b(data, digest_size=16).digest()


def dataset_key(
    salted: bytes, manifest: bool, sources: bool, files: Iterable[tuple[str, int, bytes]]
) -> bytes:
    """The hash of ``salted`` and of every file read, as its name, its length
    and the hash of its bytes (:func:`file_digest`), in reading order."""
    digest = blake2b(salted, digest_size=KEY_SIZE)
    digest.update(b"manifest %d sources %d\0" % (manifest, sources))
    for rel, size, file_hash in files:
        digest.update(b"%s\0%d\0" % (rel.encode("utf-8", "surrogateescape"), size))
        digest.update(file_hash)
    return digest.digest()


# ------------------------------------------------------------------ the store


def _codec() -> Codec:
    from accession_cli.core.data.dates import PartialDate

    # PartialDate caches its interval on the instance: equal dates sharing one
    # instance compute it once (and a dataset repeats a few hundred dates).
    return Codec(shared=(PartialDate,))


#: A file as the snapshot recorded it: name, size, mtime_ns, ctime_ns, inode,
#: hash of its bytes.
FileEntry = tuple[str, int, int, int, int, bytes]
#: A country in the snapshot's index: code, name, other names.
CountryName = tuple[str, str, tuple[str, ...]]
_LENGTH = 4  # bytes of the header's length, big-endian


class SnapshotStore:
    """:class:`accession_cli.core.data.loader.Snapshots` in a cache directory.

    An entry is ``MAGIC | key | checksum | payload``; the payload is the
    length of a header, the header, then the records, each country and each
    event marshalled on its own and the sources together. The header holds
    what every view needs at once (the manifest, the findings, the files as
    they were read, with their stat and hash) and an index: country code and
    names, and each event's participants, to where their records lie. A view
    decodes what it touches: ``show`` one country, its events and the
    sources; ``list`` everything, once.

    ``hits``, ``misses`` and ``writes`` count what happened in this run.
    A failed write turns writing off for the rest of the run.
    """

    def __init__(self, directory: Path, *, version: str | None = None) -> None:
        self.directory = directory
        self.entries = directory / ENTRIES
        self._salt = salt(version)
        self._codec = _codec()
        self.enabled = True
        self.hits = 0
        self.misses = 0
        self.writes = 0

    def entry_path(self, root: Path) -> Path:
        """One entry per dataset directory: a hash of its real path names it."""
        real = os.path.realpath(root).encode("utf-8", "surrogateescape")
        return self.entries / (blake2b(real, digest_size=16).hexdigest() + SUFFIX)

    def key(self, files: DatasetFiles) -> bytes | None:
        """The snapshot key of these files; None when reading them gave findings."""
        if files.findings:
            return None
        return dataset_key(
            self._salt,
            files.manifest,
            files.sources,
            ((rel, len(data), file_digest(data)) for rel, data in files.raw.items()),
        )

    # ---------------------------------------------------------------- reading

    def lookup(self, files: DatasetFiles) -> LoadResult | None:
        """The whole dataset, if a snapshot of exactly these bytes is stored."""
        stored = self.find(files)
        return None if stored is None else stored.load()

    def find(self, files: DatasetFiles) -> StoredDataset | None:
        """The snapshot of exactly these bytes, its records not yet decoded."""
        key = self.key(files)
        stored = None if key is None else self._open(files.root, key)
        self._count(stored)
        return stored

    def find_unread(
        self, root: Path, listed: Sequence[tuple[str, os.stat_result]], read: ReadFile
    ) -> StoredDataset | None:
        """The snapshot of the files ``listed`` (name and ``lstat``), reading
        only the files whose stat differs from what the snapshot recorded or
        whose modification time is not older than the snapshot itself (git's
        "racy" rule: an edit in the same tick as the write could keep every
        stat field). The key is then computed as :meth:`key` would, from the
        recorded hashes of the files left unread. None when anything differs,
        without counting a miss: the caller then reads every byte."""
        opened = self._read_entry(root)
        if opened is None:
            return None
        blob, written = opened
        header = _header(blob)
        if header is None:
            return None
        recorded: tuple[FileEntry, ...] = header[0]
        if len(recorded) != len(listed):
            return None
        files = []
        for (rel, info), (name, size, mtime, ctime, inode, file_hash) in zip(
            listed, recorded, strict=True
        ):
            if rel != name:
                return None
            same = (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino) == (
                size,
                mtime,
                ctime,
                inode,
            )
            if not same or info.st_mtime_ns >= written:
                data = read(rel)
                if data is None:
                    return None
                size, file_hash = len(data), file_digest(data)
            files.append((rel, size, file_hash))
        from accession_cli.core.data.loader import MANIFEST, SOURCES

        names = {rel for rel, _ in listed}
        key = dataset_key(self._salt, MANIFEST in names, SOURCES in names, files)
        if blob[len(MAGIC) : len(MAGIC) + KEY_SIZE] != key:
            return None
        stored = StoredDataset(self._codec, header, blob, root)
        self._count(stored)
        return stored

    def _count(self, stored: StoredDataset | None) -> None:
        if stored is None:
            self.misses += 1
        else:
            self.hits += 1

    def _read_entry(self, root: Path) -> tuple[memoryview, int] | None:
        """The entry's bytes, checked (magic, checksum), and its modification time."""
        try:
            with open(self.entry_path(root), "rb") as handle:  # noqa: PTH123
                blob = handle.read()
                written = os.fstat(handle.fileno()).st_mtime_ns
        except OSError:
            return None
        if len(blob) < HEADER or not blob.startswith(MAGIC):
            return None
        view = memoryview(blob)
        if (
            blake2b(view[HEADER:], digest_size=SUM_SIZE).digest()
            != blob[HEADER - SUM_SIZE : HEADER]
        ):
            return None
        return view, written

    def _open(self, root: Path, key: bytes) -> StoredDataset | None:
        opened = self._read_entry(root)
        if opened is None:
            return None
        blob = opened[0]
        if blob[len(MAGIC) : len(MAGIC) + KEY_SIZE] != key:
            return None
        header = _header(blob)
        return None if header is None else StoredDataset(self._codec, header, blob, root)

    # ---------------------------------------------------------------- writing

    def store(self, files: DatasetFiles, result: LoadResult) -> None:
        key = self.key(files)
        if key is None or result.dataset is None or not self.enabled:
            return
        from accession_cli.core.data.findings import Finding
        from accession_cli.core.data.model import Country, Event, Manifest, Source

        codec = self._codec
        dataset = result.dataset
        records: list[bytes] = []
        offset = 0

        def put(value: Any) -> tuple[int, int]:
            nonlocal offset
            data = marshal.dumps(value)
            records.append(data)
            span = (offset, offset + len(data))
            offset += len(data)
            return span

        countries = tuple(
            (c.code, c.name, tuple(getattr(c, "names", ())), *put(codec.encode(Country, c)))
            for c in dataset.countries
        )
        events = tuple(
            (*put(codec.encode(Event, e)), tuple(p.country for p in e.participants))
            for e in dataset.events
        )
        sources = put(codec.encode(tuple[Source, ...], dataset.sources))
        recorded = tuple(
            (rel, len(data), *files.stats.get(rel, (-1, -1, -1)), file_digest(data))
            for rel, data in files.raw.items()
        )
        header = marshal.dumps(
            (
                recorded,
                codec.encode(Manifest, dataset.manifest),
                codec.encode(tuple[Finding, ...], tuple(result.findings)),
                result.files,
                countries,
                events,
                sources,
            )
        )
        payload = b"".join((len(header).to_bytes(_LENGTH, "big"), header, *records))
        blob = b"".join((MAGIC, key, blake2b(payload, digest_size=SUM_SIZE).digest(), payload))
        if atomic_write(self.entry_path(files.root), blob):
            self.writes += 1
        else:
            self.enabled = False


def _header(blob: memoryview) -> tuple[Any, ...] | None:
    """The header of a checked entry, or None when it is not what this version writes."""
    start = HEADER + _LENGTH
    length = int.from_bytes(blob[HEADER:start], "big")
    try:
        header = marshal.loads(blob[start : start + length])
    except (EOFError, ValueError, TypeError):  # pragma: no cover - the checksum matched
        return None
    if not isinstance(header, tuple) or len(header) != 7:
        return None
    return header


class StoredDataset:
    """A snapshot entry read and checked: its header decoded, its records
    decoded when asked for. A record that does not decode (an unknown enum
    value, a short record: another version's entry under the same key)
    makes :meth:`load` return None, and the dataset is built again."""

    def __init__(self, codec: Codec, header: tuple[Any, ...], blob: memoryview, root: Path) -> None:
        self._codec = codec
        (_, self._manifest, self._findings, self._count, countries, events, sources) = header
        self._countries: tuple[tuple[str, str, tuple[str, ...], int, int], ...] = countries
        self._events: tuple[tuple[int, int, tuple[str, ...]], ...] = events
        self._sources: tuple[int, int] = sources
        self._records = blob[
            HEADER + _LENGTH + int.from_bytes(blob[HEADER : HEADER + _LENGTH], "big") :
        ]
        self._root = root

    def names(self) -> tuple[CountryName, ...]:
        """Every country's code, name and other names, nothing decoded."""
        return tuple((code, name, others) for code, name, others, _, _ in self._countries)

    def load(self, code: str | None = None, *, only: bool = False) -> LoadResult | None:
        """The dataset; with ``only``, holding just the country ``code`` (none
        when it is None), the events it took part in, and every source."""
        from accession_cli.core.data.findings import Finding
        from accession_cli.core.data.loader import LoadResult
        from accession_cli.core.data.model import Country, Dataset, Event, Manifest, Source

        codec = self._codec
        try:
            countries = tuple(
                codec.decode(Country, self._record(start, end))
                for c, _, _, start, end in self._countries
                if not only or c == code
            )
            events = tuple(
                codec.decode(Event, self._record(start, end))
                for start, end, participants in self._events
                if not only or code in participants
            )
            dataset = Dataset(
                manifest=codec.decode(Manifest, self._manifest),
                sources=codec.decode(tuple[Source, ...], self._record(*self._sources)),
                countries=countries,
                events=events,
                origin=str(self._root),
            )
            findings = list(codec.decode(tuple[Finding, ...], self._findings))
        except (TypeError, ValueError, KeyError, IndexError, AttributeError, EOFError):
            return None  # not what this version writes: rebuilt and replaced
        if not isinstance(self._count, int):
            return None
        return LoadResult(dataset, findings, self._count)

    def _record(self, start: int, end: int) -> Any:
        return marshal.loads(self._records[start:end])


def open_snapshots(enabled: bool = True) -> SnapshotStore | None:
    """The snapshot store for this run, or None when caching is turned off."""
    if not enabled or disabled_by_env():
        return None
    try:
        return SnapshotStore(cache_dir())
    except OSError:  # pragma: no cover - e.g. no home directory to put it in
        return None
