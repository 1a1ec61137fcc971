"""Jinja2 templates shipped in the package (``render/templates/``).

Imported only by the renderers that draw HTML or SVG, never at start-up: Jinja2
costs tens of milliseconds to import. Autoescaping is on for every template,
and every value printed with ``{{ }}`` first has its control characters made
visible (``one_line``): a value from the dataset cannot open a tag, close an
attribute or hide text, whatever the template forgets. Only values marked safe
(``Markup``: the stylesheet, the policy, a macro's output) pass unchanged.
"""

from __future__ import annotations

import functools
import html
from typing import TYPE_CHECKING

from markupsafe import Markup

from accession_cli.render.escape import one_line

if TYPE_CHECKING:
    from jinja2 import Environment


def _visible(value: object) -> object:
    """Escape as ``html.escape`` does (``&quot;``, ``&#x27;``) and show
    control characters; Jinja's autoescape then leaves the Markup alone."""
    if type(value) is int:  # the most common value of a chart: nothing to escape
        return str(value)
    if hasattr(value, "__html__"):
        return value
    return Markup(html.escape(one_line(str(value)), quote=True))


def _general(number: float) -> Markup:
    """A coordinate as ``f"{x:g}"`` writes it (a number: nothing to escape)."""
    return Markup(format(number, "g"))


def _one_decimal(number: float) -> Markup:
    """A coordinate as ``f"{x:.1f}"`` writes it."""
    return Markup(format(number, ".1f"))


@functools.cache
def environment() -> Environment:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("accession_cli.render", "templates"),
        autoescape=True,
        finalize=_visible,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        extensions=["jinja2.ext.do"],
    )
    env.filters.update(g=_general, f1=_one_decimal)
    return env


def source(name: str) -> str:
    """A file of the templates folder, verbatim (e.g. the stylesheet)."""
    env = environment()
    assert env.loader is not None
    text, _, _ = env.loader.get_source(env, name)
    return text
