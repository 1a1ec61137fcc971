"""The diff renderers: colour only on a terminal, every data value escaped."""

from __future__ import annotations

import json
from pathlib import Path

from accession_cli.core.analysis.diff import Change, ChangeKind, DiffView, Side
from accession_cli.core.data.dates import PartialDate
from accession_cli.render import RenderOptions, render
from accession_cli.render.diff.words import register_formats
from conftest import COUNTRY_MX, run, write_dataset

HOSTILE_NAME = r'"Mexico\e[31m [red]x[/red] | *bold* <b>hi</b>\e]8;;http://evil\a"'


def test_hostile_values_are_escaped_in_every_format(tmp_path: Path) -> None:
    old = write_dataset(tmp_path / "old", countries={"MX": COUNTRY_MX})
    new = write_dataset(
        tmp_path / "new",
        countries={"MX": COUNTRY_MX.replace("name: Mexico", f"name: {HOSTILE_NAME}")},
    )
    table = run("diff", str(old), str(new))
    assert (table.code, table.stderr) == (0, "")
    assert "\x1b" not in table.stdout and "\x07" not in table.stdout
    # the change, wrapped at 80 columns at spaces
    assert (
        "~ name: Mexico → Mexico\\x1b[31m [red]x[/red] | *bold* <b>hi</b>\\x1b]8;;http://evil\\x07"
        in " ".join(table.stdout.split())
    )
    md = run("diff", str(old), str(new), "-f", "md").stdout
    assert "\x1b" not in md and "<b>" not in md
    assert (
        "| \\~ | name | Mexico | Mexico\\\\x1b\\[31m \\[red\\]x\\[/red\\] \\| \\*bold\\* "
        "&lt;b&gt;hi&lt;/b&gt;\\\\x1b\\]8;;http://evil\\\\x07 |"
    ) in md
    assert "### Mexico\\\\x1b\\[31m \\[red\\]x\\[/red\\] \\| \\*bold\\*" in md
    body = json.loads(run("diff", str(old), str(new), "-f", "json").stdout)
    assert (
        body[0]["after"] == "Mexico\x1b[31m [red]x[/red] | *bold* <b>hi</b>\x1b]8;;http://evil\x07"
    )


def view() -> DiffView:
    side = Side("a", "1", PartialDate(2026))
    changes = (
        Change(ChangeKind.STAGE_ADDED, "PE", "p1", None, "2020", "Budapest signed"),
        Change(ChangeKind.STAGE_REMOVED, "PE", "p2", "2019", None, "Budapest invited"),
        Change(ChangeKind.ARTICLE_CHANGED, "PE", "p3", "partial", "full", "law article 5"),
    )
    progress = (Change(ChangeKind.PROGRESS, "PE", "p4", "invited", "signed", "Budapest stage"),)
    return DiffView(side, side, (), changes, progress, {"PE": "Peru"})


def test_signs_are_coloured_only_when_asked() -> None:
    register_formats()
    coloured = render(view(), "diff-table", RenderOptions(color=True))
    assert "\x1b[32m+\x1b[0m Budapest signed: 2020" in coloured
    assert "\x1b[31m-\x1b[0m Budapest invited: 2019" in coloured
    assert "\x1b[33m~\x1b[0m law article 5: partial → full" in coloured
    assert "\x1b[36mΔ\x1b[0m Budapest stage: invited → signed" in coloured
    plain = render(view(), "diff-table", RenderOptions(color=False))
    assert "\x1b" not in plain
    assert plain.splitlines()[3:] == [
        "Peru (PE)",
        "  + Budapest signed: 2020",
        "  - Budapest invited: 2019",
        "  ~ law article 5: partial → full",
        "  Δ Budapest stage: invited → signed",
    ]
