"""``accession cache info`` and ``accession cache clear``: the parse cache."""

from __future__ import annotations

import typer

from accession_cli.cli import state
from accession_cli.exit_codes import ExitCode
from accession_cli.render.escape import plain

app = typer.Typer(
    help="Parsed YAML, dataset snapshots and map outlines, kept between runs.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)


def _size(n: int) -> str:
    value = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{n} bytes" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    raise AssertionError("unreachable")  # pragma: no cover


def _files(n: int) -> str:
    return f"{n} file" if n == 1 else f"{n} files"


def _why_off() -> str | None:
    from accession_cli.core.data.cache import ENV_OFF, disabled_by_env

    if state.STATE.no_cache:
        return "off (--no-cache)"
    if disabled_by_env():
        return f"off (${ENV_OFF} is set)"
    return None


@app.command("info")
def info() -> None:
    """Where the cache is, what it holds (what 'cache clear' removes), and
    whether it is used."""
    from accession_cli.core.data import cache

    directory = cache.cache_dir()
    try:
        found = cache.info(directory)
    except OSError as exc:
        state.error(f"cannot read the cache directory {directory}: {exc.strerror or exc}")
        raise typer.Exit(ExitCode.USAGE) from None
    entries = "entry" if found.entries == 1 else "entries"
    snapshots = "snapshot" if found.snapshots == 1 else "snapshots"
    outlines = "map outline" if found.derived == 1 else "map outlines"
    state.emit(
        f"directory: {plain(str(directory))}\n"
        f"{entries}: {found.entries} ({_size(found.size)})\n"
        f"{snapshots}: {found.snapshots} ({_size(found.snapshot_size)})\n"
        f"{outlines}: {found.derived} ({_size(found.derived_size)})\n"
        f"total: {_files(found.files)} ({_size(found.total_size)}), what 'cache clear' removes\n"
        f"caching: {_why_off() or 'on'}\n"
    )


@app.command("clear")
def clear() -> None:
    """Delete every cached file (entries, snapshots, map outlines); the next run
    parses the YAML again."""
    from accession_cli.core.data import cache

    directory = cache.cache_dir()
    try:
        removed, size = cache.clear(directory)
    except OSError as exc:
        state.error(f"cannot clear the cache in {directory}: {exc.strerror or exc}")
        raise typer.Exit(ExitCode.USAGE) from None
    shown = plain(str(directory))
    if removed:
        state.emit(f"removed {_files(removed)} ({_size(size)}) from {shown}\n")
    else:
        state.emit(f"nothing to remove: the cache in {shown} is empty\n")
