"""Defects found by tester11 (session 11) using summarizer as its users would: a nurse in
the editor, clinic staff exporting a batch, a translator adding a language.

The seed articles are used by path (never copied into the repository).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList
from tui_helpers import SIZE, new_from_seeds, ready, settle
from tui_wait import until

from summarizer.tui.app import EditorApp


@pytest.mark.parametrize("key", ["d", "a"])
async def test_a_key_in_the_source_list_picks_no_sentence_of_its_own(
        tmp_path: Path, seed_paths: list[Path], key: str) -> None:
    """The editor opens with the keyboard in the list of articles, and the sentence list
    beside it shows the first line of the highlighted article (its headline). `d` there
    offered to attach the headline as a safety notice (and `a` to cite it as a claim):
    the nurse had picked no sentence at all. Now the key puts the keyboard in the
    article's sentences and says to pick one; nothing is offered or added."""
    path = new_from_seeds(tmp_path, seed_paths)
    app = EditorApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        sources = app.query_one("#source-list", OptionList)
        sentences = app.query_one("#sentence-list", OptionList)
        await until(pilot, lambda: app.focused is sources)
        await pilot.press("down")  # another article: its sentences are shown, none picked
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        assert app.screen.id not in ("pick-kind", "pick-section")
        assert app.focused is sentences
        assert not app.state.handout.disclaimers and not app.state.handout.claims
        # in the sentences, the same key acts on the sentence the nurse highlighted
        await pilot.press("down", key)
        await until(pilot, lambda: app.screen.id in ("pick-kind", "pick-section"))


# ----------------------------------------------------------------------------- catalogs
# written as GNU gettext writes them


def test_translations_update_writes_the_catalog_as_gnu_gettext_does(
        tmp_path: Path, seeds_dir: Path) -> None:
    """The README promises catalogs written as GNU tools write them, so a translator's
    Poedit or msgmerge run changes no line it did not mean to. After the nurse reworded a
    claim, `translations update` wrote the old entry as obsolete cut at about 40 columns
    with spaces leading its lines ('#~ " give low doses'), and broke long strings before
    a space rather than after it ('...or other mental health' / '" problems."'):
    msgcat rewrote 20 lines of the Spanish catalog. Now msgcat changes none."""
    import shutil
    import subprocess

    import tomlkit
    from tui_helpers import copy_example

    from summarizer.cli import main

    if shutil.which("msgcat") is None:
        pytest.skip("GNU gettext not installed")
    path = copy_example(tmp_path, seeds_dir)
    doc = tomlkit.parse(path.read_text(encoding="utf-8"))
    claims = doc["claims"]
    claims[0]["text"] = "Doctors first used ketamine to put people to sleep for surgery."
    claims[1]["text"] = str(claims[1]["text"]) + " Ask your care team."
    path.write_text(tomlkit.dumps(doc), encoding="utf-8")
    assert main(["translations", "update", str(path.parent)]) == 0
    po = path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    ours = po.read_text(encoding="utf-8")
    assert "#~ msgid" in ours and "#, fuzzy" in ours
    gnu = subprocess.run(["msgcat", "--width=79", str(po)], capture_output=True,
                         text=True, check=True).stdout
    assert ours.splitlines() == gnu.splitlines()
