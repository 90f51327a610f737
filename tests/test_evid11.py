"""Evidence levels for the families heldout13 (and the train7-10 folders) found missing in
session 11, each a general mechanism read in en, es, fr, de: chance named by the machine
that drew it ("allocated by a central computer"), a study of records or events rather
than of people given something ("a review of 2,300 operations"), a quotation whose speaker
is named before a colon or after its last sentence, animals and labs named in compounds
("Kaninchenaugen", "Laborversuchen"), a pilot in named places, a lede that cites "a trial"
whose design the next paragraph tells. Sentences from the labelled folders where they
exist, else written here; read as the gate reads a quote (derive_evidence)."""

from __future__ import annotations

import pytest
from evidence_helpers import alone, level

# --- chance named by the machine that drew it: randomization ------------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("In a large trial run across 39 countries, 18,200 people with atrial fibrillation were "
     "allocated by a central computer to apixaban or to warfarin, and after about two years "
     "strokes were slightly less common on apixaban.", "en"),
    ("In a trial among 220 backpackers with diarrhoea, a computer list decided who took "
     "loperamide and who took a dummy capsule, and those on loperamide had their last loose "
     "stool about a day earlier.", "en"),
    ("In a study of 150 children aged 2 to 11 with a night-time cough, families were given "
     "honey, a cough syrup containing dextromethorphan or nothing, in an order settled by a "
     "computer, and honey eased the cough slightly more than either.", "en"),
    ("In einer Studie mit 1.100 Rauchenden wurde per Computer zugelost, wer Pflaster plus "
     "Kaugummi und wer nur das Pflaster bekam; nach sechs Monaten waren in der "
     "Kombinationsgruppe 23 von 100 rauchfrei, mit Pflaster allein 16 von 100.", "de"),
    ("En un ensayo con 300 pacientes, una computadora decidió quién recibía el jarabe y quién "
     "un placebo.", "es"),
    ("Dans un essai mené auprès de 300 patients, un ordinateur a décidé qui recevait le sirop "
     "et qui un placebo.", "fr"),
    ("Pour information, dans une étude où 1 900 femmes ont été tirées au sort pour recevoir "
     "l'un ou l'autre de deux comprimés d'urgence, les deux ont évité la grande majorité des "
     "grossesses attendues lorsqu'ils étaient pris dans les trois jours.", "fr"),
])
def test_chance_drawn_by_a_machine_is_randomization(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "randomized-controlled"


@pytest.mark.parametrize(("sentence", "lang"), [
    # a computer that is the treatment, not the instrument of chance
    ("In a trial of 200 adults, participants were assigned to a computer-based therapy "
     "programme or to a waiting list.", "en"),
    ("Un ordinateur a été attribué à chaque école participante, selon un rapport.", "fr"),
])
def test_a_computer_that_draws_nothing_is_no_randomization(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) != "randomized-controlled"


# --- a study of records or events, not of people given something: observation -------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("A review of 2,300 operations at two Gauteng hospitals found that nine in ten patients "
     "could see well enough to drive afterwards.", "en"),
    ("A study of state coronial records found that most methadone deaths happened in the "
     "first two weeks of treatment or involved someone the dose was not prescribed for.",
     "en"),
    ("A review of calls to poisons services across the UK found that most accidental "
     "overdoses of cold medicines in children involved two products given at once.", "en"),
    ("Records from 41 care homes in the region showed that outbreaks ended sooner when every "
     "resident and staff member was treated on the same day.", "en"),
    ("Eine Auswertung von Arzneimitteldaten aus Niedersachsen zeigte, dass viele "
     "Verordnungen über Jahre ohne Überprüfung weiterliefen.", "de"),
    ("Un estudio con datos de hospitalizaciones de la red pública chilena observó que las "
     "neumonías graves en mayores de 65 años bajaron en los inviernos posteriores a la "
     "ampliación de la vacunación.", "es"),
    ("Un relevamiento en 60 farmacias de tres provincias encontró que en casi la mitad se "
     "podía conseguir un antibiótico sin receta pidiéndolo con insistencia.", "es"),
    ("Une analyse des dossiers de 4 000 patients a montré que les chutes étaient plus "
     "fréquentes après le changement.", "fr"),
])
def test_a_study_of_records_or_events_is_observation(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "human-observational"


# --- a quotation is its speaker's view, wherever the speaker is named ----------------------


def test_a_speaker_named_before_a_colon_gives_a_view() -> None:
    text = ("An independent retina specialist, Dr. Meera Iyer, was more cautious: \"Many drops "
            "that rescue mouse retinas never help a single patient. Mice are not people, and we "
            "don't yet know if this is safe in human eyes.\"")
    assert alone(text) == "opinion"


def test_the_first_sentence_of_a_quotation_said_after_its_last_is_a_view() -> None:
    text = ("Work in rats suggests olanzapine blocks several of the brain receptors that "
            "trigger vomiting. \"For an 80-year-old, a week of nausea can mean dehydration, a "
            "fall and a hospital stay. This is a cheap pill that could change that,\" said Dr. "
            "Miriam Osei, the trial's lead investigator.")
    quote = text[text.index("\"For"):text.index("stay.") + len("stay.")]
    assert level(text, quote) == "opinion"


@pytest.mark.parametrize(("text", "quote", "lang"), [
    ("En cultivos de laboratorio, las bacterias expuestas a dosis bajas de antibiótico se "
     "vuelven resistentes mucho más rápido. \"El antibiótico que hoy tomás sin necesidad es el "
     "que mañana no le va a funcionar a tu hijo\", resume el infectólogo Martín Quiroga.",
     "\"El antibiótico que hoy tomás", "es"),
    ("« La blépharite se contrôle, elle ne se guérit pas : il faut garder une bonne hygiène "
     "des paupières à long terme, même quand ça va mieux », rappelle Mme Dufresne.",
     "« La blépharite", "fr"),
    ("Une enquête menée auprès de 2 500 utilisatrices de pilule en France montre qu'une femme "
     "sur deux oublie au moins un comprimé par mois. « L'application de rappel sur le "
     "téléphone, c'est le meilleur ami de la pilule », estime le Dr Hélène Marchal, "
     "gynécologue à Amiens.", "« L'application", "fr"),
    ("In Laborversuchen an Hautzellen wirkt die Creme. „Die Angst der Eltern schadet den "
     "Kindern heute mehr als die Creme selbst“, betont der Kinderarzt Dr. Reto Baumgartner.",
     "„Die Angst", "de"),
])
def test_a_quotation_with_its_speaker_after_is_a_view(text: str, quote: str, lang: str) -> None:
    # the quotation with its speaker, to the text's end, as the labels quote it
    assert level(text, text[text.index(quote):], lang) == "opinion"


def test_a_control_told_as_a_verb_is_no_design() -> None:
    assert alone("Chez la plupart des patients, l'eczéma se contrôle avec une crème "
                 "hydratante.", "fr") != "controlled-trial"
    assert alone("Dans un essai contrôlé, 80 patients ont reçu la crème ou un placebo.",
                 "fr") in {"controlled-trial", "randomized-controlled"}


# --- animals and labs named in other words -------------------------------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("In chicks fitted with blurring lenses, atropine stopped the eye from growing longer, "
     "which is one reason researchers first tried it in children.", "en"),
    ("In Versuchen an Kaninchenaugen hemmte ein Augentrost-Extrakt leichte Entzündungen.",
     "de"),
    ("En pollitos con lentes que desenfocan, la atropina frenó el crecimiento del ojo.", "es"),
    ("Chez des lapins, l'extrait a freiné une inflammation légère de l'œil.", "fr"),
    ("In Mäusestudien verlängerte die Substanz das Leben um ein Drittel.", "de"),
    ("Rattenversuche zeigten, dass das Mittel die Leber schützt.", "de"),
])
def test_animals_named_otherwise_are_animals(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "animal"


def test_a_lab_in_a_compound_is_a_lab() -> None:
    assert alone("In Laborversuchen an Hautzellen bremst Hydrocortison die Bildung von "
                 "Entzündungsbotenstoffen.", "de") == "lab-mechanism"


# --- a pilot in named places: one group, no comparison ------------------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("In a pilot in 14 general practices, everyone with kidney disease received a written sick "
     "day plan, and after one year fewer were admitted with kidney injury than in the year "
     "before.", "en"),
    ("En un piloto en 14 centros de salud, todos los pacientes con enfermedad renal recibieron "
     "un plan escrito y al cabo de un año hubo menos ingresos que el año anterior.", "es"),
    ("Dans un projet pilote dans 14 cabinets, tous les patients ont reçu un plan écrit, et un "
     "an plus tard, moins ont été hospitalisés que l'année précédente.", "fr"),
    ("In einem Pilotprojekt in 14 Hausarztpraxen erhielten alle Patienten einen schriftlichen "
     "Plan, und nach einem Jahr wurden weniger eingewiesen als im Jahr davor.", "de"),
])
def test_a_pilot_in_named_places_is_uncontrolled(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "uncontrolled-trial"


# --- a lede citing "a trial": the design the next paragraph tells -------------------------


def test_a_lede_citing_a_trial_takes_the_design_told_next() -> None:
    text = ("A low dose of olanzapine, an older antipsychotic medicine, added to standard "
            "anti-nausea drugs halved the number of older adults who vomited in the days after "
            "chemotherapy, according to a trial led by researchers at the Prairie Cancer "
            "Research Institute.\n\nThe trial enrolled 412 patients aged 65 and over starting "
            "chemotherapy; a computer assigned each of them to olanzapine 2.5 mg or to a "
            "look-alike placebo at bedtime for four days.")
    quote = text.split("\n\n")[0]
    assert level(text, quote) == "randomized-controlled"


# --- one treatment compared with another: a comparison -------------------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Eine zweite Studie verglich Augentrost-Tropfen mit einfachen Tränenersatztropfen bei 120 "
     "Patienten, ohne anzugeben, wie die Teilnehmenden den Gruppen zugeteilt wurden; beide "
     "Gruppen fühlten sich ähnlich besser.", "de"),
    ("A second study compared eyebright drops with plain artificial tears in 120 patients, "
     "without saying how participants were assigned to the groups.", "en"),
])
def test_one_treatment_compared_with_another_is_controlled(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "controlled-trial"


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Le suivi de 38 000 voyageurs vaccinés dans les centres de la région n'a relevé que deux "
     "réactions graves.", "fr"),
    ("The follow-up of 38,000 vaccinated travellers at the region's clinics found only two "
     "serious reactions.", "en"),
    ("El seguimiento de 38.000 viajeros vacunados en los centros de la región solo encontró "
     "dos reacciones graves.", "es"),
    ("Die Nachbeobachtung von 38.000 geimpften Reisenden in den Zentren der Region ergab nur "
     "zwei schwere Reaktionen.", "de"),
])
def test_the_follow_up_of_a_counted_group_is_observation(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "human-observational"


@pytest.mark.parametrize(("sentence", "lang", "want"), [
    # a study told before the colon is the study's, whatever the quotation says
    ("In a survey, 500 doctors were asked: \"Would you prescribe it to your own family?\"",
     "en", "human-observational"),
    ("Una encuesta preguntó a 500 médicos: «¿Lo recetaría a su familia?»", "es",
     "human-observational"),
])
def test_a_study_before_a_colon_keeps_its_level(sentence: str, lang: str, want: str) -> None:
    assert alone(sentence, lang) == want


def test_a_lede_comparing_groups_takes_the_randomized_design_told_next() -> None:
    text = ("MILWAUKEE — Women over 70 with an overactive bladder who switched to mirabegron had "
            "fewer falls and scored better on memory tests than women who stayed on older "
            "anticholinergic pills, according to a study led by Lakeshore University "
            "urogynecologist Dr. Renée Caldwell.\n\nThe study enrolled 412 women from 19 "
            "clinics; a computer randomly assigned each woman either to switch to mirabegron or "
            "to stay on her oxybutynin or tolterodine, and the women were followed for one year.")
    assert level(text, text.split("\n\n")[0]) == "randomized-controlled"


@pytest.mark.parametrize(("design", "result", "lang"), [
    ("The study enrolled 412 women from 19 clinics; a computer randomly assigned each woman "
     "either to switch to mirabegron or to stay on her old pills.",
     "Falls were about a third less common in the mirabegron group, and memory scores "
     "improved slightly.", "en"),
    ("En el ensayo, 400 mujeres fueron asignadas al azar a la vacuna o a un placebo.",
     "Las neumonías fueron un tercio menos frecuentes en el grupo de la vacuna.", "es"),
    ("Dans l'essai, 400 femmes ont été tirées au sort pour recevoir le vaccin ou un placebo.",
     "Les pneumonies étaient un tiers moins fréquentes dans le groupe sous vaccin.", "fr"),
    ("In der Studie wurden 400 Frauen per Los dem Impfstoff oder einem Placebo zugeteilt.",
     "In der Impfstoffgruppe waren Lungenentzündungen um ein Drittel seltener.", "de"),
])
def test_a_result_naming_an_arm_continues_the_study_before(design: str, result: str,
                                                             lang: str) -> None:
    assert level(design + "\n\n" + result, result, lang) == "randomized-controlled"


def test_an_age_group_is_no_arm() -> None:
    text = ("The study enrolled 412 women; a computer randomly assigned each to the pill or a "
            "placebo.\n\nFalls are about a third more common in the older age group.")
    assert level(text, "Falls are about a third more common in the older age group.") != (
        "randomized-controlled")


# --- the same families said other ways, in every language (written here) -----------------


@pytest.mark.parametrize(("sentence", "lang", "want"), [
    ("In a trial of 90 adults, who got the spray was left to chance.", "en",
     "randomized-controlled"),
    ("In a study of 90 adults, half got the spray and half got nothing.", "en",
     "controlled-trial"),
    ("A trial gave the spray to 45 adults and nothing to another 45.", "en", "controlled-trial"),
    ("Los investigadores dieron el aerosol a 45 adultos y nada a otros 45.", "es",
     "controlled-trial"),
    ("Les chercheurs ont donné le spray à 45 adultes et rien à 45 autres.", "fr",
     "controlled-trial"),
    ("Die Forscher gaben 45 Erwachsenen das Spray und 45 anderen nichts.", "de",
     "controlled-trial"),
    ("In einer Studie mit 90 Erwachsenen wurde das Spray mit einer Gruppe verglichen, die "
     "nichts bekam.", "de", "controlled-trial"),
    ("Un análisis de 4.000 visitas a urgencias encontró que la mayoría de las intoxicaciones "
     "implicaban dos productos.", "es", "human-observational"),
    ("Une analyse de 4 000 passages aux urgences a montré que la plupart des intoxications "
     "impliquaient deux produits.", "fr", "human-observational"),
    ("Eine Analyse von 4.000 Notaufnahmebesuchen ergab, dass die meisten Vergiftungen zwei "
     "Produkte betrafen.", "de", "human-observational"),
])
def test_the_families_said_other_ways(sentence: str, lang: str, want: str) -> None:
    assert alone(sentence, lang) == want


def test_a_chance_that_is_a_likelihood_is_no_randomization() -> None:
    assert alone("Patients assigned to the spray had a lower chance of relapse in a study of "
                 "90 adults.") != "randomized-controlled"


# --- the design told in another sentence: another group given something -------------------


@pytest.mark.parametrize(("text", "result", "lang"), [
    ("Researchers gave 60 adults with hay fever the spray for four weeks. A second group of 60 "
     "got a spray of salt water. Sneezing fell by half with the real spray.",
     "Sneezing fell by half with the real spray.", "en"),
    ("Los investigadores dieron el aerosol a 60 adultos durante cuatro semanas. Un segundo "
     "grupo de 60 recibió agua con sal. Los estornudos bajaron a la mitad.",
     "Los estornudos bajaron a la mitad.", "es"),
    ("Les chercheurs ont donné le spray à 60 adultes pendant quatre semaines. Un second groupe "
     "de 60 a reçu de l'eau salée. Les éternuements ont baissé de moitié.",
     "Les éternuements ont baissé de moitié.", "fr"),
    ("Die Forscher gaben 60 Erwachsenen vier Wochen lang das Spray. Eine zweite Gruppe von 60 "
     "bekam Salzwasser. Das Niesen halbierte sich.", "Das Niesen halbierte sich.", "de"),
])
def test_another_group_given_something_is_a_comparison(text: str, result: str,
                                                       lang: str) -> None:
    assert level(text, result, lang) == "controlled-trial"


# --- a contrast with other studies names no design of this one -----------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Unlike earlier placebo-controlled trials, this study followed 500 users for a year.", "en"),
    ("A diferencia de ensayos anteriores con placebo, este estudio siguió a 500 usuarios "
     "durante un año.", "es"),
    ("Contrairement aux essais précédents contre placebo, cette étude a suivi 500 utilisateurs "
     "pendant un an.", "fr"),
    ("Anders als frühere placebokontrollierte Studien begleitete diese Untersuchung 500 "
     "Anwender ein Jahr lang.", "de"),
])
def test_a_contrast_with_other_studies_is_not_this_design(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) not in {"controlled-trial", "randomized-controlled"}


def test_a_contrast_with_this_study_s_own_arm_keeps_its_design() -> None:
    assert alone("Unlike the placebo group, those on the drug slept longer in a trial of 80 "
                 "adults.") == "controlled-trial"


def test_a_look_at_records_is_observation() -> None:
    assert alone("A look at 12,000 prescriptions found that one in five was for a higher dose "
                 "than advised.") == "human-observational"


# --- a measure changed by an amount, opening its paragraph: the study told before ---------


@pytest.mark.parametrize(("design", "result", "lang"), [
    ("In the trial, 300 adults were randomly assigned to the tea or a placebo drink for 12 "
     "weeks.", "Blood pressure fell by an average of 10 points.", "en"),
    ("En el ensayo, 300 adultos fueron asignados al azar al té o a una bebida placebo.",
     "La tensión bajó una media de 10 puntos.", "es"),
    ("Dans l'essai, 300 adultes ont été tirés au sort pour recevoir le thé ou une boisson "
     "placebo.", "La tension a baissé de 10 points en moyenne.", "fr"),
    ("In der Studie wurden 300 Erwachsene per Los dem Tee oder einem Placebogetränk "
     "zugeteilt.", "Der Blutdruck sank um durchschnittlich 10 Punkte.", "de"),
])
def test_a_measure_changed_by_an_amount_continues_the_study_before(design: str, result: str,
                                                                     lang: str) -> None:
    assert level(design + "\n\n" + result, result, lang) == "randomized-controlled"


def test_a_share_of_people_in_general_does_not_continue_a_study() -> None:
    text = ("In the trial, 300 adults were randomly assigned to the tea or a placebo drink.\n\n"
            "About 10% of adults have high blood pressure.")
    assert level(text, "About 10% of adults have high blood pressure.") == "opinion"


# --- someone's own story or view, in the first person: no study's level --------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("My honest view: it's a fascinating drug with great mouse data and thin human data.", "en"),
    ("Stem cells saved my knee, mate, the doc said my cartilage grew back and I'm running "
     "again.", "en"),
    ("My husband added fish oil and ginkgo to his warfarin because a magazine said it was good "
     "for the heart.", "en"),
    ("Mi veterinario dice que en perros funciona, y yo lo tomo desde hace un año.", "es"),
    ("Mon kiné m'a dit que ces cellules repoussent, et je cours de nouveau.", "fr"),
    ("Ich nehme das seit einem Jahr, und mein Arzt sagt, in Mäusen wirkt es auch.", "de"),
])
def test_a_first_person_story_is_a_view(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "opinion"


def test_a_first_person_story_does_not_take_its_paragraph_s_level() -> None:
    text = ("In dogs with arthritis, the injections eased lameness. Had PRP in my left knee two "
            "years ago and it made a real difference for about eight months.")
    assert level(text, "Had PRP in my left knee two years ago and it made a real difference "
                 "for about eight months.") == "opinion"


@pytest.mark.parametrize(("sentence", "lang", "want"), [
    # a study of one's own keeps its level
    ("In my clinic, a study of 200 patients randomly assigned to the cream or a placebo found "
     "fewer flares.", "en", "randomized-controlled"),
    ("In mice, my team found the drug restored hearing.", "en", "animal"),
])
def test_a_first_person_study_keeps_its_level(sentence: str, lang: str, want: str) -> None:
    assert alone(sentence, lang) == want


@pytest.mark.parametrize(("sentence", "lang", "want"), [
    ("In a trial run across eight hospitals, 412 women with heavy periods and low iron stores "
     "were allocated by computer either to a single iron infusion or to iron tablets.", "en",
     "randomized-controlled"),
    ("En un ensayo en el que 120 pacientes con cáncer de pulmón avanzado se repartieron "
     "mediante un programa informático para recibir quimioterapia con vitamina C o "
     "quimioterapia sola, la supervivencia fue similar en ambos grupos.", "es",
     "randomized-controlled"),
    ("Dans un essai, 120 patients ont été répartis par logiciel entre la crème et un placebo.",
     "fr", "randomized-controlled"),
    ("In Studien, in denen Flugreisende per Zufallsliste Melatonin oder ein Scheinpräparat "
     "erhielten, schliefen sie besser.", "de", "randomized-controlled"),
    ("Eine vierjährige Studie mit Tabletten, ebenfalls mit zufälliger Zuteilung, fand keinen "
     "Unterschied.", "de", "randomized-controlled"),
    ("In einer Studie mit 300 Rauchern, die Nikotinbeutel mit Nikotinkaugummis verglich, "
     "hörten gleich viele auf.", "de", "controlled-trial"),
    ("Studies that reported improvements mostly followed a single group of people before and "
     "after a course of sessions.", "en", "uncontrolled-trial"),
    ("Algunos estudios pequeños siguieron a un solo grupo de pacientes durante tres meses.",
     "es", "uncontrolled-trial"),
])
def test_instruments_comparisons_and_single_groups_said_otherwise(sentence: str, lang: str,
                                                                  want: str) -> None:
    assert alone(sentence, lang) == want


@pytest.mark.parametrize(("sentence", "lang"), [
    ("A review of 340 patients who came to four hospitals in the north-west of England after "
     "using unlicensed pens found that most had been vomiting for days.", "en"),
    ("Among 1,460 patients we treated between 2021 and 2025, 6 in 10 said they needed two or "
     "more sessions.", "en"),
    ("When researchers looked at reports of harm sent to poison centres in the US over ten "
     "years, pre-workout supplements accounted for a growing number of calls.", "en"),
    ("Data from sexual health clinics in England showed new diagnoses fell sharply in the "
     "clinics where the pill was offered.", "en"),
    ("The idea came from a records study in which people with diabetes on the pill lived "
     "longer.", "en"),
    ("En una serie de más de 1.400 pacientes atendidos en varias clínicas dermatológicas, la "
     "mayoría toleró bien la dosis baja.", "es"),
    ("Le dispositif de nutrivigilance de l'Anses a recensé plusieurs dizaines de cas d'effets "
     "indésirables.", "fr"),
    ("Auswertungen großer Bevölkerungsstudien zeigen, dass Menschen, die viel Alkohol trinken, "
     "häufiger erkranken.", "de"),
    ("Los estudios japoneses que relacionan el consumo de natto con menos fracturas son "
     "observacionales en su mayoría.", "es"),
])
def test_reviews_registries_and_own_patients_are_observation(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "human-observational"


def test_a_series_of_patients_who_used_it_without_control_is_uncontrolled() -> None:
    assert alone("Dans une petite série de 30 patients qui ont utilisé les lingettes pendant "
                 "deux mois, sans groupe témoin, la plupart ont vu diminuer les croûtes.",
                 "fr") == "uncontrolled-trial"


@pytest.mark.parametrize(("sentence", "lang", "want"), [
    ("In a small study, women who wore wrist acupressure bands reported slightly less nausea "
     "than women who didn't, but the report didn't say how women ended up in each group.",
     "en", "controlled-trial"),
    ("In einer kleinen Studie mit 72 Flugbegleiterinnen, bei der nicht angegeben wurde, wie die "
     "Teilnehmerinnen den Gruppen zugeteilt wurden, schnitten Globuli und Scheinkügelchen "
     "gleich ab.", "de", "controlled-trial"),
    ("En un estudio pequeño, las mujeres que usaron pulseras sintieron menos náuseas que las "
     "que no, sin indicar cómo se asignaron los grupos.", "es", "controlled-trial"),
    ("Dans une petite étude, les femmes portant un bracelet avaient moins de nausées que les "
     "autres, sans préciser comment les groupes ont été répartis.", "fr", "controlled-trial"),
    ("A small randomized trial comparing rosemary oil with 2% minoxidil found similar hair "
     "counts at six months in both groups, but it had no placebo group and only 100 men.",
     "en", "randomized-controlled"),
    ("En un estudio que siguió durante años a personas que ya habían tenido cálculos, las que "
     "tomaban más líquidos tuvieron menos piedras nuevas.", "es", "human-observational"),
    ("A study that followed 5,000 nurses for years found that those who drank more coffee had "
     "fewer strokes.", "en", "human-observational"),
])
def test_allocation_unsaid_randomized_without_placebo_and_cohorts(sentence: str, lang: str,
                                                                  want: str) -> None:
    assert alone(sentence, lang) == want


def test_a_survey_opening_with_in_a_is_its_own_study_not_the_trial_s_measure() -> None:
    text = ("In einer Studie wurden 200 Patienten per Los dem Gerät oder einem Scheingerät "
            "zugeteilt. In einer Umfrage unter 530 Nutzern eines Herstellers gaben zwei Drittel "
            "an, nachts besser zu schlafen.")
    quote = "In einer Umfrage unter 530 Nutzern eines Herstellers gaben zwei Drittel an, nachts " \
            "besser zu schlafen."
    assert level(text, quote, "de") == "human-observational"


# --- a result claimed in no one, opening its paragraph: the study the article tells next ---


@pytest.mark.parametrize(("headline", "study", "lang"), [
    ("Ancient herb restores erectile function and could end the need for pills, study finds",
     "In the study, 48 ageing male rats were divided at random into four groups.", "en"),
    ("A combination of two antioxidants restored normal nerve function within six weeks, "
     "offering new hope to millions of people living with diabetes.",
     "In the study, 48 rats made diabetic with a chemical injection were treated for six "
     "weeks.", "en"),
    ("Una hierba ancestral restaura la función nerviosa en pocas semanas.",
     "En el estudio, 48 ratas diabéticas recibieron el extracto durante seis semanas.", "es"),
    ("Une plante ancestrale restaure la fonction nerveuse en quelques semaines.",
     "Dans l'étude, 48 rats diabétiques ont reçu l'extrait pendant six semaines.", "fr"),
    ("Altes Kraut stellt die Nervenfunktion in wenigen Wochen wieder her.",
     "In der Studie bekamen 48 diabetische Ratten sechs Wochen lang den Extrakt.", "de"),
])
def test_a_claimed_result_takes_the_study_told_next(headline: str, study: str,
                                                    lang: str) -> None:
    assert level(headline + "\n\n" + study, headline, lang) == "animal"


@pytest.mark.parametrize(("sentence", "study", "lang", "want"), [
    # cells in a dish are the sentence's own level
    ("En cultivos de microglía, las células de defensa del cerebro, la aspirina redujo la "
     "inflamación.", "En un ensayo, 200 adultos fueron asignados por sorteo a la aspirina o a "
     "un placebo.", "es", "lab-mechanism"),
    # a cure named as a noun claims no result
    ("Algunos ya la llaman la cura milagrosa de la depresión.", "En un ensayo, 200 adultos "
     "fueron asignados por sorteo a la psilocibina o a un placebo.", "es", "opinion"),
])
def test_a_sentence_with_its_own_level_or_no_result_keeps_it(sentence: str, study: str,
                                                             lang: str, want: str) -> None:
    assert level(sentence + "\n\n" + study, sentence, lang) == want


@pytest.mark.parametrize(("text", "quote", "lang", "want"), [
    ("Common deworming drug wipes out tumours in breakthrough study: new hope for cancer "
     "patients\n\nIn the study, mice with bowel tumours were given the drug for three weeks.",
     "Common deworming drug wipes out tumours in breakthrough study: new hope for cancer "
     "patients", "en", "animal"),
    ("In laboratory experiments, extracts of Japanese knotweed and cat's claw killed the "
     "bacterium in a dish.", "In laboratory experiments, extracts of Japanese knotweed and "
     "cat's claw killed the bacterium in a dish.", "en", "lab-mechanism"),
    ("Independent testing of tablets bought from a few online pharmacies found that most "
     "contained the right drug.", "Independent testing of tablets bought from a few online "
     "pharmacies found that most contained the right drug.", "en", "lab-mechanism"),
    ("A small study compared a tea tree spray with a standard lotion in 120 children, without "
     "saying how children were put into each group; the children were not followed up for "
     "long.", "A small study compared a tea tree spray with a standard lotion in 120 children",
     "en", "controlled-trial"),
    ("Stem cells saved my knee, mate, and I'm running again. The knee has been worse ever "
     "since.", "The knee has been worse ever since.", "en", "opinion"),
])
def test_headlines_labs_denied_follow_ups_and_stories(text: str, quote: str, lang: str,
                                                      want: str) -> None:
    assert level(text, quote, lang) == want


@pytest.mark.parametrize(("text", "quote", "lang"), [
    ("In a trial of 120 adults randomly assigned to the mask or a sham, dryness eased more with "
     "the mask. Ann, Perth: Helps a bit in the mornings, good value.",
     "Ann, Perth: Helps a bit in the mornings, good value.", "en"),
    ("In einer Studie bekamen 120 Erwachsene per Los die Maske oder eine Scheinmaske. Jonas, "
     "31: Nach langen Tagen am Bildschirm tut es meinen Augen richtig gut.",
     "Jonas, 31: Nach langen Tagen am Bildschirm tut es meinen Augen richtig gut.", "de"),
])
def test_a_signed_testimonial_is_a_view(text: str, quote: str, lang: str) -> None:
    assert level(text, quote, lang) == "opinion"


def test_a_register_in_the_genitive_is_a_registry() -> None:
    assert alone("Daten des nationalen Registers zeigen mehr Vergiftungen seit 2020.",
                 "de") == "human-observational"


def test_a_result_someone_claims_is_their_view_whatever_study_follows() -> None:
    text = ("Private clinics claim the injections regrow cartilage.\n\nIn dogs with "
            "arthritis, the injections eased lameness for a few months.")
    assert level(text, "Private clinics claim the injections regrow cartilage.") == "opinion"
