"""A handout's text with a percentage is prose, not a Python format string.

Tester, session 8: an English claim "56% of those who took it ... 16% on a fake pill"
translated as "el 56 % de quienes ... frente al 16 % con" blocked the Spanish export with
I18N-CATALOG-INVALID "python-format: incompatible format for placeholder 1: 'o' and 'd'
are not compatible", and `translations status` stopped at "invalid catalog". Babel flags
any msgid holding "% o", "% s", "% d", ... as python-format, but summarizer never
%-formats a handout's strings (render.Translator looks them up as they are), so the flag
only made correct translations fail (and msgfmt -c would reject them too).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_catalogs import cli
from test_checks import TRIAL, make_handout

from summarizer import catalogs
from summarizer.checks import check_handout
from summarizer.handout_file import load_handout

PERCENT_EN = ("In one study, 56% of people who got the drug felt better, against 16% of "
              "people who got salt water.")
PERCENT_ES = ("En un estudio, el 56 % de quienes recibieron el medicamento se sintieron "
              "mejor, frente al 16 % de quienes recibieron agua con sal.")


@pytest.fixture
def folder(tmp_path: Path, seeds_dir: Path) -> Path:
    hdoc = make_handout(tmp_path / "ketamine", seeds_dir, locales=["en", "es"])
    claim = next(c for c in hdoc.handout.claims if c.text == TRIAL)
    claim.text = PERCENT_EN
    hdoc.save()
    return hdoc.base_dir


def _catalog_codes(folder: Path) -> set[str]:
    return {f.code for f in check_handout(load_handout(folder), ["es"])
            if f.code.startswith("I18N-CATALOG")}


def test_a_percentage_translated_naturally_is_a_valid_catalog(
        folder: Path, capsys: pytest.CaptureFixture[str]):
    hdoc = load_handout(folder)
    catalogs.init_catalog(hdoc, "es")
    catalogs.set_translation(hdoc, "es", PERCENT_EN, PERCENT_ES)
    text = catalogs.catalog_path(hdoc, "es").read_text(encoding="utf-8")
    assert "python-format" not in text
    assert _catalog_codes(folder) == set()
    _rc, out = cli(capsys, "translations", "status", str(folder))
    assert "invalid catalog" not in out and "python-format" not in out, out


def test_a_catalog_without_the_flag_is_not_format_checked(folder: Path):
    """Babel's own check re-reads the file and flags a msgid by its look; what the file
    says (no python-format line, as msgfmt reads it) decides."""
    hdoc = load_handout(folder)
    catalogs.init_catalog(hdoc, "es")
    catalogs.set_translation(hdoc, "es", PERCENT_EN, PERCENT_ES)
    path = catalogs.catalog_path(hdoc, "es")
    path.write_text(path.read_text(encoding="utf-8").replace("#, python-format\n", ""),
                    encoding="utf-8")
    assert _catalog_codes(folder) == set()


def test_update_drops_the_flag_an_older_catalog_carries(folder: Path):
    hdoc = load_handout(folder)
    path = catalogs.init_catalog(hdoc, "es")
    text = path.read_text(encoding="utf-8")
    at = text.index("msgid \"\"\n\"In one study, 56%")
    path.write_text(text[:at] + "#, python-format\n" + text[at:], encoding="utf-8")
    catalogs.update_catalog(load_handout(folder), "es")
    assert "python-format" not in path.read_text(encoding="utf-8")


def test_an_older_catalog_with_the_flag_says_how_to_fix_it(folder: Path):
    """A catalog written before this fix still carries the flag: the finding (msgfmt -c
    rejects it too) names the line to delete, since `update` cannot read it either."""
    hdoc = load_handout(folder)
    catalogs.init_catalog(hdoc, "es")
    catalogs.set_translation(hdoc, "es", PERCENT_EN, PERCENT_ES)
    path = catalogs.catalog_path(hdoc, "es")
    text = path.read_text(encoding="utf-8")
    at = text.index("msgid \"\"\n\"In one study, 56%")
    path.write_text(text[:at] + "#, python-format\n" + text[at:], encoding="utf-8")
    found = [f.message for f in check_handout(load_handout(folder), ["es"])
             if f.code == "I18N-CATALOG-INVALID"]
    assert found and all("delete the '#, python-format' line" in m for m in found), found
