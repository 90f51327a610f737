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
from itertools import compress
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

    def key(self, word: str) -> str | None:
        """The first word of a listed term that lower-case `word` is, or its singular
        ("vaccines" -> "vaccine"), else None: find() and ComplexWords.word_kind look terms
        up by it."""
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

    def find(self, lowered: list[str], keys: list[str | None] | None = None,
             ) -> list[tuple[int, int, Entry]]:
        """(first word index, number of words, entry) for each term in a word list;
        `keys`: each word's key(), when the caller has them already."""
        found: list[tuple[int, int, Entry]] = []
        n = len(lowered)
        if keys is None:
            keys = [self.key(w) for w in lowered]
        after = 0  # the words of a term found are not looked at again
        # only the words that start a term (a key is never empty): picked at C speed
        for i in compress(range(n), keys):
            if i < after:
                continue
            key = keys[i]
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
                after = i + len(hit.words)
        return found

    def _same(self, word: str, term_word: str) -> bool:
        return any(word == term_word + s for s in self.plural_suffixes)

    def wordings(self, entry: Entry, matched: list[str], lang: str) -> tuple[str, ...]:
        """The entry's plainer wordings for the words it matched: a term found in the
        plural ("side effects" for "side effect") gets plural wordings, and a wording
        that cannot be made plural word by word is left out (see `plural`)."""
        if not matched or matched[-1] == entry.words[-1]:
            return entry.alternatives
        return tuple(p for a in entry.alternatives if (p := plural(a, lang)) is not None)


# Nouns whose plural is not made with -s/-es, as plain wordings use them.
_EN_IRREGULAR = {"person": "people", "child": "children", "man": "men", "woman": "women",
                 "foot": "feet", "tooth": "teeth", "mouse": "mice"}
_EN_PARTICLES = frozenset({"back", "away"})  # the rest are in function_en.txt
_EN_VERB_HEADS = frozenset({"make", "take", "get", "keep", "give"})  # "make worse"
_ES_UNACCENTED = str.maketrans("áéíóú", "aeiou")


def plural(wording: str, lang: str) -> str | None:
    """`wording` in the plural, or None when that takes more than its last word: a
    phrase after the noun ("drip into a vein", "medicine that puts you to sleep") or,
    in Spanish, agreement across several words. English drops a leading "a"/"an"."""
    from summarizer.readability.notes import function_words

    words = wording.split()
    if lang == "en" and len(words) > 1 and words[0].lower() in ("a", "an"):
        words = words[1:]
    if not words or (lang != "en" and len(words) > 1):
        return None
    grammar = function_words(lang) or frozenset()
    # a phrase after the noun, or a verb's particle ("break down", "coming back")
    if any(w.lower() in grammar or w.lower() in _EN_PARTICLES for w in words):
        return None
    last = words[-1]
    if not last.isalpha() and not last.replace("-", "").isalpha():
        return None
    low = last.lower()
    if (low.endswith("s") and not low.endswith("ss")) or (lang == "en" and low.endswith("ing")):
        return " ".join(words)  # already plural ("side effects", "crisis"), a gerund
    if lang == "en" and len(words) > 1 and words[0].lower() in _EN_VERB_HEADS:
        # a verb's -s ("exacerbates" -> "makes worse")
        return " ".join([plural(words[0], lang) or words[0], *words[1:]])
    if lang == "en":
        if low in _EN_IRREGULAR:
            last = _EN_IRREGULAR[low]
        elif low.endswith("y") and low[-2:-1] not in ("a", "e", "i", "o", "u"):
            last = last[:-1] + "ies"
        elif low.endswith(("s", "x", "z", "ch", "sh")):
            last += "es"
        else:
            last += "s"
    elif lang == "es":
        if low.endswith("z"):
            last = last[:-1] + "ces"
        elif low[-1] in "aeiouáéó":
            last += "s"
        else:  # a consonant, or a stressed í/ú: the stress mark goes ("razón" -> "razones")
            last = (last[:-2] + last[-2].translate(_ES_UNACCENTED) + last[-1]
                    if low[-1] == "n" else last) + "es"
    else:
        return None
    return " ".join([*words[:-1], last])


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
