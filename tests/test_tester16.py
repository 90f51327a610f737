"""Defects the session-14 tester (tester16) found using the tool as a new user would:
`summarizer new` from the seeds, the editor in tmux, check, export, a translator's pass.
Races are reproduced without a clock: a message hook queues the keys that arrive in one
burst (as tests/test_tui_tester7.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tui_helpers import copy_example

from summarizer.handout_file import load_handout


@pytest.fixture
def example_path(tmp_path: Path, seeds_dir: Path) -> Path:
    return copy_example(tmp_path, seeds_dir, "ketamine")


@pytest.mark.parametrize("locale", ["en", "es"])
def test_the_pdf_prints_the_reading_grade_check_and_the_editor_give(
        example_path: Path, locale: str) -> None:
    """A nurse made 'Ketamine' from the seeds: `check` and the editor's reading panel
    said 'reading grade 9.8', the English PDF's footer 'Reading level: about grade 11'
    (Spanish: the gate 7.9, the footer 8.5). The gate reads the drug the handout is
    about as a short word (it cannot be replaced: summarizer.readability.topic); the
    footer counted 'ketamine' as a hard word. The sheet must print the grade the nurse
    worked to."""
    from summarizer import i18n
    from summarizer.catalogs import translations_for
    from summarizer.gate.builtin import handout_grade
    from summarizer.render import Translator, build_context

    hdoc = load_handout(example_path)
    translations = {} if locale == "en" else dict(translations_for(hdoc, locale))
    translate = Translator(hdoc.handout, locale, translations)
    texts = {t: translate(t) for t in hdoc.handout.texts()}
    gate = handout_grade(hdoc.handout, locale, texts).headline_grade
    context = build_context(hdoc, locale, translations, i18n.app_translations(locale))
    shown = re.findall(r"\d+(?:[.,]\d+)?", context["reading_line"])
    assert shown == [i18n.format_grade(gate, locale)]

