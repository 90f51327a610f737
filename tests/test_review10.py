"""Review, session 10 (review10): defects found in the work landed this session, each
test written to fail on main before its fix.

- A drug swapped for a brand name that begins like a common word ("Proscar" ~ "prose",
  "Januvia" ~ "Janus", "Claritin" ~ "clarito") passed the gate once faith11's
  word_endings took any rare word whose first letters, plus an ending, make a common
  word as "a form of a common word": the rare word must itself end in one of the
  language's endings (or a Spanish clitic after one) to be a form of another.
- A prohibition over a time printed as leave within that time ("you cannot drive until
  the next day" -> "you can drive until the next day", "durante 24 horas", "avant le
  lendemain") passed: the permission's condition was taken for where the ban ends,
  whatever its connective (before this session too).
- A new pure module (contact_channels.py) was outside the layer contract's list, so
  nothing kept Textual or WeasyPrint out of it: every module of the package but the
  interface ones is now checked to be in the list.
- A German harm frame with its harm denied ("Unter der Einnahme wurden keine Probleme
  berichtet") was a side-effect notice (370df52): the denied subject sits inside the
  frame, where the denial check before the match never looked.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from faith_helpers import blocked, hand_pairs, ids

ROOT = Path(__file__).resolve().parents[1]
# The modules that may draw with Textual or WeasyPrint (the contract's own name says so).
INTERFACE = {"__init__", "__main__", "cli", "export", "render", "weasy", "pdf_ua", "tui",
             "commands"}


def test_every_domain_module_is_in_the_layer_contract():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contract = next(c for c in data["tool"]["importlinter"]["contracts"]
                    if set(c["forbidden_modules"]) == {"textual", "weasyprint"})
    listed = set(contract["source_modules"])
    package = ROOT / "summarizer"
    names = {p.stem for p in package.glob("*.py")} | {
        p.parent.name for p in package.glob("*/__init__.py")}
    missing = sorted(n for n in names - INTERFACE if f"summarizer.{n}" not in listed)
    assert not missing, f"add to pyproject's layer contract: {missing}"

# A drug swapped for another whose name no list knows: blocked by the rare-name check.
BRAND_SWAPS = [
    ("Tamsulosin eases urinary symptoms in older men.",
     "Proscar eases urinary symptoms in older men.", "en"),
    ("Sitagliptin lowers blood sugar in adults with type 2 diabetes.",
     "Januvia lowers blood sugar in adults with type 2 diabetes.", "en"),
    ("La sertralina alivia la ansiedad en adultos.",
     "El claritin alivia la ansiedad en adultos.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), BRAND_SWAPS, ids=ids)
def test_a_swapped_name_beginning_like_a_common_word_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang)


# Forms of common words stay no drug name (faith11's family), in the languages that have
# them: a subjunctive, a voseo imperative with a clitic, a French imperative.
COMMON_FORMS = [
    ("No subas la dosis por tu cuenta: si la querés dejar, consultá con tu neuróloga.",
     "No aumentes la dosis sola. Si querés dejarla, hablalo con tu neuróloga.", "es"),
    ("Dissolvez la poudre dans un verre d'eau.", "Diluez la poudre dans un verre d'eau.", "fr"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), COMMON_FORMS, ids=ids)
def test_a_form_of_a_common_word_is_still_no_drug_name(quote, text, lang):
    assert not blocked(quote, text, lang, "self-medication")


# A prohibition over a time printed as leave for that very time: "do not drive until the
# next day" -> "you can drive until the next day" (pre-existing: the permission's
# condition was read as where the prohibition ends, whatever its connective).
PERMITTED_WITHIN_THE_BAN = [
    ("You cannot drive until the next day.", "You can drive until the next day.", "en"),
    ("You cannot drive for 24 hours after the dose.",
     "You can drive for 24 hours after the dose.", "en"),
    ("Do not drink alcohol for 3 days after the last tablet.",
     "You may drink alcohol for 3 days after the last tablet.", "en"),
    ("No puede conducir durante 24 horas después de la dosis.",
     "Puede conducir durante 24 horas después de la dosis.", "es"),
    ("Usted no puede conducir hasta el día siguiente.",
     "Usted puede conducir hasta el día siguiente.", "es"),
    ("Vous ne pouvez pas conduire avant le lendemain.",
     "Vous pouvez conduire avant le lendemain.", "fr"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), PERMITTED_WITHIN_THE_BAN, ids=ids)
def test_leave_within_the_time_a_ban_lasts_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "supervision")


# Leave from where the ban ends stays faithful (the existing family, kept).
PERMITTED_AFTER_THE_BAN = hand_pairs("permitted-after-the-ban", "quote", "text", "lang")


@pytest.mark.parametrize(("quote", "text", "lang"), PERMITTED_AFTER_THE_BAN, ids=ids)
def test_leave_after_the_ban_ends_still_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "supervision")


# A harm's frame said with its harm denied is no side-effect notice (370df52's
# harm_frames): German puts the denied subject inside the frame ("Unter der Einnahme
# wurden keine Probleme berichtet"), so the denial before the match never saw it.
@pytest.mark.parametrize("sentence", [
    "Unter der Einnahme wurden keine Probleme berichtet.",
    "Bei der Anwendung wurden keine schweren Nebenwirkungen beobachtet.",
    "Unter der Einnahme wurde nichts Ungewöhnliches beobachtet.",
    "Es wurden unter der Behandlung keine Todesfälle berichtet.",
])
def test_a_denied_harm_in_a_german_frame_is_no_side_effect(sentence):
    from summarizer.sources.disclaimers import sentence_kinds

    assert "side-effects" not in {k for k, _ in sentence_kinds(sentence, "de", use_model=False)}


@pytest.mark.parametrize("sentence", [
    "Unter der Einnahme wurden Kopfschmerzen und Schwindel berichtet.",
    "Es wurden unter der Behandlung Fälle von Leberschäden berichtet.",
])
def test_a_harm_in_a_german_frame_is_still_a_side_effect(sentence):
    from summarizer.sources.disclaimers import sentence_kinds

    assert "side-effects" in {k for k, _ in sentence_kinds(sentence, "de", use_model=False)}
