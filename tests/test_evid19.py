"""Evidence levels for the families heldout17-19 and the pooled released folders left
missing in session 18, each a general mechanism (words in the rulebook, none a product,
drug or topic of a corpus article). Sentences written here, not corpus text; read as the
gate reads a quote (derive_evidence)."""

from __future__ import annotations

import pytest
from evidence_helpers import level

# --- a press release's headline and standfirst: the result's verb in the present tense or
# a healing verb ("scientists discover a cream that heals", "a balm … healed cuts") claims
# a finding, which the study the release tells next reports (in mice) -------------------

_RELEASE = (
    "Scientists discover seaweed balm that heals cuts in hours\n"
    "A balm made at Northgate College healed cuts three times as fast as a plain "
    "dressing, a breakthrough for field medicine.\n"
    "In the study, mice with a small cut on the flank were treated with the balm once a "
    "day and healed in 4 days on average, against 12 days with a plain dressing.\n")


@pytest.mark.parametrize("quote", [
    "Scientists discover seaweed balm that heals cuts in hours",
    "A balm made at Northgate College healed cuts three times as fast as a plain dressing, "
    "a breakthrough for field medicine.",
])
def test_release_headline_with_heal_or_discover_takes_the_animal_study(quote: str) -> None:
    assert level(_RELEASE, quote) == "animal"


# --- German "gaben … an" (angeben: stated) is no giving, and a "Befragung" is a survey, as
# "survey" is in English: patients asked after a treatment they had had are observed -----


@pytest.mark.parametrize("sentence", [
    "Unter 300 Kundinnen einer Apotheke, die ein Fußbad bekommen hatten, gaben drei Viertel "
    "in einer Befragung an, danach besser geschlafen zu haben.",
    "In einer Befragung von Patienten einer Hautarztpraxis gaben 40 von 120 an, dass der "
    "Juckreiz im Winter stärker war.",
])
def test_german_stated_in_a_survey_is_observed(sentence: str) -> None:
    assert level(sentence, sentence, "de") == "human-observational"


def test_german_gaben_still_gives_in_a_trial() -> None:
    s = ("Die Forschenden gaben 60 Erwachsenen acht Wochen lang das Öl, und die meisten "
         "schliefen besser.")
    assert level(s, s, "de") != "human-observational"


# --- a quotation whose speaker the sentence before names ("Dr. X, who was not involved,
# urged caution. "Many remedies have worked in rats and then failed in people. …"") is
# that speaker's view, whatever animals it names as examples -----------------------------

_CAUTION = (
    "Dr. Lena Ortmann, a skin specialist who was not involved in the work, was cautious. "
    "\"Plenty of creams have cleared rashes in mice and then done nothing for people. This "
    "one deserves a proper trial before anyone buys it.\"\n")
_CAUTION_ES = (
    "La dermatóloga Marta Ibáñez, que no participó en el estudio, pidió prudencia. «Muchas "
    "cremas han curado heridas en ratas y luego no han servido en personas. Hace falta un "
    "ensayo antes de venderla.»\n")


@pytest.mark.parametrize(("text", "quote", "lang"), [
    (_CAUTION, "\"Plenty of creams have cleared rashes in mice and then done nothing for "
     "people.", "en"),
    (_CAUTION_ES, "«Muchas cremas han curado heridas en ratas y luego no han servido en "
     "personas.", "es"),
])
def test_quotation_after_its_named_speaker_is_opinion(text: str, quote: str, lang: str) -> None:
    assert level(text, quote, lang) == "opinion"


def test_quotation_after_a_sentence_naming_no_speaker_keeps_its_level() -> None:
    text = ("The balm was tried on burns. \"In mice, the burns healed in four days "
            "instead of twelve.\"\n")
    assert level(text, "\"In mice, the burns healed in four days instead of twelve.\"") \
        == "animal"


# --- products tested "on" jars or packs, or containers the lists lacked (jars, tubes,
# bottles, creams, ointments), are a lab's analysis, not people ------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("An independent test paid for by the magazine on three more tubes found the banned "
     "dye at twice the allowed strength.", "en"),
    ("A laboratory analysis of 20 jars bought at street stalls found lead in six.", "en"),
    ("Un análisis de laboratorio de 20 tarros de crema comprados en mercadillos encontró "
     "plomo en seis.", "es"),
    ("Une analyse en laboratoire de 20 pots de crème achetés sur des marchés a trouvé du "
     "plomb dans six.", "fr"),
])
def test_products_tested_in_containers_are_lab(sentence: str, lang: str) -> None:
    assert level(sentence, sentence, lang) == "lab-mechanism"


# --- people who used something on their own and later came to a clinic, counted in a
# study, chose it themselves: observed, not given it ------------------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Among about 800 people who used a home wart paste and later came to a skin clinic in "
     "one regional study, about a quarter had scarring.", "en"),
    ("Entre unas 800 personas que usaron una pasta casera y después acudieron a una clínica "
     "en un estudio regional, una cuarta parte tenía cicatrices.", "es"),
])
def test_users_who_later_came_to_a_clinic_are_observed(sentence: str, lang: str) -> None:
    assert level(sentence, sentence, lang) == "human-observational"


# --- French "d'eux-mêmes" after a change that happens ("les symptômes varient d'eux-mêmes":
# by themselves, spontaneously) is no one choosing a treatment ------------------------


def test_french_symptoms_changing_by_themselves_is_no_self_selection() -> None:
    s = ("Dans une petite série de 30 patients suivis sans groupe de comparaison, la moitié "
         "disait dormir mieux après un mois de tisane, mais le sommeil varie beaucoup "
         "d'eux-mêmes.")
    assert level(s, s, "fr") == "uncontrolled-trial"


def test_french_people_taking_it_of_themselves_are_still_observed() -> None:
    s = ("Dans une étude de 200 personnes qui prenaient d'eux-mêmes de la mélatonine, le "
         "sommeil était un peu plus long.")
    assert level(s, s, "fr") == "human-observational"


# --- researchers who built a physical model and measured in it worked at a bench, not in
# people ("built a model nose, sprayed the mist into it and measured…") -------------------


def test_a_built_model_is_a_bench_experiment() -> None:
    s = ("Engineers at a university built a model nasal passage, sprayed the mist into it "
         "and measured where it landed: almost none reached the sinuses.")
    assert level(s, s) == "lab-mechanism"


def test_a_role_model_is_no_bench() -> None:
    s = "She says her older sister built a career as a model and never used the cream."
    assert level(s, s) != "lab-mechanism"


# --- a quote that is a whole line of extracted text (a signed testimonial between two other
# lines) is read as its own sentence, not with the next line's words ----------------------


def test_a_whole_line_quote_is_not_read_with_the_next_line() -> None:
    text = ("Avis de nos clients\n"
            "« Livraison rapide, très bon accueil. » (Paul, Sion)\n"
            "« La crème au miel, c'est magique, mes lèvres étaient guéries le lendemain. » "
            "(Aline, Bulle)\n"
            "Notre pharmacienne est inscrite au registre des professions médicales.\n")
    quote = ("« La crème au miel, c'est magique, mes lèvres étaient guéries le lendemain. » "
             "(Aline, Bulle)")
    assert level(text, quote, "fr") == "opinion"


# --- no one kept back to compare with ("with no one left out for comparison") is a study
# without a comparison group --------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "A small project gave a reading lamp to 30 residents of a care home for two months and "
    "checked how they slept, with no one left out for comparison.",
    "A pilot handed out the app to 50 nurses, with nobody kept back as a comparison, and "
    "most said they slept better.",
])
def test_no_one_left_out_for_comparison_is_uncontrolled(sentence: str) -> None:
    assert level(sentence, sentence) == "uncontrolled-trial"
