"""Supervision and self-medication (rules11, session 11): real sentences of the labelled
folders read under the session-11 label convention (a) (tests/data/corpus/README.md):
"do not X without talking to your doctor / without medical advice" and the like is
self-medication only, not supervision, unless the sentence also states real supervision
(monitoring, tests, care in hospital); "If you have X / take Y, ask your doctor before…"
stays both (session 10)."""

from __future__ import annotations

import pytest
from rules_helpers import kinds, with_model

# Orders not to act alone whose professional is only asked: the rules read them as
# supervision before (false alarms of heldout8-13, train3-10 under the new labels).
ALONE = [
    ("Don't stop moclobemide suddenly after months of use; talk to your GP about a plan "
     "to come off slowly.", "en"),  # heldout10
    ("Not for use in pregnancy or while breastfeeding unless your doctor gives the "
     "go-ahead.", "en"),  # heldout8
    ("Do not stop your other preventive medicine on your own when you start the shots; "
     "your neurologist will tell you if and when to taper it.", "en"),  # heldout12
    ("Switching off ropinirole should be planned with your doctor, because stopping "
     "suddenly can make restless legs much worse for a week or two.", "en"),  # heldout12
    ("Eye vitamins are not recommended for children or during pregnancy unless a doctor "
     "advises them.", "en"),  # heldout13
    ("Si tomas anticoagulantes o tienes un trastorno de la coagulación, no te hagas "
     "punción seca sin autorización de tu médico.", "es"),  # heldout11
    ("Evite los sustitutos de sal con potasio y los suplementos de potasio, salvo que su "
     "médico los haya indicado.", "es"),  # train10
    ("Ne pas utiliser chez les enfants de moins de 12 ans ni pendant la grossesse sans "
     "l'avis d'un professionnel de la santé.", "fr"),  # heldout13
]


@pytest.mark.parametrize(("sentence", "lang"), ALONE)
def test_an_order_not_to_act_alone_is_self_medication_only(sentence: str, lang: str) -> None:
    found = kinds(sentence, lang)
    assert "supervision" not in found
    assert "self-medication" in found


# The model (trained on the old labels) read these as supervision; the rules veto it.
VETOED = [
    ("Patients should not stop taking other narcolepsy medications or change their dose "
     "without talking to their sleep specialist.", "en"),  # heldout12
    ("Don't swap between brands without asking the pharmacist, since they are not all "
     "the same.", "en"),  # train7
    ("No suspendas tus medicamentos para el dolor sin hablar con tu médico.", "es"),
    ("Para niños menores de dos años no se deben usar antihistamínicos sin indicación del "
     "pediatra.", "es"),  # train10
    ("Ne l'associez jamais à un antidépresseur sans en avoir parlé à votre médecin.", "fr"),
    ("N'arrêtez pas d'un coup : demandez à votre médecin un plan de diminution.", "fr"),
    ("Kombinieren Sie es nie ohne ärztlichen Rat mit einem Antidepressivum.", "de"),
    ("Bitte nicht auf einmal absetzen, sondern mit dem Arzt einen Plan zum Ausschleichen "
     "machen.", "de"),  # train8
    ("Schwangere und Stillende dürfen rezeptfreies Pantoprazol nur nach Rücksprache mit "
     "dem Arzt einnehmen.", "de"),  # train9
    # (second round: "only if a doctor has told you to" read past "doc-to-r"; a denial
    # beside a health state, the professional after it, is no clearance)
    ("For children under 17, use it only if a doctor has told you to; many pediatricians "
     "prescribe it, but the dose must come from them.", "en"),  # train10
    ("Children with heart problems, Down syndrome or a past reaction to atropine should not "
     "start the drops before their pediatrician and eye doctor have talked it over.",
     "en"),  # heldout13
    ("El losartán no debe usarse durante el embarazo; si planea embarazarse o queda "
     "embarazada, hable de inmediato con su médico para cambiar el tratamiento.",
     "es"),  # train10
]


@pytest.mark.parametrize(("sentence", "lang"), VETOED)
def test_the_model_gives_no_supervision_to_an_order_not_to_act_alone(
        monkeypatch: pytest.MonkeyPatch, sentence: str, lang: str) -> None:
    found = with_model(monkeypatch, sentence, lang, "supervision", "self-medication")
    assert "supervision" not in found
    assert "self-medication" in found


@pytest.mark.parametrize(("sentence", "lang"), [
    # an order not to act alone, and real supervision beside it: both
    ("Gustavo, por favor no la compres sin fórmula médica: aunque te la vendan, necesitas "
     "que un médico decida si es para ti y te haga seguimiento.", "es"),  # heldout10
    ("Do not pause any other medicine without asking, and never stop insulin: people on "
     "insulin need to check their blood glucose more often and contact their diabetes "
     "team.", "en"),  # train10
    ("Vitamin K can reduce the effect of warfarin: do not take BoneStrong K2 if you use "
     "warfarin unless your anticoagulation clinic has approved it and is checking your "
     "INR.", "en"),  # train14
])
def test_real_supervision_beside_the_order_keeps_the_model(
        monkeypatch: pytest.MonkeyPatch, sentence: str, lang: str) -> None:
    assert "supervision" in with_model(monkeypatch, sentence, lang, "supervision")


@pytest.mark.parametrize(("sentence", "lang"), [
    # session 10's convention kept: a health state or a medicine, then an asking first
    ("People who take other medicines, such as some antifungals or heart drugs, should "
     "check with a pharmacist before using it.", "en"),  # train1
    ("Check with the pharmacist before giving any cough or hay fever medicine alongside "
     "it.", "en"),  # train9
])
def test_asking_first_without_a_denial_is_self_medication(
        monkeypatch: pytest.MonkeyPatch, sentence: str, lang: str) -> None:
    # both until session 12; convention (a'): asking first is self-medication only,
    # whatever a model reads
    assert "self-medication" in kinds(sentence, lang)
    found = with_model(monkeypatch, sentence, lang, "supervision", "self-medication")
    assert "self-medication" in found
    assert "supervision" not in found
