"""``accession report --format json``: the whole report as one object.

For dashboards and notebooks. Keys (dates are ``YYYY``, ``YYYY-MM`` or
``YYYY-MM-DD`` strings; every ``sources`` list holds source ids, which the
top-level ``sources`` list numbers as the Markdown and HTML reports do)::

    {
      "report": "accession-report", "version": 1,
      "title": str,
      "dataset": {"version", "as_of", "title"},
      "as_of": date,                 # the state shown
      "report_date": date,           # when the report was written
      "since": date | null,          # start of "changes"; null = no section
      "treaty": str,                 # treaty the stage filters use
      "filters": [str],              # filters applied, in words
      "summary": {
        "countries", "parties" (deposited), "in_force", "invited", "pending_bills",
        "dormant_bills",
        "countries_with_pending_bills": int,
        "stages": {"budapest" | "protocol-2": {stage | "none": [country code]}},
        "workshop_to_deposit": {
          "median_days": number | null,
          "countries": [{"country", "workshop", "workshop_start", "deposit_stage",
                         "deposit_date", "days", "approximate"}]}},
      "countries": [                 # as in `list --format json`, plus:
        {..., "sources": [id]}],     #   what the country's row cites
      "coverage": [{"country", "articles": {"2".."35": {"enacted", "projected"}},
                    "sources": [id],          # full | partial | none | null
                    "grades": [{"article", "legislation", "pending", "provision",
                                "grade", "evidence", "evidence_source", "sources"}]}],
      "timeline": [{"country", "treaty", "stage", "date", "note", "sources"}],
      "events": [{...event, "attendees": {country code: delegates | null}}],
      "capacity": [{"country", "first_workshop": id | null, "workshops": [id],
                    "outcomes": [{"kind", "date", "subject", "id", "status",
                                  "superseded_by", "sources"}]}],
      "no_recent_workshop": {"from": date, "to": date,
                             "countries": [{"country", "invited", "pending_bills",
                                            "last_workshop", "last_workshop_start"}]},
      "changes": null | [{"date", "kind", "countries", "subject", "id", "change", "sources"}],
      "changes_uncertain": int,      # facts that may fall in the period, left out
      "sources": [{"number", "id", "title", "publisher", "url", "date", "accessed"}]
    }
"""

from __future__ import annotations

from typing import Any

from accession_cli.core.analysis.report import GradedProvision, Report, StageCount
from accession_cli.core.data.model import ARTICLES, Coverage, Treaty
from accession_cli.render import RenderOptions
from accession_cli.render.views.jsonfmt import (
    country_row,
    dataset_json,
    dumps,
    event_json,
    source_json,
)

FORMAT_VERSION = 1


def _value(coverage: Coverage | None) -> str | None:
    return coverage.value if coverage is not None else None


def _graded(graded: GradedProvision) -> dict[str, Any]:
    return {
        "article": graded.article,
        "legislation": graded.legislation.id,
        "pending": graded.pending,
        "provision": graded.provision,
        "grade": graded.grade.value,
        "evidence": graded.evidence,
        "evidence_source": graded.evidence_source,
        "sources": list(graded.sources),
    }


def _stages(counts: tuple[StageCount, ...]) -> dict[str, list[str]]:
    return {(c.stage.value if c.stage else "none"): list(c.countries) for c in counts}


def report_json(report: Report) -> dict[str, Any]:
    summary = report.summary
    countries = []
    for row in report.countries:
        body = country_row(row)
        body["sources"] = list(report.row_sources(row))
        countries.append(body)
    assessed = {row.country.code: row for row in report.coverage}
    coverage = [
        {
            "country": row.country.code,
            "articles": {
                str(a): {"enacted": _value(row.coverage[a]), "projected": _value(row.projected[a])}
                for a in ARTICLES
            },
            "sources": list(assessed[row.country.code].sources)
            if row.country.code in assessed
            else [],
            "grades": [
                _graded(g)
                for g in (assessed[row.country.code].graded if row.country.code in assessed else ())
            ],
        }
        for row in report.countries
    ]
    events = []
    for prow in report.participation:
        body = event_json(prow.event)
        body["attendees"] = dict(prow.attendees)
        events.append(body)
    return {
        "report": "accession-report",
        "version": FORMAT_VERSION,
        "title": report.title,
        "dataset": dataset_json(report.dataset),
        "as_of": report.as_of.isoformat(),
        "report_date": report.report_date.isoformat(),
        "since": report.since.isoformat() if report.since else None,
        "treaty": report.treaty.value,
        "filters": list(report.filters),
        "summary": {
            "countries": summary.countries,
            "parties": summary.deposited,
            "in_force": summary.in_force,
            "dormant_bills": summary.dormant_bills,
            "invited": summary.invited,
            "pending_bills": summary.pending_bills,
            "countries_with_pending_bills": summary.countries_with_pending_bills,
            "stages": {
                Treaty.BUDAPEST.value: _stages(summary.budapest),
                Treaty.PROTOCOL_2.value: _stages(summary.protocol_2),
            },
            "workshop_to_deposit": {
                "median_days": summary.median_days,
                "countries": [
                    {
                        "country": lag.country.code,
                        "workshop": lag.workshop.id,
                        "workshop_start": str(lag.workshop.start),
                        "deposit_stage": lag.deposit.stage.value,
                        "deposit_date": str(lag.deposit.date),
                        "days": lag.days,
                        "approximate": lag.approximate,
                    }
                    for lag in summary.lags
                ],
            },
        },
        "countries": countries,
        "coverage": coverage,
        "timeline": [
            {
                "country": line.country.code,
                "treaty": entry.treaty.value,
                "stage": entry.milestone.stage.value,
                "date": str(entry.milestone.date) if entry.milestone.date else None,
                "note": entry.milestone.note,
                "sources": list(entry.milestone.sources),
            }
            for line in report.timeline
            for entry in line.entries
        ],
        "events": events,
        "capacity": [
            {
                "country": crow.country.code,
                "first_workshop": crow.first.id if crow.first else None,
                "workshops": [e.id for e in crow.workshops],
                "outcomes": [
                    {
                        "kind": o.kind.value,
                        "date": str(o.date),
                        "subject": o.subject,
                        "id": o.subject_id,
                        "status": o.status,
                        "superseded_by": o.superseded_by.id if o.superseded_by else None,
                        "sources": list(o.sources),
                    }
                    for o in crow.outcomes
                ],
            }
            for crow in report.capacity
        ],
        "no_recent_workshop": {
            "from": report.quiet_from.isoformat(),
            "to": report.report_date.isoformat(),
            "countries": [
                {
                    "country": q.country.code,
                    "invited": q.invited,
                    "pending_bills": q.pending_bills,
                    "last_workshop": q.last_workshop.id if q.last_workshop else None,
                    "last_workshop_start": (
                        str(q.last_workshop.start) if q.last_workshop else None
                    ),
                }
                for q in report.quiet
            ],
        },
        "changes": (
            None
            if report.changes is None
            else [
                {
                    "date": str(c.date),
                    "kind": c.kind.value,
                    "countries": list(c.countries),
                    "subject": c.subject,
                    "id": c.subject_id,
                    "change": c.detail,
                    "sources": list(c.sources),
                }
                for c in report.changes
            ]
        ),
        "changes_uncertain": report.uncertain_changes,
        "sources": [
            {"number": n, "id": s.id, **source_json(s)} for n, s in enumerate(report.sources, 1)
        ],
    }


def render(view: object, options: RenderOptions) -> str:
    if not isinstance(view, Report):
        raise NotImplementedError
    return dumps(report_json(view))
