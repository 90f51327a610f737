"""`summarizer edit`: the terminal editor, from sources to an exportable handout."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

NAME = "edit"
ORDER = 15
HELP = "open a handout in the terminal editor"
DESCRIPTION = """\
Open HANDOUT (a handout.toml, or the folder holding it) in the editor: pick claims
from the sources, rewrite them in plain words with a live reading grade, attach the
required safety notices, fill translations and export the PDFs.

Press f1 in the editor for help, ctrl+p for every command by name. Unsaved work is
copied to a hidden recovery file beside the handout and offered back after a crash.

example:
  summarizer edit handouts/ketamine/handout.toml
"""


LIBRARY = True  # takes --library DIR (summarizer.paths: where sources may be read from)


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("handout", metavar="HANDOUT", help="handout.toml or its folder")


def run(args: argparse.Namespace) -> int:
    import gc

    # Start-up makes ~70,000 long-lived objects (modules, classes, Textual's styles) and
    # almost no garbage; the cyclic collector would walk them all several times while
    # they are created, and again at exit. So it pauses while they are made, and then
    # they are frozen out of its sight (gc.freeze) and it resumes for the editor's own
    # work. Measured: about a fifth of the time to the first screen (benchmarks/startup.py).
    # It stays paused through Textual's start, the first paint and the sources (the DOM,
    # the styles, the analyses: long-lived too): the app resumes it once the sources are
    # drawn (EditorApp.resume_gc; ~70 collections, ~7 ms, before the first screen and
    # ~100, ~11 ms, before the sources when it resumed here).
    gc.disable()
    prefetch = None
    try:
        from summarizer.handout_file import load_handout
        from summarizer.tui.prefetch import Prefetch, use_prefetch

        # errors print as one line before the screen; a handout opened before comes
        # validated from the user's cache (summarizer.handout_cache)
        hdoc = load_handout(args.handout, kept=True)
        # Reading the sources in a forked child while Textual loads (one thread yet) is
        # off by default: on the 2-core VM it did not shorten the wait (prefetch.py).
        prefetch = Prefetch.start(hdoc) if use_prefetch() else None
        from summarizer.tui.app import EditorApp

        app = EditorApp(hdoc, prefetch=prefetch, gc_paused=True)
    except BaseException:
        gc.enable()  # no app to resume it
        raise
    gc.freeze()
    try:
        app.run()
    finally:
        gc.enable()  # left before its sources were drawn: as it was before the start
        if prefetch is not None:
            prefetch.close()  # a no-op once the editor took the sources
    return 0
