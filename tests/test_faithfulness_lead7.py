"""'Some patients may get X' printed as 'Some people get X' (tester, session 7): the
quote's 'may' is said of 'some', which the text keeps, so nothing is made certain; the
same modal with no 'some' kept, or said of everyone, is still blocked."""

from __future__ import annotations

import pytest

from summarizer.gate.faithfulness import check_rewrite

SOME_KEPT = [
    ("Some patients may experience side effects such as nausea and dizziness.",
     "Some people get side effects such as nausea and dizziness.", "en"),
    ("A few people may feel dizzy for an hour after the infusion.",
     "A few people feel dizzy for an hour after the infusion.", "en"),
    ("Algunos pacientes pueden tener náuseas durante la primera semana.",
     "Algunas personas tienen náuseas durante la primera semana.", "es"),
    ("Certains patients peuvent avoir des nausées la première semaine.",
     "Certaines personnes ont des nausées la première semaine.", "fr"),
    ("Einige Patienten können in der ersten Woche Übelkeit bekommen.",
     "Einige Menschen bekommen in der ersten Woche Übelkeit.", "de"),
]

STILL_CERTAIN = [
    ("Some patients may experience nausea.", "Patients get nausea.", "en"),
    ("Ketamine may help depression in some patients.", "Ketamine helps depression.", "en"),
    ("The drug may ease anxiety, and some users report calm.",
     "The drug eases anxiety, and some users report calm.", "en"),
    ("Algunos pacientes pueden tener náuseas.", "Los pacientes tienen náuseas.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), SOME_KEPT)
@pytest.mark.parametrize("kind", ["opinion", "randomized-controlled", "side-effects"])
def test_a_modal_said_of_some_is_kept_by_some(quote: str, text: str, lang: str,
                                              kind: str) -> None:
    assert [p.message for p in check_rewrite(quote, text, lang, kind)] == []


@pytest.mark.parametrize(("quote", "text", "lang"), STILL_CERTAIN)
def test_a_modal_not_said_of_a_kept_some_still_blocks(quote: str, text: str,
                                                       lang: str) -> None:
    codes = [p.code for p in check_rewrite(quote, text, lang, "opinion")]
    assert "FAITH-CERTAINTY" in codes, codes


# Reviewer, session 7: a ban on driving printed as "no problem" or "feel able to drive"
# passed in French, Spanish and German, and a drop in an illness's score printed as more
# of the illness passed in English.
NO_PROBLEM = [
    ("Ne conduisez pas après la séance.",
     "Conduire après la séance ne pose aucun problème.", "fr"),
    ("Ne conduisez pas après la séance.", "Après la séance, vous pouvez conduire sans souci.",
     "fr"),
    ("No conduzca después de la sesión.",
     "Conducir después de la sesión no es ningún problema.", "es"),
    ("No conduzca después de la sesión.", "Después de la sesión, manejar no es problema.", "es"),
    ("Es ist nicht sicher, danach Auto zu fahren.", "Autofahren ist danach kein Problem.", "de"),
    ("Fahren Sie nach der Sitzung nicht selbst Auto.",
     "Nach der Sitzung ist Autofahren kein Problem.", "de"),
    ("Do not drive after the session.", "Driving after the session is no problem.", "en"),
    ("Alguien debe llevarle a casa después de la sesión.",
     "La mayoría se siente bien para conducir a casa.", "es"),
    ("Quelqu'un doit vous raccompagner chez vous après la séance.",
     "La plupart des patients se sentent capables de conduire pour rentrer.", "fr"),
]
NO_PROBLEM_KEPT = [
    ("Ne conduisez pas après la séance.", "Après la séance, ne prenez pas le volant.", "fr"),
    ("No conduzca después de la sesión.", "No maneje después de la sesión.", "es"),
    ("Es ist nicht sicher, danach Auto zu fahren.",
     "Fahren Sie danach nicht Auto, das ist nicht sicher.", "de"),
    ("Do not drive after the session.", "After the session, do not drive.", "en"),
    ("Alguien debe llevarle a casa después de la sesión.",
     "Después de la sesión, otra persona tiene que llevarle a casa.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), NO_PROBLEM)
def test_a_ban_printed_as_no_problem_is_blocked(quote: str, text: str, lang: str) -> None:
    problems = check_rewrite(quote, text, lang, "supervision")
    assert problems, "passed"
    assert all("quote" in p.message and "text" in p.message for p in problems)


@pytest.mark.parametrize(("quote", "text", "lang"), NO_PROBLEM_KEPT)
def test_a_ban_kept_in_other_words_passes(quote: str, text: str, lang: str) -> None:
    assert [p.message for p in check_rewrite(quote, text, lang, "supervision")] == []


@pytest.mark.parametrize(("quote", "text", "lang", "faithful"), [
    ("Patients on the drug had larger drops in depression scores than those on placebo.",
     "Patients on the drug felt more depressed than those on placebo.", "en", False),
    ("Patients on the drug had larger drops in depression scores than those on placebo.",
     "Patients on the drug felt less depressed than those on placebo.", "en", True),
    ("Anxiety scores fell further with the drug than with placebo.",
     "People on the drug were more anxious than people on placebo.", "en", False),
    ("Los puntajes de depresión bajaron más con el fármaco que con el placebo.",
     "Con el fármaco, la gente se sintió más deprimida que con el placebo.", "es", False),
])
def test_a_drop_in_an_illness_score_printed_as_more_illness(
        quote: str, text: str, lang: str, faithful: bool) -> None:
    problems = check_rewrite(quote, text, lang, "randomized-controlled")
    assert (problems == []) == faithful, [p.message for p in problems]
