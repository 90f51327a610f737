"""Faithfulness, session 7: the families behind heldout9's misses, the known misses of
session 6's fresh batches and those of this session's fresh batch
(tests/data/faith_s7_fresh.toml, measured untouched at 41/57 unfaithful blocked and 5/50
faithful blocked), each in sentences of our own (none from a held-out set), written
failing before the change that fixed it.

Each case calls the pure module the gate calls (`check_rewrite`: quote, printed text,
language, notice kind or evidence tag).
"""

from __future__ import annotations

import pytest
from faith_helpers import blocked, hand_pairs

from summarizer.gate import faithfulness as faith


def _ids(v: object) -> str:
    return str(v)[:40]


# --------------------------------------------------------------------------- phone numbers
# A phone number printed without its spaces ("116123" for "116 123") is the same number:
# six digits or fewer are not read as a phone number by shape, so they must be matched by
# their digits against the quote's numbers.

PHONES_GROUPED = [
    ("Call the line free on 116 123, at any hour.", "Call the line free on 116123.", "en"),
    ("Call Lifeline on 13 11 14 or text them on 0477 13 11 14.",
     "Call Lifeline on 131114 or text 0477 131 114.", "en"),
    ("Call the line free on 116123, at any hour.", "Call the line free on 116 123.", "en"),
    ("Llama gratis al 024 a cualquier hora o al 717 003 717.",
     "Llama gratis al 024 o al 717003717, a cualquier hora.", "es"),
    ("Appelez le 31 14, jour et nuit.", "Appelez le 3114, jour et nuit.", "fr"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), PHONES_GROUPED, ids=_ids)
def test_a_phone_number_without_its_spaces_is_the_same_number(quote, text, lang):
    assert not blocked(quote, text, lang, "crisis-line")


@pytest.mark.parametrize(("quote", "text", "lang"), [
    ("Call the line free on 116 123, at any hour.", "Call the line free on 116132.", "en"),
    ("Call Lifeline on 13 11 14.", "Call Lifeline on 131141.", "en"),
], ids=_ids)
def test_a_phone_number_with_other_digits_is_still_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "crisis-line")


# --------------------------------------------------------------------------- hours
# "24 hours a day", "7 jours sur 7" are the hours of a line, not quantities: the hours
# check compares them with the quote's "any time" / "day or night".

HOURS_SAID_OTHERWISE = [
    ("You can call the line on 0800 111 222 at any hour.",
     "Call the line on 0800 111 222, 24 hours a day.", "en"),
    ("Call the line on 0800 111 222 or text 0477 111 222, any time.",
     "Call the line on 0800111222 or text 0477 111 222, 24 hours a day.", "en"),
    ("Llama a la línea al 800 111 222, a cualquier hora.",
     "Llama a la línea al 800 111 222, las 24 horas del día.", "es"),
    ("Appelez la ligne au 01 45 39 40 00, jour et nuit.",
     "Appelez la ligne au 01 45 39 40 00, 24 heures sur 24, 7 jours sur 7.", "fr"),
    ("Rufen Sie das Sorgentelefon unter 0800 111 0 111 an, rund um die Uhr.",
     "Das Sorgentelefon ist 24 Stunden am Tag unter 0800 111 0 111 erreichbar.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), HOURS_SAID_OTHERWISE, ids=_ids)
def test_a_lines_hours_said_in_numbers_are_no_new_quantity(quote, text, lang):
    assert not blocked(quote, text, lang, "crisis-line")


def test_hours_the_quote_does_not_give_are_still_blocked():
    assert blocked("Call the line on 0800 111 222.",
                   "Call the line on 0800 111 222, 24 hours a day.", "en", "crisis-line")


# --------------------------------------------------------------------------- ordinals
# "the second week" is "week two" (and "week 2"); "the fourth week" is another week.

ORDINALS = [
    ("Most people feel better starting in the second week.",
     "Most people feel better in week two.", "en", False),
    ("The rash usually appears in the third month of treatment.",
     "The rash usually shows up in month 3.", "en", False),
    ("Feeling dizzy is usually worst in the first week.",
     "Feeling dizzy is usually worst in week one.", "en", False),
    ("La mejoría empieza en la segunda semana.", "La mejoría empieza en la semana dos.",
     "es", False),
    ("L'effet apparaît dès la deuxième semaine.", "L'effet apparaît dès la semaine deux.",
     "fr", False),
    ("Die Wirkung setzt in der zweiten Woche ein.", "Die Wirkung setzt in Woche zwei ein.",
     "de", False),
    ("Most people feel better starting in the second week.",
     "Most people feel better in week five.", "en", True),
    ("Most people feel better starting in the second week.",
     "Most people feel better in the fourth week.", "en", True),
    ("La mejoría empieza en la segunda semana.", "La mejoría empieza en la cuarta semana.",
     "es", True),
    ("Die Wirkung setzt in der zweiten Woche ein.", "Die Wirkung setzt in der dritten "
     "Woche ein.", "de", True),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), ORDINALS, ids=_ids)
def test_an_ordinal_week_is_the_same_as_week_n(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang) == unfaithful


# --------------------------------------------------------------------------- N of the M
SHARES_OF_THE = [
    ("Seven of the 10 patients said their sleep improved.",
     "Seven in 10 patients said their sleep improved.", "en", False),
    ("Three of the 4 volunteers felt calmer.", "Three out of 4 volunteers felt calmer.",
     "en", False),
    ("Siete de los 10 pacientes dijeron que dormían mejor.",
     "Siete de cada 10 pacientes dijeron que dormían mejor.", "es", False),
    ("Seven of the 10 patients said their sleep improved.",
     "Nine in 10 patients said their sleep improved.", "en", True),
    ("Siete de los 10 pacientes dijeron que dormían mejor.",
     "Nueve de cada 10 pacientes dijeron que dormían mejor.", "es", True),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), SHARES_OF_THE, ids=_ids)
def test_n_of_the_m_is_a_share(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang) == unfaithful


# --------------------------------------------------------------------------- -fold
FOLD = [
    ("Taking it with alcohol doubles the risk of a fall.",
     "Taking it with alcohol makes a fall two-fold more likely.", "en", False),
    ("The drug triples the level in the blood.",
     "The drug raises the level in the blood threefold.", "en", False),
    ("Das Mittel verdoppelt das Risiko eines Sturzes.",
     "Das Mittel macht einen Sturz zweifach so wahrscheinlich.", "de", False),
    ("Taking it with alcohol doubles the risk of a fall.",
     "Taking it with alcohol raises the risk of a fall fivefold.", "en", True),
    ("The drug triples the level in the blood.",
     "The drug raises the level in the blood ten-fold.", "en", True),
    ("Das Mittel verdoppelt das Risiko eines Sturzes.",
     "Das Mittel erhöht das Risiko eines Sturzes fünffach.", "de", True),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), FOLD, ids=_ids)
def test_a_fold_is_a_multiplier(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang) == unfaithful


# --------------------------------------------------------------------------- none / some
NONE_SOME = [
    ("No patients dropped out of the trial.", "A few patients dropped out of the trial.",
     "en", True),
    ("Ningún paciente abandonó el ensayo.", "Algunos pacientes abandonaron el ensayo.",
     "es", True),
    ("Kein Patient hat die Studie abgebrochen.", "Einige Patienten haben die Studie "
     "abgebrochen.", "de", True),
    ("Some users reported headaches.", "A few users said they had headaches.", "en", False),
    ("No patients dropped out of the trial.", "Nobody dropped out of the trial.", "en",
     False),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), NONE_SOME, ids=_ids)
def test_none_and_a_few_are_not_the_same(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang) == unfaithful


# --------------------------------------------------------------------------- permission
# A prohibition printed as a permission said after the act ("driving yourself is fine",
# "autofahren ist kein Problem"), with a degree word ("it is usually fine to"), or with a
# second permission word that holds a negation ("puede dejarlo sin problema").

PERMISSION_AFTER = [
    ("Someone must drive you home after the session.", "Driving home yourself is fine.",
     "en", "supervision", True),
    ("Do not drive for 24 hours after the infusion.", "Driving is OK after the infusion.",
     "en", "supervision", True),
    ("Don't take it with MAOI antidepressants.",
     "It is usually fine to take it with MAOI antidepressants.", "en", "self-medication",
     True),
    ("Never mix it with alcohol.", "Mixing it with alcohol is perfectly safe.", "en",
     "self-medication", True),
    ("No lo deje de golpe, porque puede provocar convulsiones.",
     "Puede dejarlo de golpe sin problema, porque no provoca convulsiones.", "es",
     "self-medication", True),
    ("No conduzca durante 24 horas.", "Conducir está bien al salir de la clínica.", "es",
     "supervision", True),
    ("Fahren Sie 24 Stunden lang nicht Auto.", "Autofahren ist danach kein Problem.", "de",
     "supervision", True),
    ("Ne conduisez pas pendant 24 heures.", "Conduire ne pose aucun problème.", "fr",
     "supervision", True),
    ("You can eat normally before the session.", "Eating as usual before the session is fine.",
     "en", "supervision", False),
    ("Puede tomarlo con o sin alimentos.", "Tomarlo con comida o sin ella está bien.", "es",
     "", False),
    ("Do not drive for 24 hours after the session.",
     "Do not drive for a day after the session; walking home is fine.", "en",
     "supervision", False),
]


@pytest.mark.parametrize(("quote", "text", "lang", "kind", "unfaithful"), PERMISSION_AFTER,
                         ids=_ids)
def test_a_permission_said_after_the_act_is_a_permission(quote, text, lang, kind,
                                                         unfaithful):
    assert blocked(quote, text, lang, kind) == unfaithful


# --------------------------------------------------------------------------- audience
# A line the quote gives to a group (by the [serves] words or an age bound: "under 25",
# "menor de edad") printed for anyone.

AUDIENCE = [
    ("If you are under 25, call YouthLine on 0800 376 633 any time.",
     "Anyone can call YouthLine on 0800 376 633 any time.", "en", True),
    ("Si eres menor de edad, llama a la Fundación ANAR al 900 20 20 10.",
     "Cualquier persona puede llamar a la Fundación ANAR al 900 20 20 10.", "es", True),
    ("Les jeunes de moins de 25 ans peuvent appeler le 0800 235 236.",
     "Tout le monde peut appeler le 0800 235 236.", "fr", True),
    ("Kinder und Jugendliche unter 18 Jahren erreichen die Nummer gegen Kummer unter "
     "116 111.", "Jeder erreicht die Nummer gegen Kummer unter 116 111.", "de", True),
    ("If you are under 25, call YouthLine on 0800 376 633 any time.",
     "Young people under 25 can call YouthLine on 0800 376 633 at any hour.", "en", False),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), AUDIENCE, ids=_ids)
def test_a_line_for_a_group_printed_for_anyone_is_blocked(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang, "crisis-line") == unfaithful


# --------------------------------------------------------------------------- refusals
# A regulator's refusal ("declined to approve", "se negó a aprobar", "a refusé
# d'autoriser", "lehnte die Zulassung ab") denies the approval without a negation word.

REFUSALS = [
    ("The agency has declined to approve the drug as a treatment for pain.",
     "The agency has approved the drug as a treatment for pain.", "en", True),
    ("Regulators refused to license the patch for migraine.",
     "Regulators licensed the patch for migraine.", "en", True),
    ("La agencia se negó a aprobar el fármaco para el dolor.",
     "La agencia aprobó el fármaco para el dolor.", "es", True),
    ("L'agence a refusé d'autoriser le médicament contre la douleur.",
     "L'agence a autorisé le médicament contre la douleur.", "fr", True),
    ("Die Behörde lehnte die Zulassung für Schmerzen ab.",
     "Die Behörde erteilte die Zulassung für Schmerzen.", "de", True),
    ("The agency has declined to approve the drug as a treatment for pain.",
     "The agency did not approve the drug for pain.", "en", False),
    ("La agencia se negó a aprobar el fármaco para el dolor.",
     "La agencia no aprobó el fármaco para el dolor.", "es", False),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), REFUSALS, ids=_ids)
def test_a_refused_approval_printed_as_granted_is_blocked(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang, "regulatory") == unfaithful


# --------------------------------------------------------------------------- channels
# Each number keeps the ways of reaching it its quote gives: "call 116 123 ... text 85258"
# printed as "text 116 123 ... call 85258" is blocked; "SMS" is texting in any language.

CHANNELS = [
    ("Call Samaritans free on 116 123 at any hour, and you can text SHOUT to 85258.",
     "Text Samaritans on 116 123 at any hour, or call SHOUT on 85258.", "en", True),
    ("Llama al 024 a cualquier hora o escribe por WhatsApp al 600 111 222.",
     "Escribe por WhatsApp al 024 a cualquier hora o llama al 600 111 222.", "es", True),
    ("Appelez la ligne d'écoute au 01 45 39 40 00, jour et nuit.",
     "Appelez la ligne d'écoute ou envoyez-lui un SMS au 01 45 39 40 00, jour et nuit.",
     "fr", True),
    ("Rufen Sie das Sorgentelefon unter 0800 111 0 111 an, rund um die Uhr.",
     "Schreiben Sie dem Sorgentelefon eine SMS an 0800 111 0 111, rund um die Uhr.", "de",
     True),
    ("Call or text 988 any time.", "Text or call 988 at any hour.", "en", False),
    ("Call Samaritans free on 116 123 at any hour, and you can text SHOUT to 85258.",
     "Call Samaritans on 116 123 at any hour. You can also text SHOUT to 85258.", "en",
     False),
    ("Appelez ou envoyez un SMS au 01 45 39 40 00.",
     "Envoyez un SMS ou appelez le 01 45 39 40 00.", "fr", False),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), CHANNELS, ids=_ids)
def test_each_number_keeps_its_channels(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang, "crisis-line") == unfaithful


# --------------------------------------------------------------------------- approval scope
# An approval the quote gives for one use or form ("as an anaesthetic", "for muscle pain
# only") printed as an approval with no use at all.

APPROVAL_SCOPE = [
    ("The gas is approved in some countries as an anaesthetic, but not for anxiety.",
     "The gas is an approved medicine in some countries.", "en", True),
    ("The helmet is registered as a low-risk device for muscle pain only.",
     "The helmet is registered with the regulator.", "en", True),
    ("El gas está aprobado en algunos países como anestésico, pero no para la ansiedad.",
     "El gas es un medicamento aprobado en algunos países.", "es", True),
    ("Le gaz est autorisé dans certains pays comme anesthésique, mais pas contre l'anxiété.",
     "Le gaz est un médicament autorisé dans certains pays.", "fr", True),
    ("Das Gas ist in einigen Ländern als Narkosemittel zugelassen, aber nicht gegen Angst.",
     "Das Gas ist in einigen Ländern ein zugelassenes Arzneimittel.", "de", True),
    ("The helmet is registered as a low-risk device for muscle pain only.",
     "The helmet is registered only as a low-risk device for muscle pain.", "en", False),
    ("The patch is licensed in the UK for preventing migraine in adults.",
     "In the UK, the patch is licensed to prevent migraine in adults.", "en", False),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), APPROVAL_SCOPE, ids=_ids)
def test_an_approval_for_one_use_printed_for_none_is_blocked(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang, "regulatory") == unfaithful


# A reason after a permission ("porque no provoca convulsiones", "because it is safe")
# licenses nothing: the permission stands and inverts the quote's prohibition.
@pytest.mark.parametrize(("quote", "text", "lang"), [
    ("No lo deje de golpe, porque puede provocar convulsiones.",
     "Puede dejarlo de golpe sin problema, porque no provoca convulsiones.", "es"),
    ("Do not stop it suddenly, because that can cause seizures.",
     "You can stop it suddenly, because it does not cause seizures.", "en"),
], ids=_ids)
def test_a_reason_after_a_permission_is_no_condition(quote, text, lang):
    assert blocked(quote, text, lang, "self-medication")


# --------------------------------------------------------------------------- ne ... que
# French "ne ... que" restricts ("only"); it denies nothing and forbids nothing.

NE_QUE = [
    ("Son autorisation ne couvre que l'épilepsie de l'adulte.",
     "Il n'est autorisé que pour l'épilepsie de l'adulte.", "regulatory", False),
    ("Ne prenez qu'un comprimé par jour.", "Prenez un seul comprimé par jour.",
     "self-medication", False),
    ("Le médicament n'est autorisé que pour l'épilepsie.",
     "Le médicament est autorisé pour l'anxiété.", "regulatory", True),
    ("Le médicament n'est pas autorisé pour l'anxiété.",
     "Le médicament n'est autorisé que pour l'anxiété.", "regulatory", True),
    ("Ne prenez qu'un comprimé par jour.", "Prenez trois comprimés par jour.",
     "self-medication", True),
]


@pytest.mark.parametrize(("quote", "text", "kind", "unfaithful"), NE_QUE, ids=_ids)
def test_ne_que_restricts_and_denies_nothing(quote, text, kind, unfaithful):
    assert blocked(quote, text, "fr", kind) == unfaithful


# --------------------------------------------------------------------------- legality
LEGALITY = hand_pairs("legality", "quote", "text", "lang", "unfaithful")


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), LEGALITY, ids=_ids)
def test_illegal_printed_as_legal_is_blocked(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang, "regulatory") == unfaithful


# --------------------------------------------------------------------------- speed
# "took longer to start working" is slower: printed as "faster" it is turned around.
SPEED = [
    ("Both helped about equally, but the new pill took longer to start working.",
     "Both helped about equally, and the new pill started working faster.", "en", True),
    ("Ambos ayudaron por igual, pero la nueva pastilla tardó más en hacer efecto.",
     "Ambos ayudaron por igual, y la nueva pastilla hizo efecto más rápido.", "es", True),
    ("Les deux ont aidé autant, mais la nouvelle pilule a mis plus de temps à agir.",
     "Les deux ont aidé autant, et la nouvelle pilule a agi plus vite.", "fr", True),
    ("Beide halfen gleich gut, aber das neue Mittel brauchte länger, bis es wirkte.",
     "Beide halfen gleich gut, und das neue Mittel wirkte schneller.", "de", True),
    ("Both helped about equally, but the new pill took longer to start working.",
     "Both helped about as much, but the new pill was slower to start working.", "en",
     False),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), SPEED, ids=_ids)
def test_took_longer_printed_as_faster_is_blocked(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang) == unfaithful


# --------------------------------------------------------------------------- connectives
# The words that split clauses and bound ranges are rulebook data read through one
# registry (gate/connectives.py): a clinic's word file adds its language's "but".

def test_a_clinics_word_file_adds_a_contrast_word(tmp_path, monkeypatch):
    from pathlib import Path

    from summarizer import rulebook
    from summarizer.gate import connectives

    words = tmp_path / "data-home" / "summarizer" / "rulebook" / "words"
    words.mkdir(parents=True)
    italian = (Path(__file__).parent / "data" / "italian" / "words_it.toml").read_text("utf-8")
    (words / "it.toml").write_text("contrast_words = ['ma']\n" + italian, "utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path / "no-site"))
    rulebook.reload()
    try:
        assert {"but", "pero", "mais", "aber", "ma"} <= connectives.words("contrast_words")
        parts = faith._clause_bounds().split("approvato per gli adulti ma non per i bambini")
        assert [p.strip() for p in parts] == ["approvato per gli adulti", "non per i bambini"]
    finally:
        monkeypatch.undo()
        rulebook.reload()
    assert "ma" not in connectives.words("contrast_words")


def test_an_unknown_connectives_list_is_refused():
    from summarizer.gate import connectives

    with pytest.raises(KeyError):
        connectives.words("contrast_word")


# --------------------------------------------------------------------------- addresses
# A sentence run on at a full stop ("The results.so far") is no web address, though "so"
# is a country's ending; real addresses with a country's ending stay addresses.

@pytest.mark.parametrize(("text", "hosts"), [
    ("The results.so far are encouraging.", set()),
    ("Most patients.in the trial improved.", set()),
    ("Los resultados.es decir, nada.", set()),
    ("Find a service at nhs.uk or call 111.", {"nhs.uk"}),
    ("Mehr unter telefonseelsorge.de im Netz.", {"telefonseelsorge.de"}),
    ("Chat at www.samaritans.ie any time.", {"samaritans.ie"}),
    ("Visit lifeline.org.au for more.", {"lifeline.org.au"}),
], ids=_ids)
def test_a_sentence_run_on_is_no_address(text, hosts):
    from summarizer.gate.addresses import web_hosts

    assert web_hosts(text) == hosts


# --------------------------------------------------------------------------- translations
# A translation that adds an instruction the source text does not give (a permission to
# stop, to drive; "without a prescription"), or that holds markup the PDF prints as it is.

def tr_blocked(translated: str, lang: str, source: str, source_lang: str = "en") -> bool:
    return bool(faith.translation_problems(translated, lang, source, source_lang))


ADDED = [
    ("Take it exactly as your doctor prescribes.",
     "Tómelo exactamente como le indique su médico. Puede dejar de tomarlo cuando quiera.",
     "es", True),
    ("Buy it only from a pharmacy with a prescription.", "Compre sin receta.", "es", True),
    ("Keep taking your antidepressant.",
     "Continuez votre antidépresseur. Vous pouvez arrêter quand vous voulez.", "fr", True),
    ("Side effects include nausea.",
     "Los efectos secundarios incluyen náuseas. Puede conducir sin problema.", "es", True),
    ("Nur mit Rezept erhältlich.", "Available without a prescription.", "en", True),
    ("Take it exactly as your doctor prescribes.",
     "Tómelo exactamente como se lo indique su médico.", "es", False),
    ("Side effects include nausea and dizziness.", "Puede causar náuseas y mareos.", "es",
     False),
    ("Do not buy it without a prescription.", "No lo compre sin receta.", "es", False),
    ("You can take it with or without food.", "Puede tomarlo con o sin comida.", "es",
     False),
]


@pytest.mark.parametrize(("source", "translated", "lang", "unfaithful"), ADDED, ids=_ids)
def test_a_translation_that_adds_an_instruction_is_blocked(source, translated, lang,
                                                           unfaithful):
    source_lang = "de" if source.startswith("Nur") else "en"
    assert tr_blocked(translated, lang, source, source_lang) == unfaithful


MARKUP = [
    ("Call or text 988 any time.",
     "Llama o envía un mensaje de texto al <b>988</b> a cualquier hora.", "es", True),
    ("Call or text 988 any time.",
     "Llama o envía un mensaje de texto al **988** a cualquier hora.", "es", True),
    ("Chat at 988lifeline.org any time.",
     "Discutez sur [988lifeline.org](https://988lifeline.org) à toute heure.", "fr", True),
    ("Call or text 988 any time.",
     "Rufen Sie an oder schreiben Sie eine SMS an 988,&nbsp;jederzeit.", "de", True),
    ("Call or text 988 any time.",
     "Llama o envía un mensaje de texto al 988 a cualquier hora.", "es", False),
]


@pytest.mark.parametrize(("source", "translated", "lang", "unfaithful"), MARKUP, ids=_ids)
def test_markup_in_a_translation_is_a_finding(source, translated, lang, unfaithful):
    assert tr_blocked(translated, lang, source) == unfaithful


PRESCRIPTION = [
    ("Buy it only from a pharmacy, with a prescription.",
     "You can buy it at a pharmacy without a prescription.", "en", True),
    ("Solo se vende con receta médica.", "Se vende sin receta.", "es", True),
    ("Il est délivré uniquement sur ordonnance.", "Il est en vente libre.", "fr", True),
    ("Das Mittel ist verschreibungspflichtig.", "Das Mittel ist rezeptfrei.", "de", True),
    ("Buy it only from a pharmacy, with a prescription.",
     "Do not buy it without a prescription.", "en", False),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), PRESCRIPTION, ids=_ids)
def test_prescription_only_printed_as_without_one_is_blocked(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang, "self-medication") == unfaithful


# --------------------------------------------------------------------------- faithful forms
# Plain renderings that were blocked: the size of a change printed as a level ("larger
# drops in depression scores" -> "felt less depressed"), "only" said as "and nothing
# else", and the count of the drugs a quote names ("combines X with Y" -> "two drugs").

FAITHFUL_FORMS = [
    ("People on the drug had larger drops in depression scores than those on placebo.",
     "People on the drug felt less depressed than those on placebo.", "en", ""),
    ("Patients on the drug had bigger improvements in anxiety scores than those on placebo.",
     "Patients on the drug felt less anxious than those on placebo.", "en", ""),
    ("Los pacientes que tomaron el fármaco tuvieron mayores descensos en las puntuaciones de "
     "depresión que los del placebo.",
     "Los pacientes que tomaron el fármaco se sintieron menos deprimidos que los del placebo.",
     "es", ""),
    ("Acetylcysteine is authorized only for acetaminophen overdose.",
     "Acetylcysteine is authorized for acetaminophen overdose and for nothing else.", "en",
     "regulatory"),
    ("Está autorizado solo para la intoxicación por paracetamol.",
     "Está autorizado para la intoxicación por paracetamol y para nada más.", "es",
     "regulatory"),
    ("Das Mittel ist nur gegen Epilepsie zugelassen.",
     "Das Mittel ist gegen Epilepsie zugelassen und sonst nichts.", "de", "regulatory"),
    ("A tablet that combines dextromethorphan with bupropion was approved in 2022.",
     "A pill with two drugs, dextromethorphan and bupropion, was approved in 2022.", "en", ""),
]


@pytest.mark.parametrize(("quote", "text", "lang", "kind"), FAITHFUL_FORMS, ids=_ids)
def test_plain_forms_of_the_same_statement_pass(quote, text, lang, kind):
    assert not blocked(quote, text, lang, kind)


@pytest.mark.parametrize(("quote", "text", "kind"), [
    ("Acetylcysteine is authorized only for acetaminophen overdose.",
     "Acetylcysteine is authorized for acetaminophen overdose and for hair pulling.",
     "regulatory"),
    ("A tablet that combines dextromethorphan with bupropion was approved in 2022.",
     "A pill with three drugs was approved in 2022.", ""),
], ids=_ids)
def test_their_unfaithful_neighbours_are_still_blocked(quote, text, kind):
    assert blocked(quote, text, "en", kind)


# --------------------------------------------------------------------------- set aside
# An act the quote sets aside for another ("rather than spraying again", "en lugar de
# tomar otra dosis") printed as permitted, in other words for the same act.

AVOIDED = [
    ("When the itch returns, see your doctor rather than spraying again.",
     "When the itch returns, you can use the spray again.", "en", True),
    ("Si vuelve el dolor, llama a la clínica en lugar de tomar otra dosis.",
     "Si vuelve el dolor, puedes tomar otra dosis.", "es", True),
    ("Si la douleur revient, appelez la clinique au lieu de reprendre une dose.",
     "Si la douleur revient, vous pouvez reprendre une dose.", "fr", True),
    ("Wenn der Juckreiz zurückkehrt, gehen Sie zum Arzt, statt erneut zu sprühen.",
     "Wenn der Juckreiz zurückkehrt, können Sie erneut sprühen.", "de", True),
    ("When the itch returns, see your doctor rather than spraying again.",
     "If the itch comes back, see your doctor; do not just spray again.", "en", False),
    ("Si vuelve el dolor, llama a la clínica en lugar de tomar otra dosis.",
     "Si el dolor vuelve, puedes llamar a la clínica en vez de tomar otra dosis.", "es",
     False),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), AVOIDED, ids=_ids)
def test_an_act_set_aside_printed_as_permitted_is_blocked(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang, "self-medication") == unfaithful


# --------------------------------------------------------------------------- waived, "fine"
# A step the quote requires printed as not needed, said of the thing ("no heart check is
# needed"); a warning for a group or a time printed as "fine" for it ("fine in pregnancy",
# "sin problemas", "unbedenklich").

WAIVED = [
    ("Your doctor will check your heart with an ECG before you start.",
     "No heart check is needed before you start.", "en", True),
    ("Si tomas anticoagulantes, díselo a tu médico antes.",
     "Si tomas anticoagulantes, no hace falta decírselo a tu médico.", "es", True),
    ("Votre médecin vérifiera votre tension avant chaque séance.",
     "Pas besoin de vérifier la tension avant les séances.", "fr", True),
    ("Ihr Arzt prüft vor Beginn Ihre Leberwerte.",
     "Eine Prüfung der Leberwerte ist nicht nötig.", "de", True),
    ("You can take it with or without food.", "You do not need to take it with food.", "en",
     False),
    ("No fasting is needed before the scan.", "You do not need to fast before the scan.",
     "en", False),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), WAIVED, ids=_ids)
def test_a_required_step_printed_as_not_needed_is_blocked(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang, "supervision") == unfaithful


FINE_FOR = [
    ("It is not recommended during pregnancy.", "It is fine in pregnancy.", "en"),
    ("It has not been tested in children.", "It is fine for children.", "en"),
    ("No se recomienda durante el embarazo.",
     "Se puede tomar durante el embarazo sin problemas.", "es"),
    ("Il est déconseillé pendant la grossesse.",
     "On peut le prendre pendant la grossesse sans aucun problème.", "fr"),
    ("In der Schwangerschaft wird es nicht empfohlen.",
     "In der Schwangerschaft ist es unbedenklich.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), FINE_FOR, ids=_ids)
def test_fine_for_a_group_the_quote_warns_about_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "self-medication")


# --------------------------------------------------------------------------- mixed results
MIXED = [
    ("Small studies of the tablets gave mixed results.",
     "Small studies of the tablets found clear benefits.", "en", True),
    ("Los estudios pequeños dieron resultados contradictorios.",
     "Los estudios pequeños mostraron beneficios claros.", "es", True),
    ("Les petites études ont donné des résultats contradictoires.",
     "Les petites études ont montré un bénéfice clair.", "fr", True),
    ("Kleine Studien lieferten widersprüchliche Ergebnisse.",
     "Kleine Studien zeigten einen eindeutigen Nutzen.", "de", True),
    ("Small studies of the tablets gave mixed results.",
     "Small studies of the tablets had mixed results: some found a benefit, some did not.",
     "en", False),
    ("Small studies of the tablets gave mixed results.",
     "Small studies of the tablets did not agree with each other.", "en", False),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), MIXED, ids=_ids)
def test_mixed_results_printed_as_clear_are_blocked(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang, "controlled-trial") == unfaithful


# --------------------------------------------------------------------------- second batch
# Families behind misses of faith_s7_fresh2.toml (measured untouched at 18/26 and 1/26):
# "feel fine to drive" is leave to drive, "sigue tomándolas" keeps taking them (a pronoun
# on the verb), and a waived thing may take several words ("no X or Y is needed").

SECOND = [
    ("Someone must drive you home after the infusion.",
     "Most people feel well enough to drive home after the infusion.", "en", "supervision",
     True),
    ("Stop the tablets and see a doctor if your skin turns yellow.",
     "If your skin turns yellow, you are fine to keep taking the tablets.", "en",
     "side-effects", True),
    ("Si aparece una erupción, deja de tomarlas y consulta al médico.",
     "Si aparece una erupción, sigue tomándolas como siempre.", "es", "side-effects", True),
    ("Your nurse checks your blood pressure and your pulse before each session.",
     "No blood pressure check or pulse reading is needed before a session.", "en",
     "supervision", True),
    ("Do not drive for 24 hours after the infusion.",
     "You will not feel fit to drive for 24 hours after the infusion, so do not drive.", "en",
     "supervision", False),
]


@pytest.mark.parametrize(("quote", "text", "lang", "kind", "unfaithful"), SECOND, ids=_ids)
def test_second_batch_families(quote, text, lang, kind, unfaithful):
    assert blocked(quote, text, lang, kind) == unfaithful


# --------------------------------------------------------------------------- more families
# A word file without a texting list still reads "SMS" as texting; "mostly in the first
# days" says when, not how many; "hold off on" keeps away from an act; a ban ("prohíbe",
# "verbietet") printed as leave to use ("permite el uso") is turned around.

MORE = [
    ("Vous pouvez joindre la ligne d'écoute au 01 45 39 40 00, jour et nuit.",
     "Vous pouvez appeler la ligne d'écoute ou lui écrire par SMS au 01 45 39 40 00, jour "
     "et nuit.", "fr", "crisis-line", True),
    ("A few people feel queasy, especially in the first days.",
     "Some people feel sick, mostly in the first few days.", "en", "side-effects", False),
    ("A few people feel queasy, especially in the first days.",
     "Most people feel queasy in the first days.", "en", "side-effects", True),
    ("Hold off on driving until you know how it affects you.",
     "Driving yourself is fine.", "en", "supervision", True),
    ("Hold off on driving until you know how it affects you.",
     "Do not drive until you know how it affects you.", "en", "supervision", False),
    ("En Estados Unidos, la FDA prohíbe el uso del ozono con fines médicos.",
     "En Estados Unidos, la FDA permite el uso del ozono con fines médicos.", "es",
     "regulatory", True),
    ("Die Behörde verbietet den Einsatz von Ozon in der Medizin.",
     "Die Behörde erlaubt den Einsatz von Ozon in der Medizin.", "de", "regulatory", True),
    ("En Estados Unidos, la FDA prohíbe el uso del ozono con fines médicos.",
     "En Estados Unidos, la FDA no permite usar el ozono como tratamiento.", "es",
     "regulatory", False),
]


@pytest.mark.parametrize(("quote", "text", "lang", "kind", "unfaithful"), MORE, ids=_ids)
def test_more_families(quote, text, lang, kind, unfaithful):
    assert blocked(quote, text, lang, kind) == unfaithful


# --------------------------------------------------------------------------- group condition
# A notice about a group narrowed by a condition ("older adults with dementia", "niños con
# asma") printed about the whole group; a study's people described without their illness
# (a claim) are left alone.

QUALIFIED = [
    ("Older adults with dementia who take antipsychotics face a higher risk of death.",
     "Older adults who take antipsychotics face a higher risk of death.", "en", True),
    ("Children with asthma who take it may wheeze.", "Children who take it may wheeze.",
     "en", True),
    ("Las personas mayores con demencia que toman antipsicóticos tienen más riesgo de morir.",
     "Las personas mayores que toman antipsicóticos tienen más riesgo de morir.", "es", True),
    ("Les personnes âgées atteintes de démence qui prennent des antipsychotiques ont un "
     "risque de décès plus élevé.",
     "Les personnes âgées qui prennent des antipsychotiques ont un risque de décès plus "
     "élevé.", "fr", True),
    ("Ältere Menschen mit Demenz, die Antipsychotika nehmen, haben ein höheres Sterberisiko.",
     "Ältere Menschen, die Antipsychotika nehmen, haben ein höheres Sterberisiko.", "de",
     True),
    ("Older adults with dementia who take antipsychotics face a higher risk of death.",
     "In older people with dementia, antipsychotics raise the risk of dying.", "en", False),
    ("Adults with chronic low back pain should not lift heavy things.",
     "Adults with long-lasting low back pain should not lift heavy things.", "en", False),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), QUALIFIED, ids=_ids)
def test_a_group_narrowed_by_a_condition_keeps_it(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang, "side-effects") == unfaithful


# "had to be accompanied home", "must be collected": someone else takes the reader home;
# printed as "could drive themselves home" it is turned around.
@pytest.mark.parametrize(("quote", "text", "unfaithful"), [
    ("Each participant had to be accompanied home by another adult.",
     "Each participant could then drive themselves home.", True),
    ("You must be collected by a friend after the session.",
     "You can drive home after the session.", True),
    ("Each participant had to be accompanied home by another adult.",
     "Another adult had to take each participant home.", False),
], ids=_ids)
def test_accompanied_home_printed_as_driving_is_blocked(quote, text, unfaithful):
    assert blocked(quote, text, "en", "supervision") == unfaithful


# "on one day ... on another" says separate days: no count of one day.
@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), [
    ("20 volunteers took lemon balm or a look-alike placebo on separate days.",
     "20 volunteers took lemon balm on one day and a dummy pill on another.", "en", False),
    ("20 voluntarios tomaron melisa o un placebo en días distintos.",
     "20 voluntarios tomaron melisa un día y un placebo otro día.", "es", False),
    ("20 volontaires ont pris de la mélisse ou un placebo à des jours différents.",
     "20 volontaires ont pris de la mélisse un jour et un placebo un autre jour.", "fr",
     False),
    ("20 volunteers took lemon balm or a look-alike placebo on separate days.",
     "20 volunteers took lemon balm for one week.", "en", True),
], ids=_ids)
def test_one_day_and_another_is_no_count(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang) == unfaithful


# A negative subject with words between it and its verb ("no regulator, Health Canada
# included, has approved it"; "ningún regulador, ni siquiera la AEMPS, lo ha aprobado")
# denies the approval of the clause after the commas.
@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), [
    ("Xenon is approved in some countries as an anaesthetic, but it is not approved by any "
     "regulator to treat PTSD.",
     "Xenon is approved as an anaesthetic in some countries, but no regulator, Health "
     "Canada included, has approved it for PTSD.", "en", False),
    ("El xenón está aprobado como anestésico en algunos países, pero no está aprobado para "
     "el TEPT.",
     "El xenón está aprobado como anestésico en algunos países, pero ningún regulador, ni "
     "siquiera Health Canada, lo ha aprobado para el TEPT.", "es", False),
    ("Xenon is approved in some countries as an anaesthetic, but not for PTSD.",
     "Xenon is approved in some countries as an anaesthetic and, in Canada, also for PTSD.",
     "en", True),
], ids=_ids)
def test_a_negative_subject_before_commas_denies(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang, "regulatory") == unfaithful


# A result not significant in one of the trials is a mixed result: "in all three,
# clearly" turns it into a clear one.
@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), [
    ("Two trials found a benefit; in the third the difference was not significant.",
     "All three trials clearly showed a benefit.", "en", True),
    ("En dos de los ensayos los síntomas mejoraron más con el fármaco, y en el tercero la "
     "diferencia no fue significativa.",
     "En los tres ensayos los síntomas mejoraron claramente con el fármaco.", "es", True),
    ("In zwei Studien half das Mittel, in der dritten war der Unterschied nicht signifikant.",
     "Alle drei Studien zeigten einen eindeutigen Nutzen.", "de", True),
    ("Two trials found a benefit; in the third the difference was not significant.",
     "Two trials found a benefit; the third found no clear difference.", "en", False),
], ids=_ids)
def test_a_result_not_significant_in_one_trial_is_mixed(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang, "randomized-controlled") == unfaithful
