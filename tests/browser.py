"""A tiny headless-Chromium driver for tests: the DevTools protocol over
``--remote-debugging-pipe`` (JSON messages on file descriptors 3 and 4), so
no port, no websocket library and no extra dependency.

``load(path)`` opens a local file and reports what a user would care about:
console errors, uncaught exceptions, browser log errors (e.g. a blocked
resource or a Content-Security-Policy violation), every network request other
than the file itself, the page's layout size, and a PNG screenshot.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import signal
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pytest

#: Debian's package name and binary; the test is skipped only if it is missing.
CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_chromium() -> str | None:
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


#: why a browser test is skipped (README.md quotes it)
SKIP_REASON = "Chromium is not installed (Debian: apt-get install -y chromium)"


def needs_chromium_reason() -> tuple[bool, str]:
    """Whether to skip the browser tests, and why: only when no Chromium is
    installed and CI is not set. Under CI a missing Chromium fails them
    instead: .ci/run installs it, and a skipped browser test proves nothing."""
    return find_chromium() is None and not os.environ.get("CI"), SKIP_REASON


T = TypeVar("T")


def needs_chromium(test: T) -> T:
    """A test that drives Chromium: marked ``browser`` (``pytest -m "not
    browser"`` runs the others) and skipped when Chromium is missing, except
    under CI (CI is set), where .ci/run installs it and a skip would prove
    nothing: there it fails instead."""
    skip, why = needs_chromium_reason()
    marked: T = pytest.mark.browser(pytest.mark.skipif(skip, reason=why)(test))
    return marked


class BrowserError(RuntimeError):
    pass


@dataclass
class PageResult:
    console_errors: list[str] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)
    log_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    scroll_width: int = 0
    viewport_width: int = 0
    screenshot: bytes = b""
    #: page coordinates (x, y, width, height) of the first element matching
    #: each selector asked for in ``load(..., boxes=...)``; None if none does
    boxes: dict[str, tuple[float, float, float, float] | None] = field(default_factory=dict)
    #: a PNG of each of those boxes, at a quarter of the page's scale
    box_shots: dict[str, bytes] = field(default_factory=dict)
    #: what ``load(..., script=...)`` returned (a JSON value)
    value: Any = None

    @property
    def errors(self) -> list[str]:
        return self.console_errors + self.exceptions + self.log_errors


class _Pipe:
    def __init__(self, write_fd: int, read_fd: int, process: _Process) -> None:
        self.write_fd, self.read_fd, self.process = write_fd, read_fd, process
        self.buffer = b""
        self.next_id = 0
        self.events: list[dict[str, Any]] = []

    def send(
        self, method: str, params: dict[str, Any] | None = None, session: str | None = None
    ) -> int:
        self.next_id += 1
        message: dict[str, Any] = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        data = json.dumps(message).encode() + b"\0"
        while data:
            written = os.write(self.write_fd, data)
            data = data[written:]
        return self.next_id

    def _read_message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise BrowserError("timed out waiting for Chromium")
            ready, _, _ = select.select([self.read_fd], [], [], remaining)
            if not ready:
                continue
            chunk = os.read(self.read_fd, 1 << 16)
            if not chunk:
                raise BrowserError(f"Chromium closed the pipe (exit {self.process.poll()})")
            self.buffer += chunk
        raw, _, self.buffer = self.buffer.partition(b"\0")
        result: dict[str, Any] = json.loads(raw)
        return result

    def call(
        self,
        method: str,
        params: dict[str, Any] | None = None,
        session: str | None = None,
        timeout: float = 30.0,
    ) -> dict[str, Any]:
        wanted = self.send(method, params, session)
        deadline = time.monotonic() + timeout
        while True:
            message = self._read_message(deadline)
            if message.get("id") == wanted:
                if "error" in message:
                    raise BrowserError(f"{method}: {message['error']}")
                result: dict[str, Any] = message.get("result", {})
                return result
            if "method" in message:
                self.events.append(message)

    def wait_event(self, method: str, timeout: float = 30.0) -> dict[str, Any]:
        for index, event in enumerate(self.events):
            if event["method"] == method:
                return self.events.pop(index)
        deadline = time.monotonic() + timeout
        while True:
            message = self._read_message(deadline)
            if message.get("method") == method:
                return message
            if "method" in message:
                self.events.append(message)

    def drain(self, seconds: float) -> None:
        """Collect the events that arrive within ``seconds``."""
        deadline = time.monotonic() + seconds
        try:
            while True:
                message = self._read_message(deadline)
                if "method" in message:
                    self.events.append(message)
        except BrowserError:
            return


def load(
    binary: str,
    page: Path,
    *,
    width: int = 1280,
    height: int = 900,
    mobile: bool = False,
    timeout: float = 60.0,
    boxes: tuple[str, ...] = (),
    script: str | None = None,
) -> PageResult:
    """Open ``page`` (a local file) in headless Chromium and report on it."""
    with tempfile.TemporaryDirectory(prefix="accession-chromium-") as profile:
        to_browser_r, to_browser_w = os.pipe()
        from_browser_r, from_browser_w = os.pipe()
        # the child's ends above 4, so that moving them onto 3 and 4 cannot
        # overwrite one with the other
        to_browser_r, from_browser_w = _above_4(to_browser_r), _above_4(from_browser_w)
        args = [
            binary,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-default-apps",
            "--disable-extensions",
            "--no-first-run",
            "--no-default-browser-check",
            "--hide-scrollbars",
            "--mute-audio",
            f"--user-data-dir={profile}",
            "--remote-debugging-pipe",
            "about:blank",
        ]
        # posix_spawn: no shell, no fork-time Python code; the child gets our
        # pipe ends as descriptors 3 and 4, and /dev/null for the rest
        pid = os.posix_spawn(
            binary,
            args,
            os.environ,
            file_actions=[
                (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
                (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
                (os.POSIX_SPAWN_DUP2, to_browser_r, 3),
                (os.POSIX_SPAWN_DUP2, from_browser_w, 4),
            ],
        )
        process = _Process(pid)
        os.close(to_browser_r)
        os.close(from_browser_w)
        pipe = _Pipe(to_browser_w, from_browser_r, process)
        try:
            return _inspect(pipe, page, width, height, mobile, timeout, boxes, script)
        finally:
            with contextlib.suppress(OSError):
                pipe.send("Browser.close")
            process.stop(grace=10.0)
            os.close(to_browser_w)
            os.close(from_browser_r)


class _Process:
    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.status: int | None = None

    def poll(self) -> int | None:
        if self.status is None:
            done, status = os.waitpid(self.pid, os.WNOHANG)
            if done:
                self.status = os.waitstatus_to_exitcode(status)
        return self.status

    def stop(self, grace: float) -> None:
        """Wait up to ``grace`` seconds for it to exit, then kill it."""
        deadline = time.monotonic() + grace
        while self.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        if self.poll() is None:
            os.kill(self.pid, signal.SIGKILL)
            _, status = os.waitpid(self.pid, 0)
            self.status = os.waitstatus_to_exitcode(status)


def _above_4(fd: int) -> int:
    high = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
    os.close(fd)
    return high


def _inspect(
    pipe: _Pipe,
    page: Path,
    width: int,
    height: int,
    mobile: bool,
    timeout: float,
    boxes: tuple[str, ...] = (),
    script: str | None = None,
) -> PageResult:
    target = pipe.call("Target.createTarget", {"url": "about:blank"}, timeout=timeout)
    attached = pipe.call("Target.attachToTarget", {"targetId": target["targetId"], "flatten": True})
    session = attached["sessionId"]
    for domain in ("Runtime", "Log", "Network", "Page"):
        pipe.call(f"{domain}.enable", session=session)
    pipe.call(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
        session=session,
    )
    url = page.resolve().as_uri()
    pipe.call("Page.navigate", {"url": url}, session=session)
    pipe.wait_event("Page.loadEventFired", timeout=timeout)
    pipe.drain(0.5)  # late console messages and requests

    result = PageResult()
    for event in pipe.events:
        method, params = event["method"], event.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in {"error", "assert"}:
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in params["args"])
            result.console_errors.append(text)
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            result.exceptions.append(str(details.get("text", details)))
        elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
            entry = params["entry"]
            result.log_errors.append(f"{entry.get('source')}: {entry.get('text')}")
        elif method == "Network.requestWillBeSent":
            requested = params["request"]["url"]
            if requested != url:
                result.requests.append(requested)
    metrics = pipe.call(
        "Runtime.evaluate",
        {
            "expression": "JSON.stringify([document.documentElement.scrollWidth, "
            "window.innerWidth, document.documentElement.scrollHeight])",
            "returnByValue": True,
        },
        session=session,
    )
    scroll_width, viewport_width, scroll_height = json.loads(metrics["result"]["value"])
    result.scroll_width, result.viewport_width = scroll_width, viewport_width
    if script is not None:
        evaluated = pipe.call(
            "Runtime.evaluate",
            {"expression": f"JSON.stringify(({script}))", "returnByValue": True},
            session=session,
        )
        result.value = json.loads(evaluated["result"]["value"])
    for selector in boxes:
        found = pipe.call(
            "Runtime.evaluate",
            {
                "expression": "(() => { const e = document.querySelector("
                + json.dumps(selector)
                + "); if (!e) return null; const r = e.getBoundingClientRect(); "
                "return JSON.stringify([r.left + scrollX, r.top + scrollY, r.width, r.height]); })()",
                "returnByValue": True,
            },
            session=session,
        )
        value = found["result"].get("value")
        result.boxes[selector] = tuple(json.loads(value)) if value else None
    shot = pipe.call(
        "Page.captureScreenshot",
        {
            "format": "png",
            "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": scroll_height, "scale": 1},
        },
        session=session,
        timeout=timeout,
    )
    result.screenshot = base64.b64decode(shot["data"])
    for selector, box in result.boxes.items():
        if box is None or box[2] < 1 or box[3] < 1:
            continue
        x, y, w, h = box
        clipped = pipe.call(
            "Page.captureScreenshot",
            {
                "format": "png",
                "captureBeyondViewport": True,
                "clip": {"x": x, "y": y, "width": w, "height": h, "scale": 0.25},
            },
            session=session,
            timeout=timeout,
        )
        result.box_shots[selector] = base64.b64decode(clipped["data"])
    return result


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and rows of RGBA pixels of an 8-bit, non-interlaced PNG
    (what Chromium writes), with no image library."""
    import struct
    import zlib

    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    pos, chunks = 8, []
    width = height = colour = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and interlace == 0 and colour in (2, 6), (depth, colour)
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    raw = zlib.decompress(b"".join(chunks))
    size = 4 if colour == 6 else 3
    stride = width * size
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = line[i - size] if i >= size else 0
            up = previous[i]
            corner = previous[i - size] if i >= size else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                best = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + best) & 0xFF
        previous = line
        if size == 3:
            line = bytearray(
                b"".join(bytes(line[i : i + 3]) + b"\xff" for i in range(0, stride, 3))
            )
        rows.append(bytes(line))
    return width, height, rows
