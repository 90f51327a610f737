"""The one-line text box every dialog of the editor uses.

Textual's Input sends ctrl+a to the start of the line; the editor's help promises, in
every text box, that ctrl+a selects all of it so what is typed next replaces it (as the
multi-line boxes do: summarizer.tui.widgets.bound). home still goes to the start.

Focus selects the whole value with the cursor at its start, not after its end: a value
as wide as the box was scrolled by one character to show that cursor, and the details
dialog opened on the title "etamine for depression" (a longer one on its last words).
"""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.widgets import Input
from textual.widgets.input import Selection


class LineInput(Input):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+a", "select_all", "Select all", show=False),
    ]

    def _on_focus(self, event: events.Focus) -> None:
        # Textual runs Input's own handler after this one (it selects all, the cursor
        # after the end); the cursor goes to the start once it has
        if self.select_on_focus and not event.from_app_focus:
            self.call_next(self._select_cursor_first)

    def _select_cursor_first(self) -> None:
        if self.value and self.selection == Selection(0, len(self.value)):
            self.selection = Selection(len(self.value), 0)
