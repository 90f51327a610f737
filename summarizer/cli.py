"""The `summarizer` command: one thin front end over the domain functions.

Each subcommand lives in `summarizer/commands/<name>.py` and exposes `NAME`, `HELP`,
`ORDER`, `configure(parser)` and `run(args) -> int`. Command modules must be cheap to
import (heavy libraries are imported inside `run`) so `--help` and the TUI start fast.

Exit codes: 0 ok, 1 findings or errors, 2 usage.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from types import ModuleType, SimpleNamespace
from typing import TYPE_CHECKING, Any

from summarizer import __version__, commands
from summarizer.errors import UsageError, UserError
from summarizer.terminal import SafeStream, visible_line

if TYPE_CHECKING:
    import argparse

EPILOG = """\
typical flow:
  summarizer new handouts/ketamine --sources ../shared/seeds/
  summarizer claims ../shared/seeds/       # claims, evidence and hype tags
  summarizer disclaimers ../shared/seeds/  # crisis lines, FDA, supervision
  summarizer edit handouts/ketamine        # the terminal editor
  summarizer check handouts/ketamine       # what still blocks export
  summarizer review handouts/ketamine      # sheet for the approval committee
  summarizer export handouts/ketamine -o pdfs/

exit codes: 0 ok, 1 findings or errors, 2 usage
"""


def _command_modules(only: str | None = None) -> list[ModuleType]:
    import importlib
    import pkgutil

    names = [info.name for info in pkgutil.iter_modules(commands.__path__)
             if not info.name.startswith("_")]
    if only in names:
        names = [only]  # `summarizer edit …` need not import every other command
    mods = [importlib.import_module(f"{commands.__name__}.{name}") for name in names]
    return sorted(mods, key=lambda m: (getattr(m, "ORDER", 100), m.NAME))


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="summarizer",
        description="Turn health news articles into honest, plain-language,\n"
        "localized PDF handouts for patients.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"summarizer {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for mod in _command_modules(only):
        p = sub.add_parser(
            mod.NAME,
            help=mod.HELP,
            description=getattr(mod, "DESCRIPTION", mod.HELP),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        mod.configure(p)
        if getattr(mod, "LIBRARY", False):
            p.add_argument(
                "--library", action="append", default=[], metavar="DIR",
                help="a folder outside the handout that its sources may be read from "
                     "(repeatable; also library = [...] in the user's summarizer.toml)")
        p.set_defaults(_run=mod.run)
    return parser


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    import argparse

    for action in parser._actions:  # argparse has no public accessor for them
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command with stdout and stderr behind SafeStream: whatever a command
    prints (article text, handout fields, catalog strings, error messages quoting
    them) reaches the terminal with its control characters made visible."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(out), SafeStream(err)
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = out, err


def edit_args(argv: Sequence[str]) -> Any:
    """`summarizer edit HANDOUT`, the editor's start-up, parsed without argparse: the
    namespace argparse would build for exactly these two words (a test compares them),
    so opening the editor skips importing argparse and building its parser (about
    10 ms of the editor's start-up on the shared VM, benchmarks/startup.py). Anything
    else (an option, --help, more words) returns None and goes through argparse."""
    if len(argv) != 2 or argv[0] != "edit" or argv[1].startswith("-") or not argv[1]:
        return None
    from summarizer.commands import edit

    return SimpleNamespace(command="edit", handout=argv[1], library=[], _run=edit.run)


def readability_args(argv: Sequence[str]) -> Any:
    """`summarizer readability FILE`, the one-shot score of a file, parsed without
    argparse as edit_args is: argparse, its help formatter (which imports shutil and
    the compression modules) and pkgutil's scan of the commands are about a tenth of
    the command's start-up (benchmarks/readability.py, one-shot against textstat-rs).
    Exactly these two words, FILE not an option (nor "-"), else None (argparse)."""
    if len(argv) != 2 or argv[0] != "readability" or argv[1].startswith("-") or not argv[1]:
        return None
    from summarizer.commands import readability

    return SimpleNamespace(command="readability", file=argv[1], lang=None, json=False, top=5,
                           _run=readability.run)


def _main(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = edit_args(argv) or readability_args(argv)
    if args is None:
        parser = build_parser(only=argv[0] if argv else None)
        args, extra = parser.parse_known_args(argv)
        if extra:
            # argparse reports a subcommand's unknown option with the top-level usage
            # line; the user needs the usage of the command they typed
            command = getattr(args, "command", None)
            sub = _subparsers(parser).get(command) if command else None
            (sub or parser).error(f"unrecognized arguments: {' '.join(extra)}")
        if not getattr(args, "_run", None):
            parser.print_help()
            return 2
    try:
        from summarizer import paths

        paths.set_cli_library(getattr(args, "library", []) or [])
        return int(args._run(args) or 0)
    except UsageError as exc:
        print(f"summarizer {args.command}: error: {visible_line(str(exc))}", file=sys.stderr)
        return 2
    except UserError as exc:
        for line in exc.lines():  # a handout file's mistakes, all of them
            print(f"summarizer: error: {visible_line(line)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("summarizer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # disk full, file too large, read-only, not a folder: the user's
        where = f"{exc.filename}: " if exc.filename else ""
        reason = exc.strerror or str(exc)
        print(f"summarizer: error: {visible_line(where + reason)}", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: say so in one line, keep the traceback for developers
        if os.environ.get("SUMMARIZER_DEBUG"):
            raise
        print(
            f"summarizer: internal error: {type(exc).__name__}: {visible_line(str(exc))} "
            "(set SUMMARIZER_DEBUG=1 to see the traceback; please report it)",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
