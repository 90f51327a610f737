"""Defects found by tester19 using summarizer as its users would: a nurse educator in
the editor, clinic staff exporting PDFs in batch, a translator adding French.

The seed articles are used by path (never copied into the repository).
"""

from __future__ import annotations

from pathlib import Path

import tomlkit
from tui_helpers import copy_example

from summarizer.gate import run
from summarizer.handout_file import load_handout


def _drop_disclaimers(path: Path, ids: set[str]) -> None:
    doc = tomlkit.parse(path.read_text(encoding="utf-8"))
    kept = [d for d in doc["disclaimers"] if d["id"] not in ids]
    table = tomlkit.aot()
    for d in kept:
        table.append(d)
    doc["disclaimers"] = table
    path.write_text(tomlkit.dumps(doc), encoding="utf-8")


def _crisis_missing(path: Path) -> list[str]:
    return [f.message for f in run(load_handout(path), ["en"], reading=False)
            if f.code == "SAFETY-CRISIS-MISSING" and f.is_error]


def test_a_crisis_line_for_spanish_speakers_alone_is_not_the_english_handouts_line(
        tmp_path: Path, seeds_dir: Path) -> None:
    """The nurse attached the article's "The Suicide & Crisis Lifeline in the U.S. has a
    Spanish language phone line at 1-888-628-9454" as the crisis notice, and nothing
    else: `check` said "en: ready" and the English PDF's only crisis number was a line
    for Spanish speakers. A line the rulebook or the article says serves one group (a
    language, veterans) does not stand for the crisis line every reader can call; the
    gate says whom the given lines serve."""
    path = copy_example(tmp_path, seeds_dir)
    assert not _crisis_missing(path)  # 988 for everyone is there
    _drop_disclaimers(path, {"crisis-988"})
    found = _crisis_missing(path)
    assert found, "the Spanish and veterans' lines alone passed as the crisis line"
    assert "Spanish speakers" in found[0] and "veterans" in found[0], found


def test_the_veterans_line_alone_is_not_everyones_crisis_line(
        tmp_path: Path, seeds_dir: Path) -> None:
    path = copy_example(tmp_path, seeds_dir)
    _drop_disclaimers(path, {"crisis-988", "crisis-spanish"})
    found = _crisis_missing(path)
    assert found and "veterans" in found[0], found


async def test_a_crisis_sentence_without_its_number_says_where_the_number_is(
        tmp_path: Path, seeds_dir: Path) -> None:
    """On the Sources tab "If you or someone you know is struggling or in crisis, help is
    available." read "Notice — If you are in crisis, get help now 988 (988 Suicide &
    Crisis Lifeline), 800-662-HELP (4357) ...". The nurse pressed d there, was told
    "Attached", and the notice had no number at all (the numbers are in the sentences
    after it; attaching one sentence takes the numbers it gives): the gate still said
    the crisis line was missing. The detail line now says which numbers this sentence
    does not give, and attaching it says it gives no phone number."""
    from textual.widgets import OptionList, Static
    from tui_helpers import SIZE, new_from_seeds, pick, ready, settle

    from summarizer.tui.app import EditorApp

    path = new_from_seeds(tmp_path, [seeds_dir / "002_7f7951ef72781818.txt"])
    app = EditorApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        analysis = next(iter(app.state.analyses.values()))
        index = next(i for i, s in enumerate(analysis.sentences)
                     if "struggling or in crisis" in s.text)
        assert "988" not in analysis.sentences[index].text
        sentences = app.query_one("#sentence-list", OptionList)
        sentences.focus()
        sentences.highlighted = index
        await settle(pilot)
        detail = str(app.query_one("#sentence-detail", Static).render())
        assert "not in this sentence" in detail, detail
        app.clear_notifications()
        await pilot.press("d")
        await pick(pilot, "pick-kind", "If you are in crisis")
        await settle(pilot)
        notice = next(d for d in app.state.handout.disclaimers if d.kind == "crisis-line")
        assert not notice.contacts
        said = " ".join(str(n.message) for n in app._notifications)
        assert "no phone number" in said and "988" in said, said


async def test_the_translations_tab_says_what_blocks_a_finished_language(
        tmp_path: Path, seeds_dir: Path) -> None:
    """With every Spanish string done, the Translations tab read "check: es: blocked by 1
    error" and listed nothing: the one error (no crisis line for everyone) is the
    handout's, shown on the Export tab, and the translator looked for a string of theirs
    to fix. The verdict now names the errors that are not the language's own."""
    from textual.widgets import Static
    from tui_helpers import SIZE, ready, settle
    from tui_wait import until

    from summarizer.tui.app import EditorApp

    path = copy_example(tmp_path, seeds_dir)
    _drop_disclaimers(path, {"crisis-988"})
    app = EditorApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("4")
        await until(pilot, lambda: app.state.findings is not None)
        await settle(pilot)
        coverage = str(app.query_one("#coverage", Static).render())
        assert "es: blocked by 1 error" in coverage, coverage
        assert "SAFETY-CRISIS-MISSING" in coverage and "every language" in coverage, coverage


async def test_a_reload_that_fails_leaves_no_recovery_file_after_the_save(
        tmp_path: Path, seeds_dir: Path) -> None:
    """A colleague left handout.toml with a duplicate key; the nurse chose "Reload their
    version", was told "Cannot reload: ... invalid TOML", kept editing, then saved over
    it and quit. The session's recovery file stayed beside the saved handout: the failed
    reload had filed it as work kept for good and moved the session to a new one."""
    from tui_helpers import SIZE, edit_first_claim, ready, settle

    from summarizer.tui import state as st
    from summarizer.tui.app import EditorApp

    path = copy_example(tmp_path, seeds_dir)
    app = EditorApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await edit_first_claim(pilot)
        app.autosave()
        assert st.recovery_paths(path)
        broken = path.read_text(encoding="utf-8").replace(
            "[handout]\n", '[handout]\nid = "twice"\n', 1)
        path.write_text(broken, encoding="utf-8")  # a colleague's mistake
        app.reload()
        await settle(pilot)
        assert app.state.dirty
        assert app.save(force=True)
        await settle(pilot)
        assert not app.state.dirty
        assert not st.recovery_paths(path), st.recovery_paths(path)


def test_an_unreadable_handout_in_a_batch_export_is_announced_with_its_place(
        tmp_path: Path, capsys: object) -> None:
    """Clinic staff exporting handouts/*/ read "export: [1/4] ...", "[2/4]", "[3/4]" and
    then only "summarizer: error: handouts/k3/handout.toml:75:1: invalid TOML ...": the
    README says each handout is announced as it starts, and in a long log the failed one
    had no place in the count. It is announced like the others, then its error."""
    import pytest

    from summarizer.cli import main

    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "handout.toml").write_text("[handout\n", encoding="utf-8")
    code = main(["export", str(tmp_path / "a"), str(tmp_path / "b")])
    assert code == 1
    assert isinstance(capsys, pytest.CaptureFixture)
    err = capsys.readouterr().err
    for n, name in ((1, "a"), (2, "b")):
        announced = f"export: [{n}/2] {tmp_path / name}"
        assert announced in err, err
        assert err.index(announced) < err.index(f"error: {tmp_path / name}"), err
