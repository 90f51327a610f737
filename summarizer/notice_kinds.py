"""What kinds of safety notice one sentence states: the reader source detection uses,
offered to the gate so a notice's printed text is read by the same rules as its quote
(the gate may not reach into sources/; this is its one door there, like evidence.py).

Reading needs detection's word lists and the notice model, about 0.2 s to import and
compile in a fresh process: more than the rest of the gate, which a one-shot `export`
runs while WeasyPrint loads. So each answer is kept in the user's cache (usercache), named
by the sentence, its language and the fingerprint of the code and rulebook that read it
(analysis_cache.code_fingerprint): a changed rule or model is another name, so a stale
answer is never read, and a handout checked before costs a few file reads.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache

from summarizer.rulebook import on_reload

CACHE_KIND = "notice-kinds"


def _kept(kind: str, name: str, read: Callable[[], frozenset[str]]) -> frozenset[str]:
    """`read()`'s answer, kept in the user's cache under `kind` as `name` prefixed with the
    code's fingerprint; read afresh, and not kept, when another model file is in use
    (SUMMARIZER_NOTICE_MODEL). stated_kinds and source_kinds share it."""
    from summarizer import usercache
    from summarizer.learned.notices import ENV

    if os.environ.get(ENV):
        return read()
    from summarizer.sources.analysis_cache import code_fingerprint

    key = f"{code_fingerprint()}\0{name}"
    hit = usercache.read_entry(kind, key)
    if isinstance(hit, list) and all(isinstance(k, str) for k in hit):
        return frozenset(hit)
    found = read()
    usercache.write_entry(kind, key, sorted(found))
    return found


@lru_cache(maxsize=4096)
def stated_kinds(sentence: str, lang: str) -> frozenset[str]:
    """The notice kinds (regulatory, supervision, self-medication, side-effects) that
    `sentence` states, read in `lang` with the rules and the shipped model."""
    def read() -> frozenset[str]:
        from summarizer.sources.disclaimers import stated_kinds as read_sentence

        return read_sentence(sentence, lang)
    return _kept(CACHE_KIND, f"{lang}\0{sentence}", read)


on_reload(stated_kinds.cache_clear)  # edited word lists are read again: so are answers


SOURCE_CACHE_KIND = "source-notice-kinds"


def source_kinds(text: str, region: str = "") -> frozenset[str]:
    """The notice kinds detection finds in a whole source (what the Sources tab tags as
    notices): the gate requires a notice kind beyond the region's own only when the
    handout's sources state one (gate/required.py). Kept in the user's cache by the
    text's digest and the code's fingerprint, as `stated_kinds` is."""
    import hashlib

    def read() -> frozenset[str]:
        from summarizer.sources.disclaimers import find_disclaimers
        from summarizer.sources.segment import segment_full

        seg = segment_full(text)
        found, _ = find_disclaimers("source", text, seg.sentences, seg.block_of, region)
        return frozenset(d.kind for d in found)
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return _kept(SOURCE_CACHE_KIND, f"{region}\0{digest}", read)
