"""The bundled example's PDFs, opened as a reader would: text, pages, tags, language.

The two PDFs are exported once per test session (each render takes about a second).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pypdfium2
import pytest
from babel.messages.pofile import read_po
from conftest import EXAMPLE

from summarizer import i18n
from summarizer.catalogs import translations_for
from summarizer.export import export_handout
from summarizer.handout_file import load_handout

LETTER = (612.0, 792.0)  # points
SPANISH_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre"]


@dataclass
class Exported:
    path: Path
    pages: list[str]  # text per page, whitespace collapsed

    @property
    def text(self) -> str:
        return " ".join(self.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="session")
def example_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Exported]:
    out = tmp_path_factory.mktemp("pdfs")
    result = export_handout(load_handout(EXAMPLE), ["en", "es"], out, jobs=2)
    assert result.ok, result.refused
    return {
        loc: Exported(path, [flat(p.extract_text() or "") for p in pypdf.PdfReader(path).pages])
        for loc, path in result.written.items()
    }


def test_both_languages_are_written_under_their_names(example_pdfs: dict[str, Exported]) -> None:
    assert {loc: e.path.name for loc, e in example_pdfs.items()} == {
        "en": "ketamine-depression.en.pdf", "es": "ketamine-depression.es.pdf"}


@pytest.mark.parametrize("locale", ["en", "es"])
def test_safety_block_is_on_page_one_before_any_benefit(
    example_pdfs: dict[str, Exported], locale: str
) -> None:
    hdoc = load_handout(EXAMPLE)
    tr = translations_for(hdoc, locale)
    h = hdoc.handout
    page1 = example_pdfs[locale].pages[0]
    must = ["988", "838255", "1-888-628-9454"]
    must += [flat(tr[d.text]) for d in h.disclaimers_of("supervision")]
    must += [flat(tr[d.text]) for d in h.disclaimers_of("regulatory")]
    positions = {m: page1.find(m) for m in must}
    assert all(p >= 0 for p in positions.values()), positions
    assert "FDA" in page1
    benefit_heading = i18n.app_translations(locale).gettext("How might it help?")
    first_benefit = min(
        (i for i in [page1.find(benefit_heading)] +
         [page1.find(flat(tr[c.text])[:40]) for c in h.claims_in("benefits")] if i >= 0),
        default=len(page1),
    )
    assert max(positions.values()) < first_benefit


def test_every_source_printed_from_is_cited_and_no_other(
    example_pdfs: dict[str, Exported]
) -> None:
    h = load_handout(EXAMPLE).handout
    used = {c.source for c in h.claims if c.text} | {d.source for d in h.disclaimers if d.text}
    assert used and set(s.id for s in h.sources) - used, "the example keeps an unused source"
    for e in example_pdfs.values():
        for s in h.sources:
            assert (flat(s.title) in e.text) == (s.id in used), s.id


def test_spanish_pdf_has_no_english_app_string_and_a_spanish_date(
    example_pdfs: dict[str, Exported]
) -> None:
    text = example_pdfs["es"].text
    with i18n.app_catalog_path("es").open("rb") as fh:
        same = {m.string for m in read_po(fh) if m.id and m.string == m.id}  # "Blog"
    with i18n.app_catalog_path("en").open("rb") as fh:
        english = [m.string for m in read_po(fh) if m.id and m.string not in same]
    pieces = []
    for s in english:
        for one in (s if isinstance(s, tuple) else (s,)):
            pieces += [p.strip() for p in re.split(r"%\(\w+\)[sd]", one)
                       if re.search("[A-Za-z]", p)]
    assert len(pieces) > 25
    leaked = [p for p in pieces if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text)]
    assert leaked == []
    assert re.search(rf"\b\d{{1,2}} de ({'|'.join(SPANISH_MONTHS)}) de \d{{4}}\b", text)
    assert "Página 1 de" in text and "Nivel de lectura" in text
    # and the English one does say those things in English
    assert re.search(r"\b(January|February|March|April|May|June|July|August|September|"
                     r"October|November|December) \d{1,2}, \d{4}\b", example_pdfs["en"].text)


def test_footer_facts_are_in_the_body_text(example_pdfs: dict[str, Exported]) -> None:
    """Margin boxes are not in the tag tree, so date, version and grade are in the flow."""
    last = example_pdfs["en"].pages[-1]
    assert re.search(r"Reading level: about grade \d+(\.\d)?\b", last)
    assert "Version 1" in last and "November 22, 2026" in last
    assert re.search(r"Page (\d+) of \1$", last)


@pytest.mark.parametrize("locale", ["en", "es"])
def test_letter_pages_tagged_with_language_and_metadata(
    example_pdfs: dict[str, Exported], locale: str
) -> None:
    reader = pypdf.PdfReader(example_pdfs[locale].path)
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == LETTER
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert bool(root["/MarkInfo"]["/Marked"])
    assert root["/Lang"] == locale
    title = translations_for(load_handout(EXAMPLE), locale)[
        load_handout(EXAMPLE).handout.meta.title]
    assert reader.metadata.title == title
    assert reader.metadata.author == "Example Community Clinic"
    assert reader.metadata.subject


@pytest.mark.parametrize("locale", ["en", "es"])
def test_pages_are_not_blank(example_pdfs: dict[str, Exported], locale: str) -> None:
    pdf = pypdfium2.PdfDocument(str(example_pdfs[locale].path))
    try:
        for i in range(len(pdf)):
            image = pdf[i].render(scale=0.5).to_pil().convert("L")
            dark = sum(image.histogram()[:128])
            share = dark / (image.width * image.height)
            # the last page may hold only the source list and the footer: light, not blank
            floor = 0.002 if i == len(pdf) - 1 else 0.005
            assert floor < share < 0.5, (i, share)
    finally:
        pdf.close()
