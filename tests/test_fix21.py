"""Detector defects a tester found writing a handout on semaglutide for heavy drinking
(session 20, helper fix21), from an article written for these tests, never a seed's or
a held-out folder's text: a treatment given "under the care of a doctor" is supervision;
a drug and alcohol helpline's sentence is a contact, never a claim; a number that is part
of a name ("type 2 diabetes") left out with its name is no changed number; a Spanish
"solo" before the verb it restricts keeps the restriction."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarizer.learned import notices as notice_model
from summarizer.learned.notices import ENV
from summarizer.sources import analyze
from summarizer.sources.disclaimers import sentence_kinds

SUPERVISED = "The injection should only be started and adjusted under the care of a doctor."
HELPLINE = ("If you or someone you know is struggling with drinking, call the SAMHSA "
            "National Helpline at 1-800-662-4357. It is free, confidential and open 24 "
            "hours a day, 7 days a week.")
HELPLINE_ONE = ("If drinking is hurting you or someone you love, the SAMHSA National "
                "Helpline (1-800-662-4357) is free, confidential and open 24 hours a day.")
ARTICLE = f"""Can a weight-loss shot help people drink less?

Semaglutide, a weekly injection sold for diabetes and weight loss, is being studied as a
way to help people cut down on alcohol.

In a small randomized trial of 48 adults with alcohol use disorder, people who got low
doses of semaglutide drank less on their heaviest drinking days than people who got a
placebo.

Common side effects include nausea, vomiting, diarrhea and constipation, and they are
usually worst when the dose goes up.

Semaglutide is approved for type 2 diabetes and weight loss, but the FDA has not approved
it to treat drinking problems.

{SUPERVISED}

{HELPLINE}

{HELPLINE_ONE}
"""


@pytest.fixture(params=["shipped", "off"])
def model(request: pytest.FixtureRequest) -> Iterator[str]:
    """The notice model shipped, then none (the rules alone)."""
    old = os.environ.get(ENV)
    if request.param == "off":
        os.environ[ENV] = "off"
    else:
        os.environ.pop(ENV, None)
    analyze.forget()
    notice_model.forget()
    yield request.param
    if old is None:
        os.environ.pop(ENV, None)
    else:
        os.environ[ENV] = old
    analyze.forget()
    notice_model.forget()


def _analysis(tmp_path: Path) -> analyze.SourceAnalysis:
    from summarizer.sources.load import load_source

    path = tmp_path / "semaglutide.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return analyze.analyze_source("a", load_source(path), region="US")


# 1. Started and adjusted "under the care of a doctor": the doctor's care, supervision;
# with a harm as its reason, supervision and a side effect (convention (e)).
@pytest.mark.parametrize("sentence", [
    SUPERVISED,
    "The injection should only be started and adjusted under the care of a doctor, "
    "because raising the dose too fast can cause severe nausea and vomiting.",
    "Only use it under a doctor's care.",
])
def test_under_the_care_of_a_doctor_is_supervision(sentence: str, model: str) -> None:
    use = model != "off"
    assert "supervision" in {k for k, _ in sentence_kinds(sentence, "en", use_model=use)}


@pytest.mark.parametrize(("lang", "sentence"), [
    ("es", "La inyección solo debe iniciarse y ajustarse bajo el cuidado de un médico."),
    ("fr", "L'injection ne doit être commencée et ajustée que sous les soins d'un médecin."),
    ("de", "Die Spritze sollte nur in der Obhut einer Ärztin begonnen und angepasst werden."),
])
def test_under_a_doctors_care_is_supervision_in_every_language(lang: str, sentence: str) -> None:
    assert "supervision" in {k for k, _ in sentence_kinds(sentence, lang, use_model=False)}


def test_the_article_proposes_its_supervision_line_as_supervision_only(
        tmp_path: Path, model: str) -> None:
    kinds = {d.kind for d in _analysis(tmp_path).disclaimers if d.quote == SUPERVISED}
    assert kinds == {"supervision"}


# 2. A drug and alcohol helpline (SAMHSA's, regions.toml: a treatment-referral line, no
# crisis line) is found as a contact and proposed as no claim, nor are the words that
# say what the line is; it is no crisis-line notice either.
def test_a_helpline_is_a_contact_and_no_claim(tmp_path: Path, model: str) -> None:
    from summarizer.sources.contacts import find_contacts

    an = _analysis(tmp_path)
    claims = [c.quote for c in an.claims]
    for quote in claims:
        assert "Helpline" not in quote and "free, confidential" not in quote, quote
    assert not [d for d in an.disclaimers if d.kind == "crisis-line"]
    (found,) = find_contacts(HELPLINE_ONE, "US")
    assert (found.contact.number, found.contact.role) == ("+18006624357", "treatment-referral")
    # the article's claims are still proposed
    assert any(q.startswith("In a small randomized trial") for q in claims)


# 3. "type 2 diabetes" left out with its name: no number dropped (the trained check's
# "-NUM"), so the faithful regulatory text passes; a number of a name kept changed still
# counts ("type 1" for "type 2").
REGULATORY = ("Semaglutide is approved for type 2 diabetes and weight loss, but the FDA has "
              "not approved it to treat drinking problems.")


@pytest.mark.parametrize(("quote", "lang", "text"), [
    (REGULATORY, "en", "The FDA has not approved semaglutide to treat drinking problems."),
    ("The FDA has not approved semaglutide to treat alcohol use disorder; it is approved "
     "only for type 2 diabetes and weight loss.", "en",
     "The FDA has not approved semaglutide to treat alcohol use disorder."),
    ("In a Phase 3 trial it helped, but the FDA has not approved it for alcohol use "
     "disorder.", "en", "The FDA has not approved it for alcohol use disorder."),
])
def test_a_number_left_out_with_its_name_is_no_changed_number(
        quote: str, lang: str, text: str) -> None:
    from summarizer.gate import faith_model
    from summarizer.gate.faithfulness import check_rewrite

    assert "-NUM" not in faith_model.differences(quote, text, lang)
    assert check_rewrite(quote, text, lang, "regulatory") == []


def test_a_number_of_a_name_changed_is_still_a_changed_number() -> None:
    from summarizer.gate import faith_model

    quote = "It is approved for type 2 diabetes, not for drinking problems."
    assert "-NUM" in faith_model.differences(
        quote, "It is approved for type 1 diabetes, not for drinking problems.", "en")
    assert "-NUM" in faith_model.differences(
        "Over 12 weeks, people drank less.", "People drank less.", "en")


# 4. Spanish "solo" before the verb it restricts ("Solo empiece…") keeps the restriction
# of "only", as "…solo con un médico" does.
@pytest.mark.parametrize("translated", [
    "Solo empiece o cambie esta inyección con un médico, que puede subir la dosis poco a poco.",
    "Empiece o cambie esta inyección solo con un médico, que puede subir la dosis poco a poco.",
])
def test_a_spanish_solo_before_its_verb_keeps_the_restriction(translated: str) -> None:
    from summarizer.gate.faithfulness import translation_problems

    source = "Only start or change this injection with a doctor, who can raise the dose slowly."
    assert translation_problems(translated, "es", source, "en", "supervision") == []


def test_a_spanish_translation_without_the_restriction_is_still_refused() -> None:
    from summarizer.gate.faithfulness import translation_problems

    source = "Only start or change this injection with a doctor, who can raise the dose slowly."
    found = translation_problems("Empiece o cambie esta inyección, y suba la dosis poco a "
                                 "poco.", "es", source, "en", "supervision")
    assert any("restricts" in p.message for p in found)
