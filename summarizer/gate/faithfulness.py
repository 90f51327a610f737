"""Does the printed text say what its quote says? Rule-based and explainable.

For one printed text and the quote it cites, each check returns problems that name both
sides ("the text says 'two years'; the quote says 'two months'"):

- numbers: every number, percentage, duration and dose the text prints must be one the
  quote gives (digits and words alike: "two months" = "2 months"; "nearly 70%" may be
  "about 7 in 10", never "9 in 10"; "2 months" may be "8 weeks");
- polarity: a quote that only denies (not approved, did not improve) must not print as
  an affirmation, and the reverse;
- certainty: a hedged or preliminary quote must keep a hedge in the text;
- population: a quote about mice, rats or cells must say so in the text, whatever the tag;
- drug: the text must not name a drug the quote does not, when the quote names another
  (esketamine is not ketamine).

And for a translation against the source-language text: the same numbers, phone
numbers and drugs. Pure: strings and language codes in, problems out. All words come
from the rulebook.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from itertools import pairwise

from summarizer.gate import connectives
from summarizer.gate.addresses import PHONE as _PHONE
from summarizer.gate.word_numbers import (
    counts,
    names_a_pair,
    quoted_values,
    without_idioms,
    word_number_problems,
)
from summarizer.rulebook import (
    Language,
    MissingRules,
    WordList,
    base_language,
    drugs,
    in_every_language,
    language,
    languages,
    numerals,
    on_reload,
    section,
    table_in_every_language,
)


@dataclass(frozen=True, slots=True)
class Problem:
    code: str  # FAITH-NUMBER | -POLARITY | -CERTAINTY | -COMPARISON | -POPULATION | -DRUG
    message: str  # names both sides


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    unit: str  # canonical unit from the rulebook, "" for a bare number
    written: str
    approx: bool = False  # a share written as "1 in 3" or "a third": rounded by nature


# --------------------------------------------------------------------------- numbers

_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|%|[^\W\d_]+(?:/[^\W\d_]+)?")
_TOKEN_OR_COMMA = re.compile(_TOKEN.pattern + "|,")


def _is(token: str, name: str) -> bool:
    """Is the token a word of connectives list `name`: between a range's ends
    ("range_words": "2 to 3"), "or" ("range_or_words": "a week or two"; not "un mes a 191
    personas"), "and" or "hundred" inside a number in words?"""
    return token.casefold() in connectives.words(name)


# Days per unit, to compare durations written in different units ("2 months" = "8 weeks").
_DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7,
         "month": 30.4, "year": 365.25, "decade": 3652.5}


def _number(token: str, rules: Language) -> float | None:
    """The value of one word ("4", "4,5", "four", "vierundzwanzig"), else None; an empty
    token (no word before the text's first one) is no number."""
    if not token:
        return None
    if token[0].isdigit():
        try:
            return float(token.replace(",", "."))
        except ValueError:
            return None
    word = token.casefold()
    if word in rules.number_words:
        return rules.number_words[word]
    # German writes units before tens in one word: "fünfundzwanzig" = 5 + 20
    ones, sep, tens = word.partition("und")
    if sep and ones in rules.number_words and tens in rules.number_words:
        return rules.number_words[ones] + rules.number_words[tens]
    return None


def _with_extra(rules: Language, extra: dict[str, float]) -> Language:
    """The language's rules with number words merged during one reading (shared dict)."""
    from dataclasses import replace

    return replace(rules, number_words=_Chain(extra, rules.number_words))


class _Chain(dict):
    """number_words with the merged multi-word numbers of one text in front."""

    def __init__(self, front: dict[str, float], back: dict[str, float]) -> None:
        super().__init__()
        self.front, self.back = front, back

    def get(self, key: str, default: float | None = None) -> float | None:  # type: ignore[override]
        return self.front.get(key, self.back.get(key, default))

    def __contains__(self, key: object) -> bool:
        return key in self.front or key in self.back

    def __getitem__(self, key: str) -> float:
        return self.front[key] if key in self.front else self.back[key]


# Units an article counts as one of ("a week"); not "a second drug", not "a dose".
# ("half a litre" is 500 ml, not a share of 50 %)
_ARTICLE_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year", "decade", "l"})


def _compound(tokens: list[str], i: int, value: float, rules: Language) -> tuple[float, int]:
    """A number written in several words, from tokens[i] (whose value is `value`):
    "twenty five", "treinta y cinco", "vingt-cinq" (tokenized apart), "two hundred".
    Returns the value and the index after it."""
    j = i + 1
    if not tokens[i][0].isdigit() and j < len(tokens) and _is(tokens[j], "hundred_words"):
        value, j = value * 100, j + 1
    if not tokens[i][0].isdigit() and j < len(tokens) and _is(tokens[j], "thousand_words"):
        return value * 1000, j + 1  # "dix mille", "two thousand": 10 000, 2 000
    if value >= 20 and value % 10 == 0 and j < len(tokens):
        k = j + 1 if _is(tokens[j], "and_words") and j + 1 < len(tokens) else j
        nxt = tokens[k]
        if not nxt[0].isdigit():
            ones = rules.number_words.get(nxt.casefold())
            if ones is not None and 1 <= ones < 10 and ones == int(ones):
                return value + ones, k + 1
    return value, j


def _and_a_fraction(tokens: list[str], j: int, rules: Language) -> tuple[float, int]:
    """ "and a half" at tokens[j] ("an hour and a half", "one and a half times", "une heure
    et demie"): (the fraction, tokens taken), or (0, 0)."""
    if j + 1 >= len(tokens) or not _is(tokens[j], "and_words"):
        return 0.0, 0
    k = j + 2 if rules["articles"].pattern.fullmatch(tokens[j + 1]) else j + 1
    frac = rules.fractions.get(tokens[k].casefold()) if k < len(tokens) else None
    if frac is None:
        frac = rules.number_words.get(tokens[k].casefold()) if k < len(tokens) else None
    if frac is None or not 0 < frac < 1:
        return 0.0, 0
    return frac, k + 1 - j


def _unit_at(tokens: list[str], i: int, rules: Language) -> tuple[str, int]:
    """The unit starting at tokens[i] (longest phrase first) and how many tokens it takes.
    In Chinese and Korean the unit starts a longer run ("个月。这", "개월간")."""
    for size in (3, 2, 1):
        phrase = " ".join(tokens[i:i + size]).casefold()
        if len(tokens[i:i + size]) == size and phrase in rules.units:
            return rules.units[phrase], size
    if rules.lang in _SPLIT_SCRIPT and i < len(tokens) and i > 0 and tokens[i - 1][0].isdigit():
        head = max((u for u in rules.units if tokens[i].startswith(u)), key=len, default="")
        if head:
            return rules.units[head], 1
    return "", 0


def _share_at(tokens: list[str], j: int, rules: Language) -> tuple[float, int] | None:
    """ "in 3", "out of 10", "de cada 3", "out of every 10" at tokens[j]: (denominator,
    tokens taken)."""
    for size in (3, 2, 1):
        phrase = " ".join(tokens[j:j + size])
        if (len(tokens[j:j + size]) == size and j + size < len(tokens)
                and rules["share"].pattern.fullmatch(phrase)):
            den = _number(tokens[j + size], rules)
            if den is not None and not tokens[j + size][0].isdigit():  # "sur dix mille"
                den, end = _compound(tokens, j + size, den, rules)
                size += end - (j + size + 1)
            if den is None and j + size + 1 < len(tokens) and _is(
                    tokens[j + size + 1], "hundred_words") and rules["articles"].pattern.fullmatch(
                    tokens[j + size]):  # "one in a hundred"
                den, size = 100.0, size + 1
            after = tokens[j + size + 1:j + size + 3]
            if len(after) == 2 and _is(after[0], "range_words") and _number(after[1], rules):
                return None  # "por tres entre 2010 y 2020": a span of years, no share
            if den:
                return den, size + 1
    return None


def _every_nth(text: str, lang: str, rules: Language) -> tuple[list[Quantity], str]:
    """Shares said as "every Nth <noun>" ("jeder zehnte Patient" = 10 %), and the text with
    them blanked; not "every second day" (a unit follows: a frequency)."""
    lead = meaning(lang)["every_nth"]
    ordinals = section(lang, "faithfulness").get("ordinals", {})
    if not lead.entries or not ordinals:
        return [], text
    out: list[Quantity] = []
    for m in re.finditer(rf"(?i)\b(?:{'|'.join(lead.entries)})\s+([^\W\d_]+)\s+([^\W\d_]+)",
                         text):
        n = ordinals.get(m.group(1).casefold())
        if n and not _unit_at([m.group(2)], 0, rules)[0]:
            out.append(Quantity(round(100 / n, 1), "%", m.group(0).rsplit(" ", 1)[0], True))
            text = text[:m.start()] + " " * (m.end(1) - m.start()) + text[m.end(1):]
    return out, text


def _folds_as_times(text: str, lang: str, rules: Language) -> str:
    """"two-fold", "fivefold", "fünffach" -> "two times", "five times": a multiplier the
    rulebook's `fold_suffix` list names, read as the number and the language's word for
    "times" so it compares with "doubles" (2 times) and "five times higher"."""
    suffix = meaning(lang)["fold_suffix"]
    times = next((w for w, u in rules.units.items() if u == "times"), "")
    if not suffix.entries or not times:
        return text
    rx = re.compile(rf"(?i)\b([^\W_]+?)(?:{'|'.join(suffix.entries)})\b")

    def spell(m: re.Match[str]) -> str:
        number = m.group(1)
        if _number(number, rules) is None:
            return m.group(0)
        out = f"{number} {times}"
        return out + " " * max(0, len(m.group(0)) - len(out))

    return rx.sub(spell, text)


def _noun_share_at(tokens: list[str], i: int, value: float, rules: Language,
                   ) -> tuple[float, int] | None:
    """"7 patients sur 10", "3 people in 10": a share with the people named between its
    numbers. Not a span ("3 people in 10 days": a unit follows) nor a year ("in 2019"):
    the whole is larger than the part and at most 100."""
    if i + 2 >= len(tokens) or not tokens[i + 1].isalpha() or \
            rules["share"].pattern.fullmatch(tokens[i + 1]) or _unit_at(tokens, i + 1, rules)[0]:
        return None  # "one dose of twenty-five mg": a count of a unit, no share
    share = _share_at(tokens, i + 2, rules)
    if share is None:
        return None
    den, size = share
    unit, _ = _unit_at(tokens, i + 2 + size, rules)
    if unit or not value < den <= 100:
        return None
    return den, size


# ------------------------------------------------------------ digits of every script

# Separators with a script of their own: Arabic decimal and thousands signs, Arabic percent.
# (Unicode Standard, ch. 9.2 "Arabic": U+066B, U+066C, U+066A.) Full-width forms (０-９,
# ％) become ASCII under NFKC (Unicode Standard Annex #15).
_SEPARATORS = str.maketrans({"\u066b": ".", "\u066c": ",", "\u066a": "%"})


def plain_digits(text: str) -> str:
    """Every decimal digit as ASCII: Arabic-Indic (٣), Persian (۳), full-width (３),
    Devanagari, ... (any character with a Unicode decimal value, UCD `Nd`).

    Babel's parse_decimal was tried first: it reads one whole numeral in a locale's
    default numbering system (it rejects "٢٫٥" for ar_EG) and finds no number inside a
    sentence, so the Unicode data is read directly."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKC", text).translate(_SEPARATORS)
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() and not ch.isascii()
                   else ch for ch in text)


def grouped_digits(text: str, lang: str) -> str:
    """`text` with digit groups joined: "1,000" -> "1000"; outside English also "3.000" and
    "10 000" (a space or a thin space between groups of three)."""
    text = re.sub(r"(\d),(\d{3})\b", r"\1\2", text)
    if lang[:2] != "en":
        text = re.sub(r"(\d)[.\u202f\u00a0 ](\d{3})\b(?![.,]\d)", r"\1\2", text)
    return text


# Chinese numerals (Unihan kPrimaryNumeric): digits, and 十/百/千/万 multiply what precedes.
_HAN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
               "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_HAN_UNITS = {"十": 10, "百": 100, "千": 1000}
_HAN_TEN_THOUSAND = {"万": 10_000, "萬": 10_000}
_HAN_RUN = re.compile("[零〇一二两兩三四五六七八九十百千万萬]+")


def _han_value(run: str) -> int:
    """二十五 = 25, 十五 = 15, 两百 = 200, 一百二十 = 120, 三万 = 30000."""
    total = section = digit = 0
    for ch in run:
        if ch in _HAN_DIGITS:
            digit = _HAN_DIGITS[ch]
        elif ch in _HAN_UNITS:
            section += (digit or 1) * _HAN_UNITS[ch]
            digit = 0
        else:
            total += (section + digit) * _HAN_TEN_THOUSAND[ch]
            section = digit = 0
    return total + section + digit


def _han_numbers(text: str, units: dict[str, str]) -> str:
    """Chinese numerals written as digits where they count something ("两个月" -> "2个月",
    "百分之七十" -> "70%"); elsewhere left alone (一些 "some", 一起 "together")."""
    heads = (*(u for u in units if u != "%"), "个", "個", "次", "倍", "名", "人", "岁", "歲")

    def swap(m: re.Match[str]) -> str:
        run, after, before = m.group(0), text[m.end():], text[:m.start()]
        if before.endswith("百分之"):
            return f"{_han_value(run)}%"
        if after.startswith(heads):
            return f"{_han_value(run)} "
        return run

    out = _HAN_RUN.sub(swap, text)
    return out.replace("百分之", "")


_SPLIT_SCRIPT = ("zh", "ja", "ko")  # a unit is written onto its number and its particle


def number_rules(lang: str) -> Language:
    """The rules quantities() reads: the language's word file, else its entry in
    numerals.toml, else digits only (no number words, no units)."""
    try:
        return language(lang)
    except MissingRules:
        return _numerals_only(base_language(lang))


@lru_cache(maxsize=32)
def _numerals_only(lang: str) -> Language:
    data = numerals(lang)

    def table(name: str) -> dict:
        return {str(k).casefold(): v for k, v in data.get(name, {}).items()}

    return Language(
        base_language(lang),
        {n: WordList(n, lang, tuple(data.get(n, ()))) for n in ("share", "articles")},
        {k: float(v) for k, v in table("number_words").items()},
        {k: str(v) for k, v in table("units").items()},
        {k: float(v) for k, v in table("fractions").items()},
        {k: float(v) for k, v in table("multiplier_words").items()})


# "30°C", "86 °F": the scale's sign as a word the units tables name ("celsius"), so that
# "30°F" printed for "30°C" is another unit, not the same bare 30. Spanish and Portuguese
# texts often write the degree with the ordinal sign ("30 ºC", U+00BA), and some the ring
# above ("30˚C", U+02DA): the same degree. Read before plain_digits, whose NFKC turns
# "º" into "o" (and "℃" into "°C": the one-character signs are read here too).
_DEGREES = re.compile(r"(?<=\d)\s*(?:[°º˚]\s*([CF])\b|([℃℉]))")


def _degrees(m: re.Match[str]) -> str:
    return " celsius" if m.group(1) == "C" or m.group(2) == "℃" else " fahrenheit"


@lru_cache(maxsize=4096)
def quantities(text: str, lang: str) -> tuple[Quantity, ...]:
    """Numbers in `text` with their units. Phone numbers are left out (compared apart);
    a bare word number ("one study") is left out too: only digits or a number with a unit
    ("two months") count. Shares become percentages ("1 in 3", "a third" = 33.3 %)."""
    rules = number_rules(lang)
    text = plain_digits(_DEGREES.sub(_degrees, text))
    if rules.lang in _SPLIT_SCRIPT:
        if rules.lang != "ko":
            text = _han_numbers(text, rules.units)
        text = re.sub(r"(\d)(?=[^\W\d_])", r"\1 ", text)  # "2个月" -> "2 个月"
    # one word that is a count and a unit: Arabic duals ("شهرين"), Korean day counts ("이틀")
    counted = {str(k): (2.0, str(v)) for k, v in section(lang, "dual_units").items()}
    for k, v in section(lang, "counted_units").items():
        n, _, unit = str(v).partition(" ")
        counted[str(k)] = (float(n), unit)
    nth, text = _every_nth(text, lang, rules)  # before "jeder" is blanked as no count
    clean = without_idioms(_PHONE.sub(" ", text), lang)  # not "all at once"
    clean = _folds_as_times(clean, lang, rules)
    clean = grouped_digits(clean, lang)
    # a comma is kept as a token: "call 988, day or night" is no 988 days
    tokens = _TOKEN_OR_COMMA.findall(clean)
    out: list[Quantity] = list(nth)
    extra: dict[str, float] = {}  # numbers written in several words, merged below
    rules = _with_extra(rules, extra)
    # where the last list read without a closing "and"/range word ended: a number inside it
    # starts a list that ends there too, unclosed (read once, not from each of its numbers)
    open_end = 0
    i = 0
    while i < len(tokens):
        low = tokens[i].casefold()
        head = low if low in counted else next(
            (w for w in counted if rules.lang in _SPLIT_SCRIPT and low.startswith(w)), "")
        if head:  # "شهرين" = 2 months, "이틀간" = 2 days
            out.append(Quantity(counted[head][0], counted[head][1], tokens[i]))
            i += 1
            continue
        if low in rules.multiplier_words:  # "twice" = 2 times
            out.append(Quantity(rules.multiplier_words[low], "times", tokens[i]))
            i += 1
            continue
        unit, size = _unit_at(tokens, i + 2, rules) if low in rules.fractions else ("", 0)
        if (low in rules.fractions and unit in _ARTICLE_UNITS and i + 1 < len(tokens)
                and rules["articles"].pattern.fullmatch(tokens[i + 1])):
            # "half an hour" is 30 minutes, not a share of 50 %
            out.append(Quantity(rules.fractions[low], unit, " ".join(tokens[i:i + 2 + size])))
            i += 2 + size
            continue
        if low in rules.fractions and i + 2 < len(tokens) and meaning(lang)[
                "fraction_of"].pattern.fullmatch(tokens[i + 1]):
            k = i + 3 if rules["articles"].pattern.fullmatch(tokens[i + 2]) else i + 2
            unit, size = _unit_at(tokens, k, rules)
            if unit in _ARTICLE_UNITS:  # "a quarter of an hour" is 15 minutes, no share
                out.append(Quantity(rules.fractions[low], unit, " ".join(tokens[i:k + size])))
                i = k + size
                continue
        if low in rules.fractions and low in _ordinals(rules.lang)[0] and not (
                i and (rules["articles"].pattern.fullmatch(tokens[i - 1])
                       or _number(tokens[i - 1], rules) is not None)):
            i += 1  # "the tenth patient": an ordinal; "a tenth", "one tenth": a share
            continue
        if low in rules.fractions:  # "a third", "two thirds", "la mitad"
            prev = _number(tokens[i - 1], rules) if i else None
            n = prev if prev is not None and prev < 10 else 1.0
            out.append(Quantity(round(n * rules.fractions[low] * 100, 1), "%",
                                " ".join(tokens[max(0, i - 1):i + 1]), True))
            i += 1
            continue
        value = _number(tokens[i], rules)
        if value is None and i + 2 < len(tokens) and _is(tokens[i], "one_words") and \
                _is(tokens[i + 1], "range_words") and (_number(tokens[i + 2], rules) or 0) > 1:
            value = 1.0  # "une à deux heures": a range from one, "un" its first number
        if value is None:
            unit, size = _unit_at(tokens, i + 1, rules)
            if (not unit and i + 2 < len(tokens)
                    and rules["articles"].pattern.fullmatch(tokens[i])
                    and meaning(lang)["single_fillers"].pattern.fullmatch(tokens[i + 1])):
                one, size = _unit_at(tokens, i + 2, rules)  # "una sola sesión": one session
                if one:
                    out.append(Quantity(1.0, one, " ".join(tokens[i:i + 2 + size])))
                    i += 2 + size
                    continue
            if (not unit and i + 2 < len(tokens)
                    and rules["articles"].pattern.fullmatch(tokens[i])
                    and meaning(lang)["article_fillers"].pattern.fullmatch(tokens[i + 1])):
                unit, size = _unit_at(tokens, i + 2, rules)  # "einen ganzen Tag"
                size += 1 if unit else 0
            bare = rules.units.get(low, "")
            if (bare in _ARTICLE_UNITS and i + 2 < len(tokens)
                    and _is(tokens[i + 1], "range_or_words")
                    and (other := _number(tokens[i + 2], rules)) is not None
                    and not _unit_at(tokens, i + 3, rules)[0]
                    and not (i and _number(tokens[i - 1], rules) is not None)):
                # "every day or two": 1 or 2 days, as "a day or two"
                out += [Quantity(1.0, bare, tokens[i]),
                        Quantity(other, bare, f"{tokens[i + 2]} {bare}")]
                i += 3
                continue
            rate = i and (tokens[i - 1].casefold() in rules.multiplier_words
                          or meaning(lang)["frequency_times"].pattern.fullmatch(tokens[i - 1]))
            # "al mes" is a month; "2 cápsulas al día" a rate
            one_unit = meaning(lang)["unit_articles"].pattern.fullmatch(tokens[i]) and not any(
                _number(t, rules) is not None for t in tokens[max(0, i - 3):i])
            article = rules["articles"].pattern.fullmatch(tokens[i]) or one_unit
            # ("twice a day", "3 times a day": a rate, not a day)
            if one_unit and unit and meaning(lang)["unit_sequence"].pattern.fullmatch(
                    tokens[i + 1 + size] if i + 1 + size < len(tokens) else ""):
                i += 1 + size  # "al día siguiente": the next day, no count of days
                continue
            if unit in _ARTICLE_UNITS and article and not rate:
                half, taken = _and_a_fraction(tokens, i + 1 + size, rules)
                out.append(Quantity(1.0 + half, unit, " ".join(tokens[i:i + 1 + size + taken])))
                i += 1 + size + taken
                k = i
                if k + 1 < len(tokens) and _is(tokens[k], "range_or_words"):
                    other = _number(tokens[k + 1], rules)
                    if other is not None and not _unit_at(tokens, k + 2, rules)[0]:
                        # "a week or two": two weeks, the other end of the range
                        out.append(Quantity(other, unit, f"{tokens[k + 1]} {unit}"))
                        i = k + 2
                continue
            share = _share_at(tokens, i + 1, rules) if rules["articles"].pattern.fullmatch(
                tokens[i]) else None
            if share is not None:  # "una de cada cuatro", "one in four": a share of 1
                den, size = share
                out.append(Quantity(round(100 / den, 1), "%", " ".join(tokens[i:i + 1 + size]),
                                    True))
                i += 1 + size
                continue
            between = meaning(lang)["noun_share_words"].pattern
            share = _noun_share_at(tokens, i, 1.0, rules) if (
                rules["articles"].pattern.fullmatch(tokens[i])
                and any(between.fullmatch(" ".join(tokens[i + 2:i + 2 + n])) for n in (1, 2))
            ) else None  # not "a trial of 69", "a review of four"
            if share is not None:  # "un patient sur cinq", "one person in five"
                den, size = share
                out.append(Quantity(round(100 / den, 1), "%", " ".join(tokens[i:i + 2 + size]),
                                    True))
                i += 2 + size
                continue
            i += 1
            continue
        value, after = _compound(tokens, i, value, rules)
        half, taken = _and_a_fraction(tokens, after, rules)
        if taken and value == int(value):  # "one and a half times": 1.5 times
            value, after = value + half, after + taken
        if after > i + 1:  # a number in several words ("twenty five"): one token now
            merged = " ".join(tokens[i:after])
            tokens[i:after] = [merged]
            extra[merged.casefold()] = value
            open_end = 0  # (the tokens after it moved)
        share = _share_at(tokens, i + 1, rules)
        if share is not None:
            den, size = share
            out.append(Quantity(round(value / den * 100, 1), "%",
                                " ".join(tokens[i:i + 1 + size]), True))
            i += 1 + size
            continue
        share = _noun_share_at(tokens, i, value, rules)
        if share is not None:  # "7 patients sur 10": the people named between
            den, size = share
            out.append(Quantity(round(value / den * 100, 1), "%",
                                " ".join(tokens[i:i + 2 + size]), True))
            i += 2 + size
            continue
        values = [(value, tokens[i])]
        j = i + 1
        # a range or list: "2 to 3 weeks", "dos o tres semanas", "3, 6, 12 y 24 semanas"
        # (a bare number after a number is a list item only when "and"/"y" closes the list)
        closed = (1, i + 1)
        while j < len(tokens) and i >= open_end:
            if j + 1 < len(tokens) and _is(tokens[j], "range_words"):
                nxt = _number(tokens[j + 1], rules)
                if nxt is None:
                    break
                values.append((nxt, tokens[j + 1]))
                j += 2
                closed = (len(values), j)
            elif tokens[j] == "," and j + 1 < len(tokens) and \
                    _number(tokens[j + 1], rules) is not None:
                values.append((_number(tokens[j + 1], rules), tokens[j + 1]))
                j += 2
            else:
                break
        if closed[0] == 1 and j > i + 1:
            open_end = j
        del values[closed[0]:]
        j = closed[1]
        unit, size = _unit_at(tokens, j, rules)
        if not unit and j + 1 < len(tokens) and \
                meaning(lang)["count_fillers"].pattern.fullmatch(tokens[j]):
            unit, size = _unit_at(tokens, j + 1, rules)  # "the 24 first hours", "2 more days"
            size += 1 if unit else 0
        if not unit and not tokens[i][0].isdigit() and j < len(tokens) and \
                meaning(lang)["count_of"].pattern.fullmatch(tokens[j]):
            unit, size = _unit_at(tokens, j + 1, rules)  # "a couple of days"
            size += 1 if unit else 0
        for v, written in values:
            if unit or written[0].isdigit():
                out.append(Quantity(v, unit, f"{written} {' '.join(tokens[j:j + size])}".strip()))
        i = j + size if unit else j
    return tuple(out)


# Grams per unit of weight, to compare weights written in different units ("100 kg" =
# "220 pounds"); metric to metric must agree, a pound or an ounce is rounded by nature.
_GRAMS = {"mcg": 1e-6, "mg": 1e-3, "g": 1.0, "kg": 1000.0, "lb": 453.6, "oz": 28.35}
_METRIC = frozenset({"mcg", "mg", "g", "kg"})
_LITRES = {"ml": 1e-3, "l": 1.0}


def _same(a: Quantity, b: Quantity) -> bool:
    """Is `a` (printed) a faithful rendering of `b` (quoted)?"""
    if a.unit == b.unit and abs(a.value - b.value) < 1e-9:
        return True
    # "0.5 g" = "500 mg", "half a litre" = "500 ml", "2 months" = "8 weeks": the same
    # amount in another unit of one measure, within the rounding its units allow
    metric = a.unit in _METRIC and b.unit in _METRIC
    for per_unit, near in ((_GRAMS, 0.01 if metric else 0.1), (_LITRES, 0.01), (_DAYS, 0.1)):
        if a.unit != b.unit and a.unit in per_unit and b.unit in per_unit:
            x, y = a.value * per_unit[a.unit], b.value * per_unit[b.unit]
            return abs(x - y) <= near * max(x, y)
    if a.unit == b.unit == "%":
        # "7 in 10" or "a third" for "nearly 70%", "33%": a share in words is rounded, so
        # within 5 points; two exact percentages must agree to rounding.
        return abs(a.value - b.value) <= (5.0 if a.approx or b.approx else 0.5)
    return False


def _only_converted(q: Quantity, said: tuple[Quantity, ...]) -> bool:
    """Is printed `q` the same as a quoted time only in another unit, while the quote
    gives another number in q's own unit ("24 hours in a day" for "12 hours in a day": the
    quote's day is the period, its hours the limit)?"""
    own = [s for s in said if s.unit == q.unit]
    if q.unit not in _DAYS or not own or any(_same(q, s) for s in own):
        return False
    # only one of the period ("a day", "un día"), never "8 weeks" for "2 months"
    return all(s.value == 1 for s in said if s.unit != q.unit and _same(q, s))


_SPELLED = re.compile(r"(?<![\d\-‑–])\d(?:[\-‑–]\d){2,}(?![\d\-‑–])")


def joined_spelled(text: str) -> str:
    """The text with each short number spelled digit by digit joined: "9-8-8" -> "988"
    (a line's number said as it is dialled is one number, not three)."""
    return _SPELLED.sub(lambda m: re.sub(r"\D", "", m.group(0)), text)


_SUSPENDED = re.compile(r"\b([^\W\d_]+)-\s+([^\W\d_]+)\s+([^\W\d_]+)")


def suspended_numbers(text: str, lang: str) -> str:
    """The text with a number word whose ending is left to the next one written in full:
    "zwei- bis dreimal" -> "zweimal bis dreimal" (both ends of the range are times)."""
    if "-" not in text:
        return text
    rules = number_rules(lang)

    def whole(m: re.Match[str]) -> str:
        first, between, second = m.groups()
        if not _is(between, "range_words") or _number(first, rules) is None:
            return m.group(0)
        low = second.casefold()
        head = next((low[:k] for k in range(len(low) - 1, 1, -1)
                     if _number(low[:k], rules) is not None), "")
        if not head:
            return m.group(0)
        return f"{first}{second[len(head):]} {between} {second}"

    return _SUSPENDED.sub(whole, text)


def _after_word_in_words(quote: str, word: str, lang: str) -> set[float]:
    """The numbers written in words just after `word` in the quote ("de tres")."""
    rules = number_rules(lang)
    return {v for w in re.findall(rf"(?i)\b{re.escape(word)}\s+([^\W\d_]+)", quote)
            if (v := _number(w, rules)) is not None}


def _after_same_word(text: str, q: Quantity, quote: str, lang: str = "en") -> str:
    """The quote's other number after the word the text's bare number follows ("press
    1" for "press 4", "opción 2" for "opción 3"), or ""."""
    if q.unit or not q.written[:1].isdigit():
        return ""
    if _DIGITS_ONLY.fullmatch(q.written):
        word = _words_before_numbers(text).get(q.written)
    else:  # (a number merged from words, "20 five")
        m = re.search(rf"([^\W\d_]+)\s+{re.escape(q.written)}(?![\d.,])", text)
        word = m.group(1) if m else None
    if not word:
        return ""
    said = _numbers_after_word(quote, word)
    if said and q.value in _after_word_in_words(quote, word, lang):
        return ""  # "más de 3" for "más de tres" beside "más de 12"
    if said and all(float(d) != q.value for d in said):
        return f"{word} {said[0]}"
    return ""


_DIGITS_ONLY = re.compile(r"[\d.,]+")
_WORD_THEN_DIGITS = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\s+([\d.,]+)")  # from a word's start


@lru_cache(maxsize=256)
def _words_before_numbers(text: str) -> dict[str, str]:
    """{number as written: the word just before its first occurrence} ("press 1"), read
    in one pass: searching the text once per number made a run of numbers quadratic. A
    number counts only where it is the whole run of digits, points and commas there."""
    out: dict[str, str] = {}
    for m in _WORD_THEN_DIGITS.finditer(text):
        out.setdefault(m.group(2), m.group(1))
    return out


@lru_cache(maxsize=1024)
def _numbers_after_word(quote: str, word: str) -> tuple[str, ...]:
    """The digits the quote writes after `word` ("press 4")."""
    return tuple(re.findall(rf"(?i)\b{re.escape(word)}\s+(\d+)(?![\d.,])", quote))


# Percentage points a share in words ("2 in 3", "7 de cada 10", "two thirds") may round
# a count of the quote's by: 41 of 64 is 64 %, "2 in 3" 67 %; "1 in 2" (50 %) is no rounding
_SHARE_ROUNDING = 3.0


def number_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                    allowed: frozenset[str] = frozenset()) -> list[Problem]:
    """Numbers the text prints that its quote does not give. `allowed`: digit strings
    that may appear anyway (a notice's own contact numbers, "press 1")."""
    # (a quote's "every hour" is blanked below as a line's hours; it still says how often)
    once_a = _once_a_unit(text, text_lang) if _quoted_period(quote, quote_lang) else []
    quote, text = joined_spelled(quote), joined_spelled(text)
    quote, text = suspended_numbers(quote, quote_lang), suspended_numbers(text, text_lang)
    quote, text = _without_hours(quote, quote_lang), _without_hours(text, text_lang)
    text = _without_quoted_digits(text, quote)
    q_nth, quote = nth_units(quote, quote_lang)
    t_nth, text = nth_units(text, text_lang)
    # "week 6" for "6 weeks" and back: near enough for a plain-language text
    said = quantities(quote, quote_lang) + tuple(Quantity(n, u, w) for n, u, w in q_nth)
    out: list[Problem] = []
    # the quote's ordinals of no unit ("the second time"): "the second session" says it
    loose = {v for w in re.findall(r"[^\W_]+", quote)
             if (v := _ordinal_value(w, _ordinals(quote_lang)[0])) is not None} if t_nth else set()
    for n, unit, written in t_nth:
        if n == 1 and not any(u == unit for _, u, _ in q_nth):
            continue  # "from the first day" for "throughout"; "the first dose" for "the start"
        if n in loose and not any(u == unit for _, u, _ in q_nth):
            continue
        if not any(n == s.value and unit == s.unit for s in said):
            same = [w for _, u, w in q_nth if u == unit]
            shown = f"says {', '.join(map(repr, same))}" if same else "gives no such number"
            out.append(Problem("FAITH-NUMBER", f"the text says {written!r}; the quote {shown}"))
    quoted_phones = phone_numbers(quote) | {a[-10:] for a in allowed if len(a) >= 7}
    for phone in sorted(phone_numbers(text) - quoted_phones):
        shown = ", ".join(sorted(phone_numbers(quote))) or "no phone number"
        out.append(Problem("FAITH-NUMBER",
                           f"the text gives the phone number {phone}; the quote gives {shown}"))
    quote_words = _bare_numbers(quote, quote_lang)
    values = {s.value for s in said if not s.unit} | set(quote_words.values())
    quote_units = {number_rules(quote_lang).units.get(w.casefold())
                   for w in re.findall(r"[^\W\d_]+", quote)}
    # how many times a quote lists ("at 6, 12 and 18 weeks": three times)
    listed = {float(sum(1 for s in said if s.unit == u)) for u in {s.unit for s in said if s.unit}}
    kept_periods = _kept_period_spans(text, text_lang, quote, quote_lang)
    excused: set[tuple[str, str]] = set()
    for q in quantities(text, text_lang):
        if any(_same(q, s) for s in said) and not _only_converted(q, said):
            continue
        if q.value == 1 and q.unit in _DAYS and any(q.written.casefold() in w for w in once_a):
            continue  # "once a day", "once an hour": how often (frequency_problems), no day
        span = next((sp for sp in kept_periods
                     if q.unit and (sp, q.written.casefold()) not in excused
                     and q.written.casefold() in sp), None)
        if span is not None:  # "twice a year" for "every six months": how often, the same
            excused.add((span, q.written.casefold()))  # once: not "6 patients" nor a
            continue  # second "6 months" beside "every 6 months" (review13)
        if q.value == 0 and not q.unit and _scale_bottom(text, values | {s.value for s in said}):
            continue  # "from 0 to 10" for "a scale of 10": the scale's bottom, no count
        other_option = _after_same_word(text, q, quote, quote_lang)
        if other_option:  # "press 1" for "press 4": another option, whatever else is "one"
            out.append(Problem("FAITH-NUMBER", f"the text says {q.written!r}; the quote says "
                                               f"{other_option!r}"))
            continue
        if q.unit == "times" and q.value in listed and q.value >= 2:
            continue  # "three times in all" for "at 6, 12 and 18 weeks"
        if _within_bound(text, text_lang, q, said, quote, quote_lang):  # "over half": 58 %
            continue
        if q.unit == "%" and q.approx and 0 < q.value < 100 and any(
                abs(a / b * 100 - q.value) < _SHARE_ROUNDING
                for a in values for b in values if b > a > 0):
            continue  # "11 of the 94" for "of the 94 participants, 11"; "about 2 in 3"
            # for "41 of 64 women": the share a count of the quote makes, rounded
        if not q.unit and q.written.replace(".0", "") in allowed:
            continue
        if not q.unit and q.value in values:  # "2 fewer days" for "two per month"
            continue
        if (q.value == 2 and _kind(q.unit) not in ("duration", "share")
                and names_a_pair(quote, quote_lang)):
            continue  # "two doses" for "both doses", "double up"
        words = q.written.split()
        single = len(words) > 2 and meaning(text_lang)["single_fillers"].pattern.fullmatch(
            words[1]) and any(s.unit == q.unit for s in said)  # "a single session" for six
        if (q.value == 1 and q.unit in quote_units and not single
                and (number_rules(text_lang)["articles"].pattern.fullmatch(words[0])
                     or meaning(text_lang)["unit_articles"].pattern.fullmatch(words[0]))
                and not _after_bound(text, q.written, text_lang)):  # "menos de un año"
            continue  # "a month" as a rate ("2 fewer days a month" for "per month")
        with_unit = [s for s in said if s.unit == "%" and s.value == q.value]  # not ages
        if not q.unit and with_unit and q.value not in values:
            out.append(Problem("FAITH-NUMBER", f"the text says {q.written!r} without the "
                                               f"quote's unit ({with_unit[0].written!r})"))
            continue  # "fell by 30 points" for "fell by 30 percent"
        if not q.unit and q.value in quoted_values(quote, quote_lang):  # "1" for "one"
            continue
        if _rounded_with_about(text, text_lang, q, said):  # "about 10" for "10.4"
            continue
        same_kind = [s.written for s in said if _kind(s.unit) == _kind(q.unit)]
        other = f"the quote says {', '.join(repr(w) for w in same_kind)}" if same_kind \
            else "the quote gives no such number"
        out.append(Problem("FAITH-NUMBER", f"the text says {q.written!r}; {other}"))
    # a number in words with no unit ("by five per month" for "by two per month")
    reported = set()
    for written, value in _bare_numbers(text, text_lang).items():
        if value not in values | {q.value for q in said} and quote_words:
            reported.add(written.casefold())
            shown = ", ".join(map(repr, quote_words))
            out.append(Problem("FAITH-NUMBER",
                               f"the text says {written!r}; the quote says {shown}"))
    out += _share_word_problems(text, text_lang, said, quote, quote_lang)
    # any count in words ("three gummies" for "one gummy", "por diez" for "por tres")
    read = tuple(q.written for q in quantities(text, text_lang))
    # "a pill with two drugs" for "combines dextromethorphan with bupropion": the count of
    # the drugs the quote names
    named = len(set(_named(quote)) | set(_drug_like(quote)))
    for words in word_number_problems(text, text_lang, quote, quote_lang, read):
        if words.split()[0].casefold() in reported:
            continue
        if named >= 2 and _number(words.split()[0], number_rules(text_lang)) == named:
            continue
        given = ", ".join(w for _, w, _ in counts(quote, quote_lang)) or "no number"
        out.append(Problem("FAITH-NUMBER", f"the text says {words!r}; the quote gives {given}"))
    return out


def _kept_period_spans(text: str, text_lang: str, quote: str, quote_lang: str,
                       ) -> list[str]:
    """How-often phrases of the text (casefolded) that say the period one of the quote's
    says, in other numbers: "twice a year" for "every six months", "every half hour" for
    "every 30 minutes", "quatre fois par an" for "tous les trois mois"."""
    from summarizer.gate.scales import _same_period, periods  # it reads this module

    said = [d for d in periods(quote, quote_lang).values() if d is not None]
    if not said:
        return []
    return [w.casefold() for w, days in periods(text, text_lang).items()
            if days is not None and any(_same_period(days, d) for d in said)]


def _once_a_unit(text: str, lang: str) -> list[str]:
    """The text's how-often phrases of one time a unit ("once a day", "once an hour"),
    casefolded: their "a day" is the period, compared with the quote's own period by
    frequency_problems, not a duration of one day ("once" is blanked as no count before
    "a" in `not_counts`). A quote that gives no period leaves it to this module."""
    from summarizer.gate.scales import periods  # it reads this module

    rules = number_rules(lang)
    return [w.casefold() for w, days in periods(text, lang).items()
            if days is not None and w.split()[0].casefold() in rules.multiplier_words
            and rules.multiplier_words[w.split()[0].casefold()] == 1]


def _quoted_period(quote: str, lang: str) -> bool:
    from summarizer.gate.scales import periods  # it reads this module

    return any(days is not None for days in periods(quote, lang).values())


def _rounded_with_about(text: str, lang: str, q: Quantity, said: tuple[Quantity, ...],
                       ) -> bool:
    """Is printed `q` a quoted number with decimals rounded to a whole one, with the text's
    own "about" right before it ("about 10 fewer attacks" for "10.4 fewer")? Without the
    "about" the text claims an exactness the quote does not give."""
    if q.value != int(q.value) or not any(
            s.unit == q.unit and s.value != int(s.value) and round(s.value) == q.value
            for s in said):
        return False
    at = text.find(q.written)
    before = " ".join(text[:at].split()[-3:]) if at >= 0 else ""
    window = f"{before} {q.written}"  # ("unos" is "about" only before a number)
    return any(m.end() == len(before)
               for m in meaning(lang)["approximately"].pattern.finditer(window))


@cache
def _from_zero() -> re.Pattern[str]:
    """"0 to 10", "0-10", "del 0 al 10", "de 0 à 10", "von 0 bis 10": a range from zero."""
    return re.compile(rf"(?i)(?<![\d.,])0\s*(?:[-–]|(?:{connectives.alternation('range_words')})"
                      r"\s)\s*(\d+)\b")


on_reload(_from_zero.cache_clear)


def _scale_bottom(text: str, said: set[float]) -> bool:
    """Is a 0 of the text the bottom of a range up to a number the quote gives ("a scale
    from 0 to 10" for "a scale of 10")?"""
    return any(float(m.group(1)) in said for m in _from_zero().finditer(text))


_NTH_UNITS = frozenset({*_ARTICLE_UNITS, "dose", "session", "infusion", "cycle", "visit"})
_DIGIT_ORDINAL = re.compile(r"(?i)^(\d{1,3})(?:st|nd|rd|th|e|er|re|ème|ª|º|a|o)$")


@cache
def _ordinals(lang: str) -> tuple[dict[str, float], re.Pattern[str]]:
    """The `ordinals` table of a language's `[faithfulness]` words, casefolded, and a
    pattern for the words of the units a week or a dose is counted in."""
    units = [w for w, u in number_rules(lang).units.items() if u in _NTH_UNITS]
    named = re.compile(rf"(?i)\b(?:{'|'.join(map(re.escape, units))})\b" if units else r"(?!)")
    return ({str(k).casefold(): float(v)
             for k, v in section(lang, "faithfulness").get("ordinals", {}).items()}, named)


on_reload(_ordinals.cache_clear)


def _ordinal_value(word: str, ordinals: dict[str, float]) -> float | None:
    """"third", "3rd", "3e", "3.º" as 3.0; None for any other word."""
    digit = _DIGIT_ORDINAL.match(word)
    return ordinals.get(word.casefold()) or (float(digit.group(1)) if digit else None)


def _ordinal_pair(words: list[re.Match[str]], k: int, ordinals: dict[str, float],
                  rules: Language) -> tuple[str, float] | None:
    """(unit, second ordinal) when words[k:k+4] are "ordinal or ordinal unit" ("the third
    or fourth day", "le 3e ou 4e jour", "am dritten oder vierten Tag"), else None."""
    if k + 3 >= len(words) or not _is(words[k + 1].group(0), "range_or_words"):
        return None
    m = _ordinal_value(words[k + 2].group(0), ordinals)
    unit = rules.units.get(words[k + 3].group(0).casefold(), "")
    return (unit, m) if m and unit in _NTH_UNITS else None


def nth_units(text: str, lang: str) -> tuple[list[tuple[float, str, str]], str]:
    """Which week, month or dose a text names, said with an ordinal ("the second week",
    "la segunda semana", "der zweiten Woche", "the 2nd week") or a number after the unit
    ("week two", "semana 2", "Woche zwei"): (number, unit, as written) each, and the text
    with them blanked, so "two" in "week two" is no count of two."""
    ordinals, named = _ordinals(lang)
    found: list[tuple[float, str, str]] = []
    if not named.search(text):
        return found, text  # no week, month or dose named: nothing to read (most texts)
    rules = number_rules(lang)
    spans: list[tuple[int, int]] = []
    words = list(re.finditer(r"[^\W_]+", text))
    every = meaning(lang)["every_nth"]
    k = 0
    while k + 1 < len(words):
        first, second = words[k].group(0), words[k + 1].group(0)
        if every.entries and every.pattern.fullmatch(first):
            k += 2  # "every second day": how often, not which day
            continue
        gap = text[words[k].end():words[k + 1].start()]
        if gap.strip():  # "week, two": no unit-and-number
            k += 1
            continue
        low = first.casefold()
        n = _ordinal_value(first, ordinals)
        pair = _ordinal_pair(words, k, ordinals, rules) if n else None
        if pair:  # "the third or fourth day", "le 3e ou 4e jour": both days
            unit, m = pair
            found += [(n, unit, first), (m, unit, words[k + 2].group(0))]
            spans.append((words[k].start(), words[k + 3].end()))
            k += 4
            continue
        unit = rules.units.get(second.casefold(), "")
        if n and unit in _NTH_UNITS:  # "second week"
            found.append((n, unit, f"{first} {second}"))
            spans.append((words[k].start(), words[k + 1].end()))
            k += 2
            continue
        unit = rules.units.get(low, "")
        prev = words[k - 1].group(0) if k else ""
        value = _number(second, rules)
        after = words[k + 2].group(0).casefold() if k + 2 < len(words) else ""
        pair = (unit in _NTH_UNITS and value is not None and k + 3 < len(words)
                and _is(after, "range_or_words"))
        other = _number(words[k + 3].group(0), rules) if pair else None
        beyond = words[k + 4].group(0).casefold() if pair and k + 4 < len(words) else ""
        if (pair and other is not None and _number(prev, rules) is None
                and beyond not in rules.units):
            # "day 3 or 4": two days named, not a range of days
            found += [(value, unit, f"{first} {second}"), (other, unit, words[k + 3].group(0))]
            spans.append((words[k].start(), words[k + 3].end()))
            k += 4
            continue
        if (unit in _NTH_UNITS and value is not None and value == int(value)
                and _number(prev, rules) is None and after not in rules.units
                and not (_is(after, "range_words") and k + 3 < len(words)
                         and _number(words[k + 3].group(0), rules) is not None)):
            found.append((value, unit, f"{first} {second}"))  # "week two", not "week 2-3"
            spans.append((words[k].start(), words[k + 1].end()))
            k += 2
            continue
        k += 1
    for start, end in reversed(spans):
        text = text[:start] + " " * (end - start) + text[end:]
    return found, text


_DIGIT_RUN = re.compile(r"\d+(?:[ \u00a0.\-]\d+)*")


def _digit_runs_joined(text: str) -> set[str]:
    """Every run of digits with its spaces, dots and hyphens dropped: "116 123" -> "116123"."""
    return {re.sub(r"\D", "", m.group(0)) for m in _DIGIT_RUN.finditer(plain_digits(text))}


def _without_quoted_digits(text: str, quote: str) -> str:
    """The text with every number of four digits or more that the quote gives, grouped
    the same way or another, blanked: "116123" is "116 123" and "3114" is "31 14" (a number
    that short is not read as a phone number by its shape, so it would count as a new
    quantity)."""
    quoted = {d for d in _digit_runs_joined(quote) if len(d) >= 4}
    if not quoted:
        return text

    def blank(m: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", m.group(0))
        return " " * len(m.group(0)) if digits in quoted else m.group(0)

    return _DIGIT_RUN.sub(blank, plain_digits(text))


def _without_hours(text: str, lang: str) -> str:
    """The text with a line's round-the-clock hours ("24 hours a day", "7 jours sur 7")
    blanked: they are hours, compared by availability_problems, not quantities."""
    rx = meaning(lang)["availability_always"]
    if not rx.entries:
        return text
    rules = number_rules(lang)

    def blank(m: re.Match[str]) -> str:
        more = re.match(rf"(?i)\s+(?:{connectives.alternation('range_or_words')})\s+(\w+)",
                        text[m.end():])
        if more and _number(more.group(1), rules) is not None:
            return m.group(0)  # "every day or two": 1 or 2 days, no round-the-clock hours
        return " " * len(m.group(0))

    return rx.pattern.sub(blank, text)


def _bound_before(text: str, lang: str, q: Quantity) -> tuple[bool, bool]:
    """(a lower bound, an upper bound) in the three words before q in text."""
    at = text.find(q.written)
    if at < 0:
        return False, False
    before = " ".join(text[:at].split()[-3:] + q.written.split()[:1])
    m = meaning(lang)
    return (bool(m["bound_above"].pattern.search(before)),
            bool(m["bound_below"].pattern.search(before)))


def _within_bound(text: str, lang: str, q: Quantity, said: tuple[Quantity, ...],
                  quote: str = "", quote_lang: str = "") -> bool:
    """A bound the quote's number keeps: "more than half" or "over 50%" for "58 percent",
    "fewer than 1 in 10" for "7 percent" (same kind of number, on the bound's side); not
    when the quote's number is itself that bound ("no more than a tenth" printed as "no
    more than a third" moves the limit)."""
    if text.find(q.written) < 0 or _kind(q.unit) != "share":
        return False  # "at least 2 hours" for "at least 12": a change
    above, below = _bound_before(text, lang, q)
    # a bound rounds the quote's number ("over 50%" for 58 %), it never gives a more
    # exact one ("al menos un 16 %" for "al menos un 60 %")
    same = [s for s in said if _kind(s.unit) == "share"
            and (q.approx or _digits(q.value) < _digits(s.value))
            and not (quote and (above or below)
                     and _bound_before(quote, quote_lang, s) == (above, below))]
    if above:
        return any(s.value >= q.value for s in same)
    if below:
        return any(s.value <= q.value for s in same)
    return False


def _digits(value: float) -> int:
    """Significant digits: 50 -> 1, 58 -> 2, 6.8 -> 2, 16 -> 2."""
    return len(f"{value:g}".replace(".", "").strip("0")) or 1


@lru_cache(maxsize=2048)  # read-only result
def _bare_numbers(text: str, lang: str) -> dict[str, float]:
    """Numbers written as words that quantities() leaves out for want of a unit ("two per
    month", "dos por semana"): as written -> value. "One" and "a" are left out."""
    rules = number_rules(lang)
    counted = {q.written.casefold() for q in quantities(text, lang)}
    out: dict[str, float] = {}
    for m in re.finditer(r"[^\W\d_]+", text):
        word = m.group(0)
        value = rules.number_words.get(word.casefold())
        if value is not None and value == int(value) and not any(
                word.casefold() in w.split() for w in counted) and (
                value >= 2 or (value == 1 and _after_bound(text[:m.end()], word, lang))):
            out.setdefault(word, value)  # "two per month"; "under one" (an age limit)
    return out


def _after_bound(text: str, written: str, lang: str) -> bool:
    """Does `written` follow a bound in `text` ("under one", "menos de un año")?"""
    at = text.rfind(written)
    m = meaning(lang)
    before = text[:max(at, 0)].rstrip()
    return at >= 0 and (m["bound_below"].ends(before) or m["bound_above"].ends(before))


def _share_word_problems(text: str, lang: str, said: tuple[Quantity, ...], quote: str = "",
                         quote_lang: str = "") -> list[Problem]:
    """"Most" for a share under half ("most patients" for "nearly 40 percent"), "almost
    all" for one under three in four ("about half"), "rare" for one over one in ten, "few"
    for one over half."""
    m = meaning(lang)
    shares = [s for s in said if s.unit == "%"]
    if not shares:
        return []

    # the text keeps every share the quote gives ("2 in 10" for "20%", "half asleep")
    printed = quantities(text, lang)
    kept = all(any(_same(p, s) for p in printed) for s in shares)

    def new_word(name: str) -> re.Match[str] | None:
        """The text's word of list `name`, unless the quote says one too and the text
        keeps the quote's shares ("rarely ... half asleep" printed with "rarely": the
        quote's own frequency, not its "half"). A quote's "most" about something else
        licenses nothing: "most improved, and 30% had headaches" -> "most had headaches"."""
        found = m[name].find(text)
        return None if found and quote and kept and meaning(quote_lang or lang)[name].find(
            quote) else found

    most = new_word("share_most")
    mostly = meaning(quote_lang)["mostly_words"].search(quote) if quote else None
    if most and all(s.value < 50 for s in shares) and not mostly:  # "predominantly": a part
        return [Problem("FAITH-NUMBER", f"the text says {most[0]!r}; the quote says "
                                        f"{', '.join(repr(s.written) for s in shares)}")]
    nearly_all = new_word("share_nearly_all")
    if nearly_all and all(s.value < 75 for s in shares):  # "about half" -> "almost all"
        return [Problem("FAITH-NUMBER", f"the text says {nearly_all[0]!r}; the quote says "
                                        f"{', '.join(repr(s.written) for s in shares)}")]
    rare = new_word("share_rare")
    if rare and all(s.value > 10 for s in shares):  # "one in five" -> "rare"
        return [Problem("FAITH-NUMBER", f"the text says {rare[0]!r}; the quote says "
                                        f"{', '.join(repr(s.written) for s in shares)}")]
    few = new_word("share_few")
    if few and all(s.value > 50 for s in shares):
        return [Problem("FAITH-NUMBER", f"the text says {few[0]!r}; the quote says "
                                        f"{', '.join(repr(s.written) for s in shares)}")]
    return []


def _kind(unit: str) -> str:
    if unit in _DAYS:
        return "duration"
    if unit in ("%", "in 10", "in 100"):
        return "share"
    return unit


def phone_numbers(text: str) -> set[str]:
    """Phone numbers as digit strings (separators dropped; a leading 1 of +1 kept apart)."""
    out = set()
    for m in _PHONE.finditer(plain_digits(text)):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) >= 5:
            out.add(digits[-10:])
    return out


# --------------------------------------------------------------------------- polarity

@cache
def _clause_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str],
                                 re.Pattern[str]]:
    """(a word that ends a negation's reach, a clause joined by "and"/"but", where one
    clause ends and the next begins, "in" before a place's name), from the rulebook's
    connectives lists (gate/connectives.py), rebuilt when it reloads."""
    alt = connectives.alternation
    stop = re.compile(rf"(?i)^(?:{alt('clause_stops')})$")
    coordinated = re.compile(
        rf"(?i)\b(?:{alt('coordinators')}|{alt('contrast_words')})\s+")
    # "approved for adults, but not for children"; "para la epilepsia, pero no para la
    # depresión"
    bounds = re.compile(
        rf"(?i)[.;:,!?]|\b(?:{alt('contrast_words')}|{alt('concession_words')})\b")
    # "in" before a name says where ("in New Zealand"): not what is denied (a relative
    # clause before a negation, "people whose pain had not eased", is the rulebook's
    # relative_openers); the name is found by its capital letter
    place = re.compile(rf"\b(?:{alt('place_prepositions')})\s+((?:(?:{alt('place_articles')})"
                       r"\s+)?(?:[A-ZÁÉÍÓÚÑ][\w’'-]*\s*){1,3})")
    return stop, coordinated, bounds, place


on_reload(_clause_patterns.cache_clear)


def _negated_at(text: str, start: int, rules: Language, reach: int = 3) -> bool:
    """Is the word at `start` negated by one of the `reach` words before it, in its clause?"""
    before = re.split(r"[,;:—–()]", text[:start])[-1]
    words = before.split()[-reach:]
    for w in reversed(words):
        if _clause_patterns()[0].match(w):
            return False
        if rules["negation"].pattern.fullmatch(w.strip("\"'“”")):
            return True
    return False


def _without_restrictive(text: str, lang: str) -> str:
    """The text with the negation word of a restriction blanked (French "ne ... que":
    "n'est autorisé que pour l'épilepsie" says only, and denies nothing), by the
    `restrictive_negation` list of the language's `[faithfulness]` table."""
    rx = meaning(lang)["restrictive_negation"]
    if not rx.entries:
        return text
    return rx.pattern.sub(lambda m: " " * len(m.group(0)), text)


_CLAUSE_FINAL = re.compile(r"\s*(?:[.;:,!?)]|$)")  # a word that ends its clause


@lru_cache(maxsize=4096)  # read-only result: a quote is read again with each text
def polarity(text: str, lang: str, list_name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(affirmed words, denied words) of one list in `text`."""
    rules = language(lang)
    text = _without_restrictive(text, lang)  # "n'est autorisé que pour": only, no denial
    yes: list[str] = []
    no: list[str] = []
    # "declined to approve", "rechazó la solicitud": a refusal holds its own negation
    refused = [(r.start(), r.end()) for r in rules["refusals"].pattern.finditer(text)] \
        if list_name == "approval" else []
    for m in rules[list_name].pattern.finditer(text):
        word = m.group(0)
        low = word.casefold()
        if any(a <= m.start() < b for a, b in refused):
            no.append(word)
            continue
        # "Neither the AEMPS nor the EMA has authorised": a whole clause for approvals
        # "did not make wounds heal sooner": a result's negation may sit a verb further
        reach = 8 if list_name == "approval" else 4 if list_name == "outcome" else 3
        if list_name == "approval" and _CLAUSE_FINAL.match(text, m.end()):
            # German's verb bracket: "hat es nicht zur Behandlung von Depressionen oder
            # anderen psychischen Erkrankungen zugelassen" ([faithfulness] data)
            reach = max(reach, int(section(lang, "faithfulness").get(
                "verb_final_approval_reach", 0)))
        denied = (low.startswith(("un", "off", "hors", "fuera", "nicht"))
                  or _negated_at(text, m.start(), rules, reach)
                  or _denied_report_before(text, m.start(), lang)
                  or (list_name == "approval" and (_negative_subject(text, m.start(), lang)
                                                   or _out_of_scope(text, m.start(), lang))))
        (no if denied else yes).append(word)
    for a, b in refused:  # "se negó a aprobar": the refusal is the denied approval itself
        if text[a:b] not in no and not any(text[a:b].find(w) >= 0 for w in no):
            no.append(text[a:b])
    return tuple(yes), tuple(no)


def _denied_report_before(text: str, start: int, lang: str) -> bool:
    """Is the word at `start` inside the "that" clause of a negated reporting verb, in its
    sentence ("did not find that the pills clearly *improved* sleep")?"""
    sentence = re.split(r"[.;:!?]", text[:start])[-1]
    hits = list(meaning(lang)["denied_reports"].pattern.finditer(sentence))
    return bool(hits) and len(sentence[hits[-1].end():].split()) <= 8


def _out_of_scope(text: str, start: int, lang: str) -> bool:
    """An approval the few words before place a use outside of ("outside the product's
    registered indications", "beyond its licence", "outside what the drug is cleared
    for"): the use is not approved."""
    before = re.split(r"[,;:.—–()]", text[:start])[-1].split()[-6:]
    scope = meaning(lang)["scope_denials"].pattern
    return any(scope.fullmatch(w) for w in before)


def _negative_subject(text: str, start: int, lang: str) -> bool:
    """A sentence, or a clause joined by "and"/"but", whose subject is negative ("No
    medicines regulator, including the MHRA, has approved it"; "... y ningún medicamento
    que lo contenga tiene permiso"; "a supplement: nobody has approved it"): its verb is
    denied."""
    sentence = re.split(r"[.;:!?]", text[:start])[-1]
    joined = _clause_patterns()[1]
    starts = [sentence, *(sentence[m.end():] for m in joined.finditer(sentence))]
    negative = meaning(lang)["negative_subjects"].pattern
    for clause in starts:
        first = re.match(r"[^\W\d_]+", clause.lstrip(" \"'“”«("))
        if first and negative.fullmatch(first.group(0)):
            return True
    return False


def _restricted(text: str, words: list[str], lang: str) -> bool:
    """Is every affirmed word restricted by "only" a few words before it ("solo a
    vendedores con licencia")?"""
    only = meaning(lang)["only"].pattern
    for word in words:
        at = text.find(word)
        near = text[:at].split()[-4:] + re.split(r"[,;:.]", text[at:])[0].split()[1:4]
        if at < 0 or not any(only.fullmatch(w) for w in near):
            return False
    return True


def polarity_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                      ) -> list[Problem]:
    """A quote that only denies printed as an affirmation, or the reverse."""
    out: list[Problem] = []
    if text.rstrip().endswith("?"):
        return out  # a question to ask the doctor asserts nothing
    for name, what in (("approval", "approval"), ("outcome", "result")):
        q_yes, q_no = polarity(quote, quote_lang, name)
        t_yes, t_no = polarity(text, text_lang, name)
        if q_no and not q_yes and t_yes and not t_no and _restricted(text, t_yes, text_lang):
            continue  # "only from licensed sellers" for "not from unlicensed ones"
        if q_no and not q_yes and t_yes and not t_no:
            out.append(Problem("FAITH-POLARITY",
                               f"the quote denies the {what} ({_phrase(quote, q_no[0])}); the "
                               f"text affirms it ({_phrase(text, t_yes[0])})"))
        elif q_yes and not q_no and t_no and not t_yes:
            out.append(Problem("FAITH-POLARITY",
                               f"the quote affirms the {what} ({_phrase(quote, q_yes[0])}); the "
                               f"text denies it ({_phrase(text, t_no[0])})"))
    return out


def _clause_bounds() -> re.Pattern[str]:
    """Where one clause of a statement ends and the next begins."""
    return _clause_patterns()[2]


def _stem(word: str) -> str:
    return word.casefold().rstrip("s")


@lru_cache(maxsize=4096)  # read-only result: a quote is read again with each text
def _clauses(text: str, lang: str, name: str = "approval", carry: bool = False,
             ) -> tuple[tuple[bool, bool, frozenset[str]], ...]:
    """(denied, names an approval (or the `name` list's word), content words) per clause.

    `carry`: a clause after a comma that names nothing continues the list of the clause
    before ("licensed for frown lines, migraine and depression"): it names what that one
    names, when that one affirms."""
    rules = language(lang)
    function = function_words(lang)
    out: list[tuple[bool, bool, frozenset[str]]] = []
    at = 0
    bounds = [*_clause_bounds().finditer(text), None]
    for bound in bounds:
        part, part_at = text[at:bound.start() if bound else len(text)], at
        listed = carry and out and out[-1][1] and not out[-1][0] and text[at - 1:at] == ","
        at = bound.end() if bound else len(text)
        tokens = re.findall(r"[^\W\d_]+|\d+", part)
        if not tokens:
            continue
        own = bool(rules[name].search(part))
        named = own or bool(listed)
        # "para el insomnio se usa fuera de ficha técnica": a denying form is a denial;
        # "ne couvre que": only, no denial
        plain = re.findall(r"[^\W\d_]+|\d+", _without_restrictive(part, lang))
        hit = rules[name].search(part) if own and name == "approval" else None
        denied = any(rules["negation"].pattern.fullmatch(t) for t in plain) or (
            # "but no regulator, Health Canada included, has approved it": the subject
            # is negative, commas before the verb
            hit is not None and _negative_subject(text, part_at + hit.start(), lang)) or (
            own and not polarity(part, lang, name)[0])
        content = frozenset(_stem(t) for t in tokens if (len(t) >= 4 or t.isdigit())
                            and not rules[name].pattern.fullmatch(t)
                            and t.casefold() not in function)  # not "elle", "pour"
        out.append((denied, named, content))
    return tuple(out)


def mixed_polarity_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                            ) -> list[Problem]:
    """A quote that approves one use and denies another, printed as approving the denied
    one ("approved for adults, but not for children" -> "approved for adults and
    children"). Words of the denied clauses that no approving clause of the quote shares,
    found in an approving clause of the text, are the denied use affirmed."""
    if text.rstrip().endswith("?"):
        return []
    for name, what in (("approval", "approval"), ("outcome", "result")):
        q_yes, q_no = polarity(quote, quote_lang, name)
        quote_clauses = _clauses(quote, quote_lang, name)
        # "approved for adults, not for children": the denied clause names no approval
        elliptical = any(d and not n for d, n, _ in quote_clauses)
        if not (q_yes and (q_no or name == "outcome" or elliptical)):
            continue
        granted = (set().union(*(c for d, _, c in quote_clauses if not d)) | _places(quote)
                   | {_stem(w) for w in [*_named(quote).values(), *_drug_like(quote).values()]})
        if name == "approval":
            denied = set().union(*(c for d, _, c in quote_clauses if d)) - granted
        else:  # a result: only what follows the denied word ("no clear difference to X")
            denied = _denied_objects(quote, quote_lang) - granted
        for is_denied, named, content in _clauses(text, text_lang, name, carry=True):
            hit = sorted(content & denied) if named and not is_denied else []
            if hit:
                return [Problem("FAITH-POLARITY",
                                f"the quote denies the {what} for {', '.join(map(repr, hit))}; "
                                "the text affirms it")]
    return []




def _places(text: str) -> set[str]:
    return {_stem(w) for m in _clause_patterns()[3].finditer(text)
            for w in re.findall(r"[^\W\d_]+", m.group(1))}


@lru_cache(maxsize=2048)  # read-only result: quotes repeat on every edit
def _denied_objects(quote: str, lang: str) -> set[str]:
    """What a denied result is about: the words just after a negated result word ("did not
    make a clear difference to *depression itself*"), stemmed."""
    rules = language(lang)
    out: set[str] = set()
    for part in _clause_bounds().split(quote):
        neg = rules["negation"].pattern.search(part)
        if neg is None or meaning(lang)["relative_openers"].search(part[:neg.start()]):
            continue  # "people whose depression had not lifted": who, not the result
        hit = rules["outcome"].pattern.search(part, neg.end())
        if hit is None or len(part[neg.end():hit.start()].split()) > 4:
            continue
        out |= {_stem(w) for w in re.findall(r"[^\W\d_]+", part[hit.end():])[:5]
                if len(w) >= 5}
    return out


def _phrase(text: str, word: str, before: int = 4) -> str:
    """The word with a few words before it, as written: "has not been approved"."""
    at = text.find(word)
    head = text[:at].split()[-before:] if at >= 0 else []
    return repr(" ".join([*head, word]))


def _number_clauses(text: str, lang: str) -> list[tuple[bool, tuple[Quantity, ...]]]:
    """(denied, the quantities with a unit) per clause that has any: "the 10 mg tablet is
    sold without a prescription" -> (True, (10 mg,))."""
    rules = language(lang)
    out = []
    for part in _clause_bounds().split(text):
        said = tuple(q for q in quantities(part, lang) if q.unit)
        if said:
            denied = any(rules["negation"].pattern.fullmatch(t)
                         for t in re.findall(r"[^\W\d_]+", part))
            out.append((denied, said))
    return out


def contrast_polarity_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                               ) -> list[Problem]:
    """A quote that sets two numbers against each other by a negation ("the 10 mg tablet
    is sold without a prescription, but the 20 mg one needs one") printed with a number on
    the other side ("the 20 mg tablet is sold without a prescription"). Only a denial the
    text adds is read: a number printed without its clause's negation is mostly a detail
    left out ("a plain lotion without repellent" -> "a plain lotion", "there was no
    difference" -> "did nothing"), 7 faithful rewrites of the released folders blocked
    so against 1 unfaithful one passed (faith32)."""
    q_clauses = _number_clauses(quote, quote_lang)
    if len({d for d, _ in q_clauses}) < 2:
        return []
    # the numbers set against each other are of one kind (10 mg and 20 mg), each side
    contrasted = {q.unit for _, qs in q_clauses for q in qs
                  if {d for d, others in q_clauses if any(o.unit == q.unit for o in others)}
                  == {True, False}}
    for denied, said in _number_clauses(text, text_lang):
        for q in said:
            if q.unit not in contrasted:
                continue
            sides = {d for d, qs in q_clauses if any(_same(q, s) for s in qs)}
            if denied and sides and denied not in sides:
                return [Problem("FAITH-POLARITY",
                                f"the text denies it for {q.written!r}; the quote says the "
                                f"opposite for {q.written!r}")]
    return []


def _legality(text: str, lang: str) -> tuple[list[str], list[str]]:
    """(words saying it is legal, words saying it is not): "legal" unless negated ("isn't
    legal", "no es legal"); "illegal", "prohibited", "verboten" unless negated."""
    m, rules = meaning(lang), language(lang)
    yes: list[str] = []
    no: list[str] = []
    for name, affirms in (("legal_yes", True), ("legal_no", False)):
        for hit in m[name].pattern.finditer(text):
            negated = _negated_at(text, hit.start(), rules, reach=4)
            (yes if affirms != negated else no).append(hit.group(0))
    return yes, no


def legality_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                      ) -> list[Problem]:
    """A thing the quote says is against the law ("isn't legal to buy", "prohibited",
    "ilegal") printed as legal, or the reverse: the `legal_yes` and `legal_no` words of
    each language, with the negation before them."""
    if not meaning(quote_lang)["legal_yes"].entries or \
            not meaning(text_lang)["legal_yes"].entries:
        return []
    q_yes, q_no = _legality(quote, quote_lang)
    t_yes, t_no = _legality(text, text_lang)
    if q_no and not q_yes and t_yes and not t_no:
        return [Problem("FAITH-POLARITY", f"the quote says it is not legal ({q_no[0]!r}); "
                                          f"the text says it is ({t_yes[0]!r})")]
    if q_yes and not q_no and t_no and not t_yes:
        return [Problem("FAITH-POLARITY", f"the quote says it is legal ({q_yes[0]!r}); "
                                          f"the text says it is not ({t_no[0]!r})")]
    return []


def approval_scope_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                            ) -> list[Problem]:
    """An approval the quote gives for one use or form only ("approved as an anaesthetic",
    "registered as a low-risk device for muscle pain only") printed as an approval with no
    use at all ("an approved medicine"): the reader takes it for the use the handout is
    about. The `approval_scope` words ("as", "for", "only") of each language name a use."""
    q_scope, t_scope = meaning(quote_lang)["approval_scope"], meaning(text_lang)["approval_scope"]
    if not q_scope.entries or not t_scope.entries:
        return []
    q_yes, _ = polarity(quote, quote_lang, "approval")
    t_yes, t_no = polarity(text, text_lang, "approval")
    if not q_yes or not t_yes or t_no or t_scope.search(text):
        return []
    for word in q_yes:
        at = quote.find(word)
        after = " ".join(re.split(r"[.;!?]", quote[at + len(word):])[0].split()[:8])
        scope = q_scope.search(after)
        if scope:
            return [Problem("FAITH-POLARITY",
                            f"the quote gives the approval for one use "
                            f"({_phrase(quote, word, 0)} {after[:scope.end() + 30].strip()!r}); "
                            f"the text gives it for none ({_phrase(text, t_yes[0])})")]
    return []




def _limit_of_approval(quote: str, lang: str, q_no: tuple[str, ...], text: str) -> str:
    """What limits the quote's approval, as written: a use it denies beside it ("keine
    Zulassung" for another use), an "only" whose words the text leaves out ("mais
    seulement pour quatre semaines"), or a "but" clause with a negation after it ("pero
    ese registro no incluye X"); or ""."""
    if q_no:
        return q_no[0]
    m = meaning(lang)
    approval = language(lang)["approval"].pattern
    function = function_words(lang)
    printed = {w.casefold()[:5] for w in re.findall(r"[^\W\d_]+", text)}
    for hit in m["only"].pattern.finditer(quote):
        after = " ".join(re.split(r"[,;:.]", quote[hit.end():])[0].split()[:6])
        # "only for", "seulement pour une durée", "nur zur": a use or a time it is for;
        # not "prescription-only", nor "just approved" (newly); kept when the text names
        # what it is for ("approved for treatment-resistant depression")
        named = [w for w in re.findall(r"[^\W\d_]{3,}", after) if w.casefold() not in function
                 and not m["approval_scope"].pattern.fullmatch(w)]
        if quote[hit.start() - 1:hit.start()] != "-" and not approval.match(
                after) and m["approval_scope"].search(after) and named and not any(
                w.casefold()[:5] in printed for w in named):
            return f"{hit.group(0)} {after}"
    contrast = _clause_patterns()[1]
    negation = language(lang)["negation"].pattern
    without = meaning(lang)["without"].pattern
    # the clause limits the approval when it names it ("ese registro no cubre") or a use
    # after its negation ("but not for insomnia"); not "but insurers do not cover it"
    scope = m["approval_scope"].pattern
    for sentence in re.split(r"[.;!?]", quote):
        for c in contrast.finditer(sentence):
            clause = sentence[c.end():]
            if any(not without.fullmatch(n.group(0)) and (
                    approval.search(clause) or scope.match(clause[n.end():].lstrip()))
                   for n in negation.finditer(clause)):
                return sentence[c.start():].strip()[:60]
    return ""


def denied_use_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                        ) -> list[Problem]:
    """A use the quote's approval leaves out by name ("für Schlafstörungen ohne Depression
    besteht keine Zulassung", "not approved for pain without depression") printed, in the
    same words, as approved ("auch für Schlafstörungen ohne Depression zugelassen"): the
    denied clause's use, as written after its `approval_scope` word, in an approving text
    with no negation (a use named by several words the approved use shares one by one)."""
    _, q_no = polarity(quote, quote_lang, "approval")
    without = meaning(text_lang)["without"].pattern
    # "ohne Depression zugelassen": a "without" naming the use denies no approval
    plain = without.sub(lambda m: " " * len(m.group(0)), text)
    t_yes, t_no = polarity(plain, text_lang, "approval")
    if not q_no or not t_yes or t_no:
        return []
    if any(not without.fullmatch(n.group(0))
           for n in language(text_lang)["negation"].pattern.finditer(text)):
        return []
    scope = meaning(quote_lang)["approval_scope"].pattern
    low = text.casefold()
    for word in q_no:
        at = quote.find(word)
        clause = re.split(r"[.;:!?]", quote[:at])[-1] + quote[at:at + len(word)]
        for m in scope.finditer(clause):
            use = " ".join(re.findall(r"[^\W\d_]+", clause[m.end():])[:3])
            if len(use.split()) >= 2 and use.casefold() in low:
                return [Problem("FAITH-POLARITY", f"the quote denies the approval for "
                                                  f"{use!r}; the text affirms it")]
    return []


def limit_dropped_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                           ) -> list[Problem]:
    """An approval the quote limits ("approved for depression; not approved for sleep
    alone", "registered, but the registration does not cover X", "authorised only for
    four weeks") printed as a bare approval that keeps no limit: no "only", no negation,
    no "but"."""
    q_yes, q_no = polarity(quote, quote_lang, "approval")
    t_yes, t_no = polarity(text, text_lang, "approval")
    if not q_yes or not t_yes or t_no:
        return []
    limit = _limit_of_approval(quote, quote_lang, q_no, text)
    if not limit:
        return []
    tm = meaning(text_lang)
    without = tm["without"].pattern
    kept = (tm["only"].search(text) or _without_restrictive(text, text_lang) != text
            or _clause_patterns()[1].search(text)
            or any(not without.fullmatch(n.group(0))
                   for n in language(text_lang)["negation"].pattern.finditer(text)))
    if kept:
        return []
    return [Problem("FAITH-POLARITY", f"the quote limits the approval ({limit!r}); the text "
                                      f"gives it with no limit ({_phrase(text, t_yes[0])})")]


def universal_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                       ) -> list[Problem]:
    """Something a quote says can happen printed as happening to everyone, or always ("can
    cause a headache" -> "always causes a headache", "peut provoquer" -> "chez tout le
    monde"); a quote that says "most" or "all" itself is left to the scales."""
    scales = section(text_lang, "faithfulness").get("quantifiers", {})
    every = WordList("all", text_lang, tuple(scales.get("all", ()))) if scales else None
    if every is None or not every.entries:
        return []
    tm = meaning(text_lang)
    german = base_language(text_lang) == "de"

    def an_order(hit: re.Match[str]) -> bool:
        """ "Always take it with water": how to carry out an order, no claim about all."""
        opening = re.split(r"[.;:!?]", text[:hit.start()])[-1].strip()
        rest = re.split(r"[.;:!?]", text[hit.end():])[0]
        return not opening and bool(_imperative(rest, tm, german))

    said = [h.group(0) for h in every.pattern.finditer(text)
            if not _negated_at(text, h.start(), language(text_lang), reach=4)
            # ("no le funciona a todo el mundo": not all)
            and not an_order(h)]
    if not said:
        return []
    q_scales = section(quote_lang, "faithfulness").get("quantifiers", {})
    if WordList("all", quote_lang, tuple(q_scales.get("all", ()) + q_scales.get("most", ()))
                ).search(quote):
        return []
    # "you can call at any time" permits; only a possibility ("can cause") counts
    qm = meaning(quote_lang)
    plain = language(quote_lang)["permission"].pattern.sub(" ", quote)
    plain = qm["second_person"].pattern.sub(" ", plain)
    possible = qm["modal_possible"].search(plain) or _hedges(quote, quote_lang, "hedges")
    if not possible:
        return []
    shown = possible.group(0) if isinstance(possible, re.Match) else possible[0]
    return [Problem("FAITH-CERTAINTY", f"the text says it for everyone ({said[0]!r}); the "
                                       f"quote says it can happen ({shown!r})")]


def vague_duration_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                            ) -> list[Problem]:
    """A time the quote gives printed as a vague longer one: "faded within three months"
    -> "lasted for years" (a vague plural is two or more of its unit)."""
    vague = meaning(text_lang)["vague_durations"]
    if not vague.entries:
        return []
    times = [q for q in quantities(quote, quote_lang) if q.unit in _DAYS]
    said = _vague_units(quote, quote_lang)
    if said:  # "for months" printed as "for decades": a longer unit, as vague
        printed = _vague_units(text, text_lang)
        longer = [w for w, u in printed if _DAYS[u] > 1.5 * max(_DAYS[v] for _, v in said)]
        # "used safely for years" printed as "for weeks": a shorter one whose span cannot
        # reach the quote's (a vague plural is 2 to some 24 of its unit: "months" may be
        # "years", "weeks" never), when the text keeps none of the quote's vague times
        shorter = [w for w, u in printed
                   if 25 * _DAYS[u] < 2 * min(_DAYS[v] for _, v in said)]
        kept = any(u == v for _, u in printed for _, v in said)
        changed = longer or ([] if kept else shorter)
        return [Problem("FAITH-NUMBER", f"the text says {changed[0]!r}; the quote says "
                                        f"{said[0][0]!r}")] if changed else []
    if not times or meaning(quote_lang)["vague_durations"].search(quote):
        return []
    units = number_rules(text_lang).units
    longest = max(q.value * _DAYS[q.unit] for q in times)
    for hit in vague.pattern.finditer(text):
        unit = _time_unit_in(hit.group(0), units)
        if unit and 2 * _DAYS[unit] > longest * 1.5:
            return [Problem("FAITH-NUMBER", f"the text says {hit.group(0)!r}; the quote says "
                                            f"{', '.join(repr(q.written) for q in times)}")]
    return []


def _vague_units(text: str, lang: str) -> list[tuple[str, str]]:
    """(as written, unit) of each vague time of `text` that names its unit ("for months")."""
    units = number_rules(lang).units
    out = []
    for hit in meaning(lang)["vague_durations"].pattern.finditer(text):
        unit = _time_unit_in(hit.group(0), units)
        if unit:
            out.append((hit.group(0), unit))
    return out


def _time_unit_in(words: str, units: dict[str, str]) -> str | None:
    """The first unit of time among `words`, or one a word opens ("jahrelang": years)."""
    for w in re.findall(r"[^\W\d_]+", words.casefold()):
        unit = units.get(w) or next((units[k] for k in units if len(k) >= 4
                                     and w.startswith(k) and units[k] in _DAYS), None)
        if unit in _DAYS:
            return unit
    return None


def single_case_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                         ) -> list[Problem]:
    """One person printed as many: "one woman in the study had a seizure" -> "women in the
    study had seizures"."""
    qm, tm = meaning(quote_lang), meaning(text_lang)
    one = [h.group(0) for h in qm["single_case"].pattern.finditer(quote)
           if _is(h.group(0).split()[0], "one_words") and len(h.group(0).split()) > 1]
    if not one or tm["single_case"].search(text):
        return []
    many = tm["plural_people"].find(text)
    if not many or any(_number(w, number_rules(text_lang)) for w in
                       re.findall(r"[^\W_]+", text[:text.find(many[0])])[-2:]):
        return []
    return [Problem("FAITH-NUMBER", f"the quote is about {one[0]!r}; the text says "
                                    f"{many[0]!r}")]


# --------------------------------------------------------------------------- certainty


def _hedge_hits(text: str, lang: str, name: str) -> tuple[str, list[re.Match[str]]]:
    """(the text as read, the matches of the `name` list in it): not a permission ("you
    may eat") nor a negated possibility ("no se puede saber": it cannot be known, which
    hedges nothing)."""
    rules = language(lang)
    plain = rules["permission"].pattern.sub(" ", text)
    # a modal of past ability ("when they could drink as much as they liked") hedges nothing
    plain = meaning(lang)["not_hedges"].pattern.sub(" ", plain)
    return plain, [m for m in rules[name].pattern.finditer(plain)
                   if not _negated_at(plain, m.start(), rules, reach=3)]


def _hedges(text: str, lang: str, name: str) -> list[str]:
    """Hedges (or qualifiers) as written (see _hedge_hits)."""
    return list(dict.fromkeys(m.group(0) for m in _hedge_hits(text, lang, name)[1]))


def _modals_of_some(quote: str, lang: str) -> bool:
    """Is every modal hedge of the quote said of "some" or "a few" just before it, in its
    clause ("Some patients may get nausea", "Algunos pacientes pueden...")? Then the
    possibility is that of a part of the people, which a text keeping "some" says too."""
    plain, hits = _hedge_hits(quote, lang, "hedges")
    m_ = meaning(lang)
    some, people = m_["few_or_some"].pattern, m_["plural_people"].pattern

    def of_people(lead: str) -> bool:
        # "some may", "some patients may"; not "some strains might ease bloating", where
        # the hedge is on what works, not on who gets it
        hit = some.search(lead)
        if not hit:
            return False
        between = re.findall(r"[^\W\d_]+", lead[hit.end():])
        return not between or any(people.fullmatch(w) for w in between)

    return bool(hits) and all(
        of_people(" ".join(re.split(r"[.;:,!?]", plain[:m.start()])[-1].split()[-4:]))
        for m in hits)


_CAN = re.compile(r"(?i)\b(?:can|puede[n]?|peu[tv]ent?|k[öo]nnen|kann)\b(?![’']t)")


def _can_of(text: str, lang: str) -> list[str]:
    """"Can" in the text, which keeps a quote's "may"; not a negated one ("people who
    can't take stimulants", "quienes no pueden tomarlo"): that says who, not how sure."""
    rules = language(lang)
    return [m.group(0) for m in _CAN.finditer(text)
            if not _negated_at(text, m.start(), rules, reach=3)]


_MODAL_CLAUSE = re.compile(r"[.;:,!?()—–]")
_MODAL_WORD = re.compile(r"[^\W\d_]+")


def _modal_verbs(text: str, lang: str, name: str) -> list[tuple[str, set[str]]]:
    """Each `name` modal of the text ("can", "va a", "wird") not negated nor said of a
    person (`modal_persons` just before or after it: "you can take it with food" is
    ability or leave, not a chance), with the stems of the verb it governs: the first
    content word after it, and the last of its clause (German puts the verb there: "kann
    den Spiegel erhöhen")."""
    rules, m_ = language(lang), meaning(lang)
    persons, function = m_["modal_persons"].pattern, function_words(lang)
    out = []
    for hit in m_[name].pattern.finditer(text):
        if _negated_at(text, hit.start(), rules, reach=3):
            continue
        before = _MODAL_WORD.findall(_MODAL_CLAUSE.split(text[:hit.start()])[-1])[-1:]
        clause = _MODAL_CLAUSE.split(text[hit.end():])[0]
        after = _MODAL_WORD.findall(clause)
        if any(persons.fullmatch(w) for w in before + after[:1]):
            continue
        if after and rules["negation"].pattern.fullmatch(after[0]):
            continue  # "will not push": a denial, held by the polarity rules
        content = [w for w in after if len(w) >= 4 and w.casefold() not in function]
        stems = {w.casefold()[:5] for w in content[:1] + content[-1:]}
        if stems:
            out.append((hit.group(0), stems))
    return out


def possible_made_certain_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                                   ) -> list[Problem]:
    """A possible effect printed as a certain one: "dehydration can push your lithium
    level up" printed "losing too much water will push it up" (es "puede" -> "va a", fr
    "peut" -> "va", de "kann" -> "wird"): a `certain_modals` word before the verb a
    `possible_modals` word governs in the quote, and no hedge left in the text. The hedge
    list leaves "can" out (it is often ability); governing the same verb as the certain
    word, it is a chance."""
    if text.rstrip().endswith("?") or _hedges(text, text_lang, "hedges") \
            or _can_of(text, text_lang):
        return []
    possible = _modal_verbs(quote, quote_lang, "possible_modals")
    if not possible:
        return []
    for word, stems in _modal_verbs(text, text_lang, "certain_modals"):
        for said, verbs in possible:
            if stems & verbs:
                return [Problem("FAITH-CERTAINTY",
                                f"the quote says it {said!r} happen; the text says it "
                                f"{word!r}: keep 'can', 'may'")]
    return []


def certainty_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                       *, qualifiers: bool = True) -> list[Problem]:
    """A hedged or preliminary quote printed as a certain text.

    A modal hedge ("may", "could", "apparently") needs a hedge in the text ("can" counts
    as one there); a qualifier only ("a small study", "some", "about") needs a hedge or a
    qualifier (unless `qualifiers` is False: translations are held to modal hedges).
    """
    if text.rstrip().endswith("?"):
        return []
    modal = _hedges(quote, quote_lang, "hedges")
    qualifier = _hedges(quote, quote_lang, "qualifiers")
    text_modal = _hedges(text, text_lang, "hedges") or _can_of(text, text_lang)
    if modal and _modals_of_some(quote, quote_lang) \
            and meaning(text_lang)["few_or_some"].search(text):
        modal = []  # "some may get X" -> "some people get X": "some" keeps the hedge
    if modal and not text_modal:
        return [Problem("FAITH-CERTAINTY",
                        f"the quote is hedged ({', '.join(repr(h) for h in modal[:3])}); the "
                        "text states it as certain: keep 'may', 'might', 'in one small study'")]
    if qualifier and all(meaning(quote_lang)["study_qualifiers"].pattern.fullmatch(h)
                         for h in qualifier) and _keeps_a_count(text, text_lang, quote,
                                                                 quote_lang):
        qualifier = []  # "In one study, 120 people ..." -> "120 people ...": still one study
    if qualifier and _approximations_dropped(text, text_lang, quote, quote_lang):
        qualifier = []  # "small" for "about 3 points": the "about" went with its number
    if qualifiers and qualifier and not (text_modal
                                         or _hedges(text, text_lang, "qualifiers")
                                         or meaning(text_lang)["approximately"].search(text)
                                         or meaning(text_lang)["some_but_not_all"].search(text)):
        return [Problem("FAITH-CERTAINTY",
                        f"the quote is qualified ({', '.join(repr(h) for h in qualifier[:3])});"
                        " the text states it for everyone: keep 'some', 'about', 'a small "
                        "study'")]
    return []


def _approximations_dropped(text: str, text_lang: str, quote: str, quote_lang: str,
                            ) -> bool:
    """Is every qualifier of the quote an approximation of a measure ("about 3 points",
    "etwa 3 Punkte"; not a share or a count of people: "about 30% of patients") whose
    number the text no longer gives? Then the text claims no exactness to qualify."""
    plain, hits = _hedge_hits(quote, quote_lang, "qualifiers")
    people = meaning(quote_lang)["plural_people"].pattern
    printed = quantities(text, text_lang)
    for hit in hits:
        after = plain[hit.end():hit.end() + 40]
        if not re.match(r"\s*\d", after):
            return False  # "a small study", "some": no approximation of a number
        said = quantities(after, quote_lang)[:1]
        if not said or _kind(said[0].unit) == "share" or any(
                people.fullmatch(w) for w in re.findall(r"[^\W\d_]+", after)[:3]):
            return False
        if any(_same(t, said[0]) for t in printed):
            return False  # the number is printed: so is its exactness
    return bool(hits)


def _reports_the_count(text: str, word: str, text_lang: str, quote: str, quote_lang: str,
                       ) -> bool:
    """Is `word` ("showed that") followed at once (its next three words) by a share or
    count the quote gives ("showed that 25% of people" for "one in four"), with no cause
    after it ("showed that it makes 86% of users relaxed" makes one)?"""
    at = text.find(word)
    if at < 0:
        return False
    sentence = re.split(r"[.;!?]", text[at + len(word):])[0]
    if meaning(text_lang)["causal"].search(sentence):
        return False
    after = " ".join(sentence.split()[:3])
    said = [q for q in quantities(quote, quote_lang) if _kind(q.unit) in ("", "share")]
    return any(_same(t, s) for t in quantities(after, text_lang) for s in said)


def _keeps_a_count(text: str, text_lang: str, quote: str, quote_lang: str) -> bool:
    """Does the text give a count or share of the quote's (not a duration or a dose):
    the study's own people ("120 personas", "20 %"), so it reports one study's result?"""
    said = [q for q in quantities(quote, quote_lang) if _kind(q.unit) in ("", "share")
            and not (q.unit == "" and 1900 <= q.value <= 2100)]
    return any(_same(t, s) for t in quantities(text, text_lang) for s in said)


# --------------------------------------------------------------------------- population


_TAGGED = {"animal": ("an animal study", "in animals"),
           "lab-mechanism": ("a lab study", "in a lab")}


def population_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                        evidence: str = "") -> list[Problem]:
    """A quote about animals or cells printed without saying so, by its words or, when the
    quote leaves them to its article ("A study found NAC stopped compulsive grooming"), by
    the claim's evidence tag."""
    from summarizer.gate.reversals import without_people_labs  # it reads this module

    q = language(quote_lang)
    quote = without_people_labs(quote, quote_lang)  # "in a sleep lab": people measured
    animal, setting = q["animal"].find(quote), q["lab_setting"].find(quote)
    lab = setting or q["lab"].find(quote)
    t = language(text_lang)
    if not (animal or lab) and evidence in _TAGGED:
        if (t["not_in_people"].search(text) or t["animal"].search(text)
                or t["lab_setting"].search(text) or t["lab"].search(text)):
            return []
        study, where = _TAGGED[evidence]
        return [Problem("FAITH-POPULATION",
                        f"the quote's claim is {study} (its evidence tag); the text does not "
                        f"say it was {where}, not in people")]
    if not (animal or lab):
        return []
    if t["not_in_people"].search(text) or t["animal"].search(text):
        return []
    # "in test tubes" must stay a lab; mechanism words ("receptors") need any lab word
    if not animal and (t["lab_setting"].search(text) or (not setting and t["lab"].search(text))):
        return []
    said = ", ".join(repr(w) for w in (animal or lab)[:3])
    need = "in animals" if animal else "in a lab"
    return [Problem("FAITH-POPULATION",
                    f"the quote is about {said}; the text does not say the study was {need}, "
                    "not in people")]


_CONDITION_WORDS = re.compile(r"[^\W\d_][\w’'-]*")


def _condition_after(text: str, at: int, m: _Meaning) -> list[str]:
    """The words naming a condition after a population phrase, up to a clause mark or a
    `condition_stops` word, at most four: "people with *anxiety disorders* were given"."""
    run = []
    tail = re.split(r"[,;:.!?()—–]", text[at:])[0]
    for word in _CONDITION_WORDS.findall(tail)[:4]:
        if m["condition_stops"].pattern.fullmatch(word):
            break
        run.append(word)
    return run


def condition_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                       ) -> list[Problem]:
    """A claim whose people gain a condition the quote never names: "120 nurses" printed as
    "120 people with anxiety disorders", "healthy volunteers" as "people with insomnia".
    Not one word of the text's condition (first five letters, any form) is in the quote."""
    tm = meaning(text_lang)
    phrases = tm["population_phrases"]
    if not phrases.entries or not tm["condition_stops"].entries:
        return []
    said = {w.casefold()[:5] for w in _CONDITION_WORDS.findall(quote)}
    negation = language(text_lang)["negation"].pattern
    for hit in phrases.pattern.finditer(text):
        after = _condition_after(text, hit.end(), tm)
        if after and negation.fullmatch(after[0]):
            continue  # "19 patients with no group to compare them with": no condition
        run = [w for w in after if len(w) >= 4]
        if run and not any(w.casefold()[:5] in said for w in run):
            return [Problem("FAITH-POPULATION",
                            f"the text is about {hit.group(0)} {' '.join(run)!r}; the quote "
                            "names no such condition")]
    return []


# --------------------------------------------------------------------------- drugs


@lru_cache(maxsize=2048)  # read-only result
def _named(text: str) -> dict[str, str]:
    return drugs().named(text)


@lru_cache(maxsize=2048)  # read-only result
def _drug_like(text: str) -> dict[str, str]:
    return drugs().drug_like(text)


def drug_problems(text: str, quote: str, context: str = "", lang: str = "") -> list[Problem]:
    """The text names a drug its quote does not name. When the quote names none, a drug
    its article (`context`) is about may stand in for "the drug"; never another one."""
    in_text, in_quote = _named(text), _named(quote)
    around = _named(context) if not in_quote else {}
    extra = [w for name, w in in_text.items() if name not in in_quote and name not in around]
    # a drug the list does not know, by its INN ending, when the quote names a drug
    like_quote = _drug_like(quote)
    if in_quote or like_quote:
        seen = f"{quote} {context}".casefold()
        # "clonidine" for "clonidina": the quote's name in another language's spelling
        words = {_fold(w) for w in re.findall(r"[^\W\d_]{4,}", f"{quote} {context}")}
        extra += [w for low, w in _drug_like(text).items() if low not in seen
                  and not any(_another_form(_fold(low), q) for q in words)]
    if not extra:
        return _swapped_rare_name(text, quote, context, lang) if lang else []
    named = ", ".join(repr(w) for w in [*in_quote.values(), *like_quote.values()]) or "no drug"
    return [Problem("FAITH-DRUG",
                    f"the text names {', '.join(repr(w) for w in extra)}; the quote names "
                    f"{named}")]


def comparator_problems(text: str, quote: str, lang: str) -> list[Problem]:
    """A drug the quote compares with printed as a placebo ("cyamémazine ou de la
    buspirone" -> "cyamémazine ou un placebo"): the quote's named or rare name gone from
    the text, which names a placebo the quote does not."""
    rules = language(lang)
    fake = rules["placebo_names"]
    if not fake.entries or fake.search(quote) or meaning(lang)["comparison_controls"].search(
            quote):
        return []  # "compared to the control group" printed "salt water": the same control
    printed = fake.find(text)
    if not printed:
        return []
    said = text.casefold()
    names = {**_rare_words(quote, lang, _UNCOMMON), **{w.casefold(): w for w in
                                                        _named(quote).values()},
             **_drug_like(quote)}
    gone = [w for low, w in names.items() if low not in said
            and not any(_another_form(_fold(low), _fold(t))
                        for t in re.findall(r"[^\W\d_]{4,}", text))]
    if not gone or len(gone) == len(names):  # one of the quote's treatments kept: the other
        return []  # is what turned into a placebo ("the drug" for the only one is no swap)
    return [Problem("FAITH-DRUG", f"the text compares with {printed[0]!r}; the quote with "
                                  f"{', '.join(map(repr, gone))}")]


def alone_problems(text: str, text_lang: str, quote: str, quote_lang: str) -> list[Problem]:
    """A treatment the quote gives in a combination ("un mélange d'aubépine, de pavot et de
    magnésium", "melatonin together with therapy") printed as given alone ("de l'aubépine
    seule", "melatonin alone"): an `alone_words` word right after a word of the quote that
    the quote joins to others."""
    tm, qm = meaning(text_lang), meaning(quote_lang)
    if not tm["alone_words"].entries or qm["alone_words"].search(quote):
        return []
    function = function_words(text_lang)
    combined = qm["combination_words"].search(quote)
    joins = _clause_patterns()[1]
    for m in tm["alone_words"].pattern.finditer(text):
        before = [w for w in re.findall(r"[^\W\d_]{3,}", text[:m.start()])[-2:]
                  if w.casefold() not in function]
        for w in before:
            at = quote.casefold().find(w.casefold())
            if at < 0:
                continue
            tail = " ".join(quote[at:].split()[1:6])
            if combined or "," in tail or joins.search(tail):
                return [Problem("FAITH-DRUG", f"the text gives {w!r} alone ({m.group(0)!r}); "
                                              f"the quote gives it with others "
                                              f"({_phrase(quote, w, 2)})")]
    return []


_RARE = 2.0  # Zipf: a word under once in 10 million (drug names; no plain-language word)
# A word a swapped-in rare name may replace: uncommon (under once in a million: "inositol",
# 2.4; a supplement's name is commoner than a prescription drug's)
_UNCOMMON = 3.0
_NAME = re.compile(r"[^\W\d_]{6,}")


def _rare_words(text: str, lang: str, under: float = _RARE) -> dict[str, str]:
    """Words of 6+ letters that are rare in the language (wordfreq's Zipf under `under`:
    drug and product names): casefolded -> as written. Empty for a language without a
    list."""
    from summarizer.readability.store import frequencies

    freq = frequencies(base_language(lang))
    if freq is None:
        return {}
    rules = section(lang, "faithfulness")
    endings, clitics = rules.get("word_endings", ()), rules.get("word_clitics", ())
    return {w.casefold(): w for w in _NAME.findall(text) if freq.zipf(w.casefold()) < under
            and not _form_of_common(_fold(w), endings, freq, clitics)}


def _form_of_common(word: str, endings: tuple[str, ...] | list[str], freq,
                    clitics: tuple[str, ...] | list[str] = ()) -> bool:
    """Is a rare word another form of a common one: its stem, with the ending it has
    (one of the language's word_endings, or none, then a clitic where the language has
    them) replaced by another ending, a common word ("aumentes" -> "aumentar", "guarda"
    -> "guardar", "hablalo" -> "hablar")? A voseo imperative or a subjunctive is rare in
    a frequency list, and no drug's name. The word must end in an ending: a name that
    merely begins like a common word ("Proscar" and "prose", "Claritin" and "clarito")
    is no form of it (review10)."""
    for tail in {e + c for e in ("", *endings) for c in ("", *clitics)}:
        if not word.endswith(tail):
            continue
        stem = word[:len(word) - len(tail)]
        if len(stem) >= 4 and any(stem + e != word and freq.zipf(stem + e) >= _UNCOMMON
                                  for e in endings):
            return True
    return False


def _compound_of_common(word: str, freq, first: int = 4) -> bool:
    """Is a rare word two common words written as one ("Krebsambulanz", "Magenblutung",
    "aufkratzen", "washouts"): a split into a first part of `first` or more letters and
    a head of four or more, both common (Zipf `_UNCOMMON` or more)? A compound of plain
    words is a plain-language rewording, no name of a drug. A brand is often a short
    word and a syllable ("Proscar": "pro" + "scar"), hence four letters a side; a language
    whose compounds start with three-letter parts ("auf", "ein") says so in its rulebook
    (`compound_first_letters`)."""
    low = word.casefold()
    return any(freq.zipf(low[:i]) >= _UNCOMMON and freq.zipf(low[i:]) >= _UNCOMMON
               for i in range(first, len(low) - 3))


def _fold(word: str) -> str:
    """Casefolded, without accents ("hiperbárico" -> "hiperbarico")."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", word.casefold())
                   if not unicodedata.combining(c))


def _another_form(word: str, other: str) -> bool:
    """Are two folded words forms of one word: four or more letters in common at the
    start, after which the shorter has at most three left and the longer at most six
    (an ending: "bajandola"/"bajarla", "estresaron"/"estres"), rather than two names
    that merely begin alike ("sertindole"/"sertraline", "pilocarpine"/"pilot")?"""
    shared = next((i for i, (a, b) in enumerate(zip(word, other, strict=False)) if a != b),
                  min(len(word), len(other)))
    short, long_ = sorted((len(word), len(other)))
    return shared >= 4 and short - shared <= 3 and long_ - shared <= 6


def _swapped_rare_name(text: str, quote: str, context: str, lang: str) -> list[Problem]:
    """A name no list knows swapped for another: the quote's rare word (a drug: "rotigotine",
    or a listed one) is gone from the text, which has a rare word the quote and the article
    lack ("apomorphine"). Plain language swaps a rare word for a common one, not another
    rare one."""
    t_rare = _rare_words(text, lang)
    if t_rare:  # "Krebsambulanz" for "onkologische Ambulanz": plain words run together
        from summarizer.readability.store import frequencies

        freq = frequencies(base_language(lang))
        try:
            first = language(base_language(lang)).compound_first_letters
        except MissingRules:
            first = 4
        t_rare = {low: w for low, w in t_rare.items()
                  if not _compound_of_common(low, freq, first)}
    if not t_rare:
        return []
    q_rare = _rare_words(quote, lang, _UNCOMMON)
    seen = f"{quote} {context}".casefold()
    q_named, t_named = _named(quote), _named(text)
    # a listed drug's other form ("Spravato" for "esketamine") is the same drug
    same = {t_named[c].casefold() for c in t_named if c in q_named}
    # not another form of a quote's word ("bajándola" for "bajarla", "estresaron" for
    # "estrés"): one that differs from it only in its last few letters
    words = {_fold(w) for w in re.findall(r"[^\W\d_]{4,}", f"{quote} {context}")}
    # nor the root of one ("coagule" in "anticoagulantes": said in plain words)
    new = [w for low, w in t_rare.items() if low not in seen and low not in same
           and not any(_another_form(_fold(low), q) or (len(low) >= 6 and _fold(low)[:6] in q)
                       for q in words)]
    # a placebo named otherwise ("Scheinmittel" for "Scheinpräparat") is the same placebo
    fake = language(lang)["placebo_names"]
    if fake.entries and fake.search(quote):
        new = [w for w in new if not fake.pattern.fullmatch(w)]
    said = text.casefold()
    gone = [w for low, w in q_rare.items() if low not in said
            and not any(low == q_named[c].casefold() for c in t_named if c in q_named)]
    gone += [w for c, w in q_named.items() if c not in t_named and w not in gone]
    if not (new and gone):
        return []
    return [Problem("FAITH-DRUG", f"the text names {', '.join(map(repr, new))} where the quote "
                                  f"names {', '.join(map(repr, gone))}")]


# --------------------------------------------------------------------------- meaning words


@dataclass(frozen=True)
class _Meaning:
    """The `[faithfulness]` table of a language's word file: certainty, association,
    instructions (permission / prohibition), comparisons and groups of people."""

    lang: str
    lists: dict[str, WordList]
    actions: tuple[tuple[str, WordList], ...]  # canonical action, its forms
    groups: tuple[tuple[str, WordList], ...]  # canonical group, its forms

    @cached_property
    def any_action(self) -> re.Pattern[str]:
        """Every action's forms at once: most clauses hold none."""
        forms = tuple(f for _, wl in self.actions for f in wl.entries)
        return WordList("actions", self.lang, forms).pattern

    @cached_property
    def any_group(self) -> re.Pattern[str]:
        """Every group's forms at once."""
        forms = tuple(f for _, wl in self.groups for f in wl.entries)
        return WordList("groups", self.lang, forms).pattern

    def __getitem__(self, name: str) -> WordList:
        return self.lists.get(name) or WordList(name, self.lang, ())


_MEANING: dict[str, tuple[object, _Meaning]] = {}


def meaning(lang: str) -> _Meaning:
    """Built on first use per language (nothing at import), patterns compiled on first
    match; rebuilt when the rulebook's data for the language is reloaded."""
    try:
        anchor: object = language(lang)  # cached: a new object when the rulebook reloads
    except MissingRules:
        anchor = None
    cached = _MEANING.get(lang)
    if cached is not None and cached[0] is anchor:
        return cached[1]
    built = _build_meaning(lang, section(lang, "faithfulness"))
    _MEANING[lang] = (anchor, built)
    return built


def _build_meaning(lang: str, table: dict) -> _Meaning:
    lists = {k: WordList(k, lang, tuple(v)) for k, v in table.items() if isinstance(v, list)}
    # "a few", "several", "most": how many, short of all (scales' quantifier bands)
    bands = table.get("quantifiers", {})
    lists["some_but_not_all"] = WordList("some_but_not_all", lang, tuple(
        e for band in ("few", "some", "many", "most") for e in bands.get(band, ())))
    lists["few_or_some"] = WordList("few_or_some", lang, tuple(
        e for band in ("few", "some") for e in bands.get(band, ())))
    actions = tuple((k, WordList(k, lang, tuple(v)))
                    for k, v in table.get("actions", {}).items())
    groups = tuple((k, WordList(k, lang, tuple(v))) for k, v in table.get("groups", {}).items())
    return _Meaning(lang, lists, actions, groups)


def meaning_lists_missing(lang: str) -> tuple[str, ...]:
    """The faithfulness lists a language lacks (all of them for a language without file)."""
    table = section(lang, "faithfulness")
    return tuple(n for n in MEANING_LISTS if n not in table)


MEANING_LISTS: tuple[str, ...] = (
    "certainty_strong", "certainty", "intensifiers", "diminishers", "causal", "association",
    "permits",
    "modal_permits", "permission_conditions", "without", "only", "obligations",
    "condition_openers", "bound_above", "bound_below",
    "knowledge_denials", "safety_denials", "safety_words", "share_most", "share_few",
    "negative_subjects", "unsupervised", "vague_counts", "single_case",
    "population_phrases", "availability_always", "availability_limited", "line_paid",
    "line_only_for", "attribution",
    "instruction_negation",
    "instruction_skip",
    "subordinators",
    "comparison_universal",
    "comparison_than", "comparison_filler", "comparison_controls", "actions", "groups")


# --------------------------------------------------------------------------- instructions

_SENTENCE = re.compile(r"[.!?;:—–()\[\]]+|,")
_SKIP_LEAD = re.compile(r"(?i)^(?:\W*(?:then|please|so|also|and|y|luego|entonces|puis|et|"
                        r"alors|dann|und|bitte)\b)+\W*")


def _clauses_of(text: str, m: _Meaning) -> list[str]:
    """Clauses split at punctuation and at subordinators ("do not stop it | when you ...")."""
    return [clause for clause, _ in _led_clauses(text, m)]


_SENTENCE_END = re.compile(r"[.!?;:]+")


def _led_clauses(text: str, m: _Meaning) -> list[tuple[str, str]]:
    """(clause, the condition clause before it in its sentence or ""): "After 24 hours, |
    you can drive" gives ("you can drive", "After 24 hours"), as "After 24 hours you can
    drive" is one clause that holds its condition."""
    out: list[tuple[str, str]] = []
    for sentence in _SENTENCE_END.split(text):
        clauses = []
        for part in _SENTENCE.split(sentence):
            pieces = [0, *(x.start() for x in m["subordinators"].pattern.finditer(part)),
                      len(part)]
            clauses += [part[a:b] for a, b in pairwise(pieces) if part[a:b].strip()]
        opens = [_opens_condition(c, m) for c in clauses]
        lead = ""
        for i, clause in enumerate(clauses):
            # "you can drive | once you stop taking it": a condition that follows counts
            j = i + 1
            while j < len(clauses) and (opens[j] or (
                    # "puedes tomarlo, pero solo | si tu médico lo aprueba": two words
                    # that lead into a condition let it through
                    j + 1 < len(clauses) and opens[j + 1]
                    and len(clauses[j].split()) <= 2 and not _actions_in(clauses[j], m))):
                j += 1
            after = "\n".join(clauses[i + 1:j])
            out.append((clause, f"{lead}\n{after}".strip()))
            if opens[i]:
                lead = f"{lead}\n{clause}".strip()
    return out


def _opens_condition(clause: str, m: _Meaning) -> bool:
    """Does the clause open with a condition, a time or a reason ("once you ...", "after
    24 hours", "if ...")?"""
    lead = _SKIP_LEAD.sub("", clause.strip())
    if m["free_choice"].pattern.match(lead) or m["no_licence"].pattern.match(lead):
        # "whenever you like", "cuando quiera": no condition at all; "because ...",
        # "porque ...": a reason, which licenses nothing
        return False
    return any(m[name].pattern.match(lead) for name in
               ("condition_openers", "subordinators", "permission_conditions"))


def _actions_in(clause: str, m: _Meaning, start: int = 0) -> list[tuple[str, str, int]]:
    """(canonical action, as written, offset) from `start` on."""
    if not m.any_action.search(clause, start):
        return []
    found = []
    for canon, forms in m.actions:
        for hit in forms.pattern.finditer(clause, start):
            found.append((canon, hit.group(0), hit.start()))
    return sorted(found, key=lambda a: a[2])


def _verb_after(clause: str, at: int, m: _Meaning) -> str:
    """The verb an instruction word governs: the first word after `at` that is not a
    pronoun, "to", "try to" or an auxiliary ("do not *give*", "no lo *tome*", "you should
    not try to *change*"). "" when none."""
    for word in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", clause[at:])[:4]:
        if not m["instruction_skip"].pattern.fullmatch(word):
            return word
    return ""


def same_verb(a: str, b: str) -> bool:
    """Two forms of one verb, by their shared beginning: give/giving, tome/tomarlo,
    mezcle/mezclarlos, arrêtez/arrêter, suba/subir (a final -e, or a Spanish subjunctive's
    -a, dropped first)."""
    a, b = (re.sub(r"(?<=\w{3})[ae]$", "", w.casefold()) for w in (a, b))
    common = len(next((a[:i] for i in range(min(len(a), len(b)), 0, -1)
                       if a[:i] == b[:i]), ""))
    return common >= 3 and common >= min(4, len(a), len(b))


def instructions(text: str, lang: str) -> tuple[dict[str, str], dict[str, str]]:
    """(forbidden, allowed): canonical action -> the words that say so (see _read)."""
    forbidden, allowed, _, _ = _read_instructions(text, lang)
    return forbidden, allowed


@lru_cache(maxsize=2048)  # read-only result: quotes repeat on every edit
def _read_instructions(text: str, lang: str,
                       ) -> tuple[dict[str, str], dict[str, str], dict[str, str],
                                  dict[str, tuple[str, str]]]:
    """(forbidden, allowed, commanded, conditional): canonical action -> the words that
    say so; conditional: a permission with a condition or a time ("once you wear the
    glasses you can lower it", "After 24 hours, you can drive") -> (its words, the
    condition's words), which instruction_problems weighs against the quote's bound.

    Forbidden: an action after an instruction negation in its clause ("do not stop",
    "no lo tome", "n'arrêtez pas"; in German anywhere in the clause: "setzen Sie ... nicht
    ab"). Allowed: an action after a permission ("you can stop", "puede tomarlo") in a
    clause without negation, or an affirmative imperative opening the clause ("Stop it.").
    A negated permission ("you may not drive") forbids. Commanded: an imperative or an
    obligation ("you should keep taking") without negation; those are allowed too.
    """
    from summarizer.gate.reversals import limited_actions  # it reads this module

    m = meaning(lang)
    text = _without_restrictive(text, lang)  # "ne prenez que 1 comprimé": no prohibition
    text = _QUESTION.sub(lambda q: " " * len(q.group(0)), text)  # "Take warfarin? Ask…"
    forbidden: dict[str, str] = {}
    allowed: dict[str, str] = {}
    commanded: dict[str, str] = {}
    conditional: dict[str, tuple[str, str]] = {}
    german = lang[:2] == "de"
    for clause, lead in _led_clauses(text, m):
        if m["condition_openers"].pattern.match(clause.strip()):
            # "aunque no le pidan receta", "if you cannot sleep": a condition; "If you
            # feel better you can stop" holds a permission after it
            _record_conditional(conditional, clause, lead, m)
            continue
        limited = limited_actions(clause, lang)  # "take no more than 1": a prohibition
        for canon, written in limited:
            forbidden.setdefault(canon, clause.strip())
            forbidden.setdefault(_VERB + written, clause.strip())
        if limited:
            continue
        after = m["permits_after"].search(clause) if m["permits_after"].entries else None
        if after is not None and not m["instruction_negation"].search(clause[:after.start()]):
            acts = _actions_in(clause[:after.start()], m, 0)
            for canon, written, _ in acts:  # "driving yourself is fine": the act before
                allowed.setdefault(canon, clause.strip())
                allowed.setdefault(_VERB + written, clause.strip())
            if acts:
                continue
        permit = m["permits"].pattern.search(clause)
        # every permission blanked: "sin problema", "no need to" hold no prohibition
        rest = clause if permit is None else m["permits"].pattern.sub(
            lambda p: " " * len(p.group(0)), clause)
        neg = m["instruction_negation"].pattern.search(rest)
        if neg is not None:
            for canon, written, _ in _actions_in(clause, m, 0 if german else neg.start()):
                forbidden.setdefault(canon, f"{neg.group(0)} … {written}"
                                     if german else clause[neg.start():].split(",")[0])
            if not german:  # any verb after each negation: "do not give", "ni los mezcle"
                for hit in m["instruction_negation"].pattern.finditer(rest):
                    verb = _verb_after(rest, hit.end(), m)
                    if verb:
                        forbidden.setdefault(_VERB + verb, rest[hit.start():].strip())
            if not german:  # "Take it with food and do not drink": the opening is allowed
                canon = _imperative(clause[:neg.start()], m, german)
                if canon:
                    allowed.setdefault(canon, clause[:neg.start()].strip())
                    commanded.setdefault(canon, clause[:neg.start()].strip())
            continue
        must = m["obligations"].pattern.search(rest)  # not "do not need to" (a permit)
        if must is not None:  # "you should keep taking your usual medicines"
            for canon, _written, _ in _actions_in(clause, m, must.end()):
                allowed.setdefault(canon, clause[must.start():].strip())
                commanded.setdefault(canon, clause[must.start():].strip())
        if (permit is not None or m["modal_permits"].search(clause)) and (
                _conditioned(clause, m) or lead):
            # "you can drive again the next day": weighed against the quote's bound
            _record_conditional(conditional, clause, lead, m)
            continue
        if permit is not None:
            for canon, _written, _ in _actions_in(clause, m, permit.end()):
                allowed.setdefault(canon, clause[permit.start():].strip())
            verb = _verb_after(clause, permit.end(), m)
            if verb:
                allowed.setdefault(_VERB + verb, clause[permit.start():].strip())
            continue
        modal = False
        for hit in m["modal_permits"].pattern.finditer(clause):
            verb = _verb_after(clause, hit.end(), m)
            if verb and not german:  # "patients with heart problems can use it"
                allowed.setdefault(_VERB + verb, clause[hit.start():].strip())
            near = _actions_in(clause[:hit.end() + 40], m, hit.end())
            gap = clause[hit.end():near[0][2]].split() if near else None
            if gap is not None and len(gap) <= (4 if german else 1):
                modal = True
                allowed.setdefault(near[0][0], clause[hit.start():].strip())
                allowed.setdefault(_VERB + near[0][1], clause[hit.start():].strip())
        if modal:
            continue
        canon = _imperative(clause, m, german)
        if canon and not _conditioned(clause, m):  # "buy only from licensed sellers"
            allowed.setdefault(canon, _SKIP_LEAD.sub("", clause.strip()))
            commanded.setdefault(canon, _SKIP_LEAD.sub("", clause.strip()))
    return forbidden, allowed, commanded, conditional


# A question ("Take warfarin? Ask your pharmacist first", "¿Tomás anticoagulantes?"): it
# asks who the next sentence is for, it tells no one to do anything.
# Anchored at a sentence's start: unanchored, every start in a long run without a stop
# rescanned the run (quadratic: 1.2 s for 20,000 characters; review10).
_QUESTION = re.compile(r"(?:^|(?<=[.!?¿])|(?=¿))¿?[^.!?¿]*\?")


def quoted_possibility(written: str, quote: str, lang: str) -> bool:
    """Is the text's "can/may <verb> <something>" the quote's own "can/may <verb>
    <something>" with another verb ("puede alterar el ritmo del corazón" -> "puede cambiar
    el ritmo del corazón", "they may affect how your medicine works" -> "may change how
    …")? Two content words after the modal shared: what may happen, no new permission."""
    fw = function_words(lang)

    def content(s: str) -> set[str]:
        clause = re.split(r"[.;:!?,]", s)[0]
        return {_stem(w) for w in _WORD.findall(clause)[:8]
                if len(w) >= 4 and w.casefold() not in fw}

    said = content(written)
    if len(said) < 2:
        return False
    return any(len(content(quote[hit.start():]) & said) >= 2
               for hit in meaning(lang)["modal_permits"].pattern.finditer(quote))


def _record_conditional(out: dict[str, tuple[str, str]], clause: str, lead: str,
                        m: _Meaning) -> None:
    """The act a conditioned permission permits (its canonical action and "verb:" + its
    verb) -> (the permission's words, the condition's words: the clause before the
    permission and the condition clause leading it)."""
    permit = m["permits"].pattern.search(clause) or m["modal_permits"].pattern.search(clause)
    if permit is None or m["instruction_negation"].pattern.search(
            clause[permit.start():permit.end()]):
        return
    said = clause[permit.start():].strip()
    # the condition: what leads or follows the clause, what opens it before the
    # permission, and a time after it ("you can drive *again the next day*")
    after = m["permission_conditions"].pattern.search(clause, permit.end())
    # one part a line: a condition's words end at its part ("si ya no tiene sueño" is not
    # "al día siguiente")
    condition = "\n".join((lead, clause[:permit.start()],
                           clause[after.start():] if after else ""))
    for canon, _written, _ in _actions_in(clause, m, permit.end()):
        out.setdefault(canon, (said, condition))
    verb = _verb_after(clause, permit.end(), m)
    if verb:
        out.setdefault(_VERB + verb, (said, condition))


def _conditioned(clause: str, m: _Meaning) -> bool:
    """A permission's condition or time ("again", "after", "with your doctor"), unless
    "without" governs it ("ohne Rücksprache mit Ihrem Arzt")."""
    for hit in m["permission_conditions"].pattern.finditer(clause):
        before = clause[:hit.start()].split()[-3:]
        if not any(m["without"].pattern.fullmatch(w) for w in before):
            return True
    return False


def _imperative(clause: str, m: _Meaning, german: bool) -> str:
    """The action a clause opens with as a command ("Stop it", "Deje de tomarlo",
    "Setzen Sie ... ab"), or ""."""
    lead = _SKIP_LEAD.sub("", clause.strip())
    adverb = m["imperative_lead"].pattern.match(lead)  # "just keep taking it"
    lead = lead[adverb.end():].lstrip() if adverb else lead
    first = re.match(r"[^\W\d_]+", lead)
    if not first or m["not_imperative"].pattern.fullmatch(first.group(0)):
        return ""
    if german and not re.match(r"(?i)\w+\s+sie\b", lead):
        return ""
    return next((canon for canon, _, at in _actions_in(lead, m) if at == 0), "")


def instruction_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                         ) -> list[Problem]:
    """An instruction inverted: the quote forbids what the text permits or tells to do
    ("do not stop" -> "you can stop"), or permits what the text forbids."""
    q_no, q_yes, q_must, _ = _read_instructions(quote, quote_lang)
    t_no, t_yes, _, t_if = _read_instructions(text, text_lang)
    if base_language(text_lang) != base_language(quote_lang):  # a translation: verbs as
        q_no, q_yes, q_must, t_no, t_yes = (  # written differ; compare canonical actions
            {k: v for k, v in d.items() if not k.startswith(_VERB)}
            for d in (q_no, q_yes, q_must, t_no, t_yes))
    out = []
    opposite = section(text_lang, "faithfulness").get("opposites", {})
    for action, said in q_must.items():
        if action.startswith(_VERB):
            continue
        if action in opposite and action in t_no and action not in t_yes:
            return [Problem("FAITH-POLARITY", f"the quote says to do it ({said!r}); the text "
                                              f"forbids it ({t_no[action]!r})")]
        other = opposite.get(action)
        if other in t_yes and action not in t_yes and other not in q_yes:
            return [Problem("FAITH-POLARITY", f"the quote says one thing ({said!r}); the text "
                                              f"the opposite ({t_yes[other]!r})")]
        t_cond = _words_of(t_if)
        if other in t_cond and other not in t_no and action not in t_yes \
                and other not in q_yes and not _bounded(quote, said, quote_lang):
            # "keep taking it" -> "you can stop it once you have had the injections": an
            # order with no end printed as leave to do the opposite on a condition
            return [Problem("FAITH-POLARITY", f"the quote says one thing ({said!r}); the text "
                                              f"the opposite ({t_cond[other]!r}) on a "
                                              "condition the quote does not give")]
    permitted = {a: w for a, w in q_yes.items()
                 if meaning(quote_lang)["permits"].search(w)}
    q_no = {a: w for a, w in q_no.items() if not _keeps_denial(text, text_lang, w)}
    for said, printed, verdict in ((q_no, _minus(t_yes, t_no), "forbids it ({}); the text "
                                    "permits it ({})"),
                                   (_minus(permitted, q_no), _minus(t_no, t_yes),
                                    "permits it ({}); the text forbids it ({})")):
        hits = _matching(said, printed)
        if hits:
            q_words, t_words = hits
            out.append(Problem("FAITH-POLARITY",
                               "the quote " + verdict.format(repr(q_words), repr(t_words))))
    if not out and t_if:
        out += _conditional_problems(text, text_lang, quote, quote_lang,
                                     _minus(q_no, q_yes), _minus(_words_of(t_if), t_no), t_if)
    if not out:
        out += _dropped_condition_problems(text, text_lang, quote, quote_lang,
                                           {**_words_of(t_if), **t_yes}, t_if)
    if not out:
        out += _escape_problems(text, text_lang, quote, quote_lang, q_no, t_no, t_if)
    if not out:
        out += _before_dropped_problems(text, text_lang, quote, quote_lang)
    return out


def _before_dropped_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                             ) -> list[Problem]:
    """A step the quote puts before an act ("have them checked by your doctor before you
    treat yourself", "consulte antes de tomarlo") printed as leave to do the act with no
    step first ("you can treat yourself"): the verb after the quote's "before" permitted in
    the text, which says "before" nowhere."""
    qm, tm = meaning(quote_lang), meaning(text_lang)
    if not qm["timing_before"].entries or tm["timing_before"].search(text):
        return []
    acts = [_verb_after(quote, m.end(), qm) for m in qm["timing_before"].pattern.finditer(quote)]
    acts = [a for a in acts if len(a) >= 4]
    if not acts:
        return []
    for m in tm["permits"].pattern.finditer(text):
        verb = _verb_after(text, m.end(), tm)
        if verb and any(same_verb(verb, a) for a in acts):
            return [Problem("FAITH-POLARITY",
                            f"the quote puts a step before it ({_phrase(quote, acts[0])}); the "
                            f"text permits it with none ({_phrase(text, verb)})")]
    return []


def _escape_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                     q_no: dict[str, str], t_no: dict[str, str],
                     t_if: dict[str, tuple[str, str]]) -> list[Problem]:
    """"Do not drive for 24 hours, but you can drive if you feel fine": the quote's ban
    kept, and the same act permitted on a condition of the text's own (no time, no
    lifting word, no content word of the quote): an escape the quote does not give."""
    tm = meaning(text_lang)
    said = _content_words(quote, quote_lang)
    for act, (written, condition) in t_if.items():
        if act.startswith(_VERB) or act not in q_no or act not in t_no:
            continue
        words = _content_words(condition, text_lang)
        if (not words or words & said or tm["lifting_times"].search(condition)
                or tm["prohibition_bounds"].search(condition)
                or any(q.unit in _DAYS for q in quantities(condition, text_lang))):
            continue
        return [Problem("FAITH-POLARITY",
                        f"the quote forbids it ({q_no[act].strip()!r}); the text lets the "
                        f"reader do it on a condition of its own ({written!r}, "
                        f"{condition.strip().splitlines()[0]!r})")]
    return []


def _bounded(quote: str, said: str, lang: str) -> bool:
    """Does the sentence of the quote holding `said` give an end or a time to it ("keep
    taking it *until* your doctor says", "for six months")?"""
    sentence = next((s for s in _SENTENCE_END.split(quote) if said.strip() in s), quote)
    qm = meaning(lang)
    return any(qm[name].search(sentence) for name in (
        "prohibition_bounds", "lifting_times", "permission_conditions")) or any(
        q.unit in _DAYS for q in quantities(sentence, lang))


def _dropped_condition_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                                permitted: dict[str, str],
                                t_if: dict[str, tuple[str, str]] | None = None,
                                ) -> list[Problem]:
    """A permission the quote gives on a condition ("you can stop after six months *if
    your doctor agrees*", "you may go home *if someone drives you*") printed without it:
    the text permits the same act and keeps none of the condition's words. Not a
    possibility ("they can *be* upsetting while they last", "the drops may *need to* stop
    if this happens": [faithfulness] possibility_verbs after the modal), which gives no
    leave; not a permission the text conditions too, in its own words ("if there is a
    problem" -> "if something goes wrong"), unless on the reader's choice ("if you want")."""
    q_if = _read_instructions(quote, quote_lang)[3]
    if not q_if or not permitted:
        return []
    qm, tm = meaning(quote_lang), meaning(text_lang)
    printed = _content_words(text, text_lang)
    from summarizer.gate.reversals import reversal_list  # it reads this module

    optional = reversal_list(quote_lang, "alternatives")
    for key, (said, condition) in q_if.items():
        if _a_possibility(said, qm):
            continue
        hit = _matching({key: said}, permitted)
        if hit is None:
            continue
        t_condition = next((c for s, c in (t_if or {}).values() if s == hit[1]), "")
        if tm["circumstances"].search(t_condition) and not tm["free_choice"].search(
                t_condition):
            continue
        if optional.entries:  # "if you wish": no condition the permission hangs on; a
            # real one beside it still is ("if you want, …, as long as you feel alert")
            condition = "\n".join(part for part in condition.split("\n")
                                   if not optional.search(part))
        for hit in qm["circumstances"].pattern.finditer(condition):
            needed = _content_words(re.split(r"[,;:\n]", condition[hit.end():])[0],
                                    quote_lang)
            if needed and not any(same_verb(w, c) for w in needed for c in printed):
                return [Problem("FAITH-POLARITY",
                                f"the quote permits it only "
                                f"{condition[hit.start():].split(chr(10))[0].strip()!r}"
                                f" ({said!r}); the text permits it without that condition")]
    return []


def _a_possibility(said: str, m: _Meaning) -> bool:
    """Is a modal's "permission" what may happen ("can be upsetting", "may need to stop",
    "puede ser peligroso"): the modal, then one of [faithfulness] possibility_verbs?"""
    modal = m["modal_permits"].pattern.search(said)  # ("they can be", "you may need")
    if modal is None:
        return False
    after = len(said) - len(said[modal.end():].lstrip())
    return m["possibility_verbs"].pattern.match(said, after) is not None


def _words_of(conditional: dict[str, tuple[str, str]]) -> dict[str, str]:
    """Conditioned permissions as their words, for _matching."""
    return {k: said for k, (said, _) in conditional.items()}


def _conditional_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                          forbidden: dict[str, str], permitted: dict[str, str],
                          conditional: dict[str, tuple[str, str]]) -> list[Problem]:
    """A prohibition of the quote printed as a permission with a condition. Faithful when
    the condition is where the quote's prohibition ends ("do not drive for 24 hours" ->
    "you can drive again the next day"); an inversion when the quote's prohibition has no
    end, when the condition is the quote's reason or concession ("do not lower it
    *because* you wear the glasses" -> "once you wear the glasses you can lower it"), or
    when it drops the quote's time ("for 24 hours after the infusion" -> "after the
    infusion")."""
    for key, q_words in forbidden.items():
        hit = _matching({key: q_words}, permitted)
        if hit is None:
            continue
        t_words = hit[1]
        condition = next(c for s, c in conditional.values() if s == t_words)
        sentence = next((s for s in _SENTENCE_END.split(quote) if q_words.strip() in s), quote)
        inside = _within_a_time(f"{t_words} {condition}", text_lang)
        if inside:
            # "do not drive until the next day" -> "you can drive until the next day": leave
            # for the very time the quote forbids it, not from where its ban ends (review10)
            return [Problem("FAITH-POLARITY",
                            f"the quote forbids it ({q_words.strip()!r}); the text permits it "
                            f"within a time ({inside!r}), not after it")]
        said = _content_words(condition, text_lang)
        tm = meaning(text_lang)
        if tm["instruction_negation"].search(condition) or any(
                canon == "stop" for canon, _, _ in _actions_in(condition, tm)):
            said = set()  # "once you *stop* taking it": the circumstance over, not restated
        reason = {w for w in _reason_words(sentence, quote_lang)
                  if any(same_verb(w, c) for c in said)}
        if reason:
            return [Problem("FAITH-POLARITY",
                            f"the quote forbids it ({q_words.strip()!r}) even with "
                            f"{', '.join(map(repr, sorted(reason)))}; the text permits it on "
                            f"that very condition ({t_words!r})")]
        times = [q for q in quantities(sentence, quote_lang) if q.unit in _DAYS]
        if times and not tm["lifting_times"].search(text) and not any(
                _same(t, q) for t in quantities(text, text_lang) for q in times):
            return [Problem("FAITH-NUMBER",
                            f"the quote forbids it for {times[0].written!r} ({q_words!r}); the "
                            f"text permits it ({t_words!r}) without that time")]
        qm = meaning(quote_lang)
        ends = times or any(qm[name].search(sentence) for name in (
            "prohibition_bounds", "lifting_times", "no_licence"))
        if not ends and said and said <= _content_words(sentence, quote_lang):
            # "do not drive after the infusion" -> "you can drive after the infusion": the
            # quote's "after…" is when the prohibition holds, not where it ends; the same
            # connective and words in the text permit it on that very condition
            q_conn = {m.group(0).lower()
                      for m in qm["permission_conditions"].pattern.finditer(sentence)}
            t_conn = {m.group(0).lower()
                      for m in tm["permission_conditions"].pattern.finditer(condition)}
            if q_conn & t_conn or (quote_lang != text_lang and q_conn and t_conn):
                return [Problem("FAITH-POLARITY",
                                f"the quote forbids it ({q_words.strip()!r}) on the condition "
                                f"the text permits it on ({t_words!r}, {condition.strip()!r})")]
        bounded = ends or qm["permission_conditions"].search(sentence)
        if not bounded:
            return [Problem("FAITH-POLARITY",
                            f"the quote forbids it ({q_words!r}); the text permits it "
                            f"({t_words!r}) on a condition the quote does not give")]
    return []


def _within_a_time(words: str, lang: str) -> str:
    """The words that put a permission inside a time ("until the next day", "for 24
    hours", "durante 24 horas", "avant le lendemain"): one of the language's
    `permission_spans` with a time within four words after it (a count of days or hours,
    or a `lifting_times` phrase); "" when none. "Again the next day", "after 24 hours":
    leave from where a ban ends, no span."""
    m = meaning(lang)
    for hit in m["permission_spans"].pattern.finditer(words):
        near = " ".join(words[hit.end():].split()[:4])
        if m["lifting_times"].search(near) or any(
                q.unit in _DAYS for q in quantities(near, lang)):
            return f"{hit.group(0)} {near}".strip()
    return ""


def _reason_words(sentence: str, lang: str) -> set[str]:
    """Content words of what a prohibition holds under: the reasons and concessions in
    its sentence that license nothing ("because *you are wearing the glasses*", "even if
    *you feel better*") and its circumstances ("if *you take antidepressants*, do not
    mix"; "do not drive while *drowsy*")."""
    m = meaning(lang)
    out: set[str] = set()
    for name in ("no_licence", "circumstances"):
        for hit in m[name].pattern.finditer(sentence):
            clause = re.split(r"[,;:]", sentence[hit.end():])[0]
            if name == "circumstances":  # not past the prohibition it conditions
                neg = m["instruction_negation"].pattern.search(clause)
                clause = clause[:neg.start()] if neg else clause
            out |= _content_words(clause, lang)
    return out


def _content_words(text: str, lang: str) -> set[str]:
    """Words of four letters or more that are not function words (the `[reversals]`
    role_skip list, instruction and permission words), casefolded."""
    skip = section(lang, "reversals").get("role_skip", ())
    skip_pat = _contrast_list(lang, tuple(skip)).pattern if skip else None
    m = meaning(lang)
    return {w.casefold() for w in re.findall(r"[^\W\d_]+", text)
            if len(w) >= 4 and not (skip_pat and skip_pat.fullmatch(w))
            and not m["instruction_skip"].pattern.fullmatch(w)
            and not m["permits"].pattern.fullmatch(w)}


def _keeps_denial(text: str, lang: str, forbidden: str) -> bool:
    """Does the text repeat the prohibition's object under a negation of its own ("take it
    with food, *not on an empty stomach*" for "do not take it on an empty stomach")?"""
    wanted = {w.casefold()[:6] for w in re.findall(r"[^\W\d_]+", forbidden)[2:] if len(w) >= 4}
    m = meaning(lang)
    for clause in _clauses_of(text, m):
        if m["condition_openers"].pattern.match(clause.strip()):
            continue  # "aunque no le pidan receta" is a condition, not a prohibition
        permits = [(p.start(), p.end()) for p in m["permits"].pattern.finditer(clause)]
        for hit in m["instruction_negation"].pattern.finditer(clause):
            if any(a <= hit.start() < b for a, b in permits):
                continue  # "no need to talk to your doctor" permits, it does not forbid
            near = re.findall(r"[^\W\d_]+", clause[hit.end():])[:6]
            if {w.casefold()[:6] for w in near if len(w) >= 4} & wanted:
                return True
    return False


_VERB = "verb:"  # instruction keys that are a verb as written, not a canonical action


def _matching(said: dict[str, str], printed: dict[str, str]) -> tuple[str, str] | None:
    """The first instruction of `said` that `printed` has too: the same canonical action,
    or the same verb (its forms)."""
    for key, words in said.items():
        for other, printed_words in printed.items():
            if key == other or (key.startswith(_VERB) and other.startswith(_VERB)
                                and same_verb(key[len(_VERB):], other[len(_VERB):])):
                return words, printed_words
    return None


def _minus(a: dict[str, str], b: dict[str, str]) -> dict[str, str]:
    """`a` without the instructions `b` has too (the text forbids and permits "stop")."""
    return {k: v for k, v in a.items() if _matching({k: v}, b) is None}


# --------------------------------------------------------------------------- certainty level

# Evidence levels whose findings are not settled: a text must not print them as proof.
_UNSETTLED = {"human-observational": "observational", "uncontrolled-trial": "preliminary",
              "case-report": "a single case", "animal": "in animals",
              "lab-mechanism": "in a lab", "opinion": "an opinion"}


@lru_cache(maxsize=2048)  # read-only result: quotes repeat on every edit
def quote_certainty(quote: str, lang: str, evidence: str = "") -> tuple[str, list[str]]:
    """How certain the quote is: ("settled", []) or (level, the words that say so), the
    level one of hedged, associational, observational, preliminary, a single case, ..."""
    rules, m = language(lang), meaning(lang)
    for level, found in (
            ("hedged", _hedges(quote, lang, "hedges")),
            ("associational", m["association"].find(quote)),
            ("observational", rules["design_observational"].find(quote)),
            ("preliminary", rules["design_uncontrolled"].find(quote)),
            ("a single case", rules["design_case_report"].find(quote))):
        if found:
            return level, found
    if evidence in _UNSETTLED:
        return _UNSETTLED[evidence], [f"tagged {evidence}"]
    return "settled", []


def _affirmed(text: str, words: WordList, lang: str) -> list[str]:
    """Matches of `words` not negated just before ("has not been proven")."""
    rules = language(lang)
    return list(dict.fromkeys(
        hit.group(0) for hit in words.pattern.finditer(text)
        if not _negated_at(text, hit.start(), rules)))


def _denied_before(text: str, start: int, lang: str, reach: int = 8) -> bool:
    """A negation among the `reach` words before `start` in its sentence, across "that":
    "it cannot show that melatonin *caused* it"."""
    words = re.split(r"[.;:!?]", text[:start])[-1].split()[-reach:]
    return any(language(lang)["negation"].pattern.fullmatch(w.strip("\"'“”,")) for w in words)


def _effect_sizes(quote: str, lang: str) -> list[str]:
    """The quote's diminishers that size the effect, not the study: "a small trial" says
    how many took part, "a small improvement" how much it helped."""
    study = meaning(lang)["study_nouns"].pattern
    out = []
    for hit in meaning(lang)["diminishers"].pattern.finditer(quote):
        near = re.findall(r"[^\W\d_]+", quote[hit.end():])[:2]
        before = re.findall(r"[^\W\d_]+", quote[:hit.start()])[-1:]
        if any(study.fullmatch(w) for w in [*near, *before]):
            continue
        if hit.group(0) not in out:
            out.append(hit.group(0))
    return out


_QUOTED_SPEECH = re.compile(r"[\"“„«][^\"“”„«»]*[\"”“»]")
_SPEAKER_HEAD = 5  # words: the subject of a sentence that names who holds the view


def _speaker_leads(text: str, lang: str, quote: str) -> bool:
    """Does the text open on who holds the quote's view ("The pharmacist finds…", "Dr.
    Tesfaye, a geriatrician, would not…")? Its subject is a carer or expert of the
    rulebook, or a capitalised word of the quote's speaker clause (a name or a title, the
    part outside the quotation marks): the view stays someone's, said in other words."""
    head = " ".join(re.findall(r"[^\W\d_][\w’'.-]*", text)[:_SPEAKER_HEAD])
    try:
        words = language(lang)
    except MissingRules:
        return False
    if any(words[name].search(head) for name in ("care_actors", "experts")):
        return True
    speaker = _QUOTED_SPEECH.sub(" ", quote)
    if speaker == quote:
        return False  # no quotation marks: no speaker clause to read names from
    names = {w.casefold() for w in re.findall(r"(?<![\w.])[^\W\d_a-zß][^\W\d_]{2,}", speaker)}
    return any(w.casefold() in names for w in re.findall(r"[^\W\d_]{3,}", head))


def strength_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                      evidence: str = "") -> list[Problem]:
    """A text that states proof, a settled finding or a cause its quote does not: "proved",
    "shows that", "will cure", "prevents" for a hedged, associational, observational or
    preliminary quote. Names the quote's level and the text's words."""
    if text.rstrip().endswith("?"):
        return []
    tm, qm = meaning(text_lang), meaning(quote_lang)
    quote_strong = {w.casefold() for w in qm["certainty_strong"].find(quote)}
    level, why = quote_certainty(quote, quote_lang, evidence)
    said = f"the quote is {level} ({', '.join(repr(w) for w in why[:2])})" if why else \
        "the quote does not say so"
    strong = [w for w in _affirmed(text, tm["certainty_strong"], text_lang)
              if w.casefold() not in quote_strong]
    if strong and not quote_strong:
        return [Problem("FAITH-CERTAINTY",
                        f"the text states proof ({', '.join(map(repr, strong[:2]))}); {said}")]
    # "much or very much improved" -> "much better": the quote has the degree word too
    quote_words = {w.casefold() for w in re.findall(r"[^\W\d_]+", quote)}
    bigger = [w for w in _affirmed(text, tm["intensifiers"], text_lang)
              if not qm["intensifiers"].search(quote)
              and w.split()[0].casefold() not in quote_words]
    small = _effect_sizes(quote, quote_lang)
    if bigger and (small or level != "settled"):
        why_small = f"the quote says {', '.join(map(repr, small[:2]))}" if small else said
        return [Problem("FAITH-CERTAINTY",
                        f"the text makes the effect bigger ({', '.join(map(repr, bigger[:2]))});"
                        f" {why_small}")]
    voice = qm["attribution"].find(quote)
    if voice and (evidence == "opinion" or re.search(r"[\"“”«»]", quote)) and not (
            tm["attribution"].search(text) or _hedges(text, text_lang, "hedges")
            or re.search(r"[\"“”«»]", text) or _speaker_leads(text, text_lang, quote)):
        return [Problem("FAITH-CERTAINTY", f"the quote is someone's view ({voice[0]!r}); the "
                                           "text states it as a fact: say who says so")]
    if level == "a single case" and not tm["single_case"].search(text):
        return [Problem("FAITH-CERTAINTY",
                        f"{said}: the text states it for everyone; say it was one person")]
    if level == "settled":
        return []
    quote_sure = {w.casefold() for w in qm["certainty"].find(quote)}
    # "felt noticeably better" -> "felt clearly better": a degree word for the quote's own
    degree = qm["intensifiers"].search(quote) is not None
    sure = [w for w in _affirmed(text, tm["certainty"], text_lang)
            if w.casefold() not in quote_sure
            and not (degree and tm["intensifiers"].pattern.fullmatch(w))]
    if level == "observational":
        # "records showed that 25% were still on it" for "found that one in four": a count
        # the records gave, reported, not a finding made settled
        sure = [w for w in sure if not _reports_the_count(text, w, text_lang, quote,
                                                          quote_lang)]
    # "showed that people on it were less often diagnosed": the text still only links
    kept = tm["association"].search(text) or _hedges(text, text_lang, "hedges")
    if sure and not kept:
        return [Problem("FAITH-CERTAINTY",
                        f"the text states it as settled ({', '.join(map(repr, sure[:2]))}); "
                        f"{said}")]
    if level in ("associational", "observational", "a single case"):
        quote_cause = [hit for hit in qm["causal"].pattern.finditer(quote)
                       if not _denied_before(quote, hit.start(), quote_lang)]
        cause = [hit.group(0) for hit in tm["causal"].pattern.finditer(text)
                 if not quote_cause and not _denied_before(text, hit.start(), text_lang)]
        if cause:
            return [Problem("FAITH-CERTAINTY",
                            f"the text states a cause ({', '.join(map(repr, cause[:2]))}); "
                            f"{said}: it links the two, it does not show one causes the other")]
    return []


def proof_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                   ) -> list[Problem]:
    """Proof the quote denies ("not on proof from clinical trials", "no se ha demostrado")
    printed as given ("clinical trials proving they work"): every `proof_words` word of the
    quote negated, one of the text's not."""
    q_words, t_words = meaning(quote_lang)["proof_words"], meaning(text_lang)["proof_words"]
    if not q_words.entries or not t_words.entries:
        return []
    q_rules, t_rules = language(quote_lang), language(text_lang)
    said = list(q_words.pattern.finditer(quote))
    if not said or not all(_negated_at(quote, m.start(), q_rules) for m in said):
        return []
    # ("not because trials proved it": a negation anywhere before it in its clause)
    given = [m.group(0) for m in t_words.pattern.finditer(text)
             if not t_rules["negation"].pattern.search(re.split(r"[,;:.!?]", text[:m.start()])[-1])
             and not _denied_report_before(text, m.start(), text_lang)
             and not _negative_subject(text, m.start(), text_lang)]  # "nadie lo ha demostrado"
    if not given:
        return []
    return [Problem("FAITH-CERTAINTY", f"the quote denies the proof "
                                       f"({_phrase(quote, said[0].group(0), 2)}); the text "
                                       f"gives it ({_phrase(text, given[0], 2)})")]


def design_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                    evidence: str = "") -> list[Problem]:
    """A study design the text claims and neither its quote nor its evidence level gives
    ("in a placebo-controlled follow-up" for an open extension "without a placebo group";
    "randomly assigned" for an uncontrolled trial): the evidence made to look stronger."""
    from summarizer.model import EVIDENCE_RANK

    if evidence not in EVIDENCE_RANK:
        return []
    t_rules, q_rules = language(text_lang), language(quote_lang)
    for name, level in (("design_randomized", "randomized-controlled"),
                        ("design_controlled", "controlled-trial")):
        if EVIDENCE_RANK[evidence] >= EVIDENCE_RANK[level]:
            continue
        loose = meaning(text_lang)["design_loose"].pattern  # "compared with 41 before"
        claimed = [m.group(0) for m in t_rules[name].pattern.finditer(text)
                   if not _negated_at(text, m.start(), t_rules) and not loose.match(m.group(0))]
        said = [m for m in q_rules[name].pattern.finditer(quote)
                if not _negated_at(quote, m.start(), q_rules)]
        if claimed and not said:
            denied = q_rules[name].find(quote)
            shown = f"says {_phrase(quote, denied[0])}" if denied else "names no such design"
            return [Problem("FAITH-CERTAINTY", f"the text claims a stronger design "
                                               f"({claimed[0]!r}); the quote {shown}")]
    return []


# --------------------------------------------------------------------------- what is not known


def _window_words(text: str, start: int, end: int) -> set[str]:
    """Content words (6-letter stems) within 6 words before and 10 after text[start:end], in
    its clause: what a denial ("long-term effects are *unknown*") is about."""
    before = re.split(r"[.;:,!?]", text[:start])[-1]
    after = re.split(r"[.;:,!?]", text[end:])[0]
    words = re.findall(r"[^\W\d_]+", before)[-6:] + re.findall(r"[^\W\d_]+", after)[:10]
    return {w.casefold()[:6] for w in words if len(w) >= 5}


def knowledge_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                       ) -> list[Problem]:
    """A quote that says something is not known or not shown ("no evidence that", "has not
    been tested in pregnant women", "long-term effects are unknown") printed as a plain
    statement about that thing (no denial, negation or hedge left in the text)."""
    if text.rstrip().endswith("?"):
        return []
    qm, tm = meaning(quote_lang), meaning(text_lang)
    q_rules, t_rules = language(quote_lang), language(text_lang)
    if q_rules["animal"].search(quote) or q_rules["lab"].search(quote):
        return []  # "not tested in people" after a mouse study: the population check's
    hits = list(qm["knowledge_denials"].pattern.finditer(quote))
    if not hits:
        return []
    if (tm["knowledge_denials"].search(text) or t_rules["negation"].search(text)
            or _hedges(text, text_lang, "hedges") or _hedges(text, text_lang, "qualifiers")):
        return []
    said = {w.casefold()[:6] for w in re.findall(r"[^\W\d_]+", text) if len(w) >= 5}
    for hit in hits:
        if _window_words(quote, hit.start(), hit.end()) & said:
            return [Problem("FAITH-CERTAINTY",
                            f"the quote says it is not known or not shown ({hit.group(0)!r}); "
                            "the text states it")]
    return []


def no_risk_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                     *, translation: bool = False) -> list[Problem]:
    """"No side effects", "no risk", "completely safe" that the quote does not say (it says
    "rare", "low but not zero", or nothing about safety). A translation is held to this
    only when its source-language text does not speak of being safe (the
    `safety_mentions` list): "use it safely" is rightly "l'utiliser sans danger", which
    the French list reads as "no danger"; a plain "safe" is never demanded across
    languages (safety_problems)."""
    if text.rstrip().endswith("?"):
        return []
    qm, tm = meaning(quote_lang), meaning(text_lang)
    mentions = qm.lists.get("safety_mentions")
    if translation and (mentions is None or mentions.search(quote)):
        return []
    strong = [h.group(0) for h in tm["safety_denials"].pattern.finditer(text)
              if not _negated_at(text, h.start(), language(text_lang))]
    if strong and not qm["safety_denials"].search(quote):
        return [Problem("FAITH-CERTAINTY",
                        f"the text says there is no risk ({strong[0]!r}); the quote does not"
                        + (f" (it says {qm['safety_words'].find(quote)[0]!r})"
                           if qm["safety_words"].search(quote) else ""))]
    return []


def safety_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                    ) -> list[Problem]:
    """No risk (no_risk_problems), or "safe", that the quote does not say."""
    if text.rstrip().endswith("?"):
        return []
    found = no_risk_problems(text, text_lang, quote, quote_lang)
    if found:
        return found
    qm, tm = meaning(quote_lang), meaning(text_lang)
    unknown = [m.end() for m in tm["unknown_whether"].pattern.finditer(text)]
    but = re.compile(rf"(?i)\b(?:{connectives.alternation('contrast_words')})\b")
    safe = [h.group(0) for h in tm["safety_words"].pattern.finditer(text)
            if not _negated_at(text, h.start(), language(text_lang))
            # "we do not know if it is safe": unknown, not said
            and not any(0 <= h.start() - at <= 60 and not re.search(r"[.;!?]", text[at:h.start()])
                        and not but.search(text[at:h.start()])  # "…, but it is safe"
                        for at in unknown)]
    if safe and not (qm["safety_words"].search(quote) or qm["safety_denials"].search(quote)):
        return [Problem("FAITH-CERTAINTY",
                        f"the text calls it safe ({safe[0]!r}); the quote says nothing of its "
                        "safety")]
    return []


# --------------------------------------------------------------------------- notices' meaning


def availability_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                          ) -> list[Problem]:
    """A line open day and night printed as open some of the time ("on weekdays"), or a
    line whose hours the quote limits or does not give printed as open day and night (a
    reader in crisis at 3 am must not be sent to a line that is closed)."""
    tm, qm = meaning(text_lang), meaning(quote_lang)
    limited = tm["availability_limited"].find(text)
    always = qm["availability_always"].find(quote)
    if limited and not qm["availability_limited"].search(quote):
        # open day and night, or no hours given: "only at weekends" is the text's own
        said = f"says {always[0]!r}" if always else "gives no such hours"
        return [Problem("FAITH-NUMBER", f"the text says {limited[0]!r}; the quote {said}")]
    t_always = tm["availability_always"].find(text)
    if t_always and not always and not limited:
        q_limited = qm["availability_limited"].find(quote)
        said = f"says {q_limited[0]!r}" if q_limited else "gives no hours"
        return [Problem("FAITH-NUMBER", f"the text says the line is open {t_always[0]!r}; "
                                        f"the quote {said}")]
    return []


def line_terms_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                        ) -> list[Problem]:
    """A crisis line printed as charging for calls ("a paid line", "es de pago") or as
    serving only some purpose ("only for medical emergencies", "réservé aux urgences
    dentaires") when its quote says neither: a reader in distress must not be told the
    line costs money or is not for them."""
    tm, qm = meaning(text_lang), meaning(quote_lang)
    paid = tm["line_paid"].find(text)
    if paid and not qm["line_paid"].search(quote):
        return [Problem("FAITH-POLARITY", f"the text says the line charges ({paid[0]!r}); "
                                          "the quote does not")]
    only = tm["line_only_for"].find(text)
    if only and not qm["line_only_for"].search(quote):
        return [Problem("FAITH-POPULATION", f"the text says the line is {only[0]!r} some "
                                            "purpose; the quote does not limit it")]
    return []


_AUDIENCES: list[tuple[dict, dict, tuple[tuple[str, re.Pattern[str]], ...]]] = []


def _audiences(text: str) -> dict[str, str]:
    """Who a line is said to serve, by the rulebook's `[serves]` words ("veterans",
    "young people") and `[language_names]` ("Spanish": lang:es), in every language: each
    audience's tag -> the words the text names it by (for a message)."""
    serves = table_in_every_language("serves")
    names = table_in_every_language("language_names", patterns=False)
    if not _AUDIENCES or _AUDIENCES[0][0] is not serves or _AUDIENCES[0][1] is not names:
        tags = tuple((tag, re.compile(rf"(?i)\b(?:{'|'.join(entries)})\b"))
                     for tag, entries in serves.items())
        langs = tuple((f"lang:{codes[0]}", re.compile(rf"(?i)\b{re.escape(name)}\b"))
                      for name, codes in names.items())
        _AUDIENCES[:] = [(serves, names, tags + langs)]
    return {tag: m.group(0) for tag, rx in _AUDIENCES[0][2] if (m := rx.search(text))}


def audience_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                      ) -> list[Problem]:
    """A crisis line printed for an audience its quote does not name ("Spanish speakers
    can call" -> "veterans can call"; "call 988" -> "veterans can call 988"), or with a
    channel its quote does not give ("call 988" -> "call or text 988")."""
    printed, quoted = _audiences(text), _audiences(quote)
    for said, lang in ((printed, text_lang), (quoted, quote_lang)):
        age = meaning(lang)["age_bounds"].find(text if said is printed else quote)
        if age and "youth" not in said:  # "if you are under 25": the young
            said["youth"] = age[0]
    anyone = meaning(text_lang)["audience_anyone"].find(text)
    if anyone and quoted and not meaning(quote_lang)["audience_anyone"].search(quote):
        said = [quoted[tag] for tag in sorted(quoted)]
        return [Problem("FAITH-POPULATION",
                        f"the text says the line serves {anyone[0]!r}; the quote says "
                        f"{', '.join(map(repr, said))}")]
    extra = [printed[tag] for tag in sorted(printed.keys() - quoted.keys())]
    if extra:
        said = [quoted[tag] for tag in sorted(quoted)]
        return [Problem("FAITH-POPULATION",
                        f"the text says the line serves {', '.join(map(repr, extra))}; the "
                        + (f"quote says {', '.join(map(repr, said))}" if said
                           else "quote names no such group"))]
    swapped = _channel_swaps(text, quote)
    if swapped:
        return swapped
    try:
        t_text, q_text = language(text_lang)["text_words"], language(quote_lang)["text_words"]
    except MissingRules:
        t_text = q_text = _channel_words()["text"]
    if not t_text.entries or not q_text.entries:  # "SMS" is texting in a file without the list
        t_text = q_text = _channel_words()["text"]
    texting = t_text.find(text)
    if texting and not q_text.search(quote):
        return [Problem("FAITH-NUMBER", f"the text says the line takes messages "
                                        f"({texting[0]!r}); the quote gives no such channel")]
    return []


@lru_cache(maxsize=4)
def _channel_words_of(entries: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, WordList]:
    return {ch: WordList(f"{ch}_words", "en", words) for ch, words in entries}


def _channel_words() -> dict[str, WordList]:
    """How a line is reached ("call", "text", "chat"), by the `call_words`, `text_words`
    and `chat_words` of every language's word file: "SMS" is texting in any language."""
    return _channel_words_of(tuple((ch, in_every_language(f"{ch}_words"))
                                   for ch in ("call", "text", "chat")))


_CHANNEL_CLAUSE = re.compile(r"(?i)[.;:!?]|,\s+(?:or|and|o|y|ou|et|oder|und)\b")
_LINE_NUMBER = re.compile(r"\d[\d \u00a0.\-]*\d|\d")


def channels_by_number(text: str) -> dict[str, set[str]]:
    """Each number of three digits or more (its digits) -> the channels named in the words
    between it and the number or sentence end before it: "call 116 123 or text 85258"
    gives {"116123": {"call"}, "85258": {"text"}}."""
    words = _channel_words()
    out: dict[str, set[str]] = {}
    last = 0
    for m in _LINE_NUMBER.finditer(plain_digits(text)):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) < 3:
            continue
        # the verb group nearest the number: "press 1, or text 838255" texts it
        before = _CHANNEL_CLAUSE.split(text[last:m.start()])[-1]
        last = m.end()
        said = {ch for ch, wl in words.items() if wl.entries and wl.search(before)}
        if said:
            out.setdefault(digits, set()).update(said)
    return out


def _channel_swaps(text: str, quote: str) -> list[Problem]:
    """A number the quote gives one way of reaching printed with another ("call 116 123,
    or text 85258" -> "text 116 123, or call 85258")."""
    said = channels_by_number(quote)
    if not said:
        return []
    for number, channels in channels_by_number(text).items():
        extra = channels - said.get(number, channels)
        if extra:
            return [Problem("FAITH-NUMBER",
                            f"the text says to {'/'.join(sorted(extra))} {number}; the quote "
                            f"says to {'/'.join(sorted(said[number]))} it")]
    return []


def unsupervised_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                          ) -> list[Problem]:
    """A supervision notice printed as none: "on your own", "no technician needs to be in
    the room" for "a technician stays in the room"."""
    tm, qm = meaning(text_lang), meaning(quote_lang)
    q_neg = qm["instruction_negation"].pattern
    q_nobody = qm["negative_subjects"].pattern
    if any(not (q_neg.search(clause) or q_nobody.search(clause))
           for hit in qm["unsupervised"].pattern.finditer(quote)
           if (clause := re.split(r"[.;:,!?]", quote[:hit.start()])[-1]) is not None):
        # the quote itself says alone ("no podrá irse solo", "nobody goes home alone" do not)
        return []
    neg, nobody = tm["instruction_negation"].pattern, tm["negative_subjects"].pattern
    for hit in tm["unsupervised"].pattern.finditer(text):
        clause = re.split(r"[.;:,!?]", text[:hit.start()])[-1]
        if hit.group(0).split()[0].casefold() not in ("no", "nadie", "personne") and \
                (neg.search(clause) or nobody.search(clause)):
            continue  # "do not do it on your own", "nobody goes home alone"
        return [Problem("FAITH-POLARITY",
                        f"the text says no one is with you ({hit.group(0)!r}); the quote says "
                        "someone is")]
    return []


def self_managed_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                          ) -> list[Problem]:
    """A notice that sends the reader to someone ("see a doctor", "go to A&E", "your GP
    can set the interval") printed as left to the reader ("rest at home and wait for it
    to pass", "por tu cuenta", "choose the interval yourself") with no one to see named."""
    tm, rules = meaning(text_lang), language(text_lang)
    # "not to make tea at home", "instead of treating them at home": the care kept
    kept = (rules["negation"].pattern, tm["instruction_negation"].pattern,
            tm["instead_of"].pattern)
    hits = [h for h in tm["self_managed"].pattern.finditer(text)
            if not any(k.search(re.split(r"[.;:,!?]", text[:h.start()])[-1]) for k in kept)]
    if not hits:
        return []
    def cared(s: str, lang: str) -> list[str]:  # who, or where, the reader is sent
        for name in ("care_actors", "help_orders", "referral_orders"):
            try:
                found = language(lang)[name].find(s)
            except MissingRules:
                continue
            if found:
                return found
        return []

    said = cared(quote, quote_lang)
    if not said or cared(text, text_lang):
        return []
    return [Problem("FAITH-POLARITY",
                    f"the text leaves it to the reader ({hits[0].group(0)!r}); the quote "
                    f"sends them to someone ({said[0]!r})")]


def driven_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                    ) -> list[Problem]:
    """Someone else drives the reader in the quote ("someone must drive you home"); the
    text lets the reader drive ("you can drive home after the session")."""
    qm = meaning(quote_lang)
    driven = qm["driven"].find(quote)
    if not driven:
        return []
    _, q_yes, _, q_if = _read_instructions(quote, quote_lang)
    if any("drive" in d and not qm["driven"].search(w) for d, w in (
            (q_yes, q_yes.get("drive", "")), (q_if, q_if.get("drive", ("", ""))[0]))):
        return []  # the quote lets the reader drive too ("you can drive again the next day")
    t_no, t_yes, _, t_if = _read_instructions(text, text_lang)
    permitted = {**_words_of(t_if), **t_yes}
    if "drive" in permitted and "drive" not in t_no and not meaning(text_lang)["driven"].search(
            permitted["drive"]):
        return [Problem("FAITH-POLARITY", f"the quote says someone else drives you "
                                          f"({driven[0]!r}); the text lets you drive "
                                          f"({permitted['drive']!r})")]
    return []


def _states_at(text: str, start: int, end: int, m: _Meaning) -> bool:
    """A negation opening its clause that states a fact ("No daña el hígado": a language
    whose `statement_negations` name it, then a verb that is no instruction's act), not
    an order ("No lo tome", "No tome alcohol", "Never double the dose")."""
    if not m["statement_negations"].pattern.fullmatch(text[start:end]):
        return False
    words = re.findall(r"[^\W\d_]+", text[end:])[:1]
    if not words or m["instruction_skip"].pattern.fullmatch(words[0]):
        return False
    return not _actions_in(text[end:end + 40], m)


def _negations(text: str, lang: str) -> list[tuple[int, str]]:
    """(offset, the word it negates) for each negation that states a fact, not an order:
    "no *daña* el hígado", "do not *come* back"; not "Do not wait", "No lo tome"."""
    rules, m = language(lang), meaning(lang)
    out = []
    # "ne peuvent pas bouger": a symptom, whichever of its negation words is read
    symptoms = [(s.start(), s.end()) for name in ("negated_symptoms", "negation_not_denial")
                for s in m[name].pattern.finditer(text)]
    for hit in rules["negation"].pattern.finditer(text):
        if any(a <= hit.start() < b for a, b in symptoms):
            continue
        before = re.split(r"[.;:,!?]", text[:hit.start()])[-1].split()
        if before and len(before) <= 2 and before[-1].casefold() in ("do", "please") and (
                before[0].casefold() in ("do", "please", "you")):
            continue  # an order opens its clause ("Do not wait"); "Patients do not" states
        if not before and not _states_at(text, hit.start(), hit.end(), m):
            continue  # "No lo tome", "Never double the dose": an order
        if before and m["condition_openers"].pattern.fullmatch(before[-1]):
            continue  # "while not fully awake", "if not treated": a circumstance
        if m["negated_symptoms"].pattern.match(text, hit.start()):
            continue  # "can't sleep": a harm, not its denial
        head = _verb_after(text, hit.end(), m)
        from summarizer.gate.scales import negated_quantity  # it reads this module

        if head and not negated_quantity(text, hit.end(), lang):  # "not often": how often
            out.append((hit.start(), head))
    return out


def _contrasted(quote: str, lang: str) -> bool:
    """Does the quote set one thing against another ("unlike tablets", "a diferencia de")
    ([reversals] contrasts)?"""
    entries = tuple(section(lang, "reversals").get("contrasts", ()))
    return bool(entries) and bool(_contrast_list(lang, entries).search(quote))


@lru_cache(maxsize=64)  # one compiled list per language and rulebook data
def _contrast_list(lang: str, entries: tuple[str, ...]) -> WordList:
    return WordList("contrasts", lang, entries)


def harm_polarity_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                           ) -> list[Problem]:
    """A harm the quote only affirms printed as denied ("La ashwagandha no daña el hígado"
    for "puede causar ... daño en el hígado"), or one it denies printed as certain ("memories
    always come back" for "some do not come back")."""
    q_neg, t_neg = _negations(quote, quote_lang), _negations(text, text_lang)
    if (t_neg and not language(quote_lang)["negation"].search(quote)
            # "irréversibles" is "ne partent plus": a negation inside the word
            and not meaning(quote_lang)["negative_words"].search(quote)
            and not _contrasted(quote, quote_lang)):  # "unlike tablets" rules tablets out
        at, head = t_neg[0]
        return [Problem("FAITH-POLARITY",
                        f"the text denies it ({text[at:].split(',')[0][:40]!r}); the quote "
                        "says nothing of the kind is ruled out")]
    if q_neg and not language(text_lang)["negation"].search(text):
        words = {w.casefold() for w in re.findall(r"[^\W\d_]+", text)}
        for at, head in q_neg:
            if head.casefold() in words:
                return [Problem("FAITH-POLARITY",
                                f"the quote denies it ({quote[at:].split(',')[0][:40]!r}); "
                                f"the text affirms {head!r}")]
    return []


def _report_denied(text: str, start: int, lang: str) -> bool:
    """Is the report verb at `start` negated ("have never been described", "No se han
    notificado", "wurden nie beschrieben"), not merely near a "without" ("in people
    without epilepsy")?"""
    rules, without = language(lang), meaning(lang)["without"].pattern
    before = re.split(r"[,;:.—–()]", text[:start])[-1].split()[-3:]
    for w in reversed(before):
        w = w.strip("\"'“”")
        if _clause_patterns()[0].match(w):
            return False
        if rules["negation"].pattern.fullmatch(w) and not without.fullmatch(w):
            return True
    return _negative_subject(text, start, lang)


def denied_report_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                           ) -> list[Problem]:
    """A harm or result the quote says was reported ("Seizures have been described")
    printed as never reported ("have never been described")."""
    denied = [m for m in meaning(text_lang)["report_verbs"].pattern.finditer(text)
              if _report_denied(text, m.start(), text_lang)]
    if not denied:
        return []
    said = list(meaning(quote_lang)["report_verbs"].pattern.finditer(quote))
    if not said or any(_report_denied(quote, m.start(), quote_lang) for m in said):
        return []
    return [Problem("FAITH-POLARITY",
                    f"the quote says it was reported ({_phrase(quote, said[0].group(0))}); "
                    f"the text says it never was ({_phrase(text, denied[0].group(0))})")]


def vague_count_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                         ) -> list[Problem]:
    """A vague count's unit changed: "every few years" for "every few months"."""
    def units(t: str, lang: str) -> dict[str, str]:
        rules, m = number_rules(lang), meaning(lang)
        out = {}
        for hit in m["vague_counts"].pattern.finditer(t):
            nxt = re.findall(r"[^\W\d_]+", t[hit.end():])[:1]
            unit = rules.units.get(nxt[0].casefold()) if nxt else None
            if unit in _DAYS:
                out[unit] = f"{hit.group(0)} {nxt[0]}"
        return out

    in_text = units(text, text_lang)
    if not in_text:
        return []
    said = units(quote, quote_lang)
    rules = number_rules(quote_lang)
    said_units = set(said) | {q.unit for q in quantities(quote, quote_lang)} | {
        rules.units.get(w.casefold()) for w in re.findall(r"[^\W\d_]+", quote)}
    extra = [w for u, w in in_text.items() if u not in said_units]
    if not extra:
        return []
    shown = ", ".join(map(repr, said.values())) or "no such time"
    return [Problem("FAITH-NUMBER", f"the text says {extra[0]!r}; the quote says {shown}")]


# --------------------------------------------------------------------------- comparisons


def _after_number(tail: str, lang: str) -> str:
    """`tail` (opening with a number) after the number and a share it opens ("2 in 10 on
    a fake pill" -> "on a fake pill"; "2 de cada 10 con placebo" -> "con placebo")."""
    rules = language(lang)
    words = tail.split()[1:]
    if words and words[0] == "%":
        return " ".join(words[1:])
    for size in (2, 1):
        if len(words) > size and rules["share"].pattern.fullmatch(" ".join(words[:size])):
            return " ".join(words[size + 1:])
    return " ".join(words)


def _past_approximation(tail: str, lang: str) -> str:
    """`tail` after the approximation words opening it ("about", "roughly", "casi",
    "environ"), which belong to the number after them."""
    approx, qualifiers = meaning(lang)["approximately"].pattern, language(lang)["qualifiers"]
    tail = tail.lstrip()
    for _ in range(2):
        hit = approx.match(tail) or qualifiers.pattern.match(tail)
        if not hit or not hit.group(0):
            break
        tail = tail[hit.end():].lstrip()
    return tail

_CONTROL = "(a control group)"  # placebo, sham, salt water: the same comparison


def _counts(tail: str, lang: str) -> bool:
    """Does a comparison's tail open with a number ("80,000", "half", "a third")?"""
    first = re.findall(r"[^\W_]+", tail.casefold())[:2]
    rules = number_rules(lang)
    return bool(first) and (first[0][0].isdigit() or first[0] in rules.number_words
                            or any(w in rules.fractions for w in first))


def _objects(text: str, m: _Meaning) -> list[set[str]]:
    """Content words of what each comparison in `text` compares with ("than those on
    placebo" -> {placebo})."""
    out = []
    for hit in m["comparison_than"].pattern.finditer(text):
        tail = re.split(r"[.;:,!?]", text[hit.end():], maxsplit=1)[0]
        tail = " ".join(tail.split()[:6])
        if _counts(tail, m.lang):  # "more than 80,000 patients", "less than half": a number
            continue
        number = _past_approximation(tail, m.lang)
        if number != tail.lstrip() and _counts(number, m.lang):
            # "compared with about 2 in 10 on a fake pill": the number is no object, what
            # follows it may be ("on a fake pill")
            tail = _after_number(number, m.lang)
        filler = m["comparison_filler"].pattern
        words = {_stem(w) for w in re.findall(r"[^\W\d_]+", tail)
                 if len(w) >= 4 and not filler.fullmatch(w)}
        if m["comparison_controls"].search(tail):
            words.add(_CONTROL)
        if words:
            out.append(words)
    return out


def comparison_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                        ) -> list[Problem]:
    """A comparison the quote does not make: with everything else ("better than any other
    antidepressant", "el mejor"), or with something else ("better than antidepressants"
    for "better than placebo")."""
    if text.rstrip().endswith("?"):
        return []
    tm, qm = meaning(text_lang), meaning(quote_lang)
    universal = tm["comparison_universal"].find(text)
    if universal and not qm["comparison_universal"].search(quote):
        return [Problem("FAITH-COMPARISON",
                        f"the text compares with everything else ({universal[0]!r}); the quote "
                        "makes no such comparison")]
    q_objects = _objects(quote, qm)
    pool = set().union(*q_objects) if q_objects else {
        _stem(w) for w in re.findall(r"[^\W\d_]+", quote)}
    if qm["comparison_controls"].search(quote):
        pool.add(_CONTROL)
    for words in _objects(text, tm):
        # "que fumar" for "que el cigarrillo para un fumador": a form of the same word
        if not words & pool and not any(same_verb(w, p) for w in words for p in pool
                                        if w != _CONTROL and p != _CONTROL):
            shown = ", ".join(sorted(words))
            return [Problem("FAITH-COMPARISON",
                            f"the text compares with {shown!r}; the quote "
                            + ("compares with " + ", ".join(repr(", ".join(sorted(o)))
                                                           for o in q_objects)
                               if q_objects else "makes no such comparison"))]
    return []


# --------------------------------------------------------------------------- groups


@lru_cache(maxsize=2048)  # read-only result: quotes repeat on every edit
def groups(text: str, lang: str) -> dict[str, str]:
    """Groups of people `text` is about: canonical group -> as written."""
    out: dict[str, str] = {}
    m = meaning(lang)
    if not m.any_group.search(text):
        return out  # one scan for every group's forms: most texts name none
    hits = [(canon, hit) for canon, forms in m.groups for hit in forms.pattern.finditer(text)]
    for canon, hit in hits:
        # "older adults" is older people, not adults at large: a hit inside another's
        inside = any(o is not hit and o.start() <= hit.start() and hit.end() <= o.end()
                     and (o.end() - o.start()) > (hit.end() - hit.start()) for _, o in hits)
        if not inside:
            out.setdefault(canon, hit.group(0))
    return out


def group_problems(text: str, text_lang: str, quote: str, quote_lang: str) -> list[Problem]:
    """The text names a group of people its quote does not ("children" for "adults")."""
    in_text, in_quote = groups(text, text_lang), groups(quote, quote_lang)
    parts = {k: set(v) for k, v in section(text_lang, "faithfulness").get("group_parts",
                                                                          {}).items()}

    def covered(group: str) -> bool:  # "children" by "under 18", "under 18" by "children"
        return (group in in_quote or any(group in parts.get(q, ()) for q in in_quote)
                or bool(parts.get(group, set()) & set(in_quote)))

    # "severe anxiety" for "moderate to severe generalised anxiety": each of its words said
    quoted = {w.casefold()[:5] for w in re.findall(r"[^\W\d_]+", quote)}
    extra = [w for g, w in in_text.items() if not covered(g) and not (
        len(w.split()) > 1 and all(x.casefold()[:5] in quoted for x in w.split()))]
    with_condition = meaning(quote_lang)["population_phrases"].search(quote)
    if extra and not in_quote:  # "265 children" for "265 people": the quote's own count
        # (a study's "40 patients" are adults unless it says otherwise: "40 adults" keeps it)
        counted = _counted_group(text, text_lang, quote, quote_lang,
                                 [w for g, w in in_text.items() if w in extra
                                  and g not in _DEFAULT_GROUPS])
        if counted:
            return [Problem("FAITH-POPULATION",
                            f"the text counts {counted!r}; the quote counts other people")]
    if not extra or not (in_quote or with_condition):  # a quote naming no group: anyone
        return []
    if not in_quote and set(in_text) == {"everyone"} and _everyone_with(
            text, text_lang, in_text["everyone"], quoted):
        return []  # "anyone with heart problems" for "people with heart problems"
    if not in_quote:  # "sobre todo en niños" for "sobre todo en personas con epilepsia"
        return [Problem("FAITH-POPULATION", f"the text is about {', '.join(map(repr, extra))};"
                                            f" the quote about {with_condition.group(0)!r}…")]
    said = ", ".join(repr(w) for w in in_quote.values()) or "no such group"
    return [Problem("FAITH-POPULATION",
                    f"the text is about {', '.join(map(repr, extra))}; the quote names {said}")]


_DEFAULT_GROUPS = frozenset({"adults", "everyone"})  # who a study's "people" are, unsaid


def _counted_group(text: str, text_lang: str, quote: str, quote_lang: str,
                   written: list[str]) -> str:
    """The text's group word (of `written`) counted by a number of the quote's, up to three
    words before it ("12,000 New Zealand children" for "12,000 older New Zealanders"), as
    written with its number; else ""."""
    said = {q.value for q in quantities(quote, quote_lang) if not q.unit and q.value >= 2}
    if not said:
        return ""
    for word in written:
        at = text.find(word)
        before = text[:at].split()[-4:] if at >= 0 else []
        for i, w in enumerate(before):
            numbers = quantities(w, text_lang)
            if numbers and not numbers[0].unit and numbers[0].value in said:
                return " ".join([*before[i:], word])
    return ""


def _everyone_with(text: str, lang: str, written: str, quoted: set[str]) -> bool:
    """Is the text's "anyone" narrowed by the quote's own condition right after it
    ("anyone with heart problems", "cualquier persona con", "jeder mit", "anyone who has
    fainted")? `quoted` holds the quote's word stems (five letters): the condition's first
    content word must be one, or "anyone with asthma" would pass for "people with heart
    problems"."""
    from summarizer.gate.reversals import reversal_list  # it reads this module

    at = text.find(written)
    rest = text[at + len(written):].lstrip(" ,")
    lead = (meaning(lang)["group_conditions"].pattern.match(rest)
            or reversal_list(lang, "relative").pattern.match(rest))
    if at < 0 or not lead:
        return False
    content = [w for w in re.findall(r"[^\W\d_]+", rest[lead.end():])[:3] if len(w) >= 4]
    return bool(content) and content[0].casefold()[:5] in quoted


def qualified_group_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                             ) -> list[Problem]:
    """A group the quote narrows by a condition ("older adults *with dementia*", "niños
    *con asma*", "personnes âgées *atteintes de démence*") printed as the whole group
    ("older adults who take ..."): the text names the group but none of the condition's
    words. The words that bring a condition are the `group_conditions` list."""
    q_cond, t_groups = meaning(quote_lang)["group_conditions"], groups(text, text_lang)
    if not q_cond.entries or not t_groups:
        return []
    function = function_words(quote_lang) | function_words(text_lang)
    stops = connectives.words("clause_stops")  # "que", "who", "dass"
    relative = meaning(quote_lang)["relative_openers"].pattern
    printed = {_stem(w) for w in _WORD.findall(text)}
    for canon, written in groups(quote, quote_lang).items():
        if canon not in t_groups:
            continue
        at = quote.find(written)
        if at < 0:
            continue
        after = quote[at + len(written):at + len(written) + 60]
        # the condition right after the group, or after one more word ("older people
        # with", "Menschen mit")
        near = after.lstrip(" ")
        hit = q_cond.pattern.match(near)
        if hit is None:
            near = re.sub(r"^\s*[^\W\d_]+\s+", "", after)
            hit = q_cond.pattern.match(near)
        if hit is None:
            continue
        # the condition's words: up to the next function word ("dementia | who take")
        words: list[str] = []
        for w in _WORD.findall(re.split(r"[,;:.!?]", near[hit.end():])[0])[:4]:
            if w.casefold() in function or w.casefold() in stops or relative.fullmatch(w):
                break
            if len(w) >= 4:
                words.append(w)
        if words and not any(_stem(w) in printed for w in words):
            return [Problem("FAITH-POPULATION",
                            f"the quote is about {written} {hit.group(0)} {words[0]}…; the "
                            f"text about {t_groups[canon]!r} with no such condition")]
    return []


def restriction_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                         ) -> list[Problem]:
    """A claim's quote about a narrower group of the ill ("treatment-resistant
    depression", "mild depression") printed without it: the result is said of everyone
    with the illness. Kept: the group's words, or words that restate it (a negation,
    "still", "other": "depression that other drugs did not help")."""
    tm = meaning(text_lang)
    narrow = set(section(quote_lang, "faithfulness").get("restricting_groups", ()))
    said = {g: w for g, w in groups(quote, quote_lang).items() if g in narrow}
    if not said or set(said) & set(groups(text, text_lang)):
        return []
    if tm["restriction_kept"].search(text) or language(text_lang)["negation"].search(text):
        return []
    # the illness printed without its qualifier ("pacientes con depresión" for "con
    # depresión resistente"); a text that leaves the illness out ("233 pacientes") says
    # nothing wider
    from summarizer.gate.reversals import reversal_list  # it reads this module

    printed = {_stem(w) for hit in reversal_list(text_lang, "with").pattern.finditer(text)
               for w in _WORD.findall(text[hit.end():])[:3]}
    # the group's words and the one after ("treatment-resistant *depression*")
    phrases = [quote[at:at + len(w)] + " " + " ".join(_WORD.findall(quote[at + len(w):])[:1])
               for w in said.values() if (at := quote.find(w)) >= 0]
    if not any(_stem(w) in printed for phrase in phrases
               for w in _WORD.findall(phrase) if len(w) >= 5):
        return []
    return [Problem("FAITH-POPULATION", f"the quote is about {', '.join(map(repr, said.values()))};"
                                        " the text drops it, saying it of everyone with the "
                                        "illness")]


def group_permitted_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                             ) -> list[Problem]:
    """A group the quote's approval leaves out ("not approved for children") printed as
    free to use it, without an approval word ("children can be given it")."""
    q_no = polarity(quote, quote_lang, "approval")[1]
    if not q_no:
        return []
    parts = section(text_lang, "faithfulness").get("group_parts", {})
    denied: set[str] = set()
    granted: set[str] = set()
    for part in _clause_bounds().split(quote):
        names = set(groups(part, quote_lang))
        names |= {p for g in names for p in parts.get(g, ())}
        yes, no = polarity(part, quote_lang, "approval")
        (denied if no and not yes else granted).update(names)
    denied -= granted
    if not denied:
        return []
    tm, rules = meaning(text_lang), language(text_lang)
    for part in _clause_bounds().split(text):
        named = set(groups(part, text_lang)) & denied
        if not named or any(rules["negation"].pattern.fullmatch(w)
                            for w in re.findall(r"[^\W\d_]+", part)):
            continue
        permit = tm["modal_permits"].search(part) or tm["permits"].search(part)
        if permit is not None and not polarity(part, text_lang, "approval")[1]:
            return [Problem("FAITH-POLARITY",
                            f"the quote denies the approval for {sorted(named)[0]!r} "
                            f"({_phrase(quote, q_no[0])}); the text lets them use it "
                            f"({part.strip()!r})")]
    return []


# --------------------------------------------------------------------------- together


class _Same:
    """A rulebook table compared by identity (the loader returns one object per load; a
    reload makes a new one), holding it so its id is not reused while a result is kept."""

    __slots__ = ("obj",)

    def __init__(self, obj: object) -> None:
        self.obj = obj

    def __hash__(self) -> int:
        return id(self.obj)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and other.obj is self.obj


def _data_of(lang: str) -> _Same:
    """What a result for `lang` depends on besides its strings: the language's rulebook data
    as loaded (a reload, as tests do, makes every kept result stale)."""
    return _Same(section(lang, "faithfulness") or section(lang, "translation_meaning")
                 or _NO_DATA)


_NO_DATA: dict = {}  # a language with neither table: digits and numerals.toml only


def compare(text: str, quote: str, lang: str, *, kind: str = "claim",
            allowed_numbers: frozenset[str] = frozenset(), context: str = "",
            evidence: str = "") -> list[Problem]:
    """Every problem between a printed text and its quote (both in `lang`).

    `kind` is "claim" or a notice kind (certainty and population apply to claims).
    `context`: text that says what "the drug" is (for drug names only). `evidence`: the
    claim's level, which says how settled its quote is when the quote's words do not.

    Pure, so kept per input: the editor re-checks every item after each edit, and all but
    the edited one are unchanged (the example's re-check: 26 ms -> under 1 ms).
    """
    return list(_compare(text, quote, lang, kind, frozenset(allowed_numbers), context,
                         evidence, _data_of(lang)))


@lru_cache(maxsize=1024)
def _compare(text: str, quote: str, lang: str, kind: str, allowed_numbers: frozenset[str],
             context: str, evidence: str, _data: _Same) -> tuple[Problem, ...]:
    return tuple(_compare_now(text, quote, lang, kind=kind, allowed_numbers=allowed_numbers,
                              context=context, evidence=evidence))


_FUNCTION_WORDS: dict[str, tuple[object, frozenset[str]]] = {}
_WORD = re.compile(r"[^\W\d_]+")


def function_words(lang: str) -> frozenset[str]:
    """The language's `[faithfulness] function_words`, casefolded; read once per rulebook
    load (the gate's modules ask for them with every comparison)."""
    table = section(lang, "faithfulness")
    kept = _FUNCTION_WORDS.get(lang)
    if kept is None or kept[0] is not table:
        kept = (table, frozenset(w.casefold() for w in table.get("function_words", ())))
        _FUNCTION_WORDS[lang] = kept
    return kept[1]


_DETECTABLE: list[tuple[object, tuple[tuple[str, frozenset[str]], ...]]] = []


def _detectable() -> tuple[tuple[str, frozenset[str]], ...]:
    """(language, its function words) for each language naming them; listed once per
    rulebook load (listing the word files costs 0.09 ms, more than a check)."""
    anchor = section("en", "faithfulness")
    if not _DETECTABLE or _DETECTABLE[0][0] is not anchor:
        _DETECTABLE[:] = [(anchor, tuple((lang, fw) for lang in languages()
                                         if (fw := function_words(lang))))]
    return _DETECTABLE[0][1]


@lru_cache(maxsize=2048)  # a quote is read again with each of its texts
def written_in(text: str, default: str) -> str:
    """The language `text` is written in, among those whose faithfulness lists name their
    function words, or `default` when its words do not tell clearly (three of one
    language's, twice any other's). A handout may quote an article in another language;
    each side is read with its own language's words."""
    words = set(_WORD.findall(text.casefold()))
    scores = sorted(((len(words & fw), lang) for lang, fw in _detectable()), reverse=True)
    if not scores or scores[0][0] < 3 or (len(scores) > 1 and scores[0][0] < 2 * scores[1][0]):
        return default
    best = scores[0][1]
    return default if base_language(best) == base_language(default) else best


def _compare_now(text: str, quote: str, lang: str, *, kind: str = "claim",
                 allowed_numbers: frozenset[str] = frozenset(), context: str = "",
                 evidence: str = "") -> list[Problem]:
    """compare(), computed."""
    if not text.strip() or not quote.strip():
        return []
    t_lang, q_lang = written_in(text, lang), written_in(quote, lang)
    if base_language(t_lang) != base_language(q_lang):
        return _compare_across(text, t_lang, quote, q_lang, kind, allowed_numbers, context,
                               evidence)
    out = number_problems(text, lang, quote, lang, allowed_numbers)
    # An approval sentence quoted for a "not approved" notice is a polarity problem too.
    out += polarity_problems(text, lang, quote, lang)
    out += mixed_polarity_problems(text, lang, quote, lang)
    if not any(p.code == "FAITH-POLARITY" for p in out):
        out += contrast_polarity_problems(text, lang, quote, lang)
    if not any(p.code == "FAITH-POLARITY" for p in out):
        out += approval_scope_problems(text, lang, quote, lang)
    if not any(p.code == "FAITH-POLARITY" for p in out):
        out += legality_problems(text, lang, quote, lang)
    out += instruction_problems(text, lang, quote, lang)
    if not out:  # an order printed as its contrary act ("avoid fruit" -> "eat plenty")
        out += contrary_act_problems(text, lang, quote, lang)
    if not out:  # one finding per change: an inverted instruction says it already
        out += prescription_problems(text, lang, quote, lang)
    if not out:
        out += added_permission_problems(text, lang, quote, lang)
    if not out:
        out += avoided_problems(text, lang, quote, lang)
    if not out and kind in ("supervision", "self-medication", "regulatory"):
        out += done_without_problems(text, lang, quote, lang)
    if not out and kind in ("supervision", "self-medication", "side-effects", "regulatory"):
        out += waived_problems(text, lang, quote, lang)
    out += group_problems(text, lang, quote, lang)
    if not out and kind != "claim":  # a study's people are described, not told what to do
        out += qualified_group_problems(text, lang, quote, lang)
    if not out:
        out += group_permitted_problems(text, lang, quote, lang)
    out += knowledge_problems(text, lang, quote, lang)
    if not any(p.code in ("FAITH-CERTAINTY", "FAITH-POLARITY") for p in out):
        out += proof_problems(text, lang, quote, lang)
    if not any(p.code == "FAITH-POLARITY" for p in out):  # "puede tomarlo sin problema"
        out += safety_problems(text, lang, quote, lang)
    if kind == "supervision":
        out += unsupervised_problems(text, lang, quote, lang)
        if not any(p.code == "FAITH-POLARITY" for p in out):
            from summarizer.gate.denied_care import denied_care_problems  # reads this module

            out += denied_care_problems(text, lang, quote, lang)
    if kind in ("supervision", "side-effects", "self-medication") and not any(
            p.code == "FAITH-POLARITY" for p in out):
        out += self_managed_problems(text, lang, quote, lang)
    out += driven_problems(text, lang, quote, lang)
    if kind == "crisis-line":
        out += availability_problems(text, lang, quote, lang)
        out += line_terms_problems(text, lang, quote, lang)
        if not any(p.code == "FAITH-POPULATION" for p in out):
            out += audience_problems(text, lang, quote, lang)
    if kind == "side-effects":
        out += harm_polarity_problems(text, lang, quote, lang)
    if not any(p.code == "FAITH-POLARITY" for p in out):
        out += denied_report_problems(text, lang, quote, lang)
    out += vague_count_problems(text, lang, quote, lang)
    if not any(p.code == "FAITH-CERTAINTY" for p in out):
        out += universal_problems(text, lang, quote, lang)
    if not any(p.code == "FAITH-CERTAINTY" for p in out):
        out += possible_made_certain_problems(text, lang, quote, lang)
    if not any(p.code in ("FAITH-NUMBER", "FAITH-CERTAINTY") for p in out):
        # (one finding per change: "long-term effects are unknown" -> "last for years";
        # a claim's single case is strength_problems' "a single case")
        if kind != "claim":
            out += single_case_problems(text, lang, quote, lang)
        out += vague_duration_problems(text, lang, quote, lang)
    if kind in ("claim",):
        out += certainty_problems(text, lang, quote, lang)
        if not any(p.code == "FAITH-CERTAINTY" for p in out):
            out += mixed_result_problems(text, lang, quote, lang)
        out += strength_problems(text, lang, quote, lang, evidence)
        if not any(p.code == "FAITH-CERTAINTY" for p in out):
            out += design_problems(text, lang, quote, lang, evidence)
        out += comparison_problems(text, lang, quote, lang)
        out += population_problems(text, lang, quote, lang, evidence)
        if not any(p.code == "FAITH-POPULATION" for p in out):
            out += restriction_problems(text, lang, quote, lang)
        if evidence not in _TAGGED and not language(lang)["animal"].search(quote):
            # (after an animal result, "people with anxiety" are who it might one day help)
            out += condition_problems(text, lang, quote, lang)
    if not out and kind == "regulatory":  # one finding per change: "for everyone" says it
        out += denied_use_problems(text, lang, quote, lang)
    if not out and kind == "regulatory":
        out += limit_dropped_problems(text, lang, quote, lang)
    out += drug_problems(text, quote, context, lang)
    if not any(p.code == "FAITH-DRUG" for p in out):  # "antacids" for "sleeping pills"
        from summarizer.gate.medicine_classes import (  # they read this module
            class_problems,
            permitted_class_problems,
        )

        out += class_problems(text, lang, quote, lang)
        if not any(p.code == "FAITH-POLARITY" for p in out):
            out += permitted_class_problems(text, lang, quote, lang)
    if kind == "claim" and not any(p.code == "FAITH-DRUG" for p in out):
        out += comparator_problems(text, quote, lang)
    if kind == "claim" and not any(p.code == "FAITH-DRUG" for p in out):
        out += alone_problems(text, lang, quote, lang)
    from summarizer.gate.reversals import reversal_problems  # it reads this module
    from summarizer.gate.scales import scale_problems  # it reads this module

    out += scale_problems(text, lang, quote)
    if not any(p.code == "FAITH-COMPARISON" for p in out):
        from summarizer.gate.swapped_groups import (  # they read this module
            swapped_group_problems,
            swapped_result_problems,
        )

        out += swapped_group_problems(text, lang, quote, lang)
        if kind == "claim" and not out:
            out += swapped_result_problems(text, lang, quote, lang)

    out += reversal_problems(text, lang, quote, kind=kind, evidence=evidence,
                             already=frozenset(p.code for p in out))
    if not out:  # faith2's checks (force.py, direction.py): one finding per change
        from summarizer.gate import direction, force  # they read this module

        out += force.force_problems(text, lang, quote, kind)
        out += direction.direction_problems(text, lang, quote, kind)
    return out


def _compare_across(text: str, t_lang: str, quote: str, q_lang: str, kind: str,
                    allowed: frozenset[str], context: str, evidence: str) -> list[Problem]:
    """compare() for a text in another language than its quote: the checks that compare
    meanings (numbers by value, polarity, instructions, groups and who may use it, who
    stays and who drives, directions, hedges, population, equal results, drugs by name),
    not those that compare the words themselves."""
    from summarizer.gate import reversals, scales  # they read this module

    out = number_problems(text, t_lang, quote, q_lang, allowed)
    out += polarity_problems(text, t_lang, quote, q_lang)
    out += instruction_problems(text, t_lang, quote, q_lang)
    out += group_problems(text, t_lang, quote, q_lang)
    if not out:  # as compare() does: who the approval leaves out, who drives, who stays
        out += group_permitted_problems(text, t_lang, quote, q_lang)
    if kind == "supervision":
        out += unsupervised_problems(text, t_lang, quote, q_lang)
    out += driven_problems(text, t_lang, quote, q_lang)
    out += scales.direction_problems(text, t_lang, quote, q_lang)
    if kind == "crisis-line":
        out += availability_problems(text, t_lang, quote, q_lang)
        out += line_terms_problems(text, t_lang, quote, q_lang)
    if kind == "claim":
        out += certainty_problems(text, t_lang, quote, q_lang, qualifiers=False)
        out += population_problems(text, t_lang, quote, q_lang, evidence)
        out += reversals.equal_result_problems(text, t_lang, quote, q_lang)
        if not any(p.code == "FAITH-POPULATION" for p in out):
            out += reversals.human_problems(text, t_lang, quote, q_lang, evidence)
    out += drug_problems(text, quote, context)
    if not out:  # faith2's checks, each side read in its own language
        from summarizer.gate import direction, force

        out += force.force_problems(text, t_lang, quote, kind, quote_lang=q_lang)
        out += direction.direction_problems(text, t_lang, quote, kind, quote_lang=q_lang)
    return out


def _digit_runs(text: str, lang: str) -> set[str]:
    """Digit runs as written ("800-662-HELP (4357)" -> 800, 662, 4357), thousands joined,
    any script's digits as ASCII."""
    clean = re.sub(r"(\d),(\d{3})\b", r"\1\2", plain_digits(text))
    if lang[:2] != "en":
        clean = re.sub(r"(\d)[.\u202f\u00a0](\d{3})\b(?![.,]\d)", r"\1\2", clean)
    return set(re.findall(r"\d+", clean))


def _bare_age(q: Quantity, other_runs: set[str], other_q: list[Quantity]) -> bool:
    """Is `q` a number of years that the other text writes as a bare number (no unit of
    its own there: "12 weeks" is another unit, not an age left bare)?"""
    value = f"{q.value:g}"
    return q.unit == "year" and value in other_runs and not any(
        f"{o.value:g}" == value for o in other_q)


def translation_problems(translated: str, lang: str, source_text: str, source_lang: str,
                         kind: str = "") -> list[Problem]:
    """See _translation_problems (kept per input, as compare() is). `kind`: the notice
    kind of the string ("supervision", ...), or "" for a claim, a title or a name.
    Locales are read as their language ("es-US" as "es"): a regional catalog has its
    language's rules, not none."""
    lang, source_lang = base_language(lang), base_language(source_lang)
    return list(_translation_kept(translated, lang, source_text, source_lang, kind,
                                  _data_of(source_lang), _data_of(lang)))


@lru_cache(maxsize=2048)
def _translation_kept(translated: str, lang: str, source_text: str, source_lang: str,
                      kind: str, _source_data: _Same, _data: _Same) -> tuple[Problem, ...]:
    return tuple(_translation_problems(translated, lang, source_text, source_lang, kind))


def _translation_problems(translated: str, lang: str, source_text: str, source_lang: str,
                          kind: str = "") -> list[Problem]:
    """A translation must keep the source text's numbers, phone numbers and drugs, its
    polarity (approved / not approved), its hedges and its population (in mice, in a lab);
    a notice's translation its force (a ban, "only", a denied approval), the care it
    names and its kind, each read in its own language (gate/translated_notice.py).

    Durations, doses and shares are compared by value ("two months" = "2 meses"); every
    other digit run (phone numbers, short codes, "press 1") must be kept as written, the
    same convention as the catalogs' placeholder check.
    """
    out: list[Problem] = []
    src_q = [q for q in quantities(source_text, source_lang) if q.unit]
    tr_q = [q for q in quantities(translated, lang) if q.unit]
    src_runs, tr_runs = _digit_runs(source_text, source_lang), _digit_runs(translated, lang)
    # an age given its word for years in one language and left bare in the other ("over
    # 65" = "de más de 65 años"): the same number, when the other text has it bare
    # values as read before the ages are set aside: "sesenta y cinco años" still gives 65,
    # so a bare "over 65" is kept, not named beside a real change (tester9 #21)
    as_words_src = {f"{q.value:g}" for q in src_q}
    as_words_tr = {f"{q.value:g}" for q in tr_q}
    src_q = [q for q in src_q if not _bare_age(q, tr_runs, tr_q)]
    tr_q = [q for q in tr_q if not _bare_age(q, src_runs, src_q)]
    lost_q = [s for s in src_q if not any(_same(t, s) for t in tr_q)]
    added_q = [t for t in tr_q if not any(_same(t, s) for s in src_q)]
    lost = [s.written for s in lost_q]
    added = [t.written for t in added_q]
    # a digit run already named with its unit ('2 hours') is not named again ('2')
    named_src = {f"{q.value:g}" for q in lost_q}
    named_tr = {f"{q.value:g}" for q in added_q}
    lost += sorted(r for r in src_runs - tr_runs if r not in as_words_tr and r not in named_src)
    added += sorted(r for r in tr_runs - src_runs if r not in as_words_src and r not in named_tr)
    if lost or added:
        parts = []
        if lost:
            parts.append(f"lost {', '.join(repr(w) for w in dict.fromkeys(lost))}")
        if added:
            parts.append(f"added {', '.join(repr(w) for w in dict.fromkeys(added))}")
        out.append(Problem("FAITH-TRANSLATION",
                           f"the translation {' and '.join(parts)} (the {source_lang} text "
                           "gives the numbers to keep)"))
    # the same meaning: not approved stays not approved, "may" stays a hedge, "in mice"
    # stays in mice (for languages whose rulebook says their negation can be compared)
    comparable = full_meaning(lang) and full_meaning(source_lang)
    meaning: list[Problem] = []
    if comparable:
        meaning += polarity_problems(translated, lang, source_text, source_lang)
        # modal hedges only: "some", "often" have too many renderings to demand one
        meaning += certainty_problems(translated, lang, source_text, source_lang,
                                      qualifiers=False)
        meaning += population_problems(translated, lang, source_text, source_lang)
        meaning += instruction_problems(translated, lang, source_text, source_lang)
        meaning += group_problems(translated, lang, source_text, source_lang)
        meaning += no_risk_problems(translated, lang, source_text, source_lang,
                                    translation=True)
        if not meaning:  # one finding per change
            meaning += prescription_problems(translated, lang, source_text, source_lang)
        if not meaning:
            meaning += added_permission_problems(translated, lang, source_text, source_lang)
        if not meaning and kind:  # one finding per change, as for the printed text
            from summarizer.gate.translated_notice import notice_problems  # reads this module

            meaning += notice_problems(translated, lang, source_text, source_lang, kind)
    for p in meaning:
        message = p.message.replace("the quote", f"the {source_lang} text").replace(
            "the text", "the translation")
        out.append(Problem("FAITH-TRANSLATION", message))
    if not comparable and full_meaning(source_lang):
        from summarizer.gate.translation_meaning import light_checked, meaning_problems

        if light_checked(lang):  # ar, ko, vi, zh, pt, ru: short lists, coarser checks
            for said, done in meaning_problems(translated, lang, source_text, source_lang):
                out.append(Problem("FAITH-TRANSLATION",
                                   f"the {source_lang} text {said}; the translation {done}"))
    markup = [m for m in _MARKUP.findall(translated) if m not in source_text]
    if markup:
        out.append(Problem("FAITH-TRANSLATION",
                           f"the translation holds markup the handout prints as it is "
                           f"({', '.join(map(repr, dict.fromkeys(markup)))}); the "
                           f"{source_lang} text has none: write the words alone"))
    src_d, tr_d = _named(source_text), _named(translated)
    if set(src_d) != set(tr_d):
        out.append(Problem("FAITH-TRANSLATION",
                           f"the translation names {_drug_list(tr_d)}; the {source_lang} text "
                           f"names {_drug_list(src_d)}"))
    return out


# Markup a translator's tool may leave in a string, which a handout prints literally:
# HTML tags and entities, Markdown emphasis and links.
_MARKUP = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);"
                     r"|\*\*|__(?=\w)|\[[^\]\n]+\]\([^)\s]+\)")


def added_permission_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                              ) -> list[Problem]:
    """A permission the quote gives nowhere: an act (one of the rulebook's canonical
    actions, "stop", "drive", "buy") the text says the reader may do, that the quote
    neither permits, orders, forbids nor conditions ("Take it as your doctor prescribes"
    translated with "Puede dejar de tomarlo cuando quiera" added)."""
    t_forbidden, t_allowed, t_commanded, _ = _read_instructions(text, text_lang)
    q_forbidden, q_allowed, q_commanded, q_conditional = _read_instructions(quote, quote_lang)
    said = {k for d in (q_forbidden, q_allowed, q_commanded, q_conditional) for k in d
            if not k.startswith(_VERB)}
    permits = meaning(text_lang)["permits"].pattern
    impersonal = meaning(text_lang)["impersonal_permits"].pattern
    for act, written in t_allowed.items():
        if act.startswith(_VERB) or act in t_commanded or act in said or act in t_forbidden:
            continue
        if not permits.match(written) or impersonal.match(written) or quoted_possibility(
                written, quote, quote_lang):
            # "the antibiotic can leave patches", "se puede usar mal": what may happen
            continue
        return [Problem("FAITH-POLARITY", f"the text permits {act!r} ({written!r}); the quote "
                                          "gives no such permission")]
    return []


def _content_after(text: str, at: int, function: frozenset[str], n: int = 4,
                   stop: re.Pattern[str] | None = None, content_only: bool = False,
                   ) -> list[str]:
    """The content words among the `n` words after offset `at`, in its clause (cut at
    `stop`, an "and" starting another part); `content_only`: the first `n` content words."""
    clause = re.split(r"[.;:!?,—–()]", text[at:])[0]
    if stop is not None and (cut := stop.search(clause)):
        clause = clause[:cut.start()]
    words = [w for w in re.findall(r"[^\W\d_]+", clause)[:None if content_only else n]
             if len(w) > 1 and w.casefold() not in function]
    return words[:n]


@cache
def _count_pattern() -> re.Pattern[str]:
    """A number in digits or in words of any language ("seis", "huit")."""
    from summarizer.rulebook import languages

    words: set[str] = set()
    for lang in languages():
        try:
            words |= {w for w in language(lang).number_words if w.isalpha()}
        except MissingRules:
            continue
    spelled = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?i)\d|\b(?:{spelled})\b" if spelled else r"\d")


def done_without_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                          ) -> list[Problem]:
    """A step the quote asks for ("get advice from your GP before your first float",
    "sale on the order of a practitioner", "consultá con tu médico antes") printed as
    done without it ("can float without seeing their GP", "sin consultar"): a content word
    of the few after the text's `without` that the quote names, neither after its own
    `without` nor negated."""
    t_without, q_without = meaning(text_lang)["done_without"], meaning(quote_lang)["done_without"]
    if not t_without.entries or not q_without.entries:
        return []
    function = function_words(quote_lang) | function_words(text_lang)

    def key(w: str) -> str:
        return _stem(w)[:5]  # "checks" and "checking", "consultá" and "consultar"

    # Every word below is compared by key(): what the quote says, what it denies, what
    # it spares and what it sets aside, so "pharmacy" is the "pharmacist" the quote
    # spares as well as the one it names (a full stem spared only the same form)
    spared: set[str] = set()  # what the quote itself says may go without
    for m in q_without.pattern.finditer(quote):  # "sans l'avis de votre dentiste": 4 words
        spared |= {key(w) for w in _content_after(quote, m.end(), function,
                                                  content_only=True)}
    # and what it sets aside: "smooth it on rather than rubbing it in" printed "without
    # rubbing" (faith31)
    set_aside = {key(w) for m in meaning(quote_lang)["instead_of"].pattern.finditer(quote)
                 for w in _content_after(quote, m.end(), function, content_only=True)}
    rules, t_rules = language(quote_lang), language(text_lang)
    said: dict[str, str] = {}
    denied: set[str] = set()  # "no tiene registro": the quote goes without it too
    for m in re.finditer(r"[^\W\d_]{2,}", quote):
        w = m.group(0)
        if w.casefold() in function:
            continue
        if _negated_at(quote, m.start(), rules):
            denied.add(key(w))
        else:
            said.setdefault(key(w), w)
    denied_forms = {_fold(w) for w in denied}

    def is_denied(w: str) -> bool:  # "without rinsing" for "don't rinse"
        return key(w) in denied or any(_another_form(_fold(w), d) for d in denied_forms)

    # "with or without food": either way, nothing left out
    either = meaning(text_lang)["either_with_or"]
    joins = connectives.alternation("coordinators")  # "and", "y", "et", "und": another part begins
    stop = re.compile(rf"(?i)\b(?:{joins})\b") if joins else None
    modal = meaning(text_lang)["modal_permits"].pattern
    # "sold over the counter" printed "bought without a prescription": the quote's own words
    otc = meaning(quote_lang)["no_prescription"].search(quote)
    t_otc = meaning(text_lang)["no_prescription"].pattern
    for m in t_without.pattern.finditer(text):
        if _negated_at(text, m.start(), t_rules, reach=6):
            continue  # "never swim without someone watching": the step kept
        if otc and t_otc.match(text, m.start()):
            continue
        head = re.split(r"[.;:!?]", text[:m.start()])[-1]
        if head.strip() and not modal.search(head) and modal.search(
                re.split(r"[.;:!?]", text[m.end():])[0]):
            continue  # "Stopping without your doctor's help can cause withdrawal": a warning
        if either.entries and re.search(rf"(?i)(?:{either.pattern.pattern})\s*$", head):
            continue
        # "without perfume and a sunscreen": what goes without ends at the "and"; and at a
        # number ("sin comer durante seis horas": the hours are how long, not what is left
        # out, faith31)
        after = _content_after(text, m.end(), function, stop=stop)
        counted = _count_pattern().search(text, m.end())
        if counted and len(_content_after(text[:counted.start()], m.end(), function,
                                          stop=stop)) < len(after):
            after = after[:1]  # "sans manger depuis douze heures": only "manger"
        if any(is_denied(w) for w in after):
            continue
        for w in after:
            if key(w) in spared or key(w) in set_aside or key(w) not in said:
                continue
            return [Problem("FAITH-POLARITY", f"the text says it is done {m.group(0)} "
                                              f"{w!r}; the quote asks for it "
                                              f"({_phrase(quote, said[key(w)])})")]
    return []


def avoided_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                     ) -> list[Problem]:
    """An act the quote sets aside ("see your doctor *rather than spraying again*",
    "llame *en lugar de tomar otra dosis*") printed as permitted ("you can use the spray
    again"): the content words after the quote's `instead_of` phrase, found in a clause
    of the text that permits something, its own "instead of" phrase left out."""
    q_instead, t_instead = meaning(quote_lang)["instead_of"], meaning(text_lang)["instead_of"]
    if not q_instead.entries or not t_instead.entries or not q_instead.search(quote):
        return []
    function = function_words(quote_lang) | function_words(text_lang)
    avoided: dict[str, str] = {}
    for m in q_instead.pattern.finditer(quote):
        tail = re.split(r"[.;:!?,]", quote[m.end():])[0]
        for w in re.findall(r"[^\W\d_]{4,}", tail)[:3]:
            if w.casefold() not in function:
                avoided.setdefault(_stem(w), f"{m.group(0)} {tail.strip()}")
    if not avoided:
        return []
    plain = t_instead.pattern.sub(lambda m: "." + " " * (len(m.group(0)) - 1), text)
    _, allowed, commanded, conditional = _read_instructions(plain, text_lang)
    permitted = {**{a: w for a, (w, _) in conditional.items()},
                 **{a: w for a, w in allowed.items() if a not in commanded}}
    for _act, written in permitted.items():
        hit = [w for w in re.findall(r"[^\W\d_]{4,}", written) if _stem(w) in avoided]
        if hit:
            said = avoided[_stem(hit[0])]
            return [Problem("FAITH-POLARITY", f"the quote sets it aside ({said!r}); the text "
                                              f"permits it ({written!r})")]
    return []


def mixed_result_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                          ) -> list[Problem]:
    """Mixed or contradictory results ("gave mixed results", "resultados
    contradictorios", "widersprüchliche Ergebnisse") printed as a clear one ("found clear
    benefits", "un bénéfice clair"): the `mixed_results` and `clear_results` lists."""
    q_mixed, t_mixed = meaning(quote_lang)["mixed_results"], meaning(text_lang)["mixed_results"]
    clear = meaning(text_lang)["clear_results"]
    if not q_mixed.entries or not clear.entries:
        return []
    said = q_mixed.find(quote)
    printed = [m.group(0) for m in clear.pattern.finditer(text)
               if not _negated_at(text, m.start(), language(text_lang))]
    if said and printed and not t_mixed.search(text):
        return [Problem("FAITH-CERTAINTY", f"the quote says the results are {said[0]!r}; "
                                           f"the text calls them {printed[0]!r}")]
    return []


def waived_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                    ) -> list[Problem]:
    """A step the quote requires or describes ("tell your doctor first", "your doctor
    will check your heart with an ECG") printed as not needed ("no heart check is
    needed", "no hace falta decírselo"): a phrase of the `[reversals]` waivers list in the
    text whose clause shares a content word with a quote that waives nothing (reversals'
    waived_duty_problems reads the verb after the phrase; this reads the whole clause)."""
    from summarizer.gate.reversals import reversal_list  # it reads this module

    t_waive, q_waive = reversal_list(text_lang, "waivers"), reversal_list(quote_lang, "waivers")
    if not t_waive.entries or not q_waive.entries or q_waive.search(quote) or \
            reversal_list(quote_lang, "alternatives").search(quote):
        return []  # "with or without food": a waiver restates it
    function = function_words(quote_lang) | function_words(text_lang)
    said = {_stem(w) for w in re.findall(r"[^\W\d_]{4,}", quote)
            if w.casefold() not in function}
    def content(part: str) -> list[str]:
        return [w for w in re.findall(r"[^\W\d_]{4,}", part) if w.casefold() not in function]

    for m in t_waive.pattern.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in ".;:,!?")
        end = min((i for i in (text.find(c, m.end()) for c in ".;:,!?") if i >= 0),
                  default=len(text))
        # what is waived: inside the phrase ("no heart check is needed"), the two words
        # after it ("no need to tell your doctor"), or, at the clause's end, the words
        # before it ("eine Prüfung der Leberwerte ist nicht nötig"); not the circumstances
        # ("you do not need to bring anything to your visits")
        waived = content(m.group(0)) + (content(text[m.end():end])[:2]
                                        or content(text[start + 1:m.start()])[-3:])
        shared = [w for w in waived if _stem(w) in said and not t_waive.pattern.fullmatch(w)]
        if shared:
            return [Problem("FAITH-POLARITY", f"the text says it is not needed "
                                              f"({m.group(0)!r}: {shared[0]!r}); the quote "
                                              "does not waive it")]
    return []


def prescription_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                          ) -> list[Problem]:
    """Only on prescription printed as without one ("Buy it only with a prescription" ->
    "Compre sin receta"), by the `prescription_only` and `no_prescription` lists; a
    negated phrase ("No lo compre sin receta") keeps the quote's sense."""
    def said(text: str, lang: str, name: str) -> list[str]:
        rules = language(lang)
        return [m.group(0) for m in meaning(lang)[name].pattern.finditer(text)
                if not _negated_at(text, m.start(), rules, reach=4)]

    if not meaning(quote_lang)["no_prescription"].entries or \
            not meaning(text_lang)["no_prescription"].entries:
        return []
    only, free = said(quote, quote_lang, "prescription_only"), said(quote, quote_lang,
                                                                     "no_prescription")
    # the status itself denied ("ist nicht verschreibungspflichtig", "not a
    # prescription-only medicine", "no es de venta bajo receta") is printed as free too
    t_rules = language(text_lang)
    printed = said(text, text_lang, "no_prescription") + [
        m.group(0) for m in meaning(text_lang)["prescription_only"].pattern.finditer(text)
        if _negated_at(text, m.start(), t_rules, reach=4)]
    if only and not free and printed:
        return [Problem("FAITH-POLARITY", f"the quote says {only[0]!r}; the text says "
                                          f"{printed[0]!r}")]
    return []


def _drug_list(named: dict[str, str]) -> str:
    """"esketamine ('艾司氯胺酮…')": the canonical name, and the words as written when they
    differ (a Chinese form spans its whole run of characters: shown cut short)."""
    if not named:
        return "no drug"
    shown = []
    for name, written in sorted(named.items()):
        cut = written if len(written) <= 24 else written[:24] + "…"
        shown.append(name if written.casefold() == name.casefold() else f"{name} ({cut!r})")
    return ", ".join(shown)


def meaning_checked(lang: str) -> bool:
    """Are polarity, hedges, population and instructions of a translation checked in this
    language: with its full word lists (its rulebook says so), or with the short
    `[translation_meaning]` lists (gate/translation_meaning.py)? False without either."""
    if full_meaning(lang):
        return True
    from summarizer.gate.translation_meaning import light_checked

    return light_checked(lang)


def pair_meaning_checked(lang: str, source_lang: str) -> bool:
    """Is the meaning of a translation into `lang` checked against a `source_lang` text?
    Only from a source with full lists: into a full language, or into one with the short
    lists (as _translation_problems runs them)."""
    return full_meaning(source_lang) and meaning_checked(lang)


def full_meaning(lang: str) -> bool:
    """Does the language's word file say its meaning lists are complete?"""
    try:
        return language(lang).meaning_checks
    except MissingRules:
        return False


_NOTICE_KINDS = frozenset({"crisis-line", "regulatory", "supervision", "self-medication",
                           "side-effects", "educational"})


def check_rewrite(quote: str, text: str, lang: str, kind: str = "",
                  context: str = "") -> list[Problem]:
    """(quote, printed text) -> problems, for the honesty benchmark and other callers.

    `kind` is a notice kind, or a claim's evidence tag / "" for a claim. `context`: what
    the handout is about (its title), which "the drug" of a quote naming none may be.
    """
    notice = kind in _NOTICE_KINDS
    found = compare(text, quote, lang, kind=kind if notice else "claim", context=context,
                    evidence="" if notice else kind)
    if notice and not found:  # the gate's FAITH-NOTICE-KIND too (gate/kept_kind.py); one
        # finding per change: an inverted order says it already
        from summarizer.gate.kept_kind import problems

        found += problems(kind, quote, text, lang)
    if notice and not found:  # and the gate's FAITH-MEANING, which blocks as they do
        found += meaning_problems(kind, quote, text, lang)
    return found


def meaning_problems(kind: str, quote: str, text: str, lang: str) -> list[Problem]:
    """The trained check's verdict (gate/faith_model.py) on a notice every rule passes:
    FAITH-MEANING, an error. Only the kinds it was measured on are asked (claims and
    crisis lines are the rules'); the model is read on first use, not on import."""
    from summarizer.gate import faith_model

    if kind not in faith_model.ASKED:
        return []
    why = faith_model.meaning_problem(quote, text, lang)
    return [Problem("FAITH-MEANING", why)] if why else []


# Results kept per input depend on the word lists too: a reload forgets them (tests, and a
# clinic's edited lists in a long-running editor).
for _kept in (_count_pattern, polarity, _clauses, written_in, quantities, _bare_numbers,
              _denied_objects, _read_instructions, quote_certainty, groups, _named, _drug_like):
    on_reload(_kept.cache_clear)


# --------------------------------------------------------------------------- contrary acts

@lru_cache(maxsize=16)
def _contrary_acts(lang: str) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """The language's `contrary_acts` pairs ("ORDER => CONTRARY"), compiled once per
    rulebook load; none for a language without the list."""
    pairs = []
    for entry in section(lang, "faithfulness").get("contrary_acts", ()):
        order, _, contrary = entry.partition("=>")
        pairs.append(tuple(re.compile(rf"(?i)(?<!\w)(?:{p.strip()})(?!\w)")
                           for p in (order, contrary)))
    return tuple(pairs)  # type: ignore[return-value]


on_reload(_contrary_acts.cache_clear)


def _order_negated(quote: str, hit: re.Match[str], m: _Meaning) -> bool:
    """Is the order itself denied ("do not bring it", "n'emportez pas", "nehmen Sie …
    nicht mit")? The three words before it and the two after, within its clause."""
    before = re.split(r"[,;:.!?]", quote[:hit.start()])[-1].split()[-3:]
    after = re.split(r"[,;:.!?]", quote[hit.end():])[0].split()[:2]
    neg = m["instruction_negation"].pattern
    return any(neg.fullmatch(w.strip("\"'“”«»")) or (neg.match(w) and re.search("['’]", w))
               for w in (*before, *after))


def _shares_a_word(a: str, b: str) -> bool:
    """Do two passages name one thing (a word of five letters or more, by its first
    five)? An order and its contrary about different things are no inversion."""
    def heads(s: str) -> set[str]:
        return {w.casefold()[:5] for w in re.findall(r"[^\W\d_]{5,}", s)}
    return bool(heads(a) & heads(b))


def _after_the_end(text: str, hit: re.Match[str], quote: str, said: str, lang: str) -> bool:
    """Is a contrary act said for after the end the quote gives its order? Either the end
    is kept and a "then" opens the contrary's clause ("continue until the pack is
    finished" -> "take it until the pack is finished, then you can stop"), or the contrary
    comes with a condition naming that end ("keep taking them until your doctor tells you
    to stop" -> "you can stop them once your doctor tells you to"); not a "before the
    test" the text opens with, nor a condition of its own ("once you feel better")."""
    if not _bounded(quote, said, lang):
        return False
    tm = meaning(lang)
    before = text[:hit.start()]
    bounds = list(tm["prohibition_bounds"].pattern.finditer(before))
    if bounds:
        clause = re.split(r"[,;:]", before[bounds[-1].end():])
        opening = clause[-1].split()[:1] if len(clause) > 1 else []
        then = language(base_language(lang))["then_words"].pattern
        if any(then.fullmatch(w) for w in opening):
            return True
    after = re.split(r"[;.!?]", text[hit.end():])[0]
    condition = tm["permission_conditions"].pattern.search(after)
    ends = list(tm["prohibition_bounds"].pattern.finditer(quote))
    return bool(condition and ends
                and _shares_a_word(after[condition.end():], quote[ends[-1].end():]))


def contrary_act_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                          ) -> list[Problem]:
    """An order printed as its contrary: the quote tells the reader to avoid, stop,
    postpone, bring, tell or wait, and the text permits the act, orders the opposite one
    or says it is not needed ("avoid fruit" -> "eat plenty of fruit", "reportez la
    vaccination" -> "faites quand même le vaccin", "Emportez l'antibiotique" -> "Laissez
    l'antibiotique à la maison"). The pairs are the language's `contrary_acts`; the text
    that keeps the order, or a quote that says the contrary too, is left alone."""
    if base_language(text_lang) != base_language(quote_lang):
        return []
    m = meaning(text_lang)
    for order, contrary in _contrary_acts(base_language(text_lang)):
        said = next((h for h in order.finditer(quote) if not _order_negated(quote, h, m)),
                    None)
        kept = contrary.sub(lambda h: " " * len(h.group(0)), text)  # "aucun suivi"
        if said is None or order.search(kept) or contrary.search(quote):
            continue
        for hit in contrary.finditer(text):
            if _order_negated(text, hit, m) and not m["instruction_negation"].pattern.search(
                    hit.group(0)):
                continue
            if _after_the_end(text, hit, quote, said.group(0), text_lang):
                continue
            clause = re.split(r"[;.!?]", text[hit.start():])[0]
            start = max(text.rfind(c, 0, hit.start()) for c in ";.!?")
            if _shares_a_word(text[start + 1:hit.start()] + clause, quote):
                return [Problem("FAITH-POLARITY", f"the quote orders an act ({said.group(0)!r}); "
                                                  f"the text says the contrary ({hit.group(0)!r})")]
    return []
