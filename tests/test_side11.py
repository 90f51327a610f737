"""Side-effect notices (side11, session 11): real sentences of the labelled folders."""

from __future__ import annotations

import pytest
from rules_helpers import with_model

from summarizer.sources.disclaimers import sentence_kinds


# An instruction whose reason is a harm: the rules leave the harm to the instruction, but
# heldout10-13 label most of them side effects too; the model decides (it is not vetoed).
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Never stop it all at once after months of use, because you can get nausea, headaches "
     "and vivid dreams for a week or so.", "en"),  # heldout11
    ("Ne buvez pas d'alcool et ne prenez pas de somnifères sans avis médical pendant le "
     "traitement, car la somnolence peut s'aggraver.", "fr"),  # heldout12
    ("\"El paciente no debe dejarlo de golpe, porque aparecen síntomas de abstinencia como "
     "sudores, ansiedad y diarrea; hay que reducir la dosis poco a poco con el médico\", "
     "explica Amparo Soler, farmacéutica comunitaria en Gandía.", "es"),  # heldout12
])
def test_an_orders_harm_leaves_the_model_free(monkeypatch: pytest.MonkeyPatch,
                                               sentence: str, lang: str) -> None:
    assert "side-effects" in with_model(monkeypatch, sentence, lang, "side-effects")


def test_a_denied_harm_still_vetoes_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "Unlike older sleeping pills, it does not cause dizziness the next morning."
    assert "side-effects" not in with_model(monkeypatch, sentence, "en", "side-effects")


def _rules_read_side_effects(sentence: str, lang: str) -> bool:
    return any(k == "side-effects" for k, _ in sentence_kinds(sentence, lang, use_model=False))


# Warning signs with an order to stop the treatment (heldout12/13 READMEs: "stop it and see
# a doctor" signs are side effects), whatever the signs' words.
@pytest.mark.parametrize(("sentence", "lang"), [
    ("If a headache after the drops is severe or comes with eye pain and blurred vision, stop "
     "using them and call NHS 111 or your optometrist.", "en"),
    ("Si notás el ojo muy rojo, con secreción o con dolor, o si ves peor, suspendé el colirio "
     "y consultá a tu oftalmóloga ese mismo día.", "es"),
    ("Si tu hijo despierta con el ojo rojo, con dolor, con mucha sensibilidad a la luz o ve "
     "peor, sácale los lentes y llámanos o consulta en urgencia oftalmológica el mismo día.",
     "es"),
])
def test_signs_then_stop_are_side_effects(sentence: str, lang: str) -> None:
    assert _rules_read_side_effects(sentence, lang)


def test_signs_then_a_visit_only_are_not() -> None:
    """Signs of the illness getting worse, with a visit and no stop: supervision only."""
    assert not _rules_read_side_effects(
        "If you notice straight lines looking wavy, a blurred or dark patch in the centre of "
        "your vision, or colours looking faded, see your optometrist or GP within a few days: "
        "this can be a sign of AMD getting worse, and no supplement will fix it.", "en")


# Harms to the skin and sight in everyday words, in four languages (the articles of the
# held-out set released in session 11: the body's surface, which no earlier list named).
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Keep the bottle out of reach of younger brothers and sisters, because atropine is "
     "poisonous if swallowed.", "en"),
    ("My aunt used the same drops for five years and the skin around her eyes went darker and "
     "her eyes looked sunken, so think twice.", "en"),
    ("Prescription eye drops are prescribed for one person after an eye exam, and sharing "
     "bottles can also spread eye infections.", "en"),
    ("Call us if you get blistering or pain that lasts more than two days.", "en"),
    ('"My cheeks were tender and blotchy for nearly a week after the second session." '
     "(James, Porirua)", "en"),
    ("Your vision in dim light will be darker while the drops are working, so do not drive at "
     "night or in poor light after using them.", "en"),
    ("El riesgo más serio es una infección de la córnea, poco frecuente pero que puede dejar "
     "una cicatriz y pérdida de visión.", "es"),
    ('"A mi hijo le costó mucho acostumbrarse, lloraba cada noche y tuvo el ojo irritado casi '
     'dos semanas." (Rodrigo, Maipú)', "es"),
    ("Una paciente de Calahorra contó a este diario que las primeras semanas notaba las gotas "
     "frías y pegajosas y se le nublaba la vista un rato.", "es"),
    ("Marc-André L. : Ça m'a brûlé les paupières tellement fort que j'ai eu les yeux enflés "
     "toute la journée.", "fr"),
    ("Helga, 64: Bei mir hat es nach zwei Tagen gebrannt und die Lider sind angeschwollen, ich "
     "habe es sofort abgesetzt.", "de"),
    ("Da die Sicht kurz nach dem Eintropfen verschwommen sein kann, fahren Sie erst Auto, wenn "
     "Sie wieder klar sehen.", "de"),
])
def test_harms_to_skin_and_sight(sentence: str, lang: str) -> None:
    assert _rules_read_side_effects(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    # a poison centre's name or label beside its number: when to call, no harm of a treatment
    ("Si alguien se toma un colirio por error, llamá al Centro Nacional de Intoxicaciones: "
     "0800 333 0160.", "es"),
    ("Intoxicaciones: CITUC, +56 2 2635 3800.", "es"),
    ("Centro de Intoxicaciones: 0800-333-0160.", "es"),  # train8
    # symptoms that got better in a study: an outcome
    ("In einer Studie mit 65 Menschen mit gereizten Augen, die alle vier Wochen lang "
     "Augentrost-Tropfen bekamen, besserten sich Rötung und Brennen bei den meisten, doch es "
     "gab keine Vergleichsgruppe.", "de"),
    # not recommended for a group with a condition: a contraindication, no interaction
    ("No se recomienda en niños con alergias oculares mal controladas, ojo seco importante o "
     "infecciones frecuentes del párpado.", "es"),
    # the reader's skin where not to apply it (heldout11, train9)
    ("No lo apliques sobre heridas, piel irritada ni mucosas, y no lo cortes si tu médico no "
     "te lo indicó.", "es"),
    ("La cure est déconseillée pendant la grossesse, en cas d'insuffisance cardiaque grave ou "
     "d'infection de la peau.", "fr"),
])
def test_not_harms_of_the_treatment(sentence: str, lang: str) -> None:
    assert not _rules_read_side_effects(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    # a harm that follows from use ("can lead to"), raised liver enzymes, a harm after a
    # duration of use ("Used for too long" names no indication); train11, train13
    ("Combining them without that adjustment can lead to low blood sugar.", "en"),
    ("At the highest dose, four of the twelve rats lost weight and two had raised liver "
     "enzymes, which the team says need further study.", "en"),
    ("Used for too long, hydroquinone itself can cause a blue-black darkening of the skin "
     "called ochronosis.", "en"),
])
def test_harms_said_by_their_consequence(sentence: str, lang: str) -> None:
    assert _rules_read_side_effects(sentence, lang)
