"""A web address is contact information, as a phone number is: a printed notice may not
give one its quote does not give, and a translation keeps the source-language text's
addresses (defect the tester found on main in session 6: a crisis line printed as
"chat at suicide-help.example.com", a supervision notice ending "Read more at
www.cheap-pills.com", and a Spanish translation that swapped or dropped the chat address
were all "ready to export")."""

from __future__ import annotations

from pathlib import Path

from babel.messages.pofile import read_po, write_po
from conftest import SEEDS
from test_export import copy_example

from summarizer import gate
from summarizer.gate.addresses import web_hosts
from summarizer.handout_file import load_handout
from summarizer.model import Disclaimer, Handout, Span

SOURCE = SEEDS / "002_7f7951ef72781818.txt"  # the example's "medicalresearch" article
QUOTE = ("To learn how to get support for mental health, drug or alcohol conditions, visit "
         "FindSupport.gov.")
PLAIN = "For help with mental health, drug or alcohol problems, visit FindSupport.gov."


def _with_findsupport(text: str, supervision_tail: str = ""):
    """An edit of the example: a notice citing the seed's FindSupport.gov sentence,
    printed as `text`."""
    def edit(handout: Handout) -> None:
        source = SOURCE.read_text("utf-8")
        start = source.index(QUOTE)
        handout.disclaimers.append(Disclaimer(
            id="findsupport", kind="educational", source="medicalresearch",
            span=Span(start, start + len(QUOTE)), quote=QUOTE, text=text))
        if supervision_tail:
            notice = next(d for d in handout.disclaimers if d.id == "supervision")
            notice.text += supervision_tail
    return edit


def _address_findings(path: Path, locale: str) -> list[gate.Finding]:
    return [f for f in gate.run(load_handout(path), [locale], reading=False)
            if f.code == "FAITH-ADDRESS"]


def _translate(path: Path, msgid: str, msgstr: str) -> None:
    po = path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    with po.open("rb") as fh:
        catalog = read_po(fh)
    catalog.add(msgid, msgstr)
    with po.open("wb") as fh:
        write_po(fh, catalog, width=79)


def test_hosts_are_web_addresses_not_abbreviations() -> None:
    assert web_hosts("visit FindSupport.gov or www.988lifeline.org/chat today") == {
        "findsupport.gov", "988lifeline.org"}
    assert web_hosts("e.g. 2.5 mg, the U.S. FDA, Dr.Smith, etc.It, a.m. and p.m.") == set()
    assert web_hosts("you can go directly to FindTreatment.govor call") == set()  # garbled


def test_a_faithful_notice_and_translation_pass(tmp_path: Path) -> None:
    path = copy_example(tmp_path, _with_findsupport(PLAIN))
    _translate(path, PLAIN, "Para ayuda con la salud mental, las drogas o el alcohol, "
                            "visite FindSupport.gov.")
    assert _address_findings(path, "en") == []
    assert _address_findings(path, "es") == []


def test_a_notice_giving_another_address_is_blocked(tmp_path: Path) -> None:
    path = copy_example(tmp_path, _with_findsupport(
        "For help with mental health, drug or alcohol problems, visit FindHelpNow.com.",
        supervision_tail=" Read more at www.cheap-pills.com."))
    found = {(f.item, f.severity) for f in _address_findings(path, "en")}
    assert found == {("findsupport", "error"), ("supervision", "error")}
    message = next(f.message for f in _address_findings(path, "en") if f.item == "findsupport")
    assert "findhelpnow.com" in message and "findsupport.gov" in message


def test_a_translation_that_swaps_or_drops_an_address_is_blocked(tmp_path: Path) -> None:
    path = copy_example(tmp_path, _with_findsupport(PLAIN))
    for translated, word in (
            ("Para ayuda, visite BuscarAyuda.com.", "buscarayuda.com"),
            ("Para ayuda con la salud mental, las drogas o el alcohol, hable con su médico.",
             "findsupport.gov")):
        _translate(path, PLAIN, translated)
        found = _address_findings(path, "es")
        assert [(f.item, f.severity, f.locale) for f in found] == [
            ("findsupport", "error", "es")], translated
        assert word in found[0].message


def test_an_address_restored_from_a_cut_short_quote_is_a_warning(tmp_path: Path) -> None:
    """The example's crisis line quotes "chat at org." (the link text lost); FAITH-GARBLED
    asks the writer to print the full address from the original page: doing so is shown
    to the committee, not blocked."""
    def edit(handout: Handout) -> None:
        notice = next(d for d in handout.disclaimers if d.id == "crisis-988")
        notice.text = "Call or text 988, or chat at 988lifeline.org."
    path = copy_example(tmp_path, edit)
    found = _address_findings(path, "en")
    assert [(f.item, f.severity) for f in found] == [("crisis-988", "warning")]


def test_an_address_in_capitals_and_an_email_are_addresses() -> None:
    """Reviewer, session 6: an added "Read more at NHS.UK." and an added email address
    passed FAITH-ADDRESS (upper-case endings were skipped as run-on sentences, and a host
    after "@" was not read)."""
    assert web_hosts("Read more at NHS.UK. Or GOV.UK/mental-health.") == {"nhs.uk", "gov.uk"}
    assert web_hosts("Write to help@clinic.example or Info@Calm-Line.org.") == {
        "help@clinic.example", "info@calm-line.org"}
    assert web_hosts("the U.S. FDA, E.U. rules, the drug.Compared, etc.It") == set()
