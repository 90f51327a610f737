"""Evidence levels for phrasing FAMILIES the released held-out sets (heldout6-9) showed
missing: each family in several wordings written here, in every language of en, es, fr, de
where it exists, read the way the gate reads a quote (summarizer.evidence.derive_evidence
on a paragraph of its own)."""

from __future__ import annotations

import pytest
from evidence_helpers import alone, level

# --- a negated RESULT against a placebo is still a comparison ---------------------------
# "found no benefit over placebo" says the drug did no better than the placebo group: the
# study had one; "had no placebo group" says it had none.


@pytest.mark.parametrize(("sentence", "lang"), [
    ("A later trial in 40 teenagers found no benefit over placebo.", "en"),
    ("In the second trial of 90 adults the cream was not better than placebo.", "en"),
    ("A trial in 120 patients showed no advantage over a sham device.", "en"),
    ("En un ensayo con 50 adultos, el aceite no fue mejor que el placebo y no mostró "
     "ninguna ventaja sobre placebo.", "es"),
    ("Dans un essai chez 60 adultes, la crème n'a montré aucun avantage sur placebo.", "fr"),
    ("In einer Studie mit 80 Erwachsenen zeigte das Mittel keinen Vorteil gegenüber "
     "Placebo.", "de"),
    ("In a trial of 200 adults, the drug did not beat placebo.", "en"),
    ("In a trial of 200 adults, the drug failed to outperform a sham.", "en"),
    ("En un ensayo con 200 adultos, el fármaco no superó al placebo.", "es"),
    ("Dans un essai chez 200 adultes, le médicament n'a pas surpassé le placebo.", "fr"),
    ("In einer Studie mit 200 Erwachsenen war das Mittel nicht besser als Placebo.", "de"),
])
def test_no_better_than_placebo_is_a_controlled_trial(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "controlled-trial"


@pytest.mark.parametrize(("sentence", "lang"), [
    ("A trial in 40 adults had no placebo group.", "en"),
    ("Un ensayo con 40 adultos no tenía grupo placebo.", "es"),
    ("Eine Studie mit 40 Erwachsenen, ohne Placebo.", "de"),
])
def test_a_missing_placebo_group_stays_uncontrolled(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "uncontrolled-trial"


# --- "the placebo effect" is a phenomenon, not a design ---------------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("“The placebo effect explains most of what people report,” says Dr. Ana Ruiz.", "en"),
    ("Much of the benefit people describe may be a placebo response.", "en"),
    ("«El efecto placebo explica casi todo lo que cuentan», sostiene una psiquiatra.", "es"),
    ("« L'effet placebo explique presque tout ce que racontent les gens », affirme un "
     "psychiatre.", "fr"),
    ("Ein großer Teil der Wirkung könnte ein Placeboeffekt sein.", "de"),
])
def test_the_placebo_effect_is_not_a_controlled_trial(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "opinion"


# --- randomization said another way ------------------------------------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("In a crossover trial, 30 adults took the powder or a placebo in random order for "
     "four weeks each.", "en"),
    ("In the largest trial, 200 people were handed the tablets or dummy capsules by a "
     "computer draw.", "en"),
    ("Sixty patients got the spray or a sham spray, decided by drawing lots.", "en"),
    ("En un ensayo cruzado, 30 adultos tomaron el polvo o un placebo en orden aleatorio.", "es"),
    ("Dans un essai croisé, 30 adultes ont pris la poudre ou un placebo dans un ordre tiré"
     " au sort.", "fr"),
    ("In einer Studie wurden 300 Patienten per Zufall dem Wirkstoff oder einem "
     "Scheinmedikament zugeteilt, unter Placebo ging es weniger gut.", "de"),
    ("In einer Crossover-Studie nahmen 30 Erwachsene das Pulver oder ein Placebo in "
     "zufälliger Reihenfolge.", "de"),
])
def test_randomization_in_other_words(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "randomized-controlled"


@pytest.mark.parametrize(("sentence", "lang"), [
    ("In a small pilot study, 21 adults were split by chance into a real-light group and a"
     " sham group.", "en"),
    ("En un estudio piloto, 24 pacientes fueron asignados al azar al casco real o a uno "
     "apagado.", "es"),
    ("Dans une étude pilote, 24 patients ont été tirés au sort pour recevoir la "
     "stimulation ou un placebo.", "fr"),
    ("In einer Pilotstudie wurden 24 Patienten zufällig der Behandlung oder einem Placebo "
     "zugeteilt.", "de"),
])
def test_a_pilot_study_can_be_randomized(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "randomized-controlled"


# --- another study's design in the same paragraph ---------------------------------------


@pytest.mark.parametrize(("paragraph", "quote", "lang"), [
    ("In a large trial, 300 veterans were randomly assigned to the pill or a look-alike "
     "capsule, and both groups did equally well. Earlier, smaller studies that compared "
     "the pill with a dummy pill had been far more encouraging.",
     "Earlier, smaller studies", "en"),
    ("In a large trial, 300 adults were randomly assigned to the drug or a placebo. "
     "Previous trials that compared it with a placebo in people starting treatment were "
     "mixed.", "Previous trials", "en"),
    ("En un gran ensayo, 300 adultos fueron asignados al azar a la pastilla o a un "
     "placebo. Estudios anteriores que la compararon con un placebo habían sido más "
     "alentadores.", "Estudios anteriores", "es"),
    ("Dans un grand essai, 300 adultes ont été répartis au hasard entre la pilule et un "
     "placebo. Des études plus anciennes qui la comparaient à un placebo étaient plus "
     "encourageantes.", "Des études plus anciennes", "fr"),
    ("In einer großen Studie wurden 300 Erwachsene zufällig der Tablette oder einem "
     "Placebo zugeteilt. Frühere, kleinere Studien mit Placebo waren ermutigender.",
     "Frühere, kleinere Studien", "de"),
])
def test_earlier_studies_do_not_take_the_paragraphs_randomization(
        paragraph: str, quote: str, lang: str) -> None:
    assert level(paragraph, quote, lang) == "controlled-trial"


@pytest.mark.parametrize(("paragraph", "quote", "lang"), [
    ("In a trial, 400 adults were randomly assigned to the drug or a placebo, and the drug "
     "group improved.\n\nA second trial with the same design found no meaningful "
     "difference between the groups.", "A second trial with the same design", "en"),
    ("En un ensayo, 400 adultos fueron asignados al azar al fármaco o a un placebo. Un "
     "segundo ensayo con el mismo diseño no encontró diferencias entre los grupos.",
     "Un segundo ensayo con el mismo diseño", "es"),
    ("Dans un essai, 400 adultes ont été tirés au sort entre le médicament et un placebo. "
     "Un second essai de même conception n'a trouvé aucune différence entre les groupes.",
     "Un second essai de même conception", "fr"),
    ("In einer Studie wurden 400 Erwachsene zufällig dem Mittel oder einem Placebo "
     "zugeteilt. Eine zweite Studie mit gleichem Aufbau fand keinen Unterschied zwischen "
     "den Gruppen.", "Eine zweite Studie mit gleichem Aufbau", "de"),
])
def test_a_trial_with_the_same_design_takes_that_design(
        paragraph: str, quote: str, lang: str) -> None:
    assert level(paragraph, quote, lang) == "randomized-controlled"


# --- a comparison with another treatment, in other verb forms ---------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("An older study gave the salt to 40 people for six months, comparing a full dose with"
     " a tiny one, but nobody was picked by chance.", "en"),
    ("When the pill was tested against diazepam in a head-to-head study of 80 patients, "
     "both helped about equally.", "en"),
    ("A head-to-head trial pitted the cream against a steroid cream in 60 adults.", "en"),
    ("Un estudio comparó el aceite con sertralina en 80 pacientes y vio mejorías parecidas.", "es"),
    ("Une étude a comparé l'huile à la sertraline chez 80 patients et a trouvé des "
     "résultats proches.", "fr"),
    ("Eine Studie verglich das Öl mit Sertralin bei 80 Patienten und fand ähnliche "
     "Ergebnisse.", "de"),
])
def test_a_comparison_with_another_treatment_is_controlled(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "controlled-trial"


@pytest.mark.parametrize(("sentence", "lang"), [
    ("A study of 60,000 adults found that those who kept taking it had fewer relapses than"
     " those who stopped.", "en"),
    ("Un estudio con 60.000 adultos encontró que quienes siguieron tomándolo recayeron "
     "menos que quienes lo dejaron.", "es"),
])
def test_groups_that_chose_compared_stay_observational(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "human-observational"


# --- open-label said another way --------------------------------------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("A pilot in which 30 adults took the pill for 16 weeks, with everyone knowing what "
     "they were getting, reported better motivation.", "en"),
    ("In a small study, 22 adults used the patch for two weeks, all of them aware of the "
     "treatment, and 9 felt better.", "en"),
    ("En un estudio, 30 adultos tomaron la pastilla durante 16 semanas sabiendo todos lo "
     "que tomaban.", "es"),
    ("Dans une étude, 30 adultes ont pris la pilule pendant 16 semaines en sachant tous ce"
     " qu'ils prenaient.", "fr"),
    ("In einer Studie nahmen 30 Erwachsene die Tablette 16 Wochen lang, und alle wussten, "
     "was sie bekamen.", "de"),
])
def test_everyone_knowing_what_they_got_is_uncontrolled(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "uncontrolled-trial"


# --- a result attributed to "a study", whose animals the next sentence reveals ----------


@pytest.mark.parametrize(("text", "quote", "want", "lang"), [
    ("Creatine lifts low mood in just days, a university study suggests. The work was done "
     "in mice bred to be easily stressed.", "Creatine lifts", "animal", "en"),
    ("A study found the powder stopped compulsive grooming in two weeks. (It was in mice, "
     "which the post left out.)", "A study found", "animal", "en"),
    ("A travel-sickness drug reversed signs of despair within three days in a new "
     "university study. The experiments were carried out in rats kept under stress.",
     "A travel-sickness drug", "animal", "en"),
    ("One breath of the gas erased old fear memories, according to research led by a "
     "Canadian university. The team trained rats to fear a tone.", "One breath",
     "animal", "en"),
    ("The extract regrew nerve connections, a new study shows. The work was done in "
     "cells grown in a dish.", "The extract regrew", "lab-mechanism", "en"),
    ("La creatina mejora el ánimo en pocos días, según un estudio universitario. El "
     "trabajo se hizo en ratones.", "La creatina mejora", "animal", "es"),
    ("La créatine améliore l'humeur en quelques jours, selon une étude universitaire. Les "
     "travaux ont été menés sur des souris.", "La créatine améliore", "animal", "fr"),
    ("Kreatin hebt die Stimmung in wenigen Tagen, wie eine neue Studie zeigt. Die Versuche "
     "wurden an Mäusen gemacht.", "Kreatin hebt", "animal", "de"),
])
def test_a_study_whose_animals_come_next(text: str, quote: str, want: str, lang: str) -> None:
    assert level(text, quote, lang) == want


def test_a_study_in_people_is_not_read_from_the_next_sentence() -> None:
    text = ("A study found the powder eased anxiety in 40 adults. In mice, it also lowered "
            "stress hormones.")
    assert level(text, "A study found", "en") != "animal"


# --- observation said another way -------------------------------------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("A long-running study of 2,000 men found that those who used a sauna often were less "
     "likely to develop dementia.", "en"),
    ("A study reviewed the charts of 150 patients who took it for sleep and saw that many "
     "kept using it.", "en"),
    ("Hay un estudio que revisó las fichas de 150 pacientes que la tomaban para dormir y "
     "vio que muchos la seguían usando.", "es"),
    ("Une étude a passé en revue les dossiers de 150 patients qui le prenaient pour dormir.", "fr"),
    ("Eine Studie wertete die Akten von 150 Patienten aus, die es zum Schlafen nahmen.", "de"),
    ("A study followed 200 people who took the supplement on their own, with no placebo, "
     "and found less anxiety.", "en"),
    ("Un estudio siguió a 200 personas que tomaban el suplemento por su cuenta, sin "
     "placebo, y vio menos ansiedad.", "es"),
    ("Une étude a suivi 200 personnes qui prenaient le complément de leur propre chef, "
     "sans placebo.", "fr"),
    ("Eine Studie begleitete 200 Menschen, die das Mittel auf eigene Faust nahmen, ohne "
     "Placebo.", "de"),
    ("A clinic in Perth followed 64 of its own patients for six months and reported that "
     "most still felt better, though there was no comparison group.", "en"),
])
def test_observation_in_other_words(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "human-observational"


@pytest.mark.parametrize(("sentence", "lang", "want"), [
    # a clinic's report on its patients in routine care is observation (session 10's
    # decision, as a clinic following its own patients is; it was uncontrolled before)
    ("A report from a sleep clinic, which did not use a comparison group of any kind, "
     "found that 40 of 62 patients slept better.", "en", "human-observational"),
    ("Un informe de una clínica, que no usó ningún grupo de comparación, encontró que 40 "
     "de 62 pacientes dormían mejor.", "es", "human-observational"),
    # patients a study treated, with no comparison group: a trial without one
    ("In a study, 62 patients were given the drug and did not have a comparison group; "
     "40 slept better.", "en", "uncontrolled-trial"),
])
def test_patients_without_a_comparison_group(sentence: str, lang: str, want: str) -> None:
    assert alone(sentence, lang) == want


# --- a review or meta-analysis takes the design of the studies it pools -----------------


@pytest.mark.parametrize(("sentence", "want", "lang"), [
    ("A meta-analysis of 14 randomized trials found the extract eased anxiety more than a "
     "placebo.", "randomized-controlled", "en"),
    ("A pooled analysis of five trials in which people were assigned by chance to the drug "
     "or a dummy pill found a small benefit.", "randomized-controlled", "en"),
    ("A review of 20 cohort studies linked the drug to fewer hip fractures.",
     "human-observational", "en"),
    ("A review of 40 published case reports described seizures in people taking high "
     "doses.", "case-report", "en"),
    ("Un metaanálisis de 12 ensayos aleatorizados encontró un beneficio pequeño frente al "
     "placebo.", "randomized-controlled", "es"),
    ("Una revisión de 30 informes de casos describió convulsiones con dosis altas.",
     "case-report", "es"),
    ("Une méta-analyse de 12 essais randomisés contre placebo a trouvé un petit bénéfice.",
     "randomized-controlled", "fr"),
    ("Eine Metaanalyse von 12 randomisierten Studien fand einen kleinen Nutzen gegenüber "
     "Placebo.", "randomized-controlled", "de"),
])
def test_a_review_takes_the_design_it_pools(sentence: str, want: str, lang: str) -> None:
    assert alone(sentence, lang) == want


# --- cells and organoids, human or not, are a lab's -------------------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("In brain organoids grown from human stem cells, the drug sped up new connections.",
     "en"),
    ("In human nerve cells kept in a dish, the compound calmed inflammation.", "en"),
    ("In mini-brains grown from stem cells, the drug doubled the number of synapses.", "en"),
    ("En organoides cerebrales obtenidos de células madre humanas, el fármaco aceleró las "
     "conexiones.", "es"),
    ("Dans des organoïdes cérébraux issus de cellules souches humaines, le médicament a "
     "accéléré les connexions.", "fr"),
    ("In Hirnorganoiden aus menschlichen Stammzellen förderte der Wirkstoff neue "
     "Verbindungen.", "de"),
])
def test_cells_and_organoids_are_lab_findings(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "lab-mechanism"


# --- surveys, polls, questionnaires and claims data are observation ---------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("A poll of 2,000 users found that most felt calmer within a week.", "en"),
    ("An online questionnaire answered by 1,200 people who microdose found fewer low days.",
     "en"),
    ("Prescription data for 40,000 patients showed that half took it for sleep.", "en"),
    ("Insurance claims of 500,000 adults showed more falls among those taking it.", "en"),
    ("Un sondeo entre 2.000 usuarios mostró que la mayoría se sentía más tranquila.", "es"),
    ("Un sondage auprès de 2 000 utilisateurs a montré que la plupart se sentaient plus "
     "calmes.", "fr"),
    ("Une analyse des ordonnances de 40 000 patients a montré que la moitié le prenaient "
     "pour dormir.", "fr"),
    ("Eine Befragung von 2.000 Nutzern ergab, dass sich die meisten ruhiger fühlten.", "de"),
    ("Ein Fragebogen, den 1.200 Menschen ausfüllten, zeigte weniger schlechte Tage.", "de"),
    ("Die Auswertung von Krankenkassendaten von 200.000 Versicherten ergab ein höheres "
     "Sturzrisiko.", "de"),
])
def test_surveys_and_records_are_observation(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "human-observational"


# --- a few patients described together, or one in her forties: a case report ------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("A woman in her 40s developed mania after taking the powder, doctors reported in a "
     "journal.", "en"),
    ("Doctors in Spain described three patients who had seizures after high doses.", "en"),
    ("Médicos de Valencia describieron a tres pacientes que sufrieron convulsiones con dosis "
     "altas.", "es"),
    ("Des médecins lyonnais ont décrit trois patients qui ont fait des convulsions.", "fr"),
    ("Ärzte aus Wien beschrieben drei Patienten, die nach hohen Dosen Krampfanfälle "
     "bekamen.", "de"),
])
def test_a_few_patients_described_are_a_case_report(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "case-report"


# --- the other group got the usual care -------------------------------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("In a trial, 60 adults got the drug or usual care, and those on the drug relapsed "
     "less.", "en"),
    ("En un ensayo, 60 adultos recibieron el fármaco o la atención habitual.", "es"),
    ("Dans un essai, 60 adultes ont reçu le médicament ou les soins habituels.", "fr"),
    ("In einer Studie erhielten 60 Erwachsene das Mittel oder die übliche Behandlung.", "de"),
])
def test_usual_care_is_a_comparison(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "controlled-trial"


@pytest.mark.parametrize(("sentence", "lang"), [
    ("In the trial, 90 adults randomly got the drops or a dummy version.", "en"),
    ("In einer doppelblinden Studie erhielten 200 Patienten zufällig das Mittel oder ein "
     "Placebo.", "de"),
])
def test_randomly_given_one_or_the_other(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "randomized-controlled"


def test_patients_who_chose_are_observed() -> None:
    s = "Patients chose whether to take the drug, and those who did had fewer relapses."
    assert alone(s) == "human-observational"


# --- researchers announce a molecule; the next sentence says it was in animals ----------


@pytest.mark.parametrize(("text", "quote", "lang"), [
    ("Researchers in Texas have discovered a molecule that reverses depression. They "
     "tested it in mice.", "Researchers in Texas", "en"),
    ("Investigadores de una universidad de Texas aseguran haber descubierto una molécula "
     "que revierte la depresión. La probaron en ratones.", "Investigadores de", "es"),
    ("Des chercheurs affirment avoir découvert une molécule qui inverse la dépression. Ils "
     "l'ont testée sur des souris.", "Des chercheurs", "fr"),
    ("Forscher haben ein Molekül entdeckt, das Depressionen umkehrt. Sie testeten es an "
     "Mäusen.", "Forscher haben", "de"),
])
def test_a_molecule_announced_then_tested_in_animals(text: str, quote: str, lang: str) -> None:
    assert level(text, quote, lang) == "animal"


def test_a_mechanism_without_animals_next_stays_a_mechanism() -> None:
    text = ("Researchers have identified a protein that the drug blocks. The finding could "
            "lead to new medicines.")
    assert level(text, "Researchers have", "en") == "lab-mechanism"


# --- "in that trial" opening its paragraph: the trial told before -----------------------


@pytest.mark.parametrize(("text", "quote", "lang"), [
    ("The first trial was randomized and placebo-controlled, with 300 adults.\n\nIn that "
     "trial, the drug cut relapses by half.", "In that trial", "en"),
    ("El primer ensayo fue aleatorizado y controlado con placebo, con 300 adultos.\n\nEn "
     "ese ensayo, el fármaco redujo las recaídas a la mitad.", "En ese ensayo", "es"),
    ("Le premier essai était randomisé contre placebo, avec 300 adultes.\n\nDans cet "
     "essai, le médicament a réduit les rechutes de moitié.", "Dans cet essai", "fr"),
    ("Die erste Studie war randomisiert und placebokontrolliert, mit 300 Erwachsenen.\n\n"
     "In dieser Studie halbierte das Mittel die Rückfälle.", "In dieser Studie", "de"),
])
def test_that_trial_in_the_next_paragraph(text: str, quote: str, lang: str) -> None:
    assert level(text, quote, lang) == "randomized-controlled"


# --- not blinded, a random number generator ---------------------------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The study of 40 adults was not blinded, and the patients knew they were getting the "
     "real drug.", "en"),
    ("El estudio con 40 adultos no fue a ciegas: todos sabían que recibían el fármaco.",
     "es"),
    ("L'étude chez 40 adultes n'était pas menée en aveugle.", "fr"),
    ("Die Studie war nicht verblindet, und alle Teilnehmer wussten, dass sie das echte "
     "Mittel bekamen.", "de"),
])
def test_not_blinded_is_uncontrolled(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "uncontrolled-trial"


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Participants were assigned to either the real or the sham device by a random number "
     "generator.", "en"),
    ("Ein Zufallsgenerator teilte die 80 Teilnehmer dem echten oder einem Scheingerät mit "
     "Placebo-Strom zu.", "de"),
])
def test_a_random_number_generator_randomizes(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "randomized-controlled"


# --- a headline joined to the first sentence is not the sentence's ----------------------


@pytest.mark.parametrize(("text", "quote", "want", "lang"), [
    # the segmenter reads each as one sentence (no period after the headline)
    ("A breath of the gas wipes out panic, opening a revolutionary new era for PTSD\nA "
     "study of 3,000 adults found fewer panic attacks among daily users.", "A study of",
     "human-observational", "en"),
    ("Una pastilla milagrosa acaba con el pánico y abre una nueva era para el TEPT\nUn "
     "estudio con 3.000 adultos encontró menos crisis de pánico entre quienes la usaban.",
     "Un estudio", "human-observational", "es"),
])
def test_a_headline_does_not_lend_its_hype(text: str, quote: str, want: str, lang: str,
                                           ) -> None:
    assert level(text, quote, lang) == want


def test_a_hand_wrapped_sentence_is_read_whole() -> None:
    text = ("In a randomized trial of 200 adults, the spray was\ncompared with a placebo "
            "and eased symptoms.")
    assert level(text, "compared with a placebo and eased", "en") == "randomized-controlled"


# --- "those who took it": a group sorted by what its people did is observed --------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("A study of 3,000 adults found that those who took it daily reported fewer panic "
     "attacks.", "en"),
    ("Un estudio con 3.000 adultos encontró que quienes lo tomaban a diario tenían menos "
     "crisis.", "es"),
    ("Une étude portant sur 3 000 adultes a trouvé que ceux qui en prenaient chaque jour "
     "avaient moins de crises.", "fr"),
    ("Eine Studie mit 3.000 Erwachsenen fand, dass Menschen, die es täglich nahmen, "
     "seltener Panikattacken hatten.", "de"),
])
def test_those_who_took_it_are_observed(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "human-observational"


@pytest.mark.parametrize("sentence", [
    "Researchers who gave the oil to 132 teenagers found their scores dropped.",
    "In a study, 40 adults took the powder every day and their scores dropped.",
])
def test_people_given_it_in_a_study_are_a_trial(sentence: str) -> None:
    assert alone(sentence) in ("human-trial", "uncontrolled-trial")


# --- people in a study and how they did, no design word: the design is not stated -------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("In a study of 40 patients, symptoms improved within a week.", "en"),
    ("En un estudio con 40 pacientes, los síntomas mejoraron en una semana.", "es"),
    ("Dans une étude chez 40 patients, les symptômes se sont améliorés en une semaine.",
     "fr"),
    ("In einer Studie erhielten 40 Patienten zwei Wochen lang das Pflaster.", "de"),
])
def test_people_in_a_study_and_how_they_did(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "human-trial"


def test_a_study_in_german_is_not_a_trial_by_its_name() -> None:
    """"Studie" is any study, as "study" is: a survey-like study of people's habits is
    observation."""
    s = "Eine Studie mit 3.000 Erwachsenen fand, dass Raucher häufiger depressiv waren."
    assert alone(s, "de") == "human-observational"


def test_scientists_praising_is_not_a_study() -> None:
    assert alone("Scientists have always been curious about how the human brain works."
                 ) == "opinion"


@pytest.mark.parametrize(("text", "quote", "lang"), [
    ("Kreatin hebt die Stimmung, legt eine Studie nahe. Untersucht wurden allerdings "
     "Ratten.", "Kreatin hebt", "de"),
    ("La créatine améliore l'humeur, suggère une étude. Les travaux ont porté sur des "
     "rats.", "La créatine", "fr"),
    ("La creatina mejora el ánimo, sugiere un estudio. El experimento se hizo con ratas.",
     "La creatina", "es"),
])
def test_a_study_named_after_its_verb_then_animals(text: str, quote: str, lang: str) -> None:
    assert level(text, quote, lang) == "animal"


# --- the same words outside a study are no design ----------------------------------------


@pytest.mark.parametrize("sentence", [
    "Our medical director reviews your health questionnaire before your first drip.",
    "People taking medicine for anxiety should not stop it on their own.",
    "The company said it had not decided whether to run a third trial.",
])
def test_design_words_outside_a_study_say_nothing_of_one(sentence: str) -> None:
    assert alone(sentence) == "opinion"


# --- a counted group given the treatment, and how it did --------------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Twelve patients with hard-to-treat depression received six infusions, and eight "
     "improved.", "en"),
    ("40 veterans took the pill for eight weeks, and most slept better.", "en"),
    ("Forty outpatients took the pill for eight weeks, and most felt better.", "en"),
    ("Doce pacientes recibieron seis infusiones y ocho mejoraron.", "es"),
    ("Douze patients ont reçu six perfusions et huit se sont améliorés.", "fr"),
    ("Zwölf Patienten erhielten sechs Infusionen; bei acht linderten sich die "
     "Beschwerden.", "de"),
])
def test_a_counted_group_given_it_is_a_study(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "human-trial"


@pytest.mark.parametrize("sentence", [
    "Patients receive six infusions over two weeks.",
    "You will receive six infusions over two weeks, and most people improve.",
])
def test_what_a_clinic_gives_is_no_study(sentence: str) -> None:
    assert alone(sentence) == "opinion"


# --- a study still to come reports nothing ----------------------------------------------


@pytest.mark.parametrize(("text", "quote", "lang"), [
    ("In rats, the extract lowered stress hormones. The team now plans a trial in people.",
     "The team now plans", "en"),
    ("The team hopes to start a first safety study in healthy volunteers in two years.",
     "The team hopes", "en"),
    ("En ratas, el extracto bajó las hormonas del estrés. El equipo planea ahora un ensayo "
     "en personas.", "El equipo planea", "es"),
    ("Chez le rat, l'extrait a réduit les hormones du stress. L'équipe prévoit maintenant "
     "un essai chez l'homme.", "L'équipe prévoit", "fr"),
    ("Bei Ratten senkte der Extrakt die Stresshormone. Das Team plant nun eine Studie mit "
     "Menschen.", "Das Team plant", "de"),
])
def test_a_planned_study_is_no_finding(text: str, quote: str, lang: str) -> None:
    assert level(text, quote, lang) == "opinion"


def test_a_planned_trial_with_its_design_keeps_it() -> None:
    s = ("The phase 3 trials, in which patients were assigned at random, are expected to "
         "finish next year.")
    assert alone(s) == "randomized-controlled"


# --- a risk linked with use across a population is observation --------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("A Danish nationwide study linked long-term use to a higher risk of dementia.", "en"),
    ("Un estudio nacional danés relacionó el uso prolongado con más riesgo de demencia.",
     "es"),
    ("Une étude danoise a associé l'usage prolongé à un risque plus élevé de démence.",
     "fr"),
    ("Eine dänische Studie brachte die lange Einnahme mit einem höheren Demenzrisiko in "
     "Verbindung.", "de"),
])
def test_a_risk_linked_with_use_is_observation(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "human-observational"
