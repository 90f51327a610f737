"""Issue 8: the misses of the heldout5 measurement, each read from its real article.

heldout5 (tests/data/heldout5/) was measured untouched at the end of session 3 and may
now be tuned on. Each test loads the article by path and analyses it as `summarizer`
does; the fix behind each is a general concept (tests/test_generalisation.py holds a
sentence of its own for each), not the article's phrase.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from summarizer.evidence import derive_evidence, hedge_words
from summarizer.model import Span
from summarizer.sources.analyze import analyze_source
from summarizer.sources.claims import flag_claim
from summarizer.sources.load import load_source

HELDOUT5 = Path(__file__).resolve().parent / "data" / "heldout5"
REGION = {
    "en-amber-glasses-mania-clinic.html": "CA",
    "en-clonidine-kids-sleep-news.txt": "AU",
    "en-cold-water-mood-blog.html": "GB",
    "en-fluvoxamine-covid-news.txt": "US",
    "es-hidroxicina-ansiedad-noticia.txt": "ES",
    "es-nootropicos-tienda.html": "MX",
    "es-oxitocina-ratas-autismo.txt": "US",
}


@cache
def _analysed(name: str):
    src = load_source(HELDOUT5 / name)
    return src, analyze_source(Path(name).stem, src, region=REGION[name])


def kinds_of(name: str, start: str) -> set[str]:
    """The notice kinds found for the sentence of `name` that starts with `start`."""
    src, an = _analysed(name)
    at = src.text.index(start)
    return {d.kind for d in an.disclaimers if d.span.start <= at < d.span.end}


def sentence(name: str, start: str) -> str:
    text = _analysed(name)[0].text
    at = text.index(start)
    end = min(i for i in (text.find(". ", at), text.find(".\n", at), len(text) - 1) if i >= 0)
    return text[at:end + 1]


def level(name: str, start: str) -> str:
    src, _ = _analysed(name)
    s = sentence(name, start)
    at = src.text.index(s)
    lang = "es" if name.startswith("es-") else "en"
    return derive_evidence(src.text, Span(at, at + len(s)), lang).level


# ------------------------------------------------------------------ crisis lines

@pytest.mark.parametrize(("name", "start"), [
    ("en-amber-glasses-mania-clinic.html", "For a medical emergency, call 911."),
    ("es-oxitocina-ratas-autismo.txt", "Para emergencias médicas, marque el 911."),
])
def test_an_emergency_number_for_a_medical_emergency_is_no_crisis_line(name: str,
                                                                      start: str) -> None:
    assert "crisis-line" not in kinds_of(name, start)
    _, an = _analysed(name)
    assert "911" not in {c.number for d in an.disclaimers for c in d.contacts}


def test_a_crisis_line_that_answers_you_is_a_crisis_line() -> None:
    assert "crisis-line" in kinds_of("es-hidroxicina-ansiedad-noticia.txt",
                                     "Recuerde: si está en crisis")


# ------------------------------------------------------------------ supervision

@pytest.mark.parametrize(("name", "start"), [
    ("en-amber-glasses-mania-clinic.html", "A nurse from our team phones every patient"),
    ("en-cold-water-mood-blog.html", "If you have heart trouble"),
    ("es-oxitocina-ratas-autismo.txt", "En los ensayos, un médico revisaba"),
])
def test_supervision_said_new_ways(name: str, start: str) -> None:
    assert "supervision" in kinds_of(name, start)


def test_asking_first_when_pregnant_is_self_medication() -> None:
    # supervision here until session 12 (convention (a'): asking first is self-medication
    # only; heldout5's label reads it so since labels14)
    found = kinds_of("es-nootropicos-tienda.html", "Si estás embarazada, amamantando")
    assert "supervision" not in found
    assert "self-medication" in found


# ------------------------------------------------------------------ self-medication

def test_a_description_is_no_self_medication() -> None:
    assert "self-medication" not in kinds_of("en-amber-glasses-mania-clinic.html",
                                             "\"The glasses are cheap and low risk")


def test_a_clearance_is_supervision_and_self_medication() -> None:
    # session 10 (the lead's label decision): an order that names the clinician is both
    assert {"supervision", "self-medication"} <= kinds_of("en-cold-water-mood-blog.html",
                                                          "If you have heart trouble")


# ------------------------------------------------------------------ side effects

@pytest.mark.parametrize(("name", "start"), [
    ("en-cold-water-mood-blog.html", "Cold shock can make you gasp"),
    ("es-oxitocina-ratas-autismo.txt", "Algunos niños que lo usaron tuvieron sed"),
])
def test_side_effects_in_everyday_words(name: str, start: str) -> None:
    assert "side-effects" in kinds_of(name, start)


@pytest.mark.parametrize(("name", "start"), [
    ("en-amber-glasses-mania-clinic.html", "Some of our patients with bipolar disorder"),
    ("en-clonidine-kids-sleep-news.txt", "Doctors in Brisbane described"),
    ("es-hidroxicina-ansiedad-noticia.txt", "En caso de intoxicación"),
])
def test_the_illness_a_case_or_a_poisons_line_is_no_side_effect(name: str, start: str) -> None:
    assert "side-effects" not in kinds_of(name, start)


# ------------------------------------------------------------------ evidence

@pytest.mark.parametrize(("name", "start", "want"), [
    ("en-clonidine-kids-sleep-news.txt", "Doctors in Brisbane described", "case-report"),
    ("en-cold-water-mood-blog.html", "A small study of 20 volunteers", "human-trial"),
    ("en-fluvoxamine-covid-news.txt", "In a group of 65 workers", "human-observational"),
    ("es-oxitocina-ratas-autismo.txt", "Un espray de oxitocina logra", "animal"),
])
def test_evidence_levels(name: str, start: str, want: str) -> None:
    assert level(name, start) == want


# ------------------------------------------------------------------ traps

def test_permission_may_is_no_hedge() -> None:
    s = sentence("en-clonidine-kids-sleep-news.txt", "Parents may give the dose")
    assert hedge_words(s, "en") == ()


def test_a_personal_story_is_no_claim() -> None:
    _, an = _analysed("en-cold-water-mood-blog.html")
    assert not any(c.quote.startswith("I started sea swimming") for c in an.claims)


def test_a_headline_selling_an_animal_result_to_people_is_hype() -> None:
    s = sentence("es-oxitocina-ratas-autismo.txt", "Un espray de oxitocina logra")
    assert "hype" in flag_claim(s, "es")[0]


# ------------------------------------------- heldout4 (tuned on since session 3)

HELDOUT4 = HELDOUT5.parent / "heldout4"


@pytest.mark.parametrize(("name", "region", "start"), [
    ("en-lamotrigine-forum.txt", "GB", "I've read it can cause a bad rash."),
    ("en-varenicline-news.txt", "US", "For years the drug carried a boxed warning"),
])
def test_hearsay_and_a_warning_of_the_past_are_no_side_effect(name: str, region: str,
                                                              start: str) -> None:
    src = load_source(HELDOUT4 / name)
    an = analyze_source(Path(name).stem, src, region=region)
    at = src.text.index(start)
    assert "side-effects" not in {d.kind for d in an.disclaimers
                                  if d.span.start <= at < d.span.end}
