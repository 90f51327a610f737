"""Spanish syllable counts by rule: Spanish spelling says where the vowel nuclei are.

One syllable per vowel nucleus. Vowels in a row form one nucleus (diphthong,
triphthong) unless two strong vowels meet (a, e, o: "le-er", "ca-os", "po-e-ta") or a
written accent marks a weak vowel as its own nucleus ("dí-a", "pa-ís", "re-ú-ne",
"o-í-do"); two weak vowels are always one nucleus, accented or not ("lin-güís-ti-ca",
"cuí-da-te"). Accented strong vowels stay strong ("a-é-re-o"). Not vowels: the "u" of
qu and of gu before e/i ("que", "guerra", "guiso"; but "pingüino" has a spoken ü), and
"y" before a vowel ("ya", "mayo"); "y" at the end of a word or alone is a weak vowel
("hoy", "muy", "Uruguay", "y").

Convention for "h" between vowels: it is counted as a consonant, so it separates
nuclei ("pro-hi-bir", "a-hu-ma-do", "bú-ho"), which is how syllables are taught and
how most syllabifiers count; the RAE's 2010 Ortografía treats "prohi-bir" as a
diphthong for accent placement, one syllable fewer. Loanwords are counted by Spanish
rules. Numbers: see `number_syllables`.
"""

from __future__ import annotations

from functools import lru_cache

from summarizer.readability.numbers import read_digit_by_digit

_STRONG = frozenset("aeoáéóàèò")
_WEAK = frozenset("iuüïy")
_ACCENTED_WEAK = frozenset("íúì")
_VOWELS = _STRONG | _WEAK | _ACCENTED_WEAK


@lru_cache(maxsize=65536)
def syllables_es(word: str) -> int:
    """Syllables of one Spanish word (letters only; case ignored); 0 if it has no vowel."""
    w = word.lower()
    n = len(w)
    count = 0
    prev = ""  # previous vowel in the current run, "" after a consonant
    for i, ch in enumerate(w):
        if ch not in _VOWELS:
            prev = ""
            continue
        nxt = w[i + 1] if i + 1 < n else ""
        if ch == "u" and i > 0 and (w[i - 1] == "q" or (w[i - 1] == "g" and nxt in "eiéí" and nxt)):
            prev = ""  # silent u: que, guerra, guiso (not before a/o: agua, antiguo)
            continue
        if ch == "y" and nxt and nxt in _VOWELS:
            prev = ""  # consonant y: ya, mayo, leyes
            continue
        if not prev:
            count += 1
        elif (prev in _STRONG and ch in _STRONG) or (
            (ch in _ACCENTED_WEAK and prev in _STRONG) or (prev in _ACCENTED_WEAK and ch in _STRONG)
        ):
            count += 1  # hiatus; two weak vowels stay one nucleus even when one is accented
        prev = ch
    return count


_UNITS = ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
          "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete",
          "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés",
          "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho",
          "veintinueve")
_TENS = ("", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta",
         "noventa")
_HUNDREDS = ("", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos",
             "seiscientos", "setecientos", "ochocientos", "novecientos")


def _spell_below_1000(n: int) -> list[str]:
    if n == 100:
        return ["cien"]
    out: list[str] = []
    h, rest = divmod(n, 100)
    if h:
        out.append(_HUNDREDS[h])
    if rest < 30:
        if rest or not out:
            out.append(_UNITS[rest])
    else:
        t, u = divmod(rest, 10)
        out.append(_TENS[t])
        if u:
            out += ["y", _UNITS[u]]
    return out


def spell_es(n: int) -> list[str]:
    """Spanish cardinal words for 0 <= n < 10**12 ("2019" -> dos mil diecinueve)."""
    if n < 1000:
        return _spell_below_1000(n)
    if n < 1_000_000:
        th, rest = divmod(n, 1000)
        head = ["mil"] if th == 1 else [*_spell_below_1000(th), "mil"]
        return head + (_spell_below_1000(rest) if rest else [])
    mi, rest = divmod(n, 1_000_000)
    head = ["un", "millón"] if mi == 1 else [*spell_es(mi), "millones"]
    return head + (spell_es(rest) if rest else [])


def number_syllables(digits: str) -> int:
    """Syllables of a digit string read aloud in Spanish, with the English conventions:
    cardinals below 100, round hundreds/thousands and years 1100-2099; any other run of
    3+ digits (a phone number, "988") digit by digit."""
    if len(digits) > 12:  # digit by digit (int() of 4,300+ digits is refused)
        return sum(syllables_es(_UNITS[int(d)]) for d in digits)
    if read_digit_by_digit(digits):
        return sum(syllables_es(_UNITS[int(d)]) for d in digits)
    return sum(syllables_es(w) for w in spell_es(int(digits)))
