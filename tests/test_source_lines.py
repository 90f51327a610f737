"""Each line of the sources list is one translated pattern: Chinese gets its own
punctuation, Arabic its comma, and a title stays data (escaped, tagged with its language)."""

from __future__ import annotations

from conftest import example_citing_every_source

from summarizer import render


def lines(locale: str) -> list[str]:
    hdoc = example_citing_every_source()
    html = render.render_html(hdoc, locale, {t: t for t in hdoc.handout.texts()}
                              if locale in ("fr", "zh-Hant", "ru") else None)
    sources = html.split('<section class="sources">', 1)[1].split("</ol>", 1)[0]
    return [x.split("</li>")[0].strip() for x in sources.split("<li>")[1:]]


def test_spanish_and_english_lines_keep_their_punctuation() -> None:
    es = lines("es")
    assert es[1] == ('<cite lang="en" dir="ltr">Revolutionary Findings: A Single Ketamine '
                     'Dose May Alleviate Depression for Months</cite>. Blog de salud, '
                     '9 de julio de 2025.')
    assert lines("en")[3].endswith("</cite>. Health news site.")


def test_chinese_lines_use_chinese_punctuation() -> None:
    for locale in ("zh-Hans", "zh-Hant"):
        line = lines(locale)[1]
        assert "</cite>。" in line and "，2025年7月9日。" in line, line
        assert ", " not in line.split("</cite>")[1]


def test_arabic_lines_use_the_arabic_comma() -> None:
    line = lines("ar")[1]
    assert "مدونة صحية، " in line and "مدونة صحية, " not in line


def test_a_title_is_data_in_every_pattern(tmp_path) -> None:
    hdoc = example_citing_every_source()
    hdoc.handout.sources[0].title = "Ketamine <b>cures</b> & more"
    html = render.render_html(hdoc, "en")
    assert "Ketamine &lt;b&gt;cures&lt;/b&gt; &amp; more</cite>" in html


def test_russian_date_keeps_one_period() -> None:
    line = lines("ru")[1]
    flat = " ".join(line.replace("\u202f", " ").split())  # CLDR: 2025\u202fг.
    assert flat.endswith("2025 г.") and "г.." not in line, line


def test_a_locale_without_cldr_month_names_gets_an_iso_date() -> None:
    from summarizer import i18n

    assert i18n.format_long_date("2025-07-09", "ht") == "2025-07-09"  # not "2025 M07 9"
    assert i18n.format_long_date("2025-07-09", "tl") == "Hulyo 9, 2025"
