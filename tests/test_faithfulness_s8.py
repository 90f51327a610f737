"""Faithfulness, session 8: the families behind heldout10's misses (released this
session; measured untouched at 188/213 unfaithful blocked, 15/130 faithful blocked), each
in sentences of our own (none from a held-out set), written failing before the change
that fixed it.

Each case calls the pure module the gate calls (`check_rewrite`: quote, printed text,
language, notice kind or evidence tag).
"""

from __future__ import annotations

import pytest
from faith_helpers import blocked, hand_pairs

from summarizer.gate import faithfulness as faith


def _ids(v: object) -> str:
    return str(v)[:40]


# --------------------------------------------------------------------------- spelled digits
# A short line number spelled digit by digit ("9-8-8", "2-1-1") is one number: the same
# as "988", and another number when a digit changes ("8-8-8").

SPELLED_SAME = [
    ("Call or text 9-8-8 at any time of day or night.", "Call or text 988 at any time.",
     "en"),
    ("Dial 2-1-1 to find local help with food and housing.",
     "Dial 211 for local help with food and housing.", "en"),
    ("Marca el 1-1-2 si alguien corre peligro.", "Marca el 112 si alguien corre peligro.",
     "es"),
    ("Call or text 988 at any time of day or night.", "Call or text 9-8-8 at any time.",
     "en"),
]
SPELLED_CHANGED = [
    ("Call or text 9-8-8 at any time of day or night.", "Call or text 8-8-8 at any time.",
     "en"),
    ("Dial 2-1-1 to find local help with food and housing.",
     "Dial 3-1-1 for local help with food and housing.", "en"),
    ("Marca el 1-1-2 si alguien corre peligro.", "Marca el 1-1-3 si alguien corre peligro.",
     "es"),
    ("Call or text 9-8-8 at any time of day or night.", "Call or text 998 at any time.",
     "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), SPELLED_SAME, ids=_ids)
def test_a_number_spelled_digit_by_digit_is_the_same_number(quote, text, lang):
    assert not blocked(quote, text, lang, "crisis-line")


@pytest.mark.parametrize(("quote", "text", "lang"), SPELLED_CHANGED, ids=_ids)
def test_a_spelled_number_with_another_digit_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "crisis-line")


# --------------------------------------------------------------------------- menu options
# "press 4" -> "press 1": a small number after the same word is another option, even
# when the quote also says "a" or "one" elsewhere.

OPTION_CHANGED = [
    ("Call 0800 222 333 and press 4 to speak to a nurse.",
     "Call 0800 222 333 and press 1 to speak to a nurse.", "en"),
    ("Llama al 106 y marca la opción 3 para hablar con una psicóloga.",
     "Llama al 106 y marca la opción 2 para hablar con una psicóloga.", "es"),
    ("Appelez le 0800 123 456 puis tapez 2 pour parler à un infirmier.",
     "Appelez le 0800 123 456 puis tapez 1 pour parler à un infirmier.", "fr"),
    ("Rufen Sie 0800 111 0 111 an und wählen Sie die Taste 3 für eine Beratung.",
     "Rufen Sie 0800 111 0 111 an und wählen Sie die Taste 1 für eine Beratung.", "de"),
]
OPTION_KEPT = [
    ("Call 0800 222 333 and press 4 to speak to a nurse.",
     "To speak to a nurse, call 0800 222 333 and press 4.", "en"),
    ("Llama al 106 y marca la opción 3 para hablar con una psicóloga.",
     "Para hablar con una psicóloga, llama al 106 y marca la opción 3.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), OPTION_CHANGED, ids=_ids)
def test_another_menu_option_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "crisis-line")


@pytest.mark.parametrize(("quote", "text", "lang"), OPTION_KEPT, ids=_ids)
def test_the_same_menu_option_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "crisis-line")


# --------------------------------------------------------------------------- "a single"
# "a single session" for "six sessions" is a number changed, in every language: "una
# sola", "une seule", "eine einzige" say one as surely as "single".

SINGLE_FOR_MANY = [
    ("After six sessions, she was able to take a flight.",
     "After a single session, she was able to take a flight.", "en"),
    ("Tras cinco sesiones, el paciente pudo volver a conducir.",
     "Tras una sola sesión, el paciente pudo volver a conducir.", "es"),
    ("Tras tres dosis, los síntomas bajaron a la mitad.",
     "Tras una única dosis, los síntomas bajaron a la mitad.", "es"),
    ("Après quatre séances, la patiente a pu reprendre l'avion.",
     "Après une seule séance, la patiente a pu reprendre l'avion.", "fr"),
    ("Nach fünf Sitzungen konnte die Patientin wieder fliegen.",
     "Nach einer einzigen Sitzung konnte die Patientin wieder fliegen.", "de"),
]
SINGLE_KEPT = [
    ("Tras una sesión, el paciente pudo volver a conducir.",
     "Tras una sola sesión, el paciente pudo volver a conducir.", "es"),
    ("Après une séance, la patiente a pu reprendre l'avion.",
     "Après une seule séance, la patiente a pu reprendre l'avion.", "fr"),
    ("Nach einer Sitzung konnte die Patientin wieder fliegen.",
     "Nach einer einzigen Sitzung konnte die Patientin wieder fliegen.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), SINGLE_FOR_MANY, ids=_ids)
def test_a_single_one_for_several_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang)


@pytest.mark.parametrize(("quote", "text", "lang"), SINGLE_KEPT, ids=_ids)
def test_a_single_one_for_one_passes(quote, text, lang):
    assert not blocked(quote, text, lang)


# --------------------------------------------------------------------------- fortnight
# "a fortnight" is two weeks ("quincena", "quinzaine": fifteen days).

FORTNIGHT_SAME = hand_pairs("fortnight-same", "quote", "text", "lang")
FORTNIGHT_CHANGED = hand_pairs("fortnight-changed", "quote", "text", "lang")


@pytest.mark.parametrize(("quote", "text", "lang"), FORTNIGHT_SAME, ids=_ids)
def test_a_fortnight_is_two_weeks(quote, text, lang):
    assert not blocked(quote, text, lang, "side-effects")


@pytest.mark.parametrize(("quote", "text", "lang"), FORTNIGHT_CHANGED, ids=_ids)
def test_a_fortnight_is_not_two_months(quote, text, lang):
    assert blocked(quote, text, lang, "side-effects")


# --------------------------------------------------------------------------- hours
# "24 h/24 et 7 j/7" is a line open day and night, said as French writes it.

HOURS_SAME = [
    ("Appelez le 3114, gratuit, 24 h/24 et 7 j/7.", "Appelez le 3114 jour et nuit.", "fr"),
    ("Appelez le 3114, gratuit, 24h/24, 7j/7.", "Appelez le 3114 à toute heure.", "fr"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), HOURS_SAME, ids=_ids)
def test_round_the_clock_hours_in_french_shorthand(quote, text, lang):
    assert not blocked(quote, text, lang, "crisis-line")


def test_french_shorthand_hours_still_block_limited_hours():
    assert blocked("Appelez le 3114, gratuit, 24 h/24 et 7 j/7.",
                   "Appelez le 3114 en semaine, de 9 h à 17 h.", "fr", "crisis-line")


# --------------------------------------------------------------------------- denied reports
# A harm the quote says has been reported, printed as never reported.

REPORT_DENIED = [
    ("Seizures have been described in people without epilepsy who took it.",
     "Seizures have never been described in people who took it.", "en"),
    ("Se han descrito convulsiones en personas sin epilepsia que la tomaban.",
     "Nunca se han descrito convulsiones en personas que la tomaban.", "es"),
    ("Se han notificado casos de daño hepático en personas que lo tomaban.",
     "No se han notificado casos de daño hepático en personas que lo tomaban.", "es"),
    ("Des convulsions ont été décrites chez des personnes sans épilepsie.",
     "Aucune convulsion n'a jamais été décrite chez ces personnes.", "fr"),
    ("Bei Menschen ohne Epilepsie wurden Krampfanfälle beschrieben.",
     "Bei Menschen ohne Epilepsie wurden nie Krampfanfälle beschrieben.", "de"),
]
REPORT_KEPT = [
    ("Se han descrito convulsiones en personas sin epilepsia que la tomaban.",
     "Hubo casos de convulsiones en personas sin epilepsia que la tomaban.", "es"),
    ("No se han descrito convulsiones en personas sin epilepsia que la tomaban.",
     "Nunca se han descrito convulsiones en personas sin epilepsia que la tomaban.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), REPORT_DENIED, ids=_ids)
def test_a_reported_harm_printed_as_never_reported_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "side-effects")


@pytest.mark.parametrize(("quote", "text", "lang"), REPORT_KEPT, ids=_ids)
def test_a_reported_harm_kept_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "side-effects")


# --------------------------------------------------------------------------- bans
# A regulator's ban on sale, with a date or place between the verb and the sale, printed
# as an approval.

BAN_AS_APPROVAL = [
    ("La ANMAT prohibió en 2024 la venta de unas gotas para dormir.",
     "La ANMAT aprobó en 2024 unas gotas para dormir.", "es"),
    ("L'ANSM a interdit en 2023 la vente de ces gélules.",
     "L'ANSM a autorisé en 2023 ces gélules.", "fr"),
    ("Das BfArM hat 2022 den Verkauf dieser Tropfen verboten.",
     "Das BfArM hat 2022 diese Tropfen zugelassen.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), BAN_AS_APPROVAL, ids=_ids)
def test_a_ban_printed_as_an_approval_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "regulatory")


# --------------------------------------------------------------------------- done without
# A step the quote asks for (advice, an order, a check) printed as done without it.

DONE_WITHOUT = [
    ("If you have asthma, ask your pharmacist before you use the inhaler for the first "
     "time.", "People with asthma can use the inhaler without asking their pharmacist.",
     "en", "supervision"),
    ("The law limits sale of this patch to pharmacies, on a doctor's written order.",
     "You can buy this patch anywhere, without a doctor's order.", "en", "regulatory"),
    ("Si tomas anticoagulantes, consulta con tu médico antes de empezar estas cápsulas.",
     "Si tomas anticoagulantes, puedes empezar estas cápsulas sin consultar a nadie.", "es",
     "supervision"),
    ("Si vous prenez un antidépresseur, demandez l'avis de votre pharmacien avant d'ajouter "
     "ces gélules.", "Si vous prenez un antidépresseur, vous pouvez ajouter ces gélules "
     "sans l'avis d'un pharmacien.", "fr", "supervision"),
    ("Wenn Sie Blutverdünner nehmen, sprechen Sie vor der Einnahme mit Ihrer Ärztin.",
     "Wenn Sie Blutverdünner nehmen, können Sie die Kapseln ohne Rücksprache mit der Ärztin "
     "nehmen.", "de", "supervision"),
]
WITHOUT_KEPT = [
    ("If you have asthma, ask your pharmacist before you use the inhaler for the first "
     "time, and never use it with someone else's mouthpiece.",
     "If you have asthma, ask your pharmacist before you first use the inhaler, and never "
     "use it without your own mouthpiece.", "en", "supervision"),
    ("The capsules are not registered with the regulator as a medicine.",
     "The capsules are sold without registration as a medicine.", "en", "regulatory"),
    ("No empieces estas cápsulas sin hablar antes con tu médico.",
     "No tomes estas cápsulas sin consultar a tu médico.", "es", "supervision"),
    ("Ne prenez pas ces gélules sans l'avis de votre pharmacien.",
     "Ne prenez jamais ces gélules sans demander à votre pharmacien.", "fr", "supervision"),
]


@pytest.mark.parametrize(("quote", "text", "lang", "kind"), DONE_WITHOUT, ids=_ids)
def test_a_step_printed_as_done_without_it_is_blocked(quote, text, lang, kind):
    assert blocked(quote, text, lang, kind)


@pytest.mark.parametrize(("quote", "text", "lang", "kind"), WITHOUT_KEPT, ids=_ids)
def test_a_without_the_quote_keeps_passes(quote, text, lang, kind):
    assert not blocked(quote, text, lang, kind)


# --------------------------------------------------------------------------- one study
# "In one study, 80 people ..." printed without "one study" but with the study's own
# count still reports one study's result; without the count it states it for everyone.

ONE_STUDY_COUNT_KEPT = [
    ("In one study, 80 adults who walked daily slept about an hour longer.",
     "80 adults who walked every day slept about an hour longer.", "en"),
    ("En un estudio, 90 personas que caminaban a diario durmieron mejor que las que no.",
     "En España, 90 personas que caminaban cada día durmieron mejor que las que no.", "es"),
    ("Une étude a montré qu'un patient sur quatre prenait encore le médicament un an après.",
     "D'après les dossiers, 25 % des patients prenaient encore le médicament un an après.",
     "fr"),
    ("In einer Studie schliefen 40 Menschen, die täglich spazieren gingen, besser.",
     "In Hamburg schliefen 40 Menschen, die täglich spazieren gingen, besser.", "de"),
]
ONE_STUDY_DROPPED = [
    ("In one study, 80 adults who walked daily slept about an hour longer.",
     "Walking daily makes people sleep an hour longer.", "en"),
    ("En un estudio, 90 personas que caminaban a diario durmieron mejor que las que no.",
     "Caminar a diario hace dormir mejor.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), ONE_STUDY_COUNT_KEPT, ids=_ids)
def test_one_study_with_its_count_kept_passes(quote, text, lang):
    assert not blocked(quote, text, lang)


@pytest.mark.parametrize(("quote", "text", "lang"), ONE_STUDY_DROPPED, ids=_ids)
def test_one_study_stated_for_everyone_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang)


# --------------------------------------------------------------------------- one in N
# "un patient sur cinq", "one person in five": a share with the person named between.

ONE_IN_N_SAME = [
    ("One patient in five stopped the drug within a year.",
     "20% of patients stopped the drug within a year.", "en"),
    ("Un patient sur cinq a arrêté le traitement dans l'année.",
     "20 % des patients ont arrêté le traitement dans l'année.", "fr"),
    ("Una persona de cada cinco dejó el tratamiento en el primer año.",
     "El 20 % de las personas dejó el tratamiento en el primer año.", "es"),
]
ONE_IN_N_CHANGED = [
    ("Un patient sur cinq a arrêté le traitement dans l'année.",
     "40 % des patients ont arrêté le traitement dans l'année.", "fr"),
    ("One patient in five stopped the drug within a year.",
     "Half of the patients stopped the drug within a year.", "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), ONE_IN_N_SAME, ids=_ids)
def test_one_person_in_n_is_the_same_share(quote, text, lang):
    assert not blocked(quote, text, lang, "human-observational")


@pytest.mark.parametrize(("quote", "text", "lang"), ONE_IN_N_CHANGED, ids=_ids)
def test_one_person_in_n_is_not_another_share(quote, text, lang):
    assert blocked(quote, text, lang, "human-observational")


def test_a_trial_of_69_is_no_share():
    assert not faith.quantities("In a trial of 69 adults, 32% improved.", "en")[0].unit


# --------------------------------------------------------------------------- negated "can"
# "can" keeps a quote's "may", but a negated one ("people who can't take stimulants")
# says who, not how sure: the hedge is still dropped.

HEDGE_DROPPED_BESIDE_CANNOT = [
    ("This patch might help some people who can't swallow tablets.",
     "This patch helps people who can't swallow tablets.", "en"),
    ("Este parche podría ayudar a algunas personas que no pueden tragar pastillas.",
     "Este parche ayuda a las personas que no pueden tragar pastillas.", "es"),
    ("Ce patch pourrait aider certaines personnes qui ne peuvent pas avaler de comprimés.",
     "Ce patch aide les personnes qui ne peuvent pas avaler de comprimés.", "fr"),
    ("Das Pflaster könnte manchen Menschen helfen, die keine Tabletten schlucken können.",
     "Das Pflaster hilft Menschen, die keine Tabletten schlucken können.", "de"),
]
HEDGE_KEPT_AS_CAN = [
    ("This patch might help some people who can't swallow tablets.",
     "This patch can help some people who can't swallow tablets.", "en"),
    ("Este parche podría ayudar a algunas personas que no pueden tragar pastillas.",
     "Este parche puede ayudar a algunas personas que no pueden tragar pastillas.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), HEDGE_DROPPED_BESIDE_CANNOT, ids=_ids)
def test_a_negated_can_keeps_no_hedge(quote, text, lang):
    assert blocked(quote, text, lang)


@pytest.mark.parametrize(("quote", "text", "lang"), HEDGE_KEPT_AS_CAN, ids=_ids)
def test_can_still_keeps_the_hedge(quote, text, lang):
    assert not blocked(quote, text, lang)


# --------------------------------------------------------------------------- "no one"
# "No one has compared it" for "it has not been compared", "nobody got a placebo" for
# "there was no placebo group": the quote's own denial with another subject, even when
# the quote says "some" elsewhere; a harm the quote gives to some is still not "nobody's".

NO_ONE_RESTATES = [
    ("The cream may suit some people, but it has not been tested against steroid creams.",
     "The cream may suit some people, but no one has tested it against steroid creams.",
     "en"),
    ("In this small study everyone knew what they were taking, and there was no placebo "
     "group.", "In this small study everyone knew what they took, and nobody got a placebo.",
     "en"),
    ("La crema puede servir a algunas personas, pero no se ha probado frente a los "
     "corticoides.", "La crema puede servir a algunas personas, pero nadie la ha probado "
     "frente a los corticoides.", "es"),
]
NO_ONE_DENIES = [
    ("Some people had headaches in the first week.",
     "Nobody had headaches in the first week.", "en"),
    ("Algunas personas tuvieron dolor de cabeza la primera semana.",
     "Nadie tuvo dolor de cabeza la primera semana.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), NO_ONE_RESTATES, ids=_ids)
def test_no_one_restating_the_quotes_denial_passes(quote, text, lang):
    assert not blocked(quote, text, lang)


@pytest.mark.parametrize(("quote", "text", "lang"), NO_ONE_DENIES, ids=_ids)
def test_no_one_for_some_is_still_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "side-effects")


# --------------------------------------------------------------------------- not everyone
# "no le funciona a todo el mundo": "not everyone", with a pronoun and a verb between the
# negation and "everyone"; "everyone" unnegated for "can" is still blocked.

NOT_EVERYONE = [
    ("El yoga puede ayudar a algunas personas, pero no a todas les sirve.",
     "El yoga quizá ayude a algunas personas, aunque no le funciona a todo el mundo.", "es"),
    ("Le yoga peut aider certaines personnes, mais il ne convient pas à tous.",
     "Le yoga peut aider certaines personnes, mais ne marche pas pour tout le monde.", "fr"),
    ("Yoga may help some people, but it does not suit everyone.",
     "Yoga may help some people, but it doesn't work for everyone.", "en"),
]
EVERYONE = [
    ("El yoga puede ayudar a algunas personas con la ansiedad.",
     "El yoga le funciona a todo el mundo con la ansiedad.", "es"),
    ("Yoga can ease anxiety in some people.", "Yoga eases anxiety in everyone.", "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), NOT_EVERYONE, ids=_ids)
def test_not_everyone_a_few_words_on_passes(quote, text, lang):
    assert not blocked(quote, text, lang)


@pytest.mark.parametrize(("quote", "text", "lang"), EVERYONE, ids=_ids)
def test_everyone_for_some_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang)


# --------------------------------------------------------------------------- limit dropped
# An approval the quote limits (an "only", a use it denies, a "but ... not") printed as a
# bare approval.

LIMIT_DROPPED = [
    ("The patch is approved only for adults with severe migraine, and only for three "
     "months at a time.", "The patch is an approved treatment for migraine.", "en"),
    ("In Canada the spray is licensed for asthma attacks; it is not licensed for "
     "everyday prevention.", "The spray is licensed in Canada.", "en"),
    ("El jarabe tiene registro sanitario, pero ese registro no cubre a los niños pequeños.",
     "El jarabe tiene registro sanitario.", "es"),
    ("Le sirop est autorisé en Belgique, mais seulement pour une durée de dix jours.",
     "Le sirop est autorisé en Belgique contre la toux.", "fr"),
    ("In der Schweiz ist das Spray zur Behandlung von Asthma zugelassen; für Heuschnupfen "
     "besteht keine Zulassung.", "Das Spray ist in der Schweiz zugelassen.", "de"),
]
LIMIT_KEPT = [
    ("The patch is approved only for adults with severe migraine.",
     "The patch is approved just for adults with severe migraine.", "en"),
    ("In Canada the spray is licensed for asthma attacks; it is not licensed for "
     "everyday prevention.", "In Canada the spray is licensed for asthma attacks, not for "
     "daily prevention.", "en"),
    ("El jarabe tiene registro sanitario, pero ese registro no cubre a los niños pequeños.",
     "El jarabe tiene registro sanitario, pero no para niños pequeños.", "es"),
    ("Le sirop est autorisé en Belgique, mais seulement pour une durée de dix jours.",
     "Le sirop n'est autorisé en Belgique que pour dix jours au plus.", "fr"),
    ("The FDA has just approved the spray for adults with depression.",
     "The FDA has approved the spray for adults with depression.", "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), LIMIT_DROPPED, ids=_ids)
def test_an_approval_printed_without_its_limit_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "regulatory")


@pytest.mark.parametrize(("quote", "text", "lang"), LIMIT_KEPT, ids=_ids)
def test_an_approval_with_its_limit_kept_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "regulatory")


# --------------------------------------------------------------------------- checks waived
# A check the quote describes printed as not needed ("would not need any checks") or as
# absent ("with no checks of ...").

CHECKS_WAIVED = [
    ("Her doctor would need to check her liver before starting and every three months.",
     "She would not need any liver checks.", "en", "supervision"),
    ("Everyone stayed in hospital for the first week, with nurses checking their heart "
     "rhythm every day.", "Everyone took the pills at home, with no checks of their heart "
     "rhythm.", "en", "supervision"),
    ("Your pharmacist will need to check your kidney tests before each refill.",
     "You wouldn't need any kidney tests before a refill.", "en", "supervision"),
]
CHECKS_KEPT = [
    ("Her doctor would need to check her liver before starting and every three months.",
     "Her doctor would check her liver before she starts and every three months.", "en",
     "supervision"),
    ("No blood tests are needed while you take it, unlike with lithium.",
     "You would not need any blood tests while you take it.", "en", "supervision"),
]


@pytest.mark.parametrize(("quote", "text", "lang", "kind"), CHECKS_WAIVED, ids=_ids)
def test_a_check_printed_as_not_needed_is_blocked(quote, text, lang, kind):
    assert blocked(quote, text, lang, kind)


@pytest.mark.parametrize(("quote", "text", "lang", "kind"), CHECKS_KEPT, ids=_ids)
def test_a_check_kept_passes(quote, text, lang, kind):
    assert not blocked(quote, text, lang, kind)


# --------------------------------------------------------------------------- at the wheel
# "Do not get behind the wheel" printed as "you can drive", in words of each language.

WHEEL_FORBIDDEN_PERMITTED = [
    ("Setzen Sie sich nicht ans Steuer, solange Sie sich noch schläfrig fühlen.",
     "Sie können auch dann Auto fahren, wenn Sie sich noch schläfrig fühlen.", "de"),
    ("Setzen Sie sich nicht hinters Steuer, solange Sie schwindelig sind.",
     "Sie dürfen Auto fahren, auch wenn Sie schwindelig sind.", "de"),
    ("Do not get behind the wheel while you still feel drowsy.",
     "You can drive even when you still feel drowsy.", "en"),
    ("No se ponga al volante mientras siga con sueño.",
     "Puede conducir aunque siga con sueño.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), WHEEL_FORBIDDEN_PERMITTED, ids=_ids)
def test_at_the_wheel_forbidden_printed_as_permitted_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "supervision")


def test_at_the_wheel_forbidden_kept_passes():
    assert not blocked("Setzen Sie sich nicht ans Steuer, solange Sie sich noch schläfrig "
                       "fühlen.", "Fahren Sie nicht Auto, solange Sie noch schläfrig sind.",
                       "de", "supervision")


# --------------------------------------------------------------------------- who was studied
# "patients with no group to compare them with" names no condition; "severe anxiety" for
# "moderate to severe generalised anxiety" names the quote's own people in fewer words.

NO_CONDITION_AFTER_WITH = [
    ("In a small open study, 20 patients were given the drug with no control group, and "
     "most slept better.", "In a small study, the team gave the drug to 20 patients with no "
     "group to compare them with, and most slept better.", "en", "uncontrolled-trial"),
    ("60 people with moderate to severe generalised anxiety took the extract for eight "
     "weeks.", "60 people with severe anxiety took the extract for 8 weeks.", "en",
     "uncontrolled-trial"),
]
CONDITION_GAINED = [
    ("In a small open study, 20 nurses were given the drug with no control group, and most "
     "slept better.", "In a small study, 20 people with insomnia were given the drug with no "
     "control group, and most slept better.", "en", "uncontrolled-trial"),
    ("60 people with moderate to severe generalised anxiety took the extract for eight "
     "weeks.", "60 people with mild anxiety took the extract for 8 weeks.", "en",
     "uncontrolled-trial"),
]


@pytest.mark.parametrize(("quote", "text", "lang", "evidence"), NO_CONDITION_AFTER_WITH,
                         ids=_ids)
def test_the_quotes_own_people_in_other_words_pass(quote, text, lang, evidence):
    assert not blocked(quote, text, lang, evidence)


@pytest.mark.parametrize(("quote", "text", "lang", "evidence"), CONDITION_GAINED, ids=_ids)
def test_other_people_are_still_blocked(quote, text, lang, evidence):
    assert blocked(quote, text, lang, evidence)


# --------------------------------------------------------------------------- line audience
# A line the quote gives for Indigenous people printed as open to anyone.

LINE_FOR_INDIGENOUS_WIDENED = [
    ("Aboriginal and Torres Strait Islander people can call 13YARN on 13 92 76, any time.",
     "Anyone can call 13YARN on 13 92 76, any time.", "en"),
    ("Les membres des Premières Nations peuvent appeler la ligne d'écoute au 1 855 242 3310.",
     "Tout le monde peut appeler la ligne d'écoute au 1 855 242 3310.", "fr"),
    ("Las personas indígenas pueden llamar a la línea 01 800 123 4567 a cualquier hora.",
     "Cualquier persona puede llamar a la línea 01 800 123 4567 a cualquier hora.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), LINE_FOR_INDIGENOUS_WIDENED, ids=_ids)
def test_a_line_for_indigenous_people_printed_for_anyone_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "crisis-line")


def test_a_line_for_indigenous_people_kept_passes():
    assert not blocked("Aboriginal and Torres Strait Islander people can call 13YARN on "
                       "13 92 76, any time.", "If you are an Aboriginal or Torres Strait "
                       "Islander person, you can call 13YARN on 13 92 76 at any time.", "en",
                       "crisis-line")


# --------------------------------------------------------------------------- plain words
# Plain-language rewrites that say the same thing (tests/data/plain_pairs.toml's families,
# in sentences of our own): "we do not know if it is safe" calls nothing safe; "most" of
# a part the quote calls "mainly"; "cosas raras" (odd things) is no "rare"; "every other
# week" is "fortnightly"; "unas 3 de cada 10" keeps "aproximadamente".

PLAIN_SAME = [
    ("The drug was not tested in pregnant women, so its safety in pregnancy is unknown.",
     "The drug was not tested in pregnant women, so we do not know if it is safe for your "
     "baby.", "en"),
    ("No se estudió en embarazadas, así que se desconoce su seguridad en el embarazo.",
     "No se probó en embarazadas, así que no sabemos si es seguro para su bebé.", "es"),
    ("Il n'a pas été étudié chez la femme enceinte ; sa sécurité pendant la grossesse est "
     "inconnue.", "Il n'a pas été testé chez la femme enceinte : on ne sait pas si c'est "
     "sûr pour le bébé.", "fr"),
    ("Bei Schwangeren wurde es nicht untersucht; die Sicherheit in der Schwangerschaft ist "
     "unbekannt.", "Bei Schwangeren wurde es nicht getestet. Man weiß nicht, ob es in der "
     "Schwangerschaft sicher ist.", "de"),
    ("About 12% of patients stopped early because of side effects, mainly nausea and "
     "headache.", "About 12 in 100 people stopped early because of side effects. Most had "
     "nausea or headaches.", "en"),
    ("Alrededor del 12 % dejó el tratamiento por efectos adversos, principalmente náuseas.",
     "Unas 12 de cada 100 personas lo dejaron por efectos adversos. La mayoría tenía "
     "náuseas.", "es"),
    ("Alrededor del 25 % nota alteraciones de la percepción durante la sesión.",
     "Unas 25 de cada 100 personas notan cosas raras durante la sesión.", "es"),
    ("After the first month, sessions are weekly or fortnightly.",
     "After the first month, you come back every week or every two weeks.", "en"),
    ("Después del primer mes, las sesiones son semanales o quincenales.",
     "Después del primer mes, vuelve cada semana o cada dos semanas.", "es"),
    ("Nach dem ersten Monat finden die Sitzungen wöchentlich oder vierzehntägig statt.",
     "Nach dem ersten Monat kommen Sie jede Woche oder alle zwei Wochen.", "de"),
    ("Aproximadamente el 40 % de los pacientes mejora en el primer mes.",
     "Unas 4 de cada 10 personas mejoran en el primer mes.", "es"),
    ("Environ 40 % des patients vont mieux dès le premier mois.",
     "À peu près 4 patients sur 10 vont mieux dès le premier mois.", "fr"),
]
PLAIN_CHANGED = [
    ("The drug was not tested in pregnant women, so its safety in pregnancy is unknown.",
     "The drug is safe for your baby.", "en"),
    ("No se estudió en embarazadas, así que se desconoce su seguridad en el embarazo.",
     "Es seguro para su bebé.", "es"),
    ("About 12% of patients stopped early because of side effects.",
     "Most people stopped early because of side effects.", "en"),
    ("Alrededor del 25 % nota alteraciones de la percepción durante la sesión.",
     "Las alteraciones de la percepción son raras durante la sesión.", "es"),
    ("After the first month, sessions are fortnightly.",
     "After the first month, you come back every week.", "en"),
    ("Aproximadamente el 40 % de los pacientes mejora en el primer mes.",
     "Unas 8 de cada 10 personas mejoran en el primer mes.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), PLAIN_SAME, ids=_ids)
def test_plain_words_saying_the_same_pass(quote, text, lang):
    assert not blocked(quote, text, lang)


@pytest.mark.parametrize(("quote", "text", "lang"), PLAIN_CHANGED, ids=_ids)
def test_plain_words_saying_otherwise_are_blocked(quote, text, lang):
    assert blocked(quote, text, lang)


# --------------------------------------------------------------------------- harm turned
# A notice's harm turned around: "can increase the risk" printed as "lowers the risk".

HARM_TURNED = [
    ("The label warns that the drug can increase the risk of seizures.",
     "The label says the drug lowers the risk of seizures.", "en", "regulatory"),
    ("This medicine can raise blood pressure in the first hours.",
     "This medicine lowers blood pressure in the first hours.", "en", "side-effects"),
    ("Este fármaco puede aumentar los pensamientos suicidas en jóvenes.",
     "Este fármaco reduce los pensamientos suicidas en jóvenes.", "es", "side-effects"),
    ("Ce médicament peut augmenter la tension artérielle.",
     "Ce médicament fait baisser la tension artérielle.", "fr", "side-effects"),
    ("Das Mittel kann den Blutdruck erhöhen.", "Das Mittel senkt den Blutdruck.", "de",
     "side-effects"),
]
HARM_KEPT = [
    ("St John's wort reduces the effect of many medicines, including the pill.",
     "St John's wort makes many medicines, including the pill, work worse.", "en",
     "side-effects"),
    ("Reduce el efecto de muchos medicamentos, como los anticonceptivos.",
     "Hace que muchos medicamentos funcionen peor, como los anticonceptivos.", "es",
     "side-effects"),
    ("The risk from food is lower with this drug, but large amounts of cheese could still "
     "push your blood pressure up.", "Food is less of a risk with this drug, but a lot of "
     "cheese could still raise your blood pressure.", "en", "side-effects"),
]


@pytest.mark.parametrize(("quote", "text", "lang", "kind"), HARM_TURNED, ids=_ids)
def test_a_notices_harm_turned_around_is_blocked(quote, text, lang, kind):
    assert blocked(quote, text, lang, kind)


@pytest.mark.parametrize(("quote", "text", "lang", "kind"), HARM_KEPT, ids=_ids)
def test_a_notices_harm_kept_passes(quote, text, lang, kind):
    assert not blocked(quote, text, lang, kind)


# --------------------------------------------------------------------------- design claimed
# A design the text claims that neither the quote nor its evidence level gives: an open
# extension "without a placebo group" printed as "placebo-controlled".

DESIGN_CLAIMED = [
    ("In an open extension without a placebo group, 300 adults stayed on the drug for two "
     "years and kept their gains.", "In a placebo-controlled follow-up, 300 adults did better "
     "on the drug than on placebo for two years.", "en", "uncontrolled-trial"),
    ("In an open study, 40 patients took the drops for six weeks and most slept better.",
     "In a randomised trial, 40 patients took the drops for six weeks and most slept better.",
     "en", "uncontrolled-trial"),
    ("En un estudio abierto, sin grupo placebo, 40 pacientes tomaron las gotas seis semanas.",
     "En un ensayo controlado con placebo, 40 pacientes tomaron las gotas seis semanas.", "es",
     "uncontrolled-trial"),
    ("Dans une étude ouverte sans groupe placebo, 40 patients ont pris les gouttes six "
     "semaines.", "Dans un essai contre placebo, 40 patients ont pris les gouttes six "
     "semaines.", "fr", "uncontrolled-trial"),
    ("In einer offenen Studie ohne Placebogruppe nahmen 40 Patienten die Tropfen sechs "
     "Wochen lang.", "In einer placebokontrollierten Studie nahmen 40 Patienten die Tropfen "
     "sechs Wochen lang.", "de", "uncontrolled-trial"),
]
DESIGN_KEPT = [
    ("An audit at three clinics found the drug was prescribed to 212 patients in 2024, up "
     "from 41 the year before.", "At three clinics the drug was prescribed to 212 patients "
     "in 2024, compared with 41 the year before.", "en", "human-observational"),
    ("In a trial, 120 adults were randomly given the drops or a dummy, and more on the drops "
     "slept better.", "In a trial, 120 adults got the drops or a placebo, chosen at random, "
     "and more on the drops slept better.", "en", "randomized-controlled"),
]


@pytest.mark.parametrize(("quote", "text", "lang", "evidence"), DESIGN_CLAIMED, ids=_ids)
def test_a_stronger_design_claimed_is_blocked(quote, text, lang, evidence):
    assert blocked(quote, text, lang, evidence)


@pytest.mark.parametrize(("quote", "text", "lang", "evidence"), DESIGN_KEPT, ids=_ids)
def test_the_quotes_design_kept_passes(quote, text, lang, evidence):
    assert not blocked(quote, text, lang, evidence)


# --------------------------------------------------------------------------- "but you can"
# "Do not ..., but you can ...": a ban kept with the same act permitted with another object
# ("with food") says the same; with an escape of the text's own ("if you feel fine") or
# with no object at all it undoes the ban.

BUT_YOU_CAN_SAME = [
    ("Do not take it with other sedatives.",
     "Do not take it with other sedatives, but you can take it with food.", "en"),
    ("No lo tome con otros sedantes.",
     "No lo tome con otros sedantes, pero puede tomarlo con comida.", "es"),
    ("Fahren Sie 24 Stunden lang nicht Auto.", "Fahren Sie 24 Stunden nicht Auto. Danach "
     "dürfen Sie wieder fahren, wenn Sie sich wach fühlen.", "de"),
]
BUT_YOU_CAN_UNDONE = [
    ("Do not drive for 24 hours after the session.",
     "Do not drive for 24 hours, but you can drive to the pharmacy.", "en"),
    ("Do not drive for 24 hours after the session.",
     "Do not drive for 24 hours, but you can drive if you feel fine.", "en"),
    ("Fahren Sie 24 Stunden lang nicht Auto.",
     "Fahren Sie 24 Stunden nicht, aber Sie können fahren, wenn Sie sich gut fühlen.", "de"),
    ("No conduzca durante 24 horas.",
     "No conduzca durante 24 horas, pero puede conducir si se siente bien.", "es"),
    ("Do not take it with other sedatives.", "You can take it with other sedatives.", "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), BUT_YOU_CAN_SAME, ids=_ids)
def test_a_ban_kept_with_another_object_permitted_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "supervision")


@pytest.mark.parametrize(("quote", "text", "lang"), BUT_YOU_CAN_UNDONE, ids=_ids)
def test_a_ban_undone_by_but_you_can_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "supervision")


# --------------------------------------------------------------------------- "al mes"
# "al mes" is one month ("verte de nuevo al mes"), "al año" one year; "2 cápsulas al día"
# is a rate.

AL_UNIT_CHANGED = [
    ("Tu médica debería verte de nuevo al mes de empezar.",
     "Tu médica debería verte de nuevo al año de empezar.", "es"),
    ("La mayoría nota el efecto al mes.", "La mayoría nota el efecto al año.", "es"),
]
AL_UNIT_KEPT = [
    ("Tu médica debería verte de nuevo al mes de empezar.",
     "Tu médica te verá otra vez un mes después de empezar.", "es"),
    ("No exceder la dosis diaria de dos cápsulas.", "No tomes más de 2 cápsulas al día.",
     "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), AL_UNIT_CHANGED, ids=_ids)
def test_al_mes_for_al_ano_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "supervision")


@pytest.mark.parametrize(("quote", "text", "lang"), AL_UNIT_KEPT, ids=_ids)
def test_al_mes_kept_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "supervision")


# --------------------------------------------------------------------------- step before
# A step the quote puts before an act printed as leave to do the act with no step first.

BEFORE_DROPPED = [
    ("Chest pain can have many causes: have it checked by your doctor before you treat "
     "yourself.", "Chest pain from stress needs no test: you can treat yourself.", "en"),
    ("El dolor de pecho puede tener muchas causas: consulte a su médico antes de tratarse "
     "solo.", "El dolor de pecho por estrés no necesita pruebas: puede tratarse solo.", "es"),
    ("Des palpitations peuvent avoir plusieurs causes : consultez votre médecin avant de "
     "vous soigner vous-même.", "Les palpitations ne demandent aucun examen : vous pouvez "
     "vous soigner vous-même.", "fr"),
]
BEFORE_KEPT = [
    ("Chest pain can have many causes: have it checked by your doctor before you treat "
     "yourself.", "See your doctor about chest pain before you treat yourself.", "en"),
    ("Des palpitations peuvent avoir plusieurs causes : consultez votre médecin avant de "
     "vous soigner vous-même.", "Avant de vous soigner vous-même, faites vérifier vos "
     "palpitations par votre médecin.", "fr"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), BEFORE_DROPPED, ids=_ids)
def test_a_step_before_dropped_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "supervision")


@pytest.mark.parametrize(("quote", "text", "lang"), BEFORE_KEPT, ids=_ids)
def test_a_step_before_kept_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "supervision")


# --------------------------------------------------------------------------- denied use
# A use the quote's approval leaves out by name, in several words, printed as approved.

DENIED_USE_APPROVED = [
    ("In der Schweiz ist das Mittel zur Behandlung von Depressionen zugelassen; für "
     "Schlafstörungen ohne Depression besteht keine Zulassung.",
     "In der Schweiz ist das Mittel auch für Schlafstörungen ohne Depression zugelassen.",
     "de"),
    ("The drug is approved for depression with anxiety, but it is not approved for anxiety "
     "without depression.", "The drug is also approved for anxiety without depression.",
     "en"),
    ("Está aprobado para la depresión; no está aprobado para el insomnio sin depresión.",
     "También está aprobado para el insomnio sin depresión.", "es"),
]
DENIED_USE_KEPT = [
    ("In der Schweiz ist das Mittel zur Behandlung von Depressionen zugelassen; für "
     "Schlafstörungen ohne Depression besteht keine Zulassung.",
     "In der Schweiz ist das Mittel für Depressionen zugelassen. Für Schlafstörungen ohne "
     "Depression ist es nicht zugelassen.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), DENIED_USE_APPROVED, ids=_ids)
def test_a_use_denied_by_name_printed_as_approved_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "regulatory")


@pytest.mark.parametrize(("quote", "text", "lang"), DENIED_USE_KEPT, ids=_ids)
def test_a_use_denied_by_name_kept_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "regulatory")


# --------------------------------------------------------------------------- said otherwise
# "less anxiety" is down as "reduced" is; "a large trial" for one the quote counts at 578
# people; "irréversibles" printed as "ne partent plus".

SAID_OTHERWISE_SAME = [
    ("Rats given the compound for three weeks showed reduced anxiety in a new cage.",
     "Rats given the compound for 3 weeks explored a new cage more, a sign of less anxiety.",
     "en", "animal"),
    ("In one international trial, 578 adults with panic disorder were randomised to the "
     "drug or placebo for 12 weeks.", "In one large trial, 578 adults with panic disorder "
     "got the drug or a placebo, chosen at random, for 12 weeks.", "en",
     "randomized-controlled"),
    ("Taken for years, it can cause involuntary movements, sometimes irreversible.",
     "Taken for years, it can cause movements you cannot control, which sometimes never go "
     "away.", "en", "side-effects"),
    ("À long terme, elle peut entraîner des mouvements involontaires, parfois irréversibles.",
     "Prise longtemps, elle peut causer des mouvements involontaires, qui parfois ne partent "
     "plus.", "fr", "side-effects"),
    ("Con los años puede causar movimientos involuntarios de la boca.",
     "Con los años puede causar movimientos de la boca que no se controlan.", "es",
     "side-effects"),
]
SAID_OTHERWISE_CHANGED = [
    ("In one trial, 40 adults with panic disorder were randomised to the drug or placebo.",
     "In one large trial, 40 adults with panic disorder got the drug or a placebo, chosen at "
     "random.", "en", "randomized-controlled"),
    ("Taken for years, it can cause involuntary movements.",
     "Taken for years, it does not cause involuntary movements.", "en", "side-effects"),
    ("Rats given the compound for three weeks showed reduced anxiety in a new cage.",
     "Rats given the compound for 3 weeks showed more anxiety in a new cage.", "en",
     "animal"),
]


@pytest.mark.parametrize(("quote", "text", "lang", "kind"), SAID_OTHERWISE_SAME, ids=_ids)
def test_the_same_said_otherwise_passes(quote, text, lang, kind):
    assert not blocked(quote, text, lang, kind)


@pytest.mark.parametrize(("quote", "text", "lang", "kind"), SAID_OTHERWISE_CHANGED, ids=_ids)
def test_a_change_said_otherwise_is_blocked(quote, text, lang, kind):
    assert blocked(quote, text, lang, kind)


# --------------------------------------------------------------------------- drug names
# The same drug in another language's spelling ("clonidine" for "clonidina") or a drug
# class said by its root in plain words ("coagule" for "anticoagulantes") is no swap; another
# drug is.

SAME_DRUG = hand_pairs("same-drug", "quote", "text", "lang")
OTHER_DRUG = hand_pairs("other-drug", "quote", "text", "lang")


@pytest.mark.parametrize(("quote", "text", "lang"), SAME_DRUG, ids=_ids)
def test_the_same_drug_in_other_words_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "supervision")


@pytest.mark.parametrize(("quote", "text", "lang"), OTHER_DRUG, ids=_ids)
def test_another_drug_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "supervision")


# --------------------------------------------------------------------------- comparator
# A drug the quote compares with printed as a placebo.

COMPARATOR_TO_PLACEBO = [
    ("In a trial, 120 adults got either pregabalin or sertraline for eight weeks, and both "
     "groups improved about as much.", "In a trial, 120 adults got either pregabalin or a "
     "placebo for eight weeks, and both groups improved about as much.", "en"),
    ("Dans un essai, 90 patients ont reçu au hasard de la prégabaline ou de la buspirone "
     "pendant six semaines.", "Dans un essai, 90 patients ont reçu au hasard de la "
     "prégabaline ou un placebo pendant six semaines.", "fr"),
    ("En un ensayo, 90 pacientes recibieron al azar pregabalina o buspirona durante seis "
     "semanas.", "En un ensayo, 90 pacientes recibieron al azar pregabalina o un placebo "
     "durante seis semanas.", "es"),
]
COMPARATOR_KEPT = [
    ("In a trial, 120 adults got either pregabalin or sertraline for eight weeks, and both "
     "groups improved about as much.", "In a trial of 120 adults, pregabalin helped about as "
     "much as sertraline over eight weeks.", "en"),
    ("In a trial, 120 adults got either pregabalin or a placebo for eight weeks.",
     "In a trial, 120 adults got pregabalin or a dummy pill for eight weeks.", "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), COMPARATOR_TO_PLACEBO, ids=_ids)
def test_a_comparator_printed_as_a_placebo_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "randomized-controlled")


@pytest.mark.parametrize(("quote", "text", "lang"), COMPARATOR_KEPT, ids=_ids)
def test_a_comparator_kept_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "randomized-controlled")


# --------------------------------------------------------------------------- alone
# A treatment the quote gives in a combination printed as given alone; "solo" as "only"
# before a noun is no "alone".

ALONE_FOR_COMBINED = [
    ("In a trial, 200 adults took a mix of valerian, hops and lemon balm or a placebo for "
     "a month.", "In a trial, 200 adults took valerian alone or a placebo for a month.", "en"),
    ("Dans un essai, 200 adultes ont pris un mélange de valériane, de houblon et de mélisse "
     "ou un placebo.", "Dans un essai, 200 adultes ont pris de la valériane seule ou un "
     "placebo.", "fr"),
    ("En un ensayo, 200 adultos tomaron una mezcla de valeriana, lúpulo y melisa o un "
     "placebo.", "En un ensayo, 200 adultos tomaron valeriana sola o un placebo.", "es"),
    ("In einer Studie nahmen 200 Erwachsene eine Mischung aus Baldrian, Hopfen und Melisse "
     "oder ein Placebo.", "In einer Studie nahmen 200 Erwachsene Baldrian allein oder ein "
     "Placebo.", "de"),
]
ALONE_KEPT = [
    ("In a trial, 200 adults took valerian alone or valerian with hops for a month.",
     "In a trial, 200 adults took valerian alone or with hops for a month.", "en"),
    ("En un ensayo, solo 20 de los 200 adultos tomaron valeriana con lúpulo.",
     "En un ensayo, solo 20 de 200 adultos tomaron valeriana con lúpulo.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), ALONE_FOR_COMBINED, ids=_ids)
def test_a_combination_printed_as_alone_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "randomized-controlled")


@pytest.mark.parametrize(("quote", "text", "lang"), ALONE_KEPT, ids=_ids)
def test_alone_kept_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "randomized-controlled")


# --------------------------------------------------------------------------- proof denied
# Proof the quote denies printed as given.

PROOF_GIVEN = [
    ("The drops may be sold on the strength of traditional use, not on proof from trials.",
     "The drops are sold because trials proved they work.", "en"),
    ("Se venden por su uso tradicional; su eficacia no se ha demostrado en ensayos.",
     "Se venden porque los ensayos demostraron que funcionan.", "es"),
    ("Elles sont vendues au titre de l'usage traditionnel, sans preuve issue d'essais.",
     "Elles sont vendues parce que des essais ont prouvé qu'elles marchent.", "fr"),
    ("Sie werden wegen der traditionellen Anwendung verkauft, nicht wegen eines Nachweises "
     "aus Studien.", "Sie werden verkauft, weil Studien ihre Wirkung nachgewiesen haben.", "de"),
]
PROOF_KEPT = hand_pairs("proof-kept", "quote", "text", "lang")


@pytest.mark.parametrize(("quote", "text", "lang"), PROOF_GIVEN, ids=_ids)
def test_proof_denied_printed_as_given_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "regulatory")


@pytest.mark.parametrize(("quote", "text", "lang"), PROOF_KEPT, ids=_ids)
def test_proof_denied_kept_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "regulatory")


# --------------------------------------------------------------------------- German words
# "am besten" for the quote's own superlative "am deutlichsten"; a placebo named otherwise
# ("Scheinmittel" for "Scheinpräparat").

GERMAN_SAME = [
    ("In einer Studie bekamen 60 Menschen per Los Baldrian, Melatonin oder ein "
     "Scheinpräparat, und mit Baldrian besserte sich der Schlaf am deutlichsten.",
     "In Kiel bekamen 60 Menschen per Los Baldrian, Melatonin oder ein Scheinmittel. Mit "
     "Baldrian schliefen sie am besten.", "de"),
]
GERMAN_CHANGED = [
    ("In einer Studie bekamen 60 Menschen per Los Baldrian oder ein Scheinpräparat, und mit "
     "Baldrian besserte sich der Schlaf.", "Mit Baldrian schläft man am besten.", "de"),
    ("In einer Studie bekamen 60 Menschen per Los Baldrian oder ein Scheinpräparat.",
     "In einer Studie bekamen 60 Menschen per Los Baldrian oder Melatonin.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), GERMAN_SAME, ids=_ids)
def test_german_same_in_other_words_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "randomized-controlled")


@pytest.mark.parametrize(("quote", "text", "lang"), GERMAN_CHANGED, ids=_ids)
def test_german_changed_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "randomized-controlled")


# --------------------------------------------------------------------------- most reported
# "The most reported effects are X and, more rarely, Y" printed "the most common are X and,
# more rarely, Y": the quote's own "many".

MOST_REPORTED = [
    ("The most reported side effects are drowsiness and, more rarely, a rash.",
     "The most common side effects are drowsiness and, more rarely, a rash.", "en"),
    ("Les effets les plus signalés sont la somnolence et, plus rarement, une éruption.",
     "Les effets les plus fréquents sont la somnolence et, plus rarement, une éruption.", "fr"),
    ("Los efectos más notificados son la somnolencia y, más raramente, una erupción.",
     "Los efectos más frecuentes son la somnolencia y, más raramente, una erupción.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), MOST_REPORTED, ids=_ids)
def test_most_reported_as_most_common_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "side-effects")


def test_rare_printed_as_common_is_still_blocked():
    assert blocked("Drowsiness is rarely reported.", "Drowsiness is common.", "en",
                   "side-effects")


def test_the_only_drug_said_as_the_drug_against_salt_water_passes():
    """The example's trial: "the group receiving ketamine ... compared to the control
    group" printed "people who got the drug ... than people who got salt water"."""
    assert not blocked("The researchers found that the group receiving ketamine improved "
                       "more than the control group.", "In one study, people who got the "
                       "drug felt better more often than people who got salt water.", "en",
                       "controlled-trial")


# --------------------------------------------------------------------------- records showed
# "Records showed that 25% were still on it" for "an analysis of records found that one
# in four were": the count reported, not a finding made settled; a cause after "showed
# that" or no count is still blocked.

RECORDS_SHOWED_COUNT = [
    ("An analysis of pharmacy records found that one in four people who started the pill "
     "were still taking it a year later.", "Pharmacy records showed that 25% of people who "
     "started the pill were still taking it a year later.", "en"),
    ("Un análisis de historias clínicas encontró que una de cada cuatro personas seguía "
     "tomándolo al año.", "Las historias clínicas mostraron que el 25 % seguía tomándolo al "
     "año.", "es"),
]
RECORDS_SHOWED_MORE = [
    ("An analysis of pharmacy records found that one in four people who started the pill "
     "were still taking it a year later.", "Pharmacy records showed that the pill keeps "
     "people on treatment for a year.", "en"),
    ("When we surveyed 400 customers, 86% said they felt more relaxed.",
     "A study of 400 people showed that the drops make 86% of users more relaxed.", "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), RECORDS_SHOWED_COUNT, ids=_ids)
def test_records_showing_the_count_pass(quote, text, lang):
    assert not blocked(quote, text, lang, "human-observational")


@pytest.mark.parametrize(("quote", "text", "lang"), RECORDS_SHOWED_MORE, ids=_ids)
def test_records_showing_more_than_the_count_are_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "human-observational")
