"""Faithfulness, issue 8, session 9 (faith10): families found in heldout11's rewrites,
each tested in sentences of our own (never the held-out sentence), each failing before the
change that fixed it. Every case calls the pure function the gate calls
(`check_rewrite`: quote, printed text, language, notice kind or evidence tag).
"""

from __future__ import annotations

import pytest
from faith_helpers import blocked, hand_pairs


def _ids(v: object) -> str:
    return str(v)[:40]


# --------------------------------------------------------------------------- limits kept
# A study's limit ("cannot rule out other causes", "no comparison group") is a qualifier the
# text must keep; the text keeps it in a contraction ("can't rule out") or in plain words
# ("nobody was compared with them"), and was blocked as if it had dropped it.

LIMIT_KEPT = [
    ("Clinic records showed fewer falls among walkers, though such records cannot rule out "
     "other explanations.",
     "Clinic records showed fewer falls among walkers, but these records can't rule out "
     "other explanations.", "en"),
    ("Sales data linked the tea to better sleep, but data like these cannot rule out chance.",
     "Sales data linked the tea to better sleep, but such data can not rule out chance.",
     "en"),
    ("Patients who used the app slept longer, although the survey could not rule out other "
     "causes.",
     "Patients who used the app slept longer, but the survey couldn't rule out other causes.",
     "en"),
    ("Los registros mostraron menos caídas, aunque este tipo de datos no puede descartar "
     "otras causas.",
     "Los registros mostraron menos caídas, pero estos datos no pueden descartar otras "
     "causas.", "es"),
    ("A trial followed 40 runners who all wore the insoles, but there was no comparison "
     "group, so the good results are hard to judge.",
     "A trial followed 40 runners who all wore the insoles; nobody was compared with them, "
     "so the good results are hard to judge.", "en"),
    ("A study followed 55 people who took the drops, with no comparison group.",
     "A study followed 55 people who took the drops, and no one else was compared with "
     "them.", "en"),
    ("Ein Versuch begleitete 30 Patienten, die alle das Pflaster bekamen, ohne "
     "Kontrollgruppe.",
     "Ein Versuch begleitete 30 Patienten, die alle das Pflaster bekamen; niemand wurde mit "
     "ihnen verglichen.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), LIMIT_KEPT, ids=_ids)
def test_a_study_limit_kept_in_other_words_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "human-observational")


LIMIT_DROPPED = [
    ("Clinic records showed fewer falls among walkers, though such records cannot rule out "
     "other explanations.", "Walking prevents falls.", "en"),
    ("A trial followed 40 runners who all wore the insoles, but there was no comparison "
     "group, so the good results are hard to judge.",
     "The insoles gave runners good results.", "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), LIMIT_DROPPED, ids=_ids)
def test_a_study_limit_dropped_is_still_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "human-observational")


# --------------------------------------------------------------------------- which day
# "The third or fourth day" names two days with one unit; "day 3 or 4", "the 3rd or 4th
# day", "le 3e ou 4e jour" say the same, and "the tenth or eleventh day" does not. Only the
# last ordinal stood before the unit, so the first was read as a bare number (or not at
# all), blocking the faithful digits and passing other days.

WHICH_DAY_KEPT = [
    ("Around the third or fourth day, many people feel very tired.",
     "Around the 3rd or 4th day, many people feel very tired.", "en"),
    ("Around the third or fourth day, many people feel very tired.",
     "Around day 3 or 4, many people feel very tired.", "en"),
    ("Vers le deuxième ou troisième jour, beaucoup de patients sont fatigués.",
     "Vers le 2e ou 3e jour, beaucoup de patients sont fatigués.", "fr"),
    ("Hacia el tercer o cuarto día, muchas personas se sienten cansadas.",
     "Hacia el día 3 o 4, muchas personas se sienten cansadas.", "es"),
    ("Am dritten oder vierten Tag fühlen sich viele Patienten müde.",
     "Am Tag 3 oder 4 fühlen sich viele Patienten müde.", "de"),
]

WHICH_DAY_CHANGED = [
    ("Around the third or fourth day, many people feel very tired.",
     "Around the tenth or eleventh day, many people feel very tired.", "en"),
    ("Vers le troisième ou quatrième jour, beaucoup de patients sont fatigués.",
     "Vers le dixième ou onzième jour, beaucoup de patients sont fatigués.", "fr"),
    ("Vers le deuxième ou troisième jour, beaucoup de patients sont fatigués.",
     "Vers le 8e ou 9e jour, beaucoup de patients sont fatigués.", "fr"),
    ("Hacia el tercer o cuarto día, muchas personas se sienten cansadas.",
     "Hacia el octavo o noveno día, muchas personas se sienten cansadas.", "es"),
    ("Am dritten oder vierten Tag fühlen sich viele Patienten müde.",
     "Am zehnten oder elften Tag fühlen sich viele Patienten müde.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), WHICH_DAY_KEPT, ids=_ids)
def test_two_ordinals_of_one_unit_in_digits_pass(quote, text, lang):
    assert not blocked(quote, text, lang, "side-effects")


@pytest.mark.parametrize(("quote", "text", "lang"), WHICH_DAY_CHANGED, ids=_ids)
def test_two_ordinals_of_one_unit_changed_are_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "side-effects")


# --------------------------------------------------------------------------- scales
# "a scale of 10" and "a scale from 0 to 10" are the same scale: the 0 is its bottom, no
# number the text adds.

SCALE_KEPT = [
    ("Pain fell by 2 points on a 10-point scale.",
     "Pain fell by 2 points on a scale from 0 to 10.", "en"),
    ("Pain fell by 2 points on a scale of 10.",
     "Pain fell by 2 points on a 0-10 scale.", "en"),
    ("El dolor bajó 2 puntos en una escala de 10.",
     "El dolor bajó 2 puntos en una escala del 0 al 10.", "es"),
    ("La douleur a baissé de 2 points sur une échelle de 10.",
     "La douleur a baissé de 2 points sur une échelle de 0 à 10.", "fr"),
    ("Die Schmerzen sanken um 2 Punkte auf einer Skala bis 10.",
     "Die Schmerzen sanken um 2 Punkte auf einer Skala von 0 bis 10.", "de"),
]

SCALE_CHANGED = [
    ("Pain fell by 2 points on a 10-point scale.",
     "Pain fell by 5 points on a scale from 0 to 10.", "en"),
    ("El dolor bajó 2 puntos en una escala de 10.",
     "El dolor bajó 2 puntos en una escala del 0 al 100.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), SCALE_KEPT, ids=_ids)
def test_a_scale_from_zero_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "randomized-controlled")


@pytest.mark.parametrize(("quote", "text", "lang"), SCALE_CHANGED, ids=_ids)
def test_a_scale_or_score_changed_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "randomized-controlled")


# --------------------------------------------------------------------------- fractions
# "a tenth of the body weight" is 10 %; "the tenth day" is no share.

TENTH_KEPT = [
    ("Choose a blanket no heavier than a tenth of the child's body weight.",
     "Pick a blanket that weighs no more than 10% of the child's body weight.", "en"),
    ("Choose a blanket no heavier than 10% of your body weight.",
     "Choose a blanket no heavier than one tenth of your body weight.", "en"),
    ("Elija una manta que no pese más de un décimo del peso del niño.",
     "Elija una manta que no pese más del 10 % del peso del niño.", "es"),
    ("Choisissez une couverture qui ne pèse pas plus d'un dixième du poids de l'enfant.",
     "Choisissez une couverture qui ne pèse pas plus de 10 % du poids de l'enfant.", "fr"),
    ("Die Decke sollte höchstens ein Zehntel des Körpergewichts wiegen.",
     "Die Decke sollte höchstens 10 % des Körpergewichts wiegen.", "de"),
]

TENTH_CHANGED = [
    ("Choose a blanket no heavier than a tenth of the child's body weight.",
     "Pick a blanket that weighs no more than 30% of the child's body weight.", "en"),
    ("Die Decke sollte höchstens ein Zehntel des Körpergewichts wiegen.",
     "Die Decke sollte höchstens ein Drittel des Körpergewichts wiegen.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), TENTH_KEPT, ids=_ids)
def test_a_tenth_as_a_percentage_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "supervision")


@pytest.mark.parametrize(("quote", "text", "lang"), TENTH_CHANGED, ids=_ids)
def test_another_share_for_a_tenth_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "supervision")


# --------------------------------------------------------------------------- frequency kept
# A frequency word the quote itself uses ("less often", "rarely") is no new share, even
# when the quote has a "half" that is no share ("half asleep").

FREQUENCY_KEPT = [
    ("Rarely, some people do things while half asleep, such as eating or driving.",
     "Rarely, people who are half asleep eat or drive.", "en"),
    ("Plus rarement, certaines personnes mangent en étant à moitié endormies.",
     "Plus rarement, des personnes à moitié endormies mangent.", "fr"),
    ("Rara vez, algunas personas comen estando medio dormidas.",
     "Rara vez, personas medio dormidas comen.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), FREQUENCY_KEPT, ids=_ids)
def test_a_frequency_word_the_quote_uses_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "side-effects")


def test_rare_for_a_share_of_one_in_five_is_still_blocked():
    assert blocked("One in five people had vivid dreams.", "Rarely, people had vivid dreams.",
                   "en", "side-effects")


# --------------------------------------------------------------------------- every day or two
# "every day or two" is "every 1 or 2 days", as "a week or two" is "1 or 2 weeks".

EVERY_UNIT_OR_KEPT = [
    ("You will be seen every day or two while the dose is changed.",
     "You will be seen every 1 or 2 days while the dose is changed.", "en"),
    ("The nurse calls every week or two during the first months.",
     "The nurse calls every 1 to 2 weeks during the first months.", "en"),
    ("Check the patch every day or two.", "Check the patch every one or two days.", "en"),
]

EVERY_UNIT_OR_CHANGED = [
    ("You will be seen every day or two while the dose is changed.",
     "You will be seen every 5 or 6 days while the dose is changed.", "en"),
    ("The nurse calls every week or two during the first months.",
     "The nurse calls every 3 weeks during the first months.", "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), EVERY_UNIT_OR_KEPT, ids=_ids)
def test_every_unit_or_two_in_digits_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "supervision")


@pytest.mark.parametrize(("quote", "text", "lang"), EVERY_UNIT_OR_CHANGED, ids=_ids)
def test_every_unit_or_two_changed_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "supervision")


# --------------------------------------------------------------------------- which time
# "The second time" a patient came is "the second session" or "the second visit": the
# ordinal the quote gives, of a time rather than a unit.

WHICH_TIME_KEPT = [
    ("The second time, I felt very dizzy and nearly fainted.",
     "At the second session, I felt very dizzy and nearly fainted.", "en"),
    ("La segunda vez me mareé mucho.", "En la segunda sesión me mareé mucho.", "es"),
    ("La troisième fois, j'ai eu un gros bleu.", "À la troisième séance, j'ai eu un gros bleu.",
     "fr"),
    ("Beim zweiten Mal wurde mir sehr schwindlig.",
     "Bei der zweiten Sitzung wurde mir sehr schwindlig.", "de"),
]

WHICH_TIME_CHANGED = [
    ("The second time, I felt very dizzy and nearly fainted.",
     "At the fifth session, I felt very dizzy and nearly fainted.", "en"),
    ("La segunda vez me mareé mucho.", "En la cuarta sesión me mareé mucho.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), WHICH_TIME_KEPT, ids=_ids)
def test_the_quotes_ordinal_of_a_time_as_a_session_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "side-effects")


@pytest.mark.parametrize(("quote", "text", "lang"), WHICH_TIME_CHANGED, ids=_ids)
def test_another_ordinal_session_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "side-effects")


# --------------------------------------------------------------------------- same word, words
# "more than 3 patches" for "más de tres parches" is the quote's number in digits, even when
# the quote has another number after the same word ("más de 12 horas").

SAME_WORD_IN_WORDS = [
    ("No uses más de tres parches a la vez ni los dejes más de 12 horas.",
     "No te pongas más de 3 parches a la vez y no los dejes más de 12 horas.", "es"),
    ("Do not use more than two sprays at once or more than 8 sprays a day.",
     "Do not use more than 2 sprays at once or more than 8 sprays a day.", "en"),
    ("N'utilisez pas plus de deux patchs à la fois ni plus de 12 heures par jour.",
     "N'utilisez pas plus de 2 patchs à la fois ni plus de 12 heures par jour.", "fr"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), SAME_WORD_IN_WORDS, ids=_ids)
def test_a_number_in_words_printed_in_digits_after_a_shared_word_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "self-medication")


def test_another_number_after_the_shared_word_is_still_blocked():
    assert blocked("No uses más de tres parches a la vez ni los dejes más de 12 horas.",
                   "No te pongas más de 5 parches a la vez y no los dejes más de 12 horas.",
                   "es", "self-medication")


# --------------------------------------------------------------------------- harm, not an act
# "Together they can drop your blood pressure" says what a mix does to the body; it is no
# leave to stop ("you can drop the pills"). A stop verb whose object is a body function
# (breathing, the heart, blood pressure) is a harm.

HARM_NOT_LEAVE = [
    ("Don't drink alcohol with it, as together they can make you drowsy.",
     "Don't take it with alcohol: together they can drop your blood pressure.", "en"),
    ("Do not mix it with sleeping pills, as the mix can slow breathing.",
     "Do not take it with sleeping pills: together they can stop your breathing.", "en"),
    ("Do not take it with opioids, because together they can slow your heart.",
     "Do not mix it with opioids: they can stop the heart.", "en"),
    ("No lo mezcle con alcohol, porque juntos pueden causar mucho sueño.",
     "No lo tome con alcohol: juntos pueden parar la respiración.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), HARM_NOT_LEAVE, ids=_ids)
def test_a_stop_verb_on_a_body_function_is_no_permission(quote, text, lang):
    assert not blocked(quote, text, lang, "self-medication")


def test_leave_to_drop_the_medicine_is_still_blocked():
    assert blocked("Don't drink alcohol with it, as together they can make you drowsy.",
                   "You can drop the tablets whenever you like.", "en", "self-medication")


# --------------------------------------------------------------------------- inability symptoms
# "Briefly unable to move their legs" printed as "for a moment can't move their legs" is the
# same symptom; "can't move", "no puede mover", "ne peut pas bouger" describe a harm, as
# "can't sleep" does, not its denial.

INABILITY_KEPT = [
    ("Less often people briefly feel unable to move their legs as they fall asleep.",
     "Less often, people for a short time can't move their legs as they fall asleep.", "en"),
    ("Some patients were briefly unable to speak after the injection.",
     "Some patients couldn't speak for a short while after the injection.", "en"),
    ("At higher doses a few people are unable to pass urine.",
     "At higher doses a few people cannot pass urine.", "en"),
    ("Algunas personas se sienten incapaces de mover las piernas por un momento.",
     "Algunas personas por un momento no pueden mover las piernas.", "es"),
    ("Certaines personnes sont incapables de bouger les jambes au réveil.",
     "Certaines personnes ne peuvent pas bouger les jambes au réveil.", "fr"),
    ("Manche Patienten können kurz die Beine kaum bewegen.",
     "Manche Patienten können kurz die Beine nicht bewegen.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), INABILITY_KEPT, ids=_ids)
def test_an_inability_symptom_is_no_denial(quote, text, lang):
    assert not blocked(quote, text, lang, "side-effects")


def test_a_side_effect_denied_is_still_blocked():
    assert blocked("Some patients were briefly unable to speak after the injection.",
                   "Patients do not get speech problems after the injection.", "en",
                   "side-effects")


# --------------------------------------------------------------------------- optional condition
# "If you wish" is no condition a permission hangs on: "if you want", "si quieres", "si lo
# deseas", "wenn du willst" say the same, in any person.

OPTIONAL_KEPT = [
    ("You can bring a friend to the session if you wish.",
     "If you want, you can bring someone to the session.", "en"),
    ("You can wear loose sports clothes and bring a friend if you like.",
     "If you'd like, you can come in loose sports clothes with a friend.", "en"),
    ("Puedes venir con ropa cómoda y traer a un acompañante si lo deseas.",
     "Si quieres, puedes venir con ropa cómoda y con alguien que te acompañe.", "es"),
    ("Podés traer a un acompañante si querés.",
     "Si lo deseás, podés venir con alguien.", "es"),
    ("Tu peux venir accompagné si tu le souhaites.",
     "Si tu veux, tu peux venir avec quelqu'un.", "fr"),
    ("Du kannst eine Begleitperson mitbringen, wenn du möchtest.",
     "Wenn du willst, kannst du jemanden mitbringen.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), OPTIONAL_KEPT, ids=_ids)
def test_an_optional_condition_in_other_words_passes(quote, text, lang):
    assert not blocked(quote, text, lang)


def test_a_real_condition_dropped_is_still_blocked():
    assert blocked("You can stop after six months if your doctor agrees.",
                   "You can stop after six months.", "en")


# --------------------------------------------------------------------------- neither ... nor
# "weder ... noch", "ni ... ni", "neither ... nor" forbid both things, as "not ... or" does.

NEITHER_NOR = [
    ("Kaufen Sie das Mittel nicht im Internet oder auf der Straße.",
     "Kaufen Sie das Mittel weder im Internet noch auf der Straße.", "de"),
    ("Nehmen Sie es nicht mit Alkohol oder Schlafmitteln ein.",
     "Nehmen Sie es weder mit Alkohol noch mit Schlafmitteln ein.", "de"),
    ("N'achetez pas ce médicament sur internet ou dans la rue.",
     "N'achetez ce médicament ni sur internet ni dans la rue.", "fr"),
    ("No lo compres por internet ni en la calle.",
     "Ni lo compres por internet ni lo compres en la calle.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), NEITHER_NOR, ids=_ids)
def test_neither_nor_keeps_a_prohibition(quote, text, lang):
    assert not blocked(quote, text, lang, "self-medication")


def test_a_prohibition_dropped_in_german_is_still_blocked():
    assert blocked("Kaufen Sie das Mittel nicht im Internet oder auf der Straße.",
                   "Kaufen Sie das Mittel im Internet.", "de", "self-medication")


# --------------------------------------------------------------------------- anyone with
# "Anyone with heart problems" is the quote's "people with heart problems", not everyone.

ANYONE_WITH = [
    ("People with heart rhythm problems should be assessed by a doctor first.",
     "Anyone with heart rhythm problems should first be assessed by a doctor.", "en"),
    ("People who have fainted before should be checked first.",
     "Anyone who has fainted before should be checked first.", "en"),
    ("Patients with kidney disease need a lower dose.",
     "Everyone with kidney disease needs a lower dose.", "en"),
    ("Las personas con problemas del corazón deben consultar antes.",
     "Cualquier persona con problemas del corazón debe consultar antes.", "es"),
    ("Les personnes qui ont des problèmes cardiaques doivent consulter avant.",
     "Tout le monde qui a des problèmes cardiaques doit consulter avant.", "fr"),
    ("Menschen mit Herzproblemen sollten vorher einen Arzt fragen.",
     "Jeder mit Herzproblemen sollte vorher einen Arzt fragen.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), ANYONE_WITH, ids=_ids)
def test_anyone_with_a_condition_is_the_quotes_group(quote, text, lang):
    assert not blocked(quote, text, lang, "supervision")


def test_anyone_for_a_narrower_group_is_still_blocked():
    assert blocked("Adults with heart problems should be assessed by a doctor first.",
                   "Anyone can use it without seeing a doctor.", "en", "supervision")


@pytest.mark.parametrize(("quote", "text"), [
    ("The patch is approved for adults with severe migraine.",
     "The patch is approved for anyone with severe migraine."),
    ("Children with asthma should use the spacer.", "Anyone with asthma should use the spacer."),
], ids=_ids)
def test_anyone_with_for_a_named_group_is_still_blocked(quote, text):
    assert blocked(quote, text, "en", "regulatory")


# --------------------------------------------------------------------------- medicine classes
# A notice names what not to mix a medicine with by class ("alcohol, opioids or sleeping
# pills", "anticoagulantes", "Schlafmittel"); the text naming another class ("antacids",
# "vitamins", "antihistamínicos", "Magnesium") warns of the wrong thing. The same class in
# other words ("blood thinners" = "anticoagulants", "sleeping tablets" = "sedatives") passes.

CLASS_SWAPPED = [
    ("Taking it with alcohol, opioids or sleeping pills adds to the sedation.",
     "Taking it with antibiotics or antacids adds to the sedation.", "en"),
    ("Tell your doctor about every other medicine you take, including some antibiotics "
     "and heart drugs, because they can raise its level in your blood.",
     "Tell your doctor if you take vitamins, because they can raise its level in your "
     "blood.", "en"),
    ("Not suitable for people who take blood thinners.",
     "Not suitable for people who take antihistamines.", "en"),
    ("Si tomas antidepresivos, consulta antes con tu médico.",
     "Si tomas antiácidos, consulta antes con tu médico.", "es"),
    ("Si toma anticoagulantes, no use este producto sin consultar.",
     "Si toma antihistamínicos, no use este producto sin consultar.", "es"),
    ("Ne le prenez pas avec des somnifères ou des opioïdes.",
     "Ne le prenez pas avec des antibiotiques.", "fr"),
    ("Nehmen Sie keine Schlafmittel oder Beruhigungsmittel dazu.",
     "Nehmen Sie keine Vitamine oder Magnesium dazu.", "de"),
]

CLASS_KEPT = [
    ("Taking it with alcohol, opioids or sleeping pills adds to the sedation.",
     "Alcohol, opioid painkillers or sleeping tablets taken with it add to the drowsiness.",
     "en"),
    ("Not suitable for people who take anticoagulants.",
     "Not suitable for people on blood thinners.", "en"),
    ("Do not take it with sleeping pills or other sedatives.",
     "Do not take it with sleeping tablets or anything else that makes you drowsy.", "en"),
    ("Tell your doctor about every medicine you take, including antibiotics.",
     "Tell your doctor about all your medicines, antibiotics too.", "en"),
    ("Si toma anticoagulantes, no use este producto sin consultar.",
     "Si toma medicamentos para diluir la sangre, no use este producto sin consultar.", "es"),
    ("Ne le prenez pas avec des somnifères.",
     "Ne le prenez pas avec des médicaments pour dormir.", "fr"),
    ("Nehmen Sie keine Schlafmittel oder Beruhigungsmittel dazu.",
     "Nehmen Sie keine Schlaftabletten oder Beruhigungsmittel dazu.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), CLASS_SWAPPED, ids=_ids)
def test_another_medicine_class_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "self-medication")


@pytest.mark.parametrize(("quote", "text", "lang"), CLASS_KEPT, ids=_ids)
def test_the_same_medicine_class_in_other_words_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "self-medication")


def test_a_word_of_two_classes_names_neither():
    assert not blocked("No la mezcles con otros tranquilizantes por tu cuenta.",
                       "No la tomes con otros calmantes sin consultar.", "es", "self-medication")


# --------------------------------------------------------------------------- side effects turned
# A side effect is a state on a scale: "low blood pressure" and "a slow heartbeat" printed as
# "high blood pressure" and "a fast heartbeat" warn of the opposite. A result "damped down"
# printed as "increased" turns it around.

STATE_TURNED = [
    ("The main side effects are low blood pressure, dizziness and a slow heartbeat.",
     "The main side effects are high blood pressure and a fast heartbeat.", "en"),
    ("It can cause a slow pulse and low blood pressure.",
     "It can cause a racing pulse and raised blood pressure.", "en"),
    ("Los efectos más frecuentes son presión baja y pulso lento.",
     "Los efectos más frecuentes son presión alta y pulso acelerado.", "es"),
    ("Les effets les plus fréquents sont une tension basse et un pouls lent.",
     "Les effets les plus fréquents sont une tension élevée et un pouls rapide.", "fr"),
    ("Häufige Nebenwirkungen sind niedriger Blutdruck und ein langsamer Puls.",
     "Häufige Nebenwirkungen sind hoher Blutdruck und ein schneller Puls.", "de"),
]

STATE_KEPT = [
    ("The main side effects are low blood pressure, dizziness and a slow heartbeat.",
     "Blood pressure can get low and the heart can beat slowly; you may feel dizzy.", "en"),
    ("High doses can cause low blood pressure and a slow heartbeat.",
     "At high doses, blood pressure may drop and the heartbeat may slow.", "en"),
    ("Los efectos más frecuentes son presión baja y pulso lento.",
     "A menudo la presión baja y el pulso se vuelve lento.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), STATE_TURNED, ids=_ids)
def test_a_side_effect_turned_to_its_opposite_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "side-effects")


@pytest.mark.parametrize(("quote", "text", "lang"), STATE_KEPT, ids=_ids)
def test_the_same_side_effect_in_other_words_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "side-effects")


RESULT_TURNED = [
    ("In dishes of nerve cells, the drug damped down the release of a stress chemical.",
     "In dishes of nerve cells, the drug increased the release of a stress chemical.", "en"),
    ("In cells grown in the lab, the extract suppressed the growth of the virus.",
     "In cells grown in the lab, the extract boosted the growth of the virus.", "en"),
    ("In mice, the compound inhibited inflammation in the gut.",
     "In mice, the compound raised inflammation in the gut.", "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), RESULT_TURNED, ids=_ids)
def test_a_result_damped_printed_as_raised_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "lab-mechanism")


# --------------------------------------------------------------------------- vague time, longer
# "for months" printed as "for years" or "for decades": a vague time on a longer unit.

VAGUE_LONGER = [
    ("Records show many people are prescribed it for months, with few studies that long.",
     "Records show many people are prescribed it for decades.", "en"),
    ("Some people keep taking it for weeks.", "Some people keep taking it for years.", "en"),
    ("Muchas personas lo reciben durante meses.", "Muchas personas lo reciben durante décadas.",
     "es"),
    ("Certains patients le prennent pendant des mois.",
     "Certains patients le prennent pendant des années.", "fr"),
    ("Viele Menschen bekommen es über Monate verordnet.",
     "Viele Menschen bekommen es über Jahrzehnte verordnet.", "de"),
]

VAGUE_SAME = [
    ("Records show many people are prescribed it for months.",
     "Records show many people are prescribed it for several months.", "en"),
    ("Viele Menschen bekommen es über Monate verordnet.",
     "Viele Menschen bekommen es monatelang verordnet.", "de"),
    ("Muchas personas lo reciben durante años.", "Muchas personas lo reciben durante meses.",
     "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), VAGUE_LONGER, ids=_ids)
def test_a_vague_time_made_longer_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "human-observational")


@pytest.mark.parametrize(("quote", "text", "lang"), VAGUE_SAME, ids=_ids)
def test_a_vague_time_kept_or_shortened_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "human-observational")


# --------------------------------------------------------------------------- bound of one
# "under one" is a number after a bound, as "under three" is: "children under three"
# printed as "children under one" moves the age limit.

BOUND_ONE = [
    ("Never use it for a baby or a child under three.",
     "Never use it for a baby or a child under one.", "en"),
    ("Not for children under five years old.", "Not for children under one year old.", "en"),
    ("No lo use en niños menores de tres años.", "No lo use en niños de menos de un año.", "es"),
    ("Nicht für Kinder unter drei Jahren.", "Nicht für Kinder unter einem Jahr.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), BOUND_ONE, ids=_ids)
def test_a_limit_moved_to_one_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "self-medication")


def test_one_of_something_is_no_bound():
    assert not blocked("Never use it for a baby or a child under three.",
                       "Never use it for a baby, or for any child under three: not one.",
                       "en", "self-medication")


# --------------------------------------------------------------------------- hours in a day
# "no more than 12 hours in a day" printed as "24 hours in a day": 24 hours is a day, but
# the quote gives its hours, and they changed.

HOURS_IN_A_DAY = [
    ("Do not leave the patch on for more than 12 hours in a day.",
     "Do not leave the patch on for more than 24 hours in a day.", "en"),
    ("No los dejes puestos más de 12 horas en un día.",
     "No los dejes puestos más de 24 horas en un día.", "es"),
    ("Ne le gardez pas plus de 12 heures par jour.", "Ne le gardez pas plus de 24 heures par jour.",
     "fr"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), HOURS_IN_A_DAY, ids=_ids)
def test_hours_changed_to_a_whole_day_are_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "self-medication")


def test_a_day_for_24_hours_still_passes():
    assert not blocked("Wait 24 hours before you drive.", "Wait a full day before you drive.",
                       "en", "self-medication")


@pytest.mark.parametrize(("quote", "text", "lang", "kind"),
                         hand_pairs("weeks-for-months", "quote", "text", "lang", "kind"))
def test_weeks_for_months_beside_other_weeks_still_pass(quote, text, lang, kind):
    assert not blocked(quote, text, lang, kind)


# --------------------------------------------------------------------------- null result turned
# "Found no difference" / "similar pain" printed as "much less pain with the combination",
# and a difference printed as none ("did not cut them more than the other group").

NULL_TO_EFFECT = [
    ("A second trial compared the cream alone with the cream plus the pill and found no "
     "difference in itching after a week.",
     "A second trial compared the cream alone with the cream plus the pill and found much "
     "less itching with the pill added.", "en"),
    ("Otro ensayo comparó la crema sola con la crema más la pastilla y no encontró "
     "diferencias en el picor.",
     "Otro ensayo comparó la crema sola con la crema más la pastilla y encontró mucho menos "
     "picor con la combinación.", "es"),
    ("Un essai a comparé la crème seule à la crème avec le comprimé et n'a trouvé aucune "
     "différence sur les démangeaisons.",
     "Un essai a comparé la crème seule à la crème avec le comprimé et a trouvé beaucoup moins "
     "de démangeaisons avec le comprimé.", "fr"),
    ("In einer Studie hatten beide Gruppen nach einer Woche ähnlich starken Juckreiz.",
     "In einer Studie hatten die Patienten mit der Tablette nach einer Woche deutlich weniger "
     "Juckreiz als die anderen.", "de"),
]

EFFECT_TO_NULL = [
    ("People who took the pill cut their heavy drinking days by three a month more than the "
     "comparison group.",
     "People who took the pill did not cut their heavy drinking days more than the "
     "comparison group.", "en"),
    ("Quienes tomaban la pastilla redujeron sus días de consumo en tres al mes más que el "
     "grupo de comparación.",
     "Quienes tomaban la pastilla no redujeron sus días de consumo más que el grupo de "
     "comparación.", "es"),
    ("Une baisse lente de la dose a permis à deux fois plus de personnes d'arrêter.",
     "Une baisse lente de la dose n'a pas aidé plus de personnes à arrêter.", "fr"),
]

NULL_KEPT = [
    ("A second trial compared the cream alone with the cream plus the pill and found no "
     "difference in itching after a week.",
     "In a second trial, adding the pill to the cream did not ease itching more than the "
     "cream alone after a week.", "en"),
    ("Otro ensayo comparó la crema sola con la crema más la pastilla y no encontró "
     "diferencias en el picor.",
     "En otro ensayo, añadir la pastilla a la crema no alivió el picor más que la crema sola.",
     "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), NULL_TO_EFFECT + EFFECT_TO_NULL, ids=_ids)
def test_a_null_result_turned_into_an_effect_or_back_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "randomized-controlled")


@pytest.mark.parametrize(("quote", "text", "lang"), NULL_KEPT, ids=_ids)
def test_a_null_result_in_other_words_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "randomized-controlled")


def test_a_long_denied_difference_is_still_no_difference():
    assert blocked("In both trials, people on the pill cut their heavy drinking days by about "
                   "three a month more than the comparison group.",
                   "In both trials, people on the pill did not cut their days of very heavy "
                   "drinking more than the comparison group.", "en", "randomized-controlled")
    assert blocked("En los dos ensayos, quienes tomaban la pastilla redujeron sus días de "
                   "consumo en unos tres al mes más que el grupo de comparación.",
                   "En los dos ensayos, quienes tomaban la pastilla no redujeron sus días de "
                   "consumo intenso más que el grupo de comparación.", "es",
                   "randomized-controlled")


# --------------------------------------------------------------------------- force kept
# A notice keeps its force in other words: "lock it away" for "keep it locked away", a
# nominal ban ("Kein Alkohol dazu", "No alcohol with it", "Pas d'alcool avec"), "usually"
# for the quote's "normally"; "the only bad part was" restricts nothing.

FORCE_KEPT = [
    ("It is dangerous in overdose, so keep the pack locked away from children.",
     "An overdose is dangerous, so lock the pack away from children.", "en", "self-medication"),
    ("Keep the tablets locked away from children.", "Lock the tablets up, away from children.",
     "en", "self-medication"),
    ("Trinken Sie keinen Alkohol und nehmen Sie keine Schlafmittel dazu, weil die Atmung "
     "flach werden kann.",
     "Kein Alkohol und keine Schlafmittel dazu, denn zusammen können sie die Atmung flach "
     "machen.", "de", "self-medication"),
    ("Do not drink alcohol or take sleeping pills with it, as together they can slow your "
     "breathing.",
     "No alcohol or sleeping pills with it: together they can slow your breathing.", "en",
     "self-medication"),
    ("Ne buvez pas d'alcool et ne prenez pas de somnifères avec, car la respiration peut "
     "ralentir.",
     "Pas d'alcool ni de somnifères avec : ensemble, ils peuvent ralentir la respiration.",
     "fr", "self-medication"),
    ("It is a prescription-only medicine, normally prescribed by a drug service.",
     "You need a prescription for it; it is usually prescribed by a drug service.", "en",
     "regulatory"),
    ("Es un medicamento de venta con receta, normalmente indicado por un especialista.",
     "Solo se vende con receta y suele indicarlo un especialista.", "es", "regulatory"),
    ("The only bad bit was on day three, when I fainted and hit my head.",
     "On day three I fainted and hit my head.", "en", "side-effects"),
]


@pytest.mark.parametrize(("quote", "text", "lang", "kind"), FORCE_KEPT, ids=_ids)
def test_a_notice_keeps_its_force_in_other_words(quote, text, lang, kind):
    assert not blocked(quote, text, lang, kind)


FORCE_LOST = [
    ("Keep the tablets locked away from children.", "Keep the tablets where you like.", "en",
     "self-medication"),
    ("Trinken Sie keinen Alkohol dazu.", "Ein Glas Wein dazu ist in Ordnung.", "de",
     "self-medication"),
    ("It must only be used under supervision in a clinic.",
     "It is usually used in a clinic.", "en", "supervision"),
]


@pytest.mark.parametrize(("quote", "text", "lang", "kind"), FORCE_LOST, ids=_ids)
def test_a_notice_that_loses_its_force_is_still_blocked(quote, text, lang, kind):
    assert blocked(quote, text, lang, kind)


@pytest.mark.parametrize(("quote", "text", "lang"),
                         hand_pairs("in-principle-normally", "quote", "text", "lang"),
                         ids=_ids)
def test_in_principle_is_the_quotes_normally(quote, text, lang):
    assert not blocked(quote, text, lang, "regulatory")


@pytest.mark.parametrize(("quote", "text", "lang"), [
    ("The only bad bit was on day three, when I fainted and hit my head.",
     "On day three I stood up and felt completely fine.", "en"),
    ("Am dritten Tag wurde mir schwindlig und ich bin gestürzt.",
     "Am dritten Tag habe ich mich völlig normal gefühlt.", "de"),
    ("Le troisième jour, j'ai fait un malaise et je suis tombée.",
     "Le troisième jour, je me suis sentie parfaitement bien.", "fr"),
    ("El tercer día me mareé y me caí.", "El tercer día me sentí perfectamente bien.", "es"),
], ids=_ids)
def test_a_harm_printed_as_feeling_fine_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "side-effects")


def test_can_only_is_still_a_restriction():
    assert not blocked("Esketamine must only be given in a certified clinic under supervision.",
                       "You can only get esketamine in a certified clinic.", "en", "supervision")


# --------------------------------------------------------------------------- how often, compared
# "More rarely" is "less often" ("más raramente" = "con menos frecuencia", "plus rarement" =
# "moins souvent"): a frequency compared, not an amount; "less often" printed as "more
# often" turns it around.

FREQUENCY_SAME = [
    ("Some people feel confused or, more rarely, see things that are not there.",
     "Some people feel confused and, less often, see things that are not real.", "en"),
    ("Algunas personas sienten confusión o, más raramente, ven cosas que no existen.",
     "Hay quien nota confusión y, con menos frecuencia, ve cosas que no son reales.", "es"),
    ("Certaines personnes sont confuses ou, plus rarement, voient des choses.",
     "Certaines personnes sont confuses et, moins souvent, voient des choses.", "fr"),
    ("Manche sind verwirrt oder sehen, seltener, Dinge, die nicht da sind.",
     "Manche sind verwirrt oder sehen, weniger häufig, Dinge, die nicht da sind.", "de"),
]

FREQUENCY_TURNED = [
    ("Some people feel confused or, more rarely, see things that are not there.",
     "Some people feel confused and, more often, see things that are not real.", "en"),
    ("Algunas personas sienten confusión o, más raramente, ven cosas que no existen.",
     "Hay quien nota confusión y, con más frecuencia, ve cosas que no son reales.", "es"),
    ("Certaines personnes sont confuses ou, plus rarement, voient des choses.",
     "Certaines personnes sont confuses et, plus souvent, voient des choses.", "fr"),
    ("Manche sind verwirrt oder sehen, seltener, Dinge, die nicht da sind.",
     "Manche sind verwirrt oder sehen, häufiger, Dinge, die nicht da sind.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), FREQUENCY_SAME, ids=_ids)
def test_more_rarely_as_less_often_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "side-effects")


@pytest.mark.parametrize(("quote", "text", "lang"), FREQUENCY_TURNED, ids=_ids)
def test_more_rarely_as_more_often_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "side-effects")


# ------------------------------------------------------------------ leave for a banned class
# The quote forbids alcohol (or sleeping pills...); the text keeps some other order and adds
# leave for it after a "but": "Take it with water, but you can take it with alcohol".

CLASS_PERMITTED = [
    ("Do not drink alcohol while you take this medicine.",
     "Take it with water, but you can take it with alcohol.", "en"),
    ("Do not drink alcohol while you take this medicine.",
     "Swallow it whole; you may have alcohol with it.", "en"),
    ("Do not take it with sleeping pills.",
     "Take it at night, and you can combine it with sleeping tablets.", "en"),
    ("No tome alcohol mientras use este medicamento.",
     "Tómelo con agua, pero puede tomarlo con alcohol.", "es"),
    ("Ne buvez pas d'alcool pendant le traitement.",
     "Prenez-le avec de l'eau, mais vous pouvez le prendre avec de l'alcool.", "fr"),
    ("Trinken Sie während der Behandlung keinen Alkohol.",
     "Nehmen Sie es mit Wasser ein, aber Sie können es mit Alkohol nehmen.", "de"),
]

CLASS_STILL_BANNED = [
    ("Do not drink alcohol while you take this medicine.",
     "Take it with water, and do not drink alcohol with it.", "en"),
    ("Do not take it with sleeping pills or alcohol.",
     "Take it at night; alcohol and sleeping pills must not be taken with it.", "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), CLASS_PERMITTED, ids=_ids)
def test_leave_for_a_class_the_quote_forbids_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "self-medication")


@pytest.mark.parametrize(("quote", "text", "lang"), CLASS_STILL_BANNED, ids=_ids)
def test_the_class_still_forbidden_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "self-medication")


# --------------------------------------------------------------------------- ne ... que, far apart
# "n'est remboursée par l'Assurance Maladie que si ..." restricts, however many words stand
# between "ne" and "que"; "n'est pas plus efficace que" does not.

NE_QUE_FAR = [
    ("La cure n'est remboursée par l'Assurance Maladie que si un médecin la prescrit.",
     "La cure est remboursée par l'Assurance Maladie.", "fr"),
    ("Ce dispositif n'est pris en charge par votre mutuelle que sur ordonnance.",
     "Ce dispositif est pris en charge par votre mutuelle.", "fr"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), NE_QUE_FAR, ids=_ids)
def test_ne_que_far_apart_restricts(quote, text, lang):
    assert blocked(quote, text, lang, "regulatory")


def test_ne_pas_plus_que_is_no_restriction():
    assert not blocked("Ce médicament n'est pas plus efficace que le placebo chez l'enfant.",
                       "Chez l'enfant, ce médicament ne marche pas mieux que le placebo.",
                       "fr", "regulatory")


# --------------------------------------------------------------------------- we do not
# A clinic's step printed as one it does not take, in its own voice: "No revisamos tu
# historia clínica" is a statement (first person plural), not an order like "No tome".

WE_DO_NOT = [
    ("En la primera visita, el fisioterapeuta revisa tu historia clínica.",
     "No revisamos tu historia clínica en la primera visita.", "es"),
    ("En la primera visita, la enfermera comprueba sus medicamentos.",
     "No comprobamos sus medicamentos en la primera visita.", "es"),
    ("At your first visit, the nurse checks your medical history.",
     "We do not check your medical history at the first visit.", "en"),
    ("Lors de la première visite, le médecin vérifie vos traitements.",
     "Nous ne vérifions pas vos traitements lors de la première visite.", "fr"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), WE_DO_NOT, ids=_ids)
def test_a_step_denied_in_the_clinics_voice_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "supervision")


def test_an_order_after_no_is_still_an_order():
    assert not blocked("No tome este medicamento con alcohol.",
                       "No tome alcohol con este medicamento.", "es", "self-medication")


# --------------------------------------------------------------------------- counted people swapped
# The quote counts its people ("265 people", "12,000 older New Zealanders"); the text counts
# the same number of another group ("265 children", "12,000 New Zealand children").

COUNTED_SWAPPED = [
    ("In a study of 265 people with pain after shingles, fewer than half stopped the patch.",
     "In a study of 265 children with pain after shingles, fewer than half stopped the patch.",
     "en"),
    ("A review of records from 12,000 older New Zealanders found more falls.",
     "A review of records from 12,000 New Zealand children found more falls.", "en"),
    ("En un estudio con 265 personas con dolor, menos de la mitad dejó el parche.",
     "En un estudio con 265 chicos con dolor, menos de la mitad dejó el parche.", "es"),
    ("Dans une étude portant sur 300 patients, la moitié a dormi mieux.",
     "Dans une étude portant sur 300 enfants, la moitié a dormi mieux.", "fr"),
]

COUNTED_KEPT = [
    ("In a study of 265 people with pain after shingles, fewer than half stopped the patch.",
     "In a study of 265 adults and children with pain after shingles, fewer than half "
     "stopped.", "en"),
    ("A study followed 40 children with asthma for a year.",
     "A study followed 40 kids with asthma for a year.", "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), COUNTED_SWAPPED, ids=_ids)
def test_the_same_count_of_another_group_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "randomized-controlled")


@pytest.mark.parametrize(("quote", "text", "lang"), COUNTED_KEPT[1:], ids=_ids)
def test_the_same_counted_group_in_other_words_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "randomized-controlled")


def test_the_counted_patients_as_adults_still_pass():
    assert not blocked("In the study, 40 patients took the drug for eight weeks.",
                       "In the study, 40 adults took the drug for eight weeks.", "en",
                       "uncontrolled-trial")
