"""A source's date from its byline in French, German and Spanish, as in English.

Plain text and Markdown carry no metadata, and many pages declare no date either: the
date printed in the byline ("Publié le 3 mars 2025", "Veröffentlicht am 3. März 2025",
"Publicado el 3 de marzo de 2025") is then the source's date. Month names come from
Babel's CLDR data, so every spelling CLDR knows (wide, abbreviated, "mars"/"févr.",
"März"/"Okt.", "marzo"/"sept.") reads the same way.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.sources.dates import parse_date
from summarizer.sources.load import load_source

# Bodies written for this test, long enough for the language to be recognised.
_BODY = {
    "fr": ("La kétamine est étudiée pour la dépression résistante. Les résultats sont "
           "encore préliminaires et les auteurs demandent des essais plus grands. Elle "
           "ne doit pas être prise sans un suivi médical dans une clinique.\n"),
    "de": ("Ketamin wird gegen schwere Depressionen untersucht. Die Ergebnisse sind noch "
           "vorläufig und die Autoren fordern größere Studien. Es ist nicht für die "
           "Einnahme zu Hause gedacht und wird in der Klinik gegeben.\n"),
    "es": ("La ketamina se estudia para la depresión resistente. Los resultados son "
           "preliminares y los autores piden ensayos más grandes. No se debe tomar sin "
           "el control de un médico en una clínica para el tratamiento.\n"),
    "en": ("Ketamine is being studied for depression that other treatments did not help. "
           "The results are early and the authors ask for larger trials. It is not for "
           "use at home and is given in a clinic.\n"),
}
_TITLE = {"fr": "Kétamine et dépression", "de": "Ketamin und Depression",
          "es": "Ketamina y depresión", "en": "Ketamine and depression"}

CASES = [
    # French: the verb, "le" or none, "1er", a weekday, abbreviated months, d/m/y numbers
    ("fr", "Publié le 3 mars 2025", "2025-03-03"),
    ("fr", "Par Claire Martin · publié le lundi 3 mars 2025 à 10 h 15", "2025-03-03"),
    ("fr", "Mis à jour le 1er décembre 2024", "2024-12-01"),
    ("fr", "Publié le 12 févr. 2025", "2025-02-12"),
    ("fr", "Publié le 03/04/2025", "2025-04-03"),
    ("fr", "Le 15 août 2025", "2025-08-15"),
    # German: the day's full stop, "am", a weekday, abbreviated months, dd.mm.yyyy
    ("de", "Veröffentlicht am 3. März 2025", "2025-03-03"),
    ("de", "Von Anna Weber | Montag, 3. März 2025, 10:15 Uhr", "2025-03-03"),
    ("de", "Aktualisiert am 7. Okt. 2025", "2025-10-07"),
    ("de", "Stand: 03.04.2025", "2025-04-03"),
    ("de", "Veröffentlicht: 3. Maerz 2025", "2025-03-03"),
    # Spanish: "de" between the parts, abbreviated months, d/m/y numbers
    ("es", "Publicado el 3 de marzo de 2025", "2025-03-03"),
    ("es", "Por Ana Ruiz | 5 de marzo de 2025", "2025-03-05"),
    ("es", "Actualizado: 1 de septiembre del 2025", "2025-09-01"),
    ("es", "Publicado el 12 sept. 2025", "2025-09-12"),
    ("es", "Publicado el 03/04/2025", "2025-04-03"),
    ("es", "Publicado: lunes, 3 de marzo, 2025", "2025-03-03"),
    # English as before: month/day order in numbers
    ("en", "By Ana Ruiz | March 5, 2025", "2025-03-05"),
    ("en", "Published 03/04/2025", "2025-03-04"),
    ("en", "Published 5 March 2025", "2025-03-05"),
]


def _write(tmp_path: Path, lang: str, byline: str, suffix: str = ".txt") -> Path:
    path = tmp_path / f"article{suffix}"
    path.write_text(f"{_TITLE[lang]}\n{byline}\n\n{_BODY[lang] * 2}", encoding="utf-8")
    return path


@pytest.mark.parametrize(("lang", "byline", "expected"), CASES)
def test_a_text_articles_byline_date_is_its_date(
    tmp_path: Path, lang: str, byline: str, expected: str
) -> None:
    assert load_source(_write(tmp_path, lang, byline)).published == expected


@pytest.mark.parametrize(("lang", "byline", "expected"), [
    ("fr", "Publié le 3 mars 2025", "2025-03-03"),
    ("de", "Veröffentlicht am 3. März 2025", "2025-03-03"),
    ("es", "Publicado el 3 de marzo de 2025", "2025-03-03"),
])
def test_a_markdown_articles_byline_date_is_its_date(
    tmp_path: Path, lang: str, byline: str, expected: str
) -> None:
    path = tmp_path / "article.md"
    path.write_text(f"# {_TITLE[lang]}\n\n*{byline}*\n\n{_BODY[lang] * 2}", encoding="utf-8")
    assert load_source(path).published == expected


@pytest.mark.parametrize(("lang", "byline", "expected"), [
    ("fr", "Publié le 3 mars 2025", "2025-03-03"),
    ("de", "Veröffentlicht am 3. März 2025", "2025-03-03"),
    ("es", "Publicado el 3 de marzo de 2025", "2025-03-03"),
])
def test_a_pages_byline_date_is_its_date_when_it_declares_none(
    tmp_path: Path, lang: str, byline: str, expected: str
) -> None:
    """A saved page with no date in its metadata: the byline in its article is read."""
    body = "".join(f"<p>{p}</p>" for p in _BODY[lang].split(". "))
    page = (f"<html lang='{lang}'><head><title>{_TITLE[lang]}</title></head><body>"
            f"<article><h1>{_TITLE[lang]}</h1><p class='byline'>{byline}</p>{body * 2}"
            "</article></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert load_source(path).published == expected


@pytest.mark.parametrize("text", [
    "3 out of 10 patients in 2025 felt better",  # Portuguese "out." (October) is no month here
    "Le 31 février 2025",  # no such day
    "Stand: 31.02.2025",
])
def test_what_is_not_a_date_gives_none(text: str) -> None:
    assert parse_date(text, "fr" if "février" in text else "en") == ""


def test_day_month_numbers_in_a_european_article_only(tmp_path: Path) -> None:
    """03/04/2025 is 3 April in a French, German or Spanish article, 4 March in English."""
    assert parse_date("Publié le 03/04/2025", "fr") == "2025-04-03"
    assert parse_date("Published 03/04/2025", "en") == "2025-03-04"
    assert parse_date("Published 03/04/2025") == "2025-03-04"  # no language: as before


def test_a_sidebar_or_footer_date_is_not_the_pages_date(tmp_path: Path) -> None:
    """Other articles' dates in a sidebar, and the footer's, are not this article's."""
    body = "".join(f"<p>{p}</p>" for p in _BODY["es"].split(". "))
    page = ("<html lang='es'><head><title>Ketamina</title></head><body>"
            "<aside><p>Publicado el 1 de enero de 2024</p></aside>"
            f"<article><h1>Ketamina y depresión</h1>{body * 2}</article>"
            "<footer><p>Actualizado el 2 de enero de 2024 · © 2026 Salud Hoy</p></footer>"
            "</body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert load_source(path).published == ""


# Word files and PDFs carry their byline in their first lines as well.
@pytest.mark.parametrize(("lang", "byline", "expected"), [
    ("fr", "Publié le 3 mars 2025", "2025-03-03"),
    ("de", "Veröffentlicht am 3. März 2025", "2025-03-03"),
    ("es", "Publicado el 3 de marzo de 2025", "2025-03-03"),
    ("en", "Published March 5, 2025", "2025-03-05"),
])
def test_a_word_files_byline_date_is_its_date(
    tmp_path: Path, lang: str, byline: str, expected: str
) -> None:
    import docx

    d = docx.Document()
    d.add_heading(_TITLE[lang], level=1)
    d.add_paragraph(byline)
    for para in _BODY[lang].split(". ") * 2:
        d.add_paragraph(para)
    path = tmp_path / "article.docx"
    d.save(path)
    assert load_source(path).published == expected


def _pdf(path: Path, lang: str, top: str, footer: str = "") -> None:
    from weasyprint import HTML

    margin = f'@bottom-center {{ content: "{footer}" }}' if footer else ""
    body = "".join(f"<p>{p}.</p>" for p in _BODY[lang].split(". ") * 3)
    HTML(string=f"<html lang='{lang}'><head><style>@page {{ size: A5; {margin} }}</style>"
                f"</head><body><h1>{_TITLE[lang]}</h1>{top}{body}</body></html>"
         ).write_pdf(path)


@pytest.mark.parametrize(("lang", "byline", "expected"), [
    ("de", "Veröffentlicht am 3. März 2025", "2025-03-03"),
    ("es", "Publicado el 3 de marzo de 2025", "2025-03-03"),
])
def test_a_pdfs_byline_date_is_its_date(
    tmp_path: Path, lang: str, byline: str, expected: str
) -> None:
    path = tmp_path / "article.pdf"
    _pdf(path, lang, f"<p>{byline}</p>")
    assert load_source(path).published == expected


def test_a_pdfs_printed_on_footer_is_not_its_date(tmp_path: Path) -> None:
    """A browser's "print to PDF" stamps the day it was printed at each page's foot:
    page furniture, not the article's date."""
    path = tmp_path / "article.pdf"
    _pdf(path, "en", "", footer="Printed 11/30/2026")
    assert load_source(path).published == ""


def test_a_date_in_a_word_files_first_paragraph_is_not_its_date(tmp_path: Path) -> None:
    """Only a byline gives the date, not an event the article's text opens with."""
    import docx

    d = docx.Document()
    d.add_heading(_TITLE["en"], level=1)
    d.add_paragraph("On March 5, 2025 the regulator approved a nasal spray for adults with "
                    "depression that two other medicines did not help, after a trial in "
                    "several clinics. " + _BODY["en"])
    path = tmp_path / "article.docx"
    d.save(path)
    assert load_source(path).published == ""
