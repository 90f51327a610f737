"""An e-mail newsletter saved as HTML lays its article out in table cells. Precise
extraction (tables left out, favor_precision) finds no article text in such a page, so
`new` refused the whole source ("no article text found") and every safety line in it was
lost (session 8: one of the fifteen unseen articles was such a newsletter). Loading now
retries once, favouring recall, before it gives up."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.errors import SourceError
from summarizer.sources.load import load_source

NEWSLETTER = """<!DOCTYPE html><html><head><title>Pharmacy letter - May</title></head><body>
<table width="600" align="center" role="presentation"><tr><td>
<h1>Feeling anxious before exams?</h1>
<p>Our pharmacists hear this question every spring: does a herbal tea really calm the nerves
before a big test? A trial in 60 students found little difference between the tea and a
look-alike drink.</p>
<p>Never take a friend's prescription tablets to calm down. Speak to your pharmacist before
you combine herbal remedies with other medicines.</p>
<p>If you feel overwhelmed or unsafe, you can call Samaritans free on 116 123, day or
night.</p>
</td></tr>
<tr><td><a href="#">Unsubscribe</a> | <a href="#">View this e-mail in your browser</a></td></tr>
</table></body></html>
"""


def test_a_table_laid_out_newsletter_keeps_its_article_and_safety_lines(tmp_path: Path) -> None:
    page = tmp_path / "newsletter.html"
    page.write_text(NEWSLETTER, encoding="utf-8")
    src = load_source(page)
    assert "Never take a friend's prescription tablets to calm down." in src.text
    assert "116 123" in src.text
    assert "A trial in 60 students found little difference" in " ".join(src.text.split())
    assert "|" not in src.text  # paragraphs as text, not a flattened table
    assert "Unsubscribe" not in src.text


def test_a_page_with_no_article_at_all_still_says_so(tmp_path: Path) -> None:
    page = tmp_path / "menu.html"
    page.write_text("<html><head><title>x</title><script>var a = 1;</script></head>"
                    "<body><img src='a.png' alt=''></body></html>", encoding="utf-8")
    with pytest.raises(SourceError, match="no article text found"):
        load_source(page)
