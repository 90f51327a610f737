"""`summarizer disclaimers`: the safety statements found in articles, with crisis contacts."""

from __future__ import annotations

import argparse

from summarizer.model import DISCLAIMER_KINDS

NAME = "disclaimers"
ORDER = 21
HELP = "list crisis lines, not-approved notices, supervision and other safety statements"
DESCRIPTION = """\
List the safety statements of each article by kind:
  crisis-line      crisis lines, with each contact parsed: number (E.164, or
                   digits for short codes such as 988), call/text/chat, who
                   it serves (veterans, lang:es), service name, extra steps
                   ("then press 1"); treatment-referral lines and ordinary
                   phone numbers are shown with their role and never count
                   as a crisis line
  regulatory       NOT-approved notices ("not FDA approved"), with regulator
                   and region; an approval ("approved by the FDA in 2019")
                   is never one
  supervision      "only under the close supervision of ...", "a nurse stays
                   with you", "you are observed for two hours", "a nurse
                   checks your blood pressure"; precautions after a dose
                   count here too ("do not drive until the next day",
                   "someone must drive you home")
  self-medication  "do not attempt to self-medicate ...", "do not stop taking"
  side-effects     side effects named ("reduces side effects" names none; a
                   blood pressure check is supervision, a rise is a side effect)
  educational      "for educational purposes only", "ask your doctor"
Words come from summarizer/rulebook/words/<lang>.toml in the article's language
(English and Spanish are measured on the labelled corpus). Statements are found
in page footers and sidebars too (they are often there; never proposed as
claims), and each crisis contact is listed once per article.

examples:
  summarizer disclaimers ../shared/seeds/
  summarizer disclaimers article.txt --kind crisis-line --region GB
  summarizer disclaimers ../shared/seeds/ --json
"""

KINDS = DISCLAIMER_KINDS


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH|URL",
                   help="article files (.txt .md .html .pdf .docx), folders, or web addresses")
    p.add_argument(
        "--kind",
        action="append",
        choices=KINDS,
        metavar="KIND",
        help="only this kind (repeatable): " + ", ".join(KINDS),
    )
    p.add_argument(
        "--region",
        default="",
        help="country a bare number belongs to when the text names none "
        "(default: guessed from the text, else US)",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")


def run(args: argparse.Namespace) -> int:
    from summarizer.commands._common import print_json, print_table
    from summarizer.commands._sources import load_and_analyze

    analyses, failed = load_and_analyze(args.paths, region=args.region)
    rows = [
        (sid, d)
        for sid, a in analyses.items()
        for d in a.disclaimers
        if not args.kind or d.kind in args.kind
    ]
    if args.json:
        from summarizer.commands._common import to_jsonable

        pages = {sid: a.source for sid, a in analyses.items()}
        print_json([{**to_jsonable(d), "page": pages[sid].page_at(d.span.start)}
                    for sid, d in rows])
        return 1 if failed else 0
    if not rows and not analyses:  # every file failed: the errors said it all
        return 1
    if not rows:
        print("no candidate disclaimers" + (" of these kinds" if args.kind else ""))
        return 1 if failed else 0
    table = []
    for sid, d in rows:
        detail = (d.regulator and f"{d.regulator} ({d.region})") or d.region or "-"
        table.append((sid, d.kind, detail, d.quote))
        for c in d.contacts:
            bits = [c.number, "/".join(c.channels), c.role]
            bits += [f"serves {', '.join(c.serves)}"] if c.serves else []
            bits += [c.extra] if c.extra else []
            bits += [c.label] if c.label else []
            table.append(
                ("", "  contact", c.region or "-", " · ".join(bits) + f'  ("{c.display}")')
            )
    print_table(("source", "kind", "regulator/region", "quote"), table)
    return 1 if failed else 0
