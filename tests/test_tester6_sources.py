"""Defects a new user found on main in session 6 (sources and claims), from files the
tests build and the seed articles."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer import rulebook
from summarizer.sources import claims


@pytest.fixture
def user_words(user_rulebook: Path) -> Path:
    """The folder to write a clinic's <lang>.toml into (rulebook.words_dirs)."""
    return user_rulebook / "words"


def test_an_edited_hype_list_is_seen_after_rulebook_reload(user_words: Path) -> None:
    """claims.words_for (and flag_claim's results) outlived rulebook.reload(): a clinic
    that added a hype word and reloaded still had it missed."""
    sentence = "Ketamine is a zorptastic new treatment for depression, doctors said."
    assert "hype" not in claims.flag_claim(sentence, "en")[0]  # read, and remembered
    english = (Path(rulebook.__file__).parent / "words" / "en.toml").read_text(encoding="utf-8")
    assert "\nhype = [\n" in english
    (user_words / "en.toml").write_text(
        english.replace("\nhype = [\n", "\nhype = [\n  'zorptastic',\n", 1), encoding="utf-8")
    rulebook.reload()
    assert claims.words_for("en").hype.search(sentence)
    flags, cues = claims.flag_claim(sentence, "en")
    assert "hype" in flags
    assert any("zorptastic" in cue.words for cue in cues)


# --------------------------------------------------------------------------- control codes

# Terminal sequences an article copied from a terminal or a chat log can carry: colours, a
# bell, a window-title and a clipboard write (OSC, ended by BEL or by ST).
COLOUR, RESET, BELL = "\x1b[31m", "\x1b[0m", "\x07"
TITLE, CLIPBOARD = "\x1b]0;pwned\x1b\\", "\x1b]52;c;ZWNobyBoaQ==\x07"
SEQUENCES = (COLOUR, RESET, BELL, TITLE, CLIPBOARD)
_STAND_INS = re.compile("[\u2400-\u2421]")


def _dirtied(text: str) -> str:
    """`text` with a control sequence after every third sentence end (before its space)
    and before the first letter of every seventh word that follows a space."""
    out: list[str] = []
    ends = words = 0
    for i, ch in enumerate(text):
        out.append(ch)
        after = text[i + 1:i + 3]
        if ch in ".!?" and after[:1] == " " and after[1:2].isupper():
            ends += 1
            if ends % 3 == 0:
                out.append(SEQUENCES[ends % len(SEQUENCES)])
        elif ch == " " and after[:1].isalpha():
            words += 1
            if words % 7 == 0:
                out.append(SEQUENCES[words % len(SEQUENCES)])
    return "".join(out)


def _as_read(text: str) -> str:
    """What a reader sees of a sentence: its control sequences (as loaded, shown one for
    one as stand-ins: ESC -> "␛") taken out."""
    from summarizer.terminal import source_text

    raw = [source_text(s) for s in SEQUENCES]
    for seq in sorted(raw, key=len, reverse=True):
        text = text.replace(seq, "")
    return text


@pytest.mark.parametrize("name", ["000", "002", "004"])
def test_control_sequences_in_a_seed_do_not_change_its_sentences(name: str, tmp_path: Path):
    """Sentences around a control sequence merged ("depression.␛[0m It worked …" was one
    sentence): the stand-ins kept offsets true but hid the space after the full stop."""
    from conftest import seed

    from summarizer.sources.load import load_paths
    from summarizer.sources.segment import segment

    clean = seed(name).read_text(encoding="utf-8")
    path = tmp_path / f"{name}.txt"
    path.write_text(_dirtied(clean), encoding="utf-8")
    (loaded,), errors = load_paths([path])
    assert not errors and "\u241b" in loaded.text  # as loaded: stand-ins, one for one
    sentences = segment(loaded.text)
    for s in sentences:
        assert loaded.text[s.span.start:s.span.end] == s.text  # offsets stay true
        assert not _STAND_INS.match(s.text) and not _STAND_INS.search(s.text[-1:])
    assert [_as_read(s.text) for s in sentences] == [s.text for s in segment(clean)]


def test_raw_control_sequences_do_not_merge_sentences():
    text = (f"Ketamine eased depression in a trial.{COLOUR} It worked within hours.{RESET} "
            f"Side effects were mild.{BELL} A bell{BELL} rang. Then{CLIPBOARD} it stopped.")
    from summarizer.sources.segment import segment

    sentences = segment(text)
    assert [s.text for s in sentences] == [
        "Ketamine eased depression in a trial.", "It worked within hours.",
        "Side effects were mild.", f"A bell{BELL} rang.", f"Then{CLIPBOARD} it stopped."]
    assert all(text[s.span.start:s.span.end] == s.text for s in sentences)


def test_ids_carry_no_terminal_code_debris(tmp_path: Path):
    """A claim, a notice and a source made from text with escape sequences got ids such
    as "ketamine-31mworked-0m-within": the codes' letters and digits were kept."""
    from summarizer.editing import new_claim, new_notice
    from summarizer.handout_file import new_handout
    from summarizer.sources.load import load_paths
    from summarizer.sources.segment import segment

    article = tmp_path / "article.txt"
    article.write_text(
        f"{COLOUR}Ketamine{RESET} news{TITLE}\n\n"
        f"Ketamine {COLOUR}worked{RESET} within hours for most people.\n\n"
        f"Do {COLOUR}not{BELL} take ketamine{CLIPBOARD} without a doctor.\n", encoding="utf-8")
    (loaded,), errors = load_paths([article])
    assert not errors
    hdoc = new_handout(tmp_path / "h", [loaded], locales=["en"])
    sid = hdoc.handout.sources[0].id
    assert sid == "ketamine-news"
    first, second = [s for s in segment(loaded.text) if not s.heading]
    claim = new_claim(hdoc.handout, sid, first, "benefits")
    assert claim.id == "ketamine-worked-within-hours"
    notice = new_notice(hdoc.handout, sid, second, "self-medication")
    assert notice.id == "self-medication-do-not"
