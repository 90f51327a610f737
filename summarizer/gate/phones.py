"""Phone numbers in a handout: valid in its region, a real crisis line, printed in the text.

The crisis lines come from the rulebook (regions.toml), what an emergency number is from
its one definition (rulebook.is_emergency_number); phonenumbers decides what is dialable.
"""

from __future__ import annotations

import re

from summarizer.model import Contact
from summarizer.rulebook import is_emergency_number, regions


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def number_valid(contact: Contact, region: str) -> bool:
    """Does this number work when dialled or texted in `region`?"""
    import phonenumbers

    number = contact.number.strip()
    if number.startswith("+"):
        try:
            parsed = phonenumbers.parse(number, None)
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.is_valid_number_for_region(parsed, region)
    if number in regions().crisis_numbers(region):
        return True  # as the rulebook lists it, with a star ("*4141") if it has one
    only = digits(number)
    if not only or only != number.replace(" ", "").replace("-", ""):
        return False
    if only in regions().crisis_numbers(region):
        return True
    try:
        parsed = phonenumbers.parse(only, region)
    except phonenumbers.NumberParseException:
        return False
    return (phonenumbers.is_valid_short_number_for_region(parsed, region)
            or is_emergency_number(only, region))


def is_crisis_line(contact: Contact, region: str) -> bool:
    """A crisis contact valid in `region` that is not just the emergency number."""
    if contact.role != "crisis" or not number_valid(contact, region):
        return False
    return contact.number.startswith("+") or not is_emergency_number(
        digits(contact.number), region)


_RUN = re.compile(r"\+?\d(?:[\s().\-–]{0,2}\d)*")


def digit_runs(text: str) -> list[str]:
    """Numbers as written, separators dropped: "1-888-628-9454" -> "18886289454"."""
    return [digits(m) for m in _RUN.findall(text)]


def text_has_number(text: str, contact: Contact) -> bool:
    """Does `text` print this contact's number (any common grouping)?"""
    import phonenumbers

    display = contact.display.strip()
    if any(ch.isdigit() for ch in display) and re.search(
            rf"(?<![\w]){re.escape(display)}(?![\w])", text):
        return True  # as displayed, e.g. a vanity number "800-662-HELP (4357)"
    runs = digit_runs(text)
    number = contact.number.strip()
    if number.startswith("+"):
        try:
            national = str(phonenumbers.parse(number, None).national_number)
        except phonenumbers.NumberParseException:
            national = digits(number)
        return any(run.endswith(national) for run in runs)
    return digits(number) in runs


def regulators_for(region: str) -> dict[str, re.Pattern[str]]:
    """The region's medicines regulators (name -> pattern naming it in text)."""
    return {g.name: g.pattern for g in regions().regulators_for(region)}
