"""``accession site`` (issue 23): the dataset as a static website.

Checked on the bundled dataset (every link, every page, the API, the feed,
two builds byte for byte), on the small crafted one and on the hostile one
(tests/test_hardening.py), and in headless Chromium at phone and desktop
widths (skipped, saying so, without Chromium; CI installs it).
"""

from __future__ import annotations

import json
import os
import posixpath
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import html5lib
import pytest
import yaml

from browser import find_chromium, load
from conftest import run, write_dataset
from test_hardening import RAW_CONTROL, hostile_dataset

ATOM = "{http://www.w3.org/2005/Atom}"
BASE = "https://example.org/accession/"
#: attributes that make the browser fetch something (a link only navigates)
FETCHING = {"src", "srcset", "poster", "data", "background"}


def build(data: Path, out: Path, *args: str, clean: bool = True) -> Path:
    """Build a site; ``clean``: the data has no problem, so stderr is empty
    (the bundled data may carry warnings of its own)."""
    result = run("--data", str(data), "site", str(out), *args)
    assert (result.code, result.stdout) == (0, ""), result.stderr
    assert result.stderr == "" if clean else "Traceback" not in result.stderr, result.stderr
    return out


def files_of(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled dataset's site, with a base URL (so with a sitemap)."""
    data = Path(__file__).resolve().parent.parent / "data"
    out = tmp_path_factory.mktemp("site") / "_site"
    result = run("--data", str(data), "site", str(out), "--base-url", BASE)
    # the bundled data's own warnings (if any) go to stderr; nothing else
    assert (result.code, result.stdout) == (0, ""), result.stderr
    assert "Traceback" not in result.stderr
    return out


def pages(root: Path) -> Iterator[tuple[str, Path]]:
    for path in sorted(root.rglob("*.html")):
        yield path.relative_to(root).as_posix(), path


def parse(path: Path) -> tuple[ET.Element, list[object]]:
    parser = html5lib.HTMLParser(tree=html5lib.getTreeBuilder("etree"), namespaceHTMLElements=False)
    tree = parser.parse(path.read_bytes(), transport_encoding="utf-8")
    return tree, list(parser.errors)


def local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]


# ------------------------------------------------------------ every page


def test_the_site_has_every_page_the_issue_lists(site: Path) -> None:
    listed = json.loads((site / "api" / "index.json").read_text(encoding="utf-8"))
    codes = [row["code"] for row in listed["countries"]]
    assert len(codes) > 100
    names = set(files_of(site))
    for name in (
        "index.html", "events.html", "news.html", "feed.xml", "sources.html", "404.html",
        "sitemap.xml", "site.css", "api/index.json", "api/dataset.json",
        "downloads/accession.db", "downloads/accession-data.zip",
    ):  # fmt: skip
        assert name in names, name
    for code in codes:
        assert f"countries/{code}.html" in names
        assert f"api/countries/{code}.json" in names
    assert {f"articles/{n}.html" for n in range(2, 36)} <= names
    assert "articles/1.html" not in names and "articles/36.html" not in names
    index = (site / "index.html").read_text(encoding="utf-8")
    for code in codes:
        assert f'href="countries/{code}.html"' in index
    # by region: every country once, under its region
    regions = index.split('id="regions"', 1)[1].split("</section>", 1)[0]
    assert sorted(re.findall(r'href="countries/(\w+)\.html"', regions)) == sorted(codes)
    assert re.search(r"<h3[^>]*>South America \(\d+\)</h3>", regions)


def test_every_page_parses_without_error_with_one_h1_lang_and_landmarks(site: Path) -> None:
    count = 0
    for name, path in pages(site):
        tree, errors = parse(path)
        assert errors == [], (name, errors[:3])
        html = tree if local(tree.tag) == "html" else tree.find(".//html")
        assert html is not None and html.get("lang") == "en", name
        tags = [local(e.tag) for e in tree.iter()]
        assert tags.count("h1") == 1, name
        assert "main" in tags and "nav" in tags, name
        assert tree.find(".//a[@href='#content']") is not None, name  # the skip link
        for table in tree.iter("table"):
            assert table.find("caption") is not None, name
            for th in table.iter("th"):
                assert th.get("scope") in ("col", "row"), name
        count += 1
    assert count > 150


def test_every_internal_link_and_anchor_resolves(site: Path) -> None:
    ids: dict[str, set[str]] = {}
    links: list[tuple[str, str]] = []
    for name, path in pages(site):
        tree, _ = parse(path)
        ids[name] = {e.get("id", "") for e in tree.iter() if e.get("id")}
        links += [(name, e.get("href", "")) for e in tree.iter() if e.get("href") is not None]
    checked = 0
    for page, href in links:
        parts = urlsplit(href)
        if parts.scheme in ("http", "https"):
            continue  # a source's own address
        assert not parts.scheme and not parts.netloc, (page, href)  # relative, always
        if parts.path:
            target = posixpath.normpath(
                posixpath.join(posixpath.dirname(page), unquote(parts.path))
            )
            assert not target.startswith(".."), (page, href)
            assert (site / target).is_file(), (page, href)
        else:
            target = page
        if parts.fragment:
            assert parts.fragment in ids[target], (page, href)
        checked += 1
    assert checked > 10_000
    # the citations of a country page lead to the sources page's anchors
    assert any(h.startswith("../sources.html#src-") for p, h in links if p.startswith("countries/"))


def test_no_page_refers_to_an_external_resource_or_runs_a_script(site: Path) -> None:
    for name, path in pages(site):
        tree, _ = parse(path)
        stylesheets = [e.get("href") for e in tree.iter("link") if e.get("rel") == "stylesheet"]
        # 404.html is served at any depth: with --base-url its links are absolute,
        # to the site itself
        root = BASE if name == "404.html" else "../" * name.count("/")
        for element in tree.iter():
            tag = local(element.tag)
            assert tag not in ("script", "iframe", "object", "embed", "img"), (name, tag)
            for attribute, value in element.items():
                if local(attribute) in FETCHING or (tag == "link" and attribute == "href"):
                    value = value.removeprefix(BASE) if root == BASE else value
                    assert "//" not in value and ":" not in value, (name, tag, value)
            if tag == "style":
                assert "url(" not in (element.text or ""), name
        assert stylesheets == [root + "site.css"], name
    css = (site / "site.css").read_text(encoding="utf-8")
    assert "@import" not in css and "url(" not in css and "//" not in css.replace("/*", "")


def test_two_builds_are_byte_identical(site: Path, tmp_path: Path) -> None:
    data = Path(__file__).resolve().parent.parent / "data"
    again = tmp_path / "again"
    result = run("--data", str(data), "site", str(again), "--base-url", BASE)
    assert result.code == 0, result.stderr
    first, second = files_of(site), files_of(again)
    assert first.keys() == second.keys()
    assert [n for n in first if first[n] != second[n]] == []
    # and no build date unless asked for one
    assert "built" not in (site / "index.html").read_text(encoding="utf-8").split("<footer")[1]


def test_api_is_the_json_of_list_and_show(site: Path) -> None:
    data = Path(__file__).resolve().parent.parent / "data"
    listed = run("--data", str(data), "list", "--format", "json")
    assert (site / "api" / "index.json").read_text(encoding="utf-8") == listed.stdout
    codes = [row["code"] for row in json.loads(listed.stdout)["countries"]]
    for code in (codes[0], "PE", codes[-1]):
        shown = run("--data", str(data), "show", code, "--format", "json")
        assert shown.code == 0
        page = site / "api" / "countries" / f"{code}.json"
        assert page.read_text(encoding="utf-8") == shown.stdout, code
    manifest = json.loads((site / "api" / "dataset.json").read_text(encoding="utf-8"))
    assert manifest["version"] == json.loads(listed.stdout)["dataset"]["version"]


def test_the_feed_is_atom_with_ids_stable_across_rebuilds(site: Path, tmp_path: Path) -> None:
    feed = ET.parse(site / "feed.xml").getroot()
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert feed.find(f"{ATOM}{required}") is not None
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) > 10
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == len(ids)
    assert all(i and i.startswith(BASE + "news.html#c-") for i in ids)
    updated = [e.findtext(f"{ATOM}updated") or "" for e in entries]
    assert updated == sorted(updated, reverse=True)  # newest first
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00Z", u) for u in updated)
    # a wider news window adds entries; the facts both windows hold keep their ids
    data = Path(__file__).resolve().parent.parent / "data"
    wider = build(data, tmp_path / "wider", "--base-url", BASE, "--since", "2015", clean=False)
    ids_wider = [
        e.findtext(f"{ATOM}id")
        for e in ET.parse(wider / "feed.xml").getroot().findall(f"{ATOM}entry")
    ]
    assert len(ids_wider) > len(ids)
    assert set(ids) <= set(ids_wider)
    # each entry links to its fact on the news page
    news = (site / "news.html").read_text(encoding="utf-8")
    for entry_id in ids[:20]:
        assert f'id="{entry_id.rsplit("#", 1)[1]}"' in news


def test_the_sitemap_lists_every_page_by_its_absolute_address(site: Path) -> None:
    root = ET.parse(site / "sitemap.xml").getroot()
    sm = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    locations = {e.text for e in root.iter(f"{sm}loc")}
    assert BASE + "index.html" in locations
    assert BASE + "countries/PE.html" in locations
    assert BASE + "404.html" not in locations


# ------------------------------------------------------------ crafted data


def test_a_country_page_shows_the_profile_with_evidence_and_linked_sources(
    tmp_path: Path,
) -> None:
    data = hostile_dataset(tmp_path / "data")
    out = build(data, tmp_path / "out")
    page = (out / "countries" / "PE.html").read_text(encoding="utf-8")
    tree, errors = parse(out / "countries" / "PE.html")
    assert errors == []
    text = "".join(tree.itertext())
    # treaty steps, the law and the bill, the evidence words of the grade
    assert "acceded" in text and "2019-08-26" in text
    assert "data interference" in text
    quoted = [("".join(q.itertext())) for q in tree.iter("q")]
    assert any(q.endswith("data interference") for q in quoted)
    # sources: a link to the document when it has a safe address
    assert '<a href="https://example.org/programme">' in page
    # ... and none when its address is not one (quotes and brackets in it)
    assert (
        "evil.example/&quot;" not in page.split("<title>")[0] and 'href="https://evil' not in page
    )
    assert 'href="../sources.html#src-profile"' in page
    # the article page lists Peru's provision and grade for article 4
    article = "".join(parse(out / "articles" / "4.html")[0].itertext())
    assert "partial" in article and "data interference" in article
    counts = re.search(r"partial\s*(\d+)", article)
    assert counts is not None and counts.group(1) == "1"


def test_hostile_text_is_escaped_in_every_file(tmp_path: Path) -> None:
    data = hostile_dataset(tmp_path / "data")
    out = build(data, tmp_path / "out", "--base-url", BASE, "--since", "2000")
    for name, content in files_of(out).items():
        if not name.endswith((".html", ".xml", ".json")):
            continue
        text = content.decode("utf-8")
        assert RAW_CONTROL.search(text) is None, name
        if name.endswith(".json"):
            continue  # the JSON of list and show, which JSON escapes
        assert "<script>alert" not in text and "<img src=x" not in text, name
        assert "<b>BOLD</b>" not in text, name
    for name, path in pages(out):
        tree, errors = parse(path)
        assert errors == [], (name, errors[:3])
        for element in tree.iter():
            assert local(element.tag) not in ("script", "img", "b"), name
            href = element.get("href") or ""
            assert "evil.example" not in href, (name, href)
    # the text is there, escaped, not dropped
    page = (out / "countries" / "PE.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    feed = ET.parse(out / "feed.xml").getroot()  # still well-formed XML
    assert feed.findall(f"{ATOM}entry")


def test_a_regional_site_has_only_the_selected_countries(tmp_path: Path) -> None:
    data = write_dataset(tmp_path / "data")
    out = build(data, tmp_path / "out", "--country", "MX")
    assert sorted(p.name for p in (out / "countries").iterdir()) == ["MX.html"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="countries/MX.html"' in index and "countries/PE.html" not in index


# ------------------------------------------------------------ the output directory


def test_a_site_replaces_an_earlier_site_and_nothing_else(tmp_path: Path) -> None:
    data = write_dataset(tmp_path / "data")
    out = build(data, tmp_path / "out")
    (out / "stale.html").write_text("old", encoding="utf-8")
    build(data, out)  # an earlier site: replaced as a whole
    assert not (out / "stale.html").exists()
    assert (out / "index.html").is_file()

    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me", encoding="utf-8")
    result = run("--data", str(data), "site", str(mine))
    assert result.code == 2
    assert result.stdout == ""
    assert "cannot write the site to" in result.stderr and "Traceback" not in result.stderr
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]

    a_file = tmp_path / "file.html"
    a_file.write_text("x", encoding="utf-8")
    result = run("--data", str(data), "site", str(a_file))
    assert (result.code, result.stdout) == (2, "")
    assert "is not a directory" in result.stderr
    assert a_file.read_text(encoding="utf-8") == "x"


def test_a_link_inside_an_earlier_site_is_never_followed(tmp_path: Path) -> None:
    """A symbolic link planted in the output directory (say, countries ->
    somewhere else) is replaced with the rest; nothing is written through it."""
    data = write_dataset(tmp_path / "data")
    out = build(data, tmp_path / "out")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("keep", encoding="utf-8")
    for item in (out / "countries").iterdir():
        item.unlink()
    (out / "countries").rmdir()
    (out / "countries").symlink_to(elsewhere, target_is_directory=True)
    (out / "site.css").unlink()
    (out / "site.css").symlink_to(elsewhere / "keep.txt")
    build(data, out)
    assert [p.name for p in elsewhere.iterdir()] == ["keep.txt"]
    assert (elsewhere / "keep.txt").read_text(encoding="utf-8") == "keep"
    assert not (out / "countries").is_symlink() and (out / "countries" / "PE.html").is_file()
    assert not (out / "site.css").is_symlink()


def test_bad_options_and_no_match_are_messages_not_tracebacks(tmp_path: Path) -> None:
    data = write_dataset(tmp_path / "data")
    result = run("--data", str(data), "site", str(tmp_path / "o"), "--base-url", "javascript:x")
    assert (result.code, result.stdout) == (2, "")
    assert "--base-url" in result.stderr and "Traceback" not in result.stderr
    result = run("--data", str(data), "site", str(tmp_path / "o"), "--country", "BR")
    assert result.code in (1, 2) and "Traceback" not in result.stderr
    result = run("--data", str(data), "site", str(tmp_path / "o"), "--region", "Europe")
    assert (result.code, result.stdout) == (1, "")
    assert "no country matches" in result.stderr
    assert not (tmp_path / "o").exists()


def test_build_date_and_repo_url_are_printed_only_when_given(tmp_path: Path) -> None:
    data = write_dataset(tmp_path / "data")
    out = build(
        data, tmp_path / "out", "--build-date", "2026-02-03",
        "--repo-url", "https://github.com/o/r/edit/main/data",
    )  # fmt: skip
    page = (out / "countries" / "PE.html").read_text(encoding="utf-8")
    assert "built 2026-02-03" in page
    assert 'href="https://github.com/o/r/edit/main/data/countries/PE.yaml"' in page


# ------------------------------------------------------------ real browser

CHROMIUM = find_chromium()
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="Chromium is not installed (Debian: apt-get install -y chromium)",
)


@needs_chromium
@pytest.mark.parametrize(("width", "mobile"), [(1280, False), (390, True)])
@pytest.mark.parametrize("page", ["index.html", "countries/PE.html", "articles/19.html"])
def test_pages_load_cleanly_without_page_scroll(
    site: Path, page: str, width: int, mobile: bool
) -> None:
    assert CHROMIUM is not None
    seen = load(CHROMIUM, site / page, width=width, height=900, mobile=mobile)
    assert seen.errors == []
    # the one stylesheet, from the site itself; nothing else
    assert seen.requests == [(site / "site.css").as_uri()]
    # wide tables scroll in their boxes; the page itself never does
    assert seen.scroll_width == seen.viewport_width == width


# ------------------------------------------------------------ the GitHub Action

ROOT = Path(__file__).resolve().parent.parent
_INPUT = re.compile(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}")
_TEST = re.compile(r"^inputs\.([\w-]+) (==|!=) '([^']*)'$")


def action() -> dict[str, Any]:
    loaded = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def workflows() -> dict[str, dict[Any, Any]]:
    """The workflows of docs/github.md, by name."""
    text = (ROOT / "docs" / "github.md").read_text(encoding="utf-8")
    found = {}
    for block in re.findall(r"```yaml\n(.*?)```", text, re.DOTALL):
        workflow = yaml.safe_load(block)
        found[workflow["name"]] = workflow
    return found


def holds(condition: str | None, inputs: dict[str, str]) -> bool:
    """The ``if:`` of a step, for the forms action.yml uses: tests of an
    input joined by ``&&``."""
    if condition is None:
        return True
    result = True
    for part in condition.split(" && "):
        match = _TEST.match(part.strip())
        assert match, f"unsupported condition in action.yml: {part}"
        name, op, value = match.groups()
        result = result and ((inputs[name] == value) == (op == "=="))
    return result


def run_action(inputs: dict[str, str], cwd: Path) -> list[subprocess.CompletedProcess[str]]:
    """Run the action's shell steps here, as the runner would, except the
    install step (the package is installed in this environment already)."""
    spec = action()
    given = {name: str(i.get("default", "")) for name, i in spec["inputs"].items()}
    unknown = set(inputs) - set(given)
    assert not unknown, f"not inputs of the action: {unknown}"
    given.update(inputs)
    bin_dir = str(Path(sys.executable).parent)
    done = []
    for step in spec["runs"]["steps"]:
        if "run" not in step:
            assert step["uses"].startswith("actions/setup-python@")
            continue
        assert step["shell"] == "bash"
        # inputs reach the script through the environment, never pasted into it
        assert "${{" not in step["run"]
        if "pip install" in step["run"]:
            assert '"$GITHUB_ACTION_PATH"' in step["run"]  # the action's own checkout
            continue
        if not holds(step.get("if"), given):
            continue
        env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
        env["PATH"] = bin_dir + os.pathsep + env.get("PATH", "")
        for name, value in (step.get("env") or {}).items():
            env[name] = _INPUT.sub(lambda m: given[m.group(1)], str(value))
        done.append(
            subprocess.run(
                ["bash", "-e", "-c", step["run"]],
                cwd=cwd,
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
        )
    return done


def test_the_action_declares_its_inputs_and_installs_its_own_checkout() -> None:
    spec = action()
    assert spec["runs"]["using"] == "composite"
    inputs = spec["inputs"]
    assert (inputs["command"]["default"], inputs["data"]["default"]) == ("check", "data")
    assert inputs["output"]["default"] == "_site"
    assert all("description" in i for i in inputs.values())


def test_the_action_checks_as_accession_check_does() -> None:
    expected = run("check", "--format", "github", "data")
    (step,) = run_action({"command": "check"}, ROOT)
    assert step.returncode == expected.code
    assert step.stdout == expected.stdout
    assert step.stdout.startswith("::") or step.stdout.startswith("All checks passed")


def test_the_action_builds_the_site_the_command_builds(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "_site"
    (step,) = run_action({"command": "site", "output": str(out), "base-url": BASE}, ROOT)
    assert step.returncode == 0, step.stderr
    assert files_of(out) == files_of(site)


def test_the_action_refuses_an_unknown_command(tmp_path: Path) -> None:
    (step,) = run_action({"command": "deploy; rm -rf ~"}, tmp_path)
    assert step.returncode == 2
    assert step.stdout.startswith("::error title=accession::input 'command' must be")
    assert list(tmp_path.iterdir()) == []


def test_the_pull_request_gate_workflow_runs_the_check() -> None:
    workflow = workflows()["check data"]
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads `on` as true
    assert "pull_request" in triggers
    (job,) = workflow["jobs"].values()
    steps = job["steps"]
    assert steps[0]["uses"].startswith("actions/checkout@")
    (gate,) = [s for s in steps if s.get("uses", "").endswith("/accession@v1")]
    expected = run("check", "--format", "github", "data")
    (step,) = run_action(gate["with"], ROOT)
    assert (step.returncode, step.stdout) == (expected.code, expected.stdout)


def test_the_pages_workflow_builds_uploads_and_deploys_the_site(tmp_path: Path) -> None:
    workflow = workflows()["publish site"]
    triggers = workflow.get("on", workflow.get(True))
    assert triggers["push"]["branches"] == ["main"]
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    build_steps = workflow["jobs"]["build"]["steps"]
    (site_step,) = [s for s in build_steps if s.get("uses", "").endswith("/accession@v1")]
    (upload,) = [
        s for s in build_steps if s.get("uses", "").startswith("actions/upload-pages-artifact@")
    ]
    assert upload["with"]["path"] == site_step["with"]["output"]
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")
    # the workflow's own inputs, run here: the site the upload step would publish
    inputs = dict(site_step["with"])
    work = tmp_path / "workspace"
    work.mkdir()
    (work / "data").symlink_to(ROOT / "data")
    (step,) = run_action(inputs, work)
    assert step.returncode == 0, step.stderr
    published = work / upload["with"]["path"]
    assert (published / "index.html").is_file()
    assert (published / "sitemap.xml").read_text(encoding="utf-8").count(
        "<loc>https://OWNER.github.io/REPO/"
    ) > 100
