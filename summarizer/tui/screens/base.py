"""What every tab's pane shares: it draws from the editor state it was given and asks
the app for changes by message. It never imports the app or another pane."""

from __future__ import annotations

from typing import Any

from textual import events
from textual.containers import Vertical
from textual.widgets import OptionList

from summarizer.history import Command
from summarizer.tui.messages import EditRequested, HandoutChanged, JumpRequested
from summarizer.tui.state import EditorState


class Pane(Vertical):
    # The list the keyboard was last in on this tab (never a text box: there the tab
    # keys 1-6 would type digits), so showing the tab again puts it back there.
    last_list: OptionList | None = None

    def __init__(self, state: EditorState, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.state = state

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if isinstance(event.widget, OptionList):
            self.last_list = event.widget

    def on_mount(self) -> None:
        self.redraw(None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """A pane's escape ("back" to its list) is shown in the footer while its text box
        has the keyboard, and only then: a nurse sent into a claim's box by a finding
        typed the tab key "3" there, with nothing on screen saying how to leave it."""
        if action == "back":
            from summarizer.tui.widgets.bound import BoundTextArea  # loaded by the pane

            focused = self.screen.focused
            return isinstance(focused, BoundTextArea) and self in focused.ancestors
        return True

    def on_handout_changed(self, message: HandoutChanged) -> None:
        self.redraw(message)

    def redraw(self, change: HandoutChanged | None) -> None:
        """Draw from `self.state`; `change` says what changed (None: everything)."""

    def request(self, command: Command) -> None:
        self.post_message(EditRequested(command))

    def jump(self, kind: str, target: str, extra: str = "", start: int = -1) -> None:
        self.post_message(JumpRequested(kind, target, extra, start))

    def show(self, target: str, extra: str = "", start: int = -1) -> bool:
        """Highlight `target` in this pane (a claim id, notice id, ...); True if found."""
        return False
