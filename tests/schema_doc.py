"""The field reference of docs/data-format.md, rendered from ``accession
schema``: the test suite compares the document with it, so the data format
documented can never drift from the one the loader enforces.

Regenerate after a deliberate change to the model (refused under CI)::

    python tests/schema_doc.py > /tmp/fields.md   # then paste between the markers
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

KINDS = ("dataset", "sources", "country", "event")
BEGIN = "<!-- fields: generated from `accession schema`; tests/test_docs.py checks it -->"
END = "<!-- end of generated fields -->"


def _type(spec: dict[str, Any]) -> str:
    if "$ref" in spec:
        return f"[{spec['$ref'].rsplit('/', 1)[1]}](#{spec['$ref'].rsplit('/', 1)[1].lower()})"
    if "enum" in spec:
        return " \\| ".join(f"`{v}`" for v in spec["enum"])
    if "const" in spec:
        return f"`{spec['const']}`"
    if "anyOf" in spec:
        options = [s for s in spec["anyOf"] if s.get("type") != "null"]
        if any(s.get("pattern", "").startswith("^\\d{4}") for s in options):
            return "date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`"
        return " or ".join(_type(s) for s in options)
    kind = spec.get("type")
    if kind == "array":
        return f"list of {_type(spec['items'])}"
    if kind == "object":
        names = spec.get("propertyNames", {})
        key = " \\| ".join(f"`{v}`" for v in names["enum"]) if "enum" in names else "article 2-35"
        return f"mapping {key} → {_type(spec['additionalProperties'])}"
    if kind == "integer":
        low, high = spec.get("minimum"), spec.get("maximum")
        if low is not None and high is not None:
            return f"whole number {low}-{high}"
        return f"whole number ≥ {low}" if low is not None else "whole number"
    if kind == "string":
        return f"text matching `{spec['pattern']}`" if "pattern" in spec else "text"
    if kind == "boolean":
        return "true or false"
    return str(kind)


def render(schemas: dict[str, dict[str, Any]]) -> str:
    records: dict[str, dict[str, Any]] = {}
    for kind in KINDS:
        records.update(schemas[kind].get("$defs", {}))
    lines = [BEGIN, ""]
    for name in sorted(
        records, key=lambda n: (n not in ("Manifest", "Source", "Country", "Event"), n)
    ):
        record = records[name]
        required = set(record.get("required", ()))
        lines += [
            f"### {name}",
            "",
            "| field | type | required | meaning |",
            "| --- | --- | --- | --- |",
        ]
        for field, spec in record["properties"].items():
            mark = "yes" if field in required else ""
            meaning = spec.get("description", "").replace("|", "\\|")
            lines.append(f"| `{field}` | {_type(spec)} | {mark} | {meaning} |")
        lines.append("")
    lines.append(END)
    return "\n".join(lines)


def schemas_from_cli() -> dict[str, dict[str, Any]]:
    from conftest import run

    return {kind: json.loads(run("schema", "--kind", kind).stdout) for kind in KINDS}


if __name__ == "__main__":
    import os
    import sys

    if os.environ.get("CI"):
        sys.exit("refusing to regenerate documentation under CI")
    sys.path.insert(0, str(Path(__file__).parent))
    print(render(schemas_from_cli()))
