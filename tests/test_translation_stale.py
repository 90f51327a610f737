"""A string whose English text was edited by hand in handout.toml after it was translated
is *fuzzy* (stale: its source changed), not *missing* (issue 8).

Measured before (session 17 tester): the example with its supervision notice's English
reworded in handout.toml ("a doctor or nurse" -> "a doctor or a nurse") and no
`translations update` run: `translations status` said "22/23 translated, 1 missing,
0 fuzzy", listing the string as missing, so a translator would translate it again from
nothing while the catalog still held the translation of the earlier wording. `check`
blocked it as I18N-MISSING ("not translated"). The catalog entry is stale: the string
is now fuzzy in both, and check still blocks the language.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_export import copy_example

from summarizer import catalogs
from summarizer.checks import check_handout
from summarizer.cli import main
from summarizer.handout_file import load_handout

OLD = "Only use this drug with close care from a doctor or nurse who knows how to use it safely."
NEW = "Only use this drug with close care from a doctor or a nurse who knows how to use it safely."
REWRITTEN = "Take this medicine only where a trained team can watch over you the whole time."


def _edited_by_hand(tmp_path: Path, old: str, new: str) -> Path:
    """The example copied with one English string changed in the file, as a person with
    a text editor would (no `translations update` afterwards)."""
    path = copy_example(tmp_path)
    text = path.read_text(encoding="utf-8")
    assert text.count(f'"{old}"') == 1
    path.write_text(text.replace(f'"{old}"', f'"{new}"'), encoding="utf-8")
    return path


def _status(capsys: pytest.CaptureFixture[str], path: Path, *more: str) -> tuple[int, str]:
    capsys.readouterr()
    rc = main(["translations", "status", str(path), "--locale", "es", *more])
    return rc, capsys.readouterr().out


@pytest.mark.parametrize("new", [NEW, REWRITTEN], ids=["reworded", "rewritten"])
def test_a_hand_edited_string_is_fuzzy_not_missing(
    tmp_path: Path, new: str, capsys: pytest.CaptureFixture[str]
):
    """A small edit (what `translations update` would match) and a whole new sentence in
    the same notice (matched by the notice it is printed in) are both stale."""
    path = _edited_by_hand(tmp_path, OLD, new)
    status = catalogs.catalog_status(load_handout(path), "es")
    assert status.missing == [] and status.fuzzy == [new] and status.stale == [new]

    rc, out = _status(capsys, path)
    assert rc == 1
    assert "0 missing, 1 fuzzy" in out
    assert "stale" in out and "translations update" in out
    assert "missing:" not in out

    rc, out = _status(capsys, path, "--json")
    data = json.loads(out)["locales"][0]
    assert data["missing"] == [] and data["fuzzy"] == [new] and data["stale"] == [new]


def test_check_still_blocks_the_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    path = _edited_by_hand(tmp_path, OLD, NEW)
    found = [
        f
        for f in check_handout(load_handout(path), ["es"])
        if f.code.startswith("I18N-") and f.severity == "error"
    ]
    assert [(f.code, f.item) for f in found] == [("I18N-FUZZY", "supervision")]
    assert "translations update" in found[0].message
    capsys.readouterr()
    assert main(["check", str(path), "--locale", "es"]) == 1
    assert "es: blocked" in capsys.readouterr().out


def test_update_then_keeps_the_old_translation_as_a_fuzzy_suggestion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    """After `translations update` the rewritten string is fuzzy with the translation of
    the earlier text as its suggestion (Babel alone matched only the small edit)."""
    path = _edited_by_hand(tmp_path, OLD, REWRITTEN)
    hdoc = load_handout(path)
    before = catalogs.get_entry(hdoc, "es", OLD)
    assert before is not None and before.msgstr
    catalogs.update_catalog(hdoc, "es")
    entry = catalogs.get_entry(hdoc, "es", REWRITTEN)
    assert entry is not None and entry.fuzzy and entry.msgstr == before.msgstr
    status = catalogs.catalog_status(hdoc, "es")
    assert status.fuzzy == [REWRITTEN] and status.missing == [] and status.stale == []


def test_a_new_string_is_still_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    """A notice added after the translation has no earlier text: missing, as before."""
    path = copy_example(tmp_path)
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text + '\n[[disclaimers]]\nid = "educational"\nkind = "educational"\n'
        'source = "medicalresearch"\nspan = [269, 365]\nquote = "Ketamine should '
        "only be used under the close supervision of an experienced health care "
        'provider."\ntext = "This sheet does not replace advice from your own '
        'doctor."\n',
        encoding="utf-8",
    )
    status = catalogs.catalog_status(load_handout(path), "es")
    assert status.missing == ["This sheet does not replace advice from your own doctor."]
    assert status.fuzzy == [] and status.stale == []
