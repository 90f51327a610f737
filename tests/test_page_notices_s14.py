"""Sidebar safety lines known by their number (session 14, train24's French blog): a
page that names no country put its crisis line in an <aside> as "le 3114", with no line
name, and the line was dropped before the notice detector ever saw it."""

from __future__ import annotations

from summarizer.sources.page_notices import safety_lines

PAGE = ("<html><body><main><article><p>La cortisone se prend le matin.</p></article></main>"
        "<aside><h3>Besoin d'aide ?</h3><p>{line}</p></aside>"
        "<footer><p>Blog personnel. © 2026</p></footer></body></html>")


def test_a_sidebar_crisis_line_named_only_by_its_number_is_kept() -> None:
    line = "Si vous avez des idées suicidaires, le 3114 répond gratuitement, 24 h/24 et 7 j/7."
    assert line in safety_lines(PAGE.format(line=line), "", lang="fr")


def test_a_sidebar_number_that_is_no_safety_line_stays_out() -> None:
    line = "Commandez au 3114 avant midi, livraison le lendemain."
    assert line not in safety_lines(PAGE.format(line=line), "", lang="fr")
