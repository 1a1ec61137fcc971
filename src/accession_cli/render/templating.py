"""Jinja2 templates shipped in the package (``render/templates/``), and
compiled into it (``render/compiled/``).

A run never compiles a template: it loads the Python modules Jinja2 compiled
them to (``ModuleLoader``), written into the package by ``python -m
accession_cli.render.templating`` and checked by tests/test_templates.py to
match the templates. Those modules were made by one Jinja2 release; under
another one (whose generated code may differ) the templates are compiled at
run time instead, with the same result. Nothing is ever loaded from the cache
directory.

Imported only by the renderers that draw HTML or SVG, never at start-up: Jinja2
costs tens of milliseconds to import. Autoescaping is on for every template,
and every value printed with ``{{ }}`` first has its control characters made
visible (``one_line``): a value from the dataset cannot open a tag, close an
attribute or hide text, whatever the template forgets. Only values marked safe
(``Markup``: the stylesheet, the policy, a macro's output) pass unchanged.
"""

from __future__ import annotations

import functools
import hashlib
import html
from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup

from accession_cli.render.escape import one_line

if TYPE_CHECKING:
    from jinja2 import BaseLoader, Environment


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


#: where the templates and their compiled modules are, inside the package
TEMPLATES = Path(__file__).with_name("templates")
COMPILED = Path(__file__).with_name("compiled")
#: the file of the compiled folder that names the Jinja2 release that wrote it
STAMP = "stamp.txt"


def _configure(loader: BaseLoader) -> Environment:
    """The one configuration of the templates, for the compiled modules and
    for compiling at run time (the options decide the generated code)."""
    from jinja2 import Environment, StrictUndefined

    env = Environment(
        loader=loader,
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


def stamp_text(version: str) -> str:
    """What the compiled folder's stamp says: the Jinja2 release that
    compiled it, then a hash of each template's source."""
    lines = [version]
    for name in template_names():
        digest = hashlib.sha256((TEMPLATES / name).read_bytes()).hexdigest()
        lines.append(f"{digest}  {name}")
    return "\n".join(lines) + "\n"


def compiled_usable() -> bool:
    """Whether the compiled modules were written by the Jinja2 now imported,
    from the templates as they are (an edited template is compiled at run
    time until ``python -m accession_cli.render.templating`` is run)."""
    import jinja2

    try:
        stamp = (COMPILED / STAMP).read_text(encoding="utf-8")
    except OSError:
        return False
    return stamp == stamp_text(jinja2.__version__)


@functools.cache
def environment() -> Environment:
    from jinja2 import FileSystemLoader, ModuleLoader

    if compiled_usable():
        return _configure(ModuleLoader(str(COMPILED)))
    return _configure(FileSystemLoader(str(TEMPLATES)))


def source(name: str) -> str:
    """A file of the templates folder, verbatim (e.g. the stylesheet)."""
    return (TEMPLATES / name).read_text(encoding="utf-8")


def template_names() -> list[str]:
    # the site's templates are in a folder of their own (site/)
    return sorted(p.relative_to(TEMPLATES).as_posix() for p in TEMPLATES.rglob("*.j2"))


def compile_into(folder: Path) -> None:
    """Compile every template into ``folder`` (emptied first of what an
    earlier compile wrote), stamped with the Jinja2 release that did it."""
    import jinja2
    from jinja2 import FileSystemLoader

    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("tmpl_*.py"):
        old.unlink()
    env = _configure(FileSystemLoader(str(TEMPLATES)))
    env.compile_templates(
        str(folder), zip=None, filter_func=lambda name: name.endswith(".j2"), ignore_errors=False
    )
    (folder / STAMP).write_text(stamp_text(jinja2.__version__), encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover - python -m accession_cli.render.templating
    compile_into(COMPILED)
    print(f"compiled {len(template_names())} templates into {COMPILED}")
