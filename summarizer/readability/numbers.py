"""How a run of digits is read aloud: as a number or digit by digit.

One rule for every language's syllable counter and for the analyzer, which counts a
code read digit by digit as that many short words (see Analyzer._phone)."""

from __future__ import annotations


def read_digit_by_digit(whole: str) -> bool:
    """True for a code or phone number (988, 116123, 4357, 024): three or more digits
    that are not a year-like 1100-2099 and not a round number (800, 1000), or any run
    with a leading zero. "250" is read "two hundred fifty" and stays a number."""
    if len(whole) > 1 and whole[0] == "0":
        return True
    if len(whole) < 3:
        return False
    if len(whole) == 4 and 1100 <= int(whole) <= 2099:
        return False
    return whole.rstrip("0") not in ("", whole[0])
