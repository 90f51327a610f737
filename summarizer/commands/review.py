"""`summarizer review`: the approval committee's sheet (HTML, and PDF with --pdf)."""

from __future__ import annotations

import argparse

NAME = "review"
ORDER = 75
HELP = "write a review sheet: each printed sentence beside its quote, evidence and findings"
DESCRIPTION = """\
Write an HTML page (and with --pdf a PDF beside it) for a clinic's approval committee:
every printed sentence beside the quote and source it rests on, its evidence level as
derived from the source and as chosen (with the editor's reason for an override), and
every finding of the export gate. Nothing is exported; the sheet is written even when the
gate blocks, so the committee sees why.

The sheet goes to -o FILE (default: review.html in the handout's folder); a FILE ending
in .pdf gets the PDF, with the HTML beside it. FILE's folder must exist (none is
created), and nothing is written through a symbolic link inside a handout folder.

Sources outside the handout's folder are read from a library folder (--library DIR);
without them the evidence levels cannot be derived and the sheet says "not derived".

exit codes: 0 written, 1 the handout cannot be read or the file cannot be written
"""

LIBRARY = True  # takes --library DIR (summarizer.paths: where sources may be read from)


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("handout", metavar="HANDOUT", help="handout.toml (or its folder)")
    p.add_argument("-o", "--output", metavar="FILE", default=None,
                   help="where to write the HTML (default: HANDOUT's folder/review.html)")
    p.add_argument("--pdf", action="store_true", help="also write the sheet as a PDF")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from summarizer import atomic, gate
    from summarizer.errors import UsageError
    from summarizer.handout_file import load_handout
    from summarizer.paths import check_output
    from summarizer.review import review_html
    from summarizer.terminal import visible_line

    if args.output and Path(args.output).suffix.lower() not in ("", ".html", ".htm", ".pdf"):
        # an HTML page quietly written into "sheet.md" or "sheet.txt" is not what was asked
        raise UsageError(f"-o {args.output!r}: the sheet is written as .html or .pdf")
    hdoc = load_handout(args.handout)
    out = Path(args.output) if args.output else hdoc.path.parent / "review.html"
    pdf = out.with_suffix(".pdf")
    if out.suffix.lower() == ".pdf":  # -o sheet.pdf: the PDF there, the HTML beside it
        pdf, out, args.pdf = out, out.with_suffix(".html"), True
    for target in (out, pdf) if args.pdf else (out,):  # before the gate runs
        check_output(target, handout_dir=hdoc.base_dir)
    html = review_html(hdoc, gate.run(hdoc))
    atomic.write_text(out, html)
    print(visible_line(str(out)))
    if args.pdf:
        from weasyprint import HTML

        def refuse(url: str, *a: object, **k: object) -> dict:
            raise ValueError(f"review sheet fetches nothing ({url[:40]})")

        atomic.write_bytes(pdf, HTML(string=html, url_fetcher=refuse).write_pdf())
        print(visible_line(str(pdf)))
    return 0
