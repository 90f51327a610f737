"""Evidence levels for the families session 10 settled or found missing: the label
decisions of the lead (one group measured before and after is an uncontrolled trial; a
survey is observation, "no comparison group" or not; a clinic's report on its own patients
in routine care is observation, the same as a clinic following its own patients), and the
heldout12 misses, each as a family of sentences written here in en, es, fr, de where the
family exists, read as the gate reads a quote (summarizer.evidence.derive_evidence)."""

from __future__ import annotations

import pytest
from evidence_helpers import alone, level

# --- one group measured before and after the treatment: nothing to compare with but
# themselves, an uncontrolled trial -------------------------------------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("A study that scanned the brains of 20 people with tinnitus before and after six weeks "
     "on the drug found less activity in a hearing region.", "en"),
    ("Researchers measured the blood pressure of 30 adults before and after a month of the "
     "tea and found it had fallen.", "en"),
    ("Un estudio que midió el sueño de 20 pacientes antes y después de un mes con el "
     "fármaco encontró que dormían más.", "es"),
    ("Une étude a mesuré l'anxiété de 25 patients avant et après trois semaines de "
     "traitement et l'a trouvée plus basse.", "fr"),
    ("Eine Studie maß bei 25 Patienten den Schlaf vor und nach vier Wochen Behandlung und "
     "fand eine Besserung.", "de"),
])
def test_one_group_before_and_after_is_uncontrolled(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "uncontrolled-trial"


# --- a survey observes, whatever it lacked ---------------------------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("A company-run survey of its customers found that most slept better after a month, "
     "but there was no comparison group.", "en"),
    ("An online survey of 900 users reported that most felt calmer, with no control group.",
     "en"),
    ("Una encuesta de la empresa a sus clientes encontró que la mayoría dormía mejor, pero "
     "no hubo grupo de comparación.", "es"),
    ("Une enquête auprès de 500 clients a trouvé que la plupart dormaient mieux, sans "
     "groupe de comparaison.", "fr"),
    ("Eine Umfrage unter 500 Kunden ergab, dass die meisten besser schliefen, ohne "
     "Vergleichsgruppe.", "de"),
])
def test_a_survey_without_comparison_group_observes(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "human-observational"


# --- a clinic reporting on its own patients in routine care: observation, as a clinic
# following its own patients is (session 9 tagged the report an uncontrolled trial) ------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("A report from a pain clinic in Leeds, which did not use a comparison group, found "
     "that 30 of 50 patients said their headaches came less often.", "en"),
    ("An audit from a sleep clinic, with no comparison group, found that 40 of 70 patients "
     "slept longer.", "en"),
    ("Un informe de una clínica del dolor, que no usó ningún grupo de comparación, "
     "encontró que 30 de 50 pacientes tenían menos dolor.", "es"),
    ("Un rapport d'une clinique du sommeil, sans groupe de comparaison, a trouvé que 30 "
     "patients sur 50 dormaient mieux.", "fr"),
    ("Ein Bericht einer Schlafklinik ohne Vergleichsgruppe ergab, dass 30 von 50 Patienten "
     "besser schliefen.", "de"),
])
def test_a_clinic_report_on_its_patients_observes(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "human-observational"


@pytest.mark.parametrize(("sentence", "lang"), [
    # the study gave the treatment to the clinic's patients: a trial without comparison
    ("In a study at a sleep clinic, 40 patients were given the spray for a month, with no "
     "comparison group, and most slept longer.", "en"),
    ("Otro estudio, sin grupo de comparación, siguió a 25 pacientes durante tres meses y "
     "describió menos dolor.", "es"),
])
def test_a_study_giving_the_treatment_without_comparison_is_uncontrolled(
        sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "uncontrolled-trial"


# --- chance named by its instrument ("a random draw", "sealed random envelopes", "per
# Zufallsliste"), deciding who got what: randomized ---------------------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The study put 50 adults on the tablets or dummy tablets, with a random draw deciding "
     "who got which.", "en"),
    ("Sixty women were assigned by sealed random envelopes to the real device or a sham "
     "one.", "en"),
    ("In a study of 90 patients, a random list decided who got the cream and who got a "
     "plain one.", "en"),
    ("En un estudio con 80 pacientes, una lista al azar decidió quién recibía el jarabe y "
     "quién un placebo.", "es"),
    ("Dans une étude, 80 patients ont reçu le sirop ou un placebo, une liste aléatoire "
     "décidant qui recevait quoi.", "fr"),
    ("In einer Studie mit 120 Patienten wurde per Zufallsliste entschieden, wer das Mittel "
     "oder ein Scheinmedikament bekam.", "de"),
])
def test_chance_named_by_its_instrument_is_randomized(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "randomized-controlled"


@pytest.mark.parametrize(("sentence", "lang"), [
    # how they were assigned is not said, or chance is denied: compared, not randomized
    ("A study of 43 patients compared the gel with a dummy gel, though the report does not "
     "say how patients were assigned.", "en"),
    ("The 40 patients were not assigned by a random draw to the gel or a dummy gel.", "en"),
    ("En un estudio, 40 pacientes recibieron el gel o un placebo, pero no se decidió al "
     "azar quién recibía qué.", "es"),
])
def test_assignment_not_said_or_denied_is_not_randomized(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "controlled-trial"


# --- people measured in a lab are people studied, not a lab finding --------------------


@pytest.mark.parametrize(("sentence", "lang", "want"), [
    ("In a small study, 12 adults drank the juice or a look-alike drink in random order "
     "and slept longer when measured in a sleep lab.", "en", "randomized-controlled"),
    ("In a sleep laboratory, 30 volunteers took the pill or a placebo at random and slept "
     "longer.", "en", "randomized-controlled"),
    ("En un laboratorio del sueño, 30 voluntarios tomaron la pastilla o un placebo al azar "
     "y durmieron más.", "es", "randomized-controlled"),
    ("Dans un laboratoire du sommeil, 30 volontaires ont pris le comprimé ou un placebo "
     "tiré au sort.", "fr", "randomized-controlled"),
    ("Im Schlaflabor nahmen 30 Freiwillige das Mittel oder ein Placebo in zufälliger "
     "Reihenfolge.", "de", "randomized-controlled"),
])
def test_people_measured_in_a_lab_are_studied_people(sentence: str, lang: str,
                                                     want: str) -> None:
    assert alone(sentence, lang) == want


@pytest.mark.parametrize(("sentence", "lang"), [
    ("A laboratory study measured the reaction times of 40 volunteers after one dose and "
     "found no slowing.", "en"),
    ("Un estudio de laboratorio midió los reflejos de 40 voluntarios tras una dosis y no "
     "encontró lentitud.", "es"),
])
def test_volunteers_in_a_lab_study_are_not_a_lab_finding(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) not in ("lab-mechanism", "opinion")


@pytest.mark.parametrize(("sentence", "lang"), [
    # a dish is still a dish, with no one studied
    ("In a lab dish, the extract stopped the virus from copying itself.", "en"),
    ("Scientists in a university lab found that the molecule blocks a pain receptor in "
     "cells grown in a dish.", "en"),
])
def test_a_dish_without_people_stays_a_lab_finding(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "lab-mechanism"


# --- people named only to say the finding was not tested in them -----------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Scientists testing nerve cells from rats in a dish found that the pulses slowed pain "
     "signals, a finding not yet checked in people.", "en"),
    ("In a dish, the extract calmed inflamed cells, but it has not been tested in humans.",
     "en"),
    ("En células de rata cultivadas en una placa, el extracto frenó la inflamación, algo "
     "que no se ha probado en personas.", "es"),
    ("Sur des cellules de rat en boîte de Petri, l'extrait a freiné l'inflammation, ce qui "
     "n'a pas été vérifié chez l'humain.", "fr"),
    ("An Rattenzellen in der Petrischale bremste der Extrakt die Entzündung, was am "
     "Menschen noch nicht geprüft wurde.", "de"),
])
def test_people_denied_leave_the_dish(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "lab-mechanism"


# --- a lede citing a study whose design the next paragraphs tell ------------------------

LEDE_EN = (
    "A nightly nasal spray eased hot flushes in women after menopause, according to a "
    "study led by researchers at Riverside University.\n\n"
    "The trial enrolled 300 women at 20 clinics.\n\n"
    "Participants were randomly assigned to the spray or an identical placebo spray for "
    "12 weeks.\n\n"
    "Those on the spray had 40% fewer hot flushes.")
LEDE_ES = (
    "Un aerosol nasal nocturno alivió los sofocos de mujeres tras la menopausia, según un "
    "estudio dirigido por investigadores de la Universidad de Riberas.\n\n"
    "El ensayo incluyó a 300 mujeres de 20 clínicas.\n\n"
    "Las participantes fueron asignadas al azar al aerosol o a un placebo idéntico durante "
    "12 semanas.")
LEDE_FR = (
    "Un spray nasal pris le soir a réduit les bouffées de chaleur après la ménopause, selon "
    "une étude menée par des chercheurs de l'université de Rivière.\n\n"
    "L'essai a inclus 300 femmes dans 20 cliniques.\n\n"
    "Les participantes ont été réparties par tirage au sort entre le spray et un placebo.")
LEDE_OTHER = (
    "A nightly nasal spray eased hot flushes in women after menopause, according to a "
    "study led by researchers at Riverside University.\n\n"
    "An earlier trial had randomly assigned 100 women to a pill or a placebo.")


@pytest.mark.parametrize(("text", "lang"), [(LEDE_EN, "en"), (LEDE_ES, "es"),
                                             (LEDE_FR, "fr")])
def test_a_lede_takes_the_design_told_after_it(text: str, lang: str) -> None:
    quote = text.split("\n\n")[0]
    assert level(text, quote, lang) == "randomized-controlled"


def test_a_lede_does_not_take_another_studys_design() -> None:
    quote = LEDE_OTHER.split("\n\n")[0]
    assert level(LEDE_OTHER, quote, "en") != "randomized-controlled"


# --- a study introduced after a short opener is its own ("For cluster headache, a study
# of 43 patients compared…"), not the randomized trial of the paragraph before ------------

TWO_STUDIES = (
    "In a trial of 80 adults with migraine, patients were randomly allocated to the block "
    "or a saline injection.\n\n{}")


@pytest.mark.parametrize(("sentence", "lang"), [
    ("For cluster headache, a study of 40 patients compared steroid blocks with saline "
     "injections and found more attacks stopped.", "en"),
    ("Separately, a study of 50 patients compared the cream with a plain cream.", "en"),
    ("En la cefalea en racimos, un estudio de 40 pacientes comparó los bloqueos con "
     "inyecciones de suero salino.", "es"),
    ("Pour l'algie vasculaire, une étude de 40 patients a comparé les blocs à des "
     "injections de sérum salé.", "fr"),
    ("Bei Clusterkopfschmerz verglich eine Studie mit 40 Patienten die Blockade mit "
     "Kochsalzspritzen.", "de"),
])
def test_a_new_study_after_an_opener_keeps_its_own_design(sentence: str, lang: str) -> None:
    assert level(TWO_STUDIES.format(sentence), sentence, lang) == "controlled-trial"


# --- counted reports to a monitoring system are observation -----------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("An analysis of reports sent to drug-safety centres counted more than 300 cases of "
     "misuse in ten years.", "en"),
    ("Un análisis de las notificaciones a los centros de farmacovigilancia contó más de 300 "
     "casos de abuso en diez años.", "es"),
    ("Une analyse des déclarations faites aux centres de pharmacovigilance a recensé plus "
     "de 300 cas d'abus en dix ans.", "fr"),
    ("Eine Auswertung der Meldungen an die Giftnotrufzentralen zählte mehr als 300 Fälle "
     "von Missbrauch in zehn Jahren.", "de"),
])
def test_counted_reports_are_observed(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "human-observational"


# --- #4 (session 9's tester): a randomized trial's result takes the trial's design, not
# the observation words of a neighbour that tells how the trial measured ----------------

TRIAL_THEN_MEASURES = {
    "en": ("In a randomised trial, 120 adults with insomnia took the spray or a placebo for "
           "eight weeks. {} Those on the spray slept 30 minutes longer.",
           ["The researchers also surveyed their partners about snoring.",
            "Participants were followed for a year and observed at home.",
            "Sleep was tracked with wrist monitors and questionnaires."]),
    "es": ("En un ensayo aleatorizado, 120 adultos con insomnio tomaron el aerosol o un "
           "placebo durante ocho semanas. {} Quienes usaron el aerosol durmieron 30 minutos "
           "más.",
           ["Los investigadores también encuestaron a sus parejas sobre los ronquidos.",
            "Se siguió a los participantes durante un año."]),
    "fr": ("Dans un essai randomisé, 120 adultes insomniaques ont pris le spray ou un "
           "placebo pendant huit semaines. {} Ceux qui prenaient le spray dormaient 30 "
           "minutes de plus.",
           ["Les chercheurs ont aussi interrogé leurs conjoints par questionnaire.",
            "Les participants ont été suivis pendant un an."]),
}


@pytest.mark.parametrize(("lang", "middle"), [
    (lang, m) for lang, (_, middles) in TRIAL_THEN_MEASURES.items() for m in middles])
def test_a_trials_result_is_not_observed_from_its_neighbour(lang: str, middle: str) -> None:
    template, _ = TRIAL_THEN_MEASURES[lang]
    text = template.format(middle)
    result = text.split(middle)[1].strip()
    assert level(text, result, lang) == "randomized-controlled"


def test_a_new_survey_after_a_trial_is_still_observation() -> None:
    text = ("In a randomised trial, 120 adults took the spray or a placebo for eight weeks. "
            "A separate survey of 2,000 adults found that those who slept less were more "
            "anxious.")
    quote = text.split("weeks. ")[1]
    assert level(text, quote, "en") == "human-observational"


# --- a trial's own people followed or asked are the trial's, not an observational study,
# in its paragraph or opening the next; a new study or a new counted group is its own ----


@pytest.mark.parametrize(("text", "quote", "lang"), [
    ("In a randomised trial, 120 adults took the spray or a placebo for eight weeks. "
     "Participants were followed for a year and observed at home.",
     "Participants were followed for a year and observed at home.", "en"),
    ("In a randomised trial, 120 adults took the spray or a placebo for eight weeks.\n\n"
     "Those on the spray slept 30 minutes longer, a difference still seen when they were "
     "surveyed six months later.",
     "a difference still seen when they were surveyed six months later.", "en"),
    ("En un ensayo aleatorizado, 120 adultos tomaron el aerosol o un placebo. Se siguió a "
     "los participantes durante un año.", "Se siguió a los participantes durante un año.",
     "es"),
    ("Dans un essai randomisé, 120 adultes ont pris le spray ou un placebo. Les "
     "participants ont été suivis pendant un an.",
     "Les participants ont été suivis pendant un an.", "fr"),
    ("In einer randomisierten Studie nahmen 120 Erwachsene das Spray oder ein Placebo. Die "
     "Teilnehmer wurden ein Jahr lang begleitet.",
     "Die Teilnehmer wurden ein Jahr lang begleitet.", "de"),
])
def test_a_trials_people_followed_are_the_trials(text: str, quote: str, lang: str) -> None:
    assert level(text, quote, lang) == "randomized-controlled"


@pytest.mark.parametrize(("text", "quote"), [
    ("In a randomised trial, 120 adults took the spray or a placebo. A survey of 3,000 "
     "adults found that poor sleepers used more sprays.",
     "A survey of 3,000 adults found that poor sleepers used more sprays."),
    ("In a randomised trial, 120 adults took the spray or a placebo. Health records of "
     "9,000 patients showed more nosebleeds in long-term users.",
     "Health records of 9,000 patients showed more nosebleeds in long-term users."),
])
def test_a_new_observation_after_a_trial_is_its_own(text: str, quote: str) -> None:
    assert level(text, quote, "en") == "human-observational"


# --- a denied group's own words reach the design cue ("no group taking a placebo") ------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("All 40 patients in the study received the drug; there was no group taking a placebo.",
     "en"),
    ("The study had no group given a sham device, and 30 of 45 users slept longer.", "en"),
    ("Los 40 pacientes del estudio recibieron el fármaco; no hubo un grupo que tomara "
     "placebo.", "es"),
])
def test_a_denied_group_denies_its_placebo(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "uncontrolled-trial"


# --- a study's counted people and a result verb that is no "improved" ("lowered",
# "bajaron", "senkten"); a comparison of treatments in a counted group; a counted group
# followed, the participle included ------------------------------------------------------


@pytest.mark.parametrize(("sentence", "lang", "want"), [
    ("In a study of 60 patients, the drops lowered eye pressure by a fifth within a month.",
     "en", "human-trial"),
    ("In a study of 60 patients, the gel cut the number of flare-ups within a month.", "en",
     "human-trial"),
    ("The new drops were compared with the standard ones in 120 patients, and worked as "
     "well.", "en", "controlled-trial"),
    ("Entre 5.000 adultos seguidos durante diez años, quienes tomaban café tuvieron menos "
     "riesgo.", "es", "human-observational"),
    ("Among 5,000 adults followed for ten years, coffee drinkers were less likely to "
     "develop the condition.", "en", "human-observational"),
])
def test_counted_people_and_what_was_done_with_them(sentence: str, lang: str,
                                                   want: str) -> None:
    assert alone(sentence, lang) == want


# --- two arms given different things, told as a pair: compared, whatever the other got --


@pytest.mark.parametrize(("sentence", "lang", "want"), [
    ("The researchers gave half the volunteers the drug and the other half plain water.",
     "en", "controlled-trial"),
    ("A study gave some people the spray and others salt water, given the same way.", "en",
     "controlled-trial"),
    ("One group of 30 patients got the new drops and another group got the usual ones.",
     "en", "controlled-trial"),
    ("Los investigadores dieron a la mitad de los voluntarios el fármaco y a la otra mitad "
     "agua.", "es", "controlled-trial"),
    ("Un groupe de 30 patients a reçu les nouvelles gouttes et un autre groupe les gouttes "
     "habituelles.", "fr", "controlled-trial"),
    ("Die Forscher gaben der Hälfte der Freiwilligen das Mittel und der anderen Hälfte "
     "Wasser.", "de", "controlled-trial"),
    # a pair of outcomes is no pair of arms
    ("In the study, some patients improved and others did not.", "en", "human-trial"),
    ("In the survey, some users said they slept better and others said nothing changed.",
     "en", "human-observational"),
])
def test_two_arms_told_as_a_pair_are_compared(sentence: str, lang: str, want: str) -> None:
    assert alone(sentence, lang) == want


# --- groups that already used something, compared: observation; a trial's background
# ("patients already on antidepressants added…") is not; "did compare X with Y" compares --


@pytest.mark.parametrize(("sentence", "lang", "want"), [
    ("The researchers did not give anyone the supplement; they compared people who already "
     "took it with people who did not.", "en", "human-observational"),
    ("A study compared 3,000 adults who already used the drops with 3,000 who did not.",
     "en", "human-observational"),
    ("Un estudio comparó a 3.000 adultos que ya usaban las gotas con otros 3.000 que no.",
     "es", "human-observational"),
    ("Une étude a comparé 3 000 adultes qui utilisaient déjà les gouttes à 3 000 autres.",
     "fr", "human-observational"),
    ("Eine Studie verglich 3.000 Erwachsene, die die Tropfen bereits verwendeten, mit 3.000 "
     "anderen.", "de", "human-observational"),
    ("In another study, 40 patients who already took antidepressants added the supplement "
     "for six weeks, with no control group.", "en", "uncontrolled-trial"),
    ("En otro estudio, 40 pacientes que ya tomaban antidepresivos sumaron el suplemento "
     "durante seis semanas, sin grupo de control.", "es", "uncontrolled-trial"),
    ("The study was not randomised, but it did compare the cream with a plain moisturiser in "
     "80 patients.", "en", "controlled-trial"),
])
def test_already_users_compared_and_a_bare_compare(sentence: str, lang: str,
                                                    want: str) -> None:
    assert alone(sentence, lang) == want
