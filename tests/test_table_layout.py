"""The list table is laid out without rich.table.Table (render/views/table.py,
``list_segments``): at every terminal width it must print exactly what rich's
Table prints, the same characters with the same styles."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console
from rich.text import Text

from accession_cli.core.analysis.views import CountryFilter, ListView, list_view
from accession_cli.core.data.loader import load_dataset
from accession_cli.render import RenderOptions
from accession_cli.render.views import table as table_mod
from conftest import COUNTRY_MX, COUNTRY_PE, write_dataset
from test_cache import _generator

WIDTHS = (40, 52, 60, 64, 68, 72, 76, 80, 90, 100, 120, 160)
NAMES = {
    "PE": "The Most Extraordinarily Long-Named Republic of Somewhere Quite Far Away",
    "MX": "Unbreakablewordthatislongerthananycolumnwouldallow  trailing ",
}


def _render(
    view: ListView, width: int, color: bool, *, fast: bool, monkeypatch: pytest.MonkeyPatch
) -> str:
    with monkeypatch.context() as patch:
        if not fast:
            patch.setattr(table_mod, "list_segments", lambda view, out: None)
        return table_mod.render(view, RenderOptions(color=color, width=width))


def _styled(text: str) -> list[tuple[str, str]]:
    """Each character with the style it is printed in (ANSI decoded): rich's
    Table writes a style's escape codes once per segment, so the bytes may
    differ where the terminal shows the same thing."""
    decoded = Text.from_ansi(text)
    console = Console()
    return [
        (char, str(decoded.get_style_at_offset(console, index)))
        for index, char in enumerate(decoded.plain)
    ]


def _views(tmp_path: Path) -> list[ListView]:
    generated = tmp_path / "generated"
    _generator().generate(25, generated)
    odd = write_dataset(
        tmp_path / "odd",
        countries={
            "PE": COUNTRY_PE.replace("name: Peru", f"name: {NAMES['PE']!r}"),
            "MX": COUNTRY_MX.replace("name: Mexico", f"name: {NAMES['MX']!r}"),
        },
    )
    bundled = Path(__file__).resolve().parent.parent / "data"
    views = []
    for root in (bundled, generated, odd):
        result = load_dataset(root)
        assert result.dataset is not None, result.findings
        views.append(list_view(result.dataset, CountryFilter()))
    return views


def test_fast_list_layout_prints_what_rich_table_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number, view in enumerate(_views(tmp_path)):
        # the comparison means something only if the fast layout ran: at 80
        # columns it does for every dataset here (narrower, rich may take over)
        assert table_mod.list_segments(view, table_mod.console(RenderOptions(), io.StringIO()))
        for width in WIDTHS:
            for color in (False, True):
                fast = _render(view, width, color, fast=True, monkeypatch=monkeypatch)
                rich = _render(view, width, color, fast=False, monkeypatch=monkeypatch)
                if color:
                    assert _styled(fast) == _styled(rich), (number, width)
                else:
                    assert fast == rich, (number, width)


# ---------------------------------------------------------------- 80 columns


def _too_wide(text: str) -> list[str]:
    from rich.cells import cell_len

    return [line for line in text.splitlines() if cell_len(line) > 80]


def test_events_wrap_a_long_participant_list(bundled: Path) -> None:
    from conftest import run

    result = run("--data", str(bundled), "events")
    assert result.code == 0
    assert _too_wide(result.stdout) == []
    # the id whole on its own line, then every participant, wrapped under itself
    lines = result.stdout.splitlines()
    at = lines.index("  2008-05-port-of-spain-oas-caribbean-workshop")
    assert lines[at + 1] == "  · AG BS BB BZ DM GD GY HT JM KN VC SR TT"
    # a short list stays on the id's line
    assert any(line.endswith(" · PE") and line.startswith("  20") for line in lines)


def test_diff_of_two_directories_wraps_a_long_change(dataset: Path, tmp_path: Path) -> None:
    import shutil

    from conftest import run

    new = tmp_path / "new"
    shutil.copytree(dataset, new)
    peru = new / "countries" / "PE.yaml"
    long_title = (
        "Procedural powers bill on the preservation and production of stored computer data "
        "and the interception of content data, as amended by the committee"
    )
    peru.write_text(
        peru.read_text(encoding="utf-8").replace("Procedural powers bill", long_title),
        encoding="utf-8",
    )
    result = run("diff", str(dataset), str(new))
    assert result.code == 0
    assert _too_wide(result.stdout) == []
    body = " ".join(result.stdout.split())
    assert f"pe-bill-2024 title: Procedural powers bill → {long_title}" in body


def test_list_of_the_un_convention_keeps_its_events_column(bundled: Path) -> None:
    from conftest import run

    result = run("--data", str(bundled), "list", "--treaty", "un-cybercrime")
    assert result.code == 0
    assert _too_wide(result.stdout) == []
    header = result.stdout.splitlines()[2]
    assert header.split()[-2:] == ["Scores", "Events"]
    albania = next(line for line in result.stdout.splitlines() if line.startswith("AL "))
    assert albania.split()[-1].isdigit()
