"""Evidence levels for the families session 10 settled or found missing: the label
decisions of the lead (one group measured before and after is an uncontrolled trial; a
survey is observation, "no comparison group" or not; a clinic's report on its own patients
in routine care is observation, the same as a clinic following its own patients), and the
heldout12 misses, each as a family of sentences written here in en, es, fr, de where the
family exists, read as the gate reads a quote (summarizer.evidence.derive_evidence)."""

from __future__ import annotations

import pytest

from summarizer.evidence import derive_evidence
from summarizer.model import Span


def alone(sentence: str, lang: str = "en") -> str:
    """The level derived for a sentence that is its own paragraph."""
    return derive_evidence(sentence, Span(0, len(sentence)), lang).level


def level(text: str, quote: str, lang: str = "en") -> str:
    """The level derived for `quote` standing in `text` (one or more paragraphs)."""
    at = text.index(quote)
    return derive_evidence(text, Span(at, at + len(quote)), lang).level


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
