"""What the editor's Pilot tests share: the handouts they start from and the ways they
drive the editor as a user would (keys, dialogs, files on disk), waiting on its workers
and state, never on a clock."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from textual.app import App
from textual.pilot import Pilot
from textual.widgets import OptionList
from tui_wait import until, workers_done

from summarizer.handout_file import load_handout

SIZE = (100, 34)
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ketamine-depression"
RECOVERY = ".handout.toml.recovery"


def copy_example(tmp_path: Path, seeds_dir: Path, name: str = "example") -> Path:
    """A copy of the bundled example with its Spanish catalog, sources re-pointed at the
    seeds (the text is edited, not re-saved, so the file keeps the example's layout)."""
    folder = tmp_path / name
    shutil.copytree(EXAMPLE, folder, ignore=shutil.ignore_patterns(".*.recovery"))
    text = (folder / "handout.toml").read_text(encoding="utf-8")
    for ref in load_handout(folder).handout.sources:
        text = text.replace(f'"{ref.path}"', f'"{seeds_dir / Path(ref.path).name}"')
    (folder / "handout.toml").write_text(text, encoding="utf-8")
    return folder / "handout.toml"


def new_from_seeds(tmp_path: Path, seed_paths: list[Path]) -> Path:
    """A handout made as `summarizer new` makes it from the seeds: sources, no claims."""
    from summarizer.handout_file import new_handout
    from summarizer.sources.load import load_paths

    loaded, _ = load_paths(seed_paths)
    return new_handout(tmp_path / "ketamine", loaded, title="Ketamine for depression",
                       locales=["en", "es"]).path


async def settle(pilot: Pilot[None]) -> None:
    """Every worker done (a check replaced by a newer one is cancelled), then idle."""
    await workers_done(pilot)
    await pilot.pause()


async def ready(pilot: Pilot[None]) -> None:
    """The sources are read and every tab is there (the Review tab too, where the editor
    has one: these helpers also drive the editor as it was before the Review tab)."""
    app = pilot.app
    await until(pilot, lambda: bool(app.query("#claim-list")) and bool(app.query("#string-list"))
                and (not app.query("TabPane#review") or bool(app.query("#review-list")))
                and app.query_one("#sentence-list", OptionList).option_count > 1)
    await settle(pilot)


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


def notes_of(app: App[None]) -> list[str]:
    """Every message the app shows with notify, in order (it still shows them)."""
    notes: list[str] = []
    shown = app.notify

    def notify(message: str, **kw: Any) -> None:
        notes.append(str(message))
        shown(message, **kw)

    app.notify = notify  # type: ignore[method-assign]
    return notes


async def open_translation_box(pilot: Pilot[None]) -> Any:
    """The translator's way in: the Translations tab (4), its string list focused, enter
    on the string under the cursor, and the keyboard in its translation box (returned)."""
    app = pilot.app
    await pilot.press("4")
    listing = app.query_one("#string-list", OptionList)
    await until(pilot, lambda: app.focused is listing)
    await pilot.press("enter")
    box = app.query_one("#translation-text")
    await until(pilot, lambda: app.focused is box)
    return box



async def edit_first_claim(pilot: Pilot[None], keys: tuple[str, ...] = ("end", "!")) -> Any:
    """An unsaved edit, as the editor makes one: the Claims tab (2), the keyboard in the
    claim's text box, `keys` typed, until the state is dirty; the box is returned."""
    from textual.widgets import TextArea

    app = pilot.app
    await pilot.press("2")
    await settle(pilot)
    box = app.query_one("#claim-text", TextArea)
    box.focus()
    await until(pilot, lambda: app.focused is box)
    await pilot.press(*keys)
    await until(pilot, lambda: app.state.dirty)  # type: ignore[attr-defined]
    return box
