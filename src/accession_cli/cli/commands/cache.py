"""``accession cache info`` and ``accession cache clear``: the parse cache."""

from __future__ import annotations

import typer

from accession_cli.cli import state
from accession_cli.exit_codes import ExitCode
from accession_cli.render.escape import plain

app = typer.Typer(
    help="Parsed YAML and dataset snapshots, kept between runs.",
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


def _why_off() -> str | None:
    from accession_cli.core.data.cache import ENV_OFF, disabled_by_env

    if state.STATE.no_cache:
        return "off (--no-cache)"
    if disabled_by_env():
        return f"off (${ENV_OFF} is set)"
    return None


@app.command("info")
def info() -> None:
    """Where the cache is, how many files it holds, and whether it is used."""
    from accession_cli.core.data import cache

    directory = cache.cache_dir()
    try:
        found = cache.info(directory)
    except OSError as exc:
        state.error(f"cannot read the cache directory {directory}: {exc.strerror or exc}")
        raise typer.Exit(ExitCode.USAGE) from None
    entries = "entry" if found.entries == 1 else "entries"
    snapshots = "snapshot" if found.snapshots == 1 else "snapshots"
    state.emit(
        f"directory: {plain(str(directory))}\n"
        f"{entries}: {found.entries} ({_size(found.size)})\n"
        f"{snapshots}: {found.snapshots} ({_size(found.snapshot_size)})\n"
        f"caching: {_why_off() or 'on'}\n"
    )


@app.command("clear")
def clear() -> None:
    """Delete every cached file and snapshot; the next run parses the YAML again."""
    from accession_cli.core.data import cache

    directory = cache.cache_dir()
    try:
        removed, size = cache.clear(directory)
    except OSError as exc:
        state.error(f"cannot clear the cache in {directory}: {exc.strerror or exc}")
        raise typer.Exit(ExitCode.USAGE) from None
    shown = plain(str(directory))
    if removed:
        entries = "entry" if removed == 1 else "entries"
        state.emit(f"removed {removed} {entries} ({_size(size)}) from {shown}\n")
    else:
        state.emit(f"nothing to remove: the cache in {shown} is empty\n")
