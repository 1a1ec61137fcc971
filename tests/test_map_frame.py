"""A map of a region (issue #20 item 10): ``map --region Europe`` (and any
filter) frames the selected countries, their bounding box with a margin, and
the world only when the selection spans it; the standalone map's legend
speaks of a map ("not selected"), the report's of the report."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import run


def _map(bundled: Path, *args: str) -> str:
    result = run("--data", str(bundled), "map", *args)
    assert (result.code, result.stderr) == (0, "")
    return result.stdout


def _drawn(svg: str) -> set[str]:
    return set(re.findall(r'<(?:path|circle) data-code="([A-Z]{2})"', svg))


def _label(svg: str) -> str:
    return ET.fromstring(svg).get("aria-label") or ""


def _map_height(svg: str) -> int:
    """The height of the map itself (its clip rectangle), legend excluded."""
    found = re.search(r'<clipPath id="map-frame"><rect width="1000" height="(\d+)"/>', svg)
    assert found, "the standalone map clips its countries to the frame"
    return int(found.group(1))


def test_a_region_is_framed_on_its_countries(bundled: Path) -> None:
    europe, world = _map(bundled, "--region", "Europe"), _map(bundled)
    assert _label(europe).endswith("stage, Europe")
    assert _label(world).endswith("stage, the world")
    # Europe at 1000 units wide: France is drawn, the Americas and Australia
    # are outside the frame
    assert {"FR", "DE", "PT", "FI"} <= _drawn(europe)
    assert not {"PE", "BR", "AU", "JP", "US"} & _drawn(europe)
    assert {"FR", "PE", "AU", "JP"} <= _drawn(world)
    # a closer view: Europe's frame is taller for the same width than the world's
    assert _map_height(europe) > _map_height(world)


def test_any_filter_frames_the_selection(bundled: Path) -> None:
    americas = _map(bundled, "--member", "OAS")
    assert _label(americas).endswith("stage, the Americas")
    assert {"AR", "CA", "JM"} <= _drawn(americas)
    assert not {"FR", "AU"} & _drawn(americas)
    grenada = _map(bundled, "--country", "Grenada")
    assert "GD" in _drawn(grenada)
    assert not {"FR", "US", "AR"} & _drawn(grenada)  # its neighbourhood, not the continent


def test_the_standalone_legend_speaks_of_a_map(bundled: Path) -> None:
    svg = _map(bundled, "--region", "Europe")
    assert ">not selected</text>" in svg
    assert "report" not in svg
    page = run("--data", str(bundled), "report", "--format", "html", "--region", "Europe")
    assert page.code == 0
    assert "not in this report" in page.stdout
