"""PDF articles as text in reading order, with pages and furniture marked.

Library: pypdfium2 (PDFium, the engine in Chrome). Measured on a 15-page two-column
A4 PDF built with WeasyPrint: PDFium extracts every page's text and line boxes in
0.03 s, pdfminer.six's layout analysis takes 1.2 s (40x) and pads justified lines with
runs of spaces; a 30-page PDF would spend the whole 2 s budget of `claims` in pdfminer
alone. PDFium gives each text line's box, which is all reading order needs:

* columns are found from the left edges many lines share; a line that fits inside one
  column belongs to it, a line across a column boundary (a title, a wide caption)
  closes the band above it; each band is read column by column, top to bottom (two or
  three columns alike; indents and hanging bullets do not make a column);
* lines join into paragraphs by spacing (a gap wider than the document's usual gap
  between lines, so double spacing is not read as a paragraph per line, or a taller
  line such as a heading, starts a new one); a paragraph that continues into the
  next column or page is kept whole;
* a word hyphenated at a line end is rejoined, using the document's own words to tell
  "treat-ment" (one word) from "self-medication" (a real hyphen: the compound, or its
  halves in other compounds, appear elsewhere); without evidence a split is a split;
* running heads, footers and page numbers (top or bottom lines that repeat across
  pages once digits are ignored, or that are only a page number) are kept in the text
  but listed as furniture, so analysis masks them as boilerplate, and moved past the
  paragraph that straddles the page break so they do not split its sentences;
* `pages` records where each page's text starts, so every quote keeps its page.

Only the text is read: no JavaScript, forms or embedded files are touched.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from statistics import median

from summarizer.errors import SourceError

MAX_PAGES = 2000
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl",
                            "ﬅ": "st", "ﬆ": "st", "\u00a0": " ", "\u2009": " "})
_CONTROL = re.compile(r"[\x00-\x01\x03-\x08\x0b-\x1f\x7f\ufffe\uffff]")
_HYPHENS = ("-", "\u2010", "\u00ad", "\x02")
_PAGE_NUMBER = re.compile(
    r"^\s*(?:(?:page|p\.|pág(?:ina)?\.?|seite)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?"
    r"(?:\s*(?:of|/|de|von)\s*\d{1,4})?\s*$",
    re.I,
)
_TERMINAL = re.compile(r"[.!?…:][\"”’')\]]*$")
_WORD = re.compile(r"[^\W\d_]+(?:[-\u2010][^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class PagedText:
    """What the loader needs from a paged document."""

    text: str
    pages: tuple[int, ...]  # offset where each page's text starts
    furniture: tuple[tuple[int, int], ...]
    title: str = ""
    published: str = ""


@dataclass(slots=True)
class _Line:
    page: int
    left: float
    bottom: float
    right: float
    top: float
    text: str
    furniture: bool = False
    column: int = 0  # 0 spans the page, 1 left, 2 right
    full: bool = False  # reaches its column's right edge: the paragraph goes on

    @property
    def height(self) -> float:
        return self.top - self.bottom


@dataclass(slots=True)
class _Builder:
    parts: list[str] = field(default_factory=list)
    length: int = 0
    furniture: list[tuple[int, int]] = field(default_factory=list)
    page_starts: dict[int, int] = field(default_factory=dict)

    def add(self, s: str) -> int:
        start = self.length
        self.parts.append(s)
        self.length += len(s)
        return start


def _clean(s: str) -> str:
    s = unicodedata.normalize("NFC", s.translate(_LIGATURES))
    s = _CONTROL.sub("", s.replace("\r", " ").replace("\n", " "))
    return " ".join(s.split()) if "  " in s or "\t" in s else s.strip()


def _page_lines(page: object, index: int) -> tuple[list[_Line], float]:
    """Text lines of one page with their boxes (PDF units, origin bottom left)."""
    textpage = page.get_textpage()  # type: ignore[attr-defined]
    try:
        width = float(page.get_width())  # type: ignore[attr-defined]
        lines: list[_Line] = []
        for i in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(i)
            raw = textpage.get_text_bounded(left, bottom, right, top)
            text = _clean(raw)
            if text:
                lines.append(_Line(index, left, bottom, right, top, text))
    finally:
        textpage.close()
    return _merge_same_line(lines), width


def _merge_same_line(lines: list[_Line]) -> list[_Line]:
    """PDFium may cut one visual line in pieces (a bullet and its text, wide justified
    gaps): pieces whose vertical middles fall inside each other's box form a row, and
    neighbours in a row that nearly touch are glued left to right. Pieces far apart
    (two columns side by side) stay separate lines."""
    lines.sort(key=lambda ln: -ln.top)
    rows: list[list[_Line]] = []
    for ln in lines:
        middle = (ln.top + ln.bottom) / 2
        row = rows[-1] if rows else None
        if row is not None and any(
            r.bottom <= middle <= r.top or ln.bottom <= (r.top + r.bottom) / 2 <= ln.top
            for r in row
        ):
            row.append(ln)
        else:
            rows.append([ln])
    out: list[_Line] = []
    for row in rows:
        row.sort(key=lambda ln: ln.left)
        current = row[0]
        for ln in row[1:]:
            if 0 <= ln.left - current.right < 0.8 * max(current.height, ln.height, 1):
                current.text = f"{current.text} {ln.text}"
                current.right = ln.right
                current.top = max(current.top, ln.top)
                current.bottom = min(current.bottom, ln.bottom)
            else:
                out.append(current)
                current = ln
        out.append(current)
    out.sort(key=lambda ln: (-ln.top, ln.left))
    return out


def _furniture_key(ln: _Line) -> tuple[str, int]:
    """Text with digits ignored, and height on the page: a running head or footer is
    the same line at the same place on every page."""
    return " ".join(re.sub(r"\d+", "0", ln.text.lower()).split()), round(ln.top / 6)


def _mark_furniture(pages: list[list[_Line]]) -> None:
    """Running heads, footers and page numbers: edge lines repeated across pages."""
    edges: list[list[_Line]] = []
    for lines in pages:
        by_y = sorted(lines, key=lambda ln: -ln.top)
        edges.append(by_y[:2] + by_y[-2:] if len(by_y) > 4 else by_y)
    counts: Counter[tuple[str, int]] = Counter()
    for edge in edges:
        counts.update({_furniture_key(ln) for ln in edge})
    need = max(2, round(0.3 * len(pages)))
    for edge, lines in zip(edges, pages, strict=True):
        by_y = sorted(lines, key=lambda ln: -ln.top)
        for ln in edge:
            if len(ln.text.split()) > 15:
                continue
            outermost = ln is by_y[0] or ln is by_y[-1]
            if counts[_furniture_key(ln)] >= need or (
                outermost and _PAGE_NUMBER.match(ln.text)
            ):
                ln.furniture = True


def _column_starts(lines: list[_Line], width: float) -> list[float]:
    """Left edges that many lines share: where each column starts (one start = one column).
    A start counts when at least three lines, and a tenth of the page's lines, begin there."""
    lefts = sorted(ln.left for ln in lines)
    groups: list[list[float]] = []
    for x in lefts:
        if groups and x - groups[-1][-1] <= width * 0.01:
            groups[-1].append(x)
        else:
            groups.append([x])
    need = max(3, len(lines) // 10)
    return [g[0] for g in groups if len(g) >= need]


def _reading_order(lines: list[_Line], width: float) -> list[_Line]:
    """Body lines in reading order. Each line that fits between one column start and the
    next is in that column; a line across a column boundary (a title, a wide figure
    caption) closes the band above it. Each band is read column by column, top down."""
    starts = _column_starts(lines, width)
    slack = width * 0.01
    for ln in lines:
        ln.column = 0
        for k, start in enumerate(starts):
            end = starts[k + 1] if k + 1 < len(starts) else width + slack
            if start - slack <= ln.left and ln.right <= end + slack and ln.left < end:
                ln.column = k + 1
                break
    used = Counter(ln.column for ln in lines if ln.column)
    if len([k for k, n in used.items() if n >= 3]) < 2:  # one column, whatever the indents
        for ln in lines:
            ln.column = 0
        return sorted(lines, key=lambda ln: (-ln.top, ln.left))
    ordered: list[_Line] = []
    band: list[_Line] = []
    for ln in sorted(lines, key=lambda ln: (-ln.top, ln.left)):
        if ln.column == 0:
            ordered += sorted(band, key=lambda b: (b.column, -b.top, b.left))
            band = []
            ordered.append(ln)
        else:
            band.append(ln)
    ordered += sorted(band, key=lambda b: (b.column, -b.top, b.left))
    return ordered


@dataclass(slots=True)
class _Vocabulary:
    """The document's own words: evidence for how a word split at a line end joins."""

    words: set[str] = field(default_factory=set)  # every word and compound, lower case
    lefts: set[str] = field(default_factory=set)  # "self" from "self-medication"
    rights: set[str] = field(default_factory=set)  # "medication" from "self-medication"


def _vocabulary(pages: list[list[_Line]]) -> _Vocabulary:
    vocab = _Vocabulary()
    for lines in pages:
        for ln in lines:
            for w in _WORD.findall(ln.text):
                w = w.lower().replace("\u2010", "-")
                vocab.words.add(w)
                if "-" in w:
                    parts = w.split("-")
                    vocab.lefts.update(parts[:-1])
                    vocab.rights.update(parts[1:])
    return vocab


def _join_hyphen(prev: str, nxt: str, vocab: _Vocabulary) -> str | None:
    """The glue for a line ending in a hyphen: "" (one word split) or "-" (a real
    hyphen, kept, with no space); None when the line does not end in a hyphen at all.

    A typesetter's own hyphen (U+2010 as WeasyPrint sets it, a soft hyphen) splits a
    word unless the document writes that compound whole elsewhere. PDFium reports any
    other line-end hyphen as \x02, which may be either: the document's own words decide
    ("antidepressants" elsewhere: one word; "self-medication" elsewhere, or "self" in
    other compounds, or both halves standing alone: a compound); else it is a split.
    """
    if not prev or prev[-1] not in _HYPHENS or len(prev) < 2 or not prev[-2].isalnum():
        return None
    soft = prev[-1] == "\u00ad"
    if not nxt[:1].isalpha() or not nxt[:1].islower():
        # "800-662-" + "HELP", "COVID-" + "19": a hyphen inside a name or number
        return "" if soft else "-"
    left = _WORD.findall(prev[:-1])
    right = _WORD.findall(nxt)
    if not left or not right:
        return "" if soft else "-"
    a = left[-1].lower().replace("\u2010", "-")
    b = right[0].lower().replace("\u2010", "-")
    if f"{a}-{b}" in vocab.words or ("-" in a and prev[-1] in ("\x02", "-")):
        return "-"  # the compound written whole elsewhere, or one already under way
    if a + b in vocab.words or prev[-1] in ("\u2010", "\u00ad"):
        return ""
    last, first = a.rsplit("-", 1)[-1], b.split("-", 1)[0]
    if (len(last) >= 3 and last in vocab.lefts) or (len(first) >= 3 and first in vocab.rights):
        return "-"
    if len(last) >= 3 and len(first) >= 3 and last in vocab.words and first in vocab.words:
        return "-"
    return ""


_BULLET_START = re.compile(r"^(?:[•·▪◦‣●○■□➢►✓✔*]|[-–—](?=\s)|\d{1,3}[.)](?=\s))")


def _continues(prev: _Line, ln: _Line, pitch: float, spacing: float) -> bool:
    """Does `ln` continue the paragraph whose last line is `prev`? `spacing` is the usual
    line advance (top to top) in this document, single or double spaced; more than that
    or an indented line after a full stop starts a new paragraph."""
    if _BULLET_START.match(ln.text):
        return False  # a list item starts its own block
    if prev.height > 1.3 * pitch or ln.height > 1.3 * pitch:
        same_size = abs(prev.height - ln.height) < 0.15 * max(prev.height, 1)
        if not same_size:
            return False  # a heading, or the line after one
    if prev.page == ln.page and prev.column == ln.column:
        # line advance by tops and by bottoms: a line without ascenders (or descenders)
        # shifts one of them, a paragraph's extra space shifts both
        advance = min(prev.top - ln.top, prev.bottom - ln.bottom)
        indented = ln.left > prev.left + 0.8 * pitch and bool(_TERMINAL.search(prev.text))
        return 0 < advance <= spacing + max(0.12 * spacing, 1.0) and not indented
    # the next column or page: go on only mid-sentence, after a line that filled its
    # column (a paragraph's last line stops short)
    return not _TERMINAL.search(prev.text) and (
        ln.text[:1].islower() or prev.text[-1:] in _HYPHENS or prev.text[-1:] == ","
        or prev.full
    )


def _mark_full(body: list[_Line], pitch: float) -> None:
    """Flag lines that reach (within about an em) the right edge of their column."""
    edge: dict[int, float] = {}
    for ln in body:
        edge[ln.column] = max(edge.get(ln.column, 0.0), ln.right)
    for ln in body:
        ln.full = ln.right >= edge[ln.column] - pitch


def _assemble(pages: list[list[_Line]], widths: list[float]) -> PagedText:
    vocab = _vocabulary(pages)
    body_heights = [ln.height for lines in pages for ln in lines if not ln.furniture]
    pitch = median(body_heights) if body_heights else 10.0
    out = _Builder()
    pending: list[_Line] = []  # furniture waiting for the open paragraph to close
    prev: _Line | None = None

    def emit_furniture(lines: list[_Line]) -> None:
        for f in lines:
            if out.length:
                out.add("\n\n")
            start = out.add(f.text)
            out.furniture.append((start, start + len(f.text)))
            out.page_starts.setdefault(f.page, start)

    bodies = [_reading_order([ln for ln in lines if not ln.furniture], width)
              for lines, width in zip(pages, widths, strict=True)]
    for body in bodies:
        _mark_full(body, pitch)
    advances = [a.top - b.top for body in bodies for a, b in pairwise(body)
                if a.column == b.column and 0 < a.top - b.top < 4 * pitch]
    spacing = median(advances) if advances else pitch * 1.2
    for page_no, (lines, body) in enumerate(zip(pages, bodies, strict=True)):
        heads = [ln for ln in lines if ln.furniture]
        top_heads = [f for f in heads if f.top >= max((b.top for b in body), default=0)]
        foot = [f for f in heads if f not in top_heads]
        pending += sorted(top_heads, key=lambda f: -f.top)
        for ln in body:
            if prev is not None and _continues(prev, ln, pitch, spacing):
                glue = _join_hyphen(prev.text, ln.text, vocab)
                if glue is None:
                    out.add(" ")
                else:
                    out.parts[-1] = out.parts[-1][:-1] + glue
                    out.length += len(glue) - 1
                start = out.add(ln.text)
            else:
                if pending:
                    emit_furniture(pending)
                    pending = []
                if out.length:
                    out.add("\n\n")
                start = out.add(ln.text)
            out.page_starts.setdefault(page_no, start)
            prev = ln
        pending += sorted(foot, key=lambda f: -f.top)
    emit_furniture(pending)
    text = "".join(out.parts)
    starts = [out.page_starts.get(i) for i in range(len(pages))]
    # pages without text start where the next page with text starts
    resolved: list[int] = []
    nxt = len(text)
    for s in reversed(starts):
        nxt = s if s is not None else nxt
        resolved.append(nxt)
    resolved.reverse()
    resolved = [min(resolved[i:]) for i in range(len(resolved))]
    resolved[0] = 0
    return PagedText(text=text, pages=tuple(resolved), furniture=tuple(out.furniture))


def read_pdf(data: bytes, where: str) -> PagedText:
    """Text, page starts and furniture of a PDF; SourceError (one line) when unreadable."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        reason = str(exc).lower()
        if "password" in reason:
            raise SourceError("the PDF is password-protected; save an unlocked copy",
                              where) from None
        raise SourceError("not a readable PDF (damaged or incomplete file)", where) from None
    try:
        n = len(pdf)
        if n > MAX_PAGES:
            raise SourceError(f"the PDF has {n} pages; more than {MAX_PAGES} is not an "
                              "article", where)
        pages: list[list[_Line]] = []
        widths: list[float] = []
        for i in range(n):
            page = pdf[i]
            try:
                lines, width = _page_lines(page, i)
            finally:
                page.close()
            pages.append(lines)
            widths.append(width)
        title = _title(pdf)
    except pdfium.PdfiumError:
        raise SourceError("not a readable PDF (a page could not be read)", where) from None
    finally:
        pdf.close()
    if not any(pages):
        raise SourceError("the PDF has no text layer (a scanned image?); it needs OCR first",
                          where)
    _mark_furniture(pages)
    doc = _assemble(pages, widths)
    if not title:
        first = next((ln for lines in pages for ln in lines if not ln.furniture), None)
        title = first.text[:200] if first else ""
    return PagedText(doc.text, doc.pages, doc.furniture, title=title)


def _title(pdf: object) -> str:
    try:
        meta = pdf.get_metadata_dict(skip_empty=True)  # type: ignore[attr-defined]
    except Exception:  # metadata is a nicety; a broken info dict must not stop reading
        return ""
    return _clean(str(meta.get("Title", "")))[:200]
