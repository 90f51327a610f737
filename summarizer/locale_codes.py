"""Language and region codes: which ones exist (Babel's answer, kept in the user's
cache) and the one spelling summarizer writes them in (BCP 47 with hyphens).

Apart from the handout schema (summarizer.schema re-exports these) so that a command
that only takes a language code, such as `readability -l es`, loads neither msgspec nor
the schema (about 12 ms of a one-shot run).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

LOCALE_PATTERN = r"^[a-zA-Z]{2,3}(?:[-_](?:[a-zA-Z]{4}|[a-zA-Z]{2}|[0-9]{3}|[a-zA-Z0-9]{5,8}))*$"


@functools.cache  # called for every word list read (~2 ms of each re-check of the example)
def base_language(locale: str | None) -> str:
    """The language of a locale code, whatever its spelling ("es-US", "es_MX" -> "es"):
    the key of the rulebook's word lists and of the readability formulas."""
    return (locale or "").replace("-", "_").split("_")[0].lower()


@functools.cache
def babel_version() -> str:
    """Babel's installed version, from its dist-info folder's name, without importing
    Babel (~5 ms of the editor's start-up); by importing it when that is ambiguous."""
    import importlib.util
    import os

    spec = importlib.util.find_spec("babel")
    if spec is not None and spec.origin:
        folder = os.path.dirname(os.path.dirname(os.path.realpath(spec.origin)))
        found = [e[len("babel-"):-len(".dist-info")] for e in os.listdir(folder)
                 if e.lower().startswith("babel-") and e.endswith(".dist-info")]
        if len(found) == 1:
            return found[0]
    import babel

    return str(babel.__version__)


@functools.cache
def _territories() -> frozenset[str]:
    """ISO 3166 codes Babel names. Loading Babel's English locale data to list them costs
    ~36 ms per run, so the list is kept in the user's cache, keyed by Babel's version."""
    from summarizer import usercache

    key = f"regions-babel-{babel_version()}.json"
    stored = usercache.read_json(key)
    if isinstance(stored, list) and stored and all(isinstance(t, str) for t in stored):
        return frozenset(stored)
    from babel import Locale

    codes = frozenset(t for t in Locale("en").territories if len(t) == 2 and t.isalpha()
                      and t not in ("ZZ", "QO", "EU", "EZ", "UN"))
    usercache.write_json(key, sorted(codes))
    return codes


def known_region(code: str) -> bool:
    return code.upper() in _territories()


def canonical_region(code: str) -> str | None:
    """The country code a region is stored as, or None when it is not one: upper case,
    and a two-letter code CLDR keeps as an alias of one country taken as that country
    ("UK" -> "GB": what people in the United Kingdom write; ISO reserves UK for it)."""
    code = (code or "").strip().upper()
    if not (len(code) == 2 and code.isalpha()):
        return None
    if code in _territories():
        return code
    return _region_alias(code)


def region_suggestion(code: str) -> str | None:
    """The country a code that is not one most likely means, for a "did you mean" line:
    a CLDR alias of one country, three-letter ISO codes included ("usa" -> "US")."""
    code = (code or "").strip().upper()
    return _region_alias(code) if code.isalnum() else None


@functools.cache
def _region_alias(code: str) -> str | None:
    # Only reached for a code that is not a country (Babel's data is imported then).
    from babel.core import get_global

    to = get_global("territory_aliases").get(code) or []
    return to[0] if len(to) == 1 and to[0] in _territories() else None


def near_language(tag: str, languages: Iterable[str]) -> str | None:
    """The language of `languages` a three-letter code is most likely a typo of: one
    letter more than it ("frr", "fur" -> "fr"), or None. Such a code is often a real but
    rare language (frr is Northern Frisian), so it is said, never refused. Two-letter
    codes one letter apart are different languages (he, de), not typos."""
    lang = base_language(tag)
    bases = {base_language(x) for x in languages}
    if len(lang) != 3 or lang in bases:
        return None
    for i in range(len(lang)):
        shorter = lang[:i] + lang[i + 1:]
        if shorter in bases:
            return shorter
    return None


def language_name(tag: str) -> str:
    """A language code's English name ("frr" -> "Northern Frisian"), else the code."""
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(tag.replace("-", "_")).get_display_name("en") or tag)
    except (UnknownLocaleError, ValueError, TypeError):
        return tag


@functools.cache
def known_locale(tag: str) -> bool:
    """Strict pattern, then Babel: "es-US" yes, "xx" no, "es@x/../x" no. Babel's answers
    are kept in the user's cache, keyed by its version, so opening a handout does not
    import Babel (the editor's first screen)."""
    if not re.fullmatch(LOCALE_PATTERN, tag or ""):
        return False
    from summarizer import usercache

    key = f"locales-babel-{babel_version()}.json"
    stored = usercache.read_json(key)
    known = stored if isinstance(stored, dict) else {}
    if isinstance(known.get(tag), bool):
        return bool(known[tag])
    answer = _babel_knows(tag)
    if len(known) < KEPT_LOCALES:  # the tags handouts use, not every tag ever typed
        usercache.write_json(key, {**{k: v for k, v in known.items()
                                      if isinstance(v, bool)}, tag: answer})
    return answer


KEPT_LOCALES = 200


def _babel_knows(tag: str) -> bool:
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return False
    return True


def canonical_locale(tag: str) -> str | None:
    """The one spelling of a language code, or None when it is not one Babel knows.

    BCP 47 with hyphens and its case conventions (language lower, Script title, REGION
    upper, variant lower): "EN" -> "en", "zh_Hans" -> "zh-Hans", "es_us" -> "es-US". The
    CLI, the schema and the editor all spell codes this way, so "-l EN" cannot write
    .EN.pdf beside .en.pdf. Babel checks the code is known, but does not spell it:
    Locale.parse swaps aliases ("tl" -> "fil_PH", "zh_CN" -> "zh_Hans_CN") and keeps an
    "@modifier", so the pattern above is checked first and the spelling is ours."""
    tag = (tag or "").strip()
    if not known_locale(tag):
        return None
    first, *rest = re.split(r"[-_]", tag)
    spelled = [first.lower()]
    for sub in rest:
        if len(sub) == 4 and sub.isalpha():
            spelled.append(sub.title())
        elif (len(sub) == 2 and sub.isalpha()) or (len(sub) == 3 and sub.isdigit()):
            spelled.append(sub.upper())
        else:
            spelled.append(sub.lower())
    return "-".join(spelled)


def canonical_locales(tags: Iterable[str], option: str = "--locale") -> list[str]:
    """Each code spelled once and canonically, in the order given ("-l es -l ES" is one
    language); UsageError naming the option and the first code that is not a language."""
    from summarizer.errors import UsageError

    out: list[str] = []
    for tag in tags:
        canon = canonical_locale(tag)
        if canon is None:
            raise UsageError(f"{option} {tag!r} is not a language code Babel knows "
                             "(e.g. en, es, es-US, zh-Hans)")
        if canon not in out:
            out.append(canon)
    return out
