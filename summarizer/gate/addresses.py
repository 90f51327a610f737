"""Web addresses and phone numbers cut short or run into the next word.

A web page's link text is often lost when an article is copied: "chat at
<a>988lifeline.org</a>" becomes "chat at org.", and "FindTreatment.gov or call" becomes
"FindTreatment.govor call". A notice built on such a quote tells a reader in crisis to go
somewhere that does not exist. This module finds them; the gate rule FAITH-GARBLED
(gate/builtin.py) reports them. Pure: text in, (as written, why) out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.rulebook import complete_languages, in_every_language

# The endings of web addresses are rulebook data (words/en.toml, read in every language:
# web_endings_generic, web_endings_words, web_endings_longer, web_endings_more; IANA Root
# Zone Database, https://www.iana.org/domains/root/db, read 2026-11).


@lru_cache(maxsize=4)  # keyed by the rulebook's lists: rebuilt when it reloads
def _endings_of(generic: tuple[str, ...], worded: tuple[str, ...], longer: tuple[str, ...],
                more: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    return ((*generic, *worded), frozenset(longer),
            frozenset({*generic, *worded, *longer, *more}))


def _endings() -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    """(the generic endings an article's contacts use, "gov", "org" first and those that are
    words too, "mil", "int", last; the longer real endings that begin with one of them:
    "FindTreatment.govor" is "FindTreatment.gov" + "or", "example.network" a real address;
    every ending besides a country's two letters read as an address's: a longer lowercase
    ending is a sentence run on, "the drug.compared")."""
    return _endings_of(in_every_language("web_endings_generic"),
                       in_every_language("web_endings_words"),
                       in_every_language("web_endings_longer"),
                       in_every_language("web_endings_more"))


# a host name: labels of letters, digits and hyphens joined by dots, the last letters only
_HOST = re.compile(r"(?<![@\w.-])((?:[A-Za-z0-9][A-Za-z0-9-]*\.)+)([A-Za-z]{2,})\b")


@lru_cache(maxsize=4)  # keyed by the rulebook's lists: rebuilt when it reloads
def _bare(leads: tuple[str, ...], generic: tuple[str, ...], worded: tuple[str, ...],
          ) -> re.Pattern[str]:
    """A top-level domain standing alone, its name lost: "chat at org.", "visit .gov".
    Written with its dot, or after a word that leads to an address (`address_leads` of
    the word files: "at", "visit", "en"): "net" and "mil" are words too ("the net
    effect", "mil pacientes")."""
    led = (rf"|\b(?:{'|'.join(leads)})\s+"
           rf"(?P<led>(?:{'|'.join(generic)})\b(?![.\w/-]*\w)\.?)") if leads else ""
    return re.compile(
        rf"(?<![\w.@/-])(?P<tld>\.(?:{'|'.join((*generic, *worded))})\b(?![.\w/-]*\w)\.?){led}",
        re.IGNORECASE)
# a scheme or "www." with nothing after it
_EMPTY = re.compile(r"(?i)\b(?:https?://|www\.)(?=\s|$|[,;)])")
# a phone number as written: digits with spaces, dots, dashes or brackets between (THE
# gate's definition: faithfulness.py blanks and compares the same numbers). A dot
# followed by a space ends a sentence: "call 988. 988 Lifeline" is two numbers.
PHONE = re.compile(r"\+?\(?\d(?:[\d\s()\-–]|\.(?!\s)){5,}\d")


def _run_together(label: str) -> str:
    """The word run onto a generic TLD ("govor" -> "or"), or ""."""
    low = label.casefold()
    generic, longer, _ = _endings()
    if low in generic or low in longer:
        return ""
    head = next((t for t in generic if low.startswith(t)), "")
    if not head:
        return ""
    # "FindSupport.govIf" or "FindTreatment.govor": a word after the TLD; not a sentence
    # run on without its space ("the drug.Compared")
    if label[0].isupper():
        return ""
    return label[len(head):]


def garbled_addresses(text: str, region: str = "US") -> list[tuple[str, str]]:
    """(as written, why) for each web address or phone number in `text` that is cut short
    or run into the next word."""
    out: list[tuple[str, str]] = []
    for m in _HOST.finditer(text):
        rest = _run_together(m.group(2))
        if rest:
            written = m.group(0)
            out.append((written, f"the web address runs into the next word "
                                 f"({written[:-len(rest)]!r} + {rest!r})"))
    bare = _bare(in_every_language("address_leads"), in_every_language("web_endings_generic"),
                 in_every_language("web_endings_words"))
    for m in bare.finditer(text):
        written = m.group("tld") or m.group("led")
        out.append((written, "the web address is cut short: only its ending "
                             f"{written.strip('.')!r} is left"))
    for m in _EMPTY.finditer(text):
        out.append((m.group(0), "the web address is cut short: nothing follows "
                                f"{m.group(0)!r}"))
    out += _garbled_phones(text, region)
    return out


def _garbled_phones(text: str, region: str) -> list[tuple[str, str]]:
    """Phone numbers that cannot be dialled: one written with + that is no number, or in
    a North American region (one numbering plan, fixed length) one of ten digits or more
    that is not valid there ("1-888-628-945": a digit lost; "1-800-273-82555": two
    numbers run together). Elsewhere numbers vary in length: not judged here."""
    import phonenumbers

    out: list[tuple[str, str]] = []
    # The North American Numbering Plan (+1: US, Canada, much of the Caribbean): its
    # members are phonenumbers' data, which follows the plan's administrator.
    nanp = phonenumbers.country_code_for_region((region or "US").upper()) == 1
    for m in PHONE.finditer(text):
        written = m.group(0).strip()
        digits = re.sub(r"\D", "", written)
        international = written.startswith("+")
        if not international and not (nanp and len(digits) >= 10 and digits[0] != "0"):
            continue  # short codes, years, counts, another plan's numbers ("0800 ...")
        try:
            parsed = phonenumbers.parse(written, None if international else "US")
        except phonenumbers.NumberParseException:
            parsed = None
        if parsed is None or not phonenumbers.is_valid_number(parsed):
            out.append((written, "the phone number cannot be dialled as written (a digit "
                                 "lost, or two numbers run together)"))
    return out


# an email address: a crisis line's or a clinic's, compared whole (its host is not
# another address)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}\b")


def web_hosts(text: str) -> set[str]:
    """The web and email addresses a text gives, folded to lower case without "www."
    ("FindSupport.gov", "www.988lifeline.org/chat" -> "findsupport.gov", "988lifeline.org";
    "Help@Line.org" -> "help@line.org"),
    for comparing a printed text with its quote or a translation with its source text.
    Abbreviations ("e.g.", "U.S.", "etc.It"), decimals and addresses run into the next
    word (garbled_addresses reports those) are not addresses."""
    out = {m.group(0).casefold() for m in _EMAIL.finditer(text)}
    for m in _HOST.finditer(text):
        tld = m.group(2)
        # "NHS.UK": an address in capitals, not a sentence run on ("the drug.Compared")
        capitals = tld.isupper() and m.group(1).isupper()
        if not (tld.islower() or capitals) or _run_together(tld):
            continue
        if len(tld) != 2 and tld.lower() not in _endings()[2]:
            continue
        if len(tld) == 2 and _run_on(text, m):
            continue
        labels = m.group(1).rstrip(".").split(".")
        if not any(len(label) > 1 and not label.isdigit() for label in labels):
            continue  # "a.m", "2.5"
        host = m.group(0).casefold()
        out.add(host[4:] if host.startswith("www.") else host)
    return out


_COMMON_WORD = 4.5  # Zipf: a word seen more than 30 times in a million ("results", "patients")
_COMMON_ENDING = 5.0  # Zipf of "so", "in", "es" as words


def _run_on(text: str, m: re.Match[str]) -> bool:
    """A sentence run on at its full stop, not an address with a country's ending: one
    lowercase common word, a dot, a two-letter ending that is a common word itself and a
    lowercase word after it ("The results.so far", "patients.in the trial"; not
    "nhs.uk or", "telefonseelsorge.de im")."""
    from summarizer.readability.store import frequencies

    label, ending = m.group(1).rstrip("."), m.group(2)
    if "." in label or not label.islower() or not re.match(r"\s+[^\W\d_]*[a-zà-ÿ]",
                                                           text[m.end():]):
        return False
    for lang in complete_languages():
        freq = frequencies(lang)
        if freq is not None and freq.zipf(label) >= _COMMON_WORD \
                and freq.zipf(ending.casefold()) >= _COMMON_ENDING:
            return True
    return False


_WORD = re.compile(r"[^\W\d_]{3,}")


def relies_on(text: str, quote: str, written: str) -> bool:
    """Does a printed text keep what a garbled address in its quote was for: the nearest
    word of four letters or more among the three before it ("*chat* at org." -> "you can
    also chat online"), or a web address of its own? A text that drops that way of getting
    help ("call or text 988") relies on nothing garbled."""
    at = quote.find(written)
    lead = [w for w in quote[:max(at, 0)].split()[-3:] if _WORD.fullmatch(w) and len(w) >= 4]
    said = {w.casefold()[:4] for w in _WORD.findall(text)}
    return bool(lead and lead[-1].casefold()[:4] in said) or bool(_HOST.search(text))
