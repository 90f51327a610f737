"""Side-effect false alarms of session 17 (rules18), read on the released folders' own
sentences (tests/data/heldout18 and older): a harm whose subject is the illness, not a
treatment ("Heavy bleeding can leave women exhausted", "PMS can bring on bloating").
Each sentence is taken from its article as the analysis segments it (test_side26's
helper), so a test fails if the folder's text changes rather than passing on a copy."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import pytest
from rules_helpers import kinds
from test_side26 import sentence

from summarizer.learned.notices import ENV

DATA = Path(__file__).resolve().parent / "data"


@cache
def _side_effects(folder: str, article: str, model: str) -> tuple[str, ...]:
    """The quotes of the side-effect notices the whole analysis finds in an article,
    with the notice model off or the shipped one."""
    import tomllib

    from summarizer.learned import notices
    from summarizer.sources import analyze
    from summarizer.sources.analyze import analyze_source
    from summarizer.sources.load import load_source

    labels = tomllib.loads((DATA / folder / f"{article}.toml").read_text(encoding="utf-8"))
    (path,) = [p for p in (DATA / folder).glob(article + ".*") if p.suffix in {".txt", ".html"}]
    old = os.environ.get(ENV)
    if model == "off":
        os.environ[ENV] = "off"
    else:
        os.environ.pop(ENV, None)
    analyze.forget()
    notices.forget()
    try:
        an = analyze_source(article, load_source(path), region=str(labels.get("region", "")))
    finally:
        if old is None:
            os.environ.pop(ENV, None)
        else:
            os.environ[ENV] = old
        analyze.forget()
        notices.forget()
    return tuple(d.quote for d in an.disclaimers if d.kind == "side-effects")


def _flagged(folder: str, article: str, opening: str, model: str) -> bool:
    text, _ = sentence(folder, article, opening)
    quotes = _side_effects(folder, article, model)
    return any(text.strip() in q or q.strip() in text for q in quotes)


# A symptom that is the subject of a harm ("Heavy bleeding can leave women exhausted, short
# of breath…", "El dolor menstrual intenso puede causar náuseas…"), no treatment named:
# the harm is the illness's (heldout18's convention: harms of the illness are side-effect
# traps), in the sentence alone.
SYMPTOM_SUBJECTS = [
    ("heldout18", "en-heavy-periods-tranexamic-acid-news", "Heavy bleeding can leave"),
    ("heldout18", "es-dolor-menstrual-adolescentes-noticia", "El dolor menstrual intenso"),
]


@pytest.mark.parametrize(("folder", "article", "opening"), SYMPTOM_SUBJECTS)
def test_a_symptom_that_causes_harm_is_the_illness(folder: str, article: str, opening: str) -> None:
    assert "side-effects" not in kinds(*sentence(folder, article, opening))


# The illness the article treats, as the subject of a harm ("Heavy periods can leave you
# drained" where the coil is for women with heavy periods; "PMS can bring on bloating"
# beside capsules for women with PMS; "Teething can make babies grumpy" beside a gel that
# eases teething): the illness's harm, whatever the model reads.
TREATED_SUBJECTS = [
    ("heldout18", "en-hormonal-coil-fitting-clinic", "Heavy periods can leave you"),
    ("heldout18", "en-chasteberry-pms-capsules-shop", "PMS can bring on"),
    ("train20", "en-asthma-preventer-inhaler-forum", "Asthma can make anyone"),
    ("train12", "en-teething-gels-pharmacy-newsletter", "Teething can make babies"),
]


@pytest.mark.parametrize("model", ["off", "shipped"])
@pytest.mark.parametrize(("folder", "article", "opening"), TREATED_SUBJECTS)
def test_the_treated_illness_that_causes_harm_is_no_side_effect(
    folder: str, article: str, opening: str, model: str
) -> None:
    assert not _flagged(folder, article, opening, model)


# A treatment, a product or a procedure as the subject stays a side effect, whatever else
# the article treats (labelled side effects of their folders).
TREATMENT_SUBJECTS = [
    ("heldout14", "en-ear-candling-news", "Microsuction can make you"),
    ("train20", "en-cpap-ozone-cleaner-online-shop", "Ozone can cause"),
    ("heldout5", "en-cold-water-mood-blog", "Cold shock can make you"),
    # the tablets the article's patient "stopped" are no illness ('stop' treats a symptom
    # in `treats`, not in `illness_leads`)
    ("heldout18", "en-iron-tablets-pregnancy-gp-blog", "Iron tablets often cause"),
    # a symptom word in a treatment's name is no symptom subject
    ("train26", "en-sickle-cell-hydroxyurea-adults-news", "Opioid pain medicines can"),
    # an illness "itself" beside a label's warning stays the labels' side effect
    ("train21", "en-oseltamivir-flu-antiviral-news", "Flu itself can also cause"),
    ("train12", "es-vitamina-c-intravenosa-cancer-clinica", "La hipertermia puede"),
    ("train12", "fr-boosters-immunite-enfants-forum", "Un surdosage en vitamine D"),
]


@pytest.mark.parametrize(("folder", "article", "opening"), TREATMENT_SUBJECTS)
def test_a_treatment_that_causes_harm_stays_a_side_effect(
    folder: str, article: str, opening: str
) -> None:
    assert "side-effects" in kinds(*sentence(folder, article, opening))
    assert _flagged(folder, article, opening, "off")


# A professional who assesses the reader, decides whether or when, guides them through a
# plan, orders a test or does a procedure, and the clinic saying what it will do for
# them: supervision (convention (a): a professional who examines, reviews, follows up or
# decides).
CARE = [
    ("heldout18", "en-endometriosis-heat-diet-forum", "A low-FODMAP diet should be done"),
    ("heldout18", "en-endometriosis-heat-diet-forum", "A pelvic health physiotherapist"),
    ("heldout18", "en-hormonal-coil-fitting-clinic", "We will see you six weeks"),
    ("heldout18", "es-dolor-menstrual-adolescentes-noticia", "Si el dolor no mejora"),
    ("heldout18", "es-mastitis-lactancia-foro", "Si aparece una bola dura"),
    ("heldout18", "fr-sterilet-cuivre-regles-forum", "Si vos règles restent"),
]


@pytest.mark.parametrize(("folder", "article", "opening"), CARE)
def test_a_professional_who_assesses_decides_or_guides_is_supervision(
    folder: str, article: str, opening: str
) -> None:
    assert "supervision" in kinds(*sentence(folder, article, opening))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We will send you a reminder by text the day before.", "en"),
        ("We can't promise an appointment within the week.", "en"),
        ("We assessed 200 women in the study.", "en"),
        ("Le dermatologue a publié une étude sur 300 patients.", "fr"),
    ],
)
def test_no_care_without_the_act(text: str, lang: str) -> None:
    assert "supervision" not in kinds(text, lang)
