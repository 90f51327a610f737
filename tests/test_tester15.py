"""Defects found by tester15 (session 13) using summarizer as its users would: a nurse
educator in the editor, clinic staff exporting a batch, a translator adding a language,
an approval committee reading `summarizer review`.

The seed articles are used by path (never copied into the repository).
"""

from __future__ import annotations

from summarizer.tui.reading import analyze, suggestions

# --------------------------------------------------------------------------- plain words
# for a plural


def _offered(text: str, lang: str = "en") -> dict[str, tuple[str, ...]]:
    return {s.word: s.alternatives for s in suggestions(analyze(text, lang), text)}


def test_a_plural_hard_word_is_offered_plural_plain_words() -> None:
    """'Side effects can include nausea.' offered 'side effects → unwanted effect' and
    ctrl+l on 'Some people need infusions' wrote 'need drip into a vein': the lexicon
    matches a term's plural but gave its singular wording. A plural term now gets plural
    wordings, and a wording that cannot be made plural word by word (a noun with a
    phrase after it) is not offered for it."""
    assert _offered("Side effects can include nausea.")["Side effects"] == (
        "unwanted effects",)
    assert _offered("Some people need infusions every week.")["infusions"] == ("IV drips",)
    # the singular and a term written plural in the lexicon are as they were
    assert _offered("A side effect can be nausea.")["side effect"] == ("unwanted effect",)
    assert _offered("Doctors give infusions of ketamine.")["infusions"] == ("IV drips",)
    assert _offered("Most antidepressants take weeks to work.")["antidepressants"] == (
        "depression medicines",)
    # Spanish: a one-word wording takes the plural; a phrase that would need agreement
    # is left out
    assert _offered("Las cohortes del estudio eran pequeñas.", "es")["cohortes"] == (
        "grupos",)
