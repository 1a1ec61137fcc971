"""``--format json``: documented, stable objects (see README, "JSON output")."""

from __future__ import annotations

import json
from functools import singledispatch
from typing import Any

from accession_cli.core.analysis.progress import CountryProgress, LegislationStatus
from accession_cli.core.analysis.views import (
    DatasetInfo,
    DraftsView,
    EventsView,
    ListView,
    ShowView,
)
from accession_cli.core.data.check import CheckReport, RuleList
from accession_cli.core.data.dates import PartialDate
from accession_cli.core.data.model import (
    ARTICLE_TITLES,
    ARTICLES,
    Coverage,
    Declaration,
    Event,
    Source,
    Treaty,
)
from accession_cli.render import RenderOptions
from accession_cli.render.escape import json_text


def dumps(value: Any) -> str:
    # UTF-8 as is, but no raw character a terminal or a CI log would act on
    return json_text(json.dumps(value, ensure_ascii=False, indent=2)) + "\n"


def _date(date: PartialDate | None) -> str | None:
    return str(date) if date is not None else None


def _coverage(coverage: Coverage | None) -> str | None:
    return coverage.value if coverage is not None else None


def dataset_json(info: DatasetInfo) -> dict[str, Any]:
    return {"version": info.version, "as_of": str(info.as_of), "title": info.title}


def country_row(row: CountryProgress) -> dict[str, Any]:
    country = row.country
    return {
        "code": country.code,
        "name": country.name,
        "region": country.region.value,
        "memberships": [m.value for m in country.memberships],
        "treaties": {
            t.value: {"stage": s.stage.value if s.stage else None, "date": _date(s.date)}
            for t, s in row.treaties.items()
        },
        "laws_in_force": len(row.laws_in_force),
        "pending_bills": len(row.pending_bills),
        "dormant_bills": len(row.dormant_bills),
        "legislation": {
            "in_force": [s.item.id for s in row.laws_in_force],
            "pending": [s.item.id for s in row.pending_bills],
            "dormant": [s.item.id for s in row.dormant_bills],
        },
        # null, not 0, when no source assessed any article of the group
        "scores": {g.value: s.score for g, s in row.scores.items()},
        "assessed": {g.value: s.assessed for g, s in row.scores.items()},
        "projected_scores": {g.value: s.score for g, s in row.projected_scores.items()},
        "events": len(row.events),
    }


def legislation_json(status: LegislationStatus) -> dict[str, Any]:
    item = status.item
    return {
        "id": item.id,
        "country": item.country,
        "title": item.title,
        "number": item.number,
        "kind": item.kind.value,
        "status": status.status.value if status.status else None,
        "date": _date(status.date),
        "in_force": status.in_force,
        "pending": status.pending,
        "dormant": status.dormant,
        "superseded_by": status.superseded_by.id if status.superseded_by else None,
        "superseded_on": _date(status.superseded_on),
        "history": [
            {
                "status": e.status.value,
                "date": _date(e.date),
                "sources": list(e.sources),
                "note": e.note,
            }
            for e in status.history
        ],
        "articles": {str(a): c.value for a, c in sorted(item.articles.items())},
        "articles_sources": list(item.articles_sources),
        "provisions": [
            {
                "article": p.article,
                "provision": p.provision,
                "grade": _coverage(p.grade),
                "sources": list(p.sources),
                "evidence": p.evidence,
                "evidence_source": p.evidence_source,
                "note": p.note,
            }
            for p in item.provisions
        ],
        "amends": list(item.amends),
        "supersedes": list(item.supersedes),
        "note": item.note,
    }


def declaration_json(declaration: Declaration) -> dict[str, Any]:
    return {
        "treaty": declaration.treaty.value,
        "kind": declaration.kind.value,
        "basis": declaration.basis,
        "concerns": list(declaration.concerns),
        "date": _date(declaration.date),
        "withdrawn": _date(declaration.withdrawn),
        "summary": declaration.summary,
        "sources": list(declaration.sources),
        "note": declaration.note,
    }


def event_json(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "title": event.title,
        "kind": event.kind.value,
        "start": str(event.start),
        "end": _date(event.end),
        "place": (
            {"city": event.place.city, "country": event.place.country} if event.place else None
        ),
        "organizers": list(event.organizers),
        "topics": list(event.topics),
        "participants": [
            {"country": p.country, "delegates": p.delegates} for p in event.participants
        ],
        "discusses": list(event.discusses),
        "outcomes": list(event.outcomes),
        "planned": event.planned,
        "sources": list(event.sources),
    }


def source_json(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "title": source.title,
        "publisher": source.publisher,
        "url": source.url,
        "date": _date(source.date),
        "accessed": _date(source.accessed),
    }


@singledispatch
def render(view: object, options: RenderOptions) -> str:
    raise NotImplementedError


@render.register
def _(view: ListView, options: RenderOptions) -> str:
    return dumps(
        {
            "dataset": dataset_json(view.dataset),
            "as_of": view.as_of.isoformat(),
            "treaty": view.treaty.value,
            "filters": list(view.filters),
            "countries": [country_row(row) for row in view.rows],
        }
    )


@render.register
def _(view: ShowView, options: RenderOptions) -> str:
    progress = view.progress
    body = country_row(progress)
    body["notes"] = progress.country.notes
    body["timeline"] = {
        t.value: [
            {
                "stage": m.stage.value,
                "date": _date(m.date),
                "sources": list(m.sources),
                "note": m.note,
            }
            for m in progress.treaties[t].milestones
        ]
        for t in Treaty
    }
    body["legislation"] = [legislation_json(s) for s in progress.legislation if s.status]
    assessed = {row.article: row for row in view.articles}
    body["articles"] = [
        {
            "article": article,
            "title": ARTICLE_TITLES[article],
            "grade": _coverage(progress.coverage[article]),
            "projected": _coverage(progress.projected[article]),
            "provisions": [
                {
                    "legislation": p.status.item.id,
                    "provision": p.provision,
                    "grade": _coverage(p.grade),
                    "sources": list(p.sources),
                    "evidence": p.evidence,
                    "evidence_source": p.evidence_source,
                    "note": p.note,
                }
                for p in (assessed[article].provisions if article in assessed else ())
            ],
        }
        for article in ARTICLES
    ]
    body["not_assessed"] = list(view.not_assessed)
    body["declarations"] = [declaration_json(d) for d in view.declarations]
    body["events_attended"] = [event_json(e) for e in progress.events]
    body["sources"] = [source_json(s) for s in view.sources]
    return dumps(
        {
            "dataset": dataset_json(view.dataset),
            "as_of": progress.as_of.isoformat(),
            "country": body,
        }
    )


@render.register
def _(view: DraftsView, options: RenderOptions) -> str:
    return dumps(
        {
            "dataset": dataset_json(view.dataset),
            "as_of": view.as_of.isoformat(),
            "legislation": [legislation_json(r.status) for r in view.rows],
        }
    )


@render.register
def _(view: EventsView, options: RenderOptions) -> str:
    return dumps(
        {"dataset": dataset_json(view.dataset), "events": [event_json(e) for e in view.events]}
    )


@render.register
def _(view: CheckReport, options: RenderOptions) -> str:
    return dumps(
        {
            "findings": [
                {
                    "path": view.display_path(found),
                    "line": found.line,
                    "column": None if found.line is None else found.column or 1,
                    "code": found.code,
                    "severity": found.severity.value,
                    "message": found.message,
                }
                for found in view.findings
            ],
            "summary": {
                "files": view.files,
                "files_with_findings": view.files_with_findings,
                "errors": view.errors,
                "warnings": view.warnings,
                "ignored": view.ignored,
            },
        }
    )


@render.register
def _(view: RuleList, options: RenderOptions) -> str:
    return dumps(
        {
            "rules": [
                {
                    "code": rule.code,
                    "name": rule.name,
                    "severity": rule.severity.value,
                    "summary": rule.summary,
                }
                for rule in view.rules
            ]
        }
    )
