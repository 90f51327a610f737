"""Putting a plainer word or phrase in place of a hard word so the sentence still reads.

The lexicons give explanations as well as synonyms: "glutamate" -> "a brain chemical
messenger". Swapped in blindly after a possessive or a determiner that reads "the
brain's a brain chemical messenger system". An explanation that starts with an article
fits only where the word stands alone; after a determiner it goes without its article,
or beside the word in parentheses ("glutamate (a brain chemical messenger)"). Pure: the
editor (summarizer.tui.reading) picks among these the ones that do not raise the grade.
"""

from __future__ import annotations

import re

# Articles an explanation may start with, and the words after which a noun phrase
# already has its determiner (possessives are found by their 's), per base language.
ARTICLES: dict[str, frozenset[str]] = {
    "en": frozenset({"a", "an", "the"}),
    "es": frozenset({"un", "una", "unos", "unas", "el", "la", "los", "las"}),
}
DETERMINERS: dict[str, frozenset[str]] = {
    "en": frozenset({"a", "an", "the", "this", "that", "these", "those", "my", "your", "his",
                     "her", "its", "our", "their", "some", "any", "each", "every", "no",
                     "whose", "which", "what"}),
    "es": frozenset({"un", "una", "unos", "unas", "el", "la", "los", "las", "lo", "del", "al",
                     "este", "esta", "estos", "estas", "ese", "esa", "esos", "esas", "mi",
                     "mis", "tu", "tus", "su", "sus", "nuestro", "nuestra", "nuestros",
                     "nuestras", "cada", "algún", "alguna", "ningún", "ninguna"}),
}
_WORD_BEFORE = re.compile(r"([\w'’]+)\W*$")


def _base(lang: str) -> str:
    return lang.replace("_", "-").split("-")[0].lower()


def determined(text: str, start: int, lang: str) -> bool:
    """Whether the word at `start` already follows a determiner or a possessive."""
    m = _WORD_BEFORE.search(text[:start])
    if m is None or not re.fullmatch(r"\s*", text[m.end(1):start]):
        return False
    before = m.group(1).lower()
    if _base(lang) == "en" and re.search(r"(?:['’]s|s['’])$", before):
        return True
    return before in DETERMINERS.get(_base(lang), frozenset())


def fitted(text: str, start: int, end: int, alternative: str, lang: str) -> list[str]:
    """Replacements for text[start:end] built from `alternative` that read
    grammatically in place, best first (the caller keeps those that do not make the
    sentence harder)."""
    words = alternative.split()
    article = words[0].lower() if words else ""
    if len(words) < 2 or article not in ARTICLES.get(_base(lang), frozenset()):
        return [alternative]
    gloss = f"{text[start:end]} ({alternative})"
    if determined(text, start, lang):
        return [" ".join(words[1:]), gloss]
    return [alternative, gloss]
