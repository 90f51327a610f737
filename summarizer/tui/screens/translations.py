"""Translations tab: per-language coverage and inline editing beside the source text.

Strings are the handout's msgids (the source-language text); a translation is written
to the handout's catalog as soon as it is confirmed with enter, so it cannot be lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, OptionList, Static, TabbedContent
from textual.widgets.option_list import Option

from summarizer.errors import UserError
from summarizer.tui import reading
from summarizer.tui.widgets.text import join, plain, tag

if TYPE_CHECKING:
    from summarizer.tui.app import EditorApp

STATUS_STYLE = {"missing": "bold red", "fuzzy": "bold yellow", "done": "green"}
ORDER = {"missing": 0, "fuzzy": 1, "done": 2}


class TranslationsPane(Vertical):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back to list", id="translation-back", show=False),
    ]

    def action_back(self) -> None:
        self.query_one("#string-list").focus()

    def compose(self) -> ComposeResult:
        with Horizontal(id="locale-bar"):
            yield OptionList(id="locale-list")
            yield Static("", id="coverage", markup=False)
        yield OptionList(id="string-list")
        yield Static("", id="string-source", markup=False)
        yield Input(placeholder="translation (enter to keep)", id="translation-input")

    @property
    def editor(self) -> EditorApp:
        return cast("EditorApp", self.app)

    def on_mount(self) -> None:
        # Mounted lazily after the first paint; the catalogs (Babel) are read when the tab
        # is shown (the app refreshes it then), not while the editor is opening.
        tabs = self.app.query(TabbedContent)
        if not tabs or tabs.first().active == "translations":
            self.refresh_view()

    def target_locales(self) -> list[str]:
        meta = self.editor.state.handout.meta
        return [loc for loc in meta.locales if loc != meta.source_locale]

    def current_locale(self) -> str | None:
        locales = self.query_one("#locale-list", OptionList)
        if locales.highlighted is None or locales.option_count == 0:
            return None
        return locales.get_option_at_index(locales.highlighted).id

    def refresh_view(self) -> None:
        locales = self.query_one("#locale-list", OptionList)
        keep = self.current_locale()
        targets = self.target_locales()
        locales.clear_options()
        for loc in targets:
            locales.add_option(Option(plain(loc), id=loc))
        if targets:
            locales.highlighted = targets.index(keep) if keep in targets else 0
        self.show_locale()

    def show_locale(self, select: str | None = None) -> None:
        strings = self.query_one("#string-list", OptionList)
        coverage = self.query_one("#coverage", Static)
        locale = self.current_locale()
        current = select or self.current_msgid()
        strings.clear_options()
        self._rows: list[reading.CatalogRow] = []
        if locale is None:
            coverage.update(plain("This handout has only its source language. Add languages "
                                  "with `locales = [...]` in the handout file.", "italic"))
            self.show_string()
            return
        try:
            rows = reading.catalog_rows(self.editor.state.hdoc, locale)
        except UserError as exc:
            coverage.update(plain(str(exc), "red"))
            rows = []
        if rows is None:
            coverage.update(plain("Translation catalogs are not available.", "dim"))
            rows = []
        else:
            counts = {s: sum(1 for r in rows if r.status == s) for s in ORDER}
            total = len(rows) or 1
            coverage.update(join(
                plain(f"{locale}:", "bold"),
                plain(f"{counts['done']}/{len(rows)} translated "
                      f"({100 * counts['done'] // total}%)"),
                plain(f"{counts['missing']} missing", STATUS_STYLE["missing"]),
                plain(f"{counts['fuzzy']} fuzzy", STATUS_STYLE["fuzzy"]), sep="  "))
        self._rows = sorted(rows, key=lambda r: ORDER[r.status])
        for i, row in enumerate(self._rows):
            strings.add_option(Option(join(tag(row.status, STATUS_STYLE[row.status]),
                                           plain(row.msgid)), id=f"m{i}"))
        msgids = [r.msgid for r in self._rows]
        if msgids:
            strings.highlighted = msgids.index(current) if current in msgids else 0
        self.show_string()

    def current_row(self) -> reading.CatalogRow | None:
        strings = self.query_one("#string-list", OptionList)
        rows = getattr(self, "_rows", [])
        if strings.highlighted is None or not rows:
            return None
        return rows[strings.highlighted]

    def current_msgid(self) -> str | None:
        row = self.current_row()
        return row.msgid if row else None

    def show_string(self) -> None:
        row = self.current_row()
        source = self.query_one("#string-source", Static)
        field = self.query_one("#translation-input", Input)
        if row is None:
            source.update("")
            field.value = ""
            field.disabled = True
            return
        meta = self.editor.state.handout.meta
        parts = [plain(f"{meta.source_locale}:", "bold"), plain(row.msgid)]
        if row.status == "fuzzy":
            parts.append(plain("\n(fuzzy: the English changed since this was translated; "
                               "check it and press enter to keep)", "yellow"))
        source.update(join(*parts))
        field.disabled = False
        field.value = row.msgstr

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "locale-list":
            self.show_locale()
        elif event.option_list.id == "string-list":
            self.show_string()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "string-list":
            self.query_one("#translation-input", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        row, locale = self.current_row(), self.current_locale()
        if row is None or locale is None:
            return
        try:
            reading.set_translation(self.editor.state.hdoc, locale, row.msgid,
                                    event.value.strip())
        except UserError as exc:
            self.app.notify(str(exc), severity="error", markup=False)
            return
        self.app.notify(f"Translation kept ({locale}).", markup=False)
        self.show_locale(select=self.next_to_translate(row.msgid))
        self.editor.translations_changed()

    def next_to_translate(self, saved: str) -> str:
        """The string to go to after `saved`: the next missing or fuzzy one in list order
        (wrapping round), so a translator can type, enter, type, enter; `saved` when none."""
        rows = getattr(self, "_rows", [])
        msgids = [r.msgid for r in rows]
        at = msgids.index(saved) if saved in msgids else -1
        after = rows[at + 1:] + rows[:at + 1]
        return next((r.msgid for r in after if r.msgid != saved and r.status != "done"), saved)
