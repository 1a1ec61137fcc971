"""``accession site``: the dataset as a static website (issue #23).

:func:`site_files` turns a :class:`SiteView` into the site's files, path ->
bytes; the command writes them. Pages are Jinja2 templates
(``render/templates/site/``) in the report's environment (autoescape on,
control characters shown); the map is the report's choropleth, the stylesheet
the report's plus the site's own rules, in one file. No script, no request
leaves the site, every link is relative (a page works opened from disk or
under a sub-path), and the same view gives the same bytes: no date is printed
unless the view has a build date.
"""

from __future__ import annotations

import hashlib
import html
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from markupsafe import Markup

from accession_cli.core.analysis.report import Change, ChangeKind
from accession_cli.core.analysis.site import SiteView
from accession_cli.core.analysis.views import ArticleRow, ShowView
from accession_cli.core.data.enums import ARTICLE_TITLES, ARTICLES, ArticleGroup, Coverage
from accession_cli.render import RenderOptions, render
from accession_cli.render.common import coverage_text, date_text, same_document
from accession_cli.render.escape import one_line
from accession_cli.render.report.html import safe_href
from accession_cli.render.report.text import (
    change_detail,
    change_subject,
    event_dates,
    headline,
    median_sentence,
)
from accession_cli.render.views.tabular import tables

#: the file that marks a directory as a site this command wrote (and may replace)
MARKER = ".accession-site"
MARKER_TEXT = b"A site written by `accession site`; the command replaces this directory.\n"

GROUP_TITLE = {
    ArticleGroup.SUBSTANTIVE: "Substantive criminal law (articles 2-13)",
    ArticleGroup.PROCEDURAL: "Procedural law (articles 14-21)",
    ArticleGroup.COOPERATION: "International co-operation (articles 23-35)",
}
GRADE_ORDER: tuple[Coverage | None, ...] = (Coverage.FULL, Coverage.PARTIAL, Coverage.NONE, None)


def article_group(article: int) -> str:
    for group, title in GROUP_TITLE.items():
        if article in group.articles:
            return title
    return "Jurisdiction (article 22)"


def source_anchor(source_id: str) -> str:
    return f"src-{source_id}"


def cite_links(view: ShowView, source_ids: Sequence[str], root: str) -> Markup:
    """A profile's citation numbers, each a link to its source's anchor on
    the sources page (drawn here, not by a macro: pages call it thousands of
    times). Source ids are slugs; escaped all the same."""
    return Markup(
        "".join(
            f'<a class="cite" href="{root}sources.html#{html.escape(source_anchor(sid))}">'
            f"[{view.citations[sid]}]</a>"
            for sid in source_ids
            if sid in view.citations
        )
    )


def change_key(change: Change) -> str:
    """A stable name for a dated fact: the same fact has the same key in
    every build (its anchor on the news page and its feed entry's id)."""
    text = "\x1f".join(
        (str(change.date), change.kind.value, change.subject_id, change.detail, *change.countries)
    )
    return "c-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class ArticleEntry(NamedTuple):
    view: ShowView
    row: ArticleRow | None


def _article_entries(site: SiteView, article: int) -> list[ArticleEntry]:
    found = []
    for view in site.countries:
        match = next((r for r in view.articles if r.article == article), None)
        found.append(ArticleEntry(view, match))
    return found


def _grade_counts(entries: Sequence[ArticleEntry]) -> list[tuple[str, int]]:
    counts = Counter(e.row.grade if e.row is not None else None for e in entries)
    return [(coverage_text(g) if g is not None else "not assessed", counts[g]) for g in GRADE_ORDER]


def _year(change_or_event: Any) -> str:
    date = getattr(change_or_event, "start", None) or change_or_event.date
    return str(date)[:4]


def _atom_time(change: Change) -> str:
    return f"{change.date.start.isoformat()}T00:00:00Z"


def feed_xml(site: SiteView, base_url: str | None) -> str:
    """The news as an Atom feed: newest first, one entry per dated fact,
    each with an id that stays the same across rebuilds."""
    changes = _newest_first(site.report.changes or ())
    report = site.report
    base = base_url.rstrip("/") + "/" if base_url else None
    feed_id = f"{base}feed.xml" if base else f"urn:accession:{_slug(report.title)}:news"
    updated = (
        _atom_time(changes[0]) if changes else f"{report.dataset.as_of.end.isoformat()}T00:00:00Z"
    )
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"<title>{xml_escape(one_line(report.title))}: news</title>",
        f"<id>{xml_escape(feed_id)}</id>",
        f"<updated>{updated}</updated>",
        "<author><name>accession</name></author>",
    ]
    if base:
        out.append(f'<link rel="self" href={quoteattr(base + "feed.xml")}/>')
        out.append(f'<link rel="alternate" href={quoteattr(base + "news.html")}/>')
    else:
        out.append('<link rel="alternate" href="news.html"/>')
    for change in changes:
        key = change_key(change)
        entry_id = f"{base}news.html#{key}" if base else f"urn:accession:change:{key[2:]}"
        title = _change_title(site, change)
        link = f"{base}news.html#{key}" if base else f"news.html#{key}"
        out += [
            "<entry>",
            f"<id>{xml_escape(entry_id)}</id>",
            f"<title>{xml_escape(one_line(title))}</title>",
            f"<updated>{_atom_time(change)}</updated>",
            f"<link href={quoteattr(link)}/>",
            f"<summary>{xml_escape(one_line(str(change.date) + ': ' + title))}</summary>",
            "</entry>",
        ]
    out.append("</feed>")
    return "\n".join(out) + "\n"


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-") or "site"


def _newest_first(changes: Sequence[Change]) -> list[Change]:
    # sorted() is stable: facts of one day keep the report's order
    return sorted(changes, key=lambda c: c.date.sort_key(), reverse=True)


def _change_title(site: SiteView, change: Change) -> str:
    who = ", ".join(site.report.name(c) for c in change.countries)
    if change.kind is ChangeKind.EVENT:
        return f"{change_subject(change)} ({change_detail(change)})" + (f": {who}" if who else "")
    return f"{who}: {change_subject(change)} {change_detail(change)}"


def sitemap_xml(pages: Sequence[str], base_url: str) -> str:
    base = base_url.rstrip("/") + "/"
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    out += [f"<url><loc>{xml_escape(base + page)}</loc></url>" for page in pages]
    out.append("</urlset>")
    return "\n".join(out) + "\n"


def _downloads(site: SiteView) -> dict[str, bytes]:
    from accession_cli.render.export import datapackage, sqlite

    with tempfile.TemporaryDirectory(prefix="accession-site-") as scratch:
        path = Path(scratch) / "accession.db"
        sqlite.write(site.export, path)
        database = path.read_bytes()
    return {
        "downloads/accession.db": database,
        "downloads/accession-data.zip": datapackage.archive(datapackage.files(site.export)),
    }


def _json(view: object) -> bytes:
    return render(view, "json", RenderOptions()).encode("utf-8")


def _dataset_json(site: SiteView) -> bytes:
    from accession_cli.render.views.jsonfmt import dumps

    m = site.manifest
    return dumps(
        {
            "schema": m.schema,
            "version": m.version,
            "as_of": str(m.as_of),
            "title": m.title,
            "license": m.license,
            "description": m.description,
        }
    ).encode("utf-8")


def site_files(
    site: SiteView, *, base_url: str | None = None, repo_url: str | None = None
) -> dict[str, bytes]:
    """Every file of the site, by path relative to its root ('/'-separated)."""
    from accession_cli.render.report.html import _maps
    from accession_cli.render.templating import environment, source

    env = environment()
    report = site.report
    maps, map_error = _maps(report)
    changes = _newest_first(report.changes or ())
    repo = safe_href(repo_url.rstrip("/")) if repo_url else None
    common: dict[str, Any] = {
        "site": site,
        "report": report,
        "title": report.title,
        "build_date": site.build_date,
        "date_text": date_text,
        "coverage_text": coverage_text,
        "safe_href": safe_href,
        "source_anchor": source_anchor,
        "cite": cite_links,
        "event_dates": event_dates,
        "article_group": article_group,
        "ARTICLE_TITLES": ARTICLE_TITLES,
        "ARTICLES": ARTICLES,
        "has_feed": True,
    }
    files: dict[str, str | bytes] = {}

    def page(path: str, template: str, root: str | None = None, **context: Any) -> None:
        files[path] = env.get_template(f"site/{template}").render(
            root="../" * path.count("/") if root is None else root, path=path, **common, **context
        )

    listing_tables = tables(site.listing)
    regions: dict[str, list[Any]] = {}
    members: dict[str, list[Any]] = {}
    for row in site.listing.rows:
        regions.setdefault(row.country.region.value, []).append(row.country)
        for membership in row.country.memberships:
            members.setdefault(membership.value, []).append(row.country)
    page(
        "index.html",
        "index.html.j2",
        sentences=[*headline(report.summary, report.as_of), median_sentence(report.summary)],
        maps=maps,
        map_error=map_error,
        table=listing_tables[0],
        rows=list(zip(site.listing.rows, listing_tables[0].rows, strict=True)),
        groups=[
            ("regions", "By region", sorted(regions.items())),
            ("members", "By membership", sorted(members.items())),
        ],
    )
    for view in site.countries:
        code = view.progress.country.code
        shown = [t for t in tables(view) if t.title not in ("Sources", "Articles")]
        page(
            f"countries/{code}.html",
            "country.html.j2",
            view=view,
            tables=shown,
            edit_url=f"{repo}/{view.progress.country.loc.path}" if repo else None,
            same_document=lambda s, v=view: same_document(s, v.citations),
        )
    for article in ARTICLES:
        entries = _article_entries(site, article)
        page(
            f"articles/{article}.html",
            "article.html.j2",
            article=article,
            entries=entries,
            counts=_grade_counts(entries),
        )
    events_by_year: dict[str, list[Any]] = {}
    for event in sorted(site.events.events, key=lambda e: e.start.sort_key(), reverse=True):
        events_by_year.setdefault(_year(event), []).append(event)
    page(
        "events.html",
        "events.html.j2",
        by_year=list(events_by_year.items()),
        names=site.events.names,
    )
    page(
        "news.html",
        "news.html.j2",
        changes=[(change_key(c), c, _change_title(site, c)) for c in changes],
    )
    page("sources.html", "sources.html.j2", sources=site.sources)
    # GitHub Pages serves 404.html at whatever address was asked for, however
    # deep: with --base-url its links are absolute, so they work from there
    page("404.html", "404.html.j2", root=base_url.rstrip("/") + "/" if base_url else None)
    files["site.css"] = source("report.css") + "\n" + source("site/site.css")
    files["feed.xml"] = feed_xml(site, base_url)
    files["api/index.json"] = _json(site.listing)
    for view in site.countries:
        files[f"api/countries/{view.progress.country.code}.json"] = _json(view)
    files["api/dataset.json"] = _dataset_json(site)
    files.update(_downloads(site))
    if base_url:
        pages = sorted(p for p in files if p.endswith(".html") and p != "404.html")
        files["sitemap.xml"] = sitemap_xml(pages, base_url)
    files[MARKER] = MARKER_TEXT
    return {
        path: data if isinstance(data, bytes) else data.encode("utf-8")
        for path, data in sorted(files.items())
    }
