"""How a notice's contact is printed to be reached: the channels its notice says.

Detection gives a contact every channel its article names ("Call or text 988 or chat at
org." gives 988 call, text and chat), but the editor may rewrite the notice ("Call or
text 988."), and the PDF then printed "988 Call, text, or chat online" under a text that
offers no chat and no address to chat at (tester9 #5). So when the notice's printed text
(in the handout's source language: every language prints the same contact line) names
ways of reaching a line, the contact line keeps only those; a text that names none keeps
the contact's own. Words are the rulebook's `call_words`, `text_words` and `chat_words`
of every language. Pure: no Textual, no WeasyPrint.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from summarizer.model import Contact, Disclaimer
from summarizer.rulebook import WordList, in_every_language, on_reload

CHANNELS: tuple[str, ...] = ("call", "text", "chat")


@lru_cache(maxsize=1)
def _words() -> dict[str, WordList]:
    # a word and its endings: "chat" is also "chatee", "chatten", "chattez"
    return {ch: WordList(f"{ch}_words", "en",
                         tuple(rf"(?:{e})\w*" for e in in_every_language(f"{ch}_words")))
            for ch in CHANNELS}


on_reload(_words.cache_clear)


@lru_cache(maxsize=1024)
def named_channels(text: str) -> frozenset[str]:
    """The ways of reaching a line `text` names ("Call or text 988." -> call, text)."""
    return frozenset(ch for ch, wl in _words().items() if wl.entries and wl.search(text))


on_reload(named_channels.cache_clear)


def printed_channels(contact: Contact, notice_text: str) -> tuple[str, ...]:
    """The contact's channels the notice's text names, in the contact's order; all of
    them when the text names none of them (or no channel at all)."""
    named = named_channels(notice_text)
    kept = tuple(ch for ch in contact.channels if ch in named)
    return kept or tuple(contact.channels)


def as_printed(notice: Disclaimer) -> list[Contact]:
    """The notice's contacts with the channels the PDF, the review sheet and the editor
    print for them."""
    return [replace(c, channels=printed_channels(c, notice.text)) for c in notice.contacts]
