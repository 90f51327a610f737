"""Word (.docx) files as plain text with their headings and lists kept.

A hospital's own leaflet is often a Word file. python-docx reads the body in order
(paragraphs and tables) and we write it as Markdown, which segmentation already
understands: a heading becomes "## Heading" (its level kept), list items become
"- item" or "1. item" lines so each item is its own block, table rows become
"cell | cell" paragraphs, and paragraphs are separated by a blank line. Only text is
read: no macros, no embedded objects, no external links are followed.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from summarizer.errors import SourceError
from summarizer.sources.pdf import PagedText

MAX_UNCOMPRESSED = 50 * 1024 * 1024  # a zip bomb disguised as a leaflet stops here


@dataclass(frozen=True, slots=True)
class _Block:
    kind: str  # "heading<level>", "bullet", "number", "para" or "row"
    text: str
    level: int = 0  # list nesting, 0 = top
    list_id: str = ""  # Word's numbering instance: numbers run on within one list


def _list_formats(document: object) -> dict[tuple[str, int], str]:
    """(numId, level) -> Word's number format ("bullet", "decimal", "lowerLetter", ...)."""
    from docx.oxml.ns import qn

    try:
        numbering = document.part.numbering_part.element  # type: ignore[attr-defined]
    except (KeyError, NotImplementedError, AttributeError):
        return {}  # a document without lists has no numbering part
    abstract = {a.get(qn("w:abstractNumId")): a for a in numbering.findall(qn("w:abstractNum"))}
    out: dict[tuple[str, int], str] = {}
    for num in numbering.findall(qn("w:num")):
        ref = num.find(qn("w:abstractNumId"))
        definition = abstract.get(ref.get(qn("w:val"))) if ref is not None else None
        if definition is None:
            continue
        for lvl in definition.findall(qn("w:lvl")):
            fmt = lvl.find(qn("w:numFmt"))
            level = lvl.get(qn("w:ilvl")) or "0"
            if fmt is not None and level.isdigit():
                out[(num.get(qn("w:numId")) or "", int(level))] = fmt.get(qn("w:val")) or ""
    return out


def _numbering(paragraph: object) -> tuple[str, int] | None:
    """(numId, level) from the paragraph, else from its style (Word's list buttons set the
    paragraph's own; the "List Number" style carries one)."""
    for holder in (paragraph._p, getattr(paragraph.style, "element", None)):  # type: ignore[attr-defined]
        ppr = getattr(holder, "pPr", None)
        num_pr = getattr(ppr, "numPr", None) if ppr is not None else None
        if num_pr is not None and num_pr.numId is not None:
            level = num_pr.ilvl.val if num_pr.ilvl is not None else 0
            return str(num_pr.numId.val), int(level)
    return None


def _blocks(document: object) -> Iterator[_Block]:
    """The body in order: headings, list items (bulleted or numbered, with their level),
    paragraphs and table rows."""
    from docx.table import Table

    formats = _list_formats(document)
    for item in document.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(item, Table):
            for row in item.rows:
                cells = [" ".join(c.text.split()) for c in row.cells]
                cells = [c for i, c in enumerate(cells) if c and c not in cells[:i]]
                if cells:
                    yield _Block("row", " | ".join(cells))
            continue
        text = " ".join(item.text.replace("\u00a0", " ").split())
        if not text:
            continue
        style = (item.style.name if item.style is not None else "") or ""
        if style.startswith("Title"):
            yield _Block("heading1", text)
            continue
        if style.startswith("Heading"):
            level = style.removeprefix("Heading").strip()
            yield _Block(f"heading{min(int(level), 6) if level.isdigit() else 2}", text)
            continue
        numbering = _numbering(item)
        if numbering is None and "List" not in style:
            yield _Block("para", text)
            continue
        list_id, level = numbering or ("", 0)
        fmt = formats.get((list_id, level), "")
        numbered = fmt not in ("", "bullet", "none") or (not fmt and "Number" in style)
        yield _Block("number" if numbered else "bullet", text, min(level, 8), list_id)


def _render(blocks: list[_Block]) -> str:
    """Markdown: "# heading", "- item" / "1. item" (nested items indented), paragraphs
    and rows separated by a blank line, the items of one list by a line break."""
    parts: list[str] = []
    counters: dict[tuple[str, int], int] = {}
    prev = ""
    for block in blocks:
        listy = block.kind in ("bullet", "number")
        if parts:
            parts.append("\n" if listy and prev in ("bullet", "number") else "\n\n")
        indent = "   " * block.level
        if block.kind == "number":
            key = (block.list_id or "style", block.level)
            counters[key] = counters.get(key, 0) + 1
            for deeper in [k for k in counters if k[0] == key[0] and k[1] > block.level]:
                del counters[deeper]  # a new parent item restarts its sub-list
            parts.append(f"{indent}{counters[key]}. {block.text}")
        elif block.kind == "bullet":
            parts.append(f"{indent}- {block.text}")
        elif block.kind.startswith("heading"):
            parts.append("#" * int(block.kind.removeprefix("heading")) + " " + block.text)
        else:
            parts.append(block.text)
        prev = block.kind
    return "".join(parts)


def read_docx(data: bytes, where: str) -> PagedText:
    """The document's text; SourceError (one line) when it is not a readable .docx."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if sum(i.file_size for i in zf.infolist()) > MAX_UNCOMPRESSED:
                raise SourceError("the Word file unpacks to more than 50 MB", where)
            if "word/document.xml" not in zf.namelist():
                raise SourceError("not a Word .docx file (no document inside)", where)
    except (zipfile.BadZipFile, NotImplementedError, ValueError, OSError, EOFError):
        raise SourceError("not a Word .docx file (damaged, or an old .doc: save it "
                          "as .docx)", where) from None
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        blocks = list(_blocks(document))
        title = (document.core_properties.title or "").strip()
    except SourceError:
        raise
    except Exception:  # python-docx raises many kinds on malformed XML
        raise SourceError("not a readable Word .docx file", where) from None
    body = _render(blocks)
    if not body.strip():
        raise SourceError("the Word file has no text", where)
    if not title:
        first = next((b.text for b in blocks if b.kind.startswith("heading")), "")
        title = first or re.split(r"\n", body, maxsplit=1)[0][:200]
    return PagedText(text=body, pages=(), furniture=(), title=title[:200])
