"""Faithfulness, session 10 (faith11): phrasing families behind heldout12's unfaithful
passes and faithful blocks, each tested on sentences written here, in several wordings
and in every language where the family exists (en/es/fr/de). Each case failed on main
before the fix beside it.

- A changed unit of weight ("five kilograms" -> "five pounds") and a unit behind an
  adjective ("the 24 first hours" -> "the 24 first days") are changed numbers.
- "About 10" for a quote's "10.4": a rounded number the text says is rounded.
- "Al día siguiente" is the next day, not "a day" of a rate.
- A direction verb in the infinitive after a modal ("puede subir" -> "puede bajar").
- "Took away the pain" for "somewhat less pain" ends what was reduced.
- "Common" -> "rare" and "more rarely" -> "often": how often, moved to another band.
"""

from __future__ import annotations

import pytest
from faith_helpers import blocked, hand_pairs, ids

# --------------------------------------------------------------------------- units

UNIT_CHANGED = [
    ("Infants under five kilograms must not be given this medicine.",
     "Infants under five pounds must not be given this medicine.", "en"),
    ("The blanket weighs 6 kg.", "The blanket weighs 6 lb.", "en"),
    ("Säuglinge unter fünf Kilogramm dürfen es nicht bekommen.",
     "Säuglinge unter fünf Pfund dürfen es nicht bekommen.", "de"),
    ("Los bebés de menos de cinco kilos no deben recibirlo.",
     "Los bebés de menos de cinco libras no deben recibirlo.", "es"),
    ("Les bébés de moins de cinq kilos ne doivent pas en recevoir.",
     "Les bébés de moins de cinq livres ne doivent pas en recevoir.", "fr"),
    # a unit behind an adjective: still the number's unit
    ("Il réduit la douleur dans les 24 premières heures.",
     "Il réduit la douleur pendant les 24 premiers jours.", "fr"),
    ("Reduce la dosis en las 24 primeras horas.", "Reduce la dosis en los 24 primeros días.",
     "es"),
    ("Keep the dressing on for two more days.", "Keep the dressing on for two more weeks.",
     "en"),
    ("Rest for three full days after the injection.",
     "Rest for three full weeks after the injection.", "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), UNIT_CHANGED, ids=ids)
def test_a_changed_unit_is_a_changed_number(quote, text, lang):
    assert blocked(quote, text, lang, "self-medication")


UNIT_KEPT = [
    ("Infants under five kilograms must not be given this medicine.",
     "Babies under 5 kg must not be given this medicine.", "en"),
    ("Adults over 100 kg may need a higher dose.",
     "Adults over 100 kilograms (about 220 pounds) may need a higher dose.", "en"),
    ("Il réduit la douleur dans les 24 premières heures.",
     "Il réduit la douleur pendant les 24 premières heures.", "fr"),
    ("Reduce la dosis en las 24 primeras horas.",
     "Baja la dosis durante las primeras 24 horas.", "es"),
    ("Keep the dressing on for two more days.", "Leave the dressing on for 2 more days.",
     "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), UNIT_KEPT, ids=ids)
def test_the_same_unit_or_a_conversion_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "self-medication")


# --------------------------------------------------------------------------- rounding

ROUNDED_WITH_ABOUT = [
    ("They had on average 10.4 fewer attacks a week, compared with 4.1 fewer on placebo.",
     "On average they had about 10 fewer attacks a week. On placebo they had about 4 fewer.",
     "en"),
    ("They lost 3.6 kg on average.", "They lost around 4 kg on average.", "en"),
    ("Los pacientes perdieron 3,6 kg de media.", "Los pacientes perdieron unos 4 kg de media.",
     "es"),
    ("Les patients ont perdu 3,6 kg en moyenne.",
     "Les patients ont perdu environ 4 kg en moyenne.", "fr"),
    ("Die Patienten verloren im Schnitt 3,6 kg.",
     "Die Patienten verloren im Schnitt etwa 4 kg.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), ROUNDED_WITH_ABOUT, ids=ids)
def test_a_decimal_rounded_with_about_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "randomized-controlled")


ROUNDED_WRONG = [
    ("They lost 3.6 kg on average.", "They lost about 5 kg on average.", "en"),
    ("They had on average 10.4 fewer attacks a week.",
     "They had about 14 fewer attacks a week.", "en"),
    ("They lost 3.6 kg on average.", "They lost 4 kg on average.", "en"),  # no "about"
    ("Los pacientes perdieron 3,6 kg de media.", "Los pacientes perdieron unos 6 kg de media.",
     "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), ROUNDED_WRONG, ids=ids)
def test_about_is_no_licence_for_another_number(quote, text, lang):
    assert blocked(quote, text, lang, "randomized-controlled")


# --------------------------------------------------------------------------- the next day

NEXT_DAY = [
    ("Durante la aplicación y el día siguiente es común sentir ardor.",
     "Es normal sentir ardor durante la aplicación y al día siguiente.", "es"),
    ("No conduzcas hasta el día siguiente.", "No manejes hasta al día siguiente.", "es"),
    ("Puedes volver al trabajo la semana siguiente.",
     "Puedes volver al trabajo a la semana siguiente.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), NEXT_DAY, ids=ids)
def test_the_next_day_is_no_count_of_days(quote, text, lang):
    assert not blocked(quote, text, lang, "side-effects")


def test_a_rate_with_al_is_still_read():
    assert blocked("Tómalo una vez al día.", "Tómalo dos veces al día.", "es",
                   "self-medication")


# --------------------------------------------------------------------------- direction

DIRECTION_TURNED = [
    ("El ardor puede subir la presión arterial.", "El ardor puede bajar la presión arterial.",
     "es"),
    ("Este medicamento puede elevar el azúcar en sangre.",
     "Este medicamento puede bajar el azúcar en sangre.", "es"),
    ("Das Mittel kann den Blutdruck erhöhen.", "Das Mittel kann den Blutdruck senken.", "de"),
    ("Le médicament peut augmenter la tension.", "Le médicament peut baisser la tension.",
     "fr"),
    ("The pain can raise your blood pressure.", "The pain can lower your blood pressure.",
     "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), DIRECTION_TURNED, ids=ids)
def test_a_direction_in_the_infinitive_turned_around(quote, text, lang):
    assert blocked(quote, text, lang, "side-effects")


REDUCED_TO_ENDED = [
    ("The nabilone group reported somewhat less pain and anxiety.",
     "Nabilone took away their pain and anxiety.", "en"),
    ("People on the patch had less pain after a month.",
     "The patch takes away the pain within a month.", "en"),
    ("Patients reported less itching.", "The cream made the itching go away.", "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), REDUCED_TO_ENDED, ids=ids)
def test_a_reduction_printed_as_an_end(quote, text, lang):
    assert blocked(quote, text, lang, "randomized-controlled")


def test_a_reduction_kept_passes():
    assert not blocked("The nabilone group reported somewhat less pain and anxiety.",
                       "People on nabilone had a bit less pain and anxiety.", "en",
                       "randomized-controlled")


# --------------------------------------------------------------------------- how often

FREQUENCY_MOVED = [
    ("Durante la aplicación es común sentir ardor.", "Durante la aplicación es raro sentir ardor.",
     "es"),
    ("Es frecuente sentir mareos.", "Rara vez se sienten mareos.", "es"),
    ("Plus rarement, il peut provoquer des convulsions.",
     "Il provoque souvent des convulsions.", "fr"),
    ("More rarely, it can cause seizures.", "It often causes seizures.", "en"),
    ("Less often, it causes a rash.", "It commonly causes a rash.", "en"),
    ("Más raramente puede causar convulsiones.", "A menudo causa convulsiones.", "es"),
    ("Seltener kann es Krampfanfälle auslösen.", "Es löst häufig Krampfanfälle aus.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), FREQUENCY_MOVED, ids=ids)
def test_how_often_moved_to_another_band(quote, text, lang):
    assert blocked(quote, text, lang, "side-effects")


FREQUENCY_KEPT = [
    ("Durante la aplicación es común sentir ardor.",
     "Es frecuente sentir ardor durante la aplicación.", "es"),
    ("Plus rarement, il peut provoquer des convulsions.",
     "Plus rarement, il peut causer des convulsions.", "fr"),
    ("More rarely, it can cause seizures.", "Less often, it can cause seizures.", "en"),
    ("More rarely, it can cause seizures.", "In rare cases it can cause seizures.", "en"),
    ("Lo más habitual es el mareo y, a veces, la visión borrosa.",
     "Lo más común es el mareo, y a veces la vista borrosa.", "es"),
    # "usual care" is no how-often: "de siempre" for it is no "always"
    ("Recibieron un folleto o la atención habitual.",
     "Recibieron un folleto o la atención de siempre.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), FREQUENCY_KEPT, ids=ids)
def test_how_often_kept_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "side-effects")


# --------------------------------------------------------------------------- stop -> keep on

STOP_TURNED_TO_CONTINUE = [
    ("Stop taking it if you get a fever.", "If you get a fever, just keep taking it.", "en"),
    ("If you get a fever, stop taking it.", "If you get a fever, simply carry on taking it.",
     "en"),
    ("Si tienes fiebre, deja de tomarlo.", "Si tienes fiebre, simplemente sigue tomándolo.",
     "es"),
    ("Wenn Sie Fieber bekommen, beenden Sie die Einnahme.",
     "Wenn Sie Fieber bekommen, nehmen Sie es weiter.", "de"),
    ("Wenn Sie Fieber bekommen, setzen Sie es ab.",
     "Wenn Sie Fieber bekommen, nehmen Sie es einfach weiter ein.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), STOP_TURNED_TO_CONTINUE, ids=ids)
def test_stop_printed_as_keep_taking(quote, text, lang):
    assert blocked(quote, text, lang, "side-effects")


STOP_KEPT = [
    ("Wenn Sie Fieber bekommen, beenden Sie die Einnahme.",
     "Wenn Sie Fieber haben, hören Sie auf, es zu nehmen.", "de"),
    ("Nehmen Sie es weiter, auch wenn es Ihnen besser geht.",
     "Nehmen Sie es weiter ein, auch wenn es Ihnen besser geht.", "de"),
    ("Just keep taking it as your doctor told you.", "Keep taking it as your doctor told you.",
     "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), STOP_KEPT, ids=ids)
def test_stop_or_keep_kept_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "side-effects")


# --------------------------------------------------------------------------- may -> must

PERMISSION_TO_ORDER = [
    ("Puedes traer a un acompañante a tu cita.",
     "Debes venir siempre con un acompañante a tu cita.", "es"),
    ("Podés recortar el parche con tijera, siempre que tu médico te lo haya indicado.",
     "Siempre tenés que recortar el parche con tijera antes de usarlo.", "es"),
    ("You can place a thin towel between your skin and the pad.",
     "You must always wear a thick sweater on the pad.", "en"),
    ("You can bring a friend to your appointment.",
     "A friend has to come with you to your appointment.", "en"),
    ("Vous pouvez venir avec un proche.", "Un proche doit toujours vous accompagner.", "fr"),
    ("Sie können eine Begleitperson mitbringen.", "Eine Begleitperson muss immer dabei sein.",
     "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), PERMISSION_TO_ORDER, ids=ids)
def test_a_permission_printed_as_an_order(quote, text, lang):
    assert blocked(quote, text, lang, "")


PERMISSION_KEPT = [
    ("Puedes traer a un acompañante a tu cita.", "Puedes venir con alguien a tu cita.", "es"),
    ("Podés recortar el parche con tijera, siempre que tu médico te lo haya indicado.",
     "Podés cortar el parche con tijera si tu médico te lo indicó.", "es"),
    ("You can bring a friend to your appointment. You must bring your card.",
     "You must bring your card, and you can bring a friend.", "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), PERMISSION_KEPT, ids=ids)
def test_a_permission_kept_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "")


# --------------------------------------------------------------------------- faithful blocks

# "while not fully awake": a negation right after "while"/"when"/"if" says in what state,
# it denies no harm.
STATE_NOT_DENIAL = hand_pairs("state-not-denial", "quote", "text", "lang")


@pytest.mark.parametrize(("quote", "text", "lang"), STATE_NOT_DENIAL, ids=ids)
def test_a_negated_state_after_while_is_no_denial(quote, text, lang):
    assert not blocked(quote, text, lang, "side-effects")


@pytest.mark.parametrize("text", [
    "It does not damage the liver.",
    "Even when taken for years, it does not damage the liver.",
], ids=ids)
def test_a_denied_harm_is_still_blocked(text):
    assert blocked("It can damage the liver.", text, "en", "side-effects")


def test_one_quote_clause_said_in_two_is_no_swap():
    """"taking it with alcohol can cause breathing to stop, coma" printed as "Taken with
    alcohol, | it can stop your breathing and cause coma": alcohol is still the condition."""
    assert not blocked(
        "It can slow breathing, and taking it with alcohol or other sedatives can cause "
        "breathing to stop, coma and death.",
        "It can slow your breathing. Taken with alcohol or other sedatives, it can stop your "
        "breathing and cause coma or death.", "en", "side-effects")


def test_two_things_swapped_between_clauses_are_still_blocked():
    assert blocked("Taking it with opioids can stop your breathing, and with alcohol it can "
                   "cause deep sleep.",
                   "With opioids it can cause deep sleep. Taken with alcohol, it can stop "
                   "your breathing.", "en", "side-effects")


# A question opening a notice asks who it is for; it tells no one to do anything.
QUESTION_AS_CONDITION = [
    ("If you take warfarin, ask your pharmacist before taking cherry supplements.",
     "Take warfarin? Ask your pharmacist before you take cherry supplements.", "en"),
    ("Si tomas anticoagulantes, consulta a tu farmacéutico antes de tomar suplementos.",
     "¿Tomas anticoagulantes? Consulta a tu farmacéutico antes de tomar suplementos.", "es"),
    ("Si vous prenez un anticoagulant, demandez à votre pharmacien avant de prendre des "
     "compléments.", "Vous prenez un anticoagulant ? Demandez à votre pharmacien avant de "
     "prendre des compléments.", "fr"),
    ("Wenn Sie Blutverdünner nehmen, fragen Sie Ihren Apotheker, bevor Sie "
     "Nahrungsergänzungsmittel nehmen.", "Nehmen Sie Blutverdünner? Fragen Sie Ihren "
     "Apotheker, bevor Sie Nahrungsergänzungsmittel nehmen.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), QUESTION_AS_CONDITION, ids=ids)
def test_a_question_is_a_condition_not_an_order(quote, text, lang):
    assert not blocked(quote, text, lang, "supervision")


@pytest.mark.parametrize(("quote", "text", "lang"), [
    ("If you take warfarin, ask your pharmacist before taking cherry supplements.",
     "Take warfarin? You can take cherry supplements.", "en"),
    ("Si tomas anticoagulantes, consulta a tu farmacéutico antes de tomar suplementos.",
     "¿Tomas anticoagulantes? Puedes tomar suplementos sin consultar.", "es"),
], ids=ids)
def test_a_question_does_not_hide_a_permission_after_it(quote, text, lang):
    assert blocked(quote, text, lang, "supervision")


# "puede alterar el ritmo del corazón" -> "puede cambiar el ritmo del corazón": what may
# happen, said with another verb, is no permission to change anything.
POSSIBILITY_REWORDED = [
    ("En dosis altas puede alterar el ritmo del corazón, por eso tu médica puede pedirte un "
     "electrocardiograma.", "En dosis altas puede cambiar el ritmo del corazón. Tu médica "
     "puede pedirte un electrocardiograma.", "es"),
    ("If you take warfarin, ask your pharmacist before taking cherry supplements, as they may "
     "affect how your medicine works.", "If you take warfarin, ask your pharmacist before you "
     "take cherry supplements, because they may change how your medicine works.", "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), POSSIBILITY_REWORDED, ids=ids)
def test_a_possibility_reworded_is_no_permission(quote, text, lang):
    assert not blocked(quote, text, lang, "supervision")


def test_a_permission_the_quote_does_not_give_is_still_blocked():
    assert blocked("Do not change your dose. Alcohol can change how the medicine works.",
                   "You can change your dose.", "en", "self-medication")


# "a sleep lab" measures people: no lab study.
PEOPLE_LABS = [
    ("In a small study, 11 older adults drank cherry juice and slept on average 84 minutes "
     "longer when measured in a sleep lab.", "In a small study, 11 older people drank cherry "
     "juice. In a sleep lab, they slept 84 minutes longer on average.", "en"),
    ("Patients slept 30 minutes longer in the sleep laboratory.",
     "People slept 30 minutes longer.", "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), PEOPLE_LABS, ids=ids)
def test_a_lab_where_people_are_measured_is_no_lab_study(quote, text, lang):
    assert not blocked(quote, text, lang, "randomized-controlled")


@pytest.mark.parametrize(("quote", "text"), [
    ("In the lab, the drug protected brain cells.", "In people, the drug protected the brain."),
    ("In a sleep lab study in rats, the drug lengthened sleep.",
     "In people, the drug lengthened sleep."),
], ids=ids)
def test_a_lab_or_animal_study_printed_as_people_is_still_blocked(quote, text):
    assert blocked(quote, text, "en", "animal")


# A rare word that is a form of a common one ("aumentes" of "aumentar", "guardá" of
# "guardar") is no drug's name.
COMMON_WORD_FORMS = [
    ("No subas la dosis por tu cuenta: si la querés dejar, hablalo con tu neuróloga.",
     "No aumentes la dosis sola. Si querés dejarla, hablá con tu neuróloga.", "es"),
    ("Mantené los parches fuera del alcance de los chicos.",
     "Guardá los parches donde los chicos no lleguen.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), COMMON_WORD_FORMS, ids=ids)
def test_a_form_of_a_common_word_is_no_drug_name(quote, text, lang):
    assert not blocked(quote, text, lang, "self-medication")


@pytest.mark.parametrize(("quote", "text", "lang"), [
    ("En el ensayo, 90 adultos tomaron amitriptilina.",
     "En el ensayo, 90 adultos tomaron nortriptilina.", "es"),
    ("In the trial, 90 adults took rotigotine patches for ten weeks.",
     "In the trial, 90 adults took apomorphine patches for ten weeks.", "en"),
], ids=ids)
def test_a_rare_name_swapped_is_still_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "randomized-controlled")


# "Personne ne …": nobody, for a quote's "some people" (the rare word the quote happened to
# hold, "endormies", no longer hides the change as a drug's name).
@pytest.mark.parametrize(("quote", "text", "lang"), [
    ("Plus rarement, certaines personnes font des choses en étant à moitié endormies.",
     "Personne ne fait de choses en étant à moitié endormi.", "fr"),
    ("Certaines personnes ont des vertiges.", "Nul ne ressent de vertiges.", "fr"),
    ("Some people do things while half asleep.", "No one does things while half asleep.",
     "en"),
], ids=ids)
def test_nobody_for_some_people(quote, text, lang):
    assert blocked(quote, text, lang, "side-effects")


def test_nobody_for_no_patient_passes():
    assert not blocked("Aucun patient n'a eu de convulsions.", "Personne n'a eu de convulsions.",
                       "fr", "side-effects")


# --------------------------------------------------------------------------- vague times

VAGUE_TIME_SHORTENED = [
    ("People have used it safely for years.", "People have used it safely for weeks.", "en"),
    ("The benefit lasted for years.", "The benefit lasted for weeks.", "en"),
    ("El beneficio duró años.", "El beneficio duró semanas.", "es"),
    ("Le bénéfice a duré pendant des années.", "Le bénéfice a duré pendant des semaines.",
     "fr"),
    ("Die Wirkung hielt jahrelang an.", "Die Wirkung hielt wochenlang an.", "de"),
    ("Die Wirkung hielt wochenlang an.", "Die Wirkung hielt jahrelang an.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), VAGUE_TIME_SHORTENED, ids=ids)
def test_a_vague_time_moved_to_another_unit(quote, text, lang):
    assert blocked(quote, text, lang, "human-observational")


VAGUE_TIME_KEPT = [
    ("People have used it safely for years.", "People have used it for years without harm.",
     "en"),
    ("It takes weeks to work, and the benefit lasted for years.",
     "It takes weeks to work. The benefit lasted for years.", "en"),
    ("Die Wirkung hielt jahrelang an.", "Die Wirkung hielt über Jahre an.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), VAGUE_TIME_KEPT, ids=ids)
def test_a_vague_time_kept_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "human-observational")


# --------------------------------------------------------------------------- a condition after

CONDITION_AFTER_DROPPED = [
    ("You can drive the next day, provided that you feel fully alert.",
     "You can drive the next day.", "en"),
    ("Tu peux reprendre le sport, tant que tu n'as pas de vertiges.",
     "Tu peux reprendre le sport.", "fr"),
    ("Sie können wieder Auto fahren, solange Sie sich wach fühlen.",
     "Sie können wieder Auto fahren.", "de"),
    ("Puedes volver a conducir, con tal de que te sientas despierto.",
     "Puedes volver a conducir.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), CONDITION_AFTER_DROPPED, ids=ids)
def test_a_condition_after_a_permission_must_stay(quote, text, lang):
    assert blocked(quote, text, lang, "supervision")


CONDITION_AFTER_KEPT = [
    ("You can drive the next day, as long as you feel fully alert.",
     "You can drive the next day if you feel fully alert.", "en"),
    ("Si tu veux, tu peux conduire le lendemain, à condition de te sentir bien réveillé.",
     "Tu peux conduire le lendemain si tu te sens bien réveillé.", "fr"),
    ("If you want, you can take it with food.", "You can take it with food.", "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), CONDITION_AFTER_KEPT, ids=ids)
def test_a_condition_after_kept_or_only_optional_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "supervision")


# --------------------------------------------------------------------------- lost -> there

ABILITY_RESTORED = [
    ("Some patients were unable to move for a few minutes.", "Patients could move freely.",
     "en"),
    ("Some people cannot sleep for days.", "Some people can sleep for days.", "en"),
    ("Algunos pacientes no podían moverse durante unos minutos.",
     "Algunos pacientes podían moverse durante unos minutos.", "es"),
    ("Certains patients ne pouvaient plus bouger pendant quelques minutes.",
     "Certains patients pouvaient bouger pendant quelques minutes.", "fr"),
    ("Einige Patienten konnten sich einige Minuten lang nicht bewegen.",
     "Einige Patienten konnten sich einige Minuten lang bewegen.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), ABILITY_RESTORED, ids=ids)
def test_an_ability_the_quote_says_was_lost_printed_as_there(quote, text, lang):
    assert blocked(quote, text, lang, "side-effects")


ABILITY_KEPT = [
    ("Some patients were unable to move for a few minutes.",
     "For a few minutes, some patients could not move.", "en"),
    ("Some patients were unable to move for a few minutes.",
     "Some patients could move again after a few minutes.", "en"),
    ("Einige Patienten konnten sich einige Minuten lang nicht bewegen.",
     "Manche Patienten konnten sich ein paar Minuten lang nicht bewegen.", "de"),
    ("Algunos pacientes no podían moverse durante unos minutos.",
     "Durante unos minutos, algunos pacientes no podían moverse.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), ABILITY_KEPT, ids=ids)
def test_an_ability_lost_kept_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "side-effects")


# --------------------------------------------------------------------------- harm -> help

HARM_TO_HELP = [
    ("Taken with alcohol, it can stop your breathing.",
     "Taken with alcohol, it can help your breathing.", "en"),
    ("Mixed with alcohol it can stop your breathing.", "With alcohol it can help you breathe.",
     "en"),
    ("High doses can damage the liver.", "High doses can protect the liver.", "en"),
    ("Mezclado con alcohol puede detener la respiración.",
     "Con alcohol puede ayudar a la respiración.", "es"),
    ("En dosis altas puede dañar el hígado.", "En dosis altas puede proteger el hígado.", "es"),
    ("Avec de l'alcool, il peut arrêter la respiration.",
     "Avec de l'alcool, il peut faciliter la respiration.", "fr"),
    ("Mit Alkohol kann es die Atmung stoppen.", "Mit Alkohol kann es die Atmung verbessern.",
     "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), HARM_TO_HELP, ids=ids)
def test_a_harm_printed_as_a_help(quote, text, lang):
    assert blocked(quote, text, lang, "side-effects")


HARM_KEPT = [
    ("It can slow your breathing, so a nurse helps you breathe if needed.",
     "It can slow your breathing. A nurse will help you breathe if needed.", "en"),
    ("In hohen Dosen kann es die Leber schädigen.", "Hohe Dosen können der Leber schaden.",
     "de"),
    ("Taken with alcohol, it can stop your breathing.",
     "With alcohol, it can make you stop breathing.", "en"),
    # "para" (for) is no "parar" (stop)
    ("La psilocibina podría ser útil para algunas personas.",
     "La psilocibina podría ayudar a algunas personas.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), HARM_KEPT, ids=ids)
def test_a_harm_kept_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "side-effects")


# --------------------------------------------------------------------------- outside -> inside

DENIED_USE_PUT_INSIDE = [
    ("The device is cleared for the temporary relief of period pain; it is not licensed to "
     "treat endometriosis.", "The device is cleared for the relief of period pain, including "
     "endometriosis.", "en"),
    ("La amitriptilina está aprobada para la depresión; usarla para prevenir la migraña es un "
     "uso fuera de prospecto.", "La amitriptilina está aprobada para prevenir la migraña.",
     "es"),
    ("Il est autorisé pour la dépression ; contre la migraine, il est prescrit hors AMM.",
     "Il est autorisé pour la dépression et la migraine.", "fr"),
    ("Es ist für Depressionen zugelassen; zur Vorbeugung von Migräne wird es off-label "
     "verwendet.", "Es ist für Depressionen und zur Vorbeugung von Migräne zugelassen.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), DENIED_USE_PUT_INSIDE, ids=ids)
def test_a_use_outside_the_approval_printed_inside(quote, text, lang):
    assert blocked(quote, text, lang, "regulatory")


DENIED_USE_KEPT_OUTSIDE = hand_pairs("denied-use-kept-outside", "quote", "text", "lang")


@pytest.mark.parametrize(("quote", "text", "lang"), DENIED_USE_KEPT_OUTSIDE, ids=ids)
def test_a_use_kept_outside_the_approval_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "regulatory")


# --------------------------------------------------------------------------- given -> yourself

GIVEN_BY_STAFF_TO_SELF = [
    ("The injection is always given by one of our doctors, and a nurse stays with you.",
     "You can give yourself the injection at home once a doctor has shown you how.", "en"),
    ("La inyección siempre la pone uno de nuestros médicos.",
     "Puedes ponerte la inyección en casa.", "es"),
    ("L'injection est toujours faite par un de nos médecins.",
     "Vous pouvez vous faire l'injection vous-même à la maison.", "fr"),
    ("Die Spritze wird immer von einem unserer Ärzte gegeben.",
     "Sie können sich die Spritze zu Hause selbst geben.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), GIVEN_BY_STAFF_TO_SELF, ids=ids)
def test_a_dose_given_by_staff_printed_as_given_by_yourself(quote, text, lang):
    assert blocked(quote, text, lang, "supervision")


SELF_KEPT = [
    ("After a nurse shows you how, you can inject yourself at home.",
     "Once a nurse has shown you how, you can give yourself the injection at home.", "en"),
    ("Una enfermera te enseñará a ponerte la inyección.",
     "Una enfermera te mostrará cómo ponerte la inyección.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), SELF_KEPT, ids=ids)
def test_self_injection_the_quote_gives_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "supervision")
