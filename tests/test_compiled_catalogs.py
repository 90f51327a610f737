"""App catalogs compiled once and read back from the user's cache (po_cache.compiled):
the same strings and status as Babel's reader gives, a changed catalog seen at once, a
broken one refused even after a good one was cached."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from summarizer import i18n, po_cache, usercache
from summarizer.errors import UserError
from summarizer.resources import locales_dir


@pytest.fixture
def handout_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A handout folder with its own copy of the Spanish app catalog, and a fresh cache."""
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    target = tmp_path / "handout" / "locales" / "es" / "LC_MESSAGES" / "summarizer.po"
    target.parent.mkdir(parents=True)
    shutil.copy(locales_dir() / "es" / "LC_MESSAGES" / "summarizer.po", target)
    i18n.clear_cache()
    yield target.parents[3]
    i18n.clear_cache()


def strings(app: object) -> list[str]:
    return [app.gettext("Page %(page)s of %(pages)s"),  # type: ignore[attr-defined]
            app.pgettext("channels", "Call or text")]  # type: ignore[attr-defined]


def test_a_cached_catalog_reads_as_babels_reader_gives_it(
        handout_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = i18n.app_translations("es", handout_dir=handout_dir)
    status = i18n.app_catalog_status("es", handout_dir=handout_dir)
    cached = list((usercache.cache_dir() / po_cache.COMPILED_KIND).glob("*.json"))
    assert len(cached) == 1
    i18n.clear_cache()

    def no_reader(*args: object, **kwargs: object) -> None:
        raise AssertionError("the catalog was parsed again")

    with monkeypatch.context() as m:
        m.setattr(i18n, "read_catalog", no_reader)
        again = i18n.app_translations("es", handout_dir=handout_dir)
        assert i18n.app_catalog_status("es", handout_dir=handout_dir) == status
    assert strings(again) == strings(first)
    assert strings(again)[0] != "Page %(page)s of %(pages)s"  # translated, not the msgid
    assert again._catalog == first._catalog  # type: ignore[attr-defined]


def test_an_edited_catalog_is_read_again(handout_dir: Path) -> None:
    before = strings(i18n.app_translations("es", handout_dir=handout_dir))[0]
    po = handout_dir / "locales" / "es" / "LC_MESSAGES" / "summarizer.po"
    text = po.read_text(encoding="utf-8")
    assert f'msgstr "{before}"' in text
    po.write_text(text.replace(f'msgstr "{before}"', 'msgstr "Hoja %(page)s de %(pages)s"'),
                  encoding="utf-8")
    i18n.clear_cache()
    assert strings(i18n.app_translations("es", handout_dir=handout_dir))[0] == \
        "Hoja %(page)s de %(pages)s"


def test_a_broken_catalog_is_refused_though_a_good_one_was_cached(handout_dir: Path) -> None:
    i18n.app_translations("es", handout_dir=handout_dir)
    po = handout_dir / "locales" / "es" / "LC_MESSAGES" / "summarizer.po"
    po.write_text(po.read_text(encoding="utf-8") + '\nmsgid "unterminated\n',
                  encoding="utf-8")
    i18n.clear_cache()
    with pytest.raises(UserError):
        i18n.app_translations("es", handout_dir=handout_dir)
