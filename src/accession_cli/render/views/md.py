"""``--format md``: GitHub-flavoured Markdown, every cell escaped."""

from __future__ import annotations

from accession_cli.render import RenderOptions
from accession_cli.render.escape import markdown
from accession_cli.render.views.tabular import Table, tables


def md_table(table: Table) -> list[str]:
    if not table.rows:
        return [f"_{table.empty}_"]
    align = ["---:" if i in table.numeric else "---" for i in range(len(table.headers))]
    lines = [
        "| " + " | ".join(markdown(h) for h in table.headers) + " |",
        "| " + " | ".join(align) + " |",
    ]
    lines.extend("| " + " | ".join(markdown(cell) for cell in row) + " |" for row in table.rows)
    return lines


def render(view: object, options: RenderOptions) -> str:
    sections = tables(view)
    lines: list[str] = []
    level = "#" if len(sections) == 1 else "##"
    if len(sections) > 1:
        from accession_cli.core.analysis.views import ShowView

        if isinstance(view, ShowView):
            c = view.progress.country
            lines += [f"# {markdown(c.name)} ({c.code})", ""]
            lines.append(
                markdown(
                    f"{c.region.value}; {', '.join(m.value for m in c.memberships) or 'no memberships recorded'}; "
                    f"as of {view.progress.as_of.isoformat()}, dataset {view.dataset.version}"
                )
            )
            if c.notes:
                lines += ["", markdown(c.notes)]
            lines.append("")
    from accession_cli.core.analysis.views import ListView

    for table in sections:
        lines += [f"{level} {markdown(table.title)}", ""]
        if isinstance(view, ListView) and view.rows:
            from accession_cli.render.views.tabular import stage_summary

            lines += [markdown(stage_summary(view)), ""]
        lines += md_table(table)
        if table.note and table.rows:
            lines += ["", f"_{markdown(table.note)}_"]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
