"""A source that is one enormous sentence (a page whose full stops were lost, pasted
junk): a 9 MB one took 28 s in `claims` and kept the editor on "loading…" for 40-60 s.

The work must not grow with such a run: past segment.RUN_ON_BUDGET characters of
pieces, the rest of a run with no sentence end is not read, and that is said (the
analysis's `unread`, a warning from `claims`, a note in the editor's source list), never
silent. Asserted by counting (sentences made, readings done), not by the clock."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer.sources.segment import MAX_SENTENCE, RUN_ON_BUDGET, segment_full

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def _run_on(size: int) -> str:
    """The seed articles with every sentence end and line break taken out, repeated to
    `size` characters: one paragraph, one "sentence"."""
    seeds = sorted(SEEDS.glob("*.txt"))
    if not seeds:
        pytest.skip("no seed articles beside the checkout")
    words = re.sub(r"[.!?…]+", " ", " ".join(p.read_text("utf-8") for p in seeds))
    words = " ".join(words.split())
    text = (words + " ") * (size // len(words) + 1)
    return text[:size].rsplit(" ", 1)[0] + "."


def test_a_run_on_source_is_read_up_to_the_budget_and_the_rest_reported() -> None:
    small, big = _run_on(200_000), _run_on(2_000_000)
    seg_small, seg_big = segment_full(small), segment_full(big)
    # the same pieces read from both: the work after segmenting does not grow with the run
    assert [s.text for s in seg_big.sentences] == [s.text for s in seg_small.sentences]
    read = sum(len(s.text) for s in seg_big.sentences)
    assert RUN_ON_BUDGET <= read <= RUN_ON_BUDGET + MAX_SENTENCE
    assert all(len(s.text) <= MAX_SENTENCE for s in seg_big.sentences)
    # nothing silently lost: the pieces and then the unread rest hold every word in order
    ((start, end),) = seg_big.unread
    assert start > seg_big.sentences[-1].span.end and end == len(big)
    assert " ".join([*(s.text for s in seg_big.sentences), big[start:end]]).split() == big.split()


def test_an_article_with_sentence_ends_has_nothing_unread() -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    if not seeds:
        pytest.skip("no seed articles beside the checkout")
    for path in seeds:
        assert segment_full(path.read_text("utf-8")).unread == ()


def test_claims_and_notices_read_a_bounded_number_of_sentences(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every reader runs per sentence: the readings of notice kinds (the costliest pass)
    are as many for a 400 KB run as for a 200 KB one."""
    from summarizer.model import LoadedSource
    from summarizer.sources import analyze, disclaimers

    calls: list[str] = []
    kinds = disclaimers.sentence_kinds

    def counted(sentence: str, *args: object, **kwargs: object) -> object:
        calls.append(sentence)
        return kinds(sentence, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(disclaimers, "sentence_kinds", counted)
    counts, unread = [], []
    for size in (200_000, 400_000):
        calls.clear()
        analyze.forget()
        text = _run_on(size)
        a = analyze.analyze_source("run-on", LoadedSource("run-on.txt", "txt", text, "0"))
        counts.append(len(calls))
        unread.append(sum(e - s for s, e in a.unread))
        assert a.sentences and a.unread and a.unread[0][1] == len(text)
    assert counts[0] == counts[1] > 0
    assert unread[1] - unread[0] == len(_run_on(400_000)) - len(_run_on(200_000))


def test_claims_warns_of_the_unread_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from summarizer.cli import main

    path = tmp_path / "run-on.txt"
    path.write_text(_run_on(300_000), encoding="utf-8")
    main(["claims", str(path)])
    err = capsys.readouterr().err
    assert "warning" in err and "have no sentence end and were not read" in err
    assert "from offset 5" in err  # just past the budget's 50,000 characters


def test_the_unread_ranges_survive_the_analysis_cache() -> None:
    from summarizer.model import LoadedSource
    from summarizer.sources import analysis_cache, analyze

    text = _run_on(200_000)
    src = LoadedSource("run-on.txt", "txt", text, "0")
    analyses = {"run-on": analyze.analyze_source("run-on", src)}
    entries = analysis_cache._DECODER.decode(
        analysis_cache._ENCODER.encode(analysis_cache.to_entries(analyses))
    )
    back = analysis_cache.from_entries({"run-on": src}, entries)
    assert back["run-on"].unread == analyses["run-on"].unread != ()


def test_the_budget_is_the_texts_across_its_runs() -> None:
    """Three runs with no sentence end, paragraphs of one text (30 KB, 100 KB, 10 KB):
    the budget is spent across them, each run's last (shorter) piece counted too, so the
    second run is read up to it, the third not at all, and the sentence after them is."""
    import random

    rng = random.Random(3)
    words = ["ketamine", "helps", "some", "people", "with", "depression", "and", "nausea"]

    def run(size: int) -> str:
        out: list[str] = []
        while sum(len(w) + 1 for w in out) < size:
            out.append(rng.choice(words))
        return " ".join(out)

    a, b, c = run(30_000), run(100_000), run(10_000)
    text = "\n\n".join([a, b, c, "Call 988 now."])
    seg = segment_full(text)
    b_start = len(a) + 2
    c_start = b_start + len(b) + 2
    assert seg.sentences[-1].text == "Call 988 now."
    read = sum(len(s.text) for s in seg.sentences[:-1])
    assert RUN_ON_BUDGET <= read <= RUN_ON_BUDGET + MAX_SENTENCE
    (rest, b_end), third = seg.unread
    assert b_start < rest < b_end == b_start + len(b)
    assert third == (c_start, c_start + len(c))
    assert all(s.span.end <= rest for s in seg.sentences[:-1])
    pieces = [s.text for s in seg.sentences[:-1]]
    assert " ".join([*pieces, text[rest:b_end], c]).split() == " ".join([a, b, c]).split()
