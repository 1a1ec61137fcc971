"""Option values without Pydantic, where typer's own rules give the answer cheaply.

typer (0.29 and later) converts every option value through a Pydantic
``TypeAdapter``, built the first time the option is processed, even when the
option was not given. Importing Pydantic and building the adapters costs about
90 ms per run, more than everything else ``accession list`` does on the
bundled data. This module gives each parameter a runtime coercion that handles
the cases this CLI uses (text, enum choices, paths, lists of them) with typer's own
helpers, and hands every other case to typer's normal Pydantic path. A text
that is none of an option's choices is reported in click's own words.

It depends on typer internals (``typer.core._TyperParameter`` and
``typer._coercion``); when they are not there (another typer version),
:func:`install` does nothing and typer works as usual.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Any, get_args, get_origin

_NO = object()


def install(command: Any) -> None:
    """Give every typer parameter of ``command`` and its subcommands the fast path."""
    try:
        from typer._click.exceptions import BadParameter
        from typer._coercion import RuntimeParam, build_runtime_param
        from typer._param_types import coerce_cli_choice, coerce_cli_path
        from typer.core import _TyperParameter
    except ImportError:  # pragma: no cover - a typer without these internals
        return
    if not hasattr(_TyperParameter, "get_runtime_param"):  # pragma: no cover
        return

    class LightParam(RuntimeParam):
        """Text and enum choices directly; anything else through typer's Pydantic path."""

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            try:
                result = self._fast(value, ctx)
            except ValueError as exc:
                # click's own wording ("Invalid value for '--stage': 'party' is
                # not one of ..."), not Pydantic's "Value error, ..."
                raise BadParameter(str(exc), ctx=ctx, param=param) from None
            if result is _NO and self.annotation is Path and isinstance(value, (str, Path)):
                # typer's own path checks, given a Path so that it builds no
                # Pydantic adapter to turn the text into one
                result = coerce_cli_path(
                    Path(value), self.parameter_info, path_type=Path, param=param, ctx=ctx
                )
            if result is not _NO:
                return result
            full = build_runtime_param(param.type_descriptor)
            return full._coerce_value(value, param=param, ctx=ctx)

        def _fast(self, value: Any, ctx: Any) -> Any:
            annotation: Any = self.annotation
            if get_origin(annotation) is list:
                (item_type,) = get_args(annotation) or (None,)
                if not isinstance(value, (list, tuple)):
                    return _NO
                items = [_one(item_type, item, ctx) for item in value]
                return _NO if any(item is _NO for item in items) else items
            return _one(annotation, value, ctx)

    def _one(annotation: Any, value: Any, ctx: Any) -> Any:
        if annotation is str:
            return value if isinstance(value, str) else _NO
        if annotation is int:
            if isinstance(value, int) and not isinstance(value, bool):
                return value
            if not isinstance(value, str):
                return _NO
            try:
                return int(value.strip())
            except ValueError:
                raise ValueError(f"{value!r} is not a valid integer.") from None
        if isinstance(annotation, type) and issubclass(annotation, Enum):
            if isinstance(value, annotation):
                return value
            if not isinstance(value, str):
                return _NO
            # a value that is no choice raises ValueError with click's message
            return coerce_cli_choice(value, choices=tuple(annotation), case_sensitive=True, ctx=ctx)
        return _NO

    def lighten(param: Any) -> None:
        if not isinstance(param, _TyperParameter) or param._runtime_param is not None:
            return
        descriptor = param.type_descriptor
        info = descriptor.parameter_info
        if info.parser is not None or descriptor.is_file or not info.case_sensitive:
            return
        param._runtime_param = LightParam(parameter_info=info, annotation=descriptor.annotation)

    def plain_argument(param: Any) -> None:
        """An argument reads as its name (``COUNTRY``, as click writes it), not
        typer's ``{COUNTRY}`` and ``COUNTRY <str>``."""
        if getattr(param, "param_type_name", "") != "argument":
            return
        name = param.display_name_raw
        param._usage_display_name = lambda: name if param.required else f"[{name}]"
        param.display_type_rich = lambda ctx: None

    def visit(node: Any) -> None:
        for param in getattr(node, "params", ()):
            lighten(param)
            plain_argument(param)
        # the --help option is made on first use, per command
        made = getattr(node, "get_help_option", None)
        if made is not None:

            def get_help_option(ctx: Any, made: Any = made) -> Any:
                option = made(ctx)
                lighten(option)
                return option

            node.get_help_option = get_help_option
        for sub in getattr(node, "commands", {}).values():
            visit(sub)

    visit(command)
