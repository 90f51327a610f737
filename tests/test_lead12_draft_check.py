"""Before a save, the editor's check says what the Translations tab says: a reworded
string whose old translation a save would keep as fuzzy is I18N-FUZZY, not
I18N-MISSING (tester11: the check said "not translated" while the tab said fuzzy)."""

from __future__ import annotations

import shutil
from pathlib import Path

from summarizer import catalog_draft
from summarizer.handout_file import load_handout, loads_handout
from summarizer.tui.checking import check_draft
from summarizer.tui.state import draft_text

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ketamine-depression"


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "ex"
    shutil.copytree(EXAMPLE, folder, ignore=shutil.ignore_patterns(".*.recovery"))
    return folder


def test_an_unsaved_english_edit_checks_as_fuzzy_like_the_tab_shows(tmp_path: Path) -> None:
    hdoc = load_handout(_copy(tmp_path))
    claim = hdoc.handout.claims[0]
    claim.text = claim.text + " Ask your doctor."  # edited in memory, not saved
    hdoc = loads_handout(draft_text(hdoc), hdoc.path)  # the editor's check snapshot
    tab = {r.msgid: r.status for r in catalog_draft.rows(hdoc, "es", {})}
    assert tab[claim.text] == "fuzzy"
    findings = check_draft(hdoc, {}, None)
    assert findings is not None
    codes = {f.code for f in findings if f.locale == "es" and f.item == claim.id}
    assert "I18N-FUZZY" in codes and "I18N-MISSING" not in codes, codes


def test_a_check_with_nothing_changed_reads_the_catalogs_as_they_are(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    hdoc = load_handout(folder)
    po = {p: p.read_bytes() for p in folder.rglob("*.po")}
    findings = check_draft(hdoc, {}, None)
    assert findings is not None
    assert not [f for f in findings if f.code in ("I18N-FUZZY", "I18N-MISSING")]
    assert {p: p.read_bytes() for p in folder.rglob("*.po")} == po  # nothing written
