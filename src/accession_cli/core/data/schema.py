"""Validate plain YAML values against the record classes, and convert them.

The record classes in :mod:`accession_cli.core.data.model` are the only definition
of the file formats. This module reads their type hints and field metadata
once, compiles one converter per type, and uses the same definitions to
export JSON Schema, so the schema editors use can never drift from the loader.

A converter collects every problem it sees into a findings list and returns
:data:`INVALID` instead of raising, so one run reports everything.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import types
import typing
from collections.abc import Callable, Mapping
from enum import Enum
from functools import cache
from typing import Any

from accession_cli.core.data.dates import DateError, PartialDate
from accession_cli.core.data.enums import FileKind as FileKind
from accession_cli.core.data.findings import Finding, KeyPart, Loc
from accession_cli.core.data.model import (
    ARTICLES,
    SCHEMA_VERSION,
    Country,
    Event,
    Manifest,
    Source,
)
from accession_cli.core.data.record import Record
from accession_cli.core.data.rules import finding


class _Invalid:
    def __repr__(self) -> str:
        return "INVALID"


INVALID: Any = _Invalid()

#: ``convert(value, parent, key, out)``: the value sits at ``parent.child(key)``
#: (at ``parent`` itself when key is None). The child location is built only
#: when a finding or a record needs it: the clean path creates none per leaf.
Converter = Callable[[Any, Loc, "KeyPart | None", list[Finding]], Any]


def _here(parent: Loc, key: KeyPart | None) -> Loc:
    return parent if key is None else parent.child(key)


_DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_ARTICLE_KEY_PATTERN = r"^([2-9]|[12][0-9]|3[0-5])$"


def _type_name(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"a boolean ({'true' if value else 'false'})"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _suggest(word: str, choices: typing.Iterable[str]) -> str:
    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean '{match[0]}'?" if match else ""


def _unwrap_optional(tp: Any) -> tuple[Any, bool]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1 and len(typing.get_args(tp)) == 2:
            return args[0], True
    return tp, False


def _text(meta: Mapping[str, Any]) -> Converter:
    pattern = re.compile(meta["pattern"]) if "pattern" in meta else None
    #: values already found valid: ids and source references repeat all over
    #: a dataset, and a set lookup is cheaper than stripping and matching again
    valid: set[str] = set()

    def convert(value: Any, parent: Loc, key: KeyPart | None, out: list[Finding]) -> Any:
        if type(value) is str and value in valid:  # a list or mapping is not hashable
            return value
        if not isinstance(value, str):
            hint = f": quote it ('{value}')" if isinstance(value, (int, float)) else ""
            out.append(
                finding(
                    "ACC103",
                    _here(parent, key),
                    f"expected text, found {_type_name(value)}{hint}",
                )
            )
            return INVALID
        if not value.strip():
            loc = _here(parent, key)
            out.append(finding("ACC102", loc, f"'{_field(loc)}' must not be empty"))
            return INVALID
        # fullmatch: "$" alone would also accept a trailing line break ("PE\n")
        if pattern is not None and not pattern.fullmatch(value):
            loc = _here(parent, key)
            out.append(
                finding(
                    "ACC104", loc, f"'{value}' is not a valid {_field(loc)} ({_describe(meta)})"
                )
            )
            return INVALID
        if len(valid) < 65536:  # bounded: a hostile file cannot grow it without end
            valid.add(value)
        return value

    _KNOWN_VALID[convert] = valid
    return convert


#: each text converter's set of values already found valid (see ``_sequence``)
_KNOWN_VALID: dict[Converter, set[str]] = {}


def _describe(meta: Mapping[str, Any]) -> str:
    pattern = meta.get("pattern") or meta.get("item_pattern")
    return {
        r"^[a-z0-9]+(?:-[a-z0-9]+)*$": "lowercase letters, digits and single hyphens",
        r"^[A-Z]{2}$": "two capital letters, an ISO 3166-1 alpha-2 code",
        r"^https?://\S+$": "an http:// or https:// address",
    }.get(pattern or "", f"must match {pattern}")


def _field(loc: Loc) -> str:
    for key in reversed(loc.keys):
        if isinstance(key, str):
            return key
    return "value"


def _integer(meta: Mapping[str, Any]) -> Converter:
    minimum = meta.get("minimum")
    article = meta.get("article", False)

    def convert(value: Any, parent: Loc, key: KeyPart | None, out: list[Finding]) -> Any:
        if isinstance(value, bool) or not isinstance(value, int):
            out.append(
                finding(
                    "ACC103",
                    _here(parent, key),
                    f"expected a whole number, found {_type_name(value)}",
                )
            )
            return INVALID
        if minimum is not None and value < minimum:
            loc = _here(parent, key)
            out.append(finding("ACC104", loc, f"{_field(loc)} must be at least {minimum}"))
            return INVALID
        if article and value not in ARTICLES:
            out.append(
                finding(
                    "ACC601",
                    _here(parent, key),
                    f"article {value} is not one national law implements (2-35)",
                )
            )
            return INVALID
        return value

    return convert


def _boolean(value: Any, parent: Loc, key: KeyPart | None, out: list[Finding]) -> Any:
    if not isinstance(value, bool):
        out.append(
            finding(
                "ACC103", _here(parent, key), f"expected true or false, found {_type_name(value)}"
            )
        )
        return INVALID
    return value


#: Dates repeat across a dataset (every participant of an event, every bill
#: of a year); PartialDate is immutable, so one parsed value serves them all.
_PARSED_DATES: dict[str, PartialDate] = {}


def _date(value: Any, parent: Loc, key: KeyPart | None, out: list[Finding]) -> Any:
    if isinstance(value, str):
        known = _PARSED_DATES.get(value)
        if known is not None:
            return known
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 9999:
        return PartialDate(value)
    if not isinstance(value, str):
        out.append(
            finding(
                "ACC105",
                _here(parent, key),
                f"expected a date (YYYY-MM-DD, YYYY-MM or YYYY), found {_type_name(value)}",
            )
        )
        return INVALID
    try:
        parsed = PartialDate.parse(value)
    except DateError as exc:
        out.append(finding("ACC105", _here(parent, key), str(exc)))
        return INVALID
    if len(_PARSED_DATES) < 65536:  # bounded: a hostile file cannot grow it without end
        _PARSED_DATES[value] = parsed
    return parsed


def _enum(cls: type[Enum]) -> Converter:
    members = cls._value2member_map_
    valid = ", ".join(str(v) for v in members)
    label = re.sub(r"(?<!^)([A-Z])", r" \1", cls.__name__).lower()

    def convert(value: Any, parent: Loc, key: KeyPart | None, out: list[Finding]) -> Any:
        member = members.get(value) if isinstance(value, str) else None
        if member is None:
            shown = f"'{value}'" if isinstance(value, str) else _type_name(value)
            out.append(
                finding(
                    "ACC104",
                    _here(parent, key),
                    f"{shown} is not a valid {label}{_suggest(str(value), members)} (valid: {valid})",
                )
            )
            return INVALID
        return member

    return convert


def _sequence(item: Converter, meta: Mapping[str, Any]) -> Converter:
    provenance = bool(meta.get("provenance"))
    min_items = meta.get("min_items", 0)
    item_pattern = meta.get("item_pattern")
    item_check = _text({"pattern": item_pattern}) if item_pattern else None
    known_valid = _KNOWN_VALID.get(item_check or item)
    least = max(min_items, 1 if provenance else 0)

    def convert(value: Any, parent: Loc, key: KeyPart | None, out: list[Finding]) -> Any:
        # Source ids and topics repeat all over a dataset: a list of texts each
        # already found valid is the result as it stands, with no location built
        # and no call per item. (A list holding a mapping is not hashable.)
        if known_valid is not None and type(value) is list and len(value) >= least:
            try:
                if known_valid.issuperset(value):
                    return tuple(value)
            except TypeError:
                pass
        loc = _here(parent, key)
        if not isinstance(value, list):
            hint = f": write [{value}]" if provenance and isinstance(value, str) else ""
            out.append(finding("ACC103", loc, f"expected a list, found {_type_name(value)}{hint}"))
            return INVALID
        if provenance and not value:
            out.append(finding("ACC401", loc, "no source cited: add at least one source id"))
            return INVALID
        if len(value) < min_items:
            out.append(finding("ACC102", loc, f"'{_field(loc)}' needs at least {min_items} entry"))
            return INVALID
        result = []
        ok = True
        for index, raw in enumerate(value):
            converted = (item_check or item)(raw, loc, index, out)
            if converted is INVALID:
                ok = False
            result.append(converted)
        return tuple(result) if ok else INVALID

    return convert


def _mapping(key_type: Any, value: Converter, meta: Mapping[str, Any]) -> Converter:
    articles = key_type is int
    key_conv = None if articles else _converter(key_type, {})

    def convert(raw: Any, parent: Loc, loc_key: KeyPart | None, out: list[Finding]) -> Any:
        loc = _here(parent, loc_key)
        if not isinstance(raw, dict):
            out.append(finding("ACC103", loc, f"expected a mapping, found {_type_name(raw)}"))
            return INVALID
        result: dict[Any, Any] = {}
        ok = True
        for key, item in raw.items():
            if articles:
                number = int(key) if isinstance(key, str) and key.isdigit() else key
                if isinstance(number, bool) or not isinstance(number, int):
                    out.append(
                        finding(
                            "ACC103",
                            loc.child(key),
                            f"expected an article number, found '{key}'",
                            at_key=True,
                        )
                    )
                    ok = False
                    continue
                if number not in ARTICLES:
                    out.append(
                        finding(
                            "ACC601",
                            loc.child(key),
                            f"article {number} is not one national law implements (2-35)",
                            at_key=True,
                        )
                    )
                    ok = False
                    continue
                converted_key: Any = number
            else:
                assert key_conv is not None
                if not isinstance(key, str):
                    out.append(
                        finding(
                            "ACC005",
                            loc.child(key),
                            f"keys here must be text, found {_type_name(key)}",
                            at_key=True,
                        )
                    )
                    ok = False
                    continue
                problems: list[Finding] = []
                converted_key = key_conv(key, loc, key, problems)
                # a bad key is reported at the key, not at its value
                out.extend(dataclasses.replace(p, at_key=True) for p in problems)
                if converted_key is INVALID:
                    ok = False
                    continue
            converted = value(item, loc, key, out)
            if converted is INVALID:
                ok = False
            else:
                result[converted_key] = converted
        return result if ok else INVALID

    return convert


@dataclasses.dataclass(frozen=True, slots=True, repr=False)
class _FieldPlan(Record):
    name: str
    convert: Converter
    required: bool
    provenance: bool


def _record(cls: type) -> Converter:
    hints = typing.get_type_hints(cls)
    plan: list[_FieldPlan] = []
    has_loc = False
    for f in dataclasses.fields(cls):
        if f.metadata.get("internal"):
            has_loc = has_loc or f.name == "loc"
            continue
        tp, _ = _unwrap_optional(hints[f.name])
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        plan.append(
            _FieldPlan(
                f.name, _converter(tp, f.metadata), required, bool(f.metadata.get("provenance"))
            )
        )
    known = {p.name for p in plan}
    plans = {p.name: p for p in plan}
    needed = tuple(p for p in plan if p.required or p.provenance)

    def convert(value: Any, parent: Loc, key: KeyPart | None, out: list[Finding]) -> Any:
        loc = _here(parent, key)
        if not isinstance(value, dict):
            out.append(
                finding(
                    "ACC103",
                    loc,
                    f"expected a mapping with fields ({', '.join(sorted(known))}), found {_type_name(value)}",
                )
            )
            return INVALID
        ok = True
        # a misspelt field is reported once, as unknown with a suggestion,
        # not a second time as the missing field it was meant to be
        meant: set[str] = set()
        for name in () if known.issuperset(value) else value:
            if not isinstance(name, str):
                out.append(
                    finding(
                        "ACC005",
                        loc.child(name),
                        f"field names must be text, found {_type_name(name)}",
                        at_key=True,
                    )
                )
                ok = False
            elif name not in known:
                suggestion = _suggest(name, known)
                out.append(
                    finding(
                        "ACC101",
                        loc.child(name),
                        f"unknown field '{name}'{suggestion}",
                        at_key=True,
                    )
                )
                if suggestion:
                    meant.add(suggestion.split("'")[1])
                ok = False
        kwargs: dict[str, Any] = {}
        # only the fields present are converted; a null one counts as absent
        for name, raw in value.items():
            field_plan = plans.get(name)
            if field_plan is None or raw is None:
                continue
            converted = field_plan.convert(raw, loc, name, out)
            if converted is INVALID:
                ok = False
            else:
                kwargs[name] = converted
        for field_plan in needed:
            if field_plan.name in kwargs or value.get(field_plan.name) is not None:
                continue
            if field_plan.name in meant and field_plan.name not in value:
                ok = False
            elif field_plan.provenance:
                out.append(finding("ACC401", loc, "no source cited: add 'sources: [source-id]'"))
                ok = False
            else:
                out.append(finding("ACC102", loc, f"missing required field '{field_plan.name}'"))
                ok = False
        if not ok:
            return INVALID
        if has_loc:
            kwargs["loc"] = loc
        return cls(**kwargs)

    return convert


@cache
def _converter_for_class(tp: type) -> Converter:
    return _record(tp)


def _converter(tp: Any, meta: Mapping[str, Any]) -> Converter:
    tp, _ = _unwrap_optional(tp)
    origin = typing.get_origin(tp)
    if tp is str:
        return _text(meta)
    if tp is bool:
        return _boolean
    if tp is int:
        return _integer(meta)
    if tp is PartialDate:
        return _date
    if isinstance(tp, type) and issubclass(tp, Enum):
        return _enum(tp)
    if origin is tuple:
        return _sequence(_converter(typing.get_args(tp)[0], {}), meta)
    if origin in (Mapping, dict):
        key_type, value_type = typing.get_args(tp)
        return _mapping(key_type, _converter(value_type, {}), meta)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _converter_for_class(tp)
    raise TypeError(f"no converter for {tp!r}")  # a bug in the model, not in the data


# ------------------------------------------------------------ file kinds


def convert_manifest(value: Any, loc: Loc, out: list[Finding]) -> Manifest | None:
    if isinstance(value, dict) and "schema" in value and value["schema"] != SCHEMA_VERSION:
        shown = value["schema"]
        out.append(
            finding(
                "ACC106",
                loc.child("schema"),
                f"schema {shown!r} is not supported: this tool reads schema {SCHEMA_VERSION}"
                + (
                    " (upgrade accession to read newer data)"
                    if isinstance(shown, int) and shown > SCHEMA_VERSION
                    else ""
                ),
            )
        )
        return None
    result = _top_level(value, loc, out, dict, "a mapping of dataset fields")
    if result is None:
        return None
    manifest = _converter_for_class(Manifest)(result, loc, None, out)
    return None if manifest is INVALID else typing.cast(Manifest, manifest)


def convert_sources(value: Any, loc: Loc, out: list[Finding]) -> tuple[Source, ...] | None:
    result = _top_level(value, loc, out, list, "a list of sources")
    if result is None:
        return None
    convert = _converter_for_class(Source)
    sources = [convert(item, loc, index, out) for index, item in enumerate(result)]
    valid = tuple(s for s in sources if s is not INVALID)
    return valid if len(valid) == len(sources) else None


def convert_country(value: Any, loc: Loc, out: list[Finding]) -> Country | None:
    result = _top_level(value, loc, out, dict, "a mapping of country fields")
    if result is None:
        return None
    country = _converter_for_class(Country)(result, loc, None, out)
    return None if country is INVALID else typing.cast(Country, country)


def convert_event(value: Any, loc: Loc, out: list[Finding]) -> Event | None:
    result = _top_level(value, loc, out, dict, "a mapping of event fields")
    if result is None:
        return None
    event = _converter_for_class(Event)(result, loc, None, out)
    return None if event is INVALID else typing.cast(Event, event)


def _top_level(value: Any, loc: Loc, out: list[Finding], kind: type, what: str) -> Any:
    if not isinstance(value, kind):
        out.append(finding("ACC008", loc, f"the file must hold {what}, found {_type_name(value)}"))
        return None
    return value


# ------------------------------------------------------------ JSON Schema

_ROOTS: dict[FileKind, tuple[type, bool]] = {
    FileKind.DATASET: (Manifest, False),
    FileKind.SOURCES: (Source, True),
    FileKind.COUNTRY: (Country, False),
    FileKind.EVENT: (Event, False),
}


def json_schema(kind: FileKind) -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of one file kind, from the record classes."""
    defs: dict[str, Any] = {}
    cls, is_list = _ROOTS[kind]
    ref = _schema_of(cls, {}, defs)
    root: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://accession.invalid/schema/1/{kind.value}.json",
        "title": f"accession {kind.value} file (schema {SCHEMA_VERSION})",
    }
    if is_list:
        root.update({"type": "array", "items": ref})
    else:
        root.update(ref)
    if kind is FileKind.DATASET:
        defs["Manifest"]["properties"]["schema"] = {"const": SCHEMA_VERSION}
    root["$defs"] = defs
    return root


def _schema_of(tp: Any, meta: Mapping[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    tp, optional = _unwrap_optional(tp)
    schema = _plain_schema_of(tp, meta, defs)
    if "doc" in meta:
        schema = {**schema, "description": meta["doc"]}
    if optional:
        return {
            "anyOf": [schema, {"type": "null"}],
            **({"description": meta["doc"]} if "doc" in meta else {}),
        }
    return schema


def _plain_schema_of(tp: Any, meta: Mapping[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if tp is str:
        schema: dict[str, Any] = {"type": "string", "minLength": 1}
        if "pattern" in meta:
            schema["pattern"] = meta["pattern"]
        return schema
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        if meta.get("article"):
            return {"type": "integer", "minimum": ARTICLES.start, "maximum": ARTICLES.stop - 1}
        return {"type": "integer", **({"minimum": meta["minimum"]} if "minimum" in meta else {})}
    if tp is PartialDate:
        return {
            "anyOf": [
                {"type": "string", "pattern": _DATE_PATTERN},
                {"type": "integer", "minimum": 1000, "maximum": 9999},
            ]
        }
    if isinstance(tp, type) and issubclass(tp, Enum):
        return {"enum": [m.value for m in tp]}
    if origin is tuple:
        item_meta = {"pattern": meta["item_pattern"]} if "item_pattern" in meta else {}
        schema = {"type": "array", "items": _schema_of(typing.get_args(tp)[0], item_meta, defs)}
        minimum = 1 if meta.get("provenance") else meta.get("min_items", 0)
        if minimum:
            schema["minItems"] = minimum
        return schema
    if origin in (Mapping, dict):
        key_type, value_type = typing.get_args(tp)
        names = (
            {"pattern": _ARTICLE_KEY_PATTERN}
            if key_type is int
            else {"enum": [m.value for m in key_type]}
        )
        return {
            "type": "object",
            "propertyNames": names,
            "additionalProperties": _schema_of(value_type, {}, defs),
        }
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            hints = typing.get_type_hints(tp)
            properties: dict[str, Any] = {}
            required: list[str] = []
            for f in dataclasses.fields(tp):
                if f.metadata.get("internal"):
                    continue
                properties[f.name] = _schema_of(hints[f.name], f.metadata, defs)
                no_default = (
                    f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
                )
                if no_default or f.metadata.get("provenance"):
                    required.append(f.name)
            defs[name] = {
                "type": "object",
                "properties": properties,
                "required": required,
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no schema for {tp!r}")
