"""'1 string', '2 strings': counts in the English messages of the CLI, gate and editor.

The choice is ngettext's (the English plural rule, n == 1), so a message never says
"1 strings" or hides the count behind "string(s)". Translated text has its own plural
forms (summarizer/plurals.py); these messages are not translated.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import gettext


@cache
def _english() -> gettext.NullTranslations:
    """Made on first use: the editor's first screen counts nothing (gettext ~0.6 ms)."""
    import gettext

    return gettext.NullTranslations()


def count(n: int, singular: str, plural: str = "") -> str:
    """`n` and the word in the form English uses for it ("1 notice", "0 notices")."""
    return f"{n} {_english().ngettext(singular, plural or singular + 's', n)}"
