"""Issue 8, session 7: the rules' false marks and misses on heldout9 (released), by family.

Each case is a sentence written for this test, standing for one general cause, in every
language the family exists in; nothing here names a drug, product or topic the rulebook
learns from. The measurement on the real folders is benchmarks/honesty.py's.
"""

from __future__ import annotations

import pytest
from rules_helpers import kinds

# ------------------------------------------------------------------ side effects named
# only to say there are fewer of them: the examples after "such as" are not stated either

@pytest.mark.parametrize(("sentence", "lang"), [
    ("Compared with older pills, it causes fewer side effects such as drowsiness or "
     "weight gain.", "en"),
    ("It reduces the side effects of coffee, such as jitters and a racing heart.", "en"),
    ("Comparada con otras pastillas, produce menos efectos secundarios como somnolencia o "
     "aumento de peso.", "es"),
    ("La infusión reduce los efectos secundarios del café, como los nervios y la "
     "taquicardia.", "es"),
    ("Comparé aux anciens comprimés, il a moins d'effets secondaires comme la somnolence "
     "ou la prise de poids.", "fr"),
    ("Elle réduit les effets indésirables du café, comme la nervosité et les "
     "palpitations.", "fr"),
    ("Im Vergleich zu älteren Tabletten hat es weniger Nebenwirkungen wie Müdigkeit oder "
     "Abhängigkeit.", "de"),
    ("Der Tee verringert die Nebenwirkungen von Kaffee, etwa Nervosität und Herzrasen.", "de"),
])
def test_fewer_side_effects_such_as_states_none(sentence: str, lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)


# ------------------------------------------------------------------ a harm denied past
# "the same kind of" between the negation and the harm

@pytest.mark.parametrize(("sentence", "lang"), [
    ("It works differently, and it doesn't cause the same kind of dependence.", "en"),
    ("It does not bring any sort of dependence.", "en"),
    ("Funciona de otra manera y no causa el mismo tipo de dependencia.", "es"),
    ("Il agit autrement et n'entraîne pas le même type de dépendance.", "fr"),
    ("Es wirkt anders und verursacht nicht die gleiche Art von Abhängigkeit.", "de"),
])
def test_a_harm_denied_through_the_same_kind_of(sentence: str, lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)


def test_a_harm_still_stated_after_the_same_kind_of() -> None:
    # the control: no negation, the harm stands
    assert "side-effects" in kinds("It causes the same kind of dependence as the old pills.")


# ------------------------------------------------------------------ a nightmare that is
# only a figure of speech

@pytest.mark.parametrize("sentence", [
    "My work party was a nightmare and a friend said the pills make it easy.",
    "Getting an appointment is an absolute nightmare.",
    "The paperwork has been a nightmare for months.",
])
def test_a_nightmare_said_of_a_day_is_no_side_effect(sentence: str) -> None:
    assert "side-effects" not in kinds(sentence)


def test_nightmares_as_a_symptom_stay_a_side_effect() -> None:
    assert "side-effects" in kinds("Some people have vivid nightmares in the first week.")


# ------------------------------------------------------------------ "for side effects,
# read the leaflet and ask your pharmacist": a referral, neither a side effect nor an
# order against self-medication

@pytest.mark.parametrize(("sentence", "lang"), [
    ("For risks and side effects, read the package leaflet and ask your doctor or "
     "pharmacist.", "en"),
    ("Para conocer los riesgos y efectos secundarios, lea el prospecto y consulte a su "
     "médico o farmacéutico.", "es"),
    ("Pour les risques et effets indésirables, lisez la notice et demandez conseil à "
     "votre médecin ou à votre pharmacien.", "fr"),
    ("Zu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihre "
     "Ärztin, Ihren Arzt oder in Ihrer Apotheke.", "de"),
])
def test_a_leaflet_referral_is_no_notice(sentence: str, lang: str) -> None:
    assert not kinds(sentence, lang) & {"side-effects", "self-medication"}


# ------------------------------------------------------------------ what a licence covers
# is the illness treated, not a side effect

@pytest.mark.parametrize(("sentence", "lang"), [
    ("Its licence covers only the physical signs of anxiety, such as palpitations or a "
     "knot in the stomach.", "en"),
    ("Son autorisation ne couvre que les manifestations physiques de l'anxiété, comme les "
     "palpitations ou la boule au ventre.", "fr"),
    ("Su autorización solo cubre los síntomas físicos de la ansiedad, como las "
     "palpitaciones.", "es"),
    ("Die Zulassung umfasst nur die körperlichen Beschwerden der Angst, etwa Herzrasen.",
     "de"),
])
def test_what_a_licence_covers_is_no_side_effect(sentence: str, lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)


# ------------------------------------------------------------------ an interaction, then
# "ask your doctor first": the asking screens the reader (supervision) and the
# interaction is a side effect; since session 10 (the lead's label decision) the asking
# also tells the reader not to start alone: self-medication too

@pytest.mark.parametrize(("sentence", "lang"), [
    ("If you're on blood thinners, this tea could interfere with them, so have a word with "
     "your GP or pharmacist before you start.", "en"),
    ("It can add to the effect of sleeping pills, so check with your doctor before taking "
     "it.", "en"),
    ("Puede sumar su efecto al de los medicamentos para el azúcar y bajarlo demasiado; si "
     "los tomas, consulta antes con tu médico.", "es"),
    ("Il peut renforcer l'effet des somnifères ; si vous en prenez, demandez l'avis de "
     "votre médecin avant de commencer.", "fr"),
    ("Es kann die Wirkung von Blutverdünnern verstärken; wenn Sie solche nehmen, sprechen "
     "Sie vorher mit Ihrem Arzt.", "de"),
])
def test_an_interaction_then_asking_first_is_self_medication(sentence: str, lang: str) -> None:
    # supervision too until session 12
    # (session 12, convention (a'), tests/data/corpus/README.md "Session 12": asking a
    # professional first or telling them is self-medication only; see test_rules12.py)
    found = kinds(sentence, lang)
    assert {"side-effects", "self-medication"} <= found
    assert "supervision" not in found


def test_asking_first_with_no_reason_given_stays_self_medication() -> None:
    # the control: nothing screened, the reader is told not to start alone
    assert "self-medication" in kinds("Ask your pharmacist before starting any new medicine.")


# ------------------------------------------------------------------ "don't take alcohol":
# session 7 read an order about a drink as no self-medication (heldout9's label); the
# later labels (heldout10, heldout11: eight orders) read it as self-medication unless a
# driving precaution stands beside it. tests/test_rules_s9.py holds both sides now; this
# sentence keeps session 7's reading, a precaution beside it

@pytest.mark.parametrize(("sentence", "lang"), [
    ("Ne prenez pas d'alcool pendant le traitement, et ne conduisez pas le lendemain.", "fr"),
    ("No tome alcohol durante el tratamiento y no maneje si tiene sueño.", "es"),
])
def test_an_order_about_alcohol_beside_a_precaution_is_no_self_medication(
        sentence: str, lang: str) -> None:
    assert "self-medication" not in kinds(sentence, lang)


def test_an_order_about_the_medicine_stays_self_medication() -> None:
    assert "self-medication" in kinds("Ne prenez pas ce médicament sans ordonnance.", "fr")
    assert "self-medication" in kinds("Don't take more than the dose on the pack.")


# ------------------------------------------------------------------ crisis lines

def contacts_of(sentence: str, region: str) -> list[tuple[str, str, str]]:
    from summarizer.sources.contacts import find_contacts

    return [(f.contact.number, f.contact.role, f.contact.extra)
            for f in find_contacts(sentence, region)]


def crisis_numbers_in(tmp_path, text: str, region: str) -> list[tuple[str, str]]:
    """(number, extra) of every crisis contact the pipeline gives for an article."""
    from summarizer.sources.analyze import analyze_source
    from summarizer.sources.load import load_source

    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    an = analyze_source("a", load_source(path), region=region)
    return [(c.number, c.extra) for d in an.disclaimers if d.kind == "crisis-line"
            for c in d.contacts if c.role == "crisis"]


@pytest.mark.parametrize(("sentence", "region", "number"), [
    ("Llama al 024 o, si eres menor de edad, a la Fundación de Ayuda en el 900 20 20 10.",
     "ES", "+34900202010"),
    ("Appelez le 3114 ou, si vous êtes jeune, le Fil Santé Jeunes au 0 800 235 236.",
     "FR", "+33800235236"),
    ("Call 116 123 any time, or young people can ring the youth line on 0800 111 4444.",
     "GB", "+448001114444"),
])
def test_a_line_offered_as_the_alternative_to_a_crisis_line_is_one(sentence: str,
                                                                   region: str,
                                                                   number: str) -> None:
    assert (number, "crisis", "") in contacts_of(sentence, region)


def test_a_number_after_a_crisis_line_for_something_else_stays_general() -> None:
    # the control: a booking number given after a semicolon is no alternative line
    found = contacts_of("Call 116 123 any time; to book a session, ring 0161 496 0000.", "GB")
    assert ("+441614960000", "general", "") in found


@pytest.mark.parametrize(("text", "region", "number"), [
    ("Si piensas en el suicidio, llama al *4141 a cualquier hora.\n\n"
     "También puedes llamar a Salud Central al 600 360 7777.\n", "CL", "+566003607777"),
    ("Si vous avez des idées suicidaires, appelez le 3114.\n\n"
     "Vous pouvez aussi joindre une association au 09 72 39 40 50, jour et nuit.\n",
     "FR", "+33972394050"),
    ("If you are in crisis, call 988 any time.\n\n"
     "You can also reach a peer support line at 1-877-565-8860.\n", "US", "+18775658860"),
])
def test_a_line_offered_also_in_the_next_paragraph_is_a_crisis_line(tmp_path, text: str,
                                                                    region: str,
                                                                    number: str) -> None:
    assert (number, "") in crisis_numbers_in(tmp_path, text, region)


@pytest.mark.parametrize(("sentence", "region", "number"), [
    ("First Nations people can talk to a counsellor at the Wellness Help Line, "
     "1-855-242-3310, 24 hours a day.", "CA", "+18552423310"),
    ("¿Necesitas hablar con alguien? Llama a la línea de escucha al 55 5259 8121.", "MX",
     "+525552598121"),
    ("Pour parler de façon anonyme, appelez le 09 72 39 40 50, jour et nuit.", "FR",
     "+33972394050"),
])
def test_a_line_for_someone_to_talk_to_is_a_crisis_line(sentence: str, region: str,
                                                        number: str) -> None:
    assert (number, "crisis", "") in contacts_of(sentence, region)


def test_a_short_code_is_not_read_inside_a_longer_number() -> None:
    found = contacts_of("Call Lifeline on 13 11 14 or text them on 0477 13 11 14, any time.",
                        "AU")
    assert [n for n, _, _ in found] == ["131114", "+61477131114"]


def test_a_lines_name_and_its_dialling_with_an_option_are_one_route() -> None:
    found = contacts_of("Desde cualquier lugar del país, la línea nacional 192 atiende en salud "
                        "mental: marca 192 y elige la opción 4.", "CO")
    assert [(n, e) for n, _, e in found] == [("192", "then press 4")]


def test_a_bare_route_dialled_besides_the_option_stays() -> None:
    # the control: 988 called or texted, then 988 with its key, are two routes
    found = contacts_of("Si está en crisis, llame o envíe un mensaje de texto al 988; para "
                        "hablar en español, marque 988 y oprima el 2.", "US")
    assert [(n, e) for n, _, e in found] == [("988", ""), ("988", "then press 2")]


def test_the_label_convention_for_a_keyed_route(tmp_path) -> None:
    # corpus/README.md, `contacts`: the keyed route is a contact of its own, and the line
    # named bare in another sentence is listed bare (heldout5's label brought in line)
    text = ("Si está en crisis, llame o envíe un mensaje de texto al 988 y pulse 2 para "
            "español.\n\nLa línea 988 atiende en español a cualquier hora del día.\n")
    assert sorted(set(crisis_numbers_in(tmp_path, text, "US"))) == [
        ("988", ""), ("988", "then press 2")]


# ------------------------------------------------------------------ a shop's tagline:
# stress melted away, a guarantee, fuel for the brain, focus overnight

def hype(sentence: str, lang: str) -> bool:
    from summarizer.sources.claims import flag_claim

    return "hype" in flag_claim(sentence, lang)[0]


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Melt away stress and reclaim your calm, guaranteed.", "en"),
    ("These gummies are the rocket fuel your brain has been waiting for.", "en"),
    ("It turns foggy mornings into laser focus overnight.", "en"),
    ("Adiós al estrés en minutos, 100 % garantizado.", "es"),
    ("Concentración absoluta y cero ansiedad con cada cápsula.", "es"),
    ("Des résultats 100 % garantis dès la première cure.", "fr"),
    ("Ruhe und Fokus – 100 % garantiert.", "de"),
])
def test_a_shops_tagline_is_hype(sentence: str, lang: str) -> None:
    assert hype(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Results are not guaranteed, and the effect differs from person to person.", "en"),
    ("No se garantiza ningún resultado y el efecto varía de una persona a otra.", "es"),
    ("The focus of the trial was sleep, measured overnight in a laboratory.", "en"),
])
def test_a_plain_caveat_is_no_hype(sentence: str, lang: str) -> None:
    assert not hype(sentence, lang)


# ------------------------------------------------------------------ a forum's moderation
# note is site furniture, never a claim

@pytest.mark.parametrize("sentence", [
    "Locking this thread in 24 hours.",
    "Reminder of our rules: no sourcing, no dosing advice, and no links to vendors.",
    "Please read the forum rules before you post about doses.",
    "Recordatorio: en este foro no se venden ni se intercambian medicamentos.",
    "Normas del foro: prohibido compartir enlaces de venta.",
    "Rappel : sur ce forum, on ne vend ni n'échange de médicaments.",
    "Hinweis der Moderation: In diesem Forum werden keine Medikamente verkauft oder getauscht.",
])
def test_a_forums_moderation_note_is_furniture(sentence: str) -> None:
    from summarizer.sources.boilerplate import is_furniture_text

    assert is_furniture_text(sentence)


def test_a_sentence_about_a_forum_is_no_furniture() -> None:
    from summarizer.sources.boilerplate import is_furniture_text

    assert not is_furniture_text("Members of the forum described taking twice the usual dose.")


# ------------------------------------------------------------------ "pueden volver": what
# comes back is a symptom (a hedge), unless a person goes back somewhere (permission)

def hedged(sentence: str, lang: str) -> bool:
    from summarizer.evidence import hedge_words

    return bool(hedge_words(sentence, lang))


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Los síntomas pueden volver si se deja el tratamiento de golpe.", "es"),
    ("La depresión puede volver meses después.", "es"),
    ("El dolor puede regresar al cabo de unas semanas.", "es"),
    ("Las molestias pueden seguir unos días.", "es"),
    ("La ansiedad puede volver a aparecer al dejarlo.", "es"),
    ("Les symptômes peuvent revenir à l'arrêt du traitement.", "fr"),
    ("The symptoms may come back after you stop.", "en"),
])
def test_what_may_come_back_is_a_hedge(sentence: str, lang: str) -> None:
    assert hedged(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Después de la sesión, los pacientes pueden volver a casa acompañados.", "es"),
    ("Puede volver a trabajar al día siguiente.", "es"),
    ("Usted puede regresar a casa esa misma tarde.", "es"),
    ("Vous pouvez rentrer chez vous le soir même.", "fr"),
])
def test_going_back_somewhere_is_permission(sentence: str, lang: str) -> None:
    assert not hedged(sentence, lang)


# ------------------------------------------------------------------ feeling "like a
# zombie", said with any of the words for a dulled person (was one fitted phrase)

@pytest.mark.parametrize(("sentence", "lang"), [
    ("The first week I felt like a zombie.", "en"),
    ("It turned me into a robot for a month.", "en"),
    ("I was walking around like a ghost all day.", "en"),
    ("La primera semana me sentía como un zombi.", "es"),
    ("Me quedé como un vegetal dos días.", "es"),
    ("Je me sentais comme un zombie pendant une semaine.", "fr"),
    ("Ich fühlte mich tagelang wie ein Zombie.", "de"),
])
def test_feeling_like_a_dulled_being_is_a_side_effect(sentence: str, lang: str) -> None:
    assert "side-effects" in kinds(sentence, lang)


@pytest.mark.parametrize("sentence", [
    "Costumes like a zombie mask were on sale.",
    "The ward robot delivers the tablets at night.",
])
def test_a_zombie_or_robot_that_is_no_feeling_is_no_side_effect(sentence: str) -> None:
    assert "side-effects" not in kinds(sentence)


# ------------------------------------------------------------------ a fever that is a
# craze ("la fiebre de las microdosis") or a named disease is no side effect

@pytest.mark.parametrize(("sentence", "lang"), [
    ("La fiebre de las microdosis llegó a Madrid.", "es"),
    ("La fiebre por los suplementos de ozono no para de crecer.", "es"),
    ("La fièvre des microdoses gagne les réseaux sociaux.", "fr"),
    ("Das Mikrodosis-Fieber hat auch Berlin erreicht.", "de"),
    ("The microdosing fever has reached the suburbs.", "en"),
])
def test_a_craze_called_a_fever_is_no_side_effect(sentence: str, lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Puede dar fiebre y escalofríos el primer día.", "es"),
    ("Si aparece fiebre de más de 38 grados, consulte enseguida.", "es"),
    ("Elle peut donner de la fièvre le premier jour.", "fr"),
    ("Am ersten Tag kann Fieber auftreten.", "de"),
])
def test_a_fever_after_a_dose_stays_a_side_effect(sentence: str, lang: str) -> None:
    assert "side-effects" in kinds(sentence, lang)


# ------------------------------------------------------------------ the regulatory and
# contact rules read the rulebook again after rulebook.reload(): a clinic's edited word
# file or regions file changes what they find (their patterns were built at import)

def _user_words(folder, lang: str, *edits: str) -> None:
    """The package's word file for `lang` with (old, new, old, new, …) replaced, as the
    user's own; then a reload."""
    from summarizer import rulebook
    from summarizer.rulebook import WORDS_DIR

    text = (WORDS_DIR / f"{lang}.toml").read_text(encoding="utf-8")
    for old, new in zip(edits[::2], edits[1::2], strict=True):
        assert text.count(old) == 1
        text = text.replace(old, new)
    (folder / "words" / f"{lang}.toml").write_text(text, encoding="utf-8")
    rulebook.reload()


def _not_approved(sentence: str) -> bool:
    from summarizer.sources.regulators import regulatory_statements

    return any(not st.approved for st in regulatory_statements(sentence))


def test_a_reloaded_approval_word_is_read(user_rulebook) -> None:
    sentence = "The FDA has not greenlit it for depression."
    assert not _not_approved(sentence)
    _user_words(user_rulebook, "en", "\napproval = [\n", "\napproval = [\n  'greenlit',\n")
    assert _not_approved(sentence)


def test_a_reloaded_negation_word_is_read(user_rulebook) -> None:
    sentence = "The FDA has nary approved it for depression."
    assert not _not_approved(sentence)
    _user_words(user_rulebook, "en", "\nnegation = [\n", "\nnegation = [\n  'nary',\n")
    assert _not_approved(sentence)


def test_a_reloaded_restriction_word_is_read(user_rulebook) -> None:
    # "approved for one use, not for another" is read from the rulebook
    # (restriction_nots), not from code
    sentence = "The FDA approved it for epilepsy, never for depression."
    before = _not_approved(sentence)
    _user_words(user_rulebook, "en", "\nrestriction_nots = [", "\nrestriction_nots = ['never', ")
    assert _not_approved(sentence) and not before


def test_a_reloaded_status_word_is_read_without_a_regulator(user_rulebook) -> None:
    from summarizer.sources.regulators import unattributed_not_approved

    sentence = "It has not been greenlit for depression."
    assert not unattributed_not_approved(sentence)
    _user_words(user_rulebook, "en", "\napproval = [\n", "\napproval = [\n  'greenlit',\n",
                "\nstatus_words = [", "\nstatus_words = ['greenlit', ")
    assert unattributed_not_approved(sentence)


def test_a_reloaded_regulator_is_read(tmp_path, monkeypatch) -> None:
    from summarizer import rulebook
    from summarizer.sources.regulators import names_a_regulator

    sentence = "The Ruritanian Medicines Board has not approved it for depression."
    assert not names_a_regulator(sentence)
    text = rulebook.REGIONS_FILE.read_text(encoding="utf-8")
    old = 'name = "FDA"\n'
    assert text.count(old) == 1
    edited = tmp_path / "regions.toml"
    edited.write_text(text.replace(old, 'name = "FDA"\n', 1).replace(
        'aliases = [', "aliases = ['Ruritanian\\s+Medicines\\s+Board', ", 1), encoding="utf-8")
    monkeypatch.setattr(rulebook, "REGIONS_FILE", edited)
    rulebook.reload()
    try:
        assert names_a_regulator(sentence) and _not_approved(sentence)
    finally:
        monkeypatch.undo()
        rulebook.reload()


def test_a_reloaded_line_label_is_read(user_rulebook) -> None:
    from summarizer.sources.contacts import find_contacts

    sentence = "If you are in crisis, call the Night Listeners Bureau at 1-877-565-8860."
    (f,) = find_contacts(sentence, "US")
    assert f.contact.label == ""
    _user_words(user_rulebook, "en", "\nline_label_heads = [", "\nline_label_heads = ['Bureau', ")
    (f,) = find_contacts(sentence, "US")
    assert f.contact.label == "Night Listeners Bureau"


# ------------------------------------------------------------------ regulatory statements
# said other ways

@pytest.mark.parametrize(("sentence", "lang"), [
    # approved only for a use said at length before the status (German word order)
    ("In Deutschland ist das Mittel nur für die generalisierte Angststörung und für "
     "körperliche Beschwerden ohne organische Ursache zugelassen.", "de"),
    # a country named before a refused status
    ("In den USA und in Großbritannien ist der Wirkstoff überhaupt nicht zugelassen.", "de"),
    ("En Estados Unidos ni siquiera está autorizada.", "es"),
    ("In Canada it is not licensed at all.", "en"),
    # a use outside the licence, with words between the copula and "off-label"
    ("Some doctors prescribe it for this, which is legal but off-label.", "en"),
    # not sold in a country
    ("Le médicament n'est pas commercialisé aux États-Unis ni au Royaume-Uni.", "fr"),
    ("The drug is not marketed in the United States.", "en"),
])
def test_a_status_said_other_ways_is_a_notice(sentence: str, lang: str) -> None:
    from summarizer.sources.regulators import unattributed_not_approved

    assert unattributed_not_approved(sentence)


@pytest.mark.parametrize("sentence", [
    # registered for one use, then "not" another, with the register named between
    "En Chile está registrada en el Instituto de Salud Pública para la esquizofrenia y "
    "otros cuadros psicóticos, no para el insomnio.",
    # a regulator's full name
    "La Agencia Española de Medicamentos y Productos Sanitarios no ha evaluado su uso en "
    "la depresión bipolar.",
    "L'Agence nationale de sécurité du médicament n'a pas autorisé ce produit pour "
    "l'insomnie.",
    "Das Bundesinstitut für Arzneimittel und Medizinprodukte hat es nicht zugelassen.",
])
def test_a_named_regulators_refusal_said_other_ways(sentence: str) -> None:
    assert _not_approved(sentence)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("In Canada it was approved in 2019 for adults.", "en"),
    ("En Chile está registrada para la esquizofrenia.", "es"),
    ("In Deutschland ist das Mittel für Angststörungen zugelassen.", "de"),
])
def test_an_approval_stays_no_notice(sentence: str, lang: str) -> None:
    from summarizer.sources.regulators import unattributed_not_approved

    assert not unattributed_not_approved(sentence) and not _not_approved(sentence)


@pytest.mark.parametrize("sentence", [
    "In 2023 the agency sent warning letters to two sellers who marketed the dye as a "
    "treatment for depression.",
    "The regulator has not received any application to add depression to its licence.",
])
def test_a_regulators_action_without_its_name_is_a_notice(sentence: str) -> None:
    from summarizer.sources.regulators import unattributed_not_approved

    assert unattributed_not_approved(sentence)


@pytest.mark.parametrize("sentence", [
    "The FDA has seized thousands of tablets sold online as fat burners.",
    "La Cofepris prohíbe la venta del producto como medicamento.",
    "L'ANSM a saisi des milliers de flacons vendus en ligne.",
    "Das BfArM hat den Verkauf des Mittels verboten.",
])
def test_a_named_regulators_action_against_sellers_is_a_notice(sentence: str) -> None:
    assert _not_approved(sentence)


def test_an_agencys_ordinary_letter_is_no_notice() -> None:
    from summarizer.sources.regulators import unattributed_not_approved

    assert not unattributed_not_approved(
        "The agency sent letters to every clinic about the approved new form.")


# ------------------------------------------------------------------ self-medication said
# as a product label says it: not for pregnancy or children, not more than the dose;
# keep to what was prescribed; do not quit abruptly

@pytest.mark.parametrize(("sentence", "lang"), [
    ("Not suitable for children under 12 or for use in pregnancy or while breastfeeding.", "en"),
    ("Not recommended during pregnancy.", "en"),
    ("No se recomienda en embarazo, lactancia ni en menores de 18 años.", "es"),
    ("Déconseillé pendant la grossesse et chez l'enfant de moins de 12 ans.", "fr"),
    ("Nicht geeignet für Kinder unter 12 Jahren und in der Schwangerschaft.", "de"),
    ("Do not exceed the recommended daily dose.", "en"),
    ("No exceder la dosis diaria recomendada de dos cápsulas.", "es"),
    ("Ne pas dépasser la dose journalière recommandée.", "fr"),
    ("Die empfohlene Tagesdosis nicht überschreiten.", "de"),
    ("Please keep taking any antidepressant you are on; the lamp is an add-on.", "en"),
    ("People with the illness should keep to the treatment plan they already have.", "en"),
    ("Siga tomando su medicación habitual mientras prueba la terapia.", "es"),
    ("Continuez à prendre votre traitement habituel pendant les séances.", "fr"),
    ("Nehmen Sie Ihre Medikamente wie gewohnt weiter.", "de"),
    ("Patients who are already taking it should not quit abruptly.", "en"),
])
def test_self_medication_as_a_label_says_it(sentence: str, lang: str) -> None:
    assert "self-medication" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Not recommended by the committee for routine use in clinics.", "en"),
    ("The dose did not exceed 20 mg in the trial.", "en"),
    ("Patients who do not stop smoking recover more slowly.", "en"),
])
def test_no_self_medication_without_an_order_to_the_reader(sentence: str, lang: str) -> None:
    assert "self-medication" not in kinds(sentence, lang)


# ------------------------------------------------------------------ supervision said other
# ways: a doctor plans the taper, checks the combination, assesses you first; tests at the
# start and again; telling the doctor beforehand; a driving ban in German

@pytest.mark.parametrize(("sentence", "lang"), [
    ("A doctor needs to plan a slow taper, sometimes in hospital.", "en"),
    ("Getting off it properly took a GP, a slow taper and weekly check-ins.", "en"),
    ("Your doctor or pharmacist needs to check the combination first.", "en"),
    ("Anyone who starts it should have their weight checked at the beginning and again "
     "within three months.", "en"),
    # a list of measures checked (was lost when the check was narrowed to the reader's)
    ("Anyone who starts it should have their weight, blood sugar and lipids checked at the "
     "beginning and again within three months.", "en"),
    ("Un médico de la clínica te hace una valoración antes de la primera aplicación.", "es"),
    ("A doctor at the clinic assesses you before the first session.", "en"),
    ("Un médecin vous examine avant la première séance.", "fr"),
    ("Fahren Sie in den ersten Behandlungstagen kein Auto und bedienen Sie keine Maschinen.",
     "de"),
])
def test_supervision_said_other_ways(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


def test_not_for_pregnancy_unless_the_doctor_agrees_is_self_medication() -> None:
    # the label's restriction with a clinician's go-ahead was supervision and
    # self-medication until session 11 (heldout8's label now says self-medication only;
    # test_rules_s6 held "Not for use while breastfeeding unless…" as supervision too)
    # (session 11, label convention (a), tests/data/corpus/README.md: an order not to act
    # alone, the clinician only asked, is self-medication only; see test_rules11.py)
    for sentence in ("Not for use in pregnancy or while breastfeeding unless your doctor "
                     "gives the go-ahead.",
                     "Not for use while breastfeeding unless your doctor gives the go-ahead."):
        assert kinds(sentence) & {"supervision", "self-medication"} == {"self-medication"}


# ------------------------------------------------------------------ side effects said
# other ways

@pytest.mark.parametrize(("sentence", "lang"), [
    # a list of harms between the modal and a German verb at the end
    ("Bei älteren Menschen kann das Mittel Verwirrtheit, Herzrhythmusstörungen oder Probleme beim "
     "Wasserlassen auslösen.", "de"),
    # the most common problems a trial reported are side effects, named as such
    ("The most common problems people reported in the trials were weight gain and "
     "sleepiness.", "en"),
    # what a dose is used for ends at the clause ("…, but some get a racing heart")
    ("At the doses used for depression, most people notice little, but some get a racing "
     "heart and sweating.", "en"),
    # one medicine pushing another's level up
    ("Avoid grapefruit juice while you are on it, as it can push the level of the medicine "
     "up.", "en"),
    # sleepless and crawling skin after stopping; weight put on; red patches on the skin
    ("When I ran out I couldn't sleep for five nights and felt like my skin was crawling.",
     "en"),
    ("Cuando la dejé no podía dormir en toda la noche.", "es"),
    ("A largo plazo puede subir de peso y dar movimientos involuntarios.", "es"),
    ("Eso sí, subí como 8 kilos.", "es"),
    ("I gained about 6 kilos in the first year.", "en"),
    ("Mais j'ai eu des plaques rouges sur les bras.", "fr"),
    ("I got red blotches on my arms after a week.", "en"),
    ("Me salieron manchas rojas en los brazos.", "es"),
])
def test_side_effects_said_other_ways(sentence: str, lang: str) -> None:
    assert "side-effects" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("It is approved for anxiety, insomnia and headaches in adults.", "en"),
    ("Many people with depression can't sleep and lose weight.", "en"),
])
def test_an_illness_listed_stays_no_side_effect(sentence: str, lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Ahora no puedo dormir sin ella, cuenta un lector.", "es"),
    ("Now I can't sleep without it, a reader says.", "en"),
])
def test_sleeping_only_with_it_is_no_sleeplessness(sentence: str, lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)


def test_telling_the_doctor_beforehand_is_self_medication() -> None:
    # supervision here until session 12 (convention (a'): telling the professional first
    # is self-medication only; test_rules12.py)
    found = kinds("If you have a history of seizures, you must tell the doctor beforehand.")
    assert "supervision" not in found
    assert "self-medication" in found
