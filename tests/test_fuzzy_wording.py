"""A fuzzy translation is named after the handout's own source language (tester, session
8): on a Spanish handout, I18N-FUZZY said "the English changed", and `translations`
said the same, which sends a translator looking for English text that is not there."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from test_export import copy_example

from summarizer.cli import main
from summarizer.gate.builtin import i18n_fuzzy
from summarizer.gate.registry import Context, LocaleView
from summarizer.handout_file import load_handout


@pytest.mark.parametrize(("source", "said"), [("es", "Spanish"), ("en", "English"),
                                              ("fr", "French")])
def test_the_fuzzy_finding_names_the_source_language(
        tmp_path: Path, source: str, said: str) -> None:
    handout = load_handout(copy_example(tmp_path)).handout
    handout.meta.source_locale = source
    view = LocaleView("de", {}, False, SimpleNamespace(exists=True, fuzzy=["Hola"]))
    (finding,) = list(i18n_fuzzy(Context(handout), view))
    assert f"the {said} text changed" in finding.message
    if source != "en":
        assert "English" not in finding.message


def test_translations_help_names_no_english(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["translations", "--help"])
    out = capsys.readouterr().out
    assert "English" not in out
