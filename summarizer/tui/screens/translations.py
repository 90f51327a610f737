"""Translations tab: per-language coverage and editing beside the source text.

Strings are the handout's msgids (the source-language text). What you type is part of
the unsaved draft (undoable, in the recovery file) and reaches the catalog only when
the handout is saved. A string whose English changed shows as fuzzy with the old
translation in the box to reuse (summarizer.catalog_draft merges as `translations
update` would).
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import OptionList, Static, TabbedContent
from textual.widgets.option_list import Option

from summarizer.catalog_draft import Row
from summarizer.editing import SetTranslation
from summarizer.errors import UserError
from summarizer.tui.messages import HandoutChanged, Typed
from summarizer.tui.screens.base import Pane
from summarizer.tui.screens.findings import FindingList
from summarizer.tui.widgets.bound import LEAVE_TIP, BoundTextArea
from summarizer.tui.widgets.lists import StoppingList
from summarizer.tui.widgets.text import join, plain, tag

# the gate's findings about one string that the string list shows as its mark
STRING_MARKS = frozenset({"I18N-MISSING", "I18N-FUZZY"})
STATUS_STYLE = {"missing": "bold red", "fuzzy": "bold yellow", "done": "green"}
ORDER = {"missing": 0, "fuzzy": 1, "done": 2}
SEP = "\x1f"  # between locale and msgid in the box's binding


class TranslationsPane(Pane):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+n", "keep_next", "Next", id="translation-next",
                tooltip="Keep what you typed, go to the next"),
        Binding("ctrl+o", "keep_as_is", "Keep", id="translation-keep",
                tooltip="Keep a fuzzy translation as it is"),
        Binding("escape", "back", "Done", id="translation-back", tooltip=LEAVE_TIP),
    ]
    _rows: list[Row]
    _stale = True
    _fuzzy: dict[tuple[str, str], str]  # (locale, msgid) -> a fuzzy string's old text
    # (locale, msgid) kept with ctrl+n or ctrl+o whose translation is still on its way to
    # the app: done for go_next, though the list's marks do not say so yet
    _kept: set[tuple[str, str]]

    def compose(self) -> ComposeResult:
        with Horizontal(id="locale-bar"):
            yield StoppingList(id="locale-list")
            yield Static("", id="coverage", markup=False)
        # what the gate (`check`) says of the language beyond its strings' marks
        yield FindingList(id="translation-findings")
        yield StoppingList(id="string-list")
        # Not a focus stop: it showed no sign of having the keyboard and swallowed what
        # was typed between the list and the box (the mouse wheel still scrolls it).
        with VerticalScroll(id="string-source-scroll", can_focus=False):
            yield Static("", id="string-source", markup=False)
        yield BoundTextArea("", id="translation-text", soft_wrap=True)

    def on_mount(self) -> None:
        self.query_one("#translation-findings").display = False
        self._coverage: Text = Text()
        self._listed: str | None = None  # the language the findings listed are about
        self._rows = []
        self._fuzzy = {}
        self._kept = set()
        self._stale = True
        if self.is_shown():
            self.redraw(None)

    def is_shown(self) -> bool:
        tabs = self.app.query(TabbedContent)
        return not tabs or tabs.first().active == "translations"

    def redraw(self, change: HandoutChanged | None) -> None:
        """Catalogs (Babel) are read when the tab is shown, not while the editor opens."""
        if change is not None and change.how in ("findings", "sources"):
            if change.how == "findings" and self.is_shown() and not self._stale:
                self.draw_verdict()
            return
        if not self.is_shown():
            self._stale = True
            return
        self._stale = False
        command = change.command if change is not None else None
        if isinstance(command, SetTranslation) and change is not None and change.how == "do":
            # Typed, kept with ctrl+n or ctrl+o: the box already shows what was typed and
            # the highlight has already moved on; only the marks and counts change.
            self.show_locale(select=self.current_msgid(), redraw_box=not command.typed)
            return
        select = command.msgid if isinstance(command, SetTranslation) else None
        locales = self.query_one("#locale-list", OptionList)
        keep = self.current_locale()
        targets = self.target_locales()
        locales.clear_options()
        locales.add_options([Option(plain(loc), id=loc) for loc in targets])
        if targets:
            locales.highlighted = targets.index(keep) if keep in targets else 0
        # Undo, redo, reload: the box shows the string's text as it now is.
        self.show_locale(select=select, reload_box=True)

    def on_resize(self) -> None:
        """The findings list keeps 4 lines (2 rows and its border) up to 80x24, where the
        string list and its box need the rest, and grows with a taller screen (8 lines at
        120x40), as Safety's does: 2 rows cut off a FAITH-TRANSLATION reason."""
        findings = self.query_one("#translation-findings", FindingList)
        findings.styles.max_height = max(4, (self.app.size.height - 8) // 4)

    def tab_shown(self) -> None:
        """Coming back to the tab shows the first string still to do (the list has them
        first), not the string last edited, which is done by then."""
        if self._stale:
            self.redraw(None)
        row = self.current_row()
        todo = next((i for i, r in enumerate(self._rows) if r.status != "done"), None)
        if row is not None and row.status == "done" and todo is not None:
            self.query_one("#string-list", OptionList).highlighted = todo

    def target_locales(self) -> list[str]:
        meta = self.state.handout.meta
        return [loc for loc in meta.locales if loc != meta.source_locale]

    def current_locale(self) -> str | None:
        locales = self.query_one("#locale-list", OptionList)
        if locales.highlighted is None or locales.option_count == 0:
            return None
        return locales.get_option_at_index(locales.highlighted).id

    def show_locale(self, select: str | None = None, *, redraw_box: bool = True,
                    reload_box: bool = False) -> None:
        """Draw the highlighted language's strings. `redraw_box=False`: only the marks
        (the order and the box stay); `reload_box`: the box takes the string's text even
        when it already shows that string (undo, redo, reload)."""
        from summarizer.catalog_draft import rows as catalog_rows

        strings = self.query_one("#string-list", OptionList)
        locale = self.current_locale()
        current = select or self.current_msgid()
        if locale is None:
            strings.clear_options()
            self._rows = []
            self.set_coverage(plain("This handout has only its source language. Add "
                                    "languages in the handout details (f2).", "italic"))
            self.show_string()
            return
        try:
            rows = catalog_rows(self.state.hdoc, locale,
                                self.state.translations.get(locale, {}))
        except UserError as exc:
            # the file cannot be read (a quote left open): say where, not "0/0 done"
            strings.clear_options()
            self._rows = []
            self.show_string()
            self.set_coverage(join(plain(f"{locale}:", "bold"), plain(
                f"{exc}. Fix that line of the file (or run `summarizer translations "
                "status`), then ctrl+p, Reload from disk.", "red")))
            return
        self._kept -= {(locale, r.msgid) for r in rows if r.status == "done"}  # arrived
        counts = {s: sum(1 for r in rows if r.status == s) for s in ORDER}
        total = len(rows) or 1
        pending = sum(1 for r in rows if r.pending)
        self.set_coverage(join(
            plain(f"{locale}:", "bold"),
            plain(f"{counts['done']}/{len(rows)} done ({100 * counts['done'] // total}%)"),
            plain(f"{counts['missing']} missing", STATUS_STYLE["missing"]),
            plain(f"{counts['fuzzy']} fuzzy", STATUS_STYLE["fuzzy"]),
            plain(f"{pending} unsaved" if pending else ""), sep="  "))
        # typing changes only the marks: the rows stay where the translator sees them
        # (the list is in status order, `rows` in the handout's: compare what is listed)
        if not redraw_box and sorted(r.msgid for r in rows) == sorted(r.msgid for r in self._rows):
            order = {r.msgid: i for i, r in enumerate(self._rows)}
            self._rows = sorted(rows, key=lambda r: order[r.msgid])
            for i, row in enumerate(self._rows):
                strings.replace_option_prompt_at_index(i, self._prompt(row))
            return
        self._rows = sorted(rows, key=lambda r: ORDER[r.status])
        strings.clear_options()
        strings.add_options([Option(self._prompt(r), id=f"m{i}")
                             for i, r in enumerate(self._rows)])
        msgids = [r.msgid for r in self._rows]
        if msgids:
            strings.highlighted = msgids.index(current) if current in msgids else 0
        self.show_string(reload=reload_box)

    def set_coverage(self, coverage: Text) -> None:
        self._coverage = coverage
        self.draw_verdict()

    def draw_verdict(self) -> None:
        """Under the counts, the gate's verdict on the language as `check` prints it, and
        below them the gate's findings about the language beyond its strings' missing
        and fuzzy marks (no rulebook lists, no app catalog, what cannot be checked...).
        While a check runs the list keeps the last findings (it does not jump about as
        the translator types); the verdict says it is checking."""
        from summarizer.gate import same_locale, summary_line

        locale = self.current_locale()
        findings = self.state.findings
        listing = self.query_one("#translation-findings", FindingList)
        verdict = Text()
        if locale is None:
            listing.display = False
        elif not self.state.checks_available:
            verdict = plain("The export checks are not available here.", "red")
        elif findings is None:
            verdict = plain("checking…", "italic")
            if locale != self._listed:  # another language's findings: not these
                listing.display = False
        else:
            line = summary_line(findings, locale)
            verdict = plain(f"check: {line}", "bold red" if "blocked" in line else "green")
            # errors of the handout as a whole block this language too; they are not
            # listed here (not the translation's): name them so nobody hunts a string
            shared = list(dict.fromkeys(f.code for f in findings
                                        if f.is_error and not f.locale))
            if shared:
                verdict = join(verdict, plain(
                    f"(for every language, not the translation's: {', '.join(shared)}; "
                    "see tab 5)", "red"))
            own = [f for f in findings if f.locale and same_locale(f.locale, locale)
                   and not (f.item and f.code in STRING_MARKS)]
            listing.display = bool(own)
            listing.show_findings(own)
            self._listed = locale
        self.query_one("#coverage", Static).update(join(self._coverage, verdict, sep="\n"))

    def _prompt(self, row: Row) -> object:
        return join(tag(row.status, STATUS_STYLE[row.status]), plain(row.msgid))

    def current_row(self) -> Row | None:
        strings = self.query_one("#string-list", OptionList)
        if strings.highlighted is None or not self._rows \
                or strings.highlighted >= len(self._rows):
            return None
        return self._rows[strings.highlighted]

    def current_msgid(self) -> str | None:
        row = self.current_row()
        return row.msgid if row else None

    def show_string(self, *, reload: bool = False) -> None:
        """Bind the box to the highlighted string. Re-binding to the string it already
        shows keeps its text (keys typed there may still be on their way as messages)
        unless `reload`."""
        row = self.current_row()
        source = self.query_one("#string-source", Static)
        box = self.query_one("#translation-text", BoundTextArea)
        locale = self.current_locale()
        if row is None or locale is None:
            source.update("")
            box.bind_to("", "", reload=reload)
            return
        meta = self.state.handout.meta
        parts = [plain(f"{meta.source_locale}:", "bold"), plain(row.msgid)]
        if row.status == "fuzzy":
            parts.append(plain("\nfuzzy: the source text changed; the old translation is in "
                               "the box to reuse. Edit it, or ctrl+o to keep it as it is.",
                               "yellow"))
            if row.previous and row.previous != row.msgid:
                parts.append(join(plain("\nwas:", "bold"), plain(row.previous)))
        source.update(join(*parts))
        if row.status == "fuzzy" and not row.pending:
            self._fuzzy[(locale, row.msgid)] = row.msgstr
        box.bind_to(f"{locale}{SEP}{row.msgid}", row.msgstr, reload=reload)

    def show(self, target: str, extra: str = "", start: int = -1, *,
             edit: bool = False) -> bool:
        """Show string `target` of locale `extra`; `edit`: the keyboard in its box."""
        from summarizer.gate import same_locale

        locales = self.query_one("#locale-list", OptionList)
        targets = self.target_locales()
        match = next((i for i, loc in enumerate(targets) if same_locale(loc, extra)), None)
        if match is not None:
            locales.highlighted = match
        self.redraw(None)
        msgids = [r.msgid for r in self._rows]
        if target in msgids:
            self.query_one("#string-list", OptionList).highlighted = msgids.index(target)
            if edit:
                self.show_string()  # bound to it now: the next keys are its translation
                self.query_one("#translation-text").focus()
                return True
        self.query_one("#string-list").focus()
        return True

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "locale-list":
            self.show_locale()
        elif event.option_list.id == "string-list":
            self.show_string()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "string-list":
            self.query_one("#translation-text", BoundTextArea).focus()

    def on_typed(self, message: Typed) -> None:
        message.stop()
        if message.box_id != "translation-text" or SEP not in message.bound:
            return
        locale, msgid = message.bound.split(SEP, 1)
        old = self._fuzzy.get((locale, msgid))
        if old is not None and unchanged(message.text, old):
            # back to (or still) the fuzzy text: nothing to keep, it stays fuzzy
            self.request(SetTranslation(locale, msgid, None, typed=True, fresh=message.whole))
            return
        self.request(SetTranslation(locale, msgid, message.text, typed=True,
                                    fresh=message.whole))

    def action_back(self) -> None:
        # at once, not after the keys queued behind escape (widgets.bound.IN_ORDER)
        self.screen.set_focus(self.query_one("#string-list"))

    def bound_string(self) -> tuple[str, str, str] | None:
        """(locale, msgid, text) of the string the box is bound to: what was typed there,
        for the string it was typed for, whatever the list's highlight says by now."""
        box = self.query_one("#translation-text", BoundTextArea)
        if SEP not in box.bound:
            return None
        locale, msgid = box.bound.split(SEP, 1)
        return locale, msgid, box.text

    def row_of(self, msgid: str) -> Row | None:
        return next((r for r in self._rows if r.msgid == msgid), None)

    def action_keep_next(self) -> None:
        """Keep what was typed as this string's translation, then go to the next missing
        or fuzzy string, so a translator can type, ctrl+n, type. A fuzzy string left as
        it was stays fuzzy (ctrl+o keeps it as it is, on purpose).

        The box moves to the next string at once, before the kept text reaches the app,
        and the text is kept for the string the box was bound to: keys typed right after
        ctrl+n go into the next string, never the previous one."""
        bound = self.bound_string()
        row = self.row_of(bound[1]) if bound else None
        if bound is None or row is None:
            return
        locale, msgid, typed = bound
        text = typed.strip()
        old = self._fuzzy.get((locale, msgid), row.msgstr)
        resolved = bool(text) and (row.status != "fuzzy" or not unchanged(text, old))
        if resolved and row.status != "done":
            self._kept.add((locale, msgid))
        self.go_next(msgid, resolved=resolved)
        if row.status != "fuzzy" and text and (row.status != "done" or text != row.msgstr):
            self.request(SetTranslation(locale, msgid, text))

    def action_keep_as_is(self) -> None:
        """Accept a fuzzy string's old translation unchanged (it is still right for the
        new English), then go to the next string to do."""
        bound = self.bound_string()
        row = self.row_of(bound[1]) if bound else None
        if bound is None or row is None or row.status != "fuzzy":
            self.notify("Only a fuzzy translation needs keeping as it is.", markup=False)
            return
        locale, msgid, typed = bound
        self._fuzzy.pop((locale, msgid), None)
        self._kept.add((locale, msgid))
        self.go_next(msgid, resolved=True)
        self.request(SetTranslation(locale, msgid, typed.strip() or row.msgstr))

    def go_next(self, after: str, *, resolved: bool) -> None:
        """Highlight the next string to do and bind the box to it now (not when the
        list's highlight message arrives). `resolved`: the string `after` is done now.
        When it was the last one to do, the keyboard goes back to the list (the tab
        keys 1-6 typed next would land in a finished translation) and the editor says
        the language is done."""
        msgids = [r.msgid for r in self._rows]
        at = msgids.index(after) if after in msgids else -1
        rest = self._rows[at + 1:] + self._rows[:at + 1]
        locale = self.current_locale()
        nxt = next((r.msgid for r in rest if r.msgid != after and r.status != "done"
                    and (locale, r.msgid) not in self._kept), None)
        if nxt is None and resolved:
            self.screen.set_focus(self.query_one("#string-list"))
            self.notify(f"{self.current_locale()}: every string is translated; ctrl+s "
                        "saves them.", markup=False)
            return
        if nxt is not None:
            self.query_one("#string-list", OptionList).highlighted = msgids.index(nxt)
            self.show_string()
        # at once, as the list above is focused: focus() waits for the queue, and a ctrl+n
        # queued behind this one that gave the keyboard to the list lost it to the box
        self.screen.set_focus(self.query_one("#translation-text", BoundTextArea))


def unchanged(typed: str, old: str) -> bool:
    """The same words as `old`: an Enter or a space typed and removed changes nothing."""
    return typed.split() == old.split()
