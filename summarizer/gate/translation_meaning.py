"""A translation's meaning, for languages whose rulebook has a `[translation_meaning]` table
but no full word lists (ar, ko, vi, zh in words/; pt, ru in numerals.toml).

The source text (en, es, fr, de) is read with its full lists, as for any printed text; the
translation only with six short lists: negation, approval, prohibition, permission, hedges
and animal-or-lab words. That is enough to see the four changes a translation must not
make, in scripts with or without spaces and with negation before or after its verb:

- an approval turned around ("has not approved" -> "已批准", "승인했습니다");
- a negation or a prohibition dropped ("Do not treat yourself" -> "Você pode se tratar");
- a hedge dropped ("may" -> a certain statement);
- animals or a lab dropped ("in mice" -> "在一项研究中").

Pure: strings and language codes in, problems out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summarizer.rulebook import base_language, numerals, section

LISTS = ("negation", "approval", "prohibition", "permission", "hedges", "animal")
_UNSPACED = frozenset({"zh", "ja"})  # written without spaces: entries match inside a run
_CLAUSE = re.compile(r"[.;!?。；！？]+")


@dataclass(frozen=True)
class _Lists:
    lang: str
    patterns: dict[str, re.Pattern[str]]
    negation_after: bool  # the negation follows its verb (Korean "승인하지 않았습니다")

    def find(self, name: str, text: str) -> list[re.Match[str]]:
        return list(self.patterns[name].finditer(text))

    def has(self, name: str, text: str) -> bool:
        return self.patterns[name].search(text) is not None


def table(lang: str) -> dict:
    """The `[translation_meaning]` table of a language: its word file's, else its entry in
    numerals.toml; {} when it has none."""
    found = section(lang, "translation_meaning")
    if not found:
        found = numerals(lang).get("translation_meaning", {})
    return found if isinstance(found, dict) else {}


def light_checked(lang: str) -> bool:
    """Does the language have every list this module reads?"""
    found = table(lang)
    return all(found.get(name) for name in LISTS)


@lru_cache(maxsize=32)  # keyed by the table's identity: rebuilt when the rulebook reloads
def _compiled(lang: str, table_id: int) -> _Lists:
    found = table(lang)
    start = "" if lang in _UNSPACED else r"\b"
    end = "" if lang in _UNSPACED or found.get("word_start_only") else r"\b"
    patterns = {
        name: re.compile(rf"{start}(?:{'|'.join(sorted(found[name], key=len, reverse=True))})"
                         rf"{end}", re.IGNORECASE)
        for name in LISTS}
    return _Lists(lang, patterns, bool(found.get("negation_after", False)))


def _lists(lang: str) -> _Lists:
    lang = base_language(lang)
    return _compiled(lang, id(table(lang)))


def _denied(clause: str, hit: re.Match[str], lists: _Lists) -> bool:
    """A negation just before the word (four words, or six characters without spaces), or
    just after it where the language negates after its verb."""
    before = clause[:hit.start()]
    near = before[-6:] if lists.lang in _UNSPACED else " ".join(before.split()[-4:])
    if lists.has("negation", near):
        return True
    if lists.negation_after:
        after = " ".join(clause[hit.end():].split()[:2])
        return lists.has("negation", after)
    return False


def _approvals(text: str, lists: _Lists) -> tuple[list[str], list[str]]:
    """(affirmed, denied) approval words of a translation, as written."""
    yes: list[str] = []
    no: list[str] = []
    for clause in _CLAUSE.split(text):
        for hit in lists.find("approval", clause):
            (no if _denied(clause, hit, lists) else yes).append(hit.group(0))
    return yes, no


_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s*")


def _aligned(source: str, translated: str) -> list[tuple[str, str]]:
    """Sentence with sentence when both have as many (a translation keeps its source's
    sentences as a rule), else the whole of each."""
    src = [x for x in _SENTENCE_END.split(source) if x.strip()]
    tr = [x for x in _SENTENCE_END.split(translated) if x.strip()]
    return list(zip(src, tr, strict=True)) if len(src) == len(tr) else [(source, translated)]


def meaning_problems(translated: str, lang: str, source_text: str, source_lang: str,
                     ) -> list[tuple[str, str]]:
    """(what the source says, what the translation does) for each change of meaning: the
    caller names the languages. The source language must have full word lists."""
    from summarizer.gate import faithfulness as faith
    from summarizer.rulebook import language

    if source_text.rstrip().endswith("?"):
        return []  # a question asserts nothing
    lists = _lists(lang)
    out: list[tuple[str, str]] = []
    src_rules, src_meaning = language(source_lang), faith.meaning(source_lang)
    q_yes, q_no = faith.polarity(source_text, source_lang, "approval")
    t_yes, t_no = _approvals(translated, lists)
    if q_no and not q_yes and t_yes and not t_no:
        out.append((f"denies the approval ({faith._phrase(source_text, q_no[0])})",
                    f"affirms it ({t_yes[0]!r} with no negation near it)"))
    elif q_yes and not q_no and t_no and not t_yes:
        out.append((f"affirms the approval ({faith._phrase(source_text, q_yes[0])})",
                    f"denies it ({t_no[0]!r})"))
    forbidden, allowed = faith.instructions(source_text, source_lang)
    said_no = src_meaning["instruction_negation"].find(source_text)
    if not out:  # an approval turned around says it already
        for src, tr in _aligned(source_text, translated):
            negated = src_meaning["instruction_negation"].find(src)
            if negated and not (lists.has("negation", tr) or lists.has("prohibition", tr)):
                what = faith._phrase(src, negated[0], before=2)[1:-1] + " " + " ".join(
                    src[src.find(negated[0]) + len(negated[0]):].split()[:3])
                does = ("permits it" if lists.has("permission", tr)
                        else "has no negation or prohibition there")
                out.append((f"says no ({what.strip()!r})", does))
                break
    permits = [w for w in allowed.values() if src_meaning["permits"].search(w)]
    if permits and not forbidden and not said_no and lists.has("prohibition", translated) \
            and not lists.has("permission", translated):
        out.append((f"permits it ({permits[0]!r})", "forbids it"))
    hedged = faith._hedges(source_text, source_lang, "hedges")
    if hedged and not lists.has("hedges", translated):
        out.append((f"is hedged ({hedged[0]!r})", "states it as certain"))
    animal = src_rules["animal"].find(source_text) or src_rules["lab"].find(source_text)
    if animal and not lists.has("animal", translated):
        out.append((f"is about animals or a lab ({animal[0]!r})",
                    "does not say so: it reads as a result in people"))
    return out
