"""The rule table of docs/commands.md, rendered from ``accession check
--list-rules``: the test suite compares the document with it, so every rule
a user can select is documented, with the words the tool prints.

Regenerate after adding or changing a rule (refused under CI)::

    python tests/rules_doc.py > /tmp/rules.md   # then paste between the markers
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

BEGIN = "<!-- rules: generated from `accession check --list-rules`; tests/test_rules_doc.py checks it -->"
END = "<!-- end of generated rules -->"


def render(rules: list[dict[str, Any]]) -> str:
    lines = [BEGIN, "", "| code | name | severity | what it means |", "| --- | --- | --- | --- |"]
    for rule in rules:
        summary = rule["summary"].replace("|", "\\|")
        lines.append(f"| {rule['code']} | {rule['name']} | {rule['severity']} | {summary} |")
    lines += ["", END]
    return "\n".join(lines)


def rules_from_cli() -> list[dict[str, Any]]:
    from conftest import run

    rules: list[dict[str, Any]] = json.loads(
        run("check", "--list-rules", "--format", "json").stdout
    )["rules"]
    return rules


if __name__ == "__main__":
    import os
    import sys

    if os.environ.get("CI"):
        sys.exit("refusing to regenerate documentation under CI")
    sys.path.insert(0, str(Path(__file__).parent))
    print(render(rules_from_cli()))
