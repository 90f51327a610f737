"""The evidence lead-in does not repeat what the claim's text says: the demo handout printed
"A study in animals, not people, found: In a study in mice, …". A text whose first
sentence names the animals or the lab prints without the "not in people" phrase, in
every shipped language; every other phrase still follows the checked tag."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import EXAMPLE
from test_render import es_translations, pdf_text

from summarizer import i18n, render
from summarizer.handout_file import load_handout
from summarizer.review import phrase_in, rows

MICE = "vanderbilt-mice"  # the example's animal claim: "In a study in mice, a second drug…"

# "In a study in mice, the second drug made the first one work longer." in each shipped
# language (written for this test), and a sentence in that language naming no animal.
IN_MICE: dict[str, tuple[str, str]] = {
    "en": ("In a study in mice, the second drug made the first one work longer.",
           "The second drug made the first one work longer."),
    "es": ("En un estudio con ratones, el segundo fármaco alargó el efecto del primero.",
           "El segundo fármaco alargó el efecto del primero."),
    "fr": ("Dans une étude chez la souris, le second médicament a prolongé l'effet.",
           "Le second médicament a prolongé l'effet du premier."),
    "de": ("In einer Studie an Mäusen verlängerte das zweite Mittel die Wirkung.",
           "Das zweite Mittel verlängerte die Wirkung des ersten."),
    "pt": ("Num estudo com camundongos, o segundo remédio prolongou o efeito.",
           "O segundo remédio prolongou o efeito do primeiro."),
    "ru": ("В исследовании на мышах второй препарат продлил действие первого.",
           "Второй препарат продлил действие первого."),
    "tl": ("Sa isang pag-aaral sa mga daga, pinahaba ng ikalawang gamot ang epekto.",
           "Pinahaba ng ikalawang gamot ang epekto ng una."),
    "ht": ("Nan yon etid sou sourit, dezyèm medikaman an te fè efè a dire pi lontan.",
           "Dezyèm medikaman an te fè efè premye a dire pi lontan."),
    "ar": ("في دراسة على الفئران، أطال الدواء الثاني مفعول الدواء الأول.",
           "أطال الدواء الثاني مفعول الدواء الأول."),
    "ko": ("생쥐 연구에서 두 번째 약이 첫 번째 약의 효과를 늘렸습니다.",
           "두 번째 약이 첫 번째 약의 효과를 늘렸습니다."),
    "vi": ("Trong một nghiên cứu trên chuột, thuốc thứ hai kéo dài tác dụng.",
           "Thuốc thứ hai kéo dài tác dụng của thuốc thứ nhất."),
    "zh_Hans": ("在一项小鼠研究中，第二种药物延长了第一种药物的效果。",
                "第二种药物延长了第一种药物的效果。"),
    "zh_Hant": ("在一項小鼠研究中，第二種藥物延長了第一種藥物的效果。",
                "第二種藥物延長了第一種藥物的效果。"),
}


def _item(locale: str, level: str, translated: str) -> dict[str, str]:
    """The example's animal claim as build_context lays it out in `locale`, tagged
    `level`, its text in that language being `translated`."""
    hdoc = load_handout(EXAMPLE)
    claim = next(c for c in hdoc.handout.claims if c.id == MICE)
    claim.evidence = level
    if locale == hdoc.handout.meta.source_locale:
        claim.text = translated
    translations = {t: t for t in hdoc.handout.texts()}
    translations[claim.text] = translated
    context = render.build_context(hdoc, locale, translations, i18n.app_translations(locale))
    return next(i for s in context["sections"] for i in s["items"] if i["text"] == translated)


def test_every_shipped_language_is_tested() -> None:
    assert set(IN_MICE) == set(i18n.available_app_locales())


@pytest.mark.parametrize("locale", sorted(IN_MICE))
def test_a_text_naming_its_animals_prints_no_animal_lead_in(locale: str) -> None:
    says, plain = IN_MICE[locale]
    assert _item(locale, "animal", says)["evidence"] == ""
    # the same finding without the animals keeps the phrase, in the reader's language
    phrase = i18n.app_translations(locale).gettext(i18n.EVIDENCE_PHRASES["animal"])
    assert _item(locale, "animal", plain)["evidence"] == phrase


@pytest.mark.parametrize("locale", ["en", "es", "de", "zh_Hans", "ru"])
def test_the_phrase_still_follows_the_checked_tag(locale: str) -> None:
    """A text naming mice under another tag (an editor's override) still gets that tag's
    phrase: only the phrase that says "not in people" is left out."""
    says, _ = IN_MICE[locale]
    phrase = i18n.app_translations(locale).gettext(i18n.EVIDENCE_PHRASES["human-trial"])
    assert _item(locale, "human-trial", says)["evidence"] == phrase


@pytest.mark.parametrize(("locale", "text"), [
    ("en", "In brain cells grown in a dish, the drug protected the cells from damage."),
    ("es", "En células cultivadas en el laboratorio, el fármaco protegió las neuronas."),
    ("de", "In Zellkulturen schützte das Mittel die Nervenzellen."),
])
def test_a_text_naming_its_lab_prints_no_lab_lead_in(locale: str, text: str) -> None:
    assert _item(locale, "lab-mechanism", text)["evidence"] == ""
    phrase = i18n.app_translations(locale).gettext(i18n.EVIDENCE_PHRASES["lab-mechanism"])
    assert _item(locale, "lab-mechanism", "The drug blocks a receptor.")["evidence"] == phrase


def test_animals_named_only_later_keep_the_lead_in() -> None:
    """The reader learns "not in people" before the finding: a text that names the
    animals only after it keeps the phrase."""
    text = "A second drug made ketamine work longer. This was seen in mice."
    phrase = i18n.app_translations("en").gettext(i18n.EVIDENCE_PHRASES["animal"])
    assert _item("en", "animal", text)["evidence"] == phrase


def test_the_demo_pdf_and_review_sheet_say_mice_once(tmp_path: Path) -> None:
    """The example handout as `make demo` exports it: English PDF, the Spanish text from
    its catalog, and the review sheet's printed rows."""
    hdoc = load_handout(EXAMPLE)
    claim = next(c for c in hdoc.handout.claims if c.id == MICE)
    assert claim.evidence == "animal" and claim.text.startswith("In a study in mice")
    text = pdf_text(render.render_pdf(hdoc, "en", {}), tmp_path)
    assert "In a study in mice" in text
    assert "A study in animals, not people, found" not in text, text
    es = es_translations()
    spanish = render.build_context(hdoc, "es", es, i18n.app_translations("es"))
    item = next(i for s in spanish["sections"] for i in s["items"]
                if i["text"] == es[claim.text])
    assert "ratones" in item["text"] and item["evidence"] == ""
    printed = {r.item: r.text for r in rows(hdoc, [], {}, {"es": es}, phrase_in(hdoc))}
    assert printed[MICE] == claim.text


# --- #16 (session 9's tester): a text whose first sentence already describes the study
# at the checked level prints no lead-in that says it again --------------------------------

DESCRIBES_ITS_STUDY: list[tuple[str, str, str]] = [
    ("en", "controlled-trial",
     "In a placebo-controlled trial, the spray eased pain more than the placebo did."),
    ("en", "randomized-controlled",
     "In a randomized trial, adults given the spray or a placebo by chance slept longer on "
     "the spray."),
    ("en", "human-observational",
     "A survey of 2,000 adults found that people who used the app slept a little better."),
    ("es", "controlled-trial",
     "En un ensayo controlado con placebo, el aerosol alivió el dolor más que el placebo."),
    ("fr", "controlled-trial",
     "Dans un essai contre placebo, le spray a davantage soulagé la douleur que le placebo."),
    ("de", "controlled-trial",
     "In einer placebokontrollierten Studie linderte das Spray die Schmerzen stärker als "
     "das Placebo."),
]


@pytest.mark.parametrize(("locale", "level", "text"), DESCRIBES_ITS_STUDY)
def test_a_text_describing_its_study_prints_no_lead_in(locale: str, level: str,
                                                        text: str) -> None:
    assert _item(locale, level, text)["evidence"] == ""


@pytest.mark.parametrize(("locale", "level", "text"), [
    # the text says less than the tag (no chance): the phrase adds what it leaves out
    ("en", "randomized-controlled",
     "In a placebo-controlled trial, the spray eased pain more than the placebo did."),
    # the text states no study: the phrase says where the finding comes from
    ("en", "controlled-trial", "The spray eased pain more than a placebo did."),
    ("es", "controlled-trial", "El aerosol alivió el dolor."),
    # a finding in people told as a study of mice keeps the tag's phrase (an override)
    ("en", "human-trial", "In a study of 40 mice, the spray eased pain."),
])
def test_a_text_saying_less_keeps_the_lead_in(locale: str, level: str, text: str) -> None:
    phrase = i18n.app_translations(locale).gettext(i18n.EVIDENCE_PHRASES[level])
    comparison = i18n.COMPARISON_PHRASES.get(level)
    got = _item(locale, level, text)["evidence"]
    assert got and got in {phrase, i18n.app_translations(locale).gettext(comparison or "")}


def test_the_pdf_prints_the_study_once(tmp_path: Path) -> None:
    """The example's controlled-trial claim: its text describes its study ("A study at
    Yale gave some people ketamine and others salt water, given the same way."), so the
    English and Spanish PDFs print no comparison phrase before it; its result sentence
    alone keeps the phrase, and a text naming its trial another way drops it again."""
    hdoc = load_handout(EXAMPLE)
    claim = next(c for c in hdoc.handout.claims if c.id == "yale-saline")
    assert claim.evidence == "controlled-trial" and claim.text.startswith("A study at Yale")
    lead = "A study that compared the treatment with something else"
    text = " ".join(pdf_text(render.render_pdf(hdoc, "en", {}), tmp_path).split())
    assert "A study at Yale" in text and lead not in text
    spanish = " ".join(pdf_text(render.render_pdf(hdoc, "es", es_translations()),
                                tmp_path).split())
    assert "Un estudio en Yale" in spanish and "comparó el tratamiento" not in spanish
    claim.text = "Those who got the drug felt better more often."
    assert lead in " ".join(pdf_text(render.render_pdf(hdoc, "en", {}), tmp_path).split())
    claim.text = ("In a placebo-controlled trial at Yale, ketamine eased symptoms more often "
                  "than salt water given the same way.")
    text = " ".join(pdf_text(render.render_pdf(hdoc, "en", {}), tmp_path).split())
    assert "In a placebo-controlled trial at Yale" in text
    assert lead not in text
