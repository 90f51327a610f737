"""Evidence levels for phrasing FAMILIES heldout10 showed missing (session 8): chance said
in new words, a before-and-after study in the same people, a clinic's own records,
participants who knew they had the real thing. Every sentence is written here, in each
of en, es, fr, de where the family exists, and read as the gate reads a quote
(summarizer.evidence.derive_evidence on a paragraph of its own)."""

from __future__ import annotations

import pytest
from evidence_helpers import alone, level

from summarizer.evidence import derive_evidence
from summarizer.model import Span

# --- chance that decides who gets what, in words a trial report uses -----------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Eighty adults with insomnia were divided into two groups by lot, one taking the "
     "capsules and the other a lookalike without the herb.", "en"),
    ("Sixty students were drawn by lot to either eight yoga classes or a waiting list.",
     "en"),
    ("In the trial, 90 patients were assigned by a computer program to the patch or to "
     "usual care, and the patch group slept longer.", "en"),
    ("The 210 volunteers were split by a randomisation schedule between the gummies and "
     "identical sweets without melatonin.", "en"),
    ("A randomization list decided which of the 48 children got the drops and which got "
     "plain water.", "en"),
    ("Cuarenta adultos fueron divididos en dos grupos por sorteo: unos tomaron el "
     "jarabe y otros un jarabe idéntico sin la planta.", "es"),
    ("En el ensayo, 90 pacientes fueron asignados por un programa de computadora a los "
     "parches o a la atención habitual.", "es"),
    ("Un total de 150 mujeres fueron repartidas mediante un programa informático entre "
     "las cápsulas y unas cápsulas de aceite de girasol.", "es"),
    ("En un ensayo, 177 adultos con insomnio fueron asignados aleatoriamente a las gotas "
     "o a un placebo durante seis semanas.", "es"),
    ("Los 64 voluntarios, distribuidos aleatoriamente entre la infusión y un placebo, "
     "durmieron igual en los dos grupos.", "es"),
    ("Dans cet essai, 90 patients ont été répartis par un logiciel entre le patch et "
     "les soins habituels.", "fr"),
    ("Les 120 participants ont été répartis selon une liste de randomisation entre "
     "les gélules et un placebo.", "fr"),
    ("In der Studie teilte ein Computerprogramm 90 Patienten dem Pflaster oder der "
     "üblichen Behandlung zu.", "de"),
    ("Die 120 Teilnehmer wurden nach einer Randomisierungsliste den Kapseln oder einem "
     "Placebo zugeordnet.", "de"),
])
def test_chance_in_new_words_randomizes(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "randomized-controlled"


@pytest.mark.parametrize(("sentence", "lang"), [
    ("In a trial, 46 adults were given eight sessions or put on a waiting list, and "
     "worry fell only in those who had the sessions.", "en"),
    ("En un ensayo, 50 adultos recibieron ocho sesiones o quedaron en lista de espera, "
     "y la preocupación solo bajó con las sesiones.", "es"),
    ("Dans un essai, 50 adultes ont reçu huit séances ou ont été placés sur liste "
     "d'attente.", "fr"),
    ("In einer Studie erhielten 50 Erwachsene acht Sitzungen oder kamen auf eine "
     "Warteliste.", "de"),
])
def test_a_waiting_list_is_a_control(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "controlled-trial"


@pytest.mark.parametrize(("sentence", "lang"), [
    # chance that decides nothing of a trial
    ("By chance, the researchers noticed that smokers slept better.", "en"),
    ("Por sorpresa, los investigadores vieron que los fumadores dormían mejor.", "es"),
])
def test_chance_outside_an_assignment_is_no_design(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) != "randomized-controlled"


# --- before and after, in the same people: a trial with no comparison group ----------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("A study in Ohio measured 50 people with anxiety before and after a single "
     "one-hour session, with no control condition, and found that their anxiety dropped "
     "by half.", "en"),
    ("Researchers rated the sleep of 30 patients before and after eight weeks of the "
     "tea, and most slept longer.", "en"),
    ("In a before-and-after study of 40 adults, worry scores fell by a third after a "
     "month of the drops.", "en"),
    ("The team compared the scores of 25 veterans before the course and again after "
     "it, and nightmares were less frequent.", "en"),
    ("Un estudio midió la ansiedad de 40 personas antes y después de una sola sesión y "
     "encontró que había bajado a la mitad.", "es"),
    ("Los investigadores compararon el sueño de 30 pacientes antes y después de ocho "
     "semanas de infusión.", "es"),
    ("Une étude a mesuré l'anxiété de 30 patients avant et après une séance unique, et "
     "elle avait baissé de moitié.", "fr"),
    ("Eine Studie maß bei 30 Patienten die Angst vor und nach einer einzigen Sitzung; "
     "sie sank um die Hälfte.", "de"),
])
def test_before_and_after_in_the_same_people_is_uncontrolled(sentence: str, lang: str,
                                                              ) -> None:
    assert alone(sentence, lang) == "uncontrolled-trial"


@pytest.mark.parametrize(("sentence", "lang"), [
    # counts before and after a change in the world, no one given anything: observation
    ("Hospital records showed that admissions for overdose fell before and after the "
     "law changed.", "en"),
    ("Los registros de las farmacias mostraron cuántas recetas se dispensaron antes y "
     "después del cambio de ley.", "es"),
])
def test_records_before_and_after_a_change_stay_observational(sentence: str, lang: str,
                                                               ) -> None:
    assert alone(sentence, lang) == "human-observational"


# --- a clinic's own records, files and audits: observation, not its view --------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Our own records show that of the 320 clients who bought a package last year, 71% "
     "came back for more.", "en"),
    ("An audit of 150 of our patients found that 60% slept better after three months.",
     "en"),
    ("Figures from our clinic show that eight in ten clients finished the course.", "en"),
    ("When we looked back through the files of 90 clients, two thirds had cut their "
     "sleeping pills.", "en"),
    ("Nuestros propios registros muestran que, de los 200 clientes que compraron el "
     "bono, el 65 % volvió.", "es"),
    ("Una auditoría de 150 de nuestros pacientes encontró que el 60 % dormía mejor.",
     "es"),
    ("Nos propres dossiers montrent que sur 300 clients, 70 % sont revenus.", "fr"),
    ("Un audit de 150 de nos patients a montré que 60 % dormaient mieux.", "fr"),
    ("Unsere eigenen Aufzeichnungen zeigen, dass von 300 Kunden 70 % wiederkamen.",
     "de"),
    ("Eine Auswertung unserer Praxisdaten von 150 Patienten ergab, dass 60 % besser "
     "schliefen.", "de"),
])
def test_a_clinics_own_records_are_observation(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "human-observational"


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Our clinic is the best place in town to float.", "en"),
    ("Nuestra clínica es la mejor de la ciudad.", "es"),
])
def test_a_clinic_praising_itself_stays_opinion(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "opinion"


# --- everyone knew they were getting the real thing: open-label ---------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("At one hospital, 93 people with anxiety took the extract for twelve weeks, all of "
     "them knowing it was the real thing, and 58 improved.", "en"),
    ("Forty patients used the spray for a month, and every one of them knew it was the "
     "active drug.", "en"),
    ("Noventa pacientes tomaron el extracto durante doce semanas, sabiendo que era el "
     "producto real, y 50 mejoraron.", "es"),
    ("Quarante patients ont pris l'extrait pendant huit semaines en sachant qu'il "
     "s'agissait du vrai produit.", "fr"),
    ("Vierzig Patienten nahmen den Extrakt acht Wochen lang und wussten, dass es das "
     "echte Mittel war.", "de"),
])
def test_knowing_it_was_the_real_thing_is_open_label(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "uncontrolled-trial"


@pytest.mark.parametrize(("sentence", "lang"), [
    # a computer program that is the treatment, not the one who chose who got it
    ("In a trial, 80 adults with insomnia were treated with a computer program that "
     "teaches sleep habits, and most slept longer.", "en"),
    ("En un ensayo, 80 adultos con insomnio fueron tratados con un programa informático "
     "de terapia del sueño.", "es"),
    ("Dans un essai, 80 adultes ont suivi une thérapie par ordinateur pendant six "
     "semaines.", "fr"),
    ("In einer Studie übten 80 Erwachsene mit einem Computerprogramm, das Schlafregeln "
     "lehrt.", "de"),
])
def test_a_computer_program_given_as_treatment_is_no_randomization(sentence: str, lang: str,
                                                                    ) -> None:
    assert alone(sentence, lang) != "randomized-controlled"


@pytest.mark.parametrize(("sentence", "lang", "want"), [
    # a shop's raffle is no draw of a trial
    ("Participa en nuestro sorteo y llévate un bote de gominolas de melatonina.", "es",
     "opinion"),
    # a trial's "their data" is the trial's, not a clinic's books
    ("In a trial of 40 adults given the drops, their data showed fewer nights awake.",
     "en", "human-trial"),
])
def test_a_raffle_and_a_trials_data_are_not_these_families(sentence: str, lang: str,
                                                            want: str) -> None:
    assert alone(sentence, lang) == want


@pytest.mark.parametrize(("text", "quote", "lang"), [
    ("In the trial, 120 adults were randomly assigned to the tea or a placebo tea. The "
     "anxiety of the 60 adults on the real tea was rated before and after the eight weeks "
     "and fell by a third.",
     "The anxiety of the 60 adults on the real tea was rated before and after the eight "
     "weeks and fell by a third.", "en"),
    ("En el ensayo, 120 adultos fueron asignados al azar al té o a un té placebo. La "
     "ansiedad de los 60 adultos que tomaron el té real se midió antes y después de las "
     "ocho semanas.",
     "La ansiedad de los 60 adultos que tomaron el té real se midió antes y después de las "
     "ocho semanas.", "es"),
])
def test_before_and_after_inside_a_randomized_trial_keeps_its_design(text: str, quote: str,
                                                                      lang: str) -> None:
    assert level(text, quote, lang) == "randomized-controlled"


# --- chance by an envelope, a lottery, a die or a coin --------------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The 80 volunteers were assigned to the drops or a dummy liquid using sealed "
     "envelopes.", "en"),
    ("A lottery decided which of the 120 patients got the real capsules and which got "
     "dummy ones.", "en"),
    ("Which of the 60 adults got the patch and which got a sham patch was settled by the "
     "roll of a die.", "en"),
    ("Los 80 voluntarios fueron asignados a las gotas o a un placebo mediante sobres "
     "cerrados.", "es"),
    ("Un sorteo decidió cuáles de los 120 pacientes recibían las cápsulas reales y "
     "cuáles un placebo.", "es"),
    ("Un tirage au sort a décidé lesquels des 120 patients recevaient les vraies "
     "gélules et lesquels un placebo.", "fr"),
    ("Die 150 Erwachsenen wurden per Münzwurf dem Tee oder einem Placebo-Tee "
     "zugeteilt.", "de"),
    ("Ein Los entschied, welche der 120 Patienten die echten Kapseln und welche ein "
     "Placebo bekamen.", "de"),
])
def test_an_envelope_a_lottery_a_die_or_a_coin_randomizes(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "randomized-controlled"


# --- a fake treatment said in words: a placebo by another name ------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("In a trial, 60 adults took the capsules and 60 took identical-looking pills with no "
     "active ingredient.", "en"),
    ("In a study of 80 patients, half used the real spray and half a fake spray.", "en"),
    ("A trial gave 40 women the cream and 40 a pretend cream that contained nothing "
     "active.", "en"),
    ("En un estudio con 80 pacientes, la mitad tomó las pastillas y la otra mitad unas "
     "pastillas sin principio activo.", "es"),
    ("En un ensayo, 40 mujeres usaron la crema y otras 40 una crema falsa.", "es"),
    ("Dans un essai, 40 femmes ont reçu la crème et 40 autres une fausse crème.", "fr"),
    ("Dans une étude, 60 adultes ont pris les gélules et 60 des gélules sans principe "
     "actif.", "fr"),
    ("In einer Studie nahmen 60 Erwachsene die Kapseln und 60 ein Scheinmedikament.",
     "de"),
    ("In einer Studie bekamen 40 Frauen die Creme und 40 eine Creme ohne Wirkstoff.",
     "de"),
])
def test_a_fake_treatment_in_words_is_a_control(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "controlled-trial"


@pytest.mark.parametrize(("quote", "lang"), [
    ("In a study of 80 patients, half used the real spray and half a fake spray.", "en"),
    ("En un ensayo, 40 mujeres usaron la crema y otras 40 una crema falsa.", "es"),
    ("In einer Studie nahmen 60 Erwachsene die Kapseln und 60 ein Scheinmedikament.",
     "de"),
])
def test_a_fake_treatment_prints_as_a_placebo(quote: str, lang: str) -> None:
    from summarizer.evidence import names_placebo

    assert names_placebo(quote, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    # fake news, a fake review: no treatment faked
    ("A study of 500 adults found that fake news about the drug spread fast.", "en"),
])
def test_fake_news_is_no_placebo(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) != "controlled-trial"


# --- one group only, everyone on the real thing, a control group lacked --------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("In a single-group study, 30 adults used the device nightly for a month and most "
     "slept better.", "en"),
    ("All 45 participants received the active drug, and two thirds felt calmer after six "
     "weeks.", "en"),
    ("The study of 50 adults lacked a control group, and anxiety fell by a third.", "en"),
    ("Todos los participantes recibieron el fármaco activo, y dos tercios se sintieron "
     "más tranquilos.", "es"),
    ("Tous les participants ont reçu le vrai traitement, et deux tiers se sentaient plus "
     "calmes.", "fr"),
    ("Alle Teilnehmer erhielten das echte Präparat, und zwei Drittel fühlten sich "
     "ruhiger.", "de"),
])
def test_one_group_on_the_real_thing_is_uncontrolled(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "uncontrolled-trial"


@pytest.mark.parametrize(("sentence", "lang"), [
    # "one group" and "the same" inside a randomized trial say nothing against it
    ("The 150 adults were put into two groups at random, and one group drank the tea.",
     "en"),
    ("The 90 adults were randomly assigned to the pill or a placebo, and all participants "
     "received the same counselling.", "en"),
    ("Los 150 adultos fueron divididos al azar en dos grupos y un solo grupo tomó la "
     "infusión.", "es"),
])
def test_one_group_of_a_randomized_trial_stays_randomized(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "randomized-controlled"


# --- a health database: records of whoever was treated -------------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Among 40,000 people in a national health database, those who used the drug had "
     "more falls.", "en"),
    ("Entre 40.000 personas de una base de datos nacional, las que usaban el fármaco "
     "tenían más caídas.", "es"),
    ("Parmi 40 000 personnes d'une base de données nationale, celles qui prenaient le "
     "médicament chutaient plus.", "fr"),
    ("Unter 40.000 Menschen in einer nationalen Datenbank stürzten jene, die das Mittel "
     "nahmen, häufiger.", "de"),
    ("Eine dänische Studie, die 8.000 Schwangere begleitete, fand keinen Zusammenhang "
     "zwischen dem Tee und Fehlbildungen.", "de"),
    ("Un estudio danés que siguió a 8.000 embarazadas no encontró relación entre la "
     "infusión y malformaciones.", "es"),
])
def test_a_health_database_is_observation(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "human-observational"


# --- a result in French or German continues the design told before it ---------------


@pytest.mark.parametrize(("text", "quote", "lang", "want"), [
    ("L'étude n'avait pas de groupe de comparaison. 20 des 30 patients dormaient mieux "
     "après un mois.", "20 des 30 patients dormaient mieux après un mois.", "fr",
     "uncontrolled-trial"),
    ("Die Studie hatte keine Vergleichsgruppe. 20 der 30 Patienten schliefen nach einem "
     "Monat besser.", "20 der 30 Patienten schliefen nach einem Monat besser.", "de",
     "uncontrolled-trial"),
    ("Dans l'essai, 200 adultes ont été tirés au sort pour recevoir la tisane ou un "
     "placebo. Les patients sous tisane dormaient mieux.",
     "Les patients sous tisane dormaient mieux.", "fr", "randomized-controlled"),
    ("In der Studie wurden 200 Erwachsene zufällig dem Tee oder einem Placebo zugeteilt. "
     "Die Patienten mit Tee schliefen besser.",
     "Die Patienten mit Tee schliefen besser.", "de", "randomized-controlled"),
])
def test_a_result_continues_its_design_in_french_and_german(text: str, quote: str,
                                                             lang: str, want: str) -> None:
    at = text.index(quote)
    assert derive_evidence(text, Span(at, at + len(quote)), lang).level == want


# --- people given the treatment in a study, design not stated (French, German) -------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Dans une étude d'un hôpital lyonnais, 40 adultes ont pris les gélules pendant huit "
     "semaines et leur anxiété a diminué.", "fr"),
    ("Des chercheurs ont donné à 60 adultes âgés une dose quotidienne de l'extrait.", "fr"),
    ("Dans une étude, des scientifiques ont testé la tisane chez 30 étudiants stressés et "
     "leur sommeil s'est amélioré.", "fr"),
    ("Forschende gaben 60 älteren Erwachsenen täglich eine Dosis des Extrakts und maßen "
     "nach drei Monaten ihr Gedächtnis.", "de"),
    ("In einer Studie testeten Wissenschaftler den Tee an 30 Studierenden, und ihr Schlaf "
     "verbesserte sich.", "de"),
    ("In einer Studie wurden 40 Erwachsene acht Wochen lang mit dem Öl behandelt, und "
     "ihre Angst ließ nach.", "de"),
])
def test_people_given_it_in_a_study_in_french_and_german(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "human-trial"


def test_a_french_comparison_of_groups_reads_as_the_english_one() -> None:
    en = ("A study compared 50 patients treated with hypnosis with 50 patients who "
          "received usual care.")
    fr = ("Une étude a comparé 50 patients traités par hypnose à 50 patients recevant les "
          "soins habituels.")
    assert alone(fr, "fr") == alone(en, "en")


@pytest.mark.parametrize("sentence", [
    "Une étude portant sur 3 000 adultes a trouvé que ceux qui en ont pris chaque jour "
    "avaient moins de crises.",
    "Selon une enquête, la moitié des patients en prenaient pour dormir.",
])
def test_those_who_took_it_stay_observed_in_french(sentence: str) -> None:
    assert alone(sentence, "fr") == "human-observational"


# --- a share of the group studied opens a result: it reports the study before it -----


@pytest.mark.parametrize(("text", "quote", "lang", "want"), [
    ("In the study, which had no placebo group, 40 patients used the spray. Two thirds "
     "said they felt calmer within a week.",
     "Two thirds said they felt calmer within a week.", "en", "uncontrolled-trial"),
    ("Researchers randomly assigned 60 adults to the lamp or a dim lamp. Most of those on "
     "the bright lamp slept an hour longer.",
     "Most of those on the bright lamp slept an hour longer.", "en",
     "randomized-controlled"),
    ("In an open-label study, 12 patients took the drops for a month. Eight of the 12 "
     "patients stayed on them afterwards.",
     "Eight of the 12 patients stayed on them afterwards.", "en", "uncontrolled-trial"),
    ("En el estudio, que no tuvo grupo placebo, 40 pacientes usaron el aerosol. Dos "
     "tercios dijeron sentirse más tranquilos en una semana.",
     "Dos tercios dijeron sentirse más tranquilos en una semana.", "es",
     "uncontrolled-trial"),
    ("Dans cette étude, sans groupe placebo, 40 patients ont utilisé le spray. Deux tiers "
     "se sentaient plus calmes en une semaine.",
     "Deux tiers se sentaient plus calmes en une semaine.", "fr", "uncontrolled-trial"),
    ("In der Studie ohne Placebogruppe nutzten 40 Patienten das Spray. Zwei Drittel "
     "fühlten sich innerhalb einer Woche ruhiger.",
     "Zwei Drittel fühlten sich innerhalb einer Woche ruhiger.", "de",
     "uncontrolled-trial"),
    ("Letztes Jahr erschien eine Umfrage unter 2.000 Anwendern. Die meisten sagten, die "
     "Gummis hätten ihnen beim Einschlafen geholfen.",
     "Die meisten sagten, die Gummis hätten ihnen beim Einschlafen geholfen.", "de",
     "human-observational"),
])
def test_a_share_of_the_group_reports_the_study_before_it(text: str, quote: str, lang: str,
                                                          want: str) -> None:
    at = text.index(quote)
    assert derive_evidence(text, Span(at, at + len(quote)), lang).level == want


@pytest.mark.parametrize(("text", "quote", "lang"), [
    # a share of people in general is no result of the trial told before
    ("Researchers randomly assigned 60 adults to the lamp or a dim lamp. Most people with "
     "insomnia never see a doctor about it.",
     "Most people with insomnia never see a doctor about it.", "en"),
    ("Los investigadores asignaron al azar a 60 adultos a la lámpara o a una lámpara "
     "tenue. Muchas personas con insomnio nunca consultan al médico.",
     "Muchas personas con insomnio nunca consultan al médico.", "es"),
])
def test_a_share_of_people_in_general_is_no_result(text: str, quote: str, lang: str) -> None:
    at = text.index(quote)
    assert derive_evidence(text, Span(at, at + len(quote)), lang).level == "opinion"


# --- the same words in other senses say nothing of a design ---------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("A study of 300 online shops found fake pills in one in five orders.", "en"),
    ("A 2024 study of 90 seized samples found that fake tablets sold as the drug held "
     "fentanyl.", "en"),
    ("Un estudio de 300 tiendas en línea encontró pastillas falsas en uno de cada cinco "
     "pedidos.", "es"),
    ("Une étude de 300 sites a trouvé de faux médicaments dans une commande sur cinq.",
     "fr"),
    ("A study of 200 people on waiting lists for therapy found that half had tried a "
     "herbal remedy.", "en"),
    ("Un estudio con 200 personas en lista de espera para terapia encontró que la mitad "
     "había probado una planta.", "es"),
])
def test_counterfeits_and_waiting_lists_in_other_senses_are_no_control(sentence: str,
                                                                       lang: str) -> None:
    assert alone(sentence, lang) not in ("controlled-trial", "randomized-controlled")


@pytest.mark.parametrize("sentence", [
    "A study found that the app is used by lots of people with insomnia.",
    "The survey found the drops were bought by lots of parents.",
])
def test_by_lots_of_is_no_draw(sentence: str) -> None:
    assert alone(sentence) != "randomized-controlled"


@pytest.mark.parametrize(("sentence", "lang", "never"), [
    # advice timed before and after something is no study
    ("Patients should take one capsule before and after each meal.", "en",
     "uncontrolled-trial"),
    ("Many people feel anxious before and after flying.", "en", "uncontrolled-trial"),
    ("Los pacientes deben tomar una cápsula antes y después de cada comida.", "es",
     "uncontrolled-trial"),
    ("Les patients doivent prendre une gélule avant et après chaque repas.", "fr",
     "uncontrolled-trial"),
    ("Patienten sollten vor und nach jeder Sitzung ihren Blutdruck messen lassen.", "de",
     "uncontrolled-trial"),
    # a privacy notice is no clinic's records
    ("Our data protection policy explains how we store your details.", "en",
     "human-observational"),
    ("Nuestros datos de contacto están al pie de la página.", "es", "human-observational"),
    ("Nos données personnelles sont protégées.", "fr", "human-observational"),
    # randomization named as an idea is no randomized study
    ("Randomization is the gold standard, experts say, but this drug has never been "
     "tested that way.", "en", "randomized-controlled"),
    # a fake sold online is no placebo
    ("Beware of fake sprays sold on social media.", "en", "controlled-trial"),
])
def test_design_words_in_advice_and_notices_say_nothing(sentence: str, lang: str,
                                                        never: str) -> None:
    assert alone(sentence, lang) != never


# --- blinding said in words, in Spanish, French and German ---------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("En un estudio con 60 adultos, ni los pacientes ni los médicos sabían quién recibía "
     "el aceite de verdad.", "es"),
    ("Dans une étude chez 60 adultes, ni les patients ni les médecins ne savaient qui "
     "recevait la vraie huile.", "fr"),
    ("In einer Studie mit 60 Erwachsenen wussten weder die Patienten noch die Ärzte, wer "
     "das echte Öl bekam.", "de"),
    ("In einer Studie mit 60 Erwachsenen wussten die Teilnehmenden nicht, wer das echte "
     "Öl bekam.", "de"),
])
def test_nobody_knowing_who_got_what_is_blinding(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "controlled-trial"


# --- as good as a named medicine: a comparison with another treatment ---------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("A trial in 200 adults found the drug worked as well as sertraline.", "en"),
    ("In a study of 150 patients, the spray was as effective as lorazepam tablets.", "en"),
    ("Un ensayo con 200 adultos encontró que el fármaco funcionó igual de bien que la "
     "sertralina.", "es"),
    ("Un essai chez 200 adultes a montré que le médicament était aussi efficace que la "
     "sertraline.", "fr"),
    ("Eine Studie mit 200 Erwachsenen zeigte, dass das Mittel genauso gut wirkte wie "
     "Sertralin.", "de"),
])
def test_as_good_as_a_named_medicine_is_controlled(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "controlled-trial"


@pytest.mark.parametrize(("sentence", "lang"), [
    # "as well as" joining two things is no comparison
    ("A trial in 200 adults found the drug eased anxiety as well as sleep problems.",
     "en"),
])
def test_as_well_as_joining_two_things_is_no_comparison(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) != "controlled-trial"


# --- a group left untreated is a control ---------------------------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("In a study, 60 adults did the breathing exercises and 60 others received no "
     "treatment, and worry fell only with the exercises.", "en"),
    ("The trial compared 40 patients who had the massage with a no-treatment group of "
     "40.", "en"),
    ("En un estudio, 60 adultos hicieron los ejercicios y otros 60 formaron un grupo sin "
     "tratamiento.", "es"),
    ("Dans une étude, 60 adultes ont fait les exercices et 60 autres formaient un groupe "
     "sans traitement.", "fr"),
    ("In einer Studie machten 60 Erwachsene die Übungen, 60 weitere bildeten eine Gruppe "
     "ohne Behandlung.", "de"),
])
def test_a_group_left_untreated_is_a_control(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "controlled-trial"


@pytest.mark.parametrize(("sentence", "lang"), [
    # people untreated in the world are no arm of a study
    ("A survey found that many adults with anxiety receive no treatment at all.", "en"),
    ("Una encuesta encontró que muchos adultos con ansiedad no reciben ningún "
     "tratamiento.", "es"),
])
def test_people_untreated_in_the_world_are_no_control(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "human-observational"


# --- one person's case, in any grammatical case -------------------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Eine Fachzeitschrift berichtete über einen 60-jährigen Mann, der nach dem Tee eine "
     "Hepatitis bekam.", "de"),
    ("Ärzte beschrieben einen Patienten, der nach der dritten Sitzung nicht mehr "
     "schlafen konnte.", "de"),
    ("Ihre Ärzte beschrieben eine 45-jährige Frau, deren Anfälle nach dem Tee "
     "aufhörten.", "de"),
    ("Une revue médicale a rapporté le cas d'un homme de 60 ans qui a fait une hépatite "
     "après le thé.", "fr"),
    ("Una revista describió el caso de un hombre de 60 años que sufrió hepatitis tras "
     "tomar el té.", "es"),
])
def test_one_persons_case_in_any_grammatical_case(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "case-report"
