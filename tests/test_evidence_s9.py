"""Evidence levels for phrasing FAMILIES the released sets (heldout7-11, train1-3) showed
missing in session 9: chance said as a draw or a computer's choice, a clinic's or a
health system's records read back, side effects reported in people who took something,
and a trial's participants told of after the paragraph that describes the trial. Every
sentence is written here, in each of en, es, fr, de where the family exists, and read
as the gate reads a quote (summarizer.evidence.derive_evidence)."""

from __future__ import annotations

import pytest
from evidence_helpers import alone, level

# --- a draw or a computer decided who got what ---------------------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The trial enrolled 90 adults who wanted to sleep better; a computer split them into "
     "two groups, one taking the capsules and one taking identical dummy capsules.", "en"),
    ("Some 300 adults were given one of two doses of the spray or a placebo spray, with a "
     "computer deciding which.", "en"),
    ("A computer divided the 80 volunteers between the tea and a lookalike tea.", "en"),
    ("En un ensayo en el que se sorteó quién recibía el jarabe y quién un placebo, la tos "
     "bajó más con el jarabe.", "es"),
    ("Otro ensayo con 200 adultos, también con sorteo, comparó la crema con la vaselina "
     "sola.", "es"),
    ("Unos 400 adultos fueron repartidos mediante sorteo informático entre las cápsulas y "
     "unas cápsulas inactivas.", "es"),
    ("En un ensayo en el que se sorteó quién recibía terapia de grupo, más pacientes "
     "dejaron de beber.", "es"),
    ("Dans cet essai, un ordinateur a réparti les 80 volontaires entre la tisane et une "
     "tisane factice.", "fr"),
    ("Dans un essai où le sort a décidé qui recevait la crème ou un placebo, la douleur a "
     "baissé davantage avec la crème.", "fr"),
    ("In der Studie entschied ein Computer, wer die Tropfen und wer ein Placebo bekam.",
     "de"),
    ("Ein Computer bestimmte, welche der 80 Teilnehmer das Spray und welche ein "
     "Scheinspray erhielten.", "de"),
])
def test_a_draw_or_a_computer_choosing_randomizes(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "randomized-controlled"


@pytest.mark.parametrize(("text", "quote"), [
    # the result right after the design sentence takes its design
    ("The trial enrolled 160 adults; a computer split them into two groups, one on the "
     "tablets and one on dummy tablets. At six months, 23% of those on the tablets had "
     "stopped, compared with 11% on the dummy tablets.",
     "At six months, 23% of those on the tablets had stopped, compared with 11% on the "
     "dummy tablets."),
])
def test_a_result_after_a_computer_draw_is_randomized(text: str, quote: str) -> None:
    assert level(text, quote) == "randomized-controlled"


@pytest.mark.parametrize(("sentence", "lang", "want"), [
    # a shop's prize draw and a computer that is the treatment decide nobody's arm
    ("Oferta con sorteo de un viaje para dos personas.", "es", "opinion"),
    ("Se sortearon entradas entre los asistentes a la charla.", "es", "opinion"),
    ("Un ordinateur portable a été tiré au hasard parmi les clients.", "fr", "opinion"),
    ("A laptop was drawn at random among our customers last month.", "en", "opinion"),
])
def test_a_prize_draw_is_no_randomization(sentence: str, lang: str, want: str) -> None:
    assert alone(sentence, lang) == want


# --- records read back: a health system's or a clinic's own ---------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("A review of ambulance and coroner records found that deaths were lower where "
     "bystanders carried the spray.", "en"),
    ("A review of prescriptions found that use among people in their twenties had doubled "
     "in three years.", "en"),
    ("Police and ambulance records showed fewer deaths in towns that handed out the "
     "kits.", "en"),
    ("A follow-up of patients at our own unit found that two in three improved after "
     "twelve sessions.", "en"),
    ("Un estudio con expedientes de un hospital encontró que la mitad de las recetas eran "
     "para dormir.", "es"),
    ("Una revisión de los expedientes de nuestra propia clínica mostró que 7 de cada 10 "
     "pacientes se sentían mejor tras cuatro sesiones.", "es"),
    ("Un seguimiento de pacientes de nuestra propia unidad encontró que dos de cada tres "
     "mejoraron tras doce sesiones.", "es"),
    ("Una revisión de recetas encontró que el uso entre los jóvenes se triplicó en dos "
     "años.", "es"),
    ("Une revue des dossiers de notre propre clinique a montré que 7 patients sur 10 "
     "allaient mieux après quatre séances.", "fr"),
    ("Un suivi des patients de notre propre service a montré que deux sur trois allaient "
     "mieux après douze séances.", "fr"),
    ("Unsere eigene Auswertung der Behandlungen der letzten fünf Jahre ergab, dass sich "
     "zwei Drittel der Patienten besser fühlten.", "de"),
    ("Eine Durchsicht der Rezepte ergab, dass sich die Verordnungen bei jungen "
     "Erwachsenen in zwei Jahren verdreifacht hatten.", "de"),
])
def test_records_read_back_are_observation(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "human-observational"


@pytest.mark.parametrize(("text", "quote", "lang"), [
    # a randomized trial told just before does not lend its design to the clinic's books
    ("In trials in which chance decided who got the real lamp and who a dim one, mood "
     "improved more with the bright light. Our own review of the treatments of the last "
     "five winters found that two thirds of patients felt better.",
     "Our own review of the treatments of the last five winters found that two thirds of "
     "patients felt better.", "en"),
    ("In Studien, in denen die Teilnehmer zufällig helles Licht oder ein schwaches "
     "Scheinlicht bekamen, besserte sich die Stimmung stärker. Unsere eigene Auswertung "
     "der Behandlungen der letzten fünf Jahre ergab, dass sich zwei Drittel der Patienten "
     "besser fühlten.",
     "Unsere eigene Auswertung der Behandlungen der letzten fünf Jahre ergab, dass sich "
     "zwei Drittel der Patienten besser fühlten.", "de"),
    ("En ensayos en los que se decidió al azar quién recibía la sesión real y quién una "
     "simulada, la real mejoró más la depresión. Un seguimiento de pacientes de nuestra "
     "propia unidad encontró que dos de cada tres mejoraron tras doce sesiones.",
     "Un seguimiento de pacientes de nuestra propia unidad encontró que dos de cada tres "
     "mejoraron tras doce sesiones.", "es"),
])
def test_a_clinics_review_beside_a_trial_stays_observation(text: str, quote: str,
                                                           lang: str) -> None:
    assert level(text, quote, lang) == "human-observational"


@pytest.mark.parametrize(("sentence", "lang", "want"), [
    # a trial's own patients followed up, and a clinic's advert, are not these
    ("Patients at our own clinic are seen by a nurse within a week.", "en", "opinion"),
    ("In the trial, 40 patients at our own unit were randomly assigned to the drops or a "
     "placebo.", "en", "randomized-controlled"),
])
def test_a_clinic_named_without_its_records_is_not_observation(sentence: str, lang: str,
                                                               want: str) -> None:
    assert alone(sentence, lang) == want


# --- side effects reported in people who took it: reports, not a trial ----------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The agency has received reports of side effects in people who took the "
     "supplements.", "en"),
    ("Side effects have been reported in people taking high-dose gummies bought online.",
     "en"),
    ("La AEMPS ha recibido notificaciones de efectos adversos en personas que tomaban "
     "estos suplementos.", "es"),
    ("Se han notificado efectos adversos en personas que tomaban dosis altas.", "es"),
    ("L'agence a signalé des effets indésirables chez des personnes qui prenaient des "
     "compléments.", "fr"),
    ("Des effets indésirables ont été signalés chez des personnes qui prenaient de fortes "
     "doses.", "fr"),
    ("Der Behörde wurden Nebenwirkungen bei Menschen gemeldet, die die Kapseln "
     "einnahmen.", "de"),
])
def test_side_effects_reported_in_users_are_observation(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "human-observational"


# --- the participants of a trial told in the paragraph before -------------------------


@pytest.mark.parametrize(("text", "quote", "lang"), [
    ("In two trials that randomly assigned several hundred adults to the capsule or a "
     "placebo, scores fell more on the drug.\n\n\"I slept all day,\" said one patient. "
     "Dizziness and a dry mouth were the complaints trial participants reported most.",
     "Dizziness and a dry mouth were the complaints trial participants reported most.",
     "en"),
    ("In a trial that randomly assigned 300 adults to the patch or a sham patch, pain "
     "fell more with the patch.\n\nItching was what participants in the trial "
     "complained of most.",
     "Itching was what participants in the trial complained of most.", "en"),
    ("En dos ensayos que asignaron al azar a 300 adultos a la cápsula o a un placebo, la "
     "ansiedad bajó más con el fármaco.\n\n«Dormía todo el día», contó una paciente. Los "
     "mareos fueron la queja más frecuente de los participantes del ensayo.",
     "Los mareos fueron la queja más frecuente de los participantes del ensayo.", "es"),
    ("Dans deux essais où les patients ont été tirés au sort pour recevoir la gélule ou "
     "un placebo, l'anxiété a baissé.\n\nLes vertiges étaient la plainte la plus "
     "fréquente des participants à l'essai.",
     "Les vertiges étaient la plainte la plus fréquente des participants à l'essai.",
     "fr"),
    ("In zwei Studien wurden 300 Erwachsene zufällig der Kapsel oder einem Placebo "
     "zugeteilt.\n\nSchwindel war die häufigste Klage der Studienteilnehmer.",
     "Schwindel war die häufigste Klage der Studienteilnehmer.", "de"),
])
def test_a_trials_participants_take_its_design(text: str, quote: str, lang: str) -> None:
    assert level(text, quote, lang) == "randomized-controlled"


# --- a few patients reported together: a case series ---------------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("A published report of three patients described liver damage after the tea.", "en"),
    ("Un informe publicado sobre tres pacientes describió daño hepático tras la infusión.",
     "es"),
    ("Des médecins ont rapporté trois cas de lésions du foie après la tisane.", "fr"),
    ("Ärzte berichteten über drei Patienten mit Leberschäden nach dem Tee.", "de"),
])
def test_a_report_of_a_few_patients_is_a_case_report(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "case-report"


# --- people asked, and thousands followed for years: observation ---------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("When researchers asked 500 people who used the oil, most said it helped.", "en"),
    ("Los investigadores preguntaron a 500 personas que usaban el aceite y la mayoría dijo "
     "que le ayudó.", "es"),
    ("Les chercheurs ont interrogé 500 personnes qui utilisaient l'huile ; la plupart ont "
     "dit qu'elle aidait.", "fr"),
    ("Die Forscher befragten 500 Menschen, die das Öl nutzten; die meisten sagten, es "
     "helfe.", "de"),
    ("Researchers tracked 10,000 nurses for 20 years and found that coffee drinkers had "
     "fewer strokes.", "en"),
    ("Une étude qui a suivi 10 000 infirmières pendant 20 ans a trouvé moins d'infarctus.",
     "fr"),
    ("Eine Studie, die 10.000 Krankenschwestern 20 Jahre lang begleitete, fand weniger "
     "Herzinfarkte.", "de"),
    ("Un estudio de casos y controles encontró más uso del fármaco entre quienes se "
     "fracturaron la cadera.", "es"),
    ("Une étude cas-témoins a trouvé plus d'usage du médicament chez ceux qui se sont "
     "cassé la hanche.", "fr"),
])
def test_people_asked_or_followed_for_years_are_observed(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "human-observational"


@pytest.mark.parametrize(("sentence", "lang", "want"), [
    # a small treated group followed, with no comparison group, is a trial without one
    ("An earlier study followed 28 people for up to eight years after surgery, with no "
     "comparison group, and about half were much better.", "en", "uncontrolled-trial"),
    # a nurse asking you questions is care, not a survey
    ("At each visit a nurse asks how you slept.", "en", "opinion"),
])
def test_a_treated_group_followed_or_a_nurses_question_is_not_a_cohort(
        sentence: str, lang: str, want: str) -> None:
    assert alone(sentence, lang) == want


# --- a result after its design, naming the study's groups or a time point -------------


@pytest.mark.parametrize(("text", "quote", "lang"), [
    ("In a trial, 200 adults were randomly assigned to the pill or a placebo. After eight "
     "weeks, those on the pill slept 30 minutes longer.",
     "After eight weeks, those on the pill slept 30 minutes longer.", "en"),
    ("En un ensayo, 200 adultos fueron asignados al azar a la pastilla o a un placebo. A "
     "las ocho semanas, quienes tomaron la pastilla durmieron 30 minutos más.",
     "A las ocho semanas, quienes tomaron la pastilla durmieron 30 minutos más.", "es"),
    ("Dans un essai, 200 adultes ont été tirés au sort pour recevoir la pilule ou un "
     "placebo. Après huit semaines, ceux sous pilule dormaient 30 minutes de plus.",
     "Après huit semaines, ceux sous pilule dormaient 30 minutes de plus.", "fr"),
    ("In einer Studie wurden 200 Erwachsene zufällig der Pille oder einem Placebo "
     "zugeteilt. Nach acht Wochen schliefen die mit der Pille 30 Minuten länger.",
     "Nach acht Wochen schliefen die mit der Pille 30 Minuten länger.", "de"),
])
def test_a_result_naming_the_studys_groups_takes_its_design(text: str, quote: str,
                                                             lang: str) -> None:
    assert level(text, quote, lang) == "randomized-controlled"


@pytest.mark.parametrize(("text", "quote", "lang", "want"), [
    # French "ils" continues the animals of the sentence before
    ("Les chercheurs ont donné le composé à 40 rats. Ils ont couru plus longtemps.",
     "Ils ont couru plus longtemps.", "fr", "animal"),
    # advice after a trial is no result of it
    ("In a trial, 200 adults were randomly assigned to the pill or a placebo. People "
     "taking it can feel dizzy, so do not drive.",
     "People taking it can feel dizzy, so do not drive.", "en", "opinion"),
])
def test_continuations_and_advice_after_a_study(text: str, quote: str, lang: str,
                                                want: str) -> None:
    assert level(text, quote, lang) == want


# --- the design told in the sentence AFTER the quote, about the same study -------------


@pytest.mark.parametrize(("text", "quote", "lang"), [
    ("In the trial, 100 adults took the drops or a placebo for six weeks. Who got which was "
     "decided by lot.",
     "In the trial, 100 adults took the drops or a placebo for six weeks.", "en"),
    ("The study compared the cream with a dummy cream in 80 people. The groups were formed "
     "at random.",
     "The study compared the cream with a dummy cream in 80 people.", "en"),
    ("En el ensayo, 100 adultos tomaron las gotas o un placebo durante seis semanas. Quién "
     "recibía qué se decidió por sorteo.",
     "En el ensayo, 100 adultos tomaron las gotas o un placebo durante seis semanas.", "es"),
    ("Dans l'essai, 100 adultes ont pris les gouttes ou un placebo pendant six semaines. "
     "Les groupes ont été tirés au sort.",
     "Dans l'essai, 100 adultes ont pris les gouttes ou un placebo pendant six semaines.",
     "fr"),
    ("In der Studie nahmen 100 Erwachsene sechs Wochen lang die Tropfen oder ein Placebo. "
     "Wer was bekam, wurde ausgelost.",
     "In der Studie nahmen 100 Erwachsene sechs Wochen lang die Tropfen oder ein Placebo.",
     "de"),
    # "One group…" continues the randomized design before it; it opens no study
    ("Researchers randomly assigned 120 adults to two groups. One group took the capsules "
     "and the other a placebo.",
     "One group took the capsules and the other a placebo.", "en"),
])
def test_randomization_told_next_or_before_randomizes(text: str, quote: str,
                                                       lang: str) -> None:
    assert level(text, quote, lang) == "randomized-controlled"


@pytest.mark.parametrize(("text", "quote", "lang"), [
    ("In a study, 40 adults took the capsules for eight weeks and 30 felt calmer. There "
     "was no placebo group.",
     "In a study, 40 adults took the capsules for eight weeks and 30 felt calmer.", "en"),
    ("En un estudio, 40 adultos tomaron las cápsulas durante ocho semanas y 30 se "
     "sintieron más tranquilos. No hubo grupo placebo.",
     "En un estudio, 40 adultos tomaron las cápsulas durante ocho semanas y 30 se "
     "sintieron más tranquilos.", "es"),
    ("Dans une étude, 40 adultes ont pris les gélules pendant huit semaines et 30 se "
     "sentaient plus calmes. Il n'y avait pas de groupe placebo.",
     "Dans une étude, 40 adultes ont pris les gélules pendant huit semaines et 30 se "
     "sentaient plus calmes.", "fr"),
    ("In einer Studie nahmen 40 Erwachsene acht Wochen lang die Kapseln, und 30 fühlten "
     "sich ruhiger. Eine Placebogruppe gab es nicht.",
     "In einer Studie nahmen 40 Erwachsene acht Wochen lang die Kapseln, und 30 fühlten "
     "sich ruhiger.", "de"),
])
def test_a_study_opened_takes_the_design_its_next_sentence_tells(text: str, quote: str,
                                                                  lang: str) -> None:
    assert level(text, quote, lang) == "uncontrolled-trial"


@pytest.mark.parametrize(("text", "quote", "lang", "want"), [
    # the next sentence opens another study: its design is not the quote's
    ("In the trial, 100 adults took the drops or a placebo. Another study assigned 50 "
     "people at random to the drops or to nothing.",
     "In the trial, 100 adults took the drops or a placebo.", "en", "controlled-trial"),
    ("In a study, 40 adults took the capsules and 30 felt calmer. Another trial had no "
     "placebo group.",
     "In a study, 40 adults took the capsules and 30 felt calmer.", "en", "human-trial"),
])
def test_a_design_told_of_another_study_is_not_taken(text: str, quote: str, lang: str,
                                                     want: str) -> None:
    assert level(text, quote, lang) == want


# --- a study's finding about a molecule, the animals told next --------------------------


@pytest.mark.parametrize(("text", "quote", "lang"), [
    ("The molecule reversed hearing loss, according to a new study. The experiments were "
     "done in guinea pigs.",
     "The molecule reversed hearing loss, according to a new study.", "en"),
    ("La molécula revirtió la pérdida de audición, según un nuevo estudio. Los "
     "experimentos se hicieron en cobayas.",
     "La molécula revirtió la pérdida de audición, según un nuevo estudio.", "es"),
    ("La molécule a inversé la perte auditive, selon une nouvelle étude. Les expériences "
     "ont été menées sur des cobayes.",
     "La molécule a inversé la perte auditive, selon une nouvelle étude.", "fr"),
    ("Das Molekül kehrte den Hörverlust um, so eine neue Studie. Die Versuche wurden an "
     "Meerschweinchen gemacht.",
     "Das Molekül kehrte den Hörverlust um, so eine neue Studie.", "de"),
])
def test_a_molecules_study_takes_the_animals_told_next(text: str, quote: str,
                                                       lang: str) -> None:
    assert level(text, quote, lang) == "animal"


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Patients and doctors knew who got the drug in this 60-person study.", "en"),
    ("Pacientes y médicos sabían quién recibía el fármaco en este estudio de 60 personas.",
     "es"),
])
def test_everyone_knowing_who_got_the_drug_is_open_label(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "uncontrolled-trial"


# --- the patients of a treatment programme followed up: treated, none compared ---------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("A follow-up of the patients in the pilot programme reported less pain in about half "
     "of them.", "en"),
    ("Un seguimiento de los pacientes del programa piloto describió menos dolor en la "
     "mitad de ellos.", "es"),
    ("Un suivi des patients de l'expérimentation a montré moins de douleur chez la moitié "
     "d'entre eux.", "fr"),
    ("Eine Nachbeobachtung der Teilnehmer des Modellprojekts ergab weniger Schmerzen bei "
     "der Hälfte.", "de"),
])
def test_a_programmes_patients_followed_up_are_an_uncontrolled_trial(sentence: str,
                                                                     lang: str) -> None:
    assert alone(sentence, lang) == "uncontrolled-trial"


# --- negations written into one word, and blinding lacked -----------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("In a non-randomised study, 60 patients received the infusion.", "en"),
    ("A nonrandomized trial gave the drops to 45 children.", "en"),
    ("Dans une étude non-randomisée, 60 patients ont reçu la perfusion.", "fr"),
    ("En un estudio no aleatorizado, 60 pacientes recibieron la infusión.", "es"),
    ("In einer nicht randomisierten Studie erhielten 60 Patienten die Infusion.", "de"),
    ("The study lacked blinding: 40 patients knew they got the real drug.", "en"),
    ("In a non-blinded trial, 30 adults used the spray for a month.", "en"),
])
def test_a_design_denied_in_one_word_is_uncontrolled(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "uncontrolled-trial"


# --- data on thousands, and findings said with other verbs ----------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Data from 5,000 patients showed fewer falls on the lower dose.", "en"),
    ("Eine Studie mit 5.000 Frauen ergab, dass Kaffeetrinkerinnen seltener Schlaganfälle "
     "hatten als andere.", "de"),
    ("Une étude portant sur 5 000 femmes a révélé que les buveuses de café avaient moins "
     "d'AVC.", "fr"),
    ("Un estudio con 5.000 mujeres reveló que las que tomaban café tenían menos infartos.",
     "es"),
])
def test_a_study_of_thousands_finding_something_is_observed(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "human-observational"


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Un cas publié en 2019 décrit une femme qui a développé une hépatite après le "
     "complément.", "fr"),
    ("Des médecins ont décrit une femme de 45 ans dont les crises ont disparu.", "fr"),
])
def test_a_published_case_in_french_is_a_case_report(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "case-report"


# --- a mechanism with a hedge is still a mechanism; a belief is a view -----------------


@pytest.mark.parametrize(("sentence", "lang", "want"), [
    ("The drug binds to serotonin receptors, which may explain its effect.", "en",
     "lab-mechanism"),
    ("El fármaco se une a los receptores de serotonina, lo que podría explicar su efecto.",
     "es", "lab-mechanism"),
    ("Le médicament se lie aux récepteurs de la sérotonine, ce qui pourrait expliquer son "
     "effet.", "fr", "lab-mechanism"),
    ("Das Medikament bindet an Serotoninrezeptoren, was seine Wirkung erklären könnte.",
     "de", "lab-mechanism"),
    ("Scientists believe the receptor could be a target for new drugs.", "en", "opinion"),
])
def test_a_hedged_mechanism_is_a_mechanism(sentence: str, lang: str, want: str) -> None:
    assert alone(sentence, lang) == want


# --- animals named another way, and a result continuing a German paragraph --------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Zebrafish larvae given the compound swam less anxiously.", "en"),
    ("In nematodes, the compound lengthened life by a fifth.", "en"),
    ("Des larves de poisson-zèbre ayant reçu le composé nageaient plus calmement.", "fr"),
    ("Chez la drosophile, le composé a allongé la vie d'un cinquième.", "fr"),
    ("Zebrafischlarven, die den Wirkstoff bekamen, schwammen ruhiger.", "de"),
    ("Bei Labormäusen verlängerte der Wirkstoff das Leben um ein Fünftel.", "de"),
    ("Las larvas de pez cebra que recibieron el compuesto nadaron con menos ansiedad.",
     "es"),
])
def test_animals_named_another_way_are_animals(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "animal"


@pytest.mark.parametrize(("text", "quote", "lang", "want"), [
    ("In einer Studie erhielten 90 Erwachsene zufällig das Öl oder ein Placebo. Der Schlaf "
     "besserte sich mit dem Öl stärker.",
     "Der Schlaf besserte sich mit dem Öl stärker.", "de", "randomized-controlled"),
    ("Die Forscher gaben 30 Freiwilligen eine Woche lang den Tee.",
     "Die Forscher gaben 30 Freiwilligen eine Woche lang den Tee.", "de", "human-trial"),
    ("Les chercheurs ont donné la tisane à 30 volontaires pendant une semaine.",
     "Les chercheurs ont donné la tisane à 30 volontaires pendant une semaine.", "fr",
     "human-trial"),
])
def test_german_and_french_trials_told_plainly(text: str, quote: str, lang: str,
                                               want: str) -> None:
    assert level(text, quote, lang) == want


# --- one treatment tested against another ----------------------------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The nasal spray was tested against a salt-water spray in 60 adults.", "en"),
    ("El aerosol se probó frente a un aerosol de agua con sal en 60 adultos.", "es"),
    ("Le spray a été testé contre un spray d'eau salée chez 60 adultes.", "fr"),
    ("Das Spray wurde bei 60 Erwachsenen gegen ein Salzwasserspray getestet.", "de"),
])
def test_a_treatment_tested_against_another_is_controlled(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "controlled-trial"


# --- the design two sentences back, and results that compare or last -------------------


@pytest.mark.parametrize(("text", "quote", "lang"), [
    ("Researchers randomly assigned 120 adults to the oil or a placebo. The trial lasted 12 "
     "weeks. Those on the oil slept 20 minutes longer than those on placebo.",
     "Those on the oil slept 20 minutes longer than those on placebo.", "en"),
    ("Los investigadores asignaron al azar a 120 adultos al aceite o a un placebo. El "
     "ensayo duró 12 semanas. Quienes tomaron el aceite durmieron 20 minutos más que los "
     "del placebo.",
     "Quienes tomaron el aceite durmieron 20 minutos más que los del placebo.", "es"),
    ("Les chercheurs ont tiré au sort 120 adultes pour recevoir l'huile ou un placebo. "
     "L'essai a duré 12 semaines. Ceux sous huile ont dormi 20 minutes de plus que ceux "
     "sous placebo.",
     "Ceux sous huile ont dormi 20 minutes de plus que ceux sous placebo.", "fr"),
    ("Die Forscher teilten 120 Erwachsene zufällig dem Öl oder einem Placebo zu. Die "
     "Studie dauerte 12 Wochen. Wer das Öl nahm, schlief 20 Minuten länger als die "
     "Placebogruppe.",
     "Wer das Öl nahm, schlief 20 Minuten länger als die Placebogruppe.", "de"),
])
def test_a_randomized_design_two_sentences_back_holds(text: str, quote: str,
                                                      lang: str) -> None:
    assert level(text, quote, lang) == "randomized-controlled"


@pytest.mark.parametrize(("text", "quote", "lang", "want"), [
    # a paragraph of its own that says how long the effect lasted
    ("In mice, the compound restored lost memories.\n\nThe effect lasted for two weeks.",
     "The effect lasted for two weeks.", "en", "animal"),
    ("En ratones, el compuesto restauró recuerdos perdidos.\n\nEl efecto duró dos semanas.",
     "El efecto duró dos semanas.", "es", "animal"),
    ("Chez la souris, le composé a restauré des souvenirs perdus.\n\nL'effet a duré deux "
     "semaines.", "L'effet a duré deux semaines.", "fr", "animal"),
    ("Bei Mäusen stellte der Wirkstoff verlorene Erinnerungen wieder her.\n\nDie Wirkung "
     "hielt zwei Wochen an.", "Die Wirkung hielt zwei Wochen an.", "de", "animal"),
    # a comparison in numbers of the people the study before it followed
    ("In a trial, 300 adults were randomly assigned to the pill or a placebo. A separate "
     "registry study followed 20,000 users. Users had fewer heart attacks than non-users.",
     "Users had fewer heart attacks than non-users.", "en", "human-observational"),
    # a plan or a remark opening its paragraph takes no level from the one before
    ("In mice, the compound restored lost memories.\n\nThe company plans to sell it next "
     "year.", "The company plans to sell it next year.", "en", "opinion"),
    ("In mice, the compound restored lost memories.\n\nDrink more water than usual while "
     "you take it.", "Drink more water than usual while you take it.", "en", "opinion"),
])
def test_a_result_that_lasts_or_compares_takes_its_study(text: str, quote: str, lang: str,
                                                         want: str) -> None:
    assert level(text, quote, lang) == want


# --- none of the participants got a placebo; open-label in German compounds -------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("None of the 40 participants received a placebo.", "en"),
    ("Ninguno de los 40 participantes recibió un placebo.", "es"),
    ("Aucun des 40 participants n'a reçu de placebo.", "fr"),
    ("Keiner der 40 Teilnehmer erhielt ein Placebo.", "de"),
    ("In einer Open-Label-Studie nahmen 50 Patienten das Mittel.", "de"),
])
def test_no_participant_on_placebo_is_uncontrolled(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "uncontrolled-trial"


@pytest.mark.parametrize(("sentence", "lang"), [
    # "none of them" that denies a result, not the placebo group
    ("In a trial of 80 adults, none of those on placebo improved, against half of those "
     "on the drug.", "en"),
])
def test_none_denying_a_result_keeps_the_placebo(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "controlled-trial"


# --- a counted group of volunteers given a dose is a trial; "switched off" is a device's --


@pytest.mark.parametrize(("sentence", "lang"), [
    ("In 12 healthy volunteers, a single dose raised blood levels of the hormone.", "en"),
    ("En 12 voluntarios sanos, una sola dosis elevó el nivel de la hormona.", "es"),
    ("Chez 12 volontaires sains, une seule dose a augmenté le taux de l'hormone.", "fr"),
    ("Bei 12 gesunden Freiwilligen erhöhte eine einzige Dosis den Hormonspiegel.", "de"),
])
def test_counted_volunteers_given_a_dose_are_a_trial(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "human-trial"


@pytest.mark.parametrize(("sentence", "lang", "want"), [
    ("Volunteers at the helpline are trained to listen.", "en", "opinion"),
    ("In human stem cells, the compound switched off the gene.", "en", "lab-mechanism"),
    ("In a trial, 40 adults wore the headset, which for half of them was switched off.",
     "en", "controlled-trial"),
])
def test_volunteers_without_a_dose_and_a_gene_switched_off(sentence: str, lang: str,
                                                           want: str) -> None:
    assert alone(sentence, lang) == want


@pytest.mark.parametrize(("sentence", "lang"), [
    ("In human brain cells, the compound calmed the overactive signals.", "en"),
    ("En células humanas, el compuesto frenó la inflamación.", "es"),
    ("Sur des cellules humaines, le composé a freiné l'inflammation.", "fr"),
    ("An menschlichen Nervenzellen bremste der Wirkstoff die Entzündung.", "de"),
])
def test_human_cells_are_lab_material_not_people(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "lab-mechanism"


# --- chance, a computer or a random list decided: more words --------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("In a crossover trial, 40 people took the capsule and a look-alike capsule, with the "
     "order set by a computer.", "en"),
    ("In the main trial, 500 adults were put on the pill or sugar pills according to a "
     "random list.", "en"),
    ("In a study where chance decided who got the gel and who a plain gel, pain eased more "
     "with the gel.", "en"),
    ("The researchers used a random number table to decide who got the drops.", "en"),
    ("En un estudio en el que el azar decidió quién recibía el gel y quién un gel sin "
     "fármaco, el dolor bajó más con el gel.", "es"),
    ("Dans une étude où le hasard décidait qui recevait le gel ou un gel sans principe "
     "actif, la douleur a plus baissé avec le gel.", "fr"),
    ("In einer Studie, in der der Zufall entschied, wer das Gel und wer ein Gel ohne "
     "Wirkstoff bekam, sanken die Schmerzen stärker.", "de"),
])
def test_chance_deciding_in_more_words_randomizes(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "randomized-controlled"


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Around 200 then continued for six more months, all of them on the active drug.", "en"),
    ("Unos 200 siguieron después seis meses más, todos con el fármaco activo.", "es"),
    ("Environ 200 ont ensuite poursuivi six mois de plus, tous sous le vrai médicament.",
     "fr"),
    ("Etwa 200 nahmen danach sechs weitere Monate alle das echte Mittel.", "de"),
])
def test_an_extension_all_on_the_real_drug_is_uncontrolled(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "uncontrolled-trial"


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Une analyse des appels aux centres antipoison a relevé plus d'intoxications chez les "
     "enfants.", "fr"),
])
def test_poison_centre_counts_in_french_are_observed(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "human-observational"


@pytest.mark.parametrize(("sentence", "lang"), [
    # advice to call a poison centre is no count of its calls
    ("If a child swallows it, call your poison control center.", "en"),
    ("En cas d'ingestion accidentelle, appelez le centre antipoison de votre région.", "fr"),
])
def test_advice_to_call_a_poison_centre_is_no_observation(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "opinion"


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Poison center calls about the gummies rose sharply over five years.", "en"),
    ("Poison control centers recorded a sharp rise in calls about the pills.", "en"),
    ("Les appels aux centres antipoison pour ces gommes ont doublé en cinq ans.", "fr"),
])
def test_poison_centre_counts_are_observed(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "human-observational"


# --- a study's people followed with no comparison group: a trial without one, unless they
# are a clinic's patients in routine care (then observed) -------------------------------


@pytest.mark.parametrize(("sentence", "lang", "want"), [
    ("Otro estudio, sin grupo de comparación, siguió a 30 pacientes durante dos meses y "
     "describió menos dolor.", "es", "uncontrolled-trial"),
    ("Un estudio siguió a 40 adultos durante tres meses, sin grupo de control, y vio que "
     "dormían más.", "es", "uncontrolled-trial"),
    ("Une étude a suivi 30 patients pendant deux mois, sans groupe de comparaison, et a "
     "décrit moins de douleur.", "fr", "uncontrolled-trial"),
    ("An earlier study followed 30 patients for two months, with no comparison group, and "
     "described less pain.", "en", "uncontrolled-trial"),
    # a clinic's patients followed in routine care: observed
    ("Un estudio que siguió durante un año a 200 pacientes de consultas de Sevilla, sin "
     "grupo de comparación, vio que decían dormir mejor.", "es", "human-observational"),
    ("A study that followed 200 patients from clinics in Leeds for a year, with no "
     "comparison group, found they slept better.", "en", "human-observational"),
    # a cohort followed for years, no denial: observed as before
    ("Un estudio que siguió durante diez años a 20.000 mujeres encontró menos infartos.",
     "es", "human-observational"),
])
def test_followed_with_no_comparison_group(sentence: str, lang: str, want: str) -> None:
    assert alone(sentence, lang) == want


@pytest.mark.parametrize(("sentence", "lang"), [
    ("A clinic in Perth followed 80 of its own patients for a year and reported that most "
     "felt better, though there was no comparison group.", "en"),
    ("Una clínica de Quito siguió a 80 de sus propios pacientes durante un año, sin grupo "
     "de comparación, y la mayoría dijo sentirse mejor.", "es"),
])
def test_a_clinic_following_its_own_patients_observes(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "human-observational"
