"""Errors a user can act on. The CLI prints them as one line; anything else is a bug."""

from __future__ import annotations


class UserError(Exception):
    """A problem with the user's input (a file, a flag, a handout), not with summarizer.

    `where` names the file (and line/column when known) so the message stands alone.
    """

    def __init__(self, message: str, where: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.where = where

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message

    def lines(self) -> list[str]:
        """What the CLI prints, one line each (several for a file with several mistakes)."""
        return [str(self)]


class UsageError(UserError):
    """A command line that cannot mean anything (an unknown language code, --jobs 0):
    one line naming the command, exit 2, before any file is read."""


class SourceError(UserError):
    """A source file that cannot be loaded (missing, binary, undecodable, empty)."""


class HandoutError(UserError):
    """A handout file that cannot be read (malformed TOML, missing keys, bad values).

    A bad value also says where it is, when known: its table (`section`: "handout",
    "claims", …), item `index` and `item_id`, and `key`; the editor's recovery mends it."""

    section: str = ""
    index: int | None = None
    key: str = ""
    item_id: str = ""
    # every problem found in the file, this one first (handout_file.parse_handout)
    problems: list[HandoutError] | None = None

    def __str__(self) -> str:
        first = super().__str__()
        more = len(self.problems or ()) - 1
        return f"{first} (and {more} more)" if more > 0 else first

    def lines(self) -> list[str]:
        if not self.problems or len(self.problems) < 2:
            return [str(self)]
        return [UserError.__str__(p) for p in self.problems]
