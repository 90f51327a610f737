"""Modal dialogs: choose one of a few options, type a path, read the help.

Every dialog is keyboard- and mouse-driven, and escape always means "cancel" (None).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from summarizer.tui.widgets.inputs import LineInput
from summarizer.tui.widgets.lists import StoppingList
from summarizer.tui.widgets.text import plain


class Dialog(ModalScreen[Any]):
    """Every dialog: escape cancels it (None). Escape then a digit is the two keys as
    typed: the terminal sends the pair (as it sends alt+digit) as alt+digit, which the
    dialog's one-line box typed as the digit while the dialog stayed open (a list left
    it open and changed the tab under it). The dialog is cancelled, as escape alone
    does, and the digit then does what it does once the dialog is gone: shows its tab
    (the key's binding on the screen below, so a keymap's keys hold too)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(f"alt+{digit}", f"escape_then('{digit}')", show=False, priority=True)
        for digit in "0123456789"
    ]

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_escape_then(self, digit: str) -> None:
        app = self.app
        closed = self.dismiss(None)  # as escape does (action_cancel)

        async def then() -> None:
            # once the dialog is gone (awaited by the app, not by this screen, which
            # Textual forbids while the screen handles the key)
            await closed
            if isinstance(app.screen, ModalScreen):
                return  # another dialog is open under this one: it keeps the keyboard
            active = app.screen.active_bindings.get(f"alt+{digit}")
            if active is not None and active.enabled:
                await app.run_action(active.binding.action, active.node)

        app.call_later(then)


class ChoiceList(StoppingList):
    """A dialog's answers: down on the last never wraps onto the first (often the
    destructive one)."""


class ChoiceScreen(Dialog):
    """A question with a short list of answers; dismisses with the chosen answer's id."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="dialog-cancel"),
    ]

    def __init__(
        self,
        title: str,
        choices: Sequence[tuple[str, str]],
        *,
        message: str = "",
        initial: str | None = None,
        dialog_id: str = "",
        confirm: dict[str, str] | None = None,
    ) -> None:
        super().__init__(id=dialog_id or None)
        self._confirm = dict(confirm or {})  # answer -> "are you sure" question
        self._title = title
        self._message = message
        self._choices = list(choices)
        self._initial = initial

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self._title, style="bold"), classes="dialog-title")
            if self._message:
                yield Static(self._message, markup=False, classes="dialog-message")
            yield ChoiceList(
                *[Option(Text(label), id=key) for key, label in self._choices],
                id="choices",
            )

    def on_mount(self) -> None:
        options = self.query_one("#choices", ChoiceList)
        ids = [key for key, _ in self._choices]
        options.highlighted = ids.index(self._initial) if self._initial in ids else 0
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        key = event.option.id
        if key in self._confirm:
            def confirmed(answer: str | None) -> None:
                if answer == "yes":
                    self.dismiss(key)

            self.app.push_screen(ChoiceScreen(
                self._confirm[key], [("no", "No, go back"), ("yes", "Yes")],
                initial="no", dialog_id="confirm"), confirmed)
            return
        self.dismiss(key)


class PathScreen(Dialog):
    """Ask for one line of text: a file path (save as), a reason."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="dialog-cancel"),
    ]

    def __init__(self, title: str, value: str = "", *, message: str = "",
                 dialog_id: str = "", hint: str = "enter: save   escape: cancel") -> None:
        super().__init__(id=dialog_id or None)
        self._title = title
        self._value = value
        self._message = message
        self._hint = hint

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self._title, style="bold"), classes="dialog-title")
            if self._message:
                yield Static(self._message, markup=False, classes="dialog-message")
            yield LineInput(value=self._value, id="path-input")
            yield Static(self._hint, markup=False, classes="dialog-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(self.result(event.value))

    def result(self, value: str) -> str | None:
        return value.strip() or None


HELP = """\
# Using the handout editor

Move between the tabs with **1**–**6** (when not typing: **escape** leaves a text
box), or click them. **ctrl+p** opens the command palette: every action is there, by
name, on every tab. **ctrl+z** undoes any change (typing, removing, moving, a
translation, the details); **ctrl+y** or **ctrl+shift+z** redoes it. In a text box,
**ctrl+a** selects all of its text, so what you type next replaces it. **tab** and
**shift+tab** move the keyboard between the parts of a tab (the tab bar, a list, a text
box, a scrolling panel); the part that has it is marked in the accent colour (its
border, a bar down its left edge, or the highlighted tab).
**f2** edits the handout's details: title, summary, region, languages, organization,
date and reading grades.

## 1 Sources
The articles on the left, the text of the selected one on the right, one sentence
per line. Grey lines are web furniture (menus, share links). Tags show what the
sentence is: the **evidence** behind a claim (trial, animal study, opinion…),
**hype** words, and **safety notices** (crisis lines, regulatory status).

- **a** adds the highlighted sentence to the handout as a claim (you pick the section;
  a sentence already in the handout is shown instead of added twice)
- **d** attaches it as a safety notice

## 2 Handout
Claims grouped by section. The source's own words are shown above the box where
you write the plain-language text. The reading panel under it updates as you type.

- **ctrl+l** replaces the first hard word with its plain alternative
- **ctrl+up / ctrl+down** move the claim within its section
- in the list: **s** changes the section, **v** the evidence level (a level other
  than what the source supports needs a written reason), **x** removes the claim

## 3 Safety
Which required notices (crisis line, regulatory, supervision) are present, and what
the export check says about them (enter on a finding shows it). **x** removes the
highlighted notice.

## 4 Translations
Every string of the handout per language, missing or fuzzy ones first. Type the
translation in the box; **ctrl+n** keeps it and goes to the next one. A fuzzy string's
old translation is in the box to reuse: edit it, or **ctrl+o** to keep it as it is (it
stays fuzzy until you do one or the other). Translations are saved with **ctrl+s**.

## 5 Export
What blocks export (enter on a finding shows its claim, notice or string), which
languages to export, and **e** to write the PDFs of the saved handout (with unsaved
changes it asks first: save, then export; or export the saved file as it is).

## 6 Review
What the approval committee's sheet (`summarizer review`) shows, live: every printed
sentence in print order beside its quote and source, its evidence level (derived from
the source, and any override with its reason) and every finding on it. **enter** on a
row opens that claim or notice to edit it.

## Never lose work
**ctrl+s** saves the handout and its translations. Unsaved work is also copied every
few seconds to a hidden recovery file beside the handout and offered back if the
editor is closed by a crash. If someone else changed the file since you opened it,
you are asked before anything is overwritten. **ctrl+q** quits (and asks first when
there is unsaved work). Keys can be changed in keymap.toml (see the README).
"""


class AddSourceScreen(PathScreen):
    """Ask for a web address or a file path to add as a source."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self._title, style="bold"), classes="dialog-title")
            yield LineInput(value=self._value, id="path-input",
                            placeholder="https://… or a .txt .md .html .pdf .docx file")
            yield Static("enter: add   escape: cancel", markup=False, classes="dialog-hint")


class TextScreen(PathScreen):
    """One line of text, such as the reason for an evidence override."""

    def __init__(self, title: str, value: str = "", *, message: str = "",
                 dialog_id: str = "") -> None:
        super().__init__(title, value, message=message, dialog_id=dialog_id,
                         hint="enter: keep   escape: cancel")

    def result(self, value: str) -> str | None:
        return value.strip()


META_LABELS: tuple[tuple[str, str], ...] = (
    ("title", "Title"),
    ("summary", "Summary (under the title)"),
    ("region", "Region (country code)"),
    ("locales", "Languages (en, es, …)"),
    ("organization", "Organization"),
    ("date", "Date (YYYY-MM-DD or empty)"),
    ("target_grade", "Target reading grade"),
    ("max_grade", "Maximum grade (refused above)"),
)


class MetaScreen(Dialog):
    """The handout's details as a form, one line per field so all of them fit at 80x24;
    dismisses with the changed model values. A value the handout cannot hold is refused
    with the reason on the line under its field (summarizer.editing.parse_meta)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="dialog-cancel"),
        Binding("ctrl+s", "keep", "Keep", id="meta-keep", priority=True),
    ]

    def __init__(self, values: dict[str, str], source_locale: str) -> None:
        super().__init__(id="handout-details")
        self._values = values
        self._source_locale = source_locale

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog meta"):
            yield Label(Text("Handout details", style="bold"), classes="dialog-title")
            for key, label in META_LABELS:
                with Horizontal(classes="meta-row"):
                    yield Label(label, classes="meta-label")
                    yield LineInput(value=self._values.get(key, ""), id=f"meta-{key}",
                                    compact=True)
                yield Static("", id=f"meta-{key}-error", markup=False, classes="meta-error")
            yield Static("enter or ctrl+s: keep   escape: cancel", markup=False,
                         classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#meta-title", LineInput).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_keep()

    def action_keep(self) -> None:
        from summarizer.editing import MetaError, parse_meta

        typed = {key: self.query_one(f"#meta-{key}", LineInput).value
                 for key, _ in META_LABELS}
        changed = {k: v for k, v in typed.items() if v != self._values.get(k, "")}
        try:
            parsed = parse_meta(typed, self._source_locale)
        except MetaError as exc:
            self.show_problems(exc.problems)
            return
        self.dismiss({k: parsed[k] for k in changed})

    def show_problems(self, problems: dict[str, str]) -> None:
        """Each field's reason under it (the others cleared); the keyboard goes to the
        first bad field, scrolled into view."""
        first = None
        for key, _ in META_LABELS:
            note = self.query_one(f"#meta-{key}-error", Static)
            problem = problems.get(key, "")
            note.update(plain(problem, "bold red"))
            note.display = bool(problem)
            if problem and first is None:
                first = key
        if first is not None:
            box = self.query_one(f"#meta-{first}", LineInput)
            box.focus()
            self.call_after_refresh(box.scroll_visible)


class HelpScreen(Dialog):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,q", "close", "Close help", id="help-close"),
    ]

    def compose(self) -> ComposeResult:
        from textual.widgets import Markdown  # markdown-it is slow to import: only when asked

        with VerticalScroll(classes="dialog help"):
            yield Markdown(HELP)
            yield Static("escape: close", markup=False, classes="dialog-hint")

    def action_close(self) -> None:
        self.dismiss(None)
