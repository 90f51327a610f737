"""The one declaration of what `handout.toml` may contain: types, ranges, patterns.

A handout travels (email, git, another clinic), so every value in it is untrusted: the
`id` becomes a file name, locales become folder names, grades switch checks on and
off. msgspec checks the structure, types, ranges and patterns in one pass; the rules
msgspec cannot state (a real calendar date, a language Babel knows, a source id that
exists, ids used once, span order) are in `semantic_errors`, still declared here.

Each field's `Meta(description=...)` is the phrase users read when the value is wrong
("'max_grade' must be a reading grade from 1 to 20, not nan"), so the rule and its
message cannot drift apart. `summarizer.handout_file` turns these into the model and
into FILE:LINE:COL messages; nothing else validates a handout.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
import re
import typing
from collections.abc import Iterator
from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta

# Language and region codes are checked and spelled in a module of their own, without
# msgspec, so commands that only take a code (readability -l) need not load the schema.
from summarizer.locale_codes import (  # noqa: F401 (re-exported: schema.known_locale, ...)
    KEPT_LOCALES,
    LOCALE_PATTERN,
    _babel_knows,
    _territories,
    babel_version,
    canonical_locale,
    canonical_locales,
    known_locale,
    known_region,
)
from summarizer.model import DISCLAIMER_KINDS, EVIDENCE_KINDS, SECTIONS

# --------------------------------------------------------------------------- value types

# No terminal control characters (C0 but tab, newline and carriage return; DEL; C1; the
# bidirectional embeddings and overrides): a handout from a stranger must not drive the
# editor's terminal or reorder what a reviewer sees. Isolates (U+2066-2069) stay allowed:
# right-to-left text uses them to keep a phone number left-to-right.
CONTROLS = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e]"
NO_CONTROLS = rf"^[^{CONTROLS[1:-1]}]*$"
_CONTROLS = re.compile(CONTROLS)


def without_controls(text: str) -> str:
    """`text` without what NO_CONTROLS refuses: the editor drops a pasted BEL or ESC
    instead of keeping text the handout cannot be saved with."""
    return _CONTROLS.sub("", text) if _CONTROLS.search(text) else text

SLUG_PATTERN = r"^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$"
SLUG_RULE = ("a slug of 1 to 80 characters: lowercase letters, digits and hyphens, "
             "starting and ending with a letter or digit")
Slug = Annotated[str, Meta(pattern=SLUG_PATTERN, max_length=80, description=SLUG_RULE)]

# BCP 47 language[-script][-region][-variant], or Babel's underscore form. No "@modifier",
# no dots, no slashes: a locale becomes a folder name (locales/<tag>/) and a file name.
LOCALE_RULE = "a language code such as en, es or es-US (BCP 47; letters, digits and hyphens)"
LocaleTag = Annotated[str, Meta(pattern=LOCALE_PATTERN, max_length=35, description=LOCALE_RULE)]

REGION_RULE = "a two-letter country code (ISO 3166-1 alpha-2, e.g. US, GB, ES)"
Region = Annotated[str, Meta(pattern=r"^[A-Za-z]{2}$", description=REGION_RULE)]
OptionalRegion = Annotated[str, Meta(pattern=r"^(?:[A-Za-z]{2})?$", description=REGION_RULE)]

GRADE_RULE = "a reading grade from 1 to 20"
Grade = Annotated[float, Meta(ge=1, le=20, description=GRADE_RULE)]

DATE_RULE = "a date written YYYY-MM-DD"
IsoDate = Annotated[str, Meta(pattern=r"^(?:\d{4}-\d{2}-\d{2})?$", description=DATE_RULE)]
TIME_RULE = "an ISO 8601 date and time, e.g. 2026-11-22T10:30:00Z"
IsoTime = Annotated[
    str,
    Meta(pattern=r"^(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                 r"(?:Z|[+-]\d{2}:?\d{2})?)?)?$", description=TIME_RULE),
]
SHA_RULE = "the 64 hexadecimal digits of a SHA-256 hash"
Sha256 = Annotated[str, Meta(pattern=r"^(?:[0-9a-f]{64})?$", description=SHA_RULE)]
URL_RULE = "an http:// or https:// address"
Url = Annotated[str, Meta(pattern=r"^(?:https?://[^\s\x00-\x1f\x7f]+)?$", max_length=4096,
                          description=URL_RULE)]
PATH_RULE = "a file path (relative to the handout) of at most 4096 characters"
SourcePath = Annotated[str, Meta(pattern=NO_CONTROLS, max_length=4096, description=PATH_RULE)]
Offset = Annotated[int, Meta(ge=0, description="a character offset (0 or more)")]
SPAN_RULE = "[start, end] character offsets, 0 <= start <= end"
SpanValue = Annotated[tuple[Offset, Offset], Meta(description=SPAN_RULE)]
PAGE_RULE = "a page number (1 or more; 0 means not paged)"
Page = Annotated[int, Meta(ge=0, le=100_000, description=PAGE_RULE)]
NUMBER_RULE = "a phone number: digits, optionally after a +"
PhoneNumber = Annotated[str, Meta(pattern=r"^\+?[0-9]{2,17}$", description=NUMBER_RULE)]
Text = Annotated[str, Meta(max_length=100_000, pattern=NO_CONTROLS,
                           description="text of at most 100,000 characters, without "
                                       "control characters")]
Title = Annotated[str, Meta(min_length=1, max_length=1000, pattern=NO_CONTROLS,
                            description="a title of 1 to 1,000 characters, without "
                                        "control characters")]
Short = Annotated[str, Meta(max_length=80, pattern=NO_CONTROLS,
                            description="at most 80 characters, without control characters")]
Version = Annotated[str, Meta(pattern=r"^[\w.+-]{1,40}$",
                              description="a version such as 1 or 2.1")] | int
Flag = Annotated[str, Meta(pattern=r"^[a-z][a-z-]{0,39}$", description="a flag such as hype")]

Evidence = Literal[EVIDENCE_KINDS]  # type: ignore[valid-type]
Section = Literal[SECTIONS]  # type: ignore[valid-type]
DisclaimerKind = Literal[DISCLAIMER_KINDS]  # type: ignore[valid-type]
Channel = Literal["call", "text", "chat"]
Role = Literal["crisis", "treatment-referral", "general", "emergency"]


# --------------------------------------------------------------------------- tables


class _Table(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Strict: an unknown key is an error (with a did-you-mean), never dropped."""


class ContactSchema(_Table, kw_only=True):
    number: PhoneNumber
    display: Text = ""
    channels: list[Channel] = msgspec.field(default_factory=lambda: ["call"])
    role: Role = "crisis"
    label: Text = ""
    serves: list[Short] = msgspec.field(default_factory=list)
    region: OptionalRegion = ""
    extra: Text = ""


class HandoutSchema(_Table, kw_only=True):
    id: Slug
    title: Title
    summary: Text = ""
    region: Region = "US"
    source_locale: LocaleTag = "en"
    locales: Annotated[list[LocaleTag], Meta(max_length=50)] = msgspec.field(
        default_factory=lambda: ["en"])
    target_grade: Grade = 8.0
    max_grade: Grade = 10.0
    version: Version = "1"
    date: IsoDate = ""
    organization: Text = ""


class SourceSchema(_Table, kw_only=True):
    id: Slug
    path: SourcePath = ""
    title: Text = ""
    publisher: Text = ""
    published: IsoDate = ""
    url: Url = ""
    sha256: Sha256 = ""
    origin: Annotated[str, Meta(max_length=4096, pattern=NO_CONTROLS)] = ""
    retrieved: IsoTime = ""


class ClaimSchema(_Table, kw_only=True):
    id: Slug
    section: Section = "benefits"
    source: Slug
    span: SpanValue
    quote: Text
    evidence: Evidence
    text: Text = ""
    flags: list[Flag] = msgspec.field(default_factory=list)
    evidence_reason: Text = ""
    page: Page = 0


class DisclaimerSchema(_Table, kw_only=True):
    id: Slug
    kind: DisclaimerKind
    source: Slug
    span: SpanValue
    quote: Text
    text: Text = ""
    contacts: Annotated[list[ContactSchema], Meta(max_length=50)] = msgspec.field(
        default_factory=list)
    regulator: Short = ""
    page: Page = 0


class HandoutFileSchema(_Table, kw_only=True):
    handout: HandoutSchema
    sources: list[SourceSchema] = msgspec.field(default_factory=list)
    claims: list[ClaimSchema] = msgspec.field(default_factory=list)
    disclaimers: list[DisclaimerSchema] = msgspec.field(default_factory=list)


TOP_LEVEL: tuple[str, ...] = HandoutFileSchema.__struct_fields__
ITEM_TABLES: dict[str, type[_Table]] = {
    "sources": SourceSchema, "claims": ClaimSchema, "disclaimers": DisclaimerSchema,
}


def field_names(schema: type[msgspec.Struct]) -> tuple[str, ...]:
    """The keys a table may have, in the order new tables are written. (The struct's
    own field tuple: msgspec.structs.fields evaluates every annotation each call,
    ~27 calls and ~8 ms of the editor's start-up; no field is renamed, a test checks.)"""
    return schema.__struct_fields__


@functools.cache
def _hints(schema: type[msgspec.Struct]) -> dict[str, Any]:
    return typing.get_type_hints(schema, include_extras=True)


def describe(schema: type[msgspec.Struct], key: str, depth: int = 0) -> str:
    """The user-facing rule for `schema.key` (for an element of it, `depth` list levels
    down): its description, or its choices."""
    hint = _hints(schema).get(key)
    for _ in range(depth):
        while typing.get_origin(hint) is Annotated:
            hint = typing.get_args(hint)[0]
        args = typing.get_args(hint)
        if typing.get_origin(hint) not in (list, tuple) or not args:
            break
        hint = args[0]
    if hint is None:
        return ""
    return _describe_type(hint)


def _describe_type(hint: Any) -> str:
    origin = typing.get_origin(hint)
    if origin is Annotated:
        base, *extras = typing.get_args(hint)
        for meta in extras:
            if isinstance(meta, Meta) and meta.description:
                return meta.description
        return _describe_type(base)
    if origin is Literal:
        return "one of " + ", ".join(typing.get_args(hint))
    if origin in (list, tuple):
        args = typing.get_args(hint)
        inner = _describe_type(args[0]) if args else ""
        return f"a list of {inner}" if inner else "a list"
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        parts = [_describe_type(a) for a in typing.get_args(hint)]
        return " or ".join(p for p in parts if p)
    return {str: "text", int: "a whole number", float: "a number", bool: "true or false"}.get(
        hint, "")


def choices(schema: type[msgspec.Struct], key: str) -> tuple[str, ...]:
    """The allowed values of a Literal field (or a list of them), else ()."""
    hint = _hints(schema).get(key)
    while typing.get_origin(hint) in (Annotated, list):
        hint = typing.get_args(hint)[0]
    return typing.get_args(hint) if typing.get_origin(hint) is Literal else ()


# ------------------------------------------------------------ rules msgspec cannot state


class SemanticError(msgspec.ValidationError):
    """A rule beyond types and patterns; `path` is a JSON-like path ("$.claims[0].source")."""

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.message = message
        self.path = path


def valid_date(value: str) -> bool:
    if not value:
        return True
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def valid_iso_date(value: str) -> bool:
    """True for "" and a real YYYY-MM-DD date (what a date field accepts)."""
    return re.fullmatch(r"(?:\d{4}-\d{2}-\d{2})?", value or "") is not None and valid_date(value)


def valid_time(value: str) -> bool:
    if not value:
        return True
    try:
        dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


@dataclasses.dataclass
class PartialFile:
    """What of a handout file could be read when the file as a whole could not
    (summarizer.handout_file), so its rules across fields are still checked in the same run:
    each table read on its own with its wrong values left out (a required one stood in
    for, `stand_in`; None for a table that cannot be read at all), and the JSON paths of
    what was left out or stood in for ("$.handout.target_grade", "$.claims[2].source",
    "$.claims" for a section that is not a list of tables). A rule about something left
    out is not judged: a default or a stand-in is not the user's value. `source_ids`: the
    [[sources]] ids as written, None when one is not text (which ids exist is unknown)."""

    handout: HandoutSchema | None
    sources: list[SourceSchema | None] = dataclasses.field(default_factory=list)
    claims: list[ClaimSchema | None] = dataclasses.field(default_factory=list)
    disclaimers: list[DisclaimerSchema | None] = dataclasses.field(default_factory=list)
    unread: frozenset[str] = frozenset()
    source_ids: frozenset[str] | None = frozenset()


def stand_in(schema: type[msgspec.Struct], key: str) -> Any:
    """A value `schema.key` accepts, to read the rest of a table whose required `key` is
    wrong or missing (the first of its choices, a slug, [0, 0], ...); LookupError if none."""
    hint = _hints(schema)[key]
    for value in (*choices(schema, key)[:1], "x", "", [0, 0], 0, []):
        try:
            return msgspec.convert(value, hint, strict=True)
        except msgspec.ValidationError:
            continue
    raise LookupError(key)


def semantic_errors(doc: HandoutFileSchema | PartialFile) -> Iterator[SemanticError]:
    """Rules across fields and tables, in file order; of a PartialFile, those whose
    values could all be read."""
    unread = doc.unread if isinstance(doc, PartialFile) else frozenset()

    def read(*paths: str) -> bool:
        return not unread.intersection(paths)

    meta = doc.handout
    if meta is not None:
        yield from _handout_errors(meta, read)
    seen: set[str] = set()
    for i, src in enumerate(doc.sources):
        if src is None:
            continue
        if read(f"$.sources[{i}].id"):
            if src.id in seen:
                yield SemanticError(f"id {src.id!r} is used twice", f"$.sources[{i}].id")
            seen.add(src.id)
        if read(f"$.sources[{i}].published") and not valid_date(src.published):
            yield SemanticError(f"'published' must be {DATE_RULE} that exists",
                                f"$.sources[{i}].published")
        if read(f"$.sources[{i}].retrieved") and not valid_time(src.retrieved):
            yield SemanticError(f"'retrieved' must be {TIME_RULE}", f"$.sources[{i}].retrieved")
    source_ids = (doc.source_ids if isinstance(doc, PartialFile)
                  else {s.id for s in doc.sources})
    for table in ("claims", "disclaimers"):
        for i, item in enumerate(getattr(doc, table)):
            if item is None:
                continue
            where = f"$.{table}[{i}]"
            if read(f"{where}.id"):
                if item.id in seen:
                    yield SemanticError(f"id {item.id!r} is used twice", f"{where}.id")
                seen.add(item.id)
            if (source_ids is not None and read(f"{where}.source")
                    and item.source not in source_ids):
                yield SemanticError(f"source {item.source!r} is not one of the [[sources]]",
                                    f"{where}.source")
            if read(f"{where}.span") and item.span[1] < item.span[0]:
                yield SemanticError(f"'span' must be {SPAN_RULE}, not {list(item.span)}",
                                    f"{where}.span")


def _handout_errors(meta: HandoutSchema,
                    read: typing.Callable[..., bool]) -> Iterator[SemanticError]:
    if read("$.handout.date") and not valid_date(meta.date):
        yield SemanticError(f"'date' must be {DATE_RULE} that exists, not {meta.date!r}",
                            "$.handout.date")
    if read("$.handout.region") and not known_region(meta.region):
        from summarizer.locale_codes import region_suggestion

        near = region_suggestion(meta.region)
        hint = f" (did you mean {near}?)" if near else ""
        yield SemanticError(f"'region' must be {REGION_RULE}; {meta.region!r} is not "
                            f"one{hint}", "$.handout.region")
    source = canonical_locale(meta.source_locale)
    if not read("$.handout.source_locale"):
        pass
    elif source is None:
        yield SemanticError(f"'source_locale' {meta.source_locale!r} is not a language Babel "
                            "knows (e.g. en, es, es-US)", "$.handout.source_locale")
    elif source != meta.source_locale:
        yield SemanticError(f"'source_locale' {meta.source_locale!r} is written {source!r} "
                            "(BCP 47)", "$.handout.source_locale")
    seen_locales: list[str | None] = []
    for i, tag in enumerate(meta.locales if read("$.handout.locales") else ()):
        canon = canonical_locale(tag)
        if canon is not None and canon in seen_locales:
            yield SemanticError(f"locale {tag!r} is listed twice", f"$.handout.locales[{i}]")
        elif canon is None:
            yield SemanticError(f"locale {tag!r} is not a language Babel knows "
                                "(e.g. en, es, es-US)", f"$.handout.locales[{i}]")
        elif canon != tag:  # one spelling: "zh_Hans" would name files .zh_Hans.pdf
            yield SemanticError(f"locale {tag!r} is written {canon!r} (BCP 47)",
                                f"$.handout.locales[{i}]")
        seen_locales.append(canon)
    for key in ("target_grade", "max_grade"):
        # belt and braces: ranges refuse nan
        if read(f"$.handout.{key}") and not math.isfinite(getattr(meta, key)):
            yield SemanticError(f"{key!r} must be {GRADE_RULE}", f"$.handout.{key}")
    if (read("$.handout.target_grade", "$.handout.max_grade")
            and meta.target_grade > meta.max_grade):
        yield SemanticError(f"'target_grade' ({meta.target_grade:g}) is above 'max_grade' "
                            f"({meta.max_grade:g})", "$.handout.target_grade")
