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

Several handouts are exported in turn, each into its own out/ (or all into -o DIR),
each announced as it starts ("export: [2/5] ..."); one handout blocked or unreadable does
not stop the others. At the end one line per handout says what became of it (exported,
blocked and why, or failed), and the exit code is 1 if any was not exported in full.
A handout named twice (a folder and its handout.toml, or a glob that repeats a name) is
exported once. Every file is written whole or not at all (a temporary name, then a rename), so an
interrupted or failed run never leaves half a PDF.

examples:
  summarizer export handouts/ketamine
  summarizer export handouts/*/ -o pdfs/ --locale es

exit codes: 0 every language of every handout written, 1 a language was refused or a
handout is unreadable, 2 usage (an unknown language code)
"""


LIBRARY = True  # takes --library DIR (summarizer.paths: where sources may be read from)


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("handouts", metavar="HANDOUT", nargs="+",
                   help="handout.toml (or its folder); several are exported in turn")
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
        self.states: list[str] = []  # "en refused", in the order the languages ended
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

    def interrupted(self) -> None:
        """Ctrl+C: end the bar's line, so what is said next starts a line of its own."""
        if self.tty and self.done < self.total:
            self.stream.write("\n")
            self.stream.flush()

    def __call__(self, locale: str, path: Path | None) -> None:
        self.done += 1
        state = "done" if path is not None else "refused"
        self.states.append(f"{locale} {state}")
        if self.tty:
            # the last line stays on screen: it names every language's end, not the last one's
            # alone ("2/2 es refused" hid that en was refused too)
            self._draw(", ".join(self.states) if self.done >= self.total else self.states[-1])
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
    from summarizer.commands._common import once_each
    from summarizer.errors import UsageError
    from summarizer.schema import canonical_locales

    if args.jobs is not None and args.jobs < 1:  # 0 is not "one per CPU": leave it out
        raise UsageError("--jobs must be 1 or more (leave it out for one process per CPU)")
    # a locale becomes part of a file name: one spelling ("-l EN" is en), each once
    asked = canonical_locales(args.locale or ())
    args.handouts = once_each(args.handouts, "export", "exported")
    if len(args.handouts) == 1:
        return _export_one(args, args.handouts[0], asked)[0]
    return _export_batch(args, asked)


def _export_batch(args: argparse.Namespace, asked: list[str]) -> int:
    """Each handout in turn; a failure is reported in one line and the next one goes on.
    Ends with one line per handout, in the order given."""
    total = len(args.handouts)
    rows: list[tuple[str, str, str]] = []  # (state, handout, what became of it)
    try:
        _each(args, asked, rows)
    except KeyboardInterrupt:  # say what is done and what is not, then stop as asked
        rows += [("not done", given, "interrupted") for given in args.handouts[len(rows):]]
        _summary(rows, total)
        raise
    return _summary(rows, total)


def _summary(rows: list[tuple[str, str, str]], total: int) -> int:
    done = sum(state == "exported" for state, _, _ in rows)
    print(f"export: {done} of {total} handouts exported in full:", file=sys.stderr)
    for state, name, what in rows:
        print(visible_line(f"  {state:<8} {name}: {what}"), file=sys.stderr)
    return 0 if done == total else 1


def _each(args: argparse.Namespace, asked: list[str],
          rows: list[tuple[str, str, str]]) -> None:
    from summarizer.errors import UserError

    total = len(args.handouts)
    for n, given in enumerate(args.handouts, 1):
        try:
            code, result, name = _export_one(args, given, asked, step=f"[{n}/{total}] ")
        except (UserError, OSError) as exc:  # unreadable, a refused -o, a full disk
            reason = (str(exc) if isinstance(exc, UserError) else
                      f"{f'{exc.filename}: ' if exc.filename else ''}{exc.strerror or exc}")
            print(f"summarizer: error: {visible_line(reason)}", file=sys.stderr, flush=True)
            rows.append(("failed", given, reason))
            continue
        written = ", ".join(result.written) or "nothing"
        if code == 0:
            rows.append(("exported", name, f"{written} written"))
        else:
            refused = ", ".join(f"{loc} ({_errors(found)})"
                                for loc, found in result.refused.items())
            rows.append(("blocked", name, f"refused {refused}; {written} written"))


def _errors(findings: list[Any]) -> str:
    from summarizer.counting import count

    return count(sum(getattr(f, "severity", "") == "error" for f in findings) or len(findings),
                 "error")


def _export_one(args: argparse.Namespace, given: str, asked: list[str],
                step: str = "") -> tuple[int, Any, str]:
    """Export one handout: (exit code, ExportResult, how the summary names it)."""
    from summarizer.errors import UserError
    from summarizer.export import gate_in_child, preload_renderer
    from summarizer.handout_file import load_handout
    from summarizer.paths import check_output

    try:
        hdoc = load_handout(given)
    except UserError:
        if step:  # a batch announces each handout, the unreadable ones too, in its count
            print(visible_line(f"export: {step}{given}"), file=sys.stderr, flush=True)
        raise
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
        result = _export(args, hdoc, locales, jobs, gated, step)
    finally:
        if gated is not None:
            gated([])  # the child is reaped whatever happened
    return (0 if result.ok else 1), result, f"{hdoc.handout.meta.id} ({hdoc.path})"


def _export(args: argparse.Namespace, hdoc: Any, locales: list[str], jobs: int,
            gated: Any, step: str = "") -> Any:
    from summarizer.export import export_handout
    from summarizer.paths import own_folder

    # out/ inside the handout is ours: never through a link a stranger's folder carries
    out = Path(args.out) if args.out else own_folder(hdoc.base_dir, "out")
    # which handout the lines below belong to: exports run in a loop share one log
    print(visible_line(f"export: {step}{hdoc.handout.meta.id} ({hdoc.path}) -> {out}"),
          file=sys.stderr, flush=True)
    bar = ProgressBar(len(locales))
    try:
        result = export_handout(hdoc, locales, out, jobs=jobs, progress=bar, fmt=args.format,
                                gated=gated)
    except KeyboardInterrupt:
        bar.interrupted()
        raise
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
    return result
