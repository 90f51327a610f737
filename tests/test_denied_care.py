"""A supervision notice turned into its opposite by a denied carer or care act is blocked.

review9: "A nurse stays with you for the whole session" -> "No nurse stays with you",
"Una enfermera se queda contigo" -> "Ninguna enfermera…", "Une infirmière reste avec
vous" -> "Aucune infirmière ne reste…", "Revisamos tu historia clínica" -> "No
revisamos…", "Wir kontrollieren Ihren Blutdruck alle 15 Minuten" -> "…nicht" all
passed the gate. A carer the text denies (a negative word before them) or a care act the
text denies (a negation just before it, or German "nicht" after it in its clause) where
the quote has them without a denial is FAITH-POLARITY. Plain rewrites that keep the care
and add a negation elsewhere ("Don't leave before a nurse has checked you") pass.
"""

from __future__ import annotations

import pytest

from summarizer.gate.faithfulness import check_rewrite

INVERTED = [
    ("A nurse stays with you for the whole session.",
     "No nurse stays with you during the session.", "en"),
    ("A doctor checks your blood pressure before you go home.",
     "No doctor checks your blood pressure before you go home.", "en"),
    ("We check your blood pressure every 15 minutes.",
     "We don't check your blood pressure.", "en"),
    ("Una enfermera se queda contigo durante toda la sesión.",
     "Ninguna enfermera se queda contigo durante la sesión.", "es"),
    ("Revisamos tu historia clínica antes de cada sesión.",
     "No revisamos tu historia clínica antes de cada sesión.", "es"),
    ("Une infirmière reste avec vous pendant toute la séance.",
     "Aucune infirmière ne reste avec vous pendant la séance.", "fr"),
    ("Wir kontrollieren Ihren Blutdruck alle 15 Minuten.",
     "Wir kontrollieren Ihren Blutdruck nicht.", "de"),
    ("Eine Pflegekraft bleibt während der ganzen Sitzung bei Ihnen.",
     "Keine Pflegekraft bleibt während der Sitzung bei Ihnen.", "de"),
]

FAITHFUL = [
    ("A nurse stays with you for the whole session.",
     "A nurse will be with you the whole time.", "en"),
    ("You must stay at the clinic until a nurse has checked you.",
     "Don't leave the clinic before a nurse has checked you.", "en"),
    ("We check your blood pressure every 15 minutes.",
     "Every 15 minutes, someone checks your blood pressure.", "en"),
    ("Una enfermera se queda contigo durante toda la sesión.",
     "No estarás sola: una enfermera se queda contigo toda la sesión.", "es"),
    ("Revisamos tu historia clínica antes de cada sesión.",
     "Antes de cada sesión, miramos tu historia clínica.", "es"),
    ("Une infirmière reste avec vous pendant toute la séance.",
     "Vous n'êtes jamais seul : une infirmière reste avec vous.", "fr"),
    ("Wir kontrollieren Ihren Blutdruck alle 15 Minuten.",
     "Alle 15 Minuten messen wir Ihren Blutdruck.", "de"),
    ("No one may drive you home except an adult you know; a nurse checks you first.",
     "A nurse checks you first, and no one but an adult you know may drive you home.", "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), INVERTED)
def test_a_denied_carer_or_care_act_is_blocked(quote: str, text: str, lang: str) -> None:
    assert "FAITH-POLARITY" in {p.code for p in check_rewrite(quote, text, lang, "supervision")}


@pytest.mark.parametrize(("quote", "text", "lang"), FAITHFUL)
def test_care_kept_with_a_negation_elsewhere_passes(quote: str, text: str, lang: str) -> None:
    assert check_rewrite(quote, text, lang, "supervision") == []
