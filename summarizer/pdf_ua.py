"""PDF/UA repairs WeasyPrint cannot make itself, done on the written file with pikepdf:
page numbers and running heads as artifacts, /Lang on text in another language, Arabic
ligatures and raised vowel marks that text extraction gives back in reading order.

WeasyPrint tags the text of page-margin boxes (@bottom-right's "Page 1 of 3") as a Span
inside a NonStruct element of the document (WeasyPrint issue 1836). PDF/UA-1 (ISO
14289-1, 7.8) wants pagination to be an artifact: outside the structure tree, so a screen
reader does not read "Page 1 of 3" in the middle of a sentence that continues overleaf.
This module rewrites each such marked-content sequence as
`/Artifact <</Type /Pagination /Subtype /Header>> BDC` for the running head (top margin)
and `/Subtype /Footer` for the page number (bottom margin), found from where the text is
drawn on the page, removes those elements from the structure tree and nulls their
parent-tree entries.

WeasyPrint (70, the lowest version allowed and the one tested) sets /Lang on the
catalog only, not on elements whose HTML has another `lang` (PDF/UA-1 7.2); it is added
here to the structure elements that show that text (lang_on_spans). Nothing of
WeasyPrint is patched: both passes read only the PDF it wrote.

Everything else in the file is left as WeasyPrint wrote it; the output stays
deterministic (same input bytes, same output bytes). pikepdf (qpdf) parses and rewrites
the content streams; it is imported only here.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from io import BytesIO
from typing import Any


def _kids(element: Any) -> list[Any]:
    import pikepdf

    k = element.get("/K")
    if k is None:
        return []
    return list(k) if isinstance(k, pikepdf.Array) else [k]


def _is_struct(obj: Any) -> bool:
    import pikepdf

    return isinstance(obj, pikepdf.Dictionary) and "/S" in obj


def _is_margin_span(element: Any) -> bool:
    """A Span whose NonStruct parent is missing from its own parent's kids: the text of a
    page-margin box, which WeasyPrint leaves dangling outside the structure tree."""
    if not _is_struct(element) or str(element.S) != "/Span" or "/P" not in element:
        return False
    parent = element.P
    if not _is_struct(parent) or str(parent.S) != "/NonStruct" or "/P" not in parent:
        return False
    listed = {k.objgen for k in _kids(parent.P) if _is_struct(k)}
    return parent.objgen not in listed


def repair(pdf_bytes: bytes, foreign: list[tuple[str, str]] | None = None) -> bytes:
    """The PDF with its margin text as pagination artifacts, /Lang on the elements of
    each foreign span ((language, text), see foreign_spans), right-to-left ligatures and
    raised vowel marks that extract in order; one parse, one save."""
    import pikepdf

    with pikepdf.open(BytesIO(pdf_bytes)) as pdf:
        changed = ligatures_as_single_characters(pdf) > 0  # first: then read through them
        streams = [pikepdf.parse_content_stream(page) for page in pdf.pages]  # parsed once
        changed = raised_marks_after_their_runs(pdf, streams) > 0 or changed
        texts = mcid_texts(pdf, streams) if foreign else []
        changed = _artifact_margins(pdf, streams) or changed
        changed = bool(foreign and lang_on_spans(pdf, foreign, texts)) or changed
        if not changed:
            return pdf_bytes
        out = BytesIO()
        pdf.save(out, deterministic_id=True, compress_streams=True)
        return out.getvalue()


def artifact_margins(pdf_bytes: bytes) -> bytes:
    """The PDF with every page-margin box's text turned into a pagination artifact."""
    return repair(pdf_bytes)


def _artifact_margins(pdf: Any, streams: list[Any] | None = None) -> bool:
    import pikepdf

    tree = pdf.Root.get("/StructTreeRoot")
    if tree is None or "/ParentTree" not in tree:
        return False
    nums = tree.ParentTree.Nums
    parents = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    changed = False
    for n, page in enumerate(pdf.pages):
        entry = parents.get(int(page.obj.get("/StructParents", -1)))
        if not isinstance(entry, pikepdf.Array):
            continue
        mcids = {m for m, element in enumerate(entry) if _is_margin_span(element)}
        if not mcids:
            continue
        _rewrite_page(pdf, page, mcids, streams[n] if streams is not None else None)
        for m in mcids:
            entry[m] = None  # no structure element owns an artifact
        changed = True
    return changed


Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _times(m: Matrix, n: Matrix) -> Matrix:
    """m x n for PDF matrices [a b c d e f] (m applied first)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)


def _text_heights(ops: list[Any], mcids: set[int]) -> dict[int, float]:
    """For each margin MCID, the height in user space (points from the page's bottom) of
    the first text it shows: the current transformation matrix and the text matrix are
    followed through q/Q, cm, Tm and Td, as a viewer places the glyphs."""
    import pikepdf

    ctm, stack = IDENTITY, []
    line = IDENTITY
    open_mcids: list[int | None] = []
    heights: dict[int, float] = {}
    for operands, op in ops:
        name = str(op)
        if name == "q":
            stack.append(ctm)
        elif name == "Q" and stack:
            ctm = stack.pop()
        elif name == "cm" and len(operands) == 6:
            ctm = _times(tuple(float(x) for x in operands), ctm)  # type: ignore[arg-type]
        elif name == "BT":
            line = IDENTITY
        elif name == "Tm" and len(operands) == 6:
            line = tuple(float(x) for x in operands)  # type: ignore[assignment]
        elif name in ("Td", "TD") and len(operands) == 2:
            line = _times((1.0, 0.0, 0.0, 1.0, float(operands[0]), float(operands[1])), line)
        elif name in ("BDC", "BMC"):
            props = operands[1] if name == "BDC" and len(operands) == 2 else None
            mcid = int(props.MCID) if isinstance(props, pikepdf.Dictionary) \
                and "/MCID" in props else None
            open_mcids.append(mcid if mcid in mcids else None)
        elif name == "EMC" and open_mcids:
            open_mcids.pop()
        elif name in ("Tj", "TJ", "'", '"'):
            for mcid in open_mcids:
                if mcid is not None and mcid not in heights:
                    heights[mcid] = _times(line, ctm)[5]
    return heights


def _rewrite_page(pdf: Any, page: Any, mcids: set[int], ops: Any = None) -> None:
    """Replace `/Span <</MCID n>> BDC` for the margin MCIDs with a pagination artifact:
    /Header above the middle of the page, /Footer below it."""
    import pikepdf

    if ops is None:
        ops = pikepdf.parse_content_stream(page)
    heights = _text_heights(ops, mcids)
    box = [float(x) for x in page.obj.get("/MediaBox", [0, 0, 612, 792])]
    middle = (box[1] + box[3]) / 2
    out = []
    for operands, op in ops:
        name = str(op)
        if name == "BDC" and len(operands) == 2 and isinstance(operands[1], pikepdf.Dictionary) \
                and "/MCID" in operands[1] and int(operands[1].MCID) in mcids:
            mcid = int(operands[1].MCID)
            where = "/Header" if heights.get(mcid, box[1]) > middle else "/Footer"
            out.append(pikepdf.ContentStreamInstruction(
                [pikepdf.Name.Artifact, pikepdf.Dictionary(Type=pikepdf.Name.Pagination,
                                                           Subtype=pikepdf.Name(where))],
                pikepdf.Operator("BDC")))
            continue
        out.append(pikepdf.ContentStreamInstruction(operands, op))
    page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(out))


# ------------------------------------------------------------------ /Lang on elements


def foreign_spans(html: str) -> list[tuple[str, str]]:
    """(language, text) of each element in the page's body whose `lang` differs from the
    page's own (English source titles in a Spanish handout), in document order."""
    body = html.find("<body")
    if body >= 0 and " lang=" not in html[body:]:  # rspeed: no element there has a
        return []  # language of its own (a one-language page): lxml need not load
    import lxml.html

    root = lxml.html.document_fromstring(html)
    page = (root.get("lang") or "").lower()
    found: list[tuple[str, str]] = []
    for element in root.iterfind(".//body//*[@lang]"):
        lang = element.get("lang", "")
        text = " ".join(element.text_content().split())
        if lang and text and lang.lower() != page:
            found.append((lang, text))
    return found


_CODESPACE = re.compile(rb"begincodespacerange\s*<([0-9A-Fa-f]+)>")
_BFRANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_BLOCK = re.compile(rb"begin(bfchar|bfrange)(.*?)end\1", re.S)


def _to_unicode(font: Any) -> tuple[int, dict[bytes, str]]:
    """A font's ToUnicode CMap as (bytes per code, code -> text): the bfchar and bfrange
    entries WeasyPrint writes (a font without one maps nothing)."""
    import pikepdf

    cmap = font.get("/ToUnicode")
    if not isinstance(cmap, pikepdf.Stream):
        return 1, {}
    data = cmap.read_bytes()
    space = _CODESPACE.search(data)
    width = len(space.group(1)) // 2 if space else 2
    table: dict[bytes, str] = {}

    def text(hexa: bytes) -> str:
        return bytes.fromhex(hexa.decode()).decode("utf-16-be", "replace")

    for kind, body in _BLOCK.findall(data):
        if kind == b"bfchar":
            for code, dst in _BFCHAR_ANY.findall(body):
                table[bytes.fromhex(code.decode())] = text(dst)
        else:
            for lo, hi, dst in _BFRANGE.findall(body):
                first, last = int(lo, 16), int(hi, 16)
                base = int(dst, 16)
                for n, code in enumerate(range(first, min(last, first + 65535) + 1)):
                    table[code.to_bytes(width, "big")] = chr(base + n) if base + n < 0x110000 \
                        else "\ufffd"
    return width, table


_BFCHAR_ANY = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


def mcid_texts(pdf: Any, streams: list[Any] | None = None) -> list[dict[int, str]]:
    """Per page, the text each MCID shows, decoded through the fonts' ToUnicode maps from
    the content stream (Tf, Tj, TJ inside BDC ... EMC), as a reader's extraction does."""
    import pikepdf

    maps: dict[tuple[int, int], tuple[int, dict[bytes, str]]] = {}
    pages: list[dict[int, str]] = []
    for n, page in enumerate(pdf.pages):
        fonts = page.obj.get("/Resources", {}).get("/Font", {})
        font: tuple[int, dict[bytes, str]] = (1, {})
        ops = streams[n] if streams is not None else pikepdf.parse_content_stream(page)
        open_mcids: list[int | None] = []
        texts: dict[int, str] = {}
        named: dict[str, tuple[int, dict[bytes, str]]] = {}  # this page's font names
        for operands, op in ops:
            name = str(op)
            if name == "Tf" and operands:
                key = str(operands[0])
                if key not in named:
                    entry = fonts.get(key)
                    if entry is not None and entry.objgen not in maps:
                        maps[entry.objgen] = _to_unicode(entry)
                    named[key] = maps[entry.objgen] if entry is not None else (1, {})
                font = named[key]
            elif name in ("BDC", "BMC"):
                props = operands[1] if name == "BDC" and len(operands) == 2 else None
                open_mcids.append(int(props.MCID) if isinstance(props, pikepdf.Dictionary)
                                  and "/MCID" in props else None)
            elif name == "EMC" and open_mcids:
                open_mcids.pop()
            elif name in ("Tj", "TJ", "'", '"') and open_mcids and open_mcids[-1] is not None:
                width, table = font
                pieces = operands[-1] if name == "TJ" else [operands[-1]]
                shown = []
                for piece in pieces:
                    if isinstance(piece, pikepdf.String):
                        raw = bytes(piece)
                        shown += [table.get(raw[i:i + width], "")
                                  for i in range(0, len(raw) - width + 1, width)]
                mcid = open_mcids[-1]
                texts[mcid] = texts.get(mcid, "") + "".join(shown)
        pages.append(texts)
    return pages


@lru_cache(maxsize=8192)
def _reading_form(word: str, drawn: bool) -> str:
    """A word as a reader compares it: NFKC (a lam-alef presentation form is two letters
    again), without marks (harakat drawn apart land anywhere) and, when `drawn` from a
    content stream in visual order, a right-to-left word turned back round."""
    import unicodedata

    if drawn and any(unicodedata.bidirectional(c) in ("R", "AL") for c in word):
        word = word[::-1]
    word = unicodedata.normalize("NFKC", word)
    return "".join(c for c in word if unicodedata.category(c) != "Mn")


def lang_on_spans(pdf: Any, spans: list[tuple[str, str]], texts: list[dict[int, str]]) -> int:
    """Give /Lang to the structure elements that hold each foreign span's text (PDF/UA-1
    7.2: a change of natural language is marked); returns how many elements got one.

    WeasyPrint 70 writes /Lang on the catalog only. The elements are found from the text
    they show (`texts`, per page and MCID, see mcid_texts): walking the tree in document
    order, the first (so the largest) element whose words are all still unmatched words
    of a pending span, the earliest such span, takes its /Lang, until the span's words
    are used up (a title that crosses a page is two elements). Words are compared as a
    multiset in their reading form, because the content stream holds right-to-left text
    in visual order. An element of one or two words may only finish a span, so a stray
    word elsewhere cannot take a span's language.
    """
    from collections import Counter

    import pikepdf

    if not spans or "/StructTreeRoot" not in pdf.Root:
        return 0
    page_of = {p.obj.objgen: n for n, p in enumerate(pdf.pages)}
    pending = [(lang, Counter(_reading_form(w, False) for w in text.split()))
               for lang, text in spans]
    vocabulary = {w for _, words_ in pending for w in words_}
    tagged = 0

    known: dict[tuple[int, int], list[str]] = {}  # an element's words, computed once

    def words(e: Any, page: int | None) -> list[str]:
        if isinstance(e, int):
            if page is None:
                return []
            return [_reading_form(w, True) for w in texts[page].get(e, "").split()]
        if isinstance(e, pikepdf.Array):
            return [w for k in e for w in words(k, page)]
        if isinstance(e, pikepdf.Dictionary):
            key = e.objgen
            if key != (0, 0) and key in known:
                return known[key]
            if "/Pg" in e and e.Pg.objgen in page_of:
                page = page_of[e.Pg.objgen]
            found: list[str] = []
            if "/MCID" in e:
                found = words(int(e.MCID), page)
            elif "/S" in e or str(e.get("/Type", "")) == "/MCR":
                found = words(e.get("/K", pikepdf.Array()), page)
            if key != (0, 0):
                known[key] = found
            return found
        return []

    def visit(e: Any) -> None:
        nonlocal tagged
        if not pending:
            return
        if isinstance(e, pikepdf.Array):
            for k in e:
                visit(k)
            return
        if not (isinstance(e, pikepdf.Dictionary) and "/S" in e):
            return
        shown = [w for w in words(e, None) if w]
        if not shown or not vocabulary.issuperset(shown):  # the usual case: look inside
            visit(e.get("/K", pikepdf.Array()))
            return
        mine = Counter(shown)
        total = len(shown)
        for n, (lang, remaining) in enumerate(pending):
            if total and not mine - remaining and (total > 2 or mine == remaining):
                e.Lang = pikepdf.String(lang)
                tagged += 1
                remaining -= mine
                if not remaining:
                    pending.pop(n)
                return
        visit(e.get("/K", pikepdf.Array()))

    visit(pdf.Root.StructTreeRoot.get("/K", pikepdf.Array()))
    return tagged


# ------------------------------------------------------------------ Arabic ligatures


@cache
def _presentation_forms() -> dict[str, str]:
    """Letter sequence -> the one Arabic presentation-form code point that NFKC turns
    back into it ("لا" -> U+FEFB); isolated forms, the lowest code points, win."""
    import unicodedata

    table: dict[str, str] = {}
    for start, end in ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF)):
        for cp in range(start, end + 1):
            char = chr(cp)
            if not unicodedata.name(char, "").startswith("ARABIC LIGATURE"):
                continue
            letters = unicodedata.normalize("NFKC", char)
            if len(letters) > 1 and " " not in letters:
                table.setdefault(letters, char)
    return table


_BFCHAR = re.compile(rb"<([0-9A-Fa-f]{2,8})>\s*<([0-9A-Fa-f]{8,})>")


def _rtl_letters(text: str) -> bool:
    import unicodedata

    return all(unicodedata.bidirectional(c) in ("AL", "R") for c in text)


def ligatures_as_single_characters(pdf: Any) -> int:
    """Map each right-to-left ligature glyph to one presentation-form character in the
    fonts' ToUnicode maps; returns how many entries changed.

    HarfBuzz draws lam + alef as one glyph, and WeasyPrint maps that glyph to the two
    letters in logical order, "لا". Text extraction (PDFium, and screen readers built on
    it) lays the glyphs of a right-to-left line out from the left and then reverses the
    characters, the ligature's two letters with them: "الاكتئاب" comes out "االكتئاب". One
    code point cannot be reversed: U+FEFB ARABIC LIGATURE LAM WITH ALEF, which Unicode
    normalisation (NFKC, as search and text-to-speech apply) turns back into "لا".
    """
    import pikepdf

    forms = _presentation_forms()
    changed = 0
    seen: set[tuple[int, int]] = set()
    for page in pdf.pages:
        fonts = page.obj.get("/Resources", {}).get("/Font", {})
        # .items(): pikepdf 8.0, the floor, has no Dictionary.values()
        for _, font in (fonts.items() if isinstance(fonts, pikepdf.Dictionary) else ()):
            cmap = font.get("/ToUnicode")
            if not isinstance(cmap, pikepdf.Stream) or cmap.objgen in seen:
                continue
            seen.add(cmap.objgen)
            data = cmap.read_bytes()

            def one(m: re.Match[bytes]) -> bytes:
                nonlocal changed
                try:
                    text = bytes.fromhex(m.group(2).decode()).decode("utf-16-be")
                except (ValueError, UnicodeDecodeError):
                    return m.group(0)
                form = forms.get(text) if _rtl_letters(text) else None
                if form is None:
                    return m.group(0)
                changed += 1
                return b"<" + m.group(1) + b"> <" + form.encode("utf-16-be").hex().encode() + b">"

            new = _BFCHAR.sub(one, data)
            if new != data:
                cmap.write(new)
    return changed


# ------------------------------------------------------------------ raised vowel marks


def _widths(font: Any) -> tuple[float, dict[int, float]] | None:
    """(default width, CID -> width) of a Type0 font from its descendant's /DW and /W, in
    thousandths of the font size; None for any other font (its run is left alone)."""
    import pikepdf

    kids = font.get("/DescendantFonts")
    if str(font.get("/Subtype")) != "/Type0" or not isinstance(kids, pikepdf.Array) or not kids:
        return None
    cid_font = kids[0]
    table: dict[int, float] = {}
    w = list(cid_font.get("/W", []))
    i = 0
    while i + 1 < len(w):
        first = int(w[i])
        if isinstance(w[i + 1], pikepdf.Array):
            table.update((first + k, float(v)) for k, v in enumerate(w[i + 1]))
            i += 2
        elif i + 2 < len(w):
            table.update((c, float(w[i + 2])) for c in range(first, int(w[i + 1]) + 1))
            i += 3
        else:
            break
    return float(cid_font.get("/DW", 1000)), table


def _rtl_mark(text: str) -> bool:
    """A combining mark of a right-to-left script (Arabic harakat, Hebrew niqqud)."""
    import unicodedata

    return bool(text) and all(unicodedata.category(c) == "Mn" and (
        0x0591 <= ord(c) <= 0x05C7 or 0x0610 <= ord(c) <= 0x061A or 0x064B <= ord(c) <= 0x065F
        or ord(c) == 0x0670 or 0x06D6 <= ord(c) <= 0x06ED or 0x08D3 <= ord(c) <= 0x08FF)
        for c in text)


def raised_marks_after_their_runs(pdf: Any, streams: list[Any]) -> int:
    """Draw each raised right-to-left vowel mark after the letters of its line, at the
    same place; returns how many marks moved (the pages they are on are rewritten, and
    `streams` holds their new instructions).

    WeasyPrint draws a mark HarfBuzz raises ("صُنع", "أولًا") as a text object of its own,
    between `Ts` (rise) operators, and so cuts its line's letters into several text
    objects. PDFium orders a line's text objects by where each starts, left to right, then
    reverses the right-to-left line: a mark starting inside the first letter of the
    object after it lands at that object's far end, which can be the middle of another
    word ("ُص ً نع" for "صُنع الكيتامين أولًا"). With the marks drawn after the line, its
    letters are one text object (a mark's advance kept as a number, so every glyph stays
    where it was) and a misplaced mark can only land between words. Pages look the same
    (tests/test_pdf_ua.py compares them pixel for pixel).
    """
    import pikepdf

    moved = 0
    for n, page in enumerate(pdf.pages):
        ops = list(streams[n])
        if not any(str(op) == "Ts" and operands and float(operands[0]) != 0
                   for operands, op in ops):
            continue
        fonts = page.obj.get("/Resources", {}).get("/Font", {})
        new, count = _marks_after_runs(ops, fonts, pikepdf)
        if count:
            moved += count
            streams[n] = new
            page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(new))
    return moved


def _marks_after_runs(ops: list[Any], fonts: Any, pikepdf: Any) -> tuple[list[Any], int]:
    """One page's instructions with every BT block's raised marks moved to its end."""
    from decimal import Decimal

    def instruction(operands: list[Any], name: str) -> Any:
        return pikepdf.ContentStreamInstruction(operands, pikepdf.Operator(name))

    def number(x: float) -> Decimal:
        return Decimal(repr(round(x, 6)))

    out: list[Any] = []
    moved = 0
    metrics: dict[str, tuple[tuple[float, dict[int, float]] | None, tuple[int, dict]]] = {}
    i = 0
    while i < len(ops):
        if str(ops[i][1]) != "BT":
            out.append(ops[i])
            i += 1
            continue
        end = next((j for j in range(i + 1, len(ops)) if str(ops[j][1]) == "ET"), None)
        if end is None:
            out.extend(ops[i:])
            break
        block = ops[i + 1:end]
        rewritten = _block_marks_after(block, fonts, metrics, instruction, number, pikepdf)
        if rewritten is None:
            out.extend(ops[i:end + 1])
        else:
            body, count = rewritten
            moved += count
            out += [ops[i], *body, ops[end]]
        i = end + 1
    return out, moved


def _block_marks_after(block: list[Any], fonts: Any, metrics: dict, instruction: Any,
                       number: Any, pikepdf: Any) -> tuple[list[Any], int] | None:
    """A BT block with its raised marks drawn last, or None when it has none (or uses an
    operator or font whose effect on the text position is not followed here)."""
    font_name, size = "", 0.0
    matrix: list[float] = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    body: list[Any] = []
    marks: list[tuple[str, float, list[float], Any, Any]] = []
    k = 0
    while k < len(block):
        operands, op = block[k]
        name = str(op)
        if name == "Tf" and len(operands) == 2:
            font_name, size = str(operands[0]), float(operands[1])
            if font_name not in metrics:
                font = fonts.get(font_name)
                metrics[font_name] = ((_widths(font), _to_unicode(font)) if font is not None
                                      else (None, (2, {})))
            body.append(block[k])
        elif name == "Tm" and len(operands) == 6:
            matrix = [float(x) for x in operands]
            body.append(block[k])
        elif name == "TJ":
            widths, (width, table) = metrics.get(font_name, (None, (2, {})))
            if widths is None:
                return None
            pieces = list(operands[0])
            glyphs = [bytes(p) for p in pieces if isinstance(p, pikepdf.String) and bytes(p)]
            shown = "".join(table.get(g[j:j + width], "")
                            for g in glyphs for j in range(0, len(g), width))
            rise = block[k - 1] if k and str(block[k - 1][1]) == "Ts" else None
            after = block[k + 1] if k + 1 < len(block) else None
            advance = _advance(pieces, widths, width, pikepdf)
            if (rise is not None and float(rise[0][0]) != 0 and after is not None
                    and str(after[1]) == "Ts" and float(after[0][0]) == 0 and _rtl_mark(shown)):
                body.pop()  # its rise: drawn with the mark at the end
                marks.append((font_name, size, list(matrix), rise, block[k]))
                # the same advance as a number only: no glyph, no text object
                body.append(instruction([pikepdf.Array([number(-advance)])], "TJ"))
                k += 2  # and its `Ts 0`
                matrix[4] += advance * size / 1000 * matrix[0]
                matrix[5] += advance * size / 1000 * matrix[1]
                continue
            body.append(block[k])
            matrix[4] += advance * size / 1000 * matrix[0]
            matrix[5] += advance * size / 1000 * matrix[1]
        elif name == "Ts":
            body.append(block[k])
        else:
            return None  # Td, Tc, Tz, ...: not WeasyPrint's; left as written
        k += 1
    if not marks:
        return None
    merged: list[Any] = []
    for ins in body:  # adjacent TJs (nothing between them) are one text object
        if merged and str(ins[1]) == "TJ" and str(merged[-1][1]) == "TJ":
            merged[-1] = instruction(
                [pikepdf.Array([*merged[-1][0][0], *ins[0][0]])], "TJ")
        else:
            merged.append(ins)
    last_font = (font_name, size)
    for name, fsize, at, rise, show in marks:
        merged += [instruction([pikepdf.Name(name), number(fsize)], "Tf"),
                   instruction([number(x) for x in at], "Tm"), rise, show,
                   instruction([0], "Ts")]
    if last_font[0]:
        merged.append(instruction([pikepdf.Name(last_font[0]), number(last_font[1])], "Tf"))
    return merged, len(marks)


def _advance(pieces: list[Any], widths: tuple[float, dict[int, float]], width: int,
             pikepdf: Any) -> float:
    """How far a TJ moves the text position, in thousandths of the font size."""
    default, table = widths
    total = 0.0
    for p in pieces:
        if isinstance(p, pikepdf.String):
            raw = bytes(p)
            total += sum(table.get(int.from_bytes(raw[j:j + width], "big"), default)
                         for j in range(0, len(raw) - width + 1, width))
        else:
            total -= float(p)
    return total
