"""Defects found by tester11 (session 11) using summarizer as its users would: a nurse in
the editor, clinic staff exporting a batch, a translator adding a language.

The seed articles are used by path (never copied into the repository).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList
from tui_helpers import SIZE, new_from_seeds, ready, settle
from tui_wait import until

from summarizer.tui.app import EditorApp


@pytest.mark.parametrize("key", ["d", "a"])
async def test_a_key_in_the_source_list_picks_no_sentence_of_its_own(
        tmp_path: Path, seed_paths: list[Path], key: str) -> None:
    """The editor opens with the keyboard in the list of articles, and the sentence list
    beside it shows the first line of the highlighted article (its headline). `d` there
    offered to attach the headline as a safety notice (and `a` to cite it as a claim):
    the nurse had picked no sentence at all. Now the key puts the keyboard in the
    article's sentences and says to pick one; nothing is offered or added."""
    path = new_from_seeds(tmp_path, seed_paths)
    app = EditorApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        sources = app.query_one("#source-list", OptionList)
        sentences = app.query_one("#sentence-list", OptionList)
        await until(pilot, lambda: app.focused is sources)
        await pilot.press("down")  # another article: its sentences are shown, none picked
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        assert app.screen.id not in ("pick-kind", "pick-section")
        assert app.focused is sentences
        assert not app.state.handout.disclaimers and not app.state.handout.claims
        # in the sentences, the same key acts on the sentence the nurse highlighted
        await pilot.press("down", key)
        await until(pilot, lambda: app.screen.id in ("pick-kind", "pick-section"))


# ----------------------------------------------------------------------------- a short
# handout prints on one page

SHORT_EN_ES = [  # (kind or section, quote in the seeds, English text, Spanish text)
    ("supervision", "Ketamine should only be used under the close supervision of an "
     "experienced health care provider.",
     "Only use ketamine with close care from a doctor or nurse who knows how to use it.",
     "Use la ketamina solo con el cuidado cercano de un médico o una enfermera que sepa "
     "usarla."),
    ("self-medication", "Do not attempt to self-medicate or take ketamine from an unknown "
     "source.",
     "Do not treat yourself. Do not take ketamine from someone you do not know.",
     "No intente tratarse usted mismo ni tome ketamina de una fuente desconocida."),
    ("regulatory", "Ketamine is not FDA approved for depression or other types of mental "
     "disorders.",
     "The FDA has not approved ketamine for depression or other mental health problems.",
     "La FDA no ha aprobado la ketamina para la depresión ni para otros problemas de "
     "salud mental."),
    ("crisis-line", "Call or text 988 or chat at org.",
     "Call or text 988. You can also chat online.",
     "Llame o envíe un mensaje de texto al 988. También puede chatear en línea."),
    ("side-effects", "Over time, this cycle can lead to unwanted side effects, including "
     "dissociation and risk of addiction.",
     "Over time, it can cause side effects. You may feel cut off from your body. Some "
     "people get addicted.",
     "Con el tiempo, puede causar efectos secundarios. Puede sentirse desconectado de su "
     "cuerpo. Algunas personas se vuelven adictas."),
    ("benefits", "Ketamine may work when other antidepressants don’t.",
     "Ketamine may help some people when other depression medicines have not.",
     "La ketamina puede ayudar a algunas personas cuando otros medicamentos para la "
     "depresión no han funcionado."),
]


def _short_handout(tmp_path: Path, seeds_dir: Path) -> Path:
    """The nurse's first handout from two seed articles: the four required notices, a
    side effect and one claim, in English and Spanish (as made in the editor and by
    `translations init`, with every string translated)."""
    from babel.messages.pofile import read_po, write_po

    from summarizer.cli import main
    from summarizer.handout_file import load_handout
    from summarizer.model import Claim, Contact, Disclaimer
    from summarizer.span import Span

    folder = tmp_path / "ketamine"
    seeds = sorted(seeds_dir.glob("*.txt"))
    assert main(["new", str(folder), "--sources", str(seeds[1]), str(seeds[2]),
                 "--locale", "en", "--locale", "es", "--title", "Ketamine"]) == 0
    hdoc = load_handout(folder)
    h = hdoc.handout
    h.meta.date = "2026-11-30"
    spanish = {"Ketamine": "Ketamina",
               "988 Suicide & Crisis Lifeline": "988 Línea de Prevención del Suicidio y "
               "Crisis"}
    for n, (kind, quote, text, es) in enumerate(SHORT_EN_ES):
        ref, start = next((r, t.find(quote)) for r in h.sources
                          if (t := hdoc.resolve_source_path(r).read_text("utf-8")).find(
                              quote) >= 0)
        span = Span(start, start + len(quote))
        spanish[text] = es
        if kind == "benefits":
            h.claims.append(Claim(f"c{n}", kind, ref.id, span, quote, "opinion", text))
            continue
        contacts = ([Contact("988", "988", ("call", "text", "chat"), "crisis",
                             "988 Suicide & Crisis Lifeline", (), "US")]
                    if kind == "crisis-line" else [])
        h.disclaimers.append(Disclaimer(f"n{n}", kind, ref.id, span, quote, text, contacts,
                                        regulator="FDA" if kind == "regulatory" else ""))
    hdoc.save()
    assert main(["translations", "init", str(folder), "--locale", "es"]) == 0
    po = folder / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    with po.open("rb") as fh:
        catalog = read_po(fh)
    for message in catalog:
        if message.id:
            message.string = spanish[message.id]
    with po.open("wb") as fh:
        write_po(fh, catalog, width=79)
    return folder


def _pages(pdf: Path) -> list[str]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    return [page.get_textpage().get_text_range() for page in document]


def test_a_short_handout_prints_on_one_letter_page(tmp_path: Path, seeds_dir: Path) -> None:
    """The nurse's first handout (four notices, a side effect, one claim) came out on two
    Letter pages in English and in Spanish, the second holding only the footer (and in
    Spanish the last source): a clinic printing it got a second sheet with three lines on
    it. A page whose last sheet would hold only a few lines is set a little tighter and
    printed on one page, every line still there, safety first."""
    from summarizer.cli import main

    folder = _short_handout(tmp_path, seeds_dir)
    out = tmp_path / "pdfs"
    out.mkdir()
    assert main(["export", str(folder), "-o", str(out)]) == 0
    for locale, first, footer in (
            ("en", "If you are in crisis, get help now", "This sheet is for information only"),
            ("es", "Si está en crisis, pida ayuda ahora", "Esta hoja es solo para informar")):
        pages = _pages(out / f"ketamine.{locale}.pdf")
        assert len(pages) == 1, (locale, pages)
        text = " ".join(pages[0].split())
        assert text.index(first) < text.index(footer)
        for _kind, _quote, english, es in SHORT_EN_ES:
            assert " ".join((english if locale == "en" else es).split()[:4]) in text
    # exported again, the layout decided the first time is read from the user cache: the
    # same bytes
    again = tmp_path / "again"
    again.mkdir()
    assert main(["export", str(folder), "-o", str(again)]) == 0
    assert (again / "ketamine.es.pdf").read_bytes() == (out / "ketamine.es.pdf").read_bytes()


# ----------------------------------------------------------------------------- catalogs
# written as GNU gettext writes them


def test_translations_update_writes_the_catalog_as_gnu_gettext_does(
        tmp_path: Path, seeds_dir: Path) -> None:
    """The README promises catalogs written as GNU tools write them, so a translator's
    Poedit or msgmerge run changes no line it did not mean to. After the nurse reworded a
    claim, `translations update` wrote the old entry as obsolete cut at about 40 columns
    with spaces leading its lines ('#~ " give low doses'), and broke long strings before
    a space rather than after it ('...or other mental health' / '" problems."'):
    msgcat rewrote 20 lines of the Spanish catalog. Now msgcat changes none."""
    import shutil
    import subprocess

    import tomlkit
    from tui_helpers import copy_example

    from summarizer.cli import main

    if shutil.which("msgcat") is None:
        pytest.skip("GNU gettext not installed")
    path = copy_example(tmp_path, seeds_dir)
    doc = tomlkit.parse(path.read_text(encoding="utf-8"))
    claims = doc["claims"]
    # (a claim dropped leaves its entry obsolete; one rewritten whole now keeps its old
    # translation as a fuzzy suggestion, matched by the claim it is printed in)
    claims[1]["text"] = str(claims[1]["text"]) + " Ask your care team."
    del claims[0]
    path.write_text(tomlkit.dumps(doc), encoding="utf-8")
    assert main(["translations", "update", str(path.parent)]) == 0
    po = path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    ours = po.read_text(encoding="utf-8")
    assert "#~ msgid" in ours and "#, fuzzy" in ours
    gnu = subprocess.run(["msgcat", "--width=79", str(po)], capture_output=True,
                         text=True, check=True).stdout
    assert ours.splitlines() == gnu.splitlines()


# ----------------------------------------------------------------------------- the
# editor's findings after a save


async def test_after_a_save_the_editor_shows_what_check_says_of_the_saved_files(
        tmp_path: Path, seeds_dir: Path) -> None:
    """The nurse added a sentence to a translated claim and saved. The save wrote the
    Spanish catalog with the old translation marked fuzzy (as `translations update`
    does), and `summarizer check` then said I18N-FUZZY ('the English text changed since
    this was translated'); the editor went on showing what its check said before the
    save, I18N-MISSING ('not translated'), on the Export tab and beside the claim, until
    the next edit. A save runs the checks again on what it wrote."""
    from textual.widgets import TextArea
    from tui_helpers import copy_example, save

    from summarizer import gate
    from summarizer.handout_file import load_handout

    path = copy_example(tmp_path, seeds_dir)
    app = EditorApp(path)
    app.CHECK_DELAY = 0.01
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("2")
        listing = app.query_one("#claim-list", OptionList)
        await until(pilot, lambda: app.focused is listing)
        claim = app.query_one("#handout-pane").current_claim_id()
        await pilot.press("enter")
        box = app.query_one("#claim-text", TextArea)
        await until(pilot, lambda: app.focused is box)
        await pilot.press("ctrl+e", *" Ask your care team.")
        await until(pilot, lambda: app.state.findings is not None and any(
            f.item == claim and f.code.startswith("I18N") for f in app.state.findings))
        await save(pilot, path)
        on_disk = {(f.code, f.locale) for f in gate.run(load_handout(path)) if f.item == claim}
        assert ("I18N-FUZZY", "es") in on_disk
        await until(pilot, lambda: app.state.findings is not None and {
            (f.code, f.locale) for f in app.state.findings if f.item == claim} == on_disk)


async def test_back_on_the_sources_tab_the_keyboard_is_where_the_nurse_left_it(
        tmp_path: Path, seed_paths: list[Path]) -> None:
    """The nurse attached a notice from an article's sentences, looked at the Safety tab
    (3) and came back (1) to attach the next one: the keyboard was back in the list of
    articles, so the arrow meant for the next sentence showed another article, and `d`
    no longer acted on her sentence. A tab shown again puts the keyboard back in the
    list it was in (a list, never a text box, where the tab keys would type digits)."""
    path = new_from_seeds(tmp_path, seed_paths)
    app = EditorApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        sentences = app.query_one("#sentence-list", OptionList)
        await pilot.press("tab", "down", "down", "down")
        await settle(pilot)
        assert app.focused is sentences
        picked = sentences.highlighted
        await pilot.press("3")
        await until(pilot, lambda: app.focused is app.query_one("#notice-list"))
        await pilot.press("1")
        await until(pilot, lambda: app.focused is not app.query_one("#notice-list"))
        await settle(pilot)
        assert app.focused is sentences and sentences.highlighted == picked
