"""A catalog's strict check (summarizer.po_check), remembered between runs.

Checking a catalog costs tens of milliseconds (Babel's format checker scans every
installed package's entry points when it is imported), and the gate and the renderer
check the same unchanged catalogs on every `check` and `export`. The answer depends only
on the file's bytes, the checker's code and Babel's version, so it is kept in the user's
cache under their digests (summarizer.usercache: atomic, a corrupt file is recomputed).
An unreadable file is never cached.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from summarizer import po_check

PO_CHECK = Path(po_check.__file__).resolve()
I18N = PO_CHECK.parent / "i18n.py"  # the code that builds a compiled catalog's status
CACHE_KIND = "po-check"


def problems(path: Path, *, app: bool = False) -> list[po_check.Problem]:
    """Every problem po_check.check_file finds in the catalog at `path`."""
    import hashlib

    import babel

    from summarizer import usercache
    from summarizer.paths import PathError, read_regular

    where = str(path)
    try:
        data = read_regular(path, po_check.MAX_BYTES, "catalog")
    except PathError:
        return po_check.check_file(path, app=app).problems
    key = "|".join((where, str(app), hashlib.sha256(data).hexdigest(),
                    usercache.code_key(str(PO_CHECK)), babel.__version__))
    hit = usercache.read_entry(CACHE_KIND, key)
    if isinstance(hit, list) and all(
            isinstance(p, list) and len(p) == 3 and isinstance(p[0], int)
            and isinstance(p[1], str) and isinstance(p[2], str) for p in hit):
        return [po_check.Problem(where, line, message, severity)
                for line, severity, message in hit]
    found = po_check.check_bytes(data, where, app=app).problems
    usercache.write_entry(CACHE_KIND, key, [[p.line, p.severity, p.message] for p in found])
    return found


def first_error(path: Path, *, app: bool = False) -> str:
    """po_check.first_error for the catalog at `path` ('' when it has no error)."""
    return po_check.first_error(po_check.Parsed([], [], "", problems(path, app=app)))


COMPILED_KIND = "app-catalog"


def compiled(path: Path, locale: str, extra: Path | None,
             build: Callable[[], tuple[bytes, list[Any]]]) -> tuple[bytes, list[Any]]:
    """An app catalog compiled to .mo bytes, with its status as plain data (`build`'s
    answer), remembered while the catalog's bytes, `extra` (the .pot its completeness is
    judged by), Babel's version and the code that built it are unchanged.

    Babel's PO reader takes ~30 ms for one app catalog (its import included), on every
    `export` of every language; reading the .mo back takes well under one. `build` runs
    the reader (and raises on a bad catalog, which is never cached)."""
    import base64
    import hashlib

    import babel

    from summarizer import usercache
    from summarizer.paths import PathError, read_regular

    try:
        digests = [hashlib.sha256(read_regular(p, po_check.MAX_BYTES, "catalog")).hexdigest()
                   if p is not None else "-" for p in (path, extra)]
    except PathError:
        return build()
    key = "|".join((str(path), locale, *digests, babel.__version__,
                    usercache.code_key(__file__), usercache.code_key(str(I18N)),
                    usercache.code_key(str(PO_CHECK))))  # its check passed when it was built
    hit = usercache.read_entry(COMPILED_KIND, key)
    if isinstance(hit, dict) and isinstance(hit.get("mo"), str) \
            and isinstance(hit.get("status"), list):
        try:
            return base64.b64decode(hit["mo"], validate=True), hit["status"]
        except ValueError:
            pass
    mo, status = build()
    usercache.write_entry(COMPILED_KIND, key, {"mo": base64.b64encode(mo).decode("ascii"),
                                               "status": status})
    return mo, status
