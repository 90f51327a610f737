"""Rules of rules26: general families found among the released folders' trap problems and
notice misses (issue 8), each read on the labelled text of a released folder (found by its
opening words, so the test reads what the folder holds) and, where it helps, on a sentence
of our own in the same shape."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import pytest
from rules_helpers import kinds

from summarizer.evidence import hedge_words
from summarizer.sources.claims import flag_claim

DATA = Path(__file__).resolve().parent / "data"


@cache
def _labels(folder: str, article: str) -> dict:
    return tomllib.loads((DATA / folder / f"{article}.toml").read_text(encoding="utf-8"))


def labelled(folder: str, article: str, key: str, opening: str) -> tuple[str, str]:
    """(text, lang) of the item under `key` ("hype", "hype_free", "hedges") of one label
    file that opens with `opening`."""
    labels = _labels(folder, article)
    items = [i if isinstance(i, str) else i["text"] for i in labels.get(key, [])]
    (text,) = [t for t in items if t.startswith(opening)]
    return text, str(labels.get("lang", "en"))


# A hype word that is only a name: capitalised inside a sentence in a language that writes
# its nouns in lower case (a person, a parish, a hospital wing), or joined by a hyphen to a
# capitalised word (a shopping centre's name, in any language).
@pytest.mark.parametrize(("folder", "article", "opening"), [
    ("train26", "es-hemofilia-profilaxis-en-casa-foro", "Gracias, Milagros"),
    ("train23", "fr-defibrillateur-implantable-clinique", "Les consultations de"),
    ("train26", "de-reiseimpfungen-erwachsene-apotheke", "Apotheke im Wunderland"),
])
def test_a_hype_word_that_is_only_a_name_is_no_hype(folder: str, article: str,
                                                    opening: str) -> None:
    text, lang = labelled(folder, article, "hype_free", opening)
    assert "hype" not in flag_claim(text, lang)[0]


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Nos vemos en la farmacia Milagros de la calle Mayor, junto al mercado.", "es"),
    ("The shop moved to the Wonder-Plaza car park last spring.", "en"),
])
def test_a_name_of_our_own_is_no_hype(sentence: str, lang: str) -> None:
    assert "hype" not in flag_claim(sentence, lang)[0]


@pytest.mark.parametrize(("sentence", "lang"), [
    # a hype word that opens its sentence, a German noun, a shout: still hype
    ("Miracle gummies that melt away belly fat overnight!", "en"),
    ("Dieses Spray ist ein echtes Wunder für Ihre Gelenke.", "de"),
    ("This cream is a MIRACLE for dry skin.", "en"),
    ("Este gel es un milagro para las articulaciones.", "es"),
])
def test_hype_that_is_no_name_stays_hype(sentence: str, lang: str) -> None:
    assert "hype" in flag_claim(sentence, lang)[0]


# Permission, not a hedge: what the reader may get or do ("You may be able to get … funded",
# "Puede pedirnos…", "Puede cargarla…"), or what a professional may do for the reader
# ("Your GP may be able to refer you", "votre médecin peut vous prescrire…").
@pytest.mark.parametrize(("folder", "article", "opening"), [
    ("heldout17", "en-bladder-leaks-menopause-pharmacy-newsletter", "You may be able to get"),
    ("heldout14", "fr-mal-de-gorge-test-pharmacie", "Si le test est positif"),
    ("train17", "es-gotas-colicos-bebe-farmaceutica-qa", "Puede cargarla"),
])
def test_permission_is_no_hedge(folder: str, article: str, opening: str) -> None:
    text, lang = labelled(folder, article, "hedges", opening)
    assert not hedge_words(text, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("You may be able to get the spacer free on prescription.", "en"),
    ("Votre pharmacienne peut vous orienter vers un médecin de garde.", "fr"),
    ("Puede mecerlo en brazos hasta que se duerma.", "es"),
])
def test_permission_of_our_own_is_no_hedge(sentence: str, lang: str) -> None:
    assert not hedge_words(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    # what a treatment may do stays a hedge, whoever it is for
    ("The drug may be able to slow the disease in some people.", "en"),
    ("Le médicament peut vous donner des nausées les premiers jours.", "fr"),
    ("El jarabe puede causarle somnolencia.", "es"),
    ("You may be able to stop the tablets after a year, but nobody knows yet.", "en"),
])
def test_a_treatments_possibility_stays_a_hedge(sentence: str, lang: str) -> None:
    assert hedge_words(sentence, lang)


def _notice(folder: str, article: str, kind: str, opening: str) -> tuple[str, str]:
    """(text, lang) of a labelled notice of `kind` that opens with `opening`."""
    labels = _labels(folder, article)
    (text,) = [n["text"] for n in labels["notices"]
               if n["kind"] == kind and n["text"].startswith(opening)]
    return text, str(labels.get("lang", "en"))


# A sentence that opens by forbidding the reader an act with the body or a remedy:
# self-medication, whatever the act (the rules knew only medicine acts: stop, change, buy).
@pytest.mark.parametrize(("folder", "article", "opening"), [
    ("train25", "en-oil-pulling-sachets-shop", "Do not swallow the oil"),
    ("train25", "en-wisdom-teeth-painkillers-news", "Don't smoke, vape"),
    ("heldout17", "en-recurrent-cystitis-methenamine-gp-blog", "Don't drink bicarbonate"),
    ("heldout14", "en-ear-candling-news", "Never push cotton buds"),
    ("train14", "en-varicose-vein-sclerotherapy-clinic", "Don't rub creams"),
    ("heldout16", "fr-gel-ketoprofene-entorse-pharmacie", "Ne mettez pas de pansement"),
    ("train23", "fr-raynaud-nifedipine-blog-angiologue", "Ne buvez pas de jus"),
    ("heldout14", "de-mittelohr-zwiebel-apotheke", "Erwärmen Sie die Zwiebel nicht"),
    ("train14", "de-elektrostimulation-polyneuropathie-apotheke", "Kleben Sie die Elektroden nie"),
])
def test_an_act_forbidden_is_self_medication(folder: str, article: str, opening: str) -> None:
    text, lang = _notice(folder, article, "self-medication", opening)
    assert "self-medication" in kinds(text, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    # feelings, waiting, driving (a precaution), a past: no act forbidden
    ("Please don't feel ashamed.", "en"),
    ("Don't wait until you get home.", "en"),
    ("Don't let anyone talk you out of it.", "en"),
    ("Never felt better!", "en"),
    ("Do not drive for the rest of the day after a dose.", "en"),
    ("Don't listen to the doom and gloom.", "en"),
    ("Ne conduisez pas si vous vous sentez somnolent.", "fr"),
    ("Ne vous inquiétez pas si la cicatrice reste rose quelques mois.", "fr"),
    ("Fahren Sie kein Auto, solange Sie sich schläfrig fühlen.", "de"),
    ("Machen Sie sich keine Sorgen, wenn die Narbe noch rot ist.", "de"),
    # an alcohol order beside a driving precaution is left to the model (heldout9's labels)
    ("Ne prenez pas d'alcool pendant le traitement, et ne conduisez pas tant que vous ne "
     "savez pas comment vous réagissez.", "fr"),
])
def test_no_act_forbidden_is_no_self_medication(sentence: str, lang: str) -> None:
    assert "self-medication" not in kinds(sentence, lang)


# A professional the reader is sent to, then what they will or can do ("tell your GP, who can
# shorten the gap"): the professional acts for the reader, supervision.
@pytest.mark.parametrize(("folder", "article", "opening"), [
    ("train26", "en-b12-injections-at-home-forum", "If your symptoms come back"),
    ("train26", "en-home-immunoglobulin-infusions-clinic", "Some patients get a headache"),
    ("heldout17", "en-bedwetting-alarm-parents-forum", "Before either treatment"),
    ("train22", "en-vertigo-balance-clinic", "If you have neck or back problems"),
])
def test_a_professional_who_acts_is_supervision(folder: str, article: str,
                                                opening: str) -> None:
    text, lang = _notice(folder, article, "supervision", opening)
    assert "supervision" in kinds(text, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    # what the professional says, or checks of a product: nobody examines the reader
    ("Ask your pharmacist, who can explain how the patches work.", "en"),
    ("Before you start a herbal product, show it to your pharmacist, who can check it "
     "against your other medicines.", "en"),
])
def test_a_professional_who_only_talks_is_no_supervision(sentence: str, lang: str) -> None:
    assert "supervision" not in kinds(sentence, lang)
