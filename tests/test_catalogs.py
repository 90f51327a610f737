"""Per-handout translation catalogs: the translator's workflow, end to end, on a handout
built from the seeds (see test_checks.make_handout), through the API and the CLI."""

from __future__ import annotations

import gettext
import json
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from test_checks import CRISIS, LAB, MICE, TRIAL, make_handout

from summarizer import catalogs
from summarizer.checks import check_handout
from summarizer.cli import main
from summarizer.errors import UserError
from summarizer.handout_file import HandoutDocument, load_handout

# Spanish for every string the handout prints (written for these tests).
ES: dict[str, str] = {
    "Ketamine for depression": "La ketamina para la depresión",
    CRISIS: ("Si está en crisis, llame o envíe un mensaje de texto al 988. Si necesita ayuda "
             "por el uso de drogas o alcohol, llame al 800-662-HELP (4357)."),
    "988 Suicide & Crisis Lifeline": "Línea 988 de Prevención del Suicidio y Crisis",
    "SAMHSA National Helpline": "Línea Nacional de Ayuda de SAMHSA",
    "The FDA has not approved this drug to treat depression.":
        "La FDA no ha aprobado este medicamento para tratar la depresión.",
    "Only take the drug with close care from a trained doctor or nurse.":
        "Use el medicamento solo con el cuidado de un médico o una enfermera con formación.",
    TRIAL: ("En un estudio, las personas que recibieron el medicamento se sintieron mejor más a "
            "menudo que las que recibieron agua con sal."),
    MICE: ("En un estudio en ratones, otro medicamento hizo que la ketamina funcionara hasta dos "
           "meses. Esto no se ha probado en personas."),
    LAB: ("Las pruebas de laboratorio muestran cómo actúa el medicamento en el cerebro. No "
          "muestran qué tan bien funciona en las personas."),
    "Some people feel sick or dizzy. Blood pressure can change.":
        "Algunas personas sienten náuseas o mareos. La presión arterial puede cambiar.",
}


@pytest.fixture
def hdoc(tmp_path: Path, seeds_dir: Path) -> HandoutDocument:
    return make_handout(tmp_path / "ketamine", seeds_dir, locales=["en", "es"])


def translate_all(hdoc: HandoutDocument, locale: str = "es") -> None:
    texts = hdoc.handout.texts()
    assert set(texts) == set(ES), "the handout's strings changed; update ES"
    for text in texts:
        catalogs.set_translation(hdoc, locale, text, ES[text])


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    rc = main(list(args))
    captured = capsys.readouterr()
    return rc, captured.out + captured.err


def test_init_writes_every_string_with_translator_notes(hdoc: HandoutDocument):
    path = catalogs.init_catalog(hdoc, "es")
    assert path == hdoc.base_dir / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    with path.open("rb") as fh:
        catalog = read_po(fh)
    ids = [m.id for m in catalog if m.id]
    assert ids == hdoc.handout.texts()
    assert all(not m.string for m in catalog if m.id)
    mice = catalog.get(MICE)
    assert "claim mice (evidence)" in mice.auto_comments
    assert "in lab mice" in " ".join(mice.auto_comments)  # the source's own words (wrapped)
    label = catalog.get("988 Suicide & Crisis Lifeline")
    assert any("disclaimer crisis" in c for c in label.auto_comments)
    assert str(catalog.locale) == "es"
    with pytest.raises(UserError, match="already exists"):
        catalogs.init_catalog(hdoc, "es")


def test_locales_are_validated_and_normalised(hdoc: HandoutDocument):
    assert catalogs.catalog_path(hdoc, "es-US") == catalogs.catalog_path(hdoc, "es_US")
    assert catalogs.catalog_path(hdoc, "es-US").parts[-3] == "es_US"
    with pytest.raises(UserError, match="not a language code"):
        catalogs.init_catalog(hdoc, "zz-nope")
    with pytest.raises(UserError, match="source language"):
        catalogs.init_catalog(hdoc, "en")
    assert catalogs.translations_for(hdoc, "en") == {t: t for t in hdoc.handout.texts()}


def test_translator_workflow(hdoc: HandoutDocument, capsys: pytest.CaptureFixture[str]):
    handout = str(hdoc.path)
    rc, out = cli(capsys, "translations", "init", handout)
    assert rc == 0 and "es: created" in out
    total = len(hdoc.handout.texts())

    rc, out = cli(capsys, "translations", "status", handout)
    assert rc == 1
    assert f"es    0/{total} translated, {total} missing, 0 fuzzy" in out
    assert "Ketamine for depression" in out

    translate_all(hdoc)
    assert catalogs.get_translation(hdoc, "es", MICE) == ES[MICE]
    rc, out = cli(capsys, "translations", "status", handout)
    assert rc == 0 and f"es    {total}/{total} translated, 0 missing, 0 fuzzy" in out
    assert not [f for f in check_handout(hdoc, ["es"]) if f.code.startswith("I18N-")
                and f.code != "I18N-NO-APP-CATALOG"]

    # The editor rewords the mice claim: its translation must be checked again.
    mice = next(c for c in hdoc.handout.claims if c.id == "mice")
    mice.text = MICE.replace("up to two months", "up to eight weeks")
    hdoc.save()
    hdoc = load_handout(hdoc.path)
    rc, out = cli(capsys, "translations", "update", handout)
    assert rc == 0 and "es: updated" in out
    status = catalogs.catalog_status(hdoc, "es")
    assert status.fuzzy == [mice.text] and not status.missing
    assert status.translated == total - 1
    entry = catalogs.get_entry(hdoc, "es", mice.text)
    assert entry is not None and entry.fuzzy and entry.msgstr == ES[MICE]  # kept as suggestion
    assert catalogs.get_translation(hdoc, "es", mice.text) is None
    assert mice.text not in catalogs.translations_for(hdoc, "es")
    assert MICE not in catalogs.translations_for(hdoc, "es")  # the old string is obsolete

    rc, out = cli(capsys, "translations", "status", handout)
    assert rc == 1 and "1 fuzzy" in out and "up to eight weeks" in out
    fuzzy = [f for f in check_handout(hdoc, ["es"]) if f.code == "I18N-FUZZY"]
    assert [(f.severity, f.locale, f.item) for f in fuzzy] == [("error", "es", "mice")]
    rc, out = cli(capsys, "check", handout, "--locale", "es")
    assert rc == 1 and "I18N-FUZZY" in out and "es: blocked by" in out

    with pytest.raises(UserError, match=r"1 fuzzy.*In a study in mice"):
        catalogs.compile_catalog(hdoc, "es")
    rc, out = cli(capsys, "translations", "compile", handout)
    assert rc == 1 and "not compiled" in out

    catalogs.set_translation(hdoc, "es", mice.text,
                             ES[MICE].replace("hasta dos meses", "hasta ocho semanas"))
    assert catalogs.catalog_status(hdoc, "es").complete
    mo = catalogs.compile_catalog(hdoc, "es")
    with mo.open("rb") as fh:
        compiled = gettext.GNUTranslations(fh)
    assert compiled.gettext(mice.text).endswith("Esto no se ha probado en personas.")
    assert "ocho semanas" in compiled.gettext(mice.text)


def test_dropped_phone_number_is_a_placeholder_error(hdoc: HandoutDocument,
                                                      capsys: pytest.CaptureFixture[str]):
    translate_all(hdoc)
    catalogs.set_translation(hdoc, "es", CRISIS,
                             "Si está en crisis, llame a la línea de ayuda. Si necesita ayuda "
                             "por drogas o alcohol, llame al 800-662-HELP (4357).")
    status = catalogs.catalog_status(hdoc, "es")
    assert status.placeholder_errors == [f"{CRISIS}: missing 988"]
    findings = check_handout(hdoc, ["es"])
    placeholder = [f for f in findings if f.code == "I18N-PLACEHOLDER"]
    assert [(f.severity, f.item) for f in placeholder] == [("error", "crisis")]
    text_number = [f for f in findings if f.code == "SAFETY-TEXT-NUMBER"]
    assert [(f.locale, f.item) for f in text_number] == [("es", "crisis")]
    with pytest.raises(UserError, match="988"):
        catalogs.compile_catalog(hdoc, "es")
    rc, out = cli(capsys, "translations", "status", str(hdoc.path), "--json")
    data = json.loads(out)
    assert rc == 1 and data["ok"] is False
    assert data["locales"][0]["placeholder_errors"] == [f"{CRISIS}: missing 988"]


def test_spanish_text_is_checked_in_spanish(hdoc: HandoutDocument):
    translate_all(hdoc)
    catalogs.set_translation(hdoc, "es", MICE,
                             "Otro medicamento hizo que la ketamina funcionara dos meses. "
                             "Es un avance decisivo.")
    findings = check_handout(hdoc, ["en", "es"])
    es = {(f.code, f.item) for f in findings if f.locale == "es"}
    assert {("EVID-ANIMAL-UNHEDGED", "mice"), ("HYPE-WORD", "mice")} <= es
    en = {(f.code, f.item) for f in findings if f.locale == "en"}
    assert not en & {("EVID-ANIMAL-UNHEDGED", "mice"), ("HYPE-WORD", "mice")}


def test_missing_catalog_is_one_finding(hdoc: HandoutDocument):
    findings = [f for f in check_handout(hdoc, ["es"]) if f.code == "I18N-MISSING"]
    assert len(findings) == 1 and "summarizer translations init" in findings[0].message
    status = catalogs.catalog_status(hdoc, "es")
    assert not status.exists and status.missing == hdoc.handout.texts()


def test_set_translation_creates_the_catalog_and_refuses_strangers(hdoc: HandoutDocument):
    catalogs.set_translation(hdoc, "es", MICE, ES[MICE])
    assert catalogs.catalog_path(hdoc, "es").is_file()
    status = catalogs.catalog_status(hdoc, "es")
    assert status.translated == 1 and len(status.missing) == status.total - 1
    with pytest.raises(UserError, match="not a string of this handout"):
        catalogs.set_translation(hdoc, "es", "Something nobody wrote.", "Algo.")


def test_hand_edited_catalog_is_read(hdoc: HandoutDocument):
    """A translator's tool writes the file; a broken file is one clear error."""
    path = catalogs.init_catalog(hdoc, "es")
    text = path.read_text(encoding="utf-8")
    text = text.replace('msgid "Ketamine for depression"\nmsgstr ""',
                        '#, fuzzy\nmsgid "Ketamine for depression"\nmsgstr "La ketamina"')
    path.write_text(text, encoding="utf-8")
    assert catalogs.catalog_status(hdoc, "es").fuzzy == ["Ketamine for depression"]
    path.write_text(text + '\nmsgid "unterminated\n', encoding="utf-8")
    with pytest.raises(UserError, match=r"handout\.po"):
        catalogs.catalog_status(hdoc, "es")


@pytest.mark.parametrize("writer", ["set_translation", "editor-draft"])
def test_a_typed_newline_at_either_end_never_breaks_the_catalog(
        hdoc: HandoutDocument, capsys: pytest.CaptureFixture[str], writer: str):
    """New-user pass: in the editor's Translations tab, enter in the text box (the old
    editor kept a fuzzy string with enter) put a newline before the Spanish; the saved
    catalog then had msgstr starting with '\\n' and msgid not, which gettext forbids, and
    every command refused the handout ('invalid catalog'). Newlines at the ends follow
    the msgid; the translation is kept."""
    from summarizer import catalog_draft

    translate_all(hdoc)
    msgid = "The FDA has not approved this drug to treat depression."
    typed = "\n" + ES[msgid] + "\n\n"
    if writer == "set_translation":
        catalogs.set_translation(hdoc, "es", msgid, typed)
    else:
        catalog_draft.write_pending(hdoc, {"es": {msgid: typed}})
    rc, out = cli(capsys, "translations", "status", str(hdoc.path))
    assert rc == 0 and "invalid catalog" not in out, out
    path = catalogs.catalog_path(hdoc, "es")
    with path.open("rb") as fh:
        assert read_po(fh).get(msgid).string == ES[msgid]


def test_saving_a_reworded_claim_makes_every_catalog_say_fuzzy_not_missing(tmp_path: Path):
    """Tester, session 5: after rewording English in the editor, the Translations tab
    showed the Spanish as fuzzy (old translation offered) but `check` said I18N-MISSING,
    because the saved catalog kept the old msgid until `translations update`. The editor's
    save (catalog_draft.write_pending) now merges every catalog on disk, as update does."""
    import shutil

    from summarizer import catalog_draft

    folder = tmp_path / "ex"
    shutil.copytree(Path(__file__).resolve().parents[1] / "examples" / "ketamine-depression",
                    folder, ignore=shutil.ignore_patterns(".*.recovery"))
    hdoc = load_handout(folder)
    before = {loc: catalogs.catalog_path(hdoc, loc).read_bytes()
              for loc in ("es", "ar", "ko", "vi", "zh-Hans")}
    catalog_draft.write_pending(hdoc, {})  # a save with no English change: nothing moves
    assert {loc: catalogs.catalog_path(hdoc, loc).read_bytes() for loc in before} == before
    claim = hdoc.handout.claims[0]
    claim.text = claim.text + " Ask your doctor."
    hdoc.save()
    catalog_draft.write_pending(hdoc, {})  # what ctrl+s does with no translation typed
    codes = {f.code for f in check_handout(load_handout(folder), ["es"])
             if f.item == claim.id or claim.text in f.message}
    assert "I18N-FUZZY" in codes and "I18N-MISSING" not in codes, codes
    with catalogs.catalog_path(hdoc, "es").open("rb") as fh:
        entry = read_po(fh).get(claim.text)
    assert entry is not None and entry.fuzzy and entry.string  # old Spanish offered
