"""Issue 8, session 8: the rules' misses and false marks on heldout10 (released), by family.

Each case is a sentence written for this test, standing for one general cause, in every
language the family exists in; nothing here names a drug, product or topic the rulebook
learns from. The measurement on the real folders is benchmarks/honesty.py's.
"""

from __future__ import annotations

import pytest
from rules_helpers import kinds, notices

# ------------------------------------------------------------------ a regulator's boxed
# warning on the label, and the US legend restricting sale to a prescriber's order: a
# regulatory notice (the regulator restricts the use), whoever's label it is

@pytest.mark.parametrize(("sentence", "region"), [
    ("The label carries a boxed warning about suicidal thoughts in young people.", "US"),
    ("Its leaflet carries the FDA's strongest warning, a boxed warning about slowed "
     "breathing.", "US"),
    ("The drug has a black box warning for liver damage.", "US"),
    ("En Estados Unidos, el prospecto lleva una advertencia de recuadro negro sobre los "
     "pensamientos suicidas.", "ES"),
    ("Aux États-Unis, la notice porte un avertissement encadré sur le risque suicidaire.",
     "FR"),
    ("In den USA trägt die Packungsbeilage eine Black-Box-Warnung zu Suizidgedanken.", "DE"),
    ("Federal law restricts this device to sale by or on the order of a physician.", "US"),
    ("Caution: Federal law restricts this drug to use by or on the order of a licensed "
     "practitioner.", "US"),
])
def test_a_boxed_warning_or_a_sale_restriction_is_regulatory(tmp_path, sentence: str,
                                                              region: str) -> None:
    assert "regulatory" in notices(tmp_path, sentence, region)


@pytest.mark.parametrize(("sentence", "region"), [
    ("The box carries a warning to keep it out of the reach of children.", "US"),
    ("The law restricts where you can smoke.", "US"),
])
def test_a_warning_on_a_box_is_no_regulators_warning(tmp_path, sentence: str,
                                                     region: str) -> None:
    assert "regulatory" not in notices(tmp_path, sentence, region)


# ------------------------------------------------------------------ an approval by a
# named regulator for one use only ("approved by the FDA only to treat…")

@pytest.mark.parametrize(("sentence", "region"), [
    ("It is approved by the FDA only to treat seizures in adults.", "US"),
    ("It is licensed by the MHRA solely for severe acne.", "GB"),
    ("Está autorizado por la AEMPS solo para la epilepsia.", "ES"),
    ("Il est autorisé par l'ANSM uniquement dans l'épilepsie.", "FR"),
])
def test_an_approval_by_a_named_regulator_for_one_use_only(tmp_path, sentence: str,
                                                           region: str) -> None:
    assert "regulatory" in notices(tmp_path, sentence, region)


def test_an_approval_by_a_named_regulator_stays_an_approval(tmp_path) -> None:
    # the control: no "only", nothing withheld
    assert "regulatory" not in notices(
        tmp_path, "It is approved by the FDA to treat seizures in adults.", "US")


# ------------------------------------------------------------------ a regulator banning
# or recalling a product, with a date or a reason between the verb and its object

@pytest.mark.parametrize(("sentence", "region"), [
    ("In 2023 the FDA banned, after several deaths, the sale of a sleep supplement.", "US"),
    ("The FDA recalled two batches of another brand's sleep gummies in 2024.", "US"),
    ("La AEMPS prohibió en 2025 la venta de otra marca de gotas para dormir.", "ES"),
    ("La AEMPS ordenó la retirada del mercado de otro suplemento para dormir.", "ES"),
    ("L'ANSM a interdit en 2022 la vente d'un autre complément pour dormir.", "FR"),
    ("L'ANSM a ordonné le rappel de plusieurs lots d'un autre complément.", "FR"),
    ("Das BfArM hat ein anderes Schlafmittel 2021 vom Markt genommen.", "DE"),
])
def test_a_regulator_banning_or_recalling_a_product(tmp_path, sentence: str,
                                                   region: str) -> None:
    assert "regulatory" in notices(tmp_path, sentence, region)


def test_someone_recalling_an_approval_is_no_recall(tmp_path) -> None:
    # the control: "recalled" as remembering, an approval told
    assert "regulatory" not in notices(
        tmp_path, "Dr. Lee recalled how the FDA approved it for adults in 2008.", "US")


# ------------------------------------------------------------------ "there is no
# approval for…" after an approval for something else

@pytest.mark.parametrize(("sentence", "region"), [
    ("It is approved for epilepsy; for anxiety it has no approval at all.", "US"),
    ("Está autorizado para la epilepsia; para el insomnio no tiene autorización.", "ES"),
    ("Il est autorisé dans l'épilepsie ; pour l'anxiété, il n'a pas d'autorisation.", "FR"),
    ("Es ist für Depressionen zugelassen; für Schlafstörungen besteht keine Zulassung.", "DE"),
])
def test_no_approval_for_another_use(tmp_path, sentence: str, region: str) -> None:
    assert "regulatory" in notices(tmp_path, sentence, region)


# ------------------------------------------------------------------ a regulator warning,
# reminding or advising that a medicine must not be used some way

@pytest.mark.parametrize(("sentence", "region"), [
    ("The FDA warned in 2022 that the drug should not be used in children.", "US"),
    ("The MHRA advises against using it in anyone under 18.", "GB"),
    ("La AEMPS recordó que este medicamento no debe usarse más de cuatro semanas.", "ES"),
    ("L'ANSM a rappelé en 2024 que ce médicament ne doit pas devenir un traitement de fond.",
     "FR"),
    ("Das BfArM warnt, dass das Mittel nicht länger als vier Wochen eingenommen werden soll.",
     "DE"),
])
def test_a_regulators_warning_against_a_use(tmp_path, sentence: str, region: str) -> None:
    assert "regulatory" in notices(tmp_path, sentence, region)


@pytest.mark.parametrize(("sentence", "region"), [
    ("The FDA said it would decide by March.", "US"),
    # a label's instruction, told as the label's (corpus/: a trap, not regulatory)
    ("Las fichas técnicas aprobadas por la AEMPS indican que no deben usarse más de cuatro "
     "semanas.", "ES"),
])
def test_a_regulator_saying_something_else_is_no_warning(tmp_path, sentence: str,
                                                         region: str) -> None:
    assert "regulatory" not in notices(tmp_path, sentence, region)


# ------------------------------------------------------------------ a harm named only as
# the reason to call a phone line ("For a life-threatening emergency, call 999"): when to
# call a service, not something the treatment does

@pytest.mark.parametrize(("sentence", "lang"), [
    ("For a life-threatening emergency, call 999.", "en"),
    ("For questions about a possible overdose, call the poison centre at 1-800-555-0199.",
     "en"),
    ("In case of a suspected overdose, ring 111 straight away.", "en"),
    ("Ante una posible sobredosis, llama al 91 562 04 20.", "es"),
    ("Pour une urgence vitale, appelez le 15.", "fr"),
    ("En cas de surdosage, appelez le centre antipoison au 01 40 05 48 48.", "fr"),
    ("Bei einer Vergiftung rufen Sie die Vergiftungszentrale unter 01 406 43 43 an.", "de"),
])
def test_a_harm_that_says_when_to_call_a_line_is_no_side_effect(sentence: str,
                                                                 lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)


def test_a_harm_stated_before_a_phone_number_stays_a_side_effect() -> None:
    # the control: the harm is the treatment's; the number only follows
    assert "side-effects" in kinds(
        "It can cause dizziness and fainting; questions? Call our pharmacists on 555-0100.")


# ------------------------------------------------------------------ side effects of
# something else softened or eased ("soften the jittery side effects of too much coffee")

@pytest.mark.parametrize(("sentence", "lang"), [
    ("The tea can even soften the jittery side effects of too much coffee.", "en"),
    ("A warm bath may ease the side effects of a long day at a desk.", "en"),
    ("La infusión puede suavizar los efectos secundarios del exceso de café.", "es"),
    ("La tisane peut adoucir les effets secondaires d'un excès de café.", "fr"),
    ("Der Tee kann die Nebenwirkungen von zu viel Kaffee mildern.", "de"),
])
def test_side_effects_softened_are_none_stated(sentence: str, lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)


# ------------------------------------------------------------------ the illness itself
# described: what it is, how many it affects

@pytest.mark.parametrize(("sentence", "lang"), [
    ("Psychotic depression, in which low mood comes with delusions or hallucinations, "
     "affects roughly one in every 200 adults.", "en"),
    ("Panic disorder is an illness marked by sudden attacks of a racing heart and "
     "dizziness.", "en"),
    ("La depresión psicótica, en la que el ánimo bajo se acompaña de alucinaciones, afecta "
     "a una de cada 200 personas.", "es"),
    ("La dépression psychotique, dans laquelle l'humeur basse s'accompagne "
     "d'hallucinations, touche environ un adulte sur 200.", "fr"),
    ("Die psychotische Depression, bei der zur gedrückten Stimmung Halluzinationen kommen, "
     "betrifft etwa einen von 200 Erwachsenen.", "de"),
])
def test_the_illness_described_is_no_side_effect(sentence: str, lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)


def test_a_harm_in_a_sentence_about_how_many_it_affects_stays() -> None:
    # the control: the side effect is said, with how many it affects
    assert "side-effects" in kinds(
        "Nausea is a common side effect and affects about one in ten people who take it.")


# ------------------------------------------------------------------ the writer's own
# complaint, introduced with their age ("I'm 58 and I've had trouble sleeping")

@pytest.mark.parametrize(("sentence", "lang"), [
    ("I'm 58 and I've had trouble staying asleep for years.", "en"),
    ("I am 34, and my anxiety and racing heart have been awful since the spring.", "en"),
    ("Tengo 41 años, ando con mucha ansiedad y el estómago revuelto desde hace meses.", "es"),
    ("J'ai 52 ans et je souffre d'insomnie et de palpitations depuis des mois.", "fr"),
    ("Ich bin 47 und habe seit Monaten Schlafstörungen und Herzrasen.", "de"),
])
def test_the_writers_own_complaint_is_no_side_effect(sentence: str, lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)


def test_the_writer_telling_a_harm_after_a_dose_keeps_it() -> None:
    # the control: the writer took something and got the harm
    assert "side-effects" in kinds(
        "I'm 58 and since I started taking it I get headaches every afternoon.")


# ------------------------------------------------------------------ asking a clinician
# first because of a health state, said other ways: "make sure your GP knows", "get
# advice from your GP before", and Rioplatense voseo ("si tomás…, consultá con tu médico")

@pytest.mark.parametrize(("sentence", "lang"), [
    ("If you have glaucoma or a heart rhythm problem, make sure your GP knows before you "
     "carry on.", "en"),
    ("If you have epilepsy or a heart condition, please get advice from your GP before "
     "your first session.", "en"),
    ("Si tomás antidepresivos u otro tranquilizante, consultá con tu médico antes de sumar "
     "estas gotas.", "es"),
    ("Si tenés epilepsia, consultá con tu médico antes de empezar.", "es"),
    ("Si vous avez une maladie du cœur, assurez-vous que votre médecin est au courant "
     "avant de commencer.", "fr"),
    ("Wenn Sie eine Herzerkrankung haben, holen Sie sich vor der ersten Sitzung Rat bei "
     "Ihrem Arzt.", "de"),
])
def test_asking_first_because_of_a_health_state_is_self_medication(sentence: str,
                                                                   lang: str) -> None:
    # supervision and self-medication from session 10 until session 12
    # (session 12, convention (a'), tests/data/corpus/README.md "Session 12": asking a
    # professional first or telling them is self-medication only; see test_rules12.py)
    found = kinds(sentence, lang)
    assert "supervision" not in found
    assert "self-medication" in found


def test_a_list_of_medicines_taken_then_asking_first_is_self_medication() -> None:
    sentence = ("Si tomás sertralina, lorazepam u otro tranquilizante, consultá con tu médico "
                "antes de sumar estas gotas.")
    # both from session 10 until session 12's convention (a'): self-medication only
    found = kinds(sentence, "es")
    assert "supervision" not in found
    assert "self-medication" in found


# ------------------------------------------------------------------ crisis contacts:
# a region's short line named where its number stands, with no dialling verb ("finden
# bei Rat auf Draht unter 147 Hilfe"); a keyword texted to a short number the rulebook
# does not know ("text HELP to 51444"); a key pressed after dialling ("press 1 after
# dialing 988")

def contacts_of(sentence: str, region: str) -> list[tuple[str, str, str]]:
    from summarizer.sources.contacts import find_contacts

    return [(f.contact.number, f.contact.role, f.contact.extra)
            for f in find_contacts(sentence, region)]


@pytest.mark.parametrize(("sentence", "region", "number"), [
    ("Kinder und Jugendliche finden bei Rat auf Draht unter 147 Hilfe, Tag und Nacht.",
     "AT", "147"),
    ("Die TelefonSeelsorge ist unter 142 erreichbar.", "AT", "142"),
    ("The Samaritans are there on 116 123, day or night.", "GB", "116123"),
])
def test_a_short_line_named_beside_its_number_is_a_contact(sentence: str, region: str,
                                                           number: str) -> None:
    assert (number, "crisis", "") in contacts_of(sentence, region)


def test_a_short_number_with_no_line_or_verb_is_no_contact() -> None:
    # the control: a count that happens to be a line's number
    assert contacts_of("Die Studie schloss 147 Kinder ein.", "AT") == []


@pytest.mark.parametrize(("sentence", "region", "number", "extra"), [
    ("If you are thinking about suicide, text HELP to 51444, any time.", "IE", "51444",
     "text HELP"),
    ("In a crisis, text TALK to 50808 to reach a volunteer.", "IE", "50808", "text TALK"),
    ("Si estás en crisis, envía un mensaje de texto con AYUDA al 55123.", "MX", "55123",
     "text AYUDA"),
])
def test_a_keyword_texted_to_a_short_number_is_a_contact(sentence: str, region: str,
                                                         number: str, extra: str) -> None:
    assert (number, "crisis", extra) in contacts_of(sentence, region)


@pytest.mark.parametrize(("sentence", "region", "number", "extra"), [
    ("Veterans can press 1 after dialing 988.", "US", "988", "then press 1"),
    ("Para hablar en español, oprima el 2 después de marcar el 988.", "US", "988",
     "then press 2"),
    ("Appuyez sur 1 après avoir composé le 3114 pour parler à un infirmier.", "FR", "3114",
     "then press 1"),
])
def test_a_key_pressed_after_dialling_is_the_routes_extra(sentence: str, region: str,
                                                         number: str, extra: str) -> None:
    assert [(n, e) for n, _, e in contacts_of(sentence, region)] == [(number, extra)]


# ------------------------------------------------------------------ hype: a superlative
# that rates the research, not the treatment ("the best evidence is mixed"); a customer
# named inside a quote is not a customer's testimony; promises of transformation

def hype(sentence: str, lang: str) -> bool:
    from summarizer.sources.claims import flag_claim

    return "hype" in flag_claim(sentence, lang)[0]


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The best evidence is mixed.", "en"),
    ("Even the strongest studies so far were small.", "en"),
    ("La mejor evidencia disponible es contradictoria.", "es"),
    ("Les meilleures études restent petites.", "fr"),
    ("Die beste Evidenz ist widersprüchlich.", "de"),
    ("“Most of my customers like it as a bedtime ritual more than anything,” says our "
     "pharmacist.", "en"),
])
def test_no_hype_in_rating_research_or_quoting_a_pharmacist(sentence: str, lang: str) -> None:
    assert not hype(sentence, lang)


def test_a_superlative_of_the_treatment_stays_hype() -> None:
    # the control: the superlative rates the product
    assert hype("It is the best treatment for anxiety on the market.", "en")


@pytest.mark.parametrize(("sentence", "lang"), [
    ("A short course of this pill could transform care for people with severe "
     "depression.", "en"),
    ("Reprogram your mind in just three sessions and free yourself from anxiety.", "en"),
    ("Reprograma tu mente en solo tres sesiones y libérate de la ansiedad de raíz.", "es"),
    ("Reprogrammez votre cerveau en seulement trois séances.", "fr"),
    ("Beseitigen Sie Ihre Angst an der Wurzel, in nur drei Sitzungen.", "de"),
])
def test_promises_of_transformation_are_hype(sentence: str, lang: str) -> None:
    assert hype(sentence, lang)


# ------------------------------------------------------------------ not claims: a list of
# links under "Related:", an address strip, "email us", a funding statement

def claim_texts(tmp_path, text: str) -> list[str]:
    from summarizer.sources.analyze import analyze_source
    from summarizer.sources.load import load_source

    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return [c.quote for c in analyze_source("a", load_source(path), region="US").claims]


@pytest.mark.parametrize(("line", "lang"), [
    ("Related: Why some drugs are prescribed off-label | New sleep drugs in the pipeline", "en"),
    ("Pharmacie des Alpes SA · Rue du Lac 4 · 1200 Genève · Tél. 022 555 01 99 · "
     "Lun-Sam 8h-19h", "fr"),
    ("Calm Corner Ltd | 12 High Street | Leeds LS1 4AB | 0113 496 0000", "en"),
    ("Email us, or pop into the pharmacy on Main Street any weekday afternoon.", "en"),
    ("Escríbenos o pasa por la farmacia de la calle Mayor cualquier tarde.", "es"),
    ("Écrivez-nous ou passez à la pharmacie du lundi au samedi.", "fr"),
    ("Schreiben Sie uns oder besuchen Sie unsere Apotheke am Marktplatz.", "de"),
    ("The study was funded by the national health research council and a university "
     "foundation.", "en"),
    ("El estudio fue financiado por el consejo nacional de investigación y una fundación.",
     "es"),
    ("L'étude a été financée par l'agence nationale de la recherche.", "fr"),
    ("Die Studie wurde von der nationalen Forschungsgemeinschaft finanziert.", "de"),
])
def test_site_furniture_and_disclosures_are_no_claims(tmp_path, line: str,
                                                      lang: str) -> None:
    lead = {"es": "En un ensayo con 200 adultos, el fármaco alivió la ansiedad más que el "
                  "placebo.",
            "fr": "Dans un essai chez 200 adultes, le médicament a réduit l'anxiété plus que "
                  "le placebo.",
            "de": "In einer Studie mit 200 Erwachsenen linderte das Mittel die Angst stärker "
                  "als ein Placebo."}.get(
        lang,
        "In a trial of 200 adults, the drug eased anxiety more than a placebo did.")
    text = f"{lead}\n\n{line}\n"
    assert line not in claim_texts(tmp_path, text)


def test_a_funded_study_with_a_finding_stays_a_claim(tmp_path) -> None:
    # the control: the funding is a detail of a sentence that reports a result
    line = ("The study, funded by the national research council, found that 60 percent of "
            "patients improved.")
    assert line in claim_texts(tmp_path, line + "\n")


@pytest.mark.parametrize("line", [
    "Pharmacie des Alpes SA · Rue du Lac 4 · 1200 Genève · Tél. 022 555 01 99 · Livraison dès "
    "50 CHF",
    "Farmacia Sol · Calle Mayor 3 · 28013 Madrid · Tfno. 910 000 111 · Envíos en 24 horas",
])
def test_a_phone_abbreviation_does_not_split_an_address_strip(tmp_path, line: str) -> None:
    # "Tél." / "Tfno." before the number is no sentence end: the strip stays whole, no claim
    assert not [q for q in claim_texts(tmp_path, line + "\n") if "·" in q]


# ------------------------------------------------------------------ approved for one use
# "but not for" another, the "but" joining the refused use to its approval

@pytest.mark.parametrize(("sentence", "region"), [
    ("Here in New Zealand, it is approved by Medsafe for depression and anxiety, but not for "
     "insomnia.", "NZ"),
    ("It is approved for epilepsy in adults, but not for anxiety.", "US"),
    ("En España está autorizado por la AEMPS para la epilepsia, pero no para la ansiedad.",
     "ES"),
    ("En France, il est autorisé par l'ANSM pour l'épilepsie, mais pas pour l'anxiété.", "FR"),
    ("In Deutschland ist es vom BfArM für Epilepsie zugelassen, aber nicht für Angst.", "DE"),
])
def test_approved_for_one_use_but_not_for_another(tmp_path, sentence: str,
                                                  region: str) -> None:
    assert "regulatory" in notices(tmp_path, sentence, region)


def test_approved_but_not_without_debate_stays_an_approval(tmp_path) -> None:
    assert "regulatory" not in notices(
        tmp_path, "The FDA approved it for adults in 2019, but not without debate.", "US")


# ------------------------------------------------------------------ supervision said
# other ways: a plan with the clinician to come off ("talk to your GP about a plan to come
# off slowly"), a prescriber checking the heart before starting. (Not done, the labels
# disagree: "your GP will tell you how long to wait" and "contact his prescriber the same
# day" are supervision in heldout10, while corpus/ and heldout3 label "su médico le dirá
# cómo bajar la dosis" and heldout2 "Tell your doctor at once if you get a fever" as none.)

@pytest.mark.parametrize(("sentence", "lang"), [
    ("Don't stop it suddenly; talk to your GP about a plan to come off slowly.", "en"),
    ("No la dejes de golpe; habla con tu médico sobre un plan para dejarla poco a poco.",
     "es"),
    ("Ne l'arrêtez pas brutalement ; parlez à votre médecin d'un plan pour l'arrêter "
     "progressivement.", "fr"),
    ("Setzen Sie es nicht abrupt ab; besprechen Sie mit Ihrem Arzt einen Plan zum "
     "langsamen Absetzen.", "de"),
])
def test_a_plan_to_come_off_with_the_clinician_is_self_medication(sentence: str,
                                                                  lang: str) -> None:
    # supervision here until session 11 (heldout10's moclobemide sentence now labelled
    # self-medication only)
    # (session 11, label convention (a), tests/data/corpus/README.md: an order not to act
    # alone, the clinician only asked, is self-medication only; see test_rules11.py)
    found = kinds(sentence, lang)
    assert "supervision" not in found
    assert "self-medication" in found


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Your son's prescriber would need to check his heart rate and blood pressure before "
     "starting and at every dose change.", "en"),
])
def test_a_clinician_checking_is_supervision(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


def test_a_prescribers_check_is_no_order_to_the_reader() -> None:
    sentence = ("Your son's prescriber would need to check his heart rate and blood pressure "
                "before starting and at every dose change.")
    assert "self-medication" not in kinds(sentence)


def test_a_plan_with_no_clinician_is_no_supervision() -> None:
    # the control: the reader's own plan to come off, no clinician in it
    assert "supervision" not in kinds("She made a plan to come off it slowly over the summer.")


# ------------------------------------------------------------------ self-medication said
# other ways: obtaining or asking for a drug oneself ("People should not try to obtain
# it…"), a plea opening the order ("Gustavo, por favor no la compres sin fórmula médica"),
# other drugs beside alcohol ("do not drink alcohol or take recreational drugs"), a
# medicine taken without a doctor's word ("ohne ärztliche Rücksprache")

@pytest.mark.parametrize(("sentence", "lang"), [
    ("People should not try to obtain this drug to treat their own depression.", "en"),
    ("Patients should not try to get it from an online pharmacy.", "en"),
    ("Ana, por favor no la compres sin fórmula médica.", "es"),
    ("Por favor, no la pidas por internet sin receta.", "es"),
    ("Please do not drink alcohol or take recreational drugs before your session.", "en"),
    ("No bebas alcohol ni consumas drogas antes de la sesión.", "es"),
    ("Nehmen Sie keine weiteren Schlafmittel ohne ärztliche Rücksprache.", "de"),
])
def test_acting_alone_said_other_ways_is_self_medication(sentence: str, lang: str) -> None:
    assert "self-medication" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    # (session 9: "Please do not drink alcohol before your session." left this list: an
    # order not to drink is self-medication by heldout10's and heldout11's labels, a spa's
    # "Évitez l'alcool pendant le séjour" too; see test_rules_s9.py)
    ("People who obtained the drug online were more likely to stop it early.", "en"),
])
def test_no_self_medication_without_a_medicine_order(sentence: str, lang: str) -> None:
    assert "self-medication" not in kinds(sentence, lang)


# ------------------------------------------------------------------ the reader's own
# health states named to say who must ask first ("If you have epilepsy, a heart condition
# or low blood pressure, get advice from your GP before your first float"): conditions,
# not side effects

@pytest.mark.parametrize(("sentence", "lang"), [
    ("If you have epilepsy, a heart condition or low blood pressure, please get advice from "
     "your GP before your first session.", "en"),
    ("Si tienes epilepsia o convulsiones, consulta a tu médico antes de usarlo.", "es"),
    ("Si vous avez une maladie du cœur ou des palpitations, demandez l'avis de votre "
     "médecin avant de commencer.", "fr"),
])
def test_health_states_before_asking_first_are_no_side_effects(sentence: str,
                                                               lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)
    # supervision until session 12; self-medication only since (convention (a'))
    assert "self-medication" in kinds(sentence, lang)


def test_health_states_before_a_denied_asking_are_no_side_effects() -> None:
    # "…no está indicada sin la autorización de tu psiquiatra" was supervision here until
    # session 11 (heldout10 labels it self-medication only)
    # (session 11, label convention (a), tests/data/corpus/README.md: an order not to act
    # alone, the clinician only asked, is self-medication only; see test_rules11.py)
    found = kinds("Si tienes diagnóstico de esquizofrenia o episodios de disociación, la "
                  "hipnosis no está indicada sin la autorización de tu psiquiatra.", "es")
    assert "side-effects" not in found
    assert found & {"supervision", "self-medication"} == {"self-medication"}


def test_a_harm_said_beside_asking_first_stays_a_side_effect() -> None:
    # the control: the drug's own harm, then the asking
    assert "side-effects" in kinds(
        "If you have epilepsy, it can cause seizures, so ask your doctor before you start.")


# ------------------------------------------------------------------ a harm told in the
# first person after the product ("me dejó tan dormida", "m'a laissée somnolente")

@pytest.mark.parametrize(("sentence", "lang"), [
    ("Me dejó tan dormida que al otro día me costó levantarme y me dolía la cabeza.", "es"),
    ("Me dejó con mucho sueño todo el día.", "es"),
    ("Elle m'a laissée tellement somnolente que j'ai eu du mal à me lever.", "fr"),
    ("Das Mittel hat mich so müde gemacht, dass ich kaum aufstehen konnte.", "de"),
])
def test_a_harm_told_in_the_first_person_is_a_side_effect(sentence: str, lang: str) -> None:
    assert "side-effects" in kinds(sentence, lang)


def test_a_headache_before_treatment_stays_the_illness() -> None:
    # the control: the time before the treatment
    assert "side-effects" not in kinds("Antes del tratamiento me dolía la cabeza cada día.", "es")
