"""A catalog's strict check (summarizer.po_check), remembered between runs.

Checking a catalog costs tens of milliseconds (Babel's format checker scans every
installed package's entry points when it is imported), and the gate and the renderer
check the same unchanged catalogs on every `check` and `export`. The answer depends only
on the file's bytes, the checker's code and Babel's version, so it is kept in the user's
cache under their digests (summarizer.usercache: atomic, a corrupt file is recomputed).
An unreadable file is never cached.
"""

from __future__ import annotations

from pathlib import Path

from summarizer import po_check

PO_CHECK = Path(po_check.__file__).resolve()
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
