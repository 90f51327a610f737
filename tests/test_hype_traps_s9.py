"""Hype and claim traps that heldout11 showed as families (sentences written here).

- Hype reported and refuted in one sentence ("called it "the chill pill that ends panic
  forever", a claim with no evidence behind it") is the article correcting a claim, not
  selling one; hype reported without a refutation stays hype.
- Hype denied by a contrast ("a modest tool rather than a cure", "plutôt qu'un remède
  miracle") is denied, as "not a cure" is.
- A patient's own superlative beside a word for doctors ("it's the best drug in the
  world, the doctors exaggerate") is hype: the doctors are not the ones judging.
- A product's name with a hype word and a lower-case particle ("Kava Milagro del
  Pacífico") is a name.
- A page's notes about itself in every language ("Este artículo tiene carácter
  informativo…"), a press contact line and a company's registration line are not claims.
"""

from __future__ import annotations

import pytest

from summarizer.sources.claims import flag_claim, is_claim_like
from summarizer.sources.segment import segment

REFUTED = [
    ("en", 'A post by one wellness blogger called it "the miracle pill that ends anxiety '
           'forever", a claim with no evidence behind it.'),
    ("en", 'An influencer called it "the chill pill that ends panic attacks forever", which is '
           'false.'),
    ("en", 'Some sellers advertise the gummies as "a breakthrough cure for insomnia", which is '
           'simply false.'),
    ("en", 'Online forums describe the patch as a "miracle", but that is wrong: it eases '
           'pain a little for some people.'),
    ("es", "En las redes lo presentan como «la pastilla milagrosa contra el insomnio», lo cual "
           "es falso."),
    ("es", "Algunas tiendas lo anuncian como una cura milagrosa, algo que no es cierto."),
    ("fr", "Sur les forums, on le présente comme « le remède miracle contre l'angoisse », ce "
           "qui est faux."),
    ("de", "Im Internet wird das Öl als „Wundermittel“ gegen Angst gefeiert, doch das ist "
           "falsch."),
    ("de", "Manche Händler nennen die Tropfen ein Wundermittel, was nicht stimmt."),
]

STILL_HYPE = [
    ("en", 'An advocacy group called the spray "a miracle that has already saved thousands".'),
    ("en", 'The maker calls the device "a breakthrough cure for insomnia", and sales doubled.'),
    ("es", "Algunas clínicas lo anuncian como «la cura milagrosa del insomnio»."),
    ("de", "Im Internet wird das Öl als „Wundermittel“ gegen Angst gefeiert."),
]

PLAIN_BEST = [
    ("en", "Honestly, the people who do best are the ones who combine the tablets with "
           "regular counselling."),
    ("en", "It works best alongside sleep, movement and pacing."),
    ("en", "It is best to take the tablet at the same time each evening."),
    ("en", "At best, the patch takes the edge off the pain for a few hours."),
]

STILL_BEST = [
    ("en", "It is the best treatment for anxiety you can buy."),
    ("en", "Our drops are simply the best."),
]

CONTRASTED = [
    ("en", "My own view is that it's a modest tool rather than a cure, and it helps most "
           "alongside sleep and exercise."),
    ("en", "Think of it as one small aid instead of a miracle pill."),
    ("es", "Es una ayuda más en lugar de una cura milagrosa, y funciona mejor con terapia."),
    ("fr", "C'est un petit coup de pouce plutôt qu'un remède miracle."),
    ("de", "Es ist eine kleine Hilfe statt eines Wundermittels."),
]

FIRST_PERSON = [
    ("fr", "Moi je le prends depuis six ans et c'est le meilleur médicament du monde, les "
           "médecins exagèrent."),
    ("en", "I've taken it for years and it's the best medicine in the world, whatever the "
           "doctors say."),
    ("es", "Yo lo tomo desde hace años y es el mejor remedio del mundo, los médicos exageran."),
]

EXPERTS_STILL = [
    ("en", "Psychiatrists say it is still the most effective medicine for severe depression."),
]

NAMES = [
    ("es", "Kava Milagro del Pacífico contiene 250 mg de extracto de raíz en cada cápsula."),
    ("fr", "Sérum Miracle de Provence contient de la lavande et du romarin."),
]

NOT_CLAIMS = [
    ("es", "Este artículo tiene carácter informativo y no sustituye la consulta con un "
           "profesional sanitario."),
    ("fr", "Cet article est fourni à titre d'information et ne remplace pas l'avis d'un "
           "médecin."),
    ("de", "Dieser Beitrag dient nur der Information und ersetzt keine ärztliche Beratung."),
    ("en", "Media enquiries: Riverside Press Office, 0161 555 0199, press@riverside.example."),
    ("en", "Press contact: Jane Doe, +44 20 7946 0000, jane.doe@clinic.example."),
    ("en", "Hillside Pharmacy Ltd, registered in England and Wales no. 0845123, 4 Mill Lane, "
           "Leeds LS1 4AB."),
    ("es", "Farmacia del Sol S.L., CIF B12345678, inscrita en el Registro Mercantil de Madrid."),
    ("de", "Apotheke am Markt e.K., Handelsregister HRA 1234, Amtsgericht Kassel."),
    ("en", "Riverside Pharmacies Ltd, registered in Ireland no. 523411, Unit 7, Mill Road "
           "Business Park, Co. Cork."),
]

CLAIMS_STILL = [
    ("en", "In this trial, 120 adults took the drug for eight weeks and 40% slept better."),
    ("en", "Calls to the 988 line rose by a third in the first year, the agency said."),
]


def _hype(sentence: str, lang: str) -> bool:
    return "hype" in flag_claim(sentence, lang)[0]


def _claim_like(sentence: str, lang: str) -> bool:
    """Does any sentence the segmenter cuts from it read as a claim?"""
    return any(is_claim_like(s, lang) for s in segment(sentence))


@pytest.mark.parametrize(("lang", "sentence"), REFUTED + CONTRASTED + NAMES + PLAIN_BEST)
def test_refuted_contrasted_or_named_hype_is_no_hype(lang: str, sentence: str) -> None:
    assert not _hype(sentence, lang)


@pytest.mark.parametrize(("lang", "sentence"), STILL_HYPE + FIRST_PERSON + STILL_BEST)
def test_reported_or_first_person_hype_stays_hype(lang: str, sentence: str) -> None:
    assert _hype(sentence, lang)


@pytest.mark.parametrize(("lang", "sentence"), EXPERTS_STILL)
def test_experts_judging_is_no_hype(lang: str, sentence: str) -> None:
    assert not _hype(sentence, lang)


@pytest.mark.parametrize(("lang", "sentence"), NOT_CLAIMS)
def test_page_notes_contacts_and_registrations_are_no_claims(lang: str, sentence: str) -> None:
    assert not _claim_like(sentence, lang)


@pytest.mark.parametrize(("lang", "sentence"), CLAIMS_STILL)
def test_findings_stay_claims(lang: str, sentence: str) -> None:
    assert _claim_like(sentence, lang)


def test_a_company_number_is_no_refused_registration() -> None:
    """"registered in Ireland, no. 712345, with its registered office…": "no." is a
    number's sign (the segmenter keeps the sentence whole), not a refusal."""
    from summarizer.sources.regulators import unattributed_not_approved

    sentence = ("Riverside Pharmacies Ltd is a company registered in Ireland, no. 523411, with "
                "its registered office at 7 Mill Road, Cork.")
    assert unattributed_not_approved(sentence) == ()
    assert unattributed_not_approved("The spray is not registered in Ireland for children.")
