"""What one-shot commands remember between runs (summarizer.usercache and its users) is
safe: keyed by content, written atomically, and a corrupt or foreign file is recomputed,
never trusted. Each test uses its own SUMMARIZER_CACHE_DIR."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLE

from summarizer import fonts, po_cache, po_check, schema, template_cache, usercache


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(folder))
    return folder


def test_a_corrupt_or_foreign_cache_file_is_recomputed(cache: Path) -> None:
    cache.mkdir()
    for name in ("bad.json", "list.json"):
        (cache / name).write_bytes(b"\x00{not json" if name == "bad.json" else b"[1, 2]")
    assert usercache.read_json("bad.json") is None
    assert usercache.read_json("list.json") == [1, 2]  # callers check the shape
    (cache / "fifo.json").mkdir()  # not a regular file: ignored, not waited on
    assert usercache.read_json("fifo.json") is None
    usercache.write_json("new.json", {"a": [1]})
    assert json.loads((cache / "new.json").read_text()) == {"a": [1]}
    assert not [p for p in cache.iterdir() if p.name.endswith(".tmp")]


def test_regions_come_from_babel_then_from_the_cache(cache: Path) -> None:
    schema._territories.cache_clear()
    try:
        assert schema.known_region("US") and not schema.known_region("XX")
        files = list(cache.glob("regions-babel-*.json"))
        assert len(files) == 1 and "US" in json.loads(files[0].read_text())
        files[0].write_text("{broken")  # corrupt: Babel is asked again
        schema._territories.cache_clear()
        assert schema.known_region("MX") and not schema.known_region("XX")
        assert "MX" in json.loads(files[0].read_text())
    finally:
        schema._territories.cache_clear()


def _entries(cache: Path, kind: str) -> dict[str, object]:
    return {d["key"]: d["value"] for d in
            (json.loads(p.read_text()) for p in (cache / kind).glob("*.json"))}


def test_font_coverage_is_keyed_by_file_and_corruption_is_ignored(cache: Path) -> None:
    fonts._face_coverage.cache_clear()
    try:
        assert fonts.missing_glyphs("Ketamine 988 é", "en") == []
        assert fonts.missing_glyphs("用", "en") == ["用"]
        stored = _entries(cache, fonts.COVERAGE_KIND)
        assert any(key.split("|")[0].endswith("DejaVuSans.ttf") for key in stored)
        # a file that says DejaVu draws nothing, stored under another key, is not believed
        for path in (cache / fonts.COVERAGE_KIND).glob("*.json"):
            data = json.loads(path.read_text())
            path.write_text(json.dumps({"key": data["key"] + "0", "value": []}))
        fonts._face_coverage.cache_clear()
        assert fonts.missing_glyphs("Ketamine", "en") == []
        for path in (cache / fonts.COVERAGE_KIND).glob("*.json"):
            path.write_text('{"key": "x", "value": "garbage"}')
        fonts._face_coverage.cache_clear()
        assert fonts.missing_glyphs("用", "en") == ["用"]
        assert _entries(cache, fonts.COVERAGE_KIND) == stored  # rewritten from the fonts
    finally:
        fonts._face_coverage.cache_clear()


def test_a_changed_catalog_is_checked_again(cache: Path, tmp_path: Path) -> None:
    po = tmp_path / "handout.po"
    shutil.copy(EXAMPLE.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po", po)
    assert po_cache.problems(po) == po_check.check_file(po).problems == []
    assert len(_entries(cache, po_cache.CACHE_KIND)) == 1
    po.write_bytes(po.read_bytes() + b'\nmsgid "unterminated\n')
    fresh = po_check.check_file(po).problems
    assert fresh and [str(p) for p in po_cache.problems(po)] == [str(p) for p in fresh]
    assert len(_entries(cache, po_cache.CACHE_KIND)) == 2
    # a corrupt entry for the current bytes is not trusted
    for path in (cache / po_cache.CACHE_KIND).glob("*.json"):
        data = json.loads(path.read_text())
        path.write_text(json.dumps({"key": data["key"], "value": [[1, 2]]}))
    assert [str(p) for p in po_cache.problems(po)] == [str(p) for p in fresh]
    assert po_cache.first_error(po) == po_check.first_error(po_check.check_file(po))


def test_a_corrupt_compiled_template_is_compiled_again(cache: Path) -> None:
    from summarizer import i18n
    from summarizer.handout_file import load_handout
    from summarizer.render import render_html

    template_cache.bytecode_cache.cache_clear()
    i18n.clear_cache()  # environments made earlier hold the cache they were made with
    try:
        hdoc = load_handout(EXAMPLE)
        first = render_html(hdoc, "en", exported=["en"])
        stored = list((cache / "templates").rglob("*.cache"))
        assert stored
        for path in stored:
            path.write_bytes(path.read_bytes()[:40])  # truncated mid-write by a crash
        i18n.clear_cache()  # fresh environments, which read the cache again
        assert render_html(hdoc, "en", exported=["en"]) == first
    finally:
        template_cache.bytecode_cache.cache_clear()
        i18n.clear_cache()


def _import_weasyprint(cache: Path) -> dict:
    """Import WeasyPrint through summarizer.weasy in a fresh process; the cache after."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "SUMMARIZER_CACHE_DIR": str(cache)}
    code = ("from summarizer import weasy; w = weasy.load(); "
            "print(w.HTML(string='<p>x</p>').write_pdf()[:5])")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0 and "%PDF-" in done.stdout, done.stderr
    return json.loads((cache / "library-lookups.json").read_text())


def test_library_lookups_are_cached_per_linker_state(cache: Path) -> None:
    first = _import_weasyprint(cache)
    assert first["found"]["gobject-2.0"]  # found by ctypes.util.find_library
    assert "/etc/ld.so.cache" not in first["key"] and first["key"].count("|") >= 2
    (cache / "library-lookups.json").write_text("{truncated")
    assert _import_weasyprint(cache) == first  # corrupt: looked up again
    # answers recorded under another linker state are not used (they would fail here)
    wrong = {"key": "elsewhere", "found": dict.fromkeys(first["found"], "libnothing.so.9")}
    (cache / "library-lookups.json").write_text(json.dumps(wrong))
    assert _import_weasyprint(cache) == first


def test_locales_come_from_babel_then_from_the_cache(cache: Path) -> None:
    """known_locale keeps Babel's answers (keyed by its version, found without importing
    it), so opening a handout again need not import Babel; a corrupt file is asked again."""
    import babel

    assert schema.babel_version() == babel.__version__
    tags = ["en", "es-US", "zh-Hans", "xx", "qq-ZZ"]
    answers = [schema._babel_knows(t) for t in tags]
    assert answers == [True, True, True, False, False]
    for attempt in range(3):
        schema.known_locale.cache_clear()
        try:
            assert [schema.known_locale(t) for t in tags] == answers
        finally:
            schema.known_locale.cache_clear()
        files = list(cache.glob("locales-babel-*.json"))
        assert len(files) == 1 and files[0].name == f"locales-babel-{babel.__version__}.json"
        assert json.loads(files[0].read_text()) == dict(zip(tags, answers, strict=True))
        if attempt == 1:
            files[0].write_text("{broken")
