"""Defects found by tester20 using summarizer as its users would: a nurse educator in
the editor, clinic staff exporting PDFs in batch, a translator adding French and Spanish.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.cli import main

_FRENCH = (
    "Si vous êtes piqué par une guêpe, retirez le dard et lavez la peau avec de l'eau. "
    "Appliquez du froid sur la zone pendant quelques minutes pour calmer la douleur. "
    "Le gonflement est souvent plus grand le lendemain, mais il disparaît en quelques jours. "
    "Si vous avez du mal à respirer, appelez les secours tout de suite. "
    "Les enfants qui ont déjà fait une réaction grave doivent voir un médecin pour des tests."
)
_SPANISH = (
    "Aplique el repelente sobre la piel que no está cubierta por la ropa. "
    "Vuelva a ponerlo cuando lo diga la etiqueta, por lo general cada pocas horas. "
    "Si tiene fiebre y cree que es dengue, no tome ibuprofeno y vaya a su médico. "
    "Use ropa de manga larga y ponga toldillos en las camas de los niños."
)
_ENGLISH = (
    "Keep your tablets in a cool place, out of the sun. "
    "Drink water through the day, even if you do not feel thirsty. "
    "If you feel dizzy when you stand up, sit down and tell your doctor. "
    "Ask your pharmacist which of your medicines need care in hot weather."
)


@pytest.mark.parametrize(("text", "args", "written"), [
    (_FRENCH, ["--lang", "en"], "fr"),  # the wrong language named
    (_SPANISH, [], "es"),  # no --lang: English formulas on a Spanish draft
], ids=["fr-as-en", "es-by-default"])
def test_readability_says_when_the_text_is_not_in_the_language_it_is_scored_in(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, args: list[str],
        written: str) -> None:
    """`readability letter.txt --lang en` on a French text printed English formulas and an
    English grade ("Grade 12.1: very hard") with no word that the text is French: the nurse
    read the grade as the text's. It still scores as asked, and says on standard error
    which language the text reads as and how to score it in that one."""
    f = tmp_path / "draft.txt"
    f.write_text(text, encoding="utf-8")
    assert main(["readability", str(f), *args]) == 0
    err = capsys.readouterr().err
    assert f"--lang {written}" in err and "warning" in err


@pytest.mark.parametrize(("text", "lang"), [(_FRENCH, "fr"), (_SPANISH, "es"), (_ENGLISH, "en"),
                                            (_ENGLISH, None)],
                         ids=["fr", "es", "en", "en-by-default"])
def test_readability_is_quiet_when_the_language_matches(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, lang: str | None) -> None:
    f = tmp_path / "draft.txt"
    f.write_text(text, encoding="utf-8")
    assert main(["readability", str(f), *(["--lang", lang] if lang else [])]) == 0
    assert capsys.readouterr().err == ""
