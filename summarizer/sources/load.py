"""Reading article files into `LoadedSource`: exact text, so every offset stays true.

Plain text and Markdown are kept exactly as decoded (only a UTF-8 BOM is dropped; line
endings are NOT normalised), so a span in a handout points at the same characters in
the file. HTML is reduced to its main article text with trafilatura; PDF and Word files
to their text in reading order (sources/pdf.py, sources/docx.py); the offsets then
point into that extracted text, which is what `LoadedSource.text` holds. Extraction is
deterministic, so the same file always gives the same text and offsets.

Every problem a user can fix raises `SourceError` with one line naming the file.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from summarizer.errors import SourceError
from summarizer.model import LoadedSource, SourceFormat
from summarizer.sources.decoding import decode_text
from summarizer.terminal import source_text

FORMATS: dict[str, SourceFormat] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}
SUPPORTED = ", ".join(sorted({".txt", ".md", ".html", ".htm", ".pdf", ".docx"}))
# The extension a snapshot of each format is saved under.
EXTENSION: dict[str, str] = {
    "txt": ".txt", "md": ".md", "html": ".html", "pdf": ".pdf", "docx": ".docx"
}



def source_format(path: str | os.PathLike[str]) -> SourceFormat | None:
    """The format a file name implies, or None when we do not read that kind of file."""
    return FORMATS.get(Path(path).suffix.lower())


# htmldate's settings for the page's date: the date it was first published
# (original_date), read from what the page declares (meta tags, JSON-LD, <time>, dated
# elements). Not its extensive search: that falls back to the copyright footer's year
# ("© 2026 Salud Hoy" became published 2026-01-01), which is not a publication date.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}


def _today() -> str:
    """The latest date a page may claim (htmldate's max_date), as trafilatura sets it."""
    from datetime import date

    return date.today().isoformat()


def _bare(raw: str, *, precise: bool) -> object | None:
    """trafilatura's extraction of the page's main text and metadata."""
    import trafilatura

    return trafilatura.bare_extraction(
        raw,
        include_comments=True,  # kept apart from the text (doc.comments): page_notices
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=precise,
        favor_recall=not precise,
        with_metadata=True,
        date_extraction_params=_DATE_PARAMS | {"max_date": _today()},
    )


def _text_of(doc: object | None) -> str:
    return (getattr(doc, "text", None) or "").strip() if doc is not None else ""


def _extract_html(raw: str, where: str) -> tuple[str, str, str, str, str, str]:
    """Main article text, (title, publisher, date, canonical URL) and the readers'
    comments (never part of the text: page_notices searches them for notices) via
    trafilatura.

    Precise extraction first (menus, teasers and footers stay out). A page it finds no
    article in, such as an e-mail newsletter laid out in table cells, is read once more
    favouring recall, rather than refused with every safety line in it.
    """
    doc = _bare(raw, precise=True)
    text = _text_of(doc)
    if not text:
        doc = _bare(raw, precise=False)
        text = _text_of(doc)
    if not text:
        raise SourceError("no article text found in this HTML page", where)
    title = (getattr(doc, "title", None) or "").strip()
    publisher = (getattr(doc, "sitename", None) or getattr(doc, "hostname", None) or "").strip()
    date = (getattr(doc, "date", None) or "").strip()
    if not date:  # a dated byline in the text ("By Ana Ruiz | March 5, 2025"), as for .txt
        from summarizer.sources.meta import guess_metadata, page_byline_date

        # or in the page, when extraction dropped it ("Publicado el 3 de marzo de 2025")
        date = guess_metadata(text, "html")[1] or page_byline_date(raw)
    # the page's own address (canonical link, else og:url), checked: the page is untrusted
    from summarizer.sources.page_address import declared_url

    url = declared_url(raw, where)
    comments = (getattr(doc, "comments", None) or "").strip()
    return text, title, publisher, date, url, comments


def load_source(path: str | os.PathLike[str]) -> LoadedSource:
    """Load one article file; raise SourceError (one line, naming the file) when we cannot."""
    return load_bytes(*read_source(path))


def read_source(path: str | os.PathLike[str]) -> tuple[bytes, SourceFormat, str]:
    """load_source's checks and read, without the parsing: (bytes, format, where)."""
    p = Path(path)
    where = str(path)
    if where == "-":
        raise SourceError(
            "reading standard input is not supported; save the article to a .txt file", where
        )
    if not p.exists():
        if p.is_symlink():
            raise SourceError("broken symbolic link (its target is missing, or a loop)", where)
        raise SourceError("no such file or directory", where)
    if p.is_dir():
        raise SourceError("is a folder; give a file, or use load_paths for folders", where)
    fmt = source_format(p)
    if fmt is None:
        ext = p.suffix or "(none)"
        raise SourceError(f"unsupported file type {ext!r}; use {SUPPORTED}", where)
    from summarizer.paths import MAX_SOURCE_BYTES, PathError, read_regular

    try:  # regular files only (a FIFO would hang, /dev/zero fill the memory), size-capped
        data = read_regular(p, MAX_SOURCE_BYTES, "source")
    except PathError as exc:
        raise SourceError(exc.message, where) from None
    return data, fmt, where


def load_bytes(data: bytes, fmt: SourceFormat, where: str, *, charset: str = "") -> LoadedSource:
    """Read one source's bytes as `fmt`; `where` (a path or URL) names it in errors.

    `charset` is the one a web server's Content-Type header named, if any.
    """
    if not data.strip():
        what = "empty file" if not data else "file contains only whitespace"
        raise SourceError(f"{what}; nothing to read", where)
    digest = hashlib.sha256(data).hexdigest()
    if fmt in ("pdf", "docx"):
        if fmt == "pdf":
            from summarizer.sources.pdf import read_pdf as read
        else:
            from summarizer.sources.docx import read_docx as read
        doc = read(data, where)
        from summarizer.sources.meta import head_date

        published = doc.published or head_date(doc.text, doc.furniture)  # a dated byline
        return LoadedSource(path=where, format=fmt, text=source_text(doc.text), sha256=digest,
                            title=source_text(doc.title), published=published,
                            pages=doc.pages,
                            furniture=doc.furniture)
    text = decode_text(data, where, html=fmt == "html", charset=charset)
    # control characters shown one for one before anything reads the text: an HTML
    # parser drops a raw ESC and keeps the rest of its sequence ("found.[2J It is"), so
    # the page is cleaned before parsing, as a text file is
    text = source_text(text)
    if not text.strip():
        raise SourceError("file contains only whitespace; nothing to read", where)
    if fmt == "html":
        body, title, publisher, date, url, comments = _extract_html(text, where)
        # Safety lines in the page's footer, sidebars or comments, which extraction
        # drops (sources/page_notices.py: appended after a marker, masked, never claims).
        from summarizer.sources.page_notices import with_outside_safety_lines

        body = with_outside_safety_lines(body, text, comments)
        return LoadedSource(
            path=where,
            format=fmt,
            text=source_text(body),
            sha256=digest,
            title=source_text(title),
            publisher=source_text(publisher),
            published=date,
            url=url,
        )
    from summarizer.sources.meta import guess_metadata

    title, published = guess_metadata(text, fmt)
    title = source_text(title)
    return LoadedSource(
        path=where, format=fmt, text=text, sha256=digest, title=title, published=published
    )


def _expand(path: Path) -> tuple[list[Path], list[SourceError]]:
    """A folder's readable article files, sorted; hidden files and folders are skipped,
    and so is every folder holding a handout.toml (a handout's own files).

    A symbolic link inside the folder is not followed: its target is copied into the
    handout, which travels, so a folder someone sent with 'notes.txt -> ~/.aws/credentials'
    would send the secret back. Each such link is named; a file named directly is read."""
    found = sorted(
        f
        for f in path.rglob("*")
        if source_format(f) is not None
        and not any(part.startswith(".") for part in f.relative_to(path).parts)
        and (f.is_file() or f.is_symlink())
    )
    # another handout's folder (its sources/, out/, review page) is the tool's own output
    holds: dict[Path, bool] = {}

    def in_a_handout(f: Path) -> bool:
        here = f.parent
        while True:
            if here not in holds:
                holds[here] = (here / "handout.toml").is_file()
            if holds[here]:
                return True
            if here == path:
                return False
            here = here.parent

    found = [f for f in found if not in_a_handout(f)]
    links = [f for f in found if _through_link(path, f)]
    files = [f for f in found if f not in links]
    errors = [SourceError("a symbolic link inside the folder, not followed; name the file "
                          "it points to if you mean it", str(f)) for f in links]
    if not files:
        return [], [*errors, SourceError(f"folder has no {SUPPORTED} files", str(path))]
    return files, errors


def _through_link(folder: Path, f: Path) -> bool:
    """Whether `f`, or a folder between `folder` and it, is a symbolic link."""
    here = folder
    for part in f.relative_to(folder).parts:
        here = here / part
        if here.is_symlink():
            return True
    return False


def expand_paths(
    paths: Iterable[str | os.PathLike[str]], seen: set[str] | None = None,
) -> tuple[list[Path], list[SourceError]]:
    """Files named directly or through their folders, each once, in order.

    `seen` (resolved paths as strings) is shared by a caller that also takes URLs, so
    the same file named twice (directly and through its folder) is read once.
    """
    seen = set() if seen is None else seen
    out: list[Path] = []
    errors: list[SourceError] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files, errs = _expand(p)
            errors += errs
        else:
            files = [p]
        for f in files:
            key = str(f.resolve()) if f.exists() else str(f)
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out, errors


def load_paths(
    paths: Iterable[str | os.PathLike[str]],
) -> tuple[list[LoadedSource], list[SourceError]]:
    """Load files and folders of files; good ones are returned, each bad one as an error."""
    files, errors = expand_paths(paths)
    loaded: list[LoadedSource] = []
    for f in files:
        try:
            loaded.append(load_source(f))
        except SourceError as exc:
            errors.append(exc)
    return loaded, errors
