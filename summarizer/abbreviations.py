"""Abbreviations that end with a period but not a sentence ("Dr.", "e.g.", "Sra.").

One list for both sentence splitters: the source segmenter (offsets into articles) and
the readability splitter (speed-tuned), so "U.S." or "aprox." never splits one and not
the other. Lower case, without the final period; English, Spanish, French and German.

Some of them end sentences too, and the source segmenter reads those apart (a period
after them before a capital is a sentence end): see WORDS_TOO, UNITS and LIST_ENDS.
"""

ABBREVIATIONS: frozenset[str] = frozenset(
    [
     "al", "approx", "appt", "apr", "aprox", "art", "aug", "ca", "cap", "capt", "cf", "co",
     "col", "corp", "dec", "dept", "dr", "dra", "drs", "e.g", "ed", "eds", "eg", "ej", "est",
     "etc", "feb", "fig", "figs", "fri", "gen", "gov", "hon", "hr", "hrs", "i.e", "ibid",
     "ie", "inc", "jan", "jr", "jul", "jun", "kg", "lb", "lbs", "lt", "ltd", "mar", "max",
     "mcg", "mg", "min", "ml", "mon", "mr", "mrs", "ms", "mt", "mx", "nov",
     "no", "núm", "oct", "op", "oz", "p", "pp", "prof", "pág", "rep", "rev", "sat", "sen", "sep",
     "sept", "sgt", "sr", "sra", "srta", "st", "sun", "tel", "thu", "thurs", "tue", "tues",
     "u.k", "u.s", "ud", "uds", "univ", "vol", "vs", "wed", "wk", "wks", "yr", "yrs",
     # French ("env. 5", "p. ex.", "chap. 3", "janv.", "févr.")
     "env", "ex", "chap", "éd", "janv", "févr", "avr", "juil", "déc", "pr", "tél",
     # German ("bzw. Esketamin", "vgl. Abb. 3", "ggf.", "Nr. 5"; nouns follow in capitals)
     "abb", "bzw", "evtl", "ggf", "inkl", "insb", "nr", "sog", "usw", "vgl", "zzgl", "bzgl",
     "okt", "dez", "hrsg", "mio", "mrd", "tsd", "std",
     # Austrian titles ("Mag. Eva Huber", "Mag. pharm."); in lower case "mag" is a word
     "mag",
     # Spanish ("ene.", "dic.", "cfr.", "izq.")
     "ene", "abr", "ago", "dic", "cfr", "izq", "dcha", "tfno", "telf",
    ]
)

# Everyday words in lower case that are abbreviations only when capitalised (a day, a
# month, a title): "in the sun. Do not…", "she sat. Nobody…", Spanish "el mar. Hágalo…",
# French "il en a pris sept. Puis…", "un vol. Le lendemain…", English "a decade ago. Should
# …" (Spanish "ago." is August). Before a capital they end the sentence; "Sun. 5 March",
# "Gen. Lee", "fig. 2" and "5 ago. 2025" (a digit next) do not.
WORDS_TOO: frozenset[str] = frozenset(
    ["ago", "art", "cap", "col", "est", "fig", "gen", "mag", "mar", "rep", "sat", "sept",
     "sun", "tue", "vol", "wed"]
)

# Units: after a number, a period before a capital ends the sentence ("50 mg. Take…",
# "30 min. Then…"); elsewhere ("max. Dosis", "approx. 50 mg") they stay abbreviations.
UNITS: frozenset[str] = frozenset(
    ["hr", "hrs", "kg", "lb", "lbs", "mcg", "mg", "min", "ml", "oz", "std", "wk", "wks",
     "yr", "yrs"]
)

# A list's last word: before a capital, its period ends the sentence ("…, etc. Tell…").
# A number's sign is an abbreviation only before its number ("no. 512847"): before a
# capital it is an answer ("No. It helps some people").
LIST_ENDS: frozenset[str] = frozenset(["etc", "usw", "no"])

_DIGITS = frozenset("0123456789")

# Words a capital letter names something after ("vitamin D", "hepatitis C", "plan B",
# "Gruppe A"): that letter is no initial, and its period before a capital ends the
# sentence. en, fr, de, es; compared in lower case.
LETTER_LABELS: frozenset[str] = frozenset(
    ["vitamin", "vitamins", "hepatitis", "type", "plan", "group", "phase", "stage", "class",
     "schedule", "list", "grade", "level", "category", "option", "appendix",
     "vitamine", "hépatite", "groupe", "stade", "classe", "liste", "annexe", "catégorie",
     "niveau",
     "typ", "gruppe", "stadium", "klasse", "anhang", "kategorie", "stufe",
     "vitamina", "tipo", "grupo", "fase", "estadio", "etapa", "clase", "lista", "anexo",
     "categoría", "nivel", "opción"]
)


def labelled_letter(letter: str, nxt: str, before: str) -> bool:
    """Does the period after the single `letter` end its sentence? Yes when the letter is
    a capital named by the word before it ("enough vitamin D. Do not…", "Hepatitis C. Ihr
    Arzt…") and a capital follows; an initial ("John F. Kennedy", "by J. Smith") is not."""
    if not (letter.isupper() and (nxt.isupper() or nxt in "\"“‘'([¿¡«„")):
        return False
    words = before.split()
    return bool(words) and words[-1].lower() in LETTER_LABELS


def ends_anyway(token: str, nxt: str, before: str) -> bool:
    """Does the period after `token` (an ABBREVIATIONS entry, as written) end its sentence
    anyway? Only before a capital or an opening quote (`nxt`): an everyday word in lower
    case ("in the sun. Do not"), a unit after its number (`before`, the text just before
    the token: "50 mg. Take"), a list's "etc.". Both sentence splitters ask this."""
    if not (nxt.isupper() or nxt in "\"“‘'([¿¡«„"):
        return False  # a digit or lower case next: "fig. 2", "Sat. 3 May", "approx. 5"
    low = token.lower()
    if low in WORDS_TOO:
        return token == low
    if low in LIST_ENDS:
        return True
    if low not in UNITS:
        return False
    tail = before.rstrip(" \u00a0\u202f")
    return bool(tail) and tail[-1] in _DIGITS


# German degrees: the parts after a title ("Dr. med.", "Dr. rer. nat.", "Prof. Dr. phil.",
# "Dr. med. dent.") and hyphenated degrees ("Dipl.-Psych.", "Dr.-Ing."). A part is an
# abbreviation only right after another abbreviation ("He asked for his med. Nobody…"
# ends there). Lower case, without the dot.
DEGREE_PARTS: frozenset[str] = frozenset(
    ["med", "rer", "nat", "phil", "dent", "vet", "pharm", "habil", "jur", "oec", "pol",
     "sc", "soc", "psych", "ing", "päd", "kfm", "dipl", "dr", "prof", "univ", "mag"]
)

# German (and Austrian) month names, for a day written as an ordinal: "am 3. März".
GERMAN_MONTHS: frozenset[str] = frozenset(
    ["januar", "jänner", "februar", "feber", "märz", "april", "mai", "juni", "juli",
     "august", "september", "oktober", "november", "dezember",
     "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez"]
)


def title_or_day(token: str, before: str, after: str) -> bool:
    """Is the period after `token` (as written) part of a German degree or a day's
    ordinal, so the sentence goes on? `before` is the text just before the token, `after`
    the text just after the period. "Dr. med. Anna", "Dipl.-Psych. Jonas" and "am 3. März"
    go on; "his med. Nobody" and "bei 12. Die" end."""
    low = token.lower()
    if "-" in low:  # "dipl.-psych", "dr.-ing": every part a degree's
        parts = [part.rstrip(".") for part in low.split("-")]
        return all(part in DEGREE_PARTS for part in parts) and ".-" in low
    if low in DEGREE_PARTS:
        words = before.split()
        return bool(words) and words[-1].endswith(".") and (
            words[-1].rstrip(".").lower() in DEGREE_PARTS)
    if low.isdigit() and len(low) <= 2 and 1 <= int(low) <= 31:
        nxt = after.lstrip(" \u00a0\u202f").split(" ", 1)[0].rstrip(".,;:").lower()
        return nxt in GERMAN_MONTHS
    return False
