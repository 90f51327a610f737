"""Session 11 label decisions (labels11), held on the label files and on the tool's side.

One crisis contact per number per article (the lead's decision, session 11): "988, then
press 1" for veterans is the 988 contact, not a contact of its own, when the article also
gives 988 plainly; a number given only with its key ("marca 192 y elige la opción 4")
stays the keyed route, its one contact. The labels list each number once; the benchmark
(benchmarks/honesty.py, one_per_number) counts the tool's routes the same way, while the
handout keeps the keyed route it reads ("Veterans Crisis Line: 988, then press 1").
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import tomllib
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
# the labelled folders this session's decisions were applied to (never a held-out set
# still unseen, nor folders being written this session)
FOLDERS = ("corpus", "corpus-fr", "corpus-de", "heldout",
           *(f"heldout{i}" for i in range(2, 14)), *(f"train{i}" for i in range(1, 11)))


def _honesty():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "honesty", Path(__file__).resolve().parents[1] / "benchmarks" / "honesty.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["honesty"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize(("folder", "name"), [
    ("heldout12", "en-galcanezumab-migraine-news"),  # "call 988 and press 1", labelled 988
    ("corpus", "en-esketamine-clinic"),  # "dial 988 then press 1" beside a plain 988
    ("heldout9", "es-topiramato-alcohol-noticia"),  # "marque 988 y oprima el 2"
    ("heldout5", "es-oxitocina-ratas-autismo"),  # "988 y pulse 2", "La línea 988"
    ("heldout8", "es-curcuma-animo-tienda"),  # 192 given only with its key: 192
])
def test_a_keyed_route_of_a_number_given_plainly_is_that_contact(
        tmp_path: Path, folder: str, name: str) -> None:
    h = _honesty()
    for p in (DATA / folder).glob(name + ".*"):
        shutil.copy(p, tmp_path / p.name)
    arts = h.load_corpus(tmp_path)
    assert h.contact_problems(arts) == []
    # the handout still gives every route the article gives (the veterans' key kept)
    routes = {(c.number, c.extra) for d in arts[0].disclaimers if d.kind == "crisis-line"
              for c in d.contacts if c.role == "crisis"}  # an emergency number is none (d)
    assert set(h.one_per_number(sorted(routes))) == {
        (c["number"], c.get("extra", "")) for c in arts[0].labels["contacts"]}


def test_one_per_number_counts_a_keyed_route_as_its_number() -> None:
    """Session 12 (convention (b), tests/data/corpus/README.md): a number given only with
    its key ("marca 192 y elige la opción 4") is that number's contact too; a texted
    keyword is another channel and stays."""
    h = _honesty()
    assert h.one_per_number([("988", ""), ("988", "then press 1"), ("838255", "")]) == [
        ("988", ""), ("838255", "")]
    assert h.one_per_number([("192", "then press 4"), ("85258", "text SHOUT")]) == [
        ("192", ""), ("85258", "text SHOUT")]
    assert h.one_per_number([("741741", "text HOME, then press 2")]) == [
        ("741741", "text HOME")]


@pytest.mark.parametrize("folder", FOLDERS)
def test_labels_list_each_contact_number_once(folder: str) -> None:
    for label in sorted((DATA / folder).glob("*.toml")):
        if label.name == "rewrites.toml":
            continue
        numbers = [c["number"] for c in
                   tomllib.loads(label.read_text(encoding="utf-8")).get("contacts", [])]
        assert len(numbers) == len(set(numbers)), (folder, label.stem, numbers)
