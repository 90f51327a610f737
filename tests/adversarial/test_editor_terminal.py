"""The editor never draws a control sequence from an article onto the terminal.

Textual passes ESC and C1 codes in a widget's text through to the terminal as they are,
so the article's text is cleaned where every source is read (one character for one,
offsets intact), and a handout whose own text carries them is refused by the schema.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tui_wait import until, workers_done

from summarizer.errors import HandoutError
from summarizer.handout_file import loads_handout, new_handout
from summarizer.sources.load import load_paths, load_source
from summarizer.tui.app import EditorApp

RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
PAYLOAD = "\x1b]52;c;cm0gLXJmIH4=\x07\x1b]0;pwned\x1b\\\x1b[8m\x9b2J"


@pytest.fixture
def hostile(tmp_path: Path, seeds_dir: Path) -> Path:
    text = (seeds_dir / "002_7f7951ef72781818.txt").read_text(encoding="utf-8")
    path = tmp_path / "articles" / "hostile.txt"
    path.parent.mkdir()
    path.write_text(f"In a randomized trial of 40 people, ketamine {PAYLOAD}eased depression "
                    f"within hours.\n\n{text}", encoding="utf-8")
    return path


def test_a_source_is_cleaned_one_character_for_one(hostile: Path) -> None:
    raw = hostile.read_text(encoding="utf-8")
    loaded = load_source(hostile)
    assert not RAW.findall(loaded.text)
    assert len(loaded.text) == len(raw)  # offsets into the file's text still hold
    assert "\u241b]52;c;" in loaded.text  # shown as a picture, not dropped


def test_a_handout_text_with_an_escape_is_refused_with_its_place() -> None:
    text = ('[handout]\nid = "x"\ntitle = "T"\n\n[[sources]]\nid = "s"\n\n[[claims]]\n'
            'id = "c"\nsource = "s"\nspan = [0, 1]\nquote = "q"\nevidence = "opinion"\n'
            'text = "Ketamine \\u001b]52;c;eA==\\u0007 can help."\n')
    with pytest.raises(HandoutError) as info:
        loads_handout(text, "handout.toml")
    assert "control characters" in str(info.value)
    assert "handout.toml:14:" in str(info.value)


async def test_the_editor_draws_no_escape_from_an_article(tmp_path: Path,
                                                          hostile: Path) -> None:
    loaded, errors = load_paths([hostile])
    assert not errors
    hdoc = new_handout(tmp_path / "h", loaded, title="Hostile", locales=["en"])
    app = EditorApp(hdoc.path)
    async with app.run_test(size=(100, 34)) as pilot:
        await until(pilot, lambda: bool(app.state.analyses))
        await workers_done(pilot)
        await pilot.pause()
        screen = app.export_screenshot()
    assert app.state.analyses
    assert "eased depression" in screen.replace("&#160;", " ")
    assert not RAW.findall(screen)
    assert "␛" in screen


def test_a_catalog_translation_with_an_escape_is_invalid() -> None:
    from summarizer.po_check import check_bytes

    head = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    bad = (head + 'msgid "Call 988"\nmsgstr "Llame \\x1b]0;pwned\\a al 988"\n').encode()
    good = (head + 'msgid "Call 988"\nmsgstr "Llame al 988"\n').encode()
    assert any("control characters" in p.message for p in check_bytes(bad, "x.po").errors)
    assert not check_bytes(good, "x.po").errors
