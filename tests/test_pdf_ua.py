"""PDF/UA done right, checked by parsing what was written (pikepdf content streams).

Page numbers are /Artifact marked content on every page and no structure element owns
them; every other marked-content id on a page belongs to the structure tree; English
source titles in a Spanish PDF carry /Lang en; two exports of the same handout are
byte-identical, and a handout without a date follows SOURCE_DATE_EPOCH with a warning.
"""

from __future__ import annotations

import io
import shutil
from collections import Counter
from pathlib import Path

import pikepdf
import pytest
from conftest import example_citing_every_source

from summarizer import render
from summarizer.export import export_handout
from summarizer.handout_file import load_handout

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ketamine-depression" / "handout.toml"


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("ua")
    hdoc = load_handout(EXAMPLE)
    result = export_handout(hdoc, ["en", "es"], out, jobs=1)
    assert result.ok, result.refused
    pdfs = {loc: path.read_bytes() for loc, path in result.written.items()}
    # Arabic rendered as export renders it (the gate cannot yet read Arabic negation)
    pdfs["ar"] = render.html_to_pdf(render.render_html(hdoc, "ar"))
    return pdfs


def marked_content(page: pikepdf.Page) -> list[tuple[str, dict, list[str]]]:
    """(tag, properties, text operators inside) for each BDC ... EMC on the page."""
    out: list[tuple[str, dict, list[str]]] = []
    current: list[tuple[str, dict, list[str]]] = []
    for operands, op in pikepdf.parse_content_stream(page):
        name = str(op)
        if name == "BDC":
            props = operands[1] if isinstance(operands[1], pikepdf.Dictionary) else {}
            current.append((str(operands[0]), {str(k): v for k, v in props.items()}, []))
        elif name == "BMC":
            current.append((str(operands[0]), {}, []))
        elif name == "EMC" and current:
            out.append(current.pop())
        elif name in ("Tj", "TJ", "'", '"') and current:
            current[-1][2].append(name)
    return out


@pytest.mark.parametrize("locale", ["en", "es", "ar"])
def test_page_numbers_are_artifacts_on_every_page(pdfs: dict[str, bytes], locale: str) -> None:
    with pikepdf.open(io.BytesIO(pdfs[locale])) as pdf:
        tree = pdf.Root.StructTreeRoot
        nums = tree.ParentTree.Nums
        parents = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
        assert len(pdf.pages) >= 2
        for page in pdf.pages:
            marks = marked_content(page)
            # (WeasyPrint marks backgrounds and borders as artifacts of its own)
            pagination = [m for m in marks if m[0] == "/Artifact"
                          and str(m[1].get("/Type", "")) == "/Pagination"
                          and str(m[1].get("/Subtype", "")) == "/Footer"]
            assert len(pagination) == 1, marks
            tag, props, text = pagination[0]
            assert text  # the page label's text is inside the artifact
            assert "/MCID" not in props
            owners = parents[int(page.obj.StructParents)]
            for tag, props, _ in marks:
                if "/MCID" in props:  # everything else has its structure element
                    owner = owners[int(props["/MCID"])]
                    assert isinstance(owner, pikepdf.Dictionary), (tag, props)
                    assert not (str(owner.S) == "/Span" and str(owner.P.S) == "/NonStruct"
                                and owner.P.objgen not in
                                {k.objgen for k in owner.P.P.K}), "dangling margin text"


def langs_in_tree(data: bytes) -> list[str]:
    found: list[str] = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        def walk(e: object) -> None:
            if isinstance(e, pikepdf.Array):
                for k in e:
                    walk(k)
            elif isinstance(e, pikepdf.Dictionary) and "/S" in e:
                if "/Lang" in e:
                    found.append(str(e.Lang))
                if "/K" in e:
                    walk(e.K)
        walk(pdf.Root.StructTreeRoot.K)
    return found


def tagged_texts(data: bytes) -> list[tuple[str, str]]:
    """(its /Lang, its text) for every structure element that has a /Lang, its text read
    from the marked content of its MCIDs (PDFium's extraction)."""
    from pdf_objects import page_text_objects

    texts = page_text_objects(data)
    found: list[tuple[str, str]] = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page_of = {p.obj.objgen: n for n, p in enumerate(pdf.pages)}

        def text(e: object, page: int | None) -> str:
            if isinstance(e, int):
                return "".join(o.text for o in texts[page] if o.mcid == e) if page is not None \
                    else ""
            if isinstance(e, pikepdf.Array):
                return " ".join(text(k, page) for k in e)
            if isinstance(e, pikepdf.Dictionary):
                if "/Pg" in e:
                    page = page_of[e.Pg.objgen]
                if "/MCID" in e:
                    return text(int(e.MCID), page)
                return text(e.get("/K", pikepdf.Array()), page)
            return ""

        def walk(e: object) -> None:
            if isinstance(e, pikepdf.Array):
                for k in e:
                    walk(k)
            elif isinstance(e, pikepdf.Dictionary) and "/S" in e:
                if "/Lang" in e:
                    found.append((str(e.Lang), " ".join(text(e, None).split())))
                walk(e.get("/K", pikepdf.Array()))
        walk(pdf.Root.StructTreeRoot.K)
    return found


@pytest.mark.parametrize("locale", ["es", "ar"])
def test_english_titles_inside_other_languages_carry_lang(
        pdfs: dict[str, bytes], locale: str) -> None:
    """Each English source title is covered, whole, by structure elements with /Lang en
    (one element, or one per page when the title crosses a page); nothing else has one."""
    h = load_handout(EXAMPLE).handout
    used = {c.source for c in h.claims if c.text} | {d.source for d in h.disclaimers if d.text}
    titles = [s.title for s in h.sources if s.id in used]  # the sheet lists these
    tagged = tagged_texts(pdfs[locale])
    assert {lang for lang, _ in tagged} == {"en"}
    # (words as a multiset: PDFium gives a left-to-right phrase in a right-to-left line
    # in visual order)
    assert Counter(" ".join(t for _, t in tagged).split()) == Counter(" ".join(titles).split())
    assert len(tagged) >= len(titles)
    with pikepdf.open(io.BytesIO(pdfs[locale])) as pdf:
        assert str(pdf.Root.Lang) == locale


def test_no_lang_in_a_pdf_in_the_titles_language(pdfs: dict[str, bytes]) -> None:
    assert tagged_texts(pdfs["en"]) == []


def test_lang_is_set_after_writing_not_by_patching_weasyprint() -> None:
    """The /Lang pass works on the written PDF: WeasyPrint's internals stay untouched."""
    from weasyprint.pdf import tags

    from summarizer import pdf_ua

    before = tags._build_box_tree
    hdoc = load_handout(EXAMPLE)
    render.html_to_pdf(render.render_html(hdoc, "es"))
    assert tags._build_box_tree is before
    assert not hasattr(pdf_ua, "lang_on_elements")


def test_two_exports_are_byte_identical(tmp_path: Path) -> None:
    """The same languages exported twice (in a worker, then in this process)."""
    one = export_handout(load_handout(EXAMPLE), ["en", "es"], tmp_path / "1", jobs=2)
    two = export_handout(load_handout(EXAMPLE), ["en", "es"], tmp_path / "2", jobs=1)
    for loc in ("en", "es"):
        assert one.written[loc].read_bytes() == two.written[loc].read_bytes(), loc


def test_a_handout_without_date_follows_source_date_epoch(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hdoc = load_handout(EXAMPLE)
    hdoc.handout.meta.date = ""
    target = tmp_path / "handout" / "handout.toml"
    target.parent.mkdir()
    hdoc.save(target)
    shutil.copytree(EXAMPLE.parent / "locales", target.parent / "locales")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14
    first = export_handout(load_handout(target), ["en"], tmp_path / "a", jobs=1)
    second = export_handout(load_handout(target), ["en"], tmp_path / "b", jobs=1)
    data = first.written["en"].read_bytes()
    assert data == second.written["en"].read_bytes()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert str(pdf.docinfo["/CreationDate"]).startswith("D:20231114")
    notes = [f for f in first.warnings["en"] if f.code == "META-NO-DATE"]
    assert notes and "2023-11-14" in notes[0].message


# ------------------------------------------------------------------ publisher kinds


def page_text(data: bytes) -> str:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)


def test_publisher_kinds_are_said_in_the_readers_language(pdfs: dict[str, bytes]) -> None:
    every = example_citing_every_source()
    es = page_text(render.html_to_pdf(render.render_html(every, "es")))
    for said in ("Blog de salud", "Sitio de noticias de salud", "Blog de una clínica",
                 "Comunicado de prensa reproducido: Northwestern Medicine",
                 "MedicalResearch.com"):
        assert said in es, said
    for english in ("Health blog", "Health news site", "Clinic blog", "reposted news release"):
        assert english not in es, english
    en = page_text(render.html_to_pdf(render.render_html(every, "en")))
    assert "Health blog" in en and "Reposted news release: Northwestern Medicine" in en


def test_publisher_kinds_in_french_html() -> None:
    hdoc = example_citing_every_source()
    same = {t: t for t in hdoc.handout.texts()}  # no French handout catalog: app strings only
    html = render.render_html(hdoc, "fr", same)
    assert "Blog santé" in html and "Health blog" not in html
    assert "Communiqué de presse repris : Northwestern Medicine" in html


@pytest.mark.parametrize(("publisher", "expected"), [
    ("Health blog", ("", ("publisher kind", "Health blog"))),
    ("  health   BLOG ", ("", ("publisher kind", "Health blog"))),
    ("Northwestern Medicine (reposted news release)",
     ("Northwestern Medicine", ("publisher kind", "Reposted news release"))),
    ("MedicalResearch.com", ("MedicalResearch.com", None)),
    ("Mayo Clinic (Rochester)", ("Mayo Clinic (Rochester)", None)),
    ("(health blog)", ("(health blog)", None)),
])
def test_publisher_is_a_name_a_kind_or_both(publisher: str, expected: tuple) -> None:
    from summarizer import i18n

    assert i18n.publisher_kind(publisher) == expected


# ------------------------------------------------------------------ running heads

MM = 72 / 25.4
TOP_MARGIN, BOTTOM_MARGIN = 14 * MM, 18 * MM  # handout.css @page margins, in points


@pytest.mark.parametrize("locale", ["en", "es", "ar"])
def test_running_heads_and_page_numbers_are_artifacts_on_every_page(
        pdfs: dict[str, bytes], locale: str) -> None:
    """Every text object in the top margin (the running head, from page 2 on) and in the
    bottom margin (the page number) lies inside /Artifact marked content without an MCID;
    everything between is tagged body text."""
    from pdf_objects import page_text_objects

    hdoc = load_handout(EXAMPLE)
    title = render.build_context(
        hdoc, locale, render.load_translations(hdoc, locale),
        render.i18n.app_translations(locale))["meta_title"]
    head_text = render.running_head(title)
    assert 0 < len(head_text) <= len(title)
    pages = page_text_objects(pdfs[locale])
    assert len(pages) >= 2  # the example in English fits two (render.FIT_LAST_PAGE)
    with pikepdf.open(io.BytesIO(pdfs[locale])) as pdf:
        heights = [float(p.MediaBox[3]) for p in pdf.pages]
        subtypes = [{str(m[1].get("/Subtype")) for m in marked_content(p)
                     if m[0] == "/Artifact" and str(m[1].get("/Type", "")) == "/Pagination"}
                    for p in pdf.pages]
    for number, (objects, height) in enumerate(zip(pages, heights, strict=True), 1):
        head = [o for o in objects if o.box[1] > height - TOP_MARGIN]
        foot = [o for o in objects if o.box[3] < BOTTOM_MARGIN]
        body = [o for o in objects if o not in head and o not in foot]
        assert foot and all(o.artifact and o.mcid == -1 for o in foot), (number, foot)
        assert body and all(not o.artifact and o.mcid >= 0 for o in body), number
        if number == 1:
            assert head == [] and subtypes[0] == {"/Footer"}
            continue
        assert head and all(o.artifact and o.mcid == -1 for o in head), (number, head)
        assert subtypes[number - 1] == {"/Header", "/Footer"}
        if locale != "ar":  # (Arabic extraction is checked on its own below)
            assert " ".join("".join(o.text for o in head).split()) == head_text


@pytest.mark.parametrize(("title", "head"), [
    ("Ketamine for depression: what to know", "Ketamine for depression"),
    ("氯胺酮治疗抑郁症：须知", "氯胺酮治疗抑郁症"),
    ("Ketamine and you", "Ketamine and you"),
    ("A very long title without any colon that goes on and on about ketamine treatment",
     "A very long title without any colon that goes on and on…"),
])
def test_running_head_is_the_title_short(title: str, head: str) -> None:
    assert render.running_head(title) == head


# ------------------------------------------------------------------ Arabic text out


def arabic_words(text: str) -> list[str]:
    """Arabic words as a reader's search sees them: NFKC (presentation forms become
    letters), without harakat or the tatweel."""
    import re
    import unicodedata

    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Mn" and c != "\u0640")
    return re.findall(r"[\u0621-\u064a\u0671-\u06d3]+", text)


def test_arabic_text_extracts_with_lam_alef_in_order(pdfs: dict[str, bytes]) -> None:
    """PDFium and pypdf give back the words of the Arabic catalog: lam-alef ligatures
    ("الاكتئاب", "إلى") no longer come out reversed ("االكتئاب", "إىل")."""
    import re

    import pypdf
    import pypdfium2

    printed = {w for t in render.load_translations(load_handout(EXAMPLE), "ar").values()
               for w in arabic_words(t)}
    ligatures = {w for w in printed if re.search("ل[اأإآى]", w)}
    assert len(printed) > 150 and len(ligatures) > 20
    doc = pypdfium2.PdfDocument(pdfs["ar"])
    try:
        by_pdfium = set(arabic_words(" ".join(p.get_textpage().get_text_range() for p in doc)))
    finally:
        doc.close()
    by_pypdf = set(arabic_words(" ".join(
        p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdfs["ar"])).pages)))
    for got in (by_pdfium, by_pypdf):
        assert ligatures <= got, sorted(ligatures - got)
        # every word, "صُنع" too: a vowel mark HarfBuzz raises no longer splits its word
        # (pdf_ua.raised_marks_after_their_runs; PDFium had 203 of 204)
        assert printed <= got, sorted(printed - got)
    assert "االكتئاب" not in " ".join(by_pdfium)


def test_raised_marks_pass_draws_the_same_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Moving the raised vowel marks of a right-to-left line after its letters changes the
    order of the content stream only: every page looks the same, pixel for pixel."""
    import pypdfium2

    from summarizer import pdf_ua

    monkeypatch.setattr(render, "pdf_ua_repairs", lambda pdf, html: pdf)
    raw = render.html_to_pdf(render.render_html(load_handout(EXAMPLE), "ar"))
    with pikepdf.open(io.BytesIO(raw)) as pdf:
        streams = [pikepdf.parse_content_stream(page) for page in pdf.pages]
        moved = pdf_ua.raised_marks_after_their_runs(pdf, streams)
        out = io.BytesIO()
        pdf.save(out)
    assert moved >= 10  # the example's Arabic has 19 raised marks ("صُنع", "أولًا", …)
    before, after = pypdfium2.PdfDocument(raw), pypdfium2.PdfDocument(out.getvalue())
    try:
        assert len(before) == len(after)
        for a, b in zip(before, after, strict=True):
            pa = a.render(scale=2).to_pil().tobytes()
            pb = b.render(scale=2).to_pil().tobytes()
            assert pa == pb
    finally:
        before.close()
        after.close()


def test_lang_on_right_to_left_and_cjk_spans_in_an_english_page() -> None:
    """A span in a right-to-left language is drawn in visual order; its words still find
    their element (compared as a reader reads them: reversed, NFKC, without marks)."""
    html = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title>'
            '</head><body><p>The first article.</p>'
            '<p>Its title: <span lang="ar" dir="rtl">الكيتامين لعلاج الاكتئاب</span>.</p>'
            '<p>Another: <span lang="es">La ketamina para la depresión</span>.</p>'
            '<p>Plain English again, with no language of its own.</p></body></html>')
    data = render.html_to_pdf(html)
    tagged = tagged_texts(data)
    assert [lang for lang, _ in tagged] == ["ar", "es"]
    assert arabic_words(tagged[0][1]) == ["الكيتامين", "لعلاج", "الاكتئاب"]
    assert tagged[1][1] == "La ketamina para la depresión"
