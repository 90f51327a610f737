"""Reviewer's findings on session 6's landed work (rev6), each a failing test first."""

from __future__ import annotations

import pytest

from summarizer.gate.faithfulness import check_rewrite


def _blocked(quote: str, text: str, lang: str = "en", kind: str = "human-trial") -> bool:
    return bool(check_rewrite(quote, text, lang, kind))


# fc12bd6 let a new rare word through when its first four letters began any quote word,
# so a drug swapped for another with the same first letters ("Sertraline" ->
# "Sertindole"), or for a name that begins as a plain word of the quote does ("pilot" ->
# "Pilocarpine", "patients" -> "patisiran"), passed; 3127e27 blocked the first.
@pytest.mark.parametrize(("quote", "text"), [
    ("Sertraline eased panic attacks in a small trial.",
     "Sertindole eased panic attacks in a small trial."),
    ("Inositol eased panic attacks in a small pilot trial.",
     "Pilocarpine eased panic attacks in a small pilot trial."),
    ("In a small trial, inositol eased panic attacks in patients.",
     "In a small trial, patisiran eased panic attacks in patients."),
])
def test_a_name_sharing_only_its_first_letters_with_a_quote_word_is_a_swap(quote, text):
    assert _blocked(quote, text)


@pytest.mark.parametrize(("quote", "text", "lang"), [
    # another form of the quote's own word stays no new name
    ("Bajarla poco a poco es lo más seguro, dice la médica.",
     "Bajándola poco a poco es lo más seguro, dice la médica.", "es"),
    ("Los investigadores sometieron a ratas a estrés y les dieron cúrcuma.",
     "Los investigadores estresaron a unas ratas y les dieron cúrcuma.", "es"),
])
def test_another_form_of_a_quote_word_is_still_no_new_name(quote, text, lang):
    assert not _blocked(quote, text, lang, "animal" if "ratas" in quote else "opinion")


# a0b49a4's message named the quote's audience by the rulebook's internal tag: "the text
# says the line serves 'veterans'; the quote says 'lang:es'". The editor reads the words.
def test_an_audience_finding_names_the_audience_in_words():
    problems = check_rewrite("Spanish speakers can call 988 and press 2.",
                             "Veterans can call 988 and press 2.", "en", "crisis-line")
    message = " ".join(p.message for p in problems)
    assert "veterans" in message.casefold() and "Spanish" in message
    assert "lang:" not in message


# f064dee blanked an OSC/DCS string ("␛]…") up to its terminator *or, without one, to the
# end of the line*, so one stray "␛]8;;" (a terminal hyperlink's opener copied without its
# end) made the rest of its line no sentence at all: the crisis line and the supervision
# notice after it were no longer found (3127e27 found both).
def test_an_unterminated_osc_opener_hides_none_of_the_text_after_it(tmp_path):
    from summarizer.sources.segment import segment
    from summarizer.terminal import mask_controls

    text = ("Ketamine eased depression in a small trial.\x1b]8;; If you are thinking about "
            "suicide, call or text 988. Do not drive after a dose; a nurse stays with you.")
    said = [s.text for s in segment(text, "txt")]
    assert any("call or text 988" in s for s in said)
    assert any(s.startswith("Do not drive") for s in said)
    # as loaded (control characters shown by their stand-ins) too
    shown = text.replace("\x1b", "\u241b")
    assert "call or text 988" in mask_controls(shown)
    # a terminated one is still blanked whole, one space for each character
    titled = "It worked.\x1b]0;title\x07 Then more."
    assert mask_controls(titled) == "It worked." + " " * 10 + " Then more."


# ac4db9a reads a text in another language than its quote with the checks that compare
# meanings, but left out three that already read each side in its own language: an English
# handout quoting a Spanish article could print "you can go home on your own" for "nadie
# puede irse solo a casa", "you can drive yourself home" for "alguien debe llevarle a casa
# en coche", and "children can be given it" for "no está aprobado para los niños" (each
# is blocked when both sides are English).
Q_NURSE = ("Durante la sesión, una enfermera está con usted y con los demás pacientes, y "
           "nadie puede irse solo a casa.")
Q_DRIVEN = ("Alguien debe llevarle a casa en coche, y no puede conducir hasta el día "
            "siguiente, según los médicos del hospital.")
Q_CHILDREN = ("El fármaco no está aprobado para los niños ni para los adolescentes, y su uso "
              "es solo para adultos.")


@pytest.mark.parametrize(("quote", "text", "kind", "unfaithful"), [
    (Q_NURSE, "During the session a nurse is with you, and you can go home on your own.",
     "supervision", True),
    (Q_NURSE, "During the session a nurse stays with you and the other patients, and no one "
     "may go home alone.", "supervision", False),
    (Q_DRIVEN, "You can drive yourself home after the session.", "supervision", True),
    (Q_DRIVEN, "Someone must drive you home, and you cannot drive until the next day, the "
     "hospital's doctors say.", "supervision", False),
    (Q_CHILDREN, "Children and teenagers can be given the drug.", "regulatory", True),
    (Q_CHILDREN, "The drug is not approved for children or teenagers; it is for adults only.",
     "regulatory", False),
])
def test_a_spanish_quote_printed_in_english_keeps_who_may_go_drive_and_use(
        quote, text, kind, unfaithful):
    assert bool(check_rewrite(quote, text, "en", kind)) is unfaithful


# c598982 let a quote's own "alone" exempt a text that drops the supervision unless an
# order's negation stood before it ("no podrá irse solo"); a negative subject ("nobody can
# go home alone", "nadie puede irse solo") was read as the quote saying alone, so the text
# "you can go home on your own" passed; and a text keeping it ("nobody goes home alone")
# must still pass.
@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), [
    ("During the session a nurse stays with you, and nobody can go home alone.",
     "During the session a nurse is with you, and you can go home on your own.", "en", True),
    ("During the session a nurse stays with you, and nobody can go home alone.",
     "A nurse stays with you during the session, and nobody goes home alone.", "en", False),
    (Q_NURSE, "Durante la sesión una enfermera está con usted, y puede irse solo a casa.",
     "es", True),
    (Q_NURSE, "Una enfermera está con usted durante la sesión y nadie se va solo a casa.",
     "es", False),
    ("You may go home on your own once the nurse says you are fine.",
     "Once the nurse says you are fine, you can go home alone.", "en", False),
])
def test_nobody_going_alone_is_supervision_kept(quote, text, lang, unfaithful):
    assert bool(check_rewrite(quote, text, lang, "supervision")) is unfaithful
