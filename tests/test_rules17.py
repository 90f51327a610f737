"""Rules of session 15 (rules17): general wordings found among heldout17's regulatory and
supervision misses (tests/data/heldout17/), each written also in words of our own, never
one article's phrasing."""

from __future__ import annotations

import pytest
from rules_helpers import kinds

from summarizer.sources.disclaimers import stated_kinds


# A duty to be examined, with a word between the modal and "be", for an illness's red
# flags: a referral, supervision (convention (f)).
@pytest.mark.parametrize(("sentence", "lang"), [
    # heldout17/en-recurrent-cystitis-methenamine-gp-blog
    ("Men, children and anyone with blood in the urine should always be examined rather "
     "than treated over the phone.", "en"),
    ("A child with a limp that lasts more than a few days should usually be seen by a "
     "doctor.", "en"),
])
def test_a_duty_to_be_examined_is_a_referral(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


# A professional who changes, replaces or removes a device on a schedule looks after the
# patient: supervision.
@pytest.mark.parametrize(("sentence", "lang"), [
    # heldout17/en-long-term-catheter-pharmacist-qa
    ("The nurse will change the catheter itself every 12 weeks, or sooner if it blocks.",
     "en"),
    ("A nurse replaces the dressing every two days until the wound has closed.", "en"),
])
def test_a_professional_changing_a_device_is_supervision(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


# A clinician writing in the first person who reviews, sees or checks "you" at a time: a
# follow-up, supervision.
@pytest.mark.parametrize(("sentence", "lang"), [
    # heldout17/en-recurrent-cystitis-methenamine-gp-blog
    ("If we go that route, I check a urine culture first and review you at three months.",
     "en"),
    ("We see you again after six weeks to decide whether to carry on.", "en"),
])
def test_a_follow_up_in_the_first_person_is_supervision(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("I saw you at the market last week.", "en"),
    ("We will review the evidence again next year.", "en"),
])
def test_a_first_person_that_follows_nobody_up(sentence: str, lang: str) -> None:
    assert "supervision" not in kinds(sentence, lang)


# Not approved by a body the rulebook does not know, for a use said after it.
@pytest.mark.parametrize(("sentence", "lang"), [
    # heldout17/en-prostate-rats-bitter-leaf-press-release (the regulator is not in
    # regions.toml)
    ("Vernoprostin has not been tested in humans and is not approved by NAFDAC for any "
     "use.", "en"),
    ("The powder is not approved by the KXB for use in children.", "en"),
])
def test_not_approved_by_an_unknown_body_for_a_use(sentence: str, lang: str) -> None:
    assert "regulatory" in stated_kinds(sentence, lang)


def test_not_approved_by_someone_else_stays_none() -> None:
    assert "regulatory" not in stated_kinds(
        "Her holiday was not approved by the manager for next week.", "en")


# A product said to be a food supplement and not a medicine: a regulatory status.
@pytest.mark.parametrize(("sentence", "lang"), [
    # heldout17/fr-rhume-prostate-retention-pharmacie
    ("Ce produit est un complément alimentaire et non un médicament.", "fr"),
    ("This product is a food supplement, not a medicine.", "en"),
    ("Este producto es un complemento alimenticio y no un medicamento.", "es"),
    ("Dieses Produkt ist ein Nahrungsergänzungsmittel und kein Arzneimittel.", "de"),
])
def test_a_supplement_not_a_medicine_is_regulatory(sentence: str, lang: str) -> None:
    assert "regulatory" in stated_kinds(sentence, lang)


# Asking a professional for an assessment, a review or a referral: the professional then
# examines or reviews the reader, supervision (convention (a): a professional who reviews).
@pytest.mark.parametrize(("sentence", "lang"), [
    # heldout17/en-pumpkin-seed-bladder-capsules-shop
    ("We're sorry it didn't help; if your symptoms continue, please ask your doctor about a "
     "bladder assessment.", "en"),
    # heldout17/en-long-term-catheter-pharmacist-qa
    ("Ask his GP or pharmacist for a medicines review, because some common drugs, such as "
     "certain antihistamines, cold remedies and some older antidepressants, can make bladder "
     "problems worse.", "en"),
    ("Ask your GP about a referral to the memory clinic.", "en"),
])
def test_asking_for_an_assessment_is_supervision(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


def test_asking_about_a_dose_is_no_assessment() -> None:
    assert "supervision" not in kinds("Ask your pharmacist about the right dose.", "en")


# An order to stop a remedy that is not working and see a doctor: supervision as well as
# self-medication (convention (f), its last clause; the stop order is left to the model).
@pytest.mark.parametrize(("sentence", "lang"), [
    # heldout17/de-baerentraube-blasenentzuendung-apotheke
    ("Wenn die Beschwerden nach drei Tagen nicht besser sind oder Fieber dazukommt, brechen "
     "Sie die Einnahme ab und gehen Sie zur Ärztin.", "de"),
    ("If the cough does not get better after a week, stop the syrup and see your GP.", "en"),
    ("Si la toux ne s'améliore pas après une semaine, arrêtez le sirop et consultez votre "
     "médecin.", "fr"),
])
def test_stopping_a_remedy_that_does_not_work_and_seeing_a_doctor(sentence: str,
                                                                   lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


def test_stopping_for_a_treatments_sign_is_no_referral() -> None:
    found = kinds("If you get a rash after taking the tablets, stop them and see your "
                  "doctor.", "en")
    assert "supervision" not in found
