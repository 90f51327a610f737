"""The traps of issue 8, one test each, on the labelled corpus (tests/data/corpus/).

Each failed before the change it tests: evidence read negation-aware from the source,
supervision and precautions found, side effects that are side effects, consent banners
masked, safety lines in HTML footers and asides found, one contact per number, a drug's
common name that is not hype, and "may" that grants permission.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from summarizer.evidence import derive_evidence, hedge_words
from summarizer.model import Span
from summarizer.sources.analyze import SourceAnalysis, analyze_source
from summarizer.sources.claims import flag_claim
from summarizer.sources.load import load_source

CORPUS = Path(__file__).parent / "data" / "corpus"


@cache
def analysed(name: str) -> SourceAnalysis:
    (path,) = [p for p in CORPUS.glob(name + ".*") if p.suffix in {".txt", ".html"}]
    return analyze_source(name, load_source(path))


def level(name: str, sentence: str, lang: str = "en") -> str:
    text = analysed(name).source.text
    at = text.index(sentence)
    return derive_evidence(text, Span(at, at + len(sentence)), lang).level


def kinds_of(name: str, sentence: str) -> set[str]:
    """Notice kinds detected on the sentence (a notice that overlaps it)."""
    an = analysed(name)
    at = an.source.text.index(sentence)
    end = at + len(sentence)
    return {d.kind for d in an.disclaimers if d.span.start < end and at < d.span.end}


# --- evidence, negation-aware --------------------------------------------------------


def test_no_placebo_group_is_not_a_controlled_trial() -> None:
    s = "Depression scores fell by about half at three weeks, but the study had no placebo group"
    assert level("en-psilocybin-news", s) == "uncontrolled-trial"
    s = "Otro estudio en Madrid, con 20 voluntarios, no tenía grupo placebo"
    assert level("es-psilocibina", s, "es") == "uncontrolled-trial"


def test_no_control_group_and_open_label_are_uncontrolled() -> None:
    s = "In one small study, 40 adults with mild depression took saffron for eight weeks"
    assert level("en-saffron-supplement", s) == "uncontrolled-trial"
    s = "may also help people drink less, according to a small open-label study"
    assert level("en-semaglutide-alcohol", s) == "uncontrolled-trial"


def test_not_randomized_lowers_the_level_but_keeps_a_comparison() -> None:
    # no comparison group at all: uncontrolled
    s = "In a 2024 study at our partner clinic, 120 patients received five sessions a week"
    assert level("en-tms-blog", s) == "uncontrolled-trial"
    # compared with an antidepressant, but not randomized: controlled, not randomized
    s = "Another trial found saffron worked as well as a common antidepressant"
    assert level("en-saffron-supplement", s) == "controlled-trial"


def test_design_levels_from_sentence_and_paragraph() -> None:
    s = "In two randomized, double-blind trials, women who took zuranolone for 14 days"
    assert level("en-zuranolone-news", s) == "randomized-controlled"
    s = "The benefit was still seen 45 days after the first dose."
    assert level("en-zuranolone-news", s) == "randomized-controlled"
    s = "One of our patients, a 52-year-old teacher, described in a published case report"
    assert level("en-tms-blog", s) == "case-report"
    s = "In test tubes, saffron compounds protected brain cells from damage."
    assert level("en-saffron-supplement", s) == "lab-mechanism"
    s = "En ratas sometidas a estrés, el extracto redujo los niveles de cortisol."
    assert level("es-ashwagandha-suplemento", s, "es") == "animal"


def test_opinion_verdict_says_the_article_says() -> None:
    an = analysed("en-saffron-supplement")
    s = "Our customers say they feel calmer within days."
    at = an.source.text.index(s)
    verdict = derive_evidence(an.source.text, Span(at, at + len(s)), "en")
    assert verdict.level == "opinion" and verdict.opinion


# --- supervision, precautions, side effects -----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "A nurse stays with you while you take it and for the rest of the visit.",
        "You are observed for two hours after each dose",
        "During that time, a nurse checks your blood pressure every 15 minutes.",
        "Do not drive or operate machinery until the next day, after a night of sleep.",
        "Someone must drive you home after every visit",
    ],
)
def test_supervision_and_precautions_found(sentence: str) -> None:
    assert "supervision" in kinds_of("en-esketamine-clinic", sentence)


def test_blood_pressure_checks_are_not_side_effects() -> None:
    s = "During that time, a nurse checks your blood pressure every 15 minutes."
    assert "side-effects" not in kinds_of("en-esketamine-clinic", s)
    s = "Durante ese tiempo, una enfermera le toma la presión arterial cada 15 minutos."
    assert kinds_of("es-esketamina-clinica", s) == {"supervision"}


def test_reduces_side_effects_is_not_a_side_effect_notice() -> None:
    s = "Unlike antidepressant pills, TMS reduces side effects such as weight gain"
    assert "side-effects" not in kinds_of("en-tms-blog", s)
    s = "Subir la dosis poco a poco reduce los efectos secundarios digestivos"
    assert "side-effects" not in kinds_of("es-semaglutida", s)


def test_spanish_notices_found() -> None:
    name = "es-esketamina-clinica"
    assert "supervision" in kinds_of(name, "Otra persona debe llevarle a casa después de cada")
    assert "regulatory" in kinds_of(name, "La FDA no ha aprobado la esketamina para menores")
    assert "self-medication" in kinds_of(name, "Nunca use ketamina comprada por internet")
    assert "side-effects" in kinds_of(name, "Los efectos secundarios más comunes son mareo")


# --- boilerplate and HTML footers ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "banner"),
    [
        ("en-semaglutide-alcohol", "We and our partners use cookies and similar technologies"),
        ("en-tms-blog", "you agree to the storing of first- and third-party tracking technologies"),
        ("es-esketamina-clinica", "usted acepta el almacenamiento de cookies en su dispositivo"),
    ],
)
def test_consent_banner_is_not_a_claim(name: str, banner: str) -> None:
    assert not [c for c in analysed(name).claims if banner in c.quote]


def test_crisis_line_in_html_footer_and_aside_is_found_never_a_claim() -> None:
    an = analysed("en-esketamine-clinic")
    crisis = [d for d in an.disclaimers if d.kind == "crisis-line"]
    numbers = {(c.number, c.extra) for d in crisis for c in d.contacts}
    assert {("988", ""), ("988", "then press 1"), ("911", "")} <= numbers
    assert not [c for c in an.claims if "988" in c.quote or "911" in c.quote]
    # the page's other footer lines (address, copyright) are not brought in
    assert "All rights reserved" not in an.source.text


def test_footer_crisis_line_in_spanish() -> None:
    an = analysed("es-psilocibina")
    numbers = {c.number for d in an.disclaimers if d.kind == "crisis-line" for c in d.contacts}
    assert numbers == {"024", "112"}


def test_one_contact_per_number_per_article() -> None:
    # "the 988 Suicide & Crisis Lifeline at 988": the name's 988 is not a second contact
    an = analysed("en-psilocybin-news")
    got = [c.number for d in an.disclaimers if d.kind == "crisis-line" for c in d.contacts]
    assert got == ["988"]
    # "1-833-TLC-MAMA (1-833-852-6262)": one number written two ways
    an = analysed("en-zuranolone-news")
    got = [c.number for d in an.disclaimers if d.kind == "crisis-line" for c in d.contacts]
    assert sorted(got) == ["+18338526262", "988"]


# --- hype and hedges ---------------------------------------------------------------------


def test_magic_mushrooms_is_a_name_not_hype() -> None:
    assert flag_claim("Psilocybin, the active compound in magic mushrooms, is having a moment.")[
        0
    ] == ()
    assert "hype" in flag_claim("A magical cure for the blues.")[0]
    assert flag_claim("el principio activo de los hongos mágicos")[0] == ()


@pytest.mark.parametrize(
    ("sentence", "lang", "hedged"),
    [
        ("You may take the weekly injection at any time of day, with or without food.", "en",
         False),
        ("You may bring a friend to wait with you.", "en", False),
        ("Patients may eat normally on the day of the injection.", "en", False),
        ("Saffron may ease mild low mood in some people.", "en", True),
        ("The spray may cause dizziness.", "en", True),
        ("Puede tomar las cápsulas con o sin comida.", "es", False),
        ("La psilocibina podría ser útil para algunas personas.", "es", True),
    ],
)
def test_may_granting_permission_is_not_a_hedge(sentence: str, lang: str, hedged: bool) -> None:
    assert bool(hedge_words(sentence, lang)) is hedged


# --- more ways to say it (written after the corpus, to widen the rules in general terms) ---

@pytest.mark.parametrize(
    ("sentence", "lang", "kind", "expected"),
    [
        ("Your doctor will check your lithium blood levels every three months.", "en",
         "supervision", True),
        ("A therapist reviews your symptom scores each week.", "en", "supervision", True),
        ("Sessions take place in a hospital with an anaesthetist present.", "en",
         "supervision", True),
        ("The infusion is only given in a certified clinic, never at home.", "en",
         "supervision", True),
        ("You will need someone to stay with you for the rest of the day.", "en",
         "supervision", True),
        ("Your heart rate and breathing are monitored throughout the session.", "en",
         "supervision", True),
        ("You will be asked to stay in the clinic for an hour afterwards.", "en",
         "supervision", True),
        ("Su médico revisará sus niveles en sangre cada tres meses.", "es", "supervision", True),
        ("La sesión se realiza en un hospital con un anestesista presente.", "es",
         "supervision", True),
        ("The study took place at a large hospital in Ohio.", "en", "supervision", False),
        ("Buying it online is risky and often illegal.", "en", "self-medication", True),
        ("Talk to your doctor before you stop or change any medicine.", "en",
         "self-medication", True),
        ("People who do not take their medicine every day relapse more often.", "en",
         "self-medication", False),
        ("The drug is used to treat nausea after chemotherapy.", "en", "side-effects", False),
        ("Many patients come to the clinic for migraine headaches.", "en", "side-effects",
         False),
        ("Some users get headaches and feel sick after a session.", "en", "side-effects", True),
    ],
)
def test_notice_kinds_in_other_phrasings(sentence: str, lang: str, kind: str,
                                         expected: bool) -> None:
    from summarizer.sources.disclaimers import sentence_kinds

    assert (kind in {k for k, _ in sentence_kinds(sentence, lang)}) is expected
