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
