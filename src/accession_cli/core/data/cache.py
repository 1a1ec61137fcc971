"""The parse cache: each file's plain YAML values, stored so the next run skips parsing.

Parsing YAML is by far the slowest step of loading; the views read the same
unchanged files over and over. An entry holds the plain values (dict, list,
str, int, float, bool, None) that :func:`accession_cli.core.data.yamlio.parse`
built from a file, serialised with :mod:`marshal` (measured faster to load
than JSON for these values, and it keeps integer mapping keys such as article
numbers as integers, exactly as the schema converters see them from YAML).
Only values are cached: the values still go through the schema converters and
every rule, so a cached file can never skip a check. A file whose parse gave a
finding (a YAML error) is not cached; it is simply parsed again next time.

Safety:

* the key is a BLAKE2b hash of the file's bytes together with the tool's
  version, the schema version, a hash of the YAML reader's source and of
  PyYAML's (whose ``__init__`` holds its version), this entry format, and the
  Python and marshal versions. The same
  bytes always give the same values, so an entry can only be served for bytes
  that hash to its key; the entry repeats its key in its header, so a
  misplaced entry is never used;
* a checksum of the payload is verified before unmarshalling, so a corrupt or
  truncated entry is ignored (and rewritten), never half-read. (marshal is not
  meant for data from strangers: the cache directory is the user's own, and
  nothing read from it is ever executed, only converted like YAML values;)
* entries are written to a temporary file and renamed into place
  (``os.replace``, atomic on POSIX and Windows), so a concurrent run sees the
  old entry or the new one, never a partial one;
* any error writing (read-only or full disk, a file where the directory should
  be) silently turns caching off for the rest of the run.

Entries are never deleted by the tool except by ``accession cache clear``:
old versions of edited files stay until then (a few KB each).

The directory is ``$ACCESSION_CACHE_DIR`` if set, else the platform's user
cache directory (``platformdirs``: ``$XDG_CACHE_HOME/accession`` or
``~/.cache/accession`` on Linux). ``ACCESSION_NO_CACHE=1`` (or the CLI's
``--no-cache``) turns the cache off.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from accession_cli.core.data.findings import Finding
from accession_cli.core.data.parsed import ParsedFile
from accession_cli.core.data.parsing import parse_yaml
from accession_cli.core.data.record import Record

try:  # hashlib's blake2b is this type; importing it directly skips loading OpenSSL
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - every CPython build has _blake2
    from hashlib import blake2b

ENV_DIR = "ACCESSION_CACHE_DIR"
ENV_OFF = "ACCESSION_NO_CACHE"
#: Layout of an entry; part of the key and of the directory name.
FORMAT = 1
ENTRIES = f"parse-v{FORMAT}"
SUFFIX = ".bin"
#: The snapshots' folder (:mod:`accession_cli.core.data.snapshot` writes it):
#: named here, with every other folder of the cache directory, so that
#: ``cache info`` and ``cache clear`` know them all without importing the
#: snapshot code. The number is the snapshot's layout, part of its key.
SNAPSHOT_FORMAT = 2
SNAPSHOTS = f"snapshot-v{SNAPSHOT_FORMAT}"
SNAPSHOT_SUFFIX = ".snap"
MAGIC = b"ACCPARSE"
KEY_SIZE = 32
SUM_SIZE = 16
HEADER = len(MAGIC) + KEY_SIZE + SUM_SIZE


def cache_dir() -> Path:
    """Where the cache lives: ``$ACCESSION_CACHE_DIR``, else the user cache directory."""
    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("accession", appauthor=False))


def disabled_by_env() -> bool:
    """``ACCESSION_NO_CACHE`` set to anything but empty, 0, false or no."""
    value = os.environ.get(ENV_OFF, "").strip().lower()
    return value not in ("", "0", "false", "no")


def parser_fingerprint() -> str:
    """A hash of the YAML reader's source and of PyYAML's: a checkout edited
    without a new version number, or PyYAML upgraded under the same tool, must
    not be served values that another reader built (its rules on anchors, tags
    or duplicate keys may differ). Read from the files, not by importing them:
    a run served wholly from the cache never imports PyYAML."""
    digest = blake2b(digest_size=8)
    for path in (_sibling("yamlio.py"), _module_file("yaml")):
        try:
            with open(path or "", "rb") as handle:  # noqa: PTH123
                digest.update(handle.read())
        except OSError:  # no source file (a frozen build): the versions decide
            digest.update(b"-")
    return digest.hexdigest()


def _sibling(name: str) -> str:
    return os.path.join(os.path.dirname(__file__), name)  # noqa: PTH118, PTH120


def _module_file(name: str) -> str | None:
    """The file a top-level module would be imported from, without importing it
    (``yaml/__init__.py`` holds PyYAML's version number)."""
    module = sys.modules.get(name)
    if module is not None:
        return getattr(module, "__file__", None)
    from importlib.util import find_spec

    spec = find_spec(name)
    return None if spec is None else spec.origin


def salt(version: str | None = None, schema: int | None = None, parser: str | None = None) -> bytes:
    """What, besides the file's bytes, decides the values an entry holds."""
    if version is None:
        from accession_cli import __version__ as version
    if schema is None:
        from accession_cli.core.data.model import SCHEMA_VERSION as schema
    if parser is None:
        parser = parser_fingerprint()
    python = f"{sys.implementation.name}-{sys.version_info[0]}.{sys.version_info[1]}"
    return (
        f"accession {version}; schema {schema}; parser {parser}; entry {FORMAT}; {python}; "
        f"marshal {marshal.version}\0"
    ).encode()


class ParseCache:
    """A :data:`accession_cli.core.data.loader.ParseFile` that remembers values by content.

    ``hits``, ``misses`` and ``writes`` count what happened in this run;
    ``enabled`` (whether misses are written) turns False for the rest of the
    run after a write fails. ``write=False`` only reads: ``check`` runs that
    way, because in CI (a fresh machine every time) every entry it wrote would
    be thrown away, and creating a thousand small files can cost more than
    parsing them.
    """

    def __init__(
        self,
        directory: Path,
        *,
        version: str | None = None,
        schema: int | None = None,
        parser: str | None = None,
        write: bool = True,
    ) -> None:
        self.directory = directory
        self.entries = directory / ENTRIES
        self._salt = salt(version, schema, parser)
        # the salt hashed once; each key continues from a copy of this state
        self._seeded = blake2b(self._salt, digest_size=KEY_SIZE)
        self._entries_text = os.fspath(self.entries)
        self.enabled = write
        self._ready = False
        self.hits = 0
        self.misses = 0
        self.writes = 0

    def key(self, data: bytes) -> bytes:
        digest = self._seeded.copy()
        digest.update(data)
        return digest.digest()

    def entry_path(self, key: bytes) -> Path:
        return self.entries / (key.hex() + SUFFIX)

    def parse(self, data: bytes, path: str) -> ParsedFile | Finding:
        key = self.key(data)
        # a plain string path: a thousand Path objects per run were measurable
        entry = os.path.join(self._entries_text, key.hex() + SUFFIX)  # noqa: PTH118
        value = self._read(entry, key)
        if value is not _MISSING:
            self.hits += 1
            return ParsedFile(value)
        self.misses += 1
        parsed = parse_yaml(data, path)
        if isinstance(parsed, ParsedFile) and self.enabled:
            self._write(Path(entry), key, parsed.value)
        return parsed

    __call__ = parse

    def _read(self, entry: str | Path, key: bytes) -> Any:
        try:
            with open(entry, "rb") as handle:  # noqa: PTH123 - the fastest way to read
                blob = handle.read()
        except OSError:
            return _MISSING
        if (
            len(blob) < HEADER
            or not blob.startswith(MAGIC)
            or blob[len(MAGIC) : len(MAGIC) + KEY_SIZE] != key
        ):
            return _MISSING
        payload = memoryview(blob)[HEADER:]
        if blake2b(payload, digest_size=SUM_SIZE).digest() != blob[HEADER - SUM_SIZE : HEADER]:
            return _MISSING
        try:
            return marshal.loads(payload)
        except (EOFError, ValueError, TypeError):  # pragma: no cover - the checksum matched
            return _MISSING

    def _write(self, entry: Path, key: bytes, value: Any) -> None:
        try:
            payload = marshal.dumps(value)
        except ValueError:  # pragma: no cover - plain YAML values always marshal
            return
        blob = b"".join((MAGIC, key, blake2b(payload, digest_size=SUM_SIZE).digest(), payload))
        if not self._ready:
            try:
                self.entries.mkdir(parents=True, exist_ok=True, mode=0o700)
            except OSError:
                self.enabled = False  # unwritable: no cache for the rest of this run
                return
            self._ready = True
        if atomic_write(entry, blob, make_parent=False):
            self.writes += 1
        else:
            self.enabled = False


def atomic_write(entry: Path, blob: bytes, *, make_parent: bool = True) -> bool:
    """Write ``blob`` to a temporary file beside ``entry`` and rename it into
    place (``os.replace``, atomic on POSIX and Windows): a concurrent reader
    sees the old entry or the new one, never a partial one. False when it
    cannot be written (read-only or full disk, a file where a folder should be)."""
    temporary = entry.with_name(f".{entry.stem}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    try:
        if make_parent:
            entry.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            # os.open inside the try: a Ctrl-C that arrives during the call
            # is raised as soon as it returns, with the file already there
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(blob)
            temporary.replace(entry)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    except OSError:
        return False
    return True


class _Missing:
    pass


_MISSING: Any = _Missing()


def open_cache(enabled: bool = True, *, write: bool = True) -> ParseCache | None:
    """The cache for this run, or None when it is turned off; ``write=False``
    reads entries but never writes them."""
    if not enabled or disabled_by_env():
        return None
    try:
        return ParseCache(cache_dir(), write=write)
    except OSError:  # pragma: no cover - e.g. no home directory to put it in
        return None


# ------------------------------------------------------------- info and clear


@dataclass(frozen=True, slots=True, repr=False)
class CacheInfo(Record):
    directory: Path
    #: parse cache entries (one per file version) and their bytes
    entries: int
    size: int
    #: False when ACCESSION_NO_CACHE turns the cache off
    enabled: bool
    #: dataset snapshots (one per dataset directory) and their bytes
    snapshots: int = 0
    snapshot_size: int = 0


#: derived data other than parsed YAML (the map outlines), kept by content key
DERIVED = "derived"
DERIVED_SUFFIX = ".marshal"


def _folders() -> tuple[tuple[str, str], ...]:
    """(folder, suffix) of the parse cache's entries, the snapshots and the
    derived data."""
    return (ENTRIES, SUFFIX), (SNAPSHOTS, SNAPSHOT_SUFFIX), (DERIVED, DERIVED_SUFFIX)


def derived(name: str, source: bytes, build: Callable[[], Any]) -> Any:
    """The value ``build()`` computes from ``source`` (bytes it depends on
    alone), kept in the cache under a hash of ``name``, ``source`` and the
    tool: computed again whenever any of them changes. Plain values only
    (marshal; nothing that can run code); a damaged entry is rebuilt; written
    to a temporary file and renamed, so two runs never see half an entry.
    Without a usable cache directory, or with ACCESSION_NO_CACHE, it is just
    ``build()``."""
    if disabled_by_env():
        return build()
    digest = blake2b(salt(parser="-"), digest_size=KEY_SIZE)
    digest.update(name.encode() + b"\0" + source)
    entry = cache_dir() / DERIVED / f"{digest.hexdigest()}{DERIVED_SUFFIX}"
    try:
        with open(entry, "rb") as handle:  # noqa: PTH123 - hot path, a string path
            return marshal.loads(handle.read())
    except (OSError, EOFError, ValueError, TypeError):
        pass  # missing or damaged: rebuilt below
    value = build()
    with contextlib.suppress(OSError, ValueError):
        entry.parent.mkdir(parents=True, exist_ok=True)
        temporary = entry.with_name(f".{entry.stem}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
        try:
            temporary.write_bytes(marshal.dumps(value))
            temporary.replace(entry)
        finally:
            temporary.unlink(missing_ok=True)
    return value


def _entry_files(folder: Path, suffix: str) -> Iterator[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as scan:
            for item in scan:
                if item.name.endswith(suffix) and item.is_file(follow_symlinks=False):
                    yield item
    except FileNotFoundError:
        return


def _count(folder: Path, suffix: str) -> tuple[int, int]:
    entries = size = 0
    for item in _entry_files(folder, suffix):
        entries += 1
        size += item.stat(follow_symlinks=False).st_size
    return entries, size


def info(directory: Path | None = None) -> CacheInfo:
    """What the cache holds. Raises OSError when the directory cannot be read."""
    directory = directory or cache_dir()
    (parsed, parsed_suffix), (snapshots, snapshot_suffix), _ = _folders()
    entries, size = _count(directory / parsed, parsed_suffix)
    snapshot_count, snapshot_size = _count(directory / snapshots, snapshot_suffix)
    return CacheInfo(directory, entries, size, not disabled_by_env(), snapshot_count, snapshot_size)


def clear(directory: Path | None = None) -> tuple[int, int]:
    """Delete every entry and snapshot (and stray temporary files); return
    (files, bytes) removed.

    Only files this tool writes are removed, so pointing ACCESSION_CACHE_DIR at
    the wrong directory cannot delete anything else. Raises OSError on failure.
    """
    directory = directory or cache_dir()
    removed = 0
    size = 0
    for name, suffix in _folders():
        folder = directory / name
        for item in _entry_files(folder, suffix):
            size += item.stat(follow_symlinks=False).st_size
            Path(item.path).unlink(missing_ok=True)
            removed += 1
        try:
            with os.scandir(folder) as scan:
                for item in scan:
                    if item.name.startswith(".") and item.name.endswith(".tmp"):
                        Path(item.path).unlink(missing_ok=True)
        except FileNotFoundError:
            continue
        with contextlib.suppress(OSError):  # not empty (files we did not write) or gone
            folder.rmdir()
    return removed, size
