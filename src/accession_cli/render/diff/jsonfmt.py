"""``accession diff --format json``.

Between versions: a list of change objects ``{kind, country, path, before,
after}``, the derived progress changes (kind ``progress``) after the raw
ones. Over a period: an object with the facts certainly in it and those
possibly in it.
"""

from __future__ import annotations

import json
from functools import singledispatch
from typing import Any

from accession_cli.core.analysis.diff import Change, DiffView
from accession_cli.core.analysis.timeline import Fact, FactKind, WindowView
from accession_cli.render import RenderOptions
from accession_cli.render.escape import json_text


def change_json(change: Change) -> dict[str, Any]:
    return {
        "kind": change.kind.value,
        "country": change.country,
        "path": change.path,
        "before": change.before,
        "after": change.after,
    }


def fact_json(fact: Fact) -> dict[str, Any]:
    body: dict[str, Any] = {
        "kind": fact.kind.value,
        "country": fact.country,
        "date": str(fact.date),
    }
    if fact.kind is FactKind.STAGE:
        body |= {"treaty": fact.subject, "stage": fact.what}
    elif fact.kind is FactKind.STATUS:
        body |= {"legislation": fact.subject, "title": fact.title, "status": fact.what}
    else:
        body |= {
            "end": str(fact.end) if fact.end else None,
            "event": fact.subject,
            "title": fact.title,
            "event_kind": fact.what,
            "place": {"city": fact.city, "country": fact.host} if fact.host else None,
            "participants": list(fact.participants),
            "planned": fact.planned,
        }
    body["sources"] = list(fact.sources)
    return body


def dumps(value: Any) -> str:
    # UTF-8 as is, but no raw character a terminal or a CI log would act on
    return json_text(json.dumps(value, ensure_ascii=False, indent=2)) + "\n"


@singledispatch
def render(view: object, options: RenderOptions) -> str:
    raise NotImplementedError


@render.register
def _(view: DiffView, options: RenderOptions) -> str:
    return dumps([change_json(c) for c in (*view.changes, *view.progress)])


@render.register
def _(view: WindowView, options: RenderOptions) -> str:
    window = view.window
    return dumps(
        {
            "dataset": {"version": view.version, "as_of": str(view.as_of)},
            "since": window.since.isoformat() if window.since else None,
            "until": window.until.isoformat() if window.until else None,
            "filters": list(view.filters),
            "facts": [fact_json(f) for f in window.facts],
            "possibly": [fact_json(f) for f in window.possible],
        }
    )
