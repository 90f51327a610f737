"""Evidence levels of session evid26: general causes of train25's, train26's and
heldout17's mismatches, each read from the labelled article as the gate reads it
(derive_evidence against the label's level)."""

from __future__ import annotations

import pytest
from test_evid15 import labelled

# --- a lede whose result is made to happen ("made new teeth grow") -----------------------


def test_a_lede_that_made_something_grow_reports_the_animals_told_next() -> None:
    got, want = labelled("train25", "en-tooth-regrowth-mice-press-release",
                         "A molecule developed at the Deccan Institute")
    assert want == "animal"
    assert got == want


# --- a clinic's own treated series, told to a time point: uncontrolled ------------------


@pytest.mark.parametrize(("folder", "name", "opening"), [
    ("heldout17", "es-instilaciones-vejiga-clinica", "En nuestra propia revisión de 76"),
    ("heldout16", "en-shockwave-tendon-clinic", "Our own audit of 93 patients"),
    ("heldout14", "es-amigdalas-laser-clinica", "En nuestra propia serie, 72 pacientes"),
    ("train23", "en-cardiac-rehab-private-clinic", "Of the 212 people who completed"),
])
def test_a_treated_series_without_comparison_is_uncontrolled(
        folder: str, name: str, opening: str) -> None:
    got, want = labelled(folder, name, opening)
    assert want == "uncontrolled-trial"
    assert got == want


# --- "not randomized" beside two groups compared: a controlled comparison ---------------


def test_a_non_randomized_study_comparing_two_groups_is_controlled() -> None:
    got, want = labelled("train26", "fr-vivre-sans-rate-vaccins-forum",
                         "Et dans une étude non randomisée comparant")
    assert want == "controlled-trial"
    assert got == want


# --- a clinic's counted own patients, after a trial in the same paragraph: observed -----


def test_a_clinics_counted_own_patients_are_observed_not_the_trial_before() -> None:
    got, want = labelled("train26", "en-home-immunoglobulin-infusions-clinic",
                         "Among 310 patients on our programme")
    assert want == "human-observational"
    assert got == want


# --- a reviewer comparing with their own past is telling a story, not a trial ----------


def test_a_reviewers_comparison_with_their_own_past_is_no_controlled_trial() -> None:
    # labelled case-report in train26; by heldout16's README a reviewer's own result is
    # the testimony the lowest level names (opinion): either way, no controlled trial
    got, _ = labelled("train26", "en-immune-booster-gummies-shop", "I took these all winter")
    assert got == "opinion"


# --- records that show, groups who did not use it: observed ------------------------------


@pytest.mark.parametrize(("folder", "name", "opening"), [
    ("train22", "en-ms-stem-cell-abroad-news", "Of 34 South African patients"),
    ("train20", "es-oxigeno-domiciliario-concentrador-farmacia", "En estudios ya clásicos"),
])
def test_records_that_show_and_those_who_did_not_use_it_are_observed(
        folder: str, name: str, opening: str) -> None:
    got, want = labelled(folder, name, opening)
    assert want == "human-observational"
    assert got == want


# --- a teller's view is not a study for a finding word it denies or that people did ----


@pytest.mark.parametrize(("folder", "name", "opening"), [
    # "…a promise of cartilage regrowth that hasn't been shown in a single good trial"
    ("train14", "en-knee-prp-stem-cell-forum", "For anyone reading later"),
    # "…the people who did best … were the ones who found a treatment they could keep up with"
    ("heldout15", "en-ibs-hypnotherapy-app-forum", "In my experience the people"),
])
def test_a_view_with_a_denied_or_peoples_finding_word_stays_a_view(
        folder: str, name: str, opening: str) -> None:
    got, want = labelled(folder, name, opening)
    assert want == "opinion"
    assert got == want


def test_little_good_evidence_is_the_articles_judgement() -> None:
    got, want = labelled("train19", "en-chronic-hives-updosing-pharmacist-qa",
                         "There's little good evidence")
    assert want == "opinion"
    assert got == want


# --- records or a followed group whose only design word denies chance: observed ---------


@pytest.mark.parametrize(("folder", "name", "opening"), [
    ("train24", "de-radiojodtherapie-schilddruese-klinik", "In einer Auswertung unserer"),
    ("train23", "en-pots-salt-midodrine-news", "A Bengaluru clinic followed 210"),
])
def test_records_or_a_followed_group_not_randomized_are_observed(
        folder: str, name: str, opening: str) -> None:
    got, want = labelled(folder, name, opening)
    assert want == "human-observational"
    assert got == want


def test_tried_on_people_without_comparing_them_with_anyone_is_uncontrolled() -> None:
    got, want = labelled("heldout14", "es-parche-mareo-crucero-foro", "Pero cuando las probaron")
    assert want == "uncontrolled-trial"
    assert got == want


def test_counted_customers_given_capsules_are_a_group_studied_not_testimony() -> None:
    got, want = labelled("heldout14", "en-tinnitus-supplement-forum",
                         "The company's own \"clinical study\"")
    assert want == "uncontrolled-trial"
    assert got == want


def test_a_pharmacists_poll_of_counted_clients_is_observation() -> None:
    got, want = labelled("heldout14", "fr-spray-nasal-rebond-forum", "Petit sondage perso")
    assert want == "human-observational"
    assert got == want


# --- piglets are animals, a test bench is a lab ------------------------------------------


@pytest.mark.parametrize(("folder", "name", "opening", "level"), [
    ("heldout15", "fr-gastro-enfant-rehydratation-pharmacie", "Des travaux chez le porcelet",
     "animal"),
    ("train15", "fr-montre-tension-arterielle-forum", "Sur un banc d'essai", "lab-mechanism"),
])
def test_piglets_are_animals_and_a_test_bench_is_a_lab(
        folder: str, name: str, opening: str, level: str) -> None:
    got, want = labelled(folder, name, opening)
    assert want == level
    assert got == want


def test_a_result_in_most_trials_is_not_the_randomized_trial_told_before() -> None:
    got, want = labelled("train16", "fr-phytoestrogenes-menopause-pharmacie",
                         "Le trèfle rouge a donné")
    assert want == "controlled-trial"
    assert got == want
