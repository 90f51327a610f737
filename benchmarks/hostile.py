"""Hostile-input benchmark: an article built to be slow reads about as fast as a real one.

A stranger's page may hold a run of 20,000 digits, spaces, quotes or commas inside one
sentence. A pattern tried from every position of such a run takes time growing with the
square of its length (session 11 found 1-3 s per 20,000 characters in three places), so a
hostile page could stall `claims`, the editor's analysis worker or a batch export.

Target: for every language (en, es, fr, de), lead-in and filler below, analysing a
hostile text of LENGTH characters (process time) takes <= 3x what analysing real
article text of the same length and language takes in the same run (the peer: the
language's labelled articles under tests/data, cut to LENGTH). Each text is read once,
after a warm-up in its language: a second reading would be answered by the per-sentence
caches. The worst ratios are printed. Exit 1 when a target is missed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

LENGTH = 20_000
TARGET = 3.0
# A paragraph in the language first, so the text is read as that language.
INTRO = {
    "en": "This article explains what the treatment is, who it may help and what the "
          "risks are for people who take it every day.",
    "es": "Este artículo explica qué es el tratamiento, a quién puede ayudar y cuáles son "
          "los riesgos para las personas que lo toman cada día.",
    "fr": "Cet article explique ce qu'est le traitement, à qui il peut servir et quels "
          "sont les risques pour les personnes qui le prennent chaque jour.",
    "de": "Dieser Artikel erklärt, was die Behandlung ist, wem sie helfen kann und welche "
          "Risiken sie für Menschen hat, die sie jeden Tag nehmen.",
}
# Openings that wake different readers: notices, contacts, evidence, hype, shares.
LEADS = {
    "en": ["Do not take this medicine", "Call 988 if", "The study found that",
           "There is no evidence that", "\"This cures", "In 2 of every", "It can cause"],
    "es": ["No tome este medicamento", "Llame al", "El estudio mostró que",
           "No hay pruebas de que", "«Esto cura", "En 2 de cada", "Puede causar"],
    "fr": ["Ne prenez pas ce médicament", "Appelez le", "L'étude a montré que",
           "Aucune preuve que", "« Cela guérit", "Dans 2 cas sur", "Il peut provoquer"],
    "de": ["Nehmen Sie dieses Medikament nicht", "Rufen Sie", "Die Studie zeigte, dass",
           "Es gibt keinen Beleg, dass", "„Das heilt", "Bei 2 von", "Es kann"],
}
FILLERS = {"spaces": " ", "digits": "1", "digit-space": "1 ", "words": "a ",
           "commas": "a, ", "quotes": "\" ", "dashes": "- ", "capitals": "A ",
           "decimals": "1.", "percents": "1% ",
           # review13 found ten word-list entries tried from every character of these
           "digit-commas": "1,", "digit-dashes": "1-"}
# The peer's articles: labelled folders released long ago (never an unseen one).
PEER_FOLDERS = ("corpus", "corpus-fr", "corpus-de", *(f"heldout{i}" for i in range(3, 14)),
                *(f"train{i}" for i in range(1, 15)))


def peer_text(lang: str) -> str:
    """Real article text in `lang`, LENGTH characters of it."""
    import tomllib

    parts: list[str] = []
    for folder in PEER_FOLDERS:
        for label in sorted((REPO / "tests" / "data" / folder).glob("*.toml")):
            try:
                if tomllib.loads(label.read_text("utf-8")).get("lang") != lang:
                    continue
            except tomllib.TOMLDecodeError:
                continue
            txt = label.with_suffix(".txt")
            if txt.is_file():
                parts.append(txt.read_text("utf-8"))
    text = "\n\n".join(parts)
    if len(text) < LENGTH:
        raise SystemExit(f"not enough {lang} article text for the peer ({len(text)} chars)")
    return text[:LENGTH]


def timed(text: str) -> float:
    from summarizer.sources import analyze
    from summarizer.sources.analyze import analyze_source
    from summarizer.sources.load import load_bytes

    analyze.forget()
    source = load_bytes(text.encode("utf-8"), "txt", "hostile.txt")
    started = time.process_time()
    analyze_source("x", source)
    return time.process_time() - started


def main() -> int:
    rows: list[tuple[float, float, str, str, str]] = []
    for lang, leads in LEADS.items():
        timed(f"{INTRO[lang]}\n\n{leads[0]}.")  # its word lists and models loaded first
        peer = timed(peer_text(lang))
        for lead in leads:
            for name, unit in FILLERS.items():
                body = (unit * (LENGTH // len(unit) + 1))[:LENGTH - len(INTRO[lang]) - 40]
                took = timed(f"{INTRO[lang]}\n\n{lead} {body} end.\n")
                rows.append((took / peer, took, lang, lead, name))
        print(f"{lang}: peer {peer:.2f} s for {LENGTH:,} characters of articles", flush=True)
    rows.sort(reverse=True)
    for ratio, took, lang, lead, name in rows[:8]:
        print(f"  {ratio:5.2f}x  {took:6.2f} s  {lang} {name:11} after {lead!r}")
    worst = rows[0][0]
    ok = worst <= TARGET
    print(f"{'PASS' if ok else 'FAIL'}  worst hostile text {worst:.2f}x real article text "
          f"of the same length (target <= {TARGET:g}x; {len(rows)} texts)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
