"""Where the app's own templates and catalogs live, installed or in a checkout.

A wheel carries them under `summarizer/_data/`; a checkout (or editable install)
has them at the repository's top level, beside the package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PKG = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """`name` is "templates" or "locales"."""
    for candidate in (_PKG / "_data" / name, _PKG.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"summarizer's {name}/ folder is missing from this installation")


def templates_dir() -> Path:
    return data_dir("templates")


def locales_dir() -> Path:
    return data_dir("locales")
