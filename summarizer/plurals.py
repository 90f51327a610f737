"""Plural-Forms headers for catalogs, from one pinned source rather than the installed Babel.

Babel"s plural rules follow whichever CLDR release it bundles (French and Spanish got a
third form, for "millions of", in CLDR 42), so headers written by two machines with
different Babel versions disagreed with each other and with the shipped catalogs. This
table is Unicode CLDR 47 (common/supplemental/plurals.xml, cardinal rules), as Babel
2.19 converts it to gettext C expressions; every catalog summarizer writes or ships uses
it. A language not listed falls back to the installed Babel and is named by
`is_pinned`, so the table can be extended.
"""

from __future__ import annotations

from summarizer.locale_codes import base_language

CLDR_VERSION = "47"

# base language -> (nplurals, plural expression)
PLURAL_FORMS: dict[str, tuple[int, str]] = {
    "ar": (6, "(n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : n % 100 >= 3 && n % 100 <= 10 ? "
              "3 : n % 100 >= 11 && n % 100 <= 99 ? 4 : 5)"),
    "de": (2, "(n != 1)"),
    "en": (2, "(n != 1)"),
    "es": (3, "(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2)"),
    "fa": (2, "(n > 1)"),
    "fil": (2, "n != 1 && n != 2 && n != 3 && (n % 10 == 4 || n % 10 == 6 || n % 10 == 9)"),
    "fr": (3, "(n == 0 || n == 1) ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2"),
    "he": (3, "(n == 1 ? 0 : n == 2 ? 1 : 2)"),
    "hi": (2, "(n > 1)"),
    "ht": (2, "(n != 1)"),
    "it": (3, "(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2)"),
    "ja": (1, "0"),
    "km": (1, "0"),
    "ko": (1, "0"),
    "pl": (3, "n == 1 ? 0 : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2"),
    "pt": (3, "(n == 0 || n == 1) ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2"),
    "ru": (3, "n % 10 == 1 && n % 100 != 11 ? 0 : "
              "n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2"),
    "so": (2, "(n != 1)"),
    "th": (1, "0"),
    "tl": (2, "n != 1 && n != 2 && n != 3 && (n % 10 == 4 || n % 10 == 6 || n % 10 == 9)"),
    "uk": (3, "n % 10 == 1 && n % 100 != 11 ? 0 : "
              "n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2"),
    "ur": (2, "(n != 1)"),
    "vi": (1, "0"),
    "zh": (1, "0"),
}


def is_pinned(locale: str) -> bool:
    return base_language(locale) in PLURAL_FORMS


def plural_forms(locale: str) -> tuple[int, str]:
    """(nplurals, C expression) for `locale`"s base language."""
    found = PLURAL_FORMS.get(base_language(locale))
    if found is not None:
        return found
    from babel.messages.plurals import get_plural

    rule = get_plural(locale.replace("-", "_"))
    return rule.num_plurals, rule.plural_expr


def header(locale: str) -> str:
    """The Plural-Forms header value: "nplurals=2; plural=(n != 1);"."""
    n, expr = plural_forms(locale)
    return f"nplurals={n}; plural={expr};"

