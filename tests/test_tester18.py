"""Defects found by tester18 using summarizer as its users would: a nurse educator in
the editor, clinic staff exporting PDFs, a translator adding a language, a committee
reading the review sheet.

The seed articles are used by path (never copied into the repository).
"""

from __future__ import annotations

import re
from pathlib import Path

from textual.widgets import Static
from tui_helpers import SIZE, copy_example, ready, settle
from tui_wait import until

from summarizer.gate import _view as gate_view
from summarizer.gate.builtin import handout_grade
from summarizer.handout_file import load_handout
from summarizer.tui.app import EditorApp
from summarizer.tui.screens.handout import HandoutPane


async def test_whole_handout_grade_is_the_grade_the_gate_applies(
        tmp_path: Path, seeds_dir: Path) -> None:
    """The Handout tab said "Whole handout: en 12.5" while the Export tab and `check`
    refused the same handout at "reading grade 11.5": the panel graded the drug's name
    as a long word and the gate does not. The nurse rewrote toward a number the gate
    never uses. The panel now shows the gate's grade for every language."""
    path = copy_example(tmp_path, seeds_dir)
    loaded = load_handout(path)
    handout = loaded.handout
    app = EditorApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("2")
        await settle(pilot)
        await until(pilot, lambda: "Whole handout" in str(
            app.query_one("#reading", Static).render()))
        panel = str(app.query_one("#reading", Static).render())
        line = next(x for x in panel.splitlines() if x.startswith("Whole handout"))
        shown = dict(re.findall(r"\b([a-z]{2}(?:-[A-Za-z]+)?) (\d+\.\d)\b", line))
        for locale in handout.meta.locales:
            texts = gate_view(loaded, locale).texts  # what the gate reads of the language
            gate = handout_grade(handout, locale, texts).headline_grade
            assert shown.get(locale) == f"{gate:.1f}", (locale, line, gate)


def _swap_translations(po: Path, kind_a: str, kind_b: str) -> None:
    """Give the notice of kind `kind_a` the translation of the notice of kind `kind_b`
    (a translator pasting into the wrong row), in the catalog on disk."""
    from summarizer import catalogs

    hdoc = load_handout(po.parents[3])
    text = {d.kind: d.text for d in hdoc.handout.disclaimers}
    catalog = catalogs._load(po)
    assert catalog is not None
    catalog[text[kind_a]].string = catalog[text[kind_b]].string
    catalogs._write(po, catalog)


def test_a_translated_approval_notice_must_still_name_the_regulator(
        tmp_path: Path, seeds_dir: Path) -> None:
    """A translator pasted the Spanish self-medication sentence into the row of "The FDA
    has not approved ketamine ...": `check` said "es: ready to export", and the Spanish
    PDF's approval box told patients nothing about approval. A translation must keep the
    regulator its English text names (FDA), as it keeps numbers and drug names; every
    language of the bundled example does."""
    from summarizer.gate import run

    path = copy_example(tmp_path, seeds_dir)
    clean = run(load_handout(path))
    assert not [f for f in clean if f.code == "FAITH-TRANSLATION" and "FDA" in f.message]
    _swap_translations(path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po",
                       "regulatory", "self-medication")
    regulatory = next(d.id for d in load_handout(path).handout.disclaimers
                      if d.kind == "regulatory")
    found = [f for f in run(load_handout(path), ["es"]) if f.code == "FAITH-TRANSLATION"
             and f.item == regulatory and f.is_error]
    assert found and "FDA" in found[0].message, found


def test_the_safety_tab_names_the_language_a_notice_is_blocked_in(
        tmp_path: Path, seeds_dir: Path) -> None:
    """With French begun, the Safety tab read "✗ Approval I18N-MISSING: not translated:
    'Ketamine is not FDA approved ...'" beside an English notice that was fine: the
    nurse could not tell that the French string was the one missing. A row about one
    language now names it, as the Export tab does."""
    from summarizer import catalogs
    from summarizer.gate import run
    from summarizer.tui.state import safety_rows

    path = copy_example(tmp_path, seeds_dir)
    hdoc = load_handout(path)
    regulatory = next(d for d in hdoc.handout.disclaimers if d.kind == "regulatory")
    po = path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    catalog = catalogs._load(po)
    assert catalog is not None
    catalog[regulatory.text].string = ""
    catalogs._write(po, catalog)
    hdoc = load_handout(path)
    rows = {kind: errors for kind, _, errors in safety_rows(hdoc.handout, run(hdoc))}
    assert rows["regulatory"], rows
    assert all("[es]" in e for e in rows["regulatory"]), rows["regulatory"]
    assert not any("[" in e.split(":")[0] for e in rows["crisis-line"]), rows


async def test_the_handout_tab_shows_the_lead_in_the_pdf_prints_before_a_claim(
        tmp_path: Path, seeds_dir: Path) -> None:
    """The nurse wrote "In one study, about 7 in 10 people ... felt better." and the PDF
    printed "A study that compared the treatment with something else (another treatment
    or a fake one) found: In one study, ...": the Handout tab never showed the evidence
    phrase the PDF puts before a claim (only the Review tab did). The reading panel now
    shows the claim as printed, the phrase included, as the review sheet has it."""
    from summarizer.review import phrase_in, rows

    path = copy_example(tmp_path, seeds_dir)
    hdoc = load_handout(path)
    printed = {r.item: r.text for r in rows(hdoc, [], {}, phrase=phrase_in(hdoc))}
    led = [c for c in hdoc.handout.claims if printed[c.id] != c.text]
    assert led, "the example has claims printed after an evidence phrase"
    app = EditorApp(path)
    async with app.run_test(size=(120, 50)) as pilot:
        await ready(pilot)
        await pilot.press("2")
        await settle(pilot)
        pane = app.query_one(HandoutPane)
        for claim in (led[0], next(c for c in hdoc.handout.claims if c not in led)):
            assert pane.show(claim.id)
            await settle(pilot)
            panel = " ".join(str(app.query_one("#reading", Static).render()).split())
            lead = printed[claim.id][:-len(claim.text)].strip()
            if lead:
                assert lead in panel, (lead, panel)
            else:
                assert "Printed as" not in panel, panel
