"""`summarizer add-source`: keep another article (a URL or a file) inside a handout."""

from __future__ import annotations

import argparse
import sys

from summarizer.terminal import visible_line

NAME = "add-source"
ORDER = 15
HELP = "add a URL or file to a handout as a snapshot kept in its folder"
DESCRIPTION = """\
Fetch each URL (http/https) or read each file (.txt, .md, .html, .pdf, .docx, or a
folder of them) once, keep it as HANDOUT/sources/<id>.<ext>, and register it in
handout.toml with where it came from, when, and its sha256. The handout then
works offline and anywhere it is copied.

--move-in instead copies every source the handout points at outside its folder
into sources/ (all or nothing), recording each one's original path.

examples:
  summarizer add-source handouts/ketamine https://example.org/news/ketamine.html
  summarizer add-source handouts/ketamine leaflet.docx study.pdf
  summarizer add-source handouts/ketamine --move-in

exit codes: 0 all added, 1 a source could not be added, 2 usage
"""


LIBRARY = True  # --move-in reads outside sources only from a library folder (summarizer.paths)


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("handout", metavar="HANDOUT", help="handout.toml (or its folder)")
    p.add_argument("sources", nargs="*", metavar="URL|FILE",
                   help="web addresses, article files or folders of them")
    p.add_argument("--move-in", action="store_true",
                   help="copy the handout's outside sources into its sources/ folder")
    p.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                   help="give up on a URL after this long (default 20)")


def fetch_options(args: argparse.Namespace) -> dict[str, float]:
    """Shared with `new`: a --timeout bounds connect, read and the whole transfer."""
    if getattr(args, "timeout", None) is None:
        return {}
    t = max(0.1, float(args.timeout))
    return {"connect_timeout": t, "read_timeout": t, "total_timeout": t}


def run(args: argparse.Namespace) -> int:
    from summarizer.handout_file import load_handout
    from summarizer.sources.snapshot import assign_ids, discard, keep, move_in, take

    if not args.sources and not args.move_in:
        print("summarizer: error: give URLs or files to add, or --move-in", file=sys.stderr)
        return 2
    hdoc = load_handout(args.handout)
    status = 0
    if args.move_in:
        moved = move_in(hdoc)
        for sid, origin in moved:
            print(visible_line(f"moved in {sid:<28} from {origin}"))
        if not moved:
            print("every source is already inside the handout folder")
    if not args.sources:
        return status
    items, errors = take(args.sources, **fetch_options(args))
    for err in errors:
        print(f"summarizer: error: {visible_line(str(err))}", file=sys.stderr)
    if not items:
        return 1
    # the same bytes again (a retried command): one copy, said so
    have = {ref.sha256: ref.id for ref in hdoc.handout.sources if ref.sha256}
    for item in items:
        if item.loaded.sha256 in have:
            print(visible_line(f"already in the handout as {have[item.loaded.sha256]}: "
                               f"{item.origin}"))
    items = [item for item in items if item.loaded.sha256 not in have]
    if not items:
        return 1 if errors else status
    ids = assign_ids(items, (s.id for s in hdoc.handout.sources))
    _, refs, written = keep(hdoc.base_dir, items, ids)
    hdoc.handout.sources.extend(refs)
    try:
        hdoc.save()
    except BaseException:
        discard(written)
        del hdoc.handout.sources[-len(refs):]
        raise
    for ref in refs:
        print(visible_line(f"added {ref.id:<28} {ref.path}  ({ref.origin})"))
    return 1 if errors else status
