"""Vocabulary that was written into modules lives in the word files (knowledge lives
once): each list moved out of a module is read in every language, so a clinic's word
file for a new language adds its own word, and a reload forgets it. The shipped lists
keep the modules' verdicts (checked line by line on the labelled articles when moved)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from summarizer import rulebook
from summarizer.sources import disclaimers

ITALIAN = Path(__file__).parent / "data" / "italian" / "words_it.toml"


class Clinic:
    """A clinic's Italian word file in the user's data folder, holding extra lists."""

    def __init__(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.home = tmp_path / "data-home"
        self.monkeypatch = monkeypatch

    def add(self, lists: str) -> None:
        words = self.home / "summarizer" / "rulebook" / "words"
        words.mkdir(parents=True, exist_ok=True)
        (words / "it.toml").write_text(lists + "\n" + ITALIAN.read_text("utf-8"), "utf-8")
        self.monkeypatch.setenv("XDG_DATA_HOME", str(self.home))
        self.monkeypatch.setenv("XDG_DATA_DIRS", str(self.home.parent / "no-site"))
        rulebook.reload()

    def leave(self) -> None:
        self.monkeypatch.undo()
        rulebook.reload()


@pytest.fixture
def clinic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Clinic]:
    c = Clinic(tmp_path, monkeypatch)
    try:
        yield c
    finally:
        c.leave()


def _learns(clinic: Clinic, lists: str, says: Callable[[], bool]) -> None:
    """`says()` is false with the shipped lists, true with the clinic's, false again
    after the clinic's file is gone and the rulebook reloaded."""
    assert not says()
    clinic.add(lists)
    assert says()
    clinic.leave()
    assert not says()


# --------------------------------------------------------------------------- disclaimers


def _kinds(sentence: str, lang: str = "en") -> set[str]:
    return {k for k, _ in disclaimers.sentence_kinds(sentence, lang, use_model=False)}


@pytest.mark.parametrize("sentence", [
    "This article is for informational purposes only.",
    "It is not intended as a substitute for professional medical advice.",
    "Always seek the advice of your physician with any questions about a condition.",
])
def test_the_shipped_legends_are_educational(sentence: str) -> None:
    assert "educational" in _kinds(sentence)


def test_a_clinics_word_file_adds_an_educational_legend(clinic: Clinic) -> None:
    legend = "Queste informazioni hanno solo scopo informativo."
    _learns(clinic, r"educational_legends = ['solo\s+scopo\s+informativo']",
            lambda: "educational" in _kinds(legend, "it"))


def test_a_clinics_word_file_adds_an_only_word_and_a_modal(clinic: Clinic) -> None:
    def says() -> bool:
        only, modal = disclaimers._only_modal()
        return bool(only.match("soltanto dopo averne parlato con il medico")
                    and modal.search("Il farmaco si deve prendere soltanto dopo"))

    _learns(clinic, "only_words = ['soltanto']\nreader_modals = ['deve']", says)


# --------------------------------------------------------------------------- concepts


def test_advertising_beside_a_quotation_is_seller_talk() -> None:
    from summarizer.sources import concepts

    assert concepts.seller_talk("The shop advertises it as “the end of sleepless nights”.")
    assert concepts.seller_talk("Un anbieter verspricht „Ruhe in sieben Tagen“.", "de")


def test_a_clinics_word_file_adds_an_advertising_word(clinic: Clinic) -> None:
    from summarizer.sources import concepts

    sentence = "Il sito lo pubblicizza come «la fine dell'insonnia»."
    _learns(clinic, r"advertising_words = ['pubblicizza\w*']",
            lambda: concepts.seller_talk(sentence, "it") == ("pubblicizza",))


# --------------------------------------------------------------------------- contacts


def _texted(sentence: str) -> list[str]:
    from summarizer.sources.contacts import find_contacts

    return [f.contact.number for f in find_contacts(sentence, "IT")
            if "text" in f.contact.channels]


def test_a_text_word_and_its_preposition_before_a_bare_number() -> None:
    assert _texted("If you are thinking of suicide, send an SMS to 51444.") == ["51444"]


def test_a_clinics_word_file_adds_a_text_preposition(clinic: Clinic) -> None:
    sentence = "If you are thinking of suicide, send an SMS allo 51444."
    _learns(clinic, "text_prepositions = ['allo']", lambda: _texted(sentence) == ["51444"])


# --------------------------------------------------------------------------- evidence


@pytest.mark.parametrize("sentence", ["That lasted two weeks.", "Sin embargo, el efecto duró poco.",
                                      "Cela n'a pas duré.", "Das hielt zwei Wochen an."])
def test_shipped_openers_point_back(sentence: str) -> None:
    from summarizer import evidence

    assert evidence.continues(sentence)


def test_a_clinics_word_file_adds_an_opener_pointing_back(clinic: Clinic) -> None:
    from summarizer import evidence

    _learns(clinic, "continuing_openers = ['quell[oa]']",
            lambda: evidence.continues("Quello è durato due settimane."))


def test_a_clinics_word_file_adds_a_study_named_before(clinic: Clinic) -> None:
    from summarizer import evidence

    assert evidence.about_earlier("In those trials, fewer people fell.")
    _learns(clinic, "earlier_determiners = ['quegli']\nearlier_study_nouns = ['studi']",
            lambda: evidence.about_earlier("In quegli studi, meno persone sono cadute."))
    _learns(clinic, r"earlier_participants = ['partecipanti\s+allo\s+studio']",
            lambda: evidence.about_earlier("I partecipanti allo studio dormivano meglio."))


def test_a_clinics_word_file_adds_a_result_word(clinic: Clinic) -> None:
    from summarizer import evidence

    def result(text: str) -> Callable[[], bool]:
        return lambda: bool(evidence._patterns().result.search(text))

    assert result("52 percent of those on the cream")()
    assert result("symptoms disappeared in most")()
    _learns(clinic, r"percent_words = ['per\s+cento']", result("il 52 per cento dei pazienti"))
    _learns(clinic, r"result_phrases = ['dimezzat[oia]\b']", result("il dolore si è dimezzato"))


def test_a_clinics_word_file_adds_none_given(clinic: Clinic) -> None:
    from summarizer import evidence

    def none_given(text: str) -> Callable[[], bool]:
        return lambda: bool(evidence._patterns().none_given.search(text))

    assert none_given("None of the 40 participants received a placebo")()
    _learns(clinic, r"none_given = ['nessuno\s+dei\b[^,;:]*?\bha\s+ricevuto\b']",
            none_given("Nessuno dei 40 partecipanti ha ricevuto un placebo"))


def test_a_clinics_word_file_adds_a_new_study_opener(clinic: Clinic) -> None:
    from summarizer import evidence

    assert evidence._introduces_study("Another trial found the same.", "en")
    _learns(clinic, "new_study_determiners = ['uno']",
            lambda: evidence._introduces_study("Uno studio recente ha trovato di più.", "it"))
    _learns(clinic, "new_study_leads = ['nel']\nnew_study_determiners = ['secondo']",
            lambda: evidence._introduces_study("Nel secondo studio, di più.", "it"))


# --------------------------------------------------------------------------- boilerplate


@pytest.mark.parametrize("line", ["Skip to main content", "Todos los derechos reservados.",
                                  "Article rédigé par notre équipe", "Versandkosten: 4,95 €",
                                  "Reminder: this forum is not a substitute for care."])
def test_the_shipped_furniture_phrases_mask_furniture(line: str) -> None:
    from summarizer.sources.boilerplate import is_furniture_text

    assert is_furniture_text(line)


def test_a_clinics_word_file_adds_furniture_and_a_forum_reminder(clinic: Clinic) -> None:
    from summarizer.sources.boilerplate import is_furniture_text

    _learns(clinic, r"page_furniture = ['\btutti\s+i\s+diritti\s+riservati\b']",
            lambda: is_furniture_text("Tutti i diritti riservati."))
    _learns(clinic, r"forum_reminders = ['promemoria']" + "\n" + r"this_forum = ['questo\s+forum']",
            lambda: is_furniture_text("Promemoria: questo forum non sostituisce il medico."))
