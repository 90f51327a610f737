"""Defects found by tester10 (session 10) using summarizer as its users would, and the
open findings of session 9's tester (#3, #5, #17, #18, #19, #20, #21).

Articles here are written for these tests (a melatonin supplement), never the seeds'
text; the seeds are used by path through the example handout.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.handout_file import load_handout
from summarizer.model import Claim, Contact, Disclaimer
from summarizer.span import Span

# An over-the-counter supplement: a crisis line and a regulatory statement, and no word
# of anyone supervising its use (written for this test).
SUPPLEMENT = """Melatonin for sleep: what to know

Melatonin is a hormone that helps set the time you feel sleepy. In the United States it
is sold in shops as a dietary supplement. The FDA does not approve dietary supplements
such as melatonin before they are sold.

In a small trial in 2022, people fell asleep a little sooner with melatonin than with a
placebo.

If you or someone you know is in crisis, call or text 988.
"""

SUPERVISED = ("In children, melatonin should only be used under the close supervision of a "
              "doctor.")


def _handout(tmp_path: Path, article: str, *, supervision: bool = False) -> Path:
    """A handout from `article` with a claim, the crisis line and the regulatory notice
    (and its supervision sentence as a notice when asked), as the editor would save it."""
    src = tmp_path / "articles" / "melatonin.txt"
    src.parent.mkdir(parents=True, exist_ok=True)
    src.write_text(article, encoding="utf-8")
    folder = tmp_path / "melatonin"
    assert main(["new", str(folder), "--sources", str(src), "--locale", "en",
                 "--title", "Melatonin"]) == 0
    hdoc = load_handout(folder)
    h = hdoc.handout
    ref = h.sources[0]
    text = hdoc.resolve_source_path(ref).read_text(encoding="utf-8")

    def span(quote: str) -> Span:
        start = text.index(quote)
        return Span(start, start + len(quote))

    trial = ("In a small trial in 2022, people fell asleep a little sooner with melatonin "
             "than with a\nplacebo.")
    h.claims.append(Claim("sooner", "benefits", ref.id, span(trial), trial,
                          "controlled-trial", "In a small study, people fell asleep a bit "
                          "sooner with melatonin than with a fake pill."))
    crisis = "If you or someone you know is in crisis, call or text 988."
    h.disclaimers.append(Disclaimer(
        "crisis", "crisis-line", ref.id, span(crisis), crisis, crisis,
        [Contact("988", "988", ("call", "text", "chat"), "crisis",
                 "988 Suicide & Crisis Lifeline", (), "US")]))
    fda = "The FDA does not approve dietary supplements\nsuch as melatonin before they are sold."
    h.disclaimers.append(Disclaimer(
        "fda", "regulatory", ref.id, span(fda), fda,
        "The FDA does not approve supplements such as melatonin before they are sold.",
        regulator="FDA"))
    if supervision:
        h.disclaimers.append(Disclaimer("care", "supervision", ref.id, span(SUPERVISED),
                                        SUPERVISED, SUPERVISED))
    h.meta.date = "2026-11-30"
    hdoc.save()
    return folder


def _codes(folder: Path) -> set[str]:
    from summarizer import gate

    return {f.code for f in gate.run(load_handout(folder), reading=False)}


# --------------------------------------------------------------- #3 supervision notice


def test_a_supplement_whose_sources_state_no_supervision_needs_no_supervision_notice(
        tmp_path: Path) -> None:
    """tester9 #3: every handout had to carry a supervision notice, so the gate pushed an
    over-the-counter supplement's editor to print "Only with expert care"."""
    folder = _handout(tmp_path, SUPPLEMENT)
    assert "SAFETY-SUPERVISION-MISSING" not in _codes(folder)
    assert "SAFETY-CRISIS-MISSING" not in _codes(folder)


def test_a_supervision_notice_is_still_required_when_the_sources_state_one(
        tmp_path: Path) -> None:
    article = SUPPLEMENT.replace("placebo.\n", f"placebo. {SUPERVISED}\n")
    folder = _handout(tmp_path, article)
    assert "SAFETY-SUPERVISION-MISSING" in _codes(folder)
    # printing the sources' own supervision notice settles it
    folder2 = _handout(tmp_path / "b", article, supervision=True)
    assert "SAFETY-SUPERVISION-MISSING" not in _codes(folder2)


def test_crisis_line_and_regulatory_stay_required_whatever_the_sources_say(
        tmp_path: Path) -> None:
    folder = _handout(tmp_path, SUPPLEMENT)
    hdoc = load_handout(folder)
    hdoc.handout.disclaimers.clear()
    hdoc.save()
    codes = _codes(folder)
    assert {"SAFETY-CRISIS-MISSING", "SAFETY-REGULATORY-MISSING"} <= codes
    assert "SAFETY-SUPERVISION-MISSING" not in codes


def test_the_safety_tab_lists_only_the_required_kinds(tmp_path: Path) -> None:
    """The Safety tab and `check` agree: no "✗ Only with expert care" row for a handout
    whose sources state no supervision, and the row is there when they do."""
    from summarizer.sources.load import load_source
    from summarizer.tui.state import EditorState, safety_rows

    def state_of(folder: Path) -> EditorState:
        hdoc = load_handout(folder)
        state = EditorState(hdoc)
        for ref in hdoc.handout.sources:
            state.sources[ref.id] = load_source(hdoc.resolve_source_path(ref))
        return state

    folder = _handout(tmp_path, SUPPLEMENT)
    rows = safety_rows(state_of(folder))
    assert [kind for kind, _, _ in rows] == ["crisis-line", "regulatory"]
    assert all(found and not errors for _, found, errors in rows)

    article = SUPPLEMENT.replace("placebo.\n", f"placebo. {SUPERVISED}\n")
    folder2 = _handout(tmp_path / "b", article)
    rows2 = safety_rows(state_of(folder2))
    assert [kind for kind, _, _ in rows2] == ["crisis-line", "regulatory", "supervision"]
    assert rows2[2][2], "the missing supervision notice is the gate's error"


def test_the_example_still_needs_its_supervision_notice(tmp_path: Path,
                                                         seeds_dir: Path) -> None:
    """The seeds say ketamine "should only be used under the close supervision of an
    experienced health care provider": dropping that notice still blocks."""
    from adversarial._handouts import example_with_sources

    folder = example_with_sources(tmp_path / "ex", seeds_dir)
    hdoc = load_handout(folder)
    hdoc.handout.disclaimers = [d for d in hdoc.handout.disclaimers
                                if d.kind != "supervision"]
    hdoc.save()
    assert "SAFETY-SUPERVISION-MISSING" in _codes(folder)


def test_check_cli_passes_the_supplement_without_a_supervision_notice(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _handout(tmp_path, SUPPLEMENT)
    main(["check", str(folder)])
    out = capsys.readouterr().out
    assert "SAFETY-SUPERVISION-MISSING" not in out


# --------------------------------------------------------------- #17 handout.toml errors


def test_toml_syntax_error_column_is_one_based(tmp_path: Path) -> None:
    from summarizer.errors import HandoutError
    from summarizer.handout_file import parse_toml

    with pytest.raises(HandoutError) as err:
        parse_toml('[handout]\ntitle = Ketamine\n', "f")
    # 'K' is the 9th character of `title = Ketamine`
    assert err.value.where == "f:2:9"


def test_every_schema_problem_is_reported_at_once(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """tester9 #17: a hand-edited file with four mistakes took four runs to fix."""
    folder = _handout(tmp_path, SUPPLEMENT)
    toml = folder / "handout.toml"
    text = toml.read_text(encoding="utf-8")
    text = (text.replace('region = "US"', 'region = "USA"', 1)
            .replace('section = "benefits"', 'section = "benefit"')
            .replace('kind = "regulatory"', 'kind = "regulator"')
            .replace('source_locale = "en"', 'source_locale = "en"\nauthor = "me"'))
    toml.write_text(text, encoding="utf-8")
    assert main(["check", str(folder)]) == 1
    err = capsys.readouterr().err
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 4, err
    assert "Traceback" not in err
    lines_of = text.splitlines()
    for needle, line in (("'region'", 'region = "USA"'), ("'section'", 'section = "benefit"'),
                         ("'kind'", 'kind = "regulator"'), ("'author'", 'author = "me"')):
        hit = next(ln for ln in lines if needle in ln)
        row = lines_of.index(line) + 1
        assert f"handout.toml:{row}:" in hit, (needle, hit)


# --------------------------------------------------------------- #20 PROV-GONE wording


def test_prov_gone_on_a_notice_says_notice(tmp_path: Path) -> None:
    from summarizer import gate

    folder = _handout(tmp_path, SUPPLEMENT)
    hdoc = load_handout(folder)
    path = hdoc.resolve_source_path(hdoc.handout.sources[0])
    path.write_text(SUPPLEMENT.replace("call or text 988", "phone 988"), encoding="utf-8")
    gone = [f for f in gate.run(load_handout(folder), reading=False) if f.code == "PROV-GONE"]
    assert [f.item for f in gone] == ["crisis"]
    assert "claim" not in gone[0].message
    assert "notice 'crisis'" in gone[0].message and "remove the notice" in gone[0].message


# --------------------------------------------------------------- #19 review sheet sign-off


def test_review_sheet_has_version_date_and_sign_off(tmp_path: Path) -> None:
    from summarizer import gate
    from summarizer.review import review_html

    folder = _handout(tmp_path, SUPPLEMENT)
    hdoc = load_handout(folder)
    hdoc.handout.meta.version = "3"
    html = review_html(hdoc, gate.run(hdoc, reading=False))
    assert "Version 3" in html
    assert "2026-11-30" in html
    for field in ("Approved by", "Signature", "Date of approval"):
        assert field in html, field


# --------------------------------------------------------------- #5 988 and "chat online"


def test_a_contact_prints_only_the_channels_its_notice_names(tmp_path: Path) -> None:
    """tester9 #5: "Call or text 988." printed "988 Call, text, or chat online"."""
    from summarizer.contact_channels import printed_channels

    c = Contact("988", "988", ("call", "text", "chat"), "crisis", "988 Lifeline", (), "US")
    assert printed_channels(c, "Call or text 988.") == ("call", "text")
    assert printed_channels(c, "Call or text 988. You can also chat online.") == (
        "call", "text", "chat")
    assert printed_channels(c, "Help is there: 988.") == ("call", "text", "chat")
    # Spanish, German: the notice's own words decide
    assert printed_channels(c, "Llame o envíe un mensaje de texto al 988.") == (
        "call", "text")
    assert printed_channels(c, "Rufen Sie 988 an.") == ("call",)


def test_the_pdf_and_review_sheet_print_the_notice_channels(tmp_path: Path) -> None:
    from summarizer import gate
    from summarizer.review import review_html

    folder = _handout(tmp_path, SUPPLEMENT)
    hdoc = load_handout(folder)
    html = review_html(hdoc, gate.run(hdoc, reading=False))
    assert "call, text, chat" not in html and "· call, text" in html
    out = tmp_path / "pdf"
    out.mkdir()
    assert main(["export", str(folder), "-o", str(out), "--format", "html"]) == 0
    page = next(out.glob("*.html")).read_text(encoding="utf-8")
    assert "chat online" not in page and "Call or text" in page


# --------------------------------------------------------------- #18 translations init


def test_translations_init_adds_the_language_to_the_handout(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _handout(tmp_path, SUPPLEMENT)
    assert main(["translations", "init", str(folder), "--locale", "it"]) == 0
    assert load_handout(folder).handout.meta.locales == ["en", "it"]
    out = capsys.readouterr().out
    assert "add 'it' to [handout] locales" not in out
    # comments and order of the hand-written file survive
    assert (folder / "handout.toml").read_text(encoding="utf-8").startswith("# summarizer")


def test_fuzzy_previous_msgid_wraps_as_gnu_gettext_does() -> None:
    from summarizer import po_previous

    old = ("The FDA has not approved ketamine for depression or other mental illness. It is "
           "used off label in many clinics across the country, often at high prices.")
    po = f'#, fuzzy\n#| msgid "{old}"\nmsgid "x"\nmsgstr "y"'
    lines = po_previous.rewrap(po, 79).splitlines()
    prev = [ln for ln in lines if ln.startswith("#|")]
    assert prev[0] == '#| msgid ""'
    assert all(len(ln) <= 79 for ln in prev), prev
    assert all(len(ln) > 60 for ln in prev[1:-1]), prev  # filled, not cut at 40
    assert not any(ln.startswith('#| " ') for ln in prev), "spaces end a line, as GNU's"
    assert po_previous.parse([ln[2:] for ln in prev]) == old
    short = "The FDA has not approved ketamine for depression or other mental illness."
    one = po_previous.rewrap(f'#| msgid "{short}"\nmsgid "x"', 79).splitlines()
    assert all(len(ln) <= 79 for ln in one), one


def test_fuzzy_previous_msgid_matches_msgmerge(tmp_path: Path) -> None:
    import shutil
    import subprocess

    if shutil.which("msgcat") is None:
        pytest.skip("GNU gettext not installed")
    from summarizer import po_previous

    old = ("Over time, this cycle can lead to unwanted side effects, including dissociation "
           "and risk of addiction, which the article names without numbers.")
    po = (f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
          f'#, fuzzy\n#| msgid "{old}"\nmsgid "x"\nmsgstr "y"\n')
    ours = po_previous.rewrap(po, 79)
    (tmp_path / "a.po").write_text(ours, encoding="utf-8")
    gnu = subprocess.run(["msgcat", "--width=79", str(tmp_path / "a.po")],
                         capture_output=True, text=True, check=True).stdout
    assert [ln for ln in ours.splitlines() if ln.startswith("#|")] == [
        ln for ln in gnu.splitlines() if ln.startswith("#|")]


# --------------------------------------------------------------- #21 translation numbers


def test_translation_error_names_only_what_changed() -> None:
    from summarizer.gate.faithfulness import translation_problems

    (p,) = translation_problems("Las personas mayores de sesenta y cinco años deben esperar "
                                "3 horas.", "es", "People over 65 should wait 2 hours.", "en")
    assert "65" not in p.message and "sesenta" not in p.message
    assert "'2 hours'" in p.message and "'3 horas'" in p.message
    # the digit run of a quantity already named is not named again beside it
    assert "'2'" not in p.message and "'3'" not in p.message
    assert translation_problems("Las personas mayores de sesenta y cinco años deben esperar "
                                "2 horas.", "es", "People over 65 should wait 2 hours.",
                                "en") == []


# --------------------------------------------------------------- found as a new user


def test_review_sheet_says_fuzzy_not_untranslated(tmp_path: Path) -> None:
    """A committee member read "es: (not translated)" for a string whose Spanish exists
    but turned fuzzy when the English changed: it is not printed until checked, and the
    sheet now says so, with the old translation to compare."""
    from summarizer import catalogs, gate
    from summarizer.review import review_html

    folder = _handout(tmp_path, SUPPLEMENT)
    assert main(["translations", "init", str(folder), "--locale", "es"]) == 0
    hdoc = load_handout(folder)
    fda = next(d for d in hdoc.handout.disclaimers if d.id == "fda")
    catalogs.set_translation(hdoc, "es", fda.text, "La FDA no aprueba los suplementos.")
    fda.text = "The FDA does not approve supplements such as melatonin before sale."
    hdoc.save()
    assert main(["translations", "update", str(folder)]) == 0
    hdoc = load_handout(folder)
    html = review_html(hdoc, gate.run(hdoc, reading=False))
    assert "fuzzy" in html and "La FDA no aprueba los suplementos." in html
    assert html.count("(not translated)") >= 1  # the others are untranslated indeed
    # a claim, printed with its evidence lead-in, is found in the catalog all the same
    claim = hdoc.handout.claims[0]
    catalogs.set_translation(hdoc, "es", claim.text, "En un estudio pequeño, se durmieron "
                             "un poco antes con melatonina que con una pastilla falsa.")
    claim.text = claim.text.replace("a bit", "a little")
    hdoc.save()
    assert main(["translations", "update", str(folder)]) == 0
    hdoc = load_handout(folder)
    html = review_html(hdoc, gate.run(hdoc, reading=False))
    assert "it was “En un estudio pequeño" in html
