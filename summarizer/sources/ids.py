"""Short, stable, unique ids for sources ("ketamine-dual-impact-depression")."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from summarizer.model import LoadedSource

_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "for",
        "in",
        "on",
        "to",
        "with",
        "by",
        "from",
        "at",
        "as",
        "is",
        "are",
        "be",
        "its",
        "it",
        "this",
        "that",
        "how",
        "what",
        "why",
        "when",
        "new",
        "study",
        "shows",
        "finds",
        "s",
    ]
)


def slugify(text: str, max_words: int = 3, max_len: int = 32) -> str:
    """ASCII, lower case, hyphenated; the first few meaningful words (of the text without
    its control sequences: "␛[1mKetamine" is "ketamine", not "1mketamine")."""
    from summarizer.terminal import mask_controls

    ascii_text = unicodedata.normalize("NFKD", mask_controls(text)).encode("ascii", "ignore")
    ascii_text = ascii_text.decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    keep = [w for w in words if w not in _STOP] or words
    slug = "-".join(keep[:max_words])
    return slug[:max_len].strip("-")


def make_source_id(loaded: LoadedSource, taken: set[str]) -> str:
    """A slug from the title (else the file name), made unique against `taken` (-2, -3...)."""
    base = slugify(loaded.title) or slugify(Path(loaded.path).stem) or "source"
    sid, n = base, 2
    while sid in taken:
        sid = f"{base}-{n}"
        n += 1
    return sid
