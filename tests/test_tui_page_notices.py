"""A safety line from a page's sidebar or footer, as the Sources tab shows it.

Tester, session 8: on an HTML article whose crisis line (988) stood in a sidebar, the
Sources tab tagged that line only `[web]`, dimmed like the menus, and its detail said
"Web page furniture (menus, share links): usually not cited." under "Notice — If you are
in crisis, get help now 988": the one line a handout must carry looked like junk to
skip. A page line that is a notice now carries its notice tag, undimmed, and the detail
says it is a safety line from outside the article, to attach with d.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList
from tui_helpers import SIZE, settle
from tui_wait import until

from summarizer.tui.app import EditorApp

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>An ear clip for anxiety gets a closer look</title></head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<main><article><h1>An ear clip for anxiety gets a closer look</h1>
<p>A small clip worn on the ear sends a mild current to a nerve. In a trial of 64 adults,
people who used it for six weeks felt a little less anxious than people who wore a fake
clip. The researchers said larger studies are needed before anyone relies on it.</p>
<p>Skin redness and ear pain were the most common side effects in the trial, and two
people stopped because of dizziness.</p>
<p>The clip is not approved by the FDA to treat anxiety.</p>
</article></main>
<aside><h3>Need help now?</h3>
<p>If you are in crisis or thinking about suicide, call or text 988 to reach the 988
Suicide &amp; Crisis Lifeline, any time, day or night.</p></aside>
<footer><p>&copy; 2026 Example Health News. <a href="/privacy">Privacy</a></p></footer>
</body></html>
"""


async def test_a_sidebar_crisis_line_is_tagged_as_a_notice_not_as_furniture(tmp_path: Path):
    from summarizer.handout_file import new_handout
    from summarizer.sources.load import load_paths

    article = tmp_path / "in" / "clip.html"
    article.parent.mkdir()
    article.write_text(PAGE, encoding="utf-8")
    loaded, errors = load_paths([article])
    assert not errors
    hdoc = new_handout(tmp_path / "clip", loaded, title="The ear clip", locales=["en"])
    app = EditorApp(hdoc.path)
    async with app.run_test(size=SIZE) as pilot:
        sentences = app.query_one("#sentence-list", OptionList)
        await until(pilot, lambda: sentences.option_count > 1)
        await settle(pilot)
        analysis = next(iter(app.state.analyses.values()))
        index = next(i for i, s in enumerate(analysis.sentences) if "988" in s.text)
        line = analysis.sentences[index]
        assert line.boilerplate  # outside the article: the page's sidebar
        prompt = sentences.get_option_at_index(index).prompt
        assert "[notice: If you are in crisis, get help now]" in str(prompt), prompt
        menu = next(i for i, s in enumerate(analysis.sentences)
                    if s.boilerplate and "988" not in s.text)
        grey = sentences.get_option_at_index(menu).prompt.spans[-1].style
        assert prompt.spans[-1].style != grey  # the line itself is not greyed like a menu
        sentences.focus()
        sentences.highlighted = index
        await settle(pilot)
        detail = str(app.query_one("#sentence-detail").render())
        assert "usually not cited" not in detail, detail
        assert "outside the article" in detail.lower(), detail
        sentences.highlighted = menu  # real furniture keeps its word
        await settle(pilot)
        assert "usually not cited" in str(app.query_one("#sentence-detail").render())
