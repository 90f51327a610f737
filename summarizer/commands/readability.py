"""`summarizer readability`: how hard is this text to read, and what would make it easier?"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

NAME = "readability"
ORDER = 60
HELP = "reading grade of a text or handout: formulas, hard words, notes, actionability"
DESCRIPTION = """\
Score a text file (or - for standard input), an article (.html, .pdf, .docx: its own
text, as `claims` reads it, without the page's footer), or a handout (its folder or
handout.toml) with the formulas published for its language, give the headline US
school grade, and list the hardest sentences with what makes them hard (long, passive
voice, hard words: jargon, uncommon words, unexplained acronyms) and plainer words to
use instead, then the notes on the text (third-person advice, percentages, long
paragraphs, density). For a handout, also its PEMAT-P actionability items.

Headline grade: en = higher of SMOG and Flesch-Kincaid; es = SOL; de = Wiener
Sachtextformel; fr, it and others approximate (see summarizer/readability/analyze.py).

exit codes: 0 scored (or too little text, said so), 1 the input cannot be read or has
no sentence ends to grade
"""


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE",
                   help="text file, - for standard input, an article (.html .pdf .docx), "
                        "or a handout folder / handout.toml")
    p.add_argument("--lang", "--locale", "-l", dest="lang", default=None, metavar="LANG",
                   help="language of the text (en, es, de, fr, it, ...; default en); for a "
                        "handout, a language of its catalogs (default its source language)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--top", type=int, default=5, metavar="N",
                   help="how many of the hardest sentences to show (default 5)")


def _decode(data: bytes, where: str) -> str:
    from summarizer.sources.decoding import decode_text

    return decode_text(data, where)


def _read(path: str) -> str:
    from pathlib import Path

    from summarizer.errors import UserError

    if path == "-":
        return _decode(sys.stdin.buffer.read(), "<stdin>")
    from summarizer.paths import MAX_SOURCE_BYTES, read_regular

    p = Path(path)
    if not p.exists():
        raise UserError("no such file", where=path)
    if p.suffix.lower() in _ARTICLE_SUFFIXES:
        return _article_text(p)
    # Regular files only, opened without waiting: a FIFO or a device is refused at once.
    return _decode(read_regular(p, MAX_SOURCE_BYTES, "text"), path)


# Articles read as `claims` reads them (a web page's markup, a PDF's or Word file's
# bytes are no text to grade); plain text and Markdown are graded as written.
_ARTICLE_SUFFIXES = (".html", ".htm", ".pdf", ".docx")


def _article_text(path: Path) -> str:
    """The article's own text from a web page, PDF or Word file, without the lines the
    source reader keeps from the page's footer and sidebars (not the article's writing)."""
    from summarizer.sources.load import load_source
    from summarizer.sources.page_notices import MARKER

    return load_source(path).text.split(MARKER, 1)[0]


def _is_handout(path: str) -> bool:
    from pathlib import Path

    p = Path(path)
    return p.name == "handout.toml" or (p.is_dir() and (p / "handout.toml").is_file())


def _say_language_mismatch(text: str, lang: str) -> None:
    """A French text scored with English formulas gets an English grade: say so (one line
    on standard error) when the text reads as another language the guesser knows, and how
    to score it in that one. The scoring stays as asked."""
    from summarizer.locale_codes import base_language
    from summarizer.sources.language import GUESSED, guess_language
    from summarizer.terminal import visible_line

    base = base_language(lang)
    written = guess_language(text, default="")
    if base in GUESSED and written and written != base:
        print(visible_line(
            f"summarizer readability: warning: the text reads as {written}, but it is scored "
            f"with the formulas for {lang}; to score it as {written}: --lang {written}"),
            file=sys.stderr)


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
            word = h.word if len(h.word) <= 40 else h.word[:37] + "..."  # a pasted blob
            shown.append(f"{word} → {h.alternatives[0]}" if h.alternatives
                         else f"{word} ({h.reason})")
        parts.append("hard words: " + ", ".join(shown))
    return "; ".join(parts) or "many long words"


def run(args: argparse.Namespace) -> int:
    from summarizer.commands._common import print_json, print_table
    from summarizer.locale_codes import canonical_locales
    from summarizer.readability import Analyzer
    from summarizer.terminal import visible_line

    if args.lang:  # one spelling: "-l ES" is es
        args.lang = canonical_locales([args.lang], "--lang")[0]
    actionability = None
    if args.file != "-" and _is_handout(args.file):
        from summarizer.handout_file import load_handout
        from summarizer.readability import actionability as act

        hdoc = load_handout(args.file)
        lang = args.lang or hdoc.handout.meta.source_locale
        translate = None
        if lang != hdoc.handout.meta.source_locale:
            from summarizer.catalogs import translations_for

            translate = translations_for(hdoc, lang)  # missing and fuzzy strings left out
        text, contacts, questions = act.handout_text(hdoc.handout, translate)
        report = Analyzer(lang).analyze(text)
        actionability = act.assess(report, text, contacts=contacts, questions=questions)
    else:
        text = _read(args.file)
        _say_language_mismatch(text, args.lang or "en")
        report = Analyzer(args.lang or "en").analyze(text)
    scored = [s for s in report.sentences if s.grade is not None]
    hardest = sorted(scored, key=lambda s: (-(s.grade or 0), s.span.start))[: max(0, args.top)]
    status = 1 if report.no_sentence_ends else 0
    if args.json:
        out: dict[str, object] = {"file": args.file, "report": report.to_dict(),
                                  "hardest": [s.to_dict() for s in hardest]}
        if actionability is not None:
            from summarizer.readability.actionability import summary

            out["actionability"] = summary(actionability)
        print_json(out)
        return status
    if report.no_sentence_ends:
        note = next(n for n in report.notes if n.kind == "no-sentence-ends")
        print(note.message)
        return status
    if report.too_little_text:
        print(f"Too little text to score: {report.words} word(s) in "
              f"{report.sentence_count} sentence(s); readability formulas need at least a "
              "few sentences (ideally 30 or more).")
        return status
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
    shown = [n for n in report.notes if n.kind not in ("long-sentence", "passive-voice")]
    if shown:
        print()
        print("Notes:")
        for n in shown[:12]:
            fix = f"  → {n.suggestion}" if n.suggestion else ""
            print(f"  {n.kind} [{n.start}:{n.end}] {n.message}{fix}")
        if len(shown) > 12:
            print(f"  … and {len(shown) - 12} more (--json lists all)")
    if actionability is not None:
        print()
        print("Actionability (PEMAT-P):")
        for item in actionability:
            print(f"  {item.status:>14}  {item.id}: {item.why}")
    return status
