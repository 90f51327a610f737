"""`summarizer readability`: how hard is this text to read, and what would make it easier?"""

from __future__ import annotations

import argparse
import sys

NAME = "readability"
ORDER = 60
HELP = "reading grade of a text: every formula, the hardest sentences and plainer words"
DESCRIPTION = """\
Score a text file (or - for standard input) with the formulas published for its
language, give the headline US school grade, and list the hardest sentences with what
makes them hard (long, passive voice, hard words) and plainer words to use instead.

Headline grade: en = higher of SMOG and Flesch-Kincaid; es = SOL; de = Wiener
Sachtextformel; fr, it and others approximate (see summarizer/readability/analyze.py).

exit codes: 0 scored (or too little text, said so), 1 the file cannot be read
"""


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="text file to score, or - for standard input")
    p.add_argument("--lang", default="en", help="language of the text (en, es, de, fr, it, ...)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--top", type=int, default=5, metavar="N",
                   help="how many of the hardest sentences to show (default 5)")


def _read(path: str) -> str:
    from pathlib import Path

    from summarizer.errors import UserError

    if path == "-":
        return sys.stdin.read()
    p = Path(path)
    if not p.is_file():
        raise UserError("no such file" if not p.exists() else "not a file", where=path)
    try:
        return p.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise UserError(f"not UTF-8 text (byte {exc.start})", where=path) from None
    except OSError as exc:
        raise UserError(exc.strerror or "cannot be read", where=path) from None


def _why(s: object) -> str:
    parts = []
    if getattr(s, "long", False):
        parts.append(f"long ({s.words} words)")  # type: ignore[attr-defined]
    if getattr(s, "passive", False):
        parts.append("passive voice")
    hard = getattr(s, "hard_words", [])
    if hard:
        shown = []
        for h in hard[:6]:
            shown.append(f"{h.word} → {h.alternatives[0]}" if h.alternatives else h.word)
        parts.append("hard words: " + ", ".join(shown))
    return "; ".join(parts) or "many long words"


def run(args: argparse.Namespace) -> int:
    from summarizer.commands._common import print_json, print_table
    from summarizer.readability import Analyzer
    from summarizer.terminal import visible_line

    text = _read(args.file)
    report = Analyzer(args.lang).analyze(text)
    scored = [s for s in report.sentences if s.grade is not None]
    hardest = sorted(scored, key=lambda s: (-(s.grade or 0), s.span.start))[: max(0, args.top)]
    if args.json:
        print_json({"file": args.file, "report": report.to_dict(),
                    "hardest": [s.to_dict() for s in hardest]})
        return 0
    if report.too_little_text:
        print(f"Too little text to score: {report.words} word(s) in "
              f"{report.sentence_count} sentence(s); readability formulas need at least a "
              "few sentences (ideally 30 or more).")
        return 0
    approx = " (approximate: syllables from hyphenation)" if report.approximate else ""
    print(f"Grade {report.headline_grade:.1f}: {report.headline_band} "
          f"[{report.headline_name}]{approx}")
    print(f"{report.words} words, {report.sentence_count} sentences, "
          f"{report.syllables} syllables, {report.polysyllables} words of 3+ syllables")
    if report.sentence_count < 30:
        print("Note: fewer than 30 sentences; SMOG-based grades are scaled up from a short sample.")
    print()
    print_table(["formula", "value", "grade", "band"],
                [[f.name, f"{f.value:.2f}", "" if f.grade is None else f"{f.grade:.1f}", f.band]
                 for f in report.formulas])
    if hardest:
        print()
        print(f"Hardest {len(hardest)} sentence(s):")
        for s in hardest:
            snippet = visible_line(s.text if len(s.text) <= 160 else s.text[:157] + "...")
            print(f"  grade {s.grade:.1f}  [{s.span.start}:{s.span.end}]  {snippet}")
            print(f"      why: {visible_line(_why(s))}")
    long_n = sum(1 for s in report.sentences if s.long)
    passive_n = sum(1 for s in report.sentences if s.passive)
    print()
    print(f"{long_n} long sentence(s) (over 20 words), {passive_n} in the passive voice.")
    return 0
