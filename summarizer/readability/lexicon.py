"""Plain-language lexicons: medical and bureaucratic terms with plainer alternatives.

The lists are data a non-programmer can extend: summarizer/readability/data/
lexicon_<lang>.tsv, one term per line, `term<TAB>alternative; alternative`, lines
starting with # are comments, multi-word terms allowed ("NMDA receptor"). Written by
the team from public-domain guidance (PlainLanguage.gov word suggestions, CDC
"Everyday Words for Public Health Communication"). Also here: common long words that
patients know (data/common_<lang>.txt), so they are not flagged as hard.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Entry:
    term: str
    words: tuple[str, ...]
    alternatives: tuple[str, ...]


def _data(name: str) -> str | None:
    path = Path(__file__).resolve().parent / "data" / name
    return path.read_text(encoding="utf-8") if path.is_file() else None


def parse_lexicon(text: str) -> list[Entry]:
    """Entries of a lexicon file (see the module docstring for the format)."""
    out: list[Entry] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        term, _, alts = line.partition("\t")
        term = " ".join(term.split())
        if not term:
            continue
        alternatives = tuple(a.strip() for a in alts.split(";") if a.strip())
        out.append(Entry(term, tuple(term.lower().split()), alternatives))
    return out


class Lexicon:
    """Terms indexed by their first word, longest term first, for one pass per sentence."""

    def __init__(self, entries: list[Entry], plural_suffixes: tuple[str, ...]) -> None:
        self.entries = entries
        self.plural_suffixes = plural_suffixes
        self.by_first: dict[str, list[Entry]] = {}
        for e in entries:
            self.by_first.setdefault(e.words[0], []).append(e)
        for lst in self.by_first.values():
            lst.sort(key=lambda e: -len(e.words))
        self.firsts = frozenset(self.by_first)

    def _key(self, word: str) -> str | None:
        if word in self.by_first:
            return word
        for suf in self.plural_suffixes:
            if word.endswith(suf) and len(word) > len(suf) + 2:
                stem = word[: -len(suf)]
                if stem in self.by_first:
                    return stem
                if suf == "ies" and stem + "y" in self.by_first:
                    return stem + "y"
        return None

    def find(self, lowered: list[str]) -> list[tuple[int, int, Entry]]:
        """(first word index, number of words, entry) for each term in a word list."""
        found: list[tuple[int, int, Entry]] = []
        i, n = 0, len(lowered)
        while i < n:
            key = self._key(lowered[i])
            hit = None
            if key is not None:
                for e in self.by_first[key]:
                    k = len(e.words)
                    if k == 1:
                        hit = e
                        break
                    tail = lowered[i + 1:i + k]
                    if len(tail) == k - 1 and all(
                        t == w or self._same(t, w) for t, w in zip(tail, e.words[1:], strict=True)
                    ):
                        hit = e
                        break
            if hit is not None:
                found.append((i, len(hit.words), hit))
                i += len(hit.words)
            else:
                i += 1
        return found

    def _same(self, word: str, term_word: str) -> bool:
        return any(word == term_word + s for s in self.plural_suffixes)


@cache
def lexicon(lang: str) -> Lexicon:
    """The lexicon for a base language code ("en", "es"); empty for others."""
    text = _data(f"lexicon_{lang}.tsv") or ""
    plurals = ("s", "es", "ies") if lang == "en" else ("s", "es")
    return Lexicon(parse_lexicon(text), plurals)


@cache
def common_words(lang: str) -> frozenset[str]:
    """Long words that are still everyday words in `lang` (not flagged as hard)."""
    text = _data(f"common_{lang}.txt") or ""
    return frozenset(
        w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#")
    )
