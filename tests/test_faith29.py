"""Faithfulness fixes of the faith29 session: study comparisons turned around.

- the winner and the loser of a comparison swapped: "yoga did better than stretching"
  printed as "stretching did better than yoga"; "30 of 50 given the honey syrup, compared
  with 12 of 50 given the plain syrup" printed as "the plain syrup worked better";
- a larger share printed as the smaller one: "31% of those on the patch had quit,
  compared with 14% on the dummy patch" printed as "fewer people on the patch had quit
  than on the dummy patch";
- a difference the quote's numbers give printed as none: "6 out of 10 ... and 2 out of
  10" printed as "no more often than";
- an equal result printed as "much less often" (de "deutlich seltener", fr "beaucoup
  moins souvent", es "con mucha menos frecuencia") and the same amount said in Spanish
  ("la misma cantidad").

And how often said as a range, in faithful rewrites: "once or twice a year" for "every six
to twelve months", "zwei- bis viermal im Jahr" for "alle drei bis sechs Monate" (the
German ending left to the second number: "zwei- bis dreimal" is twice to three times),
"every 1 or 2 days" for "every day or two"; and French "entre les deux", "entre deux
prises" (between the two things said, between doses) is no count of two.

Invented sentence pairs (no corpus text); the faithful restatement beside each change
passes.
"""

from __future__ import annotations

import pytest
from faith_helpers import blocked, ids

RCT = "randomized-controlled"

# (quote, unfaithful text, faithful text, lang)
SWAPPED = [
    ("In a trial in which 90 adults were randomly given yoga classes or stretching classes, "
     "yoga did better than stretching for back pain at eight weeks.",
     "In the trial, stretching did better than yoga for back pain.",
     "In the trial, yoga helped back pain more than stretching did.", "en"),
    ("Dans un essai tiré au sort chez 120 adultes, la marche a fait mieux que les "
     "étirements contre la douleur du dos.",
     "Dans l'essai, les étirements ont fait mieux que la marche.",
     "Dans l'essai, la marche a mieux soulagé le dos que les étirements.", "fr"),
    ("In the trial, 30 of 50 children given the honey syrup slept through the night, "
     "compared with 12 of 50 given the plain syrup.",
     "The plain syrup worked better than the honey syrup.",
     "The honey syrup worked better than the plain syrup.", "en"),
    ("After a year, 31% of those on the patch had quit smoking, compared with 14% on the "
     "dummy patch.",
     "Fewer people on the patch had quit smoking than on the dummy patch.",
     "More people on the patch had quit smoking than on the dummy patch.", "en"),
    ("En un ensayo, el 58 % del grupo con fisioterapia volvió a caminar sin ayuda y el "
     "35 % del grupo con folleto.",
     "El grupo con folleto volvió a caminar sin ayuda más a menudo que el grupo con "
     "fisioterapia.",
     "El grupo con fisioterapia volvió a caminar sin ayuda más a menudo que el grupo con "
     "folleto.", "es"),
    ("In einer Studie waren nach drei Monaten 64 % der Gruppe mit Physiotherapie "
     "beschwerdefrei und 38 % der Gruppe mit Merkblatt.",
     "In einer Studie waren mit dem Merkblatt mehr Menschen beschwerdefrei als mit der "
     "Physiotherapie.",
     "In einer Studie waren mit der Physiotherapie mehr Menschen beschwerdefrei als mit dem "
     "Merkblatt.", "de"),
    # the quote's numbers differ: printing no difference is a change
    ("In a trial, the rash cleared in 6 out of 10 children using the cream and in 2 out of "
     "10 using the plain cream.",
     "The cream cleared the rash no more often than the plain cream.",
     "The rash cleared more often with the cream than with the plain cream.", "en"),
    ("En un ensayo, el dolor bajó a la mitad en ocho de cada diez del grupo con el jarabe y "
     "en tres de cada diez del grupo con placebo.",
     "En el ensayo, el jarabe no fue mejor que el placebo.",
     "En el ensayo, el dolor bajó más a menudo con el jarabe que con el placebo.", "es"),
    # an equal result printed as a much smaller one
    ("In einer Studie bekamen 80 Kinder ein Zinkpräparat oder ein Scheinmittel; in beiden "
     "Gruppen hatten etwa gleich viele eine Erkältung.",
     "In der Studie hatten Kinder mit Zink deutlich seltener eine Erkältung.",
     "In der Studie hatten in beiden Gruppen etwa gleich viele Kinder eine Erkältung.", "de"),
    ("Dans un essai, 120 adultes ont reçu la crème ou une crème sans produit actif, et les "
     "deux groupes ont eu autant de poussées.",
     "Avec la crème, les poussées sont revenues beaucoup moins souvent.",
     "Les deux groupes ont eu autant de poussées.", "fr"),
    ("En un ensayo, 100 niños tomaron el jarabe o un placebo y en ambos grupos hubo la misma "
     "cantidad de catarros.",
     "Con el jarabe los niños tuvieron catarros con mucha menos frecuencia.",
     "En ambos grupos hubo los mismos catarros.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "_faithful", "lang"), SWAPPED, ids=ids)
def test_a_comparison_turned_around_is_blocked(quote: str, text: str, _faithful: str,
                                               lang: str):
    assert blocked(quote, text, lang, RCT)


@pytest.mark.parametrize(("quote", "_text", "faithful", "lang"), SWAPPED, ids=ids)
def test_the_same_comparison_restated_passes(quote: str, _text: str, faithful: str,
                                             lang: str):
    assert not blocked(quote, faithful, lang, RCT)


def test_a_comparison_turned_with_its_word_passes():
    """The loser named first with the opposite word says the same result."""
    quote = SWAPPED[3][0]
    assert not blocked(quote, "Fewer people on the dummy patch had quit smoking than on the "
                       "patch.", "en", RCT)


# (quote, faithful text, the same text with the number changed, lang, kind)
HOW_OFTEN = [
    ("The nurse checks the implant site every six to twelve months.",
     "The nurse looks at the implant once or twice a year.",
     "The nurse looks at the implant once or twice a month.", "en", "supervision"),
    ("Die Ärztin kontrolliert die Blutwerte alle drei bis sechs Monate.",
     "Die Ärztin prüft die Blutwerte zwei- bis viermal im Jahr.",
     "Die Ärztin prüft die Blutwerte zwei- bis zehnmal im Jahr.", "de", "supervision"),
    ("Nehmen Sie das Pulver zuerst einmal täglich und steigern Sie nach einigen Tagen auf "
     "zwei- bis dreimal täglich.",
     "Nehmen Sie das Pulver erst einmal am Tag, nach ein paar Tagen zwei- bis dreimal "
     "täglich.",
     "Nehmen Sie das Pulver erst einmal am Tag, nach ein paar Tagen vier- bis fünfmal "
     "täglich.", "de", "self-medication"),
    ("While the dose is changed, the clinic sees you every day or two.",
     "While the dose is being changed, the clinic sees you every 1 or 2 days.",
     "While the dose is being changed, the clinic sees you every 3 or 4 days.", "en",
     "supervision"),
    ("Prenez le sirop et le comprimé à au moins trois heures d'écart.",
     "Laissez au moins trois heures entre les deux.",
     "Laissez au moins entre deux et trois heures entre le sirop et le comprimé.", "fr",
     "self-medication"),
    ("Prenez au plus 1 g par prise, en espaçant les prises d'au moins 8 heures.",
     "Ne dépassez pas 1 g par prise et laissez au moins 8 heures entre deux prises.",
     "Ne dépassez pas 1 g par prise et laissez au moins 4 heures entre deux prises.", "fr",
     "self-medication"),
]


@pytest.mark.parametrize(("quote", "text", "_changed", "lang", "kind"), HOW_OFTEN, ids=ids)
def test_how_often_restated_passes(quote: str, text: str, _changed: str, lang: str,
                                   kind: str):
    assert not blocked(quote, text, lang, kind)


@pytest.mark.parametrize(("quote", "_text", "changed", "lang", "kind"), HOW_OFTEN, ids=ids)
def test_how_often_changed_is_blocked(quote: str, _text: str, changed: str, lang: str,
                                      kind: str):
    assert blocked(quote, changed, lang, kind)
