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
