"""Binding groups shared by the app and its widgets, in a module of their own so the
app's start-up does not import a widget (the text box pulls in Textual's TextArea)."""

from __future__ import annotations

from textual.binding import Binding

UNDO = Binding.Group("Undo", compact=True)  # undo and redo share one footer slot


def read_escape_digits_as_alt() -> None:
    """Escape then a digit is alt+digit, as xterm-like terminals send alt+2 (and as a
    lone escape and a quick 2 arrive): the editor shows that tab, as 2 does outside a
    text box. Textual's input table read the pair as macOS option characters (escape 2
    was ™, escape 3 was £), which the text boxes typed and the lists dropped. £ or ™
    sent by the keyboard itself, with no escape, stays text."""
    from textual._ansi_sequences import ANSI_SEQUENCES_KEYS

    for digit in "0123456789":
        ANSI_SEQUENCES_KEYS.pop(f"\x1b{digit}", None)
