"""Regular expressions compiled when first used.

Why: compiling a pattern with Unicode classes costs up to a millisecond, and a one-shot
`summarizer readability FILE` imports dozens of patterns it may never run (Spanish ones
for an English text, the relative-risk one for a text without a percentage).
"""

from __future__ import annotations

import re
from typing import Any


class LazyRe:
    """Stands in for a compiled pattern: `search`, `finditer`, `sub`, … compile it once."""

    __slots__ = ("_flags", "_pattern", "_re")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern = pattern
        self._flags = flags
        self._re: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        compiled = self._re
        if compiled is None:
            compiled = self._re = re.compile(self._pattern, self._flags)
        return getattr(compiled, name)


def lazy(pattern: str, flags: int = 0) -> Any:
    """A pattern compiled on first use (typed Any: it answers like re.Pattern)."""
    return LazyRe(pattern, flags)
