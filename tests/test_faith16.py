"""Session 14's faithfulness fixes (faith16).

- hostile input: compare() on a long run of "1,1,1,…" read the run from each of its
  numbers (a list "3, 6, 12 and 24 weeks" is looked for from every number) and searched
  the whole text once per number for the word before it: work grew with the square of
  the run (10,000 characters: 9.6 s). The test counts the work, not the time.
"""

from __future__ import annotations

import re
import sys

import pytest

from summarizer.gate import faithfulness


class _CountingRe:
    """The `re` module as faithfulness.py sees it, counting the characters each call of a
    module-level function is handed to scan (a search from the start of a long text for
    each of its numbers is quadratic inside C, where a call counter sees one call)."""

    def __init__(self) -> None:
        self.chars = 0

    def __getattr__(self, name: str) -> object:
        real = getattr(re, name)
        if name not in ("search", "match", "fullmatch", "findall", "finditer", "sub",
                        "subn", "split"):
            return real

        def counted(pattern, string, *args, **kwargs):  # type: ignore[no-untyped-def]
            self.chars += len(string) if isinstance(string, str) else 0
            return real(pattern, string, *args, **kwargs)

        return counted


def _work(text: str, quote: str, lang: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """Python function calls made by compare() plus characters handed to re's functions."""
    counting = _CountingRe()
    monkeypatch.setattr(faithfulness, "re", counting)
    calls = 0

    def profile(frame, event, arg):  # type: ignore[no-untyped-def]
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    faithfulness._compare.cache_clear()
    faithfulness.quantities.cache_clear()
    sys.setprofile(profile)
    try:
        faithfulness.compare(text, quote, lang)
    finally:
        sys.setprofile(None)
        monkeypatch.setattr(faithfulness, "re", re)
    return calls + counting.chars


QUOTE = "In a trial of 120 adults, 45% felt better within two months."


@pytest.mark.parametrize(("filler", "side"), [
    ("1,", "text"), ("1,", "quote"), ("1, ", "text"), ("12,", "text"), ("1-", "text"),
    ("1 ", "text"), ("1.", "text"),
])
def test_compare_on_a_run_of_numbers_does_work_in_proportion_to_it(
        filler: str, side: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def work(size: int) -> int:
        run = "Take " + (filler * size)[:size]
        text, quote = (run, QUOTE) if side == "text" else (QUOTE, run)
        return _work(text, quote, "en", monkeypatch)

    work(100)  # word lists loaded
    small, large = work(500), work(2000)
    # four times the text: about four times the work (the square would be sixteen)
    assert large <= 6 * small, (small, large)


# --------------------------------------------------------------------------- conditions
# A permission's condition dropped (gate: _dropped_condition_problems) was read where the
# quote gives no leave at all ("they can be very upsetting while they last", "the drops
# may need to stop if this happens": what may happen) and where the text keeps the
# condition in its own words ("if there is a problem" -> "if something goes wrong").
# 8 of the released folders' faithful rewrites were blocked so, and each of the 6
# unfaithful ones it read was blocked by another finding too.

KEPT_CONDITIONS = [
    ("Distorted smells, where coffee or onions smell like sewage, are common during "
     "recovery and are often a sign the nerves are regrowing, although they can be very "
     "upsetting while they last.",
     "While smell comes back, things like coffee or onions can smell like sewage. This is "
     "common and often means the nerves are healing, but it can be very upsetting.",
     "en", ""),
    ("Rarely, people develop eosinophilic oesophagitis, with food sticking on the way down "
     "or chest pain when swallowing; tell your doctor if this happens, as the drops may "
     "need to stop.",
     "In rare cases people get eosinophilic oesophagitis: food sticks when swallowing or "
     "the chest hurts. Tell your doctor, because the drops may have to stop.",
     "en", "side-effects"),
    ("Filler should be injected by a doctor, nurse or dentist who has examined your face, "
     "knows the blood vessels in the area and can dissolve the filler on the spot if there "
     "is a problem.",
     "Have filler put in by a doctor, nurse or dentist who has checked your face, "
     "understands its blood vessels and can dissolve it straight away if something goes "
     "wrong.", "en", "supervision"),
    ("Si la suspendes, en unas semanas vuelven el cansancio, el frío y la lentitud, y en "
     "personas con el corazón delicado suspenderla de golpe puede ser peligroso.",
     "Si la dejas, en pocas semanas regresan el cansancio, el frío y la lentitud, y dejarla "
     "de repente puede ser peligroso si tu corazón es delicado.", "es", "self-medication"),
    ("Si vous ne pouvez pas faire quatre pas, si l'os est douloureux au toucher ou si la "
     "cheville est très gonflée, consultez un médecin, qui pourra demander une "
     "radiographie.",
     "Si vous ne pouvez pas faire quatre pas, si l'os fait mal quand on appuie ou si la "
     "cheville est très gonflée, voyez un médecin, qui pourra demander une radio.",
     "fr", "supervision"),
]


@pytest.mark.parametrize(("quote", "text", "lang", "kind"), KEPT_CONDITIONS,
                         ids=[c[1][:40] for c in KEPT_CONDITIONS])
def test_a_condition_kept_in_other_words_or_no_leave_at_all_passes(
        quote: str, text: str, lang: str, kind: str) -> None:
    from summarizer.gate.faithfulness import check_rewrite

    assert check_rewrite(quote, text, lang, kind) == []


DROPPED_CONDITIONS = [
    ("You can stop taking it after six months if your doctor agrees.",
     "You can stop taking it after six months.", "en"),
    ("You can stop taking it after six months if your doctor agrees.",
     "You can stop taking it after six months if you want.", "en"),
    ("You may go home the same day if someone drives you.",
     "You may go home the same day.", "en"),
    ("Puede dejar de tomarlo a los seis meses si su médico está de acuerdo.",
     "Puede dejar de tomarlo a los seis meses.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), DROPPED_CONDITIONS,
                         ids=[c[1][:40] for c in DROPPED_CONDITIONS])
def test_a_permission_printed_without_its_condition_still_blocks(
        quote: str, text: str, lang: str) -> None:
    from summarizer.gate.faithfulness import check_rewrite

    assert any(p.code == "FAITH-POLARITY"
               for p in check_rewrite(quote, text, lang, "self-medication"))
