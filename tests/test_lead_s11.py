"""Session 11, lead: defects left open by session 10's closing note, each with the test
that failed before its fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.cli import main


def test_check_json_on_a_broken_handout_still_prints_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A script reading `check --json` gets an object saying why, not an empty stdout."""
    folder = tmp_path / "h"
    folder.mkdir()
    (folder / "handout.toml").write_text('title = "unclosed\n', encoding="utf-8")
    assert main(["check", str(folder), "--json"]) == 1
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert data["ok"] is False
    assert "string is not closed" in data["error"]
    assert "Traceback" not in err and "not closed" in err


def test_the_bundled_example_checks_without_a_warning(
    capsys: pytest.CaptureFixture[str]
) -> None:
    """`make demo` is a new user's first sight: the example must not warn about its own
    crisis line (its quote lost the chat link's text: 'chat at org.'), in any language."""
    repo = Path(__file__).resolve().parents[1]
    seeds = repo.parent / "shared" / "seeds"
    handout = repo / "examples" / "ketamine-depression" / "handout.toml"
    assert main(["check", str(handout), "--library", str(seeds), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report["locales"]) == {"en", "es"}
    assert [f["code"] for f in report["findings"]] == []


# --------------------------------------------------------------- crisis lines of more regions
# Regions whose crisis lines the rulebook did not know (India and South Africa were named
# by heldout13's README, released; Brazil, Italy, Japan and the Netherlands had a regulator
# and no line). Real sentences as a local outlet would write them.

def _contacts(sentence: str, region: str) -> list[tuple[str, str]]:
    from summarizer.sources.contacts import find_contacts

    return [(f.contact.number, f.contact.role) for f in find_contacts(sentence, region)]


@pytest.mark.parametrize(("sentence", "region", "number"), [
    ("If you are struggling, call Tele-MANAS on 14416, free and at any hour.", "IN", "14416"),
    ("Tele-MANAS can also be reached on 1800-891-4416.", "IN", "+9118008914416"),
    ("The SADAG suicide crisis line, 0800 567 567, is free and open day and night.", "ZA",
     "+27800567567"),
    ("In Brazil, call 188 to reach the CVV, day or night.", "BR", "188"),
    ("In the Netherlands, call 113 or 0800-0113, day and night.", "NL", "113"),
    ("In the Netherlands, call 113 or 0800-0113, day and night.", "NL", "+318000113"),
    ("Telefono Amico risponde al numero 02 2327 2327 tutti i giorni.", "IT", "+390223272327"),
])
def test_more_regions_crisis_lines_are_found(sentence: str, region: str, number: str) -> None:
    assert (number, "crisis") in _contacts(sentence, region)


@pytest.mark.parametrize("region", ["IN", "ZA", "BR", "NL", "IT"])
def test_every_new_region_lists_a_crisis_line(region: str) -> None:
    """The export requires a crisis line: a region with none can never be exported."""
    from summarizer.rulebook import regions

    assert any(ln.role == "crisis" for ln in regions().lines() if ln.region == region)


# --------------------------------------------------------------- site furniture, any language
# heldout13 (released) proposed these as claims: a closed comment section, a discount code,
# a French byline with a role. Controls: sentences of an article that look alike.

@pytest.mark.parametrize("text", [
    "Comments are closed on this article.",
    "Read our comments policy.",
    "Los comentarios están cerrados.",
    "Les commentaires sont fermés pour cet article.",
    "Die Kommentarfunktion ist für diesen Artikel geschlossen.",
    "Use code EYES15 for 15% off eye-health supplements until 31 March.",
    "Con el código SALUD20 tienes un 20 % de descuento en tu primer pedido.",
    "Profitez de 10 % de remise avec le code PRINTEMPS10 jusqu'à dimanche.",
    "Mit dem Gutscheincode AUGE10 sparen Sie 10 Prozent.",
    "Par Geneviève Dufresne, pharmacienne",
    "Por María José Ortega, farmacéutica comunitaria",
    "Von Anna Berger, Apothekerin",
    "By Jane Doe, pharmacist",
])
def test_furniture_in_any_language_is_masked(text: str) -> None:
    from summarizer.sources.boilerplate import is_furniture_text

    assert is_furniture_text(text)


@pytest.mark.parametrize("text", [
    "The genetic code of the virus changed in 15 of the 40 samples.",
    "Par ailleurs, les patients traités ont moins souffert.",
    "By March, most of the children could read the chart again.",
    "Von Willebrand disease can make bleeding after surgery last longer.",
    "Patients who closed their eyes for ten minutes felt less strain.",
])
def test_article_sentences_like_furniture_are_kept(text: str) -> None:
    from summarizer.sources.boilerplate import is_furniture_text

    assert not is_furniture_text(text)


# Singapore, added after the session-11 held-out set's end measurement (its articles name the
# country's lines; the region was not in the rulebook): Samaritans of Singapore and the
# national mindline.
@pytest.mark.parametrize(("sentence", "number"), [
    ("If you are having thoughts of suicide, call Samaritans of Singapore on 1767, any time.",
     "1767"),
    ("You can also call the National Mindline on 1771 for support with stress.", "1771"),
])
def test_singapores_crisis_lines_are_found(sentence: str, number: str) -> None:
    assert (number, "crisis") in _contacts(sentence, "SG")


# A benefit is no side effect, whatever the model reads: session 11's retrained model read
# "can bring on lasting improvement" as a harm (test_generalisation's benefit case). The
# rules see no harm and the sentence names an improvement: the model is vetoed.
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Combined with therapy, it can bring on lasting improvement.", "en"),
    ("Combinado con terapia, puede traer una mejoría duradera.", "es"),
    ("Associé à une thérapie, il peut apporter une amélioration durable.", "fr"),
    ("Zusammen mit einer Therapie kann es eine anhaltende Besserung bringen.", "de"),
])
def test_an_improvement_is_no_side_effect_even_for_the_model(sentence: str, lang: str) -> None:
    from summarizer.sources.disclaimers import sentence_kinds

    assert "side-effects" not in {k for k, _ in sentence_kinds(sentence, lang)}


def test_an_improvement_beside_a_harm_keeps_the_harm() -> None:
    from summarizer.sources.disclaimers import sentence_kinds

    kinds = {k for k, _ in sentence_kinds(
        "Most people saw an improvement, but one in ten had severe headaches.", "en")}
    assert "side-effects" in kinds


def test_an_experience_reported_as_rare_in_people_is_a_side_effect() -> None:
    """The faithful rewrite "In rare cases people have walked around while not fully awake"
    of a sleep-walking side effect was read as no notice by session 11's retrained model
    (FAITH-NOTICE-KIND blocked it); the frame is a harm's, a recovery is not."""
    from rules_helpers import kinds

    assert "side-effects" in kinds(
        "In rare cases people have walked around while not fully awake.")
    assert "side-effects" not in kinds("In rare cases people have recovered completely.")
