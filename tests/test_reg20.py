"""Regulatory notices of session 19 (reg20): general wordings of a medicine's sale status,
its public funding, its licence and a regulator's review, found among the regulatory
misses of the released held-out folders (heldout15..heldout20), each written here in words
of our own. The label convention (tests/data/heldout18..20 READMEs): prescription-only
and over-the-counter status, "not covered / not funded / cannot be claimed", "given free
at government health centres", "not approved" and "not reviewed by the regulator" are
`regulatory` notices; a warranty, a private plan or a research grant is no notice."""

from __future__ import annotations

from pathlib import Path

import pytest
from rules_helpers import notices

from summarizer.sources.disclaimers import stated_kinds


def _rules(sentence: str, lang: str) -> set[str]:
    import os

    from summarizer.learned.notices import ENV

    old = os.environ.get(ENV)
    os.environ[ENV] = "off"
    try:
        from summarizer.sources.disclaimers import stated_kinds as read

        return set(read(sentence, lang))
    finally:
        if old is None:
            del os.environ[ENV]
        else:
            os.environ[ENV] = old


# Sold without a prescription, stated as the product's status (a copula before the
# selling word): over the counter is a legal status, like prescription only.
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Nicotine lozenges are sold over the counter in most supermarkets.", "en"),
    ("The smaller pack can be bought from a pharmacy without a prescription.", "en"),
    ("Low-strength eye drops are now available without a prescription.", "en"),
    ("Las tiras para medir la glucosa se venden en las farmacias sin receta.", "es"),
    ("El jarabe para la tos es de venta libre en Chile.", "es"),
    ("Les pastilles pour la gorge sont vendues sans ordonnance en pharmacie.", "fr"),
    ("Ce collyre est en vente libre en France.", "fr"),
    ("Die kleine Packung gibt es rezeptfrei in der Apotheke.", "de"),
    ("Das Nasenspray ist in Deutschland rezeptfrei erhältlich.", "de"),
])
def test_over_the_counter_status_is_regulatory(sentence: str, lang: str) -> None:
    assert "regulatory" in _rules(sentence, lang)


# Buying it, or a question or an order about buying it, is no status.
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Can I buy the spray without a prescription?", "en"),
    ("Tablets sold on foreign websites without a prescription may be fake.", "en"),
    ("Tell your pharmacist about anything you buy over the counter.", "en"),
    ("No compres antibióticos sin receta en internet.", "es"),
    ("Ne commandez jamais un médicament sur internet sans ordonnance.", "fr"),
    ("Rezeptfrei heißt nicht harmlos.", "de"),
])
def test_buying_without_a_prescription_is_no_status(sentence: str, lang: str) -> None:
    assert "regulatory" not in _rules(sentence, lang)


# Not funded by the public payer, said with its own words: not claimable, cannot be
# claimed under a scheme, the statutory insurer "übernimmt … nicht" (verb before it).
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Cosmetic fillers are not claimable under the national savings scheme.", "en"),
    ("A second opinion cannot be claimed under the public scheme.", "en"),
    ("Die Kosten der Zahnreinigung übernimmt die Krankenkasse nicht.", "de"),
    ("Die Kosten für die Reiseimpfung übernimmt die gesetzliche Krankenversicherung "
     "meist nicht vollständig.", "de"),
])
def test_not_funded_said_other_ways(sentence: str, lang: str) -> None:
    assert "regulatory" in _rules(sentence, lang)


# Given free by the public health service: a payer's status.
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Vitamin A drops are given free at government health centres.", "en"),
    ("Hearing tests for newborns are offered free of charge at public hospitals.", "en"),
])
def test_given_free_by_the_public_service(sentence: str, lang: str) -> None:
    assert "regulatory" in _rules(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The repair was covered by the warranty.", "en"),
    ("The study was funded by the government and two charities.", "en"),
    ("Free parking is available at the hospital.", "en"),
    ("Die Studie wurde von einer Stiftung bezahlt.", "de"),
])
def test_other_payments_are_no_notice(sentence: str, lang: str) -> None:
    assert "regulatory" not in _rules(sentence, lang)


# Not for sale at all, in every language.
@pytest.mark.parametrize(("sentence", "lang"), [
    ("The ointment is not available for sale.", "en"),
    ("The spray is not yet approved for sale anywhere.", "en"),
    ("La pomada todavía no está a la venta.", "es"),
    ("Le gel n'est pas encore en vente.", "fr"),
    ("Die Salbe ist noch nicht im Handel.", "de"),
])
def test_not_for_sale_is_regulatory(sentence: str, lang: str) -> None:
    assert "regulatory" in _rules(sentence, lang)


# Not approved to prevent something, or "specifically" licensed: the use after the status.
@pytest.mark.parametrize(("sentence", "lang"), [
    ("These chewable tablets are not approved to prevent colds.", "en"),
    ("No product is currently licensed specifically to treat hiccups.", "en"),
    ("No product is currently licensed in Canada specifically to treat hiccups.", "en"),
])
def test_a_use_after_the_status(sentence: str, lang: str) -> None:
    assert "regulatory" in _rules(sentence, lang)


# A named regulator that does not review or check a product (present tense), in every
# language: the product's status.
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Herbal teas are sold as foods, which the FDA does not review for safety.", "en"),
    ("The TGA does not check whether these oils work.", "en"),
    ("La ANMAT no evalúa si estos productos funcionan.", "es"),
    ("L'ANSM ne vérifie pas l'efficacité de ces produits.", "fr"),
    ("Das BfArM hat die Wirksamkeit solcher Produkte nie geprüft.", "de"),
])
def test_a_regulator_that_does_not_review(sentence: str, lang: str) -> None:
    assert "regulatory" in _rules(sentence, lang)


def test_a_doctor_who_did_not_check_is_no_regulator() -> None:
    assert "regulatory" not in _rules(
        "My doctor does not check my blood pressure at every visit.", "en")


def test_the_whole_pipeline_finds_an_otc_status(tmp_path: Path) -> None:
    text = ("Oral rehydration powder is sold over the counter in pharmacies, without a "
            "prescription.")
    assert "regulatory" in notices(tmp_path, text, "GB")


def test_stated_kinds_is_the_shipped_reader() -> None:
    # the gate's reader (model on) keeps reading an over-the-counter status
    assert "regulatory" in stated_kinds(
        "Nicotine lozenges are sold over the counter in most supermarkets.", "en")


# No regulator at all checks it: a status with its denial in the subject.
@pytest.mark.parametrize(("sentence", "lang"), [
    ("The oils are sold as cosmetics, and no agency has checked whether they work.", "en"),
    ("Ninguna autoridad sanitaria ha comprobado que estas gotas funcionen.", "es"),
    ("Ces gommes n'ont été vérifiées par aucune autorité sanitaire.", "fr"),
    ("Aucune autorité ne vérifie ces tisanes avant leur vente.", "fr"),
    ("Solche Tropfen werden von keiner Behörde auf Wirksamkeit geprüft.", "de"),
    ("Es sind Nahrungsergänzungsmittel, deren Nutzen keine Behörde prüft.", "de"),
])
def test_no_regulator_checks_it(sentence: str, lang: str) -> None:
    assert "regulatory" in _rules(sentence, lang)


# B. The writer noting a crisis line for themselves offers it to nobody: no crisis-line
# notice (heldout17's poster, before the page's own line); a line offered, or a
# testimonial of what a line did, stays one.
@pytest.mark.parametrize(("text", "region"), [
    ("Thanks so much. I've saved Samaritans on 116 123 in my phone, just in case.", "GB"),
    ("I have written Lifeline's number, 13 11 14, on a card in my wallet.", "AU"),
    ("Gracias. Ya guardé el 024, la línea de atención a la conducta suicida, en el celular.",
     "ES"),
    ("Merci, j'ai noté le 3114, le numéro national de prévention du suicide, sur le frigo.",
     "FR"),
    ("Danke, ich habe die TelefonSeelsorge unter 0800 111 0 111 im Handy gespeichert.", "DE"),
])
def test_a_number_the_writer_noted_is_no_crisis_line(
        tmp_path: Path, text: str, region: str) -> None:
    assert "crisis-line" not in notices(tmp_path, text, region)


@pytest.mark.parametrize(("text", "region"), [
    ("If you're struggling, save Samaritans' number, 116 123, in your phone.", "GB"),
    ("Texting SHOUT to 85258 got me through a bad night.", "GB"),
    ("If you feel you can't go on, call Samaritans free on 116 123.", "GB"),
    ("Si piensas en quitarte la vida, llama al 024.", "ES"),
])
def test_a_line_offered_stays_a_crisis_line(tmp_path: Path, text: str, region: str) -> None:
    assert "crisis-line" in notices(tmp_path, text, region)


@pytest.mark.parametrize(("sentence", "lang"), [
    # a class of products, plural
    ("Copper bracelets are not registered as medical devices.", "en"),
    ("Most scented patches are not licensed as repellents.", "en"),
    # a status limited to prescription after another
    ("A similar cream is registered in Malaysia, but only on prescription.", "en"),
    # a public payer named
    ("Hearing tests for babies are covered by Medicare.", "en"),
])
def test_more_statuses(sentence: str, lang: str) -> None:
    assert "regulatory" in _rules(sentence, lang)


def test_a_private_plan_is_no_payer_status() -> None:
    assert "regulatory" not in _rules(
        "The device is now covered by many insurance plans.", "en")
