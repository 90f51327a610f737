"""`summarizer edit`: the terminal editor, from sources to an exportable handout."""

from __future__ import annotations

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
    from summarizer.handout_file import load_handout
    from summarizer.tui.app import EditorApp

    hdoc = load_handout(args.handout)  # errors print as one line before the screen opens
    EditorApp(hdoc).run()
    return 0
