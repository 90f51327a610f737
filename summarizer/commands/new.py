"""`summarizer new`: start a handout from a set of articles."""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer.errors import UsageError
from summarizer.terminal import visible_line

if TYPE_CHECKING:
    from summarizer.handout_file import HandoutDocument

NAME = "new"
ORDER = 10
HELP = "create a handout folder with its sources registered"
DESCRIPTION = """\
Create DIR/handout.toml with the given articles registered as sources and no
claims chosen yet. Sources may be web addresses (http/https), .txt, .md, .html,
.pdf or .docx files, or folders of them; ones that cannot be read are reported
and left out. Each is kept inside the handout as DIR/sources/<id>.<ext>, with
its URL or original path, retrieval time and sha256 in handout.toml, so the
folder works offline and wherever it is copied.

examples:
  summarizer new handouts/ketamine --sources ../shared/seeds/ --locale en --locale es
  summarizer new handouts/ketamine --sources https://example.org/news/ketamine.html
"""


def _region(value: str) -> str:
    """A country code the schema accepts, checked before anything is fetched or written,
    so `new` never writes a handout that `verify` and `edit` then refuse to open (nor
    cites a line of a file it did not create)."""
    from summarizer.locale_codes import canonical_region, region_suggestion
    from summarizer.rulebook import regions

    code = canonical_region(value)  # "UK" is stored as GB
    if code is None:
        ruled = ", ".join(sorted(regions().by_code))
        near = region_suggestion(value)
        hint = f"did you mean {near}? " if near else ""
        raise UsageError(f"--region {value}: not a known region (an ISO 3166 two-letter "
                         f"country code); {hint}known with crisis lines or a regulator: "
                         f"{ruled}")
    return code


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("directory", metavar="DIR", help="folder for the new handout (created)")
    p.add_argument("--sources", nargs="+", action="extend", required=True, metavar="URL|PATH",
                   help="web addresses, article files or folders of articles (repeatable)")
    p.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                   help="give up on a URL after this long (default 20)")
    p.add_argument("--title", default="",
                   help="handout title (default: the drug most sources name, as they "
                        "write it, else DIR's name)")
    p.add_argument("--id", dest="handout_id", default="", help="handout id (default: from DIR)")
    p.add_argument("--region", default="US",
                   help="two-letter country code; decides crisis lines and regulator (default US)")
    p.add_argument("--locale", "-l", dest="locales", action="append", metavar="LANG",
                   help="a handout language, repeatable; the first is the source language "
                        "(default: en)")
    p.add_argument("--target-grade", type=float, default=8.0,
                   help="reading grade to aim for (default 8)")
    p.add_argument("--force", action="store_true", help="replace an existing handout.toml")


def _say_language_mismatch(loaded: list, locales: list[str]) -> None:
    """The first --locale is the language the handout is written in, and quotes are read
    with its word lists: say so when the articles are in another language (one line)."""
    from summarizer.locale_codes import base_language
    from summarizer.sources.language import guess_language

    source = base_language(locales[0])
    langs = {guess_language(src.text, default="") for src in loaded} - {""}
    if len(langs) == 1 and source not in langs:
        (lang,) = langs
        rest = " ".join(f"--locale {loc}" for loc in locales if loc != lang)
        print(visible_line(
            f"summarizer: warning: the articles are written in {lang}, but the handout's "
            f"source language (the first --locale) is {locales[0]}; quotes are compared in "
            f"it. To write it in {lang} and translate: --locale {lang} {rest}".rstrip()),
            file=sys.stderr)


def _create(folder: Path, items: list, ids: list[str],
            args: argparse.Namespace) -> tuple[HandoutDocument, list, str]:
    """Make the handout all-or-nothing, so a failure (a full disk, ctrl-c) never leaves a
    handout.toml without its sources or snapshots without a handout.toml.

    A new folder is built whole beside its place under a hidden name and renamed into
    place at the end; the parents made for it go again on failure. In a folder that
    existed, the snapshots are written first and handout.toml once, last and atomically;
    on failure the snapshots written are removed and the folder is left as it was.
    """
    import shutil

    from summarizer import atomic
    from summarizer.errors import HandoutError
    from summarizer.handout_file import HANDOUT_FILENAME, new_handout
    from summarizer.sources.snapshot import SNAPSHOT_DIR, discard, keep

    existed = folder.exists() or folder.is_symlink()
    if existed and args.force and (folder / HANDOUT_FILENAME).exists():
        return _replace(folder, items, ids, args)
    made: list[Path] = []  # parents created for a new folder, deepest first
    stage: Path | None = folder if existed else None
    snapshots_existed = existed and (folder / SNAPSHOT_DIR).exists()
    written: list[Path] = []
    try:
        if stage is None:
            made = _make_parents(folder)
            stage = _stage_beside(folder)
        loaded, refs, written = keep(stage, items, ids)
        hdoc = new_handout(folder, loaded, title=args.title, handout_id=args.handout_id,
                           region=args.region, locales=args.locales or ["en"],
                           target_grade=args.target_grade, source_ids=ids,
                           overwrite=args.force, write=False)
        hdoc.handout.sources[:] = refs  # with origin, URL and retrieval time
        try:
            atomic.write_text(stage / HANDOUT_FILENAME, hdoc.dumps())
        except OSError as exc:
            raise HandoutError(f"cannot write: {exc.strerror or exc}", str(hdoc.path)) from None
        if not existed:
            _rename_into_place(stage, folder)
    except BaseException:
        if existed:
            discard(written)
            if not snapshots_existed:
                with contextlib.suppress(OSError):
                    (folder / SNAPSHOT_DIR).rmdir()  # only when empty
        else:
            if stage is not None:
                shutil.rmtree(stage, ignore_errors=True)
            for parent in made:
                with contextlib.suppress(OSError):
                    parent.rmdir()
        raise
    return hdoc, loaded, ""


def _replace(folder: Path, items: list, ids: list[str],
             args: argparse.Namespace) -> tuple[HandoutDocument, list, str]:
    """`new --force` over a handout: the new one in place of the old, all or nothing, and
    afterwards none of the old one's snapshots or autosaves in the folder.

    The new snapshots are written in a hidden folder inside the handout, so they take
    their own names (not "-2" beside the old ones); then the old `sources/` is set aside
    (a rename), the new one renamed into place and handout.toml written atomically. On
    failure the renames are undone and the folder is as it was. On success the old
    handout's snapshots go; any other file the user kept in `sources/` goes back. Nothing
    outside the folder is touched: the user cache (analyses of the old sources, keyed by
    their bytes) is shared with other handouts and stays, and so do translation catalogs
    (a translator's work; `translations update` keeps them as old entries). Returns what
    to say about them (or "")."""
    import shutil

    from summarizer import atomic
    from summarizer.errors import HandoutError, SourceError
    from summarizer.handout_file import HANDOUT_FILENAME, new_handout
    from summarizer.sources.snapshot import SNAPSHOT_DIR, keep

    sources = folder / SNAPSHOT_DIR
    if sources.is_symlink() or (sources.exists() and not sources.is_dir()):
        what = "a symbolic link" if sources.is_symlink() else "a file"
        raise SourceError(f"is {what}; snapshots are kept only in a folder of the handout's "
                          "own (move it away)", str(sources))
    old = _old_snapshots(folder)
    stage = _hidden_folder(folder, "new")
    aside: Path | None = None
    swapped = False
    try:
        loaded, refs, _written = keep(stage, items, ids)
        hdoc = new_handout(folder, loaded, title=args.title, handout_id=args.handout_id,
                           region=args.region, locales=args.locales or ["en"],
                           target_grade=args.target_grade, source_ids=ids,
                           overwrite=True, write=False)
        hdoc.handout.sources[:] = refs  # with origin, URL and retrieval time
        text = hdoc.dumps()
        try:
            if sources.exists():
                aside = stage.with_name(stage.name.replace(".new", ".old"))
                os.rename(sources, aside)
            os.rename(stage / SNAPSHOT_DIR, sources)
            swapped = True
            atomic.write_text(folder / HANDOUT_FILENAME, text)
        except OSError as exc:
            raise HandoutError(f"cannot write: {exc.strerror or exc}", str(hdoc.path)) from None
    except BaseException:
        if swapped:
            shutil.rmtree(sources, ignore_errors=True)
        if aside is not None:
            with contextlib.suppress(OSError):
                os.rename(aside, sources)
        shutil.rmtree(stage, ignore_errors=True)
        raise
    shutil.rmtree(stage, ignore_errors=True)
    from dataclasses import replace

    loaded = [replace(src, path=str(folder / ref.path)) for src, ref in zip(loaded, refs,
                                                                            strict=True)]
    removed = _put_back(aside, sources, old) if aside is not None else 0
    autosaves = _drop_autosaves(folder / HANDOUT_FILENAME)
    from summarizer.counting import count

    said = [count(removed, "source snapshot")] if removed else []
    if autosaves:
        said.append(f"its unsaved editor work ({count(autosaves, 'autosave file')})")
    notes = [f"removed the old handout's {' and '.join(said)}"] if said else []
    kept = _old_translations(folder)
    if kept:  # a translator's work: kept, and said, rather than thrown away with the claims
        notes.append(f"kept the old handout's translations (locales/: {', '.join(kept)}); "
                     "`summarizer translations update` keeps them as old entries")
    return hdoc, loaded, "\n  ".join(notes)


def _old_translations(folder: Path) -> list[str]:
    """The languages with a handout catalog in the folder (written for the old handout)."""
    from summarizer.catalogs import LOCALES_DIR

    base = folder / LOCALES_DIR
    if base.is_symlink() or not base.is_dir():
        return []
    return sorted(d.name.replace("_", "-") for d in base.iterdir()
                  if (d / "LC_MESSAGES" / "handout.po").is_file())


_SNAPSHOT_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*\.(?:txt|md|html|pdf|docx)$")


def _old_snapshots(folder: Path) -> set[str] | None:
    """Names in `sources/` the old handout.toml cites, or None when it cannot be read
    (a broken file is what --force often replaces)."""
    import tomllib

    from summarizer.handout_file import HANDOUT_FILENAME
    from summarizer.paths import MAX_HANDOUT_BYTES, PathError, read_regular
    from summarizer.sources.snapshot import SNAPSHOT_DIR

    try:
        raw = read_regular(folder / HANDOUT_FILENAME, MAX_HANDOUT_BYTES,
                           "handout").decode("utf-8")
    except (PathError, OSError, UnicodeDecodeError):
        return None
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError:
        # a file broken elsewhere still names its snapshots: those go, and a file of the
        # user's own in sources/ stays, whatever its name
        cited = set(re.findall(
            rf"(?m)^\s*path\s*=\s*[\"']{re.escape(SNAPSHOT_DIR)}/([^\"'/\\]+)[\"']", raw))
        return cited or None
    names: set[str] = set()
    refs = data.get("sources")
    for ref in refs if isinstance(refs, list) else ():
        path = ref.get("path") if isinstance(ref, dict) else None
        parts = Path(path).parts if isinstance(path, str) else ()
        if len(parts) == 2 and parts[0] == SNAPSHOT_DIR:
            names.add(parts[1])
    return names


def _put_back(aside: Path, sources: Path, old: set[str] | None) -> int:
    """Remove the old handout's snapshots from the set-aside `sources/` and move every
    other entry back (under a free name if a new snapshot took its name); return how
    many snapshots were removed. Best effort: the new handout is already in place."""
    removed = 0
    for entry in sorted(aside.iterdir()):
        snapshot = (entry.name in old if old is not None
                    else bool(_SNAPSHOT_NAME.match(entry.name)))
        if snapshot and entry.is_file() and not entry.is_symlink():
            with contextlib.suppress(OSError):
                entry.unlink()
                removed += 1
            continue
        target, n = sources / entry.name, 2
        while target.exists() or target.is_symlink():
            target = sources / f"{entry.stem}-{n}{entry.suffix}"
            n += 1
        with contextlib.suppress(OSError):
            os.rename(entry, target)
    with contextlib.suppress(OSError):
        aside.rmdir()
    if aside.exists():  # something could not be moved back: say where it is
        print(visible_line(f"summarizer: warning: some of the old sources/ is left in "
                           f"{aside}"), file=sys.stderr)
    return removed


def _drop_autosaves(handout: Path) -> int:
    """Remove the old handout's editor autosaves (.handout.toml.recovery, .handout.toml.2.
    recovery): the editor would offer them back as unsaved work of the new handout."""
    from summarizer.tui.state import recovery_paths

    dropped = 0
    for path in recovery_paths(handout):
        if path.is_file() and not path.is_symlink():
            with contextlib.suppress(OSError):
                path.unlink()
                dropped += 1
    return dropped


def _hidden_folder(folder: Path, kind: str) -> Path:
    """A new hidden folder inside `folder` (same disk: renames out of it are atomic)."""
    from summarizer.sources.snapshot import SNAPSHOT_DIR

    return _new_folder(folder, f".{SNAPSHOT_DIR}.", f".{kind}", folder,
                       "cannot write in the folder")


def _new_folder(parent: Path, prefix: str, suffix: str, named: Path, problem: str) -> Path:
    """A new folder in `parent` named `prefix`, a random token, `suffix`, made with the
    usual permissions (umask), unlike mkdtemp's 0700; `problem` and `named` say what went
    wrong where."""
    import secrets

    from summarizer.errors import HandoutError

    while True:
        stage = parent / f"{prefix}{secrets.token_hex(4)}{suffix}"
        try:
            stage.mkdir()
            return stage
        except FileExistsError:
            continue
        except OSError as exc:
            raise HandoutError(f"{problem}: {exc.strerror or exc}", str(named)) from None


def _make_parents(folder: Path) -> list[Path]:
    """Create the folders above `folder`; return those that were made, deepest first."""
    from summarizer.errors import HandoutError

    parent = folder.absolute().parent
    missing = [p for p in (parent, *parent.parents) if not p.exists()]
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a file in the way, a read-only disk, no permission
        for made in missing:
            with contextlib.suppress(OSError):
                made.rmdir()
        raise HandoutError(f"cannot create the folder: {exc.strerror or exc}",
                           str(folder)) from None
    return missing


def _stage_beside(folder: Path) -> Path:
    """A new hidden folder beside `folder` (same disk, so the final rename is atomic)."""
    return _new_folder(folder.absolute().parent, f".{folder.name}.", ".new", folder,
                       "cannot create the folder")


def _rename_into_place(stage: Path, folder: Path) -> None:
    """Rename the finished handout to its name, unless something appeared there meanwhile."""
    from summarizer.errors import HandoutError

    if folder.exists() or folder.is_symlink():
        raise HandoutError("appeared while the handout was being made; nothing created",
                           str(folder))
    try:
        os.rename(stage, folder)
    except OSError as exc:
        raise HandoutError(f"cannot create the folder: {exc.strerror or exc}",
                           str(folder)) from None


def run(args: argparse.Namespace) -> int:
    # checked before any source is fetched or copied
    from summarizer.errors import UsageError
    from summarizer.schema import canonical_locales, without_controls

    if without_controls(args.directory) != args.directory:
        raise UsageError("the folder name has control characters (such as an escape "
                         "code); choose a plain name")
    args.locales = canonical_locales(args.locales or ()) or None
    args.region = _region(args.region)
    if args.locales:  # "frr" for fr: a real language, said, not refused
        from summarizer.language_needs import typo_warning

        for i, loc in enumerate(args.locales):  # the first (source language) too
            typo = typo_warning(loc, args.locales[:i])
            if typo:
                print(visible_line(typo), file=sys.stderr)

    from summarizer.commands.add_source import fetch_options
    from summarizer.errors import HandoutError
    from summarizer.handout_file import HANDOUT_FILENAME
    from summarizer.sources.snapshot import assign_ids, take

    target = Path(args.directory) / HANDOUT_FILENAME
    if target.exists() and not args.force:  # before fetching anything or writing snapshots
        raise HandoutError("already exists; open it with `summarizer edit`", str(target))
    items, errors = take(args.sources, **fetch_options(args))
    for err in errors:
        print(f"summarizer: skipped: {visible_line(str(err))}", file=sys.stderr)
    if not items:
        print("summarizer: error: no readable sources; nothing created", file=sys.stderr)
        return 1
    ids = assign_ids(items)
    hdoc, loaded, removed = _create(Path(args.directory), items, ids, args)
    _say_language_mismatch(loaded, hdoc.handout.meta.locales)
    from summarizer.counting import count

    print(visible_line(f"created {hdoc.path} with {count(len(loaded), 'source')}:"))
    if not args.title:  # chosen here (summarizer.handout_title): say how to change it
        print(visible_line(f"  title: {hdoc.handout.meta.title} (change it with f2 in the "
                           "editor, or --title)"))
    for ref in hdoc.handout.sources:
        print(visible_line(f"  {ref.id:<28} {ref.title or ref.path}"))
    for note in removed.split("\n  ") if removed else ():
        print(visible_line(f"  {note}"))
    print(visible_line(f"next: summarizer edit {shlex.quote(str(hdoc.path))}"))
    return 1 if errors else 0
