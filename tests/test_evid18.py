"""Evidence levels of session evid18: general causes of heldout18's mismatches (released
after session 16, relabelled in 069db87), each read from the labelled article as the gate
reads it (derive_evidence against the label's level), with the same cause written in the
other languages."""

from __future__ import annotations

import pytest
from evidence_helpers import alone
from test_evid15 import labelled

# --- a study that denies only chance in words of its own, comparing counted groups -------


def test_a_study_no_aleatorizado_comparing_two_counted_groups_is_controlled() -> None:
    got, want = labelled(
        "heldout18",
        "es-dolor-menstrual-adolescentes-noticia",
        "Un estudio no aleatorizado en dos escuelas",
    )
    assert want == "controlled-trial"
    assert got == want


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "A study that was not randomized compared 90 pupils who exercised with 85 who did not.",
            "en",
        ),
        (
            "Un estudio no aleatorizado comparó a 90 alumnas que hicieron ejercicio con 85 que no"
            " lo hicieron.",
            "es",
        ),
        (
            "Eine nicht randomisierte Studie verglich 90 Schülerinnen, die Sport trieben, mit 85,"
            " die es nicht taten.",
            "de",
        ),
    ],
)
def test_chance_denied_beside_counted_groups_compared_is_controlled(
    sentence: str, lang: str
) -> None:
    assert alone(sentence, lang) == "controlled-trial"


# --- a review of a pharmacy's or practice's consultations: records read back -----------


def test_a_review_of_counted_consultations_is_observed() -> None:
    got, want = labelled(
        "heldout18",
        "en-emergency-contraception-pharmacy-newsletter",
        "In a review of 2,300 pharmacy consultations",
    )
    assert want == "human-observational"
    assert got == want


def test_a_review_of_consultations_is_observed_in_german() -> None:
    assert (
        alone(
            "Eine Auswertung von 2.300 Konsultationen in unseren Apotheken zeigte, dass"
            " Frauen, die die Pille früh nahmen, seltener schwanger wurden.",
            "de",
        )
        == "human-observational"
    )


# --- a study among counted users or customers of a product: observed -----------------


def test_a_study_among_counted_users_is_observed() -> None:
    got, want = labelled(
        "heldout18",
        "fr-coupe-menstruelle-choc-toxique-pharmacie",
        "Dans une étude menée auprès de 3 400 utilisatrices",
    )
    assert want == "human-observational"
    assert got == want


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "In a study of 3,400 users in France, toxic shock was as rare with the cup as with"
            " tampons.",
            "en",
        ),
        (
            "Un estudio con 3.400 usuarias en España encontró que el síndrome era tan raro con la"
            " copa como con los tampones.",
            "es",
        ),
        (
            "In einer Studie mit 3.400 Anwenderinnen war das Syndrom mit der Tasse so selten wie"
            " mit Tampons.",
            "de",
        ),
    ],
)
def test_counted_users_of_a_product_in_a_study_are_observed(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "human-observational"


# --- a clinic's audit of the treatments it gave, with no comparison group: uncontrolled --


def test_an_audit_of_counted_fittings_without_comparison_is_uncontrolled() -> None:
    got, want = labelled(
        "heldout18", "en-hormonal-coil-fitting-clinic", "In our audit of 260 fittings"
    )
    assert want == "uncontrolled-trial"
    assert got == want


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "Dans notre audit de 260 poses en 2025, sans groupe de comparaison, 9 femmes sur 10 ont"
            " jugé la douleur légère.",
            "fr",
        ),
        (
            "In unserer Auswertung von 260 Einlagen im Jahr 2025, ohne Vergleichsgruppe, bewerteten"
            " 9 von 10 Frauen den Schmerz als leicht.",
            "de",
        ),
    ],
)
def test_counted_treatments_given_without_comparison_are_uncontrolled(
    sentence: str, lang: str
) -> None:
    assert alone(sentence, lang) == "uncontrolled-trial"


def test_a_review_of_operations_without_comparison_stays_observed() -> None:
    # records read back (recorded_things), not the treatments a clinic counts as given
    assert (
        alone(
            "In a review of 2,300 operations, with no comparison group, 9 in 10 patients"
            " were satisfied."
        )
        == "human-observational"
    )


def test_a_clinics_reports_on_its_own_treated_patients_without_comparison_are_uncontrolled() -> (
    None
):
    got, want = labelled(
        "train15", "en-chelation-heart-clinic", "Older reports from chelation clinics"
    )
    assert want == "uncontrolled-trial"
    assert got == want


# --- other sources in the plural, after a trial: their own, not the trial's people ------


def test_parent_surveys_after_a_trial_are_observed_not_the_trial() -> None:
    got, want = labelled(
        "train17",
        "en-autism-chelation-diets-parents-forum",
        "Parent surveys often report improvements",
    )
    assert want == "human-observational"
    assert got == want


@pytest.mark.parametrize(
    ("trial", "sentence", "lang"),
    [
        (
            "In a trial, 40 children were randomly given the diet or a normal diet.",
            "Older surveys of parents followed families who chose the diet.",
            "en",
        ),
        (
            "Dans un essai, 40 enfants ont été répartis au hasard entre le régime et un régime"
            " normal.",
            "Des enquêtes auprès des parents ont suivi les familles.",
            "fr",
        ),
    ],
)
def test_plural_sources_opening_a_sentence_are_not_the_trials_people(
    trial: str, sentence: str, lang: str
) -> None:
    from evidence_helpers import level

    assert level(f"{trial} {sentence}", sentence, lang) == "human-observational"


# --- a clinic that looked back at its own counted patients: records, observed ----------


def test_a_clinic_that_looked_back_at_its_own_patients_observed_them() -> None:
    got, want = labelled(
        "train15",
        "en-hibiscus-magnesium-blood-pressure-clinic-blog",
        "When we looked back at 400 of our own patients",
    )
    assert want == "human-observational"
    assert got == want
