"""Modal dialogs: choose one of a few options, type a path, read the help.

Every dialog is keyboard- and mouse-driven, and escape always means "cancel" (None).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option


class Choices(OptionList):
    """The answers of a dialog. The arrows stop at the first and last answer: wrapping
    around put a destructive answer ("drop my changes") one key past "Cancel"."""

    def action_cursor_down(self) -> None:
        if self.highlighted is None or self.highlighted < self.option_count - 1:
            super().action_cursor_down()

    def action_cursor_up(self) -> None:
        if self.highlighted is None or self.highlighted > 0:
            super().action_cursor_up()


class ChoiceScreen(ModalScreen[str | None]):
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
    ) -> None:
        super().__init__(id=dialog_id or None)
        self._title = title
        self._message = message
        self._choices = list(choices)
        self._initial = initial

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self._title, style="bold"), classes="dialog-title")
            if self._message:
                yield Static(self._message, markup=False, classes="dialog-message")
            yield Choices(
                *[Option(Text(label), id=key) for key, label in self._choices],
                id="choices",
            )

    def on_mount(self) -> None:
        options = self.query_one("#choices", OptionList)
        ids = [key for key, _ in self._choices]
        options.highlighted = ids.index(self._initial) if self._initial in ids else 0
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class PathScreen(ModalScreen[str | None]):
    """Ask for a file path (save as)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="dialog-cancel"),
    ]

    def __init__(self, title: str, value: str = "") -> None:
        super().__init__()
        self._title = title
        self._value = value

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self._title, style="bold"), classes="dialog-title")
            yield Input(value=self._value, id="path-input")
            yield Static("enter: save   escape: cancel", markup=False, classes="dialog-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


HELP = """\
# Using the handout editor

Move between the tabs with **1**–**5** (when not typing: **escape** leaves a text
box), or click them.
**ctrl+p** opens the command palette: every action is there, by name.

## 1 Sources
The articles on the left, the text of the selected one on the right, one sentence
per line. Grey lines are web furniture (menus, share links). Tags show what the
sentence is: the **evidence** behind a claim (human trial, animal study, opinion…),
**hype** words, and **safety notices** (crisis lines, regulatory status).

- **a** adds the highlighted sentence to the handout as a claim (you pick the section)
- **d** attaches it as a safety notice (disclaimer)

## 2 Handout
Claims grouped by section. The source's own words are shown above the box where
you write the plain-language text. The reading panel under it updates as you type.

- **ctrl+l** replaces the first hard word with its plain alternative
- **ctrl+up / ctrl+down** move the claim within its section
- **s** changes the claim's section, **delete** removes it (in the list)

## 3 Safety
Which required notices (crisis line, regulatory, supervision) are present.
**delete** removes the highlighted notice.

## 4 Translations
Every string of the handout per language, missing or fuzzy ones first. Type the
translation in the box and press **enter** to keep it.

## 5 Export
What blocks export, which languages to export, and **e** to write the PDFs.

## Never lose work
**ctrl+s** saves. Unsaved work is also copied every few seconds to a hidden
recovery file beside the handout and offered back if the editor is closed by a crash.
If someone else changed the file since you opened it, you are asked before anything
is overwritten. **ctrl+q** quits (and asks first when there is unsaved work).
"""


class HelpScreen(ModalScreen[None]):
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
