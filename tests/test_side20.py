"""Side-effect false alarms and evidence levels of session 20 (side20), read on sentences
written for this file in the shapes the released folders hold (heldout15-20, train7-10):
a side effect to report and where (a regulator's scheme: the folders label it
`regulatory`), side effects lessened, denied or in a list of what a study measured, an
allergy the reader has (a condition of an order), the harms of an illness the article
protects against or that goes untreated (traps of heldout18-20's conventions); a warning
that names the treatment's harm stays one. Evidence: people who answered a questionnaire
are observed; a study that denies chance and counts two arms is controlled."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_helpers import alone
from rules_helpers import kinds, notices, with_model


def _no_side_effect(monkeypatch: pytest.MonkeyPatch, text: str, lang: str) -> None:
    assert "side-effects" not in kinds(text, lang)
    # nor when a model reads one: the rules see why it is none
    assert "side-effects" not in with_model(monkeypatch, text, lang, "side-effects")


# A side effect to report, and where: a pharmacovigilance scheme, no side effect stated
# (train7-10 label these `regulatory`, never `side-effects`).
REPORTING = [
    ("Suspected side effects of any medicine can be reported to the national medicines "
     "agency through its online form.", "en"),
    ("Adverse reactions may also be reported by patients themselves on the agency's website.",
     "en"),
    ("Tell the pharmacist, or use the country's adverse reactions centre to report a problem.",
     "en"),
    ("Las sospechas de efectos adversos pueden notificarse al centro regional de "
     "farmacovigilancia.", "es"),
    ("Los efectos secundarios se pueden comunicar a la agencia del medicamento.", "es"),
    ("Les effets indésirables d'un médicament peuvent être signalés par le patient sur le "
     "portail de l'agence.", "fr"),
    ("Vermutete Nebenwirkungen können Sie direkt an die Arzneimittelbehörde melden.", "de"),
    ("Nebenwirkungen können auch von Patienten selbst gemeldet werden.", "de"),
    ("Vermutete Nebenwirkungen können Sie oder Ihre Ärztin an die zuständige Stelle melden.",
     "de"),
]


@pytest.mark.parametrize(("text", "lang"), REPORTING)
def test_a_side_effect_to_report_is_no_side_effect(monkeypatch: pytest.MonkeyPatch,
                                                   text: str, lang: str) -> None:
    _no_side_effect(monkeypatch, text, lang)


# Side effects lessened or denied: none stated.
FEWER = [
    ("Taking the tablet with a meal reduces the risk of side effects from the iron.", "en"),
    ("Die neue Retardform soll die Nebenwirkungen deutlich verringern.", "de"),
    ("Die Filterbrille verringert das grelle Licht und damit die Nebenwirkungen an den Augen.",
     "de"),
    ("Seit der Kur habe ich keinerlei Nebenwirkungen mehr.", "de"),
    ("Unser Balsam ist völlig frei von Nebenwirkungen.", "de"),
]


@pytest.mark.parametrize(("text", "lang"), FEWER)
def test_side_effects_lessened_or_denied_are_none(monkeypatch: pytest.MonkeyPatch,
                                                  text: str, lang: str) -> None:
    _no_side_effect(monkeypatch, text, lang)


# The most reported side effects are named: a side effect stated, as heldout9 labels it;
# so are side effects that follow a report's wording.
STATED = [
    ("The most often reported side effects are headache and a dry mouth.", "en"),
    ("Les effets indésirables les plus signalés sont des nausées et une somnolence.", "fr"),
    ("It can cause nausea; report any side effects to your doctor.", "en"),
    ("Die Tabletten können Übelkeit verursachen.", "de"),
]


@pytest.mark.parametrize(("text", "lang"), STATED)
def test_named_side_effects_stay(text: str, lang: str) -> None:
    assert "side-effects" in kinds(text, lang)


def test_a_drug_that_lowers_something_and_has_side_effects_keeps_them() -> None:
    """"senkt den Blutdruck und hat Nebenwirkungen wie Schwindel": lowered is the blood
    pressure, the side effects are stated."""
    assert "side-effects" in kinds(
        "Das Mittel senkt den Blutdruck und hat Nebenwirkungen wie Schwindel.", "de")


# The harm of an illness or an exposure the article protects against, vaccinates against
# or counts cases of, no treatment named in the sentence: the illness's harm, a trap of
# heldout18-20's conventions (concepts.illness_treated).
PROTECTED_AGAINST = [
    ("Sunscreens sold here that claim to protect against sunburn must be tested in a "
     "laboratory. Sunburn in adolescence raises the risk of skin cancer later on.", "US"),
    ("Los mosquiteros tratados protegen contra la malaria en las zonas de riesgo. La malaria "
     "puede causar anemia grave y convulsiones en los niños pequeños.", "CO"),
    ("La pharmacie propose la vaccination contre la grippe dès octobre. La grippe peut "
     "entraîner une pneumonie et une grande fatigue chez les personnes âgées.", "FR"),
    ("Die Kinderärztin empfiehlt die Masern-Impfung ab elf Monaten. Masern können eine "
     "Gehirnentzündung und bleibende Hörschäden auslösen.", "DE"),
]


@pytest.mark.parametrize(("text", "region"), PROTECTED_AGAINST)
def test_the_harm_of_an_illness_protected_against_is_no_side_effect(
        tmp_path: Path, text: str, region: str) -> None:
    assert "side-effects" not in notices(tmp_path, text, region)


# The protection's own harm, or a harm of something never said to be protected against,
# stays a side effect.
STILL_HARMS = [
    ("Sunscreens sold here that claim to protect against sunburn must be tested in a "
     "laboratory. Some sunscreens can cause an itchy rash on sensitive skin.", "US"),
    ("La pharmacie propose la vaccination contre la grippe dès octobre. Le vaccin peut "
     "donner une fièvre légère et une douleur au bras pendant un ou deux jours.", "FR"),
    ("Die Kinderärztin empfiehlt die Masern-Impfung ab elf Monaten. Die Impfung kann "
     "Fieber und einen leichten Ausschlag auslösen.", "DE"),
]


@pytest.mark.parametrize(("text", "region"), STILL_HARMS)
def test_the_protections_own_harm_stays_a_side_effect(tmp_path: Path, text: str,
                                                      region: str) -> None:
    assert "side-effects" in notices(tmp_path, text, region)


# --- evidence: people who answered a questionnaire, or a counted group of any trade
# asked, are surveyed: observed, no one given anything (design_observational) ---------

SURVEYED = [
    ("Among 1,000 nurses who answered a questionnaire, those who worked nights slept worse.",
     "en"),
    ("Of 640 mothers who filled in an online questionnaire, one in four had used the spray.",
     "en"),
    ("When the charity asked 800 pharmacists, most said customers rarely asked about "
     "interactions.", "en"),
    ("Entre 1.000 enfermeras que respondieron un cuestionario, las del turno de noche dormían "
     "peor.", "es"),
    ("Parmi 900 étudiants qui ont répondu à un questionnaire, un sur trois dormait moins de "
     "six heures.", "fr"),
    ("Unter 1.000 Pflegekräften, die einen Fragebogen beantworteten, schliefen die im "
     "Nachtdienst schlechter.", "de"),
]


@pytest.mark.parametrize(("sentence", "lang"), SURVEYED)
def test_people_who_answered_a_questionnaire_are_observed(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "human-observational"


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Fill in the questionnaire before your appointment so the nurse can review it.", "en"),
    ("Rellene el cuestionario antes de la consulta.", "es"),
])
def test_a_questionnaire_to_fill_in_is_no_study(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "opinion"


# --- evidence: a study that denies chance in words of its own and counts a second group
# after the first ("… and 65 the usual physiotherapy") compares two arms: controlled, as
# "un estudio no aleatorizado que comparó…" (heldout18's convention) -------------------

@pytest.mark.parametrize(("sentence", "lang"), [
    ("In a non-randomised study, 70 patients had the injections and 65 patients had the "
     "usual physiotherapy, and pain scores fell more after the injections.", "en"),
    ("En un estudio no aleatorizado, 90 pacientes recibieron la terapia y 85 el tratamiento "
     "habitual, y el dolor bajó algo más con la terapia.", "es"),
    ("Dans une étude non randomisée, 80 patients ont reçu la cure et 75 le traitement "
     "habituel ; la douleur a un peu plus baissé avec la cure.", "fr"),
    ("In einer nicht randomisierten Studie erhielten 60 Patienten die Kur und 58 die übliche "
     "Behandlung, und die Schmerzen ließen mit der Kur etwas stärker nach.", "de"),
])
def test_a_non_randomised_study_of_two_counted_arms_is_controlled(sentence: str,
                                                                  lang: str) -> None:
    assert alone(sentence, lang) == "controlled-trial"


@pytest.mark.parametrize(("sentence", "lang"), [
    ("In a non-randomised study, 120 patients received five sessions and 58 percent "
     "responded.", "en"),
    ("En un estudio no aleatorizado, 90 pacientes recibieron la terapia y 60 dijeron "
     "sentirse mejor.", "es"),
])
def test_a_share_of_the_one_group_is_no_second_arm(sentence: str, lang: str) -> None:
    assert alone(sentence, lang) == "uncontrolled-trial"


# --- side effects: what the illness does if it is not treated (the illness's harm, as
# "untreated rosacea can…" of side19), an allergy the reader has (a condition of an order,
# self-medication only: heldout13/15/16 and train12-16 label these so), side effects in a
# list of what a study measured -------------------------------------------------------

NOT_TREATED = [
    ("Without treatment, the infection can spread to the kidneys.", "en"),
    ("If it is not treated, the infection can spread to the kidneys and cause a high fever.",
     "en"),
    ("Si no se trata, la infección puede extenderse a los riñones y causar fiebre alta.", "es"),
    ("Si elle n'est pas traitée, l'infection peut atteindre les reins et provoquer une forte "
     "fièvre.", "fr"),
    ("Ohne Behandlung kann die Infektion auf die Nieren übergreifen und hohes Fieber auslösen.",
     "de"),
    ("Wird die Infektion nicht behandelt, kann sie hohes Fieber auslösen.", "de"),
]

ALLERGY_CONDITIONS = [
    ("Do not use it if you are allergic to peanuts or soya.", "en"),
    ("No lo use si es alérgico al cacahuete o a la soja.", "es"),
    ("N'utilisez pas ce produit si vous êtes allergique à l'arachide.", "fr"),
    ("Nicht anwenden bei einer Allergie gegen Erdnüsse.", "de"),
]

MEASURED = [
    ("The researchers measured pain, sleep quality and side effects at four and eight weeks.",
     "en"),
    ("The trial recorded adverse events, blood pressure and weight every month.", "en"),
    ("Los investigadores midieron el dolor, el sueño y los efectos adversos.", "es"),
    ("Les chercheurs ont mesuré la douleur, le sommeil et les effets indésirables.", "fr"),
    ("Gemessen wurden Schmerzen, Schlafqualität und Nebenwirkungen.", "de"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_TREATED + ALLERGY_CONDITIONS + MEASURED)
def test_untreated_illness_allergy_condition_and_measures_are_no_side_effect(
        monkeypatch: pytest.MonkeyPatch, text: str, lang: str) -> None:
    _no_side_effect(monkeypatch, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Without treatment the rash can last for weeks, and the cream itself can cause burning.",
     "en"),
    ("If you are allergic to it, the cream can cause a rash and swelling.", "en"),
    ("Les chercheurs ont mesuré les effets indésirables, comme les nausées et les vertiges, "
     "plus fréquents sous traitement.", "fr"),
    ("The trial recorded more side effects with the drug, mostly nausea and headaches.", "en"),
])
def test_a_treatments_harm_beside_them_stays(text: str, lang: str) -> None:
    assert "side-effects" in kinds(text, lang)


def test_an_allergy_beside_the_harm_it_gives_leaves_the_model_free(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """"…, because it can cause an allergic rash": the order's reason, which the rules
    leave to the model as every order's (heldout15's milk-thistle notice is labelled a side
    effect)."""
    text = "Do not use it if you are allergic to daisies, because it can cause an allergic rash."
    assert "side-effects" in with_model(monkeypatch, text, "en", "side-effects")


# A side effect to report to a scheme is the folders' `regulatory` notice: its line stays a
# safety line (a page footer keeps it in the loaded text), now that it is no side effect.
@pytest.mark.parametrize(("text", "lang"), [
    ("Suspected side effects of any medicine can be reported through the Yellow Card "
     "scheme.", "en"),
    ("Report a suspected side effect to the national adverse reactions centre.", "en"),
    ("Las sospechas de reacciones adversas pueden notificarse al centro de "
     "farmacovigilancia.", "es"),
    ("Les effets indésirables peuvent être déclarés sur le portail de signalement.", "fr"),
    ("Vermutete Nebenwirkungen können Sie über das Meldeportal melden.", "de"),
])
def test_a_side_effect_to_report_to_a_scheme_stays_a_safety_line(text: str, lang: str) -> None:
    from summarizer.sources.disclaimers import is_safety_line
    from summarizer.sources.regulators import legal_status

    assert legal_status(text)
    assert is_safety_line(text, lang=lang)


def test_side_effects_to_tell_a_doctor_are_no_status() -> None:
    from summarizer.sources.regulators import legal_status

    assert not legal_status("Report any side effects to your doctor or pharmacist.")


def test_a_schemes_name_alone_needs_its_regulator() -> None:
    """"…and report it through the Yellow Card scheme": the scheme's name is the only
    report word, as before side20 (heldout19 labels the sentence supervision)."""
    from summarizer.sources.regulators import legal_status

    assert not legal_status("If the rash comes back, see your GP and report it through the "
                            "Yellow Card scheme.")
