"""Escaping of text from the dataset for each medium it is printed in.

Data files are written by strangers in pull requests. Nothing in them may
colour a terminal, move its cursor, start a Markdown table cell, open an
HTML tag, run a spreadsheet formula or start a GitHub workflow command.
"""

from __future__ import annotations

import re

# C0 and C1 control characters (tab and newline are handled per medium), DEL,
# and the bidirectional overrides that can make text read differently than
# it is stored ("trojan source").
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


# JSON text from json.dumps(ensure_ascii=False): C0 controls are escaped, but
# DEL, C1 controls (U+009B is CSI to many terminals), the bidi overrides and
# U+2028/U+2029 are written raw; "##[" starts a GitHub workflow command
# anywhere in a log line (see workflow_safe).
_JSON_RAW = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]|(?<=#)#(?=\[)")
# What GitHub Actions reads as a workflow command in a log line: "::" at the
# start after blanks (the runner trims leading white space; CR alone also ends
# a line for it), or the legacy "##[" anywhere in the line.
_BLANKS = re.compile(r"\s*")


def plain(text: str) -> str:
    """Control characters shown as visible escapes (``\\x1b``); tabs become spaces."""
    return _CONTROL.sub(_visible, text).replace("\t", " ")


def one_line(text: str) -> str:
    """Plain text on one line: newlines become spaces."""
    return " ".join(plain(text).split())


# "_" inside a word (in_force) is not emphasis in GitHub Markdown: leave it.
_MD_SPECIAL = re.compile(r"([\\`*{}\[\]|~]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9]))")
# Characters that only mean something at the start of a line (headings, lists,
# quotes); cells and paragraphs we write start with the escaped text itself.
_MD_LINE_START = re.compile(r"^([#+=>-]|\d+(?=[.)](?:\s|$)))")
# "@name" or "@org/team" where GitHub would notify someone (not "a@b.org"):
# a Markdown report or diff posted as a pull-request comment must not ping
# whoever a stranger's data names. A zero-width space after "@" breaks the link.
_MD_MENTION = re.compile(r"(?<![\w/`])@(?=[A-Za-z0-9])")


def markdown(text: str) -> str:
    """Text for a Markdown table cell or paragraph: no markup, no HTML, no
    @mention, one line."""
    escaped = one_line(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    escaped = _MD_SPECIAL.sub(r"\\\1", escaped)
    escaped = _MD_MENTION.sub("@&#8203;", escaped)
    return _MD_LINE_START.sub(
        lambda m: m.group(1) + "\\" if m.group(1)[0].isdigit() else "\\" + m.group(1), escaped
    )


def markdown_url(url: str) -> str | None:
    """A URL safe inside ``<...>`` autolink brackets, or None when not http(s)
    (or when it holds a control character: the schema's ``\\S+`` lets them by)."""
    if not re.match(r"^https?://[^\s<>]+$", url) or _CONTROL.search(url):
        return None
    return url.replace("(", "%28").replace(")", "%29")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str) -> str:
    """A spreadsheet cannot run it as a formula (OWASP CSV injection)."""
    text = _CONTROL.sub(_visible, text)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def workflow_data(text: str) -> str:
    """The message of a GitHub Actions workflow command (``::error ...::message``):
    ``%``, CR and LF percent-encoded, other control characters made visible, so
    a value can never end the command line and start a command of its own."""
    escaped = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return _CONTROL.sub(_visible, escaped)


def workflow_property(text: str) -> str:
    """A property value of a workflow command (``file=``, ``title=``): as
    :func:`workflow_data`, plus ``:`` and ``,``, which end a property."""
    return workflow_data(text).replace(":", "%3A").replace(",", "%2C")


def json_text(encoded: str) -> str:
    """JSON text (as ``json.dumps(..., ensure_ascii=False)`` writes it) with the
    characters a terminal or a log reader acts on written as ``\\uXXXX``
    escapes. They can only occur inside strings, so the JSON decodes to the
    same values."""
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", encoded)


def workflow_safe(text: str) -> str:
    """Output text that GitHub Actions cannot read as a workflow command when
    it lands in a job log: a line starting with ``::`` (after blanks) gets a
    backslash before it, and ``##[`` (the legacy form, matched anywhere in a
    line) becomes ``##\\[``. A renderer's own wrapping or folding can start a
    line anywhere in a value, so this runs on whole output, not on values."""
    text = text.replace("##[", "##\\[")
    found = text.find("::")
    if found < 0:
        return text
    # str.find from one "::" to the next (a report holds a few, in megabytes
    # of text); each line's start is looked for only since the last "::", so
    # the scan stays linear.
    pieces = []
    done = line_start = scanned = 0
    while found >= 0:
        line_break = max(text.rfind("\n", scanned, found), text.rfind("\r", scanned, found))
        if line_break >= 0:
            line_start = line_break + 1
        scanned = found
        blanks = _BLANKS.match(text, line_start, found)
        if blanks is not None and blanks.end() == found:
            pieces.append(text[done:found])
            pieces.append("\\")
            done = found
        found = text.find("::", found + 2)
    pieces.append(text[done:])
    return "".join(pieces)
