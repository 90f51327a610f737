"""Faithfulness, the classes the third held-out set showed passing (or blocked wrongly):
numbers written as words, duties waived, permissions with any subject, approval scope,
an equal result printed as a better one, an animal result printed about people, a
negation dropped from "people who do not have ...", a common drug swapped in.

Sentences of our own (none from the held-out sets); each case calls the pure module the
gate calls (`check_rewrite`: quote, printed text, language, notice kind or evidence tag).
"""

from __future__ import annotations

import pytest
from faith_helpers import blocked, hand_pairs

from summarizer.gate import faithfulness as faith


def codes(quote: str, text: str, lang: str, kind: str = "") -> list[str]:
    return [p.code for p in faith.check_rewrite(quote, text, lang, kind)]



# --------------------------------------------------------------------------- numbers

CHANGED_WORD_NUMBERS = [
    ("Do not take more than one tablet a day.",
     "Do not take more than four tablets a day.", "en"),
    ("Never give a toddler more than a single spoonful.",
     "Never give a toddler more than two spoonfuls.", "en"),
    ("Las ventas del jarabe se multiplicaron por cuatro en cinco años.",
     "Las ventas del jarabe se multiplicaron por ocho en cinco años.", "es"),
    # "between 2015 and 2021" is a span of years, not a share "1 in 2015"
    ("Las recetas del jarabe se multiplicaron por dos entre 2015 y 2021.",
     "Las recetas del jarabe se multiplicaron por cinco entre 2015 y 2021.", "es"),
    ("Ne prenez pas plus d'un comprimé par jour.",
     "Ne prenez pas plus de trois comprimés par jour.", "fr"),
    ("Nehmen Sie nicht mehr als eine Tablette am Tag.",
     "Nehmen Sie nicht mehr als drei Tabletten am Tag.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), CHANGED_WORD_NUMBERS,
                         ids=lambda v: v[:30])
def test_a_number_written_as_a_word_is_compared(quote: str, text: str, lang: str):
    assert "FAITH-NUMBER" in codes(quote, text, lang, "self-medication")


SAME_NUMBERS_OTHER_WORDS = [
    ("Never take more than one capsule at bedtime.",
     "Take no more than 1 capsule at bedtime.", "en"),
    ("Take a single capsule each morning.", "Take 1 capsule each morning.", "en"),
    ("Take 1 capsule each morning.", "Take one capsule every morning.", "en"),
    ("The children had already tried two other medicines without success.",
     "The children had already tried 2 other medicines that did not work.", "en"),
    ("Do not stop the tablets suddenly.", "Do not stop the tablets all at once.", "en"),
    ("No deje las pastillas de repente.", "No deje las pastillas de una vez.", "es"),
    ("No tome más de un sobre al día.", "Tome como máximo 1 sobre al día.", "es"),
    ("N'arrêtez pas le traitement brutalement.",
     "N'arrêtez pas le traitement d'un seul coup.", "fr"),
    ("Setzen Sie die Tabletten nicht plötzlich ab.",
     "Setzen Sie die Tabletten nicht auf einmal ab.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), SAME_NUMBERS_OTHER_WORDS,
                         ids=lambda v: v[:30])
def test_the_same_number_in_other_words_passes(quote: str, text: str, lang: str):
    assert codes(quote, text, lang, "self-medication") == []


# --------------------------------------------------------------------------- instructions

WAIVED_DUTIES = [
    ("Your nurse will weigh you and test your urine at every visit.",
     "Your nurse does not need to weigh you at your visits.", "en"),
    ("The pharmacist must look at your other medicines before handing it over.",
     "The pharmacist need not look at your other medicines.", "en"),
    ("El farmacéutico revisará sus otros medicamentos antes de dárselo.",
     "El farmacéutico no necesita revisar sus otros medicamentos.", "es"),
    ("Le médecin vérifiera votre tension à chaque visite.",
     "Le médecin n'a pas besoin de vérifier votre tension.", "fr"),
    ("Ihre Ärztin wird vor jeder Dosis Ihren Blutdruck messen.",
     "Ihre Ärztin muss Ihren Blutdruck nicht messen.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), WAIVED_DUTIES, ids=lambda v: v[:30])
def test_a_duty_printed_as_unneeded_is_blocked(quote: str, text: str, lang: str):
    assert "FAITH-POLARITY" in codes(quote, text, lang, "supervision")


KEPT_DUTIES = [
    ("You do not need to fast before the scan.", "There is no need to fast before the scan.",
     "en"),
    ("Your nurse will weigh you at every visit.",
     "You do not need to bring anything to your visits; the nurse weighs you each time.",
     "en"),
    ("No hace falta ayunar antes de la prueba.", "No necesita ayunar antes de la prueba.",
     "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), KEPT_DUTIES, ids=lambda v: v[:30])
def test_a_waiver_the_quote_gives_or_of_something_else_passes(quote: str, text: str,
                                                             lang: str):
    assert codes(quote, text, lang, "supervision") == []


INVERTED_PERMISSIONS = [
    ("Carers should not crush the tablets on their own.",
     "Carers can crush the tablets themselves.", "en"),
    ("Children stay on the ward after the infusion and are not allowed to cycle until the "
     "next morning.",
     "Children go home after the infusion and are allowed to cycle that evening.", "en"),
    ("Nunca intente compensar una dosis olvidada tomando dos sobres por su cuenta.",
     "Para compensar una dosis olvidada, puede tomar dos sobres por su cuenta.", "es"),
    ("Les parents ne doivent pas écraser les comprimés eux-mêmes.",
     "Les parents peuvent écraser les comprimés eux-mêmes.", "fr"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), INVERTED_PERMISSIONS,
                         ids=lambda v: v[:30])
def test_a_prohibition_printed_as_a_permission_with_any_subject_is_blocked(
        quote: str, text: str, lang: str):
    assert "FAITH-POLARITY" in codes(quote, text, lang, "self-medication")


KEPT_PROHIBITIONS = [
    ("Carers should not crush the tablets on their own.",
     "Carers must not crush the tablets themselves.", "en"),
    ("Children are not allowed to cycle until the next morning.",
     "Children may cycle again the next morning, not before.", "en"),
    # "can" about what a drug does is no permission, even beside "at home"
    ("Do not crush the tablets at home: the powder can irritate the skin.",
     "Never crush the tablets at home, as the powder can irritate your skin.", "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), KEPT_PROHIBITIONS,
                         ids=lambda v: v[:30])
def test_a_prohibition_kept_or_a_hedge_passes(quote: str, text: str, lang: str):
    assert "FAITH-POLARITY" not in codes(quote, text, lang, "self-medication")


# --------------------------------------------------------------------------- approval

WIDENED_APPROVALS = [
    ("In Canada the spray is approved only for migraine in adults.",
     "In Canada the spray is approved for migraine and cluster headache in adults.", "en"),
    ("The patch is licensed only for smokers over 18, so using it in pregnancy is "
     "off-label.",
     "The patch is licensed for smokers over 18 and for use in pregnancy.", "en"),
    ("En México está autorizada solo para la epilepsia.",
     "En México está autorizada para la epilepsia y para el dolor crónico.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), WIDENED_APPROVALS, ids=lambda v: v[:30])
def test_an_approval_widened_beyond_its_only_is_blocked(quote: str, text: str, lang: str):
    assert "FAITH-POLARITY" in codes(quote, text, lang, "regulatory")


def test_an_approval_kept_to_its_scope_passes():
    quote = "In Canada the spray is approved only for migraine in adults."
    for text in ("In Canada the spray is only approved for migraine in adults.",
                 "In Canada, adults can get the spray for migraine: it is approved for that "
                 "alone."):
        assert "FAITH-POLARITY" not in codes(quote, text, "en", "regulatory"), text


# --------------------------------------------------------------------------- comparisons

EQUAL_PRINTED_AS_BETTER = [
    ("Both groups improved by the same amount, whether they had the real device or the "
     "sham one.",
     "People with the real device improved far more than those with the sham one.", "en"),
    ("The real tablets worked no better than the dummy ones.",
     "The real tablets worked better than the dummy ones.", "en"),
    ("Al terminar, los dos grupos habían mejorado lo mismo.",
     "Al terminar, el grupo con el tratamiento real había mejorado más que el otro.", "es"),
    ("Les deux groupes se sont améliorés de la même façon.",
     "Le groupe traité s'est amélioré plus que le groupe placebo.", "fr"),
    ("Beide Gruppen verbesserten sich gleich stark.",
     "Die behandelte Gruppe verbesserte sich stärker als die Placebogruppe.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), EQUAL_PRINTED_AS_BETTER,
                         ids=lambda v: v[:30])
def test_an_equal_result_printed_as_a_better_one_is_blocked(quote: str, text: str,
                                                           lang: str):
    assert "FAITH-COMPARISON" in codes(quote, text, lang, "controlled-trial")


def test_an_equal_result_kept_passes():
    quote = "The real tablets worked no better than the dummy ones."
    for text in ("The real tablets did not work better than the dummy ones.",
                 "The real and the dummy tablets worked about equally well."):
        assert "FAITH-COMPARISON" not in codes(quote, text, "en", "controlled-trial"), text


# --------------------------------------------------------------------------- population

ANIMAL_RESULT_ABOUT_PEOPLE = [
    ("The compound shrank the tumours by half.",
     "In patients, the compound shrank tumours by half.", "en", "animal"),
    ("The mice given the extract slept two hours longer.",
     "In humans and mice, the extract added two hours of sleep.", "en", "animal"),
    ("El extracto bajó la glucosa un 30 %.",
     "En personas con diabetes, el extracto bajó la glucosa un 30 %.", "es", "animal"),
    ("La molécule a réduit l'inflammation de moitié.",
     "Chez les patients, la molécule a réduit l'inflammation de moitié.", "fr",
     "lab-mechanism"),
    ("Der Wirkstoff senkte den Blutzucker um 30 Prozent.",
     "Bei Menschen senkte der Wirkstoff den Blutzucker um 30 Prozent.", "de", "animal"),
]


@pytest.mark.parametrize(("quote", "text", "lang", "evidence"), ANIMAL_RESULT_ABOUT_PEOPLE,
                         ids=lambda v: v[:30])
def test_an_animal_or_lab_result_printed_about_people_is_blocked(quote: str, text: str,
                                                                lang: str, evidence: str):
    assert "FAITH-POPULATION" in codes(quote, text, lang, evidence)


def test_an_animal_result_that_says_people_were_not_studied_passes():
    quote = "The compound shrank the tumours by half."
    text = "In animals, the compound shrank tumours by half; it has not been tried in people."
    assert codes(quote, text, "en", "animal") == []
    human = "In patients, the compound shrank tumours by half."
    assert "FAITH-POPULATION" not in codes(human, human, "en", "randomized-controlled")


DROPPED_RELATIVE_NEGATIONS = [
    ("The drug is not recommended for people who do not have heart disease.",
     "The drug is not recommended for people who have heart disease.", "en"),
    ("No se recomienda a las personas que no tienen diabetes.",
     "No se recomienda a las personas que tienen diabetes.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), DROPPED_RELATIVE_NEGATIONS,
                         ids=lambda v: v[:30])
def test_a_negation_dropped_from_who_the_statement_is_about_is_blocked(
        quote: str, text: str, lang: str):
    assert codes(quote, text, lang, "regulatory")


def test_who_the_statement_is_about_in_other_words_passes():
    quote = "The drug is not recommended for people who do not have heart disease."
    text = "The drug is not recommended for people without heart disease."
    assert codes(quote, text, "en", "regulatory") == []


# --------------------------------------------------------------------------- drugs

SWAPPED_COMMON_DRUGS = [
    ("Taken with morphine, this medicine can make you very drowsy.",
     "Taken with aspirin, this medicine can make you very drowsy.", "en"),
    ("Together with opioids it can slow your breathing.",
     "Together with paracetamol it can slow your breathing.", "en"),
    ("Junto con opioides puede frenar la respiración.",
     "Junto con ibuprofeno puede frenar la respiración.", "es"),
    ("Combiné aux opioïdes, il peut ralentir la respiration.",
     "Combiné au paracétamol, il peut ralentir la respiration.", "fr"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), SWAPPED_COMMON_DRUGS, ids=lambda v: v[:30])
def test_a_common_drug_swapped_in_is_blocked(quote: str, text: str, lang: str):
    assert "FAITH-DRUG" in codes(quote, text, lang, "side-effects")


def test_an_opioid_named_by_its_class_passes():
    quote = "Taken with heroin or fentanyl, this medicine can stop your breathing."
    text = "Taken with opioids such as heroin or fentanyl, this medicine can stop your breathing."
    assert codes(quote, text, "en", "side-effects") == []


# --------------------------------------------------------------------------- batch 2

AVOID_PRINTED_AS_ALLOWED = [
    ("Avoid operating machinery on the day of the injection.",
     "You are free to operate machinery on the day of the injection.", "en"),
    ("Evite conducir durante las 12 horas siguientes.", "Puede conducir enseguida.", "es"),
    ("Está prohibido conducir durante las 12 horas siguientes.", "Puede conducir enseguida.",
     "es"),
    ("Évitez de conduire pendant 12 heures.", "Vous pouvez conduire tout de suite.", "fr"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), AVOID_PRINTED_AS_ALLOWED,
                         ids=lambda v: v[:30])
def test_an_act_to_avoid_printed_as_allowed_is_blocked(quote: str, text: str, lang: str):
    assert "FAITH-POLARITY" in codes(quote, text, lang, "supervision")


def test_an_act_to_avoid_kept_passes():
    quote = "Avoid operating machinery on the day of the injection."
    for text in ("Do not operate machinery on the day of the injection.",
                 "Keep away from machinery on the day of the injection."):
        assert codes(quote, text, "en", "supervision") == [], text


WAIVED_THINGS = [
    ("You must have an eye test before the first dose.",
     "You do not need an eye test before the first dose.", "en"),
    ("A pharmacist will watch you swallow each dose.",
     "Nobody needs to watch you swallow your doses.", "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), WAIVED_THINGS, ids=lambda v: v[:30])
def test_a_required_thing_printed_as_unneeded_is_blocked(quote: str, text: str, lang: str):
    assert "FAITH-POLARITY" in codes(quote, text, lang, "supervision")


WITH_FOR_WITHOUT = [
    ("The trial only enrolled adults without kidney disease.",
     "The trial only enrolled adults with kidney disease.", "en"),
    ("Swallow the capsule with water.", "Swallow the capsule without water.", "en"),
    ("El ensayo solo incluyó a adultos sin enfermedad renal.",
     "El ensayo solo incluyó a adultos con enfermedad renal.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), WITH_FOR_WITHOUT, ids=lambda v: v[:30])
def test_without_printed_as_with_is_blocked(quote: str, text: str, lang: str):
    assert "FAITH-POPULATION" in codes(quote, text, lang)


@pytest.mark.parametrize(
    ("quote", "text", "lang", "kind"),
    hand_pairs("never-without-as-only-with", "quote", "text", "lang", "kind"))
def test_never_without_restated_as_only_with_passes(quote, text, lang, kind):
    assert codes(quote, text, lang, kind) == []


def test_an_equal_result_printed_as_better_without_than_is_blocked():
    quote = "At twelve weeks both groups had improved equally."
    assert "FAITH-COMPARISON" in codes(quote, "At twelve weeks the treated group had improved "
                                       "more.", "en", "controlled-trial")
    assert codes(quote, "At twelve weeks both groups had improved to the same degree.", "en",
                 "controlled-trial") == []


def test_counting_the_groups_a_quote_describes_passes():
    quote = ("Half of the volunteers wore the real headset and the other half a copy that did "
             "nothing.")
    text = "The volunteers were split into two groups: a real headset or a copy that did nothing."
    assert "FAITH-NUMBER" not in codes(quote, text, "en", "controlled-trial")


def test_one_opioid_swapped_for_another_is_blocked():
    quote = "Deaths involving methadone and sleeping pills together have risen."
    assert "FAITH-DRUG" in codes(quote, "Deaths involving tramadol and sleeping pills "
                                 "together have risen.", "en", "side-effects")
    assert codes(quote, "More people have died after taking methadone together with sleeping "
                 "pills.", "en", "side-effects") == []


# --------------------------------------------------------------------------- batch 3

CALLED_ACCEPTABLE = [
    ("Do not eat liquorice while you take these tablets.",
     "Liquorice is fine while you take these tablets.", "en"),
    ("Pregnant women must not use the cream.", "The cream is safe for pregnant women.", "en"),
    ("No mezcle este jarabe con bebidas alcohólicas.",
     "Las bebidas alcohólicas están permitidas con este jarabe.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), CALLED_ACCEPTABLE, ids=lambda v: v[:30])
def test_a_forbidden_thing_called_acceptable_is_blocked(quote: str, text: str, lang: str):
    assert "FAITH-POLARITY" in codes(quote, text, lang, "self-medication")


def test_a_forbidden_thing_called_unsafe_passes():
    quote = "Pregnant women must not use the cream."
    for text in ("The cream is not safe for pregnant women.",
                 "The cream is fine for most people, but pregnant women must not use it."):
        assert codes(quote, text, "en", "self-medication") == [], text


def test_a_waived_test_after_a_light_verb_is_blocked():
    assert "FAITH-POLARITY" in codes(
        "La enfermera le tomará una muestra de orina en cada visita.",
        "No hace falta hacerse ninguna muestra de orina.", "es", "supervision")
    assert "FAITH-POLARITY" in codes(
        "You will have a heart tracing before the first dose.",
        "There is no need to have a heart tracing.", "en", "supervision")


DENIED_POSSIBLE_EFFECTS = [
    ("The patch can irritate the skin.", "The patch does not irritate the skin.", "en"),
    ("Este fármaco puede provocar mareos al levantarse.",
     "Este fármaco no provoca mareos.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), DENIED_POSSIBLE_EFFECTS,
                         ids=lambda v: v[:30])
def test_a_possible_effect_printed_as_denied_is_blocked(quote: str, text: str, lang: str):
    assert "FAITH-POLARITY" in codes(quote, text, lang, "side-effects")


def test_a_possible_effect_kept_or_denied_in_the_quote_passes():
    assert codes("The patch can irritate the skin.", "The patch may make your skin sore.",
                 "en", "side-effects") == []
    assert codes("The patch does not irritate the skin.",
                 "The patch does not irritate the skin.", "en", "side-effects") == []


def test_a_similar_result_in_spanish_printed_as_better_is_blocked():
    assert "FAITH-COMPARISON" in codes(
        "Ambos grupos redujeron el dolor de forma parecida.",
        "El grupo tratado redujo el dolor mucho más que el grupo de control.", "es",
        "controlled-trial")


def test_with_or_without_both_ways_passes():
    assert codes("You can take the capsules with or without a meal.",
                 "The capsules can be taken with a meal or on an empty stomach.", "en",
                 "self-medication") == []


def test_a_waiver_restated_as_keeping_on_passes():
    assert codes("You do not need to stop your inhaler before the test.",
                 "You can keep using your inhaler before the test.", "en",
                 "self-medication") == []


def test_both_is_two():
    assert "FAITH-NUMBER" not in codes("Both tablets contain 5 mg of the drug.",
                                       "The two tablets each contain 5 mg of the drug.", "en",
                                       "self-medication")


def test_an_animal_result_that_says_people_were_not_tested_after_them_passes():
    assert codes("Bei Ratten senkte der Wirkstoff den Blutdruck.",
                 "Bei Ratten senkte der Wirkstoff den Blutdruck; bei Menschen wurde das noch "
                 "nicht untersucht.", "de", "animal") == []


# --------------------------------------------------------------------------- batch 4

ONLY_SOME_MAY = [
    ("Only the clinic nurse may remove the implant.", "You can remove the implant yourself.",
     "en"),
    ("Talk to your midwife before starting the drops.", "You can start the drops any time.",
     "en"),
    ("Hable con su farmacéutico antes de dejar el jarabe.",
     "Puede dejar el jarabe cuando quiera.", "es"),
    ("Una enfermera le observará durante una hora tras la inyección.",
     "No hace falta que nadie le observe tras la inyección.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), ONLY_SOME_MAY, ids=lambda v: v[:30])
def test_an_act_for_others_or_after_advice_printed_as_yours_is_blocked(quote: str, text: str,
                                                                       lang: str):
    assert "FAITH-POLARITY" in codes(quote, text, lang, "self-medication")


def test_an_act_for_others_kept_passes():
    quote = "Only the clinic nurse may remove the implant."
    for text in ("The implant can only be removed by the clinic nurse.",
                 "Do not remove the implant yourself: the clinic nurse does it."):
        assert codes(quote, text, "en", "self-medication") == [], text
    assert codes("Talk to your midwife before starting the drops.",
                 "Ask your midwife before you start the drops.", "en", "self-medication") == []


# --------------------------------------------------------------------------- batch 5

TURNED_TO_THE_OPPOSITE = [
    ("The cream helped people with mild eczema.", "The cream helped people with severe eczema.",
     "en"),
    ("Teenagers under 15 should not use the gel.", "Teenagers over 15 should not use the gel.",
     "en"),
    ("Smokers who chewed the gum cut down by half.",
     "Non-smokers who chewed the gum cut down by half.", "en"),
    ("In healthy volunteers the tablets raised blood sugar a little.",
     "In people with kidney disease the tablets raised blood sugar a little.", "en"),
    ("La crema ayudó a personas con eccema leve.",
     "La crema ayudó a personas con eccema grave.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), TURNED_TO_THE_OPPOSITE,
                         ids=lambda v: v[:30])
def test_who_it_is_about_turned_to_the_opposite_is_blocked(quote: str, text: str, lang: str):
    assert "FAITH-POPULATION" in codes(quote, text, lang, "randomized-controlled")


def test_who_it_is_about_kept_passes():
    assert codes("The cream helped people with mild eczema.",
                 "People whose eczema was mild were helped by the cream.", "en",
                 "randomized-controlled") == []
    assert codes("Over several weeks, the dose is raised under supervision.",
                 "The dose is raised under supervision over a few weeks.", "en",
                 "supervision") == []


DROPPED_STATEMENT_NEGATIONS = [
    ("The spray is not recommended for people who are breastfeeding.",
     "The spray is recommended for people who are breastfeeding.", "en"),
    ("El parche no se aconseja en personas con epilepsia.",
     "El parche se aconseja en personas con epilepsia.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), DROPPED_STATEMENT_NEGATIONS,
                         ids=lambda v: v[:30])
def test_a_statement_whose_negation_is_dropped_is_blocked(quote: str, text: str, lang: str):
    assert "FAITH-POLARITY" in codes(quote, text, lang, "regulatory")


def test_a_negation_of_who_or_of_a_second_use_kept_passes():
    quote = ("In the trial, 90 adults whose pain had not eased with other drugs took the patch, "
             "and 40 percent of them improved compared with 10 percent on a dummy patch.")
    text = "In the trial, 40 percent of 90 adults improved compared with 10 percent on a dummy."
    assert "FAITH-POLARITY" not in codes(quote, text, "en", "randomized-controlled")
    assert "FAITH-POLARITY" not in codes(
        "La agencia ha autorizado el parche para el dolor, pero no lo ha autorizado para la "
        "migraña.", "La agencia autorizó el parche para el dolor, pero no para la migraña.",
        "es", "regulatory")


def test_a_bound_gives_a_rounder_number_never_a_more_exact_other_one():
    quote = "Tablets with at least 40 % of the extract eased symptoms a little."
    assert "FAITH-NUMBER" in codes(quote, "Tablets with at least 14 % of the extract eased "
                                   "symptoms a little.", "en", "randomized-controlled")
    assert "FAITH-NUMBER" not in codes("In the study, 64 percent of patients responded.",
                                       "In the study, more than 60 percent of patients "
                                       "responded.", "en", "randomized-controlled")


# --------------------------------------------------------------------------- batch 6

BRANDS_AND_COMMON_PRODUCTS = [
    ("Children on Concerta grew slightly less in the first year.",
     "Children on Adderall grew slightly less in the first year.", "en"),
    ("Avoid energy drinks while taking it.", "Avoid ginseng while taking it.", "en"),
    ("No lo tome con pregabalina.", "No lo tome con café.", "es"),
    ("Quienes tomaban disulfiram bebieron menos.", "Quienes tomaban acamprosato bebieron menos.",
     "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), BRANDS_AND_COMMON_PRODUCTS,
                         ids=lambda v: v[:30])
def test_a_brand_or_common_product_swapped_in_is_blocked(quote: str, text: str, lang: str):
    assert "FAITH-DRUG" in codes(quote, text, lang, "side-effects")


def test_a_brand_for_its_generic_passes():
    assert codes("Children on Concerta grew slightly less in the first year.",
                 "Children taking methylphenidate (Concerta) grew slightly less in the first "
                 "year.", "en", "side-effects") == []


DOUBLING_PERMITTED = [
    ("Never take a double dose to make up for a missed one.",
     "If you miss a dose, you can take a double dose next time.", "en"),
    ("Si olvida una toma, no la duplique.",
     "Si olvida una toma, puede tomar el doble en la siguiente.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), DOUBLING_PERMITTED, ids=lambda v: v[:30])
def test_doubling_a_dose_permitted_is_blocked(quote: str, text: str, lang: str):
    assert "FAITH-POLARITY" in codes(quote, text, lang, "self-medication")


def test_people_named_as_a_hope_for_an_animal_result_pass():
    quote = "Rats given the peptide showed less anxious behaviour in a maze."
    for text in ("In rats, the peptide reduced anxious behaviour; the team hopes it could one "
                 "day help people with anxiety.",
                 "Rats given the peptide were less anxious; researchers plan to test it in "
                 "people next."):
        assert "FAITH-POPULATION" not in codes(quote, text, "en", "animal"), text


def test_an_opposite_under_its_own_negation_passes():
    assert codes("Healthy adults took the powder for a month.",
                 "Adults without any illness took the powder for a month.", "en",
                 "uncontrolled-trial") == []
    assert codes("Personas sanas tomaron el polvo durante un mes.",
                 "Personas sin ninguna enfermedad tomaron el polvo durante un mes.", "es",
                 "uncontrolled-trial") == []


def test_a_waiver_of_what_the_quote_leaves_to_the_patient_passes():
    for quote, text in (("Swallow it with or without a meal.",
                         "It does not need to be swallowed with a meal."),
                        ("Use the spray at any time of day.",
                         "The spray does not have to be used in the morning.")):
        assert codes(quote, text, "en", "self-medication") == [], text


def test_a_duty_waived_with_never_is_blocked():
    assert "FAITH-POLARITY" in codes("You should always carry your adrenaline pen.",
                                     "You never need to carry your adrenaline pen.", "en",
                                     "self-medication")


# --------------------------------------------------------------------------- fourth set
# Classes the fourth held-out set showed (sentences of our own).


def test_could_of_past_ability_in_a_when_clause_is_no_hedge():
    quote = ("In the lab, the drug cut how much sugar mice ate when they could eat as much "
             "as they wanted.")
    assert codes(quote, "In mice, the drug cut how much sugar they ate.", "en",
                 "animal") == []
    # a real hedge still needs keeping
    assert "FAITH-CERTAINTY" in codes("The drug could cut how much sugar mice eat.",
                                      "The drug cuts how much sugar mice eat.", "en", "animal")


@pytest.mark.parametrize("quote", [
    "Many doctors give it for migraine, although that is outside its licence.",
    "Giving it to teenagers is beyond the approved uses of the product.",
])
def test_outside_a_licence_is_a_denied_approval(quote: str):
    assert codes(quote, "Giving it for this is not something it is licensed for.", "en",
                 "regulatory") == []
    assert "FAITH-POLARITY" in codes(quote, "This is a licensed use of the product.", "en",
                                     "regulatory")


@pytest.mark.parametrize(("quote", "text", "lang"), [
    ("If you forget a tablet, never double up the next morning.",
     "If you forget a tablet, do not take two tablets the next morning.", "en"),
    ("Never take both doses on the same day.",
     "Never take the two doses on the same day.", "en"),
    ("Si olvidas una dosis, no tomes una dosis doble.",
     "Si olvidas una dosis, no tomes dos dosis juntas.", "es"),
])
def test_a_count_of_two_said_without_a_number_passes(quote: str, text: str, lang: str):
    assert codes(quote, text, lang, "self-medication") == []


def test_doubling_printed_as_three_doses_is_blocked():
    assert "FAITH-NUMBER" in codes("Never double up if you forget a tablet.",
                                   "Never take three tablets if you forget one.", "en",
                                   "self-medication")


def test_an_unlisted_hypnotic_by_its_inn_stem_is_a_swap():
    assert "FAITH-DRUG" in codes("Zolpidem is not approved for children.",
                                 "Eszopiclone is not approved for children.", "en",
                                 "regulatory")


@pytest.mark.parametrize(("quote", "text"), [
    ("Adults were randomly given aspirin, ibuprofen or a dummy pill for a year, and "
     "ibuprofen eased the pain more than the dummy pill.",
     "Adults were given a painkiller or a dummy pill; aspirin eased the pain more than the "
     "dummy pill."),
    ("Nasal sprays slightly raise the risk of nosebleeds; tablets and drops do not seem to.",
     "Tablets and drops slightly raise the risk of nosebleeds; nasal sprays do not seem to."),
    ("People who had therapy slept better a year later, while the benefit of the pill faded.",
     "People on the pill slept better a year later, while the benefit of therapy faded."),
])
def test_two_things_the_quote_names_swapped_between_its_clauses_are_blocked(
        quote: str, text: str):
    assert blocked(quote, text, "en", "randomized-controlled")


@pytest.mark.parametrize(("quote", "text"), [
    ("Adults were given therapy, the pill or both, and those who had therapy slept better "
     "a year later, while the benefit of the pill faded.",
     "Those who had therapy slept better a year later; the benefit of the pill faded."),
    ("Patches slightly raise the risk of a skin rash, unlike tablets.",
     "Tablets do not raise the risk of a skin rash; patches slightly do."),
    ("Nasal sprays slightly raise the risk of nosebleeds; tablets and drops do not seem to.",
     "Nasal sprays slightly raise the risk of nosebleeds. Tablets and drops do not seem to."),
])
def test_the_same_things_in_the_same_roles_pass(quote: str, text: str):
    assert codes(quote, text, "en", "randomized-controlled") == []


def test_a_plain_result_printed_as_denied_is_blocked():
    assert "FAITH-POLARITY" in codes(
        "In a trial, the spray delayed the next migraine attack compared with a dummy spray.",
        "In a trial, the spray did not delay the next migraine attack.", "en",
        "randomized-controlled")
    # the quote denies it for some: printing that denial is faithful
    assert codes("The spray delayed the next attack in adults, but not in children.",
                 "The spray did not delay the next attack in children.", "en",
                 "randomized-controlled") == []


def test_spanish_things_swapped_between_clauses_are_blocked():
    quote = ("Los parches aumentan un poco el riesgo de trombos; las pastillas y el gel no "
             "parecen hacerlo.")
    assert blocked(quote, "Las pastillas y el gel aumentan un poco el riesgo de trombos; "
                          "los parches no parecen hacerlo.", "es", "side-effects")
    assert codes(quote, "Los parches aumentan un poco el riesgo de trombos. Las pastillas y "
                        "el gel no parecen hacerlo.", "es", "side-effects") == []


def test_spanish_plain_result_printed_as_denied_is_blocked():
    assert "FAITH-POLARITY" in codes(
        "En un ensayo, el aerosol retrasó la siguiente migraña frente a un placebo.",
        "En un ensayo, el aerosol no retrasó la siguiente migraña.", "es",
        "randomized-controlled")
    assert codes("Los parches aumentan el riesgo de irritación, a diferencia de las pastillas.",
                 "Las pastillas no aumentan el riesgo de irritación; los parches sí.", "es",
                 "side-effects") == []


def test_a_harm_the_quote_contrasts_away_may_print_as_denied():
    assert codes("Patches raise the risk of skin irritation, unlike tablets.",
                 "Tablets do not raise the risk of skin irritation; patches do.", "en",
                 "side-effects") == []
    assert "FAITH-POLARITY" in codes("Patches raise the risk of skin irritation.",
                                     "Patches do not raise the risk of skin irritation.",
                                     "en", "side-effects")


@pytest.mark.parametrize(("quote", "swapped", "kept", "lang"), [
    ("Les patchs augmentent un peu le risque de caillots ; les comprimés et le gel ne "
     "semblent pas le faire.",
     "Les comprimés et le gel augmentent un peu le risque de caillots ; les patchs ne "
     "semblent pas le faire.",
     "Les patchs augmentent un peu le risque de caillots. Les comprimés et le gel ne "
     "semblent pas le faire.", "fr"),
    ("Pflaster erhöhen das Risiko für Blutgerinnsel leicht; Tabletten und Gel scheinen das "
     "nicht zu tun.",
     "Tabletten und Gel erhöhen das Risiko für Blutgerinnsel leicht; Pflaster scheinen das "
     "nicht zu tun.",
     "Pflaster erhöhen das Risiko für Blutgerinnsel leicht. Tabletten und Gel scheinen das "
     "nicht zu tun.", "de"),
])
def test_things_swapped_between_clauses_in_french_and_german(quote: str, swapped: str,
                                                               kept: str, lang: str):
    assert blocked(quote, swapped, lang, "randomized-controlled")
    assert codes(quote, kept, lang, "randomized-controlled") == []
