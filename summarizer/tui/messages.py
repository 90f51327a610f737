"""Messages between the panes and the app.

Panes never change the model or call each other: they post `EditRequested` (a command
from summarizer.editing) or `JumpRequested` up to the app, and draw again when the app
broadcasts `HandoutChanged`. So the app imports the panes and no pane imports the app.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.message import Message

from summarizer.history import Command


class EditRequested(Message):
    """Apply this command to the draft (the app records it for undo)."""

    def __init__(self, command: Command) -> None:
        super().__init__()
        self.command = command


class HandoutChanged(Message):
    """The draft changed: `how` is do | undo | redo | reload | sources | findings;
    `command` is what changed (None for reload, sources, findings). Sent to each pane;
    it does not bubble."""

    bubble = False

    def __init__(self, how: str, command: Command | None = None) -> None:
        super().__init__()
        self.how, self.command = how, command

    @property
    def subject(self) -> str:
        return self.command.subject if self.command is not None else ""


class JumpRequested(Message):
    """Show something: `kind` is claim | notice | translation | sentence | finding."""

    def __init__(self, kind: str, target: str, extra: str = "", start: int = -1,
                 code: str = "") -> None:
        super().__init__()
        self.kind, self.target, self.extra, self.start = kind, target, extra, start
        self.code = code  # a finding's code, for kind "finding"


class Typed(Message):
    """Text typed into a box bound to one item: the id and text are captured at the
    keystroke, so a late message can only ever change the item it was typed in.
    `whole`: the keystroke replaced the whole text (select all, then type or paste), a
    new undo step rather than more of the typing before it."""

    def __init__(self, box_id: str, bound: str, text: str, whole: bool = False) -> None:
        super().__init__()
        self.box_id, self.bound, self.text, self.whole = box_id, bound, text, whole


class SaveRequested(Message):
    """Save the handout (as ctrl+s does, asking if it changed on disk), then call
    `then` if it was saved: "save, then export"."""

    def __init__(self, then: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.then = then
