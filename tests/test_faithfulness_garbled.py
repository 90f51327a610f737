"""FAITH-GARBLED: a web address or phone number cut short or run into the next word.

Measured: the seed article behind the example lost its link texts ("Call or text 988 or
chat at org.", "go directly to FindTreatment.govor call 800-662-HELP"), and a crisis
notice written from such a quote passed the gate with no word. Now a printed text with a
garbled address is an error (in any language), and a quote with one is a warning on the
item written from it when the printed text keeps what the address was for ("chat").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po, write_po
from conftest import EXAMPLE, seed
from test_export import copy_example

from summarizer.checks import blocking, check_handout
from summarizer.gate.addresses import garbled_addresses
from summarizer.handout_file import load_handout
from summarizer.model import Disclaimer, Handout, Span


def garbled(path: Path, locales: list[str] | None = None) -> list:
    return [f for f in check_handout(load_handout(path), locales) if f.code == "FAITH-GARBLED"]


def test_the_example_crisis_notice_is_flagged_for_its_garbled_quote(tmp_path: Path):
    """The example once printed "You can also chat online." from "... or chat at org.": a
    warning. It now leaves chat out, as the warning advises, and checks clean."""
    assert not [f for f in check_handout(load_handout(EXAMPLE)) if f.code == "FAITH-GARBLED"]

    def chat(h: Handout) -> None:
        notice = next(d for d in h.disclaimers if d.id == "crisis-988")
        notice.text += " You can also chat online."

    found = garbled(copy_example(tmp_path, chat), ["en"])
    assert [(f.item, f.severity) for f in found] == [("crisis-988", "warning")]
    assert "'org.'" in found[0].message and "cut short" in found[0].message


def test_a_printed_garbled_address_blocks_export(tmp_path: Path):
    def edit(h: Handout) -> None:
        notice = next(d for d in h.disclaimers if d.id == "crisis-988")
        notice.text = "Call or text 988 or chat at org."

    path = copy_example(tmp_path, edit)
    found = [f for f in blocking(check_handout(load_handout(path)), "en")
             if f.code == "FAITH-GARBLED"]
    assert [(f.item, f.severity) for f in found] == [("crisis-988", "error")]


def test_the_seed_articles_run_together_address_is_found_and_blocks(tmp_path: Path):
    text = seed("002").read_text(encoding="utf-8")
    quote = next(s for s in text.splitlines() if "FindTreatment" in s)
    quote = quote[quote.index("If you are ready"):].strip()
    written = [w for w, _ in garbled_addresses(quote)]
    assert written == ["FindTreatment.govor"]

    def edit(h: Handout) -> None:
        h.disclaimers.append(Disclaimer(
            "treatment-finder", "educational", "medicalresearch", Span(0, len(quote)), quote,
            "To find a treatment centre, go to FindTreatment.govor call 800-662-HELP (4357)."))

    found = garbled(copy_example(tmp_path, edit), ["en"])
    assert [(f.item, f.severity) for f in found if f.item == "treatment-finder"] == [
        ("treatment-finder", "error")]
    message = next(f.message for f in found if f.item == "treatment-finder")
    assert "'FindTreatment.gov' + 'or'" in message


def test_a_translation_with_a_garbled_address_is_blocked_in_that_language(tmp_path: Path):
    path = copy_example(tmp_path)
    po = path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    with po.open("rb") as fh:
        catalog = read_po(fh)
    msgid = next(d.text for d in load_handout(path).handout.disclaimers if d.id == "crisis-988")
    catalog[msgid].string += " También puede chatear en org."
    with po.open("wb") as fh:
        write_po(fh, catalog)
    found = [f for f in blocking(check_handout(load_handout(path), ["es"]), "es")
             if f.code == "FAITH-GARBLED"]
    assert [(f.item, f.locale) for f in found] == [("crisis-988", "es")]


@pytest.mark.parametrize("text", [
    "Call or text 988 or chat at 988lifeline.org.",
    "To learn more, visit FindSupport.gov. If you are ready, go to FindTreatment.gov or call "
    "800-662-HELP (4357).",
    "The Spanish line is 1-888-628-9454 (toll-free).",
    "In the UK, call Samaritans on 116 123 or 0800 689 5652; see nhs.uk.",
    "Results were compared.Compared with placebo, the drug did better.",
    "Go to example.network or help.community for details.",
    "The net effect was small, and more than mil pacientes took part.",
    "Más de mil pacientes participaron en el estudio.",
])
def test_whole_addresses_and_numbers_pass(text: str):
    assert garbled_addresses(text) == []


@pytest.mark.parametrize(("text", "written"), [
    ("Call or text 988 or chat at org.", "org."),
    ("For details visit .gov today.", ".gov"),
    ("Go to FindTreatment.govor call 800-662-HELP.", "FindTreatment.govor"),
    ("See samhsa.govfor help.", "samhsa.govfor"),
    ("Go to www. for details.", "www."),
    ("Call 1-888-628-945 for help in Spanish.", "1-888-628-945"),
    ("Call 1-800-273-82555.", "1-800-273-82555"),
])
def test_cut_short_or_run_together_is_found(text: str, written: str):
    assert [w for w, _ in garbled_addresses(text)] == [written]


def test_a_notice_that_drops_the_garbled_way_of_help_is_not_flagged(tmp_path: Path):
    def edit(h: Handout) -> None:
        notice = next(d for d in h.disclaimers if d.id == "crisis-988")
        notice.text = "If you are in crisis, call or text 988."

    assert garbled(copy_example(tmp_path, edit), ["en"]) == []
