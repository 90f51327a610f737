"""Defects found by tester21 (session 20) using summarizer as a nurse educator, clinic
staff and a translator would, on an article written for these tests (a weight-loss
injection tried for heavy drinking), never the seeds' text.
"""

from __future__ import annotations

from pathlib import Path

from summarizer.cli import main
from summarizer.handout_file import load_handout
from summarizer.model import Claim, Contact, Disclaimer
from summarizer.span import Span

# A news article with hype, a supervision line, a storage line, a crisis line and (unless
# left out) the regulator's sentence (written for this test).
REGULATOR = ("Semaglutide is not approved by the FDA to treat alcohol use disorder; it is "
             "approved for type 2 diabetes and weight management.")
ARTICLE = f"""Weight-loss shot slashes drinking in "game-changing" study

A popular weekly weight-loss injection could be the breakthrough millions of heavy
drinkers have been waiting for, researchers say.

In a randomized, placebo-controlled trial of 48 adults with alcohol use disorder, people
who received low-dose semaglutide drank about 40% less on their heaviest drinking days
after nine weeks than people who received a placebo.

{REGULATOR}

Keep unused pens in the refrigerator; after first use a pen can be kept below 30°C for
up to 56 days.

If you are struggling with alcohol or thinking about suicide, call or text 988, the
Suicide and Crisis Lifeline, any time of day.
"""
TRIAL = ("In a randomized, placebo-controlled trial of 48 adults with alcohol use disorder, "
         "people\nwho received low-dose semaglutide drank about 40% less on their heaviest "
         "drinking days\nafter nine weeks than people who received a placebo.")
CRISIS = ("If you are struggling with alcohol or thinking about suicide, call or text 988, "
          "the\nSuicide and Crisis Lifeline, any time of day.")


def _handout(tmp_path: Path, article: str = ARTICLE, *, crisis: bool = True) -> Path:
    """A handout from `article` with its trial as a claim and (when asked) its crisis
    line as a notice, and no regulatory notice, as the editor would save it."""
    src = tmp_path / "articles" / "semaglutide.txt"
    src.parent.mkdir(parents=True, exist_ok=True)
    src.write_text(article, encoding="utf-8")
    folder = tmp_path / "semaglutide"
    assert main(["new", str(folder), "--sources", str(src), "--locale", "en",
                 "--title", "Semaglutide"]) == 0
    hdoc = load_handout(folder)
    h = hdoc.handout
    ref = h.sources[0]
    text = hdoc.resolve_source_path(ref).read_text(encoding="utf-8")

    def span(quote: str) -> Span:
        start = text.index(quote)
        return Span(start, start + len(quote))

    h.claims.append(Claim("fewer-drinks", "benefits", ref.id, span(TRIAL), TRIAL,
                          "randomized-controlled", "In a small study, people who got "
                          "semaglutide drank about 40% less on their heaviest days than "
                          "people who got a fake shot."))
    if crisis:
        h.disclaimers.append(Disclaimer(
            "crisis", "crisis-line", ref.id, span(CRISIS), CRISIS,
            "If you have a drinking problem or think about suicide, call or text 988.",
            [Contact("988", "988", ("call", "text"), "crisis",
                     "988 Suicide & Crisis Lifeline", (), "US")]))
    h.meta.date = "2026-12-02"
    hdoc.save()
    return folder


def _messages(folder: Path, code: str) -> list[str]:
    from summarizer import gate

    return [f.message for f in gate.run(load_handout(folder), reading=False)
            if f.code == code]


# ------------------------------------------------- a regulator's notice no source gives


def test_regulatory_missing_says_to_add_a_source_when_no_source_says_it(
        tmp_path: Path) -> None:
    """The nurse was told to "add a notice saying whether FDA has approved this use", but
    a notice is a sentence of a source and none of hers said it: the handout could never
    export and nothing said why. The finding names the way out: a source that says it."""
    folder = _handout(tmp_path, ARTICLE.replace(REGULATOR, ""))
    (message,) = _messages(folder, "SAFETY-REGULATORY-MISSING")
    assert "none of the sources" in message
    assert "add-source" in message and "FDA" in message and "US" in message


def test_regulatory_missing_says_to_attach_the_sentence_when_a_source_says_it(
        tmp_path: Path) -> None:
    folder = _handout(tmp_path)
    (message,) = _messages(folder, "SAFETY-REGULATORY-MISSING")
    assert "none of the sources" not in message and "add-source" not in message
    assert "press d" in message  # the sentence is there: attach it


def test_crisis_missing_names_the_regions_line_when_no_source_gives_one(
        tmp_path: Path) -> None:
    folder = _handout(tmp_path, ARTICLE.replace(CRISIS.replace("\n", " "), "")
                      .replace(CRISIS, ""), crisis=False)
    (message,) = _messages(folder, "SAFETY-CRISIS-MISSING")
    assert "none of the sources" in message and "add-source" in message
    assert "988" in message  # the line a source for US would give


# ------------------------------------------------------------ the title's sentence count


def test_a_drug_named_in_one_sentence_in_twelve_titles_an_article_of_short_paragraphs(
        ) -> None:
    """Each paragraph's last full stop and the blank line after it were counted as two
    sentence ends, plus one past the end: an article of one-sentence paragraphs counted
    twice its sentences, so a drug named in 1 of its 12 fell short of the rule's own
    bar and the handout was titled by its folder name."""
    from summarizer.handout_title import drug_title

    topics = ["sleep", "meals", "walking", "water", "friends", "work", "stress",
              "weekends", "holidays", "family", "money", "hobbies", "music", "reading",
              "gardens", "pets", "weather", "travel", "cooking", "cleaning", "shopping",
              "sport"]
    paragraphs = ["Drinking less: what helps"] + [
        f"Many people find that {t} changes how much they drink." for t in topics[:11]
    ] + ["Some doctors now prescribe semaglutide for people who drink heavily."] + [
        f"Talking about {t} with someone you trust can help." for t in topics[11:21]
    ] + ["Ask your doctor whether semaglutide is right for you."]
    assert len(paragraphs) == 24  # a heading and 23 sentences, 2 of them on the drug
    assert drug_title(["\n\n".join(paragraphs) + "\n"]) == "Semaglutide"


# ------------------------------------------- a storage line under "Do not treat yourself"

STORAGE = ("Keep unused pens in the refrigerator; after first use a pen can be kept below "
           "30°C for\nup to 56 days.")


def test_a_storage_line_is_not_printed_under_do_not_treat_yourself(tmp_path: Path) -> None:
    """Detection files how to use and keep a medicine alone ("Keep below 30°C") as a
    self-medication notice (rulebook use_directions), and the Sources tab proposed it so;
    the handout then printed the pen's storage under "Do not treat yourself", which reads
    as if the patient must not use the pens she was just told how to keep. The kind's
    heading now fits both its bans and its directions."""
    import re

    from summarizer import render

    folder = _handout(tmp_path)
    hdoc = load_handout(folder)
    ref = hdoc.handout.sources[0]
    text = hdoc.resolve_source_path(ref).read_text(encoding="utf-8")
    start = text.index(STORAGE)
    hdoc.handout.disclaimers.append(Disclaimer(
        "pens", "self-medication", ref.id, Span(start, start + len(STORAGE)), STORAGE,
        "Keep unused pens in the fridge. After the first use, keep a pen below 30°C for up "
        "to 56 days."))
    html = render.render_html(hdoc, "en", {}, fmt="html")
    heading = re.search(r"<h2>([^<]*)</h2>\s*<p><strong>Keep unused pens", html)
    assert heading is not None, html
    assert heading.group(1) == "Using it safely"
    # every shipped language prints its own words for it, none the old ban
    from summarizer.printed import notice_titles

    assert notice_titles("es")["self-medication"] == "Cómo usarlo con seguridad"
    assert notice_titles("fr")["self-medication"] == "L’utiliser sans danger"


# ------------------------------------------------------------------------- the editor

FDA = ("The FDA has not approved semaglutide to treat drinking problems. It is approved "
       "for type 2 diabetes and weight management.")


def _ready_in_english(tmp_path: Path, *, locales: tuple[str, ...] = ("en", "es"),
                      notice_text: str = FDA) -> Path:
    """The handout with its regulator's notice too: ready in English; with es among its
    languages, not translated into Spanish yet."""
    folder = _handout(tmp_path)
    hdoc = load_handout(folder)
    h = hdoc.handout
    ref = h.sources[0]
    text = hdoc.resolve_source_path(ref).read_text(encoding="utf-8")
    start = text.index(REGULATOR)
    h.disclaimers.append(Disclaimer("fda", "regulatory", ref.id,
                                    Span(start, start + len(REGULATOR)), REGULATOR,
                                    notice_text, regulator="FDA"))
    h.meta.locales = list(locales)
    hdoc.save()
    return folder


async def _safety_status(folder: Path, tmp_path: Path) -> str:
    """The Safety tab's status lines once the editor at 120x40 has checked the handout
    in `folder`: what the nurse reads there."""
    from textual.widgets import Static
    from tui_wait import until, workers_done

    from summarizer.tui.app import EditorApp

    app = EditorApp(folder / "handout.toml", keymap_path=tmp_path / "no-keymap.toml")
    app.CHECK_DELAY = 0.01
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: bool(app.state.analyses) and bool(app.query("#export-pane")))
        await pilot.press("3")
        await workers_done(pilot)
        await until(pilot, lambda: app.state.findings is not None)
        await workers_done(pilot)
        await pilot.pause()
        return str(app.query_one("#safety-status", Static).render())


async def test_a_safety_row_blocked_only_by_a_translation_names_the_language(
        tmp_path: Path) -> None:
    """The nurse's crisis line, approval notice and claim were all fine in English; the
    Safety tab put ✗ "blocked: see below" on every required notice because Spanish was
    not translated yet, and she went looking for what was wrong with the notices. The
    row now says which language blocks it."""
    folder = _ready_in_english(tmp_path)
    status = await _safety_status(folder, tmp_path)
    rows = [line for line in status.splitlines() if "✗" in line]
    assert len(rows) == 2, status  # the crisis line and the approval notice
    for row in rows:
        assert "blocked in es" in row, row


async def test_enter_on_a_reading_grade_finding_opens_the_hardest_notice(
        tmp_path: Path) -> None:
    """The handout's grade was high because of a notice kept in the article's long words;
    enter on READ-GRADE-HIGH opened the one claim, already plain, with the keyboard in its
    box. It now opens the hardest printed text, notice or claim."""
    from tui_wait import until, workers_done

    from summarizer.tui.app import EditorApp

    folder = _ready_in_english(tmp_path, locales=("en",), notice_text=REGULATOR)
    app = EditorApp(folder / "handout.toml", keymap_path=tmp_path / "no-keymap.toml")
    app.CHECK_DELAY = 0.01
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: bool(app.state.analyses) and bool(app.query("#export-pane")))
        await workers_done(pilot)
        assert app.jump_to_finding("", "en", "READ-GRADE-HIGH")
        await workers_done(pilot)
        await until(pilot, lambda: app.focused is not None
                    and app.focused.id == "notice-text")
        assert app.query_one("#safety-pane").current_notice_id() == "fda"


def test_crisis_and_supervision_missing_say_how_to_attach_the_sources_sentence(
        tmp_path: Path) -> None:
    """The source gives 988 and says the shot is started only under a doctor's care: the
    findings say where the fix is (the Sources tab, d), not only what is missing."""
    article = ARTICLE + ("\nThe injection should only be started and adjusted under the care "
                         "of a doctor who can check your blood sugar.\n")
    folder = _handout(tmp_path, article, crisis=False)
    (crisis,) = _messages(folder, "SAFETY-CRISIS-MISSING")
    (care,) = _messages(folder, "SAFETY-SUPERVISION-MISSING")
    for message in (crisis, care):
        assert "press d" in message and "add-source" not in message, message


async def test_the_safety_row_of_a_notice_no_source_states_says_to_add_a_source(
        tmp_path: Path) -> None:
    """The row said "missing: in Sources, highlight one and press d" for the approval
    notice of a handout whose article never mentions the FDA: there was none to press d
    on. It now says a source that states it must be added first."""
    folder = _handout(tmp_path, ARTICLE.replace(REGULATOR, ""))
    status = await _safety_status(folder, tmp_path)
    (row,) = [line for line in status.splitlines() if "Approval" in line]
    assert "press d" not in row and "add a source" in row, row
