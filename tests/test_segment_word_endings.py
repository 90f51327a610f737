"""A sentence that ends in a word an abbreviation is spelled like still ends there.

"…burns easily in the sun. Do not take…" was one sentence: "sun" is also "Sun." for
Sunday, so the period was read as an abbreviation's. The family: a day, month or title
abbreviation that is also an everyday word when written in lower case ("sun", "sat",
"wed", Spanish "mar", French "sept", "est", "vol"), a unit after its number ("50 mg.",
"30 min."), and a list's "etc.", each before a capitalised sentence start. Real
abbreviations keep their sentences whole, in en, fr, de and es.
"""

from __future__ import annotations

import pytest

from summarizer.readability.analyze import split_sentences
from summarizer.sources.segment import segment


def texts(text: str) -> list[str]:
    return [s.text for s in segment(text)]


ENDS = [
    # everyday words spelled like day, month or title abbreviations
    "Your skin burns easily in the sun. Do not take it before going outdoors.",
    "Protect your skin from the sun. Wear a hat and long sleeves.",
    "She sat. Nobody came to check her blood pressure.",
    "The couple wed. Two years later she started the treatment.",
    "The nurse stayed in the room with the art. Patients said it calmed them.",
    "No nade solo en el mar. Hágalo siempre acompañado.",
    "Cette clinique se trouve à l'est. Elle reçoit les patients le matin.",
    "Il en a pris sept. Puis il a arrêté le traitement.",
    "Elle a pris un vol. Le lendemain, elle se sentait mieux.",
    "Mucha gente habla del gen. Los investigadores no lo confirman.",
    "The pill lost its warning a decade ago. Should smokers give it another look?",
    # a unit after its number ends the sentence
    "The usual dose is 50 mg. Take it with food.",
    "Wait 30 min. Then check your blood pressure again.",
    "Do not take more than 10 ml. Call your doctor if you did.",
    "Die übliche Dosis beträgt 50 mg. Nehmen Sie sie mit dem Essen ein.",
    "La dosis habitual es de 50 mg. Tómela con comida.",
    # a list's end
    "It can cause nausea, dizziness, headaches, etc. Tell your doctor about any of them.",
    "Übelkeit, Schwindel, Kopfschmerzen usw. Sagen Sie es Ihrem Arzt.",
    # a letter that names something (a vitamin, a hepatitis, a plan), not an initial
    "Most adults get enough vitamin D. Do not take more than 4,000 units a day.",
    "He has hepatitis C. His doctor checks his liver every year.",
    "Ask about plan B. Call the clinic if you are not sure.",
    "Sie haben Hepatitis C. Ihr Arzt prüft die Leber jedes Jahr.",
    "Nehmen Sie genug Vitamin D. Mehr als 4000 Einheiten am Tag schaden.",
    "Il a une hépatite C. Son médecin contrôle le foie chaque année.",
    "Tome suficiente vitamina D. No tome más de 4000 unidades al día.",
]


@pytest.mark.parametrize("text", ENDS)
def test_a_sentence_ending_in_such_a_word_is_two_sentences(text: str) -> None:
    first, second = texts(text)
    assert first + " " + second == text


WHOLE = [
    "Dr. Smith said the trial was small.",
    "Mr. Jones and Mrs. Lee took part in the study.",
    "About approx. 5 people in 100 felt dizzy.",
    "Compare approx. 50 mg with the usual dose.",
    "Some people, e.g. this patient, felt better.",
    "Some people, e.g. Patients with anxiety, felt worse.",
    "It was tested vs. placebo in 40 adults.",
    "It was tested vs. Placebo in 40 adults.",
    "The study (Sun. March 5) was small.",
    "See fig. 2 for the results of the trial.",
    "See Fig. 2 for the results of the trial.",
    "The law (art. 5) forbids it.",
    "Smith et al. reported the same result.",
    "St. John's wort interacts with many medicines.",
    "Gen. Lee was not in the trial.",
    "On Sat. 3 May the clinic is closed.",
    "Il y avait env. 5 personnes dans le groupe.",
    "Il y avait env. Cinq personnes dans le groupe.",
    "Prenez-le p. ex. le matin.",
    "Prenez-le p. ex. Avec un repas.",
    "Es hilft z. B. das Medikament besser zu vertragen.",
    "Es hilft z. B. Patienten mit schweren Depressionen.",
    "Ketamin bzw. Esketamin wird in der Klinik gegeben.",
    "Die Studie (vgl. Abb. 3) war klein.",
    "Nehmen Sie ggf. Ibuprofen gegen die Schmerzen.",
    "Die max. Dosis beträgt 50 mg am Tag.",
    "Tómelo p. ej. esto por la mañana.",
    "Tómelo p. ej. Con comida por la mañana.",
    "La Dra. Ruiz y el Sr. Gómez participaron.",
    "Hay aprox. 5 personas en el grupo.",
    "Publicado el 5 ago. 2025 en la revista.",
    "Written by J. Smith and A. Jones in 2024.",
    "President John F. Kennedy signed the law.",
    "The trial of type 2 diabetes drugs, e.g. metformin, was small.",
    "Dr. A. Ruiz led the study.",
]


@pytest.mark.parametrize("text", WHOLE)
def test_abbreviations_keep_their_sentence_whole(text: str) -> None:
    assert texts(text) == [text]


@pytest.mark.parametrize("text", ENDS + WHOLE)
def test_the_reading_grade_splits_them_the_same_way(text: str) -> None:
    """The readability splitter shares the abbreviation list and this rule: a sentence
    the source shows as two is counted as two."""
    assert [text[s:e] for s, e in split_sentences(text)] == texts(text)
