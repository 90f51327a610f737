"""The gate's derived evidence level reads the quote's own paragraph, not the whole
article: an HTML article's text has one paragraph per line under headings without a
final period, and a headline made every line one "paragraph", so "The FDA approved the
combination in 2022" took the level of a rat study told two lines before it (defect the
tester found on main in session 6: a claim added in the editor was blocked at once with
EVID-OVERRIDE-UNJUSTIFIED, and tagging it as the gate asked printed "A study in animals,
not people, found: The FDA approved ...")."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.evidence import derive_evidence
from summarizer.sources.analyze import analyze_source
from summarizer.sources.load import load_source

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
CORPUS = Path(__file__).resolve().parent / "data" / "corpus"

ARTICLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>New Pill Combo Works Fast for Depression | Example News</title></head><body>
<div id="cookie-banner">We use cookies. Accept all cookies?</div>
<article>
<h1>New Pill Combo Works Fast for Depression, Study Says</h1>
<p>A tablet that combines dextromethorphan with bupropion eased symptoms of major
depression faster than bupropion alone, according to a randomized controlled trial.</p>
<p>In the six-week trial of 327 adults, people who took the combination had larger drops
in their depression scores than those who took bupropion alone.</p>
<p>In a separate study in rats, the combination changed how brain cells signal to one
another within hours.</p>
<p>The FDA approved the combination in 2022 for major depressive disorder in adults.</p>
<p>The most common side effects were dizziness, headache, diarrhea and dry mouth.</p>
</article>
<footer><p>If you are in crisis, call or text 988.</p></footer>
</body></html>
"""


def _disagreements(path: Path) -> list[str]:
    """Candidate claims whose proposed level differs from the gate's derived one."""
    source = load_source(path)
    analysis = analyze_source("s", source)
    lang = "es" if path.name.startswith("es-") else "en"
    out = []
    for c in analysis.claims:
        level = derive_evidence(source.text, c.span, lang).level
        if level != c.evidence:
            out.append(f"{c.evidence} -> {level}: {c.quote[:60]}")
    return out


def test_a_fact_after_an_animal_study_is_not_an_animal_result(tmp_path: Path) -> None:
    page = tmp_path / "article.html"
    page.write_text(ARTICLE, encoding="utf-8")
    text = load_source(page).text
    for quote in ("The FDA approved the combination", "The most common side effects"):
        start = text.index(quote)
        end = text.index(".", start) + 1
        from summarizer.model import Span

        assert derive_evidence(text, Span(start, end)).level != "animal", quote


def test_the_editor_and_the_gate_agree_on_a_new_html_article(tmp_path: Path) -> None:
    page = tmp_path / "article.html"
    page.write_text(ARTICLE, encoding="utf-8")
    assert _disagreements(page) == []


@pytest.mark.parametrize("name", ["en-tms-blog.html", "es-escitalopram-clinica.html",
                                  "es-gabapentina-blog.html"])
def test_the_editor_and_the_gate_agree_on_corpus_html(name: str) -> None:
    assert _disagreements(CORPUS / name) == []


def test_the_editor_and_the_gate_agree_on_the_seeds() -> None:
    for path in sorted(SEEDS.iterdir()):
        assert _disagreements(path) == [], path.name
