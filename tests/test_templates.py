"""The templates compiled into the package (render/compiled/) are the
templates: a run loads them instead of compiling, and they cannot drift."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from accession_cli.render import templating


def test_the_stamp_names_every_template_as_it_is() -> None:
    """Edit a template without `python -m accession_cli.render.templating`
    and this fails (the hashes of the sources are in the stamp)."""
    stamp = (templating.COMPILED / templating.STAMP).read_text(encoding="utf-8")
    assert stamp.split("\n", 1)[1] == templating.stamp_text("-").split("\n", 1)[1]


def test_the_compiled_modules_are_what_this_jinja2_writes(tmp_path: Path) -> None:
    stamp = (templating.COMPILED / templating.STAMP).read_text(encoding="utf-8")
    if stamp.split("\n", 1)[0] != jinja2.__version__:
        # another release's generated code may differ: the run compiles at
        # run time instead (the next test), so there is nothing to compare
        assert not templating.compiled_usable()
        return
    templating.compile_into(tmp_path)
    written = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    shipped = {p.name: p.read_bytes() for p in templating.COMPILED.iterdir() if p.is_file()}
    assert written == shipped


def test_a_run_loads_the_compiled_modules_and_compiles_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With the Jinja2 that wrote them; under another release the templates
    are compiled at run time (CI's run with the lowest versions)."""
    templating.environment.cache_clear()
    try:
        env = templating.environment()
        if not templating.compiled_usable():
            assert isinstance(env.loader, jinja2.FileSystemLoader)
            return
        assert isinstance(env.loader, jinja2.ModuleLoader)

        def refuse(*args: object, **kwargs: object) -> None:
            raise AssertionError("a template was compiled at run time")

        monkeypatch.setattr(jinja2.Environment, "compile", refuse)
        assert env.get_template("report.html.j2") is not None
        assert env.get_template("map.svg.j2") is not None
    finally:
        templating.environment.cache_clear()


def _html_report(bundled: Path) -> str:
    import datetime as dt

    from accession_cli.core.analysis.report import build_report
    from accession_cli.core.analysis.views import CountryFilter
    from accession_cli.core.data.loader import load_dataset
    from accession_cli.render import register, render

    dataset = load_dataset(bundled).dataset
    assert dataset is not None
    view = build_report(dataset, CountryFilter(), report_date=dt.date(2026, 2, 5))
    register("report-html", "accession_cli.render.report.html")
    return render(view, "report-html")


def test_compiled_and_runtime_templates_draw_the_same_page(
    bundled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    templating.environment.cache_clear()
    try:
        first = _html_report(bundled)
        # no compiled folder: the templates are compiled at run time
        monkeypatch.setattr(templating, "COMPILED", tmp_path / "none")
        templating.environment.cache_clear()
        assert isinstance(templating.environment().loader, jinja2.FileSystemLoader)
        assert _html_report(bundled) == first
        assert first.startswith("<!DOCTYPE html>")
    finally:
        templating.environment.cache_clear()
