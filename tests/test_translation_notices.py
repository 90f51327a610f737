"""A translated safety notice is read for its force, its kind and its polarity in its own
language, against the source-language text (issue 8).

Measured before (session 17 tester): the example's Spanish supervision notice translated
as "La ketamina se puede usar en casa sin ayuda." was blocked only because it named
ketamine where the English says "this drug"; the same sentence without the drug's name
("Este medicamento se puede usar en casa sin ayuda.") was ready. FAITH-FORCE and
FAITH-NOTICE-KIND read the English printed text against its quote, never a translation
against the English text. Of the 30 inverted translations below (supervision,
self-medication, regulatory and crisis-line notices of the example in es, fr, de), 21
were blocked before; every one is now, and the 13 faithful translations still pass.

The notices are the example's (quoted from the seed articles); the translations were
written for this test, one faithful and the rest turned around as a careless or hostile
translator would. Every cue is rulebook data ([force], waivers, care_actors, the notice
kinds' cues of words/es, fr, de.toml).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po
from test_export import copy_example

from summarizer.checks import blocking, check_handout
from summarizer.cli import main
from summarizer.gate import faithfulness as faith
from summarizer.handout_file import load_handout
from summarizer.model import Handout

SUP = "Only use this drug with close care from a doctor or nurse who knows how to use it safely."
SELF = "Do not treat yourself with ketamine. Never take it from a place or person you do not know."
FDA = "The FDA has not approved ketamine to treat depression or other mental health problems."
SPANISH_LINE = "For help in Spanish, call 1-888-628-9454. The call is free."
LINE_988 = "If you or someone you know is having a hard time or is in crisis, call or text 988."
VETERANS = "Veterans and service members: call 988 and then press 1, or text 838255."
ITEM = {
    SUP: "supervision",
    SELF: "self-medication",
    FDA: "not-fda-approved",
    SPANISH_LINE: "crisis-spanish",
    LINE_988: "crisis-988",
    VETERANS: "crisis-veterans",
}

# (language, English text, notice kind, a faithful translation, translations turned around)
CASES = [
    (
        "es",
        SUP,
        "supervision",
        "Use este medicamento solo con el cuidado cercano de un médico o una enfermera que "
        "sepa usarlo de forma segura.",
        [
            "La ketamina se puede usar en casa sin ayuda.",
            "Este medicamento se puede usar en casa sin ayuda.",
            "Puede usar este medicamento sin la supervisión de un médico o una enfermera.",
            "No necesita a un médico ni a una enfermera para usar este medicamento.",
            "Use este medicamento por su cuenta, sin un médico.",
        ],
    ),
    (
        "fr",
        SUP,
        "supervision",
        "N'utilisez ce médicament que sous la surveillance attentive d'un médecin ou d'une "
        "infirmière qui sait l'utiliser en toute sécurité.",
        [
            "Vous pouvez utiliser ce médicament chez vous, sans aide.",
            "Ce médicament peut s'utiliser sans la surveillance d'un médecin ou d'une infirmière.",
            "Vous n'avez pas besoin d'un médecin ou d'une infirmière pour utiliser ce médicament.",
        ],
    ),
    (
        "de",
        SUP,
        "supervision",
        "Wenden Sie dieses Medikament nur unter enger Betreuung durch einen Arzt oder eine "
        "Pflegekraft an, die weiß, wie man es sicher anwendet.",
        [
            "Sie können dieses Medikament zu Hause ohne Hilfe anwenden.",
            "Dieses Medikament kann ohne Aufsicht eines Arztes oder einer Pflegekraft angewendet "
            "werden.",
            "Sie brauchen keinen Arzt und keine Pflegekraft, um dieses Medikament anzuwenden.",
        ],
    ),
    (
        "es",
        SELF,
        "self-medication",
        "No se trate usted mismo con ketamina. Nunca la tome de un lugar o de una persona que "
        "no conozca.",
        [
            "Puede tratarse usted mismo con ketamina. Puede tomarla de cualquier lugar o persona.",
            "Trátese usted mismo con ketamina. Tómela de un lugar o de una persona que no conozca.",
        ],
    ),
    (
        "fr",
        SELF,
        "self-medication",
        "Ne vous soignez pas vous-même avec la kétamine. Ne la prenez jamais d'un endroit ou "
        "d'une personne que vous ne connaissez pas.",
        [
            "Vous pouvez vous soigner vous-même avec la kétamine. Vous pouvez la prendre "
            "n'importe où.",
            "Soignez-vous vous-même avec la kétamine. Prenez-la d'un endroit ou d'une personne "
            "que vous ne connaissez pas.",
        ],
    ),
    (
        "de",
        SELF,
        "self-medication",
        "Behandeln Sie sich nicht selbst mit Ketamin. Nehmen Sie es nie von einem Ort oder "
        "einer Person, die Sie nicht kennen.",
        [
            "Sie können sich selbst mit Ketamin behandeln. Sie können es von jedem Ort oder "
            "jeder Person nehmen.",
            "Behandeln Sie sich selbst mit Ketamin. Nehmen Sie es von einem Ort oder einer "
            "Person, die Sie nicht kennen.",
        ],
    ),
    (
        "es",
        FDA,
        "regulatory",
        "La FDA (la agencia de medicamentos de EE. UU.) no ha aprobado la ketamina para tratar "
        "la depresión u otros problemas de salud mental.",
        [
            "La FDA ha aprobado la ketamina para tratar la depresión u otros problemas de salud "
            "mental.",
            # the case: "ha sido aprobado" for "no ha sido aprobado"
            "El uso de la ketamina para la depresión u otros problemas de salud mental ha sido "
            "aprobado por la FDA.",
            "La FDA ha autorizado la ketamina para tratar la depresión u otros problemas de salud "
            "mental.",
            "La ketamina está aprobada por la FDA para tratar la depresión u otros problemas de "
            "salud mental.",
        ],
    ),
    (
        "es",
        FDA,
        "regulatory",
        "El uso de la ketamina para la depresión u otros problemas de salud mental no ha sido "
        "aprobado por la FDA.",
        [],
    ),
    (
        "fr",
        FDA,
        "regulatory",
        "La FDA n'a pas approuvé la kétamine pour traiter la dépression ou d'autres problèmes "
        "de santé mentale.",
        [
            "La FDA a approuvé la kétamine pour traiter la dépression ou d'autres problèmes de "
            "santé mentale.",
            "La kétamine a été approuvée par la FDA pour traiter la dépression ou d'autres "
            "problèmes de santé mentale.",
            "La kétamine est autorisée par la FDA pour traiter la dépression ou d'autres "
            "problèmes de santé mentale.",
        ],
    ),
    # German puts "nicht" far before its participle: a faithful notice, not an approval
    (
        "de",
        FDA,
        "regulatory",
        "Die FDA hat Ketamin nicht zur Behandlung von Depressionen oder anderen psychischen "
        "Erkrankungen zugelassen.",
        [
            "Die FDA hat Ketamin zur Behandlung von Depressionen oder anderen psychischen "
            "Erkrankungen zugelassen.",
            "Ketamin ist von der FDA zur Behandlung von Depressionen oder anderen psychischen "
            "Erkrankungen zugelassen.",
            "Ketamin wurde von der FDA zur Behandlung von Depressionen oder anderen psychischen "
            "Erkrankungen genehmigt.",
        ],
    ),
    (
        "es",
        SPANISH_LINE,
        "crisis-line",
        "Para recibir ayuda en español, llame al 1-888-628-9454. La llamada es gratuita.",
        ["Para recibir ayuda en español, llame al 1-888-628-9455. La llamada es gratuita."],
    ),
    (
        "fr",
        LINE_988,
        "crisis-line",
        "Si vous ou une personne de votre entourage traversez une période difficile ou êtes en "
        "crise, appelez ou envoyez un SMS au 988.",
        [
            "Si vous ou une personne de votre entourage traversez une période difficile ou êtes "
            "en crise, appelez ou envoyez un SMS au 998."
        ],
    ),
    (
        "de",
        VETERANS,
        "crisis-line",
        "Veteranen und Angehörige der Streitkräfte: Rufen Sie 988 an und drücken Sie dann die "
        "1, oder schreiben Sie eine SMS an 838255.",
        [
            "Veteranen und Angehörige der Streitkräfte: Rufen Sie 988 an und drücken Sie dann "
            "die 1, oder schreiben Sie eine SMS an 838355."
        ],
    ),
]
FAITHFUL = [(lang, src, kind, good) for lang, src, kind, good, _ in CASES]
INVERTED = [(lang, src, kind, bad) for lang, src, kind, _, bads in CASES for bad in bads]


def _id(value: object) -> str:
    return str(value)[:24]


# --------------------------------------------------------------------------- the gate function


@pytest.mark.parametrize(("lang", "source", "kind", "translated"), INVERTED, ids=_id)
def test_an_inverted_translated_notice_is_a_problem(
    lang: str, source: str, kind: str, translated: str
):
    found = faith.translation_problems(translated, lang, source, "en", kind=kind)
    assert found, (lang, translated)
    assert all(p.code == "FAITH-TRANSLATION" for p in found)


@pytest.mark.parametrize(("lang", "source", "kind", "translated"), FAITHFUL, ids=_id)
def test_a_faithful_translated_notice_is_none(lang: str, source: str, kind: str, translated: str):
    assert faith.translation_problems(translated, lang, source, "en", kind=kind) == []


def test_the_finding_names_the_force_on_both_sides():
    """The tester's sentence without the drug's name: the English restricts, the
    translation softens; both are named."""
    (p,) = faith.translation_problems(
        "Este medicamento se puede usar en casa sin ayuda.", "es", SUP, "en", kind="supervision"
    )
    assert "the en text restricts it ('Only')" in p.message
    assert "the translation softens it ('en casa')" in p.message


def test_a_translation_that_is_no_longer_its_kind_is_named():
    """ "Treat yourself with ketamine" keeps no ban ("no conozca" is a negation), but it
    is no self-medication notice any more: the kind, read in Spanish, says so."""
    bad = "Trátese usted mismo con ketamina. Tómela de un lugar o de una persona que no conozca."
    found = faith.translation_problems(bad, "es", SELF, "en", kind="self-medication")
    assert any("self-medication" in p.message for p in found), [p.message for p in found]


# --------------------------------------------------------------------------- the handout


def _catalog(path: Path, lang: str, strings: dict[str, str]) -> None:
    """Write (or edit) the handout's catalog for `lang` with these translations."""
    po = path.parent / "locales" / lang / "LC_MESSAGES" / "handout.po"
    if po.exists():
        with po.open("rb") as fh:
            catalog = read_po(fh)
    else:
        po.parent.mkdir(parents=True)
        catalog = Catalog(locale=lang)
    for msgid, msgstr in strings.items():
        if msgid in catalog:
            catalog[msgid].string = msgstr
        else:
            catalog.add(msgid, msgstr)
    with po.open("wb") as fh:
        write_po(fh, catalog)


def _with(tmp_path: Path, *locales: str) -> Path:
    def edit(h: Handout) -> None:
        h.meta.locales = ["en", *locales]

    return copy_example(tmp_path, edit)


def _translation_errors(path: Path, lang: str) -> list:
    return [
        f
        for f in blocking(check_handout(load_handout(path)), lang)
        if f.code == "FAITH-TRANSLATION"
    ]


def test_check_blocks_the_testers_supervision_notice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    """Measured: ready (the drug name aside) before; `check` now names the lost force."""
    path = _with(tmp_path, "es")
    for text in (
        "La ketamina se puede usar en casa sin ayuda.",
        "Este medicamento se puede usar en casa sin ayuda.",
    ):
        _catalog(path, "es", {SUP: text})
        found = _translation_errors(path, "es")
        assert [f.item for f in found if "restricts" in f.message] == ["supervision"], [
            f.message for f in found
        ]
        capsys.readouterr()
        assert main(["check", str(path), "--locale", "es"]) == 1
        out = capsys.readouterr().out
        assert "es: blocked" in out and "restricts" in out


def test_check_blocks_an_inverted_regulatory_translation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    path = _with(tmp_path, "es")
    _catalog(
        path,
        "es",
        {
            FDA: "El uso de la ketamina para la depresión u otros problemas de "
            "salud mental ha sido aprobado por la FDA."
        },
    )
    assert [f.item for f in _translation_errors(path, "es")] == ["not-fda-approved"]
    capsys.readouterr()
    assert main(["check", str(path), "--locale", "es"]) == 1
    assert "es: blocked" in capsys.readouterr().out


def test_the_shipped_spanish_catalog_still_passes(tmp_path: Path):
    assert _translation_errors(_with(tmp_path, "es"), "es") == []


@pytest.mark.parametrize("lang", ["es", "fr", "de"])
def test_faithful_notices_pass_and_inverted_ones_block_in_a_handout(tmp_path: Path, lang: str):
    """Through the gate's rule, in a handout's catalog: each faithful notice passes; each
    inverted one is blocked and named by its notice's id."""
    path = _with(tmp_path, lang)
    mine = [c for c in CASES if c[0] == lang]
    _catalog(path, lang, {src: good for _, src, _, good, _ in mine})
    assert _translation_errors(path, lang) == []
    for _, src, _, _, bads in mine:
        for bad in bads:
            _catalog(path, lang, {src: bad})
            found = _translation_errors(path, lang)
            assert ITEM[src] in {f.item for f in found}, (bad, [f.message for f in found])
        _catalog(path, lang, {src: next(c[3] for c in mine if c[1] == src)})


REGIONAL = {"es": "es-US", "fr": "fr_CA", "de": "de-AT"}


@pytest.mark.parametrize(("lang", "source", "kind", "translated"), FAITHFUL, ids=_id)
def test_a_regional_locale_reads_its_notices_in_its_language(
    lang: str, source: str, kind: str, translated: str
):
    """A US clinic's Spanish catalog is es-US (benchmarks/render.py exports one): its
    faithful notices pass as Spanish ones do. Before, the notice-kind reading looked up
    "es-US" as a language of its own, found no rules and called the example's faithful
    self-medication translation 'no longer a self-medication notice', blocking export."""
    regional = REGIONAL[lang]
    assert faith.translation_problems(translated, regional, source, "en", kind=kind) == []
    assert faith.translation_problems(translated, lang, source, "en-US", kind=kind) == []


@pytest.mark.parametrize(("lang", "source", "kind", "translated"), INVERTED, ids=_id)
def test_a_regional_locale_still_blocks_an_inverted_notice(
    lang: str, source: str, kind: str, translated: str
):
    assert faith.translation_problems(translated, REGIONAL[lang], source, "en", kind=kind)
