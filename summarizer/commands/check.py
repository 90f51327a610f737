"""`summarizer check`: the export gate, run on its own (what would block a PDF, and why)."""

from __future__ import annotations

import argparse
from typing import Any

NAME = "check"
ORDER = 70
HELP = "run the export gate: safety notices, reading level, evidence wording, translations"
DESCRIPTION = """\
Check a handout the way `summarizer export` does before printing, for each of its
languages (or the ones given with --locale): the crisis line, regulatory and
supervision notices; every number valid for the handout's region and printed in each
language; the reading grade against target_grade (warning) and max_grade (error);
hype words, absolute words, animal or lab studies that do not say so; every printed
sentence against its quote (numbers, approved/not approved, hedges, animals, the drug
named) and every translation against the source text; each claim's evidence level against
the one its source supports (an override needs evidence_reason and may not be stronger);
missing or fuzzy translations; and every quote still in its source.

Errors block the export of the language they name (or of every language when they
name none); warnings are for the editor to judge. Codes are stable (the rule registry,
summarizer/gate/; words and numbers in summarizer/rulebook/): SAFETY-*, READ-*, EVID-*,
HYPE-WORD, FAITH-*, RULES-MISSING, I18N-*, PROV-*, CONTENT-*.

Several handouts (`summarizer check handouts/*/`) are checked in turn, each under a
heading that names it; one that cannot be read does not stop the others, a handout named
twice is checked once, and a last line on stderr counts the ones ready in every
language. With --json the output is then a list with one object per handout.

exit codes: 0 no errors (warnings allowed), 1 an error, or a handout cannot be read,
2 usage (an unknown language code)
"""


LIBRARY = True  # takes --library DIR (summarizer.paths: where sources may be read from)


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("handouts", metavar="HANDOUT", nargs="+",
                   help="handout.toml (or its folder); several are checked in turn")
    p.add_argument("--locale", "-l", action="append", metavar="LANG", default=None,
                   help="check only this language (repeatable; default: all the handout's)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    plain = p.format_help

    def format_help() -> str:
        """The help, then every rule of the registry (imported only when help is asked)."""
        from summarizer.gate import rules

        lines = [f"  {r.code:<28} {r.severity:<8} {r.doc}" for r in rules()]
        return plain() + "\nrules (code, severity, what it means):\n" + "\n".join(lines) + "\n"

    p.format_help = format_help  # type: ignore[method-assign]


def run(args: argparse.Namespace) -> int:
    import sys

    from summarizer.commands._common import once_each, print_json
    from summarizer.errors import UserError
    from summarizer.schema import canonical_locales
    from summarizer.terminal import visible_line

    asked = canonical_locales(args.locale or ())  # "-l ES -l es" is one language
    given = once_each(args.handouts, "check", "checked")
    if len(given) == 1:
        if not args.json:
            report, ok = _check_one(given[0], asked)
            return 0 if ok else 1
        try:
            report, ok = _check_one(given[0], asked, quiet=True)
        except (UserError, OSError) as exc:  # a script reading stdout still gets an answer
            reason = _reason(given[0], exc)
            print(f"summarizer: error: {visible_line(reason)}", file=sys.stderr, flush=True)
            print_json({"handout": given[0], "ok": False, "error": reason})
            return 1
        print_json(report)
        return 0 if ok else 1
    reports: list[dict[str, object]] = []
    rows: list[tuple[str, str]] = []  # (state, what became of it), one per handout
    ready = 0
    for name in given:
        try:
            report, ok = _check_one(name, asked, heading=True, quiet=args.json)
        except (UserError, OSError) as exc:  # one unreadable handout: say so, go on
            reason = _reason(name, exc)
            print(f"summarizer: error: {visible_line(reason)}", file=sys.stderr, flush=True)
            reports.append({"handout": name, "ok": False, "error": reason})
            rows.append(("failed", reason))
            continue
        reports.append(report)
        rows.append(_row(report, ok))
        ready += ok
    if args.json:
        print_json(reports)
    # as export does: one line per handout at the end, so 30 handouts need no scrolling
    print(f"check: {ready} of {len(given)} handouts ready in every language:", file=sys.stderr)
    for state, what in rows:
        print(visible_line(f"  {state:<7} {what}"), file=sys.stderr)
    return 0 if ready == len(given) else 1


def _reason(name: str, exc: Exception) -> str:
    """Why a handout could not be checked, in one line naming it."""
    from summarizer.errors import UserError

    if isinstance(exc, UserError):
        return str(exc)
    return f"{name}: {getattr(exc, 'strerror', None) or exc}"


def _row(report: dict[str, object], ok: bool) -> tuple[str, str]:
    """The summary line of one checked handout: ready, or blocked with the languages
    refused and their error counts."""
    from summarizer.counting import count

    name = f"{report['id']} ({report['handout']})"
    if ok:
        return "ready", name
    locales: Any = report["locales"]
    refused = [f"{loc} ({count(st['errors'], 'error')})"
               for loc, st in locales.items() if not st["ready"]]
    return "blocked", f"{name}: refused {', '.join(refused) or 'none'}"


def _check_one(name: str, asked: list[str], heading: bool = False, quiet: bool = False
               ) -> tuple[dict[str, object], bool]:
    """Check one handout: its JSON report and whether it has no error; prints the table
    (under a heading naming the handout when several are checked) unless `quiet`."""
    from summarizer.checks import blocking, check_handout, summary_line
    from summarizer.commands._common import print_table
    from summarizer.handout_file import load_handout
    from summarizer.terminal import visible_line

    hdoc = load_handout(name)
    locales = asked or list(hdoc.handout.meta.locales)
    findings = check_handout(hdoc, locales)
    has_errors = any(f.severity == "error" for f in findings)
    report: dict[str, object] = {
        "handout": str(hdoc.path),
        "id": hdoc.handout.meta.id,
        "ok": not has_errors,
        "locales": {loc: {"ready": not blocking(findings, loc),
                          "errors": len(blocking(findings, loc))} for loc in locales},
        "findings": findings,
    }
    if quiet:
        return report, not has_errors
    if heading:
        print(visible_line(f"== {hdoc.handout.meta.id} ({hdoc.path})"))
    order = {"error": 0, "warning": 1}
    shown = sorted(findings, key=lambda f: (order.get(f.severity, 2), f.locale, f.code))
    if shown:
        print_table(["severity", "code", "locale", "item", "message"],
                    [[f.severity, f.code, f.locale or "all", f.item or "-", f.message]
                     for f in shown])
        print()
    for loc in locales:
        print(visible_line(summary_line(findings, loc)))
    if heading:
        print()
    return report, not has_errors
