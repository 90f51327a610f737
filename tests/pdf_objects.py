"""Test helper: the text objects of a PDF page with the marked content they sit in, as
PDFium reads them.

The PDF/UA tests check which text lies inside which marked-content sequence: "Page 2 of
3" inside /Artifact, an English title inside the structure element with MCID 37. PDFium
decodes the text as a reader's extraction does, independently of summarizer.pdf_ua's own
reading of the content streams. pypdfium2's raw API is used because its helpers do not
expose marks.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TextObject:
    """One text object of a page: its marked-content names (innermost last), the MCID of
    the sequence that tags it (-1: none), its text and its box in PDF points."""

    marks: tuple[str, ...]
    mcid: int
    text: str
    box: tuple[float, float, float, float]  # left, bottom, right, top

    @property
    def artifact(self) -> bool:
        return "Artifact" in self.marks


def _wide(buf: ctypes.Array, size_bytes: int) -> str:  # type: ignore[type-arg]
    return bytes(buf)[:max(size_bytes - 2, 0)].decode("utf-16-le", "replace")


def _mark_names(raw: object, obj: object) -> tuple[str, ...]:
    c = raw
    names: list[str] = []
    for i in range(c.FPDFPageObj_CountMarks(obj)):  # type: ignore[attr-defined]
        mark = c.FPDFPageObj_GetMark(obj, i)  # type: ignore[attr-defined]
        size = ctypes.c_ulong()
        c.FPDFPageObjMark_GetName(mark, None, 0, ctypes.byref(size))  # type: ignore[attr-defined]
        buf = (c.FPDF_WCHAR * max(size.value // 2, 1))()  # type: ignore[attr-defined]
        c.FPDFPageObjMark_GetName(mark, buf, size.value, ctypes.byref(size))  # type: ignore[attr-defined]
        names.append(_wide(buf, size.value))
    return tuple(names)


def page_text_objects(data: bytes) -> list[list[TextObject]]:
    """Every text object of every page, in content-stream order."""
    import pypdfium2
    import pypdfium2.raw as c

    doc = pypdfium2.PdfDocument(data)
    pages: list[list[TextObject]] = []
    try:
        for page in doc:
            textpage = page.get_textpage()
            found: list[TextObject] = []
            for i in range(c.FPDFPage_CountObjects(page.raw)):
                obj = c.FPDFPage_GetObject(page.raw, i)
                if c.FPDFPageObj_GetType(obj) != c.FPDF_PAGEOBJ_TEXT:
                    continue
                size = c.FPDFTextObj_GetText(obj, textpage.raw, None, 0)
                buf = (c.FPDF_WCHAR * max(size // 2, 1))()
                c.FPDFTextObj_GetText(obj, textpage.raw, buf, size)
                edges = [ctypes.c_float() for _ in range(4)]
                c.FPDFPageObj_GetBounds(obj, *(ctypes.byref(e) for e in edges))
                found.append(TextObject(_mark_names(c, obj), c.FPDFPageObj_GetMarkedContentID(obj),
                                        _wide(buf, size), tuple(e.value for e in edges)))
            pages.append(found)
            textpage.close()
            page.close()
    finally:
        doc.close()
    return pages
