"""Gate rule I18N-CATALOG-INVALID: the catalogs a language is printed from, read strictly.

A catalog that Babel would read leniently (an unterminated string, a duplicate msgid,
an unknown charset, a placeholder the template cannot fill) blocks that language, with
the `file:line` of each problem (summarizer.po_check, msgfmt -c parity). Both the
handout's own catalog and the app's catalog for the language are checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from summarizer.gate.findings import Finding
from summarizer.gate.registry import Context, LocaleView, rule

CODE = "I18N-CATALOG-INVALID"


def _problems(ctx: Context, path: Path, shown: str, app: bool) -> list[Finding]:
    from summarizer import po_cache

    def check() -> list[Finding]:
        out = []
        for p in po_cache.problems(path, app=app):  # remembered while the file is unchanged
            where = f"{shown}:{p.line}" if p.line else shown
            out.append(Finding(CODE, p.severity, f"{where}: {p.message}"))
        return out
    return ctx.memo(f"po-check:{path}", check)


def _app_catalog(locale: str, handout_dir: Path | None = None) -> Path | None:
    """The app catalog the locale is printed with (handout folder, data folders, package)."""
    from summarizer import i18n

    return i18n.find_app_catalog(locale, handout_dir)


@rule(CODE, "error", "locale",
      "a catalog with a syntax error, a duplicate, a bad header or charset, or a broken "
      "placeholder (FILE:LINE given)")
def catalog_invalid(ctx: Context, view: LocaleView) -> Iterator[Finding]:
    from summarizer import catalogs

    found: list[Finding] = []
    if ctx.hdoc is not None and not view.is_source:
        path = catalogs.catalog_path(ctx.hdoc, view.locale)
        if path.exists() or path.is_symlink():  # a FIFO or a dangling link is a problem too
            shown = path.relative_to(ctx.hdoc.base_dir).as_posix()
            found += _problems(ctx, path, shown, app=False)
    app = _app_catalog(view.locale, ctx.hdoc.base_dir if ctx.hdoc is not None else None)
    if app is not None:
        found += _problems(ctx, app, f"app catalog {app}", app=True)
    for f in found:
        yield Finding(f.code, f.severity, f.message, view.locale, f.item)
