"""Defects a new-user tester found on a fresh clone (fourth session), one test each.

The handouts are copies of the bundled example whose sources point at the seed
articles (../shared/seeds, a library folder in the tests' config); nothing here is a
hard-coded result: each test runs the command and reads what it wrote or printed.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLE, SEEDS

from summarizer.cli import main
from summarizer.handout_file import load_handout

ID = "ketamine-depression"


def example_copy(tmp_path: Path, name: str = "ex") -> Path:
    """A copy of the example's folder (its catalogs too), sources pointed at the seeds;
    the text is edited, not re-saved, so the file keeps the example's layout."""
    folder = tmp_path / name
    shutil.copytree(EXAMPLE.parent, folder, ignore=shutil.ignore_patterns(".*.recovery"))
    toml = folder / "handout.toml"
    text = toml.read_text(encoding="utf-8")
    for ref in load_handout(toml).handout.sources:
        text = text.replace(f'"{ref.path}"', f'"{SEEDS / Path(ref.path).name}"')
    toml.write_text(text, encoding="utf-8")
    return folder


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    assert "Traceback" not in err and "internal error" not in err
    return lines[0]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    folder = tmp_path / "victim"
    folder.mkdir()
    return folder


# ------------------------------------------------------------ 1. writes through links


def test_export_to_a_linked_out_folder_inside_the_handout_is_refused(
        tmp_path: Path, victim: Path, capsys: pytest.CaptureFixture[str]) -> None:
    h = example_copy(tmp_path)
    (h / "out").symlink_to(victim)
    code, out, err = run(capsys, "export", h, "-l", "en", "-o", h / "out")
    assert code == 1 and out == ""
    line = one_line(err)
    assert "symbolic link" in line and str(h / "out") in line
    assert list(victim.iterdir()) == []


def test_export_through_a_link_then_dot_dot_is_refused(
        tmp_path: Path, victim: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (victim / "sub").mkdir()
    h = example_copy(tmp_path)
    (h / "out").symlink_to(victim / "sub")
    code, _, err = run(capsys, "export", h, "-l", "en", "--format", "html",
                       "-o", f"{h}/out/../pdfs")
    assert code == 1 and "symbolic link" in one_line(err)
    assert not (victim / "pdfs").exists()


def test_review_into_a_linked_folder_inside_the_handout_is_refused(
        tmp_path: Path, victim: Path, capsys: pytest.CaptureFixture[str]) -> None:
    h = example_copy(tmp_path)
    (h / "out").symlink_to(victim)
    code, out, err = run(capsys, "review", h, "-o", h / "out" / "r.html")
    assert code == 1 and out == ""
    assert "symbolic link" in one_line(err)
    assert list(victim.iterdir()) == []


def test_review_over_a_linked_review_html_is_refused(
        tmp_path: Path, victim: Path, capsys: pytest.CaptureFixture[str]) -> None:
    h = example_copy(tmp_path)
    precious = victim / "precious.html"
    precious.write_text("mine", encoding="utf-8")
    (h / "review.html").symlink_to(precious)
    code, _, err = run(capsys, "review", h)
    assert code == 1 and "symbolic link" in one_line(err)
    assert precious.read_text(encoding="utf-8") == "mine"
    assert (h / "review.html").is_symlink()


def test_review_outside_any_handout_still_works(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    h = example_copy(tmp_path)
    (tmp_path / "real").mkdir()
    (tmp_path / "sheets").symlink_to(tmp_path / "real")  # the user's own link: followed
    code, out, _ = run(capsys, "review", h, "-o", tmp_path / "sheets" / "r.html")
    assert code == 0 and (tmp_path / "real" / "r.html").is_file()
    assert out.strip() == str(tmp_path / "sheets" / "r.html")


async def test_editor_screenshot_into_a_linked_folder_is_refused(
        tmp_path: Path, victim: Path) -> None:
    from tui_helpers import SIZE, ready

    from summarizer.tui.app import EditorApp

    h = example_copy(tmp_path)
    (h / "screenshots").symlink_to(victim)
    app = EditorApp(h / "handout.toml")
    notes: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        real_notify = app.notify

        def notify(message: str, *a: object, **k: object) -> None:
            notes.append(str(message))
            real_notify(message, *a, **k)

        app.notify = notify  # type: ignore[method-assign]
        app.action_screenshot()
        await pilot.pause()
    assert list(victim.iterdir()) == []
    assert any("No screenshot" in n and "symbolic link" in n for n in notes), notes


# ------------------------------------------------------------ 2. no folders created


def test_review_into_a_missing_folder_is_refused_and_creates_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    h = example_copy(tmp_path)
    target = tmp_path / "nonexistent" / "dir" / "x.html"
    code, out, err = run(capsys, "review", h, "-o", target)
    assert code == 1 and out == ""
    assert "does not exist" in one_line(err)
    assert not (tmp_path / "nonexistent").exists()


def test_export_into_a_folder_whose_parent_is_missing_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    h = example_copy(tmp_path)
    code, out, err = run(capsys, "export", h, "-l", "en", "--format", "html",
                         "-o", tmp_path / "nonexistent" / "pdfs")
    assert code == 1 and out == ""
    assert "does not exist" in one_line(err)
    assert not (tmp_path / "nonexistent").exists()
    # the folder -o names is the command's own: created when its parent exists
    code, out, _ = run(capsys, "export", h, "-l", "en", "--format", "html",
                       "-o", tmp_path / "pdfs")
    assert code == 0 and (tmp_path / "pdfs" / f"{ID}.en.html").is_file()


# ------------------------------------------------------------ 3. one id, one handout


def test_a_second_handout_with_the_same_id_is_refused_in_other_languages_too(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ex = example_copy(tmp_path, "ex")
    copy = example_copy(tmp_path, "copy")
    out = tmp_path / "D"
    code, _, _ = run(capsys, "export", ex, "-l", "es", "-o", out)
    assert code == 0
    code, written, err = run(capsys, "export", copy, "-l", "en", "-o", out)
    assert code == 1 and written == ""
    line = one_line(err.split("\n", 1)[1])  # after the "export: id (path) -> out" line
    assert str(ex / "handout.toml") in line and str(copy / "handout.toml") in line
    assert not (out / f"{ID}.en.pdf").exists()
    owners = json.loads((out / ".summarizer-exports.json").read_text(encoding="utf-8"))
    assert set(owners.values()) == {str((ex / "handout.toml").resolve())}
    # the first handout still adds languages there
    code, _, _ = run(capsys, "export", ex, "-l", "en", "-o", out)
    assert code == 0 and (out / f"{ID}.en.pdf").is_file()


# ------------------------------------------------------------ 4. one spelling per language


def test_language_codes_are_spelled_one_way() -> None:
    from summarizer.schema import canonical_locale

    assert [canonical_locale(t) for t in ("EN", "zh_Hans", "es_us", "ZH-hant-tw", "tl")] \
        == ["en", "zh-Hans", "es-US", "zh-Hant-TW", "tl"]
    assert canonical_locale("es@x") is None and canonical_locale("xx") is None


def test_export_writes_canonical_names_once_per_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    h = example_copy(tmp_path)
    out = tmp_path / "D"
    code, written, err = run(capsys, "export", h, "-l", "EN", "-l", "en", "-l", "es",
                             "-l", "es", "--format", "html", "-o", out)
    assert code == 0, err
    assert sorted(p.name for p in out.glob("*.html")) == [f"{ID}.en.html", f"{ID}.es.html"]
    assert len(written.split()) == 2
    assert "es done (2/2)" in err and "(1/4)" not in err
    assert 'lang="en"' in (out / f"{ID}.en.html").read_text(encoding="utf-8")


def test_underscore_locale_in_the_handout_is_read_in_the_canonical_spelling(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Earlier versions wrote 'es_US' (new --locale es_US): such a file still opens, its
    codes read as BCP 47 spells them, and the next save writes them so (reviewer, s4)."""
    from summarizer.handout_file import load_handout

    h = example_copy(tmp_path)
    toml = h / "handout.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text.replace('locales = ["en", "es"]', 'locales = ["en", "es_US", "zh_Hans"]')
                    .replace('source_locale = "en"', 'source_locale = "EN"'), encoding="utf-8")
    hdoc = load_handout(toml)
    assert hdoc.handout.meta.locales == ["en", "es-US", "zh-Hans"]
    assert hdoc.handout.meta.source_locale == "en"
    hdoc.save(toml)
    assert 'locales = ["en", "es-US", "zh-Hans"]' in toml.read_text(encoding="utf-8")
    toml.write_text(text.replace('locales = ["en", "es"]', 'locales = ["en", "es", "ES"]'),
                    encoding="utf-8")
    code, _, err = run(capsys, "translations", "status", h)
    assert code == 1 and "locale 'es' is listed twice" in one_line(err)


def test_editor_details_spell_languages_canonically() -> None:
    from summarizer.editing import EditError, parse_meta

    assert parse_meta({"locales": "en, ES, zh_Hans, es"}, "en")["locales"] == \
        ["en", "es", "zh-Hans"]
    with pytest.raises(EditError, match="'xx'"):
        parse_meta({"locales": "en xx"}, "en")


# ------------------------------------------------------------ 5. options where they apply


@pytest.mark.parametrize("argv", [("check",), ("translations", "status")])
def test_short_locale_option_is_accepted_where_a_language_applies(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]) -> None:
    h = example_copy(tmp_path)
    code, out, err = run(capsys, *argv, h, "-l", "ES")
    assert "unrecognized" not in err
    assert code in (0, 1)
    assert re.search(r"\bes\b", out) and not re.search(r"\bES\b", out), out


def test_new_with_an_unknown_region_names_the_option_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "k3"
    code, out, err = run(capsys, "new", target, "--sources", SEEDS, "--region", "ZZ")
    assert code == 2 and out == ""
    line = err.strip().splitlines()[-1]
    assert "--region ZZ: not a known region" in line and "US" in line
    assert "handout.toml" not in err
    assert not target.exists()


# ------------------------------------------------------------ 6. translations say what is true


def test_translations_messages_say_what_happens(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    h = example_copy(tmp_path)
    code, out, _ = run(capsys, "translations", "init", h, "-l", "it")
    assert code == 0
    # init adds the language to the handout (tester9 #18), and says so
    assert "it: added to [handout] locales" in out
    assert 'locales = ["en", "es", "it"]' in (h / "handout.toml").read_text(encoding="utf-8")
    # a catalog of a language the handout does not list: export -l warns, as status says
    toml = h / "handout.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        'locales = ["en", "es", "it"]', 'locales = ["en", "es"]'), encoding="utf-8")
    _, out, _ = run(capsys, "translations", "status", h)
    assert "`export -l it` works but warns" in out
    _, _, err = run(capsys, "export", h, "-l", "it", "--format", "html", "-o", tmp_path)
    assert "I18N-NOT-LISTED" in err

    po = h / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    before = po.read_bytes()
    code, out, _ = run(capsys, "translations", "update", h, "-l", "es")
    assert po.read_bytes() == before
    assert out.strip() == f"es: unchanged {po}"
    toml = h / "handout.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        "what to know", "what we know"), encoding="utf-8")
    code, out, _ = run(capsys, "translations", "update", h, "-l", "es")
    assert po.read_bytes() != before and out.strip() == f"es: updated {po}"


def test_translations_status_columns_and_plurals(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    h = example_copy(tmp_path)
    toml = h / "handout.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        'locales = ["en", "es"]', 'locales = ["en", "es", "zh-Hans"]'), encoding="utf-8")
    _, out, _ = run(capsys, "translations", "status", h)
    firsts = [line for line in out.splitlines() if "translated," in line]
    assert any(line.startswith("zh-Hans 23/23") for line in firsts), firsts
    starts = {line.index(line.split()[1]) for line in firsts}
    assert len(starts) == 1  # one column, whatever the codes' lengths

    from summarizer.checks import check_handout

    shutil.rmtree(h / "locales" / "zh_Hans")
    one = load_handout(toml)
    one.handout.claims.clear()
    one.handout.disclaimers.clear()
    one.handout.meta.summary = ""
    messages = [f.message for f in check_handout(one) if f.code == "I18N-MISSING"]
    assert any("(1 string)" in m for m in messages), messages


def test_counts_follow_ngettext() -> None:
    from summarizer.counting import count

    assert [count(n, "notice") for n in (0, 1, 2)] == ["0 notices", "1 notice", "2 notices"]


# ------------------------------------------------------------ 7. say where, say it once


def test_verify_names_a_linked_sources_target(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_CONFIG", str(tmp_path / "no-config.toml"))
    h = example_copy(tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    ref = load_handout(h).handout.sources[-1]
    seed_file = SEEDS / Path(ref.path).name
    target = outside / seed_file.name
    shutil.copy(seed_file, target)
    (h / "sources").mkdir()
    link = h / "sources" / f"{ref.id}.txt"
    link.symlink_to(target)
    toml = h / "handout.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        f'"{seed_file}"', f'"sources/{ref.id}.txt"'), encoding="utf-8")
    code, out, err = run(capsys, "verify", h, "--library", SEEDS)
    assert code == 1
    said = " ".join((out + err).split())
    assert f"symbolic link to {target}" in said
    assert f"points to {link}" not in said


def test_check_without_the_library_says_the_rule_once(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_CONFIG", str(tmp_path / "no-config.toml"))
    h = example_copy(tmp_path)
    sources = load_handout(h).handout.sources
    code, out, _ = run(capsys, "check", h)
    assert code == 1
    said = " ".join(out.split())
    assert said.count("sources are read only from") == 1
    assert said.count("PROV-SOURCE-MISSING") == 1
    assert f"{len(sources)} sources not read" in said
    assert all(ref.id in said for ref in sources)


# ------------------------------------------------------------ 8. a referral line works


def test_a_referral_line_is_not_said_not_to_work(tmp_path: Path) -> None:
    from summarizer.checks import check_handout
    from summarizer.model import Contact

    h = example_copy(tmp_path)
    hdoc = load_handout(h)
    crisis = [d for d in hdoc.handout.disclaimers if d.kind == "crisis-line"]
    hdoc.handout.disclaimers = [d for d in hdoc.handout.disclaimers
                                if d.kind != "crisis-line"] + crisis[:1]
    crisis[0].text = "For help finding treatment, call 800-662-HELP (4357)."
    crisis[0].contacts = [Contact("+18006624357", "800-662-HELP (4357)",
                                  role="treatment-referral")]
    (found,) = [f for f in check_handout(hdoc) if f.code == "SAFETY-CRISIS-MISSING"]
    assert "do not work" not in found.message and "does not work" not in found.message
    assert "800-662-HELP (4357) works in US but is not a crisis line" in found.message


# ------------------------------------------------------------ 9. review sheet rows stay whole


def test_review_pdf_rows_are_not_split_across_pages(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import pypdfium2

    h = example_copy(tmp_path)
    sheet = tmp_path / "sheet.pdf"
    code, _, _ = run(capsys, "review", h, "-o", sheet)
    assert code == 0
    hdoc = load_handout(h)
    items = [d.id for d in hdoc.handout.disclaimers] + [c.id for c in hdoc.handout.claims]
    pdf = pypdfium2.PdfDocument(sheet)
    pages = [re.sub(r"\ufffe\s*", "-", pdf[i].get_textpage().get_text_range())
             for i in range(len(pdf))]
    assert len(pages) >= 2
    header_end = "chosen)\r\nFindings\r\n"
    for n, text in enumerate(pages[1:], start=2):
        body = text.split(header_end, 1)[1] if header_end in text else text
        first = body.split()[0] if body.split() else ""
        # a page may also start with the committee's sign-off block, kept whole
        assert first in items or body.startswith(("Findings about the whole handout",
                                                  "Committee sign-off")), (
            n, body[:120])


# ------------------------------------------------------------ 10. Arabic counts


def test_example_arabic_catalog_counts_are_grammatical_and_faithful(tmp_path: Path) -> None:
    """Arabic says one and two with the noun itself (أسبوع, شهرين): "1 أسبوع" and
    "2 شهر" are not Arabic. The grammatical catalog still passes the numbers check."""
    from summarizer.checks import check_handout

    h = example_copy(tmp_path)
    po = (h / "locales" / "ar" / "LC_MESSAGES" / "handout.po").read_text(encoding="utf-8")
    assert not re.search(r"(?<![\d٠-٩])[12٠١٢]\s+(?:أسبوع|شهر|يوم|سنة|ساعة)\b", po)
    assert "شهرين" in po and "خلال أسبوع" in po
    toml = h / "handout.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        'locales = ["en", "es"]', 'locales = ["en", "es", "ar"]'), encoding="utf-8")
    found = [f for f in check_handout(load_handout(toml), ["ar"])
             if f.code.startswith("FAITH-TRANSLATION") and f.severity == "error"]
    assert found == [], [f.message for f in found]


def test_a_tagalog_catalog_is_kept_under_its_own_code(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Babel's Locale.parse calls tl "fil_PH": the catalog went to locales/fil_PH and
    status listed a phantom language fil-PH beside tl."""
    h = example_copy(tmp_path)
    toml = h / "handout.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        'locales = ["en", "es"]', 'locales = ["en", "es", "tl"]'), encoding="utf-8")
    code, out, _ = run(capsys, "translations", "init", h, "-l", "tl")
    assert code == 0
    po = h / "locales" / "tl" / "LC_MESSAGES" / "handout.po"
    assert po.is_file() and f"created {po}" in out
    assert not (h / "locales" / "fil_PH").exists()
    assert 'Language: tl\\n' in po.read_text(encoding="utf-8")
    _, out, _ = run(capsys, "translations", "status", h)
    assert "fil" not in out


def test_arabic_pdf_puts_a_wrapped_english_titles_end_at_the_start_of_its_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Measured, not changed (tester: 'for Months.' at the left of the next line): in the
    Arabic PDF the part of an English title that wraps is drawn at the right of its line,
    where a right-to-left line starts, before the publisher that follows it (the title is
    <cite lang="en" dir="ltr">; PDFium's char boxes say where each glyph is drawn)."""
    import pypdfium2

    h = example_copy(tmp_path)
    code, written, err = run(capsys, "export", h, "-l", "ar", "-o", tmp_path)
    assert code == 0, err
    pdf = pypdfium2.PdfDocument(written.strip())
    titles = [s.title for s in load_handout(h).handout.sources]

    def squeezed(title: str) -> str:
        return "".join(c for c in title if c.isascii() and c.isalpha())

    checked = 0
    for page in pdf:
        tp = page.get_textpage()
        boxes = [tp.get_charbox(i, loose=True) for i in range(tp.count_chars())]
        chars = [tp.get_text_range(i, 1) for i in range(tp.count_chars())]
        # a line: glyphs whose (font-high) boxes share a middle, within 4 pt
        placed = sorted(((box[1] + box[3]) / 2, box[0], c)
                        for c, box in zip(chars, boxes, strict=True) if c.strip())
        rows: list[list[tuple[float, str]]] = []
        last = None
        for middle, x, c in placed:
            if last is None or middle - last > 4:
                rows.append([])
            rows[-1].append((x, c))
            last = middle
        for row in rows:
            latin = [x for x, c in row if c.isascii() and c.isalpha()]
            arabic = [x for x, c in row if "\u0600" <= c <= "\u06ff" and not c.isdigit()]
            words = "".join(c for _, c in sorted(row) if c.isascii() and c.isalpha())
            if latin and arabic and len(words) > 5 and any(words in squeezed(t)
                                                           for t in titles):
                checked += 1
                assert min(latin) > max(arabic), words  # English first, at the right
    assert checked >= 2  # "for Months" and the third title, each before Arabic


def test_readability_and_new_take_l_too(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "nota.txt"
    article.write_text("La ketamina se administra en una clínica. El alivio dura poco.\n",
                       encoding="utf-8")
    code, by_lang, _ = run(capsys, "readability", article, "--lang", "es")
    assert code == 0
    code, out, err = run(capsys, "readability", article, "-l", "ES")
    assert code == 0 and "unrecognized" not in err and out == by_lang
    code, _, err = run(capsys, "new", tmp_path / "k", "--sources", SEEDS, "-l", "EN", "-l", "es")
    assert code == 0, err
    assert load_handout(tmp_path / "k").handout.meta.locales == ["en", "es"]
