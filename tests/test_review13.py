"""Review of session 13 (review13): defects found in the session's change, each with the
input that showed it."""

from __future__ import annotations

import pytest

from summarizer.sources.contacts import find_contacts


@pytest.mark.parametrize(("sentence", "region", "number", "label"), [
    # the nearest name belongs to the other line of the sentence: the PDF printed
    # "Lifeline 1300 22 4636" and "Samaritans 0800 376 633"
    ("Call Beyond Blue on 1300 22 4636 or Lifeline on 13 11 14.", "AU",
     "+611300224636", "Beyond Blue"),
    ("Call Lifeline on 13 11 14 or 13YARN on 13 92 76.", "AU", "139276", "13YARN"),
    ("Call Lifeline on 13 11 14 or Beyond Blue on 1300 22 4636.", "AU",
     "+611300224636", "Beyond Blue"),
    ("If you are struggling, call Samaritans on 116 123 or Youthline on 0800 376 633.",
     "NZ", "+64800376633", "Youthline"),
])
def test_a_known_number_never_carries_another_lines_name(
        sentence: str, region: str, number: str, label: str) -> None:
    found = {f.contact.number: f.contact.label for f in find_contacts(sentence, region)}
    assert found[number] == label


def test_a_known_number_keeps_a_name_the_article_gives_it() -> None:
    found = {f.contact.number: f.contact.label
             for f in find_contacts("Kids Helpline (1800 55 1800) and Lifeline (13 11 14) "
                                    "are open all night.", "AU")}
    assert found == {"+611800551800": "Kids Helpline", "131114": "Lifeline"}


def _twice_as_long_takes_about_twice_the_time(read: object, lead: str, filler: str) -> None:
    """Twice the text must take at most 3x the time (benchmarks/hostile.py's target): a
    pattern tried from every digit of a run ("1,1,1,…") reads the run to its end each
    time, and the time grows with the square of the run."""
    import time

    def took(size: int) -> float:
        hostile = lead + (filler * size)[:size]
        started = time.process_time()
        read(hostile)  # type: ignore[operator]
        return time.process_time() - started

    read(lead + filler)  # type: ignore[operator]  # word lists loaded
    assert took(6000) <= 3 * max(took(3000), 0.05)


@pytest.mark.parametrize(("lead", "filler", "lang"), [
    # 2 s and 8 s per 20,000 characters for a run of "1,": two design_observational
    # entries of session 13 ("\d[\d,]*\s+… patients who … our") and result_shares
    ("We followed ", "1,", "en"),
    ("Wir haben ", "1.", "de"),  # de design_observational, result_shares: "\d[\d.]*"
    ("Hemos visto ", "1.", "es"),  # es result_shares
])
def test_a_run_of_digits_is_read_from_its_first_digit(lead: str, filler: str,
                                                      lang: str) -> None:
    from summarizer import evidence

    _twice_as_long_takes_about_twice_the_time(
        lambda text: evidence.classify(text, lang=lang), lead, filler)


@pytest.mark.parametrize(("lead", "filler"), [("Dans ", "1 "), ("On ", "1.1,")])
def test_a_notice_reader_reads_a_run_of_numbers_once(lead: str, filler: str) -> None:
    from summarizer.sources.disclaimers import sentence_kinds

    lang = "fr" if lead == "Dans " else "en"
    _twice_as_long_takes_about_twice_the_time(
        lambda text: sentence_kinds(text, lang, use_model=False), lead, filler)


@pytest.mark.parametrize("filler", ["1-", "a-"])
def test_a_hyphenated_run_is_read_from_its_first_character(filler: str) -> None:
    # en refutations "(?:[\w-]+\s+){0,3}?(?:say|…)" and site_furniture "[\w-]+(?:\.[a-z]{2,})+
    # \s+is": 13 s per 20,000 characters of "1-1-1-…" in flag_claim
    from summarizer.sources.claims import flag_claim

    _twice_as_long_takes_about_twice_the_time(lambda text: flag_claim(text, "en"),
                                              "Experts ", filler)


@pytest.mark.parametrize("filler", ["1,", "a, "])
def test_how_to_use_reads_each_clause_start_once(filler: str) -> None:
    # each clause start searched the whole text before it for its punctuation and read
    # the rest of the text as one word ("1,1,1,…"): 10 s per 20,000 characters in
    # sentence_kinds, real text 0.4 s
    from summarizer.sources.concepts import how_to_use

    _twice_as_long_takes_about_twice_the_time(lambda text: how_to_use(text, "en"),
                                              "Take ", filler)


def test_a_line_texted_is_a_number_that_takes_texts() -> None:
    """Youthline's free text is 234, not its 0800 freephone line: regions.toml gave
    0800 376 633 the text channel, which a handout would print as "Call or text"."""
    import phonenumbers

    from summarizer.rulebook import regions

    takes_texts = {phonenumbers.PhoneNumberType.MOBILE,
                   phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
    wrong = [f"{ln.region} {ln.label} {ln.number}" for ln in regions().lines()
             if "text" in ln.channels and ln.number.startswith("+")
             and phonenumbers.number_type(phonenumbers.parse(ln.number)) not in takes_texts]
    assert wrong == []


@pytest.mark.parametrize(("sentence", "region", "label"), [
    # a line's name read with the verb that opens the sentence: "Call Lifeline" printed
    # as the service's name
    ("Call Lifeline on 13 11 14.", "AU", "Lifeline"),
    ("Ring Lifeline on 13 11 14 any time.", "AU", "Lifeline"),
    ("Call Samaritans on 116 123.", "GB", "Samaritans"),
])
def test_a_lines_name_is_read_without_the_verb_before_it(sentence: str, region: str,
                                                         label: str) -> None:
    assert [f.contact.label for f in find_contacts(sentence, region)] == [label]


@pytest.mark.parametrize(("text", "blocked"), [
    # the period said in other numbers excused every number written inside it: a count
    # changed elsewhere ("3 patients" -> "6 patients") passed because "6" is in "every 6
    # months"
    ("Get the injection every 6 months. In the trial, 6 patients had a rash.", True),
    ("Get the injection every 6 months. In the trial, 3 patients had a rash.", False),
    ("Get the injection every 6 months, and 6 months of care follow.", True),
])
def test_a_period_said_in_other_numbers_excuses_only_itself(text: str, blocked: bool) -> None:
    from summarizer.gate.faithfulness import compare

    quote = "Get the injection twice a year. In the trial, 3 patients had a rash."
    if "care" in text:
        quote = "Get the injection twice a year, and 3 months of care follow."
    assert ("FAITH-NUMBER" in {p.code for p in compare(text, quote, "en")}) is blocked


def test_swapped_groups_reads_a_page_of_shares_in_linear_time() -> None:
    # each share split all the text before it to find its last three words: 1.5 s per
    # 20,000 characters of "1% aaa 2% bbb …", real text 0.05 s
    from summarizer.gate.swapped_groups import swapped_group_problems

    quote = ("1% ccc 2% ddd " * 1000)[:12000]
    _twice_as_long_takes_about_twice_the_time(
        lambda text: swapped_group_problems(text, "en", quote[:len(text)], "en"), "",
        "1% aaa 2% bbb ")
