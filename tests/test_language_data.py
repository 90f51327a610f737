"""A language is data: Italian added to a copy of the example with no package file touched.

`translations init --locale it` creates the handout's catalog and, since no app catalog
serves Italian anywhere, an untranslated copy of the app's strings in the handout folder,
and names what else is missing (the gate's word lists). The test fills them as a
translator would (tests/data/italian/), puts the word lists in the user's data folder,
and exports an Italian PDF whose /Lang is it.
"""

from __future__ import annotations

import hashlib
import shutil
import tomllib
from pathlib import Path

import pypdf
import pytest
from babel.messages.pofile import read_po, write_po

from summarizer import i18n, rulebook
from summarizer.cli import main
from summarizer.handout_file import load_handout
from summarizer.resources import locales_dir

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ketamine-depression" / "handout.toml"
DATA = Path(__file__).parent / "data" / "italian"
PACKAGE = [ROOT / "summarizer", ROOT / "locales", ROOT / "templates"]


def snapshot() -> dict[str, str]:
    out = {}
    for base in PACKAGE:
        for path in sorted(base.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                out[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path / "no-site"))
    for clear in (rulebook._language_data.cache_clear, rulebook.language.cache_clear,
                  i18n.clear_cache):
        clear()
    yield tmp_path / "data-home"
    for clear in (rulebook._language_data.cache_clear, rulebook.language.cache_clear,
                  i18n.clear_cache):
        clear()


def copy_example(tmp: Path) -> Path:
    hdoc = load_handout(EXAMPLE)
    target = tmp / "handout" / "handout.toml"
    target.parent.mkdir(parents=True)
    hdoc.save(target)
    shutil.copytree(EXAMPLE.parent / "locales", target.parent / "locales")
    return target


def fill(po: Path, strings: dict[str, object], keyed_by_context: bool) -> None:
    with po.open("rb") as fh:
        catalog = read_po(fh)
    for m in catalog:
        if not m.id:
            continue
        msgid = m.id if isinstance(m.id, str) else m.id[0]
        key = f"{m.context or ''}|{msgid}" if keyed_by_context else msgid
        value = strings[key]
        m.string = tuple(value) if isinstance(value, list) else value
    with po.open("wb") as fh:
        write_po(fh, catalog, width=79)


def test_italian_from_a_copy_of_the_example_without_touching_the_package(
        tmp_path: Path, data_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot()
    handout = copy_example(tmp_path)
    folder = handout.parent / "locales" / "it" / "LC_MESSAGES"

    assert main(["translations", "init", str(handout), "--locale", "it"]) == 0
    out = capsys.readouterr().out
    assert (folder / "handout.po").is_file() and (folder / "summarizer.po").is_file()
    words = data_home / "summarizer" / "rulebook" / "words" / "it.toml"
    assert "still needed: word lists for the export gate" in out and str(words) in out

    # status names every gap: the new language's strings, app strings and word lists
    assert main(["translations", "status", str(handout)]) == 1
    out = capsys.readouterr().out
    assert any(line.split()[:2] == ["it", "0/23"] for line in out.splitlines())
    with (locales_dir() / "summarizer.pot").open("rb") as fh:
        app_strings = sum(1 for m in read_po(fh) if m.id)  # every one, none translated
    assert f"app strings: translate {app_strings} missing" in out and str(words) in out
    # the export refuses, saying why, before anything is filled
    assert main(["export", str(handout), "-l", "it", "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "I18N-MISSING" in err or "not exported" in err

    fill(folder / "handout.po", tomllib.loads((DATA / "handout_it.toml").read_text("utf-8")),
         keyed_by_context=False)
    fill(folder / "summarizer.po", tomllib.loads((DATA / "app_it.toml").read_text("utf-8")),
         keyed_by_context=True)
    words.parent.mkdir(parents=True)
    shutil.copy(DATA / "words_it.toml", words)
    rulebook._language_data.cache_clear()
    rulebook.language.cache_clear()

    assert main(["translations", "status", str(handout), "--locale", "it"]) == 0
    capsys.readouterr()
    rc = main(["export", str(handout), "-l", "it", "-o", str(tmp_path / "out"), "--jobs", "1"])
    out, err = capsys.readouterr()
    assert rc == 0, err
    pdf = tmp_path / "out" / "ketamine-depression.it.pdf"
    reader = pypdf.PdfReader(pdf)
    assert str(reader.trailer["/Root"]["/Lang"]) == "it"
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "La ketamina per la depressione" in text
    assert "Se è in crisi, chieda aiuto ora" in text and "Pagina 1 di" in text
    assert "Disponibile anche in" not in text  # Italian alone was exported
    assert snapshot() == before
