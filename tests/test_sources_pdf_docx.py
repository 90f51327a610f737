"""PDF and Word sources built inside the test from known text: order, pages, furniture."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.errors import SourceError
from summarizer.handout_file import load_handout
from summarizer.sources.analyze import analyze_source
from summarizer.sources.load import load_source
from summarizer.tui.state import add_claim, attach_disclaimer

HEAD = "Journal of Mood Disorders · Vol 12"
PARAS = [
    "Ketamine is an anesthetic medicine that doctors have used for decades in operating "
    "rooms, and some clinics now offer it to adults whose depression has not improved "
    "with other treatments.",
    "In a randomized controlled trial of 120 adults with treatment-resistant depression, "
    "researchers compared one infusion of ketamine with an active placebo and measured "
    "symptoms after one day, one week and one month.",
    "Participants who received ketamine reported fewer symptoms within twenty-four hours, "
    "but the improvement faded for most of them before the end of the second week.",
    "Side effects during the infusion included dizziness, nausea, a feeling of being "
    "detached from the body and a temporary rise in blood pressure.",
    "Ketamine for depression should only be given under close medical supervision in a "
    "clinic that can monitor breathing, heart rate and blood pressure.",
    "Esketamine nasal spray is approved by the FDA for treatment-resistant depression, "
    "while ketamine infusions for depression are not FDA approved and are used off label.",
    "Self-medication is risky: people who took self-medication with ketamine bought online "
    "described unpredictable doses, bladder problems and, in some cases, dependence.",
    "If you are thinking about suicide or are worried about someone, call or text 988 to "
    "reach the Suicide and Crisis Lifeline at any hour of the day or night.",
]


def norm(s: str) -> str:
    return " ".join(s.split())


TWO_COLUMNS = "columns: 2; column-gap: 0.6cm; font: 9pt/1.3 serif"


def two_column_pdf(path: Path, paragraphs: list[str], repeat: int = 5,
                   body_css: str = TWO_COLUMNS, p_css: str = "") -> list[str]:
    """Render the paragraphs (repeated with a numbered lead so each is unique) in two
    hyphenated, justified columns with a running head and page numbers."""
    from weasyprint import HTML

    body = [f"Finding {i + 1}. {p}" for i in range(repeat) for p in paragraphs]
    html = (
        '<html lang="en"><head><title>Ketamine trial report</title><style>'
        "@page { size: A5; margin: 1.6cm 1.4cm;"
        f' @top-center {{ content: "{HEAD}"; font-size: 8pt }}'
        ' @bottom-center { content: "Page " counter(page) " of " counter(pages);'
        " font-size: 8pt } }"
        f"body {{ {body_css}; hyphens: auto;"
        f" text-align: justify }} h1 {{ column-span: all; font-size: 14pt }} p {{ {p_css} }}"
        "</style></head><body><h1>Ketamine for depression: a trial report</h1>"
        + "".join(f"<p>{p}</p>" for p in body)
        + "</body></html>"
    )
    HTML(string=html).write_pdf(path)
    return body


def pdf_page_texts(path: Path) -> list[str]:
    """The PDF's own text per page as PDFium stores it, line-break hyphens removed."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    out = []
    for page in pdf:
        raw = page.get_textpage().get_text_range()
        raw = re.sub(r"[\u2010\u00ad\x02]\s*\r?\n", "", raw)
        out.append(norm(raw))
    pdf.close()
    return out


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    path = tmp_path_factory.mktemp("pdf") / "trial.pdf"
    body = two_column_pdf(path, PARAS)
    return path, body


def test_two_columns_read_in_order_with_hyphens_rejoined(pdf) -> None:
    path, body = pdf
    src = load_source(path)
    assert src.format == "pdf" and src.title == "Ketamine trial report"
    assert len(src.pages) >= 3  # the text really crosses pages and columns
    text = norm(src.text)
    positions = [text.find(p) for p in body]
    assert -1 not in positions, [p for p, i in zip(body, positions, strict=True) if i < 0]
    assert positions == sorted(positions)  # every paragraph whole, in reading order
    assert "treatment-resistant" in text and "self-medication" in text  # real hyphens kept
    assert "\u2010" not in src.text and "anes-" not in text
    assert load_source(path).text == src.text  # the same file always gives the same offsets


@pytest.mark.parametrize(("css", "p_css"), [
    ("columns: 3; column-gap: 0.4cm; font: 8pt/1.25 serif", ""),  # three narrow columns
    ("font: 10pt/2.2 serif", "margin: 0; text-indent: 1.5em"),  # double spaced, indents
    ("font: 10pt/1.2 sans-serif", "margin: 0.3em 0"),  # one column, tight
])
def test_other_layouts_read_in_order(tmp_path: Path, css: str, p_css: str) -> None:
    path = tmp_path / "layout.pdf"
    body = two_column_pdf(path, PARAS, repeat=3, body_css=css, p_css=p_css)
    src = load_source(path)
    text = norm(src.text)
    positions = [text.find(p) for p in body]
    assert -1 not in positions, [p for p, i in zip(body, positions, strict=True) if i < 0]
    assert positions == sorted(positions)
    blocks = {norm(b) for b in src.text.split("\n\n")}
    assert set(body) <= blocks  # each paragraph its own block, however it was set apart


def test_running_heads_and_page_numbers_are_masked(pdf) -> None:
    path, _ = pdf
    src = load_source(path)
    furniture = [src.text[s:e] for s, e in src.furniture]
    assert furniture.count(HEAD) == len(src.pages)
    n = len(src.pages)
    assert sorted(f for f in furniture if f.startswith("Page")) == sorted(
        f"Page {i} of {n}" for i in range(1, n + 1))
    analysis = analyze_source("trial", src)
    for s in analysis.sentences:
        if HEAD in s.text or re.fullmatch(r"Page \d+ of \d+", s.text):
            assert s.boilerplate, s.text
    for item in [*analysis.claims, *analysis.disclaimers]:
        assert HEAD not in item.quote and not re.search(r"Page \d+ of", item.quote)


def test_claims_and_notices_quote_the_pdfs_own_text_with_pages(pdf, tmp_path: Path) -> None:
    path, body = pdf
    src = load_source(path)
    analysis = analyze_source("trial", src, region="US")
    pages = pdf_page_texts(path)
    assert analysis.claims and {d.kind for d in analysis.disclaimers} >= {
        "crisis-line", "supervision", "regulatory"}
    known = norm(" ".join(body))
    for item in [*analysis.claims, *analysis.disclaimers]:
        assert src.text[item.span.start:item.span.end] == item.quote
        assert norm(item.quote) in known, item.quote
        # the page the quote is kept with is the page where the PDF itself has its start
        page = src.page_at(item.span.start)
        head = norm(item.quote)[:40]
        assert head in pages[page - 1], (page, head)
    # the page travels into the handout with the claim and the notice
    assert main(["new", str(tmp_path / "h"), "--sources", str(path)]) == 0
    hdoc = load_handout(tmp_path / "h")
    (ref,) = hdoc.handout.sources
    snap = load_source(hdoc.resolve_source_path(ref))
    fresh = analyze_source(ref.id, snap, region="US")
    last = max(fresh.claims, key=lambda c: c.span.start)
    sentence = next(s for s in fresh.sentences if s.span.start <= last.span.start < s.span.end)
    claim = add_claim(hdoc.handout, ref.id, sentence, "evidence", last, source=snap)
    crisis = next(d for d in fresh.disclaimers if d.kind == "crisis-line")
    csent = next(s for s in fresh.sentences if s.span.start <= crisis.span.start < s.span.end)
    notice = attach_disclaimer(hdoc.handout, ref.id, csent, "crisis-line", crisis, source=snap)
    assert claim.page == snap.page_at(last.span.start) > 1 and notice.page >= 1
    hdoc.save()
    moved = shutil.move(tmp_path / "h", tmp_path / "moved")
    again = load_handout(moved)
    assert [c.page for c in again.handout.claims] == [claim.page]
    assert [d.page for d in again.handout.disclaimers] == [notice.page]
    assert main(["verify", str(moved)]) == 0


def test_bad_pdfs_are_one_clear_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << >> endobj\n")
    with pytest.raises(SourceError, match="not a readable PDF"):
        load_source(broken)
    from weasyprint import HTML

    blank = tmp_path / "blank.pdf"
    HTML(string="<html><body><div style='height:5cm'></div></body></html>").write_pdf(blank)
    with pytest.raises(SourceError, match="no text layer"):
        load_source(blank)


def build_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = "Ketamine clinic leaflet"
    d.add_heading("What is ketamine treatment?", level=1)
    d.add_paragraph(PARAS[0])
    d.add_heading("Before your appointment", level=2)
    for item in ["Bring a list of your medicines.", "Arrange a ride home.",
                 "Do not eat for six hours."]:
        d.add_paragraph(item, style="List Bullet")
    d.add_paragraph(PARAS[4])
    for item in ["Check in at the front desk.", "A nurse checks your blood pressure."]:
        d.add_paragraph(item, style="List Number")
    table = d.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Crisis line"
    table.rows[0].cells[1].text = "988"
    d.add_paragraph(PARAS[7])
    d.save(path)


def test_word_file_keeps_headings_and_lists(tmp_path: Path) -> None:
    path = tmp_path / "leaflet.docx"
    build_docx(path)
    src = load_source(path)
    assert src.format == "docx" and src.title == "Ketamine clinic leaflet"
    assert src.text.startswith("# What is ketamine treatment?\n\n" + PARAS[0])
    assert "\n\n## Before your appointment\n\n" in src.text
    assert ("- Bring a list of your medicines.\n- Arrange a ride home.\n"
            "- Do not eat for six hours.") in src.text
    assert "1. Check in at the front desk.\n2. A nurse checks your blood pressure." in src.text
    assert "Crisis line | 988" in src.text
    analysis = analyze_source("leaflet", src, region="US")
    headings = [s.text for s in analysis.sentences if s.heading]
    assert "What is ketamine treatment?" in headings and "Before your appointment" in headings
    items = [s.text for s in analysis.sentences if "ride home" in s.text]
    assert items == ["Arrange a ride home."]  # a list item is its own sentence
    for item in [*analysis.claims, *analysis.disclaimers]:
        assert src.text[item.span.start:item.span.end] == item.quote
    kinds = {d.kind for d in analysis.disclaimers}
    assert {"crisis-line", "supervision"} <= kinds
    # kept inside a handout like any other source
    assert main(["new", str(tmp_path / "h"), "--sources", str(path)]) == 0
    assert (tmp_path / "h" / "sources").glob("*.docx")


def test_not_a_word_file(tmp_path: Path) -> None:
    fake = tmp_path / "old.docx"
    fake.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(SourceError, match=r"not a Word \.docx file"):
        load_source(fake)


def test_claims_and_disclaimers_commands_give_each_quote_its_page(pdf, capsys) -> None:
    import json

    path, _ = pdf
    pages = pdf_page_texts(path)
    assert main(["claims", "--json", str(path)]) == 0
    claims = json.loads(capsys.readouterr().out)
    assert main(["disclaimers", "--json", str(path)]) == 0
    notices = json.loads(capsys.readouterr().out)
    seen = {c["page"] for c in claims}
    assert seen <= set(range(1, len(pages) + 1)) and len(seen) >= 3
    for item in claims + notices:
        assert norm(item["quote"])[:40] in pages[item["page"] - 1]
    assert main(["claims", str(path)]) == 0
    assert re.search(r"\bp2 \d+-\d+", capsys.readouterr().out)


def test_list_items_keep_their_bullet_and_stay_whole(tmp_path: Path) -> None:
    from weasyprint import HTML

    items = [PARAS[3], PARAS[4], PARAS[6]]
    html = ("<html lang='en'><body style='font: 11pt/1.3 serif; width: 10cm'>"
            "<h2>What are the risks?</h2><ul>"
            + "".join(f"<li>{i}</li>" for i in items) + "</ul></body></html>")
    path = tmp_path / "list.pdf"
    HTML(string=html).write_pdf(path)
    src = load_source(path)
    blocks = [norm(b) for b in src.text.split("\n\n")]
    assert blocks[0] == "What are the risks?"
    assert blocks[1:] == [f"• {i}" for i in items]


async def test_editor_shows_a_pdf_sentence_page(pdf, tmp_path: Path) -> None:
    from textual.widgets import Static

    from summarizer.tui.app import EditorApp
    from summarizer.tui.screens.sources import SourcesPane

    path, _ = pdf
    assert main(["new", str(tmp_path / "h"), "--sources", str(path)]) == 0
    app = EditorApp(tmp_path / "h" / "handout.toml")
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        (sid,) = app.state.analyses
        src = app.state.sources[sid]
        sentence = next(s for s in app.state.analyses[sid].sentences
                        if src.page_at(s.span.start) == 2 and not s.boilerplate)
        assert app.query_one(SourcesPane).select_sentence(sid, sentence.span.start)
        await pilot.pause()
        detail = str(app.query_one("#sentence-detail", Static).render())
        assert f"page 2 · chars {sentence.span.start}–{sentence.span.end}" in detail


@pytest.mark.parametrize(("prev", "nxt", "words", "glue"), [
    ("de\u2010", "pression", [], ""),  # WeasyPrint's own hyphen: a split word
    ("treatment\u2010", "resistant", ["treatment-resistant"], "-"),  # written whole elsewhere
    ("anti\x02", "depressants", ["antidepressants"], ""),  # PDFium's \x02: the words decide
    ("self\x02", "medication", ["self-care"], "-"),  # "self" starts other compounds
    ("in\x02", "travenous", ["in-person"], ""),  # too short to count as evidence
    ("case-by\x02", "case", [], "-"),  # a compound already under way
    ("800-662\x02", "HELP", [], "-"),  # a phone word: hyphen kept, no space
    ("soft\u00ad", "ware", [], ""),
    ("a dash -", "then", [], None),  # a spaced dash is not a hyphen
])
def test_line_end_hyphens(prev: str, nxt: str, words: list[str], glue: str | None) -> None:
    from summarizer.sources.pdf import _join_hyphen, _Line, _vocabulary

    vocab = _vocabulary([[_Line(0, 0, 0, 1, 1, " ".join(words))]])
    assert _join_hyphen(prev, nxt, vocab) == glue


def test_a_sentence_goes_on_across_a_page_after_a_full_line() -> None:
    from summarizer.sources.pdf import _continues, _Line

    full = _Line(0, 50, 60, 300, 70, "and then press 1 for the", full=True)
    short = _Line(0, 50, 60, 200, 70, "and then press 1 for the")
    nxt = _Line(1, 50, 700, 300, 710, "Veterans Crisis Line.")
    assert _continues(full, nxt, pitch=10, spacing=12)
    assert not _continues(short, nxt, pitch=10, spacing=12)
    done = _Line(0, 50, 60, 300, 70, "the end of the paragraph.", full=True)
    assert not _continues(done, nxt, pitch=10, spacing=12)


def test_word_lists_from_the_list_buttons_keep_numbers_and_nesting(tmp_path: Path) -> None:
    """Word's list buttons number a paragraph directly (w:numPr), not through a style."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    styles = {"number": d.styles["List Number"], "bullet": d.styles["List Bullet"]}
    ids = {k: s.element.pPr.numPr.numId.val for k, s in styles.items()}

    def item(text: str, kind: str, level: int = 0) -> None:
        p = d.add_paragraph(text)  # Normal style: only the numbering makes it a list item
        num_pr = OxmlElement("w:numPr")
        for tag, value in (("w:ilvl", level), ("w:numId", ids[kind])):
            el = OxmlElement(tag)
            el.set(qn("w:val"), str(value))
            num_pr.append(el)
        p._p.get_or_add_pPr().append(num_pr)

    d.add_paragraph("On the day of your infusion:")
    item("Check in at the front desk.", "number")
    item("A nurse checks your blood pressure.", "number")
    item("Tell the nurse about any new medicines.", "bullet", level=1)
    item("The infusion takes about forty minutes.", "number")
    path = tmp_path / "steps.docx"
    d.save(path)
    src = load_source(path)
    assert src.text == (
        "On the day of your infusion:\n\n"
        "1. Check in at the front desk.\n"
        "2. A nurse checks your blood pressure.\n"
        "   - Tell the nurse about any new medicines.\n"
        "3. The infusion takes about forty minutes.")
    sentences = [s.text for s in analyze_source("steps", src).sentences]
    assert "Tell the nurse about any new medicines." in sentences
    assert "A nurse checks your blood pressure." in sentences


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_damaged_files_are_one_clear_line_never_a_crash(kind: str, pdf, tmp_path: Path) -> None:
    """Bytes flipped and files cut short, as a bad download or disk leaves them."""
    import random

    from summarizer.sources.load import load_bytes

    if kind == "pdf":
        data = pdf[0].read_bytes()
    else:
        build_docx(tmp_path / "leaflet.docx")
        data = (tmp_path / "leaflet.docx").read_bytes()
    rng = random.Random(7)
    for i in range(300):
        damaged = bytearray(data)
        # half the time in the last fifth: a zip's directory, a PDF's xref and trailer
        low = len(damaged) * 4 // 5 if i % 2 else 0
        for _ in range(rng.randint(1, 25)):
            damaged[rng.randrange(low, len(damaged))] = rng.randrange(256)
        if i % 3 == 0:
            damaged = damaged[: rng.randrange(len(damaged))]
        try:
            load_bytes(bytes(damaged), kind, "damaged")
        except SourceError as exc:
            assert "damaged" in str(exc) and "\n" not in str(exc)
