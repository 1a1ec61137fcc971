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
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from accession_cli.core.errors import AccessionError

__all__ = ["OutputError", "write_output"]


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
