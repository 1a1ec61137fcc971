"""``accession report --format csv``: the per-country table, one row per country.

A header row, UTF-8, every text cell neutralised against formula injection
(:func:`escape.csv_cell`). Scores are empty when no article of the group was
assessed; ``sources`` holds the source ids the row rests on, ``;``-separated.
"""

from __future__ import annotations

import csv
import io

from accession_cli.core.model import ArticleGroup, Treaty
from accession_cli.core.report import WORKSHOP_KINDS, Report
from accession_cli.render import RenderOptions
from accession_cli.render.escape import csv_cell


def _key(treaty: Treaty) -> str:
    return treaty.value.replace("-", "_")


HEADERS = (
    "code",
    "name",
    "region",
    "memberships",
    *(f"{_key(t)}_{field}" for t in Treaty for field in ("stage", "date")),
    "laws_in_force",
    "pending_bills",
    *(f"{g.value}_{field}" for g in ArticleGroup for field in ("score", "assessed", "projected")),
    "events_attended",
    "workshops_attended",
    "first_workshop",
    "first_workshop_date",
    "sources",
)


def report_rows(report: Report) -> list[list[str]]:
    workshops = {row.country.code: row.workshops for row in report.capacity}
    rows = []
    for row in report.countries:
        country = row.country
        attended = workshops.get(country.code, ())
        cells = [country.code, country.name, country.region.value]
        cells.append(";".join(m.value for m in country.memberships))
        for treaty in Treaty:
            status = row.stage(treaty)
            cells.append(status.stage.value if status.stage else "")
            cells.append(str(status.date) if status.stage and status.date else "")
        cells += [str(len(row.laws_in_force)), str(len(row.pending_bills))]
        for group in ArticleGroup:
            score, projected = row.scores[group], row.projected_scores[group]
            cells.append(f"{score.score:.2f}" if score.assessed else "")
            cells.append(str(score.assessed))
            cells.append(f"{projected.score:.2f}" if projected.assessed else "")
        cells.append(str(sum(not e.planned for e in row.events)))
        cells.append(str(sum(e.kind in WORKSHOP_KINDS for e in attended)))
        cells.append(attended[0].id if attended else "")
        cells.append(str(attended[0].start) if attended else "")
        cells.append(";".join(report.row_sources(row)))
        rows.append(cells)
    return rows


def render(view: object, options: RenderOptions) -> str:
    if not isinstance(view, Report):
        raise NotImplementedError
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADERS)
    writer.writerows([csv_cell(cell) for cell in row] for row in report_rows(view))
    return buffer.getvalue()
