"""`summarizer check`: the export gate, run on its own (what would block a PDF, and why)."""

from __future__ import annotations

import argparse

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

exit codes: 0 no errors (warnings allowed), 1 an error, or the handout cannot be read,
2 usage (an unknown language code)
"""


LIBRARY = True  # takes --library DIR (summarizer.paths: where sources may be read from)


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("handout", metavar="HANDOUT", help="handout.toml (or its folder)")
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
    from summarizer.checks import blocking, check_handout, summary_line
    from summarizer.commands._common import print_json, print_table
    from summarizer.handout_file import load_handout
    from summarizer.schema import canonical_locales
    from summarizer.terminal import visible_line

    asked = canonical_locales(args.locale or ())  # "-l ES -l es" is one language
    hdoc = load_handout(args.handout)
    locales = asked or list(hdoc.handout.meta.locales)
    findings = check_handout(hdoc, locales)
    has_errors = any(f.severity == "error" for f in findings)
    if args.json:
        print_json({
            "handout": str(hdoc.path),
            "ok": not has_errors,
            "locales": {loc: {"ready": not blocking(findings, loc),
                              "errors": len(blocking(findings, loc))} for loc in locales},
            "findings": findings,
        })
        return 1 if has_errors else 0
    order = {"error": 0, "warning": 1}
    shown = sorted(findings, key=lambda f: (order.get(f.severity, 2), f.locale, f.code))
    if shown:
        print_table(["severity", "code", "locale", "item", "message"],
                    [[f.severity, f.code, f.locale or "all", f.item or "-", f.message]
                     for f in shown])
        print()
    for loc in locales:
        print(visible_line(summary_line(findings, loc)))
    return 1 if has_errors else 0
