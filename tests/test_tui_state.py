"""The editor's commands, undo history and recovery files, without a screen
(summarizer.editing, summarizer.catalog_draft, summarizer.tui.state)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import catalog_draft, catalogs
from summarizer.editing import (
    AddClaim,
    Draft,
    EditError,
    History,
    MoveClaim,
    RemoveClaim,
    SetClaimText,
    SetEvidence,
    SetMeta,
    SetSection,
    SetTranslation,
    new_claim,
    parse_meta,
)
from summarizer.handout_file import load_handout, new_handout
from summarizer.model import Sentence, Span
from summarizer.sources.load import load_paths
from summarizer.tui import state as st


def _hdoc(tmp_path: Path, seed_paths: list[Path]):  # type: ignore[no-untyped-def]
    loaded, _ = load_paths(seed_paths[:2])
    return new_handout(tmp_path / "h", loaded, title="Ketamine for depression",
                       locales=["en", "es"])


def test_plain_word_keeps_a_leading_capital() -> None:
    text = "Alleviate symptoms and alleviate pain."
    assert st.apply_alternative(text, 0, 9, "ease") == "Ease symptoms and alleviate pain."
    assert st.apply_alternative(text, 23, 32, "ease") == "Alleviate symptoms and ease pain."


def test_claims_stay_in_section_order_and_every_change_undoes(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    hdoc = _hdoc(tmp_path, seed_paths)
    h = hdoc.handout
    history = History(Draft(h))
    sid = h.sources[0].id
    s = [Sentence(Span(i * 10, i * 10 + 9), f"Sentence number {i} here.") for i in range(3)]
    risk = history.do(AddClaim(new_claim(h, sid, s[0], "risks"))).subject
    ben1 = history.do(AddClaim(new_claim(h, sid, s[1], "benefits"))).subject
    ben2 = history.do(AddClaim(new_claim(h, sid, s[2], "benefits"))).subject
    assert [c.id for c in h.claims] == [ben1, ben2, risk]
    with pytest.raises(EditError):  # one sentence, one claim
        new_claim(h, sid, s[0], "what")
    with pytest.raises(EditError):
        history.do(MoveClaim(ben1, -1))  # already first of its section
    history.do(MoveClaim(ben2, -1))
    assert [c.id for c in h.claims] == [ben2, ben1, risk]
    history.do(SetSection(risk, "what"))
    assert h.claims[0].id == risk
    history.do(RemoveClaim(ben1))
    assert [c.id for c in h.claims] == [risk, ben2]
    for expected in ([risk, ben2, ben1], [ben2, ben1, risk], [ben1, ben2, risk]):
        history.undo()
        assert [c.id for c in h.claims] == expected
    history.redo()
    assert [c.id for c in h.claims] == [ben2, ben1, risk]


def test_typing_coalesces_and_lands_only_in_its_claim(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    hdoc = _hdoc(tmp_path, seed_paths)
    h = hdoc.handout
    history = History(Draft(h))
    sid = h.sources[0].id
    a = history.do(AddClaim(new_claim(h, sid, Sentence(Span(0, 5), "First one."), "what")))
    b = history.do(AddClaim(new_claim(h, sid, Sentence(Span(9, 15), "Second one."), "what")))
    history.mark_saved()
    for text in ("F", "Fi", "Fir"):
        history.do(SetClaimText(a.subject, text, typed=True))
    assert history.dirty
    assert [c.text for c in h.claims] == ["Fir", "Second one."]
    history.undo()  # the whole typing run at once
    assert [c.text for c in h.claims] == ["First one.", "Second one."]
    assert not history.dirty
    with pytest.raises(EditError):
        history.do(SetClaimText("no-such-claim", "x"))
    del b


def test_evidence_override_needs_a_reason_and_meta_is_validated(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    hdoc = _hdoc(tmp_path, seed_paths)
    h = hdoc.handout
    history = History(Draft(h))
    claim = history.do(AddClaim(new_claim(h, h.sources[0].id,
                                          Sentence(Span(0, 5), "A claim."), "what"))).subject
    with pytest.raises(EditError):
        history.do(SetEvidence(claim, "randomized-controlled", "", derived="opinion"))
    history.do(SetEvidence(claim, "case-report", "  one   patient ", derived="opinion"))
    assert (h.claims[0].evidence, h.claims[0].evidence_reason) == ("case-report", "one patient")
    history.do(SetEvidence(claim, "opinion", "ignored", derived="opinion"))
    assert h.claims[0].evidence_reason == ""

    with pytest.raises(EditError):
        parse_meta({"region": "USA"}, "en")
    with pytest.raises(EditError):
        parse_meta({"locales": "es, fr"}, "en")
    with pytest.raises(EditError):
        parse_meta({"target_grade": "9", "max_grade": "8"}, "en")
    values = parse_meta({"region": "gb", "locales": "en es", "date": ""}, "en")
    history.do(SetMeta(values))
    assert (h.meta.region, h.meta.locales) == ("GB", ["en", "es"])
    history.undo()
    assert h.meta.region == "US"


def test_pending_translations_merge_like_translations_update(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    hdoc = _hdoc(tmp_path, seed_paths)
    history = History(Draft(hdoc.handout))
    title = hdoc.handout.meta.title
    history.do(SetTranslation("es", title, "Título"))
    rows = {r.msgid: r for r in catalog_draft.rows(hdoc, "es", history.draft.translations["es"])}
    assert rows[title].status == "done" and rows[title].pending
    assert not catalogs.catalog_path(hdoc, "es").exists()  # nothing written yet

    # The English changes before saving: the pending Spanish comes back fuzzy, not lost.
    history.do(SetMeta({"title": title + " today"}))  # close enough to match
    rows = {r.msgid: r for r in catalog_draft.rows(hdoc, "es", history.draft.translations["es"])}
    assert rows[title + " today"].status == "fuzzy"
    assert rows[title + " today"].msgstr == "Título"
    hdoc.save()
    catalog_draft.write_pending(hdoc, history.draft.translations)
    entry = catalogs.get_entry(load_handout(hdoc.path), "es", title + " today")
    assert entry is not None and entry.fuzzy and entry.msgstr == "Título"
    history.undo()
    history.undo()
    assert history.draft.translations == {}


def test_recovery_file_round_trip_with_translations(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    hdoc = _hdoc(tmp_path, seed_paths)
    assert st.read_recovery(hdoc.path) is None
    st.write_recovery(hdoc)  # identical to the file: nothing to offer, and it is cleaned up
    assert st.read_recovery(hdoc.path) is None
    assert not st.recovery_path(hdoc.path).exists()

    st.write_recovery(hdoc, {"es": {"Hello": "Hola"}})  # only a translation is unsaved
    found = st.read_recovery(hdoc.path)
    assert found is not None and found.translations == {"es": {"Hello": "Hola"}}

    hdoc.handout.meta.title = "Changed but not saved"
    path = st.write_recovery(hdoc)
    assert path.name == ".handout.toml.recovery" and path.parent == hdoc.path.parent
    found = st.read_recovery(hdoc.path)
    assert found is not None
    fresh = load_handout(hdoc.path)
    recovered, left_out = st.recover_handout(fresh, found.text)
    assert recovered.meta.title == "Changed but not saved" and left_out == []
    assert not fresh.changed_on_disk()  # the file itself was not touched


def test_recovery_files_are_read_oldest_name_first_and_never_overwritten(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    """A session that chose "Decide later" writes to the next free name; reading offers
    the usual file first, then the numbered ones in order; other names are not ours."""
    hdoc = _hdoc(tmp_path, seed_paths)
    hdoc.handout.meta.title = "First session"
    first = st.write_recovery(hdoc)
    later = st.free_recovery_path(hdoc.path)
    assert later.name == ".handout.toml.2.recovery"
    hdoc.handout.meta.title = "Second session"
    st.write_recovery(hdoc, path=later)
    hdoc.path.with_name(".handout.toml.x.recovery").write_text("not ours")
    assert st.recovery_paths(hdoc.path) == [first, later]
    found = st.read_recovery(hdoc.path)
    assert found is not None and found.path == first and "First session" in found.text
    st.discard_recovery(hdoc.path, found.path)
    found = st.read_recovery(hdoc.path)
    assert found is not None and found.path == later and "Second session" in found.text
    assert st.free_recovery_path(hdoc.path) == first  # the usual name is free again


def test_the_editors_whole_handout_text_is_the_one_the_gate_grades() -> None:
    from summarizer.gate.builtin import reading_text
    from summarizer.model import Claim, Handout, HandoutMeta, Span

    handout = Handout(HandoutMeta(id="h", title="T"))
    for i, text in enumerate(["Ketamine can ease depression within hours",
                              "Effects often fade after a week"]):
        handout.claims.append(Claim(f"c{i}", "benefits", "s", Span(0, 1), "q", "opinion", text))
    body = st.handout_text(handout)
    assert body == reading_text(handout, {c.text: c.text for c in handout.claims})
    assert body.count(".") == 2  # each item graded as its own sentence
    spanish = {"Ketamine can ease depression within hours": "La ketamina puede aliviar"}
    assert st.handout_text(handout, spanish) == "La ketamina puede aliviar."
