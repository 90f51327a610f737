"""Leftovers of session 20 (polish21), each written failing before its fix."""

from __future__ import annotations

import pytest
from faith_helpers import blocked, ids

from summarizer.gate.faithfulness import done_without_problems

# done_without_problems compared what the quote spares ("without first asking the local
# pharmacist") by the word's full stem, and everything else (what it says, denies, sets
# aside) by key(), its first five letters: another form of a spared word ("pharmacy",
# "checks", "farmacia") was read as a step the quote asks for, and a faithful text blocked.
SPARED_OTHER_FORM = [
    ("You can start it without first asking the local pharmacist.",
     "You can start it without pharmacy advice.", "en"),
    ("You can start the cream without waiting for a nurse checking your skin.",
     "You can start it without checks by a nurse.", "en"),
    ("Puede empezar sin antes pedir consejo al farmacéutico.",
     "Puede empezar sin pasar por la farmacia.", "es"),
]
# ...while the same words, when the quote asks for the step, are still read as left out
ASKED_FOR = [
    ("Start it only after asking the local pharmacist.",
     "You can start it without pharmacy advice.", "en"),
    ("Start the cream only after a nurse has been checking your skin.",
     "You can start it without checks by a nurse.", "en"),
    ("Empiece solo después de pedir consejo al farmacéutico.",
     "Puede empezar sin pasar por la farmacia.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), SPARED_OTHER_FORM, ids=ids)
def test_another_form_of_what_the_quote_spares_is_not_a_step_left_out(quote, text, lang):
    assert done_without_problems(text, lang, quote, lang) == []
    assert not blocked(quote, text, lang, "supervision")


@pytest.mark.parametrize(("quote", "text", "lang"), ASKED_FOR, ids=ids)
def test_a_step_the_quote_asks_for_is_still_left_out(quote, text, lang):
    assert done_without_problems(text, lang, quote, lang)


# es care_acts: "(le|la|lo|les) sub…/baj…/llam…/pes…" is meant for the verb with its
# clitic ("le subirá la dosis", "la enfermera le pesa"); after the article the same
# letters begin a noun ("la subida de la presión", "la llamada del médico", "la
# pesadilla"), which sources/concepts.supervision read as a carer's act. (None of the
# released folders has such a sentence: the 34 firings of these words there are verbs,
# or care nouns labelled supervision.)
NOUN_NOT_CARE = [
    "La subida de la presión es rara, según los médicos del estudio.",
    "La bajada de peso que promete el farmacéutico no está demostrada.",
    "La llamada del médico llegó tarde.",
    "Tuvo la pesadilla de siempre y se la contó a su médico.",
]
VERB_IS_CARE = [
    "Si su médico se la receta, le subirá la dosis poco a poco.",
    "Mi psiquiatra me la bajó poco a poco.",
    "En cada visita una enfermera te pesa y te toma la presión.",
    "Nuestros psiquiatras le llaman a las dos semanas de empezar.",
]


@pytest.mark.parametrize("sentence", NOUN_NOT_CARE, ids=ids)
def test_a_noun_after_the_article_is_no_care_act(sentence):
    from summarizer.sources.concepts import supervision

    assert supervision(sentence, "es") == ()


@pytest.mark.parametrize("sentence", VERB_IS_CARE, ids=ids)
def test_the_verb_after_its_clitic_is_still_a_care_act(sentence):
    from summarizer.sources.concepts import supervision

    assert supervision(sentence, "es")
