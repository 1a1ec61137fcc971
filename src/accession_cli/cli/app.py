"""The ``accession`` command: global options, command wiring, and the one
place where domain errors become messages and exit codes."""

from __future__ import annotations

import gc
import importlib
import sys
from collections.abc import Iterable
from typing import Annotated, Any, Optional

import typer

from accession_cli.cli import state
from accession_cli.exit_codes import ExitCode
from accession_cli.render.escape import plain

#: Every command: its name -> "module:attribute", a command function or, for a
#: command with subcommands, a typer.Typer. A module is imported only when its
#: command is built: the command a run names, or all of them for help and typos.
#: The order is the order of ``accession --help``.
COMMANDS = {
    "list": "accession_cli.cli.commands.list_cmd:list_countries",
    "show": "accession_cli.cli.commands.show:show_country",
    "drafts": "accession_cli.cli.commands.drafts:drafts",
    "events": "accession_cli.cli.commands.events:events",
    "cache": "accession_cli.cli.commands.cache:app",
    "report": "accession_cli.cli.commands.report:report",
    "map": "accession_cli.cli.commands.map_cmd:world_map",
    "check": "accession_cli.cli.commands.check:check",
    "schema": "accession_cli.cli.commands.schema:schema",
    "diff": "accession_cli.cli.commands.diff:diff",
    "export": "accession_cli.cli.commands.export:export",
    "site": "accession_cli.cli.commands.site:site",
}


def build_app(names: Iterable[str] | None = None) -> typer.Typer:
    """The ``accession`` app with these commands (all of them when None)."""
    app = typer.Typer(
        name="accession",
        help="Track countries' progress toward the Budapest Convention on Cybercrime: "
        "treaty steps, laws article by article, workshops.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback()(main_callback)
    for name in COMMANDS if names is None else names:
        module, _, attribute = COMMANDS[name].partition(":")
        target = getattr(importlib.import_module(module), attribute)
        if isinstance(target, typer.Typer):
            app.add_typer(target, name=name)
        else:
            app.command(name)(target)
    return app


def _version(value: bool) -> None:
    if not value:
        return
    from accession_cli import __version__
    from accession_cli.core.data.loader import read_manifest

    lines = [f"accession {__version__}"]
    try:
        where = state.location()
    except Exception as exc:
        lines.append(f"dataset: none ({exc})")
    else:
        manifest = read_manifest(where.path)
        if manifest is None:
            lines.append(f"dataset: unreadable, at {where.path} ({where.chosen_by})")
        else:
            lines.append(
                f"dataset {plain(manifest.version)}, as of {manifest.as_of}, "
                f"from {where.path} ({where.chosen_by})"
            )
    state.emit("\n".join(lines) + "\n")
    raise typer.Exit()


def _data(value: str | None) -> str | None:
    # eager, so that --version (also eager) can name the dataset in use
    state.STATE.data = value
    return value


def main_callback(
    data: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--data",
            metavar="PATH",
            help="Dataset directory (default: $ACCESSION_DATA, else ./data if it holds "
            "dataset.yaml, else the bundled dataset).",
            show_default=False,
            is_eager=True,
            callback=_data,
        ),
    ] = None,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the Python traceback of an internal error.")
    ] = False,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache",
            help="Load every file afresh; do not read or write the cache of parsed "
            "files and dataset snapshots (also: ACCESSION_NO_CACHE=1).",
        ),
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            "-V",
            callback=_version,
            is_eager=True,
            help="Show the tool's version and the dataset in use, then exit.",
        ),
    ] = False,
) -> None:
    state.STATE.data = data
    state.STATE.debug = debug
    state.STATE.no_cache = no_cache


def _invoked(args: list[str]) -> str | None:
    """The command named on the command line, when it is plain to see: the first
    word that is not a global option (``--data`` takes a value). None when there
    is none, or when ``--help`` comes first (the group's help lists them all)."""
    value_next = False
    for arg in args:
        if value_next:
            value_next = False
        elif arg == "--data":
            value_next = True
        elif arg in ("-h", "--help", "--"):
            return None
        elif not arg.startswith("-"):
            return arg
    return None


def _command(args: list[str]) -> Any:
    """The click command for this command line, with cheap option coercion.

    typer builds every command's options before it runs one; when the command
    line names a command, only that one is imported and built (the others
    cost ~15 ms). Anything else (no command, a typo, ``--help`` first) builds
    them all, so help and "no such command" messages are typer's own.
    """
    from typer.main import get_command

    from accession_cli.cli.fastparams import install

    name = _invoked(args)
    command = get_command(build_app([name] if name in COMMANDS else None))
    install(command)
    return command


def main() -> None:
    """Console-script entry point: run the app, translate errors once."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    debug = "--debug" in sys.argv[1:]
    # A run allocates a few hundred thousand long-lived objects (the dataset)
    # and next to no reference cycles, then exits: the cyclic collector only
    # walks the dataset again and again (even with mypy's raised thresholds,
    # 6-8% of a warm run on 200 countries). Off for the run; peak memory is
    # the same with it off (measured up to 249 countries, every command).
    enabled = gc.isenabled()
    gc.disable()
    try:
        _run(debug)
    finally:
        if enabled:
            gc.enable()


def _run(debug: bool) -> None:
    from typer.exceptions import Abort, TyperException

    from accession_cli.core.data.errors import AccessionError, DataError

    try:
        result = _command(sys.argv[1:])(prog_name="accession", standalone_mode=False)
    except Abort:  # typer turns end-of-file at a prompt into Abort
        sys.stderr.write("interrupted\n")
        sys.exit(ExitCode.INTERRUPTED)
    except TyperException as exc:  # usage errors: one line, in the CLI's words
        from typer._click.exceptions import NoArgsIsHelpError, UsageError

        from accession_cli.cli.usage import usage_message

        if isinstance(exc, NoArgsIsHelpError):  # 'accession' alone: the help
            exc.show()
        elif isinstance(exc, UsageError):
            name = _invoked(sys.argv[1:])
            state.error(usage_message(exc, name if name in COMMANDS else None))
        else:
            state.error(exc.format_message())
        sys.exit(ExitCode.USAGE)
    except DataError as exc:
        state.error(str(exc))
        sys.exit(ExitCode.USAGE)
    except AccessionError as exc:
        state.error(str(exc))
        sys.exit(ExitCode.USAGE)
    except KeyboardInterrupt:  # outside the command (while parsing options)
        sys.stderr.write("interrupted\n")
        sys.exit(ExitCode.INTERRUPTED)
    except SystemExit:
        raise
    except Exception as exc:  # an internal error: one line, unless --debug
        if debug:
            raise
        state.error(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for details)")
        sys.exit(ExitCode.USAGE)
    if result == ExitCode.INTERRUPTED:
        # typer turns Ctrl-C inside a command into Exit(130), which without
        # standalone mode comes back as a silent return value
        sys.stderr.write("interrupted\n")
    sys.exit(result if isinstance(result, int) else ExitCode.OK)
