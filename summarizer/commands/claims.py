"""`summarizer claims`: what the articles claim, with the evidence behind each claim."""

from __future__ import annotations

import argparse

from summarizer.model import EVIDENCE_KINDS as EVIDENCE  # ranked, strongest first

NAME = "claims"
ORDER = 20
HELP = "list candidate claims in articles, tagged by evidence, hype and absolutes"
DESCRIPTION = """\
List the sentences of each article that assert something, with:
  evidence  the design level the article supports, strongest first (the same
            level `check` derives from the source):
              randomized-controlled  randomly assigned, with a placebo or control
              controlled-trial       compared with a placebo, sham or other
                                     treatment; randomization not stated
              human-trial            people given the treatment, design not stated
              uncontrolled-trial     open-label, "no placebo group", "not randomized"
              human-observational    surveys, registries, records, people followed
              case-report            one patient's story
              animal                 mice, rats, monkeys
              lab-mechanism          test tubes, cells, receptors, pathways
              opinion                hope, promotion, testimonials, or nothing
                                     saying where the claim comes from
            A negated design word does not count ("the study had no placebo
            group" is uncontrolled); a sentence about people in a study whose
            design it does not state takes the design its paragraph states.
  flags     hype ("revolutionary", "breakthrough", "most exciting") and absolute
            ("cure", "always", "completely safe"), with the words that set them.
Web furniture (navigation, bylines, share links, ad notices, source lists) is
left out; --all shows it too, marked [boilerplate]. Safety statements are
listed by `summarizer disclaimers`, not here.

Sources may be .txt, .md or .html files, or folders of them. A file that
cannot be read is reported on stderr in one line; the others are still listed
(exit 1).

examples:
  summarizer claims ../shared/seeds/
  summarizer claims article.html --evidence animal --evidence lab-mechanism
  summarizer claims ../shared/seeds/ --flag hype --json
"""



def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH|URL",
                   help="article files (.txt .md .html .pdf .docx), folders, or web addresses")
    p.add_argument(
        "--evidence",
        action="append",
        choices=EVIDENCE,
        metavar="KIND",
        help="only claims with this evidence (repeatable): " + ", ".join(EVIDENCE),
    )
    p.add_argument(
        "--flag",
        action="append",
        choices=("hype", "absolute"),
        help="only claims with this flag (repeatable)",
    )
    p.add_argument(
        "--all",
        action="store_true",
        dest="show_all",
        help="also list sentences masked as web boilerplate, marked",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")


def run(args: argparse.Namespace) -> int:
    from summarizer.commands._common import print_json, print_table
    from summarizer.commands._sources import load_and_analyze

    analyses, failed = load_and_analyze(args.paths)
    rows = []
    for sid, a in analyses.items():
        masked = {id(c) for c in a.masked_claims}
        items = a.claims + (a.masked_claims if args.show_all else [])
        items.sort(key=lambda c: c.span.start)
        for c in items:
            if args.evidence and c.evidence not in args.evidence:
                continue
            if args.flag and not set(args.flag) & set(c.flags):
                continue
            rows.append((sid, c, id(c) in masked, a.source.page_at(c.span.start)))
    if args.json:
        from summarizer.commands._common import to_jsonable

        print_json([{**to_jsonable(c), "boilerplate": b, "page": page}
                    for _, c, b, page in rows])
        return 1 if failed else 0
    if not rows and not analyses:  # every file failed: the errors said it all
        return 1
    if not rows:
        print(
            "no candidate claims" + (" (with these filters)" if args.evidence or args.flag else "")
        )
        return 1 if failed else 0

    def why(c) -> str:  # type: ignore[no-untyped-def]
        return "; ".join(f"{cue.tag}: {', '.join(cue.words)}" for cue in c.cues if cue.words)

    table = []
    for sid, c, b, page in rows:
        quote = ("[boilerplate] " if b else "") + c.quote
        cues = why(c)
        table.append(
            (
                sid,
                (f"p{page} " if page else "") + f"{c.span.start}-{c.span.end}",
                c.evidence,
                ",".join(c.flags) or "-",
                quote + (f"  ({cues})" if cues else ""),
            )
        )
    print_table(("source", "span", "evidence", "flags", "quote (cue words)"), table)
    return 1 if failed else 0
