"""Phone, text and chat contacts in a sentence, parsed into `model.Contact`.

Full numbers go through phonenumbers' PhoneNumberMatcher (E.164 out). Short codes
(988, 838255, 741741, 116 123, 13 11 14, ...) and vanity numbers (800-662-HELP (4357))
are handled here, because they are exactly what crisis lines use and the matcher skips
them. Each contact gets its channels (call/text/chat) from the verbs around it, an
`extra` for instructions ("then press 1", "text HOME"), who it serves ("veterans",
"lang:es"), a role (crisis, treatment-referral, general) and the service's name when
the text gives one. Pure functions over strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from summarizer import rulebook
from summarizer.i18n import instruction
from summarizer.model import Contact
from summarizer.rulebook import CaselessPattern, regions
from summarizer.rulebook import is_emergency_number as _is_emergency


@dataclass(frozen=True, slots=True)
class ShortCode:
    digits: str
    region: str
    label: str
    role: str
    channels: tuple[str, ...]
    serves: tuple[str, ...] = ()


def _short_codes() -> dict[tuple[str, str], ShortCode]:
    """Short codes (crisis and emergency) per region, from the rulebook (regions.toml).

    Emergency numbers keep role "crisis" here, as contacts always had: the gate tells
    them apart (an emergency number is valid but is not a crisis line).
    """
    return {
        (ln.number, ln.region): ShortCode(ln.number, ln.region, ln.label,
                                          "crisis" if ln.role == "emergency" else ln.role,
                                          ln.channels, ln.serves)
        for ln in regions().lines() if ln.short
    }


def _short_pattern() -> re.Pattern[str]:
    """Every short code as articles write it ("9-8-8", "116 123"), longest first."""
    forms = {sp for ln in regions().lines() if ln.short for sp in ln.spellings}
    alts = sorted((re.escape(f).replace(r"\ ", "[ ]?") for f in forms), key=len, reverse=True)
    # not the tail of a longer number ("0477 13 11 14" is a mobile, not 13 11 14)
    return re.compile(rf"(?<![\w+\-–.])(?<!\d )({'|'.join(alts)})(?![\w\-–]|\.\d)")


@dataclass(frozen=True, slots=True)
class _Lines:
    """What the pipeline reads of regions.toml, built once per load of the rulebook."""

    book: rulebook.Regions
    short_codes: dict[tuple[str, str], ShortCode]
    home: dict[str, str]  # short code -> the region a bare mention of it is assumed in
    short_re: re.Pattern[str]
    # known full numbers whose role the text may not spell out
    known: dict[str, tuple[str, str, tuple[str, ...]]]
    # short code -> other regions where a bare mention is that line (regions.toml dialled_in)
    dialled_in: dict[str, tuple[str, ...]]
    # the names of the short lines ("Rat auf Draht", "TelefonSeelsorge"): a line named
    # where its number stands needs no dialling verb
    short_names: re.Pattern[str]


_LINES: list[_Lines] = []


def _lines() -> _Lines:
    book = regions()
    if not _LINES or _LINES[0].book is not book:
        codes = _short_codes()
        _LINES[:] = [_Lines(book, codes, {n: book.home_region(n) for n, _ in codes},
                            _short_pattern(),
                            {ln.number: (ln.role, ln.label, ln.serves)
                             for ln in book.lines() if not ln.short},
                            {ln.number: ln.dialled_in for ln in book.lines()
                             if ln.short and ln.dialled_in},
                            _names_pattern(ln.label for ln in book.lines() if ln.short))]
    return _LINES[0]


def _names_pattern(labels: Iterator[str]) -> re.Pattern[str]:
    """The lines' names as written, without the number a label carries ("Rat auf Draht
    (147)" -> "Rat auf Draht"); names of one short word are left out (too common)."""
    # each of a label's names ("Die Dargebotene Hand / La Main Tendue"), its first letter
    # in either case ("hilft die Dargebotene Hand"; the line's own article, mid-sentence)
    names = {n.strip() for label in labels
             for n in re.sub(r"\s*\([^)]*\)\s*$", "", label).split(" / ")}
    alts = sorted((f"[{n[0].upper()}{n[0].lower()}]{re.escape(n[1:])}" for n in names
                   if len(n) >= 6), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(alts)})(?!\w)" if alts else r"(?!x)x")


def __getattr__(name: str) -> object:
    """SHORT_CODES and KNOWN_NUMBERS, read from the rulebook when asked (they were module
    constants; callers still import them)."""
    if name == "SHORT_CODES":
        return _lines().short_codes
    if name == "KNOWN_NUMBERS":
        return _lines().known
    raise AttributeError(name)


# (the letters may run on as one word of the keypad's seven, "1 866 APPELLE (277-3553)",
# and the digits in brackets may be grouped)
_VANITY = re.compile(
    r"(?<![\w+])(?:1[-.\s])?\(?(\d{3})\)?[-.\s](\d{3}[-.\s]|[A-Z]{3}[-.\s]|[A-Z]{3}(?=[A-Z]{4}\b))"
    r"([A-Z]{4,7}|[A-Z0-9]*[A-Z][A-Z0-9]*)"
    r"(?:\s*\((\d{3}[-\s]?\d{4}|\d{3,7})\))?"
)
_KEYPAD = {
    c: str(d)
    for d, letters in {
        2: "ABC",
        3: "DEF",
        4: "GHI",
        5: "JKL",
        6: "MNO",
        7: "PQRS",
        8: "TUV",
        9: "WXYZ",
    }.items()
    for c in letters
}

class _Listed:
    """A pattern of word lists in every language (rulebook.in_every_language), built by
    `template` ("\\b(?:{})\\b") and matched ignoring case; compiled when first used and
    again when the rulebook reloads. Knowledge lives in words/<lang>.toml, not here."""

    __slots__ = ("_compiled", "_key", "names", "separate", "template")

    def __init__(self, template: str, *names: str, separate: bool = False) -> None:
        self.template = template
        self.names = names
        self.separate = separate  # one "{}" per list, in order, rather than one for all
        self._key: tuple[tuple[str, ...], ...] = ()
        self._compiled: CaselessPattern | re.Pattern[str] = _NEVER

    @property
    def pattern(self) -> CaselessPattern | re.Pattern[str]:
        key = tuple(rulebook.in_every_language(n) for n in self.names)
        if len(key) != len(self._key) or any(
                a is not b for a, b in zip(key, self._key, strict=True)):
            if self.separate:
                self._compiled = (CaselessPattern(self.template.format(
                    *("|".join(entries) for entries in key))) if all(key) else _NEVER)
            else:
                entries = [e for entries in key for e in entries]
                self._compiled = (CaselessPattern(self.template.format("|".join(entries)))
                                  if entries else _NEVER)
            self._key = key
        return self._compiled

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.pattern.fullmatch(text)

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text)


_NEVER = re.compile(r"(?!x)x")
_WORDS = r"\b(?:{})\b"
# Words that name a crisis, or only an emergency (crisis_words, emergency_only).
# A line for someone to talk to ("talk to a counsellor", "pour parler de façon anonyme")
# names a crisis as well (support_words).
_CRISIS_WORDS = _Listed(_WORDS, "crisis_words", "emergency_only", "support_words")
# Crisis words that name only an emergency: "For a medical emergency, call 911" gives an
# ambulance, not a crisis line (unless a crisis line or a crisis is named beside it).
_EMERGENCY_ONLY_WORDS = _Listed("(?:{})", "emergency_only")


def is_emergency_number(number: str) -> bool:
    """Is `number` an emergency number (911, 112, 999, 000), valid but no crisis line, in
    some region? (rulebook.is_emergency_number, the one definition; an article may not
    say which country its bare "112" is in.)"""
    return _is_emergency(number)


def names_a_crisis(words: Sequence[str]) -> bool:
    """Do a paragraph's crisis words name a crisis ("suicide", "in crisis", "988"), not
    only an emergency?"""
    return any(not _EMERGENCY_ONLY_WORDS.fullmatch(w) for w in words)


# Words that make a full number a treatment-referral line, not a crisis line.
_TREATMENT_WORDS = _Listed(r"\b(?:{})", "treatment_words")
# "Llama al 024 o, si eres menor, a la Fundación… en el 900…": another line offered
# instead (or_words); "You can also call…", "También puedes llamar…": one more line
# (also_words); "la línea nacional 192": the number as the line's name (line_names).
_OR = _Listed(_WORDS, "or_words")
_ALSO = _Listed(_WORDS, "also_words")
_OPENS_WITH_OR = _Listed(r"^\W*(?:{})\b", "or_words", "list_joins", "also_words")
_LINE_NAME = _Listed(r"\b(?:{})(?:\s+\w+)?\s*$", "line_names")
# A number of five or six digits, in groups ("13 92 76"): a national short number when
# the region's numbering plan knows it and a crisis is named beside it.
_SHORT_NATIONAL = re.compile(r"(?<![\w+\-–.])(?<!\d )\d{2,3}(?: \d{2,3}){1,2}(?![\w\-–]|[ .]\d)")
# A short number of three to six digits standing alone ("at 1553", "call 1553."), not a
# year, a time, a share or a count ("in 2019", "24 hours", "1553 people").
_UNLISTED_SHORT = re.compile(
    r"(?<![\w+\-–.,:/])(?!(?:19|20)\d\d\b)(\d{3,6})(?![\w\-–%/:]|[.,]\d|\s+[a-z]{3,}\b(?<!\bor)(?<!\band))")
# What leads to a number in its clause: a dialling verb or a line's name, then at most a
# few words ("call the … Crisis Hotline at 1553", "dial 1553").
_NUMBER_LEAD = _Listed(r"\b(?:{})\b[^.;:!?\d]{{0,40}}$", "dial_before", "line_names")
_CALL = _Listed(_WORDS, "call_words")
_TEXT = _Listed(_WORDS, "text_words")
_CHAT = _Listed(_WORDS, "chat_words")
_CONTACT_VERB = _Listed(_WORDS, "contact_words")
# An emergency number is a contact when it is dialled ("call 911", "llame al 112") or
# given for an emergency ("in an emergency, ... 112").
_DIAL_BEFORE = _Listed(r"\b(?:{})\s+$", "dial_before")
# Words that make a bare emergency number a contact: an emergency, or immediate danger
# ("llame al 024 o, si hay peligro inmediato, al 112").
_EMERGENCY_WORDS = _Listed(_WORDS, "emergency_cues")
# A bodily upset after too much of something ("si alguien se encuentra mal después de
# tomar mucha cafeína, llamad al 112", "if someone feels unwell after too many pills"):
# an ambulance for the body, not a crisis line, unless a crisis is named.
_BODY_ONLY = _Listed(_WORDS, "body_only")
# A poisoning named beside a number ("call the Poisons Information Helpline", "centre
# antipoison", "Giftnotruf"): a poisons service, not a crisis line, unless the sentence
# names a crisis in other words than a line's (poison_words).
_POISON = _Listed(_WORDS, "poison_words")
# The writer noting a number for later ("I've saved Samaritans on 116 123 in my phone").
_KEPT = _Listed(_WORDS, "kept_numbers")
# A menu option after a number ("then press 1", "opción 4", "Taste 2"): its digit
# (menu_words; the optional "then" before it, then_words).
_PRESS = _Listed(r"(?:\b(?:{})\s+)?\b(?:{})\s+[“\"'‘]?(\d)(?!\d)[”\"'’]?", "then_words",
                 "menu_words", separate=True)
# A keyword to text before a number ("text HOME to 741741"): text_words, the keyword,
# then keyword_to.
_TEXT_KEYWORD = _Listed(r"\b(?:{})\s+([A-Z]{{2,12}})\s+(?:{})\s*$", "text_words", "keyword_to",
                        separate=True)


def _text_before() -> CaselessPattern:
    """A text word right before a number ("or SMS 31393", "text to 88247", "SMS al
    31393": text_words, then maybe text_prepositions): an SMS short code where a crisis
    is named, even with no keyword to send."""
    return rulebook.pattern_in_every_language(r"\b(?:{})\s+(?:(?:{})\s+)?$", "text_words",
                                              "text_prepositions")


# A number of four to six digits that a keyword is texted to ("text HELP to 51444"): an
# SMS short code, a contact even when the rulebook does not know the line.
_SMS_NUMBER = re.compile(r"(?<![\w+\-–.])\d{4,6}(?![\w\-–]|[ .,]\d)")
# A key pressed before the number it follows ("press 1 after dialing 988", "oprima el 2
# después de marcar el 988"): menu_words, the digit, after_dialling.
_PRESS_BEFORE = _Listed(r"\b(?:{})\s+[“\"'‘]?(\d)(?!\d)[”\"'’]?\s*,?\s+(?:{})\s*$",
                        "menu_words", "after_dialling", separate=True)
# "(toll-free)" right after a number (toll_free_words).
_TOLL_FREE = _Listed(r"^\s*\(?\s*(?:{})\s*\)?", "toll_free_words")
_LABELS: list[tuple[tuple[str, ...], tuple[str, ...], re.Pattern[str]]] = []


def _label_pattern() -> re.Pattern[str]:
    """A line's name, case as written: capitalised words ending in a line word
    ("Veterans Crisis Line": rulebook line_label_heads; "and" before "Crisis" joins, as
    in "Suicide and Crisis Lifeline"), or a name of its own
    ("Samaritans": line_label_names); rebuilt when the rulebook reloads (it was a
    pattern in this module's code)."""
    heads = rulebook.in_every_language("line_label_heads")
    names = rulebook.in_every_language("line_label_names")
    if not _LABELS or _LABELS[0][0] is not heads or _LABELS[0][1] is not names:
        alts = [rf"(?:[A-Z0-9][\w’'.-]*\s+)?(?:(?:[A-Z][\w’'-]*|&)\s+)*(?:(?:and\s+)?Crisis\s+)?"
                rf"(?:{'|'.join(heads)})\b"] if heads else []
        alts += [rf"\b(?:{n})\b" for n in names]
        _LABELS[:] = [(heads, names, re.compile("|".join(alts) or "(?!x)x"))]
    return _LABELS[0][2]
_SERVES: list[tuple[dict, dict, tuple[tuple[str, re.Pattern[str]], ...]]] = []


def _serves_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(tag, pattern) for who a line serves (`[serves]` of the word files: "veterans",
    "youth"), then ("lang:", pattern) for the languages it is offered in
    (`[language_names]`: "Spanish", "español"); rebuilt when the rulebook reloads."""
    serves = rulebook.table_in_every_language("serves")
    names = rulebook.table_in_every_language("language_names", patterns=False)
    if not _SERVES or _SERVES[0][0] is not serves or _SERVES[0][1] is not names:
        tags = tuple((tag, re.compile(rf"(?i)\b(?:{'|'.join(entries)})\b"))
                     for tag, entries in serves.items())
        alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        langs = (("lang:", re.compile(rf"(?i)\b({alts})\b")),) if names else ()
        _SERVES[:] = [(serves, names, tags + langs)]
    return _SERVES[0][2]


@dataclass(frozen=True, slots=True)
class Found:
    """A contact with where its number sits in the sentence."""

    start: int
    end: int
    contact: Contact


def _crisis_labels() -> frozenset[str]:
    """The names of the rulebook's crisis lines (a number given under one is theirs)."""
    return frozenset(ln.label for ln in regions().lines() if ln.role == "crisis" and ln.label)


def _own_label(near: str, own: str, given: frozenset[str]) -> str:
    """The name printed for a number the rulebook knows as `own`: the nearest name in the
    sentence, unless that name is the rulebook's name of another line whose number the
    sentence also gives (`given`: its other numbers). "Call Lifeline on 13 11 14 or 13YARN
    on 13 92 76" read "Call Lifeline" for 13 92 76 too, and a crisis number printed under
    another service's name sends the reader to the wrong place (review13)."""
    if not own or not near:
        return near or own
    said = near.lower()
    if own.lower() in said:
        return near
    return own if any(ln.label and ln.label != own and ln.number in given
                      and ln.label.lower() in said for ln in regions().lines()) else near


def region_hint(text: str, default: str = "US") -> str:
    """Country the text talks about ("UK", "Canada"...: each region's `hints` in
    regions.toml), else `default`."""
    return regions().named_in(text) or default


def _vanity_digits(groups: tuple[str, ...]) -> str | None:
    area, exch, rest, given = groups
    exch = exch.rstrip("-. \t")
    given = re.sub(r"\D", "", given or "")
    letters = "".join(_KEYPAD.get(c, c) for c in exch + rest)
    digits = area + letters
    if len(digits) < 10:
        return None
    digits = digits[:10]
    if given and not letters.endswith(given) and not (exch + rest).endswith(given):
        # "(4357)" spells the letters' digits; a mismatch means we misread the number
        tail = "".join(_KEYPAD.get(c, c) for c in rest)
        if not tail.startswith(given[: len(tail)]):
            return None
    return digits


def _label_near(sentence: str, start: int, end: int) -> str:
    """The service name nearest the number, preferring one that follows it ("for the X")."""
    best: tuple[int, str] | None = None
    for m in _label_pattern().finditer(sentence):
        name = re.sub(r"^(?:The|the|A|a|Our|our)\s+", "", m.group(0)).strip()
        verb, _, rest = name.partition(" ")
        if rest and (_CALL.fullmatch(verb) or _TEXT.fullmatch(verb) or _CHAT.fullmatch(verb)):
            name = rest.strip()  # "Call Lifeline on …": the verb is not the line's name
        if (
            name.lower() in {"line", "crisis line", "phone line", "lifeline"}
            and m.group(0).islower()
        ):
            continue
        if re.fullmatch(r"(?i)(?:a\s+)?(?:phone|language|spanish|toll-free)?\s*line", name):
            continue
        dist = m.start() - end if m.start() >= end else start - m.end()
        if best is None or dist < best[0]:
            best = (dist, name)
    return best[1] if best else ""


def _channels(before: str, after: str, has_next: bool) -> list[str]:
    out: list[str] = []
    # the nearest verb group before the number: "Call or text 988", "Or text 838255"
    clause = re.split(r"[.;:!?]|,\s+(?:or|and)\s+(?=\w+\s+\d)", before)[-1]
    if _CALL.search(clause):
        out.append("call")
    if _TEXT.search(clause):
        out.append("text")
    if _CHAT.search(clause):
        out.append("chat")
    follow = re.split(r"[.;!?]", after)[0]
    if not has_next and _CHAT.search(follow) and "chat" not in out:
        out.append("chat")
    if not has_next and re.search(r"(?i)\bor\s+text\b", follow) and "text" not in out:
        out.append("text")
    return out


def _serves(text: str) -> list[str]:
    names = rulebook.table_in_every_language("language_names", patterns=False)
    out: list[str] = []
    for tag, rx in _serves_patterns():
        if tag != "lang:":
            out += [tag] if rx.search(text) else []
        else:
            out += [f"lang:{names[m.group(1).lower()][0]}" for m in rx.finditer(text)]
    return list(dict.fromkeys(out))


_SEVEN_DIGITS = re.compile(r"\d(?:\D{0,3}\d){6}")
_ANY_DIGIT_OR_VANITY = re.compile(r"\d")


def find_contacts(sentence: str, default_region: str = "US",
                  crisis_context: bool = False) -> list[Found]:
    """Every contact in one sentence, in order, without duplicates. `crisis_context`: the
    sentence offers one more line after a crisis line ("You can also SMS 31393 and a
    counsellor will call you back."), so a crisis is named for it."""
    if not _ANY_DIGIT_OR_VANITY.search(sentence):
        return []
    import phonenumbers

    region = region_hint(sentence, default_region)
    lines = _lines()
    hits: list[tuple[int, int, str, str, str]] = []  # start, end, number, display, kind
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in _VANITY.finditer(sentence):
        if m.group(2).isalpha() and not (m.group(4) or m.group(0)[:1] == "1"):
            continue  # a word run on after a count ("Over 500 PERSONS"): only a number
            # dialled with its 1 or spelt out in brackets is read so
        digits = _vanity_digits(m.groups())
        if digits and re.search("[A-Z]", m.group(2) + m.group(3)):
            try:
                num = phonenumbers.parse(digits, "US")
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(num):
                e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
                hits.append((m.start(), m.end(), e164, m.group(0), "full"))
                taken.append((m.start(), m.end()))
    # A crisis line named where a crisis is ("si está en crisis…, el 024 le atiende") needs
    # no dialling verb; an emergency number still does.
    crisis_named = crisis_context or names_a_crisis(
        [m.group(0) for m in _CRISIS_WORDS.finditer(sentence)])
    if _CONTACT_VERB.search(sentence) or crisis_named or lines.short_names.search(sentence):
        verb = bool(_CONTACT_VERB.search(sentence))
        for m in lines.short_re.finditer(sentence):
            digits = re.sub(r"[^\d*#]", "", m.group(1))  # "*4141" is dialled with its star
            if _another_regions(digits, region) and not lines.short_names.search(sentence):
                continue  # "llamá al 107" in Argentina: its ambulance, not Belgium's line
            emergency = is_emergency_number(digits)
            if not verb and emergency:
                continue
            if emergency and not (
                (_DIAL_BEFORE.search(sentence[max(0, m.start() - 16) : m.start()])
                 and (_CRISIS_WORDS.search(sentence) or not _BODY_ONLY.search(sentence)))
                or _EMERGENCY_WORDS.search(sentence)
            ):
                continue  # "999 patients", "000": a number, not an emergency line
            if free(m.start(), m.end()):
                hits.append((m.start(), m.end(), digits, m.group(1), "short"))
                taken.append((m.start(), m.end()))
    if (crisis_named and _CONTACT_VERB.search(sentence)
            and not lines.book.crisis_numbers(region) and _names_a_crisis_itself(sentence)):
        # a region whose lines the rulebook does not list (the Philippines, heldout15):
        # the short number the sentence gives for the crisis is still shown, in the
        # article's region, as the text wrote it; nothing is looked up or made up
        for m in _UNLISTED_SHORT.finditer(sentence):
            digits = m.group(1)
            if (free(m.start(1), m.end(1)) and not is_emergency_number(digits)
                    and _NUMBER_LEAD.search(sentence[max(0, m.start(1) - 40):m.start(1)])):
                hits.append((m.start(1), m.end(1), digits, digits, "unlisted"))
                taken.append((m.start(1), m.end(1)))
    if crisis_named and _CONTACT_VERB.search(sentence):
        for m in _SHORT_NATIONAL.finditer(sentence):
            digits = m.group(0).replace(" ", "")
            if not 5 <= len(digits) <= 6 or not free(m.start(), m.end()):
                continue
            try:
                num = phonenumbers.parse(digits, region)
            except phonenumbers.NumberParseException:
                continue
            if (phonenumbers.is_valid_number(num)
                    and not phonenumbers.can_be_internationally_dialled(num)):
                # dialled only at home, like a short code: kept as its digits
                hits.append((m.start(), m.end(), digits, m.group(0), "national"))
                taken.append((m.start(), m.end()))
    for m in _SMS_NUMBER.finditer(sentence):
        kw = _TEXT_KEYWORD.search(sentence[: m.start()])
        bare = crisis_named and _text_before().search(sentence[max(0, m.start() - 24):m.start()])
        if ((kw and kw.group(1).isupper()) or bare) and free(m.start(), m.end()):
            hits.append((m.start(), m.end(), m.group(0), m.group(0), "sms"))
            taken.append((m.start(), m.end()))
    matches = (
        phonenumbers.PhoneNumberMatcher(sentence, region, leniency=phonenumbers.Leniency.VALID)
        if _SEVEN_DIGITS.search(sentence)
        else ()
    )
    for pm in matches:
        if free(pm.start, pm.end):
            e164 = phonenumbers.format_number(pm.number, phonenumbers.PhoneNumberFormat.E164)
            hits.append((pm.start, pm.end, e164, pm.raw_string, "full"))
            taken.append((pm.start, pm.end))
    hits.sort()

    out: list[Found] = []
    prev_end = 0
    given = frozenset(h[2] for h in hits)  # every number of the sentence (see _own_label)
    for i, (s, e, number, display, kind) in enumerate(hits):
        has_next = i + 1 < len(hits)
        nxt = hits[i + 1][0] if has_next else len(sentence)
        before, after = sentence[prev_end:s], sentence[e:nxt]
        channels = _channels(before, after, has_next)
        extras: list[str] = []
        kw = _TEXT_KEYWORD.search(before)
        if kw:
            extras.append(instruction("text", keyword=kw.group(1)))
            if "text" not in channels:
                channels.append("text")
        press = _PRESS.search(after.split(".")[0]) or _PRESS_BEFORE.search(before)
        if press:
            extras.append(instruction("press", key=press.group(1)))
        if _TOLL_FREE.match(after):
            extras.append(instruction("toll-free"))
        serves = _serves(sentence)
        label = _label_near(sentence, s, e)
        if kind == "unlisted":  # a crisis line of a region the rulebook lacks
            num_region, role = region, "crisis"
        elif kind == "sms":  # a keyword texted to a number no rule lists
            num_region = region
            role = "crisis" if crisis_named else "general"
        elif kind == "short":
            here = ((number, region) in lines.short_codes
                    or region in lines.dialled_in.get(number, ()))
            num_region = region if here else lines.home[number]
            known = lines.short_codes.get((number, num_region))
            role = known.role if known else "crisis"
            if known:
                channels = channels or list(known.channels)
                label = _own_label(label, known.label, given - {number})
                serves = serves or list(known.serves)
        else:
            import phonenumbers as pn

            num_region = (region if kind == "national"
                          else pn.region_code_for_number(pn.parse(number)) or region)
            known_full = lines.known.get(number)
            if _TREATMENT_WORDS.search(sentence) and not _names_a_crisis_itself(sentence):
                role = "treatment-referral"
            elif crisis_named and not poisons_only(sentence):
                # a crisis named, not only an emergency ("For dental emergencies, call our
                # after-hours line on …") nor a poisoning ("the Poisons Helpline on …"),
                # nor a line's own word beside what the line is for ("For information
                # about dementia, the … helpline is …", "Pharmacy hotline: …")
                role = "crisis"
            elif label in _crisis_labels():
                role = "crisis"  # "reach Kids Help Phone at 1-800-…": the line's own name
            else:
                role = "general"
            if known_full:
                role = (
                    known_full[0]
                    if role == "general" or known_full[0] == "treatment-referral"
                    else role
                )
                label = _own_label(label, known_full[1], given - {number})
                serves = serves or list(known_full[2])
            channels = channels or ["call"]
        if role == "treatment-referral" and label and _CRISIS_WORDS.search(label):
            label = lines.known.get(number, ("", "", ()))[1]
        contact = Contact(
            number=number,
            display=display.strip(),
            channels=tuple(channels),
            role=role,
            label=label,
            serves=tuple(serves),
            region=num_region,
            extra=", ".join(extras),
        )
        out.append(Found(s, e, contact))
        prev_end = e
    return _one_route_per_name(_alternatives(out, sentence), sentence)


@lru_cache(maxsize=4096)
def _another_regions(digits: str, region: str) -> bool:
    """Is a short code another region's line where the article's region dials those
    digits for its own service? A region's own lines come first: Argentina's 107 is its
    ambulance (SAME), Belgium's is Télé-Accueil, and an Argentine "llamá al 107" is the
    ambulance. A code the region does not use at all ("text 988" in a British article)
    is still read as the line of the first region listing it."""
    lines = _lines()
    if not region or (digits, region) in lines.short_codes or region in lines.dialled_in.get(
            digits, ()):
        return False
    book = lines.book
    theirs = [ln for ln in book.lines() if ln.number == digits]
    if all(ln.role == "emergency" for ln in theirs) or (
            region.upper() in book.eu_members and any(ln.region == "EU" for ln in theirs)):
        return False  # an emergency number anywhere (112, 911) is the emergency rules' matter
    if _is_emergency(digits, region):
        return True
    import phonenumbers
    from phonenumbers import shortnumberinfo

    try:
        return shortnumberinfo.is_valid_short_number_for_region(
            phonenumbers.parse(digits, region), region)
    except phonenumbers.NumberParseException:
        return False


def _names_a_crisis_itself(sentence: str) -> bool:
    """Does a sentence name a crisis in words other than a line's own ("helpline",
    "hotline")? "The stop-smoking helpline" offers a service; "struggling? call the
    helpline" a crisis line."""
    return any(not _LINE_WORD.fullmatch(m.group(0)) for m in _CRISIS_WORDS.finditer(sentence))


# What a line is for when it is for no crisis (service_lines): information, orders, a
# pharmacy's or a shop's own line.
_SERVICE = _Listed(_WORDS, "service_lines")


def _service_only(sentence: str) -> bool:
    """A line for information, orders or a shop, and no crisis named but in a line's own
    word ("The … Society also runs a helpline for information about the condition on …",
    "Bestell-Hotline: …"): session 13 found six such lines read as crisis lines."""
    return bool(_SERVICE.search(sentence)) and not _names_a_crisis_itself(sentence)


def poisons_only(sentence: str) -> bool:
    """Is a sentence about a poisoning, or a line for information, orders or a shop, and
    no crisis ("And if a child has swallowed the gummies, call Poison Help at …", "The
    … Society also runs a helpline for information about the condition on …")? Its line
    is no crisis line, even when it opens by offering one more line after one."""
    return _poisons_only(sentence) or _service_only(sentence)


def _poisons_only(sentence: str) -> bool:
    """A poisoning named, and no crisis in other words than a line's or an emergency's
    ("If someone has swallowed eye drops, call the Poisons Information Helpline on …")."""
    return bool(_POISON.search(sentence)) and _names_no_crisis(sentence)


def _names_no_crisis(sentence: str) -> bool:
    """Does a sentence name no crisis but in a line's name or an emergency ("In an
    emergency, call 911", "Poisons Helpline … or 112 in an emergency")? Its emergency
    number is an ambulance, not a crisis contact, even beside a crisis line."""
    return not any(
        not (_LINE_WORD.fullmatch(m.group(0)) or _EMERGENCY_ONLY_WORDS.fullmatch(m.group(0)))
        for m in _CRISIS_WORDS.finditer(sentence))


# What a line is called, not a crisis it is for (rulebook line_names: "helpline").
_LINE_WORD = _Listed("(?:{})", "line_names")


def _alternatives(found: list[Found], sentence: str) -> list[Found]:
    """A general number offered with "or" after a crisis line in the same clause ("Llama
    al 024 o, si eres menor de edad, a la Fundación… en el 900 20 20 10") is another
    crisis line; not after a ";" or ":" (another matter), nor in a sentence about
    treatment ("to book a session")."""
    out = list(found)
    for i, f in enumerate(out):
        if f.contact.role != "general":
            continue
        before = [g for g in out[:i] if g.contact.role == "crisis"
                  and not is_emergency_number(g.contact.number)]
        if not before:
            continue
        between = sentence[before[-1].end:f.start]
        if (_OR.search(between) and not re.search(r"[;:]", between)
                and not _TREATMENT_WORDS.search(sentence)):
            out[i] = replace(f, contact=replace(f.contact, role="crisis"))
    return out


def _one_route_per_name(found: list[Found], sentence: str) -> list[Found]:
    """"La línea nacional 192 …: marca 192 y elige la opción 4": the first 192 names the
    line, the second is how to reach it; one route. A number called or texted bare and
    then again with a key ("llame al 988; … marque 988 y oprima el 2") is two."""
    keyed = {f.contact.number for f in found if f.contact.extra}
    return [f for f in found
            if f.contact.extra or f.contact.number not in keyed
            or not _LINE_NAME.search(sentence[:f.start])]


@lru_cache(maxsize=65536)
def continues(sentence: str) -> bool:
    """Does a sentence offer one more line after the one before it ("Or text 838255.",
    "You can also reach…", "También puedes llamar…")? An "or" or "and" opens it, or an
    also-word comes before its first number."""
    first = _ANY_DIGIT_OR_VANITY.search(sentence)
    head = sentence[: first.start()] if first else sentence
    return bool(_OPENS_WITH_OR.search(sentence) or _ALSO.search(head))


# What a line offers, said after it ("It is free, confidential and open 24 hours a day").
_LINE_DETAILS = _Listed(_WORDS, "line_details")


def describes_a_line(sentence: str) -> bool:
    """Does a sentence say what a line offers (free, confidential, its hours): said right
    after the line, it describes the line and asserts nothing to cite?"""
    return bool(_LINE_DETAILS.search(sentence))


def keeps_a_number(sentence: str) -> bool:
    """Does the writer say they noted a number for themselves ("I've written the number on
    the fridge, and saved Samaritans on 116 123 in my phone", rulebook kept_numbers)? A
    poster's own note offers no line to the reader: heldout17's reply, a false crisis line
    before the page's own (reg20, session 19). A testimonial ("texting HELLO to 50808 got
    me through a bad night", heldout4) names no such act and stays one."""
    return bool(_KEPT.search(sentence))


def crisis_words(sentence: str) -> tuple[str, ...]:
    """The words naming a crisis or an emergency in a sentence ("suicide", "in crisis")."""
    return tuple(m.group(0) for m in _CRISIS_WORDS.finditer(sentence))


def channels_named(sentence: str) -> tuple[str, ...]:
    """The channels a follow-up sentence names ("Or chat online.", "Or text us.")."""
    return tuple(channel for rx, channel in ((_CHAT, "chat"), (_TEXT, "text"))
                 if rx.search(sentence))


def add_channel(contact: Contact, channel: str) -> Contact:
    """A follow-up sentence ("Or chat online.") adds a channel to the contact before it."""
    if channel in contact.channels:
        return contact
    return replace(contact, channels=(*contact.channels, channel))


def inherit(contact: Contact, previous: Contact) -> Contact:
    """A continuation ("Or text 838255.") serves the same people under the same name."""
    return replace(
        contact,
        label=previous.label if previous.role == contact.role else contact.label,
        serves=tuple(dict.fromkeys((*previous.serves, *contact.serves))),
        role=previous.role if contact.role == "general" else contact.role,
    )


# Results kept per input read the word lists: a reload forgets them.
rulebook.on_reload(continues.cache_clear)
rulebook.on_reload(_another_regions.cache_clear)
