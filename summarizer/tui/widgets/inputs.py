"""The one-line text box every dialog of the editor uses.

Textual's Input sends ctrl+a to the start of the line; the editor's help promises, in
every text box, that ctrl+a selects all of it so what is typed next replaces it (as the
multi-line boxes do: summarizer.tui.widgets.bound). home still goes to the start.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Input


class LineInput(Input):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+a", "select_all", "Select all", show=False),
    ]
