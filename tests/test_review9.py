"""Review of session 9 (review9): rules that let an unfaithful rewrite through, found by
probing this session's relaxations with sentences written here (en/es/fr/de). Each case
failed on main before the fix beside it.

- A share word the quote uses for something else is no licence for the text's: "most
  patients improved, and 30% had headaches" printed as "most patients had headaches"
  inflates 30% to most (2a547be exempted any share word the quote also says).
- "Anyone with <condition>" is the quote's "people with <condition>" only when it is
  the quote's condition: "anyone with asthma" for "people with heart problems" names
  another group (942fcba passed any condition).
"""

from __future__ import annotations

import pytest

from summarizer.gate import faithfulness as faith


def blocked(quote: str, text: str, lang: str, kind: str) -> bool:
    return bool(faith.check_rewrite(quote, text, lang, kind))


def _ids(v: object) -> str:
    return str(v)[:40]


SHARE_INFLATED = [
    ("Most patients improved, and 30% had headaches.", "Most patients had headaches.", "en"),
    ("Most people tolerate it well, but 20% stop taking it because of nausea.",
     "Most people stop taking it because of nausea.", "en"),
    ("A few patients stopped early, while 80% finished all sessions.",
     "A few patients finished all sessions.", "en"),
    ("Nearly all patients were women; 40% improved.", "Nearly all patients improved.", "en"),
    ("La mayoría mejoró y el 30 % tuvo dolor de cabeza.", "La mayoría tuvo dolor de cabeza.",
     "es"),
    ("La plupart des patients allaient mieux et 30 % ont eu des maux de tête.",
     "La plupart des patients ont eu des maux de tête.", "fr"),
    ("Die meisten Patienten fühlten sich besser, 30 % hatten Kopfschmerzen.",
     "Die meisten Patienten hatten Kopfschmerzen.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), SHARE_INFLATED, ids=_ids)
def test_a_share_word_the_quote_uses_elsewhere_does_not_license_the_text(quote, text, lang):
    assert blocked(quote, text, lang, "side-effects")


@pytest.mark.parametrize(("quote", "text", "lang"), [
    ("Most people tolerate it well, but 20% stop taking it because of nausea.",
     "Most people tolerate it well, but 2 in 10 stop because of nausea.", "en"),
    ("Rarely, some people do things while half asleep, such as eating or driving.",
     "Rarely, people who are half asleep eat or drive.", "en"),
], ids=_ids)
def test_the_quotes_share_word_passes_when_its_numbers_are_kept(quote, text, lang):
    assert not blocked(quote, text, lang, "side-effects")


ANOTHER_CONDITION = [
    ("People with heart problems should not take this medicine.",
     "Anyone with asthma should not take this medicine.", "en"),
    ("People with liver disease need a lower dose.",
     "Anyone who drinks alcohol needs a lower dose.", "en"),
    ("Las personas con problemas de corazón no deben tomarlo.",
     "Cualquier persona con asma no debe tomarlo.", "es"),
    ("Menschen mit Herzproblemen sollten es nicht einnehmen.",
     "Jeder mit Asthma sollte es nicht einnehmen.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), ANOTHER_CONDITION, ids=_ids)
def test_anyone_with_another_condition_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "supervision")


# --------------------------------------------------------------------------- furniture
# c1eb47a masks credit lines anywhere in a sentence: "editing by", "reporting by",
# "sponsored by", "revisado por", "validé par un médecin", "Medizinjournalist" also
# occur in an article's own findings, which were then never proposed as claims. A credit
# opens its line ("Reporting by …; editing by …", "Revisado médicamente por …").

ARTICLE_PROSE = [
    ("en", "Gene editing by CRISPR may one day correct the mutation that causes the disease."),
    ("en", "Based on self-reporting by 2,000 patients, the drug cut pain by a third."),
    ("en", "Under-reporting by doctors means the true number of cases is probably higher."),
    ("en", "The trial was sponsored by the manufacturer, which also helped analyse the data."),
    ("en", "The journal's editorial policy requires that every trial be registered first."),
    ("es", "El estudio fue revisado por expertos independientes antes de publicarse."),
    ("es", "Sobre el autor del estudio pesan acusaciones de fraude."),
    ("fr", "Le protocole a été validé par un médecin de l'hôpital avant chaque séance."),
    ("de", "Der Medizinjournalist berichtet, dass drei Patienten ins Krankenhaus mussten."),
]

CREDITS = [
    ("en", "Reporting by Anna Lee; editing by Mark Hill and Sue Park."),
    ("en", "Additional reporting by Tom Reed."),
    ("en", "Sponsored by Acme Health."),
    ("en", "Read our editorial policy to learn how we choose what to cover."),
    ("es", "Revisado por la Dra. Ana Ruiz, médica de familia."),
    ("es", "Sobre la autora: Ana Ruiz es periodista de salud."),
    ("fr", "Relu par un médecin le 3 mars 2025."),
    ("de", "Über den Autor: Jonas Weber ist Medizinjournalist in Wien."),
]


@pytest.mark.parametrize(("lang", "sentence"), ARTICLE_PROSE, ids=_ids)
def test_article_prose_with_a_credits_words_is_not_furniture(lang, sentence):
    from summarizer.sources.boilerplate import is_furniture_text

    assert not is_furniture_text(sentence)


@pytest.mark.parametrize(("lang", "sentence"), CREDITS, ids=_ids)
def test_credit_lines_stay_furniture(lang, sentence):
    from summarizer.sources.boilerplate import is_furniture_text

    assert is_furniture_text(sentence)


# --------------------------------------------------------------------------- list of treated
# concepts._treated_list (70744e4) let an item's words be the list's joining word, so a run
# of "o y o y …" split every way at once: a 146-character Spanish sentence took 22 s in
# sentence_kinds and each two more words about 2.7 times as long (this one, before the fix,
# would take hours). No time limit here: the test reads the sentence and checks the answer.

def test_a_run_of_joining_words_is_read_and_keeps_its_side_effect():
    from summarizer.sources.disclaimers import sentence_kinds

    sentence = "Puede provocar náuseas; el gel alivia " + "o y " * 34 + "o «náuseas»."
    kinds = dict(sentence_kinds(sentence, "es", use_model=False))
    assert "side-effects" in kinds


@pytest.mark.parametrize(("lang", "head"), [
    ("en", "It can ease sweating, chills, a racing heart and "),
    ("es", "Puede aliviar la sudoración, los escalofríos y "),
], ids=_ids)
def test_an_item_of_a_treated_list_is_still_treated(lang, head):
    from summarizer.sources.concepts import _treated_list

    assert _treated_list(lang).search(head)


# --------------------------------------------------------------------------- prescription
# Session 9 made a medicine's prescription-only status a regulatory notice (6cb7fb5,
# 49427e9); the gate read "only on prescription" printed as "without one", but not the
# status negated: "ist verschreibungspflichtig" -> "ist nicht verschreibungspflichtig" and
# "It is a prescription-only medicine" -> "It is not a prescription-only medicine" passed.

STATUS_NEGATED = [
    ("Das Mittel ist verschreibungspflichtig.", "Das Mittel ist nicht verschreibungspflichtig.",
     "de"),
    ("Das Mittel ist verschreibungspflichtig.",
     "Das Mittel ist nicht mehr verschreibungspflichtig.", "de"),
    ("It is a prescription-only medicine.", "It is not a prescription-only medicine.", "en"),
    ("El medicamento es de venta bajo receta.", "El medicamento no es de venta bajo receta.",
     "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), STATUS_NEGATED, ids=_ids)
def test_a_prescription_status_negated_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "regulatory")


@pytest.mark.parametrize(("quote", "text", "lang"), [
    ("Das Mittel ist nicht verschreibungspflichtig.",
     "Das Mittel ist nicht verschreibungspflichtig.", "de"),
    ("It is available only on prescription.", "You cannot get it without a prescription.", "en"),
    ("It is a prescription-only medicine.", "You need a prescription for it.", "en"),
], ids=_ids)
def test_a_prescription_status_kept_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "regulatory")


# --------------------------------------------------------------------------- refutation scope
# c57b75e: a refutation ("…, which is false", "but that is wrong") clears the hype before
# it, but it cleared the whole sentence: the article's own hype in an earlier clause, before
# a ";", was no longer flagged ("This revolutionary treatment cures depression forever;
# critics say it is addictive, but that is just wrong").

OWN_HYPE_BEFORE_A_REFUTED_CLAUSE = [
    ("en", "This revolutionary treatment cures depression forever; critics say it is "
           "addictive, but that is just wrong."),
    ("es", "Este tratamiento milagroso cura la depresión para siempre; dicen que es adictivo, "
           "lo cual es falso."),
    ("fr", "Ce traitement miracle guérit la dépression pour toujours ; on dit qu'il rend "
           "dépendant, ce qui est faux."),
    ("de", "Dieses Wundermittel heilt Depressionen für immer; Kritiker sagen, es mache "
           "süchtig, doch das ist falsch."),
]


@pytest.mark.parametrize(("lang", "sentence"), OWN_HYPE_BEFORE_A_REFUTED_CLAUSE, ids=_ids)
def test_a_refutation_clears_only_its_own_clause(lang, sentence):
    from summarizer.sources.claims import flag_claim

    assert "hype" in flag_claim(sentence, lang)[0]


# --------------------------------------------------------------------------- optional condition
# Fixed in session 10 (faith11; was a strict xfail): a permission's condition after it
# ("siempre que te sientas bien despierto", "as long as you feel fully alert", "à condition
# de", "sofern", "pero solo si tu médico lo aprueba") was not read by
# _dropped_condition_problems in any language once an optional "if you wish" stood beside
# it (the whole condition was skipped); now only the optional part is.

OPTIONAL_BESIDE_A_REAL_CONDITION = [
    ("Si lo deseas, puedes conducir al día siguiente, siempre que te sientas bien despierto.",
     "Puedes conducir al día siguiente.", "es"),
    ("Si quieres, puedes tomarlo con comida, pero solo si tu médico lo aprueba.",
     "Puedes tomarlo con comida.", "es"),
    ("Puedes conducir al día siguiente si quieres y si te sientes bien despierto.",
     "Puedes conducir al día siguiente.", "es"),
    ("Si tu veux, tu peux conduire le lendemain, à condition de te sentir bien réveillé.",
     "Tu peux conduire le lendemain.", "fr"),
]


OPTIONAL_BESIDE_A_REAL_CONDITION += [
    ("If you want, you can drive the next day, as long as you feel fully alert.",
     "You can drive the next day.", "en"),
    ("Wenn du willst, kannst du am nächsten Tag fahren, sofern du dich hellwach fühlst.",
     "Du kannst am nächsten Tag fahren.", "de"),
]


# (closed by faith11: an optional part is dropped from the condition, not the whole of it)
@pytest.mark.parametrize(("quote", "text", "lang"), OPTIONAL_BESIDE_A_REAL_CONDITION,
                         ids=_ids)
def test_an_optional_condition_does_not_hide_a_real_one(quote, text, lang):
    assert blocked(quote, text, lang, "supervision")


# --------------------------------------------------------------------------- "the only" safe
# ffa9626: "the only bad bit was the nausea" restricts nothing, so "the only" lost its force
# everywhere, and "The only safe dose is the one your doctor sets" -> "Any dose is safe"
# passed (blocked before). "The only" before a word of what is allowed still restricts.

ONLY_ALLOWED = [
    ("The only safe dose is the one your doctor sets.", "Any dose is safe."),
    ("The only approved dose is 56 mg.", "You can take any dose."),
    ("The only recommended way to take it is with a nurse present.", "You can take it alone."),
]


@pytest.mark.parametrize(("quote", "text"), ONLY_ALLOWED, ids=_ids)
def test_the_only_safe_or_approved_one_still_restricts(quote, text):
    assert blocked(quote, text, "en", "self-medication")


def test_the_only_bad_bit_still_restricts_nothing():
    assert not blocked("The only bad bit was feeling sick for an hour.",
                       "The only bad part was feeling sick for an hour.", "en", "side-effects")


# --------------------------------------------------------------------------- alcohol, infinitive
# 0c66d7d took the Spanish infinitive "evitar" out of the alcohol orders so that praise for
# everyone ("Evitar el alcohol es una buena idea para todos") is no notice; the same
# infinitive tied to the treatment is the reader's order and was lost with it (found before).

@pytest.mark.parametrize("sentence", [
    "Evitar el alcohol es importante mientras tomes este medicamento.",
    "Evitar el alcohol es imprescindible durante el tratamiento.",
    "Evitar las bebidas alcohólicas es fundamental mientras dure el tratamiento.",
], ids=_ids)
def test_an_infinitive_alcohol_order_tied_to_the_treatment_is_self_medication(sentence):
    from summarizer.sources.disclaimers import sentence_kinds

    assert "self-medication" in dict(sentence_kinds(sentence, "es", use_model=False))
