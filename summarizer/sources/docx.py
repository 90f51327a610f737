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

from summarizer.errors import SourceError
from summarizer.sources.pdf import PagedText

MAX_UNCOMPRESSED = 50 * 1024 * 1024  # a zip bomb disguised as a leaflet stops here


def _blocks(document: object) -> Iterator[tuple[str, str]]:
    """(kind, text) in body order; kind is "heading<level>", "bullet", "number", "para" or
    "row"."""
    from docx.table import Table

    for item in document.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(item, Table):
            for row in item.rows:
                cells = [" ".join(c.text.split()) for c in row.cells]
                cells = [c for i, c in enumerate(cells) if c and c not in cells[:i]]
                if cells:
                    yield "row", " | ".join(cells)
            continue
        text = " ".join(item.text.replace("\u00a0", " ").split())
        if not text:
            continue
        style = (item.style.name if item.style is not None else "") or ""
        numbered = item._p.pPr is not None and item._p.pPr.numPr is not None
        if style.startswith("Title"):
            yield "heading1", text
        elif style.startswith("Heading"):
            level = style.removeprefix("Heading").strip()
            yield f"heading{min(int(level), 6) if level.isdigit() else 2}", text
        elif "Number" in style:
            yield "number", text
        elif "List" in style or numbered:
            yield "bullet", text
        else:
            yield "para", text


def read_docx(data: bytes, where: str) -> PagedText:
    """The document's text; SourceError (one line) when it is not a readable .docx."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if sum(i.file_size for i in zf.infolist()) > MAX_UNCOMPRESSED:
                raise SourceError("the Word file unpacks to more than 50 MB", where)
            if "word/document.xml" not in zf.namelist():
                raise SourceError("not a Word .docx file (no document inside)", where)
    except zipfile.BadZipFile:
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
    parts: list[str] = []
    counter = 0
    prev_kind = ""
    for kind, text in blocks:
        listy = kind in ("bullet", "number")
        if parts:
            parts.append("\n" if listy and prev_kind == kind else "\n\n")
        if kind == "number":
            counter = counter + 1 if prev_kind == "number" else 1
            text = f"{counter}. {text}"
        elif kind == "bullet":
            text = f"- {text}"
        elif kind.startswith("heading"):
            text = "#" * int(kind.removeprefix("heading")) + " " + text
        parts.append(text)
        prev_kind = kind
    body = "".join(parts)
    if not body.strip():
        raise SourceError("the Word file has no text", where)
    if not title:
        first = next((t for k, t in blocks if k.startswith("heading")), "")
        title = first or re.split(r"\n", body, maxsplit=1)[0][:200]
    return PagedText(text=body, pages=(), furniture=(), title=title[:200])
