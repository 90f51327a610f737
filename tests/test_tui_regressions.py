"""The editor bugs measured in issue 10, each driven only as a user would: keys on the
screen, files on disk, what the screen shows (title bar, dialogs). No editor API is
called, so each test also runs on the editor as it was before the fixes, and fails there.

Shown to fail on the old code: this file (and tests/tui_wait.py) copied into a git
worktree of the old commit and run with this venv, summarizer imported from that worktree
(PYTHONPATH). Old commits: 2adc677, the parent of 88e084b "Editor (issue 10): every change
is an undoable command by id"; and for the dialog wrap, fixed earlier by 7a1ac5f, its
parent c5feb5a.

- test_delete_then_undo_then_save_leaves_the_file_as_it_was, on 2adc677:
  `assert len(load_handout(example_path).handout.claims) == 11` -> `assert 10 == 11`
  (ctrl+z did nothing; the save wrote the claim's deletion).
- test_reload_from_the_palette_keeps_unsaved_edits, on 2adc677:
  `assert "unsaved" in app.sub_title` -> `'unsaved' in 'handout.toml'` (the palette's
  "Reload from disk" dropped the new claim without asking).
- test_down_down_enter_in_changed_on_disk_never_drops_my_changes, on c5feb5a:
  `assert "unsaved" in app.sub_title` -> `'unsaved' in 'handout.toml'`, title now 'Their
  title' (Down Down wrapped onto "Reload their version", which did not ask). It passes on
  2adc677, where 7a1ac5f had already stopped the wrap.
- test_enter_in_a_translation_writes_nothing_until_saved, on 2adc677:
  `assert po.read_bytes() == before` -> differs at byte 835 (Enter wrote "Otra cosa" to
  the .po; the editor then quit without asking, as nothing was unsaved).
- test_adding_the_same_sentence_twice_makes_one_claim, on 2adc677:
  `assert len(claims) == 1` -> `assert 2 == 1`.
- test_save_as_a_relative_path_is_from_the_current_folder_with_translations, on 2adc677:
  `assert mine.is_file()` -> False (the path was taken from the handout's folder).
- test_after_an_english_edit_the_spanish_shows_fuzzy_not_missing, on 2adc677:
  `assert first.startswith("[fuzzy]")` -> the row read "[missing] Ask first. …".
- test_a_rewritten_notice_shows_its_new_text_in_the_list, on 2adc677:
  `assert "Now." in shown` -> the list still showed the notice's old text.
- test_the_palette_has_one_quit, on 2adc677: `assert 2 == 1` (['Quit', 'Quit']).
- test_screenshot_from_the_palette_without_a_downloads_folder, on 2adc677:
  `assert len(shots) == 1` -> `assert 0 == 1` (no ~/Downloads: nothing written).
- test_typed_text_stays_in_its_claim_when_moving_fast: NOT shown to fail. It PASSES on
  2adc677 too, with Pilot's keys and with keys queued on the driver all at once (burst):
  the old handler's race (a TextArea.Changed handled after the highlight moved) did not
  happen under the test's scheduling. It stays as a guard, not as proof.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList
from tui_wait import until, workers_done

from summarizer.handout_file import load_handout
from summarizer.tui.app import EditorApp

SIZE = (100, 34)
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ketamine-depression"


@pytest.fixture
def example_path(tmp_path: Path, seeds_dir: Path) -> Path:
    """A copy of the bundled example with its Spanish catalog, sources re-pointed."""
    folder = tmp_path / "example"
    shutil.copytree(EXAMPLE, folder, ignore=shutil.ignore_patterns(".*.recovery"))
    text = (folder / "handout.toml").read_text(encoding="utf-8")
    for ref in load_handout(folder).handout.sources:
        text = text.replace(f'"{ref.path}"', f'"{seeds_dir / Path(ref.path).name}"')
    (folder / "handout.toml").write_text(text, encoding="utf-8")
    return folder / "handout.toml"


@pytest.fixture
def empty_path(tmp_path: Path, seed_paths: list[Path]) -> Path:
    """A handout made with `summarizer new` from the seeds: sources, no claims yet."""
    from summarizer.handout_file import new_handout
    from summarizer.sources.load import load_paths

    loaded, _ = load_paths(seed_paths)
    return new_handout(tmp_path / "ketamine", loaded, title="Ketamine for depression",
                       locales=["en", "es"]).path


async def ready(pilot: Pilot[None]) -> None:
    """The sources are read and every tab is there."""
    app = pilot.app
    await until(pilot, lambda: bool(app.query("#claim-list")) and bool(app.query("#string-list"))
                and app.query_one("#sentence-list", OptionList).option_count > 1)
    await settle(pilot)


async def settle(pilot: Pilot[None]) -> None:
    await workers_done(pilot)
    await pilot.pause()


async def on_dialog(pilot: Pilot[None], dialog_id: str) -> None:
    await until(pilot, lambda: pilot.app.screen.id == dialog_id
                and bool(pilot.app.screen.query("#choices")))


async def pick(pilot: Pilot[None], dialog_id: str, label: str) -> None:
    """Arrow down (from the top) to the answer whose words start with `label`, enter."""
    await on_dialog(pilot, dialog_id)
    screen = pilot.app.screen
    options = screen.query_one("#choices", OptionList)
    labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
    target = next(i for i, text in enumerate(labels) if text.startswith(label))
    await pilot.press(*["up"] * len(labels), *["down"] * target, "enter")
    await until(pilot, lambda: pilot.app.screen is not screen)


async def save(pilot: Pilot[None], path: Path) -> None:
    """ctrl+s, then wait until the file on disk is replaced (saves are atomic)."""
    inode = path.stat().st_ino
    await pilot.press("ctrl+s")
    await until(pilot, lambda: path.stat().st_ino != inode)
    await settle(pilot)


async def burst(pilot: Pilot[None], *keys: str) -> None:
    """Keys as a terminal delivers them when typed fast: all queued on the driver at
    once, without waiting for the editor to finish with one before the next arrives
    (Pilot.press waits for idle after every key, which hid the race)."""
    from textual import events

    app = pilot.app
    driver = app._driver  # the terminal's input end: where real key presses arrive
    assert driver is not None
    for key in keys:
        event = events.Key(key, " " if key == "space" else key if len(key) == 1 else None)
        event.set_sender(app)
        driver.send_message(event)
    await settle(pilot)


async def add_first_sentences(pilot: Pilot[None], n: int, section: str = "") -> None:
    """In Sources: the sentence list, then `a` and the section (enter: the suggestion)."""
    await pilot.press("1", "tab")
    await settle(pilot)
    for i in range(n):
        if i:
            await pilot.press("down")
        await pilot.press("a")
        if section:
            await pick(pilot, "pick-section", section)
        else:
            await on_dialog(pilot, "pick-section")
            await pilot.press("enter")
            await until(pilot, lambda: pilot.app.screen.id != "pick-section")
        await settle(pilot)


# --------------------------------------------------------------------------- the tests


async def test_typed_text_stays_in_its_claim_when_moving_fast(example_path: Path) -> None:
    before = {c.id: c.text for c in load_handout(example_path).handout.claims}
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("2")
        await until(pilot, lambda: app.focused is app.query_one("#claim-list"))
        await pilot.press("enter")  # into the first claim's text box
        await until(pilot, lambda: app.focused is app.query_one("#claim-text"))
        await burst(pilot, *"Extra", "space", *"words.", "space", "escape", "down", "down",
                    "tab")
        await settle(pilot)
        await save(pilot, example_path)
    after = {c.id: c.text for c in load_handout(example_path).handout.claims}
    changed = [cid for cid in before if after[cid] != before[cid]]
    assert len(changed) == 1, changed
    assert after[changed[0]] == "Extra words. " + before[changed[0]]


async def test_delete_then_undo_then_save_leaves_the_file_as_it_was(example_path: Path) -> None:
    before = example_path.read_bytes()
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("2")
        await until(pilot, lambda: app.focused is app.query_one("#claim-list"))
        await pilot.press("x")
        await until(pilot, lambda: "unsaved" in app.sub_title)
        await pilot.press("ctrl+z")
        await settle(pilot)
        await save(pilot, example_path)
    after = example_path.read_bytes()
    assert len(load_handout(example_path).handout.claims) == 11
    assert after == before


async def test_reload_from_the_palette_keeps_unsaved_edits(empty_path: Path) -> None:
    app = EditorApp(empty_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await add_first_sentences(pilot, 1)
        await until(pilot, lambda: "unsaved" in app.sub_title)
        await pilot.press("ctrl+p", *"reload from disk")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        if app.screen.id == "confirm-reload":  # asked first: keep editing
            await pick(pilot, "confirm-reload", "Keep editing")
        await settle(pilot)
        assert "unsaved" in app.sub_title
        await save(pilot, empty_path)
    assert len(load_handout(empty_path).handout.claims) == 1


async def test_down_down_enter_in_changed_on_disk_never_drops_my_changes(
    empty_path: Path,
) -> None:
    app = EditorApp(empty_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await add_first_sentences(pilot, 1)
        theirs = empty_path.read_text(encoding="utf-8").replace(
            'title = "Ketamine for depression"', 'title = "Their title"')
        empty_path.write_text(theirs, encoding="utf-8")  # a colleague saves meanwhile
        await pilot.press("ctrl+s")
        await on_dialog(pilot, "changed-on-disk")
        await pilot.press("down", "down", "enter")
        await settle(pilot)
        if app.screen.id == "confirm":  # a destructive answer asks again; No is first
            await pilot.press("enter")
            await settle(pilot)
        if app.screen.id == "changed-on-disk":
            await pilot.press("escape")
            await settle(pilot)
        assert "unsaved" in app.sub_title
        assert empty_path.read_text(encoding="utf-8") == theirs


async def test_enter_in_a_translation_writes_nothing_until_saved(example_path: Path) -> None:
    po = example_path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    before = po.read_bytes()
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("4")
        await until(pilot, lambda: app.focused is app.query_one("#string-list"))
        await pilot.press("enter")  # into the translation box
        await until(pilot, lambda: app.focused is not app.query_one("#string-list"))
        await pilot.press(*"Otra cosa", "enter")
        await settle(pilot)
        await pilot.press("ctrl+q")
        await until(pilot, lambda: app.screen.id == "confirm-quit" or not app.is_running)
        if app.is_running:  # there is unsaved work: quit without saving it
            await pick(pilot, "confirm-quit", "Quit without saving")
            await until(pilot, lambda: not app.is_running)
    assert po.read_bytes() == before


async def test_adding_the_same_sentence_twice_makes_one_claim(empty_path: Path) -> None:
    app = EditorApp(empty_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await add_first_sentences(pilot, 1)
        await pilot.press("a")  # the same sentence again
        await settle(pilot)
        if app.screen.id == "pick-section":
            await pilot.press("enter")
            await settle(pilot)
        await save(pilot, empty_path)
    claims = load_handout(empty_path).handout.claims
    assert len(claims) == 1


async def test_save_as_a_relative_path_is_from_the_current_folder_with_translations(
    example_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await add_first_sentences(pilot, 1)
        example_path.write_text(example_path.read_text(encoding="utf-8").replace(
            'title = "', 'title = "Their ', 1), encoding="utf-8")
        await pilot.press("ctrl+s")
        await pick(pilot, "changed-on-disk", "Save my version under another name")
        await until(pilot, lambda: bool(app.screen.query("#path-input")))
        await pilot.press("end", *["backspace"] * 200, *"mine/handout.toml", "enter")
        await until(pilot, lambda: "unsaved" not in app.sub_title)
    mine = work / "mine" / "handout.toml"
    assert mine.is_file()
    copy = load_handout(mine)
    assert len(copy.handout.claims) == 12
    po = mine.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    assert po.is_file() and po.read_bytes() == (
        example_path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po").read_bytes()


async def test_after_an_english_edit_the_spanish_shows_fuzzy_not_missing(
    example_path: Path,
) -> None:
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("2")
        await until(pilot, lambda: app.focused is app.query_one("#claim-list"))
        await pilot.press("enter")
        await until(pilot, lambda: app.focused is app.query_one("#claim-text"))
        await pilot.press(*"Ask first. ", "escape")
        await settle(pilot)
        await pilot.press("4")
        await until(pilot, lambda: app.focused is app.query_one("#string-list"))
        await settle(pilot)
        strings = app.query_one("#string-list", OptionList)
        first = str(strings.get_option_at_index(0).prompt)
        assert "Ask first." in first
        assert first.startswith("[fuzzy]"), first


async def test_a_rewritten_notice_shows_its_new_text_in_the_list(example_path: Path) -> None:
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("3")
        await until(pilot, lambda: app.focused is app.query_one("#notice-list"))
        await pilot.press("enter")
        await until(pilot, lambda: app.focused is app.query_one("#notice-text"))
        await pilot.press(*"Now. ", "escape")
        await settle(pilot)
        notices = app.query_one("#notice-list", OptionList)
        shown = str(notices.get_option_at_index(notices.highlighted or 0).prompt)
        assert "Now." in shown, shown


async def test_the_palette_has_one_quit(example_path: Path) -> None:
    from textual.command import CommandList

    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p", *"quit")
        await until(pilot, lambda: bool(app.screen.query(CommandList)))
        await settle(pilot)
        commands = app.screen.query_one(CommandList)
        await until(pilot, lambda: commands.option_count > 0)
        titles = [str(commands.get_option_at_index(i).prompt).split("\n")[0]
                  for i in range(commands.option_count)]
        assert sum(1 for t in titles if t.strip() == "Quit") == 1, titles


async def test_screenshot_from_the_palette_without_a_downloads_folder(
    example_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    home = tmp_path / "home"  # a user without ~/Downloads
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOWNLOAD_DIR", raising=False)
    before = set(tmp_path.rglob("*.svg"))
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p", *"screenshot")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
    shots = set(tmp_path.rglob("*.svg")) - before
    assert len(shots) == 1, shots
