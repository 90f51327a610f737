"""`summarizer export`: the gate blocks what is unsafe or untranslated, and writes nothing
for a refused language; a translator can add a language end to end."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest
from babel.messages.pofile import read_po, write_po
from conftest import EXAMPLE

from summarizer import i18n
from summarizer.cli import main
from summarizer.handout_file import HandoutDocument, load_handout
from summarizer.model import Handout


def copy_example(tmp: Path, edit: Callable[[Handout], None] | None = None) -> Path:
    """The example handout saved elsewhere (sources re-pointed, catalogs copied), edited."""
    hdoc = load_handout(EXAMPLE)
    if edit is not None:
        edit(hdoc.handout)
    target = tmp / "handout" / "handout.toml"
    target.parent.mkdir(parents=True)
    hdoc.save(target)
    shutil.copytree(EXAMPLE.parent / "locales", target.parent / "locales")
    return target


def export(capsys: pytest.CaptureFixture[str], handout: Path, out: Path,
           *locales: str, jobs: int = 1) -> tuple[int, str, str]:
    args = ["export", str(handout), "-o", str(out), "--jobs", str(jobs)]
    for loc in locales:
        args += ["--locale", loc]
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def without(kind: str) -> Callable[[Handout], None]:
    def edit(h: Handout) -> None:
        h.disclaimers = [d for d in h.disclaimers if d.kind != kind]
    return edit


def set_claim(claim_id: str, text: str) -> Callable[[Handout], None]:
    def edit(h: Handout) -> None:
        next(c for c in h.claims if c.id == claim_id).text = text
    return edit


def hard_texts(h: Handout) -> None:
    for i, c in enumerate(h.claims):
        c.text = (f"Pharmacological investigations ({i}) demonstrate considerable "
                  "neurobiological heterogeneity regarding antidepressant responsiveness "
                  "among individuals experiencing treatment-resistant depressive disorders, "
                  "necessitating individualized therapeutic deliberation.")


@pytest.mark.parametrize(("edit", "code", "locales"), [
    (without("crisis-line"), "SAFETY-CRISIS-MISSING", ("en", "es")),
    (without("regulatory"), "SAFETY-REGULATORY-MISSING", ("en", "es")),
    (without("supervision"), "SAFETY-SUPERVISION-MISSING", ("en", "es")),
    (hard_texts, "READ-GRADE-HIGH", ("en",)),
    (set_claim("fast-relief", "This breakthrough drug eased depression within hours."),
     "HYPE-WORD", ("en",)),
    (set_claim("vanderbilt-mice", "A second drug made ketamine work for up to two months."),
     "EVID-ANIMAL-UNHEDGED", ("en",)),
], ids=["no-crisis-line", "no-regulatory", "no-supervision", "grade-above-ceiling", "hype",
        "unhedged-mice"])
def test_gate_blocks_export(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                            edit: Callable[[Handout], None], code: str,
                            locales: tuple[str, ...]) -> None:
    handout = copy_example(tmp_path, edit)
    out = tmp_path / "out"
    rc, stdout, stderr = export(capsys, handout, out, *locales)
    assert rc == 1
    assert code in stderr
    for loc in locales:
        assert f"{loc}: not exported" in stderr
    assert stdout == ""
    assert not out.exists() or not any(out.iterdir())


def test_the_unchanged_example_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    handout = copy_example(tmp_path)
    rc, stdout, stderr = export(capsys, handout, tmp_path / "out", "en")
    assert rc == 0, stderr
    assert stdout.strip() == str(tmp_path / "out" / "ketamine-depression.en.pdf")
    assert "export: en done (1/1)" in stderr  # not a TTY: one line per locale


# --------------------------------------------------------------------- adding a language

# A translator adds French. The app's own strings ship in French (locales/fr), so the
# translator only writes the handout's strings. The handout is cut down to keep this short.
FRENCH = {
    "Ketamine for depression: what to know": "La kétamine contre la dépression : l’essentiel",
    "If you or someone you know is having a hard time or is in crisis, call or text 988.":
    "Si vous ou un proche traversez une période difficile ou une crise, appelez le 988 ou "
    "envoyez-lui un texto.",
    "988 Suicide & Crisis Lifeline": "988, ligne d’aide en cas de crise suicidaire",
    "Only use this drug with close care from a doctor or nurse who knows how to use it "
    "safely.": "Prenez ce médicament seulement avec le suivi étroit d’un médecin ou d’une "
    "infirmière qui sait l’utiliser sans danger.",
    "The FDA has not approved ketamine to treat depression or other mental health problems.":
    "La FDA (l’agence américaine du médicament) n’a pas autorisé la kétamine pour traiter "
    "la dépression ou d’autres troubles mentaux.",
    "The relief often fades within about a week. Many people need more doses to stay well.":
    "Le soulagement passe souvent en une semaine environ. Beaucoup de personnes ont besoin "
    "d’autres doses pour rester bien.",
    "Some people feel sick to their stomach or dizzy. Blood pressure can go up or down.":
    "Certaines personnes ont la nausée ou des vertiges. La tension peut monter ou baisser.",
}


def small_handout(h: Handout) -> None:
    h.meta.summary = ""
    h.meta.locales = ["en", "es", "fr"]
    h.disclaimers = [d for d in h.disclaimers
                     if d.id in ("crisis-988", "supervision", "not-fda-approved")]
    h.claims = [c for c in h.claims if c.id in ("relief-fades", "side-effects")]


def fill(po: Path, strings: dict[str, str], fuzzy: set[str] = frozenset()) -> None:  # type: ignore[assignment]
    with po.open("rb") as fh:
        catalog = read_po(fh)
    for message in catalog:
        if message.id:
            message.string = strings.get(message.id, "")
            if message.id in fuzzy:
                message.flags.add("fuzzy")
            else:
                message.flags.discard("fuzzy")
    with po.open("wb") as fh:
        write_po(fh, catalog)


def test_translator_adds_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    handout = copy_example(tmp_path, small_handout)
    hdoc: HandoutDocument = load_handout(handout)
    assert set(hdoc.handout.texts()) == set(FRENCH)
    h = str(handout)

    assert main(["translations", "init", h, "--locale", "fr"]) == 0
    po = handout.parent / "locales" / "fr" / "LC_MESSAGES" / "handout.po"
    assert po.is_file()
    assert main(["translations", "status", h, "--locale", "fr"]) == 1  # all missing yet
    fill(po, FRENCH)
    assert main(["translations", "status", h, "--locale", "fr"]) == 0
    assert main(["translations", "compile", h, "--locale", "fr"]) == 0
    assert po.with_suffix(".mo").is_file()
    capsys.readouterr()

    out = tmp_path / "out"
    rc, stdout, stderr = export(capsys, handout, out, "fr")
    assert rc == 0, stderr
    pdf = out / "ketamine-depression.fr.pdf"
    assert stdout.strip() == str(pdf)
    reader = pypdf.PdfReader(pdf)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    assert reader.trailer["/Root"]["/Lang"] == "fr"
    assert "La kétamine contre la dépression" in text
    assert i18n.app_translations("fr").gettext("If you are in crisis, get help now") in text
    assert "22 novembre 2026" in text  # Babel's French long date

    # A string left untranslated blocks French, naming the string; nothing is written.
    pdf.unlink()
    gap = "Some people feel sick to their stomach or dizzy. Blood pressure can go up or down."
    fill(po, {k: v for k, v in FRENCH.items() if k != gap})
    rc, stdout, stderr = export(capsys, handout, out, "fr")
    assert rc == 1 and stdout == "" and not pdf.exists()
    assert "I18N-MISSING" in stderr and "Some people feel sick" in stderr

    # So does a fuzzy one (its English changed since it was translated).
    stale = "The relief often fades within about a week. Many people need more doses to stay well."
    fill(po, FRENCH, fuzzy={stale})
    rc, stdout, stderr = export(capsys, handout, out, "fr")
    assert rc == 1 and not pdf.exists()
    assert "I18N-FUZZY" in stderr and "The relief often fades" in stderr
    assert main(["translations", "compile", h, "--locale", "fr"]) == 1


def test_a_language_without_app_strings_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Italian handout strings alone are not enough: the headings would print in English."""
    assert "it" not in i18n.available_app_locales()

    def italian(h: Handout) -> None:
        small_handout(h)
        h.meta.locales = ["en", "it"]

    handout = copy_example(tmp_path, italian)
    assert main(["translations", "init", str(handout), "--locale", "it"]) == 0
    fill(handout.parent / "locales" / "it" / "LC_MESSAGES" / "handout.po",
         dict.fromkeys(FRENCH, "Testo italiano: vedi 988."))
    capsys.readouterr()
    rc, stdout, stderr = export(capsys, handout, tmp_path / "out", "it")
    assert rc == 1 and stdout == ""
    assert "I18N-NO-APP-CATALOG" in stderr and "it: not exported" in stderr


@pytest.mark.parametrize(("order", "jobs"), [(("en", "es"), 1), (("es", "en"), 2)],
                         ids=["in-process", "in-a-worker"])
def test_a_missing_glyph_refuses_that_locale_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], order: tuple[str, str], jobs: int
) -> None:
    """DejaVu Sans has no kana: rather than print boxes, English is refused; Spanish,
    whose translation has no such character, is still written."""
    def kana(h: Handout) -> None:
        claim = next(c for c in h.claims if c.id == "what-infusion")
        claim.text = claim.text.replace("the drug", "the drug (ケタミン)")

    handout = copy_example(tmp_path, kana)
    po = handout.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    with po.open("rb") as fh:
        catalog = read_po(fh)
    old = next(c for c in load_handout(EXAMPLE).handout.claims if c.id == "what-infusion").text
    new = old.replace("the drug", "the drug (ケタミン)")
    catalog.add(new, catalog[old].string)
    with po.open("wb") as fh:
        write_po(fh, catalog)
    out = tmp_path / "out"
    rc, stdout, stderr = export(capsys, handout, out, *order, jobs=jobs)
    assert rc == 1
    # the gate says it before anything is drawn, as `check` does (its glyph check)
    assert "I18N-FONT-MISSING" in stderr and "U+30B1" in stderr and "en: not exported" in stderr
    assert stdout.strip() == str(out / "ketamine-depression.es.pdf")
    assert not (out / "ketamine-depression.en.pdf").exists()


# --------------------------------------------------------------------- untrusted text, full path

PAYLOADS = [
    '<img src="file:///etc/passwd">',
    '<link rel="attachment" href="file:///etc/hostname">',
    "<script>document.write('x')</script>",
    "http://127.0.0.1:9/steal.css",
    "{{ 7*7 }}",
]
# Characters that end or escape a PDF string or an HTML attribute, for the metadata.
TITLE_PAYLOAD = r'Ketamine ) /Author (evil) \ <b>"{{ 7*7 }}"</b>'


def test_payloads_come_out_as_text_through_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Markup, URLs and template syntax in a claim, a disclaimer, a translation and the
    title survive `summarizer export` as literal text; nothing outside templates/ is
    fetched (spied on every request, and a canary file's text is never in the PDF)."""
    from summarizer import render

    canary = tmp_path / "canary.txt"
    canary.write_text("CANARY-5d1f0c9e")
    payload = " ".join([*PAYLOADS, f'<img src="{canary.as_uri()}">'])
    claim_en = "Claim: " + payload
    notice_en = "Notice: " + payload

    def edit(h: Handout) -> None:
        next(c for c in h.claims if c.id == "what-anesthetic").text = claim_en
        h.disclaimers_of("self-medication")[0].text = notice_en
        h.meta.title = TITLE_PAYLOAD
        h.meta.max_grade = 14.0  # the payload is not plain language; that gate is tested above

    handout = copy_example(tmp_path, edit)
    po = handout.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    with po.open("rb") as fh:
        catalog = read_po(fh)
    catalog.add(claim_en, "Traducción: " + payload)
    catalog.add(notice_en, "Aviso: " + payload)
    catalog.add(TITLE_PAYLOAD, TITLE_PAYLOAD.replace("Ketamine", "Ketamina"))
    with po.open("wb") as fh:
        write_po(fh, catalog)

    seen: list[tuple[str, bool]] = []
    real = render.make_fetcher

    def spying_fetcher(root: Path | None = None, on_fetch: object = None) -> object:
        return real(root, lambda url, ok: seen.append((url, ok)))

    monkeypatch.setattr(render, "make_fetcher", spying_fetcher)
    # The payload's numbers are not its quote's: the faithfulness gate (tested in
    # tests/test_faithfulness.py) would rightly refuse it; this test is about escaping.
    from summarizer.gate import faithfulness, kept_kind
    monkeypatch.setattr(faithfulness, "compare", lambda *a, **k: [])
    monkeypatch.setattr(kept_kind, "problems", lambda *a, **k: [])  # nor does it say a notice
    monkeypatch.setattr(faithfulness, "translation_problems", lambda *a, **k: [])
    monkeypatch.setattr(faithfulness, "meaning_problems", lambda *a, **k: [])  # the model's
    # CONTENT-MARKUP (tests/test_gate_tester7.py) rightly refuses the tags too; here the
    # renderer must print them as text if they ever got through
    from summarizer.gate import builtin
    monkeypatch.setattr(builtin, "_MARKUP", re.compile(r"(?!)"))
    out = tmp_path / "out"
    rc, stdout, stderr = export(capsys, handout, out, "en", "es", jobs=1)
    assert rc == 0, stderr
    assert stdout.split() == [str(out / f"ketamine-depression.{loc}.pdf") for loc in ("en", "es")]
    assert seen and all(ok and url.endswith("/templates/handout.css") for url, ok in seen)
    for locale, labels in (("en", ("Claim:", "Notice:")), ("es", ("Traducción:", "Aviso:"))):
        path = out / f"ketamine-depression.{locale}.pdf"
        data = path.read_bytes()
        assert b"CANARY" not in data and b"/EmbeddedFile" not in data
        reader = pypdf.PdfReader(path)
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
        compact = "".join(text.split())  # a long payload may wrap anywhere
        for label in labels:
            assert f"{label} {PAYLOADS[0]}" in text, (locale, label)
            assert "".join(f"{label} {payload}".split()) in compact, (locale, label)
        for p in PAYLOADS:
            assert compact.count("".join(p.split())) >= 2, (locale, p)
        # {{7*7}} never evaluated: no "49" standing alone (pytest's tmp folder number, in
        # the canary's path, may hold those digits, e.g. "pytest-1497")
        assert "{{7*7}}" in compact and not re.search(r"(?<!\d)49(?!\d)", text)
        expected_title = TITLE_PAYLOAD if locale == "en" else TITLE_PAYLOAD.replace(
            "Ketamine", "Ketamina")
        assert reader.metadata.title == expected_title
        assert reader.metadata.author == "Example Community Clinic"


# --------------------------------------------------------------------- where the PDFs go


@pytest.mark.parametrize("where", ["file", "under-a-file"])
def test_an_unwritable_out_folder_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    handout = copy_example(tmp_path)
    blocker = tmp_path / "taken"
    blocker.write_text("not a folder")
    out = blocker if where == "file" else blocker / "pdfs"
    rc, stdout, stderr = export(capsys, handout, out, "en", "es", jobs=2)
    assert rc == 1 and stdout == ""
    lines = [line for line in stderr.splitlines() if not line.startswith("export: ")]
    assert len(lines) == 1, stderr
    assert lines[0].startswith(f"summarizer: error: {out}: cannot write PDFs")
    assert "Traceback" not in stderr and blocker.read_text() == "not a folder"


def test_a_failed_write_keeps_the_old_pdf_and_leaves_no_partial_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills up while the PDF is written: the previous PDF stays whole, and
    no temp file is left beside it."""
    import errno
    import os

    from summarizer import atomic

    handout = copy_example(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    old = out / "ketamine-depression.en.pdf"
    old.write_bytes(b"%PDF-1.7 previous export")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", full)
    rc, stdout, stderr = export(capsys, handout, out, "en", jobs=1)
    assert rc == 1 and stdout == ""
    assert "en: not exported" in stderr and "No space left on device" in stderr
    assert old.read_bytes() == b"%PDF-1.7 previous export"
    assert sorted(p.name for p in out.iterdir()) == [old.name]


# --------------------------------------------------------------------- usage and collisions


def test_an_unknown_locale_is_a_usage_error_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    handout = copy_example(tmp_path)
    out = tmp_path / "out"
    rc, stdout, stderr = export(capsys, handout, out, "en", "xx")
    assert rc == 2
    assert stdout == ""
    assert stderr.splitlines() == [
        "summarizer export: error: --locale 'xx' is not a language code Babel knows "
        "(e.g. en, es, es-US, zh-Hans)"]
    assert not out.exists()


@pytest.mark.parametrize("jobs", [0, -1])
def test_jobs_below_one_is_a_usage_error_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: int
) -> None:
    """--jobs 0 used to be taken silently as "one per CPU", which the help gave as the
    default, not as a value: a user who typed 0 (as for xargs -P 0) gets a usage line
    naming the default, and nothing is written."""
    handout = copy_example(tmp_path)
    out = tmp_path / "out"
    rc, stdout, stderr = export(capsys, handout, out, "en", jobs=jobs)
    assert rc == 2
    assert stdout == ""
    assert stderr.splitlines() == [
        "summarizer export: error: --jobs must be 1 or more "
        "(leave it out for one process per CPU)"]
    assert not out.exists()


def test_two_handouts_with_one_id_do_not_overwrite_each_other(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two folders holding handouts with the same id, exported into one folder: the
    second is refused, naming both handouts, and the first one's PDF stays as it was."""
    first = copy_example(tmp_path / "a")
    second = copy_example(tmp_path / "b", set_claim(
        "fast-relief", "For some people, ketamine eased depression within a few hours."))
    out = tmp_path / "pdfs"
    rc, _, stderr = export(capsys, first, out, "en")
    assert rc == 0, stderr
    pdf = out / "ketamine-depression.en.pdf"
    before = pdf.read_bytes()

    rc, stdout, stderr = export(capsys, second, out, "en")
    assert rc == 1 and stdout == ""
    lines = [line for line in stderr.splitlines() if not line.startswith("export: ")]
    assert len(lines) == 1, stderr
    assert str(first) in lines[0] and str(second) in lines[0]
    assert "ketamine-depression" in lines[0]
    assert pdf.read_bytes() == before

    # the same handout again replaces its own PDF, and HTML pages are guarded alike
    assert export(capsys, first, out, "en")[0] == 0
    assert main_html(capsys, first, out)[0] == 0
    rc, _, stderr = main_html(capsys, second, out)
    assert rc == 1 and str(first) in stderr
    # once the first handout is gone (moved, deleted), its name is free again
    shutil.rmtree(first.parent)
    rc, _, stderr = export(capsys, second, out, "en")
    assert rc == 0, stderr
    assert pdf.read_bytes() != before


def main_html(capsys: pytest.CaptureFixture[str], handout: Path,
              out: Path) -> tuple[int, str, str]:
    code = main(["export", str(handout), "-o", str(out), "-l", "en", "--format", "html"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_jobs_2_writes_what_jobs_1_writes_even_when_the_gate_refuses_a_locale(
    tmp_path: Path,
) -> None:
    """With its worker processes running, an export hands the pages to them before the
    gate runs. A locale the gate then refuses is never written, and a page that changed
    because of it (its "also available in" loses Spanish) is rendered again: the PDFs
    are byte for byte those of jobs=1."""
    from summarizer import catalogs
    from summarizer.export import export_handout

    handout = copy_example(tmp_path)
    assert export_handout(load_handout(handout), ["en", "es"], tmp_path / "warm",
                          jobs=2).ok  # workers started (a batch, the editor)
    fast = export_handout(load_handout(handout), ["en", "es"], tmp_path / "a2", jobs=2)
    slow = export_handout(load_handout(handout), ["en", "es"], tmp_path / "a1", jobs=1)
    assert fast.ok and list(fast.written) == ["en", "es"]
    for loc in ("en", "es"):
        assert fast.written[loc].read_bytes() == slow.written[loc].read_bytes()

    hdoc = load_handout(handout)
    claim = next(c for c in hdoc.handout.claims if c.id == "fast-relief")
    catalogs.set_translation(hdoc, "es", claim.text,
                             "Un tratamiento revolucionario alivia la depresión en horas.")
    fast = export_handout(load_handout(handout), ["en", "es"], tmp_path / "b2", jobs=2)
    slow = export_handout(load_handout(handout), ["en", "es"], tmp_path / "b1", jobs=1)
    assert "HYPE-WORD" in {f.code for f in fast.refused["es"]}
    assert list(fast.written) == ["en"]
    assert not (tmp_path / "b2" / "ketamine-depression.es.pdf").exists()
    english = fast.written["en"].read_bytes()
    assert english == slow.written["en"].read_bytes()
    assert english != (tmp_path / "a2" / "ketamine-depression.en.pdf").read_bytes()


def test_with_workers_each_page_is_built_once_when_the_gate_passes_every_locale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pages handed to the workers before the gate are the pages the gate then
    lets through: they are not built a second time (a batch's one serial step)."""
    from summarizer import render
    from summarizer.export import export_handout

    handout = copy_example(tmp_path)
    assert export_handout(load_handout(handout), ["en", "es"], tmp_path / "warm",
                          jobs=2).ok  # workers started (a batch, the editor)
    built: list[str] = []
    real = render.render_html

    def counted(hdoc: HandoutDocument, locale: str, *args: object, **kwargs: object) -> str:
        built.append(locale)
        return real(hdoc, locale, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(render, "render_html", counted)
    fast = export_handout(load_handout(handout), ["en", "es"], tmp_path / "a2", jobs=2)
    assert fast.ok and sorted(built) == ["en", "es"]
    monkeypatch.setattr(render, "render_html", real)
    slow = export_handout(load_handout(handout), ["en", "es"], tmp_path / "a1", jobs=1)
    for loc in ("en", "es"):
        assert fast.written[loc].read_bytes() == slow.written[loc].read_bytes()


CHILD_GATE = """
import sys
from summarizer.export import gate, gate_in_child
from summarizer.handout_file import load_handout
hdoc = load_handout(sys.argv[1])
wait = gate_in_child(hdoc, ["en", "es", "en"])
assert wait is not None  # Linux, and no thread runs in this fresh process
answer = wait(["en", "es"])
blocked, warned = gate(hdoc, ["en", "es"])
assert answer == (blocked, warned), (answer, blocked, warned)
assert "SAFETY-SUPERVISION-MISSING" in {f.code for f in blocked["en"]}
assert wait(["en"]) is None  # asked for other locales: the caller runs the gate
assert wait.pages([]) == ({}, {})  # every locale refused: no page built
from summarizer.export import build_pages
good = load_handout(sys.argv[2])
wait = gate_in_child(good, ["en", "es"])
assert wait(["en", "es"]) == gate(good, ["en", "es"])
refused = {}
pages = build_pages(good, ["en", "es"], refused)
assert wait.pages(["en", "es"]) == (pages, {}) and refused == {} and list(pages) == ["en", "es"]
assert wait.pages(["es"]) is None  # not what the child built: the caller builds it
print("same answer")
"""


def test_the_gate_in_a_child_answers_what_the_gate_answers(tmp_path: Path) -> None:
    """A one-shot export runs the gate in a forked child while it loads WeasyPrint: the
    child's answer is the gate's own, findings and all, and only for the locales asked;
    the pages it then builds for the locales that passed are build_pages's own.
    (In a fresh process: with a thread running, as in this test process once a worker
    pool exists, no child is forked and the caller runs the gate itself.)"""
    import subprocess
    import sys

    handout = copy_example(tmp_path, without("supervision"))
    good = copy_example(tmp_path / "good")
    done = subprocess.run([sys.executable, "-c", CHILD_GATE, str(handout), str(good)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stdout.strip() == "same answer", done.stderr


def test_an_html_export_into_a_file_names_pages_not_pdfs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Tester, session 5: `export --format html` into a place it cannot write said
    "cannot write PDFs …"; the message names what the command writes."""
    handout = copy_example(tmp_path / "a")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    rc, _, stderr = main_html(capsys, handout, blocker)
    assert rc == 1 and "cannot write HTML pages here" in stderr and "PDF" not in stderr
    rc, _, stderr = export(capsys, handout, blocker, "en")
    assert rc == 1 and "cannot write PDFs here" in stderr
