"""A claim whose plain text already starts with its evidence phrase prints it once: in the
PDF, the review sheet and the editor's Review tab, in every shipped language (defect a
new user found on main in session 6)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import EXAMPLE
from test_render import pdf_text

from summarizer import i18n, render
from summarizer.handout_file import load_handout
from summarizer.review import phrase_in, rows

CLAIM = "yale-saline"  # a claim of the evidence section in the example handout
REST = "Those who got the drug felt better more often."
# its quote names a placebo, so a controlled level prints the placebo phrase
# (summarizer.printed.evidence_msgid; the example's own quote says "control group")
PLACEBO_QUOTE = "Those given ketamine improved more than those on placebo."


def _without_brackets(phrase: str) -> str:
    """The phrase as a writer shortens it: its explanation in brackets left out."""
    return re.sub(r"\s*[(（][^)）]*[)）]", "", phrase)


def _printed(locale: str, level: str, lead: str) -> str:
    """The claim as the PDF prints it in `locale` (evidence phrase, then text), when its
    text in that language is `lead` + REST."""
    hdoc = load_handout(EXAMPLE)
    claim = next(c for c in hdoc.handout.claims if c.id == CLAIM)
    claim.evidence, claim.quote = level, PLACEBO_QUOTE
    english = i18n.app_translations("en").gettext(i18n.EVIDENCE_PHRASES[level])
    claim.text = f"{lead} {REST}" if locale == "en" else f"{english} {REST}"
    translations = {t: t for t in hdoc.handout.texts()}
    translations[claim.text] = f"{lead} {REST}"
    app = i18n.app_translations(locale)
    context = render.build_context(hdoc, locale, translations, app)
    item = next(i for s in context["sections"] for i in s["items"] if REST in i["text"])
    return f"{item['evidence']} {item['text']}"


@pytest.mark.parametrize("locale", i18n.available_app_locales())
@pytest.mark.parametrize("level", ["controlled-trial", "human-trial", "opinion"])
def test_a_text_starting_with_its_evidence_phrase_prints_it_once(locale: str, level: str):
    phrase = i18n.app_translations(locale).gettext(i18n.EVIDENCE_PHRASES[level])
    printed = _printed(locale, level, phrase)
    assert printed.count(phrase.rstrip(":： ")) == 1, printed


@pytest.mark.parametrize("locale", i18n.available_app_locales())
def test_a_lead_in_without_its_bracketed_explanation_or_colon_is_not_doubled(locale: str):
    """The tester wrote "A study that compared the treatment with a placebo found: …" and
    "The article says …": the phrase shortened, not copied."""
    app = i18n.app_translations(locale)
    placebo = app.gettext(i18n.EVIDENCE_PHRASES["controlled-trial"])
    short = _without_brackets(placebo)
    printed = _printed(locale, "controlled-trial", short)
    assert printed.count(short.rstrip(":： ")) == 1, printed
    says = app.gettext(i18n.EVIDENCE_PHRASES["opinion"]).rstrip(":： ")
    printed = _printed(locale, "opinion", says)
    assert printed.count(says) == 1, printed


def test_a_different_lead_in_keeps_the_phrase():
    """Only the same words count: a text that starts otherwise still gets its phrase."""
    phrase = i18n.app_translations("en").gettext(i18n.EVIDENCE_PHRASES["animal"])
    printed = _printed("en", "animal", "Researchers found")
    assert printed.startswith(phrase)
    printed = _printed("en", "opinion", "The article saysomething")
    assert printed.startswith("The article says:")


def test_the_pdf_and_the_review_sheet_print_the_lead_in_once(tmp_path: Path):
    hdoc = load_handout(EXAMPLE)
    claim = next(c for c in hdoc.handout.claims if c.id == CLAIM)
    claim.text = f"A study that compared the treatment with a placebo found: {REST}"
    claim.quote = PLACEBO_QUOTE
    opinion = next(c for c in hdoc.handout.claims if c.section == "benefits")
    opinion.text = f"The article says {opinion.text[0].lower()}{opinion.text[1:]}"
    text = pdf_text(render.render_pdf(hdoc, "en", {}), tmp_path)
    assert text.count("compared the treatment with a placebo") == 1, text
    assert "The article says: The article says" not in text
    assert opinion.text in text
    table = rows(hdoc, [], {}, {}, phrase_in(hdoc))
    printed = {r.item: r.text for r in table}
    assert printed[CLAIM] == claim.text
    assert printed[opinion.id] == opinion.text
