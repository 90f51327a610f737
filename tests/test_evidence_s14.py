"""Evidence levels for the families the held-out set released this session (bones, joints,
muscles and sports injuries) found missing, each written here as a family of sentences,
read as the gate reads a quote (summarizer.evidence.derive_evidence): a study's stated
limit ("it could not rule out…") is no guess; people named by their sport ("870 novice
runners", "los 45 jugadores") are people studied; a press release's headline and
standfirst that announce tissue rebuilt or regrown report the study the release tells
next; a Spanish "no explicó cómo se eligieron" leaves the allocation unstated in the
past tense too."""

from __future__ import annotations

import pytest
from evidence_helpers import alone, level

# --- "could not rule out", "could not tell": the study's limit, not the writer's guess ---


@pytest.mark.parametrize("sentence", [
    "A survey of 1,200 adults found that those who drank green tea daily reported fewer "
    "colds, but it could not rule out other differences in their habits.",
    "An online study of 400 people with migraine found that those who slept less had more "
    "attacks, although it could not tell which came first.",
])
def test_a_stated_limit_is_no_guess(sentence: str) -> None:
    assert alone(sentence) == "human-observational"


def test_could_still_hedges() -> None:
    assert alone("The cream could help some people with dry skin.") == "opinion"


# --- people named by their sport -------------------------------------------------------


@pytest.mark.parametrize(("sentence", "lang", "want"), [
    ("In a study of 500 amateur cyclists followed for two years, those who stretched daily "
     "were less likely to be hurt than those who never did.", "en", "human-observational"),
    ("A survey of 2,000 footballers found that those who warmed up with jumps reported fewer "
     "knee injuries.", "en", "human-observational"),
    ("En una liga juvenil, los 40 jugadores que calentaron con saltos tuvieron menos "
     "lesiones de rodilla que los 38 de otro equipo, aunque el estudio no dijo cómo se "
     "eligieron los equipos.", "es", "controlled-trial"),
    ("Una encuesta a 900 corredores encontró que los que usaban plantillas decían tener "
     "menos dolor.", "es", "human-observational"),
])
def test_people_named_by_their_sport(sentence: str, lang: str, want: str) -> None:
    assert alone(sentence, lang) == want


@pytest.mark.parametrize("sentence", [
    "En un hospital, los 30 pacientes que hicieron ejercicios durmieron mejor que los 28 de "
    "otra sala, pero el estudio no explicó cómo se formaron los grupos.",
    "Los 50 voluntarios que tomaron el té tuvieron menos resfriados que los otros 50, aunque "
    "el artículo no precisó cómo se asignaron.",
])
def test_allocation_unstated_in_the_spanish_past(sentence: str) -> None:
    assert alone(sentence, "es") == "controlled-trial"


# --- a release's lede announcing tissue rebuilt or regrown: the study told next ---------

RELEASE = (
    "Scientists regrow worn spinal discs: an end to back pain in sight\n"
    "A plant extract rebuilt damaged spinal discs in only six weeks, offering hope to "
    "millions of back pain sufferers.\n"
    "In the study, 30 rats with damaged discs were given the extract or salt water by "
    "injection, and the treated rats had thicker discs after six weeks.\n"
)


@pytest.mark.parametrize("quote", [
    "Scientists regrow worn spinal discs: an end to back pain in sight",
    "A plant extract rebuilt damaged spinal discs in only six weeks, offering hope to "
    "millions of back pain sufferers.",
])
def test_a_release_lede_reports_its_animal_study(quote: str) -> None:
    assert level(RELEASE, quote) == "animal"


# --- "randomly gave people X or a dummy pill": chance deciding who was given what -------


@pytest.mark.parametrize("sentence", [
    "A trial that randomly gave 300 adults with eczema the cream or a plain moisturiser "
    "found fewer flares with the cream.",
    "Two small trials that randomly gave people zinc or a dummy lozenge found colds ended a "
    "day sooner.",
])
def test_randomly_given_one_or_the_other_is_randomized(sentence: str) -> None:
    assert alone(sentence) == "randomized-controlled"


# --- a patient's lab testing is a measurement, not a lab study --------------------------


@pytest.mark.parametrize(("sentence", "lang", "want"), [
    ("In a trial in which 300 people on blood thinners were randomly assigned to a home "
     "meter or to usual lab testing, the home group had fewer clots.", "en",
     "randomized-controlled"),
    ("Laboratory tests show that the cream kills the mites within an hour.", "en",
     "lab-mechanism"),
    ("Un estudio de 200 pacientes de un hospital, que comparó el test casero con los "
     "análisis de laboratorio, encontró que el test fallaba en uno de cada cinco.", "es",
     "human-observational"),
])
def test_lab_testing_of_patients_is_no_lab_study(sentence: str, lang: str, want: str) -> None:
    assert alone(sentence, lang) == want
