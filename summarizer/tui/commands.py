"""Command palette provider: every action by name, plus commands for what is on screen.

The app lists its commands for the current tab (`EditorApp.palette_commands`), so the
palette offers "Add highlighted sentence as claim" on Sources, jump-to-claim on
Handout, and so on, next to the always-available ones (save, help, go to a tab).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

if TYPE_CHECKING:
    from summarizer.tui.app import EditorApp


class EditorCommands(Provider):
    def _commands(self) -> list[tuple[str, str, object]]:
        app = cast("EditorApp", self.app)
        return app.palette_commands()

    async def discover(self) -> Hits:
        for title, help_text, callback in self._commands():
            yield DiscoveryHit(title, partial(self._run, callback), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), partial(self._run, callback),
                          text=title, help=help_text)

    def _run(self, callback: object) -> None:
        if callable(callback):
            callback()
