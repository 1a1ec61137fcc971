"""docs/commands.md lists every rule of ``check``, as ``--list-rules`` prints them."""

from __future__ import annotations

from pathlib import Path

from rules_doc import BEGIN, END, render, rules_from_cli

ROOT = Path(__file__).resolve().parent.parent


def test_the_rule_table_is_the_rule_catalogue() -> None:
    """Regenerate the table with `python tests/rules_doc.py`."""
    text = (ROOT / "docs" / "commands.md").read_text(encoding="utf-8")
    assert BEGIN in text and END in text
    documented = BEGIN + text.split(BEGIN, 1)[1].split(END, 1)[0] + END
    assert documented == render(rules_from_cli())
