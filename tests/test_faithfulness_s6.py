"""Faithfulness, session 6: the mechanisms behind heldout8's misses and those of the
first fresh batch of this session (tests/data/faith_s6_fresh.toml), each in sentences of
our own (none from a held-out set), written failing before the change that fixed it.

Each case calls the pure module the gate calls (`check_rewrite`: quote, printed text,
language, notice kind or evidence tag).
"""

from __future__ import annotations

import pytest
from faith_helpers import blocked, hand_pairs


def _ids(v: object) -> str:
    return str(v)[:40]


# --------------------------------------------------------------------------- null results
# A trial that found no difference printed as one that found an effect: the result words
# were "the same scores", "no different between the groups", "no overall rise in".

Q_SAME = ("In the trial, 80 people took the tablets or dummy pills for six months, and the "
          "two groups ended up with the same scores for fatigue.")
NULL_RESULT = [
    (Q_SAME, "Six months of the tablets lowered fatigue compared with dummy pills.", "en", True),
    (Q_SAME, "After six months, fatigue scores were the same with the tablets and the dummy "
     "pills.", "en", False),
    ("The share of people who slept through the night was no different between the groups.",
     "Many more people on the spray slept through the night.", "en", True),
    ("The share of people who slept through the night was no different between the groups.",
     "About as many people slept through the night with the spray as with the dummy spray.",
     "en", False),
    ("A review of 15 studies of 40,000 people found no overall increase in heart attacks.",
     "A review of 15 studies of 40,000 people found that the drug increased heart attacks.",
     "en", True),
    ("A review of 15 studies of 40,000 people found no overall increase in heart attacks.",
     "Looking at 15 studies of 40,000 people, the drug did not increase heart attacks overall.",
     "en", False),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), NULL_RESULT, ids=_ids)
def test_a_null_result_printed_as_an_effect_is_blocked(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang, "randomized-controlled") is unfaithful


NULL_RESULT_OTHER_LANGUAGES = [
    ("En el ensayo, los dos grupos terminaron con las mismas puntuaciones de cansancio.",
     "En el ensayo, las pastillas redujeron el cansancio en comparación con el placebo.", "es"),
    ("Dans l'essai, les deux groupes ont eu les mêmes scores de fatigue.",
     "Dans l'essai, les comprimés ont réduit la fatigue par rapport au placebo.", "fr"),
    ("In der Studie hatten beide Gruppen die gleichen Werte für Müdigkeit.",
     "In der Studie senkte die Tablette die Müdigkeit im Vergleich zu Placebo.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), NULL_RESULT_OTHER_LANGUAGES, ids=_ids)
def test_a_null_result_printed_as_an_effect_is_blocked_in_every_language(quote, text, lang):
    assert blocked(quote, text, lang, "randomized-controlled")


# --------------------------------------------------------------------------- approvals

APPROVALS = hand_pairs("approvals-polarity-scope", "quote", "text", "lang", "unfaithful")


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), APPROVALS, ids=_ids)
def test_an_approval_keeps_its_polarity_and_scope(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang, "regulatory") is unfaithful


# --------------------------------------------------------------------------- instructions

INSTRUCTIONS = [
    # an order to keep taking, with no end, printed as leave to stop on a condition
    ("Please keep taking the tablets your doctor prescribed; the patch is an extra.",
     "You can stop the tablets your doctor prescribed once you start the patch.", "en",
     "self-medication", True),
    ("Keep taking the tablets until your doctor tells you to stop.",
     "You can stop the tablets once your doctor tells you to.", "en", "self-medication",
     False),
    # Spain's second person plural ("vosotros")
    ("No lo dejéis de golpe aunque os sintáis mejor; hablad antes con vuestro médico.",
     "Si os sentís mejor, podéis dejarlo de golpe.", "es", "self-medication", True),
    ("No lo dejéis de golpe aunque os sintáis mejor; hablad antes con vuestro médico.",
     "No lo dejéis de golpe aunque os sintáis mejor: hablad antes con el médico.", "es",
     "self-medication", False),
    # someone else drives you home: you may not drive
    ("Someone must drive you home after the session.", "You can drive home after the "
     "session.", "en", "supervision", True),
    ("An adult must drive you home after each infusion.", "You may drive yourself home "
     "after each infusion.", "en", "supervision", True),
    ("Someone must drive you home after the session.", "After the session, someone else "
     "has to drive you home.", "en", "supervision", False),
    ("Alguien debe llevarle a casa en coche después de la sesión.", "Puede conducir hasta "
     "casa después de la sesión.", "es", "supervision", True),
]


@pytest.mark.parametrize(("quote", "text", "lang", "kind", "unfaithful"), INSTRUCTIONS,
                         ids=_ids)
def test_an_instruction_keeps_its_sense(quote, text, lang, kind, unfaithful):
    assert blocked(quote, text, lang, kind) is unfaithful


# --------------------------------------------------------------------------- who may use it

GROUP_PERMITTED = hand_pairs("group-permitted", "quote", "text", "unfaithful")


@pytest.mark.parametrize(("quote", "text", "unfaithful"), GROUP_PERMITTED, ids=_ids)
def test_a_group_the_approval_leaves_out_printed_as_free_to_use_it_is_blocked(
        quote, text, unfaithful):
    assert blocked(quote, text, "en", "regulatory") is unfaithful


# --------------------------------------------------------------------------- crisis lines

CRISIS_HOURS = [
    ("Call 1737 if you are thinking about suicide.",
     "Call 1737 any time, day or night, if you are thinking about suicide.", "en", True),
    ("Call the helpline on weekdays from 9 am to 5 pm.", "Call the helpline at any hour.",
     "en", True),
    ("Call 1737 at any hour if you are thinking about suicide.",
     "If you are thinking about suicide, call 1737, day or night.", "en", False),
    ("Llame al 024 si piensa en quitarse la vida.",
     "Llame al 024 a cualquier hora si piensa en quitarse la vida.", "es", True),
    ("Llame al 024, disponible las 24 horas, si piensa en quitarse la vida.",
     "Si piensa en quitarse la vida, llame al 024 a cualquier hora.", "es", False),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), CRISIS_HOURS, ids=_ids)
def test_a_crisis_line_keeps_its_hours(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang, "crisis-line") is unfaithful


# --------------------------------------------------------------------------- drugs

SWAPPED = [
    # a supplement's name (uncommon, not rare) swapped for a rare drug name no list knows
    ("In a small trial, 30 adults with insomnia took glycine or placebo for four weeks.",
     "In a small trial, 30 adults with insomnia took tasimelteon or placebo for four weeks.",
     "en", True),
    # another form of the quote's own word is no new name
    ("Los investigadores sometieron a ratas a estrés y les dieron cúrcuma.",
     "Los investigadores estresaron a unas ratas y les dieron cúrcuma.", "es", False),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), SWAPPED, ids=_ids)
def test_a_swapped_name_is_blocked_and_a_word_form_is_not(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang, "randomized-controlled") is unfaithful


# --------------------------------------------------------------------------- two languages
# An English handout quoting a Spanish article (or the reverse): the printed text is read
# in its own language and the quote in its own, whichever language the caller names.

Q_ES = ("En un ensayo, 40 adultos con insomnio tomaron la cápsula o placebo durante seis "
        "semanas, y el grupo de la cápsula durmió un poco mejor.")
ACROSS = [
    (Q_ES, "In a trial, 40 adults with insomnia took the capsule or placebo for six days, "
     "and the capsule group slept a little better.", True),
    (Q_ES, "In a trial, 40 adults with insomnia took the capsule or placebo for six weeks, "
     "and the capsule group slept worse.", True),
    (Q_ES, "In a trial, 40 adults with insomnia took the capsule or a placebo for six weeks, "
     "and the capsule group slept a little better.", False),
    (Q_ES.replace("durmió un poco mejor", "mejoró un poco más en el sueño"),
     "In a trial, 40 adults with insomnia took the capsule or placebo for six weeks, and "
     "the capsule group did worse on sleep.", True),
    ("En ratas estresadas, la cápsula les devolvió las ganas de explorar.",
     "In stressed rats, the capsule brought back their wish to explore.", False),
    ("En ratas sometidas a estrés, la cápsula les devolvió las ganas de explorar y de "
     "beber agua con azúcar.", "In stressed rats, the capsule brought back their interest "
     "in exploring and in drinking sugar water.", False),
    ("En ratas estresadas, la cápsula les devolvió las ganas de explorar.",
     "In stressed people, the capsule brought back their wish to explore.", True),
]


@pytest.mark.parametrize(("quote", "text", "unfaithful"), ACROSS, ids=_ids)
@pytest.mark.parametrize("named", ["es", "en"])
def test_a_text_in_another_language_than_its_quote_is_read_in_its_own(quote, text,
                                                                      unfaithful, named):
    evidence = "animal" if "ratas" in quote else "randomized-controlled"
    assert blocked(quote, text, named, evidence) is unfaithful


# --------------------------------------------------------------------------- numbers

RANGES = [
    ("For a week or two your skin can feel tight.", "Your skin can feel tight for one or two "
     "weeks.", False),
    ("For a week or two your skin can feel tight.", "Your skin can feel tight for two or "
     "three weeks.", True),
    ("Durante una semana o dos la piel puede tirar.", "La piel puede tirar durante una o dos "
     "semanas.", False),
]


@pytest.mark.parametrize(("quote", "text", "unfaithful"), RANGES, ids=_ids)
def test_an_article_and_a_number_make_a_range(quote, text, unfaithful):
    lang = "es" if "piel" in quote else "en"
    assert blocked(quote, text, lang, "side-effects") is unfaithful


# --------------------------------------------------------------------------- side effects

SYMPTOMS = [
    ("Some people find it keeps them awake if they take it in the evening.",
     "Some people can't sleep if they take it in the evening.", "en", False),
    ("Some people find it keeps them awake if they take it in the evening.",
     "It does not keep people awake, even in the evening.", "en", True),
    ("A algunas personas les quita el sueño si lo toman por la noche.",
     "Algunas personas no pueden dormir si lo toman por la noche.", "es", False),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), SYMPTOMS, ids=_ids)
def test_a_negated_symptom_is_a_harm_not_its_denial(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang, "side-effects") is unfaithful


# --------------------------------------------------------------------------- certainty

DEGREE = [
    ("In a pilot without a placebo, 9 of the 20 patients felt noticeably better.",
     "In a pilot without a placebo, 9 of the 20 patients felt clearly better.", False),
    ("In a pilot without a placebo, 9 of the 20 patients felt better.",
     "In a pilot without a placebo, 9 of the 20 patients felt clearly better.", True),
]


@pytest.mark.parametrize(("quote", "text", "unfaithful"), DEGREE, ids=_ids)
def test_a_degree_word_may_render_the_quotes_own(quote, text, unfaithful):
    assert blocked(quote, text, "en", "uncontrolled-trial") is unfaithful


# --------------------------------------------------------------------------- who it is about

RESTRICTED = [
    ("In the study, 30 patients with treatment-resistant depression got four infusions, and "
     "12 improved.", "In the study, 30 patients with depression got four infusions, and 12 "
     "improved.", "en", True),
    ("In the study, 30 patients with treatment-resistant depression got four infusions, and "
     "12 improved.", "In the study, 30 patients whose depression other drugs had not helped "
     "got four infusions, and 12 improved.", "en", False),
    ("In the study, 30 patients with treatment-resistant depression got four infusions, and "
     "12 improved.", "In the study, 30 patients got four infusions, and 12 improved.", "en",
     False),
    ("En el estudio, 30 pacientes con depresión resistente recibieron cuatro infusiones y 12 "
     "mejoraron.", "En el estudio, 30 pacientes con depresión recibieron cuatro infusiones y "
     "12 mejoraron.", "es", True),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), RESTRICTED, ids=_ids)
def test_a_narrower_group_of_the_ill_is_kept(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang, "uncontrolled-trial") is unfaithful


MULTIPLIED = [
    ("The patch roughly doubles the chance of quitting compared with willpower alone.",
     "The patch makes quitting about twice as likely as willpower alone.", "en", False),
    ("The patch roughly doubles the chance of quitting compared with willpower alone.",
     "The patch roughly triples the chance of quitting compared with willpower alone.", "en",
     True),
    ("El parche duplica la probabilidad de dejar de fumar.",
     "El parche triplica la probabilidad de dejar de fumar.", "es", True),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), MULTIPLIED, ids=_ids)
def test_a_multiplied_quantity_keeps_its_factor(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang, "") is unfaithful


NONE = [
    ("In the trial, none of the 40 children on the syrup had a seizure.",
     "In the trial, a few of the 40 children on the syrup had a seizure.", "en", True),
    ("In the trial, none of the 40 children on the syrup had a seizure.",
     "In the trial, no child of the 40 on the syrup had a seizure.", "en", False),
    ("En el ensayo, ninguno de los 40 niños que tomaron el jarabe tuvo una convulsión.",
     "En el ensayo, algunos de los 40 niños que tomaron el jarabe tuvieron una convulsión.",
     "es", True),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), NONE, ids=_ids)
def test_none_printed_as_some_is_blocked(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang, "randomized-controlled") is unfaithful


COMPARED = [
    ("Vaping may be less harmful than cigarettes for a smoker who quits completely.",
     "For a smoker who quits completely, vaping may do less harm than smoking.", False),
    ("Vaping may be less harmful than cigarettes for a smoker who quits completely.",
     "For a smoker who quits completely, vaping may do less harm than nicotine gum.", True),
]


@pytest.mark.parametrize(("quote", "text", "unfaithful"), COMPARED, ids=_ids)
def test_a_comparison_with_another_form_of_the_quotes_word_passes(quote, text, unfaithful):
    assert blocked(quote, text, "en", "") is unfaithful


HEALTHY = [
    ("In a study, 50 healthy adults took the pill or a placebo for a month.",
     "In a study, 50 adults with ADHD took the pill or a placebo for a month.", "en", True),
    ("In a study, 50 healthy adults took the pill or a placebo for a month.",
     "In a study, 50 healthy adults took the pill or a dummy pill for a month.", "en", False),
    ("En un estudio, 50 adultos sanos tomaron la pastilla o un placebo durante un mes.",
     "En un estudio, 50 adultos con TDAH tomaron la pastilla o un placebo durante un mes.",
     "es", True),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), HEALTHY, ids=_ids)
def test_healthy_people_printed_as_ill_ones_is_blocked(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang, "randomized-controlled") is unfaithful


AUDIENCE = [
    ("Spanish speakers can call 1-888-628-9454.", "Veterans can call 1-888-628-9454.", True),
    ("Call 988 if you are thinking about suicide.",
     "Veterans can call 988 if they are thinking about suicide.", True),
    ("If you are in crisis, call 988.", "If you are in crisis, call or text 988.", True),
    ("If you are in crisis, call or text 988; veterans can press 1.",
     "Call or text 988 if you are in crisis. Veterans can press 1.", False),
    ("Spanish speakers can call 1-888-628-9454.",
     "People who speak Spanish can call 1-888-628-9454.", False),
]


@pytest.mark.parametrize(("quote", "text", "unfaithful"), AUDIENCE, ids=_ids)
def test_a_crisis_line_keeps_its_audience_and_channels(quote, text, unfaithful):
    assert blocked(quote, text, "en", "crisis-line") is unfaithful


# --------------------------------------------------------------------------- second batch
# The mechanisms behind the misses of faith_s6_fresh2.toml (measured untouched at 18/24
# and 4/23), in sentences of our own.

SECOND = [
    # "N of M" is a share, as "N out of M" is
    ("In a clinic report without a comparison group, 30 of 50 patients slept longer.",
     "In a clinic report without a comparison group, 30 out of 50 patients slept longer.",
     "uncontrolled-trial", False),
    ("In a clinic report without a comparison group, 30 of 50 patients slept longer.",
     "In a clinic report without a comparison group, nearly all patients slept longer.",
     "uncontrolled-trial", True),
    # "a couple of days" is two days
    ("If you miss more than a couple of doses, ask your nurse before you restart.",
     "If you miss more than two doses, ask your nurse before you restart.",
     "self-medication", False),
    # "a handful of" is few
    ("A handful of clinics now offer the scan.", "Many clinics now offer the scan.", "",
     True),
    # "drop the tablets" is stopping them
    ("Do not drop the capsules suddenly once you are on them.",
     "Once you are on the capsules, you can stop them suddenly.", "self-medication", True),
]


@pytest.mark.parametrize(("quote", "text", "kind", "unfaithful"), SECOND, ids=_ids)
def test_second_batch_mechanisms(quote, text, kind, unfaithful):
    assert blocked(quote, text, "en", kind) is unfaithful


SECOND_ES = [
    # a time then "a" and a number is no range ("durante un mes a 191 personas")
    ("Un estudio siguió a 80 personas durante un año y vio menos recaídas.",
     "Un estudio siguió durante un año a 80 personas y vio menos recaídas.",
     "human-observational", False),
    # "no podrá irse solo" forbids going alone: the text's "volver solo" drops it
    ("Cada dosis se toma delante del equipo y no podrá irse solo a casa ese día.",
     "Cada dosis se puede tomar en casa y volver solo.", "supervision", True),
]


@pytest.mark.parametrize(("quote", "text", "kind", "unfaithful"), SECOND_ES, ids=_ids)
def test_second_batch_mechanisms_es(quote, text, kind, unfaithful):
    assert blocked(quote, text, "es", kind) is unfaithful


ADDED_USE = [
    # an approval for one use printed with another added ("and for Y")
    ("The injection is authorized for opioid overdose, which is where most nurses know it "
     "from.", "The injection is authorized for opioid overdose and for alcohol cravings.",
     "en", True),
    ("The injection is authorized for opioid overdose, which is where most nurses know it "
     "from.", "The injection is authorized to treat an opioid overdose.", "en", False),
    ("The injection is authorized for opioid overdose and for alcohol withdrawal.",
     "The injection is authorized for opioid overdose and for alcohol withdrawal.", "en",
     False),
    ("El parche está autorizado para el dolor de la artrosis.",
     "El parche está autorizado para el dolor de la artrosis y también para la depresión.",
     "es", True),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), ADDED_USE, ids=_ids)
def test_an_approval_with_a_use_added_is_blocked(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang, "regulatory") is unfaithful


def test_a_word_kept_in_another_form_is_no_swap_of_roles():
    """'anxiety scores fell' -> 'people felt less anxious' keeps the quote's word (as
    another form): no role swapped between the quote's clauses."""
    quote = ("A review of 12 studies of 9,000 people found no overall rise in anxiety, and in "
             "some studies anxiety scores fell as the rash cleared.")
    text = ("Looking at 12 studies of 9,000 people, the cream did not raise anxiety overall, "
            "and in some studies people felt less anxious as their rash cleared.")
    assert not blocked(quote, text, "en", "human-observational")


PROBES = [
    # a share of people printed as nobody denies the harm
    ("Some users had mild stomach cramps.", "Nobody had stomach cramps.", "side-effects",
     True),
    ("Some users had mild stomach cramps.", "A few users had mild stomach cramps.",
     "side-effects", False),
    # "tell your doctor before you stop" forbids stopping alone
    ("Tell your nurse before you stop using the patch.",
     "You can stop using the patch whenever you like.", "self-medication", True),
]


@pytest.mark.parametrize(("quote", "text", "kind", "unfaithful"), PROBES, ids=_ids)
def test_nobody_for_some_and_tell_before_stopping(quote, text, kind, unfaithful):
    assert blocked(quote, text, "en", kind) is unfaithful


def test_nobody_has_tested_it_in_people_says_not_in_people():
    """A lab-tagged claim printed with "nobody has tested it in people" says so."""
    quote = "Researchers think the gel might ease itching, but this has not been tried."
    text = "Researchers think the gel might ease itching, but nobody has tested it in people."
    assert not blocked(quote, text, "en", "lab-mechanism")


@pytest.mark.parametrize(("quote", "text", "lang"), [
    ("El gel podría aliviar el picor.", "Es posible que el gel alivie el picor.", "es"),
    ("Le gel pourrait soulager les démangeaisons.",
     "Il est possible que le gel soulage les démangeaisons.", "fr"),
    ("Das Gel könnte den Juckreiz lindern.",
     "Es ist möglich, dass das Gel den Juckreiz lindert.", "de"),
    ("The gel might ease itching.", "It is possible that the gel eases itching.", "en"),
], ids=_ids)
def test_it_is_possible_that_keeps_a_hedge(quote, text, lang):
    assert not blocked(quote, text, lang, "")


@pytest.mark.parametrize(("quote", "text", "lang"), [
    ("Because the oil is sold as a cosmetic, the regulator has never checked whether it "
     "works.", "The regulator has checked that the oil works.", "en"),
    ("El regulador nunca ha comprobado si el aceite funciona.",
     "El regulador ha comprobado que el aceite funciona.", "es"),
], ids=_ids)
def test_never_checked_printed_as_checked_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "regulatory")


@pytest.mark.parametrize(("text", "unfaithful"), [
    ("You do not need any liver tests.", True),
    ("Each month your doctor will check your liver results.", False),
], ids=_ids)
def test_a_thing_waived_is_matched_by_the_thing(text, unfaithful):
    quote = "Your doctor will look at your liver results every month."
    assert blocked(quote, text, "en", "supervision") is unfaithful


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), [
    ("Se han descrito casos raros de daño renal.", "No daña los riñones.", "es", True),
    ("Se han descrito casos raros de daño renal.", "En casos raros, ha dañado los riñones.",
     "es", False),
    ("Puede causar mareos al principio.", "No tome alcohol y puede marearse al principio.",
     "es", False),
], ids=_ids)
def test_a_spanish_clause_opening_no_may_state_a_fact(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang, "side-effects") is unfaithful


def test_carece_de_autorizacion_denies_the_approval():
    """"carece de autorización" (lacks an authorization) denies it, as "no tiene" does."""
    quote = "El spray está en investigación y carece de autorización para la depresión."
    assert not blocked(quote, "El spray todavía se está probando. No está aprobado para la "
                       "depresión.", "es", "regulatory")
    assert blocked(quote, "El spray está autorizado para la depresión.", "es", "regulatory")


@pytest.mark.parametrize(("text", "unfaithful"), [
    ("Older adults may feel dizzy when they stand up.", False),
    ("Adults may feel dizzy when they stand up.", True),
], ids=_ids)
def test_a_group_inside_another_is_that_group(text, unfaithful):
    """"older adults" names older people, not adults at large."""
    quote = "Elderly patients may experience orthostatic dizziness."
    assert blocked(quote, text, "en", "side-effects") is unfaithful
