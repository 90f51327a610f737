"""The handout file (`handout.toml`): load, validate, edit, save without losing a byte.

The file is the editor's document, so it is kept as a tomlkit document and the model
is synced *into* it on save: keys whose values did not change are not touched, which
keeps comments, ordering and formatting. An unchanged handout saves byte-identically.
Saves are atomic and refuse to overwrite a file that changed on disk since it was
read (a colleague's `git pull`, another editor) unless forced.
"""

from __future__ import annotations

import difflib
import hashlib
import os
import re
import shlex
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomlkit
import tomlkit.exceptions
from tomlkit.items import AoT, Table

from summarizer import atomic
from summarizer.errors import HandoutError
from summarizer.model import (
    DISCLAIMER_KINDS,
    EVIDENCE_KINDS,
    SECTIONS,
    Claim,
    Contact,
    Disclaimer,
    Handout,
    HandoutMeta,
    LoadedSource,
    SourceRef,
    Span,
)

HANDOUT_FILENAME = "handout.toml"


class HandoutChangedError(HandoutError):
    """The file on disk is not the one we loaded: saving would drop someone's work."""


class FieldError(HandoutError):
    """A bad or missing key; `key` lets the loader point at its line and column."""

    def __init__(self, message: str, where: str = "", key: str = "") -> None:
        super().__init__(message, where)
        self.key = key


TOP_LEVEL = ("handout", "sources", "claims", "disclaimers")


# --------------------------------------------------------------------------- reading


def _where(path: Path, section: str, index: int | None = None, item_id: str = "") -> str:
    loc = f"{path}: [{section}]" if index is None else f"{path}: [[{section}]] #{index + 1}"
    return f"{loc} (id {item_id!r})" if item_id else loc


def _get(table: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str,
         default: Any = ..., ) -> Any:
    if key not in table:
        if default is ...:
            raise FieldError(f"missing required key {key!r}", where, key)
        return default
    value = _plain(table[key])
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise FieldError(f"{key!r} must be a {names}, not {value!r}", where, key)
    return value


def _plain(value: Any) -> Any:
    return value.unwrap() if hasattr(value, "unwrap") else value


def _span(table: Mapping[str, Any], where: str) -> Span:
    raw = _get(table, "span", list, where)
    if len(raw) != 2 or not all(isinstance(v, int) and not isinstance(v, bool) for v in raw):
        raise FieldError(f"'span' must be [start, end] in characters, not {raw!r}", where, "span")
    try:
        return Span(raw[0], raw[1])
    except ValueError as exc:
        raise FieldError(str(exc), where, "span") from None


def _str_list(table: Mapping[str, Any], key: str, where: str) -> list[str]:
    values = _get(table, key, list, where, [])
    if not all(isinstance(v, str) for v in values):
        raise FieldError(f"{key!r} must be a list of strings", where, key)
    return list(values)


def _choice(value: str, choices: Iterable[str], key: str, where: str) -> str:
    choices = tuple(choices)
    if value not in choices:
        raise FieldError(
            f"{key!r} is {value!r}; expected one of {', '.join(choices)}", where, key
        )
    return value


def _meta(table: Mapping[str, Any], where: str) -> HandoutMeta:
    locales = _str_list(table, "locales", where) or ["en"]
    meta = HandoutMeta(
        id=_get(table, "id", str, where),
        title=_get(table, "title", str, where),
        region=_get(table, "region", str, where, "US").upper(),
        source_locale=_get(table, "source_locale", str, where, "en"),
        locales=locales,
        target_grade=_get(table, "target_grade", float, where, 8.0),
        max_grade=_get(table, "max_grade", float, where, 10.0),
        version=str(_get(table, "version", (str, int), where, "1")),
        date=str(_get(table, "date", str, where, "")),
        organization=_get(table, "organization", str, where, ""),
        summary=_get(table, "summary", str, where, ""),
    )
    if not re.fullmatch(r"[A-Z]{2}", meta.region):
        raise FieldError(
            f"'region' must be a two-letter country code, not {meta.region!r}", where, "region"
        )
    if meta.source_locale not in meta.locales:
        meta.locales.insert(0, meta.source_locale)
    return meta


def _contact(raw: Any, where: str) -> Contact:
    if not isinstance(raw, Mapping):
        raise FieldError(f"each contact must be a table, not {raw!r}", where, "contacts")
    return Contact(
        number=_get(raw, "number", str, where),
        display=_get(raw, "display", str, where, "") or _get(raw, "number", str, where),
        channels=tuple(_str_list(raw, "channels", where) or ["call"]),
        role=_get(raw, "role", str, where, "crisis"),
        label=_get(raw, "label", str, where, ""),
        serves=tuple(_str_list(raw, "serves", where)),
        region=_get(raw, "region", str, where, ""),
        extra=_get(raw, "extra", str, where, ""),
    )


def parse_handout(doc: Mapping[str, Any], path: Path) -> Handout:
    """Validate a parsed document into the model; errors name the table, item and, when
    the document is a tomlkit one (it keeps its text), the line and column to fix."""
    text = doc.as_string() if isinstance(doc, tomlkit.TOMLDocument) else ""
    for key in doc:
        if key not in TOP_LEVEL:
            # a misspelt [[claims]] would otherwise drop the editor's claims silently
            guess = difflib.get_close_matches(key, TOP_LEVEL, n=1)
            hint = (
                f"; did you mean [[{guess[0]}]]?" if guess else f"; expected {', '.join(TOP_LEVEL)}"
            )
            pos = _position(text, key, None, "") if text else None
            where = f"{path}:{pos[0]}:{pos[1]}" if pos else str(path)
            raise HandoutError(f"unknown table or key {key!r}{hint}", where)
    try:
        return _parse_handout(doc, path)
    except FieldError as exc:
        m = re.search(r"\[\[(\w+)\]\] #(\d+)|\[(handout)\]", exc.where)
        pos = None
        if text and m:
            section = m.group(1) or m.group(3)
            index = int(m.group(2)) - 1 if m.group(2) else None
            pos = _position(text, section, index, exc.key)
        if pos and exc.where.startswith(f"{path}: "):
            exc.where = f"{path}:{pos[0]}:{pos[1]}: " + exc.where[len(f"{path}: "):]
        raise


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


def _parse_handout(doc: Mapping[str, Any], path: Path) -> Handout:
    if "handout" not in doc or not isinstance(doc["handout"], Mapping):
        raise HandoutError("missing the [handout] table (id, title, region, locales)", str(path))
    handout = Handout(meta=_meta(doc["handout"], _where(path, "handout")))
    seen: set[str] = set()

    def unique(item_id: str, where: str) -> str:
        if item_id in seen:
            raise FieldError(f"id {item_id!r} is used twice", where, "id")
        seen.add(item_id)
        return item_id

    for i, t in enumerate(_aot(doc, "sources", path)):
        w = _where(path, "sources", i, str(t.get("id", "")))
        handout.sources.append(SourceRef(
            id=unique(_get(t, "id", str, w), w),
            path=_get(t, "path", str, w, ""),
            title=_get(t, "title", str, w, ""),
            publisher=_get(t, "publisher", str, w, ""),
            published=str(_get(t, "published", str, w, "")),
            url=_get(t, "url", str, w, ""),
            sha256=_get(t, "sha256", str, w, ""),
            origin=_get(t, "origin", str, w, ""),
            retrieved=str(_get(t, "retrieved", str, w, "")),
        ))
    source_ids = {s.id for s in handout.sources}

    def source_of(t: Mapping[str, Any], w: str) -> str:
        sid = _get(t, "source", str, w)
        if sid not in source_ids:
            raise FieldError(f"source {sid!r} is not one of the [[sources]]", w, "source")
        return sid

    for i, t in enumerate(_aot(doc, "claims", path)):
        w = _where(path, "claims", i, str(t.get("id", "")))
        handout.claims.append(Claim(
            id=unique(_get(t, "id", str, w), w),
            section=_choice(_get(t, "section", str, w, "benefits"), SECTIONS, "section", w),
            source=source_of(t, w),
            span=_span(t, w),
            quote=_get(t, "quote", str, w),
            evidence=_choice(_get(t, "evidence", str, w), EVIDENCE_KINDS, "evidence", w),
            text=_get(t, "text", str, w, ""),
            flags=_str_list(t, "flags", w),
            evidence_reason=_get(t, "evidence_reason", str, w, ""),
            page=_get(t, "page", int, w, 0),
        ))
    for i, t in enumerate(_aot(doc, "disclaimers", path)):
        w = _where(path, "disclaimers", i, str(t.get("id", "")))
        contacts = _get(t, "contacts", list, w, [])
        handout.disclaimers.append(Disclaimer(
            id=unique(_get(t, "id", str, w), w),
            kind=_choice(_get(t, "kind", str, w), DISCLAIMER_KINDS, "kind", w),
            source=source_of(t, w),
            span=_span(t, w),
            quote=_get(t, "quote", str, w),
            text=_get(t, "text", str, w, ""),
            contacts=[_contact(c, w) for c in contacts],
            regulator=_get(t, "regulator", str, w, ""),
            page=_get(t, "page", int, w, 0),
        ))
    return handout


def _aot(doc: Mapping[str, Any], key: str, path: Path) -> list[Mapping[str, Any]]:
    value = doc.get(key, [])
    items = list(value) if isinstance(value, AoT | list) else None
    if items is None or not all(isinstance(t, Mapping) for t in items):
        raise HandoutError(f"{key!r} must be written as [[{key}]] tables", str(path))
    return items


def parse_toml(text: str, where: str) -> tomlkit.TOMLDocument:
    try:
        return tomlkit.parse(text)
    except tomlkit.exceptions.ParseError as exc:
        # tomlkit's message already ends with "at line L col C"; lead with the position.
        reason = re.sub(r"\s+at line \d+ col \d+$", "", str(exc))
        raise HandoutError(f"invalid TOML: {reason}", f"{where}:{exc.line}:{exc.col}") from None
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
    arr = tomlkit.array()
    arr.extend([span.start, span.end])
    return arr


def _contact_value(c: Contact) -> dict[str, Any]:
    out: dict[str, Any] = {"number": c.number, "display": c.display, "channels": list(c.channels),
                           "role": c.role}
    for key in ("label", "serves", "region", "extra"):
        value = getattr(c, key)
        if value:
            out[key] = list(value) if isinstance(value, tuple) else value
    return out


def _meta_values(m: HandoutMeta) -> dict[str, Any]:
    return {
        "id": m.id, "title": m.title, "summary": m.summary, "region": m.region,
        "source_locale": m.source_locale, "locales": list(m.locales),
        "target_grade": m.target_grade, "max_grade": m.max_grade, "version": m.version,
        "date": m.date, "organization": m.organization,
    }


def _source_values(s: SourceRef) -> dict[str, Any]:
    return {"id": s.id, "path": s.path, "title": s.title, "publisher": s.publisher,
            "published": s.published, "url": s.url, "sha256": s.sha256,
            "origin": s.origin, "retrieved": s.retrieved}


def _claim_values(c: Claim) -> dict[str, Any]:
    return {"id": c.id, "section": c.section, "source": c.source, "span": c.span,
            "quote": c.quote, "evidence": c.evidence, "text": c.text, "flags": list(c.flags),
            "evidence_reason": c.evidence_reason, "page": c.page or None}


def _disclaimer_values(d: Disclaimer) -> dict[str, Any]:
    return {"id": d.id, "kind": d.kind, "source": d.source, "span": d.span, "quote": d.quote,
            "text": d.text, "regulator": d.regulator,
            "contacts": [_contact_value(c) for c in d.contacts], "page": d.page or None}


def _as_plain(value: Any) -> Any:
    if isinstance(value, Span):
        return [value.start, value.end]
    return value


def _toml_value(key: str, value: Any) -> Any:
    if isinstance(value, Span):
        return _span_value(value)
    if key == "contacts":
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
    """Equal as the model sees it, so a hand-written `version = 1` is not rewritten as "1"."""
    current = _plain(existing)
    if current == plain:
        return True
    if key == "version" and isinstance(current, int):
        return str(current) == plain
    if key == "contacts" and isinstance(current, list):
        try:
            return [_contact_value(_contact(c, "")) for c in current] == plain
        except HandoutError:
            return False
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
    if "handout" not in doc:
        doc["handout"] = tomlkit.table()
    _sync_table(doc["handout"], _meta_values(handout.meta))
    _sync_aot(doc, "sources", [_source_values(s) for s in handout.sources])
    _sync_aot(doc, "claims", [_claim_values(c) for c in handout.claims])
    _sync_aot(doc, "disclaimers", [_disclaimer_values(d) for d in handout.disclaimers])


# --------------------------------------------------------------------------- the document


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise HandoutError("no such handout file", str(path)) from None
    except IsADirectoryError:
        hint = path / HANDOUT_FILENAME
        raise HandoutError(
            f"is a folder; did you mean {hint}?" if hint.exists() else "is a folder, not a handout",
            str(path),
        ) from None
    except OSError as exc:
        raise HandoutError(exc.strerror or str(exc), str(path)) from None


def _decode(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HandoutError(f"not UTF-8 text (bad byte at offset {exc.start})", str(path)) from None


@dataclass
class HandoutDocument:
    """A handout as the editor sees it: the model plus the file it came from."""

    path: Path
    handout: Handout
    doc: tomlkit.TOMLDocument
    disk_digest: str | None = None  # sha256 of the bytes last read or written
    _loaded_text: str = field(default="", repr=False)

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
            current = _digest(self.path.read_bytes())
        except FileNotFoundError:
            return self.disk_digest is not None
        return current != self.disk_digest

    def save(self, path: str | os.PathLike[str] | None = None, *, force: bool = False) -> Path:
        """Write atomically. Saving over a file changed behind our back needs `force`."""
        target = Path(path) if path is not None else self.path
        if target == self.path and not force and self.changed_on_disk():
            raise HandoutChangedError(
                "changed on disk since it was opened; reload it, or save with force "
                "(overwrite) or under another name",
                str(self.path),
            )
        text = self.dumps()
        atomic.write_text(target, text)
        if target != self.path:
            self._rebase_sources(target.parent)
            text = self.dumps()
            atomic.write_text(target, text)
        self.path = target
        self.disk_digest = _digest(text.encode("utf-8"))
        self._loaded_text = text
        return target

    def _rebase_sources(self, new_dir: Path) -> None:
        """Keep relative source paths pointing at the same files after save-as."""
        for ref in self.handout.sources:
            resolved = self.resolve_source_path(ref)
            if resolved is not None and not Path(ref.path).is_absolute():
                ref.path = os.path.relpath(resolved, new_dir.resolve())

    def reload(self) -> None:
        fresh = load_handout(self.path)
        self.handout, self.doc = fresh.handout, fresh.doc
        self.disk_digest, self._loaded_text = fresh.disk_digest, fresh._loaded_text

    def resolve_source_path(self, ref: SourceRef) -> Path | None:
        if not ref.path:
            return None
        p = Path(ref.path)
        return (p if p.is_absolute() else self.base_dir / p).resolve()


def load_handout(path: str | os.PathLike[str]) -> HandoutDocument:
    """Read and validate a handout; a folder means the handout.toml inside it."""
    p = Path(path)
    if p.is_dir() and (p / HANDOUT_FILENAME).is_file():
        p = p / HANDOUT_FILENAME
    data = _read_bytes(p)
    text = _decode(data, p)
    doc = parse_toml(text, str(p))
    handout = parse_handout(doc, p)
    return HandoutDocument(path=p, handout=handout, doc=doc, disk_digest=_digest(data),
                           _loaded_text=text)


def loads_handout(text: str, path: str | os.PathLike[str] = HANDOUT_FILENAME) -> HandoutDocument:
    """Parse handout text that is not (yet) on disk, e.g. a recovery file."""
    p = Path(path)
    doc = parse_toml(text, str(p))
    return HandoutDocument(path=p, handout=parse_handout(doc, p), doc=doc, disk_digest=None,
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
    return slug[:60] or "handout"


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
) -> HandoutDocument:
    """Create `directory/handout.toml` with the sources registered and nothing chosen yet."""
    folder = Path(directory)
    path = folder / HANDOUT_FILENAME
    if path.exists() and not overwrite:
        raise HandoutError("already exists; open it with `summarizer edit`", str(path))
    locales = list(locales or ["en"])
    title = title or folder.resolve().name.replace("-", " ").replace("_", " ").capitalize()
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
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a file in the way, a read-only disk, no permission
        raise HandoutError(
            f"cannot create the folder: {exc.strerror or exc}", str(folder)
        ) from None
    refs = [
        SourceRef(id=sid, path=os.path.relpath(Path(src.path).resolve(), folder.resolve()),
                  title=src.title, publisher=src.publisher, published=src.published,
                  sha256=src.sha256)
        for sid, src in zip(source_ids, sources, strict=True)
    ]
    doc = tomlkit.document()
    for line in _HEADER.format(name=shlex.quote(str(path))).splitlines():
        doc.add(tomlkit.comment(line))
    doc.add(tomlkit.nl())
    handout = Handout(meta=meta, sources=refs)
    hdoc = HandoutDocument(path=path, handout=handout, doc=doc)
    try:
        hdoc.save(force=True)
    except OSError as exc:
        raise HandoutError(f"cannot write: {exc.strerror or exc}", str(path)) from None
    return hdoc
