"""train27 (sleep, breathing and lungs): the folder loads, and a quote that opens with an
ordinal unit ("Day four on the patch ...") no longer crashes the faithfulness gate."""
import tomllib
from pathlib import Path

from summarizer.gate.faithfulness import check_rewrite, nth_units

DATA = Path(__file__).resolve().parent / "data" / "train27"
QUOTE = "Day four on the patch and the dreams are wild, but I haven't touched the vape once."


def _rewrites(quote: str) -> list[dict]:
    rows = tomllib.loads((DATA / "rewrites.toml").read_text(encoding="utf-8"))["rewrite"]
    return [r for r in rows if r["quote"] == quote]


def test_a_quote_opening_with_day_and_a_number_word_is_read_as_day_four() -> None:
    # the first word has no word before it: that is "no number before", not a crash
    found, _ = nth_units(QUOTE, "en")
    assert (4.0, "day", "Day four") in [(v, u, s) for v, u, s in found]


def test_the_gate_blocks_day_forty_for_day_four_and_passes_the_plain_rewrite() -> None:
    rows = _rewrites(QUOTE)
    assert {r["change"] for r in rows} == {"plain", "duration"}
    for r in rows:
        blocked = bool(check_rewrite(r["quote"], r["text"], "en", "claim"))
        assert blocked == (not r["faithful"]), r["text"]
