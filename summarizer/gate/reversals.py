"""Statements turned around without a word the other faithfulness checks watch.

- a duty waived: the quote says the nurse *will* check, the text that she "does not
  need to" (FAITH-POLARITY);
- a prohibition printed as a permission with any subject: "families can cut back the
  dose on their own", "participants are allowed to drive" (FAITH-POLARITY);
- a rule for the first time printed as one for every time: "after the first dose" as
  "after every dose" (FAITH-POLARITY);
- a permission printed as an order: "you can split the tablet" as "you have to split
  it" (FAITH-POLARITY);
- an approval widened past its "only": "approved only for X" printed as "approved for
  X and Y" (FAITH-POLARITY);
- an equal result printed as a better one: "both groups improved the same" as "the real
  one improved more than the sham", or as a change said outright where the quote names
  none: "found no difference" as "halved the attacks" (FAITH-COMPARISON);
- an urgent step put off to a routine visit: "see your GP the same day" as "mention it at
  your next check-up" (FAITH-NUMBER);
- a counted few printed as none: "two of the 20 treated mice" as "none of the treated
  mice" (FAITH-NUMBER);
- an animal or lab result printed about people: "In people, ..." (FAITH-POPULATION);
- a negation dropped from who a statement is about: "people who do not have ADHD" as
  "people who have ADHD" (FAITH-POPULATION).

Pure: strings and language codes in, problems out. Words from the `[reversals]` table
of words/<lang>.toml; a language without it gets none of these checks.
"""

from __future__ import annotations

import re
from functools import cache

from summarizer.gate import connectives
from summarizer.gate.faithfulness import (
    Problem,
    _actions_in,
    _denied_before,
    _matching,
    _Meaning,
    _negated_at,
    _number,
    _stem,
    function_words,
    instructions,
    meaning,
    number_rules,
    plain_digits,
    quoted_possibility,
    same_verb,
)
from summarizer.rulebook import (
    MissingRules,
    WordList,
    base_language,
    language,
    on_reload,
    section,
)

_LISTS: dict[str, tuple[dict, dict[str, WordList]]] = {}
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ANIMAL_TAGS = frozenset({"animal", "lab-mechanism"})


def reversal_list(lang: str, name: str) -> WordList:
    """One `[reversals]` list of a language, for the modules beside this one
    (faithfulness reads "with")."""
    return _list(lang, name)


def _list(lang: str, name: str) -> WordList:
    """One `[reversals]` list (built on first use, rebuilt when the rulebook reloads)."""
    table = section(lang, "reversals")
    cached = _LISTS.get(lang)
    if cached is None or cached[0] is not table:
        cached = (table, {})
        _LISTS[lang] = cached
    lists = cached[1]
    if name not in lists:
        lists[name] = WordList(name, lang, tuple(table.get(name, ())))
    return lists[name]


def _verb(text: str, at: int, lang: str) -> str:
    """The first word after `at` that is not a pronoun, "to" or another filler."""
    skip = _list(lang, "verb_skip").pattern
    for word in _WORDS.findall(text[at:])[:4]:
        if not skip.fullmatch(word):
            return word
    return ""


@cache
def _splits() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Where a clause ends: (a sentence end or ", but", a comma or "but", either), with
    "but" in every language (the rulebook's contrast_words: pero, mais, aber)."""
    but = connectives.alternation("contrast_words")
    return (re.compile(rf"[.;:!?]|,\s+(?:{but})\b"), re.compile(rf",|\b(?:{but})\b"),
            re.compile(rf"[.;:!?,]|\b(?:{but})\b"))


on_reload(_splits.cache_clear)


def _sentence_parts(text: str) -> list[str]:
    return [p for p in _splits()[0].split(text) if p.strip()]


# --------------------------------------------------------------------------- duties


def _affirms_verb(quote: str, verb: str, lang: str) -> str:
    """A form of `verb` in the quote that no negation governs, or ""."""
    try:
        rules = language(lang)
    except MissingRules:
        return ""
    for hit in _WORDS.finditer(quote):
        word = hit.group(0)
        if (word.casefold() == verb.casefold() or same_verb(word, verb)) \
                and not _negated_at(quote, hit.start(), rules):
            return hit.group(0)
    return ""


def waived_duty_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                         ) -> list[Problem]:
    """The text says an act is not needed ("does not need to check") that the quote says
    is done or must be ("will check them at every visit")."""
    waivers = _list(text_lang, "waivers")
    if _list(quote_lang, "waivers").search(quote) or \
            _list(quote_lang, "alternatives").search(quote):
        return []  # "take it with or without food": a waiver restates it
    light = _list(text_lang, "light_verbs").pattern
    article = _list(text_lang, "with_skip").pattern
    skip = _list(text_lang, "deny_skip").pattern
    quoted = {_stem(w) for w in _WORDS.findall(quote)}
    for hit in waivers.pattern.finditer(text):
        verb = _verb(text, hit.end(), text_lang)
        after = text.find(verb, hit.end()) + len(verb)
        following = _WORDS.findall(text[after:])[:1]
        if verb and light.fullmatch(verb) and following and (
                article.fullmatch(following[0]) or not _affirms_verb(quote, verb, quote_lang)):
            verb = _verb(text, after, text_lang)  # "no need to *have* a blood test"
            after = text.find(verb, after) + len(verb)
        said = _affirms_verb(quote, verb, quote_lang) if len(verb) >= 3 else ""
        # what the act is done to must be the quote's too ("check your *blood* pressure")
        objects = [_stem(w) for w in _WORDS.findall(re.split(r"[.;:!?,]", text[after:])[0])[:5]
                   if not skip.fullmatch(w) and not article.fullmatch(w)]
        # a thing waived ("you do not need *any blood* tests"): the thing is what must
        # match the quote's ("your blood results"), not what follows it
        thing = _WORDS.findall(text[hit.end():])[:1]
        if said and objects and not set(objects) & quoted and not (
                thing and article.fullmatch(thing[0])):
            said = ""
        if said:
            return [Problem("FAITH-POLARITY",
                            f"the quote says it is done ({said!r}); the text says it is not "
                            f"needed ({hit.group(0)} {verb!r})")]
    return []


# --------------------------------------------------------------------------- permissions


def _conditioned_after(part: str, at: int, lang: str) -> bool:
    """A condition or time after the permission ("allowed to drive *again*")."""
    return bool(_list(lang, "conditions").pattern.search(part, at))


def permissions(text: str, lang: str) -> dict[str, str]:
    """Acts the text permits outright, whoever the subject: "are allowed to X", and
    "can X" said of acting alone ("can cut back ... on their own"). Canonical action or
    "verb:" + the verb -> the words that say so. A permission with a condition after it
    ("allowed to drive again the next day") permits nothing here."""
    m = meaning(lang)
    out: dict[str, str] = {}
    any_permit, modal = _list(lang, "permits_any").pattern, _list(lang, "modal_permits").pattern
    alone = _list(lang, "alone").pattern
    for part in _sentence_parts(text):
        for clause in re.split(r",|\b(?:and|y|et|und)\b(?=\s+(?:\w+\s+)?(?:are|is|can|may|"
                               r"puede|pueden|peut|peuvent|kann|können|darf|dürfen)\b)",
                               part):
            hits = list(any_permit.finditer(clause))
            if alone.search(clause):
                hits += list(modal.finditer(clause))
            for hit in hits:
                if _negated_at(clause, hit.start(), language(lang)) or \
                        m["instruction_negation"].search(clause[hit.start():hit.end()]):
                    continue
                if _conditioned_after(clause, hit.end(), lang):
                    continue
                _record_act(out, clause, hit, m, lang)
    return out


def _record_act(out: dict[str, str], part: str, hit: re.Match[str], m: _Meaning,
                lang: str) -> None:
    """The act after `hit` (its canonical action and "verb:" + its verb) -> the words from
    `hit` on, first seen kept."""
    said = part[hit.start():].strip()
    for canon, _written, _ in _actions_in(part, m, hit.end())[:1]:
        out.setdefault(canon, said)
    verb = _verb(part, hit.end(), lang)
    if verb:
        out.setdefault("verb:" + verb, said)


def _acts_after(text: str, lang: str, list_name: str) -> dict[str, str]:
    """Every act that follows a hit of the rulebook list `list_name`, per sentence part."""
    m = meaning(lang)
    out: dict[str, str] = {}
    for part in _sentence_parts(text):
        for hit in _list(lang, list_name).pattern.finditer(part):
            _record_act(out, part, hit, m, lang)
    return out


def avoided(text: str, lang: str) -> dict[str, str]:
    """Acts an order tells to avoid ("avoid driving", "evite conducir", "il est interdit
    de conduire"): canonical action or "verb:" + the verb -> the words that say so."""
    return _acts_after(text, lang, "avoid")


def restricted(text: str, lang: str) -> dict[str, str]:
    """Acts only some people may do ("only your specialist can change the dose"):
    canonical action or "verb:" + the verb -> the words that say so."""
    return _acts_after(text, lang, "only_some")


def permission_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                        ) -> list[Problem]:
    """The quote forbids an act the text permits, where the instruction reader does not
    see one of the two: a permission with any subject or said of acting alone, or a
    prohibition by "avoid" ("avoid driving" -> "you can drive")."""
    forbidden, _ = instructions(quote, quote_lang)
    avoid = {k: v for k, v in avoided(quote, quote_lang).items()
             if _matching({k: v}, forbidden) is None}
    if not _list(text_lang, "only").search(text):  # "only X may": no one else
        avoid.update((k, v) for k, v in restricted(quote, quote_lang).items()
                     if _matching({k: v}, forbidden) is None and k not in avoid)
    if not forbidden and not avoid:
        return []
    t_forbidden, t_allowed = instructions(text, text_lang)  # the latter checked already
    mine = {k: v for k, v in permissions(text, text_lang).items()
            if _matching({k: v}, t_forbidden) is None}
    new = {k: v for k, v in mine.items() if _matching({k: v}, t_allowed) is None}
    every = {k: v for k, v in {**t_allowed, **mine}.items()
             if _matching({k: v}, t_forbidden) is None}
    hit = _matching(forbidden, new) or _matching(avoid, every)
    if hit is None:
        return []
    return [Problem("FAITH-POLARITY",
                    f"the quote forbids it ({hit[0]!r}); the text permits it ({hit[1]!r})")]


def _modes(text: str, lang: str, list_name: str, negated: bool = False,
           ) -> list[tuple[str, str, set[str]]]:
    """Each unnegated hit of a deontic list (`permission_modes`, `order_modes`), or each
    negated one (`negated`: "must not", "dürfen nicht": a prohibition): (the words from the
    hit on, the verb after it, the content words of the act it governs, up to the clause's
    end or a `mode_bounds` word)."""
    try:
        rules = language(lang)
    except MissingRules:
        return []
    modes = _list(lang, list_name)
    if not modes.entries:
        return []
    bound = _list(lang, "mode_bounds").pattern
    out = []
    for part in _sentence_parts(text):
        for hit in modes.pattern.finditer(part):
            after = part[hit.end():]
            nxt = _WORDS.findall(after)[:1]
            denied = _negated_at(part, hit.start(), rules) or bool(
                nxt and rules["negation"].pattern.fullmatch(nxt[0]))
            if denied != negated:
                continue  # "must not": a prohibition, read when `negated`
            act = re.split(r"[,;:—–()]", after)[0]
            stop = bound.search(act)
            act = act[:stop.start()] if stop else act
            out.append((part[hit.start():hit.end() + len(act)].strip(),
                        _verb(part, hit.end(), lang), _content(act)))
    return out


def ordered_permission_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                                ) -> list[Problem]:
    """The quote lets the reader do an act (or says they need not); the text orders it:
    "you can split the tablet" -> "you have to split it", "puede tomarla con leche" ->
    "debe tomarla siempre con leche". The same act: the same verb, or two content words of
    the quote's permitted act in the ordered one; an act the quote orders too is kept."""
    ordered = _modes(text, text_lang, "order_modes")
    if not ordered:
        return []
    allowed = _modes(quote, quote_lang, "permission_modes")
    if not allowed:
        return []
    orders_too = _modes(quote, quote_lang, "order_modes")

    def same(a: tuple[str, str, set[str]], b: tuple[str, str, set[str]]) -> bool:
        return bool(a[1] and b[1] and (a[1].casefold() == b[1].casefold()
                                       or same_verb(a[1], b[1]))) or len(a[2] & b[2]) >= 2

    def near(a: tuple[str, str, set[str]], b: tuple[str, str, set[str]]) -> bool:
        # a quote that orders nothing: one shared word of the act is enough ("traer a un
        # acompañante" -> "venir siempre con un acompañante"), or an order made "always"
        # ("you can place a T-shirt on the mat" -> "you must always wear a sweater")
        return bool(a[2] & b[2]) or bool(_always(a[0], text_lang) and not _always(
            quote, quote_lang))

    for order in ordered:
        if any(same(order, o) for o in orders_too):
            continue
        for permit in allowed:
            if same(order, permit) or (not orders_too and near(order, permit)):
                return [Problem("FAITH-POLARITY",
                                f"the quote leaves it to the reader ({permit[0]!r}); the text "
                                f"orders it ({order[0]!r})")]
    return []


def _always(text: str, lang: str) -> bool:
    """Does the text say "always" (the quantifiers' all band: "always", "siempre")?"""
    from summarizer.gate.scales import quantifier_band  # it reads this module's peers

    every = quantifier_band(lang, "all")
    return every is not None and every.search(text) is not None


def _shared(a: set[str], b: set[str]) -> int:
    """How many words of `a` have a form in `b` ("écraser" for "écrasés", "mâcher" for
    "mâchés")."""
    return sum(1 for w in a if w in b or any(same_verb(w, o) for o in b))


def avoided_permitted_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                               ) -> list[Problem]:
    """An act the quote sets the reader against ("go for a walk instead of taking an extra
    tablet", "avoid driving") that the text lets the reader do in the same situation
    ("when the pain flares you can take an extra tablet"): the same verb and a content
    word of the avoided act (or the bare verb), and no condition after the permission
    ("again", "after": "you can drive again the next day" may be when it ends)."""
    forbidden, _ = instructions(quote, quote_lang)
    avoid = {**forbidden, **avoided(quote, quote_lang)}
    # a modal denied: "die Tabletten dürfen nicht ... eingenommen werden", "must not take"
    for name in ("permission_modes", "prohibiting_orders"):
        for written, verb, _act in _modes(quote, quote_lang, name, negated=True):
            avoid.setdefault("verb:" + verb if verb else written, written)
    if not avoid:
        return []
    permits = _modes(text, text_lang, "permission_modes")
    if not permits:
        return []
    verbs = [k[len("verb:"):] for k in avoid if k.startswith("verb:")]
    conditions = _list(text_lang, "conditions")
    negation, only = language(text_lang)["negation"], _list(text_lang, "only")
    for said in dict.fromkeys(avoid.values()):
        # the whole sentence of the prohibition: "do not drive ... until you know how the
        # medicine affects you" is about the medicine too
        sentence = next((p for p in _sentence_parts(quote) if said.strip() in p), said)
        words, near = _content(sentence), _content(said)
        for written, verb, act in permits:
            if negation.search(written) or only.search(written):
                continue  # "you do not have to", "you can only get it": no licence
            if quoted_possibility(written, quote, quote_lang):
                continue  # the quote's own "they may affect how it works", reworded
            same = bool(verb) and any(same_verb(verb, v) or verb.casefold() == v.casefold()
                                      for v in verbs)
            bare = not act - {_stem(verb)}  # "puede conducir": the act and nothing else
            if not (same and (_shared(act, words) or bare)) and _shared(act, near) < 2:
                continue  # another act
            around = next((p for p in _sentence_parts(text) if written in p), written)
            if conditions.search(around):
                continue  # "(after 24 hours) you can drive again": the prohibition's end
            if _another_object(written, verb, said, near, verbs, text, text_lang):
                continue
            return [Problem("FAITH-POLARITY",
                            f"the quote advises against it ({said[:80]!r}); the text permits "
                            f"it ({written!r})")]
    return []


def _another_object(written: str, verb: str, said: str, near: set[str], verbs: list[str],
                    text: str, lang: str) -> bool:
    """"Do not take it with other sedatives, but you can take it with food": the text
    keeps the ban on the quote's object and permits the act with another one after the
    same small word ("with"), where the ban has no time ("do not drive for 24 hours" is
    no ban on one kind of driving)."""
    from summarizer.gate.faithfulness import _DAYS, _drug_like, _named, function_words, quantities

    function = function_words(lang)
    tail = written[written.find(verb) + len(verb):] if verb and verb in written else ""
    objects = {_stem(w) for w in _WORDS.findall(tail)
               if len(w) >= 3 and w.casefold() not in function}
    banned = {w for w in near if not any(same_verb(w, v) for v in verbs)}
    small = {w.casefold() for w in _WORDS.findall(tail) if w.casefold() in function} & {
        w.casefold() for w in _WORDS.findall(said) if w.casefold() in function} - {"it"}
    timed = any(q.unit in _DAYS for q in quantities(said, lang))
    # "but you can take it with wine" / "avec de l'alcool": a substance the quote gives
    # no leave for, not a meal ([faithfulness.kinds], a drug's name)
    kinds = section(lang, "faithfulness").get("kinds", {})
    substance = any(WordList(k, lang, tuple(v)).search(tail) for k, v in kinds.items()) \
        or _named(tail) or _drug_like(tail)
    return bool(objects and banned and small) and not timed and not substance and \
        not _shared(objects, banned) and _shared(banned, _content(text)) == len(banned)


def dropped_only_if_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                             ) -> list[Problem]:
    """An act the quote allows only on a condition ("use the inhaler only if your breathing
    gets worse", "only take it if your doctor has told you to") printed as allowed outright
    ("you can use the inhaler"): the same verb, and no "only", condition or circumstance
    left in the text."""
    permits = _modes(text, text_lang, "permission_modes")
    if not permits:
        return []
    only, q_when = _list(quote_lang, "only").pattern, meaning(quote_lang)["circumstances"]
    t_when = meaning(text_lang)["circumstances"]
    if _list(text_lang, "only").search(text) or t_when.search(text) or \
            _list(text_lang, "conditions").search(text):
        return []
    for part in _sentence_parts(quote):
        hit = only.search(part)
        cond = q_when.pattern.search(part, hit.end()) if hit else None
        if cond is None or len(part[hit.end():cond.start()].split()) > 6:
            continue
        said = {w.casefold() for w in _WORDS.findall(part)}
        for written, verb, _ in permits:
            if verb and any(same_verb(verb, w) or verb.casefold() == w for w in said):
                return [Problem("FAITH-POLARITY",
                                f"the quote allows it only on a condition "
                                f"({part[hit.start():].strip()!r}); the text allows it "
                                f"outright ({written!r})")]
    return []


def limited_actions(clause: str, lang: str) -> list[tuple[str, str]]:
    """Acts an order limits ("take no more than 1", "tome como máximo 1 sobre"): a limit
    forbids going past it, as "do not take more than one" does. (canonical, written)."""
    limit = _list(lang, "limits").pattern.search(clause)
    if limit is None:
        return []
    return [(canon, written) for canon, written, _ in
            _actions_in(clause[:limit.start()], meaning(lang))]


def acceptable_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                        ) -> list[Problem]:
    """The quote forbids an act on a thing; the text calls the thing acceptable with no
    verb at all ("do not drink grapefruit juice" -> "grapefruit juice is fine"): two
    words of the forbidding clause in a clause of the text that calls it fine."""
    forbidden, _ = instructions(quote, quote_lang)
    avoid = avoided(quote, quote_lang)
    if not forbidden and not avoid:
        return []
    try:
        t_rules = language(text_lang)
    except MissingRules:
        return []
    said = " ".join(dict.fromkeys([*forbidden.values(), *avoid.values()]))
    pool = _content(quote)  # "children under 12 must not use the spray": both sides
    for part in _sentence_parts(text):
        for clause in _splits()[1].split(part):
            fine = _list(text_lang, "acceptable").pattern.search(clause)
            if fine is None or _negated_at(clause, fine.start(), t_rules, reach=4) or \
                    t_rules["negation"].pattern.search(clause[fine.start():fine.end()]):
                continue
            shared = sorted(_content(clause) & pool)
            if len(shared) >= 2 or _kind_named(clause, said, text_lang, quote_lang):
                return [Problem("FAITH-POLARITY",
                                f"the quote forbids it ({said[:80]!r}); the text calls it "
                                f"acceptable ({clause.strip()!r})")]
    return []


def _kind_named(clause: str, forbidden: str, text_lang: str, quote_lang: str) -> str:
    """A thing of a kind the prohibition names ("a glass of *wine*" for "do not take it
    with *alcohol*"; [faithfulness.kinds]): the kind, or ""."""
    q_kinds = section(quote_lang, "faithfulness").get("kinds", {})
    t_kinds = section(text_lang, "faithfulness").get("kinds", {})
    for kind, members in t_kinds.items():
        if kind in q_kinds and WordList(kind, quote_lang, tuple(q_kinds[kind])).search(
                forbidden) and WordList(kind, text_lang, tuple(members)).search(clause):
            return kind
    return ""


def _deny_pairs(text: str, lang: str, negated: bool, shortest: int = 4,
                ) -> dict[tuple[str, str], str]:
    """(verb, object stem) pairs: after a negation (`negated`), or after a modal in a
    clause without negation ("may cause drowsiness")."""
    rules = language(lang)
    skip = _list(lang, "deny_skip").pattern
    modal = _list(lang, "modal_permits").pattern
    m = _list(lang, "order_lead").pattern
    rel = _list(lang, "relative").pattern
    out: dict[tuple[str, str], str] = {}
    parts = []
    for sentence in re.split(r"[.;:!?]", text):
        words = _WORDS.findall(sentence)
        first = next((i for i, w in enumerate(words)
                      if rules["negation"].pattern.fullmatch(w)), None)
        if negated and first is not None and all(m.fullmatch(w) for w in words[:first]) \
                and not _we_say(words, first, lang):
            continue  # "Do not take X, Y nor Z": an order, read by the instruction checks
        parts += _splits()[1].split(sentence)
    for part in parts:
        words = _WORDS.findall(part)
        negations = [i for i, w in enumerate(words) if rules["negation"].pattern.fullmatch(w)]
        if not negated and (negations or _list(lang, "only_some").search(part)):
            continue  # "only the nurse may remove it" permits, it states nothing
        if negated and negations and all(m.fullmatch(w) for w in words[:negations[0]]) and \
                not _we_say(words, negations[0], lang):
            continue  # "si toma X, no los cambie": an order after its condition
        without = _list(lang, "without").pattern
        for i, word in enumerate(words):
            hit = rules["negation"] if negated else _list(lang, "modal_permits")
            if not hit.pattern.fullmatch(word) or (negated and without.fullmatch(word)):
                continue
            if negated and any(rel.fullmatch(w) for w in words[max(0, i - 4):i]):
                continue  # "patients whose illness had not improved": who, not what
            j = i + 1
            while negated and j < len(words) and (skip.fullmatch(words[j])
                                                  or modal.fullmatch(words[j])):
                j += 1
            if j >= len(words) or len(words[j]) < 4 or not words[j].islower():
                continue
            obj = [w for w in words[j + 1:j + 4] if len(w) >= shortest and not skip.fullmatch(w)
                   and not _list(lang, "with").pattern.fullmatch(w)
                   and not _list(lang, "object_skip").pattern.fullmatch(w)]
            if obj:
                out.setdefault((words[j], _stem(obj[0])), " ".join(words[i:j + 2]))
    return out


def _we_say(words: list[str], at: int, lang: str) -> bool:
    """Is the verb after the negation at `at` a statement in the first person plural ("No
    revisamos tu historia": a clinic saying what it does not do), not an order?"""
    forms = _list(lang, "statement_forms")
    return bool(forms.entries) and at + 1 < len(words) and bool(
        forms.pattern.fullmatch(words[at + 1]))


def denied_statement_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                              ) -> list[Problem]:
    """The text denies what the quote states ("may cause drowsiness" -> "does not cause
    drowsiness"): a negated verb and its object that the quote has unnegated, and never
    negated."""
    try:
        denied = _deny_pairs(text, text_lang, negated=True)
        if not denied:
            return []
        stated = _deny_pairs(quote, quote_lang, negated=False)
        q_denied = _deny_pairs(quote, quote_lang, negated=True)
    except MissingRules:
        return []
    for (verb, obj), written in denied.items():
        if any(same_verb(verb, v) and o == obj for v, o in q_denied):
            continue
        # "may cause X" (a modal statement) or a sentence that denies nothing; "no larger
        # trials" denies a thing, not a verb: only a modal statement for it
        noun_denial = _list(text_lang, "noun_negations").pattern.fullmatch(written.split()[0])
        plain = {} if noun_denial else _plain_statements(quote, quote_lang)
        for (q_verb, q_obj), q_written in (*stated.items(), *plain.items()):
            if _refused(quote, quote_lang, q_written) or _unable(quote, quote_lang, q_written):
                continue  # "declined to approve the drug", "unable to move": denied too
            if q_obj == obj and (q_verb.casefold() == verb.casefold() or same_verb(q_verb, verb)):
                return [Problem("FAITH-POLARITY",
                                f"the quote says it ({q_written!r}); the text denies it "
                                f"({written!r})")]
    return []


def _refused(quote: str, lang: str, written: str) -> bool:
    """Whether `written` (words of the quote) starts inside a regulator's refusal
    ("declined to approve", "se negó a autorizar"), which denies without a negation."""
    at = quote.find(written)
    return at >= 0 and any(r.start() <= at < r.end()
                           for r in language(lang)["refusals"].pattern.finditer(quote))


def _unable(quote: str, lang: str, written: str) -> bool:
    """Whether `written` (words of the quote) follows a word that denies an ability
    ("unable to move their legs", "incapaces de mover"): "can't move" says the same."""
    at = quote.find(written)
    words = _list(lang, "inability")
    start = max(0, at - 40)
    return at >= 0 and bool(words.entries) and any(
        start + m.end() >= at - 1 for m in words.pattern.finditer(quote[start:at]))


def restored_ability_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                              ) -> list[Problem]:
    """An ability the quote says was lost printed as there ("were unable to move" ->
    "could move", "no podían moverse" -> "podían moverse", "konnten sich nicht bewegen"
    -> "konnten sich bewegen"): the verb after the quote's inability word after the text's
    unnegated ability word, with no time or condition beside it ("could move again after
    an hour" says when the loss ended)."""
    unable, able = _list(quote_lang, "inability"), _list(text_lang, "ability")
    if not (unable.entries and able.entries):
        return []
    q_skip = _list(quote_lang, "verb_skip").pattern
    lost = {}
    for hit in unable.pattern.finditer(quote):
        verb = next((w for w in _WORDS.findall(quote[hit.end():])[:3]
                     if not q_skip.fullmatch(w)), "")
        if len(verb) >= 3:
            lost.setdefault(verb, hit.group(0) + " " + verb)
    if not lost:
        return []
    t_rules = language(text_lang)
    negation, skip = t_rules["negation"].pattern, _list(text_lang, "verb_skip").pattern
    unable_t = _list(text_lang, "inability").pattern
    conditions = _list(text_lang, "conditions")
    for part in _sentence_parts(text):
        for hit in able.pattern.finditer(part):
            if (_negated_at(part, hit.start(), t_rules) or unable_t.match(part, hit.start())
                    or conditions.search(part)):
                continue
            # (the verb may close the clause: "konnten sich einige Minuten lang bewegen";
            # a negation before it denies the ability)
            for word in _WORDS.findall(part[hit.end():])[:6]:
                if negation.fullmatch(word):
                    break
                if skip.fullmatch(word):
                    continue
                said = next((w for v, w in lost.items() if same_verb(word, v)), None)
                if said:
                    return [Problem("FAITH-POLARITY",
                                    f"the quote says it could not be done ({said!r}); the "
                                    f"text says it could ({part[hit.start():].strip()!r})")]
    return []


def denied_scope_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                          ) -> list[Problem]:
    """A use the quote puts outside the approval ("it is not licensed to treat
    endometriosis", "usarla para la migraña es un uso fuera de prospecto") printed inside
    it ("for period pain and other pelvic pain, including endometriosis", "aprobada para
    prevenir la migraña"): a long word of the quote's denied part only, in a part of the
    text that denies nothing and approves (an approval word, or two words of the quote's
    approved part)."""
    from summarizer.gate.faithfulness import polarity  # (not in the import above: late)

    outside = _list(quote_lang, "unapproved_uses")
    parts = [p for p in re.split(r"[.;:!?]", quote) if len(p.split()) >= 3]
    # (a part that approves one use and denies another is read by the other checks)
    denied = [p for p in parts if not polarity(p, quote_lang, "approval")[0] and (
        polarity(p, quote_lang, "approval")[1] or (outside.entries and outside.search(p)))]
    if not denied or len(denied) == len(parts):
        return []
    rest = [p for p in parts if p not in denied]

    def long_words(s: str, n: int) -> set[str]:
        return {_stem(w) for w in _WORDS.findall(s) if len(w) >= n}

    # the use: the words after the denied part's "for", "to", "para" (not who or what
    # is not approved: "has not approved psilocybin for general prescribing")
    scope = meaning(quote_lang)["approval_scope"].pattern
    uses = " ".join(" ".join(_WORDS.findall(p[m.end():])[:6])
                    for p in denied for m in scope.finditer(p))
    approved = long_words(" ".join(rest), 5)
    only_denied = long_words(uses, 7) - long_words(" ".join(rest), 4)
    t_rules, t_outside = language(text_lang), _list(text_lang, "unapproved_uses")
    only = _list(text_lang, "only")
    for part in re.split(r"[.;:!?]", text):
        if (not part.strip() or t_rules["negation"].search(part) or only.search(part)
                or (t_outside.entries and t_outside.search(part))):
            continue
        yes, no = polarity(part, text_lang, "approval")
        words = long_words(part, 4)
        if no or not (yes or len(words & approved) >= 2):
            continue
        named = sorted(words & only_denied)
        if named:
            return [Problem("FAITH-POLARITY",
                            f"the quote puts {named[0]!r} outside the approval "
                            f"({denied[0].strip()[:70]!r}); the text puts it inside "
                            f"({part.strip()[:70]!r})")]
    return []


def _acted_on(text: str, lang: str, name: str) -> list[tuple[str, str, str]]:
    """(the verb as written, the words after it, the clause) for each hit of `name`
    (harm_verbs, help_verbs) that is not an order opening its clause ("Stop the medicine")
    nor negated."""
    verbs = _list(lang, name)
    if not verbs.entries:
        return []
    rules, out = language(lang), []
    for part in _sentence_parts(text):
        for clause in re.split(r"[,;:]", part):
            for hit in verbs.pattern.finditer(clause):
                if not _WORDS.findall(clause[:hit.start()]) or _negated_at(
                        clause, hit.start(), rules):
                    continue
                # (German puts the verb last: "kann es die Atmung stoppen")
                before = " ".join(_WORDS.findall(clause[:hit.start()])[-3:]) \
                    if base_language(lang) == "de" else ""
                out.append((hit.group(0), f"{clause[hit.end():]} {before}", clause))
    return out


def harm_to_help_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                          ) -> list[Problem]:
    """A harm the quote says a treatment does to the body printed as a help to the same
    thing ("can stop your breathing" -> "can help you breathe", "puede dañar el hígado" ->
    "puede proteger el hígado"): a help verb of the text before a word of what the quote's
    harm verb acts on, where the quote helps nothing of it and the text keeps no harm of it."""
    harms = _acted_on(quote, quote_lang, "harm_verbs")
    if not harms:
        return []
    helps = _acted_on(text, text_lang, "help_verbs")
    if not helps:
        return []

    def objects(after: str) -> list[str]:
        words = _WORDS.findall(after)
        return [w for w in words[:4] + words[-3:] if len(w) >= 4]

    def hits(words: list[str], others: list[str]) -> bool:
        return any(same_verb(a, b) for a in words for b in others)

    q_helped = [w for _, after, _ in _acted_on(quote, quote_lang, "help_verbs")
                for w in objects(after)]
    t_harmed = [w for _, after, _ in _acted_on(text, text_lang, "harm_verbs")
                for w in objects(after)]
    for _harm, q_after, q_clause in harms:
        harmed = objects(q_after)
        if not harmed or hits(harmed, q_helped) or hits(harmed, t_harmed):
            continue
        for _helped, t_after, clause in helps:
            if hits(objects(t_after), harmed):
                return [Problem("FAITH-POLARITY",
                                f"the quote says it harms it ({q_clause.strip()[:60]!r}); "
                                f"the text says it helps ({clause.strip()[:60]!r})")]
    return []


def _plain_statements(quote: str, lang: str) -> dict[tuple[str, str], str]:
    """(verb, object stem) pairs of the quote's sentences that deny nothing at all
    ("lamotrigine delayed the next episode"): a plain statement of a result."""
    rules = language(lang)
    skip = _list(lang, "deny_skip").pattern
    out: dict[tuple[str, str], str] = {}
    for sentence in re.split(r"[.;:!?]", quote):
        words = _WORDS.findall(sentence)
        if (any(rules["negation"].pattern.fullmatch(w) for w in words)
                or _list(lang, "contrasts").search(sentence)):
            continue  # "patches raise it, unlike tablets": true of one thing only
        for i, word in enumerate(words):
            if len(word) < 4 or not word.islower() or skip.fullmatch(word):
                continue
            obj = [w for w in words[i + 1:i + 4] if len(w) >= 4 and not skip.fullmatch(w)]
            if obj:
                out.setdefault((word, _stem(obj[0])), " ".join(words[i:i + 3]))
    return out


def dropped_negation_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                              ) -> list[Problem]:
    """The text states what the quote denies ("it is not recommended for people who are
    pregnant" -> "it is recommended for ..."): a verb and its object negated in a
    statement of the quote, in a clause of the text without negation."""
    try:
        denied = _deny_pairs(quote, quote_lang, negated=True)  # "para": object_skip
        if not denied:
            return []
        t_rules = language(text_lang)
    except MissingRules:
        return []
    skip = _list(text_lang, "deny_skip").pattern
    for part in _splits()[2].split(text):
        words = _WORDS.findall(part)
        if any(t_rules["negation"].pattern.fullmatch(w) for w in words):
            continue
        for i, word in enumerate(words):
            if len(word) < 4 or skip.fullmatch(word):
                continue
            objects = {_stem(w) for w in words[i + 1:i + 4]}
            for (verb, obj), written in denied.items():
                if obj in objects and (word.casefold() == verb.casefold()
                                       or same_verb(word, verb)):
                    return [Problem("FAITH-POLARITY",
                                    f"the quote denies it ({written!r}); the text states it "
                                    f"({' '.join(words[i:i + 3])!r})")]
    return []


def _compared(text: str, lang: str, near: bool = True) -> list[tuple[str, str, bool]]:
    """(comparative, the word it compares, denied?) for each `denied_comparatives` word of
    the text ("plus *fréquentes*", "*mieux* les dents"): the first content word after it
    in its clause ("" when none), and whether a `comparison_denials` word stands before it
    in its clause, within `comparison_reach` words when `near` ("n'étaient *pas* plus
    fréquentes"; a text's "did not reduce pain any better" is denied too). A comparative
    before a number is a limit ("not more than 3 a day"), left out."""
    comps, denials = _list(lang, "denied_comparatives"), _list(lang, "comparison_denials")
    if not comps.entries or not denials.entries:
        return []
    reach = int(section(lang, "reversals").get("comparison_reach", 1))
    function = function_words(lang)
    out: list[tuple[str, str, bool]] = []
    for clause in re.split(r"[.;:!?,]", text):
        words = re.findall(r"[^\W_]+", clause)
        for i, word in enumerate(words):
            if not comps.pattern.fullmatch(word):
                continue
            after = [w for w in words[i + 1:i + 4]
                     if len(w) > 1 and w.casefold() not in function]
            if after and after[0].isdigit():
                continue
            before = words[max(0, i - reach) if near else 0:i]
            out.append((word.casefold(), _stem(after[0]) if after else "",
                        any(denials.pattern.fullmatch(w) for w in before)))
    return out


def denied_comparison_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                               ) -> list[Problem]:
    """A comparison the quote denies printed as made: "les réactions n'étaient pas plus
    fréquentes" -> "étaient bien plus fréquentes", "ne protège pas mieux les dents" ->
    "protège mieux les dents" (heldout21, train25): the same comparative, comparing the
    same word, with no denial before it in the text."""
    denied = {(c, w) for c, w, no in _compared(quote, quote_lang) if no}
    if not denied:
        return []
    for comp, word, no in _compared(text, text_lang, near=False):
        if not no and (comp, word) in denied:
            return [Problem("FAITH-POLARITY",
                            f"the quote denies the comparison ('{comp}' {word}…); the text "
                            f"makes it")]
    return []


# --------------------------------------------------------------------------- approval


def _content(text: str) -> set[str]:
    return {_stem(w) for w in _WORDS.findall(text) if len(w) >= 5}


def _scope_words(text: str) -> set[str]:
    """The words that say what a use is: as _content, and short names ("pain", "OCD",
    "PTSD") too."""
    return {_stem(w) for w in _WORDS.findall(text)
            if len(w) >= 4 or (len(w) >= 2 and w.isupper())}


# Words of an approval's tail that name no use ("approved for adults with epilepsy and
# also for pain": "also" widens nothing), stemmed as _scope_words stems them.
_FILLERS = frozenset({"with", "also", "from", "that", "this", "them", "they", "their", "there",
                      "both", "para", "como", "pour", "avec", "dans", "sowie", "auch", "eine",
                      "einen", "einer", "used", "use", "people", "adult"})


def widened_approval_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                              ) -> list[Problem]:
    """The quote approves a drug *only* for some uses or people; the text, without an
    "only", approves it for words the quote's scope does not hold."""
    try:
        q_rules, t_rules = language(quote_lang), language(text_lang)
    except MissingRules:
        return []
    if _list(text_lang, "only").search(text):
        return []
    only = _list(quote_lang, "only").pattern
    for part in _sentence_parts(quote):
        for hit in q_rules["approval"].pattern.finditer(part):
            if _negated_at(part, hit.start(), q_rules):
                continue
            near = part[max(0, hit.start() - 30):hit.end() + 30]
            scope_hit = only.search(near)
            if scope_hit is None:
                continue
            scope = re.split(r",|\b(?:so|but|and\s+not|while|whereas|así\s+que|por\s+lo\s+que|"
                             r"pero|donc|mais|aber|daher)\b", part[hit.end():])[0]
            allowed = _scope_words(part[:hit.end()]) | _scope_words(scope)
            for t_hit in t_rules["approval"].pattern.finditer(text):
                if _negated_at(text, t_hit.start(), t_rules):
                    continue
                tail = re.split(r"[.;:!?]", text[t_hit.end():])[0]
                extra = sorted(_scope_words(tail) - allowed - _FILLERS)
                if extra:
                    return [Problem("FAITH-POLARITY",
                                    f"the quote approves it only for {scope.strip()!r}; the "
                                    f"text approves it for {', '.join(map(repr, extra[:3]))} "
                                    "too")]
                # "only for treatment-resistant depression" -> "for depression": the same
                # use with the quote's qualifier dropped is the wider use
                q_use = {w for w in _scope_words(scope) - _FILLERS if not only.fullmatch(w)}
                t_use = _scope_words(tail) - _FILLERS
                if t_use and t_use < q_use:
                    dropped = sorted(q_use - t_use)
                    return [Problem("FAITH-POLARITY",
                                    f"the quote approves it only for {scope.strip()!r}; the "
                                    f"text drops {', '.join(map(repr, dropped[:3]))}, "
                                    "approving it more widely")]
    return []


def added_use_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                       ) -> list[Problem]:
    """An approval printed with a use added that its quote names nowhere ("authorized for
    acetaminophen overdose" -> "authorized for acetaminophen overdose and for hair
    pulling"): the words after an adding phrase (`approval_adds`), in a clause that
    affirms an approval the quote affirms too."""
    from summarizer.gate.faithfulness import meaning, polarity, same_verb

    adds = meaning(text_lang)["approval_adds"]
    if not adds.search(text) or not polarity(quote, quote_lang, "approval")[0]:
        return []
    said = _scope_words(quote)
    for part in _sentence_parts(text):
        yes, no = polarity(part, text_lang, "approval")
        if not yes or no:
            continue
        for hit in adds.pattern.finditer(part, part.find(yes[0])):
            tail = _splits()[1].split(part[hit.end():])[0]
            if _list(text_lang, "only").search(tail):
                continue  # "and for nothing else": no use added, the quote's "only"
            added = sorted(_scope_words(tail) - _FILLERS)
            if added and not any(w == s or same_verb(w, s) for w in added for s in said):
                return [Problem("FAITH-POLARITY",
                                f"the text approves it for {', '.join(map(repr, added[:3]))} "
                                f"too ({hit.group(0)!r}); the quote names no such use")]
    return []


# --------------------------------------------------------------------------- scope


def _after(text: str, pattern, skip: int = 2) -> list[tuple[str, str]]:
    """(the hit as written, the stem of the noun it governs) for each hit of `pattern`:
    the first word of 4+ letters among the next `skip` + 1 words ("first *dose*")."""
    out = []
    for hit in pattern.finditer(text):
        for word in _WORDS.findall(text[hit.end():])[:skip + 1]:
            if len(word) >= 4:
                out.append((hit.group(0), _stem(word)[:5]))
                break
    return out


def widened_scope_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                           ) -> list[Problem]:
    """A rule for the first time printed as one for every time: "after the first dose" ->
    "after every dose", "tras la primera sesión" -> "tras cada sesión". The same noun
    after the quote's "first" and the text's "every"; the text without that "first". And
    the reverse: a rule for the whole time printed as one for the first ("throughout the
    treatment" -> "on its first day")."""
    firsts = _after(quote, _list(quote_lang, "firsts").pattern)
    if not firsts:
        # the reverse: "throughout the treatment" printed as "on the first day of it"
        whole = _list(quote_lang, "wholes").find(quote)
        first = _list(text_lang, "firsts").find(text)
        if whole and first and not (_list(text_lang, "wholes").search(text)
                                    or _list(text_lang, "universals").search(text)):
            return [Problem("FAITH-POLARITY",
                            f"the quote says {whole[0]!r} (the whole time); the text says "
                            f"{first[0]!r} (only at first)")]
        return []
    kept = {noun for _, noun in _after(text, _list(text_lang, "firsts").pattern)}
    for every, noun in _after(text, _list(text_lang, "universals").pattern):
        for first, q_noun in firsts:
            if noun == q_noun and noun not in kept:
                return [Problem("FAITH-POLARITY",
                                f"the quote says {first!r} (one time); the text says {every!r} "
                                "(every time)")]
    return []


# --------------------------------------------------------------------------- comparisons


def equal_result_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                          ) -> list[Problem]:
    """The quote says the groups did equally well; the text says one did better."""
    from summarizer.gate.faithfulness import _counts

    equal = _list(quote_lang, "equal_results").find(quote)
    if not equal or _affirmed_better(quote, quote_lang):
        return []
    better = _affirmed_better(text, text_lang)
    if not better and not (_effects(quote, quote_lang, "effect_results")
                           or _effects(quote, quote_lang, "comparatives")):
        # "found no difference" printed as "halved vertigo attacks": a change said outright
        # where the quote names none
        better = _effects(text, text_lang, "effect_results")
    if not better or _list(text_lang, "equal_results").search(text):
        return []
    better = [b for b in better if not _counts(text[text.find(b) + len(b):], text_lang)]
    if not better:
        return []
    return [Problem("FAITH-COMPARISON",
                    f"the quote says the groups did equally well ({equal[0]!r}); the text "
                    f"says one did better ({better[0]!r})")]


def _control_wins(text: str, lang: str) -> tuple[str, str] | None:
    """(control, comparative) where the text's clause sets a control ahead of an affirmed
    comparison: "The placebo worked better than the blend", "le placebo a soulagé plus
    que le patch"; None when no control leads one."""
    controls = meaning(lang)["comparison_controls"]
    if not controls.entries:
        return None
    try:
        rules = language(lang)
    except MissingRules:
        return None
    for hit in _list(lang, "better_results").pattern.finditer(text):
        if _negated_at(text, hit.start(), rules, reach=6):
            continue
        clause = re.split(r"[.;:!?,](?=\s|$)", text[:hit.start()])[-1]  # not "1.3 kg"
        lead = controls.find(clause)
        if lead:
            return lead[0], hit.group(0)
    return None


def control_wins_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                          ) -> list[Problem]:
    """The text says the control group did better than the treatment ("The placebo worked
    better than the blend", "Les comprimés placebo ont soulagé un peu plus que le patch")
    where the quote sets no control ahead of a comparison: the result turned around."""
    won = _control_wins(text, text_lang)
    if not won or _control_wins(quote, quote_lang):
        return []
    return [Problem("FAITH-COMPARISON",
                    f"the text says the control did better ({won[0]!r} … {won[1]!r}); the "
                    "quote does not")]


def lost_difference_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                             ) -> list[Problem]:
    """The reverse of equal_result_problems: the quote says one group did differently
    ("scores stayed lower", "felt better than"), the text that there was no difference
    ("no lower", "no se distinguió del placebo")."""
    equal = _list(text_lang, "equal_results").find(text)
    # a "better" inside the text's own denial ("no redujeron ... más que") is that denial
    inside = [(m.start(), m.end()) for m in _list(text_lang, "equal_results").pattern.finditer(
        text)]
    if not equal or any(not any(a <= text.find(b) < e for a, e in inside)
                        for b in _affirmed_better(text, text_lang)) or \
            _list(quote_lang, "equal_results").search(quote):
        return []
    try:
        rules = language(quote_lang)
    except MissingRules:
        return []
    said = [hit.group(0) for hit in _list(quote_lang, "comparatives").pattern.finditer(quote)
            if not _negated_at(quote, hit.start(), rules, reach=4)] or _different_shares(
        quote, quote_lang)
    if not said:
        return []
    return [Problem("FAITH-COMPARISON",
                    f"the quote says one group did differently ({said[0]!r}); the text says "
                    f"there was no difference ({equal[0]!r})")]


_DIFFERENT = 1.5  # one share at least this many times the other: a difference said in numbers


def _different_shares(quote: str, lang: str) -> list[str]:
    """Two shares the quote gives to two groups, one at least _DIFFERENT times the other
    ("in 6 out of 10 children using the cream and in 2 out of 10 using the plain cream"):
    the difference said in numbers, as "more" says it in words."""
    from summarizer.gate.swapped_groups import share_pairs, shares_beside

    for a, b, own_a, own_b in share_pairs(shares_beside(quote, lang)):
        if b > 0 and a >= _DIFFERENT * b and own_a and own_b:
            return [f"{a:g} % and {b:g} %"]
    return []


def _effects(text: str, lang: str, name: str) -> list[str]:
    """The words of `[reversals]` list `name` in `text` that no negation denies ("did not
    cut infections" cuts none)."""
    try:
        rules = language(lang)
    except MissingRules:
        return []
    return [hit.group(0) for hit in _list(lang, name).pattern.finditer(text)
            if not _negated_at(text, hit.start(), rules, reach=6)]


def _affirmed_better(text: str, lang: str) -> list[str]:
    """A "better" no negation denies ("did not ease hot flushes any better than": the
    negation a verb phrase earlier)."""
    return _effects(text, lang, "better_results")


# --------------------------------------------------------------------------- population


def without_people_labs(text: str, lang: str) -> str:
    """The text with its labs where people are measured blanked ("in a sleep lab",
    "im Schlaflabor"): a lab word there says nothing of animals or cells."""
    labs = _list(lang, "people_labs")
    return labs.pattern.sub(lambda m: " " * len(m.group(0)), text) if labs.entries else text


def human_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                   evidence: str = "") -> list[Problem]:
    """An animal or lab result (by its words or its tag) printed as about people."""
    try:
        q_rules, t_rules = language(quote_lang), language(text_lang)
    except MissingRules:
        return []
    quote = without_people_labs(quote, quote_lang)
    animal = q_rules["animal"].find(quote) or q_rules["lab_setting"].find(quote)
    if not animal and evidence not in _ANIMAL_TAGS:
        return []
    if t_rules["not_in_people"].search(text) or any(
            # "a finding that has not been repeated in people" names people to deny them,
            # "no significa que ocurra lo mismo en personas" across its "que"
            not _negated_at(quote, hit.start(), q_rules, reach=6)
            and not _denied_before(quote, hit.start(), quote_lang)
            for hit in _list(quote_lang, "human_setting").pattern.finditer(quote)):
        return []
    future = _list(text_lang, "human_future").pattern
    people = [hit.group(0) for hit in _list(text_lang, "human_setting").pattern.finditer(text)
              if not _negated_at(text, hit.start(), t_rules, reach=6)
              and not _negation_follows(text, hit.end(), t_rules)
              and not future.search(" ".join(re.split(r"[.;:!?]", text[:hit.start()])[-1]
                                             .split()[-6:]))]
    if not people:
        return []
    about = repr(animal[0]) if animal else f"tagged {evidence}"
    return [Problem("FAITH-POPULATION",
                    f"the quote is about animals or cells ({about}); the text says it is "
                    f"about people ({people[0]!r})")]


def _negation_follows(text: str, at: int, rules) -> bool:
    """A negation in the next six words of the sentence ("am Menschen ist das nicht
    geprüft", "in people, this has not been tried")."""
    rest = re.split(r"[.;:!?]", text[at:], maxsplit=1)[0]
    return any(rules["negation"].pattern.fullmatch(w) for w in _WORDS.findall(rest)[:6])


def _relative_negations(quote: str, lang: str) -> list[tuple[str, str, str]]:
    """(verb, object, as written) for each "who do not have X" in the quote, and "whose
    depression had not lifted" (one word, the relative's own noun, before the negation)."""
    rules = language(lang)
    rel, skip = _list(lang, "relative").pattern, _list(lang, "relative_skip").pattern
    after = _list(lang, "relative_after_negation").pattern
    negation = rules["negation"].pattern
    out = []
    for hit in rel.finditer(quote):
        words = _WORDS.findall(quote[hit.end():])[:7]
        i = 0
        while i < len(words) and skip.fullmatch(words[i]):
            i += 1
        if i < len(words) and not negation.fullmatch(words[i]):
            j = i + 1  # past the relative's noun
            while j < len(words) and skip.fullmatch(words[j]):
                j += 1
            if j < len(words) and negation.fullmatch(words[j]):
                i = j
        if i >= len(words) or not negation.fullmatch(words[i]):
            continue
        i += 1
        while i < len(words) and (after.fullmatch(words[i])
                                  or rules["negation"].pattern.fullmatch(words[i])):
            i += 1
        rest = [w for w in words[i + 1:] if len(w) >= 4]
        if i < len(words) and rest:
            out.append((words[i], rest[0], " ".join(words[:words.index(rest[0]) + 1])))
    return out


def relative_negation_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                               ) -> list[Problem]:
    """The quote is about people who do not (have, take, ...) something; the text about
    people who do."""
    try:
        t_rules = language(text_lang)
        negations = _relative_negations(quote, quote_lang)
    except MissingRules:
        return []
    if not negations:
        return []
    for hit in _list(text_lang, "relative").pattern.finditer(text):
        words = _WORDS.findall(text[hit.end():])[:7]
        for j, word in enumerate(words[:3]):
            if t_rules["negation"].pattern.fullmatch(word):
                break
            for verb, obj, written in negations:
                if same_verb(word, verb) and _stem(obj) in {_stem(w) for w in words[j + 1:j + 4]}:
                    return [Problem("FAITH-POPULATION",
                                    f"the quote is about those who {written!r}; the text "
                                    f"about those who {' '.join(words[:j + 2])!r}")]
    return []


def _with_objects(text: str, lang: str, name: str) -> dict[str, str]:
    """What each affirmed "with" (or "without", by `name`) is about: stem -> as written.
    A "without" under a negation ("never buy it without a prescription") is left out:
    it says "only with"."""
    try:
        rules = language(lang)
    except MissingRules:
        return {}
    skip = _list(lang, "with_skip").pattern
    out: dict[str, str] = {}
    for hit in _list(lang, name).pattern.finditer(text):
        clause = re.split(r"[.;:!?,]", text[:hit.start()])[-1]
        if any(rules["negation"].pattern.fullmatch(w) for w in _WORDS.findall(clause)):
            continue
        words = [w for w in _WORDS.findall(text[hit.end():])[:4] if not skip.fullmatch(w)]
        if words and len(words[0]) >= 3:
            out.setdefault(_stem(words[0]), f"{hit.group(0)} {words[0]}")
    return out


def with_without_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                          ) -> list[Problem]:
    """"People without heart disease" printed as "people with heart disease", or the
    reverse."""
    for had, got in (("without", "with"), ("with", "without")):
        q_had, q_got = _with_objects(quote, quote_lang, had), _with_objects(quote, quote_lang, got)
        t_had, t_got = _with_objects(text, text_lang, had), _with_objects(text, text_lang, got)
        for stem, written in t_got.items():
            if stem in q_had and stem not in q_got and stem not in t_had:
                return [Problem("FAITH-POPULATION",
                                f"the quote says {q_had[stem]!r}; the text says {written!r}")]
    return []


def _opposites(lang: str) -> tuple[WordList, list[tuple[WordList, WordList]]]:
    """(every key at once, [(key, its opposites)]), built once per language and rulebook
    load (they were built, and their patterns compiled, on every call: 22 ms of a re-check
    of the example with every text edited)."""
    table = section(lang, "reversals").get("opposites", {})
    cached = _OPPOSITES.get(lang)
    if cached is None or cached[0] is not table:
        pairs = [(WordList("opposite", lang, (k,)), WordList("opposite", lang, tuple(v)))
                 for k, v in table.items()]
        cached = (table, (WordList("opposites", lang, tuple(table)), pairs))
        _OPPOSITES[lang] = cached
    return cached[1]


_OPPOSITES: dict[str, tuple[dict, tuple[WordList, list[tuple[WordList, WordList]]]]] = {}


def opposite_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                      ) -> list[Problem]:
    """Who a statement is about turned to its opposite ("mild" depression printed as
    "severe", "under 6" as "over 6", "smokers" as "non-smokers"): a text word the quote
    lacks, where the quote has one of its opposites that the text lacks."""
    if base_language(text_lang) != base_language(quote_lang):
        return []
    try:
        t_rules = language(text_lang)
    except MissingRules:
        return []
    every, pairs = _opposites(text_lang)
    if not every.search(text):
        return []  # most texts hold none of the words
    for word, opposite in pairs:
        said = word.search(text)
        if said is None or word.search(quote) or _negated_at(text, said.start(), t_rules):
            continue  # "people without any illness" for "healthy volunteers"
        other = opposite.search(quote)
        if other is not None and not opposite.search(text):
            return [Problem("FAITH-POPULATION",
                            f"the quote says {other.group(0)!r}; the text says "
                            f"{said.group(0)!r}")]
    return []


# --------------------------------------------------------------------------- urgency, counts


def _urgent(text: str, lang: str) -> bool:
    """Does `text` ask for the step now ("the same day", "straight away") or say not to
    wait for a later visit ("rather than waiting for your next visit")?"""
    return bool(_list(lang, "urgent_times").search(text)
                or _list(lang, "not_waiting").search(text))


def deferred_urgency_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                              ) -> list[Problem]:
    """An urgent step put off to a routine visit: "see your GP the same day" printed as
    "mention it at your next check-up", "can wait" (FAITH-NUMBER: when it is done). A
    quote naming the routine visit itself (and not as what not to wait for) passes."""
    if not _urgent(quote, quote_lang):
        return []
    later = _list(text_lang, "deferred_times").search(text)
    if later is None or _urgent(text, text_lang):
        return []
    if (_list(quote_lang, "deferred_times").search(quote)
            and not _list(quote_lang, "not_waiting").search(quote)):
        return []  # "…at your next check-up; if it bleeds, the same day": both kept
    said = (_list(quote_lang, "urgent_times").search(quote)
            or _list(quote_lang, "not_waiting").search(quote))
    shown = repr(said.group(0)) if said else "it is urgent"
    return [Problem("FAITH-NUMBER", f"the text says {later.group(0)!r}; the quote says "
                                    f"{shown}")]


_COUNT_WORDS = re.compile(r"[^\W_]+")


def _counted(quote: str, lang: str) -> list[set[str]]:
    """The words after each count of a group in `quote` ("three of the 30 treated rats"
    -> {the, 30, treated, rat}), stemmed; a count of none is no count."""
    rules = number_rules(lang)
    of = _list(lang, "count_of").pattern
    clean = plain_digits(quote)
    words = [(m.group(0), m.end()) for m in _COUNT_WORDS.finditer(clean)]
    out = []
    for k, (word, end) in enumerate(words[:-1]):
        if not _number(word, rules):
            continue
        gap = len(clean[end:]) - len(clean[end:].lstrip())
        if gap and of.match(clean, end + gap):
            out.append({_stem(w) for w, _ in words[k + 1:k + 6]})
    return out


def zeroed_count_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                          ) -> list[Problem]:
    """A counted few printed as none: "two of the 20 treated mice had swelling" as "none
    of the treated mice had swelling" (FAITH-NUMBER). The group must be the one the quote
    counts ("none of the untreated mice" for a quote that says so passes)."""
    if base_language(text_lang) != base_language(quote_lang):
        return []
    zero = _list(text_lang, "zero_of")
    said = zero.search(text)
    if said is None or zero.search(quote):
        return []
    skip = function_words(text_lang)
    group = {_stem(w) for w in _COUNT_WORDS.findall(text[said.end():])[:4]
             if w.casefold() not in skip and not w[0].isdigit() and len(w) > 2}
    for counted in _counted(quote, quote_lang):
        if group & counted:
            return [Problem("FAITH-NUMBER", f"the text says {said.group(0)!r}; the quote "
                                            "gives a count of them")]
    return []


# --------------------------------------------------------------------------- roles

_ROLE_CLAUSES = re.compile(r"[,;:.!?()—–]|\b(?:but|while|whereas|pero|mientras|mais|aber)\b",
                           re.IGNORECASE)
_ROLE_WORDS = re.compile(r"[^\W_][\w-]*")


def _role_clauses(text: str, lang: str) -> list[tuple[list[str], set[str], bool]]:
    """(word stems, content stems, denied) per clause."""
    negation = language(lang)["negation"].pattern
    skip = _list(lang, "role_skip").pattern
    out = []
    for part in _ROLE_CLAUSES.split(text):
        words = _ROLE_WORDS.findall(part)
        if not words:
            continue
        stems = [_stem(w) for w in words]
        content = {_stem(w) for w in words if len(w) >= 4 and not skip.fullmatch(w)}
        out.append((stems, content, any(negation.fullmatch(w) for w in words)))
    return out


def swapped_role_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                          ) -> list[Problem]:
    """Two things the quote names swapped between its clauses ("tablets raise the risk;
    patches do not" -> "patches raise the risk; tablets do not"; "lamotrigine delayed it"
    -> "lithium delayed it" where both were tried): a text clause that matches one quote
    clause but for a word put in from another clause of the quote, in place of a word the
    quote (or the text) names elsewhere. Clauses of the same polarity only."""
    from difflib import SequenceMatcher

    if not _list(quote_lang, "role_skip").entries:
        return []
    q_clauses = _role_clauses(quote, quote_lang)
    t_clauses = _role_clauses(text, text_lang)
    if len(q_clauses) < 2:
        return []
    t_all = set().union(*(c for _, c, _ in t_clauses))

    def split_off(best: int, t_content: set[str]) -> set[str]:
        # words of the text's other clauses that are the same quote clause said in two
        # ("taking it with alcohol can stop breathing" -> "Taken with alcohol, | it can
        # stop your breathing"): two or more of its words, its polarity, and no other
        # clause of the quote nearer
        return set().union(*(c for _, c, denied in t_clauses if c is not t_content
                             and denied == q_clauses[best][2]
                             and len(c & q_clauses[best][1]) >= 2
                             and max(range(len(q_clauses)),
                                     key=lambda i: len(q_clauses[i][1] & c)) == best))

    for t_stems, t_content, t_denied in t_clauses:
        best = max(range(len(q_clauses)), key=lambda i: len(q_clauses[i][1] & t_content))
        q_stems, q_content, q_denied = q_clauses[best]
        shared = q_content & t_content
        if (q_denied != t_denied or len(shared) < 3
                or len(shared) < 0.5 * min(len(q_content), len(t_content))):
            continue
        elsewhere = set().union(*(c for i, (_, c, _) in enumerate(q_clauses) if i != best))
        kept_apart = split_off(best, t_content)
        matcher = SequenceMatcher(None, q_stems, t_stems, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op != "replace" or i2 - i1 > 5 or j2 - j1 > 5:
                continue  # a swap is a word or a name for another, not a new wording
            put_in = [w for w in t_stems[j1:j2]
                      if w in t_content and w not in q_content and w in elsewhere]
            # ("depression scores fell" -> "people felt less depressed": the quote's word
            # is still there in another form)
            taken = [w for w in q_stems[i1:i2]
                     if w in q_content and w not in t_content and (w in elsewhere or w in t_all)
                     and w not in kept_apart and not any(same_verb(w, t) for t in t_content)]
            if put_in and taken:
                return [Problem("FAITH-POPULATION",
                                f"the quote says it of {taken[0]!r}; the text says it of "
                                f"{put_in[0]!r}, which the quote names elsewhere")]
    return []


def reversal_problems(text: str, lang: str, quote: str, *, kind: str = "claim",
                      evidence: str = "", already: frozenset[str] = frozenset(),
                      ) -> list[Problem]:
    """Every check above, for one printed text and its quote in one language. A check
    whose code another check has already reported is skipped: one finding per change."""
    if text.rstrip().endswith("?"):
        return []
    checks = [("FAITH-POLARITY", waived_duty_problems), ("FAITH-POLARITY", permission_problems),
              ("FAITH-POLARITY", ordered_permission_problems),
              ("FAITH-POLARITY", widened_scope_problems),
              ("FAITH-POLARITY", avoided_permitted_problems),
              ("FAITH-POLARITY", dropped_only_if_problems),
              ("FAITH-POLARITY", widened_approval_problems),
              ("FAITH-POLARITY", added_use_problems),
              ("FAITH-POLARITY", acceptable_problems),
              ("FAITH-POLARITY", denied_statement_problems),
              ("FAITH-POLARITY", restored_ability_problems),
              ("FAITH-POLARITY", harm_to_help_problems),
              ("FAITH-POLARITY", dropped_negation_problems),
              ("FAITH-POLARITY", denied_comparison_problems),
              ("FAITH-POPULATION", relative_negation_problems),
              ("FAITH-POPULATION", with_without_problems),
              ("FAITH-POPULATION", opposite_problems),
              ("FAITH-NUMBER", deferred_urgency_problems),
              ("FAITH-NUMBER", zeroed_count_problems)]
    if kind == "regulatory":
        checks.append(("FAITH-POLARITY", denied_scope_problems))
    if kind == "claim":
        checks += [("FAITH-COMPARISON", equal_result_problems),
                   ("FAITH-COMPARISON", lost_difference_problems),
                   ("FAITH-COMPARISON", control_wins_problems),
                   ("FAITH-POPULATION", lambda t, tl, q, ql: human_problems(t, tl, q, ql,
                                                                            evidence))]
    out: list[Problem] = []
    for code, check in checks:
        if code not in already and not (code == "FAITH-POLARITY" and "FAITH-POPULATION"
                                        in already and check is widened_approval_problems):
            out += check(text, lang, quote, lang)
    if not (already or out):  # the last resort: a change no word list names
        out += swapped_role_problems(text, lang, quote, lang)
    return out
