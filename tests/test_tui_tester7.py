"""Editor defects the session-7 tester found driving the editor in tmux as a translator
would. Races are reproduced without a clock: a message hook queues the next keys while
a key is still on its way (as tests/test_tui_tester4.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.message import Message
from textual.widgets import OptionList, TextArea
from tui_helpers import SIZE, copy_example, ready, save, settle
from tui_wait import until

from summarizer.tui.app import EditorApp


@pytest.fixture
def example_path(tmp_path: Path, seeds_dir: Path) -> Path:
    return copy_example(tmp_path, seeds_dir, "ketamine")


def strings_shown(app: EditorApp) -> list[str]:
    listing = app.query_one("#string-list", OptionList)
    return [str(listing.get_option_at_index(i).prompt).split("] ", 1)[1]
            for i in range(listing.option_count)]


async def test_keys_queued_behind_ctrl_n_go_into_the_next_string(example_path: Path) -> None:
    """Type a translation, ctrl+n, and keep typing: in tmux on a busy machine the next
    string's first words were appended to the previous string ('...mejoraron
    menos.En un estudio en ratones...'), and every later ctrl+n filed a translation one
    string late. ctrl+n reached its binding only after bubbling from the box up to the
    app, while the box went on taking the keys queued behind it. Here the keys typed
    after ctrl+n are queued while ctrl+n is being dispatched, as a fast typist's are."""
    po = example_path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    po.unlink()  # a new language: every string missing
    armed: list[bool] = []
    app = EditorApp(example_path)

    def type_behind(message: Message) -> None:
        if armed and isinstance(message, events.Key) and message.key == "ctrl+n":
            armed.pop()
            for ch in "Segunda":
                app.post_message(events.Key(ch, ch))

    async with app.run_test(size=SIZE, message_hook=type_behind) as pilot:
        await ready(pilot)
        await pilot.press("4")
        listing = app.query_one("#string-list", OptionList)
        await until(pilot, lambda: app.focused is listing)
        first, second = strings_shown(app)[:2]
        await pilot.press("enter")
        box = app.query_one("#translation-text", TextArea)
        await until(pilot, lambda: app.focused is box)
        await pilot.press(*"Primera")
        await settle(pilot)
        armed.append(True)
        await pilot.press("ctrl+n")
        await until(pilot, lambda: not armed)
        await settle(pilot)
        assert box.text == "Segunda"
        await pilot.press("ctrl+n")
        await settle(pilot)
        await save(pilot, example_path)
    from babel.messages.pofile import read_po

    with po.open("rb") as fh:
        catalog = read_po(fh)
    assert catalog[first].string == "Primera"
    assert catalog[second].string == "Segunda"


def test_reading_panel_says_what_the_gate_does_with_an_absolute_word() -> None:
    """'It works for everyone.' showed under Hype as 'the export gate refuses it', but
    the gate only warns about an absolute word (EVID-ABSOLUTE) and exported the claim:
    a nurse trusting the panel left it in. Hype words are still refused."""
    from summarizer.tui.reading import analyze, coaching

    def hype_rows(text: str) -> dict[str, str]:
        groups = dict(coaching(analyze(text, "en"), text, "en"))
        return {r.label: r.detail for r in groups.get("Hype", [])}

    rows = hype_rows("It works for everyone.")
    assert "works for everyone" in rows
    assert "refuses" not in rows["works for everyone"]
    assert "warn" in rows["works for everyone"]
    assert "refuses" in hype_rows("It is a miracle for mood.")["miracle"]


def test_review_tab_shows_each_contact_line_as_the_sheet_does(example_path: Path) -> None:
    """The Review tab shows what `summarizer review` puts on the sheet; the sheet now lists
    each contact line the PDF prints (number, channels, the line's name in every
    language), so the tab does too: a crisis line's name is signed off like a sentence."""
    from rich.console import Console

    from summarizer.catalogs import translations_for
    from summarizer.handout_file import load_handout
    from summarizer.review import rows
    from summarizer.tui.screens.review import row_renderable

    hdoc = load_handout(example_path)
    table = rows(hdoc, [], {}, {"es": translations_for(hdoc, "es")})
    row = next(r for r in table if any(c.label == "988 Suicide & Crisis Lifeline"
                                       for c in r.contacts))
    console = Console(width=160, record=True)
    console.print(row_renderable(row, "notice · crisis-line"))
    shown = console.export_text()
    assert "988 Suicide & Crisis Lifeline" in shown
    spanish = dict(next(c for c in row.contacts if c.label.startswith("988 Suicide"))
                   .translations)["es"]
    assert spanish and spanish in shown
