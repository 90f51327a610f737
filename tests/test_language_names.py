"""Every language name the handouts print ("Also available in: …") in every shipped
language: from the app catalogs, never a bare code, an English name or Babel's reading
of "tl" as "Filipino (Philippines)"."""

from __future__ import annotations

import re

import pytest
from conftest import EXAMPLE

from summarizer import i18n, render
from summarizer.handout_file import load_handout

SHIPPED = ["en", "es", "zh-Hans", "zh-Hant", "vi", "ko", "tl", "ru", "ar", "ht", "pt", "fr",
           "de"]
NON_LATIN = {"zh-Hans": r"[\u4e00-\u9fff]", "zh-Hant": r"[\u4e00-\u9fff]",
             "ko": r"[\uac00-\ud7a3]", "ru": r"[\u0400-\u04ff]", "ar": r"[\u0600-\u06ff]"}
FILIPINO = re.compile(r"filip|philipp|菲律|필리핀|филиппин|الفلبين", re.IGNORECASE)


@pytest.mark.parametrize("reader", SHIPPED)
def test_every_shipped_language_is_named_in_each_shipped_language(reader: str) -> None:
    app = i18n.app_translations(reader)
    names = {code: i18n.language_name(code, reader, app) for code in SHIPPED}
    assert len(set(names.values())) == len(SHIPPED), names  # thirteen different names
    for code, name in names.items():
        assert name and name.replace("_", "-") not in SHIPPED, (code, name)
        assert not FILIPINO.search(name), (code, name)  # "tl" is Tagalog
        if reader in NON_LATIN:
            assert re.search(NON_LATIN[reader], name), (code, name)
            assert not re.search("[A-Za-z]", name), (code, name)
    if reader != "en":
        english = {i18n.language_name(c, "en", i18n.app_translations("en")) for c in SHIPPED}
        assert len(english & set(names.values())) <= 3, names  # "Tagalog", a loanword or two


def test_haitian_page_lists_its_other_languages_in_creole() -> None:
    hdoc = load_handout(EXAMPLE)
    same = {t: t for t in hdoc.handout.texts()}  # app strings are what is checked here
    html = render.render_html(hdoc, "ht", same, exported=["ht", "en", "es", "tl"])
    line = next(x for x in html.splitlines() if "Disponib tou an" in x)
    assert "angle" in line and "panyòl" in line and "tagalog" in line, line


def test_a_language_without_a_catalog_name_falls_back_to_cldr() -> None:
    app = i18n.app_translations("es")
    assert i18n.language_name("it", "es", app) == "italiano"
    assert i18n.language_name("tl", "es") == "tagalo"  # not "filipino (Filipinas)"


def test_a_list_in_a_language_cldr_has_no_list_words_for_uses_the_catalog() -> None:
    """CLDR joins Haitian Creole lists with commas only ("angle, panyòl, tagalog"): the
    app catalog's "and" pattern says "angle, panyòl ak tagalog"; Spanish keeps CLDR's."""
    hdoc = load_handout(EXAMPLE)
    same = {t: t for t in hdoc.handout.texts()}
    html = render.render_html(hdoc, "ht", same, exported=["ht", "en", "es", "tl"])
    assert "Disponib tou an: angle, panyòl ak tagalog" in html
    es = render.render_html(hdoc, "es", None, exported=["es", "en", "ht", "tl"])
    assert "También disponible en: inglés, criollo haitiano y tagalo" in es
