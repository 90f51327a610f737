"""The core of editing: a `Draft` (the handout model plus translations not yet saved),
the `Command` protocol and the `History` of undoable commands over a draft.

summarizer.editing defines the commands themselves (and re-exports these names); this
module is apart so the editor's first screen and its sources need not build every
command class (about 4 ms of its start-up, benchmarks/startup.py): the state holds a
History from the start, the commands are imported when an edit is made. Pure: no
Textual, no file I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.model import Claim, Disclaimer, Handout


class EditError(ValueError):
    """A change that cannot be made (unknown id, bad value); the message says why."""


@dataclass
class Draft:
    """What the editor is working on: the model, and translations typed but not saved.

    `translations[locale][msgid]` is a translation waiting for the next save; until then
    the catalog file on disk is untouched, so "quit without saving" really means it.
    """

    handout: Handout
    translations: dict[str, dict[str, str]] = field(default_factory=dict)

    def claim(self, claim_id: str) -> Claim:
        for c in self.handout.claims:
            if c.id == claim_id:
                return c
        raise EditError(f"no claim {claim_id!r}")

    def notice(self, notice_id: str) -> Disclaimer:
        for d in self.handout.disclaimers:
            if d.id == notice_id:
                return d
        raise EditError(f"no notice {notice_id!r}")


class Command:
    """One undoable change. `subject` is the id the change is about (for the screen to
    show it); `label` names it in messages ("Undone: remove claim")."""

    label = "edit"
    subject = ""

    def apply(self, draft: Draft) -> None:
        raise NotImplementedError

    def revert(self, draft: Draft) -> None:
        raise NotImplementedError

    def absorb(self, later: Command) -> bool:
        """Fold `later` into this command (typing coalesces into one undo step)."""
        return False


class History:
    """Undo/redo stacks over one draft. `dirty` compares with the state last saved, so
    deleting and undoing leaves nothing to save."""

    def __init__(self, draft: Draft, limit: int = 500) -> None:
        self.draft = draft
        self.limit = limit
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._sealed = True  # the next command starts a new undo step
        self._saved_top: Command | None = None
        self._saved_depth = 0
        self.revision = 0  # bumps on every change, undo and redo (for autosave, checks)

    def do(self, command: Command) -> Command:
        """Apply and record; typing into the same box coalesces into one step."""
        command.apply(self.draft)
        self.revision += 1
        top = self._done[-1] if self._done else None
        if top is not None and not self._sealed and top is not self._saved_top \
                and top.absorb(command):
            self._undone.clear()
            return top
        self._done.append(command)
        self._undone.clear()
        self._sealed = False
        if len(self._done) > self.limit:
            del self._done[0]
            self._saved_depth -= 1
        return command

    def seal(self) -> None:
        """End the current typing run: the next keystroke is a new undo step."""
        self._sealed = True

    def undo(self) -> Command | None:
        if not self._done:
            return None
        command = self._done.pop()
        command.revert(self.draft)
        self._undone.append(command)
        self._sealed = True
        self.revision += 1
        return command

    def redo(self) -> Command | None:
        if not self._undone:
            return None
        command = self._undone.pop()
        command.apply(self.draft)
        self._done.append(command)
        self._sealed = True
        self.revision += 1
        return command

    @property
    def next_undo(self) -> Command | None:
        """The step ctrl+z would undo (None: nothing to undo)."""
        return self._done[-1] if self._done else None

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    @property
    def dirty(self) -> bool:
        top = self._done[-1] if self._done else None
        return top is not self._saved_top or len(self._done) != self._saved_depth

    def mark_saved(self) -> None:
        self._saved_top = self._done[-1] if self._done else None
        self._saved_depth = len(self._done)
        self._sealed = True

    def mark_unsaved(self) -> None:
        """The draft holds work the file does not (recovered after a crash)."""
        self._saved_top, self._saved_depth = None, -1

    def reset(self, draft: Draft) -> None:
        """A new draft (reloaded from disk): nothing to undo into the old one."""
        self.draft = draft
        self._done.clear()
        self._undone.clear()
        self.mark_saved()
        self.revision += 1
