"""Binding groups shared by the app and its widgets, in a module of their own so the
app's start-up does not import a widget (the text box pulls in Textual's TextArea)."""

from __future__ import annotations

from textual.binding import Binding

UNDO = Binding.Group("Undo", compact=True)  # undo and redo share one footer slot
