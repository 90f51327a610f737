"""Defects found by tester12 (session 12) using summarizer as its users would: a nurse in
the editor, clinic staff exporting a batch, a translator adding a language, a clinic's
approval committee reading `check`.

The seed articles are used by path (never copied into the repository).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static
from tui_helpers import notes_of, ready
from tui_wait import until

from summarizer.handout_file import load_handout, new_handout
from summarizer.model import Claim, Span
from summarizer.readability import Analyzer
from summarizer.sources.load import load_paths
from summarizer.tui.app import EditorApp

# --------------------------------------------------------------------------- a claim's
# grade: SMOG scaled from one sentence

SHORT = "Ketamine is not approved by the FDA for depression."  # one sentence, long words
LONG = ("If the first dose does not help you, your care team can talk with you about "
        "what to try next, and they can tell you how long to wait and what to look out "
        "for at home on the day you get it.")  # one long sentence of short words


def _formula(text: str, name: str) -> float:
    report = Analyzer("en").analyze(text)
    grade = next(f.grade for f in report.formulas if f.name == name)
    assert grade is not None
    return grade


@pytest.fixture
def two_claims(tmp_path: Path, seed_paths: list[Path]) -> Path:
    loaded, errors = load_paths(seed_paths[:1])
    assert not errors
    hdoc = new_handout(tmp_path / "h", loaded, title="Ketamine", locales=["en"])
    source, text = hdoc.handout.sources[0], loaded[0].text
    end = text.index(".") + 1
    for cid, words in (("short", SHORT), ("long", LONG)):
        hdoc.handout.claims.append(Claim(id=cid, section="benefits", source=source.id,
                                         span=Span(0, end), quote=text[:end],
                                         evidence="opinion", text=words))
    hdoc.save()
    return hdoc.path


async def test_a_one_sentence_claim_is_not_graded_by_smog_scaled_to_thirty(
        two_claims: Path) -> None:
    """SMOG counts long words over a 30-sentence sample and scales a shorter text up to
    it: a one-sentence claim with three long words (the drug's name among them) read as
    grade 13.0 in the reading panel, above the export ceiling, though every formula of
    sentence length and syllables rates it far lower. A nurse rewrote plain sentences
    that could not get plainer. A claim's few sentences are now graded by
    Flesch-Kincaid, the panel says so, and the editor's "hardest claim" (where enter on a
    READ-* finding goes) is the long sentence, not the short one."""
    smog, kincaid = _formula(SHORT, "SMOG"), _formula(SHORT, "Flesch-Kincaid Grade")
    assert smog > 10 > kincaid  # the defect's shape, measured on the real analyser
    app = EditorApp(two_claims)
    async with app.run_test(size=(110, 40)) as pilot:
        await ready(pilot)
        await pilot.press("2")
        pane = app.query_one("#handout-pane")
        await until(pilot, lambda: app.focused is app.query_one("#claim-list"))
        for _ in range(4):
            if pane.current_claim_id() == "short":
                break
            await pilot.press("down")
        assert pane.current_claim_id() == "short"
        await until(pilot, lambda: "This claim" in str(app.query_one("#reading", Static).render()))
        panel = str(app.query_one("#reading", Static).render())
        line = next(x for x in panel.splitlines() if x.startswith("This claim"))
        assert f"grade {kincaid:.1f}" in line, line
        assert f"{smog:.1f}" not in line and "Flesch-Kincaid" in line, line
        assert app.hardest_claim() == "long"
    assert _formula(LONG, "Flesch-Kincaid Grade") > kincaid
    assert load_handout(two_claims).handout.claims[0].text == SHORT


def test_a_spanish_claim_is_graded_by_fernandez_huerta() -> None:
    """SOL, the Spanish headline, is SMOG converted: the same scaling to 30 sentences."""
    from summarizer.tui.reading import claim_grade

    text = "La ketamina no está aprobada por la FDA para la depresión."
    report = Analyzer("es").analyze(text)
    sol = report.headline_grade
    huerta = next(f.grade for f in report.formulas if f.name.startswith("Fernández Huerta"))
    grade, name = claim_grade(report)
    assert sol is not None and huerta is not None and grade == max(huerta, 1.0) != sol
    assert "Fernández Huerta" in name


# --------------------------------------------------------------------------- a handout
# file cut short


@pytest.mark.parametrize(("tail", "opened"), [("garbage = [\n", "["),
                                              ("garbage = [1, 2,\n", "["),
                                              ("garbage = {x = 1\n", "{")])
def test_a_handout_file_cut_short_says_so(tmp_path: Path, seed_paths: list[Path],
                                          capsys: pytest.CaptureFixture[str],
                                          tail: str, opened: str) -> None:
    """A handout.toml whose last value was left open (a file cut short in a mail, or a
    list being typed) was reported as "invalid TOML: Unexpected character: '\\x00'":
    tomlkit's end-of-file sentinel, which names no character of the file. The line now
    says the file ends inside a value left open, the way a person fixes it."""
    from summarizer.cli import main

    loaded, _ = load_paths(seed_paths[:1])
    path = new_handout(tmp_path / "h", loaded, title="Ketamine", locales=["en"]).path
    lines = len(path.read_text(encoding="utf-8").splitlines())
    with path.open("a", encoding="utf-8") as f:
        f.write(tail)
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert "\\x00" not in err and "x00" not in err, err
    assert "ends" in err and f"'{opened}'" in err, err
    assert f"handout.toml:{lines + 1}:" in err, err  # the line where the value was opened


# --------------------------------------------------------------------------- a language
# with nothing to read is not "too little text"


def _break_catalog(folder: Path, locale: str = "es") -> None:
    po = folder / "locales" / locale / "LC_MESSAGES" / "handout.po"
    text = po.read_text(encoding="utf-8")
    at = text.index('msgstr "', text.index('msgid "Veterans Crisis Line"'))
    po.write_text(text[:at] + 'msgstr "Línea de crisis' + text[text.index("\n", at):],
                  encoding="utf-8")


def test_an_unreadable_catalog_is_not_reported_as_too_little_text(
        tmp_path: Path, seeds_dir: Path) -> None:
    """A translator left a quote open in the Spanish catalog. `check -l es` said, beside
    I18N-CATALOG-INVALID, "READ-TOO-LITTLE: too little text to measure the reading
    grade": the handout has plenty of text, none of it could be read in Spanish. A
    language with no printed text to read gets no reading finding (the I18N-* error
    says why); a source language with too little text still does."""
    from tui_helpers import copy_example

    from summarizer.gate import run

    path = copy_example(tmp_path, seeds_dir)
    _break_catalog(path.parent)
    found = {f.code for f in run(load_handout(path), ["es"])}
    assert "I18N-CATALOG-INVALID" in found
    assert "READ-TOO-LITTLE" not in found, found
    assert "READ-TOO-LITTLE" not in {f.code for f in run(load_handout(path), ["en"])}


def test_a_language_not_yet_translated_is_not_too_little_text(
        tmp_path: Path, seed_paths: list[Path]) -> None:
    """A new handout with one English claim and Spanish not begun: English has too
    little text (a warning, true), Spanish is "no translations into es yet" only."""
    from summarizer.gate import run

    loaded, _ = load_paths(seed_paths[:1])
    hdoc = new_handout(tmp_path / "h", loaded, title="Ketamine", locales=["en", "es"])
    source, text = hdoc.handout.sources[0], loaded[0].text
    end = text.index(".") + 1
    hdoc.handout.claims.append(Claim(id="c", section="benefits", source=source.id,
                                     span=Span(0, end), quote=text[:end],
                                     evidence="opinion", text="Maybe."))
    hdoc.save()
    findings = run(load_handout(hdoc.path))
    little = sorted(f.locale for f in findings if f.code == "READ-TOO-LITTLE")
    assert little == ["en"], findings
    assert any(f.code == "I18N-MISSING" and f.locale == "es" for f in findings)


async def test_the_reading_panel_says_a_language_is_not_translated(
        tmp_path: Path, seed_paths: list[Path]) -> None:
    """The editor's "Whole handout:" line said "es too little text" for a language not
    yet begun, beside a grade for English: the nurse read it as Spanish text that was
    too short. It now says the language has nothing translated yet."""
    loaded, _ = load_paths(seed_paths[:1])
    hdoc = new_handout(tmp_path / "h", loaded, title="Ketamine", locales=["en", "es"])
    source, text = hdoc.handout.sources[0], loaded[0].text
    end = text.index(".") + 1
    hdoc.handout.claims.append(Claim(id="c", section="benefits", source=source.id,
                                     span=Span(0, end), quote=text[:end], evidence="opinion",
                                     text="Some people felt better within a few hours."))
    hdoc.save()
    app = EditorApp(hdoc.path)
    async with app.run_test(size=(110, 40)) as pilot:
        await ready(pilot)
        await pilot.press("2")
        await until(pilot, lambda: "Whole handout" in str(app.query_one("#reading",
                                                                         Static).render()))
        panel = str(app.query_one("#reading", Static).render())
        line = next(x for x in panel.splitlines() if x.startswith("Whole handout"))
        assert "es not translated yet" in line and "es too little text" not in line, line


# --------------------------------------------------------------------------- a language
# added in the details is ticked for export


async def test_a_language_added_in_details_is_ticked_for_export(
        tmp_path: Path, seeds_dir: Path) -> None:
    """A nurse added French in the details (f2), translated it, and pressed e on the
    Export tab: French was not exported ("fr: not chosen"). The tab had been drawn with
    English and Spanish ticked, and a language added later came in unticked, told apart
    only by the colour of its X. A language added to the handout is now ticked, as every
    language is when the editor opens; one the nurse unticked stays unticked."""
    from textual.widgets import SelectionList
    from tui_helpers import SIZE, copy_example, settle

    from summarizer.tui.screens.modals import MetaScreen

    path = copy_example(tmp_path, seeds_dir)
    app = EditorApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("5")
        choice = app.query_one("#export-locales", SelectionList)
        await until(pilot, lambda: choice.option_count == 2)
        assert sorted(choice.selected) == ["en", "es"]
        choice.deselect("es")  # this nurse exports English only, for now
        await settle(pilot)
        await pilot.press("f2")
        await until(pilot, lambda: isinstance(app.screen, MetaScreen))
        app.screen.query_one("#meta-locales").value = "en, es, fr"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await until(pilot, lambda: app.state.handout.meta.locales == ["en", "es", "fr"])
        await until(pilot, lambda: choice.option_count == 3)
        assert sorted(choice.selected) == ["en", "fr"]


# --------------------------------------------------------------------------- a broken
# catalog must not take the editor down


async def test_the_editor_opens_a_handout_whose_catalog_is_broken(
        tmp_path: Path, seeds_dir: Path) -> None:
    """A translator left a quote open in the Spanish catalog; the nurse opened the
    handout: the editor's live check (a worker) raised 'invalid catalog' and Textual
    quit with a traceback, taking nothing typed with it but leaving the nurse no
    editor. The check now reports the catalog as `check` does (I18N-CATALOG-INVALID,
    with its line), and the editor goes on."""
    from tui_helpers import SIZE, copy_example, settle

    path = copy_example(tmp_path, seeds_dir)
    _break_catalog(path.parent)
    broken = (path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po").read_bytes()
    app = EditorApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await until(pilot, lambda: app.state.findings is not None)
        codes = {(f.code, f.locale) for f in app.state.findings or []}
        assert ("I18N-CATALOG-INVALID", "es") in codes, codes
        await pilot.press("4")  # the Translations tab names the file and line too
        await settle(pilot)
        coverage = str(app.query_one("#coverage", Static).render())
        assert "handout.po:67" in coverage and "0/0" not in coverage, coverage
    assert app.return_code in (None, 0)
    # nothing rewrote the translator's file
    assert (path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po").read_bytes() \
        == broken


async def test_saving_beside_a_broken_catalog_saves_and_says_what_it_left(
        tmp_path: Path, seeds_dir: Path) -> None:
    """With the Spanish catalog unreadable, ctrl+s wrote handout.toml and then said
    "Not saved: invalid catalog ...": the nurse's work was on disk, the editor still
    called it unsaved, and every later ctrl+s said the same. The save now leaves the
    unreadable catalog as it is (it is the translator's to fix), saves the rest, and says
    which file it did not update and why."""
    from textual.widgets import TextArea
    from tui_helpers import SIZE, copy_example, save, settle

    path = copy_example(tmp_path, seeds_dir)
    _break_catalog(path.parent)
    po = path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    broken = po.read_bytes()
    app = EditorApp(path)
    notes = notes_of(app)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("2")
        box = app.query_one("#claim-text", TextArea)
        box.focus()
        await pilot.press("end", *" Really.")
        await settle(pilot)
        await save(pilot, path)
        assert not app.state.dirty
        assert not any(n.startswith("Not saved") for n in notes), notes
        said = next(n for n in notes if n.startswith("Saved"))
        assert "handout.po" in said and "67" in said, said
    assert "Really." in path.read_text(encoding="utf-8")
    assert po.read_bytes() == broken


# --------------------------------------------------------------------------- x names
# what it removed


@pytest.mark.parametrize(("tab", "items"), [("2", "claims"), ("3", "disclaimers")])
async def test_x_says_which_claim_or_notice_it_removed(
        tmp_path: Path, seeds_dir: Path, tab: str, items: str) -> None:
    """x on the Handout or Safety tab said only "Claim removed (ctrl+z brings it
    back)": a nurse who pressed it with the keyboard in the list (not the box she meant)
    could not tell which of 17 items went; ctrl+z's own message quotes it. The message
    now starts with the removed text, as undo's does."""
    from tui_helpers import SIZE, copy_example, settle

    path = copy_example(tmp_path, seeds_dir)
    app = EditorApp(path)
    notes = notes_of(app)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press(tab)
        await settle(pilot)
        before = {i.id: i.text for i in getattr(app.state.handout, items)}
        await pilot.press("x")
        await until(pilot, lambda: len(getattr(app.state.handout, items)) < len(before))
        gone = (set(before) - {i.id for i in getattr(app.state.handout, items)}).pop()
        said = next(n for n in notes if "removed" in n)
        assert " ".join(before[gone].split())[:30] in said, said


async def test_a_partly_translated_language_says_its_grade_is_of_part(
        tmp_path: Path, seeds_dir: Path) -> None:
    """A translator had done 6 of 23 French strings; the reading panel said
    "fr 4.0" beside "en 6.6", a grade for the whole handout in French as far as anyone
    could tell. It now says how much of the language it measured."""
    from tui_helpers import SIZE, copy_example, settle

    from summarizer import catalogs

    path = copy_example(tmp_path, seeds_dir)
    po = path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    catalog = catalogs._load(po)
    assert catalog is not None
    texts = load_handout(path).handout.texts()
    for msgid in texts[6:]:  # keep the first six translations only
        catalog[msgid].string = ""
    catalogs._write(po, catalog)
    app = EditorApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("2")
        await settle(pilot)
        await until(pilot, lambda: "Whole handout" in str(app.query_one("#reading",
                                                                         Static).render()))
        panel = str(app.query_one("#reading", Static).render())
        line = next(x for x in panel.splitlines() if x.startswith("Whole handout"))
        assert f"(6 of {len(texts)} strings)" in line, line
