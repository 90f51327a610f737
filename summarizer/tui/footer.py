"""The editor's footer: Textual's Footer, rebuilt only when the keys it shows change.

Textual's Footer removes and mounts all its keys again whenever the screen's bindings
are refreshed (every focus move, every list that gains or loses an option), even when
the keys shown stay the same. Each rebuild costs the editor about as much as drawing
the article beside it (~20 ms on the shared 2-core VM), and at start-up one such
rebuild lands between the first screen and the sources being usable
(benchmarks/startup.py). This footer remembers what it composed and rebuilds only when
the keys, their labels, tooltips or enabled state differ, and lets one rebuild that
is already queued serve every refresh that comes before it (it reads the bindings
when it runs).
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer


class SteadyFooter(Footer):
    """A Footer that skips rebuilds which would draw the same keys."""

    _shown: tuple[Any, ...] | None = None  # what the last compose drew
    _queued = False  # a rebuild is scheduled and has not composed yet

    def compose(self) -> ComposeResult:
        self._queued = False
        self._shown = self.keys_shown() if self._bindings_ready else None
        for widget in super().compose():
            if type(widget).__name__ == "FooterKey":  # not exported by textual.widgets
                # A key's `compact` starts True and its watcher adds "-compact" once the
                # key is mounted, styling the key a second time (half the cost of the
                # footer's first keys): the key is made with the class it will have.
                widget.set_class(self.compact, "-compact", update=False)
            yield widget

    def bindings_changed(self, screen: Screen[Any]) -> None:
        current = self.is_attached and screen is self.screen
        if current and self._bindings_ready and (
                self._queued or (self._shown is not None
                                 and self.keys_shown() == self._shown)):
            return
        super().bindings_changed(screen)
        self._queued = current and screen.app.app_focus

    def keys_shown(self) -> tuple[Any, ...]:
        """Everything Footer.compose reads: the shown bindings (key, label, group,
        tooltip), whether each is enabled, how each key is displayed, and the command
        palette's key."""
        app = self.app
        active = self.screen.active_bindings
        keys = tuple((binding, enabled, tooltip, app.get_key_display(binding))
                     for _, binding, enabled, tooltip in active.values() if binding.show)
        palette = active.get(app.COMMAND_PALETTE_BINDING) \
            if self.show_command_palette and app.ENABLE_COMMAND_PALETTE else None
        return keys, palette, self.compact
