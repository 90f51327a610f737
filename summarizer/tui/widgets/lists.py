"""The lists of the editor stop at their ends.

Textual's OptionList (and SelectionList, one of its kind) wraps: down on the last claim
(notice, finding, answer) went to the first, so a nurse pressing down once too often
landed at the top of a long list, on a row she had not meant to act on (in a dialog,
often the destructive answer). Every list of the editor is one of these: down on the
last enabled row and up on the first stay where they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import OptionList, SelectionList

if TYPE_CHECKING:
    _Base = OptionList
else:
    _Base = object


class StopsAtEnds(_Base):
    """Up and down without wrapping, for any OptionList."""

    def _next_enabled(self, step: int) -> int | None:
        """The nearest enabled row past the highlight in `step`'s direction (the first
        or last enabled row when nothing is highlighted); the highlight if none."""
        at, count = self.highlighted, self.option_count
        if at is None:
            rows = range(count) if step > 0 else range(count - 1, -1, -1)
        else:
            rows = range(at + step, count if step > 0 else -1, step)
        for i in rows:
            if not self.get_option_at_index(i).disabled:
                return i
        return at

    def action_cursor_down(self) -> None:
        self.highlighted = self._next_enabled(1)

    def action_cursor_up(self) -> None:
        self.highlighted = self._next_enabled(-1)


class StoppingList(StopsAtEnds, OptionList):
    pass


class StoppingSelectionList(StopsAtEnds, SelectionList[str]):
    pass
