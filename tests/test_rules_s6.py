"""Issue 8, session 6: the rules' misses on heldout8 (released), by family.

Each case is a short sentence written for this test standing for one general cause of a
miss, then an assertion on the real article by path. Nothing here names a drug, product
or topic the rulebook learns from: the vocabulary is the family's own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rules_helpers import kinds

from summarizer.sources.contacts import find_contacts

DATA = Path(__file__).parent / "data"




def crisis_contacts(folder: str, name: str) -> list[tuple[str, str]]:
    """(number, extra) of every crisis contact the pipeline gives for a corpus article."""
    import tomllib

    from summarizer.sources.analyze import analyze_source
    from summarizer.sources.load import load_source

    base = DATA / folder
    labels = tomllib.loads((base / f"{name}.toml").read_text(encoding="utf-8"))
    (path,) = [p for p in base.glob(f"{name}.*") if p.suffix in {".txt", ".html"}]
    an = analyze_source(name, load_source(path), region=str(labels.get("region", "")))
    return [(c.number, c.extra) for d in an.disclaimers if d.kind == "crisis-line"
            for c in d.contacts if c.role == "crisis"]


# ------------------------------------------------------------------ crisis contacts

def test_a_full_number_under_a_known_crisis_lines_name_is_a_crisis_line() -> None:
    # no crisis word in the sentence: the name is the rulebook's own crisis line
    (f,) = find_contacts("Teens can reach Kids Help Phone at 1-800-668-6868 any time.", "CA")
    assert (f.contact.number, f.contact.role) == ("+18006686868", "crisis")


@pytest.mark.parametrize(("sentence", "region"), [
    ("Salud mental: llama a la línea 192, opción 4, a cualquier hora.", "CO"),
    ("Für Beratung wählen Sie die 0800 1110111, Option 2.", "DE"),
])
def test_a_menu_option_right_after_the_number_is_its_extension(sentence: str,
                                                                region: str) -> None:
    (f,) = find_contacts(sentence, region)
    assert f.contact.extra.startswith("then press ")


def test_a_star_short_code_keeps_its_star() -> None:
    found = find_contacts("Si piensas en el suicidio, llama al *4141, gratis.", "CL")
    assert [(f.contact.number, f.contact.role) for f in found] == [("*4141", "crisis")]


@pytest.mark.parametrize(("name", "want"), [
    ("en-scopolamine-depression-press-release", ("+18006686868", "")),
    ("es-curcuma-animo-tienda", ("192", "then press 4")),
    ("es-infliximab-depresion-universidad", ("*4141", "")),
])
def test_heldout8_crisis_contacts(name: str, want: tuple[str, str]) -> None:
    got = crisis_contacts("heldout8", name)
    assert want in got
    assert len(got) == len(set(got))


# ------------------------------------------------------------------ hype, hedges, permission

def hype(sentence: str, lang: str = "en") -> bool:
    from summarizer.sources.claims import flag_claim
    return "hype" in flag_claim(sentence, lang)[0]


def hedged(sentence: str, lang: str = "en") -> bool:
    from summarizer.evidence import hedge_words
    return bool(hedge_words(sentence, lang))


@pytest.mark.parametrize(("sentence", "lang"), [
    ("We won't pretend it's a wonder drug.", "en"),
    ("Nobody here claims it's a miracle.", "en"),
    ("We don't say it's a breakthrough.", "en"),
    ("No pretendemos que sea un milagro.", "es"),
    ("We will never promise you a miracle cure, just a calmer day.", "en"),
    ("No te vamos a prometer milagros: solo noches más tranquilas.", "es"),
])
def test_a_hype_word_denied_through_a_verb_of_saying_is_no_hype(sentence: str,
                                                                lang: str) -> None:
    assert not hype(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Introducing our Calm Cloud drops, the stress fix your evenings need.", "en"),
    ("This balm lifts your spirits after the first use.", "en"),
    ("Presentamos nuestro nuevo jarabe, el remedio que tu cuerpo pide.", "es"),
])
def test_a_product_launch_and_a_mood_promise_are_hype(sentence: str, lang: str) -> None:
    assert hype(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Readers may send questions to the health desk.", "en"),
    ("Viewers may submit questions through the form below.", "en"),
    ("Journalists may request interviews through the press office.", "en"),
    ("You may bring a book, and a friend may wait for you in the lounge.", "en"),
    ("Las personas interesadas pueden escribir al equipo.", "es"),
    ("Les lecteurs peuvent envoyer leurs questions à la rédaction.", "fr"),
    ("Leserinnen und Leser können ihre Fragen an die Redaktion schicken.", "de"),
])
def test_an_invitation_to_write_in_is_no_hedge(sentence: str, lang: str) -> None:
    assert not hedged(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The spray could one day replace daily pills.", "en"),
    ("Some day the patch might help people with migraine.", "en"),
])
def test_someday_is_a_hedge_not_an_approximate_number(sentence: str, lang: str) -> None:
    assert hedged(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The patch may cause two kinds of rash.", "en"),
    ("Patients may experience dizziness.", "en"),
    ("Los síntomas pueden empeorar al dejarlo.", "es"),
])
def test_hedges_stay_hedges(sentence: str, lang: str) -> None:
    assert hedged(sentence, lang)


def test_heldout8_hype_and_hedge_traps() -> None:
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(
        "honesty_bench", Path(__file__).parents[1] / "benchmarks" / "honesty.py")
    assert spec and spec.loader
    honesty = importlib.util.module_from_spec(spec)
    sys.modules["honesty_bench"] = honesty
    spec.loader.exec_module(honesty)
    arts = honesty.load_corpus(DATA / "heldout8")
    assert honesty.trap_problems(arts) == []
    assert honesty.contact_problems(arts) == []


# ------------------------------------------------------------------ supervision

@pytest.mark.parametrize(("sentence", "lang"), [
    # a clinician deciding because of a health state (asking first alone: session 12's
    # test_asking_first_because_of_a_state_is_self_medication below)
    ("Si estás embarazada, deja que tu médico decida si puedes usarlo.", "es"),
    # driving after a dose, said another way
    ("Hold off on driving until you know how the tablets affect you.", "en"),
    ("Leave the car keys alone for the first few days.", "en"),
    ("I was told to leave the car at home until I knew how it affected me.", "en"),
    ("If you ever feel drowsy at the wheel, stop driving and call your doctor.", "en"),
    ("Arrange a lift home after the session.", "en"),
    ("No conduzcas hasta saber cómo te afecta.", "es"),
    ("Ne prenez pas le volant le jour de la séance.", "fr"),
    ("Setzen Sie sich am Behandlungstag nicht ans Steuer.", "de"),
    # checks of the body by a clinician: vitals, heart tracings, blood tests, follow-ups
    ("Most doctors want a blood pressure reading at every step up in dose.", "en"),
    ("Your doctor should get an ECG first if you take other heart medicines.", "en"),
    ("My GP sees me every fortnight while the dose goes up and sends me for bloods.", "en"),
    ("Have your GP look at your blood results again after a few months.", "en"),
    ("Le hicieron un electrocardiograma antes de subirle la dosis.", "es"),
    ("La médica me llama a las dos semanas para ver cómo sigo.", "es"),
    # sent home only once safe; taking each dose in front of staff
    ("You will not be let go home until your blood pressure is back to normal.", "en"),
    ("Cada dosis se toma delante del equipo y nadie puede irse solo a casa.", "es"),
    # aftercare: what to avoid after a dose (the gym, staying upright)
    ("Stay upright for two hours afterwards and skip the gym that day.", "en"),
    ("Avoid exercise and saunas for the rest of the day.", "en"),
    ("Evite el ejercicio y la sauna durante las 24 horas siguientes.", "es"),
    ("Évitez le sport et l'alcool pendant 24 heures.", "fr"),
    ("Verzichten Sie am Behandlungstag auf Sport und Sauna.", "de"),
])
def test_supervision_families(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("She drove home from the pharmacy and took her first tablet.", "en"),
    ("Parking near the clinic is free after six.", "en"),
    ("In the trial, blood pressure readings did not change.", "en"),
    ("Researchers measured heart rhythm in all 40 volunteers.", "en"),
    ("She likes to skip the gym on rainy days.", "en"),
    ("Volunteers who avoided alcohol slept better.", "en"),
    ("If you have questions, talk it over with friends.", "en"),
    ("El estudio midió la tensión de los participantes.", "es"),
])
def test_no_supervision_in_descriptions(sentence: str, lang: str) -> None:
    assert "supervision" not in kinds(sentence, lang)


@pytest.mark.parametrize(("folder", "name", "quote"), [
    ("heldout8", "en-baclofen-alcohol-forum", "leave the car at home"),
    ("heldout8", "en-minocycline-schizophrenia-news", "hold off on driving"),
    ("heldout6", "en-prazosin-nightmares-news", "blood pressure reading"),
    ("heldout6", "en-heat-therapy-depression-clinic", "not be let go home"),
])
def test_supervision_found_in_released_articles(folder: str, name: str, quote: str) -> None:
    found = notices(folder, name, "supervision")
    assert any(quote in q for q in found), found


def notices(folder: str, name: str, kind: str) -> list[str]:
    """The quotes of one kind the rules find in a corpus article (the model's own finds,
    cued "learned", left out)."""
    import tomllib

    from summarizer.learned.notices import LEARNED
    from summarizer.sources.analyze import analyze_source
    from summarizer.sources.load import load_source

    base = DATA / folder
    labels = tomllib.loads((base / f"{name}.toml").read_text(encoding="utf-8"))
    (path,) = [p for p in base.glob(f"{name}.*") if p.suffix in {".txt", ".html"}]
    an = analyze_source(name, load_source(path), region=str(labels.get("region", "")))
    return [d.quote for d in an.disclaimers
            if d.kind == kind and not any(c.tag == LEARNED for c in d.cues)]


# ------------------------------------------------------------------ regulatory

def not_approved(sentence: str) -> bool:
    """A not-approved notice by the rules: with a regulator named, or without one."""
    from summarizer.sources.regulators import regulatory_statements, unattributed_not_approved
    return (any(not st.approved for st in regulatory_statements(sentence))
            or bool(unattributed_not_approved(sentence)))


@pytest.mark.parametrize("sentence", [
    # a negative subject after a conjunction
    "The gel is sold as a cosmetic, and no one has authorized it as a treatment for acne.",
    "Es un suplemento y ningún organismo lo ha autorizado como medicamento.",
    # approved for one use, not another, without "only"
    "The tablet is registered in Canada for epilepsy and migraine, not anxiety.",
    # an approval said as a noun, limited to one use
    "The spray carries FDA approval only for seasonal allergies.",
    # a status before a treatment noun or an indication
    "The tea is not an approved treatment for insomnia in Britain.",
    "The results do not make the gel an approved medicine.",
    "Its use here was experimental and must not be read as a new approved indication.",
    "Su uso fue experimental y no debe entenderse como una nueva indicación aprobada.",
    "El jarabe está autorizado para la tos, pero no tiene indicación para el insomnio.",
    # not authorised for a group of people
    "No está autorizada en menores de 18 años.",
    "Elle n'est pas autorisée chez les enfants.",
    "Das Mittel ist bei Kindern nicht zugelassen.",
    # "cleared" is a status only before its use: the denial before it still counts
    "The patch has never been cleared for migraine in Britain.",
    # no medicine of the kind may be sold
    "Ningún producto que lo contenga tiene permiso para venderse en el país.",
    "No product containing the extract holds a licence to be sold here.",
    # the regulator has not checked or assessed it
    "The TGA has not checked whether the capsules work.",
    "Health Canada has not assessed the drops for that use.",
    # not on the regulator's register
    "Varios de estos productos ni siquiera figuran en los registros de la ANMAT.",
])
def test_regulatory_families(sentence: str) -> None:
    assert not_approved(sentence)


@pytest.mark.parametrize("sentence", [
    "The FDA approved the tablet for epilepsy in 2009.",
    "The tea is an approved treatment for colds in Germany.",
    "No one in the study dropped out, and the ethics board approved the protocol.",
    "El INVIMA autorizó el jarabe para la tos en 2015.",
    "Parking is not allowed for visitors, not staff.",
    "The nurse checked whether the patch had moved.",
])
def test_approvals_and_other_things_are_no_regulatory_notice(sentence: str) -> None:
    assert not not_approved(sentence)


@pytest.mark.parametrize(("folder", "name", "quote"), [
    ("heldout6", "en-nac-hair-pulling-forum", "no one has authorized it"),
    ("heldout6", "en-pramipexole-depression-news", "registered in Australia"),
    ("heldout6", "en-prazosin-nightmares-news", "never been cleared for"),
    ("heldout8", "en-ondansetron-ocd-news", "approval only for"),
    ("heldout8", "en-rhodiola-burnout-shop", "not an approved treatment"),
    ("heldout8", "en-rhodiola-burnout-shop", "has not checked"),
    ("heldout8", "es-infliximab-depresion-universidad", "indicación aprobada"),
    ("heldout8", "es-vortioxetina-foro", "no tiene indicación"),
])
def test_regulatory_found_in_released_articles(folder: str, name: str, quote: str) -> None:
    found = notices(folder, name, "regulatory")
    assert any(quote in q for q in found), found


# ------------------------------------------------------------------ side effects, self-medication

@pytest.mark.parametrize(("sentence", "lang"), [
    ("The cream gave me pins and needles in my fingers.", "en"),
    ("My speech went slurred whenever the dose went up.", "en"),
    ("Stopping too fast can bring on fits.", "en"),
    ("A few people end up with a drooping eyelid for a month.", "en"),
    ("Durante la infusión pueden aparecer fiebre, escalofríos o picazón.", "es"),
    ("Algunas personas notan la vista borrosa durante un par de días.", "es"),
    ("En raras ocasiones provoca una convulsión.", "es"),
    ("Pendant la perfusion, de la fièvre ou des frissons peuvent apparaître.", "fr"),
    ("Während der Infusion können Fieber, Schüttelfrost oder Juckreiz auftreten.", "de"),
])
def test_everyday_symptoms_are_side_effects(sentence: str, lang: str) -> None:
    assert "side-effects" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("La médica me llama a las tres semanas para ver cómo duermo y si me mareo.", "es"),
    ("Patients may take the tablets with food if they feel queasy.", "en"),
    ("Les devuelve el sueño sin dejarlos atontados por la mañana.", "es"),
    # the illness another medicine is for, last in a list
    ("If you already take a medicine for anxiety, sleep or seizures, check with your GP "
     "before adding the drops.", "en"),
    ("Si tomas medicamentos para la tensión, la diabetes o las convulsiones, consúltalo "
     "primero con tu médico.", "es"),
])
def test_a_symptom_asked_about_or_as_a_condition_is_no_side_effect(sentence: str,
                                                                   lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Please keep taking whatever your doctor has prescribed; this is an extra, not a swap.",
     "en"),
    ("If you feel low for weeks, see someone rather than treating it yourself.", "en"),
    ("No os subáis la dosis por vuestra cuenta.", "es"),
    ("No la dejéis de golpe aunque os encontréis bien.", "es"),
    ("Y nada de comprarlas por internet.", "es"),
    ("Piden a los pacientes que no cambien la dosis sin hablar con su médico.", "es"),
    ("Please don't pile on more than the dose in the leaflet.", "en"),
    ("Some people ask friends to share their pills: please don't.", "en"),
    ("Hay quien pide pastillas a los vecinos: por favor, no lo hagáis.", "es"),
])
def test_self_medication_said_other_ways(sentence: str, lang: str) -> None:
    assert "self-medication" in kinds(sentence, lang)


# ------------------------------------------------------------------ knowledge moved to data

@pytest.mark.parametrize(("sentence", "region", "want"), [
    # the EU's 112 mentioned in a British or Irish article is that country's (dialled_in)
    ("In an emergency, call 112.", "IE", ("112", "IE", "")),
    ("In an emergency, call 112.", "GB", ("112", "GB", "")),
    ("In an emergency, call 112.", "DE", ("112", "EU", "")),
    # a keyword to text (text_words, keyword_to), a free number (toll_free_words)
    ("If you are in crisis, text HOME to 741741.", "US", ("741741", "US", "text HOME")),
    ("If you are in crisis, call 1-888-628-9454 (toll-free).", "US",
     ("+18886289454", "US", "toll-free")),
])
def test_contact_knowledge_read_from_the_rulebook(sentence: str, region: str,
                                                  want: tuple[str, str, str]) -> None:
    (f,) = find_contacts(sentence, region)
    assert (f.contact.number, f.contact.region, f.contact.extra) == want


@pytest.mark.parametrize(("sentence", "lang"), [
    # what no study shows is denied with its hype word (rulebook no_evidence)
    ("No study has shown that the drops are a miracle cure.", "en"),
    ("Ningún estudio ha demostrado que sea una cura milagrosa.", "es"),
    ("No hay evidencia de que sea un milagro.", "es"),
])
def test_what_no_study_shows_is_no_hype(sentence: str, lang: str) -> None:
    assert not hype(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Aucune étude n'a montré que c'est un remède miracle.", "fr"),
    ("Keine Studie hat gezeigt, dass es ein Wunder ist.", "de"),
])
def test_what_no_study_shows_is_no_hype_in_french_and_german(sentence: str, lang: str) -> None:
    assert not hype(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("No manejes ni uses maquinaria si te da sueño.", "es"),
    ("Do not drive or use machines that evening.", "en"),
])
def test_a_driving_precaution_is_no_self_medication(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)
    assert "self-medication" not in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("It may work when other antidepressants don't.", "en"),
    ("Funciona mejor en quienes no lo hagan.", "es"),
])
def test_a_subjects_dont_is_no_order(sentence: str, lang: str) -> None:
    assert "self-medication" not in kinds(sentence, lang)


# ------------------------------------------------------------------ the families in every language

@pytest.mark.parametrize(("sentence", "lang", "kind"), [
    ("Une personne doit vous raccompagner chez vous.", "fr", "supervision"),
    ("Eine Pflegekraft bleibt während der ganzen Sitzung bei Ihnen.", "de", "supervision"),
    ("Fahren Sie bis zum nächsten Tag nicht selbst Auto.", "de", "supervision"),
    ("Ihr Arzt misst vor jeder Dosis Ihren Blutdruck.", "de", "supervision"),
    ("You'll need someone to collect you afterwards.", "en", "supervision"),
    ("Expect to spend about two hours at the clinic each time.", "en", "supervision"),
    ("The first dose is always given in the surgery.", "en", "supervision"),
    ("Manche Patienten fühlen sich nach der Sitzung schwindelig.", "de", "side-effects"),
    ("Some people feel sick for a day or two.", "en", "side-effects"),
    ("It can leave you feeling spaced out for an hour.", "en", "side-effects"),
    ("Algunas personas se sienten mareadas tras la sesión.", "es", "side-effects"),
])
def test_notice_families_in_every_language(sentence: str, lang: str, kind: str) -> None:
    assert kind in kinds(sentence, lang)


@pytest.mark.parametrize("sentence", [
    "Aucune autorité sanitaire n'a autorisé ce produit comme médicament.",
    "Das Medikament ist in Deutschland für Depressionen nicht zugelassen.",
    "Keine Behörde hat es als Arzneimittel zugelassen.",
    "No agency has approved the spray for children.",
])
def test_regulatory_families_in_every_language(sentence: str) -> None:
    assert not_approved(sentence)


@pytest.mark.parametrize("sentence", [
    "The board has not approved the budget for next year.",
    "Das Gericht hat die Klage für unzulässig erklärt und nicht zugelassen.",
    "She felt sick of waiting for the results.",
])
def test_other_refusals_are_no_regulatory_notice(sentence: str) -> None:
    assert not not_approved(sentence)


@pytest.mark.parametrize(("sentence", "lang", "kind"), [
    ("Sessions take place in a quiet room with a trained guide present the whole time.", "en",
     "supervision"),
    ("Bring a friend who can drive you home.", "en", "supervision"),
    ("You must stay for at least an hour afterwards.", "en", "supervision"),
    ("Tras la sesión, deberá quedarse en la clínica al menos una hora.", "es", "supervision"),
    ("Après la séance, restez au moins une heure à la clinique.", "fr", "supervision"),
    ("It can raise your blood pressure for a few hours.", "en", "side-effects"),
    ("Des troubles du sommeil sont fréquents au début.", "fr", "side-effects"),
])
def test_more_notice_families(sentence: str, lang: str, kind: str) -> None:
    assert kind in kinds(sentence, lang)


@pytest.mark.parametrize("sentence", [
    "No existe ningún medicamento aprobado con esta sustancia.",
    "Ce produit n'a pas d'autorisation de mise sur le marché.",
    "Für diese Anwendung gibt es keine Zulassung.",
    "The cream has no marketing authorisation in Ireland.",
])
def test_more_regulatory_families(sentence: str) -> None:
    assert not_approved(sentence)


@pytest.mark.parametrize(("sentence", "lang", "notice"), [
    ("La paciente dejó de tomar el fármaco por su cuenta y empeoró.", "es", False),
    ("He stopped the tablets on his own and felt worse.", "en", False),
    ("No deje el fármaco por su cuenta.", "es", True),
    ("Never stop the tablets on your own.", "en", True),
    ("Piden que nadie empiece a tomarlo por su cuenta.", "es", True),
])
def test_a_story_of_acting_alone_is_no_order(sentence: str, lang: str, notice: bool) -> None:
    assert ("self-medication" in kinds(sentence, lang)) is notice


@pytest.mark.parametrize(("sentence", "lang", "kind"), [
    ("Puede subir la presión arterial durante unas horas.", "es", "side-effects"),
    ("Brechen Sie die Behandlung nicht ohne ärztlichen Rat ab.", "de", "self-medication"),
    ("Teilen Sie Ihre Tabletten mit niemandem.", "de", "self-medication"),
])
def test_notice_families_in_spanish_and_german(sentence: str, lang: str, kind: str) -> None:
    assert kind in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("If you already take tablets for epilepsy, check with your GP or pharmacist before "
     "adding these drops.", "en"),
    ("If you are pregnant, please talk it over with your midwife or GP before you start.", "en"),
    ("If you take medicines for your heart, have a word with your pharmacist before using it.",
     "en"),
    ("Si tomas pastillas para la tensión, consúltalo primero con tu médico.", "es"),
    ("Quien esté en tratamiento por epilepsia debe consultarlo antes con su médico.", "es"),
    ("Si vous êtes enceinte, parlez-en d'abord à votre médecin avant de commencer.", "fr"),
    ("Wenn Sie schwanger sind, fragen Sie vorher Ihre Ärztin.", "de"),
])
def test_asking_first_because_of_a_state_is_self_medication(sentence: str, lang: str) -> None:
    # supervision here until session 12
    # (session 12, convention (a'), tests/data/corpus/README.md "Session 12": asking a
    # professional first or telling them is self-medication only; see test_rules12.py)
    found = kinds(sentence, lang)
    assert "supervision" not in found
    assert "self-medication" in found


@pytest.mark.parametrize(("folder", "name", "quote"), [
    ("heldout8", "en-rhodiola-burnout-shop", "have a word with your pharmacist"),
    ("heldout8", "es-curcuma-animo-tienda", "consúltalo primero con tu médico"),
])
def test_asking_first_found_in_released_articles_is_self_medication(folder: str, name: str,
                                                                     quote: str) -> None:
    # supervision here until session 12 (convention (a'): asking first is self-medication
    # only; heldout8's labels read these so since labels14)
    assert any(quote in q for q in notices(folder, name, "self-medication"))
    assert not any(quote in q for q in notices(folder, name, "supervision"))
