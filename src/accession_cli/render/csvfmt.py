"""``--format csv``: a header row and one row per record, UTF-8, formula-safe.

A view with several sections (``show``) gets a first column naming the section.
"""

from __future__ import annotations

import csv
import io

from accession_cli.core.model import ArticleGroup, Treaty
from accession_cli.core.views import ListView
from accession_cli.render import RenderOptions
from accession_cli.render.escape import csv_cell
from accession_cli.render.tabular import tables


def _column(header: str) -> str:
    return header.lower().replace(".", "").replace(" ", "_")


def _list_rows(view: ListView) -> list[list[str]]:
    """One row per country with numbers in their own columns, for spreadsheets."""
    header = ["code", "name", "region", "memberships", "treaty", "stage", "stage_date"]
    header += ["protocol_2_stage", "protocol_2_date", "laws_in_force", "pending_bills"]
    for group in ArticleGroup:
        header += [group.value, f"{group.value}_assessed"]
    header.append("events")
    rows = [header]
    for row in view.rows:
        status, second = row.stage(view.treaty), row.stage(Treaty.PROTOCOL_2)
        cells = [row.country.code, row.country.name, row.country.region.value]
        cells.append(" ".join(m.value for m in row.country.memberships))
        cells += [view.treaty.value, _value(status.stage), _value(status.date)]
        cells += [_value(second.stage), _value(second.date)]
        cells += [str(len(row.laws_in_force)), str(len(row.pending_bills))]
        for group in ArticleGroup:
            score = row.scores[group]
            cells += [f"{score.score:.2f}" if score.assessed else "", str(score.assessed)]
        cells.append(str(len(row.events)))
        rows.append(cells)
    return rows


def _value(value: object) -> str:
    if value is None:
        return ""
    return str(getattr(value, "value", value))


def render(view: object, options: RenderOptions) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if isinstance(view, ListView):
        writer.writerows([csv_cell(cell) for cell in row] for row in _list_rows(view))
        return buffer.getvalue()
    sections = tables(view)
    if len(sections) == 1:
        table = sections[0]
        writer.writerow([_column(h) for h in table.headers])
        writer.writerows([csv_cell(cell) for cell in row] for row in table.rows)
    else:
        width = max(len(t.headers) for t in sections)
        writer.writerow(["section", *(f"field_{i}" for i in range(1, width + 1))])
        for table in sections:
            name = _column(table.title.split(" (")[0])
            for row in table.rows:
                writer.writerow([name, *(csv_cell(cell) for cell in row)])
    return buffer.getvalue()
