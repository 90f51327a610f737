"""A handout folder's own app catalog may not reword how the sheet states evidence and
safety (reviewer, session 4: a folder catalog turned "The article says:" into "A large
trial proved:" and export passed). Other app strings it changes are listed as a warning,
so the approval committee sees them."""

from __future__ import annotations

from pathlib import Path

from test_export import copy_example

from summarizer.gate import run
from summarizer.handout_file import load_handout
from summarizer.resources import locales_dir


def _folder_catalog(handout: Path, lang: str, changes: dict[str, str]) -> None:
    target = handout.parent / "locales" / lang / "LC_MESSAGES" / "summarizer.po"
    target.parent.mkdir(parents=True, exist_ok=True)
    text = (locales_dir() / lang / "LC_MESSAGES" / "summarizer.po").read_text(encoding="utf-8")
    for old, new in changes.items():
        assert old in text, old
        text = text.replace(old, new, 1)
    target.write_text(text, encoding="utf-8")


def _codes(handout: Path, lang: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for f in run(load_handout(handout), [lang], reading=False):
        found.setdefault(f.code, []).append(f"{f.severity}: {f.message}")
    return found


def test_a_folder_catalog_cannot_reword_the_evidence_phrases(tmp_path: Path) -> None:
    handout = copy_example(tmp_path)
    _folder_catalog(handout, "en", {'msgstr "The article says:"': 'msgstr "A large trial proved:"'})
    found = _codes(handout, "en")
    assert [m for m in found.get("I18N-APP-OVERRIDE", []) if m.startswith("error")
            and "The article says:" in m and "A large trial proved:" in m], found


def test_a_folder_catalog_cannot_retitle_a_safety_box(tmp_path: Path) -> None:
    handout = copy_example(tmp_path)
    _folder_catalog(handout, "es",
                    {'msgid "Approval"\nmsgstr "': 'msgid "Approval"\nmsgstr "Aprobado. '})
    found = _codes(handout, "es")
    assert any(m.startswith("error") and "Approval" in m
               for m in found.get("I18N-APP-OVERRIDE", [])), found


def test_other_reworded_app_strings_are_a_warning_and_an_identical_copy_is_silent(
        tmp_path: Path) -> None:
    handout = copy_example(tmp_path)
    _folder_catalog(handout, "es", {})
    assert "I18N-APP-OVERRIDE" not in _codes(handout, "es")
    assert "I18N-APP-CHANGED" not in _codes(handout, "es")
    (handout.parent / "locales" / "es" / "LC_MESSAGES" / "summarizer.po").unlink()
    _folder_catalog(handout, "es", {"Esta hoja se basa en %(num)d artículo.":
                                    "Esta hoja usa %(num)d artículo."})
    found = _codes(handout, "es")
    assert "I18N-APP-OVERRIDE" not in found
    assert [m for m in found.get("I18N-APP-CHANGED", []) if m.startswith("warning")
            and "This sheet is based on" in m], found


def test_a_translation_from_a_lightly_checked_source_language_is_flagged_partial() -> None:
    """Reviewer, session 4: meaning checks run only from a source with full lists; a
    Chinese-source handout translated into English got neither a check nor a warning."""
    from conftest import EXAMPLE

    from summarizer.gate import faithfulness as faithful

    assert faithful.pair_meaning_checked("zh", "en")  # from English into Chinese: checked
    assert not faithful.pair_meaning_checked("en", "zh")  # from Chinese into English: not
    assert faithful.pair_meaning_checked("es", "en")
    hdoc = load_handout(EXAMPLE)
    hdoc.handout.meta.source_locale = "zh-Hans"
    found = [f for f in run(hdoc, ["en"], reading=False) if f.code == "FAITH-TRANSLATION-PARTIAL"]
    assert found and "zh" in found[0].message
