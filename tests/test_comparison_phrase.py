"""A controlled study prints as "compared with a placebo (a fake treatment)" only when its
quote says the other group had a placebo or sham. Tester, session 6: a trial comparing
a combination pill with bupropion alone, tagged randomized-controlled, printed in the
English and Spanish PDFs that the treatment was compared with a fake treatment."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import EXAMPLE
from test_render import es_translations, pdf_text

from summarizer import i18n
from summarizer.handout_file import load_handout
from summarizer.printed import evidence_msgid
from summarizer.render import render_html, render_pdf
from summarizer.review import phrase_in, rows

PLACEBO = i18n.EVIDENCE_PHRASES["controlled-trial"]
OTHER = i18n.COMPARISON_PHRASES["controlled-trial"]


@pytest.mark.parametrize(("quote", "lang"), [
    ("Those on the pill improved more than those who took bupropion alone.", "en"),
    ("The study had no placebo group; it compared two doses.", "en"),  # denied
    ("Mejoraron más que quienes tomaron solo bupropión.", "es"),
    ("Ils ont fait mieux que ceux qui prenaient de la sertraline.", "fr"),
    ("Sie schnitten besser ab als die Gruppe mit Sertralin.", "de"),
])
def test_a_comparison_with_no_placebo_in_its_quote_prints_as_something_else(
        quote: str, lang: str) -> None:
    assert evidence_msgid("controlled-trial", quote, lang) == OTHER
    assert evidence_msgid("randomized-controlled", quote, lang) == \
        i18n.COMPARISON_PHRASES["randomized-controlled"]


@pytest.mark.parametrize(("quote", "lang"), [
    ("Those on the drug improved more than those on placebo.", "en"),
    ("Half got the real infusion and half got salt water.", "en"),
    ("Mejoraron más que quienes recibieron un placebo.", "es"),
    ("Le groupe témoin a reçu des comprimés factices.", "fr"),
    ("Die Kontrollgruppe bekam eine Scheinbehandlung.", "de"),
])
def test_a_placebo_in_the_quote_keeps_the_placebo_phrase(quote: str, lang: str) -> None:
    assert evidence_msgid("controlled-trial", quote, lang) == PLACEBO


def test_other_levels_are_untouched() -> None:
    assert evidence_msgid("animal", "than those on placebo", "en") == \
        i18n.EVIDENCE_PHRASES["animal"]
    assert evidence_msgid("no-such-level", "x", "en") == ""


# The example's Yale text describes its study ("A study at Yale gave some people ketamine
# and others salt water…"), so no evidence phrase prints before it (printed.lead_in,
# session 10's #16); the phrase is read here before its result sentence alone.
RESULT_ONLY = "Those who got the drug felt better more often."
RESULT_ONLY_ES = "Quienes recibieron el fármaco se sintieron mejor más a menudo."


def _with_yale_quote(quote: str | None = None):
    hdoc = load_handout(EXAMPLE)
    claim = next(c for c in hdoc.handout.claims if c.id == "yale-saline")
    if quote is not None:
        claim.quote = quote
    claim.text = RESULT_ONLY
    return hdoc


def test_the_pdf_a_patient_reads_says_what_the_quote_says(tmp_path: Path) -> None:
    """The example's Yale claim quotes "compared to the control group": its PDFs, in
    English and Spanish, no longer say the control was a fake treatment; quoted as
    "compared to a placebo" they do."""
    shipped = pdf_text(render_pdf(load_handout(EXAMPLE), "en"), tmp_path)
    assert "placebo" not in shipped.lower() and "something else" not in shipped
    hdoc = _with_yale_quote()
    en = pdf_text(render_pdf(hdoc, "en"), tmp_path)
    assert "compared the treatment with something else (another treatment or a fake one)" \
        in en
    assert "placebo" not in en.lower()
    es = pdf_text(render_pdf(hdoc, "es", {**es_translations(), RESULT_ONLY: RESULT_ONLY_ES}),
                  tmp_path)
    assert "comparó el tratamiento con otra cosa (otro tratamiento o uno falso)" in es
    assert "placebo" not in es.lower()
    placebo = _with_yale_quote("Those given ketamine improved more than those on placebo.")
    assert "compared the treatment with a placebo (a fake treatment) found:" in \
        render_html(placebo, "en")


def test_the_review_sheet_prints_the_same_phrase() -> None:
    hdoc = _with_yale_quote()
    row = next(r for r in rows(hdoc, [], {}, None, phrase_in(hdoc)) if r.item == "yale-saline")
    assert row.text.startswith(OTHER)
    placebo = _with_yale_quote("Those given ketamine improved more than those on placebo.")
    row = next(r for r in rows(placebo, [], {}, None, phrase_in(placebo))
               if r.item == "yale-saline")
    assert row.text.startswith(PLACEBO)


@pytest.mark.parametrize("lang", ["es", "fr", "de", "pt", "ru", "ht", "ko", "tl", "vi",
                                  "zh_Hans", "zh_Hant", "ar"])
def test_every_shipped_catalog_says_something_else_not_placebo(lang: str) -> None:
    """The new phrases are translated, and the translation names no placebo word the
    placebo phrase uses (it would say again what the source does not)."""
    app = i18n.app_translations(lang)
    for level, msgid in i18n.COMPARISON_PHRASES.items():
        said = app.gettext(msgid)
        assert said != msgid
        placebo_said = app.gettext(i18n.EVIDENCE_PHRASES[level])
        placebo_word = placebo_said.split("(")[0].split("（")[0].split()[-1]
        assert placebo_word not in said, (lang, placebo_word)


@pytest.mark.parametrize(("quote", "lang"), [
    ("Unlike earlier placebo-controlled trials, this one compared two doses.", "en"),
    ("A diferencia de los ensayos anteriores con placebo, este comparó dos dosis.", "es"),
    ("Contrairement aux essais contre placebo, celui-ci a comparé deux doses.", "fr"),
    ("Anders als frühere Placebo-Studien verglich diese zwei Dosen.", "de"),
])
def test_a_placebo_of_other_studies_is_not_this_ones(quote: str, lang: str) -> None:
    """Reviewer, session 6: "Unlike earlier placebo-controlled trials, this one compared
    two doses." printed as a comparison with a fake treatment."""
    assert evidence_msgid("controlled-trial", quote, lang) == OTHER
