"""Each stage's fill on the map, as a reader matches a shape to the legend:
the shape of a country at a stage is filled like that stage's legend key."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import run
from test_lifecycle import ladder_dataset

SVG = "{http://www.w3.org/2000/svg}"

#: ladder_dataset's countries and the legend entry each must be drawn with
EXPECTED = {
    "AR": "interest",
    "BO": "requested",
    "CL": "invited",
    "CO": "signed",
    "EC": "deposited (ratified or acceded)",
    "PY": "deposited (ratified or acceded)",
    "UY": "in force",
}


def _map(data: Path, *args: str) -> ET.Element:
    result = run("--data", str(data), "map", *args)
    assert result.code == 0, result.stderr
    return ET.fromstring(result.stdout)


def _legend(root: ET.Element) -> dict[str, str]:
    """Legend word -> the fill of the key drawn just before it."""
    legend: dict[str, str] = {}
    children = list(root)
    for key, label in itertools.pairwise(children):
        if key.tag == f"{SVG}rect" and label.tag == f"{SVG}text" and key.get("stroke"):
            legend[label.text or ""] = key.get("fill") or ""
    return legend


def _fills(root: ET.Element) -> dict[str, str]:
    return {
        node.get("data-code") or "": node.get("fill") or ""
        for node in root.iter(f"{SVG}path")
        if node.get("data-code")
    }


def test_each_stage_is_filled_like_its_legend_key(tmp_path: Path) -> None:
    root = _map(ladder_dataset(tmp_path / "data"))
    legend = _legend(root)
    fills = _fills(root)
    assert {code: fills[code] for code in EXPECTED} == {
        code: legend[word] for code, word in EXPECTED.items()
    }
    # six stage classes, six different fills: no two stages look alike
    assert len({legend[word] for word in EXPECTED.values()}) == 6
    # a country outside the selection is grey, like "not selected"
    assert fills["BR"] == legend["not selected"]


def test_every_pattern_the_map_uses_is_defined_in_its_stage_colour(tmp_path: Path) -> None:
    root = _map(ladder_dataset(tmp_path / "data"))
    patterns = {
        f"url(#{node.get('id')})": node.find(f"{SVG}rect") for node in root.iter(f"{SVG}pattern")
    }
    colours = {}
    for code, fill in _fills(root).items():
        if code in EXPECTED and fill.startswith("url("):
            base = patterns[fill]
            assert base is not None
            colours[EXPECTED[code]] = base.get("fill")
    assert colours == {
        "interest": "#dbe9f6",
        "requested": "#bad6ea",
        "invited": "#89bedc",
        "signed": "#539ecd",
        "deposited (ratified or acceded)": "#2b7bba",
    }


def test_a_country_with_no_step_is_filled_as_no_step(tmp_path: Path) -> None:
    root = _map(ladder_dataset(tmp_path / "data"), "--treaty", "protocol-2")
    legend = _legend(root)
    fills = _fills(root)
    assert {fills[code] for code in EXPECTED} == {legend["no step recorded"]}
    assert legend["no step recorded"] != legend["not selected"]
