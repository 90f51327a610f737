"""The rulebook and the gate registry: one source of words and numbers, one set of rules
that `check`, `export`, the Safety tab and the reading panel all use.

Handouts are built from the real seeds (tests/test_checks.make_handout) and the bundled
example; each case below is one the issue measured passing when it should not.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLE, REPO
from test_checks import make_handout
from test_export import copy_example

from summarizer import catalogs, gate, rulebook
from summarizer.checks import blocking, check_handout, hype_words
from summarizer.cli import main
from summarizer.handout_file import HandoutDocument, load_handout
from summarizer.model import REQUIRED_DISCLAIMER_KINDS, Contact
from summarizer.tui import reading
from summarizer.tui import state as st

FR_HYPE = "une percée miraculeuse, la guérison est garantie"


# --------------------------------------------------------------------------- rulebook


@pytest.mark.parametrize("lang", ["en", "es", "fr", "de"])
def test_every_shipped_language_has_every_list(lang: str):
    assert rulebook.missing_lists(lang) == ()
    rules = rulebook.language(lang)
    for name in ("hype", "absolutes", "animal", "lab", "not_in_people", "hedges", "negation",
                 "supervision", "side_effects", "design_controlled"):
        assert rules[name].entries, (lang, name)
    assert rules.number_words and rules.units


def test_a_language_without_lists_is_named_not_guessed():
    assert "hype" in rulebook.missing_lists("sw")
    with pytest.raises(rulebook.MissingRules, match="sw"):
        rulebook.language("sw")


def test_regions_hold_the_crisis_lines_and_regulators():
    regions = rulebook.regions()
    assert {"988", "838255", "741741"} <= regions.crisis_numbers("US")
    assert "911" not in regions.crisis_numbers("US")  # emergency, not a crisis line
    assert regions.home_region("988") == "US" and regions.home_region("116123") == "GB"
    assert [g.name for g in regions.regulators_for("DE")] == ["BfArM", "EMA"]
    assert [g.name for g in regions.regulators_for("US")] == ["FDA"]


def test_sources_read_the_rulebook():
    from summarizer.sources.contacts import SHORT_CODES, find_contacts
    from summarizer.sources.regulators import REGULATORS

    assert {name for name, _, _ in REGULATORS} == {
        g.name for g in rulebook.regions().regulators()}
    assert SHORT_CODES[("741741", "US")].label == "Crisis Text Line"
    found = find_contacts("In Australia, call Lifeline on 13 11 14.")
    assert [(f.contact.number, f.contact.region) for f in found] == [("131114", "AU")]


# --------------------------------------------------------------------------- registry


def test_every_rule_has_a_code_severity_scope_and_doc():
    rules = gate.rules()
    assert len({r.code for r in rules}) == len(rules)
    for r in rules:
        assert r.severity in ("error", "warning") and r.scope in ("handout", "sources", "locale")
        assert r.doc and "\n" not in r.doc


def test_french_hype_is_found():
    """Measured: "une percée miraculeuse, la guérison est garantie" got no finding."""
    assert hype_words(FR_HYPE, "fr") == ["percée", "miraculeuse", "guérison"]
    assert hype_words("Il n'existe pas de guérison pour l'instant.", "fr") == []
    assert hype_words("Ein Durchbruch: das Wundermittel heilt.", "de") == [
        "Durchbruch", "Wundermittel", "heilt"]
    assert hype_words("Es gibt keine Heilung.", "de") == []


def test_french_handout_text_is_checked(tmp_path: Path, seeds_dir: Path):
    hdoc = make_handout(tmp_path / "k", seeds_dir, locales=["en", "fr"])
    claim = next(c for c in hdoc.handout.claims if c.id == "saline-trial")
    catalogs.set_translation(hdoc, "fr", claim.text, FR_HYPE)
    found = [f for f in check_handout(hdoc, ["fr"]) if f.item == "saline-trial"]
    assert ("HYPE-WORD", "error", "fr") in {(f.code, f.severity, f.locale) for f in found}
    assert any(f.code == "EVID-ABSOLUTE" and "garantie" in f.message for f in found)


def test_locale_without_lists_is_an_error_not_a_pass(tmp_path: Path, seeds_dir: Path):
    hdoc = make_handout(tmp_path / "k", seeds_dir, locales=["en", "sw"])
    found = [f for f in check_handout(hdoc) if f.code == "RULES-MISSING"]
    assert [(f.severity, f.locale) for f in found] == [("error", "sw")]
    assert "sw.toml" in found[0].message and "hype" in found[0].message
    assert blocking(found, "sw") and not blocking(found, "en")


def test_a_language_whose_script_has_no_font_is_refused_by_check(
        tmp_path: Path, seeds_dir: Path, dejavu_only: Path):
    """export refuses th's PDF (no font draws Thai) and a Spanish string with a pasted
    Chinese word; `check` said nothing of either."""
    hdoc = make_handout(tmp_path / "k", seeds_dir, locales=["en", "es", "th"])
    claim = next(c for c in hdoc.handout.claims if c.id == "saline-trial")
    catalogs.set_translation(hdoc, "es", claim.text, "Un ensayo con 薬 mostró una mejora.")
    found = [f for f in check_handout(hdoc) if f.code == "I18N-FONT-MISSING"]
    assert {(f.severity, f.locale) for f in found} == {("error", "th"), ("error", "es")}
    thai = next(f for f in found if f.locale == "th")
    assert "Noto Sans Thai" in thai.message and "apt-get install" in thai.message
    assert "U+85AC" in next(f for f in found if f.locale == "es").message
    assert not blocking(found, "en")


def test_reading_panel_uses_the_gates_words():
    assert reading.hype_words(FR_HYPE, "fr") == ["percée", "miraculeuse", "guérison", "garantie"]
    assert reading.hype_words("A breakthrough that always works.", "en") == [
        "breakthrough", "always"]
    assert reading.hype_words("Ask which choice is best for you.", "en") == []


# --------------------------------------------------------------------------- Safety tab


def _kind_errors_from_check(capsys: pytest.CaptureFixture[str], hdoc: HandoutDocument,
                            *locales: str) -> dict[str, list[str]]:
    """Errors `summarizer check --json` reports per required kind (all languages unless
    `locales` are given)."""
    capsys.readouterr()
    main(["check", str(hdoc.path), "--json", *(a for loc in locales for a in ("--locale", loc))])
    report = json.loads(capsys.readouterr().out)
    out: dict[str, list[str]] = {k: [] for k in REQUIRED_DISCLAIMER_KINDS}
    for f in report["findings"]:
        finding = gate.Finding(f["code"], f["severity"], f["message"], f["locale"], f["item"])
        for kind in gate.kinds_of(finding, hdoc.handout):
            if finding.is_error and kind in out:
                out[kind].append(finding.code)
    return out


def test_safety_tab_not_ticked_while_export_blocked(tmp_path: Path, seeds_dir: Path):
    """Measured: a notice of each kind existed, so the tab said ✓, while export refused."""
    hdoc = make_handout(tmp_path / "k", seeds_dir)
    assert st.safety_complete(hdoc.handout)
    reg = hdoc.handout.disclaimers_of("regulatory")[0]
    reg.regulator, reg.text = "MHRA", "The MHRA has not licensed this drug for depression."
    hdoc.save()
    assert "SAFETY-REGULATORY-MISSING" in {f.code for f in blocking(check_handout(hdoc), "en")}
    assert not st.safety_complete(hdoc.handout)
    assert dict(st.safety_status(hdoc.handout))["regulatory"] == []
    # the tab says why, in the gate's words (not "missing": a notice is there)
    row = next(r for r in st.safety_rows(hdoc.handout) if r[0] == "regulatory")
    assert row[1] and row[2][0].startswith("SAFETY-REGULATORY-MISSING: ")
    assert "FDA has approved" in row[2][0]


def _variants(tmp_path: Path, seeds_dir: Path) -> list[HandoutDocument]:
    """The example, every handout file under tests/, the seed handout and broken copies."""
    out = [load_handout(EXAMPLE)]
    out += [load_handout(p) for p in sorted((REPO / "tests").rglob("handout.toml"))]
    base = make_handout(tmp_path / "base", seeds_dir)
    out.append(base)

    def copy(name: str) -> HandoutDocument:
        folder = tmp_path / name
        shutil.copytree(base.path.parent, folder)
        return load_handout(folder / "handout.toml")

    wrong_reg = copy("wrong-regulator")
    wrong_reg.handout.disclaimers_of("regulatory")[0].regulator = "MHRA"
    gb_number = copy("wrong-number")
    gb_number.handout.disclaimers_of("crisis-line")[0].contacts = [
        Contact("116123", "116 123", ("call",), "crisis", "Samaritans")]
    no_text = copy("empty-supervision")
    no_text.handout.disclaimers_of("supervision")[0].text = ""
    dropped = copy("number-dropped")
    dropped.handout.disclaimers_of("crisis-line")[0].text = "If you are in crisis, call for help."
    for hdoc in (wrong_reg, gb_number, no_text, dropped):
        hdoc.save()
        out.append(hdoc)
    # The example whose Spanish crisis notice lost its number: only the es PDF is blocked.
    path = copy_example(tmp_path / "es-number")
    es = load_handout(path)
    crisis = es.handout.disclaimers_of("crisis-line")[0]
    catalogs.set_translation(es, "es", crisis.text, "Si está en crisis, pida ayuda.")
    out.append(load_handout(path))
    # The example with no Spanish catalog yet (as `summarizer new --locale es` leaves it):
    # the tab ticked every notice while the es PDF was refused (I18N-MISSING).
    path = copy_example(tmp_path / "es-no-catalog")
    shutil.rmtree(path.parent / "locales")
    out.append(load_handout(path))
    return out


def _editor_state(hdoc: HandoutDocument) -> st.EditorState:
    """The editor's state with its sources loaded, as the app holds it."""
    from summarizer.sources.load import load_source

    state = st.EditorState(hdoc)
    for ref in hdoc.handout.sources:
        path = hdoc.resolve_source_path(ref)
        if path is not None and path.exists():
            state.sources[ref.id] = load_source(path)
    return state


def test_safety_tab_and_check_agree_on_every_test_handout(
        tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]):
    seen_blocked = 0
    for hdoc in _variants(tmp_path, seeds_dir):
        # the editor's tab (every language, sources loaded) against `check`
        from_check = _kind_errors_from_check(capsys, hdoc)
        tab = dict(st.safety_status(_editor_state(hdoc)))
        for kind in REQUIRED_DISCLAIMER_KINDS:
            assert bool(tab[kind]) == (not from_check[kind]), (hdoc.path, kind, from_check)
        assert st.safety_complete(_editor_state(hdoc)) == (not any(from_check.values()))
        # a bare handout (no files): its own language, against `check --locale <it>`
        source_only = _kind_errors_from_check(capsys, hdoc, hdoc.handout.meta.source_locale)
        model = dict(st.safety_status(hdoc.handout))
        for kind in REQUIRED_DISCLAIMER_KINDS:
            assert bool(model[kind]) == (not source_only[kind]), (hdoc.path, kind, source_only)
        seen_blocked += any(from_check.values())
    assert seen_blocked == 6  # every broken copy is blocked, and the tab shows it


# --------------------------------------------------------------------------- layers


def test_import_contracts_hold():
    """Domain modules import neither Textual nor WeasyPrint (even inside functions); the
    gate reads the rulebook, not sources/. Contracts: pyproject.toml [tool.importlinter]."""
    exe = Path(sys.executable).with_name("lint-imports")
    if not exe.exists():
        pytest.fail("lint-imports not installed: pip install -e '.[test]'")
    done = subprocess.run([str(exe), "--no-cache"], cwd=REPO, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stdout[-3000:]


def test_a_partial_word_file_names_the_missing_lists(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch):
    words = tmp_path / "words"
    words.mkdir()
    shutil.copy(Path(rulebook.__file__).parent / "words" / "en.toml", words / "en.toml")
    (words / "it.toml").write_text("hype = ['miracolos[oa]']\n", encoding="utf-8")
    monkeypatch.setattr(rulebook, "WORDS_DIR", words)
    rulebook._language_data.cache_clear()
    rulebook.language.cache_clear()
    try:
        missing = rulebook.missing_lists("it")
        assert "hype" not in missing and {"animal", "negation", "units"} <= set(missing)
        with pytest.raises(rulebook.MissingRules, match=r"it\.toml lacks: .*animal"):
            rulebook.language("it")
        view = gate.LocaleView("it", {}, False)
        from summarizer.gate.builtin import rules_missing

        (finding,) = rules_missing(gate.Context(load_handout(EXAMPLE).handout), view)
        assert "it.toml lacks" in finding.message and "negation" in finding.message
    finally:
        rulebook._language_data.cache_clear()
        rulebook.language.cache_clear()


def test_text_line_keyword_from_the_rulebook_must_be_printed(tmp_path: Path, seeds_dir: Path):
    """Crisis Text Line answers only "HOME" (regions.toml): a notice without it is refused."""
    hdoc = make_handout(tmp_path / "k", seeds_dir)
    crisis = hdoc.handout.disclaimers_of("crisis-line")[0]
    crisis.contacts.append(Contact("741741", "741741", ("text",), "crisis", "Crisis Text Line",
                                   region="US"))
    crisis.text += " Or text 741741."
    found = [f for f in check_handout(hdoc) if f.code == "SAFETY-KEYWORD"]
    assert [(f.item, f.severity) for f in found] == [(crisis.id, "error")]
    assert "HOME" in found[0].message
    assert dict(st.safety_status(hdoc.handout))["crisis-line"] == []
    crisis.text = crisis.text.replace("Or text 741741.", "Or text HOME to 741741.")
    assert not [f for f in check_handout(hdoc) if f.code == "SAFETY-KEYWORD"]


def test_a_handout_without_date_is_a_gate_warning_everyone_sees(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch):
    """META-NO-DATE comes from the registry: `check`, the editor's model run and export
    all report it (it used to be added by export alone)."""
    path = copy_example(tmp_path, lambda h: setattr(h.meta, "date", ""))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14
    assert "META-NO-DATE" in gate.codes()
    assert gate.registry.get("META-NO-DATE").severity == "warning"
    hdoc = load_handout(path)
    found = [f for f in gate.run(hdoc, ["en"]) if f.code == "META-NO-DATE"]
    assert len(found) == 1 and "2023-11-14" in found[0].message
    assert [f.code for f in gate.run_model(hdoc.handout)].count("META-NO-DATE") == 1
    assert main(["check", str(path), "--locale", "en", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert "META-NO-DATE" in json.dumps(report)
    dated = load_handout(EXAMPLE)
    assert not [f for f in gate.run_model(dated.handout) if f.code == "META-NO-DATE"]
