"""A new handout's title when none is given: the drug its sources are about, else its
folder's name made readable.

Not the first article's headline: a headline is the article's framing ("Revolutionary
Findings: …"), which the gate would then flag in the handout's own title. Not the
folder name as `str.capitalize` leaves it either ("DXM" became "Dxm"). The editor's
details (f2) or `new --title` set the real one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

FALLBACK = "Handout"
OFTEN = 12  # a topic not named in the opening is named in at least 1 sentence in OFTEN


def default_title(folder_name: str, texts: Sequence[str]) -> str:
    """The drug most of `texts` name, as they write it, or the folder's name."""
    return drug_title(texts) or readable_name(folder_name)


# A sentence's end, roughly: enough to tell one aside from a drug named again later.
_SENTENCE_END = re.compile(r"[.!?\u3002\uff01\uff1f](?=\s|$)|\n\s*\n")


def _sentence_ends(text: str) -> tuple[list[int], int]:
    """Where each sentence of `text` ends, and 1 when text follows the last end (0 when
    the text ends with one). A full stop and the blank line after it end one sentence,
    not two: counted apart, an article of one-sentence paragraphs had twice its
    sentences and a drug named in 1 of its 12 fell below the 1-in-12 bar."""
    ends: list[int] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if text[start:m.end()].strip():
            ends.append(m.end())
        start = m.end()
    return ends, int(bool(text[start:].strip()))


def drug_title(texts: Sequence[str]) -> str:
    """The drug (rulebook drugs.toml, any language) named by the most sources, at least
    half of them, spelled as they spell it most often ("Ketamina" in Spanish articles,
    a brand as capitalised); "" when no drug is named that widely, when it is neither in
    a source's opening sentence nor in 1 of 12 of their sentences, or when it is named in
    one sentence of them all: an aside ("used for paracetamol (acetaminophen) overdose"
    in an article about a supplement drugs.toml does not list) is not the topic."""
    from bisect import bisect

    from summarizer.rulebook import drugs

    known = drugs()
    naming: Counter[str] = Counter()  # drug -> sources that name it
    sentences: dict[str, set[tuple[int, int]]] = {}  # drug -> (source, sentence) naming it
    spelled: dict[str, Counter[str]] = {}  # drug -> written forms, case-folded
    written_as: dict[str, str] = {}  # a case-folded form -> how it was first written
    opening: set[str] = set()  # drugs named in a source's first sentence (or headline)
    total = 0  # sentences of all the sources
    for n, text in enumerate(texts):
        here: set[str] = set()
        ends, last = _sentence_ends(text)
        total += len(ends) + last
        for m in known.pattern.finditer(text):
            word = m.group(0)
            key = word.casefold()
            if key not in written_as or (written_as[key] != key and word == key):
                written_as[key] = word  # lower case wins: "ketamine" over "Ketamine"
            for drug in known.parts.get(known.canonical(word), (known.canonical(word),)):
                spelled.setdefault(drug, Counter())[key] += 1
                sentence = bisect(ends, m.start())
                sentences.setdefault(drug, set()).add((n, sentence))
                if sentence == 0:
                    opening.add(drug)
                here.add(drug)
        naming.update(here)
    if not naming:
        return ""
    drug = max(sorted(naming), key=lambda d: (naming[d], sum(spelled[d].values())))
    if naming[drug] * 2 < len(texts) or len(sentences[drug]) < 2:
        return ""
    # What the sources are about is named in their opening or often: a drug first named
    # well into a long article, in fewer than 1 of its 12 sentences, is one of several it
    # mentions ("if you take lithium, ..." in an article about medicines in a heatwave).
    if drug not in opening and len(sentences[drug]) * OFTEN < total:
        return ""
    form = written_as[max(sorted(spelled[drug]), key=lambda k: spelled[drug][k])]
    return form[:1].upper() + form[1:]


def readable_name(folder_name: str) -> str:
    """`sleep-hygiene_tips` -> "Sleep hygiene tips"; letters keep their case but the
    first ("DXM" stays "DXM")."""
    text = " ".join(w for w in re.split(r"[\s_-]+", folder_name) if w)
    return text[:1].upper() + text[1:] if text else FALLBACK
