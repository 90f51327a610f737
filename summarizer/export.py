"""Batch export: the gate decides which locales may be printed, a process pool prints them.

HTML is built in the calling process (fast, and it needs the catalogs and readability
caches); only WeasyPrint runs in the workers, fed plain HTML strings, so nothing
unpicklable crosses the process boundary. Each PDF is written atomically by the worker
that made it, so an interrupted export never leaves half a file under the final name.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import gc
import os
import re
import signal
import stat
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer import atomic
from summarizer.errors import UserError
from summarizer.forked import Forked

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from summarizer.handout_file import HandoutDocument

Progress = Callable[[str, "Path | None"], None]


@dataclass
class ExportResult:
    """What an export did: PDFs written, and locales refused with the findings why."""

    written: dict[str, Path] = field(default_factory=dict)
    refused: dict[str, list[Any]] = field(default_factory=dict)  # locale -> [checks.Finding]
    warnings: dict[str, list[Any]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.refused


def pdf_name(handout_id: str, locale: str) -> str:
    return f"{handout_id}.{locale}.pdf"


def _finding(code: str, message: str, locale: str, item: str = "") -> Any:
    from summarizer.checks import Finding

    return Finding(code=code, severity="error", message=message, locale=locale, item=item)


def gate(hdoc: HandoutDocument, locales: list[str]) -> tuple[dict[str, list[Any]],
                                                              dict[str, list[Any]]]:
    """(blocking findings, warnings) per locale, from the export gate in summarizer.checks
    (which also refuses a language whose app strings are missing or incomplete)."""
    from summarizer.checks import blocking, check_handout

    findings = check_handout(hdoc, locales)
    blocked: dict[str, list[Any]] = {}
    warned: dict[str, list[Any]] = {}
    for loc in locales:
        errors = blocking(findings, loc)
        if errors:
            blocked[loc] = errors
        notes = [f for f in findings if f.severity != "error" and f.locale in ("", loc)]
        if notes:
            warned[loc] = notes
    return blocked, warned


GateResult = tuple[dict[str, list[Any]], dict[str, list[Any]]]
Gated = Callable[[list[str]], "GateResult | None"]
Built = tuple[dict[str, str], dict[str, list[Any]]]  # (pages, refused) from build_pages


class ChildGate(Forked):
    """The answer of a forked child that ran the gate and built the pages (see
    gate_in_child): call it with the locales wanted for the gate's (blocked, warnings),
    or None when it has no answer for them; `pages` gives the HTML it built."""

    def __init__(self, pid: int, read_end: int, asked: list[str]) -> None:
        super().__init__(pid, read_end)
        self._asked = asked
        self._answer: list[tuple[GateResult, Any] | None] = []

    def _read(self) -> tuple[GateResult, Any] | None:
        """The child's answer (read and the child reaped on the first call, even if that
        read is interrupted)."""
        if not self._answer:
            import pickle

            result: Any = None
            try:
                data = self.read()
                try:
                    result = pickle.loads(data) if data else None
                except Exception:  # our own child's bytes; unreadable only if it died mid-write
                    result = None
            finally:
                ok = isinstance(result, tuple) and len(result) == 2 \
                    and isinstance(result[0], tuple) and len(result[0]) == 2
                self._answer.append(result if ok else None)
        return self._answer[0]

    def __call__(self, wanted: list[str]) -> GateResult | None:
        answer = self._read()
        return answer[0] if answer is not None and wanted == self._asked else None

    def pages(self, printable: list[str]) -> Built | None:
        """HTML per locale of `printable` (and what build_pages refused), as build_pages
        gives it with the default date, when the child built exactly those locales."""
        answer = self._read()
        if answer is None or answer[1] is None:
            return None
        built_for, pages, refused = answer[1]
        return (pages, refused) if built_for == printable else None


def gate_in_child(hdoc: HandoutDocument, locales: list[str]) -> ChildGate | None:
    """Run the gate, then build the PDF pages of the locales it passes, in a forked child,
    for a one-shot export: that is ~0.2 s of Python (sources, every rule, templates,
    reading grades, the glyph check) on the second core while this process imports
    WeasyPrint, instead of one after the other.

    The child checks this very `hdoc` (inherited, not re-read). Returns a ChildGate: it
    waits for the child's answer. None at once off Linux or once a thread runs (a child
    forked from a threaded process may deadlock).
    """
    import pickle

    asked = list(dict.fromkeys(locales))

    def answer() -> bytes:  # in the child
        verdict = gate(hdoc, asked)
        built: tuple[list[str], dict[str, str], dict[str, list[Any]]] | None = None
        try:
            refused: dict[str, list[Any]] = {}
            printable = [loc for loc in asked if loc not in verdict[0]]
            built = (printable, build_pages(hdoc, printable, refused), refused)
        except Exception:  # the parent builds the pages itself and reports it
            built = None
        return pickle.dumps((verdict, built))

    forked = Forked.fork(answer)
    return ChildGate(*forked, asked) if forked is not None else None


def prepare_out_dir(out: Path, what: str = "PDFs") -> None:
    """Make sure PDFs (or `what`) can be written into `out`, before a second is spent
    rendering.

    Without this an unwritable -o was found only after every locale was rendered, and
    reported once per locale as a render failure with the OS's terse reason.
    """
    if out.exists() and not out.is_dir():
        raise UserError(f"cannot write {what} here: it is a file, not a folder", str(out))
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".summarizer-probe.", dir=out)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise UserError(f"cannot write {what} into this folder: {reason}", str(out)) from None


def temp_name_pattern(handout_id: str) -> re.Pattern[str]:
    """Names of the temp files an export of `handout_id` leaves only when killed mid-write:
    atomic.write_bytes's ".<id>.<locale>.pdf.<8 random>.tmp" (or .html, or the owners
    file's) and prepare_out_dir's probe (tempfile's random part is 8 of [a-z0-9_])."""
    pdf = re.escape(handout_id) + r"\.[^/]+\.(?:pdf|html)"
    owners = re.escape(OWNERS_FILE[1:])
    return re.compile(rf"\.(?:(?:{pdf}|{owners})\.[a-z0-9_]{{8}}\.tmp"
                      rf"|summarizer-probe\.[a-z0-9_]{{8}})")


@contextlib.contextmanager
def _exclusive(out: Path, handout_id: str) -> Iterator[int]:
    """Hold an exclusive lock on the output folder while PDFs are written into it, and
    remove the temp files that earlier, killed exports left there. Returns how many.

    Under the lock no other export is writing into the folder, so every temp file of
    ours found there is stale. Only names matching our own pattern, only regular files,
    only directly in `out` are touched. A folder that cannot be locked is left as is.
    """
    try:
        fd = os.open(out, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        yield 0
        return
    try:
        try:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
        except (ImportError, OSError):
            yield 0
            return
        yield _remove_stale_temps(out, handout_id)
    finally:
        os.close(fd)  # releases the lock


def _remove_stale_temps(out: Path, handout_id: str) -> int:
    pattern = temp_name_pattern(handout_id)
    removed = 0
    with os.scandir(out) as entries:
        for entry in entries:
            if not pattern.fullmatch(entry.name):
                continue
            try:
                if stat.S_ISREG(entry.stat(follow_symlinks=False).st_mode):
                    os.unlink(entry.path)
                    removed += 1
            except OSError:
                continue
    return removed


# Which handout each file in an output folder came from, so that a second handout with the
# same id does not silently replace the first one's PDFs (name -> resolved handout.toml).
OWNERS_FILE = ".summarizer-exports.json"
_OWNERS_CAP = 4 << 20


def _read_owners(out: Path) -> dict[str, str]:
    """The folder's owners file; {} when absent, not a regular file, or corrupt (then the
    guard is off for files it would have named, and the next export rewrites it)."""
    import json

    from summarizer.paths import PathError, read_regular

    try:
        data = json.loads(read_regular(out / OWNERS_FILE, _OWNERS_CAP))
    except (PathError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}


def _same_file(a: str, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def refuse_collisions(out: Path, names: list[str], hdoc: HandoutDocument) -> None:
    """UserError when the folder holds a file of this id from another handout that still
    exists (two handouts with one id), whatever its language: `-l it` from one and `-l en`
    from the other would mix them; a moved or deleted handout frees its names."""
    if not names or not out.is_dir():
        return
    owners = _read_owners(out)
    me = hdoc.path.resolve()
    same_id = re.compile(re.escape(hdoc.handout.meta.id) + r"\.[^./]+\.(?:pdf|html)")
    for name in sorted(n for n in owners if n in names or same_id.fullmatch(n)):
        other = owners.get(name)
        if (other and other != str(me) and not _same_file(other, me)
                and Path(other).is_file() and (out / name).exists()):
            raise UserError(
                f"{name} here was exported from {other}, and {me} has the same id "
                f"{hdoc.handout.meta.id!r}: export one of them into another folder (-o) "
                "or give it another id", str(out))


def record_owner(out: Path, names: list[str], hdoc: HandoutDocument) -> None:
    """Note that `names` in `out` now come from this handout (atomic; best effort: a
    folder we cannot write the note into still gets its PDFs)."""
    import json

    if not names:
        return
    owners = _read_owners(out)
    me = str(hdoc.path.resolve())
    if all(owners.get(n) == me for n in names):
        return
    owners.update(dict.fromkeys(names, me))
    with contextlib.suppress(OSError):
        atomic.write_bytes(out / OWNERS_FILE,
                           json.dumps(owners, indent=1, sort_keys=True).encode("utf-8"))


def _die_with_parent(parent: int, use_prctl: bool) -> None:
    """Worker initializer: a worker must not outlive the export that started it.

    Killed with SIGKILL, the parent cannot shut its pool down, and each orphan held
    ~110 MB for minutes. On Linux the kernel kills the worker when its parent dies
    (PR_SET_PDEATHSIG); everywhere a daemon thread also watches os.getppid().
    PR_SET_PDEATHSIG fires when the *thread* that forked the worker ends, so it is only
    used when the pool is created from the main thread.
    """
    signal.signal(signal.SIGINT, _stop_quietly)
    if use_prctl and sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_pdeathsig = 1
            libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the line above ran
        os._exit(1)
    def watch() -> None:
        while True:
            if os.getppid() != parent:
                os._exit(1)
            threading.Event().wait(1.0)

    threading.Thread(target=watch, name="summarizer-parent-watch", daemon=True).start()
    global _worker_ready
    _worker_ready = True


_worker_ready = False  # set in a worker once its initializer has run


def _stop_quietly(signum: int, frame: object) -> None:
    """A worker's SIGINT handler: Ctrl+C reaches the whole process group, and the parent
    reports what is done and what is not, so a worker stops without a traceback of its
    own. Once started it ends as KeyboardInterrupt would (SystemExit is quiet in
    multiprocessing; a render it was running ends as that job's error, its atomic write
    cleaned up); in its initializer, which writes nothing and whose exceptions
    concurrent.futures logs, it just exits."""
    if not _worker_ready:
        os._exit(1)
    raise SystemExit(1)


def _render_job(html: str, out_path: str, where: str) -> tuple[str | None, str]:
    """Worker: HTML -> PDF -> atomic file. Returns (path, "") or (None, reason)."""
    from summarizer.render import RenderError, html_to_pdf

    try:
        pdf = html_to_pdf(html, where=where)
    except RenderError as exc:
        return None, exc.message
    try:
        atomic.write_bytes(out_path, pdf)
    except OSError as exc:
        return None, f"cannot write {out_path}: {exc.strerror or exc}"
    return out_path, ""


def _render_bytes(html: str, where: str) -> tuple[bytes | None, str]:
    """Worker: HTML -> PDF bytes, written by the calling process once the gate has passed
    the locale. Returns (pdf, "") or (None, reason)."""
    from summarizer.render import RenderError, html_to_pdf

    try:
        return html_to_pdf(html, where=where), ""
    except RenderError as exc:
        return None, exc.message


def _pool_context() -> Any:
    """fork where it exists: workers inherit the already imported modules (and WeasyPrint,
    when the parent has loaded it), so a worker starts in milliseconds."""
    import multiprocessing

    if sys.platform != "win32" and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


_preload: threading.Thread | None = None


def preload_renderer() -> None:
    """Start importing WeasyPrint and pikepdf in a thread, for a one-shot export.

    Their import (~0.3 s once summarizer.weasy answers WeasyPrint's library look-ups
    from the cache) partly waits on the disk and the dynamic linker. The gate and the
    HTML need neither, so a command that will render starts this first and the two
    overlap. Joined before any fork (a worker forked mid-import would inherit held
    import locks) and before rendering; a failed import is left to the renderer to report.
    """
    global _preload
    if _preload is not None or "weasyprint" in sys.modules:
        return

    def load() -> None:
        with contextlib.suppress(Exception):
            import pikepdf  # noqa: F401

            import summarizer.pdf_ua  # noqa: F401
            from summarizer import weasy

            weasy.load()

    _preload = threading.Thread(target=load, name="summarizer-preload", daemon=True)
    _preload.start()


def _await_preload() -> None:
    if _preload is not None:
        _preload.join()


_pool: ProcessPoolExecutor | None = None
_pool_size = 0


def _worker_pool(size: int) -> ProcessPoolExecutor:
    """Worker processes kept for the life of this process (the editor exports many times).

    Forking costs more than the fork itself: every page the parent and the child still
    share is copied on first write, by either side, for the whole of the next render.
    A kept worker pays that once; a fresh one pays it on every export.
    """
    global _pool, _pool_size
    if _pool is not None and _pool_size >= size:
        return _pool
    _await_preload()
    _discard_pool()
    gc.freeze()  # don't let the parent's collector dirty the pages the workers share
    try:
        on_main = threading.current_thread() is threading.main_thread()
        from concurrent.futures import ProcessPoolExecutor  # a one-shot never needs it

        _pool = ProcessPoolExecutor(max_workers=size, mp_context=_pool_context(),
                                    initializer=_die_with_parent,
                                    initargs=(os.getpid(), on_main))
        _pool_size = size
        # start the workers now, while the heap is frozen
        for fut in [_pool.submit(os.getpid) for _ in range(size)]:
            fut.result()
    finally:
        gc.unfreeze()
    return _pool


def _discard_pool() -> None:
    global _pool, _pool_size
    if _pool is not None:
        _pool.shutdown(wait=False, cancel_futures=True)
    _pool, _pool_size = None, 0


atexit.register(_discard_pool)


def html_name(handout_id: str, locale: str) -> str:
    return f"{handout_id}.{locale}.html"


def write_html_pages(pages: dict[str, str], out: Path, handout_id: str,
                     done: Callable[[str, str | None, str], None]) -> None:
    """Each locale's self-contained page, written atomically (no rendering to wait for)."""
    for loc, html in pages.items():
        from summarizer.paths import inside

        target = inside(out, html_name(handout_id, loc), what="HTML name")
        try:
            atomic.write_bytes(target, html.encode("utf-8"))
        except OSError as exc:
            done(loc, None, f"cannot write {target}: {exc.strerror or exc}")
            continue
        done(loc, str(target), "")


def build_pages(hdoc: HandoutDocument, locales: list[str], refused: dict[str, list[Any]],
                *, today: dt.date | None = None, fmt: str = "pdf") -> dict[str, str]:
    """HTML per locale that can be printed; failures go into `refused`.

    Each page's "also available in" names exactly the languages exported with it, so a
    locale refused here (a missing string, a character no installed font draws) is
    checked before the worker processes start and left out of the other pages' lists.
    """
    from summarizer import font_subset
    from summarizer.render import RenderError, html_locale, missing_glyphs, render_html

    pages: dict[str, str] = {}
    together = list(locales)
    for _attempt in range(2):
        pages = {}
        for loc in together:
            try:
                html = render_html(hdoc, loc, today=today, exported=together, fmt=fmt)
                # an HTML page is drawn with the reader's fonts; a PDF with ours
                gaps = missing_glyphs(html, html_locale(html)) if fmt == "pdf" else []
            except RenderError as exc:
                refused[loc] = [_finding("RENDER-FAILED", exc.message, loc)]
                continue
            if gaps:
                shown = ", ".join(f"{c!r} (U+{ord(c):04X})" for c in gaps[:5])
                refused[loc] = [_finding("RENDER-GLYPH-MISSING",
                                         f"no installed font for {loc} draws {shown}", loc)]
                continue
            if fmt == "pdf":  # a CJK page's cut font, made here (once: it is cached) so
                font_subset.cut_faces(html, loc)  # that worker processes only read it
            pages[loc] = html
        if list(pages) == together:
            break
        together = list(pages)
    return pages


def export_handout(
    hdoc: HandoutDocument,
    locales: list[str] | None,
    out_dir: str | os.PathLike[str],
    jobs: int = 1,
    progress: Progress | None = None,
    *,
    today: dt.date | None = None,
    fmt: str = "pdf",
    gated: Gated | None = None,
) -> ExportResult:
    """Check, then render every locale that passes; `jobs` > 1 renders in processes.

    fmt "html" writes <id>.<locale>.html instead: the same page, self-contained.
    `gated`: the gate's answer computed elsewhere for this handout (gate_in_child)."""
    meta = hdoc.handout.meta
    wanted = list(dict.fromkeys(locales or meta.locales))
    if not wanted:
        raise UserError("no language to export", str(hdoc.path))
    out = Path(out_dir)
    result = ExportResult()
    # With worker processes, the pages are built and handed to them before the gate
    # runs, so the gate (the one serial step, ~40 ms a handout) overlaps their rendering;
    # nothing is written until the gate has passed a locale (see _render_in_workers).
    ahead = _render_ahead(hdoc, wanted, jobs, today) if fmt == "pdf" and jobs > 1 else {}
    try:
        return _export(hdoc, wanted, out, result, ahead, jobs, progress, today, fmt, gated)
    finally:
        _drop(ahead)  # what the gate refused, or everything after an error: never written


def _export(hdoc: HandoutDocument, wanted: list[str], out: Path, result: ExportResult,
            ahead: Ahead, jobs: int, progress: Progress | None, today: dt.date | None,
            fmt: str, gated: Gated | None = None) -> ExportResult:
    meta = hdoc.handout.meta
    answer = gated(wanted) if gated is not None else None
    blocked, result.warnings = answer if answer is not None else gate(hdoc, wanted)
    result.refused.update(blocked)
    name_of = html_name if fmt == "html" else pdf_name
    from summarizer.paths import check_output  # no link inside a handout (editor's out/ too)

    check_output(out, handout_dir=hdoc.base_dir)
    refuse_collisions(out, [name_of(meta.id, loc) for loc in wanted], hdoc)
    if any(loc not in result.refused for loc in wanted):
        prepare_out_dir(out, "HTML pages" if fmt == "html" else "PDFs")

    printable = [loc for loc in wanted if loc not in result.refused]
    built = gated.pages(printable) if isinstance(gated, ChildGate) and answer is not None \
        and today is None and fmt == "pdf" else None
    if built is not None:  # the child built them while this process loaded WeasyPrint
        pages = built[0]
        result.refused.update(built[1])
    elif ahead and list(ahead) == printable == wanted:
        # every page was built (for these very languages) and handed to the workers
        # before the gate, which then passed them all: the same pages, not built again
        pages = {loc: html for loc, (html, _future) in ahead.items()}
    else:
        pages = build_pages(hdoc, printable, result.refused, today=today, fmt=fmt)
    for loc in wanted:
        if loc in result.refused and progress is not None:
            progress(loc, None)

    def done(loc: str, path: str | None, reason: str) -> None:
        if path is None:
            code = "RENDER-GLYPH-MISSING" if "glyph" in reason else "RENDER-FAILED"
            result.refused[loc] = [_finding(code, reason, loc)]
        else:
            result.written[loc] = Path(path)
        if progress is not None:
            progress(loc, Path(path) if path else None)

    if not pages:
        return result
    # Workers are forked before the folder is locked: a child forked under the lock
    # inherits the locked descriptor and keeps the lock after the export, so the next
    # export into the folder from this process waited forever (langs, found by the
    # render benchmark).
    parallel = fmt == "pdf" and min(jobs, len(pages)) > 1
    if parallel:
        _worker_pool(min(jobs, len(pages)))
    names = [name_of(meta.id, loc) for loc in pages]
    _await_preload()
    with _exclusive(out, meta.id):
        refuse_collisions(out, names, hdoc)  # again, now that no other export writes here
        if fmt == "html":
            write_html_pages(pages, out, meta.id, done)
        elif parallel:
            _render_in_workers(pages, ahead, out, hdoc, done, jobs)
        else:
            _render_here(pages, out, hdoc, done)
        record_owner(out, [name_of(meta.id, loc) for loc in pages if loc in result.written],
                     hdoc)
    # Report in the order asked for, whatever order the workers finished in.
    result.written = {loc: result.written[loc] for loc in wanted if loc in result.written}
    return result


def _targets(pages: dict[str, str], out: Path, hdoc: HandoutDocument) -> dict[str, str]:
    from summarizer.paths import inside

    # id and locale are schema-checked names; `inside` proves the file stays in out/
    return {loc: str(inside(out, pdf_name(hdoc.handout.meta.id, loc), what="PDF name"))
            for loc in pages}


def _render_here(pages: dict[str, str], out: Path, hdoc: HandoutDocument,
                 done: Callable[[str, str | None, str], None]) -> None:
    """jobs=1, or one page: render in this process, one page after the other."""
    targets = _targets(pages, out, hdoc)
    for loc, html in pages.items():
        done(loc, *_render_job(html, targets[loc], f"{hdoc.path} [{loc}]"))


Ahead = dict[str, tuple[str, "Future[tuple[bytes | None, str]]"]]


def _render_ahead(hdoc: HandoutDocument, wanted: list[str], jobs: int,
                  today: dt.date | None) -> Ahead:
    """Build every page as if the gate will pass every locale and start rendering them in
    the worker processes: locale -> (html, future). Only a head start: a page the gate
    later changes (a refused locale drops out of "also available in") is rendered again,
    and a refused locale's PDF is never written. Any failure here means no head start."""
    size = min(jobs, len(wanted))
    if size < 2 or _pool is None or _pool_size < size:
        # Only in a process that already has its workers (a batch, the editor): forking
        # them would first wait for WeasyPrint's import, and a refused one-shot export
        # would then wait for renders it throws away.
        return {}
    try:
        pages = build_pages(hdoc, wanted, {}, today=today)
    except Exception:  # the gate and build_pages after it report the problem properly
        return {}
    if len(pages) < 2:
        return {}
    pool = _worker_pool(size)
    return {loc: (html, pool.submit(_render_bytes, html, f"{hdoc.path} [{loc}]"))
            for loc, html in pages.items()}


def _drop(ahead: Ahead) -> None:
    for _html, fut in ahead.values():
        fut.cancel()  # one already running finishes in its worker and is discarded


def _render_in_workers(pages: dict[str, str], ahead: Ahead, out: Path, hdoc: HandoutDocument,
                       done: Callable[[str, str | None, str], None], jobs: int) -> None:
    """Every page rendered by the worker processes (jobs of them), each PDF written here
    as it arrives. A page rendered ahead of the gate is used only if the final page is
    the very same HTML; the calling process meanwhile ran the gate, so it renders none."""
    from concurrent.futures import as_completed
    from concurrent.futures.process import BrokenProcessPool

    targets = _targets(pages, out, hdoc)
    pool = _worker_pool(min(jobs, len(pages)))
    futures: dict[Future[tuple[bytes | None, str]], str] = {}
    for loc, html in pages.items():
        early = ahead.pop(loc, None)
        if early is not None and early[0] == html:
            futures[early[1]] = loc
        else:
            futures[pool.submit(_render_bytes, html, f"{hdoc.path} [{loc}]")] = loc
    for fut in as_completed(futures):
        loc = futures[fut]
        try:
            pdf, reason = fut.result()
        except BrokenProcessPool:
            _discard_pool()
            pdf, reason = None, "the rendering process stopped unexpectedly; try --jobs 1"
        if pdf is None:
            done(loc, None, reason)
            continue
        try:
            atomic.write_bytes(targets[loc], pdf)
        except OSError as exc:
            done(loc, None, f"cannot write {targets[loc]}: {exc.strerror or exc}")
            continue
        done(loc, targets[loc], "")
