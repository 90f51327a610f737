"""Faithfulness fixes of the faith30 session.

- an urgent step put off to a routine visit: "see your GP the same day" printed as
  "mention it at your next check-up" (en/es/fr/de);
- a counted few printed as none: "two of the 30 treated rats lost weight" printed as
  "none of the treated rats lost weight";
- a temperature's or a weight's unit changed: "below 25°C" printed as "below 25°F",
  "2 kg" as "2 stone";
- an equal result printed as a change said outright: "no difference" as "halved" (and
  equal results said as "little difference", "almost as often", "la misma en ambos
  grupos", "ähnlich besser", "kein deutlicher Unterschied").

And in faithful rewrites: a ban or a duty kept in other words ("keep it out of your
eyes", "keeping it away from the lips", "carry on with", "finish the whole course",
"Solo está pensado para"), an equal result said "about equally" or "casi las mismas".

Invented sentence pairs (no corpus text); the faithful restatement beside each change
passes.
"""

from __future__ import annotations

import pytest
from faith_helpers import blocked, ids

# (quote, unfaithful text, faithful text, lang, kind)
DEFERRED = [
    ("If your ankle swells and turns purple after the fall, see your GP the same day.",
     "If your ankle swells and turns purple after the fall, mention it at your next "
     "check-up.",
     "If your ankle swells and turns purple after the fall, get seen by your GP that day.",
     "en", "supervision"),
    ("Call the ward straight away if the wound starts to leak, rather than waiting for "
     "your follow-up visit.",
     "If the wound leaks, it can wait until your next follow-up visit.",
     "If the wound leaks, phone the ward at once; don't wait for the follow-up visit.",
     "en", "supervision"),
    ("Si la herida se pone caliente y roja, llame a la consulta ese mismo día.",
     "Si la herida se pone caliente y roja, coméntelo en la próxima consulta.",
     "Si la herida está caliente y roja, llame a la consulta el mismo día.",
     "es", "supervision"),
    ("Si la cicatrice devient chaude et rouge, appelez le cabinet immédiatement.",
     "Si la cicatrice devient chaude et rouge, prenez rendez-vous dans la semaine.",
     "Si la cicatrice est chaude et rouge, appelez tout de suite le cabinet.",
     "fr", "supervision"),
    ("Wenn die Narbe heiß und rot wird, rufen Sie sofort die Praxis an.",
     "Wenn die Narbe heiß und rot wird, sprechen Sie es beim nächsten Termin an.",
     "Wird die Narbe heiß und rot, rufen Sie umgehend die Praxis an.",
     "de", "supervision"),
]


@pytest.mark.parametrize("quote,bad,good,lang,kind", DEFERRED, ids=ids)
def test_an_urgent_step_put_off_to_a_routine_visit_is_blocked(quote, bad, good, lang, kind):
    assert blocked(quote, bad, lang, kind)
    assert not blocked(quote, good, lang, kind)


def test_a_routine_visit_the_quote_names_itself_passes():
    quote = "Mention the dry skin at your next check-up; it is not urgent."
    assert not blocked(quote, "Bring up the dry skin at your next check-up.", "en",
                       "supervision")


ZEROED = [
    ("In the study, three of the 30 treated rats lost weight during the first month.",
     "None of the treated rats lost weight.",
     "Three of the 30 treated rats lost weight in the first month.", "en", "animal"),
    ("Four of the volunteers had a mild headache after the first dose.",
     "None of the volunteers had a headache.",
     "Four volunteers had a mild headache after the first dose.", "en", ""),
    ("En el estudio, tres de las 30 ratas tratadas perdieron peso.",
     "Ninguna de las ratas tratadas perdió peso.",
     "Tres de las 30 ratas tratadas perdieron peso.", "es", "animal"),
    ("Dans l'étude, trois des 30 rats traités ont perdu du poids.",
     "Aucun des rats traités n'a perdu de poids.",
     "Trois des 30 rats traités ont perdu du poids.", "fr", "animal"),
    ("In der Studie verloren drei der 30 behandelten Ratten an Gewicht.",
     "Keine der behandelten Ratten verlor an Gewicht.",
     "Drei der 30 behandelten Ratten verloren an Gewicht.", "de", "animal"),
]


@pytest.mark.parametrize("quote,bad,good,lang,kind", ZEROED, ids=ids)
def test_a_counted_few_printed_as_none_is_blocked(quote, bad, good, lang, kind):
    assert blocked(quote, bad, lang, kind)
    assert not blocked(quote, good, lang, kind)


def test_none_of_another_group_passes():
    quote = ("Three of the 30 treated rats lost weight, while none of the untreated rats "
             "did.")
    assert not blocked(quote, "Three treated rats lost weight; none of the untreated rats "
                       "did.", "en", "animal")


UNITS = [
    ("Store the pens below 25°C, away from direct sunlight.",
     "Store the pens below 25°F, away from direct sunlight.",
     "Keep the pens under 25 °C and out of direct sunlight.", "en", "self-medication"),
    ("Conserve los bolígrafos por debajo de 25 °C.",
     "Conserve los bolígrafos por debajo de 25 °F.",
     "Guarde los bolígrafos a menos de 25 grados.", "es", "self-medication"),
    ("In the trial, the group on the capsule lost 2 kg more on average.",
     "In the trial, the group on the capsule lost 2 stone more on average.",
     "In the trial, people on the capsule lost 2 kilos more on average.", "en",
     "randomized-controlled"),
]


@pytest.mark.parametrize("quote,bad,good,lang,kind", UNITS, ids=ids)
def test_a_changed_unit_of_temperature_or_weight_is_blocked(quote, bad, good, lang, kind):
    assert blocked(quote, bad, lang, kind)
    assert not blocked(quote, good, lang, kind)


# A ban or a duty kept in other words: "keep it out of / away from", "carry on with",
# "finish the course", Spanish "solo está pensado para".
KEPT_FORCE = [
    ("Avoid getting the gel in your eyes.",
     "Put some gel near your eyes.",
     "Keep the gel out of your eyes.", "en", "self-medication"),
    ("Apply a thin layer twice a day, avoiding the lips.",
     "Apply a thin layer twice a day, including the lips.",
     "Apply a thin layer twice a day, keeping it away from the lips.", "en",
     "self-medication"),
    ("Never put the hearing aid or its charger near water.",
     "You can put the hearing aid or its charger near water.",
     "Keep the hearing aid, its case and its charger away from water.", "en",
     "self-medication"),
    ("Keep taking your blood pressure tablets as usual on the day of the scan.",
     "Stop your blood pressure tablets on the day of the scan.",
     "Carry on with your blood pressure tablets as usual on the day of the scan.", "en",
     "self-medication"),
    ("Keep taking the antibiotic until the pack is empty, even if you feel better.",
     "Stop the antibiotic once you feel better.",
     "Finish the whole course of antibiotic, even if you feel better.", "en",
     "self-medication"),
    ("El aerosol está indicado solo para adultos.",
     "El aerosol sirve para adultos y niños.",
     "Solo está pensado para adultos.", "es", "regulatory"),
]


@pytest.mark.parametrize("quote,bad,good,lang,kind", KEPT_FORCE, ids=ids)
def test_a_ban_or_duty_kept_in_other_words_passes(quote, bad, good, lang, kind):
    assert not blocked(quote, good, lang, kind)
    assert blocked(quote, bad, lang, kind)



RCT = "randomized-controlled"

# An equal result printed as a change said outright ("halved", "redujo", "a réduit").
EQUAL_TO_EFFECT = [
    ("In a trial in which 200 adults with knee pain were randomly given a copper bracelet "
     "or a plain metal one, pain scores after two months were the same in both groups.",
     "In the trial, the copper bracelet halved knee pain.",
     "In the trial, the copper bracelet eased knee pain no better than a plain metal one.",
     "en"),
    ("When 150 office workers were randomly given zinc lozenges or sugar lozenges, the "
     "study saw little difference between the groups in how often colds came back.",
     "In the study, zinc lozenges clearly cut how often colds came back.",
     "In the study, colds came back about as often with zinc as with sugar lozenges.",
     "en"),
    ("En un ensayo con 300 adultos asignados al azar a jalea real o a placebo, la tasa de "
     "resfriados fue la misma en ambos grupos.",
     "En el ensayo, la jalea real redujo los resfriados.",
     "En el ensayo, la jalea real no redujo los resfriados más que el placebo.", "es"),
    ("Dans un essai où 300 adultes ont reçu au hasard de la gelée royale ou un placebo, "
     "le nombre de rhumes était identique dans les deux groupes.",
     "Dans l'essai, la gelée royale a nettement réduit les rhumes.",
     "Dans l'essai, la gelée royale n'a pas fait mieux que le placebo contre les rhumes.",
     "fr"),
    ("In einer Studie erhielten 300 Erwachsene per Los Gelée royale oder ein "
     "Scheinpräparat; bei den Erkältungen gab es keinen deutlichen Unterschied.",
     "In einer Studie senkte Gelée royale die Zahl der Erkältungen.",
     "In einer Studie schützte Gelée royale nicht besser vor Erkältungen als ein "
     "Scheinpräparat.", "de"),
]


@pytest.mark.parametrize("quote,bad,good,lang", EQUAL_TO_EFFECT, ids=ids)
def test_an_equal_result_printed_as_a_change_is_blocked(quote, bad, good, lang):
    assert blocked(quote, bad, lang, RCT)
    assert not blocked(quote, good, lang, RCT)


def test_a_change_the_quote_names_itself_passes():
    quote = ("In a trial of 120 adults randomly given the cream or a plain one, the cream "
             "reduced redness, though itching was the same in both groups.")
    assert not blocked(quote, "In the trial, the cream reduced redness but not itching.",
                       "en", RCT)


@pytest.mark.parametrize("quote,text,lang", [
    ("In a trial in which 80 adults with neck pain were randomly given a soft collar or "
     "exercises, pain scores after a month fell by about the same amount in both groups.",
     "In the trial, the collar and the exercises lowered neck pain about equally.", "en"),
    ("En un ensayo con 900 mujeres repartidas al azar entre más calcio o placebo, el número "
     "de fracturas fue prácticamente igual en los dos grupos.",
     "En el ensayo, las fracturas fueron casi las mismas en ambos grupos.", "es"),
], ids=ids)
def test_an_equal_result_restated_passes(quote, text, lang):
    assert not blocked(quote, text, lang, RCT)
