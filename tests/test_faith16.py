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


# --------------------------------------------------------------------------- denials
# A side effect's text read as denying a harm the quote affirms (harm_polarity_problems)
# from a negation that denies nothing about the treatment: an order reported ("may tell
# you not to drive"), how a symptom comes ("for no reason", "cosas que no están"), how it
# is sold ("sans ordonnance"), getting better unaided ("sin hacer nada"). 8 faithful
# rewrites of the released folders; 95 unfaithful ones are blocked by this rule alone
# ("no daña el hígado", "never upsets the stomach"): they must stay blocked.

NOT_DENIALS = [
    ("Sudden sleep attacks can also happen on these medicines, so your neurologist will ask "
     "about daytime sleepiness and may advise against driving.",
     "These drugs can cause sudden sleep attacks, so your neurologist will ask about "
     "sleepiness and may tell you not to drive.", "en"),
    ("I had a rough patch when I started levetiracetam: snapping at my wife, low, angry over "
     "nothing.",
     "When Dave started levetiracetam he became irritable, low and angry for no reason.", "en"),
    ("En personas mayores de 65 años la escopolamina puede causar confusión, alucinaciones, "
     "dificultad para orinar y caídas.",
     "Si tienes más de 65 años, la escopolamina te puede confundir, hacer ver cosas que no "
     "están, costarte trabajo orinar o hacerte caer.", "es"),
    ("Al principio puede dar náuseas, dolor de cabeza, sudoración o más inquietud durante las "
     "primeras dos semanas; suele mejorar sola.",
     "En las primeras dos semanas puede causar náuseas, dolor de cabeza, sudor o más "
     "nervios, y casi siempre se pasa sin hacer nada.", "es"),
    ("Les antitussifs qui restent en vente libre, comme le dextrométhorphane, peuvent "
     "provoquer somnolence, vertiges, nausées et, à fortes doses, une agitation ou des "
     "hallucinations.",
     "Le dextrométhorphane, vendu sans ordonnance, peut donner sommeil, vertiges et nausées, "
     "et à fortes doses agitation ou hallucinations.", "fr"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), NOT_DENIALS,
                         ids=[c[1][:40] for c in NOT_DENIALS])
def test_a_negation_that_denies_no_harm_passes(quote: str, text: str, lang: str) -> None:
    from summarizer.gate.faithfulness import check_rewrite

    # (the "sin hacer nada" text is still blocked for its "casi siempre": left open)
    assert not [p for p in check_rewrite(quote, text, lang, "side-effects")
                if p.code == "FAITH-POLARITY"]


DENIALS = [
    ("Ashwagandha puede causar molestias de estómago y, rara vez, daño en el hígado.",
     "La ashwagandha no daña el hígado.", "es"),
    ("It can upset the stomach in some people.", "It never upsets the stomach.", "en"),
    ("It can cause drowsiness the next morning, so you may be told not to drive.",
     "It does not cause drowsiness.", "en"),
    ("Il peut provoquer une somnolence et des vertiges.",
     "Il ne provoque ni somnolence ni vertiges, même sans ordonnance.", "fr"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), DENIALS, ids=[c[1][:40] for c in DENIALS])
def test_a_harm_printed_as_denied_still_blocks(quote: str, text: str, lang: str) -> None:
    from summarizer.gate.faithfulness import check_rewrite

    assert check_rewrite(quote, text, lang, "side-effects")
