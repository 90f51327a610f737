"""The shipped app catalogs: complete, consistent headers, valid for GNU msgfmt."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from summarizer import i18n, plurals
from summarizer.resources import locales_dir

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ["es", "zh_Hans", "zh_Hant", "vi", "ko", "tl", "ru", "ar", "ht", "pt", "fr", "de"]
EXAMPLE = ROOT / "examples" / "ketamine-depression" / "locales"


def all_catalogs() -> list[Path]:
    return sorted([*locales_dir().glob("*/LC_MESSAGES/*.po"), *EXAMPLE.glob("*/LC_MESSAGES/*.po")])


@pytest.mark.parametrize("lang", SHIPPED)
def test_every_promised_language_ships_complete(lang: str) -> None:
    status = i18n.app_catalog_status(lang)
    assert status.path is not None and status.path.parent.parent.name == lang
    assert status.complete, (status.missing, status.fuzzy)
    app = i18n.app_translations(lang)
    for phrase in i18n.CHANNEL_PHRASES.values():  # whole phrases, each translated
        assert app.pgettext(*phrase) != phrase[1] or lang == "en", phrase


@pytest.mark.parametrize("path", all_catalogs(), ids=lambda p: f"{p.parts[-4]}-{p.stem}")
def test_plural_forms_are_the_pinned_cldr_ones(path: Path) -> None:
    with path.open("rb") as fh:
        catalog = read_po(fh)
    lang = path.parts[-3]
    assert catalog.plural_forms == plurals.header(lang).rstrip(";") + ";"
    for message in catalog:
        if message.id and isinstance(message.id, tuple):
            assert len(message.string) == plurals.plural_forms(lang)[0]


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext not installed")
@pytest.mark.parametrize("path", all_catalogs(), ids=lambda p: f"{p.parts[-4]}-{p.stem}")
def test_msgfmt_check_format_passes(path: Path, tmp_path: Path) -> None:
    run = subprocess.run(["msgfmt", "-c", "--check-format", "-o", str(tmp_path / "x.mo"),
                          str(path)], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr


def test_pot_has_context_and_translator_comments() -> None:
    with (locales_dir() / "summarizer.pot").open("rb") as fh:
        pot = read_po(fh)
    text = pot.get("Call or text", context="contact channels")
    assert text is not None
    assert any("TRANSLATORS" in c for m in pot for c in m.auto_comments)
    assert pot.get("call") is None  # no loose words joined by code


def test_strict_reader_accepts_msgctxt_entries(tmp_path: Path) -> None:
    from summarizer import po_check

    po = tmp_path / "x.po"
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                  'msgctxt "contact channels"\nmsgid "Call"\nmsgstr "Llame"\n', encoding="utf-8")
    assert not po_check.first_error(po_check.check_file(po))


def _copy_example(tmp: Path) -> Path:
    from summarizer.handout_file import load_handout

    hdoc = load_handout(ROOT / "examples" / "ketamine-depression" / "handout.toml")
    target = tmp / "handout" / "handout.toml"
    target.parent.mkdir(parents=True)
    hdoc.save(target)
    shutil.copytree(EXAMPLE, target.parent / "locales")
    return target


def test_update_without_english_change_rewrites_nothing(tmp_path: Path) -> None:
    from summarizer.cli import main

    handout = _copy_example(tmp_path)
    catalogs = sorted((handout.parent / "locales").glob("*/LC_MESSAGES/handout.po"))
    assert main(["translations", "update", str(handout)]) == 0  # the first may add refs
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in catalogs}
    assert main(["translations", "update", str(handout)]) == 0
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in catalogs} == before


def test_references_point_at_the_entries_in_handout_toml(tmp_path: Path) -> None:
    from summarizer import catalogs
    from summarizer.handout_file import load_handout

    handout = _copy_example(tmp_path)
    hdoc = load_handout(handout)
    path = catalogs.init_catalog(hdoc, "pt")
    lines = handout.read_text(encoding="utf-8").splitlines()
    with path.open("rb") as fh:
        catalog = read_po(fh)
    mice = catalog.get("In a study in mice, a second drug made ketamine work for up to two "
                       "months. This has not been tested in people.")
    assert mice.locations and mice.locations[0][0] == "handout.toml"
    assert lines[mice.locations[0][1] - 1].strip() == 'id = "vanderbilt-mice"'
    assert all(m.locations for m in catalog if m.id)
    if shutil.which("msgfmt"):
        run = subprocess.run(["msgfmt", "-c", "--check-format", "-o", os.devnull, str(path)],
                             capture_output=True, text=True, check=False)
        assert run.returncode == 0, run.stderr


def test_a_catalog_older_than_the_app_strings_is_incomplete(tmp_path: Path) -> None:
    """A clinic's summarizer.po made before new app strings shipped (here: without the
    publisher kinds) names them as missing, so the export refuses rather than printing
    English ("Health blog") in a Spanish handout."""
    from babel.messages.pofile import write_po

    with (locales_dir() / "es" / "LC_MESSAGES" / "summarizer.po").open("rb") as fh:
        catalog = read_po(fh, locale="es")
    for message in [m for m in catalog if m.context == "publisher kind"]:
        catalog.delete(message.id, context=message.context)
    folder = tmp_path / "locales" / "es" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / "summarizer.po").open("wb") as fh:
        write_po(fh, catalog, width=79)
    i18n.clear_cache()
    status = i18n.app_catalog_status("es", handout_dir=tmp_path)
    assert status.path == folder / "summarizer.po"
    assert "Health blog [publisher kind]" in status.missing and not status.complete
    assert "es" not in i18n.app_locales(handout_dir=tmp_path)
    i18n.clear_cache()


def test_french_catalog_writes_one_apostrophe() -> None:
    """The French headings print the typographic apostrophe (’) everywhere: one heading
    with a typewriter ' ("L'utiliser sans danger", review21) stood out beside "d’une"."""
    with (locales_dir() / "fr" / "LC_MESSAGES" / "summarizer.po").open("rb") as fh:
        catalog = read_po(fh)
    strings = [s for m in catalog if m.id
               for s in (m.string if isinstance(m.string, tuple) else (m.string,))]
    assert any("’" in s for s in strings)
    assert [s for s in strings if "'" in s] == []
