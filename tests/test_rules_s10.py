"""Issue 8, session 10 (rules10): notice recall by the rules, by phrasing family.

Each case is a sentence written for this test, standing for one general cause, in every
language the family exists in; nothing here names a drug, product or topic the rulebook
learns from. The measurement on the real folders is benchmarks/honesty.py's.
"""

from __future__ import annotations

import pytest
from rules_helpers import kinds, notices

# ------------------------------------------------------------------ asking a clinician
# first because of a health state or another medicine taken: an order that names the
# doctor is both a supervision and a self-medication notice (the lead's decision, session
# 10; heldout9 and heldout11 and the newest released folder label it so, and heldout10's
# README for "talk to your doctor before combining"; the older folders were brought in line)

@pytest.mark.parametrize(("sentence", "lang"), [
    ("If you have a kidney problem, ask your doctor before taking these tablets.", "en"),
    ("If you are pregnant or breastfeeding, check with your pharmacist before using the "
     "cream.", "en"),
    ("If you already take a blood thinner, talk to your GP before you start the capsules.",
     "en"),
    ("People with asthma should speak to their doctor first.", "en"),
    ("Si tienes una enfermedad del riñón, consulta a tu médico antes de tomarlo.", "es"),
    ("Si tomas pastillas para la tensión, pregunta antes a tu farmacéutico.", "es"),
    ("Si vous avez de l'asthme, demandez l'avis de votre médecin avant de l'utiliser.", "fr"),
    ("Si vous prenez déjà un traitement pour le cœur, parlez-en à votre pharmacien avant "
     "de commencer.", "fr"),
    ("Wenn Sie schwanger sind, fragen Sie vor der Einnahme Ihre Ärztin.", "de"),
    ("Wenn Sie andere Arzneimittel einnehmen, sprechen Sie vorher mit Ihrem Apotheker.", "de"),
])
def test_asking_a_clinician_first_is_self_medication(sentence: str, lang: str) -> None:
    # supervision and self-medication here until session 12
    # (session 12, convention (a'), tests/data/corpus/README.md "Session 12": asking a
    # professional first or telling them is self-medication only; see test_rules12.py)
    found = kinds(sentence, lang)
    assert "supervision" not in found
    assert "self-medication" in found


@pytest.mark.parametrize(("sentence", "lang"), [
    # the clinician's own check, no order to the reader: supervision only
    ("Before prescribing it, your doctor will check your blood pressure.", "en"),
    ("Antes de empezar, el médico le pedirá un análisis de sangre.", "es"),
    ("Avant la première séance, le médecin vérifie votre tension.", "fr"),
    ("Vor der ersten Einnahme misst Ihre Ärztin den Blutdruck.", "de"),
])
def test_the_clinicians_own_check_is_no_self_medication(sentence: str, lang: str) -> None:
    assert "self-medication" not in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    # the asking said other ways: "see a doctor", "their doctor", a two-word clinician,
    # "first" without "before"; "díselo / avísale a tu médico antes"; "prévenez votre
    # médecin avant"; "informieren Sie vorher Ihre Ärztin"
    ("Anyone with a heart condition should tell their doctor first.", "en"),
    ("If you are over 65, check with your GP or practice nurse first.", "en"),
    ("Si tomas anticoagulantes, díselo a tu médico antes.", "es"),
    ("Si tomás otros antidepresivos, avisale a tu médica antes de empezar.", "es"),
    ("Si vous êtes sous anticoagulants, prévenez votre médecin avant la séance.", "fr"),
    ("Si vous avez un problème de foie, consultez d'abord votre médecin.", "fr"),
    ("Wenn Sie Blutverdünner einnehmen, informieren Sie vorher Ihre Ärztin.", "de"),
    ("Falls Sie an Asthma leiden, halten Sie vor der Anwendung Rücksprache mit Ihrem Arzt.",
     "de"),
])
def test_the_asking_said_other_ways(sentence: str, lang: str) -> None:
    # supervision and self-medication here until session 12
    # (session 12, convention (a'), tests/data/corpus/README.md "Session 12": asking a
    # professional first or telling them is self-medication only; see test_rules12.py)
    found = kinds(sentence, lang)
    assert "supervision" not in found
    assert "self-medication" in found


@pytest.mark.parametrize(("sentence", "lang"), [
    # a denied asking forbids acting alone: self-medication only
    ("If the pharmacy is out of stock, do not swap brands without asking your pharmacist.",
     "en"),
    ("Si te falta una dosis, no la dobles sin consultar a tu médico.", "es"),
])
def test_a_denied_asking_under_a_condition_is_no_clearance(sentence: str, lang: str) -> None:
    assert kinds(sentence, lang) & {"supervision", "self-medication"} == {"self-medication"}


# ------------------------------------------------------------------ a medicine's legal
# status besides "not approved": controlled, a restricted programme, an unlicensed import,
# not funded, a prescription status beside a licence, problems reported to a regulator,
# "not intended to diagnose…", illegal to import, used off-label (the lead's list, session
# 10). Each is the law or the payer restricting the medicine: a regulatory notice.

@pytest.mark.parametrize(("sentence", "region"), [
    # controlled
    ("It is a controlled drug, so the pharmacy keeps a register of every box.", "GB"),
    ("Because it is a controlled substance, a prescription cannot be refilled early.", "US"),
    ("The capsules fall under controlled-drug rules in Ireland.", "IE"),
    ("Es un medicamento controlado y se dispensa con receta de estupefacientes.", "ES"),
    ("En Argentina se vende bajo receta archivada.", "AR"),
    ("En France, il est classé comme stupéfiant.", "FR"),
    ("Das Mittel unterliegt dem Betäubungsmittelgesetz.", "DE"),
    # a restricted programme
    ("In the US it can only be obtained through a restricted distribution program.", "US"),
    ("Solo se entrega a través de un programa de distribución restringida.", "MX"),
    ("Il n'est disponible que dans le cadre d'un programme d'accès restreint.", "FR"),
    # an unlicensed import, a named patient
    ("Your specialist could only order it as an unlicensed import for a named patient.", "GB"),
    ("Solo puede conseguirse como medicamento extranjero, con una solicitud individual.",
     "ES"),
    ("Il n'est accessible qu'en importation nominative.", "FR"),
    ("Es kann nur als Einzelimport aus dem Ausland bezogen werden.", "DE"),
    # not funded, not reimbursed
    ("The injections are not funded by the public health system, so you pay the full fee.",
     "NZ"),
    ("The tablets are not subsidised for this use.", "AU"),
    ("El tratamiento no está financiado por la sanidad pública.", "ES"),
    ("Ce médicament n'est pas remboursé par l'assurance maladie.", "FR"),
    ("Die Kosten werden von der Krankenkasse nicht übernommen.", "DE"),
    # reported to a regulator
    ("You can report any suspected side effect to the TGA.", "AU"),
    ("Please report problems with the device to the MHRA.", "GB"),
    ("Puede notificar los efectos adversos a la AEMPS.", "ES"),
    ("Vous pouvez déclarer tout effet indésirable à l'ANSM.", "FR"),
    ("Nebenwirkungen können Sie dem BfArM melden.", "DE"),
    # "not intended to diagnose…" (a regulator's required statement on a supplement)
    ("These gummies are not intended to diagnose, treat, cure or prevent any disease.", "US"),
    # illegal to import or buy
    ("Buying these tablets from an overseas site is against the law.", "AU"),
    ("It is illegal to bring the capsules into the country without a prescription.", "NZ"),
    ("Es ilegal importar estos medicamentos por correo.", "ES"),
    ("Il est illégal d'importer ce médicament par la poste.", "FR"),
    ("Es ist verboten, das Mittel im Internet zu bestellen.", "DE"),
    # used off-label
    ("The patch is licensed for shingles pain; using it for back pain is off-label.", "GB"),
    ("Está aprobada para la depresión; para el insomnio es un uso fuera de indicación.", "ES"),
    ("Pour l'insomnie, c'est un usage hors AMM.", "FR"),
    ("Bei Schlafstörungen ist das ein Off-Label-Gebrauch.", "DE"),
    # a prescription status beside the licence it goes with
    ("It is a prescription-only medicine licensed for hair loss.", "IE"),
    ("Es un medicamento de venta bajo receta autorizado para la migraña.", "AR"),
])
def test_a_legal_status_is_regulatory(tmp_path, sentence: str, region: str) -> None:
    assert "regulatory" in notices(tmp_path, sentence, region)


@pytest.mark.parametrize(("sentence", "region"), [
    # the controls: a status word that states no restriction on this medicine
    ("Any clinician who can prescribe controlled medicines may now prescribe it.", "US"),
    ("The trial was funded by the national health service.", "GB"),
    ("Depuis 2022, il n'est plus remboursé qu'à 15 % par l'Assurance maladie.", "FR"),
    ("A report to the FDA described two cases of liver injury.", "US"),
    ("Patients who took it off-label were followed for a year.", "US"),
    ("The FDA approved it in 2019 for adults with insomnia.", "US"),
])
def test_a_status_word_without_a_restriction_is_no_regulatory_notice(
        tmp_path, sentence: str, region: str) -> None:
    assert "regulatory" not in notices(tmp_path, sentence, region)


@pytest.mark.parametrize(("sentence", "region"), [
    # a status denied or told as history is none
    ("Unlike other hallucinogens, it is not a controlled substance.", "US"),
    ("Over the years it has also been used off-label for pain and anxiety.", "US"),
    ("No es un medicamento controlado.", "ES"),
])
def test_a_status_denied_or_told_as_history_is_none(tmp_path, sentence: str,
                                                    region: str) -> None:
    assert "regulatory" not in notices(tmp_path, sentence, region)


# ------------------------------------------------------------------ contraindications: a
# negated modal, then a taking or using verb, wherever the clause starts ("It must not be
# taken with…", "Elle ne doit pas être prise si…", "darf … nicht eingenommen werden",
# "dürfen kein … erhalten", "no debe tomarse si…"): self-medication

@pytest.mark.parametrize(("sentence", "lang"), [
    ("The tablets must not be taken with grapefruit juice.", "en"),
    ("This cream should not be used on broken skin or by children under six.", "en"),
    ("Children under twelve must never be given the adult spray.", "en"),
    ("Las cápsulas no deben tomarse si tienes una úlcera de estómago.", "es"),
    ("Este jarabe no se debe dar a menores de dos años.", "es"),
    ("No hay que triturar ni masticar las tabletas de liberación lenta.", "es"),
    ("Ce sirop ne doit pas être pris pendant la grossesse.", "fr"),
    ("Il ne faut pas l'utiliser si vous avez une maladie du foie.", "fr"),
    ("In der Stillzeit darf das Mittel nicht angewendet werden.", "de"),
    ("Kinder unter sechs Jahren dürfen kein Nasenspray mit diesem Wirkstoff erhalten.", "de"),
    ("Die Tabletten dürfen nicht geteilt oder zerkaut werden.", "de"),
])
def test_a_contraindication_is_self_medication(sentence: str, lang: str) -> None:
    assert "self-medication" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    # the controls: a study's exclusions and a description are no order
    ("People who could not take the tablets were left out of the study.", "en"),
    ("Los pacientes que no podían tomar el fármaco fueron excluidos.", "es"),
])
def test_an_exclusion_is_no_contraindication(sentence: str, lang: str) -> None:
    assert "self-medication" not in kinds(sentence, lang)


# ------------------------------------------------------------------ storage away from
# children, and an order not to stop suddenly with its modal anywhere ("El paciente no
# debe dejarlo de golpe"; a danger of stopping told with no order, "dejarla de golpe puede
# causar ansiedad", is a side effect by the corpus's labels)

@pytest.mark.parametrize(("sentence", "lang"), [
    ("Store the sachets away from children.", "en"),
    ("Guarda el frasco lejos de los niños.", "es"),
    ("Conservez les gélules hors d'atteinte des enfants.", "fr"),
    ("Lagern Sie die Kapseln für Kinder unerreichbar.", "de"),
    ("Patients on it for months should not stop it suddenly.", "en"),
    ("Quien lo toma a diario no debe dejarlo de golpe.", "es"),
    ("Le traitement ne doit pas être arrêté brutalement.", "fr"),
    ("Das Medikament darf nicht plötzlich abgesetzt werden.", "de"),
])
def test_storage_and_stopping_suddenly_are_self_medication(sentence: str, lang: str) -> None:
    assert "self-medication" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    # a regulator's restriction reported is its regulatory notice; "may not" is a hedge;
    # what it replaces is no contraindication
    ("The MHRA says the gel must not be used in children under twelve.", "en"),
    ("La AEMPS recuerda que no debe usarse más de dos semanas.", "es"),
    ("The tremor may not go away, and it can raise blood sugar.", "en"),
    ("Supplements should not be used as a substitute for a varied diet.", "en"),
])
def test_a_reported_restriction_or_a_hedge_is_no_contraindication(sentence: str,
                                                                   lang: str) -> None:
    assert "self-medication" not in kinds(sentence, lang)


# ------------------------------------------------------------------ supervision said
# other ways: the clinician watching for a change, checking levels, re-assessing the
# treatment, telling the patient when to taper; the reader told to discuss it with the
# doctor or plan a change with them; care at the wheel

@pytest.mark.parametrize(("sentence", "lang"), [
    ("Because it can lower mood, doctors watch for signs of depression in the first weeks.",
     "en"),
    ("Your doctor may check your iron levels after three months.", "en"),
    ("Your psychiatrist will tell you when to lower the dose.", "en"),
    ("Your GP will reassess the treatment after six weeks.", "en"),
    ("El médico reevaluará el tratamiento a los tres meses.", "es"),
    ("Votre médecin réévaluera le traitement au bout de trois mois.", "fr"),
    ("Ihre Ärztin wird die Behandlung nach drei Monaten überprüfen.", "de"),
    ("Ask your GP to review the other tablets you take at night.", "en"),
    ("Soyez prudent au volant pendant les premiers jours.", "fr"),
    ("Ten cuidado al conducir durante la primera semana.", "es"),
    ("Be careful when driving until you know how it affects you.", "en"),
])
def test_supervision_said_other_ways(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


def test_a_dose_change_planned_with_the_doctor_is_self_medication() -> None:
    # "Any change of dose should be planned with your doctor" was supervision here until
    # session 11
    # (session 11, label convention (a), tests/data/corpus/README.md: an order not to act
    # alone, the clinician only asked, is self-medication only; see test_rules11.py)
    found = kinds("Any change of dose should be planned with your doctor.", "en")
    assert "supervision" not in found
    assert "self-medication" in found


@pytest.mark.parametrize(("sentence", "lang"), [
    # the controls: research checks levels; a doctor described, no care given
    ("The researchers checked hormone levels in 40 volunteers.", "en"),
    ("Doctors have watched the new guidance with interest.", "en"),
])
def test_research_checks_are_no_supervision(sentence: str, lang: str) -> None:
    assert "supervision" not in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("People with kidney disease should discuss it with their doctor.", "en"),
])
def test_discussing_it_with_the_doctor_is_self_medication(sentence: str, lang: str) -> None:
    # supervision here until session 12
    # (session 12, convention (a'), tests/data/corpus/README.md "Session 12": asking a
    # professional first or telling them is self-medication only; see test_rules12.py)
    found = kinds(sentence, lang)
    assert "supervision" not in found
    assert "self-medication" in found


def test_seeing_a_doctor_first_is_both() -> None:
    # seeing a doctor first is a professional examining the reader: supervision, and not
    # trying anything alone before, self-medication (convention (a'), session 12)
    assert {"supervision", "self-medication"} <= kinds(
        "If the pain started after a fall, see a doctor before trying anything at home.")
