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

from summarizer.gate.faithfulness import Problem, _counts, _negated_at
from summarizer.rulebook import Language, MissingRules, WordList, language, section

# few and some are one band, many and most another, all a third: "a few" for "some" keeps
# the meaning, "most" for "some" does not. Ranks order the keys: a text may say less than
# its quote ("some" for "often"), never more, and never "few" or "rare" for "many".
_BANDS = {"few": "few", "some": "few", "many": "many", "most": "many", "all": "all"}
_RANKS = {"few": 1, "some": 2, "many": 3, "most": 4, "all": 5}


@dataclass(frozen=True)
class _Scales:
    frequencies: tuple[tuple[str, WordList], ...]
    directions: tuple[tuple[str, WordList, WordList], ...]  # scale, up, down
    quantifiers: tuple[tuple[str, WordList], ...]
    idioms: WordList  # comparison words that compare nothing ("at least", "or more")


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
    return _Scales(lists("frequencies"), directions, lists("quantifiers"),
                   WordList("comparison_idioms", lang, tuple(table.get("comparison_idioms", ()))))


def _scales(lang: str) -> _Scales:
    return _scales_of(lang, id(section(lang, "faithfulness")))


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
        if units and after and after[0].casefold() in units:
            continue
        if not _negated_at(text, start, rules):
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
    """Is there a quantifier in the three words after `start` ("do not happen *often*",
    "are not *common*")? Such a negation says how often, not that it never happens."""
    rules = _rules(lang)
    if rules is None:
        return False
    near = " ".join(re.findall(r"[^\W\d_]+", text[start:])[:4])
    return any(forms.search(near) for _, forms in _scales(lang).quantifiers)


def frequency_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                       ) -> list[Problem]:
    """A frequency the quote does not give, where it gives one ("daily" for "once a
    week")."""
    t_rules, q_rules = _rules(text_lang), _rules(quote_lang)
    if t_rules is None or q_rules is None:
        return []
    said = _kept_found(quote, quote_lang, "frequencies")
    if not said:
        return []  # most quotes give no frequency: the text is not read
    printed = _found(text, _scales(text_lang).frequencies, t_rules)
    extra = [w for k, w in printed.items() if k not in said]
    if not extra:
        return []
    return [Problem("FAITH-NUMBER", f"the text says {extra[0]!r}; the quote says "
                                    f"{', '.join(map(repr, said.values()))}")]


def _directions(text: str, lang: str, rules: Language) -> dict[str, tuple[str, str]]:
    """scale -> (an "up" form as written or "", a "down" form or ""), comparisons with a
    number ("more than 1,300") and negated ones ("no better than") left out."""
    out: dict[str, tuple[str, str]] = {}
    idioms = _scales(lang).idioms.pattern  # "at least 60 %", "o más": no comparison
    text = idioms.sub(lambda m: " " * len(m.group(0)), text)
    for scale, up, down in _scales(lang).directions:
        found = _found(text, (("up", up), ("down", down)), rules)
        for side in ("up", "down"):
            written = found.get(side)
            if written is None:
                continue
            at = text.find(written)
            tail = re.sub(r"^\W*(?:than|que|als)\b", "", text[at + len(written):].lstrip(),
                          flags=re.IGNORECASE)
            if _counts(tail, lang):
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
    said = _kept_found(quote, quote_lang, "quantifiers")
    if not said:
        return []
    bands = {_BANDS.get(k, k) for k in said}
    top = max(_RANKS.get(k, 0) for k in said)
    printed = _found(text, _scales(text_lang).quantifiers, t_rules,
                     number_rules(text_lang).units)
    extra = [w for k, w in printed.items()
             if (_BANDS.get(k, k) not in bands and _RANKS.get(k, 0) > top)
             or (k == "few" and k not in said and top >= _RANKS["many"])]
    if not extra:
        return []
    return [Problem("FAITH-NUMBER", f"the text says {extra[0]!r}; the quote says "
                                    f"{', '.join(map(repr, said.values()))}")]


def scale_problems(text: str, lang: str, quote: str) -> list[Problem]:
    """Every scale check, for one printed text and its quote in one language."""
    if text.rstrip().endswith("?"):
        return []
    return (frequency_problems(text, lang, quote, lang)
            + direction_problems(text, lang, quote, lang)
            + quantifier_problems(text, lang, quote, lang))
