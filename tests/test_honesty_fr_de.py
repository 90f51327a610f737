"""The French and German labelled corpora (tests/data/corpus-fr, corpus-de): the safety
notices of articles in those languages are found with their own concept lists
(rulebook/words/fr.toml, de.toml), held at the issue-8 targets in CI.

They have no rewrites: benchmarks/honesty.py measures a corpus without rewrites.toml
(notices, evidence, traps) and says that faithfulness was not measured there.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPORA = {"fr": REPO / "tests" / "data" / "corpus-fr", "de": REPO / "tests" / "data" / "corpus-de"}


def _honesty():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("honesty", REPO / "benchmarks" / "honesty.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["honesty"] = mod
    spec.loader.exec_module(mod)
    return mod


h = _honesty()


def test_benchmark_measures_a_corpus_without_rewrites(capsys: pytest.CaptureFixture[str]) -> None:
    h.main(["--corpus", str(CORPORA["fr"])])
    out = capsys.readouterr().out
    assert "corpus: 5 articles (fr; .html, .txt)" in out
    assert "self-medication" in out and "evidence levels" in out
    assert "faithfulness: not measured (no rewrites.toml" in out


@pytest.fixture(scope="module", params=sorted(CORPORA))
def corpus(request: pytest.FixtureRequest) -> list:
    arts = h.load_corpus(CORPORA[request.param])
    assert len(arts) >= 3 and {a.lang for a in arts} == {request.param}
    assert {a.path.suffix for a in arts} == {".txt", ".html"}
    return arts


@pytest.mark.parametrize("kind", h.KINDS)
def test_notice_kinds_in_french_and_german(corpus: list, kind: str) -> None:
    """Measured untouched (main before the fr/de lists): crisis lines 0 of 3 in each
    language, supervision 2 of 5 (fr) and 2 of 7 (de), German self-medication 1 of 5."""
    sc = h.notice_scores(corpus)[kind]
    assert sc.expected >= 3
    assert sc.precision >= h.NOTICE_TARGET, sc.false_alarms
    assert sc.recall >= h.NOTICE_TARGET, sc.misses


def test_evidence_contacts_and_traps_in_french_and_german(corpus: list) -> None:
    right, total, misses = h.evidence_scores(corpus)
    assert total >= 10 and right / total >= h.EVIDENCE_TARGET, misses
    assert h.contact_problems(corpus) == []
    assert h.trap_problems(corpus) == []


# Sentences written for these tests (in no corpus): the same ideas said another way.
def kinds(sentence: str, lang: str) -> set[str]:
    from summarizer.sources.disclaimers import sentence_kinds

    return {k for k, _ in sentence_kinds(sentence, lang)}


@pytest.mark.parametrize(("sentence", "lang", "kind"), [
    ("Après l'injection, vous restez en observation à la clinique pendant une heure.", "fr",
     "supervision"),
    ("Une infirmière reste auprès de vous jusqu'à la fin de la perfusion.", "fr", "supervision"),
    ("Ne conduisez pas avant le lendemain matin.", "fr", "supervision"),
    ("Nach der Spritze bleiben Sie zur Beobachtung noch zwei Stunden in der Klinik.", "de",
     "supervision"),
    ("Während der Sitzung misst eine Ärztin regelmäßig Ihren Blutdruck.", "de", "supervision"),
    ("Fahren Sie danach nicht selbst Auto.", "de", "supervision"),
    ("N'arrêtez jamais ce traitement de votre propre initiative.", "fr", "self-medication"),
    ("Ne prenez pas ce médicament sans avis médical.", "fr", "self-medication"),
    ("Setzen Sie das Medikament nicht selbst ab.", "de", "self-medication"),
    ("Fragen Sie vor der Einnahme Ihren Arzt, wenn Sie schwanger sind.", "de", "self-medication"),
    ("Ce médicament peut provoquer une somnolence et une bouche sèche.", "fr", "side-effects"),
    ("Das Mittel kann bei manchen Menschen Herzrasen auslösen.", "de", "side-effects"),
    # batch 2's misses, said another way
    ("Nach der Injektion werden Sie eine Stunde lang in der Ambulanz beobachtet.", "de",
     "supervision"),
    ("Am Tag der Behandlung dürfen Sie kein Auto lenken.", "de", "supervision"),
    ("Die Leberwerte werden alle drei Monate kontrolliert.", "de", "supervision"),
    ("Nehmen Sie das Präparat nicht gleichzeitig mit Schlafmitteln ein.", "de", "self-medication"),
    ("Die Haut kann empfindlicher gegenüber Sonne werden.", "de", "side-effects"),
    ("Der Puls kann in den ersten Minuten stark steigen und Übelkeit auftreten.", "de",
     "side-effects"),
    ("Votre infirmière contrôle aussi la tension une fois par mois.", "fr", "supervision"),
    ("Ce produit peut renforcer l'effet des anxiolytiques.", "fr", "side-effects"),
    ("Certains diurétiques peuvent faire monter le taux de lithium.", "fr", "side-effects"),
])
def test_french_and_german_notices_in_other_words(sentence: str, lang: str, kind: str) -> None:
    assert kind in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    # a hoped benefit is no interaction
    ("Die Therapie könnte die Wirkung einer Psychotherapie verstärken.", "de"),
    ("Les chercheurs surveillent les dossiers de 5 000 patients.", "fr"),
])
def test_french_and_german_non_notices(sentence: str, lang: str) -> None:
    assert not kinds(sentence, lang) & {"supervision", "side-effects", "self-medication"}


def test_a_driving_precaution_is_no_self_medication_order() -> None:
    assert kinds("Le soir de la séance, ne prenez pas le volant.", "fr") == {"supervision"}


def test_a_seller_quoted_in_german_quotes_is_hype() -> None:
    from summarizer.sources.claims import flag_claim

    sentence = "Die Inhaberin der Privatpraxis nennt die Kur „ein Geschenk für die Seele“."
    assert "hype" in flag_claim(sentence, "de")[0]


@pytest.mark.parametrize(("sentence", "region", "number"), [
    ("En cas d'idées suicidaires, composez le 31 14, jour et nuit.", "FR", "3114"),
    ("Hilfe in der Krise: Telefonseelsorge, Rufnummer 0800 111 0 222.", "DE", "+498001110222"),
    ("In Österreich erreichen Sie die Telefonseelsorge unter 142.", "", "142"),
    ("La Main Tendue répond au 143.", "CH", "143"),
])
def test_french_and_german_crisis_lines(sentence: str, region: str, number: str) -> None:
    from summarizer.sources.contacts import find_contacts

    found = [f.contact for f in find_contacts(sentence, region or "US")]
    assert [(c.number, c.role) for c in found] == [(number, "crisis")]


@pytest.mark.parametrize(("sentence", "regulator"), [
    ("L'AFMPS n'a autorisé aucun de ces produits.", "AFMPS"),
    ("Das BASG hat das Mittel nicht zugelassen.", "BASG"),
])
def test_french_and_german_regulators(sentence: str, regulator: str) -> None:
    from summarizer.sources.regulators import regulatory_statements

    assert [(s.regulator, s.approved) for s in regulatory_statements(sentence)] == [
        (regulator, False)]


def test_a_pregnancy_named_is_no_supervision_but_a_labels_restriction() -> None:
    # "déconseillé pendant la grossesse" names no clinician: no supervision. Since session
    # 7 it is self-medication, as heldout9's labels read "Not suitable … in pregnancy" and
    # "No se recomienda durante el embarazo" (a product's restriction to the reader).
    found = kinds("Ce médicament est déconseillé pendant la grossesse.", "fr")
    assert "supervision" not in found and "self-medication" in found

