"""`summarizer export`: the gate, then one tagged PDF per language that passes it."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from summarizer.terminal import raw_stream, visible_line

NAME = "export"
ORDER = 60
HELP = "write one PDF handout per language (only languages that pass the checks)"
DESCRIPTION = """\
Run the export checks (safety notices, reading level, evidence wording, translations,
provenance) and write <handout-id>.<locale>.pdf for every language that passes them.
Languages that do not pass are listed with their reasons and nothing is written for them.
Each written PDF's path is printed on stdout; progress goes to stderr.

Two handouts with the same id are not written into one folder: the folder remembers
which handout.toml each file came from (in .summarizer-exports.json), and exporting
another handout with that id there is refused, naming both; export one of them with
another -o, or change its id. The same handout replaces its own files, and a handout
that was moved or deleted frees its names.

exit codes: 0 every language written, 1 a language was refused or the handout is unreadable,
2 usage (an unknown language code)
"""


LIBRARY = True  # takes --library DIR (summarizer.paths: where sources may be read from)


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("handout", metavar="HANDOUT", help="handout.toml (or its folder)")
    p.add_argument("--locale", "-l", action="append", metavar="LANG", default=None,
                   help="language to export (repeatable; default: all the handout's languages)")
    p.add_argument("-o", "--out", metavar="DIR", default=None,
                   help="folder for the PDFs (default: out/ beside the handout)")
    p.add_argument("--format", choices=("pdf", "html"), default="pdf",
                   help="pdf (default), or html: one self-contained, accessible web page per "
                        "language (styles inline, nothing fetched)")
    p.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                   help="render N languages at once in separate processes, N >= 1 "
                        "(default: one per CPU; 1 renders in this process)")


class ProgressBar:
    """A one-line text bar on a terminal; one plain line per language otherwise (logs)."""

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.total = max(total, 1)
        self.done = 0
        self.stream = stream if stream is not None else sys.stderr
        self.tty = self.stream.isatty()
        if self.tty:
            self._draw("")

    def _draw(self, label: str) -> None:
        width = 24
        filled = width * self.done // self.total
        bar = "#" * filled + "-" * (width - filled)
        # the carriage return is ours; the label (a locale from the handout) is not
        text = visible_line(f"[{bar}] {self.done}/{self.total} {label}").ljust(49)
        raw_stream(self.stream).write("\r" + text)
        self.stream.flush()

    def __call__(self, locale: str, path: Path | None) -> None:
        self.done += 1
        state = "done" if path is not None else "refused"
        if self.tty:
            self._draw(f"{locale} {state}")
            if self.done >= self.total:
                self.stream.write("\n")
        else:
            self.stream.write(visible_line(f"export: {locale} {state} ({self.done}/{self.total})")
                              + "\n")
        self.stream.flush()


def _finding_line(f: Any) -> str:
    where = f" [{f.item}]" if getattr(f, "item", "") else ""
    return visible_line(f"  {f.severity} {f.code}{where}: {f.message}")


def run(args: argparse.Namespace) -> int:
    from summarizer.errors import UsageError
    from summarizer.schema import canonical_locales

    if args.jobs is not None and args.jobs < 1:  # 0 is not "one per CPU": leave it out
        raise UsageError("--jobs must be 1 or more (leave it out for one process per CPU)")
    # a locale becomes part of a file name: one spelling ("-l EN" is en), each once
    asked = canonical_locales(args.locale or ())

    from summarizer.export import gate_in_child, preload_renderer
    from summarizer.handout_file import load_handout
    from summarizer.paths import check_output

    hdoc = load_handout(args.handout)
    if args.out:  # before the gate: no link inside a handout, no folders made above -o
        check_output(args.out, handout_dir=hdoc.base_dir,
                     what="PDFs" if args.format == "pdf" else "pages")
    locales = asked or hdoc.handout.meta.locales
    jobs = args.jobs or min(len(locales), os.cpu_count() or 1)
    gated = None
    if args.format == "pdf":
        # The gate runs in a child on the other core while this process loads WeasyPrint
        # (forked first: no thread may run at a fork).
        gated = gate_in_child(hdoc, list(locales))
        preload_renderer()
    try:
        return _export(args, hdoc, locales, jobs, gated)
    finally:
        if gated is not None:
            gated([])  # the child is reaped whatever happened


def _export(args: argparse.Namespace, hdoc: Any, locales: list[str], jobs: int,
            gated: Any) -> int:
    from summarizer.export import export_handout
    from summarizer.paths import own_folder

    # out/ inside the handout is ours: never through a link a stranger's folder carries
    out = Path(args.out) if args.out else own_folder(hdoc.base_dir, "out")
    # which handout the lines below belong to: exports run in a loop share one log
    print(visible_line(f"export: {hdoc.handout.meta.id} ({hdoc.path}) -> {out}"),
          file=sys.stderr, flush=True)
    bar = ProgressBar(len(locales))
    result = export_handout(hdoc, locales, out, jobs=jobs, progress=bar, fmt=args.format,
                            gated=gated)
    for path in result.written.values():
        print(visible_line(str(path)), flush=True)
    shown: set[tuple[str, str, str, str]] = set()
    for notes in result.warnings.values():
        for f in notes:
            key = (f.code, f.locale, f.item, f.message)
            if key not in shown:
                shown.add(key)
                print(f"{visible_line(f.locale or 'all')}: {_finding_line(f).strip()}",
                      file=sys.stderr)
    for loc, findings in result.refused.items():
        print(f"{visible_line(loc)}: not exported:", file=sys.stderr)
        for f in findings:
            print(_finding_line(f), file=sys.stderr)  # visible_line'd
    return 0 if result.ok else 1
