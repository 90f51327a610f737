"""Side-effect false alarms and misses of session 26 (side26), read on the folders' own
sentences (tests/data/train25, train26, heldout17 and older): a body part named alone,
an illness the sentence is about, an interaction given as an order's reason. Each
sentence is taken from its article as the analysis segments it, so a test fails if the
folder's text changes rather than passing on a copy."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from rules_helpers import kinds, with_model

DATA = Path(__file__).resolve().parent / "data"


@cache
def _article(folder: str, article: str) -> tuple[tuple[str, ...], str, str]:
    """The article's sentences as the analysis segments them, its file's text and its
    language."""
    import tomllib

    from summarizer.sources.analyze import analyze_source
    from summarizer.sources.load import load_source

    labels = tomllib.loads((DATA / folder / f"{article}.toml").read_text(encoding="utf-8"))
    (path,) = [p for p in (DATA / folder).glob(article + ".*") if p.suffix in {".txt", ".html"}]
    an = analyze_source(article, load_source(path), region=str(labels.get("region", "")))
    # the file's own text, tags dropped: a page's footer or aside keeps only the lines
    # the rules read as notices in the loaded text
    raw = re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8"))
    return tuple(s.text for s in an.sentences), raw, str(labels.get("lang", "en"))


def sentence(folder: str, article: str, opening: str) -> tuple[str, str]:
    """(sentence, language) of the article's sentence that opens with `opening`: a
    segmented sentence, or the file's text from `opening` to its full stop."""
    found, text, lang = _article(folder, article)
    hits = [s for s in found if s.lstrip().startswith(opening)]
    if hits:
        return hits[0], lang
    at = text.find(opening)
    assert at >= 0, f"{folder}/{article}: no sentence opens with {opening!r}"
    end = re.compile(r"[.!?](?=\s|$)").search(text, at)
    return text[at:end.end() if end else len(text)], lang


def _no_side_effect(monkeypatch: pytest.MonkeyPatch, text: str, lang: str) -> None:
    assert "side-effects" not in kinds(text, lang)
    # nor when a model reads one: the rules see why it is none
    assert "side-effects" not in with_model(monkeypatch, text, lang, "side-effects")


# A body part named alone ("a catheter can be passed to drain the bladder", "al llenarse
# la vejiga", "une sonde vide la vessie") states no harm; a harm to it still does
# ("with regular use it can cause bladder damage", "problemas de vejiga").
ORGANS = [
    ("heldout17", "en-prostate-rats-bitter-leaf-press-release", "If you suddenly cannot pass"),
    ("heldout17", "en-recurrent-cystitis-methenamine-gp-blog", "Every week a woman sits"),
    ("heldout17", "fr-rhume-prostate-retention-pharmacie", "Aux urgences, une sonde"),
]


@pytest.mark.parametrize(("folder", "article", "opening"), ORGANS)
def test_a_body_part_named_alone_is_no_side_effect(folder: str, article: str,
                                                   opening: str) -> None:
    assert "side-effects" not in kinds(*sentence(folder, article, opening))


@pytest.mark.parametrize(("text", "lang"), [
    ("Ketamine can make you feel detached from your body, raise your blood pressure and "
     "leave you confused, and with regular use it can cause bladder damage and craving.",
     "en"),
    ("La ketamina puede provocar mareo, náuseas, aumento de la presión arterial, problemas "
     "de vejiga y, con el uso frecuente, dependencia.", "es"),
    ("Taken every day for months, the powder can irritate the bladder.", "en"),
])
def test_a_harm_to_a_body_part_stays_a_side_effect(text: str, lang: str) -> None:
    assert "side-effects" in kinds(text, lang)


# A lack of a vitamin or a deficiency the subject of a harm ("Left untreated, a lack of
# B12 can cause numbness…"): the illness's harm, as for any illness noun of
# `illness_harms`; "Hepatitis A kann … verursachen": an illness's name with its type.
ILLNESS = [
    ("train26", "en-b12-injections-at-home-forum", "Left untreated, a lack of B12"),
    ("train26", "de-reiseimpfungen-erwachsene-apotheke", "Hepatitis A kann"),
]


@pytest.mark.parametrize(("folder", "article", "opening"), ILLNESS)
def test_what_a_lack_or_an_illness_causes_is_no_side_effect(
        monkeypatch: pytest.MonkeyPatch, folder: str, article: str, opening: str) -> None:
    _no_side_effect(monkeypatch, *sentence(folder, article, opening))


# Signs said to be those of an illness ("…can be a heart attack"): the illness's red
# flags, no side effect, whoever the order to get help sends the reader to; signs of an
# infection stay a side effect (a catheter's, heldout17's labels).
SIGNS_OF_AN_ILLNESS = [
    ("train25", "en-jaw-pain-clicking-forum", "Jaw pain that comes with chest pain"),
]


@pytest.mark.parametrize(("folder", "article", "opening"), SIGNS_OF_AN_ILLNESS)
def test_signs_said_to_be_an_illness_are_no_side_effect(folder: str, article: str,
                                                       opening: str) -> None:
    assert "side-effects" not in kinds(*sentence(folder, article, opening))


@pytest.mark.parametrize(("text", "lang"), [
    ("Black stools on these tablets can be a sign of bleeding, a rare side effect that "
     "needs a doctor the same day.", "en"),
    ("Avoid cold remedies with pseudoephedrine, because they can completely block the "
     "bladder in a man with a large prostate.", "en"),
])
def test_a_sign_named_a_side_effect_stays_one(text: str, lang: str) -> None:
    assert "side-effects" in kinds(text, lang)


@pytest.mark.parametrize(("folder", "article", "opening"), [
    ("heldout17", "en-long-term-catheter-pharmacist-qa", "If he has a fever, shivers"),
    ("heldout17", "fr-palmier-nain-prostate-forum", "Et évitez les médicaments contre le rhume"),
    ("heldout17", "fr-rhume-prostate-retention-pharmacie", "Certains antihistaminiques anciens"),
    ("train17", "es-entrenamiento-cerebral-memoria-clinica", "Muchos medicamentos de uso común"),
])
def test_labelled_harms_stay_side_effects(folder: str, article: str, opening: str) -> None:
    assert "side-effects" in kinds(*sentence(folder, article, opening))


# An order given because of another medicine the reader takes ("If you take a blood
# thinner such as warfarin, check with your pharmacist before use, because clove oil may
# increase the risk of bleeding"): the harm it gives is an interaction, a side effect,
# as when the order names the combination itself ("…together they slow breathing").
INTERACTIONS = [
    ("train25", "en-oil-pulling-sachets-shop", "If you take a blood thinner"),
    ("heldout17", "fr-palmier-nain-prostate-forum", "Si vous prenez un anticoagulant"),
]


@pytest.mark.parametrize(("folder", "article", "opening"), INTERACTIONS)
def test_an_order_for_another_medicine_taken_keeps_its_harm(folder: str, article: str,
                                                           opening: str) -> None:
    assert "side-effects" in kinds(*sentence(folder, article, opening))


@pytest.mark.parametrize(("text", "lang"), [
    # a reason with no other medicine taken stays the order's (the rules leave it to
    # the model, as before)
    ("Do not stop the tablets suddenly, because stopping can bring on seizures.", "en"),
])
def test_an_order_without_another_medicine_keeps_its_reason_apart(text: str,
                                                                  lang: str) -> None:
    assert "side-effects" not in kinds(text, lang)


# The treatment itself named in the condition is no other medicine (the corpus's
# valproate news: a false alarm while drug names counted).
@pytest.mark.parametrize(("folder", "article", "opening"), [
    ("corpus", "en-valproate-news", "If you take valproate, do not stop it suddenly"),
    ("heldout15", "en-cranberry-dmannose-newsletter", "If you take warfarin, speak to your"),
])
def test_a_drug_named_in_the_condition_is_no_interaction(folder: str, article: str,
                                                         opening: str) -> None:
    assert "side-effects" not in kinds(*sentence(folder, article, opening))


# An illness's red flags (lasting more than so long) with an order to contact a doctor:
# convention (f), no side effect, as with "see a doctor" (help_orders).
@pytest.mark.parametrize(("folder", "article", "opening"), [
    ("train26", "en-home-immunoglobulin-infusions-clinic", "If you have a fever over 38"),
])
def test_red_flags_with_an_order_to_contact_a_doctor(folder: str, article: str,
                                                     opening: str) -> None:
    assert "side-effects" not in kinds(*sentence(folder, article, opening))


# Relief told as symptoms that did not come back, or as fewer of them ("…my pins and
# needles haven't come back since", "…with fewer dangerous bleeds"): what a treatment
# did for the illness, no harm (benefit_frames).
RELIEF = [
    ("train26", "en-b12-injections-at-home-forum", "My GP moved me to an injection"),
    ("train26", "en-first-blood-donation-family-doctor-blog", "Platelets from donors help"),
]


@pytest.mark.parametrize(("folder", "article", "opening"), RELIEF)
def test_relief_is_no_side_effect(monkeypatch: pytest.MonkeyPatch, folder: str,
                                  article: str, opening: str) -> None:
    _no_side_effect(monkeypatch, *sentence(folder, article, opening))


# The Austrian statutory formula ("Über Wirkung und mögliche unerwünschte Wirkungen
# informieren Gebrauchsinformation, Arzt oder Apotheker"), in a page's aside: a referral
# to the leaflet, like "Zu Risiken und Nebenwirkungen lesen Sie…", names no side effect.
@pytest.mark.parametrize(("folder", "article", "opening"), [
    ("heldout17", "de-baerentraube-blasenentzuendung-apotheke", "Über Wirkung und mögliche"),
])
def test_the_austrian_leaflet_formula_is_no_side_effect(monkeypatch: pytest.MonkeyPatch,
                                                        folder: str, article: str,
                                                        opening: str) -> None:
    _no_side_effect(monkeypatch, *sentence(folder, article, opening))


# A blood pressure measured ("Unser Team misst Ihren Blutzucker und Blutdruck ohne
# Voranmeldung") names no harm; a pressure that rises or falls still does.
@pytest.mark.parametrize(("folder", "article", "opening"), [
    ("train25", "de-zahnfleischbluten-mundspuelung-apotheken-newsletter",
     "Unser Team misst Ihren Blutzucker"),
])
def test_a_blood_pressure_measured_is_no_side_effect(folder: str, article: str,
                                                     opening: str) -> None:
    assert "side-effects" not in kinds(*sentence(folder, article, opening))


@pytest.mark.parametrize("text", [
    "Der Blutdruck kann in der ersten Stunde deutlich steigen.",
    "Häufig sind Schwindel, Übelkeit und ein vorübergehender Anstieg des Blutdrucks.",
    "Als Infusion kann das Mittel den Blutdruck plötzlich stark senken.",
    "Bei häufiger Anwendung kann Ketamin die Blase schädigen und abhängig machen.",
])
def test_a_blood_pressure_that_changes_stays_a_side_effect(text: str) -> None:
    assert "side-effects" in kinds(text, "de")


# A blister ("eine Blase") is a harm; the bladder named alone is not.
@pytest.mark.parametrize(("folder", "article", "opening"), [
    ("train19", "de-warzen-vereisung-stift-apotheke", "Nach der Behandlung brennt die Stelle"),
])
def test_a_blister_stays_a_side_effect(folder: str, article: str, opening: str) -> None:
    assert "side-effects" in kinds(*sentence(folder, article, opening))
