"""Faithfulness fixes of the faith31 session.

- a supervision notice printed without its supervision: "in hospital, under medical
  supervision" (who watches, where) dropped while the rest of the sentence is kept, so
  the kept-kind share let it through (tester, fr and en); the watching kept in other words
  ("a doctor watches you", "te vigilan") passes;
- a possible effect printed as a certain one: "can push your level up" printed as "will
  push it up" (es "puede" -> "va a", fr "peut" -> "va", de "kann" -> "wird"); "can" kept,
  or said as "may"/"might", passes, and so does "can" meaning ability ("you can take it
  with food" -> "take it with food");
- faithful rewrites no longer blocked as a step done "without" what the quote asks for:
  what the quote sets aside itself ("rather than rubbing it in" -> "without rubbing"), and
  a count after "without" ("en ayunas de ocho horas" -> "sin comer durante ocho horas":
  the hours say how long, not what is left out).

Invented sentence pairs (no corpus text); the faithful restatement beside each change
passes.
"""

from __future__ import annotations

import pytest
from faith_helpers import blocked, ids

# (quote, unfaithful text, faithful text, lang)
DROPPED_SUPERVISION = [
    ("If you have had a severe reaction before, the first dose of the vaccine is given in "
     "hospital under medical supervision, with a booster every six months for two years.",
     "If you have had a severe reaction before, the first dose of the vaccine is given with "
     "a booster every six months for two years.",
     "If you reacted badly before, you get the first dose in hospital where a doctor watches "
     "you, then a booster every six months for two years.",
     "en"),
    ("After the first infusion you stay in the clinic and are observed by a nurse for two "
     "hours before you go home with your blood pressure chart.",
     "After the first infusion you wait two hours before you go home with your blood "
     "pressure chart.",
     "After the first infusion a nurse keeps an eye on you for two hours, then you go home "
     "with your blood pressure chart.",
     "en"),
    ("Después de la primera dosis, permanece en observación durante una hora en el centro "
     "de salud, con una enfermera cerca, antes de volver a casa.",
     "Después de la primera dosis, espera una hora antes de volver a casa.",
     "Tras la primera dosis, te vigilan durante una hora en el centro de salud antes de "
     "volver a casa.",
     "es"),
    ("Pour les personnes qui ont déjà fait une réaction grave, la désensibilisation au "
     "pollen se fait à l'hôpital, sous surveillance médicale, avec des injections pendant "
     "trois à cinq ans.",
     "Pour les personnes qui ont déjà fait une réaction grave, la désensibilisation au "
     "pollen se fait avec des injections pendant trois à cinq ans.",
     "Après une réaction grave, la désensibilisation au pollen se fait à l'hôpital, où un "
     "médecin vous surveille, avec des injections pendant trois à cinq ans.",
     "fr"),
    ("Die erste Infusion bekommen Sie in der Klinik unter ärztlicher Aufsicht, danach "
     "alle vier Wochen für ein Jahr.",
     "Die erste Infusion bekommen Sie wie die anderen alle vier Wochen für ein Jahr.",
     "Bei der ersten Infusion in der Klinik passt eine Ärztin auf Sie auf; danach kommt "
     "alle vier Wochen für ein Jahr eine weitere.",
     "de"),
]


@pytest.mark.parametrize("quote,bad,good,lang", DROPPED_SUPERVISION, ids=ids)
def test_a_supervision_notice_printed_without_its_supervision_is_blocked(quote, bad, good,
                                                                         lang):
    assert blocked(quote, bad, lang, "supervision")
    assert not blocked(quote, good, lang, "supervision")


def test_the_supervision_kept_as_the_place_alone_passes():
    quote = ("The injections are given in hospital under medical supervision for the first "
             "three months.")
    assert not blocked(quote, "For the first three months you get the injections in "
                              "hospital.", "en", "supervision")


# (quote, unfaithful text, faithful text, lang, kind)
CERTAIN = [
    ("Dehydration can push your lithium level up, so drink more in hot weather.",
     "Losing too much water will push your lithium level up, so drink more in hot weather.",
     "Losing too much water may push your lithium level up, so drink more in hot weather.",
     "en", "side-effects"),
    ("Grapefruit juice can raise the level of the medicine in your blood.",
     "Grapefruit juice always raises the level of the medicine in your blood.",
     "Grapefruit juice might raise the level of the medicine in your blood.",
     "en", "side-effects"),
    ("La deshidratación puede subir el nivel del medicamento en la sangre.",
     "La deshidratación va a subir el nivel del medicamento en la sangre.",
     "Si pierde mucho líquido, el nivel del medicamento en la sangre puede subir.",
     "es", "side-effects"),
    ("La déshydratation peut augmenter le taux du médicament dans le sang.",
     "La déshydratation va augmenter le taux du médicament dans le sang.",
     "Le manque d'eau peut augmenter le taux du médicament dans le sang.",
     "fr", "side-effects"),
    ("Flüssigkeitsmangel kann den Spiegel des Medikaments im Blut erhöhen.",
     "Flüssigkeitsmangel wird den Spiegel des Medikaments im Blut erhöhen.",
     "Wenn Sie zu wenig trinken, kann der Spiegel des Medikaments im Blut steigen.",
     "de", "side-effects"),
]


@pytest.mark.parametrize("quote,bad,good,lang,kind", CERTAIN, ids=ids)
def test_a_possible_effect_printed_as_certain_is_blocked(quote, bad, good, lang, kind):
    assert blocked(quote, bad, lang, kind)
    assert not blocked(quote, good, lang, kind)


def test_can_as_ability_printed_as_will_passes():
    quote = "You can take the tablets with or without food."
    assert not blocked(quote, "You will take the tablets with or without food.", "en",
                       "self-medication")


# (quote, faithful text, lang)
WITHOUT_KEPT = [
    ("Pat the lotion on gently rather than rubbing it into the skin.",
     "Pat the lotion on gently, without rubbing it in.", "en"),
    ("Aplique la loción con suavidad en lugar de frotarla sobre la piel.",
     "Aplique la loción con suavidad, sin frotar la piel.", "es"),
    ("Tiene que venir en ayunas de ocho horas para el análisis.",
     "Para el análisis, venga sin comer durante ocho horas.", "es"),
    ("Pour la prise de sang, venez à jeun depuis douze heures.",
     "Pour la prise de sang, venez sans manger depuis douze heures.", "fr"),
    ("Tupfen Sie die Lotion sanft auf, statt sie in die Haut einzureiben.",
     "Tupfen Sie die Lotion sanft auf, ohne sie in die Haut einzureiben.", "de"),
]


@pytest.mark.parametrize("quote,good,lang", WITHOUT_KEPT, ids=ids)
def test_without_what_the_quote_sets_aside_or_for_how_long_passes(quote, good, lang):
    assert not blocked(quote, good, lang, "self-medication")


def test_a_step_the_quote_asks_for_printed_as_done_without_it_is_still_blocked():
    assert blocked("Get advice from your GP before your first float.",
                   "You can float without seeing your GP.", "en", "self-medication")
    assert blocked("Ayune durante ocho horas y consulte a su médico antes del análisis.",
                   "Puede hacerse el análisis sin consultar a su médico.", "es",
                   "self-medication")
