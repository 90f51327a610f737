"""Bytes to text for a source file or standard input: refusing binary files and bad
encodings with a message that names the real kind of file. A module of its own, so
`summarizer readability FILE` decodes its file without importing the source loader
(hashlib, the model), which it does not need (benchmarks/readability.py one-shot);
summarizer.sources.load re-exports decode_text."""

from __future__ import annotations

import re

from summarizer.errors import SourceError

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)


# Files people rename or save with the wrong extension: name the real kind, because
# "not valid UTF-8" means nothing to someone holding a PDF.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "binary file: a PDF document; give it a .pdf name so it is read as a PDF"),
    (b"PK\x03\x04", "binary file: a Word/OpenDocument or ZIP file; save a Word file as .docx"),
    (b"\xd0\xcf\x11\xe0", "binary file: an old Word (.doc) file; save it as plain text (.txt)"),
    (b"{\\rtf", "this is an RTF document; save it as plain text (.txt)"),
    (b"\x89PNG", "binary file: a PNG image, not a text article"),
    (b"\xff\xd8\xff", "binary file: a JPEG image, not a text article"),
    (b"GIF8", "binary file: a GIF image, not a text article"),
    (b"\x1f\x8b", "binary file: a gzip-compressed file; uncompress it first"),
)


def _looks_utf16_without_bom(data: bytes) -> bool:
    """ASCII-range text in UTF-16 has a NUL in every other byte."""
    sample = data[:2000]
    if len(sample) < 4:
        return False
    return any(half.count(0) >= 0.9 * len(half) for half in (sample[1::2], sample[0::2]))


def decode_text(data: bytes, where: str, *, html: bool = False, charset: str = "") -> str:
    """Bytes -> str, refusing binary and non-UTF-8 input with a message that says where.

    UTF-16 with a BOM is accepted (Windows editors write it); HTML may declare another
    charset in a <meta> tag, which browsers honour, so we do too. `charset` is one a web
    server declared in its Content-Type header; like a browser, it wins over the page.
    """
    if charset and not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        try:
            text = data.decode(charset)
        except LookupError:
            raise SourceError(f"the server named an unknown charset {charset!r}", where) from None
        except UnicodeDecodeError as exc:
            raise SourceError(
                f"not valid {charset} as the server said (bad byte at offset {exc.start})", where
            ) from None
        if "\x00" in text:
            raise SourceError("binary data, not a text article", where)
        return text
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise SourceError(
                f"not valid UTF-16 (bad bytes at offset {exc.start})", where
            ) from None
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise SourceError(what, where)
    nul = data.find(b"\x00")
    if nul >= 0:
        if _looks_utf16_without_bom(data):
            raise SourceError(
                "looks like UTF-16 without a byte-order mark; save the file as UTF-8", where
            )
        raise SourceError(f"binary file (NUL byte at offset {nul}), not a text article", where)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        charset = _META_CHARSET.search(data[:4096]) if html else None
        if charset:
            try:
                return data.decode(charset.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
        bad = data[exc.start : exc.start + 1].hex()
        line = data.count(b"\n", 0, exc.start) + 1
        raise SourceError(
            f"not valid UTF-8 (byte 0x{bad} at offset {exc.start}, line {line}); "
            "save the file as UTF-8",
            where,
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text
