"""Recovered work and a file someone else changed meanwhile (tester, session 5).

A recovery file kept after "Reload their version (drop my changes)" came back on the next
start; "Recover it" then put the old work on top of the other person's file, and ctrl+s
wrote over their edit without asking: the editor thought it had opened that file. A
recovery file now records the file its work was made from, and recovered work made from
another version saves only through the changed-on-disk question.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from tui_helpers import RECOVERY, SIZE, copy_example, pick, ready, settle
from tui_wait import until

from summarizer.handout_file import load_handout
from summarizer.tui.app import EditorApp


@pytest.fixture
def example_path(tmp_path: Path, seeds_dir: Path) -> Path:
    return copy_example(tmp_path, seeds_dir)


def _recovery_from(example_path: Path, *, base: bool) -> str:
    """Work made from the file as it is now: the first claim rewritten."""
    saved = load_handout(example_path)
    first = saved.handout.claims[0]
    text = saved._loaded_text.replace(f'text = "{first.text}"',
                                      'text = "My unsaved rewrite."', 1)
    payload: dict[str, object] = {"format": "summarizer-recovery/1", "handout": text,
                                  "translations": {}}
    if base:
        payload["base"] = hashlib.sha256(example_path.read_bytes()).hexdigest()
    example_path.with_name(RECOVERY).write_text(json.dumps(payload), encoding="utf-8")
    return saved.handout.meta.title


async def test_recovered_work_made_from_an_older_file_asks_before_saving(
    example_path: Path,
) -> None:
    title = _recovery_from(example_path, base=True)
    theirs = example_path.read_text(encoding="utf-8").replace(
        f'title = "{title}"', 'title = "Their new title"', 1)
    assert "Their new title" in theirs
    example_path.write_text(theirs, encoding="utf-8")  # someone else's edit, saved
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pick(pilot, "recovery", "Recover it")
        await settle(pilot)
        assert app.state.handout.claims[0].text == "My unsaved rewrite."
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.screen.id == "changed-on-disk")
    assert example_path.read_text(encoding="utf-8") == theirs  # nothing written over it


async def test_recovered_work_made_from_this_file_saves_at_once(example_path: Path) -> None:
    _recovery_from(example_path, base=True)
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pick(pilot, "recovery", "Recover it")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: "My unsaved rewrite." in example_path.read_text(
            encoding="utf-8"))
        assert app.screen.id != "changed-on-disk"


async def test_a_save_the_system_refuses_says_why_in_words(
    example_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tester, session 5: on a read-only folder ctrl+s said "Not saved: [Errno 30]
    Read-only file system: '…'"; it now says it in words and what to do instead."""
    import errno

    from summarizer.handout_file import HandoutDocument

    def refuse(self: HandoutDocument, *args: object, **kwargs: object) -> Path:
        raise OSError(errno.EROFS, "Read-only file system", str(self.path))

    monkeypatch.setattr(HandoutDocument, "save", refuse)
    notes: list[str] = []
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.notify = lambda message, **kw: notes.append(str(message))  # type: ignore[method-assign]
        await pilot.press("ctrl+s")
        await until(pilot, lambda: any(n.startswith("Not saved") for n in notes))
    said = next(n for n in notes if n.startswith("Not saved"))
    assert "[Errno" not in said and "read-only" in said.lower() and "Save as" in said
    assert str(example_path) in said
