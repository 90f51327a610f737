"""Faithfulness, issue 8 (new-user tester's findings), in sentences of our own, each
written failing before the change that fixed it. Each case calls the pure module the gate
calls (`check_rewrite`: quote, printed text, language, notice kind or evidence tag).
"""

from __future__ import annotations

import pytest
from faith_helpers import blocked


def _ids(v: object) -> str:
    return str(v)[:40]


# --------------------------------------------------------------------------- negative subject
# "Nobody should stop their medicine to try this" forbids stopping as surely as "do not
# stop": its subject is the negation ("nadie debe", "niemand sollte"). Read as "should
# stop", the gate passed "Stop your medicine" and blocked the faithful "Do not stop".

NOBODY_QUOTES = [
    ("Nobody should stop their medication or therapy to try this.", "en",
     "Stop your medicine before you try this clip.",
     "Do not stop your therapy to try this clip."),
    ("Nobody should stop taking their pills to use this app.", "en",
     "You can stop taking your pills to use this app.",
     "Keep taking your pills while you use this app."),
    ("None of you should stop your medicine to try this device.", "en",
     "Stop your medicine before you try this device.",
     "Do not stop your medicine to try this device."),
    ("Nadie debe dejar su medicación ni su terapia para probar esto.", "es",
     "Deje su medicación antes de probar este clip.",
     "No deje su medicación para probar este clip."),
    ("Ninguno de ustedes debe dejar su medicación para probar esto.", "es",
     "Puede dejar su medicación para probar este clip.",
     "No deje su medicación para probar este clip."),
    ("Personne ne doit arrêter son traitement pour essayer ceci.", "fr",
     "Arrêtez votre traitement avant d'essayer ce clip.",
     "N'arrêtez pas votre traitement pour essayer ce clip."),
    ("Niemand sollte seine Medikamente absetzen, um das auszuprobieren.", "de",
     "Setzen Sie Ihre Medikamente ab, bevor Sie den Clip ausprobieren.",
     "Setzen Sie Ihre Medikamente nicht ab, um den Clip auszuprobieren."),
]


@pytest.mark.parametrize(("quote", "lang", "inverted", "kept"), NOBODY_QUOTES, ids=_ids)
def test_an_order_a_negative_subject_forbids_printed_as_leave_is_blocked(
        quote, lang, inverted, kept):
    assert blocked(quote, inverted, lang)


@pytest.mark.parametrize(("quote", "lang", "inverted", "kept"), NOBODY_QUOTES, ids=_ids)
def test_the_same_prohibition_in_other_words_passes(quote, lang, inverted, kept):
    assert not blocked(quote, kept, lang)


NOBODY_TEXTS = [  # the prohibition printed with a negative subject
    ("Do not stop your medicine or therapy to try this clip.", "en",
     "No one should stop their medicine to try this clip."),
    ("Do not stop your medicine or therapy to try this clip.", "en",
     "Nobody should stop their medicine to try this clip."),
    ("No deje su medicación para probar este clip.", "es",
     "Nadie debe dejar su medicación para probar este clip."),
    ("Setzen Sie Ihre Medikamente nicht ab, um den Clip auszuprobieren.", "de",
     "Niemand sollte seine Medikamente absetzen, um den Clip auszuprobieren."),
]


@pytest.mark.parametrize(("quote", "lang", "text"), NOBODY_TEXTS, ids=_ids)
def test_a_prohibition_printed_with_a_negative_subject_passes(quote, lang, text):
    assert not blocked(quote, text, lang)


# --------------------------------------------------------------------------- approximations
# "compared with about 2 in 10 on a fake pill": an approximation word before a number is
# part of the number, not what the text compares with; "The difference was small" for
# "about 3 points": the "about" went with the number the text no longer gives.

COMPARED_WITH_ABOUT = [
    ("56 percent of those who took the supplement said they were much improved, compared "
     "with 16 percent of those on placebo.",
     "About 6 in 10 who took it said they were much better, compared with about 2 in 10 "
     "on a fake pill.", "en"),
    ("Pain fell by 29% with the drug, against 18% with placebo.",
     "Pain fell by about 3 in 10 with the drug, compared with roughly 2 in 10 with a dummy "
     "pill.", "en"),
    ("El dolor bajó un 29 % con el fármaco frente a un 18 % con placebo.",
     "El dolor bajó casi 3 de cada 10 con el fármaco frente a casi 2 de cada 10 con "
     "placebo.", "es"),
    ("El 40 % mejoró con el fármaco, más que el 21 % con placebo.",
     "Unas 4 de cada 10 personas mejoraron con el fármaco, más que unas 2 de cada 10 con "
     "placebo.", "es"),
    ("La douleur a baissé de 29 % avec le médicament, contre 18 % avec le placebo.",
     "La douleur a baissé d'environ 3 sur 10 avec le médicament, contre environ 2 sur 10 "
     "avec le placebo.", "fr"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), COMPARED_WITH_ABOUT, ids=_ids)
def test_an_approximate_number_compared_with_is_no_new_comparison(quote, text, lang):
    assert not blocked(quote, text, lang)


OTHER_COMPARISON = [  # still blocked: the text compares with something the quote does not
    ("56 percent of those who took the supplement said they were much improved, compared "
     "with 16 percent of those on placebo.",
     "About 6 in 10 who took it said they were much better, compared with about 2 in 10 "
     "on antidepressants.", "en"),
    ("El dolor bajó un 29 % con el fármaco frente a un 18 % con placebo.",
     "El dolor bajó casi 3 de cada 10 con el fármaco frente a casi 2 de cada 10 con "
     "ibuprofeno.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), OTHER_COMPARISON, ids=_ids)
def test_another_comparison_after_an_approximate_number_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang)


SIZE_FOR_ABOUT = [  # the number dropped with its "about": no certainty added
    ("The difference was about 3 points on a 63-point scale, and the researchers said "
     "larger studies are needed.",
     "The difference was small, and the researchers said bigger studies are needed.", "en"),
    ("Blood pressure fell by roughly 4 points more than with the dummy pill.",
     "Blood pressure fell a little more than with the dummy pill.", "en"),
    ("La diferencia fue de unos 3 puntos en una escala de 63.",
     "La diferencia fue pequeña.", "es"),
    ("Der Unterschied betrug etwa 3 Punkte auf einer Skala bis 63.",
     "Der Unterschied war klein.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), SIZE_FOR_ABOUT, ids=_ids)
def test_a_size_word_for_an_approximate_measure_passes(quote, text, lang):
    assert not blocked(quote, text, lang)


ABOUT_OF_PEOPLE = [  # "about" of a share or a count of people still needs keeping
    ("About 30% of the patients improved within a month.",
     "The patients improved within a month.", "en"),
    ("Alrededor de 40 pacientes mejoraron en un mes.", "Los pacientes mejoraron en un mes.",
     "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), ABOUT_OF_PEOPLE, ids=_ids)
def test_an_approximate_share_of_people_dropped_is_still_blocked(quote, text, lang):
    assert blocked(quote, text, lang)


# --------------------------------------------------------------------------- not in people
# A quote that says its animal result "has not been repeated in people" names people only
# to deny them: a text that says it works in people too invents the human evidence.

ANIMAL_ONLY = [
    ("In rats, stimulating the nerve lowered stress hormones by 40 percent, a finding that "
     "has not been repeated in people.",
     "In rats, nerve stimulation lowered stress hormones, and it works in people too.",
     "In rats, nerve stimulation lowered stress hormones. This has not been seen in people.",
     "en"),
    ("In mice, the compound reduced grooming, but this has not been tested in humans.",
     "In mice the compound reduced grooming, and it does the same in humans.",
     "In mice the compound reduced grooming; it has not been tested in humans.", "en"),
    ("En ratas, el fármaco redujo la ansiedad, un resultado que no se ha repetido en "
     "personas.",
     "En ratas, el fármaco redujo la ansiedad, y en personas también funciona.",
     "En ratas, el fármaco redujo la ansiedad. No se ha visto en personas.", "es"),
    ("En ratones, el fármaco redujo la inflamación, pero eso no significa que ocurra lo "
     "mismo en personas.",
     "En ratones, el fármaco redujo la inflamación, y en personas también funciona.",
     "En ratones, el fármaco redujo la inflamación; no se sabe si pasa lo mismo en personas.",
     "es"),
    ("In mice the drug eased the swelling, but that does not mean the same happens in "
     "people.",
     "In mice the drug eased the swelling, and it works the same way in people.",
     "In mice the drug eased the swelling; we do not know if it does in people.", "en"),
]


@pytest.mark.parametrize(("quote", "invented", "kept", "lang"), ANIMAL_ONLY, ids=_ids)
def test_people_the_quote_denies_printed_as_studied_is_blocked(quote, invented, kept, lang):
    assert blocked(quote, invented, lang, "animal")
    assert blocked(quote, invented, lang)


@pytest.mark.parametrize(("quote", "invented", "kept", "lang"), ANIMAL_ONLY, ids=_ids)
def test_the_animal_result_kept_out_of_people_passes(quote, invented, kept, lang):
    assert not blocked(quote, kept, lang, "animal")


# --------------------------------------------------------------------------- size flipped
# "mostly mild" printed as "serious", "small and short" as "large and long": the size
# turned to its opposite.

SIZE_FLIPPED = [
    ("Side effects in the trial were mostly mild: skin redness and occasional headache.",
     "In the study, side effects were serious: red skin and sometimes a headache.", "en"),
    ("Side effects were minor and went away within a day.",
     "Side effects were severe and went away within a day.", "en"),
    ("These early results may point to a real effect, but they are small and short.",
     "These early results may point to a real effect, but they are large and long.", "en"),
    ("The trial was small, so the result may not hold.",
     "The trial was large, so the result may not hold.", "en"),
    ("Los efectos adversos fueron sobre todo leves: enrojecimiento y dolor de cabeza.",
     "Los efectos adversos fueron graves: enrojecimiento y dolor de cabeza.", "es"),
    ("Les effets indésirables étaient surtout légers : rougeurs et maux de tête.",
     "Les effets indésirables étaient graves : rougeurs et maux de tête.", "fr"),
]
SIZE_KEPT = [
    ("Side effects in the trial were mostly mild: skin redness and occasional headache.",
     "In the study, side effects were mostly mild: red skin and sometimes a headache.", "en"),
    ("These early results may point to a real effect, but they are small and short.",
     "These first results may show a real effect, but the studies were small and short.",
     "en"),
    ("The study was small; larger studies are needed.",
     "The study was small, and bigger studies are needed.", "en"),
    ("Los efectos adversos fueron sobre todo leves: enrojecimiento y dolor de cabeza.",
     "Los efectos adversos fueron casi siempre leves: enrojecimiento y dolor de cabeza.",
     "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), SIZE_FLIPPED, ids=_ids)
def test_a_size_turned_to_its_opposite_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang)


@pytest.mark.parametrize(("quote", "text", "lang"), SIZE_KEPT, ids=_ids)
def test_the_same_size_in_other_words_passes(quote, text, lang):
    assert not blocked(quote, text, lang)


# --------------------------------------------------------------------------- proof stated
# One trial printed as what "studies show" / "research shows" (a body of evidence the quote
# does not report), or as proof ("demostró que", "esto demuestra que funciona").

ONE_TRIAL = ("In a randomized trial of 64 adults, people who used the clip for six weeks "
             "reported a modest drop in anxiety scores compared with people who wore a sham "
             "clip.")
ONE_TRIAL_ES = ("Un ensayo pequeño con 31 pacientes observó que el dolor bajó un 29 % con el "
                "fármaco frente a un 18 % con placebo.")
ONE_TRIAL_FR = ("Dans un petit essai de 40 adultes, la douleur a baissé de 29 % avec le "
                "médicament contre 18 % avec le placebo.")
ONE_TRIAL_DE = ("In einer kleinen Studie mit 40 Erwachsenen sank der Schmerz mit dem Mittel "
                "um 29 %, mit Placebo um 18 %.")

PROOF_STATED = [
    (ONE_TRIAL, "Studies show the clip eases anxiety.", "en"),
    (ONE_TRIAL, "Research shows that the clip eases anxiety.", "en"),
    (ONE_TRIAL, "Science has shown that the clip eases anxiety.", "en"),
    (ONE_TRIAL_ES, "Un estudio pequeño demostró que el fármaco quita el dolor.", "es"),
    (ONE_TRIAL_ES, "Esto demuestra que funciona.", "es"),
    (ONE_TRIAL_ES, "Los estudios muestran que el fármaco alivia el dolor.", "es"),
    (ONE_TRIAL_FR, "Les études montrent que le médicament soulage la douleur.", "fr"),
    (ONE_TRIAL_DE, "Studien zeigen, dass das Mittel Schmerzen lindert.", "de"),
]
ONE_STUDY_KEPT = [
    (ONE_TRIAL, "In one study, people who used the clip felt a little less anxious than "
                "people with a fake clip.", "en"),
    (ONE_TRIAL, "A study found that people who used the clip felt a little less anxious.",
     "en"),
    (ONE_TRIAL_ES, "En un estudio pequeño, el dolor bajó algo más con el fármaco que con "
                   "placebo.", "es"),
    ("Several studies show that exercise eases mild depression.",
     "Studies show that exercise eases mild depression.", "en"),
    ("Varios estudios demuestran que el ejercicio alivia la depresión leve.",
     "Los estudios demuestran que el ejercicio alivia la depresión leve.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), PROOF_STATED, ids=_ids)
def test_one_trial_printed_as_proof_or_as_what_studies_show_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "randomized-controlled")


@pytest.mark.parametrize(("quote", "text", "lang"), ONE_STUDY_KEPT, ids=_ids)
def test_one_study_kept_one_study_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "randomized-controlled")


LAB_HOW = [  # what research shows of how a drug acts is no proof that it works
    ("The researchers found that the drug binds to receptors on brain cells.",
     "Lab research shows how the drug acts on brain cells.", "en"),
    ("Los investigadores vieron que el fármaco se une a receptores de las neuronas.",
     "En el laboratorio, los estudios muestran cómo actúa el fármaco en las neuronas.",
     "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), LAB_HOW, ids=_ids)
def test_research_showing_how_it_acts_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "lab-mechanism")


# --------------------------------------------------------------------------- improved -> stops
# "much improved" printed as the drug "stops" the habit: an effect made total.

IMPROVED = ("In a small trial, 56 percent of those who took the supplement said their "
            "hair-pulling was much improved, compared with 16 percent on placebo.")
IMPROVED_ES = ("En un ensayo pequeño, el 56 % de quienes tomaron el suplemento dijo que su "
               "dolor mejoró mucho, frente al 16 % con placebo.")
IMPROVED_DE = ("In einer kleinen Studie sagten 56 % derer, die das Mittel nahmen, ihr Zwang "
               "habe sich deutlich gebessert, gegenüber 16 % mit Placebo.")
STOPS = [
    (IMPROVED, "A small study showed that the supplement stops hair-pulling.", "en"),
    (IMPROVED, "The supplement stops the urge to pull your hair.", "en"),
    (IMPROVED_ES, "Un estudio pequeño vio que el suplemento quita el dolor.", "es"),
    (IMPROVED_DE, "Eine kleine Studie zeigte: Das Mittel stoppt den Zwang.", "de"),
]
STOPS_KEPT = [
    (IMPROVED, "In a small study, about 6 in 10 people on the supplement said their "
               "hair-pulling was much better.", "en"),
    ("Two participants stopped because of dizziness.",
     "Two people stopped because they felt dizzy.", "en"),
    ("If the supplement stops working, talk to your doctor.",
     "Talk to your doctor if the supplement stops working.", "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), STOPS, ids=_ids)
def test_an_improvement_printed_as_stopping_it_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "randomized-controlled")


@pytest.mark.parametrize(("quote", "text", "lang"), STOPS_KEPT, ids=_ids)
def test_an_improvement_kept_or_a_stop_of_the_reader_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "randomized-controlled")


SHORT_FLIPPED = [
    ("These early results may point to a real effect, but the studies were small and short.",
     "These early results may point to a real effect, but the studies were small and long.",
     "en"),
    ("Estos primeros resultados podrían indicar un efecto real, pero los estudios son "
     "pequeños y cortos.",
     "Estos primeros resultados podrían indicar un efecto real, pero los estudios son "
     "grandes y largos.", "es"),
]
SHORT_KEPT = [
    ("These early results may point to a real effect, but the studies were small and short.",
     "These first results may show a real effect, but the studies were small and brief.",
     "en"),
    ("Estos primeros resultados podrían indicar un efecto real, pero los estudios son "
     "pequeños y cortos.",
     "Estos primeros resultados podrían indicar un efecto real, pero los estudios fueron "
     "pequeños y breves.", "es"),
    ("The trial lasted six weeks, which is short.",
     "The trial lasted six weeks, which is not long.", "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), SHORT_FLIPPED, ids=_ids)
def test_short_printed_as_long_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang)


@pytest.mark.parametrize(("quote", "text", "lang"), SHORT_KEPT, ids=_ids)
def test_short_said_otherwise_passes(quote, text, lang):
    assert not blocked(quote, text, lang)
