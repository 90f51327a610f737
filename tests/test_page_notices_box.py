"""A crisis box in a page's sidebar or footer gives two lines, the second without any
crisis word of its own ("You can also reach the Youth Line at …"): that paragraph was
dropped, so its number never reached the notices (measured on heldout10 at the end of
session 7: four crisis lines lost this way). A footer's clinic address with a number,
in a box that holds no safety line, stays out."""

from __future__ import annotations

import pytest

from summarizer.sources.page_notices import safety_lines

PAGES = [
    ("""<html><body><article><p>Sleep tips for shift workers.</p></article>
<aside class="help"><p>If you are thinking about suicide, call or text 988, any time.</p>
<p>Veterans can also reach a counsellor at 1-800-273-8255 and press 1.</p></aside>
</body></html>""", "1-800-273-8255"),
    ("""<html><body><article><p>Consejos para dormir mejor.</p></article>
<aside class="ayuda"><p>Si piensas en el suicidio, llama a la Línea de la Vida al 800 911 2000.</p>
<p>También atiende SAPTEL al 55 5259 8121, todo el día.</p></aside>
</body></html>""", "55 5259 8121"),
    ("""<html><body><article><p>Conseils pour mieux dormir.</p></article>
<footer><p>Idées suicidaires ? Appelez le 3114, jour et nuit.</p>
<p>Vous pouvez aussi joindre SOS Amitié au 09 72 39 40 50.</p></footer>
</body></html>""", "09 72 39 40 50"),
]


@pytest.mark.parametrize(("page", "number"), PAGES)
def test_a_crisis_boxs_second_line_is_kept(page: str, number: str) -> None:
    lines = safety_lines(page)
    assert any(number in p for p in lines), lines


def test_a_box_without_a_safety_line_keeps_its_numbers_out() -> None:
    page = """<html><body><article><p>Sleep tips.</p></article>
<footer><p>Harbour Pharmacy, 12 Quay Street, tel. 09 555 0123.</p>
<p>Open Monday to Saturday.</p></footer></body></html>"""
    assert safety_lines(page) == []
