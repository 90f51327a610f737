"""`summarizer translations`: start, merge, measure and compile a handout's translations."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.handout_file import HandoutDocument

NAME = "translations"
ORDER = 65
HELP = "translation catalogs of a handout: init, update, status, compile"
DESCRIPTION = """\
Each language of a handout has a gettext catalog beside it:
  <handout folder>/locales/<lang>/LC_MESSAGES/handout.po
Every string the handout prints (title, summary, notices, claims, contact names) is a
message: msgid is the source-language text, msgstr its translation. Comments (#.)
say where each string is used and quote the source sentence behind it.

Translator workflow:
  1. summarizer translations init HANDOUT --locale es   create an empty catalog
  2. translate: edit handout.po (Poedit, Weblate, any text editor), or use the
     Translations tab of `summarizer edit`
  3. summarizer translations status HANDOUT              what is missing or fuzzy
  4. after the handout's text changes:
     summarizer translations update HANDOUT             merge the new text in; a
     reworded string becomes "fuzzy" and keeps the old translation as a suggestion:
     check it, fix it, then delete its "#, fuzzy" line
  5. summarizer translations compile HANDOUT             write handout.mo (optional:
     export reads the .po directly); refuses while anything is missing or fuzzy

Keep every number (phone numbers such as 988!) and {placeholder} of the source text:
a translation that drops one is reported and blocks the export.
Without --locale, every language of the handout except its source language.

exit codes: 0 done (status: all complete), 1 something missing, fuzzy or refused,
2 usage (an unknown language code)
"""

ACTIONS = ("init", "update", "status", "compile")


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=ACTIONS, help="what to do (see above)")
    p.add_argument("handout", metavar="HANDOUT", help="handout.toml (or its folder)")
    p.add_argument("--locale", "-l", action="append", metavar="LANG", default=None,
                   help="language code such as es or es-US (repeatable)")
    p.add_argument("--json", action="store_true", help="machine-readable output")


def _strings(title: str, strings: list[str]) -> None:
    from summarizer.terminal import visible_line

    if strings:
        print(f"  {title}:")
        for s in strings:
            print(f"    - {visible_line(' '.join(s.split()))}")


def _not_listed(loc: str) -> str:
    """What a catalog of a language the handout does not list means (export -l takes it,
    with the gate's I18N-NOT-LISTED warning)."""
    return (f"not in the handout's locales: add {loc!r} to [handout] locales so it is "
            f"checked and exported with the others; `export -l {loc}` works but warns")


def _add_locale(hdoc: HandoutDocument, loc: str) -> None:
    """List `loc` in [handout] locales and save (atomic; comments and order kept), so the
    new language is checked and exported with the others, as the README promises."""
    from summarizer.errors import HandoutError

    hdoc.handout.meta.locales.append(loc)
    try:
        hdoc.save()
    except OSError as exc:
        raise HandoutError(f"cannot add {loc!r} to its locales: {exc.strerror or exc}",
                           str(hdoc.path)) from None


def _bytes(path: Path) -> bytes | None:
    """The catalog's bytes (None when absent or unreadable: a FIFO is not waited on), so
    `update` says "unchanged" when they stay the same."""
    from summarizer.paths import MAX_HANDOUT_BYTES, PathError, read_regular

    try:
        return read_regular(path, MAX_HANDOUT_BYTES, "catalog")
    except PathError:
        return None


def _same(a: str, b: str) -> bool:
    return a.replace("-", "_").lower() == b.replace("-", "_").lower()


def run(args: argparse.Namespace) -> int:
    from summarizer import catalogs
    from summarizer.commands._common import print_json
    from summarizer.errors import UserError
    from summarizer.handout_file import load_handout
    from summarizer.schema import canonical_locale, canonical_locales
    from summarizer.terminal import visible_line

    asked = canonical_locales(args.locale or ())  # "-l ES -l es" is one language
    hdoc = load_handout(args.handout)
    meta = hdoc.handout.meta
    # every language the handout lists and every catalog on disk (a language not yet in
    # `locales` is still reported and merged, so its strings turn fuzzy, not missing)
    on_disk = [canonical_locale(loc) or loc for loc in catalogs.disk_locales(hdoc)
               if not catalogs.is_source_locale(hdoc, loc)
               and not any(_same(loc, t) for t in catalogs.target_locales(hdoc))]
    locales = asked or list(dict.fromkeys([*catalogs.target_locales(hdoc), *on_disk]))
    for loc in locales:
        catalogs.normalize_locale(loc)  # an unknown code fails before anything is written
    if not locales:
        message = (f"the handout has only its source language ({meta.source_locale}); add "
                   "languages with locales = [...] in its [handout] table")
        if args.action != "status":
            raise UserError(message, str(hdoc.path))
        if args.json:
            print_json({"handout": str(hdoc.path), "ok": True, "locales": []})
        else:
            print(visible_line(message))
        return 0

    if args.action == "status":
        from summarizer.language_needs import needs

        statuses = [catalogs.catalog_status(hdoc, loc) for loc in locales]
        extra = {s.locale: needs(hdoc, s.locale) for s in statuses}
        ok = all(s.complete and not extra[s.locale].todo() for s in statuses)
        if args.json:
            print_json({"handout": str(hdoc.path), "ok": ok, "locales": statuses,
                        "needs": {loc: {"app": n.app, "word_lists": n.word_lists,
                                        "word_lists_missing": n.word_lists_missing,
                                        "fonts": n.fonts, "todo": n.todo()}
                                  for loc, n in extra.items()}})
            return 0 if ok else 1
        width = max(6, *(len(visible_line(s.locale)) + 1 for s in statuses))
        for s in statuses:
            line = (f"{visible_line(s.locale):<{width}}{s.translated}/{s.total} translated, "
                    f"{len(s.missing)} missing, {len(s.fuzzy)} fuzzy")
            if s.placeholder_errors:
                line += (f", {len(s.placeholder_errors)} lost a number or placeholder")
            if not s.exists:
                line += " (no catalog yet: run `summarizer translations init`)"
            print(line)
            if s.exists:
                _strings("missing", s.missing)
                _strings("fuzzy (the source text changed; check, then unmark)",
                         [f for f in s.fuzzy if f not in s.stale])
                _strings("fuzzy, stale (the source text was edited after it was translated: "
                         "run `summarizer translations update`, check the earlier "
                         "translation it keeps, then unmark)", s.stale)
                _strings("numbers or placeholders", s.placeholder_errors)
            app = extra[s.locale].app
            if app.path and not app.error:
                print(visible_line(f"      app strings: {app.translated}/{app.total} translated "
                                   f"({app.path})"))
                _strings("app strings missing", app.missing)  # named, as handout strings are
                _strings("app strings fuzzy (check, then unmark)", app.fuzzy)
            if s.locale not in meta.locales:
                print(visible_line(f"      {_not_listed(s.locale)}"))
            for item in extra[s.locale].todo():
                print(visible_line(f"      still needed: {item}"))
        return 0 if ok else 1

    from summarizer.language_needs import init_app_catalog, needs

    results: list[dict[str, object]] = []
    failed = False
    for loc in locales:
        changed = True
        try:
            if args.action == "init":
                path = catalogs.init_catalog(hdoc, loc)
                app_path = init_app_catalog(hdoc, loc)
                if loc not in meta.locales:  # adding a language means exporting it too
                    from summarizer.language_needs import typo_warning

                    typo = typo_warning(loc, [meta.source_locale, *meta.locales])
                    if typo:  # "frr" for fr: a real language, said, not refused
                        print(visible_line(typo), file=sys.stderr)
                    _add_locale(hdoc, loc)
                    if not args.json:
                        print(visible_line(f"{loc}: added to [handout] locales in "
                                           f"{hdoc.path}"))
                if app_path is not None and not args.json:
                    print(visible_line(f"{loc}: created {app_path} (the app's headings and "
                                       "notices, untranslated)"))
            elif args.action == "update":
                before = _bytes(catalogs.catalog_path(hdoc, loc))
                path = catalogs.update_catalog(hdoc, loc)
                changed = _bytes(path) != before
            else:
                path = catalogs.compile_catalog(hdoc, loc)
        except UserError as exc:
            failed = True
            results.append({"locale": loc, "ok": False, "error": str(exc)})
            if not args.json:  # what went wrong goes where every command says it
                print(f"summarizer: {visible_line(loc)}: {visible_line(str(exc))}",
                      file=sys.stderr)
            continue
        results.append({"locale": loc, "ok": True, "path": str(path), "changed": changed})
        if not args.json:
            note = "" if loc in meta.locales else f" ({_not_listed(loc)})"
            verb = {"init": "created", "update": "updated" if changed else "unchanged",
                    "compile": "compiled"}[args.action]
            print(visible_line(f"{loc}: {verb} {path}{note}"))
            if args.action == "init":
                for item in needs(hdoc, loc).todo():
                    if not item.startswith("app strings"):  # just created: translate it
                        print(visible_line(f"{loc}: still needed: {item}"))
    if args.json:
        print_json({"handout": str(hdoc.path), "ok": not failed, "results": results})
    return 1 if failed else 0
