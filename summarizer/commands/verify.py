"""`summarizer verify`: is every quote still in its source?"""

from __future__ import annotations

import argparse
import sys

NAME = "verify"
ORDER = 40
HELP = "check that every claim's quote still stands in its source"
DESCRIPTION = """\
Re-read each source of a handout and check every claim and disclaimer quote
against it. A quote that moved is fine (reported; --fix updates its offsets);
a quote that is gone is an error: the source changed and the claim no longer
has a citation. A malformed handout is reported as FILE:LINE:COLUMN.

exit codes: 0 every quote found, 1 a quote is gone, a source its quotes cite cannot
be read, or the handout cannot be read
"""


LIBRARY = True  # takes --library DIR (folders outside the handout its sources may be in)


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("handout", metavar="HANDOUT", help="handout.toml (or its folder)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--fix", action="store_true",
                   help="update the offsets of moved quotes and the sources' hashes in the file")


def run(args: argparse.Namespace) -> int:
    from summarizer.commands._common import print_json, print_table
    from summarizer.counting import count
    from summarizer.errors import SourceError
    from summarizer.handout_file import load_handout
    from summarizer.provenance import apply_moves, load_source_texts, verify_quotes
    from summarizer.terminal import visible_line

    hdoc = load_handout(args.handout)
    # A source outside the handout folder and the library is refused, not "missing": the
    # handout asked for a file it may not read, and verify must not say whether a
    # guessed quote stands in it (nor --fix record its hash).
    refused: dict[str, str] = {}
    for ref in hdoc.handout.sources:
        try:
            hdoc.resolve_source_path(ref)
        except SourceError as exc:
            refused[ref.id] = str(exc)
    reasons: dict[str, str] = {}
    texts, digests = load_source_texts(hdoc, reasons)
    results = verify_quotes(hdoc.handout, texts, digests, reasons)
    errors = [r for r in results if r.is_error]
    # a quote whose source could not be read was not found either: exit 1, as check does
    missing = {r.source for r in results if r.status == "source-missing"}
    unchecked = sum(1 for item in [*hdoc.handout.claims, *hdoc.handout.disclaimers]
                    if item.source in missing)
    if args.json:
        print_json({"handout": str(hdoc.path),
                    "ok": not errors and not refused and not unchecked,
                    "results": results, "refused": refused})
    else:
        shown = [r for r in results if r.status != "ok"]
        ok = len(results) - len(shown)
        if shown:
            print_table(["status", "item", "source", "message"],
                        [[r.status, r.item, r.source, r.message] for r in shown])
        not_checked = f", {unchecked} not checked (source missing)" if unchecked else ""
        print(f"{count(ok, 'quote')} in place, {len(shown)} to look at, {len(errors)} gone"
              f"{not_checked}")
    for why in refused.values():
        print(f"summarizer: error: {why}", file=sys.stderr, flush=True)
    if refused:
        return 1
    if args.fix and not errors:
        moved = apply_moves(hdoc.handout, results)
        for ref in hdoc.handout.sources:
            if ref.id in digests:
                ref.sha256 = digests[ref.id]
        if hdoc.is_dirty():
            hdoc.save()
            if not args.json:
                print(visible_line(f"updated {hdoc.path} ({count(moved, 'moved quote')})"))
    return 1 if errors or unchecked else 0
