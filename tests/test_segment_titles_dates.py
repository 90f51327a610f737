"""German bylines and dates keep their sentences whole.

"Von Prof. Dr. med. Katrin Wolff, Fachärztin." was split after "med.", so the byline
became two sentences, "Katrin Wolff, Fachärztin." a proposed claim; "Stand: 3. März
2025." split after the day. The family: a degree's part after a title ("Dr. med.",
"Dr. rer. nat.", "Prof. Dr. phil."), a hyphenated degree ("Dipl.-Psych.", "Dr.-Ing."),
and a day number before its month ("am 3. März", "bis 12. Jänner"). Both sentence
splitters (the source segmenter and the readability splitter) read them alike, and a
sentence that really ends in a number or a lower-case word still ends there.
"""

from __future__ import annotations

import pytest

from summarizer.readability.analyze import split_sentences
from summarizer.sources.segment import segment

WHOLE = [
    "Von Prof. Dr. med. Katrin Wolff, Fachärztin für Psychiatrie.",
    "Autorin: Dr. rer. nat. Anna Berg, Apothekerin in Kassel.",
    "Geprüft von Prof. Dr. phil. Jonas Klein und Dr. med. dent. Eva Roth.",
    "Dipl.-Psych. Jonas Klein erklärt, was bei Prüfungsangst hilft.",
    "Der Artikel von Dr.-Ing. Paul Weber beschreibt das Gerät.",
    "Beraten hat Mag. pharm. Eva Huber aus der Apotheke am Markt.",
    "Mag. Eva Huber ist Apothekerin in Graz.",
    "Stand: 3. März 2025, zuletzt geprüft von der Redaktion.",
    "Die Studie lief vom 1. Oktober bis zum 12. Jänner und hatte 80 Teilnehmende.",
    "Ab dem 15. Dezember ist das Mittel wieder lieferbar.",
    # a number's "no." ("registered in Ireland no. 512847")
    "Riverside Pharmacies Ltd, registered in Ireland no. 523411, Co. Cork, sells it.",
]

ENDS = [
    # a year or a count that ends its sentence before a capital
    "The trial ended in 2019. March brought the first results.",
    "Sie nahm 3. Danach ging es ihr besser.",
    "Die Zahl der Teilnehmenden lag bei 12. Die Studie endete früh.",
    # a lower-case word spelled like a degree part ends its sentence
    "He asked for his med. Nobody answered the bell.",
    "She read it in a glossy mag. Then she called her doctor.",
    "Her answer was no. Then the nurse explained the risks again.",
]


def _segment(text: str) -> list[str]:
    return [s.text for s in segment(text)]


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize("sentence", WHOLE)
@pytest.mark.parametrize("splitter", [_segment, _split], ids=["segment", "readability"])
def test_titles_and_dates_keep_the_sentence_whole(splitter, sentence: str) -> None:
    text = f"{sentence} Danach kommt ein zweiter Satz."
    assert splitter(text) == [sentence, "Danach kommt ein zweiter Satz."]


@pytest.mark.parametrize("text", ENDS)
@pytest.mark.parametrize("splitter", [_segment, _split], ids=["segment", "readability"])
def test_a_number_or_word_at_the_end_still_ends_it(splitter, text: str) -> None:
    assert len(splitter(text)) == 2
