"""The handout file (`handout.toml`): load, validate, edit, save without losing a byte.

The file is the editor's document, so it is kept as a tomlkit document and the model
is synced *into* it on save: keys whose values did not change are not touched, which
keeps comments, ordering and formatting. An unchanged handout saves byte-identically.
Saves are atomic and refuse to overwrite a file that changed on disk since it was
read (a colleague's `git pull`, another editor) unless forced.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
import threading
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer import atomic, paths
from summarizer.errors import HandoutError, SourceError
from summarizer.model import (
    Claim,
    Contact,
    Disclaimer,
    Handout,
    HandoutMeta,
    SourceRef,
    Span,
)

if TYPE_CHECKING:
    import msgspec
    import tomlkit
    from tomlkit.items import Table

    from summarizer import schema
    from summarizer.model import LoadedSource

HANDOUT_FILENAME = "handout.toml"


class HandoutChangedError(HandoutError):
    """The file on disk is not the one we loaded: saving would drop someone's work."""


# --------------------------------------------------------------------------- reading


def _plain(value: Any) -> Any:
    """tomlkit items to plain Python, TOML dates and times to ISO strings (the model
    keeps dates as text, and the schema checks the text)."""
    value = value.unwrap() if hasattr(value, "unwrap") else value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value


def _section_name(key: str) -> str:
    return f"[{key}]" if key == "handout" else f"[[{key}]]"


class _Located(HandoutError):
    """A schema error with the table, item and key it is about (to find its line)."""

    def __init__(self, message: str, section: str = "", index: int | None = None,
                 key: str = "", item_id: str = "") -> None:
        super().__init__(message)
        self.section, self.index, self.key, self.item_id = section, index, key, item_id


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _unknown_keys(plain: Mapping[str, Any]) -> Iterator[_Located]:
    """Every key must be one the schema declares: a misspelt key would otherwise be
    dropped silently (a misspelt [[claims]] loses every claim). Every one, in file order."""
    from summarizer import schema

    for key in plain:
        if key not in schema.TOP_LEVEL:
            guess = difflib.get_close_matches(key, schema.TOP_LEVEL, n=1)
            hint = (f"; did you mean {_section_name(guess[0])}?" if guess
                    else f"; expected {', '.join(schema.TOP_LEVEL)}")
            yield _Located(f"unknown table or key {key!r}{hint}", key)
    tables: list[tuple[str, int | None, Any, type[Any]]] = [
        ("handout", None, plain.get("handout"), schema.HandoutSchema)]
    for section, item_schema in schema.ITEM_TABLES.items():
        items = plain.get(section)
        if isinstance(items, list):
            tables += [(section, i, t, item_schema) for i, t in enumerate(items)]
    for section, index, table, table_schema in tables:
        if not isinstance(table, Mapping):
            continue  # the schema says what it should be
        allowed = schema.field_names(table_schema)
        item_id = str(table.get("id", "")) if index is not None else ""
        for key in table:
            if key not in allowed:
                guess = difflib.get_close_matches(key, allowed, n=1)
                hint = f"; did you mean {guess[0]!r}?" if guess else ""
                yield _Located(f"unknown key {key!r}{hint}", section, index, key, item_id)
        contacts = table.get("contacts") if section == "disclaimers" else None
        for contact in contacts if isinstance(contacts, list) else []:
            if isinstance(contact, Mapping):
                allowed_c = schema.field_names(schema.ContactSchema)
                for key in contact:
                    if key not in allowed_c:
                        guess = difflib.get_close_matches(key, allowed_c, n=1)
                        hint = f"; did you mean {guess[0]!r}?" if guess else ""
                        yield _Located(f"unknown key {key!r} in a contact{hint}", section,
                                       index, "contacts", item_id)


_PATH_TOKEN = re.compile(r"\.(\w+)|\[(\d+)\]")


def _explain(exc: msgspec.ValidationError, plain: Mapping[str, Any]) -> _Located:
    """msgspec's "Expected `float` <= 20.0 - at `$.handout.max_grade`" as a sentence a
    handout's author can act on, with the place to look."""
    from summarizer import schema

    raw = str(exc)
    m = re.match(r"(.*?)(?: - at `(\$[^`]*)`)?$", raw, re.S)
    detail, path = (m.group(1), m.group(2) or "$") if m else (raw, "$")
    if isinstance(exc, schema.SemanticError):
        detail, path = exc.message, exc.path
    tokens = [name if name else int(idx) for name, idx in _PATH_TOKEN.findall(path)]
    missing = re.match(r"Object missing required field `(\w+)`", detail)
    if not tokens:
        if missing and missing.group(1) == "handout":
            return _Located("missing the [handout] table (id, title, region, locales)")
        return _Located(detail)
    section = str(tokens[0])
    index = tokens[1] if len(tokens) > 1 and isinstance(tokens[1], int) else None
    rest = tokens[2:] if index is not None else tokens[1:]
    table: Any = plain.get(section)
    if index is not None and isinstance(table, list) and index < len(table):
        table = table[index]
    item_id = str(table.get("id", "")) if index is not None and isinstance(table, Mapping) else ""
    table_schema = (schema.HandoutSchema if section == "handout"
                    else schema.ITEM_TABLES.get(section))
    if isinstance(exc, schema.SemanticError):
        return _Located(detail, section, index, str(rest[0]) if rest else "", item_id)
    if missing:
        return _Located(f"missing required key {missing.group(1)!r}", section, index,
                        "", item_id)
    if not rest or table_schema is None:
        if section == "handout":
            return _Located("[handout] must be a table (id, title, region, locales)", section)
        return _Located(f"{section!r} must be written as [[{section}]] tables", section, index)
    key = str(rest[0])
    value: Any = table
    for tok in rest:
        try:
            value = value[tok]
        except (KeyError, IndexError, TypeError):
            break
    inner_schema, inner_key = table_schema, key
    if key == "contacts" and len(rest) >= 3 and isinstance(rest[2], str):
        inner_schema, inner_key = schema.ContactSchema, rest[2]
    options = schema.choices(inner_schema, inner_key)
    label = inner_key if len(rest) == 1 or key == "contacts" else f"{key}{_suffix(rest[1:])}"
    if options and isinstance(value, str):
        message = f"{label!r} is {value!r}; expected one of {', '.join(options)}"
    else:
        depth = len(rest) - 1 if key != "contacts" else 0
        rule = schema.describe(inner_schema, inner_key, depth) or detail
        message = f"{label!r} must be {rule}, not {_short(value)}"
        if key == "contacts" and inner_key != "contacts":
            message = f"contact {_suffix(rest[1:2])}: " + message
    return _Located(message, section, index, key, item_id)


def _suffix(tokens: list[Any]) -> str:
    return "".join(f"[{t}]" if isinstance(t, int) else f".{t}" for t in tokens)


def parse_handout(doc: Mapping[str, Any], path: Path, text: str | None = None) -> Handout:
    """Validate a parsed document against `summarizer.schema` into the model; errors name
    the table, item and, when the text is known (given, or kept by a tomlkit document),
    the line and column to fix."""
    import msgspec

    from summarizer import schema

    if text is None:
        as_string = getattr(doc, "as_string", None)
        text = as_string() if callable(as_string) else ""
    plain = _plain(doc) if isinstance(doc, Mapping) else {}
    problems = list(_unknown_keys(plain))
    parsed = None
    try:
        parsed = msgspec.convert(plain, schema.HandoutFileSchema, strict=True)
    except msgspec.ValidationError as exc:
        # msgspec stops at the first wrong value: each table is read on its own too, so
        # a hand-edited file's mistakes are all named in one run (tester9 #17)
        # (an unknown key named already is what msgspec refused: not named twice)
        # a misspelt required key is named once, with its did-you-mean
        meant = {(p.section, p.index, m.group(1)) for p in problems
                 if (m := re.search(r"did you mean '(\w+)'", str(p)))}
        found, partial = _read_tables(plain, text)
        tables = [p for p in found if (p.section, p.index, _missing_key(p)) not in meant]
        problems += tables or ([] if problems else [_explain(exc, plain)])
        # the rules across fields too, of what could be read (a region "XX" is named in
        # the same run as a max_grade written as text)
        if partial.handout is not None:
            _canonical_spellings(partial.handout)
        problems += [_explain(p, plain) for p in schema.semantic_errors(partial)]
    if parsed is not None:
        _canonical_spellings(parsed.handout)
        problems += [_explain(p, plain) for p in schema.semantic_errors(parsed)]
    if problems:
        raise _locate_all(problems, text, path)
    assert parsed is not None
    return _to_model(parsed)


def _missing_key(problem: _Located) -> str:
    m = re.match(r"missing required key '(\w+)'", str(problem))
    return m.group(1) if m else ""


def _read_tables(plain: Mapping[str, Any], text: str = "",
                 ) -> tuple[list[_Located], schema.PartialFile]:
    """The wrong values of each table ([handout], each [[claims]] …), as msgspec names
    them when the table is read alone ([] when no table alone is wrong), in the order of
    the file `text` (as found: the table's header when a key is not), and what could be
    read: each table without its wrong values (schema.PartialFile)."""
    from summarizer import schema

    out: list[_Located] = []
    if "handout" not in plain:
        out.append(_Located("missing the [handout] table (id, title, region, locales)"))
    parts: list[tuple[str, Any, type[Any]]] = [
        ("$.handout", plain.get("handout"), schema.HandoutSchema)]
    unread: set[str] = set()
    for section, item_schema in schema.ITEM_TABLES.items():
        items = plain.get(section, [])
        if isinstance(items, list):
            parts += [(f"$.{section}[{i}]", t, item_schema) for i, t in enumerate(items)]
        else:
            out.append(_Located(f"{section!r} must be written as [[{section}]] tables",
                                section))
            unread.add(f"$.{section}")
    read: dict[str, Any] = {}
    for where, table, table_schema in parts:
        wrong, value, left_out = _read_table(where, table, table_schema, plain)
        out += wrong
        unread |= left_out
        if value is not None:
            read[where] = value
    out.sort(key=lambda p: (_position(text, p.section, p.index, p.key)
                            if text and p.section else None) or (0, 0))
    sections = {section: [read.get(f"$.{section}[{i}]") for i in range(len(items))]
                for section in schema.ITEM_TABLES
                if isinstance(items := plain.get(section, []), list)}
    # which [[sources]] exist, as written (a source unread for another reason still does)
    written = plain.get("sources", [])
    ids = (frozenset(t["id"] for t in written) if isinstance(written, list) and all(
        isinstance(t, Mapping) and isinstance(t.get("id"), str) for t in written) else None)
    partial = schema.PartialFile(
        read.get("$.handout"), sections.get("sources", []), sections.get("claims", []),
        sections.get("disclaimers", []), frozenset(unread), ids)
    return out, partial


def _read_table(where: str, table: Any, table_schema: type[Any], plain: Mapping[str, Any],
                ) -> tuple[list[_Located], Any, set[str]]:
    """One table read alone: its wrong values, the table read without them (None when it
    cannot be read at all; a missing or wrong required value is stood in for by
    schema.stand_in) and the paths left unread. Unknown keys are not named here
    (_unknown_keys names them)."""
    import msgspec

    from summarizer import schema

    if table is None:
        return [], None, set()
    if not isinstance(table, Mapping):
        if where == "$.handout":
            return [_Located("[handout] must be a table (id, title, region, locales)",
                             "handout")], None, set()
        return [_explain(msgspec.ValidationError(
            f"Expected `object`, got `{type(table).__name__}` - at `{where}`"), plain)], None, set()
    known = schema.field_names(table_schema)
    left = {k: v for k, v in table.items() if k in known}  # unknown keys: named already
    wrong: list[_Located] = []
    unread: set[str] = set()
    removed: set[str] = set()
    while True:
        try:
            return wrong, msgspec.convert(left, table_schema, strict=True), unread
        except msgspec.ValidationError as exc:
            raw = str(exc)
            m = re.match(r"(.*?)(?: - at `\$([^`]*)`)?$", raw, re.S)
            detail, rest = (m.group(1), m.group(2) or "") if m else (raw, "")
            if detail.startswith("Object contains unknown field"):
                return wrong, None, unread  # an unknown key: named already
            gone = re.match(r"Object missing required field `(\w+)`", detail)
            if not (gone and gone.group(1) in removed):  # a wrong value: named already
                wrong.append(_explain(
                    msgspec.ValidationError(f"{detail} - at `{where}{rest}`"), plain))
            if gone:  # a required key missing or wrong: the rest is still read
                try:
                    left[gone.group(1)] = schema.stand_in(table_schema, gone.group(1))
                except LookupError:
                    return wrong, None, unread
                unread.add(f"{where}.{gone.group(1)}")
                continue
            key = re.match(r"\.(\w+)", rest)
            if key is None or key.group(1) not in left:
                return wrong, None, unread  # the table itself: nothing more to read
            del left[key.group(1)]  # read the table's other keys too
            removed.add(key.group(1))
            unread.add(f"{where}.{key.group(1)}")


def _locate_all(problems: list[_Located], text: str, path: Path) -> HandoutError:
    """The first problem as the error (the editor's recovery mends it by its table and
    key), carrying every problem, each one line `FILE:LINE:COL: [table] #n: message`."""
    located = [_locate(p, text, path) for p in problems]
    first = located[0]
    first.problems = located
    return first


def _canonical_spellings(meta: schema.HandoutSchema) -> None:
    """Language codes read as BCP 47 spells them ("es_US" -> "es-US", "EN" -> "en"):
    earlier versions wrote underscores, and such a file must still open; the next save
    writes the canonical spelling. Codes that are not languages are left for the schema's
    errors to name."""
    from summarizer import schema

    source = schema.canonical_locale(meta.source_locale)
    if source is not None:
        meta.source_locale = source
    meta.locales = [schema.canonical_locale(t) or t for t in meta.locales]


def _locate(exc: _Located, text: str, path: Path) -> HandoutError:
    from summarizer import schema

    where = str(path)
    if exc.section:
        pos = _position(text, exc.section, exc.index, exc.key) if text else None
        if pos:
            where = f"{path}:{pos[0]}:{pos[1]}"
        table = (_section_name(exc.section) if exc.section in schema.TOP_LEVEL
                 else "")
        if table and exc.index is not None:
            table += f" #{exc.index + 1}"
        if exc.item_id:
            table += f" (id {exc.item_id!r})"
        if table:
            where += f": {table.strip()}"
    error = HandoutError(exc.message, where)
    error.section, error.index, error.key, error.item_id = (
        exc.section, exc.index, exc.key, exc.item_id)
    return error


def _to_model(doc: schema.HandoutFileSchema) -> Handout:
    import msgspec

    m = doc.handout
    locales = list(m.locales) or [m.source_locale]
    if m.source_locale not in locales:
        locales.insert(0, m.source_locale)
    meta = HandoutMeta(
        id=m.id, title=m.title, region=m.region.upper(), source_locale=m.source_locale,
        locales=locales, target_grade=float(m.target_grade), max_grade=float(m.max_grade),
        version=str(m.version), date=m.date, organization=m.organization, summary=m.summary,
    )
    handout = Handout(meta=meta)
    handout.sources = [SourceRef(**msgspec.structs.asdict(s)) for s in doc.sources]
    for c in doc.claims:
        values = msgspec.structs.asdict(c)
        values["span"] = Span(*c.span)
        handout.claims.append(Claim(**values))
    for d in doc.disclaimers:
        values = msgspec.structs.asdict(d)
        values["span"] = Span(*d.span)
        values["contacts"] = [_contact_model(c) for c in d.contacts]
        handout.disclaimers.append(Disclaimer(**values))
    return handout


def _contact_model(c: schema.ContactSchema) -> Contact:
    return Contact(number=c.number, display=c.display or c.number,
                   channels=tuple(c.channels) or ("call",), role=c.role, label=c.label,
                   serves=tuple(c.serves), region=c.region.upper(), extra=c.extra)


def _position(text: str, section: str, index: int | None, key: str) -> tuple[int, int] | None:
    """(line, column), 1-based, of `key`'s value in a table (the header when the key is
    absent); `index` picks the n-th [[section]], None means [section] or a bare key."""
    lines = text.splitlines()
    name = re.escape(section)
    header = re.compile(
        rf"^\s*\[\[\s*{name}\s*\]\]" if index is not None else rf"^\s*\[\[?\s*{name}\s*\]"
    )
    start, seen = None, -1
    for n, line in enumerate(lines):
        if header.match(line):
            seen += 1
            if index is None or seen == index:
                start = n
                break
    if start is None:
        bare = re.compile(rf"^\s*[\"']?{name}[\"']?\s*=")
        return next(((n + 1, 1) for n, line in enumerate(lines) if bare.match(line)), None)
    if key:
        assign = re.compile(rf"^(\s*[\"']?{re.escape(key)}[\"']?\s*=\s*)")
        for n in range(start + 1, len(lines)):
            if re.match(r"^\s*\[", lines[n]):
                break
            m = assign.match(lines[n])
            if m:
                return n + 1, m.end(1) + 1
    return start + 1, 1


_OPENED = re.compile(r"""^\s*[^=#\s][^=#]*=\s*(\"\"\"|'''|[\[{"'])""")


def _cut_short(lines: list[str], last: int) -> tuple[int, str]:
    """Where and what to say when the text ends inside a value. tomlkit names its
    end-of-file sentinel ('\\x00'), no character of the file, at the last line it read;
    the value was opened at the nearest `key = [` (or `{`, a quote) above it."""
    for n in range(min(last, len(lines)) - 1, -1, -1):
        m = _OPENED.match(lines[n])
        if m:
            opened = m.group(1)
            closer = {"[": "]", "{": "}"}.get(opened, opened)
            return n + 1, (f"the file ends inside the value opened with '{opened}' on this "
                           f"line: close it with '{closer}' (or the file was cut short)")
    return last, "the file ends inside a value left open (or the file was cut short)"


def parse_toml(text: str, where: str) -> tomlkit.TOMLDocument:
    import tomlkit
    import tomlkit.exceptions

    try:
        return tomlkit.parse(text)
    except tomlkit.exceptions.ParseError as exc:
        # tomlkit's message already ends with "at line L col C"; lead with the position.
        reason = re.sub(r"\s+at line \d+ col \d+$", "", str(exc))
        lines = text.splitlines()
        line = lines[exc.line - 1] if 0 < exc.line <= len(lines) else ""
        if reason.startswith("Control characters") and exc.col >= len(line):
            # tomlkit reads the end of a line inside a one-line string as a control
            # character; what the person typing did was leave the quote open
            reason = "a string is not closed: add its closing quote (\") on this line"
        elif reason in ("Unexpected character: '\\x00'", "Unexpected end of file"):
            row, reason = _cut_short(lines, exc.line)
            raise HandoutError(f"invalid TOML: {reason}", f"{where}:{row}:1") from None
        # tomlkit counts columns from 0; editors and every other message here from 1
        raise HandoutError(f"invalid TOML: {reason}", f"{where}:{exc.line}:{exc.col + 1}",
                           ) from None
    except tomlkit.exceptions.TOMLKitError as exc:
        # e.g. KeyAlreadyPresent (a key written twice in one table) carries no position;
        # the standard library's parser finds it.
        import tomllib

        pos = ""
        try:
            tomllib.loads(text)
        except tomllib.TOMLDecodeError as std:
            m = re.search(r"\(at line (\d+), column (\d+)\)", str(std))
            pos = f":{m.group(1)}:{m.group(2)}" if m else ""
        raise HandoutError(f"invalid TOML: {exc}", f"{where}{pos}") from None


# --------------------------------------------------------------------------- writing


def _span_value(span: Span) -> Any:
    import tomlkit

    arr = tomlkit.array()
    arr.extend([span.start, span.end])
    return arr


def _contact_value(c: Contact) -> dict[str, Any]:
    """A contact as written: number, display, channels and role always; the rest when set."""
    from summarizer import schema

    always = ("number", "display", "channels", "role")
    out: dict[str, Any] = {}
    for key in schema.field_names(schema.ContactSchema):
        value = getattr(c, key)
        value = list(value) if isinstance(value, tuple) else value
        if key in always or value:
            out[key] = value
    return out


def _values(obj: Any, table_schema: type[Any]) -> dict[str, Any]:
    """The model object's values for every key the schema declares, in schema order.

    A page of 0 means "not paged" and is left out of the file (None drops the key)."""
    from summarizer import schema

    out: dict[str, Any] = {}
    for key in schema.field_names(table_schema):
        value = getattr(obj, key)
        if key == "contacts":
            value = [_contact_value(c) for c in value]
        elif key == "page":
            value = value or None
        elif isinstance(value, tuple | list):
            value = list(value)
        out[key] = value
    return out


def _as_plain(value: Any) -> Any:
    if isinstance(value, Span):
        return [value.start, value.end]
    return value


def _toml_value(key: str, value: Any) -> Any:
    if isinstance(value, Span):
        return _span_value(value)
    if key == "contacts":
        import tomlkit

        arr = tomlkit.array()
        for c in value:
            inline = tomlkit.inline_table()
            inline.update(c)
            arr.append(inline)
        if len(value) > 1:
            arr.multiline(True)
        return arr
    return value


def _same(key: str, existing: Any, plain: Any) -> bool:
    """Equal as the model sees it, so a hand-written `version = 1` is not rewritten as "1"
    and a contact that leaves out its defaults is not rewritten with them."""
    import msgspec

    from summarizer import schema

    current = _plain(existing)
    if current == plain:
        return True
    if key == "version" and isinstance(current, int):
        return str(current) == plain
    if key == "contacts" and isinstance(current, list):
        try:
            parsed = msgspec.convert(current, list[schema.ContactSchema], strict=True)
        except msgspec.ValidationError:
            return False
        return [_contact_value(_contact_model(c)) for c in parsed] == plain
    return False


def _sync_table(table: Table | Any, values: Mapping[str, Any]) -> None:
    """Write only what changed, so untouched keys keep their comments and layout."""
    for key, value in values.items():
        plain = _as_plain(value)
        if plain is None:  # a value that means "absent" (page 0): drop the key
            if key in table:
                del table[key]
            continue
        if key not in table:
            if plain in ("", [], None):
                continue  # optional and empty: leave it out of the file
            table[key] = _toml_value(key, value)
        elif not _same(key, table[key], plain):
            table[key] = _toml_value(key, value)


def _sync_aot(doc: tomlkit.TOMLDocument, key: str, items: list[dict[str, Any]]) -> None:
    existing: list[Table] = list(doc[key]) if key in doc else []
    if [t.get("id") for t in existing] == [it["id"] for it in items]:
        for table, values in zip(existing, items, strict=True):
            _sync_table(table, values)
        return
    import tomlkit

    by_id = {str(t.get("id")): t for t in existing}
    aot = tomlkit.aot()
    for values in items:
        table = by_id.get(values["id"]) or tomlkit.table()
        _sync_table(table, values)
        aot.append(table)
    if items:
        doc[key] = aot
    elif key in doc:
        del doc[key]


def sync_document(doc: tomlkit.TOMLDocument, handout: Handout) -> None:
    """Bring `doc` in line with `handout`, touching as little as possible."""
    from summarizer import schema

    if "handout" not in doc:
        import tomlkit

        doc["handout"] = tomlkit.table()
    _sync_table(doc["handout"], _values(handout.meta, schema.HandoutSchema))
    _sync_aot(doc, "sources", [_values(s, schema.SourceSchema) for s in handout.sources])
    _sync_aot(doc, "claims", [_values(c, schema.ClaimSchema) for c in handout.claims])
    _sync_aot(doc, "disclaimers",
              [_values(d, schema.DisclaimerSchema) for d in handout.disclaimers])


# --------------------------------------------------------------------------- the document


def _digest(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _read_bytes(path: Path) -> bytes:
    """A regular file of sane size: a FIFO or /dev/zero named handout.toml must not hang
    or exhaust memory."""
    if path.is_dir():
        hint = path / HANDOUT_FILENAME
        if hint.exists() and not hint.is_file():  # a FIFO, device or folder: say that,
            path = hint  # not "did you mean" the very path that cannot be read
        else:
            raise HandoutError(
                f"is a folder; did you mean {hint}?" if hint.exists()
                else "is a folder, not a handout", str(path))
    try:
        return paths.read_regular(path, paths.MAX_HANDOUT_BYTES, "handout file")
    except paths.PathError as exc:
        message = "no such handout file" if exc.message == "no such file" else exc.message
        raise HandoutError(message, str(path)) from None


def _decode(data: bytes, path: Path) -> str:
    """UTF-8 text; a byte-order mark (Windows Notepad writes one) is not part of it."""
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise HandoutError(f"not UTF-8 text (bad byte at offset {exc.start})", str(path)) from None


@dataclass
class HandoutDocument:
    """A handout as the editor sees it: the model plus the file it came from."""

    path: Path
    handout: Handout
    _doc: tomlkit.TOMLDocument | None = field(default=None, repr=False)
    disk_digest: str | None = None  # sha256 of the bytes last read or written
    _loaded_text: str = field(default="", repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @property
    def doc(self) -> tomlkit.TOMLDocument:
        """The tomlkit document saves write into (it keeps comments and layout). Parsed
        from the loaded text on first use: the model comes from the standard library's
        faster parser, so opening the editor does not wait for it. Any thread may ask."""
        with self._lock:
            if self._doc is None:
                self._doc = parse_toml(self._loaded_text, str(self.path))
            return self._doc

    @doc.setter
    def doc(self, value: tomlkit.TOMLDocument) -> None:
        with self._lock:
            self._doc = value

    @property
    def base_dir(self) -> Path:
        return self.path.parent

    def dumps(self) -> str:
        sync_document(self.doc, self.handout)
        return self.doc.as_string()

    def is_dirty(self) -> bool:
        """True when saving would change the file (cheap enough for a status bar)."""
        return self.dumps() != self._loaded_text

    def changed_on_disk(self) -> bool:
        try:
            current = _digest(paths.read_regular(self.path, paths.MAX_HANDOUT_BYTES))
        except paths.PathError:
            if not self.path.exists():
                return self.disk_digest is not None
            return True  # replaced by something we will not read: not ours to overwrite
        return current != self.disk_digest

    def save(self, path: str | os.PathLike[str] | None = None, *, force: bool = False,
             travelled: Collection[str] = ()) -> Path:
        """Write atomically. Saving over a file changed behind our back needs `force`.
        Under another name, `travelled` names the sources copied beside the new file
        (summarizer.save_as): they keep their relative paths."""
        target = Path(path) if path is not None else self.path
        if target == self.path and not force and self.changed_on_disk():
            raise HandoutChangedError(
                "changed on disk since it was opened; reload it, or save with force "
                "(overwrite) or under another name",
                str(self.path),
            )
        if target != self.path:
            self._rebase_sources(target.parent, travelled)
        text = self.dumps()
        validate_text(text, target)
        atomic.write_text(target, text)
        self.path = target
        self.disk_digest = _digest(text.encode("utf-8"))
        self._loaded_text = text
        return target

    def _rebase_sources(self, new_dir: Path, travelled: Collection[str] = ()) -> None:
        """Keep relative source paths pointing at the same files after save-as (or at
        the copies that travelled with the handout)."""
        for ref in self.handout.sources:
            if ref.id in travelled:
                continue
            try:
                resolved = self.resolve_source_path(ref)
            except SourceError:
                continue  # not readable from here: keep what the file says
            if resolved is not None and not Path(ref.path).is_absolute():
                ref.path = os.path.relpath(resolved, new_dir.resolve())

    def reload(self) -> None:
        fresh = load_handout(self.path)
        with self._lock:
            self.handout, self._doc = fresh.handout, fresh._doc
            self.disk_digest, self._loaded_text = fresh.disk_digest, fresh._loaded_text

    def resolve_source_path(self, ref: SourceRef) -> Path | None:
        """The source's file, resolved; None when the handout names no file. SourceError
        when the file is outside the handout folder and every library folder
        (summarizer.paths): a stranger's handout cannot make us read any file."""
        if not ref.path:
            return None
        p = Path(ref.path)
        try:
            return paths.check_source(p if p.is_absolute() else self.base_dir / p,
                                      self.base_dir)
        except paths.PathError as exc:
            raise SourceError(f"source {ref.id!r} not read: {exc.message}",
                              f"{self.path}: {ref.path}") from None


def validate_text(text: str, where: str | os.PathLike[str]) -> Handout:
    """The schema's verdict on handout text about to be written: an editor or a command
    never writes a handout that summarizer would then refuse to open."""
    return parse_handout(parse_toml(text, str(where)), Path(where))


def load_handout(path: str | os.PathLike[str], *, kept: bool = False) -> HandoutDocument:
    """Read and validate a handout; a folder means the handout.toml inside it. `kept`
    (the editor's first screen): the same bytes validated before by the same code come
    from the user's cache (summarizer.handout_cache), and are kept there once valid."""
    p = Path(path)
    if p.is_dir() and (p / HANDOUT_FILENAME).is_file():
        p = p / HANDOUT_FILENAME
    data = _read_bytes(p)
    text = _decode(data, p)
    if kept:
        from summarizer import handout_cache

        found = handout_cache.read(p, data)
        if found is not None:
            return HandoutDocument(path=p, handout=found[0], disk_digest=found[1],
                                   _loaded_text=text)
    handout, digest = _parse_text(text, p), _digest(data)
    if kept:
        handout_cache.write(p, data, handout, digest)
    return HandoutDocument(path=p, handout=handout, disk_digest=digest,
                           _loaded_text=text)  # the tomlkit document: on first use


def _parse_text(text: str, path: Path) -> Handout:
    """The model from handout text by way of tomllib (a tenth of tomlkit's time); a
    syntax error is reported by tomlkit, in the words and position it always used."""
    import tomllib

    try:
        plain = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        parse_toml(text, str(path))  # raises HandoutError with tomlkit's position
        raise HandoutError(f"invalid TOML: {exc}", str(path)) from None
    return parse_handout(plain, path, text)


def loads_handout(text: str, path: str | os.PathLike[str] = HANDOUT_FILENAME) -> HandoutDocument:
    """Parse handout text that is not (yet) on disk, e.g. a recovery file."""
    p = Path(path)
    doc = parse_toml(text, str(p))
    return HandoutDocument(path=p, handout=parse_handout(doc, p), _doc=doc, disk_digest=None,
                           _loaded_text="")


_HEADER = """\
summarizer handout. Edit with `summarizer edit {name}` or by hand.
[[sources]]: the articles this handout cites; paths are relative to this file.
[[claims]]: what the handout says, each with the source sentence it comes from
  (source, span = character offsets, quote) and the editor's plain-language text.
[[disclaimers]]: crisis lines, regulatory, supervision and self-medication notices.
Translations live in locales/<lang>/LC_MESSAGES/handout.po beside this file."""


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:60].strip("-") or "handout"


def new_handout(
    directory: str | os.PathLike[str],
    sources: list[LoadedSource],
    *,
    title: str = "",
    handout_id: str = "",
    region: str = "US",
    locales: list[str] | None = None,
    target_grade: float = 8.0,
    source_ids: list[str] | None = None,
    overwrite: bool = False,
    write: bool = True,
) -> HandoutDocument:
    """Create `directory/handout.toml` with the sources registered and nothing chosen yet.

    With `write=False` nothing is created: the caller writes the document once it is
    complete (`summarizer new` builds the whole folder elsewhere and renames it in)."""
    from summarizer import schema

    folder = Path(directory)
    path = folder / HANDOUT_FILENAME
    if path.exists() and not overwrite:
        raise HandoutError("already exists; open it with `summarizer edit`", str(path))
    locales = list(locales or ["en"])
    if not title:  # the drug the sources are about, else the folder's name, readable
        from summarizer.handout_title import default_title

        title = default_title(folder.resolve().name, [src.text for src in sources])
    meta = HandoutMeta(id=handout_id or _slug(folder.resolve().name), title=title,
                       region=region.upper(), source_locale=locales[0], locales=locales,
                       target_grade=target_grade)
    if source_ids is None:
        from summarizer.sources.ids import make_source_id

        taken: set[str] = set()
        source_ids = []
        for src in sources:
            sid = make_source_id(src, taken)
            taken.add(sid)
            source_ids.append(sid)
    refs = [
        SourceRef(id=sid, path=os.path.relpath(Path(src.path).resolve(), folder.resolve()),
                  title=src.title, publisher=src.publisher,
                  published=src.published if schema.valid_iso_date(src.published) else "",
                  sha256=src.sha256)
        for sid, src in zip(source_ids, sources, strict=True)
    ]
    import shlex

    import tomlkit

    doc = tomlkit.document()
    for line in _HEADER.format(name=shlex.quote(str(path))).splitlines():
        doc.add(tomlkit.comment(line))
    doc.add(tomlkit.nl())
    handout = Handout(meta=meta, sources=refs)
    hdoc = HandoutDocument(path=path, handout=handout, _doc=doc)
    validate_text(hdoc.dumps(), path)  # a bad --id or --locale creates nothing
    if not write:
        return hdoc
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a file in the way, a read-only disk, no permission
        raise HandoutError(
            f"cannot create the folder: {exc.strerror or exc}", str(folder)
        ) from None
    try:
        hdoc.save(force=True)
    except OSError as exc:
        raise HandoutError(f"cannot write: {exc.strerror or exc}", str(path)) from None
    return hdoc
