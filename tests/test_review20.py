"""Review of session 20's landings (review20): small defects mended.

- a temperature written with the ordinal sign ("30 ºC", U+00BA, the way many Spanish and
  Portuguese texts write the degree) or the ring above ("30˚C") is a temperature too:
  faith30 read only "°" (U+00B0), so "25 ºF" printed for "25 ºC" passed as the same bare 25;
- Spanish care act "te med…" (sup20) meant "te medirá" (will measure you) but matched
  "te medicas" (you medicate yourself): a self-medication sentence read as supervision;
- the writer's own noted number (reg20's kept_numbers) read "I put" and "I wrote" in any
  sense: "I put it off for months; please call 988…" lost its crisis line (likewise es
  "me apunté a un grupo", "guardé cama", fr "j'ai écrit à SOS Amitié").

Invented sentences (no corpus text).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from faith_helpers import blocked
from rules_helpers import notices

from summarizer.gate.faithfulness import quantities
from summarizer.sources.concepts import supervision


@pytest.mark.parametrize("written", ["25 ºC", "25ºC", "25˚C", "25 °C"])
def test_a_degree_written_with_the_ordinal_sign_is_a_temperature(written):
    assert [q.unit for q in quantities(f"Conserve por debajo de {written}.", "es")] == ["°C"]


def test_fahrenheit_printed_for_celsius_with_the_ordinal_sign_is_blocked():
    quote = "Conserve los bolígrafos por debajo de 25 ºC."
    assert blocked(quote, "Conserve los bolígrafos por debajo de 25 ºF.", "es",
                   "self-medication")
    assert not blocked(quote, "Guarde los bolígrafos a menos de 25 ºC.", "es",
                       "self-medication")


def test_medicating_oneself_is_no_care_act():
    assert supervision("Si te medicas por tu cuenta, tu médico no lo sabrá.", "es") == ()


def test_a_professional_measuring_you_is_still_supervision():
    assert supervision("El médico te medirá la tensión en cada visita.", "es")


@pytest.mark.parametrize("text", [
    "I put it off for months; please call 988 if you feel you can't go on.",
    "I put off calling for weeks, but if you are thinking of suicide, call 988 tonight.",
    "I wrote to them first, but if you feel suicidal, call or text 988 any time.",
])
def test_a_verb_of_noting_in_another_sense_keeps_the_crisis_line(tmp_path: Path, text):
    assert "crisis-line" in notices(tmp_path, text, "US")


@pytest.mark.parametrize(("text", "region"), [
    ("Me apunté a un grupo de apoyo; si piensas en quitarte la vida, llama al 024.", "ES"),
    ("Guardé cama una semana, pero si piensas en el suicidio, llama al 024.", "ES"),
    ("J'ai écrit à une amie ; si vous pensez au suicide, appelez le 3114.", "FR"),
])
def test_other_senses_in_spanish_and_french_keep_the_crisis_line(
        tmp_path: Path, text: str, region: str):
    assert "crisis-line" in notices(tmp_path, text, region)


def test_a_number_the_writer_put_on_the_fridge_is_still_their_note(tmp_path: Path):
    assert "crisis-line" not in notices(
        tmp_path, "I put the 988 number on the fridge, just in case.", "US")
