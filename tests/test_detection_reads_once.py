"""Each distinct sentence of an analysis is read once by the notice rules and the model.

`summarizer claims` on 3 MB of articles took 14.6 s: a long page repeats its footer,
notices and link lists, and every sentence was read by the trained model twice (once
for the notice kinds, once for an unattributed not-approved notice). The readings are
kept per sentence, language and model in use (sources.disclaimers), so the results are
the same and each sentence costs one reading. Counted here, not timed.
"""

from __future__ import annotations

import pytest

from summarizer.learned import notices
from summarizer.sources.disclaimers import find_disclaimers, sentence_kinds
from summarizer.sources.segment import segment_full

PAGE = ("Ketamine eased depression in a small trial of 40 adults. "
        "Nobody has authorized the spray as a treatment for children. "
        "Do not drive until the next day after a dose. "
        "A nurse stays with you for two hours after each dose. ")


@pytest.fixture
def readings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    monkeypatch.delenv(notices.ENV, raising=False)
    seen: list[tuple[str, str, str]] = []
    real = notices.NoticeModel.read  # kinds_of reads through it too

    def counted(self: notices.NoticeModel, sentence: str, lang: str, before: str = "",
                after: str = ""):  # type: ignore[no-untyped-def]
        seen.append((sentence, before, after))  # a sentence beside another is another read
        return real(self, sentence, lang, before, after)

    monkeypatch.setattr(notices.NoticeModel, "read", counted)
    return seen


def test_the_model_reads_each_distinct_sentence_once(readings: list[tuple[str, str, str]]) -> None:
    text = PAGE * 5 + "Read the label before you take any cough medicine with it. " * 3
    seg = segment_full(text, "txt")
    find_disclaimers("s", text, seg.sentences, seg.block_of, "US")
    assert readings, "the model was consulted"
    assert sorted(readings) == sorted(set(readings))


def test_kept_readings_follow_the_model_in_use(readings: list[tuple[str, str, str]], tmp_path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Another model file, or "off", is another reading, never a kept one."""
    import json

    sentence = "Stay close to home for the rest of the day."
    kinds = ["regulatory", "supervision", "self-medication", "side-effects"]
    always = tmp_path / "always.json"
    always.write_text(json.dumps({
        "format": notices.FORMAT, "langs": ["en"], "order": kinds,
        "kinds": {k: {"bias": 5.0, "threshold": 0.0} for k in kinds},
        "weights": {"the": [1.0, 1.0, 1.0, 1.0]}}), encoding="utf-8")
    shipped = sentence_kinds(sentence, "en")
    monkeypatch.setenv(notices.ENV, str(always))
    with_always = sentence_kinds(sentence, "en")
    assert with_always != shipped
    monkeypatch.setenv(notices.ENV, "off")
    assert sentence_kinds(sentence, "en") == sentence_kinds(sentence, "en", use_model=False)
    monkeypatch.delenv(notices.ENV)
    assert sentence_kinds(sentence, "en") == shipped
