"""Reviewer's regressions, session 7: cases that worked at the session's start (480eac3)
and broke with a change of this session, each in sentences written here, each failing
before its fix."""

from __future__ import annotations

import pytest

from summarizer.gate import faithfulness as faith


def blocked(quote: str, text: str, lang: str = "en", kind: str = "") -> bool:
    return bool(faith.check_rewrite(quote, text, lang, kind))


# "It is not safe to drive" forbids driving. The permission "feel fine / fit to drive"
# (75e7a4a) took any one word before its adjective, "not" too, so the quote's prohibition
# was read as a permission and blanked: "You can drive after the dose" passed as faithful.
NOT_FIT = [
    ("It is not safe to drive for 24 hours after the dose.",
     "You can drive after the dose.", "precaution", True),
    ("It is not okay to drive on the day of the infusion.",
     "You may drive home after the infusion.", "precaution", True),
    ("Patients are not fit to drive for the rest of the day.",
     "Patients can drive home after the session.", "supervision", True),
    ("It is never safe to drive straight after a session.",
     "You can drive straight after a session.", "supervision", True),
    # the faithful renderings still pass
    ("Patients are not fit to drive for the rest of the day.",
     "Patients may not drive for the rest of the day.", "supervision", False),
    ("It is not safe to drive for 24 hours after the dose.",
     "Do not drive for 24 hours after the dose.", "precaution", False),
    # and the family the permission was written for is still read
    ("Someone must drive you home after the infusion.",
     "Most people feel well enough to drive home after the infusion.", "supervision", True),
]


@pytest.mark.parametrize(("quote", "text", "kind", "unfaithful"), NOT_FIT,
                         ids=lambda v: str(v)[:40])
def test_a_denied_fitness_is_no_permission(quote: str, text: str, kind: str,
                                           unfaithful: bool) -> None:
    assert blocked(quote, text, "en", kind) == unfaithful


# What a licence covers, or what a drug is prescribed for, is the illness treated, not a
# side effect (bc801f6, b147704). The masks ran to the end of the sentence, so a warning the
# label includes, and a side effect after "but", disappeared with them: the notice was
# lost in every language (en/es only ended the "used for" mask at ", but").
LICENCE_THEN_HARM = [
    ("The drug label includes a warning about dizziness and nausea.", "en"),
    ("Its approval covers adults with depression, but many get headaches and nausea.", "en"),
    ("La ficha técnica incluye una advertencia sobre mareos y náuseas.", "es"),
    ("Su autorización cubre a adultos, pero muchos sufren mareos y náuseas.", "es"),
    ("Son autorisation comprend une mise en garde sur les vertiges et les nausées.", "fr"),
    ("Son autorisation couvre les adultes, mais beaucoup ont des vertiges et des nausées.",
     "fr"),
    ("Il est prescrit contre la dépression, mais il peut provoquer des vertiges et des "
     "nausées.", "fr"),
    ("Il est autorisé dans la dépression, mais certains patients ont des nausées.", "fr"),
    ("Die Zulassung umfasst einen Warnhinweis zu Schwindel und Übelkeit.", "de"),
    ("Die Zulassung gilt für Erwachsene, aber viele bekommen Schwindel und Übelkeit.", "de"),
]


@pytest.mark.parametrize(("sentence", "lang"), LICENCE_THEN_HARM, ids=lambda v: str(v)[:40])
def test_a_harm_beside_a_licence_is_still_a_side_effect(sentence: str, lang: str) -> None:
    from summarizer.sources.disclaimers import sentence_kinds

    assert "side-effects" in {k for k, _ in sentence_kinds(sentence, lang)}


# Evidence from the source must not be stronger than the source says (the gate lets an
# editor's tag up to the derived level through). "Randomly took/used" (8b8de79) and usual
# care alone (cf6dc0a) made a design of a phrase that names none: people who took a drug
# "randomly" at parties are no randomized trial, and patients treated "as part of routine
# care" had no comparison group. Each was weaker at 480eac3.
NOT_A_DESIGN = [
    ("A survey of 200 people who randomly used ketamine found they felt better.", "en",
     "randomized-controlled"),
    ("Some users randomly took ketamine at parties, and 30 patients reported feeling "
     "better.", "en", "randomized-controlled"),
    ("Forty patients received ketamine as part of routine care at the clinic, and 30 "
     "improved.", "en", "controlled-trial"),
    ("Doce pacientes recibieron seis infusiones como tratamiento habitual y ocho "
     "mejoraron.", "es", "controlled-trial"),
    ("Douze patients ont reçu six perfusions dans le cadre des soins habituels, et huit se "
     "sont améliorés.", "fr", "controlled-trial"),
    ("Zwölf Patienten erhielten sechs Infusionen im Rahmen der Standardbehandlung, acht "
     "besserten sich.", "de", "controlled-trial"),
]


@pytest.mark.parametrize(("sentence", "lang", "not_level"), NOT_A_DESIGN,
                         ids=lambda v: str(v)[:40])
def test_a_phrase_naming_no_design_adds_none(sentence: str, lang: str,
                                             not_level: str) -> None:
    from summarizer.evidence import derive_evidence
    from summarizer.model import EVIDENCE_RANK
    from summarizer.span import Span

    level = derive_evidence(sentence, Span(0, len(sentence)), lang).level
    assert EVIDENCE_RANK[level] < EVIDENCE_RANK[not_level], level


# the comparisons those cues were written for still count
A_DESIGN = [
    ("In the trial, 90 adults randomly got the drops or a dummy version.", "en",
     "randomized-controlled"),
    ("In a trial, 60 adults got the drug or usual care.", "en", "controlled-trial"),
    ("In a trial, the drug did better than usual care.", "en", "controlled-trial"),
    ("En un ensayo, 60 adultos recibieron el fármaco o la atención habitual.", "es",
     "controlled-trial"),
    ("Dans un essai, 60 adultes ont reçu le médicament ou les soins habituels.", "fr",
     "controlled-trial"),
    ("In einer Studie erhielten 60 Erwachsene das Mittel oder die übliche Behandlung.", "de",
     "controlled-trial"),
    ("In einer Studie erhielten 60 Erwachsene das Mittel oder eine Standardbehandlung.", "de",
     "controlled-trial"),
]


@pytest.mark.parametrize(("sentence", "lang", "level"), A_DESIGN, ids=lambda v: str(v)[:40])
def test_a_comparison_with_usual_care_is_still_one(sentence: str, lang: str,
                                                   level: str) -> None:
    from summarizer.evidence import derive_evidence
    from summarizer.span import Span

    assert derive_evidence(sentence, Span(0, len(sentence)), lang).level == level


# "Tests at the start and again" (8a1f10c) is a clinician checking the reader ("have your
# weight checked at the beginning and again within three months"), not a study measuring
# its outcome: a trial's method was proposed as a supervision notice, one the gate's
# required supervision kind could then be filled with.
@pytest.mark.parametrize("sentence", [
    "Depression scores were measured at the start and again after six weeks.",
    "Sleep quality was tested at the beginning and again at week four.",
])
def test_a_study_measuring_its_outcome_is_no_supervision(sentence: str) -> None:
    from summarizer.sources.disclaimers import sentence_kinds

    assert "supervision" not in {k for k, _ in sentence_kinds(sentence, "en")}


@pytest.mark.parametrize("sentence", [
    "Anyone who starts it should have their weight checked at the beginning and again "
    "within three months.",
    "Your blood pressure is checked at the start and again after each dose.",
    "You will get your lithium level tested again within a week.",
])
def test_a_check_of_the_reader_is_supervision(sentence: str) -> None:
    from summarizer.sources.disclaimers import sentence_kinds

    assert "supervision" in {k for k, _ in sentence_kinds(sentence, "en")}


# "A slow taper", "weekly check-ins" (8a1f10c) supervise when a clinician runs them ("took
# a GP, a slow taper and weekly check-ins"); a trial's taper or an app's check-ins are none.
@pytest.mark.parametrize("sentence", [
    "A slow taper over eight weeks cut relapse in the trial.",
    "Participants used the app for daily check-ins about their mood.",
])
def test_a_taper_or_check_in_without_a_clinician_is_no_supervision(sentence: str) -> None:
    from summarizer.sources.disclaimers import sentence_kinds

    assert "supervision" not in {k for k, _ in sentence_kinds(sentence, "en")}


@pytest.mark.parametrize("sentence", [
    "Getting off it properly took a GP, a slow taper and weekly check-ins.",
    "Expect weekly check-ins with the clinic nurse for the first month.",
])
def test_a_taper_or_check_in_run_by_a_clinician_is_supervision(sentence: str) -> None:
    from summarizer.sources.disclaimers import sentence_kinds

    assert "supervision" in {k for k, _ in sentence_kinds(sentence, "en")}


def test_a_taper_planned_with_the_prescriber_is_supervision() -> None:
    # "Plan a slow taper with your prescriber" was supervision until session 11, then
    # self-medication only (convention (a)); since session 13 (rules15, the (a') table of
    # tests/data/corpus/README.md) planning a change with a professional keeps supervision:
    # the prescriber sets the doses, as the labels of the released folders say.
    from summarizer.sources.disclaimers import sentence_kinds

    found = {k for k, _ in sentence_kinds("Plan a slow taper with your prescriber.", "en",
                                          use_model=False)}
    assert "supervision" in found


# A shop's "concentración absoluta" is hype (2c0c0c2); a clinic's "reposo y calma absoluta"
# after a session is an instruction, not a promise, and hype is refused at export.
def test_absolute_rest_after_a_session_is_no_hype() -> None:
    from summarizer.sources.claims import flag_claim

    for s in ["Tras la sesión se recomienda reposo y calma absoluta durante dos horas.",
              "Después de la infusión necesitará calma absoluta y alguien que le lleve a "
              "casa."]:
        assert "hype" not in flag_claim(s, "es")[0], s
    for s in ["Concentración absoluta y cero ansiedad con cada cápsula.",
              "Calma absoluta en minutos, con cada gota."]:
        assert "hype" in flag_claim(s, "es")[0], s
