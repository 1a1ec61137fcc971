"""Writing a file the user named with ``--output``, without ever leaving it
half-written and without ever replacing something that is not a regular file.

- A new path or a regular file: a temporary file in the same directory, flushed
  to disk, then renamed over the target, so the path holds either its old
  content or the complete new one. The file keeps its permissions.
- A symbolic link: written through to the file it points to, atomically as
  above; the link itself stays a link.
- A character device (``/dev/null``, ``/dev/stdout``, a terminal) or a named
  pipe: written straight into, as a shell's ``>`` would; they cannot be
  replaced and must not be.
- A directory, a block device, a socket: refused with a message, nothing
  written.

:func:`built_output` gives the same guarantees to a file that a library
builds on disk (a SQLite database): it is built under a temporary name in the
target's directory and renamed over the target once complete.
:func:`write_directory` writes a directory of files (a data package) the same
way, and replaces an existing directory only when it is empty or when the
caller recognises it as its own earlier output.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from accession_cli.core.data.errors import AccessionError

__all__ = ["OutputError", "built_output", "write_directory", "write_output"]


class OutputError(AccessionError):
    """The output file cannot be written."""


_REFUSED = {
    stat.S_IFDIR: "it is a directory",
    stat.S_IFBLK: "it is a block device, not a regular file",
    stat.S_IFSOCK: "it is a socket, not a regular file",
}


def write_output(path: Path, data: bytes, what: str = "the report") -> None:
    """Write ``data`` to ``path`` (see the module's rules); OutputError names
    ``what`` was being written and why it could not be."""
    target = Path(os.path.realpath(path))  # through every link, to what it names
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise OutputError(f"cannot write {what} to {path}: {exc.strerror}") from None
    if mode is not None:
        kind = stat.S_IFMT(mode)
        if kind in _REFUSED:
            raise OutputError(f"cannot write {what} to {path}: {_REFUSED[kind]}")
        if kind in (stat.S_IFCHR, stat.S_IFIFO):
            _write_into(path, target, data, what)
            return
    _replace_atomically(path, target, data, what)


def _write_into(path: Path, target: Path, data: bytes, what: str) -> None:
    try:
        with open(target, "wb", buffering=0) as handle:  # noqa: PTH123 - a device
            view = memoryview(data)
            while view:
                view = view[handle.write(view) or 0 :]
    except OSError as exc:
        raise OutputError(f"cannot write {what} to {path}: {exc.strerror}") from None


def _replace_atomically(path: Path, target: Path, data: bytes, what: str) -> None:
    directory = target.parent
    if not directory.is_dir():
        raise OutputError(f"cannot write {what} to {path}: no directory {directory}")
    temp = directory / f".{target.name}.{os.urandom(4).hex()}.tmp"
    try:
        # os.open inside the try: a Ctrl-C that arrives during the call is
        # raised as soon as it returns, with the temporary file already there
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(FileNotFoundError):  # an existing file keeps its permissions
            temp.chmod(stat.S_IMODE(target.stat().st_mode))
        temp.replace(target)
    except BaseException as exc:
        if not isinstance(exc, FileExistsError):  # never remove a file we did not create
            with contextlib.suppress(OSError):
                temp.unlink()
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {what} to {path}: {exc.strerror}") from None
        raise
    try:  # make the rename itself durable; not every platform can
        dir_fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def _inspect(path: Path, what: str) -> tuple[Path, int | None]:
    """The path's final target and its kind (None: it does not exist);
    OutputError for the kinds that are refused."""
    target = Path(os.path.realpath(path))
    try:
        kind: int | None = stat.S_IFMT(target.stat().st_mode)
    except FileNotFoundError:
        kind = None
    except OSError as exc:
        raise OutputError(f"cannot write {what} to {path}: {exc.strerror}") from None
    if kind in _REFUSED:
        raise OutputError(f"cannot write {what} to {path}: {_REFUSED[kind]}")
    return target, kind


def _failed(path: Path, what: str, exc: OSError) -> OutputError:
    return OutputError(f"cannot write {what} to {path}: {exc.strerror or exc}")


def _sync_directory(directory: Path) -> None:
    """Make a rename in ``directory`` durable; not every platform can."""
    try:
        dir_fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def _sync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def built_output(path: Path, what: str) -> Iterator[Path]:
    """A path, not yet existing, for the caller to build the output file in;
    when the block ends without error the file replaces ``path`` by the rules
    of :func:`write_output`. An OSError in the block, or in the renaming,
    becomes an OutputError; the temporary file never stays behind."""
    target, kind = _inspect(path, what)
    if kind in (stat.S_IFCHR, stat.S_IFIFO):
        with tempfile.TemporaryDirectory(prefix="accession-") as scratch:
            built = Path(scratch) / "output"
            try:
                yield built
                data = built.read_bytes()
            except OSError as exc:
                raise _failed(path, what, exc) from None
            _write_into(path, target, data, what)
        return
    directory = target.parent
    if not directory.is_dir():
        raise OutputError(f"cannot write {what} to {path}: no directory {directory}")
    temp = directory / f".{target.name}.{os.urandom(4).hex()}.tmp"
    try:
        yield temp
        _sync_file(temp)
        with contextlib.suppress(FileNotFoundError):  # an existing file keeps its permissions
            temp.chmod(stat.S_IMODE(target.stat().st_mode))
        temp.replace(target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError):
            raise _failed(path, what, exc) from None
        raise
    _sync_directory(directory)


def write_directory(
    path: Path,
    files: Mapping[str, bytes],
    what: str,
    *,
    replaceable: Callable[[Path], bool],
) -> None:
    """Write ``files`` (name -> content) as the directory ``path``: built as a
    temporary directory beside it, then renamed into place. An existing
    directory is replaced only when it is empty or ``replaceable`` says it
    holds nothing but an earlier output of the same kind; anything else at
    ``path`` is refused and left as it is."""
    target, kind = _inspect_directory(path, what, replaceable)
    directory = target.parent
    if not directory.is_dir():
        raise OutputError(f"cannot write {what} to {path}: no directory {directory}")
    stem = f".{target.name}.{os.urandom(4).hex()}"
    temp, old = directory / f"{stem}.tmp", directory / f"{stem}.old"
    created = False
    try:
        temp.mkdir()
        created = True
        for name, data in files.items():
            if "/" in name:  # a file in a folder of the output (a site's pages)
                (temp / name).parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(temp / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        _sync_directory(temp)
        if kind is None:
            temp.rename(target)  # fails, leaving it alone, if something appeared there since
        else:
            with contextlib.suppress(FileNotFoundError):
                temp.chmod(stat.S_IMODE(target.stat().st_mode))
            # POSIX renames a directory only over an empty one: move the earlier
            # output aside first, and back if the new one cannot take its place
            target.rename(old)
            try:
                temp.rename(target)
            except BaseException:
                old.rename(target)
                raise
    except BaseException as exc:
        if created:  # never remove a directory we did not create
            shutil.rmtree(temp, ignore_errors=True)
        if isinstance(exc, OSError):
            raise _failed(path, what, exc) from None
        raise
    _sync_directory(directory)
    shutil.rmtree(old, ignore_errors=True)


def _inspect_directory(
    path: Path, what: str, replaceable: Callable[[Path], bool]
) -> tuple[Path, int | None]:
    target = Path(os.path.realpath(path))
    try:
        kind: int | None = stat.S_IFMT(target.stat().st_mode)
    except FileNotFoundError:
        return target, None
    except OSError as exc:
        raise _failed(path, what, exc) from None
    if kind != stat.S_IFDIR:
        raise OutputError(f"cannot write {what} to {path}: it exists and is not a directory")
    try:
        empty = next(target.iterdir(), None) is None
    except OSError as exc:
        raise _failed(path, what, exc) from None
    if not empty and not replaceable(target):
        raise OutputError(
            f"cannot write {what} to {path}: the directory is not empty and does not hold "
            f"an earlier export; nothing written (name a new or empty directory)"
        )
    return target, kind
