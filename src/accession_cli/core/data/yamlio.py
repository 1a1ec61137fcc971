"""Strict YAML: plain Python values out of a file, or findings that say why not.

What the data model needs from YAML, and YAML 1.1 gets wrong:

* only ``true``/``false`` are booleans (``NO`` is Norway, ``on`` is a word);
* dates stay text (``2004-12``, ``2019-08-26``): the model parses them, with
  their precision; ``1_000`` and ``1:30`` are text, not numbers;
* no anchors/aliases (no alias bombs, no hidden sharing), no tags;
* a duplicate key is an error naming both lines.

The node tree comes from libyaml's C composer when available; the values are
built here by one small recursive function, which is as fast as PyYAML's own
``SafeConstructor`` and lets us check all of the above in the same walk.
"""

from __future__ import annotations

__all__ = ["MAX_DEPTH", "ParsedFile", "locate", "parse"]

import re
from typing import Any

import yaml
import yaml.parser
import yaml.reader
import yaml.scanner
from yaml.events import CollectionEndEvent, CollectionStartEvent, StreamEndEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import BaseResolver

from accession_cli.core.data.findings import NOWHERE, Finding, KeyPath, Loc
from accession_cli.core.data.parsed import ParsedFile
from accession_cli.core.data.rules import finding

try:  # libyaml is much faster; the pure-Python parser is the fallback
    from yaml.cyaml import CParser as _Parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml.composer import Composer
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Parser(Reader, Scanner, Parser, Composer):  # type: ignore[no-redef]
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)
            Composer.__init__(self)


#: Deeper nesting than any valid file needs; refused to keep recursion bounded.
MAX_DEPTH = 40

#: Every collection starts at one of these characters (a flow bracket, a block
#: entry ``-``, a key ``?`` or ``:``), so a file with fewer of them cannot nest
#: deeper than that. libyaml's composer recurses in C without a depth limit
#: (100,000 ``[`` overflow the C stack: a segfault, not an exception), so a file
#: with more of them is first walked event by event, without recursion, and
#: refused as soon as it nests deeper than MAX_DEPTH.
_STRUCTURE_CHARS = ("[", "{", "-", "?", ":")
#: Composing this many nested levels needs well under 512 KiB of C stack.
_SAFE_STRUCTURE = 1000

STR = "tag:yaml.org,2002:str"
INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
BOOL = "tag:yaml.org,2002:bool"
NULL = "tag:yaml.org,2002:null"
SEQ = "tag:yaml.org,2002:seq"
MAP = "tag:yaml.org,2002:map"
_STANDARD = "tag:yaml.org,2002:"


class StrictResolver(BaseResolver):
    """The YAML 1.2 core schema, minus octal/hex/inf/nan, plus nothing else."""

    yaml_implicit_resolvers: dict[Any, Any] = {}  # noqa: RUF012 - PyYAML API

    def resolve(self, kind: type[Node], value: Any, implicit: tuple[bool, bool]) -> str:
        """BaseResolver.resolve without its path-resolver steps (none are
        registered here): the same tags, with less work for each of the
        hundreds of thousands of nodes in a large dataset."""
        if kind is ScalarNode:
            if implicit[0]:
                for tag, pattern in self.yaml_implicit_resolvers.get(value[:1], ()):
                    if pattern.match(value):
                        return str(tag)
            return STR
        return SEQ if kind is SequenceNode else MAP

    # The composer calls these around every node, for path resolvers; there
    # are none, and BaseResolver's versions still cost ~5% of parsing.
    def descend_resolver(self, current_node: Node | None, current_index: Any) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None


StrictResolver.add_implicit_resolver(
    BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
StrictResolver.add_implicit_resolver(
    NULL, re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)
StrictResolver.add_implicit_resolver(INT, re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789"))
StrictResolver.add_implicit_resolver(
    FLOAT,
    re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$"),
    list("-+0123456789."),
)


class _StrictComposer(_Parser, StrictResolver):
    def __init__(self, stream: str) -> None:
        _Parser.__init__(self, stream)
        StrictResolver.__init__(self)


class _Invalid(Exception):
    """Stops building a file at its first structural YAML problem."""

    def __init__(self, found: Finding) -> None:
        self.finding = found


def _mark(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _alias(node: Node, where: Node, loc: Loc) -> _Invalid:
    # An alias resolves to the anchored node itself; point at where it is used.
    line, col = _mark(where)
    return _Invalid(
        finding(
            "ACC003",
            loc,
            "anchors and aliases are not allowed: write the value out in full",
            line=line,
            column=col,
        )
    )


def _build(node: Node, loc: Loc, seen: set[int], depth: int) -> Any:
    if depth > MAX_DEPTH:
        line, col = _mark(node)
        raise _Invalid(
            finding("ACC010", loc, f"nesting deeper than {MAX_DEPTH} levels", line=line, column=col)
        )
    seen.add(id(node))
    tag = node.tag
    if isinstance(node, ScalarNode):
        text: str = node.value
        if tag == STR:
            return text
        if tag == NULL:
            return None
        if tag == BOOL:
            return text.lower() == "true"
        if tag == INT:
            return int(text)
        if tag == FLOAT:
            return float(text)
    elif isinstance(node, SequenceNode):
        if tag == SEQ:
            items = []
            for item in node.value:
                if id(item) in seen:
                    raise _alias(item, node, loc)
                items.append(_build(item, loc, seen, depth + 1))
            return items
    elif isinstance(node, MappingNode) and tag == MAP:
        result: dict[Any, Any] = {}
        first_line: dict[Any, int] = {}
        for key_node, value_node in node.value:
            if id(key_node) in seen:
                raise _alias(key_node, key_node, loc)
            key = _build(key_node, loc, seen, depth + 1)
            if isinstance(key, (dict, list)) or key is None:
                line, col = _mark(key_node)
                raise _Invalid(
                    finding("ACC005", loc, "a mapping key must be text", line=line, column=col)
                )
            if key in result:
                line, col = _mark(key_node)
                raise _Invalid(
                    finding(
                        "ACC002",
                        loc,
                        f"duplicate key '{key}' (first defined on line {first_line[key]})",
                        line=line,
                        column=col,
                    )
                )
            first_line[key] = key_node.start_mark.line + 1
            if id(value_node) in seen:
                raise _alias(value_node, key_node, loc)
            result[key] = _build(value_node, loc, seen, depth + 1)
        return result
    line, col = _mark(node)
    shown = "!!" + tag.removeprefix(_STANDARD) if tag.startswith(_STANDARD) else tag
    raise _Invalid(
        finding(
            "ACC004",
            loc,
            f"tags are not allowed (found '{shown}'): remove it and write a plain value",
            line=line,
            column=col,
        )
    )


#: Byte order marks of the encodings a text editor may save in instead
#: (UTF-32 first: its little-endian mark starts like UTF-16's).
_OTHER_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def _line_column(text: str, index: int) -> tuple[int, int]:
    before = text[:index]
    return before.count("\n") + 1, index - (before.rfind("\n") + 1) + 1


def _decode(data: bytes, loc: Loc) -> str | Finding:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for bom, name in _OTHER_BOMS:
        if data.startswith(bom):
            return finding(
                "ACC006",
                loc,
                f"{name} text, not UTF-8 (it starts with a {name} byte order mark): "
                "save the file as UTF-8",
                line=1,
                column=1,
            )
    nul = data.find(b"\0")
    if nul >= 0:  # no text file holds NUL, but UTF-16 without its mark does
        before = data[:nul].decode("utf-8", "replace")
        line, column = _line_column(before, len(before))
        return finding(
            "ACC006",
            loc,
            "a NUL byte, as in UTF-16 text or a binary file, not UTF-8 text: "
            "save the file as UTF-8",
            line=line,
            column=column,
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # what comes before is valid UTF-8: count characters, not bytes
        valid = data[: exc.start].decode("utf-8")
        line, column = _line_column(valid, len(valid))
        return finding(
            "ACC006",
            loc,
            f"not UTF-8 text (byte 0x{data[exc.start]:02x}): save the file as UTF-8",
            line=line,
            column=column,
        )
    return text


def _too_deep(text: str) -> tuple[int, int] | None:
    """Where ``text`` first nests deeper than MAX_DEPTH, found without recursion;
    None when it does not (or when it is not valid YAML: the parse says why)."""
    if sum(text.count(char) for char in _STRUCTURE_CHARS) <= _SAFE_STRUCTURE:
        return None
    try:
        return _first_too_deep(_StrictComposer(text))
    except yaml.YAMLError:
        # libyaml may refuse deep nesting itself, with a limit and a message of
        # its own that change between releases (0.2.5 has none; PyYAML 6.0.4's
        # bundled libyaml stops at its own depth). The pure-Python parser is an
        # explicit state machine with no limit: walk again with it, so deep
        # nesting is ACC010 at the same place whatever libyaml does.
        try:
            return _first_too_deep(_PurePythonEvents(text))
        except yaml.YAMLError:
            return None


class _PurePythonEvents(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser):
    """Events only, from PyYAML's pure-Python reader, scanner and parser."""

    def __init__(self, stream: str) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)

    def dispose(self) -> None:
        self.states = []
        self.state = None


def _first_too_deep(parser: Any) -> tuple[int, int] | None:
    depth = 0
    try:
        while True:
            event = parser.get_event()
            if isinstance(event, CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    mark = event.start_mark
                    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
            elif isinstance(event, CollectionEndEvent):
                depth -= 1
            elif event is None or isinstance(event, StreamEndEvent):
                return None
    finally:
        parser.dispose()


def parse(data: bytes, path: str) -> ParsedFile | Finding:
    """Plain values (dict, list, str, int, float, bool, None) from a YAML file."""
    loc = Loc(path)
    text = _decode(data, loc)
    if isinstance(text, Finding):
        return text
    deep = _too_deep(text)
    if deep is not None:
        return finding(
            "ACC010", loc, f"nesting deeper than {MAX_DEPTH} levels", line=deep[0], column=deep[1]
        )
    try:
        composer = _StrictComposer(text)
        try:
            node = composer.get_single_node()
        finally:
            composer.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = exc.problem or "invalid YAML"
        if exc.context:
            started = exc.context_mark
            where = (
                ""
                if started is None or started is mark
                else f" that starts on line {started.line + 1}"
            )
            message = f"{message} ({exc.context}{where})"
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        return finding("ACC001", loc, message, line=line, column=column)
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow
        # libyaml counts the position in bytes of the UTF-8 text
        before = text.encode("utf-8", "surrogatepass")[: exc.position].decode("utf-8", "replace")
        line, column = _line_column(before, len(before))
        return finding("ACC001", loc, str(exc).splitlines()[0], line=line, column=column)
    except yaml.YAMLError as exc:
        return finding("ACC001", loc, str(exc).splitlines()[0] if str(exc) else "invalid YAML")
    except RecursionError:
        return finding("ACC010", loc, f"nesting deeper than {MAX_DEPTH} levels")
    if node is None:  # nothing but blank lines and comments
        return finding("ACC007", loc, "the file is empty", line=1, column=1)
    try:
        value = _build(node, loc, set(), 0)
    except _Invalid as invalid:
        return invalid.finding
    if value is None:
        line, col = _mark(node)
        if not node.value:  # '---' and nothing else
            return finding("ACC007", loc, "the file is empty", line=1, column=1)
        return finding(
            "ACC008",
            loc,
            f"the file holds only null ('{node.value}'): it must hold a mapping or a list",
            line=line,
            column=col,
        )
    if ("&" in text or "!" in text) and _NODE_PROPERTY.search(text):
        hidden = _anchor_or_tag(text, loc)
        if hidden is not None:
            return hidden
    return ParsedFile(value)


#: Where an anchor (&a) or a tag (!t) can start. Only files that match are
#: scanned token by token, so the clean path pays one regex search at most.
_NODE_PROPERTY = re.compile(r"(?:^|[\s\[{,])(?:&[^\s\[\]{},]|!)", re.MULTILINE)


def _anchor_or_tag(text: str, loc: Loc) -> Finding | None:
    """What building the values cannot see: an anchor that no alias uses, or an
    explicit standard tag (``!!str 5``) that resolves to a plain value."""
    scanner = _Parser(text)
    try:
        while scanner.check_token():
            token = scanner.get_token()
            if token is None:  # pragma: no cover - check_token() said there is one
                break
            line, col = token.start_mark.line + 1, token.start_mark.column + 1
            if isinstance(token, yaml.AnchorToken):
                return finding(
                    "ACC003",
                    loc,
                    f"anchor '&{token.value}' is not allowed: remove it and write values out in full",
                    line=line,
                    column=col,
                )
            if isinstance(token, yaml.TagToken):
                handle, suffix = token.value
                return finding(
                    "ACC004",
                    loc,
                    f"tags are not allowed (found '{handle or ''}{suffix}'): "
                    "remove it and write a plain value",
                    line=line,
                    column=col,
                )
    except yaml.YAMLError:  # pragma: no cover - the file composed without error
        return None
    finally:
        scanner.dispose()
    return None


def locate(data: bytes, keys: KeyPath, *, at_key: bool = False) -> tuple[int, int] | None:
    """Line and column (1-based) of the value (or key) at ``keys`` in a YAML file.

    Walks as far down the path as the file goes, so a missing field points at
    the mapping that should hold it.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
        if _too_deep(text) is not None:
            return None
        composer = _StrictComposer(text)
        try:
            node = composer.get_single_node()
        finally:
            composer.dispose()
    except (yaml.YAMLError, UnicodeDecodeError, RecursionError):
        return None
    if node is None:
        return None
    position = _mark(node)
    for index, key in enumerate(keys):
        last = index == len(keys) - 1
        if isinstance(node, MappingNode):
            for key_node, value_node in node.value:
                if _key_matches(key_node, key):
                    position = _mark(key_node if (last and at_key) else value_node)
                    node = value_node
                    break
            else:
                return position
        elif isinstance(node, SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
            node = node.value[key]
            position = _mark(node)
        else:
            return position
    return position


def _key_matches(key_node: Node, key: str | int) -> bool:
    if not isinstance(key_node, ScalarNode):
        return False
    if isinstance(key, str):
        return key_node.tag == STR and key_node.value == key
    # a number or boolean key (article numbers, a stray 'true:'): compare values
    try:
        value = _build(key_node, NOWHERE, set(), 0)
    except _Invalid:
        return False
    return type(value) is type(key) and bool(value == key)
