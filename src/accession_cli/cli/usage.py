"""Usage errors in one voice: every mistake on the command line is one line,
``error: <what>``, naming the option and, for a closed set of values, the
nearest one and the valid ones. click's own four-line block (usage, "Try
...", blank, "Error: ...") is reworded here, once, for every command."""

from __future__ import annotations

from typing import Any

#: the options of ``accession`` itself, which go before the command
GLOBAL_OPTIONS = ("--data", "--debug", "--no-cache", "--version", "-V")


def _option_name(param: Any) -> str:
    """How the user names a parameter: its long option, else its metavar."""
    opts = [o for o in getattr(param, "opts", ()) if o.startswith("--")]
    if opts:
        return str(max(opts, key=len))
    return str(getattr(param, "metavar", None) or getattr(param, "name", "") or "").upper()


def _command_path(exc: Any, command: str | None) -> str:
    ctx = getattr(exc, "ctx", None)
    if ctx is not None and " " in str(ctx.command_path):
        return str(ctx.command_path)
    return f"accession {command}" if command else "accession"


def usage_message(exc: Any, command: str | None = None) -> str:
    """One line (without 'error: ') for a click usage error; ``command`` is
    the command named on the command line, if any."""
    from typer._click.exceptions import BadParameter, MissingParameter, NoSuchOption

    from accession_cli.core.data.errors import closest

    path = _command_path(exc, command)
    if isinstance(exc, MissingParameter):
        param = exc.param
        kind = exc.param_type or getattr(param, "param_type_name", "parameter")
        name = _option_name(param) if param is not None else ""
        return f"missing {kind} {name} (see '{path} --help')".replace("  ", " ")
    if isinstance(exc, BadParameter):
        if exc.param is not None:
            message = str(exc.message)
            noun = getattr(exc.param, "name", None)
            if message.startswith("unknown value '") and noun:  # an option without a metavar
                message = f"unknown {noun} '" + message[len("unknown value '") :]
            return f"{_option_name(exc.param)}: {message}"
        return exc.message
    if isinstance(exc, NoSuchOption):
        option = exc.option_name
        if option.split("=", 1)[0] in GLOBAL_OPTIONS and path != "accession":
            base = option.split("=", 1)[0]
            command = path.split(" ", 1)[1]
            return (
                f"{base} is a global option: give it before the command, "
                f"as in 'accession {base}{' PATH' if base == '--data' else ''} {command} ...'"
            )
        known = list(exc.possibilities or ())
        ctx = getattr(exc, "ctx", None)
        if ctx is not None:
            known = [o for p in ctx.command.params for o in getattr(p, "opts", ())]
        near = closest(option, [o for o in known if o.startswith("--")])
        hint = f"; did you mean '{near}'?" if near is not None else ""
        return f"no such option {option}{hint} (see '{path} --help')"
    message = str(exc.format_message()).strip()
    if message.startswith("No such command"):
        # typer's "No such command 'lst'. Did you mean 'list'?"
        message = message.replace(". Did you mean", "; did you mean").rstrip(".")
        ctx = getattr(exc, "ctx", None)
        group = str(ctx.command_path) if ctx is not None else "accession"
        return f"{message[0].lower()}{message[1:]} (see '{group} --help')"
    if message:
        message = message[0].lower() + message[1:]
    return f"{message.rstrip('.')} (see '{path} --help')"
