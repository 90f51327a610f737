"""PDF/UA repairs WeasyPrint cannot make itself: page numbers and running heads as artifacts.

WeasyPrint tags the text of page-margin boxes (@bottom-right's "Page 1 of 3") as a Span
inside a NonStruct element of the document (WeasyPrint issue 1836). PDF/UA-1 (ISO
14289-1, 7.8) wants pagination to be an artifact: outside the structure tree, so a screen
reader does not read "Page 1 of 3" in the middle of a sentence that continues overleaf.
This module rewrites each such marked-content sequence as
`/Artifact <</Type /Pagination /Subtype /Header>> BDC` for the running head (top margin)
and `/Subtype /Footer` for the page number (bottom margin), found from where the text is
drawn on the page,
removes those elements from the structure tree and nulls their parent-tree entries.
Everything else in the file is left as WeasyPrint wrote it; the output stays
deterministic (same input bytes, same output bytes).

pikepdf (qpdf) parses and rewrites the content streams; it is imported only here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
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


def artifact_margins(pdf_bytes: bytes) -> bytes:
    """The PDF with every page-margin box's text turned into a pagination artifact."""
    import pikepdf

    with pikepdf.open(BytesIO(pdf_bytes)) as pdf:
        tree = pdf.Root.get("/StructTreeRoot")
        if tree is None or "/ParentTree" not in tree:
            return pdf_bytes
        nums = tree.ParentTree.Nums
        parents = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
        changed = False
        for page in pdf.pages:
            entry = parents.get(int(page.obj.get("/StructParents", -1)))
            if not isinstance(entry, pikepdf.Array):
                continue
            mcids = {m for m, element in enumerate(entry) if _is_margin_span(element)}
            if not mcids:
                continue
            _rewrite_page(pdf, page, mcids)
            for m in mcids:
                entry[m] = None  # no structure element owns an artifact
            changed = True
        if not changed:
            return pdf_bytes
        out = BytesIO()
        pdf.save(out, deterministic_id=True, compress_streams=True)
        return out.getvalue()


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


def _rewrite_page(pdf: Any, page: Any, mcids: set[int]) -> None:
    """Replace `/Span <</MCID n>> BDC` for the margin MCIDs with a pagination artifact:
    /Header above the middle of the page, /Footer below it."""
    import pikepdf

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


@contextmanager
def lang_on_elements() -> Iterator[None]:
    """While WeasyPrint writes a PDF, give each structure element of an HTML element with
    a `lang` attribute that language as /Lang (PDF/UA 7.2: a change of natural language
    must be marked; WeasyPrint 70 sets /Lang on the catalog only).

    WeasyPrint builds the structure tree in `weasyprint.pdf.tags._build_box_tree`, which
    creates a box's element (pdf.add_object) before it walks the box's children. The wrapper
    below remembers which box is being built and tags the first structure element added for
    it. When WeasyPrint changes this, nothing breaks: the elements simply lack /Lang, and
    tests/test_pdf_ua.py fails to say so.
    """
    try:
        from weasyprint.pdf import tags
    except ImportError:  # pragma: no cover - another WeasyPrint layout
        yield
        return
    original = getattr(tags, "_build_box_tree", None)
    if original is None:  # pragma: no cover
        yield
        return
    stack: list[list[Any]] = []  # [box, element still to tag?]
    patched: set[int] = set()

    def add_object_for(pdf: Any) -> None:
        if id(pdf) in patched:
            return
        patched.add(id(pdf))
        add = pdf.add_object

        def add_object(obj: Any) -> Any:
            if stack and stack[-1][1] and isinstance(obj, dict) \
                    and obj.get("Type") == "/StructElem":
                box = stack[-1][0]
                stack[-1][1] = False
                element = getattr(box, "element", None)
                lang = element.get("lang") if element is not None and not getattr(
                    box, "element_tag", "").count("::") else None
                if lang:
                    import pydyf

                    obj["Lang"] = pydyf.String(lang)
            return add(obj)

        pdf.add_object = add_object

    def build(box: Any, parent: Any, pdf: Any, *args: Any) -> Iterator[Any]:
        add_object_for(pdf)
        stack.append([box, True])
        try:
            yield from original(box, parent, pdf, *args)
        finally:
            stack.pop()

    tags._build_box_tree = build
    try:
        yield
    finally:
        tags._build_box_tree = original
