"""Review findings instr20: a contact's instruction defined once (contacts writes what
i18n translates), the typo warning for the first --locale, the subject-after-verb
languages as rulebook data."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.cli import main

# ---------------------------------------------------------------- 1. one instruction table


@pytest.mark.parametrize(("sentence", "region"), [
    ("If you are in crisis, call 988, then press 1.", "US"),
    ("If you are in crisis, text HOME to 741741.", "US"),
    ("If you are in crisis, call 1-888-628-9454 (toll-free).", "US"),
])
def test_every_instruction_contacts_writes_is_one_i18n_translates(sentence: str,
                                                                  region: str) -> None:
    from summarizer import i18n
    from summarizer.sources.contacts import find_contacts

    (f,) = [f for f in find_contacts(sentence, region) if f.contact.extra]
    es = i18n.app_translations("es")
    for part in f.contact.extra.split(", "):
        assert i18n.printed_instruction(part, es) != part, part


def test_every_kind_of_instruction_is_written_from_the_table_i18n_reads() -> None:
    """Each entry of i18n.INSTRUCTIONS, filled in as contacts.py fills it, reads back as
    that entry (so a change of wording changes both sides)."""
    from summarizer import i18n

    es = i18n.app_translations("es")
    assert set(i18n.INSTRUCTIONS) == {"press", "text", "toll-free"}
    samples = {"press": {"key": "4"}, "text": {"keyword": "HOME"}, "toll-free": {}}
    for kind, values in samples.items():
        written = i18n.instruction(kind, **values)
        assert written == i18n.INSTRUCTIONS[kind][1] % values
        printed = i18n.printed_instruction(written, es)
        assert printed != written and all(v in printed for v in values.values()), printed


def test_contacts_writes_no_instruction_of_its_own() -> None:
    import summarizer.sources.contacts as contacts

    source = Path(contacts.__file__).read_text(encoding="utf-8")
    for english in ('"then press {', '"text {', 'append("toll-free")'):
        assert english not in source.replace("f\"", "\""), english


# ---------------------------------------------------------------- 2. frr as the first locale


def test_new_first_locale_frr_warns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Ketamine and depression\n\nA randomized trial in 40 adults compared "
                   "ketamine with saline infusions.\n", encoding="utf-8")
    assert main(["new", str(tmp_path / "h"), "--sources", str(src),
                 "--locale", "frr", "--locale", "en"]) == 0
    err = capsys.readouterr().err
    assert "frr is Northern Frisian" in err and "did you mean fr?" in err


def test_new_first_locale_fr_says_nothing(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Ketamine and depression\n\nA randomized trial in 40 adults compared "
                   "ketamine with saline infusions.\n", encoding="utf-8")
    assert main(["new", str(tmp_path / "h"), "--sources", str(src),
                 "--locale", "en", "--locale", "fr"]) == 0
    assert "did you mean" not in capsys.readouterr().err


# ---------------------------------------------------------------- 3. subject after the verb


@pytest.mark.parametrize(("lang", "want"), [
    ("es", True), ("de", True), ("en", False), ("fr", False), ("zh", False), ("vi", False),
    ("ko", False), ("ar", False),
])
def test_subject_after_verb_is_rulebook_data(lang: str, want: bool) -> None:
    from summarizer import rulebook

    assert rulebook.language(lang).subject_after_verb is want


def test_concepts_asks_the_rulebook_not_a_list_of_languages() -> None:
    import summarizer.sources.concepts as concepts

    assert '("es", "de")' not in Path(concepts.__file__).read_text(encoding="utf-8")
