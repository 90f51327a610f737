"""Defects the session-15 tester (tester17) was left by tester16 and met using the editor
and the CLI as a new user would. Editor tests drive the app with Pilot and wait on its
workers and messages, never on a clock."""

from __future__ import annotations

import io
from pathlib import Path


class _Terminal(io.StringIO):
    """What the export's progress bar writes to a terminal."""

    def isatty(self) -> bool:
        return True


def test_the_bar_names_every_language_refused_not_the_last_alone() -> None:
    """`summarizer export` of a handout whose en and es were both refused ended its bar
    on '[####] 2/2 es refused': the line left on screen said es was refused and hid en.
    The bar's last line says what became of each language."""
    from summarizer.commands.export import ProgressBar

    screen = _Terminal()
    bar = ProgressBar(2, screen)
    bar("en", None)
    bar("es", None)
    last = screen.getvalue().split("\r")[-1]
    assert "en refused" in last and "es refused" in last
    screen = _Terminal()
    bar = ProgressBar(2, screen)
    bar("en", Path("out/en.pdf"))
    bar("es", None)
    last = screen.getvalue().split("\r")[-1]
    assert "en done" in last and "es refused" in last
