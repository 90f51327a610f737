"""Issue 8: the rules must hold on phrasings nobody tuned them on.

Each case is a sentence written for this test (not taken from any corpus folder) that
stands for one general cause of a held-out miss: a supervision notice said another way,
a side effect named only as a topic or denied, an evidence design in other words, a
rewrite whose meaning changed in a way the gate did not see.
"""

from __future__ import annotations

import pytest

from summarizer.evidence import derive_evidence
from summarizer.gate.faithfulness import check_rewrite
from summarizer.model import Span
from summarizer.sources.disclaimers import sentence_kinds


def kinds(sentence: str, lang: str = "en") -> set[str]:
    return {k for k, _ in sentence_kinds(sentence, lang)}


def level(paragraph: str, quote: str, lang: str = "en") -> str:
    at = paragraph.index(quote)
    return derive_evidence(paragraph, Span(at, at + len(quote)), lang).level


# ------------------------------------------------------------------ supervision

@pytest.mark.parametrize(("sentence", "lang"), [
    ("When the infusion ends, a nurse watches you in the lounge for forty minutes.", "en"),
    ("A psychiatrist stayed with each volunteer from the first dose to the last.", "en"),
    ("Everyone is kept under observation for two hours after the dose.", "en"),
    ("Volunteers were told not to drive until the following morning.", "en"),
    ("Your doctor will also test your liver function every six months.", "en"),
    ("The gel is only applied in a certified centre by trained staff.", "en"),
    ("Una enfermera acompaña a cada paciente durante toda la infusión.", "es"),
    ("El paciente queda en observación durante una hora tras cada dosis.", "es"),
    ("Alguien debe llevarle a casa después del tratamiento.", "es"),
])
def test_supervision_in_other_words(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


# ------------------------------------------------------------------ side effects

@pytest.mark.parametrize(("sentence", "lang"), [
    ("Doctors have prescribed it for mania since the 1950s.", "en"),
    ("Fewer patients relapsed into mania on the drug than on a placebo.", "en"),
    ("This tonic is totally natural, with zero side effects!", "en"),
    ("¡Es pura naturaleza y no causa ningún efecto secundario!", "es"),
])
def test_topic_words_and_denials_are_no_side_effect_notice(sentence: str, lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("A few people lose memories of the days around the treatment.", "en"),
    ("Using it every day can damage the nerves in your feet.", "en"),
    ("Some people feel more anxious for a while when the sessions begin.", "en"),
    ("Algunas personas pierden recuerdos de los días del tratamiento.", "es"),
])
def test_side_effects_in_plain_words(sentence: str, lang: str) -> None:
    assert "side-effects" in kinds(sentence, lang)


# ------------------------------------------------------------------ self-medication

@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    ("Nobody should buy capsules sold online as a cure.", "en", True),
    ("Breathing the gas from party balloons is dangerous, and doctors say not to try it.",
     "en", True),
    ("Long recreational use can harm the kidneys.", "en", False),
    ("Estas pastillas se venden sin receta en farmacias.", "es", False),
])
def test_self_medication(sentence: str, lang: str, expected: bool) -> None:
    assert ("self-medication" in kinds(sentence, lang)) is expected


# ------------------------------------------------------------------ evidence

TRIAL = ("In a randomized trial, 90 adults were given the spray or a placebo, and more of "
         "those on the spray improved.")


@pytest.mark.parametrize("quote", [
    "“We have watched it turn lives around. It is a breakthrough,” said the clinic’s owner.",
    "“It is the most effective remedy ever made,” said an influencer who sells it.",
])
def test_opinion_quote_does_not_inherit_a_trial(quote: str) -> None:
    assert level(f"{TRIAL} {quote}", quote) == "opinion"


def test_a_registry_is_observational_even_when_it_compares() -> None:
    quote = ("A national registry of 5,000 patients found that those on the drug had fewer "
             "hospital stays than people who took other medicines.")
    assert level(quote, quote) == "human-observational"


def test_a_chart_review_without_a_control_group_is_observational() -> None:
    quote = ("A review of the medical charts of 40 patients found that most felt better; "
             "there was no control group.")
    assert level(quote, quote) == "human-observational"


@pytest.mark.parametrize(("quote", "lang", "want"), [
    ("En hámsteres, la luz de la mañana adelantó el sueño.", "es", "animal"),
    ("In hamsters, the drug lengthened sleep.", "en", "animal"),
    ("In rabbits, the drops lowered eye pressure.", "en", "animal"),
    ("Un ensayo usó un aparato apagado como control y no halló diferencias.", "es",
     "controlled-trial"),
    ("In the trial, half the volunteers wore a headset that was switched off.", "en",
     "controlled-trial"),
])
def test_more_animals_and_sham_phrasings(quote: str, lang: str, want: str) -> None:
    assert level(quote, quote, lang) == want


# ------------------------------------------------------------------ faithfulness

@pytest.mark.parametrize(("quote", "text", "lang"), [
    ("Health Canada has not authorized the gummies for sleep. The only product it has "
     "authorized, a syrup, is for coughs.", "Health Canada has authorized the gummies for sleep.",
     "en"),
    ("The patch is approved for adults, but it is not approved for teenagers.",
     "The patch is approved for adults and teenagers.", "en"),
    ("La AEMPS ha autorizado el parche para el dolor, pero no lo ha autorizado para el insomnio.",
     "La AEMPS ha autorizado el parche para el dolor y el insomnio.", "es"),
    ("Las ratas mejoraron a los siete días.", "Las ratas mejoraron a los setenta días.", "es"),
    ("In mice, the pill eased pain within eight hours.",
     "In mice, the pill eased pain within eighty hours.", "en"),
    ("El único ensayo con un placebo no encontró ninguna diferencia.",
     "El único ensayo con un placebo encontró una diferencia clara.", "es"),
    ("A registry linked the drug to fewer strokes, although a registry cannot rule out "
     "other causes.", "A registry proved that the drug prevents strokes.", "en"),
])
def test_unfaithful_rewrites_are_blocked(quote: str, text: str, lang: str) -> None:
    assert check_rewrite(quote, text, lang, "regulatory" if "autori" in quote else "")


@pytest.mark.parametrize(("quote", "text", "lang"), [
    ("The patch is approved for adults, but it is not approved for teenagers.",
     "The patch is approved for adults, but not for teenagers.", "en"),
    ("La AEMPS ha autorizado el parche para el dolor, pero no lo ha autorizado para el insomnio.",
     "En España, la AEMPS ha autorizado el parche para el dolor, pero no para el insomnio.", "es"),
    ("Patients rested for 30 minutes afterwards.", "Patients rested for half an hour afterwards.",
     "en"),
    ("Los pacientes descansaron 30 minutos.", "Los pacientes descansaron media hora.", "es"),
    ("In a small study, 20 adults were randomly given the tea or a placebo, and some slept "
     "better.", "In a small randomized study of 20 adults, some slept better on the tea than "
     "on a placebo.", "en"),
])
def test_faithful_rewrites_pass(quote: str, text: str, lang: str) -> None:
    assert check_rewrite(quote, text, lang, "regulatory" if "autori" in quote else "") == []


# ------------------------------------------------------------------ second round

@pytest.mark.parametrize(("sentence", "kind", "lang"), [
    ("A psychologist stayed with every volunteer until the effects wore off.", "supervision",
     "en"),
    ("The powder must never be used to treat your anxiety yourself.", "self-medication", "en"),
    ("Nadie debe usar estas gotas para tratarse la ansiedad por su cuenta.", "self-medication",
     "es"),
])
def test_more_notice_phrasings(sentence: str, kind: str, lang: str) -> None:
    assert kind in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "hype"), [
    ("Some bloggers call the tea a cure for insomnia.", True),
    ("Para muchos, este té es la cura definitiva del insomnio.", True),
    ("There is still no cure for this illness.", False),
])
def test_selling_a_cure_is_hype(sentence: str, hype: bool) -> None:
    from summarizer.sources.claims import flag_claim

    assert ("hype" in flag_claim(sentence)[0]) is hype


def test_a_hope_noun_is_no_hedge_in_the_rewrite() -> None:
    quote = "“It could help people who have lost hope,” said the founder."
    assert check_rewrite(quote, "The founder says it helps people who have lost hope.", "en")


def test_a_population_study_is_observational() -> None:
    quote = ("Towns with more sunshine have fewer cases of depression, according to a "
             "population study.")
    assert level(quote, quote) == "human-observational"


@pytest.mark.parametrize("sentence", [
    "«Este jarabe es el remedio más potente que existe», dice la tienda.",
    "Para muchos, este té es la cura definitiva del insomnio.",
])
def test_spanish_selling_is_hype(sentence: str) -> None:
    from summarizer.sources.claims import flag_claim

    assert "hype" in flag_claim(sentence)[0]


def test_swapping_cannabidiol_for_thc_is_blocked() -> None:
    quote = "Adults who took 150 mg of CBD slept longer than those on a placebo."
    text = "Adults who took 150 mg of THC slept longer than those on a placebo."
    assert check_rewrite(quote, text, "en", "randomized-controlled")


@pytest.mark.parametrize(("quote", "lang"), [
    ("Chez le hamster, la lumière du matin a avancé le sommeil.", "fr"),
    ("Bei Hamstern verlängerte das Mittel den Schlaf.", "de"),
])
def test_hamsters_in_french_and_german(quote: str, lang: str) -> None:
    assert level(quote, quote, lang) == "animal"


# ============================================================ concepts (session 3)
# A notice is a combination of ideas (who acts, what they do, an order, a danger), so
# each case below says one idea in words no list holds as a phrase.

@pytest.mark.parametrize(("sentence", "lang"), [
    ("A technician from the clinic, who adjusts the helmet for you, remains in the room "
     "until the session is over.", "en"),
    ("Once the procedure is over you wait in the recovery room for an hour.", "en"),
    ("You will need a relative to take you home afterwards.", "en"),
    ("Durante la primera hora, una enfermera del centro vigila su tensión cada quince "
     "minutos.", "es"),
    ("Tras la inyección, usted permanece en la consulta durante media hora.", "es"),
    ("Necesitará que un familiar lo lleve a casa.", "es"),
])
def test_supervision_as_someone_doing_something_for_you(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("You are welcome to bring a friend who can wait with you in the lobby.", "en"),
    ("The nurse said the results were encouraging.", "en"),
    ("The MHRA has not licensed any home headset for use without supervision.", "en"),
])
def test_allowed_company_and_a_regulators_words_are_no_supervision(
    sentence: str, lang: str
) -> None:
    assert "supervision" not in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    ("Do not lower your lithium dose because you feel better.", "en", True),
    ("If a friend offers you their tablets, never share or swap medicines.", "en", True),
    ("Check with your pharmacist before combining it with cold remedies.", "en", True),
    ("No aumente la dosis aunque no note mejoría.", "es", True),
    ("No comparta sus pastillas con nadie.", "es", True),
    ("Patients who do not stop smoking recover more slowly.", "en", False),
    # an indicative describes ("no cambia"); the order is the subjunctive ("no cambie")
    ("Según el estudio, no cambia la memoria de los pacientes.", "es", False),
    ("Some websites sell the pills without a prescription.", "en", False),
])
def test_self_medication_is_an_order_about_acting_alone(
    sentence: str, lang: str, expected: bool
) -> None:
    assert ("self-medication" in kinds(sentence, lang)) is expected


@pytest.mark.parametrize(("sentence", "lang"), [
    ("It can make some blood pressure pills work less well.", "en"),
    ("Call your doctor straight away if you notice yellow skin or dark urine.", "en"),
    ("Puede disminuir el efecto de los anticonceptivos.", "es"),
    # convention (e), session 12: an order whose reason is a harm the treatment causes
    # (seizures on stopping it) is a side-effect notice too; the model retrained on
    # (e)'s labels reads it so (it was a case of the test below until then)
    ("Never stop the capsules suddenly, because stopping can bring on seizures.", "en"),
])
def test_interactions_and_warning_signs_are_side_effects(sentence: str, lang: str) -> None:
    assert "side-effects" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The pill does not cause weight gain, the company says.", "en"),
    ("In mice, the compound eased tremors caused by another drug.", "en"),
    ("It is approved for epilepsy, migraine and tremor.", "en"),
])
def test_denied_treated_animal_or_explained_dangers_are_no_side_effect_notice(
    sentence: str, lang: str
) -> None:
    assert "side-effects" not in kinds(sentence, lang)


def test_the_danger_behind_an_order_leaves_the_order_a_notice() -> None:
    sentence = ("Never mix the capsules with sleeping pills, because together they can slow "
                "your breathing.")
    assert "self-medication" in kinds(sentence)


@pytest.mark.parametrize(("paragraph", "quote", "lang", "want"), [
    ("In a randomized trial, 80 adults took the drug or a placebo. “It changed my life in a "
     "week,” said one volunteer, a 41-year-old teacher.",
     "“It changed my life in a week,” said one volunteer, a 41-year-old teacher.", "en",
     "opinion"),
    ("In thin slices of rat hippocampus kept in a dish, the drug made synapses grow.",
     "In thin slices of rat hippocampus kept in a dish, the drug made synapses grow.", "en",
     "lab-mechanism"),
    ("A computer decided by chance which volunteers got the real pill and which got a dummy "
     "pill.", "A computer decided by chance which volunteers got the real pill and which got "
     "a dummy pill.", "en", "randomized-controlled"),
    ("In a randomized trial, 80 adults took the drug or a placebo. Sleep improved more on "
     "the drug, though less than the researchers had hoped.",
     "Sleep improved more on the drug, though less than the researchers had hoped.", "en",
     "randomized-controlled"),
    ("A man in his forties, whose case was described in a journal, recovered fully.",
     "A man in his forties, whose case was described in a journal, recovered fully.", "en",
     "case-report"),
    ("Los voluntarios fueron asignados por sorteo a la crema o a una crema sin principio "
     "activo.", "Los voluntarios fueron asignados por sorteo a la crema o a una crema sin "
     "principio activo.", "es", "randomized-controlled"),
    ("Un estudio comparó el fármaco nuevo con la sertralina y no encontró diferencias.",
     "Un estudio comparó el fármaco nuevo con la sertralina y no encontró diferencias.", "es",
     "controlled-trial"),
    ("Un estudio siguió durante cinco años a 3.000 hombres y observó menos infartos.",
     "Un estudio siguió durante cinco años a 3.000 hombres y observó menos infartos.", "es",
     "human-observational"),
])
def test_designs_and_quotations_in_other_words(
    paragraph: str, quote: str, lang: str, want: str
) -> None:
    assert level(paragraph, quote, lang) == want


@pytest.mark.parametrize(("sentence", "hype"), [
    ("Melt your stress away for good with one spoonful a day.", True),
    ("¡Despídase del insomnio esta misma noche!", True),
    ("“The most effective sleep formula ever made,” says the brand’s founder.", True),
    ("Researchers say it is the most effective therapy studied so far.", False),
    ("Call us today!", False),
])
def test_promises_exclamations_and_who_judges(sentence: str, hype: bool) -> None:
    from summarizer.sources.claims import flag_claim

    assert ("hype" in flag_claim(sentence)[0]) is hype


# ============================================================ held-out classes (h3)
# Classes of misses a held-out folder showed, each said in sentences of our own: the
# illness a treatment is for, a drug class named for it, the condition of an order.

def article_notices(tmp_path, text: str, region: str = "US") -> list[tuple[str, str]]:
    """(kind, quote) of every notice found in an article written to a file."""
    from summarizer.sources.analyze import analyze_source
    from summarizer.sources.load import load_source

    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return [(d.kind, d.quote) for d in
            analyze_source("a", load_source(path), region=region).disclaimers]


def test_the_illness_treated_is_no_side_effect(tmp_path) -> None:
    """Headaches are what the spray treats: a sentence about someone's headaches, or a trial
    that cut them, states no side effect; a headache the drug brings on does."""
    text = ("The nasal spray was made to stop cluster headaches before they take hold.\n\n"
            "Last spring Ana had headaches nearly every night.\n\n"
            "In the trial, people on the spray had half as many headaches a month.\n\n"
            "Stopping the spray suddenly can bring on a rebound headache.\n\n"
            "Withdrawal from opioids is hard, and the patch eases withdrawal.\n")
    found = [q for k, q in article_notices(tmp_path, text) if k == "side-effects"]
    assert found == ["Stopping the spray suddenly can bring on a rebound headache."]


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Doctors in Leeds described a 62-year-old woman who had liver damage after a year of "
     "daily use.", "en"),
    ("Una revista médica publicó el caso de una mujer de 50 años que sufrió vómitos durante "
     "meses.", "es"),
    ("Do not take the tablets with anti-seizure medicines such as valproate.", "en"),
    ("Do not drive for a day afterwards, or longer if you still feel dizzy.", "en"),
])
def test_a_published_case_a_drug_class_or_an_orders_condition_is_no_side_effect(
    sentence: str, lang: str
) -> None:
    assert "side-effects" not in kinds(sentence, lang)


# ------------------------------------------------- concepts, batch 2 (session 3)

@pytest.mark.parametrize(("sentence", "lang"), [
    ("No one is left alone during the first night.", "en"),
    ("Your kidneys will be checked regularly while you take it.", "en"),
    ("Coming off the old tablets needs a medically managed plan.", "en"),
    ("A nurse keeps the oxygen monitor on all night.", "en"),
    ("Su psiquiatra le preguntará en cada visita por el sueño.", "es"),
    ("Necesitará análisis periódicos para vigilar el litio.", "es"),
    ("Tras la dosis, no se le deja solo en ningún momento.", "es"),
])
def test_supervision_as_watching_over_the_patient(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Please don't cut down your tablets without a plan.", "en"),
    ("No reduzca la dosis usted mismo.", "es"),
])
def test_more_orders_about_acting_alone(sentence: str, lang: str) -> None:
    assert "self-medication" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Over months it can trigger gout attacks.", "en"),
    ("Taking it with alcohol raises the risk of falls.", "en"),
    ("If you notice black stools, stop taking it and call your doctor.", "en"),
    ("Puede provocar caídas en personas mayores.", "es"),
    ("Aumenta el riesgo de infarto.", "es"),
    # an order's reason was no side effect until session 12's convention (e): "don't do
    # X, because it can [a harm of the treatment]" is also a side-effect notice
    ("Do not stop the tablets at once: stopping suddenly can bring on seizures.", "en"),
])
def test_harm_said_as_what_the_treatment_does(sentence: str, lang: str) -> None:
    assert "side-effects" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The drug's interaction with serotonin receptors explains its effect.", "en"),
    ("Combined with therapy, it can bring on lasting improvement.", "en"),
])
def test_mechanisms_benefits_and_an_orders_reason_are_no_side_effect_notice(
    sentence: str, lang: str
) -> None:
    assert "side-effects" not in kinds(sentence, lang)


def test_an_approval_for_one_use_only_is_a_not_approved_notice() -> None:
    from summarizer.sources.regulators import regulatory_statements

    (st,) = regulatory_statements(
        "La COFEPRIS solo autoriza el parche para el dolor, no para la depresión.")
    assert st.regulator == "COFEPRIS" and not st.approved


@pytest.mark.parametrize(("sentence", "hype"), [
    ("Overnight results: turn back the clock on your mood.", True),
    ("«Es lo mejor que me ha pasado», dice un comprador.", True),
])
def test_more_promises(sentence: str, hype: bool) -> None:
    from summarizer.sources.claims import flag_claim

    assert ("hype" in flag_claim(sentence)[0]) is hype


def test_an_imperative_consent_banner_is_a_banner() -> None:
    from summarizer.sources.boilerplate import is_consent_banner

    assert is_consent_banner("Acepte las cookies para continuar con la lectura.")


def test_permission_with_a_pronoun_is_no_hedge() -> None:
    from summarizer.evidence import hedge_words

    assert hedge_words("Puede tomarlo con un vaso de agua.", "es") == ()
    assert hedge_words("Puede hablar con su farmacéutico si tiene dudas.", "es") == ()



@pytest.mark.parametrize(("sentence", "region"), [
    ("Doctors here sometimes prescribe the cream for hot flushes, which is off-label.", "GB"),
    ("Prescribing the patch for back pain counts as off-label use.", "US"),
    ("Health Canada refused to authorize the drops for dry eyes last year.", "CA"),
    ("In 2023 the agency's advisers voted against it and the FDA turned down the application.",
     "US"),
    ("No nasal spray sold in Ireland is licensed as a treatment for hay fever in toddlers.",
     "IE"),
    ("The gel isn't licensed in Ireland for children under twelve.", "IE"),
    ("Los médicos la recetan para la migraña, un uso para el que no está autorizada.", "ES"),
    ("Ningún parche que se vende en México está aprobado para el dolor de espalda.", "MX"),
    ("La Cofepris rechazó autorizar el aerosol el año pasado.", "MX"),
    ("En España se receta fuera de ficha técnica para el insomnio.", "ES"),
])
def test_not_approved_said_without_the_usual_words(tmp_path, sentence: str, region: str) -> None:
    assert ("regulatory", sentence) in article_notices(tmp_path, sentence + "\n", region)


@pytest.mark.parametrize(("sentence", "region"), [
    ("The FDA approved the spray in 2019 after two trials.", "US"),
    ("The insurer refused to pay for a second opinion.", "US"),
    ("La AEMPS autorizó el parche en 2020.", "ES"),
])
def test_approvals_and_other_refusals_are_no_regulatory_notice(
    tmp_path, sentence: str, region: str
) -> None:
    assert "regulatory" not in {k for k, _ in article_notices(tmp_path, sentence + "\n", region)}


@pytest.mark.parametrize(("sentence", "lang"), [
    # checks and tests before or while taking a treatment
    ("Before the first dose you will have an ECG to check your heart rhythm.", "en"),
    ("Patients return to the clinic every two months for weighing and a urine test.", "en"),
    ("Antes de la primera dosis le harán un análisis de sangre.", "es"),
    ("Volverá a la consulta cada seis meses para una prueba de orina.", "es"),
    # professionals other than doctors and nurses, checking records or progress
    ("A dietitian plans the meals with each family and goes over the food diary at each "
     "visit.", "en"),
    ("Your pharmacist looks up the state prescription database before filling each refill.",
     "en"),
    ("La neuróloga revisa los progresos de cada niño una vez al mes.", "es"),
    # staying overnight, not being allowed to drive, waiting to see how you react
    ("Patients sleep at the hospital the night after the procedure.", "en"),
    ("You will not be allowed to drive yourself home.", "en"),
    ("Los pacientes pasan la noche en el hospital después de la sesión.", "es"),
    ("No se le permitirá conducir hasta el día siguiente.", "es"),
    ("You will be asked to wait for half an hour before leaving so the staff can see how you "
     "react.", "en"),
    ("Le pedirán que espere veinte minutos antes de marcharse.", "es"),
])
def test_supervision_by_checks_other_professionals_and_stays(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The team went through hundreds of records to find the cases.", "en"),
    ("Doctors looked up the records of 2,000 patients for the study.", "en"),
    ("The team reviewed the results of twelve earlier trials.", "en"),
    ("Los pediatras revisaron los datos de 300 niños.", "es"),
])
def test_professionals_doing_research_are_no_supervision(sentence: str, lang: str) -> None:
    assert "supervision" not in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("In the trial, blood tests showed no change in liver enzymes.", "en"),
    ("The pharmacist who founded the brand says the gummies taste of berries.", "en"),
    ("Los análisis de sangre del estudio no mostraron cambios.", "es"),
    ("Un análisis de 90.000 recetas halló menos caídas, aunque nadie fue asignado al azar.",
     "es"),
])
def test_a_studys_tests_or_a_professionals_talk_are_no_supervision(
    sentence: str, lang: str
) -> None:
    assert "supervision" not in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    ("The makers say the drops should never be used to treat an infection on one's own.",
     "en", True),
    ("Experts warned that people with epilepsy should not change their dose without talking "
     "to their neurologist.", "en", True),
    ("Doctors stress that parents must not give the syrup to toddlers by themselves.", "en",
     True),
    ("Los expertos recuerdan que nadie debe bajar la dosis por sí mismo.", "es", True),
    ("Many colds get better on their own within a week.", "en", False),
    ("Don't worry: most babies learn to settle on their own.", "en", False),
    ("No se preocupe si el niño se duerme por sí mismo.", "es", False),
    ("Some children learn to fall asleep by themselves after a few weeks.", "en", False),
])
def test_acting_alone_said_of_others(sentence: str, lang: str, expected: bool) -> None:
    assert ("self-medication" in kinds(sentence, lang)) is expected


# ------------------------------------------------- concepts, batch 3 (session 3)

@pytest.mark.parametrize(("sentence", "lang"), [
    ("Your consultant will see you two weeks after the operation.", "en"),
    ("The infusion is given by a trained nurse in the day unit.", "en"),
    ("El tratamiento debe supervisarlo un psiquiatra.", "es"),
    ("El médico la verá cada mes durante el primer año.", "es"),
])
def test_supervision_by_whom_and_when(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Según describió su psiquiatra en una revista, la paciente mejoró.", "es"),
])
def test_a_journal_is_no_check_up(sentence: str, lang: str) -> None:
    assert "supervision" not in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("If you forget several doses, don't simply restart the full dose.", "en"),
    ("No lo tomen sin receta médica.", "es"),
])
def test_restarting_and_taking_without_a_prescription(sentence: str, lang: str) -> None:
    assert "self-medication" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The pill can lower the levels of some seizure medicines.", "en"),
    ("A few people get a rash or blisters in the first month.", "en"),
    ("Get medical advice quickly if your lips or tongue swell.", "en"),
    ("Reduce la absorción del hierro que se toma por boca.", "es"),
    ("Algunos pacientes notan calambres y sudores por la noche.", "es"),
])
def test_levels_symptoms_and_signs_are_side_effects(sentence: str, lang: str) -> None:
    assert "side-effects" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Your nurse will ask about sleep, mood and any rash at each visit.", "en"),
    ("Animal work suggests it raises serotonin levels in the brain.", "en"),
    ("Do not buy it online; it may be dangerous.", "en"),
])
def test_checks_mechanisms_and_an_orders_reason_are_no_side_effect_notice(
    sentence: str, lang: str
) -> None:
    assert "side-effects" not in kinds(sentence, lang)


@pytest.mark.parametrize(("paragraph", "quote", "lang", "want"), [
    ("Two randomized trials gave the drug or a placebo to 400 adults.\n\nThe placebo did "
     "as well as the drug for sleep in those trials.",
     "The placebo did as well as the drug for sleep in those trials.", "en",
     "randomized-controlled"),
    ("Eight volunteers had the drip for a week, and nobody received a dummy drip.",
     "Eight volunteers had the drip for a week, and nobody received a dummy drip.", "en",
     "uncontrolled-trial"),
    ("En un estudio abierto, 40 pacientes tomaron el fármaco y se compararon con su propio "
     "año anterior.", "En un estudio abierto, 40 pacientes tomaron el fármaco y se "
     "compararon con su propio año anterior.", "es", "uncontrolled-trial"),
    ("En moscas de la fruta, el fármaco alargó el sueño.",
     "En moscas de la fruta, el fármaco alargó el sueño.", "es", "animal"),
])
def test_designs_across_paragraphs_and_denied_by_their_subject(
    paragraph: str, quote: str, lang: str, want: str
) -> None:
    assert level(paragraph, quote, lang) == want


def test_an_emergency_number_for_immediate_danger_is_a_contact() -> None:
    from summarizer.sources.contacts import find_contacts

    found = find_contacts("Llame al 024 o, si está en peligro inmediato, al 112.", "ES")
    assert [f.contact.number for f in found] == ["024", "112"]


@pytest.mark.parametrize("sentence", [
    "Works in 30 minutes, say the clinic's adverts.",
    "«Me cambió la vida», asegura una clienta.",
])
def test_speed_promises_and_life_changing_testimonials_are_hype(sentence: str) -> None:
    from summarizer.sources.claims import flag_claim

    assert "hype" in flag_claim(sentence)[0]


@pytest.mark.parametrize(("sentence", "hype"), [
    # an advert's exclamation quoted in the article, and selling "as" something
    ("“Sleep like a baby tonight, guaranteed calm!” said a banner on the shop's website.",
     True),
    ("Some online shops advertise the tea as a natural sleeping pill.", True),
    ("Algunas webs lo promocionan como «el secreto del sueño profundo».", True),
    # a name that holds a hype word, and a denial of hype
    ("The Miracle Valley Farm in Oregon grows the herb for several brands.", False),
    ("Breakthrough Health Ltd makes the capsules in Leeds.", False),
    # an advert's line in title case is no name
    ("Revolutionary Sleep Formula Now Available In Our Store", True),
    ("It is not a miracle pill, but it helped me sleep again, she says.", False),
    ("«Esta crema no es ningún milagro, pero me alivia», dice Rosa.", False),
    ("This miracle pill melts stress away overnight.", True),
    ("Nobody should expect a miracle from these capsules.", False),
    ("No espere milagros de este jarabe.", False),
    ("No existe una píldora mágica para el insomnio.", False),
    ("Ningún estudio ha demostrado que el té sea una cura.", False),
    ("No study has shown that the oil cures arthritis.", False),
    ("No other remedy works as fast as this revolutionary oil.", True),
])
def test_hype_in_adverts_names_and_denials(sentence: str, hype: bool) -> None:
    from summarizer.sources.claims import flag_claim

    assert ("hype" in flag_claim(sentence)[0]) is hype


@pytest.mark.parametrize(("sentence", "lang", "hedged"), [
    ("Any pharmacist who has done the training may supply it without a prescription.", "en",
     False),
    ("Teenagers on the programme may still play sport at school.", "en", False),
    ("Guests may bring a pillow to each session.", "en", False),
    ("Su hija puede desayunar antes de la consulta.", "es", False),
    ("Su hijo puede cenar con normalidad después de la sesión.", "es", False),
    ("Los acompañantes pueden traer un libro a la sala de espera.", "es", False),
    ("Children on the drug may still grow a little more slowly.", "en", True),
    ("Patients who stop early may go on to relapse.", "en", True),
])
def test_permission_may_is_no_hedge(sentence: str, lang: str, hedged: bool) -> None:
    from summarizer.evidence import hedge_words

    assert bool(hedge_words(sentence, lang)) is hedged


def test_legal_boilerplate_is_no_claim(tmp_path) -> None:
    from summarizer.sources.analyze import analyze_source
    from summarizer.sources.load import load_source

    legal = ("This news release includes forward-looking statements that are subject to risks "
             "and uncertainties, and actual results could differ materially.")
    path = tmp_path / "release.txt"
    path.write_text(f"The company said its trial of the spray had enrolled 200 adults.\n\n"
                    f"{legal}\n", encoding="utf-8")
    quotes = [c.quote for c in analyze_source("r", load_source(path)).claims]
    assert legal not in quotes and quotes


# ------------------------------------------------- concepts, batch 4 (session 3)

@pytest.mark.parametrize(("sentence", "lang"), [
    ("Your blood pressure and pulse will be recorded before each infusion.", "en"),
    ("Most patients are reviewed by their psychiatrist every six months.", "en"),
    ("People on warfarin should only use it if their GP checks their clotting.", "en"),
    ("Your surgeon will examine the wound after a week.", "en"),
    ("Su neuróloga valorará cada tres meses si sigue con el tratamiento.", "es"),
])
def test_supervision_by_your_own_clinician(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Your doctor will tell you how to lower the dose.", "en"),
    ("Su médico le dirá cuándo dejarlo.", "es"),
    ("No deje los antidepresivos que le recetó su médico para cambiarlos por hierbas.", "es"),
])
def test_a_clinician_who_only_talks_or_prescribes_is_no_supervision(
    sentence: str, lang: str
) -> None:
    assert "supervision" not in kinds(sentence, lang)


def test_selling_tablets_on_is_self_medication_and_a_schedule_is_not() -> None:
    assert "self-medication" in kinds("Never sell or hand your capsules to anybody else.")
    assert "self-medication" not in kinds("Your weight will be measured before you start.")


@pytest.mark.parametrize(("sentence", "hype"), [
    ("The adverts promise “a brand-new brain in a week”.", True),
    ("«Somos la clínica más moderna del país», afirma su dueño.", True),
    ("The company said the batch was recalled in March.", False),
    ("Psychiatrists say it is the most studied drug in its class.", False),
])
def test_what_sellers_promise_is_hype(sentence: str, hype: bool) -> None:
    from summarizer.sources.claims import flag_claim

    assert ("hype" in flag_claim(sentence)[0]) is hype


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Some people feel shaky or queasy for the first hour.", "en"),
    ("In rare cases the capsules bring on fainting spells or hearing things that are not "
     "there.", "en"),
    ("It sometimes leaves people constipated or headachy for a day.", "en"),
    ("Pueden provocar gases e hinchazón durante la primera semana.", "es"),
    ("Puede dar picor en la piel o sarpullido.", "es"),
])
def test_side_effects_in_everyday_words(sentence: str, lang: str) -> None:
    assert "side-effects" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The sessions can help people feel less shaky before exams.", "en"),
    ("El té puede dar una sensación de calma.", "es"),
    # the people studied have the illness: "adults with trouble sleeping"
    ("In a trial, 60 adults with trouble sleeping took the capsules or a placebo.", "en"),
    ("Un ensayo con 80 adultos con náuseas del embarazo comparó el jengibre con un placebo.",
     "es"),
])
def test_everyday_words_for_a_benefit_are_no_side_effect(sentence: str, lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)


@pytest.mark.parametrize(("paragraph", "quote", "lang", "want"), [
    # chance allocation said another way
    ("In the study, 60 adults were randomly given the spray or a salt-water spray.",
     "In the study, 60 adults were randomly given the spray or a salt-water spray.", "en",
     "randomized-controlled"),
    ("The 50 volunteers were split into two groups by a coin toss, one getting the drops and "
     "one a dummy.", "The 50 volunteers were split into two groups by a coin toss, one getting "
     "the drops and one a dummy.", "en", "randomized-controlled"),
    # people given or tested on a treatment: a trial, its design not stated
    ("Doctors in Lyon gave the tea to 40 adults with hay fever and found that most sneezed "
     "less.", "Doctors in Lyon gave the tea to 40 adults with hay fever and found that most "
     "sneezed less.", "en", "human-trial"),
    ("Researchers tested the gel in a small group of men with back pain and reported less "
     "stiffness.", "Researchers tested the gel in a small group of men with back pain and "
     "reported less stiffness.", "en", "human-trial"),
    ("Unos médicos de Lima probaron la infusión en 30 adultos con migraña y vieron menos "
     "crisis.", "Unos médicos de Lima probaron la infusión en 30 adultos con migraña y vieron "
     "menos crisis.", "es", "human-trial"),
    # groups that chose for themselves, compared in records: observation
    ("A study of 60,000 insured adults found that those who kept taking the pill had fewer "
     "strokes than those who stopped.", "A study of 60,000 insured adults found that those who "
     "kept taking the pill had fewer strokes than those who stopped.", "en",
     "human-observational"),
    ("Un análisis de 80.000 historias clínicas halló menos infartos entre quienes tomaban el "
     "fármaco, aunque nadie lo asignó al azar.", "Un análisis de 80.000 historias clínicas "
     "halló menos infartos entre quienes tomaban el fármaco, aunque nadie lo asignó al azar.",
     "es", "human-observational"),
    # counts from surveillance
    ("Emergency visits for gummy overdoses in toddlers doubled between 2015 and 2022, "
     "national figures show.", "Emergency visits for gummy overdoses in toddlers doubled "
     "between 2015 and 2022, national figures show.", "en", "human-observational"),
    # a result right after its design sentence inherits the design
    ("In the trial, 90 adults were randomly assigned to the cream or an inactive cream. After "
     "six weeks, 52% of those on the cream had clear skin, compared with 20% of the others.",
     "After six weeks, 52% of those on the cream had clear skin, compared with 20% of the "
     "others.", "en", "randomized-controlled"),
    # a rat sentence in the paragraph does not make a study of countries animal
    ("En ratones, el aceite redujo la inflamación. Las regiones donde se consume más aceite "
     "de oliva tienen menos infartos, según un estudio de población.",
     "Las regiones donde se consume más aceite de oliva tienen menos infartos, según un "
     "estudio de población.", "es", "human-observational"),
    # a result on its own line after the animal paragraph it continues
    ("En ratones de laboratorio, la raíz redujo el dolor articular.\n\nLa raíz redujo el "
     "dolor en un 40 % sin efectos tóxicos.\n",
     "La raíz redujo el dolor en un 40 % sin efectos tóxicos.", "es", "animal"),
    ("The study was done in zebrafish larvae.\n\nThe compound cut anxious swimming by half.\n",
     "The compound cut anxious swimming by half.", "en", "animal"),
    # a plan opening the next paragraph reports no study
    ("In mice, the root eased joint pain.\n\nThe company plans to sell it next spring.\n",
     "The company plans to sell it next spring.", "en", "opinion"),
])
def test_designs_results_and_populations(paragraph: str, quote: str, lang: str,
                                         want: str) -> None:
    assert level(paragraph, quote, lang) == want


@pytest.mark.parametrize(("sentence", "region"), [
    ("The nasal spray is still not approved in Europe.", "IE"),
    ("El parche todavía no está autorizado en México.", "MX"),
    ("The capsules have not been approved by regulators for any use.", "US"),
    ("Doctors who prescribe it are using an unapproved drug.", "US"),
])
def test_not_approved_in_a_place_or_by_regulators(tmp_path, sentence: str, region: str) -> None:
    assert ("regulatory", sentence) in article_notices(tmp_path, sentence + "\n", region)


@pytest.mark.parametrize(("sentence", "region"), [
    ("Her leave from work was not approved in March.", "US"),
    ("Los cambios no fueron aprobados en la reunión.", "MX"),
])
def test_other_things_not_approved_are_no_notice(tmp_path, sentence: str, region: str) -> None:
    assert "regulatory" not in {k for k, _ in article_notices(tmp_path, sentence + "\n", region)}


@pytest.mark.parametrize(("sentence", "lang"), [
    ("A nurse will call you the next morning to ask how you slept.", "en"),
    ("Una enfermera le llamará al día siguiente para saber cómo se encuentra.", "es"),
])
def test_a_follow_up_call_is_supervision(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


@pytest.mark.parametrize(("quote", "lang"), [
    ("A medical journal described a teenager who developed a rash after the first dose.", "en"),
    ("Una revista médica describió a una adolescente que tuvo fiebre tras la primera dosis.",
     "es"),
])
def test_a_case_in_a_journal_is_a_case_report(quote: str, lang: str) -> None:
    assert level(quote, quote, lang) == "case-report"


@pytest.mark.parametrize(("sentence", "region"), [
    ("The headband has not been cleared for use in children.", "US"),
    ("The agency refused the maker's application last spring.", "GB"),
    ("La agencia europea rechazó la solicitud del laboratorio el año pasado.", "ES"),
    ("The powder is sold as a food and is not regulated as a medicine.", "GB"),
])
def test_clearance_refusals_by_role_and_regulation(tmp_path, sentence: str, region: str) -> None:
    assert ("regulatory", sentence) in article_notices(tmp_path, sentence + "\n", region)


@pytest.mark.parametrize(("sentence", "lang", "kind"), [
    ("If you miss a dose, don't make up for it the next day.", "en", "self-medication"),
    ("Patients should not try to taper the tablets by themselves.", "en", "self-medication"),
    ("El tratamiento se administra en la clínica bajo vigilancia de una enfermera.", "es",
     "supervision"),
    ("You will stay on the ward overnight after the first dose.", "en", "supervision"),
    ("La primera toma se hace en el hospital bajo vigilancia.", "es", "supervision"),
])
def test_more_orders_and_watching(sentence: str, lang: str, kind: str) -> None:
    assert kind in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Headache pills such as triptans do not suit everyone.", "en"),
    ("Before the implant, he had tremors so strong he could not hold a cup.", "en"),
    ("Antes del tratamiento, tenía dolores de cabeza casi a diario.", "es"),
])
def test_a_drug_named_for_its_illness_or_the_time_before_treatment(sentence: str,
                                                                    lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)


def test_a_treatment_cutting_the_number_of_symptoms_is_no_side_effect() -> None:
    assert "side-effects" not in kinds("The diet cut the number of seizures in half.")
    assert "side-effects" in kinds("Stopping it suddenly can cause seizures.")


# ------------------------------------------------- concepts, batch 5 (session 3)

def test_a_doctors_help_in_the_possessive_is_supervision() -> None:
    assert "supervision" in kinds("Coming off it should happen with a doctor's help, slowly.")


def test_a_regulator_warning_people_not_to_buy_is_self_medication() -> None:
    assert "self-medication" in kinds(
        "The agency has cautioned shoppers not to buy the powder from petrol stations.")


def test_treating_disorders_themselves_is_no_self_treatment() -> None:
    assert "self-medication" not in kinds(
        "The patch is approved for the pain of shingles, not to treat the nerves themselves.")


@pytest.mark.parametrize(("sentence", "lang", "notice"), [
    ("An overdose of these tablets can stop the heart.", "en", True),
    ("A review of hospital records found more overdoses among people given large packs.",
     "en", False),
    ("Un análisis de los registros encontró más caídas entre quienes las tomaban.", "es",
     False),
])
def test_an_overdose_warning_is_a_side_effect_a_studys_finding_is_a_claim(
    sentence: str, lang: str, notice: bool
) -> None:
    assert ("side-effects" in kinds(sentence, lang)) is notice


def test_no_registration_is_a_not_approved_notice() -> None:
    from summarizer.sources.regulators import regulatory_statements

    (st,) = regulatory_statements("El gel no tiene registro de la COFEPRIS como medicamento.")
    assert not st.approved


@pytest.mark.parametrize(("quote", "want"), [
    ("In an open study, 30 adults took the powder for six weeks, with no group for comparison.",
     "uncontrolled-trial"),
    ("A review of coroners' reports found that the pills were involved in 40 deaths.",
     "human-observational"),
])
def test_open_studies_and_reviews_of_records(quote: str, want: str) -> None:
    assert level(quote, quote) == want


def test_a_footer_line_is_read_in_the_articles_country() -> None:
    from summarizer.sources.page_notices import with_outside_safety_lines

    html = ("<html><body><main><p>La COFEPRIS no ha aprobado este producto en México.</p>"
            "</main><footer><p>Si piensas en quitarte la vida, llama a la Línea de la Vida: "
            "800 911 2000.</p></footer></body></html>")
    text = with_outside_safety_lines("La COFEPRIS no ha aprobado este producto en México.", html)
    assert "800 911 2000" in text


def test_the_only_thing_that_works_is_hype() -> None:
    from summarizer.sources.claims import flag_claim

    assert "hype" in flag_claim("“This is the only thing that works,” writes a buyer.")[0]


@pytest.mark.parametrize(("text", "quote", "lang", "want"), [
    # a news lede announcing what researchers found takes the study told next
    ("Scientists at a Dutch university say they have discovered a herb that could end "
     "migraines.\n\nFeverfew is a plant in the daisy family.\n\nRats given the herb groomed "
     "less after a pain injection.\n",
     "Scientists at a Dutch university say they have discovered a herb that could end "
     "migraines.", "en", "animal"),
    ("Investigadores de una universidad chilena afirman que descubrieron una planta que "
     "calma el dolor.\n\nEn ratones, la planta redujo el dolor a la mitad.\n",
     "Investigadores de una universidad chilena afirman que descubrieron una planta que "
     "calma el dolor.", "es", "animal"),
    # a view with no finding stays a view
    ("Scientists hope the herb will one day help people.\n\nRats given the herb groomed "
     "less after a pain injection.\n", "Scientists hope the herb will one day help people.",
     "en", "opinion"),
])
def test_a_lede_takes_the_study_it_announces(text: str, quote: str, lang: str,
                                             want: str) -> None:
    assert level(text, quote, lang) == want


# ------------------------------------------------- concepts in French and German

@pytest.mark.parametrize(("sentence", "lang", "kind"), [
    ("Un infirmier reste avec vous jusqu'à la fin de la perfusion.", "fr", "supervision"),
    ("Ne modifiez jamais la dose sans l'avis de votre médecin.", "fr", "self-medication"),
    ("Ce complément peut provoquer des maux de ventre.", "fr", "side-effects"),
    ("Eine Ärztin überwacht Ihren Blutdruck während der Behandlung.", "de", "supervision"),
    ("Kaufen Sie das Mittel nicht ohne Rezept im Internet.", "de", "self-medication"),
    ("Das Präparat kann Kopfschmerzen auslösen.", "de", "side-effects"),
])
def test_concepts_in_french_and_german(sentence: str, lang: str, kind: str) -> None:
    assert kind in kinds(sentence, lang)


# ------------------------------------------------- concepts, batch 6 (session 3)

@pytest.mark.parametrize(("sentence", "lang"), [
    ("It may lower blood sugar in people who take insulin.", "en"),
    ("No se recomienda junto con otros fármacos que alargan el intervalo QT.", "es"),
    ("Rara vez baja las defensas: si aparece fiebre alta, consulte enseguida.", "es"),
])
def test_blood_sugar_qt_and_defences_are_side_effects(sentence: str, lang: str) -> None:
    assert "side-effects" in kinds(sentence, lang)


def test_a_clinicians_tests_before_you_start_are_no_self_medication() -> None:
    sentence = "The clinic will run an ECG before you start the tablets."
    assert "self-medication" not in kinds(sentence)
    assert "self-medication" in kinds("Talk to your pharmacist before you start the tablets.")


def test_outside_what_is_authorised_is_a_regulatory_notice(tmp_path) -> None:
    text = "En España, recetarlo para el dolor de espalda queda fuera de lo autorizado.\n"
    assert "regulatory" in {k for k, _ in article_notices(tmp_path, text, "ES")}


@pytest.mark.parametrize(("paragraph", "quote", "lang", "want"), [
    ("In a small trial, sixty adults ate the gummies or identical gummies without the "
     "extract.", "In a small trial, sixty adults ate the gummies or identical gummies without "
     "the extract.", "en", "controlled-trial"),
    ("En ensayos aleatorizados con placebo, el fármaco redujo la ansiedad.\nUn estudio que "
     "revisó datos de 2.000 pacientes encontró que muchos lo dejaban pronto.",
     "Un estudio que revisó datos de 2.000 pacientes encontró que muchos lo dejaban pronto.",
     "es", "human-observational"),
])
def test_look_alike_controls_and_a_new_study_borrows_no_design(
    paragraph: str, quote: str, lang: str, want: str
) -> None:
    assert level(paragraph, quote, lang) == want


@pytest.mark.parametrize("sentence", [
    "A wellness app advertises the drops as “the end of stress, guaranteed”.",
    "Dicen que con estas gotas dormirá como un tronco.",
])
def test_advertising_and_sleeping_like_a_log_are_hype(sentence: str) -> None:
    from summarizer.sources.claims import flag_claim

    assert "hype" in flag_claim(sentence)[0]


@pytest.mark.parametrize(("sentence", "lang", "kind"), [
    ("Durante la primera hora, el personal de enfermería le tomará el pulso cada quince "
     "minutos.", "es", "supervision"),
    ("Los voluntarios duermen en el hospital la noche de cada dosis.", "es", "supervision"),
    ("La farmacéutica consulta el historial de recetas antes de entregar el jarabe.", "es",
     "supervision"),
    ("Nadie debería suspender el tratamiento de golpe.", "es", "self-medication"),
    ("Los padres no deben comenzar la dieta sin el equipo médico.", "es", "self-medication"),
    ("Parents should not start the diet without the team.", "en", "self-medication"),
    ("Algunas personas notan pesadez de cabeza por la mañana.", "es", "side-effects"),
])
def test_spanish_notices_in_other_words(sentence: str, lang: str, kind: str) -> None:
    assert kind in kinds(sentence, lang)


@pytest.mark.parametrize(("first", "line"), [
    ("The capsules are sold in shops across the country.",
     "Read more: What an overdose looks like | Can melatonin cause nightmares?"),
    ("The capsules are sold in shops across the country.",
     "Related stories: Seizures in dogs | Why we get headaches"),
    ("Las cápsulas se venden en tiendas de todo el país desde hace años.",
     "Lea también: Cómo saber si un amigo ha tomado una sobredosis de pastillas | Qué cubre "
     "el seguro médico cuando hay que ir a urgencias"),
])
def test_a_list_of_links_to_other_articles_holds_no_notice(tmp_path, first: str,
                                                           line: str) -> None:
    assert article_notices(tmp_path, f"{first}\n\n{line}\n") == []


@pytest.mark.parametrize(("sentence", "region", "regulator"), [
    ("The spray is not registered on the Australian Register of Therapeutic Goods.", "AU",
     "TGA"),
    ("It is an unregistered medicine here, so doctors need special permission to use it.",
     "AU", "TGA"),
])
def test_not_registered_is_not_approved(tmp_path, sentence: str, region: str,
                                        regulator: str) -> None:
    from summarizer.sources.analyze import analyze_source
    from summarizer.sources.load import load_source

    path = tmp_path / "a.txt"
    path.write_text(sentence + "\n", encoding="utf-8")
    found = [d for d in analyze_source("a", load_source(path), region=region).disclaimers
             if d.kind == "regulatory"]
    assert [d.regulator for d in found] == [regulator]


@pytest.mark.parametrize(("quote", "lang", "want"), [
    ("There was nothing to compare them with: every participant got the real treatment.",
     "en", "uncontrolled-trial"),
    ("No había nada con qué comparar: todos recibieron el tratamiento real.", "es",
     "uncontrolled-trial"),
    ("A computer picked which patients got the device switched on and which had it off.",
     "en", "randomized-controlled"),
    ("El grupo que usó la gorra apagada mejoró menos que el que usó la gorra encendida.",
     "es", "controlled-trial"),
])
def test_more_designs_in_other_words(quote: str, lang: str, want: str) -> None:
    assert level(quote, quote, lang) == want


def test_a_controlled_result_after_its_randomized_design_is_randomized() -> None:
    paragraph = ("In the trial, 70 adults were randomly assigned to the spray or a placebo "
                 "spray. After a month, 40% of those on the spray slept better, against 15% "
                 "of those on the placebo.")
    quote = paragraph.split(". ", 1)[1]
    assert level(paragraph, quote) == "randomized-controlled"
    other = ("In the trial, 70 adults were randomly assigned to the spray or a placebo spray. "
             "A second trial compared the spray with a placebo in 40 teenagers.")
    assert level(other, other.split(". ", 1)[1]) == "controlled-trial"




@pytest.mark.parametrize(("sentence", "lang", "kind"), [
    ("Before each refill, the pharmacy checks the state prescription monitoring program.",
     "en", "supervision"),
    ("Urine drug screens are done at random during treatment.", "en", "supervision"),
    ("You cannot drive yourself home after the procedure.", "en", "supervision"),
    ("You must be accompanied home by a responsible adult.", "en", "supervision"),
    ("Debe ser acompañado a casa por un adulto.", "es", "supervision"),
    ("Common complaints include a metallic taste, vivid dreams and feeling wired.", "en",
     "side-effects"),
    ("A few people felt their heart racing or became short of breath.", "en", "side-effects"),
    ("It can raise lithium levels in the blood.", "en", "side-effects"),
])
def test_notices_in_yet_other_words(sentence: str, lang: str, kind: str) -> None:
    assert kind in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("None of the children in the trial had serious side effects.", "en"),
    ("Ninguno de los voluntarios tuvo efectos secundarios graves.", "es"),
    ("Blood tests in the study showed lower levels of inflammation.", "en"),
])
def test_denied_by_its_subject_or_a_studys_result_is_no_side_effect(sentence: str,
                                                                     lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "region"), [
    ("Here the patch is licensed only for shingles pain, not for back pain.", "GB"),
    ("The cream is only approved to treat adults with eczema.", "US"),
    ("En México, el parche solo está autorizado para el dolor de la culebrilla.", "MX"),
])
def test_an_approval_only_for_one_use_is_a_notice(tmp_path, sentence: str, region: str) -> None:
    assert ("regulatory", sentence) in article_notices(tmp_path, sentence + "\n", region)


# ------------------------------------------------- concepts, batch 7 (session 3)

@pytest.mark.parametrize(("sentence", "lang"), [
    ("For the first dose a relative should be with you the whole evening.", "en"),
    ("A nurse will follow up with you by phone the next morning.", "en"),
    ("Si sigue con el tratamiento, su médico le repetirá el electrocardiograma cada año.", "es"),
])
def test_company_during_a_dose_and_follow_up_are_supervision(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Unas pocas pastillas pueden intoxicar a un niño pequeño.", "es"),
    ("Swallowing a handful can cause iron poisoning in toddlers.", "en"),
])
def test_poisoning_is_a_side_effect(sentence: str, lang: str) -> None:
    assert "side-effects" in kinds(sentence, lang)


def test_a_denied_placebo_makes_a_records_analysis_a_trial_without_control() -> None:
    quote = ("An analysis of 900 patients of one clinic found most felt better; nobody was given "
             "a placebo.")
    assert level(quote, quote) == "uncontrolled-trial"


@pytest.mark.parametrize("sentence", [
    "The app's pages promise “calm in minutes” to anyone who subscribes.",
    "«Recuperé la energía que tenía de joven», escribe una clienta.",
])
def test_promises_and_customers_praise_are_hype(sentence: str) -> None:
    from summarizer.sources.claims import flag_claim

    assert "hype" in flag_claim(sentence)[0]


@pytest.mark.parametrize(("sentence", "lang", "kind"), [
    ("Never give your toddler a grown-up's tablet.", "en", "self-medication"),
    ("It is not safe to mix the drops with sleeping pills yourself.", "en", "self-medication"),
    ("Doubling the dose to feel it sooner is dangerous.", "en", "self-medication"),
    ("No se automedique con estas pastillas.", "es", "self-medication"),
    ("No intente suspenderlo usted solo.", "es", "self-medication"),
    ("Cómprelo solo en farmacias, nunca por internet.", "es", "self-medication"),
    ("Buy it only from a registered pharmacy.", "en", "self-medication"),
    ("The retreat is run by three trained facilitators who stay with you all night.", "en",
     "supervision"),
])
def test_self_medication_and_watching_said_plainly(sentence: str, lang: str, kind: str) -> None:
    assert kind in kinds(sentence, lang)


# ------------------------------------------------- concepts, batch 8 (session 3)

@pytest.mark.parametrize(("sentence", "lang"), [
    ("Two nurses are with the patient until the anaesthetic wears off.", "en"),
    ("You will not be discharged until the team is sure you can walk safely.", "en"),
    ("Cada paciente se hace un análisis de sangre mensual durante el primer año.", "es"),
    ("No le darán el alta hasta que pueda caminar sin ayuda.", "es"),
])
def test_being_kept_and_tested_is_supervision(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("En casos raros hace bajar los glóbulos blancos.", "es"),
])
def test_blood_cells_and_going_to_your_clinic_are_side_effects(sentence: str, lang: str) -> None:
    assert "side-effects" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    # convention (f), session 14 (rules16): an order to go to a service for signs, no
    # treatment named in the sentence, is a referral; whether the signs are a treatment's
    # (side effects too) is the paragraph's to say, which the rules alone cannot read.
    # These two asserted side effects before the convention was settled.
    ("Si tiene fiebre alta, acuda a su centro de salud el mismo día.", "es"),
    ("Si nota la piel amarilla, acuda a urgencias.", "es"),
])
def test_an_order_to_go_somewhere_for_signs_alone_is_a_referral(sentence: str,
                                                                 lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


# ------------------------------------------- heldout4 classes: everyday harms, names

@pytest.mark.parametrize(("sentence", "lang"), [
    # the body's everyday complaints, as a reader would name them
    ("Most teenagers on the cream get chapped lips, dry skin and the odd nosebleed.", "en"),
    ("Some users say their fingers and toes feel cold and they are tired all day.", "en"),
    ("The tablets can make gout much worse in older men.", "en"),
    ("Mixing the two has been linked to blackouts and sudden aggression.", "en"),
    ("A few patients sleepwalk or cook at night without remembering it.", "en"),
    ("People over seventy are more likely to fall at night on these pills.", "en"),
    ("Together with opioids the syrup can leave breathing dangerously shallow.", "en"),
    ("El ibuprofeno causa a veces sangrados en el intestino.", "es"),
    ("El tabaco de mascar crea dependencia en pocas semanas.", "es"),
    ("Con dos latas me temblaban las piernas y tenía el corazón a mil.", "es"),
])
def test_everyday_harms_are_side_effects(sentence: str, lang: str) -> None:
    assert "side-effects" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("© 2025 Dizzy Heights Travel Notes.", "en"),            # a name, not a symptom
    ("Posted by the Sleepy Owl Book Club.", "en"),
    ("St John's wort can lower ciclosporin levels, so never start it without asking your GP.",
     "en"),  # the interaction is the order's reason, said before it
    # a treatment that may help some people less is no interaction
    ("The exercises may work less well for people whose pain began after surgery.", "en"),
])
def test_names_an_orders_reason_and_less_benefit_are_no_side_effects(
        sentence: str, lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    # a specialist of any kind who sees the patient
    ("Your cardiologist will see you every six weeks until the dose is settled.", "en"),
    # two clinicians named together, then what they do
    ("Your GP or practice nurse should phone you within a week of starting.", "en"),
    # a patient's own account: "my doctor checked my …"
    ("Before the second course my rheumatologist checked my blood count and liver.", "en"),
    # the family asked to watch and report
    ("Carers are asked to let the nurse know at once if they notice him getting confused.", "en"),
    ("Mi reumatóloga me tomó la tensión antes de subirme la dosis.", "es"),
])
def test_specialists_couples_and_first_person_care_are_supervision(
        sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


def test_what_my_doctor_said_is_no_supervision() -> None:
    said = "My neurologist also said the patch rarely makes people gain weight."
    assert "supervision" not in kinds(said)


@pytest.mark.parametrize("sentence", [
    "Healthboard Online is not responsible for the views of its members.",
    "El Hospital del Norte no se hace responsable de los comentarios publicados.",
    "MedForo.es no se responsabiliza de los mensajes de los participantes.",
    "Remember we are patients, not doctors: nothing on this board replaces a consultation.",
    "Ningún mensaje de este grupo es consejo médico y nada de lo escrito sustituye a una consulta.",
    "About Northwind Therapeutics: Northwind develops treatments for rare diseases.",
])
def test_site_liability_lines_and_company_blurbs_are_furniture(sentence: str) -> None:
    from summarizer.sources.boilerplate import is_furniture_text
    assert is_furniture_text(sentence)


@pytest.mark.parametrize("sentence", [
    "About half of the patients felt better: the rest did not.",
    "Nurses are responsible for checking the dose before each infusion.",
])
def test_article_sentences_are_not_furniture(sentence: str) -> None:
    from summarizer.sources.boilerplate import is_furniture_text
    assert not is_furniture_text(sentence)


# ------------------------------------------------ heldout4 classes: evidence in other words

@pytest.mark.parametrize(("sentence", "lang", "want"), [
    ("Doctors also wrote up a published report of a man whose tremor began on the drug.",
     "en", "case-report"),
    ("There is a published case of a runner who collapsed after a double dose.", "en",
     "case-report"),
    ("Investigators gave the spray to 48 teenagers with migraine and their attacks eased.",
     "en", "human-trial"),
    ("Una doctora dio el jarabe durante un mes a 30 adultos con tos, y la tos mejoró.", "es",
     "human-trial"),
    ("Data from 12,000 people who bought the wristband show that wearers slept longer.",
     "en", "human-observational"),
    ("En un ensayo, estudiantes que usaron la aplicación dormían más que otros estudiantes"
     " que no la usaron.", "es", "controlled-trial"),
])
def test_designs_said_another_way(sentence: str, lang: str, want: str) -> None:
    assert level(sentence, sentence, lang) == want


def test_a_result_opening_the_paragraph_after_its_randomized_design() -> None:
    text = ("The study enrolled 900 adults and randomly assigned them to the gel or a"
            " placebo for ten weeks.\n\nRashes were no more common with the gel than with"
            " the placebo, and pain fell by a third with the gel.")
    quote = "Rashes were no more common with the gel than with the placebo"
    assert level(text, quote) == "randomized-controlled"


@pytest.mark.parametrize("sentence", [
    "Antacids can make the tablets work less well, so take them two hours apart.",
    "Some antibiotics work less well when taken with milk.",
])
def test_one_medicine_weakening_another_stays_a_side_effect(sentence: str) -> None:
    assert "side-effects" in kinds(sentence)


# ------------------------------------------ heldout4 classes: self-medication, regulatory, crisis

def test_texting_a_keyword_told_as_a_story_is_a_crisis_contact() -> None:
    from summarizer.sources.contacts import find_contacts
    told = "Last winter, texting HELLO to 50808 was what got my brother through the night."
    assert [f.contact.number for f in find_contacts(told, "IE")] == ["50808"]


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Please don't rush it up yourself, even when the first weeks feel slow.", "en"),
    ("Never speed up the schedule because you feel nothing yet.", "en"),
])
def test_hurrying_a_dose_is_self_medication(sentence: str, lang: str) -> None:
    assert "self-medication" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Many clinics now give it for hair loss, a use outside the tablet's licensed indications.",
     "en"),
    ("El fabricante solicitó que se registrara la crema como medicamento para el acné y se lo"
     " denegaron.", "es"),
])
def test_a_use_outside_the_indications_or_a_refused_request_is_regulatory(
        sentence: str, lang: str) -> None:
    from summarizer.sources.regulators import unattributed_not_approved
    assert unattributed_not_approved(sentence)


def test_a_lede_naming_a_teams_conclusion_and_symptoms_gone_take_the_animal_study() -> None:
    text = ("Un jarabe de miel al día acaba con la ansiedad: es la conclusión de un equipo del"
            " Hospital de Levante tras un año de trabajo.\n\nLos investigadores dieron miel a"
            " ratas estresadas durante un mes. Al final, desaparecieron los síntomas de"
            " ansiedad.")
    assert level(text, "Un jarabe de miel al día acaba con la ansiedad", "es") == "animal"
    assert level(text, "Al final, desaparecieron los síntomas de ansiedad.", "es") == "animal"


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    ("Headaches and trouble sleeping are common during pregnancy, alongside heartburn.", "en",
     False),  # the life stage's symptoms, not a treatment's
    ("Los dolores de cabeza son frecuentes en los años de la menopausia.", "es", False),
    ("Headaches are common in the first weeks of treatment.", "en", True),
    ("Nausea is common with the higher dose.", "en", True),
])
def test_symptoms_common_in_a_life_stage_are_no_side_effect(
        sentence: str, lang: str, expected: bool) -> None:
    assert ("side-effects" in kinds(sentence, lang)) is expected


@pytest.mark.parametrize(("sentence", "region", "numbers"), [
    ("Si tu hijo se siente mal después de beber tres latas, llamad al 112.", "ES", []),
    ("If a friend feels unwell after too many energy shots, call 999.", "GB", []),
    # a crisis named beside the bodily upset keeps the number
    ("If someone feels unwell or talks of suicide, call 999.", "GB", ["999"]),
    ("Si hay una emergencia, llamad al 112.", "ES", ["112"]),
])
def test_an_ambulance_for_a_bodily_upset_is_no_crisis_line(
        sentence: str, region: str, numbers: list[str]) -> None:
    from summarizer.sources.contacts import find_contacts
    assert [f.contact.number for f in find_contacts(sentence, region)] == numbers


def test_a_footer_line_that_names_its_crisis_service_is_kept_in_a_page_naming_no_country(
        ) -> None:
    """The article names no country (a shop page): a footer or aside line naming a crisis
    service of the rulebook is read in that service's region, not dropped."""
    from summarizer.sources.page_notices import with_outside_safety_lines

    article = "Nuestras cápsulas se toman con el desayuno. No tomes más de dos al día."
    html = (f"<html><body><main><article><p>{article}</p></article>"
            "<aside class='ayuda'><p>¿Te sientes sin salida? Habla hoy con la Línea de la "
            "Vida al 800 911 2000, gratis.</p></aside></main><footer><p>Tienda S.A. Todos "
            "los derechos reservados.</p></footer></body></html>")
    text = with_outside_safety_lines(article, html)
    assert "800 911 2000" in text
    assert "derechos reservados" not in text


# ------------------------------------------- concepts behind the heldout5 misses (session 4)

@pytest.mark.parametrize(("sentence", "lang"), [
    ("A pharmacist rings every client in the second week to ask about side effects.", "en"),
    ("Only hike with a friend nearby who knows about your heart condition.", "en"),
    ("Durante el estudio, una enfermera vigilaba a cada paciente por la noche.", "es"),
])
def test_supervision_as_calls_company_and_a_clinicians_clearance(sentence: str,
                                                                lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)
    if "before" in sentence or "antes" in sentence:  # a clearance: both since session 10
        assert "self-medication" in kinds(sentence, lang)
    else:
        assert "self-medication" not in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The lamp is a helper, never a replacement for your tablets, the nurse said.", "en"),
])
def test_a_description_after_never_is_no_order(sentence: str, lang: str) -> None:
    assert "self-medication" not in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("If you have a liver condition, speak to your doctor before you try the tea.", "en"),
    ("Si tienes diabetes, consulta a tu médico antes de tomarlo.", "es"),
    ("If you take pills for blood pressure, ask your pharmacist before adding the drops.", "en"),
    ("If you have epilepsy, check with your pharmacist before starting the drops.", "en"),
])
def test_asking_first_because_of_a_state_or_a_medicine_is_self_medication(
        sentence: str, lang: str) -> None:
    # Supervision (the clinician screens) and, from session 10, self-medication too, until
    # session 12 (convention (a'), session 12: asking a professional first is self-medication only;
    # test_rules12.py)
    found = kinds(sentence, lang)
    assert "supervision" not in found
    assert "self-medication" in found


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The icy air can make you shiver and breathe hard for a minute or two.", "en"),
    ("Some users felt thirsty and had an irritated throat.", "en"),
    ("Varios adultos notaron sed e irritación de la garganta.", "es"),
])
def test_the_bodys_reactions_in_everyday_words(sentence: str, lang: str) -> None:
    assert "side-effects" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Many clients use the lamp during a depressive episode, with their usual care.", "en"),
    ("In case of poisoning, the national poisons line answers on 0800 123 456.", "en"),
    ("Reporters described a six-year-old boy who became drowsy after taking his mother's pills.",
     "en"),
])
def test_the_illnesss_time_a_poisons_line_or_a_case_is_no_side_effect(sentence: str,
                                                                      lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)


def test_an_emergency_alone_is_no_crisis_line(tmp_path) -> None:
    from summarizer.sources.analyze import analyze_source
    from summarizer.sources.load import load_source

    p = tmp_path / "a.txt"
    p.write_text("The clinic opens at nine.\n\nIn a medical emergency, dial 999.\n\n"
                 "If you feel suicidal, the 116 123 line answers day and night.\n",
                 encoding="utf-8")
    an = analyze_source("a", load_source(p), region="GB")
    crisis = [d for d in an.disclaimers if d.kind == "crisis-line"]
    assert [c.number for d in crisis for c in d.contacts] == ["116123"]


@pytest.mark.parametrize(("quote", "want"), [
    ("A study of 15 volunteers who breathed cold air for ten minutes measured their pulse.",
     "human-trial"),
    ("Of 300 nurses who decided for themselves whether to take the vitamin, fewer fell ill, "
     "but there was no random assignment.", "human-observational"),
    ("Reporters described a six-year-old boy who became drowsy after taking his mother's pills.",
     "case-report"),
])
def test_volunteers_self_chosen_groups_and_ages_in_words(quote: str, want: str) -> None:
    assert level(quote, quote) == want


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Teachers may give the tablet at lunch if a parent has signed the form.", "en"),
    ("Members may cancel a booking up to a day before.", "en"),
    ("Los usuarios pueden darse de baja cuando quieran.", "es"),
])
def test_a_chooser_allowed_to_act_is_no_hedge(sentence: str, lang: str) -> None:
    from summarizer.evidence import hedge_words

    assert hedge_words(sentence, lang) == ()


def test_what_may_happen_to_you_stays_a_hedge() -> None:
    from summarizer.evidence import hedge_words

    assert hedge_words("Ring us, because you may need a lower dose at first.") != ()


def test_the_writers_own_story_is_no_claim() -> None:
    from summarizer.model import Sentence, Span
    from summarizer.sources.claims import is_claim_like

    story = "I moved to Leeds in the spring, after a long year of poor sleep."
    view = "I believe the lamp helped my mood within a week."
    assert not is_claim_like(Sentence(Span(0, len(story)), story), "en")
    assert is_claim_like(Sentence(Span(0, len(view)), view), "en")


def test_becoming_like_everyone_else_is_a_promise() -> None:
    from summarizer.sources.claims import flag_claim

    assert "hype" in flag_claim("A nasal spray lets shy children play like any other kids.")[0]


@pytest.mark.parametrize(("sentence", "lang", "notice"), [
    ("I've heard online that it can cause hair loss, is that true?", "en", False),
    ("Until 2019 the pill had a strong warning about mood changes on its box.", "en", False),
    ("He leído en un foro que puede causar mareos.", "es", False),
    ("It can cause hair loss in the first months.", "en", True),
])
def test_hearsay_and_past_warnings_state_no_side_effect(sentence: str, lang: str,
                                                        notice: bool) -> None:
    assert ("side-effects" in kinds(sentence, lang)) is notice


@pytest.mark.parametrize(("sentence", "lang", "notice"), [
    ("Keep pets away: if a dog touches the patch, it can absorb the drug.", "en", True),
    ("Si su pareja toca la crema antes de que se seque, puede absorber el medicamento.", "es",
     True),
    ("The skin absorbs the cream within minutes.", "en", False),
])
def test_someone_else_exposed_to_the_treatment_is_a_side_effect(sentence: str, lang: str,
                                                                notice: bool) -> None:
    assert ("side-effects" in kinds(sentence, lang)) is notice


@pytest.mark.parametrize("story", [
    "I tried the drops for six weeks and my headaches stopped.",
    "I tried it for a month and it cut my anxiety in half.",
])
def test_a_first_person_result_stays_a_claim(story: str) -> None:
    from summarizer.model import Sentence, Span
    from summarizer.sources.claims import is_claim_like

    assert is_claim_like(Sentence(Span(0, len(story)), story), "en")


# ------------------------------------------- concepts behind the heldout7 misses (session 4)

@pytest.mark.parametrize(("sentence", "lang"), [
    ("The slimming tea was withdrawn from sale in 2009 and nothing has replaced it.", "en"),
    ("Years ago the lozenges were pulled from shelves after a recall.", "en"),
    ("No cough syrup of this kind holds a marketing authorisation in Britain.", "en"),
    ("El jarabe no tiene registro sanitario y se vende en mercadillos.", "es"),
    ("Se receta mucho para la migraña, aunque su ficha técnica no recoge ese uso.", "es"),
    ("Es un complemento: no está autorizado por la autoridad sanitaria como medicamento.",
     "es"),
    ("Este champú no es un medicamento.", "es"),
])
def test_a_status_said_without_a_regulator_is_regulatory(sentence: str, lang: str) -> None:
    from summarizer.sources.regulators import unattributed_not_approved
    assert unattributed_not_approved(sentence)


@pytest.mark.parametrize("sentence", [
    "The shop withdrew its offer after two days.",
    "El médico dice que el ejercicio no es un medicamento milagroso.",
    "Su ficha técnica recoge la migraña desde 2010.",
    "Caminar no es un medicamento, pero ayuda a dormir mejor.",
    "No clinic in the county has a licence to offer the sessions.",
])
def test_other_withdrawals_and_descriptions_are_no_regulatory_notice(sentence: str) -> None:
    from summarizer.sources.regulators import unattributed_not_approved
    assert not unattributed_not_approved(sentence)


def test_colombias_regulator_and_crisis_lines_are_known() -> None:
    from summarizer.sources.contacts import find_contacts
    from summarizer.sources.regulators import regulatory_statements

    (st,) = regulatory_statements("La crema no tiene registro sanitario del INVIMA.")
    assert not st.approved
    found = find_contacts("Si piensas en hacerte daño, llama gratis a la Línea 106.", "CO")
    assert [f.contact.number for f in found] == ["106"]
    menu = find_contacts("Salud mental: marca 192 y elige la opción 4, a cualquier hora.", "CO")
    assert [(f.contact.number, f.contact.extra) for f in menu] == [("192", "then press 4")]


def test_spains_second_crisis_line_is_known() -> None:
    from summarizer.sources.contacts import find_contacts
    found = find_contacts("Si lo necesitas, el Teléfono de la Esperanza atiende en el "
                          "717 003 717 de día y de noche.", "ES")
    assert [f.contact.role for f in found] == ["crisis"]


def test_a_footer_legend_that_a_product_is_no_medicine_is_kept() -> None:
    from summarizer.sources.page_notices import with_outside_safety_lines

    article = "Nuestro té se toma por la noche. No tomes más de dos tazas."
    html = (f"<html><body><main><article><p>{article}</p></article></main><footer>"
            "<p>Este producto no es un medicamento. Consúmalo bajo su responsabilidad.</p>"
            "<p>Tienda S.A. Todos los derechos reservados.</p></footer></body></html>")
    text = with_outside_safety_lines(article, html)
    assert "no es un medicamento" in text
    assert "derechos reservados" not in text


@pytest.mark.parametrize(("sentence", "lang"), [
    ("A practitioner stays in the room until the last pad is removed.", "en"),
    ("Our nurses look in on you every quarter of an hour while the drip runs.", "en"),
    ("If you take the powder every day, ask your doctor about a thyroid check.", "en"),
    ("Antes de la primera sesión pedimos un certificado médico reciente.", "es"),
    ("Antes de reservar, solicitamos un electrocardiograma.", "es"),
    ("No manejes ni uses herramientas peligrosas esa tarde.", "es"),
])
def test_supervision_said_by_a_clinic_or_as_a_check_to_ask_for(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Never borrow pills from a relative to see whether they help.", "en"),
    ("Anyone already on the tablets should never increase their dose to sleep better.", "en"),
    ("If you skip a week, don't simply pick it back up where you stopped.", "en"),
    ("Keep to the dose your nurse set instead of doubling up when it hurts.", "en"),
])
def test_a_patients_own_dosing_forbidden_in_other_words(sentence: str, lang: str) -> None:
    assert "self-medication" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Long use can turn the skin flaky and dry.", "en"),
    ("The spray has occasionally caused wheezing in children.", "en"),
    ("These pills can make you nod off at the wheel, so you must not drive at first.", "en"),
    ("Some patients get sudden urges to gamble or spend money they do not have.", "en"),
    ("It can bring on urges that seem unlike you, such as gambling.", "en"),
    ("Consulte si nota la piel amarillenta o la orina muy oscura.", "es"),
    ("Tampoco la tome con antibióticos, que disparan su nivel en la sangre.", "es"),
    ("Muy pocas veces causa una erección dolorosa que dura horas.", "es"),
    ("Mídase la tensión al principio, porque puede bajar de golpe.", "es"),
])
def test_side_effects_of_skin_sleep_urges_liver_and_levels(sentence: str, lang: str) -> None:
    assert "side-effects" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Do not quit the capsules overnight, as quitting all at once can bring on sweats.", "en"),
    ("The syrup was taken off the market after reports of liver damage in children.", "en"),
    ("Para casos de sobredosis, el centro antiveneno atiende en el 55 5132 0909.", "es"),
    ("If you miss two days, don't just pick up where you left off, because dizziness can "
     "come back.", "en"),
    ("People who nod off at work may have sleep apnoea.", "en"),
    ("El fármaco sube su nivel de energía, según el fabricante.", "es"),
])
def test_reasons_reports_and_service_conditions_state_no_side_effect(sentence: str,
                                                                     lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)


@pytest.mark.parametrize("quote", [
    "A Danish trial had allocated 60 adults by lot to the patch or a dummy patch.",
    "They assigned each of the 80 volunteers by chance to the drops or water drops.",
])
def test_assignment_by_lot_with_its_object_between_is_randomized(quote: str) -> None:
    assert level(quote, quote) == "randomized-controlled"


@pytest.mark.parametrize(("sentence", "hype"), [
    ("Nobody should call the cream a miracle fix, the dermatologist said.", False),
    ("No one would describe these drops as a breakthrough, she admits.", False),
    ("Our nurses call it a miracle cure.", True),
])
def test_hype_denied_by_a_verb_of_naming(sentence: str, hype: bool) -> None:
    from summarizer.sources.claims import flag_claim

    assert ("hype" in flag_claim(sentence)[0]) is hype


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The capsules are not registered as a medicine in Australia.", "en"),
    ("It is not a licensed medicine.", "en"),
    ("The product has not been evaluated by any health authority.", "en"),
    ("It is sold as a food supplement, so nobody has checked that it works.", "en"),
    ("The spray was withdrawn in 2015 over safety concerns.", "en"),
    ("El producto no está registrado como medicamento en México.", "es"),
    ("Carece de registro sanitario.", "es"),
    ("No cuenta con autorización de comercialización en España.", "es"),
    ("Se vende como complemento alimenticio y no como medicamento.", "es"),
    ("Es un suplemento, así que nadie ha comprobado que funcione.", "es"),
    ("La agencia lo retiró de las farmacias en 2012.", "es"),
])
def test_a_status_said_as_no_registration_no_check_or_a_withdrawal(sentence: str,
                                                                   lang: str) -> None:
    from summarizer.sources.regulators import unattributed_not_approved
    assert unattributed_not_approved(sentence)


@pytest.mark.parametrize("sentence", [
    "The trial was not registered with a public database before it began.",
    "The recipe has not been checked by any chef.",
    "Nobody has checked whether the supplement shop is open on Sundays.",
    "She withdrew from the trial over the side effects.",
    "El ensayo no se registró antes de empezar.",
])
def test_a_trials_registration_or_a_persons_withdrawal_is_no_status(sentence: str) -> None:
    from summarizer.sources.regulators import unattributed_not_approved
    assert not unattributed_not_approved(sentence)


@pytest.mark.parametrize(("sentence", "lang", "kind"), [
    ("You will be seen every two to four weeks while the dose goes up.", "en", "supervision"),
    ("Have someone drive you home after the session.", "en", "supervision"),
    ("Avoid driving or using machines the morning after a dose.", "en", "supervision"),
    ("Te harán análisis del hígado a las 3, 6 y 12 semanas.", "es", "supervision"),
    ("Keep taking your usual antidepressant while the dose is built up.", "en",
     "self-medication"),
    ("No la pidas por internet ni la traigas de viaje.", "es", "self-medication"),
    ("Some people feel lightheaded when they stand up.", "en", "side-effects"),
    ("Your heart may pound for a few minutes.", "en", "side-effects"),
    ("It can lower sodium in the blood, which can lead to fits.", "en", "side-effects"),
    ("Puede dejarte la cabeza embotada por la mañana.", "es", "side-effects"),
    ("Algunas personas se levantan atontadas.", "es", "side-effects"),
])
def test_notices_in_plain_everyday_words(sentence: str, lang: str, kind: str) -> None:
    assert kind in kinds(sentence, lang)


def test_a_check_before_you_start_is_no_self_medication() -> None:
    assert kinds("Your kidney function will be checked before you start.") == {"supervision"}


@pytest.mark.parametrize(("sentence", "kind"), [
    ("It lowers the sodium content of your diet.", "side-effects"),
    ("Avoid driving home in the rush hour if traffic upsets you.", "supervision"),
])
def test_everyday_words_in_other_senses_are_no_notice(sentence: str, kind: str) -> None:
    assert kind not in kinds(sentence)


# Session 8: measured before and after in the same people, with nothing to compare them
# with but themselves, is a trial with no comparison group (uncontrolled-trial, the rank
# of human-trial; the PDF then says "with no comparison group"); tests/test_evidence_s8.py
@pytest.mark.parametrize(("quote", "want"), [
    ("A study that imaged the hearts of 30 adults before and after two months of the pill"
     " found thicker walls.", "uncontrolled-trial"),
    ("Researchers measured the sleep of 18 women before and after a month on the drops and"
     " found they slept longer.", "uncontrolled-trial"),
    ("Records of 2,000 patients before and after the clinic opened were compared.",
     "human-observational"),
    ("Un estudio midió el sueño de 20 adultos antes y después de un mes con las gotas y"
     " encontró que dormían más.", "uncontrolled-trial"),
])
def test_people_measured_before_and_after_a_course_were_given_it(quote: str, want: str) -> None:
    lang = "es" if "estudio" in quote else "en"
    assert level(quote, quote, lang) == want


@pytest.mark.parametrize(("sentence", "lang", "kind"), [
    ("Te veremos cada dos semanas mientras subimos la dosis.", "es", "supervision"),
    ("Alguien tiene que llevarte a casa después.", "es", "supervision"),
    ("Pide a alguien que te lleve a casa.", "es", "supervision"),
    ("Durante la sesión, una terapeuta pasa a verte cada diez minutos.", "es", "supervision"),
    ("We check on you every five minutes during the session.", "en", "supervision"),
    ("No le des las gotas a tus hijos.", "es", "self-medication"),
    ("Algunas personas notan el estómago revuelto.", "es", "side-effects"),
    ("Puede dar sueño durante el día.", "es", "side-effects"),
    ("It may leave you feeling woozy.", "en", "side-effects"),
    ("It can make you restless at night.", "en", "side-effects"),
])
def test_notices_said_to_the_reader_as_tu_or_by_a_clinic_as_we(sentence: str, lang: str,
                                                               kind: str) -> None:
    assert kind in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang", "kind"), [
    ("No le des importancia a los comentarios de tus amigos.", "es", "self-medication"),
    ("Las gotas de menta calman el estómago revuelto.", "es", "side-effects"),
    ("We check on your order every day until it ships.", "en", "supervision"),
])
def test_those_words_in_other_senses_are_no_notice(sentence: str, lang: str, kind: str) -> None:
    assert kind not in kinds(sentence, lang)
