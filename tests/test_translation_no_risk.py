"""A translation may not add "no risk" that its source-language text does not say. Tester,
session 6: "Es completamente seguro." or "No hay efectos secundarios." added after a
correct Spanish translation left `check -l es` ready, while the same words in English
are blocked (FAITH-CERTAINTY). A plain "safe" is not demanded across languages: "use it
safely" is rendered "de forma segura", which the Spanish list reads as "safe"."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po, write_po
from test_export import copy_example

from summarizer.cli import main
from summarizer.gate.faithfulness import translation_problems

SOURCE = "Some people feel sick or dizzy after the infusion."


@pytest.mark.parametrize(("translated", "lang"), [
    ("Algunas personas sienten náuseas o mareos. Es completamente seguro.", "es"),
    ("Algunas personas sienten náuseas o mareos. No hay efectos secundarios.", "es"),
    ("Certaines personnes ont des nausées. Il n'y a pas d'effets secondaires.", "fr"),
    ("Manche Menschen fühlen sich übel. Es ist völlig harmlos.", "de"),
])
def test_a_translation_that_adds_no_risk_is_blocked(translated: str, lang: str) -> None:
    problems = translation_problems(translated, lang, SOURCE, "en")
    assert [p.code for p in problems] == ["FAITH-TRANSLATION"], problems
    assert "no risk" in problems[0].message and "the en text does not" in problems[0].message


@pytest.mark.parametrize(("source", "translated", "lang"), [
    ("Ask your care team how to use it safely.",
     "Pregunte a su equipo de atención cómo usarlo de forma segura.", "es"),
    ("Ketamine is not completely safe: no treatment is risk-free.",
     "La ketamina no es completamente segura: ningún tratamiento está libre de riesgos.", "es"),
    ("There were no side effects in the small group.",
     "No hubo efectos secundarios en el pequeño grupo.", "es"),
])
def test_a_faithful_translation_passes(source: str, translated: str, lang: str) -> None:
    assert not [p for p in translation_problems(translated, lang, source, "en")
                if "no risk" in p.message]


def test_check_blocks_spanish_that_adds_no_risk(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    handout = copy_example(tmp_path)
    po = handout.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    with po.open("rb") as fh:
        catalog = read_po(fh)
    side = next(m for m in catalog if m.id and "dizzy" in str(m.id))
    side.string = f"{side.string} No hay efectos secundarios."
    with po.open("wb") as fh:
        write_po(fh, catalog)
    assert main(["check", str(handout), "-l", "es"]) == 1
    out = capsys.readouterr()
    assert "FAITH-TRANSLATION" in out.out + out.err
    assert "No hay efectos secundarios" in out.out + out.err


def test_side_effects_named_are_no_leave_to_deny_them() -> None:
    """Only a text about being safe lets a translation's "no risk" wording pass: a notice
    listing side effects translated as "there are none" is blocked."""
    problems = translation_problems(
        "No hay efectos secundarios.", "es",
        "Common side effects include nausea and dizziness.", "en")
    assert any("no risk" in p.message for p in problems), problems
