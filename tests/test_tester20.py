"""Defects found by tester20 using summarizer as its users would: a nurse educator in
the editor, clinic staff exporting PDFs in batch, a translator adding French and Spanish.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.widgets import OptionList, TextArea
from tui_helpers import SIZE, copy_example, ready, save, settle
from tui_wait import until

from summarizer.cli import main
from summarizer.tui.app import EditorApp

_FRENCH = (
    "Si vous êtes piqué par une guêpe, retirez le dard et lavez la peau avec de l'eau. "
    "Appliquez du froid sur la zone pendant quelques minutes pour calmer la douleur. "
    "Le gonflement est souvent plus grand le lendemain, mais il disparaît en quelques jours. "
    "Si vous avez du mal à respirer, appelez les secours tout de suite. "
    "Les enfants qui ont déjà fait une réaction grave doivent voir un médecin pour des tests."
)
_SPANISH = (
    "Aplique el repelente sobre la piel que no está cubierta por la ropa. "
    "Vuelva a ponerlo cuando lo diga la etiqueta, por lo general cada pocas horas. "
    "Si tiene fiebre y cree que es dengue, no tome ibuprofeno y vaya a su médico. "
    "Use ropa de manga larga y ponga toldillos en las camas de los niños."
)
_ENGLISH = (
    "Keep your tablets in a cool place, out of the sun. "
    "Drink water through the day, even if you do not feel thirsty. "
    "If you feel dizzy when you stand up, sit down and tell your doctor. "
    "Ask your pharmacist which of your medicines need care in hot weather."
)


@pytest.mark.parametrize(("text", "args", "written"), [
    (_FRENCH, ["--lang", "en"], "fr"),  # the wrong language named
    (_SPANISH, [], "es"),  # no --lang: English formulas on a Spanish draft
], ids=["fr-as-en", "es-by-default"])
def test_readability_says_when_the_text_is_not_in_the_language_it_is_scored_in(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, args: list[str],
        written: str) -> None:
    """`readability letter.txt --lang en` on a French text printed English formulas and an
    English grade ("Grade 12.1: very hard") with no word that the text is French: the nurse
    read the grade as the text's. It still scores as asked, and says on standard error
    which language the text reads as and how to score it in that one."""
    f = tmp_path / "draft.txt"
    f.write_text(text, encoding="utf-8")
    assert main(["readability", str(f), *args]) == 0
    err = capsys.readouterr().err
    assert f"--lang {written}" in err and "warning" in err


@pytest.mark.parametrize(("text", "lang"), [(_FRENCH, "fr"), (_SPANISH, "es"), (_ENGLISH, "en"),
                                            (_ENGLISH, None)],
                         ids=["fr", "es", "en", "en-by-default"])
def test_readability_is_quiet_when_the_language_matches(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, lang: str | None) -> None:
    f = tmp_path / "draft.txt"
    f.write_text(text, encoding="utf-8")
    assert main(["readability", str(f), *(["--lang", lang] if lang else [])]) == 0
    assert capsys.readouterr().err == ""


_SPANISH_HANDOUT = '''
[handout]
id = "dengue"
title = "Dengue"
region = "CO"
source_locale = "es"
locales = ["es", "en"]

[[sources]]
id = "drogueria"
path = "sources/drogueria.txt"
title = "Repelentes y dengue"

[[disclaimers]]
id = "crisis"
kind = "crisis-line"
source = "drogueria"
span = [0, 75]
quote = "Si piensa en hacerse daño, llame a la línea 192, opción 4, en todo el país."
text = "Si piensa en hacerse daño, llame a la línea 192, opción 4, en todo el país."

[[disclaimers.contacts]]
number = "192"
display = "192"
channels = ["call"]
role = "crisis"
label = "Línea 192"
region = "CO"
extra = "then press 4"
'''


def test_a_spanish_handout_prints_its_menu_key_in_spanish(tmp_path: Path) -> None:
    """A Spanish article's 'línea 192, opción 4' is recorded, as every contact's key is,
    as the instruction 'then press 4' (sources/contacts.py, pinned by the labelled
    folders). A translation prints it from its handout.po, but the Spanish handout itself,
    written in its source language, printed it as recorded: '192 Llame, then press 4' in
    the Spanish PDF. The source language's instruction now comes from the app catalogs,
    like the channels beside it; the English translation still prints its catalog's."""
    from summarizer import i18n, render
    from summarizer.handout_file import loads_handout

    hdoc = loads_handout(_SPANISH_HANDOUT, tmp_path / "handout.toml")
    es = render.build_context(hdoc, "es", {}, i18n.app_translations("es"))
    assert [c["how"] for c in es["crisis_contacts"]] == ["Llame, luego marque el 4"]
    catalog = _Catalog({"then press 4": "then dial 4"})  # the translator's words
    en = render.build_context(hdoc, "en", catalog, i18n.app_translations("en"))
    assert [c["how"] for c in en["crisis_contacts"]] == ["Call, then dial 4"]


class _Catalog(dict):
    """A translation catalog that has every other string (as itself)."""

    def get(self, key: object, default: object = None) -> object:
        return super().get(key, key)


@pytest.mark.parametrize("lang", ["en", "es", "zh_Hans", "zh_Hant", "vi", "ko", "tl", "ru", "ar",
                                  "ht", "pt", "fr", "de"])
def test_every_shipped_language_says_the_recorded_instructions(lang: str) -> None:
    from summarizer import i18n

    app = i18n.app_translations(lang)
    for extra in ("then press 4", "text HOME", "toll-free", "text HOME, then press 2"):
        printed = i18n.printed_instruction(extra, app)
        assert printed
        assert (printed == extra) == (lang == "en"), (lang, extra, printed)
        assert "HOME" in printed or "HOME" not in extra


def _blank_two(po: Path) -> tuple[str, str]:
    """Make two of a catalog's translated strings missing again; their msgids."""
    from babel.messages.pofile import read_po, write_po

    with po.open("rb") as fh:
        catalog = read_po(fh)
    blanked = [m for m in catalog if m.id and m.string][1:3]
    for m in blanked:
        m.string = ""
    with po.open("wb") as fh:
        write_po(fh, catalog, width=79)
    return blanked[0].id, blanked[1].id


def _burst(app: EditorApp, keys: list[str]) -> None:
    """Keys as a terminal sends a paste or a fast typist's words: all queued at once,
    before the editor has handled the first."""
    for key in keys:
        event = events.Key(key, key if len(key) == 1 else None)
        event.set_sender(app)
        app._driver.send_message(event)  # as Pilot.press does, without waiting


async def test_the_last_string_kept_behind_queued_keys_does_not_reopen_a_done_one(
        tmp_path: Path, seeds_dir: Path) -> None:
    """Two Spanish strings left; the translator types the first, ctrl+n, the last, ctrl+n,
    faster than the editor files each translation (in tmux on the shared machine). The
    last ctrl+n went 'next' by the list's marks, which still showed the first string
    missing, so the box was bound to the first string again and shown empty although it
    was done; the next letter typed replaced the whole first translation (in tmux: 'X'
    for 'En una región de Inglaterra, durante una ola de calor…'). And the keyboard,
    given back to the list when the language was done, went back to the box when the
    first ctrl+n's deferred focus() arrived. The strings just kept now count as done, and
    the box takes the keyboard at once."""
    path = copy_example(tmp_path, seeds_dir, "ketamine")
    po = path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    first, second = _blank_two(po)
    app = EditorApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("4")
        listing = app.query_one("#string-list", OptionList)
        await until(pilot, lambda: app.focused is listing)
        await pilot.press("home", "enter")
        box = app.query_one("#translation-text", TextArea)
        await until(pilot, lambda: app.focused is box)
        _burst(app, [*"Primera frase", "ctrl+n", *"Segunda frase", "ctrl+n"])
        await until(pilot, lambda: app.state.translations.get("es", {}).get(second)
                    == "Segunda frase")
        await settle(pilot)
        assert app.state.translations["es"][first] == "Primera frase"
        # every string is done: the keyboard is in the list, not in a box shown empty
        assert app.focused is listing
        await pilot.press("X")
        await settle(pilot)
        assert app.state.translations["es"][first] == "Primera frase"
        assert app.state.translations["es"][second] == "Segunda frase"
        await save(pilot, path)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
async def test_the_safety_tab_on_a_tall_terminal_shows_the_findings_it_points_to(
        tmp_path: Path, seed_paths: list[Path], size: tuple[int, int]) -> None:
    """At 120x40 the Safety tab said 'blocked: see below' beside two required notices,
    and below them the findings list was 3 rows high (max-height 5 with its border) for
    four findings, the rest to scroll to, over a notice list with 15 empty rows (known
    leftover of tester19). The list now grows with the terminal (a share of its height)
    and keeps its 80x24 size (tests/test_tui_safety_small.py)."""
    from test_tui_safety_small import NOTICES, _sentence

    from summarizer.editing import AttachNotice, new_notice
    from summarizer.handout_file import new_handout
    from summarizer.sources.load import load_paths

    loaded, _ = load_paths(seed_paths)
    hdoc = new_handout(tmp_path / "ketamine", loaded, title="Ketamine for depression",
                       locales=["en", "es"])
    app = EditorApp(hdoc.path, keymap_path=tmp_path / "no-keymap.toml")
    app.CHECK_DELAY = 0.01
    async with app.run_test(size=size) as pilot:
        await until(pilot, lambda: bool(app.state.analyses) and bool(app.query("#export-pane")))
        for needle, kind in NOTICES:
            sid, sentence = _sentence(app, needle)
            app.apply(AttachNotice(new_notice(app.state.handout, sid, sentence, kind)))
        await pilot.press("3")
        await settle(pilot)
        await until(pilot, lambda: app.state.findings is not None)
        await settle(pilot)
        listing = app.query_one("#safety-findings", OptionList)
        assert listing.option_count >= 4
        if size == (80, 24):  # as before: the notice list and its box keep their room
            assert listing.outer_size.height == 5
        else:
            assert listing.max_scroll_y == 0, (listing.size, listing.virtual_size)
