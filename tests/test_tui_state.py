"""The editor's edits and recovery files, without a screen (summarizer.tui.state)."""

from __future__ import annotations

from pathlib import Path

from summarizer.handout_file import load_handout, new_handout
from summarizer.model import Sentence, Span
from summarizer.sources.load import load_paths
from summarizer.tui import state as st


def _hdoc(tmp_path: Path, seed_paths: list[Path]):  # type: ignore[no-untyped-def]
    loaded, _ = load_paths(seed_paths[:2])
    return new_handout(tmp_path / "h", loaded)


def test_plain_word_keeps_a_leading_capital() -> None:
    text = "Alleviate symptoms and alleviate pain."
    assert st.apply_alternative(text, 0, 9, "ease") == "Ease symptoms and alleviate pain."
    assert st.apply_alternative(text, 23, 32, "ease") == "Alleviate symptoms and ease pain."


def test_claims_stay_in_section_order_and_move_within_it(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    hdoc = _hdoc(tmp_path, seed_paths)
    h = hdoc.handout
    sid = h.sources[0].id
    s = [Sentence(Span(i * 10, i * 10 + 9), f"Sentence number {i} here.") for i in range(3)]
    risk = st.add_claim(h, sid, s[0], "risks")
    ben1 = st.add_claim(h, sid, s[1], "benefits")
    ben2 = st.add_claim(h, sid, s[2], "benefits")
    assert [c.id for c in h.claims] == [ben1.id, ben2.id, risk.id]
    assert len({ben1.id, ben2.id, risk.id}) == 3
    assert not st.move_claim(h, ben1.id, -1)  # already first of its section
    assert not st.move_claim(h, ben2.id, 1)  # the next claim is another section's
    assert st.move_claim(h, ben2.id, -1)
    assert [c.id for c in h.claims] == [ben2.id, ben1.id, risk.id]
    st.set_section(h, risk.id, "what")
    assert h.claims[0].id == risk.id
    assert st.remove_item(h, ben1.id) and not st.remove_item(h, ben1.id)


def test_recovery_file_round_trip(tmp_path: Path, seed_paths: list[Path]) -> None:
    hdoc = _hdoc(tmp_path, seed_paths)
    assert st.read_recovery(hdoc.path) is None
    st.write_recovery(hdoc)  # identical to the file: nothing to offer, and it is cleaned up
    assert st.read_recovery(hdoc.path) is None
    assert not st.recovery_path(hdoc.path).exists()

    hdoc.handout.meta.title = "Changed but not saved"
    path = st.write_recovery(hdoc)
    assert path.name == ".handout.toml.recovery" and path.parent == hdoc.path.parent
    text = st.read_recovery(hdoc.path)
    assert text is not None
    fresh = load_handout(hdoc.path)
    st.restore_recovery(fresh, text)
    assert fresh.handout.meta.title == "Changed but not saved"
    assert not fresh.changed_on_disk()  # the file itself was not touched
