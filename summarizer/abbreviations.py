"""Abbreviations that end with a period but not a sentence ("Dr.", "e.g.", "Sra.").

One list for both sentence splitters: the source segmenter (offsets into articles) and
the readability splitter (speed-tuned), so "U.S." or "aprox." never splits one and not
the other. Lower case, without the final period; English and Spanish.
"""

ABBREVIATIONS: frozenset[str] = frozenset(
    [
     "al", "approx", "appt", "apr", "aprox", "art", "aug", "ca", "cap", "capt", "cf", "co",
     "col", "corp", "dec", "dept", "dr", "dra", "drs", "e.g", "ed", "eds", "eg", "ej", "est",
     "etc", "feb", "fig", "figs", "fri", "gen", "gov", "hon", "hr", "hrs", "i.e", "ibid",
     "ie", "inc", "jan", "jr", "jul", "jun", "kg", "lb", "lbs", "lt", "ltd", "mar", "max",
     "mcg", "mg", "min", "ml", "mon", "mr", "mrs", "ms", "mt", "mx", "nov",
     "núm", "oct", "op", "oz", "p", "pp", "prof", "pág", "rep", "rev", "sat", "sen", "sep",
     "sept", "sgt", "sr", "sra", "srta", "st", "sun", "tel", "thu", "thurs", "tue", "tues",
     "u.k", "u.s", "ud", "uds", "univ", "vol", "vs", "wed", "wk", "wks", "yr", "yrs",
    ]
)
