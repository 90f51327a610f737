"""Reviewer's regressions, session 11: cases that worked at the session's start (36d0c53)
and broke with a change of this session, each in sentences written here (never an
article's of the labelled folders), each failing before its fix."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from evidence_helpers import level
from rules_helpers import kinds

from summarizer.sources.analyze import analyze_source
from summarizer.sources.claims import flag_claim, words_for
from summarizer.sources.contacts import find_contacts
from summarizer.sources.load import load_source


# A denial, a relative and a long run of spaces (a page's layout kept in a sentence): the
# denied relative clause (b5e753f) took a space run two ways, so reading it took time
# growing with the square of its length (20,000 spaces: ~15 s per pattern, twice).
def test_a_denied_relative_reads_a_space_run_in_linear_time() -> None:
    sentence = "There is no drop that" + " " * 20000 + "helps dry eye."
    pattern = words_for("en").denied_relative
    started = time.process_time()
    pattern.search(sentence)
    assert time.process_time() - started < 1.0
    # the denied cure itself is still read
    assert pattern.search("There is no drop that “cures” dry eye.")


# "Call us if you …" (b9d9bc1) named a warning sign whatever followed: a clinic's offer
# to answer questions became a side-effect notice. The frame needs a sign of harm.
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Please call us if you have any questions about your appointment.", "en"),
    ("Contact us if you have questions about the vaccine or the travel clinic.", "en"),
    ("Llámanos si tienes dudas sobre tu cita o el horario de la farmacia.", "es"),
    ("Appelez-nous si vous avez des questions sur votre rendez-vous.", "fr"),
    ("Rufen Sie uns an, wenn Sie Fragen zu Ihrem Termin haben.", "de"),
])
def test_call_us_with_questions_is_no_side_effect(sentence: str, lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Call us if you get blistering or burning of the skin after the peel.", "en"),
    ("Llámanos si notas ampollas o mucho ardor en la piel después del peeling.", "es"),
    ("Appelez-nous si vous avez des cloques ou une forte douleur après le soin.", "fr"),
    ("Rufen Sie uns an, wenn Sie Fieber oder starke Schmerzen bekommen.", "de"),
])
def test_call_us_with_a_sign_of_harm_is_a_side_effect(sentence: str, lang: str) -> None:
    assert "side-effects" in kinds(sentence, lang)


# "and no side effects" sold a harmless treatment (fc0310d), also in a trial's finding:
# side effects reported (or not) in a study are no promise.
@pytest.mark.parametrize("sentence", [
    "In the trial, most patients improved and no side effects were reported.",
    "Pain eased in two thirds of the group, with no side effects seen in either arm.",
])
def test_a_finding_of_no_side_effects_is_no_hype(sentence: str) -> None:
    assert "hype" not in flag_claim(sentence, "en")[0]


def test_a_promise_of_no_side_effects_is_still_hype() -> None:
    assert "hype" in flag_claim(
        "The shop sells a tea that clears the kidneys fast and with no side effects.", "en")[0]


# A vanity number's letters may run on as one word (c0c7c09): three digits then any
# word of capitals with a digit became a phone number ("500 COVID19" -> +1 500 268 4319).
@pytest.mark.parametrize("sentence", [
    "Over 500 COVID19 patients took part in the trial in 2021.",
    "The team followed 250 HIV1 carriers for a decade.",
    "A STUDY OF 500 PERSONS FOUND NO BENEFIT.",
])
def test_a_count_before_a_code_is_no_vanity_number(sentence: str) -> None:
    assert find_contacts(sentence, "US") == []


def test_a_vanity_number_run_on_is_still_read() -> None:
    found = find_contacts("If you are thinking of suicide, call 1 866 APPELLE (277-3553).", "CA")
    assert [f.contact.number for f in found] == ["+18662773553"]


# Page furniture said in a sentence (b5e753f) took health findings for a shop's offer or
# a forum's moderation: "25% off the risk", "the moderation of drinking", "the links
# between … were hidden". Each stays a claim; the furniture of test_traps11 stays none.
_PROSE = ("Pelvic floor exercises help many women with a weak bladder after childbirth. "
          "A physiotherapist can check that the muscles are squeezed the right way.")


@pytest.mark.parametrize("sentence", [
    "Taking a statin daily knocks 25% off the risk of a heart attack, a large trial found.",
    "Cutting salt takes 10% off blood pressure in a month.",
    "Most of the benefit came from the moderation of drinking, the researchers found.",
    "The links between vaping and lung damage were hidden by the tobacco industry for years.",
    "La mitad del beneficio se explica por la moderación del consumo de alcohol, según el "
    "estudio.",
    "Le traitement a permis 30 % de réduction du risque de rechute, selon l'essai.",
])
def test_a_finding_is_no_furniture(tmp_path: Path, sentence: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text(f"{_PROSE}\n\n{sentence}\n\n{_PROSE}\n", encoding="utf-8")
    quotes = [c.quote for c in analyze_source("a", load_source(path)).claims]
    assert any(sentence[:40] in q for q in quotes)


# Catalogs are written as GNU gettext writes them (7b156e4), said the README; two cases
# of a handout's text were not: a path of a web address breaks after its "/" as after a
# hyphen, and a string with no place to break stays on its keyword's line.
def test_catalog_lines_as_msgcat_writes_them_with_addresses(tmp_path: Path) -> None:
    import shutil
    import subprocess

    from summarizer.po_previous import gnu_wrap

    if shutil.which("msgcat") is None:
        pytest.skip("GNU gettext not installed")
    url = "https://example.org/" + "care/" * 16 + "chat"
    po = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
          f'msgid "Chat online at {url} any time, 24/7 and/or by text."\n'
          f'msgstr "Chatee en línea en {url} a cualquier hora, 24/7 y/o por SMS."\n\n'
          f'msgid "{"crisisline" * 10}"\nmsgstr "{"lineadecrisis" * 8}"\n\n'
          f'#~ msgid "{url}"\n#~ msgstr "{url}/es"\n')
    path = tmp_path / "handout.po"
    path.write_text(po, encoding="utf-8")
    gnu = subprocess.run(["msgcat", "--width=79", str(path)], capture_output=True,
                         text=True, check=True).stdout
    assert gnu_wrap(po, 79).splitlines() == gnu.splitlines()


# A harm heading a line ("Intoxicaciones: CITUC, +56…", b9d9bc1) is a number's label, no
# side effect; a harm the sentence states before a colon and a number to call is one.
@pytest.mark.parametrize("sentence", [
    "The cream can cause a severe rash: call 111 if it spreads.",
    "This drug can cause liver damage and jaundice: phone 0800 555 0199 at once if your "
    "skin turns yellow.",
])
def test_a_harm_stated_before_a_colon_and_a_number_is_a_side_effect(sentence: str) -> None:
    assert "side-effects" in kinds(sentence, "en")


# A result claimed in no one takes the study told next (95251de): a denied result claims
# none, and stays the article's own word ("No pill restores hearing" is no trial's).
def test_a_denied_result_takes_no_study_told_next() -> None:
    text = ("No pill restores hearing once it is gone.\n\n"
            "In a randomized trial, 300 adults with tinnitus took the supplement or a "
            "placebo for a year, and the ringing did not improve.")
    assert level(text, "No pill restores hearing once it is gone.") == "opinion"
    claimed = text.replace("No pill restores", "A new pill restores")
    assert level(claimed, "A new pill restores hearing once it is gone.") != "opinion"
