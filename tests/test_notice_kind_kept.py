"""A required notice is printed for what it says, not for the kind stored beside it
(tester, session 8): the example's FDA notice rewritten as "Ask your doctor about this
drug." and its supervision notice as "Read the label before use." were still "ready to
export", the PDF printed them under "Approval" and "Only with expert care", and the Safety
tab said the required notices were complete.

FAITH-NOTICE-KIND compares the two sides with the one reader detection uses: when the
quote states the notice's kind and the printed text states it no longer, nor keeps at
least a quarter of the quote's words, export is blocked. Plain rewrites that keep the
statement pass (every faithful notice rewrite of the labelled sets: see the last test)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from test_export import copy_example

from summarizer import gate
from summarizer.handout_file import load_handout

DATA = Path(__file__).resolve().parent / "data"


def _set_text(path: Path, item: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    head, _, rest = text.partition(f'id = "{item}"')
    assert rest, item
    before, sep, after = rest.partition('\ntext = "')
    old_end = after.index('"\n')
    path.write_text(head + f'id = "{item}"' + before + sep + new + after[old_end:],
                    encoding="utf-8")


def _kind_findings(path: Path) -> list[gate.Finding]:
    return [f for f in gate.run(load_handout(path), ["en"], reading=False)
            if f.code == "FAITH-NOTICE-KIND"]


@pytest.mark.parametrize(("item", "new"), [
    ("not-fda-approved", "Ask your doctor about this drug."),
    ("not-fda-approved", "Ketamine is sold in many clinics across the country."),
    ("not-fda-approved", "The FDA is looking at this drug."),
    ("supervision", "Read the label before use."),
    ("supervision", "Ketamine is a strong medicine."),
    ("self-medication", "Ketamine comes as a liquid or a nasal spray."),
])
def test_a_notice_reworded_into_something_else_blocks_export(
        tmp_path: Path, item: str, new: str) -> None:
    path = copy_example(tmp_path)
    _set_text(path, item, new)
    found = _kind_findings(path)
    assert [f.item for f in found] == [item], found
    assert found[0].severity == "error"
    assert new[:20] in found[0].message  # names the printed side
    handout = load_handout(path).handout
    kind = next(d.kind for d in handout.disclaimers if d.id == item)
    if kind in dict((k, 0) for k, _, _ in gate.safety_status(handout)):
        # the Safety tab: that required kind is not ✓, for this error
        errors = dict((k, e) for k, _, e in gate.safety_status(handout))[kind]
        assert any(f.code == "FAITH-NOTICE-KIND" for f in errors), errors


@pytest.mark.parametrize(("item", "new"), [
    ("not-fda-approved", "Ketamine is not approved by the FDA for depression."),
    ("not-fda-approved", "The FDA has not said ketamine is a treatment for depression or "
                         "other mental health problems."),
    ("supervision", "Only take ketamine with a trained doctor or nurse watching closely."),
    ("self-medication", "Never take ketamine on your own or from someone you do not know."),
])
def test_plain_rewrites_that_keep_the_notice_pass(tmp_path: Path, item: str, new: str) -> None:
    path = copy_example(tmp_path)
    _set_text(path, item, new)
    assert _kind_findings(path) == []


def test_the_example_as_shipped_passes(tmp_path: Path) -> None:
    assert _kind_findings(copy_example(tmp_path)) == []


def _notice_rewrites() -> list[tuple[str, str, str, str, bool]]:
    langs: dict[str, str] = {}
    rows = []
    for folder in ["heldout", *(f"heldout{i}" for i in range(2, 11))]:
        for label in (DATA / folder).glob("*.toml"):
            if label.name != "rewrites.toml":
                langs[label.stem] = tomllib.loads(label.read_text(encoding="utf-8")).get(
                    "lang", "en")
        for r in tomllib.loads((DATA / folder / "rewrites.toml").read_text(
                encoding="utf-8"))["rewrite"]:
            if r["item"] == "notice" and r["kind"] != "crisis-line":
                rows.append((r["kind"], r["quote"], r["text"], langs[r["article"]],
                             bool(r["faithful"])))
    return rows


def test_no_faithful_notice_rewrite_of_the_labelled_sets_is_refused() -> None:
    from summarizer.gate.kept_kind import lost_kind

    rows = _notice_rewrites()
    faithful = [r for r in rows if r[4]]
    assert len(faithful) > 150
    refused = [r[2] for r in faithful if lost_kind(r[0], r[1], r[2], r[3])]
    assert refused == []
    # and it is not a rule that never fires on the unfaithful ones
    assert sum(1 for r in rows if not r[4] and lost_kind(r[0], r[1], r[2], r[3])) >= 3


def test_a_handout_checked_before_is_read_from_the_cache(tmp_path: Path) -> None:
    """Reading a notice's kinds costs detection's import and compile (~0.2 s, more than
    the rest of the gate in a one-shot export); a second check of the same handout takes
    the answers from the user's cache, and gives the same findings."""
    import os
    import subprocess
    import sys

    path = copy_example(tmp_path)
    _set_text(path, "supervision", "Read the label before use.")
    script = (
        "import sys; from summarizer import gate; "
        "from summarizer.handout_file import load_handout; "
        f"f = gate.run(load_handout({str(path)!r}), ['en'], reading=False); "
        "print(sorted(x.code for x in f if x.code == 'FAITH-NOTICE-KIND'), "
        "'summarizer.sources.disclaimers' in sys.modules)")
    env = os.environ | {"SUMMARIZER_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("SUMMARIZER_NOTICE_MODEL", None)
    runs = [subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                           text=True, check=True).stdout.strip() for _ in range(2)]
    assert runs == ["['FAITH-NOTICE-KIND'] True", "['FAITH-NOTICE-KIND'] False"]
