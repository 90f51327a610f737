"""Faithfulness, issue 8 (new-user tester's findings), in sentences of our own, each
written failing before the change that fixed it. Each case calls the pure module the gate
calls (`check_rewrite`: quote, printed text, language, notice kind or evidence tag).
"""

from __future__ import annotations

import pytest

from summarizer.gate import faithfulness as faith


def blocked(quote: str, text: str, lang: str = "en", kind: str = "") -> bool:
    return bool(faith.check_rewrite(quote, text, lang, kind))


def _ids(v: object) -> str:
    return str(v)[:40]


# --------------------------------------------------------------------------- negative subject
# "Nobody should stop their medicine to try this" forbids stopping as surely as "do not
# stop": its subject is the negation ("nadie debe", "niemand sollte"). Read as "should
# stop", the gate passed "Stop your medicine" and blocked the faithful "Do not stop".

NOBODY_QUOTES = [
    ("Nobody should stop their medication or therapy to try this.", "en",
     "Stop your medicine before you try this clip.",
     "Do not stop your therapy to try this clip."),
    ("Nobody should stop taking their pills to use this app.", "en",
     "You can stop taking your pills to use this app.",
     "Keep taking your pills while you use this app."),
    ("None of you should stop your medicine to try this device.", "en",
     "Stop your medicine before you try this device.",
     "Do not stop your medicine to try this device."),
    ("Nadie debe dejar su medicación ni su terapia para probar esto.", "es",
     "Deje su medicación antes de probar este clip.",
     "No deje su medicación para probar este clip."),
    ("Ninguno de ustedes debe dejar su medicación para probar esto.", "es",
     "Puede dejar su medicación para probar este clip.",
     "No deje su medicación para probar este clip."),
    ("Personne ne doit arrêter son traitement pour essayer ceci.", "fr",
     "Arrêtez votre traitement avant d'essayer ce clip.",
     "N'arrêtez pas votre traitement pour essayer ce clip."),
    ("Niemand sollte seine Medikamente absetzen, um das auszuprobieren.", "de",
     "Setzen Sie Ihre Medikamente ab, bevor Sie den Clip ausprobieren.",
     "Setzen Sie Ihre Medikamente nicht ab, um den Clip auszuprobieren."),
]


@pytest.mark.parametrize(("quote", "lang", "inverted", "kept"), NOBODY_QUOTES, ids=_ids)
def test_an_order_a_negative_subject_forbids_printed_as_leave_is_blocked(
        quote, lang, inverted, kept):
    assert blocked(quote, inverted, lang)


@pytest.mark.parametrize(("quote", "lang", "inverted", "kept"), NOBODY_QUOTES, ids=_ids)
def test_the_same_prohibition_in_other_words_passes(quote, lang, inverted, kept):
    assert not blocked(quote, kept, lang)


NOBODY_TEXTS = [  # the prohibition printed with a negative subject
    ("Do not stop your medicine or therapy to try this clip.", "en",
     "No one should stop their medicine to try this clip."),
    ("Do not stop your medicine or therapy to try this clip.", "en",
     "Nobody should stop their medicine to try this clip."),
    ("No deje su medicación para probar este clip.", "es",
     "Nadie debe dejar su medicación para probar este clip."),
    ("Setzen Sie Ihre Medikamente nicht ab, um den Clip auszuprobieren.", "de",
     "Niemand sollte seine Medikamente absetzen, um den Clip auszuprobieren."),
]


@pytest.mark.parametrize(("quote", "lang", "text"), NOBODY_TEXTS, ids=_ids)
def test_a_prohibition_printed_with_a_negative_subject_passes(quote, lang, text):
    assert not blocked(quote, text, lang)
