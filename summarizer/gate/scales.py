"""Words on a scale, moved along it: how often ("once a week" printed as "daily"), which
way a comparison goes ("fewer headaches" as "more headaches", "more slowly" as
"faster"), and how many without a number ("some patients" as "most patients", "rare" as
"common").

Each scale is data in the `[faithfulness]` table of words/<lang>.toml: `frequencies`
(canonical frequency -> its forms), `directions.<scale>` (`up` and `down` forms) and
`quantifiers` (few, some, many, most, all). A language without them gets none of these
checks. Pure: strings and language codes in, problems out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from summarizer.gate.faithfulness import Problem, _counts, _negated_at
from summarizer.rulebook import (
    Language,
    MissingRules,
    WordList,
    in_every_language,
    language,
    section,
)

# few and some are one band, many and most another, all a third: "a few" for "some" keeps
# the meaning, "most" for "some" does not. Ranks order the keys: a text may say less than
# its quote ("some" for "often"), never more, and never "few" or "rare" for "many".
_BANDS = {"none": "none", "few": "few", "some": "few", "many": "many", "most": "many",
          "all": "all"}
_RANKS = {"none": 0, "few": 1, "some": 2, "many": 3, "most": 4, "all": 5}


@dataclass(frozen=True)
class _Scales:
    frequencies: tuple[tuple[str, WordList], ...]
    directions: tuple[tuple[str, WordList, WordList], ...]  # scale, up, down
    quantifiers: tuple[tuple[str, WordList], ...]
    idioms: WordList  # comparison words that compare nothing ("at least", "or more")
    degree: WordList  # degree words after a negation ("not very", "did not last long")
    eliminations: WordList  # an effect printed as total ("removed the risk")
    before: WordList
    after: WordList


@lru_cache(maxsize=64)  # keyed by the rulebook's table: rebuilt when it reloads
def _scales_of(lang: str, table_id: int) -> _Scales:
    table = section(lang, "faithfulness")

    def lists(name: str) -> tuple[tuple[str, WordList], ...]:
        return tuple((k, WordList(k, lang, tuple(v)))
                     for k, v in table.get(name, {}).items() if isinstance(v, list))

    directions = tuple(
        (scale, WordList(scale, lang, tuple(sides.get("up", ()))),
         WordList(scale, lang, tuple(sides.get("down", ()))))
        for scale, sides in table.get("directions", {}).items() if isinstance(sides, dict))
    def words(name: str) -> WordList:
        return WordList(name, lang, tuple(table.get(name, ())))

    return _Scales(lists("frequencies"), directions, lists("quantifiers"),
                   words("comparison_idioms"), words("degree_after_negation"),
                   words("eliminations"), words("timing_before"), words("timing_after"))


def _scales(lang: str) -> _Scales:
    return _scales_of(lang, id(section(lang, "faithfulness")))


def quantifier_band(lang: str, band: str) -> WordList | None:
    """One band of the language's `[faithfulness.quantifiers]` ("all": "always",
    "siempre"), or None when it has none."""
    return dict(_scales(lang).quantifiers).get(band)


def _rules(lang: str) -> Language | None:
    try:
        return language(lang)
    except MissingRules:
        return None


def _found(text: str, named: tuple[tuple[str, WordList], ...], rules: Language,
           units: dict[str, str] | None = None) -> dict[str, str]:
    """key -> the first form as written, for every key whose forms `text` holds; where two
    keys' forms overlap the longer wins ("poco frecuentes" is few, not "frecuentes");
    a negated form ("not common", "do not happen often") counts for none, nor one before
    a unit of `units` ("several weeks" is a vague duration, not how many people)."""
    hits = sorted(((m.start(), m.end(), key, m.group(0)) for key, forms in named
                   for m in forms.pattern.finditer(text)), key=lambda h: h[0] - h[1])
    taken: list[tuple[int, int]] = []
    out: dict[str, str] = {}
    for start, end, key, written in hits:
        if any(start < b and a < end for a, b in taken):
            continue
        taken.append((start, end))
        after = re.findall(r"[^\W\d_]+", text[end:])[:1]
        if units and after and units.get(after[0].casefold(), "times") != "times":
            continue  # (not "rara vez", "few times": how often, not for how long)
        # "no le funciona a todo el mundo": "not all" may sit a pronoun and a verb away
        if not _negated_at(text, start, rules, 4 if key == "all" else 3):
            out.setdefault(key, written)
    return out


@lru_cache(maxsize=2048)  # quotes repeat on every re-check: read once
def _kept_found(quote: str, lang: str, table: str) -> dict[str, str]:
    """_found for a quote: frequencies, or quantifiers (vague durations left out)."""
    from summarizer.gate.faithfulness import number_rules

    rules = _rules(lang)
    if rules is None:
        return {}
    if table == "frequencies":
        return _found(quote, _scales(lang).frequencies, rules)
    return _found(quote, _scales(lang).quantifiers, rules, number_rules(lang).units)


@lru_cache(maxsize=2048)
def _kept_directions(quote: str, lang: str) -> dict[str, tuple[str, str]]:
    rules = _rules(lang)
    return _directions(quote, lang, rules) if rules is not None else {}


def negated_quantity(text: str, start: int, lang: str) -> bool:
    """Is there a quantifier or a degree word in the words after `start` ("do not happen
    *often*", "are not *common*", "did not *last long*")? Such a negation says how often
    or how much, not that it never happens."""
    rules = _rules(lang)
    if rules is None:
        return False
    near = " ".join(re.findall(r"[^\W\d_]+", text[start:])[:4])
    return (any(forms.search(near) for _, forms in _scales(lang).quantifiers)
            or _scales(lang).degree.search(near) is not None)


# Days between two doses for each named frequency (as_needed has none).
_PERIOD_DAYS = {"daily": 1.0, "twice_daily": 0.5, "alternate_days": 2.0, "weekly": 7.0,
                "twice_weekly": 3.5, "fortnightly": 14.0, "monthly": 30.4, "yearly": 365.25,
                "occasional": -1.0}  # "now and then": no number, equal only to itself


def _count_before(before: re.Match[str] | None, num: Language, rules: Language,
                  ) -> float | None:
    """The count of "three times" or of "dreimal" just before a named frequency."""
    from summarizer.gate.faithfulness import _number

    if before is None:
        return None
    found = before.groupdict()
    if found.get("n"):
        return _number(found["n"], num)
    return rules.multiplier_words.get((found.get("m") or "").casefold())


def periods(text: str, lang: str) -> dict[str, float | None]:
    """How often, as written -> days between two times (None: "as needed"): named
    frequencies ("daily", "twice a week"), "every N units" ("every four weeks" = 28) and
    "N times a unit" ("2 veces cada día" = 0.5). Where two readings overlap, the longer
    wins ("2 veces cada día" is not "cada día")."""
    from summarizer.gate.faithfulness import _DAYS, _number, number_rules

    rules = _rules(lang)
    if rules is None:
        return {}
    table = section(lang, "faithfulness")
    spans: list[tuple[int, int, str, float | None]] = []
    units, num = number_rules(lang).units, number_rules(lang)
    every = "|".join(table.get("frequency_every", ()))
    times = "|".join(table.get("frequency_times", ()))
    # "three times daily": a named frequency with a count before it; "dreimal täglich":
    # the count and its "times" written as one word
    mult = "|".join(sorted(map(re.escape, rules.multiplier_words), key=len, reverse=True))
    counts = [f"(?P<n>[^\\W_]+)[\\s-]+(?:{times})"] if times else []
    counts += [f"(?P<m>{mult})"] if mult else []
    counted = re.compile(rf"(?i)\b(?:{'|'.join(counts)})\s+$") if counts else None
    for key, forms in _scales(lang).frequencies:
        for m in forms.pattern.finditer(text):
            days, start = _PERIOD_DAYS.get(key), m.start()
            before = counted.search(text[max(0, start - 30):start]) if counted else None
            n = _count_before(before, num, rules)
            if n and days:
                days, start = days / n, start - len(before.group(0))
            spans.append((start, m.end(), text[start:m.end()], days))
    per = "|".join(table.get("frequency_per", ()))
    readings = []
    if every:
        readings.append((rf"(?i)\b(?:{every})\s+(?:(?P<n>[^\W_]+)\s+)?(?P<unit>[^\W\d_]+)\b",
                         False))
    if times and per:
        readings.append((rf"(?i)\b(?P<n>[^\W_]+)[\s-]+(?:{times})\s+(?:{per})\s+"
                         rf"(?P<unit>[^\W\d_]+)\b", True))
    if mult and per:
        readings.append((rf"(?i)\b(?P<m>{mult})\s+(?:{per})\s+(?P<unit>[^\W\d_]+)\b", True))
    for pattern, divides in readings:
        for m in re.finditer(pattern, text):
            unit = units.get(m.group("unit").casefold())
            n_word = m.groupdict().get("n") or ""
            if unit not in _DAYS and not divides and units.get(n_word.casefold()) in _DAYS:
                # "every hour through the night": the unit read as the count
                spans.append((m.start(), m.start("n") + len(n_word),
                              text[m.start():m.start("n") + len(n_word)],
                              _DAYS[units[n_word.casefold()]]))
                continue
            if unit not in _DAYS:
                continue
            if "m" in m.groupdict() and m.group("m"):
                n = rules.multiplier_words.get(m.group("m").casefold())
            elif m.group("n"):
                n = _number(m.group("n"), num)
            else:
                n = 1.0
            if not n:
                continue  # "every other day", "every single day": named, or no count
            days = _DAYS[unit] / n if divides else _DAYS[unit] * n
            spans.append((m.start(), m.end(), m.group(0), days))
    spans += _ranges(text, lang, every, times, per, mult)
    spans.sort(key=lambda sp: sp[0] - sp[1])  # longest first
    taken: list[tuple[int, int]] = []
    out: dict[str, float | None] = {}
    for start, end, written, days in spans:
        if any(start < b and a < end for a, b in taken):
            continue
        taken.append((start, end))
        out.setdefault(written, days)
    return out


def _ranges(text: str, lang: str, every: str, times: str, per: str, mult: str,
            ) -> list[tuple[int, int, str, float | None]]:
    """The two ends of a range of how often, each its own period: "every six to twelve
    months" (every six months, every twelve), "once or twice a year", "zweimal bis viermal
    im Jahr" (once a year, twice)."""
    from summarizer.gate import connectives
    from summarizer.gate.faithfulness import _DAYS, _number, number_rules

    num = number_rules(lang)
    between = "|".join(sorted(re.escape(w) for w in connectives.words("range_words")
                              if w.isalpha()))
    units = num.units
    if not between:
        return []
    out: list[tuple[int, int, str, float | None]] = []
    if every:
        rx = (rf"(?i)\b(?:{every})\s+(?P<n>[^\W_]+)\s+(?:{between})\s+(?P<n2>[^\W_]+)\s+"
              rf"(?P<unit>[^\W\d_]+)\b")
        for m in re.finditer(rx, text):
            unit = units.get(m.group("unit").casefold())
            n, n2 = _number(m.group("n"), num), _number(m.group("n2"), num)
            if unit in _DAYS and n and n2:
                out += [(m.start(), m.end("n"), text[m.start():m.end("n")], _DAYS[unit] * n),
                        (m.start("n2"), m.end(), text[m.start("n2"):m.end()],
                         _DAYS[unit] * n2)]
        # "every day or two": the unit once, then its other end in a number alone
        rx = (rf"(?i)\b(?:{every})\s+(?P<unit>[^\W\d_]+)\s+(?:{between})\s+"
              rf"(?P<n2>[^\W_]+)\b")
        for m in re.finditer(rx, text):
            unit = units.get(m.group("unit").casefold())
            n2 = _number(m.group("n2"), num)
            after = re.findall(r"[^\W\d_]+", text[m.end():])[:1]
            if unit in _DAYS and n2 and not (after and after[0].casefold() in units):
                out += [(m.start(), m.end("unit"), text[m.start():m.end("unit")], _DAYS[unit]),
                        (m.start("n2"), m.end(), m.group("n2"), _DAYS[unit] * n2)]
    if per:
        count = (rf"(?:{mult})|[^\W_]+(?:[\s-]+(?:{times}))?" if mult
                 else rf"[^\W_]+(?:[\s-]+(?:{times}))?")
        rx = (rf"(?i)\b(?P<a>{count})\s+(?:{between})\s+(?P<b>{count})\s+(?:{per})\s+"
              rf"(?P<unit>[^\W\d_]+)\b")
        for m in re.finditer(rx, text):
            unit = units.get(m.group("unit").casefold())
            n, n2 = (_rules(lang).multiplier_words.get(m.group(g).casefold())
                     or _number(m.group(g).split()[0].split("-")[0], num) for g in "ab")
            if unit in _DAYS and n and n2:
                out += [(m.start("a"), m.end("a"), m.group("a"), _DAYS[unit] / n),
                        (m.start("b"), m.end(), text[m.start("b"):m.end()], _DAYS[unit] / n2)]
    return out


@lru_cache(maxsize=2048)  # quotes repeat on every re-check: read once
def _kept_periods(quote: str, lang: str) -> dict[str, float | None]:
    return periods(quote, lang)


def _same_period(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 0.1 * max(a, b)


def frequency_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                       ) -> list[Problem]:
    """How often changed, where the quote says how often ("daily" for "once a week",
    "every week" for "every four weeks", "as needed" for "twice a day")."""
    said = _kept_periods(quote, quote_lang)
    if not said:
        return _schedule_problems(text, text_lang, quote, quote_lang)
    extra = [w for w, days in periods(text, text_lang).items()
             if not any(_same_period(days, d) for d in said.values())]
    if not extra:
        return []
    return [Problem("FAITH-NUMBER", f"the text says {extra[0]!r}; the quote says "
                                    f"{', '.join(map(repr, said))}")]


def _schedule_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                       ) -> list[Problem]:
    """A quote that gives times, not a frequency ("again at 3, 6, 12 and 24 weeks"), printed
    with a period that is none of its times nor a gap between two ("once a year"). A text
    period of under a week is left alone ("take it daily for 4 weeks")."""
    from summarizer.gate.faithfulness import _DAYS, quantities

    times = sorted({q.value * _DAYS[q.unit] for q in quantities(quote, quote_lang)
                    if q.unit in _DAYS})
    if not times:
        return []
    allowed = [*times, *(b - a for a, b in pairwise(times))]
    for written, days in periods(text, text_lang).items():
        if days is None or days < 7 or any(_same_period(days, t) for t in allowed):
            continue
        said = ", ".join(repr(q.written) for q in quantities(quote, quote_lang)
                         if q.unit in _DAYS)
        return [Problem("FAITH-NUMBER", f"the text says {written!r}; the quote gives the "
                                        f"times {said}, not that")]
    return []


def _directions(text: str, lang: str, rules: Language) -> dict[str, tuple[str, str]]:
    """scale -> (an "up" form as written or "", a "down" form or ""), comparisons with a
    number ("more than 1,300") and negated ones ("no better than") left out."""
    out: dict[str, tuple[str, str]] = {}
    idioms = _scales(lang).idioms.pattern  # "at least 60 %", "o más": no comparison
    text = idioms.sub(lambda m: " " * len(m.group(0)), text)
    from summarizer.gate.faithfulness import meaning

    drops, gains = meaning(lang)["change_down_words"], meaning(lang)["change_better_words"]
    for scale, up, down in _scales(lang).directions:
        seen = _found(text, (("up", up), ("down", down)), rules)
        found: dict[str, str] = {}
        for side in ("up", "down"):
            written = seen.get(side)
            if written is None:
                continue
            found.setdefault(side, written)
            at = text.find(written)
            tail = re.sub(r"^\W*(?:than|que|als)\b", "", text[at + len(written):].lstrip(),
                          flags=re.IGNORECASE)
            if _counts(tail, lang):
                found.pop(side)
                continue
            if scale != "amount":
                continue
            # the size of a change, not a level: "larger drops in depression scores" is
            # printed as "felt less depressed" or "improved more"; which way the illness
            # goes is not read from the word "larger"
            after = " ".join(re.findall(r"[^\W\d_]+", tail)[:2])
            if (drops.entries and drops.pattern.match(after)) or (
                    gains.entries and gains.pattern.match(after)):
                found.pop(side)
        if found:
            out[scale] = (found.get("up", ""), found.get("down", ""))
    return out


def direction_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                       ) -> list[Problem]:
    """A comparison turned around: a scale the quote uses one way only ("fewer"), printed
    the other way only ("more")."""
    t_rules, q_rules = _rules(text_lang), _rules(quote_lang)
    if t_rules is None or q_rules is None:
        return []
    said = _kept_directions(quote, quote_lang)
    if not any(bool(up) != bool(down) for up, down in said.values()):
        return []  # the quote compares nothing one way only: the text is not read
    for scale, (t_up, t_down) in _directions(text, text_lang, t_rules).items():
        q_up, q_down = said.get(scale, ("", ""))
        if bool(q_up) == bool(q_down) or bool(t_up) == bool(t_down):
            continue  # the quote or the text goes both ways, or neither
        if bool(q_up) != bool(t_up):
            return [Problem("FAITH-COMPARISON",
                            f"the quote says {q_up or q_down!r}; the text turns it around "
                            f"({t_up or t_down!r})")]
    return []


def quantifier_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                        ) -> list[Problem]:
    """How many or how often moved up to another band ("most" or "common" for a quote's
    "some" or "rare", "always" for its "usually"), or down to "few" or "rare" for a
    quote's "many" or "common" (FAITH-NUMBER). "Some" for "often" says less, not else."""
    from summarizer.gate.faithfulness import number_rules

    t_rules, q_rules = _rules(text_lang), _rules(quote_lang)
    if t_rules is None or q_rules is None:
        return []
    said = _kept_found(_without_compared_frequency(quote, quote_lang), quote_lang,
                       "quantifiers") or _rarer(quote, quote_lang)
    if not said:
        return []
    bands = {_BANDS.get(k, k) for k in said}
    top = max(_RANKS.get(k, 0) for k in said)
    printed = _found(_without_compared_frequency(text, text_lang),
                     _scales(text_lang).quantifiers, t_rules, number_rules(text_lang).units)
    # "a few people" for the quote's "some people" beside its "often", the text keeping a
    # word of the quote's many band too: each said again, not "few" for "often"
    kept_both = "few" in bands and any(_BANDS.get(k) == "many" for k in printed)
    extra = [w for k, w in printed.items()
             if (_BANDS.get(k, k) not in bands and _RANKS.get(k, 0) > top)
             or (k == "few" and k not in said and top >= _RANKS["many"] and not kept_both)
             # "some people had headaches" -> "nobody had headaches": a harm denied
             or (k == "none" and k not in said and top >= _RANKS["few"]
                 and not _restates_a_denial(text, w, quote, quote_lang))]
    if not extra:
        return []
    return [Problem("FAITH-NUMBER", f"the text says {extra[0]!r}; the quote says "
                                    f"{', '.join(map(repr, said.values()))}")]


def _without_compared_frequency(text: str, lang: str) -> str:
    """The text with its compared frequencies blanked ("more rarely", "less often",
    "seltener"): how often against something else, read by direction_problems, not a
    band of how many ("often")."""
    for scale, up, down in _scales(lang).directions:
        if scale == "frequency":
            for words in (up, down):
                text = words.pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text


def _rarer(quote: str, lang: str) -> dict[str, str]:
    """{"few": the words} when the quote's only how-often is "more rarely" or "less often"
    (the next, rarer items of a list of harms): a text's "often" or "common" for it moves
    it to another band, while "in rare cases" or "less often" keeps it."""
    for scale, _up, down in _scales(lang).directions:
        if scale == "frequency" and (m := down.pattern.search(quote)):
            return {"few": m.group(0)}
    return {}


def _restates_a_denial(text: str, none: str, quote: str, quote_lang: str) -> bool:
    """Is the text's "no one" / "nobody" the quote's own denial said with another subject
    ("no one has compared it" for "it has not been compared", "nobody got a placebo" for
    "there was no placebo arm"): a content word of the few after it negated in the quote?"""
    at = text.find(none)
    after = re.split(r"[.;:!?,]", text[at + len(none):])[0]
    stems = {w.casefold()[:5] for w in re.findall(r"[^\W\d_]{4,}", after)[:4]}
    rules = language(quote_lang)
    return any(m.group(0).casefold()[:5] in stems and _negated_at(quote, m.start(), rules)
               for m in re.finditer(r"[^\W\d_]{4,}", quote))


def _timed(text: str, lang: str) -> dict[str, set[str]]:
    """"before" and "after" -> the content words (5-letter stems) of what follows each
    ("before the scan" -> {"scan"})."""
    sc = _scales(lang)
    skip_pat = _role_skip(lang, tuple(section(lang, "reversals").get("role_skip", ()))).pattern
    skip_words = _determiners(in_every_language("determiners"))
    out: dict[str, set[str]] = {"before": set(), "after": set()}
    for side, words in (("before", sc.before), ("after", sc.after)):
        for m in words.pattern.finditer(text):
            following = re.findall(r"[^\W\d_]{3,}", re.split(r"[,;:.!?]", text[m.end():])[0])
            out[side] |= {w.casefold()[:5] for w in following[:3]
                          if not skip_pat.fullmatch(w) and w.casefold() not in skip_words}
    return out


@lru_cache(maxsize=64)
def _role_skip(lang: str, entries: tuple[str, ...]) -> WordList:
    return WordList("role_skip", lang, entries)


@lru_cache(maxsize=4)
def _determiners(entries: tuple[str, ...]) -> frozenset[str]:
    """Determiners of every language (`determiners` of the word files: "the", "los",
    "der"), casefolded: never the content word of what comes before or after."""
    return frozenset(e.casefold() for e in entries)


def timing_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                    ) -> list[Problem]:
    """Before turned to after, or after to before, of the same thing ("do not eat for six
    hours before the scan" -> "after the scan")."""
    said = _kept_timed(quote, quote_lang)
    if not (said["before"] or said["after"]):
        return []
    printed = _timed(text, text_lang)
    for side, other in (("before", "after"), ("after", "before")):
        moved = printed[side] & said[other] - said[side] - printed[other]
        if moved:
            return [Problem("FAITH-NUMBER",
                            f"the text says {side} {sorted(moved)[0]!r}…; the quote says "
                            f"{other} it")]
    return []


@lru_cache(maxsize=2048)
def _kept_timed(quote: str, lang: str) -> dict[str, set[str]]:
    return _timed(quote, lang) if _rules(lang) is not None else {"before": set(),
                                                                  "after": set()}


def _same_verb_said(text: str, at: int, quote: str, lang: str) -> bool:
    """Does the quote say the text's verb at `at` in another tense, before the same first
    content word ("it stopped the pain" for "it stops the pain", "quitó el dolor", "stoppte
    den Zwang")? Not "two people stopped because …" for "it stops the pain"."""
    from summarizer.gate.faithfulness import function_words

    function = function_words(lang)
    words = re.findall(r"[^\W\d_]+", text[at:])
    if len(words) < 2:
        return False
    verb = words[0].casefold()[:4]
    after = next((w.casefold() for w in words[1:] if w.casefold() not in function), "")
    said = re.findall(r"[^\W\d_]+", quote)
    for i, w in enumerate(said):
        if w.casefold()[:4] == verb and w.casefold() != words[0].casefold():
            nxt = next((x.casefold() for x in said[i + 1:] if x.casefold() not in function), "")
            if after and nxt[:5] == after[:5]:
                return True
    return False


def total_effect_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                          ) -> list[Problem]:
    """An effect printed as total that the quote does not call so ("removed the risk",
    "eliminated" for "lowered the risk")."""
    rules = _rules(text_lang)
    if rules is None or _scales(quote_lang).eliminations.search(quote):
        return []
    total = [m.group(0) for m in _scales(text_lang).eliminations.pattern.finditer(text)
             if not _negated_at(text, m.start(), rules)
             and not _same_verb_said(text, m.start(), quote, text_lang)]
    if not total:
        return []
    return [Problem("FAITH-CERTAINTY", f"the text says the effect is total ({total[0]!r}); "
                                       "the quote does not")]


def no_time_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                     ) -> list[Problem]:
    """A time the quote gives printed as none: "immediately" for "within two hours"."""
    from summarizer.gate.faithfulness import _DAYS, _same, meaning, quantities

    tm, qm = meaning(text_lang), meaning(quote_lang)
    now = tm["no_time"].find(text)
    if not now or qm["no_time"].search(quote):
        return []
    times = [q for q in quantities(quote, quote_lang) if q.unit in _DAYS and q.value > 0]
    printed = [q for q in quantities(text, text_lang) if q.unit in _DAYS]
    if not times or any(_same(t, q) for t in printed for q in times):
        return []  # the text keeps the time: its "right away" is about something else
    return [Problem("FAITH-NUMBER", f"the text says {now[0]!r}; the quote says "
                                    f"{times[0].written!r}")]


def optional_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                      ) -> list[Problem]:
    """A duty printed as a choice: "you may want a blood test" for "you must have one"."""
    from summarizer.gate.faithfulness import meaning

    tm, qm = meaning(text_lang), meaning(quote_lang)
    rules = _rules(quote_lang)
    if rules is None or qm["optional"].search(quote):
        return []
    duty = [m.group(0) for m in qm["obligations"].pattern.finditer(quote)
            if not _negated_at(quote, m.start(), rules)]
    choice = tm["optional"].find(text)
    if not duty or not choice or tm["obligations"].search(text):
        return []
    return [Problem("FAITH-POLARITY", f"the quote says it must be done ({duty[0]!r}); the "
                                      f"text makes it a choice ({choice[0]!r})")]


def scale_problems(text: str, lang: str, quote: str) -> list[Problem]:
    """Every scale check, for one printed text and its quote in one language."""
    if text.rstrip().endswith("?"):
        return []
    return (frequency_problems(text, lang, quote, lang)
            + direction_problems(text, lang, quote, lang)
            + quantifier_problems(text, lang, quote, lang)
            + timing_problems(text, lang, quote, lang)
            + total_effect_problems(text, lang, quote, lang)
            + no_time_problems(text, lang, quote, lang)
            + optional_problems(text, lang, quote, lang))
