"""Source-reading defects a new user found on main in session 5, from files the test
builds."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.handout_file import load_handout

ARTICLE = ("Ketamine news\n\nKetamine is not FDA approved for depression. In a study of "
           "20 people, 12 felt better.\n")
SECRET = "aws_secret_access_key = do-not-share-this\n"


@pytest.mark.parametrize("command", ["new", "add-source"])
def test_a_link_inside_a_named_folder_is_not_followed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], command: str) -> None:
    """`add-source HANDOUT FOLDER` (and `new --sources FOLDER`) followed a symbolic link
    inside the folder and copied its target (seen: /etc/passwd) into the handout's
    sources/, the folder that travels by email and git: a folder someone sent with
    'notes.txt -> ~/.aws/credentials' in it would send the secret back."""
    monkeypatch.chdir(tmp_path)
    received = tmp_path / "received"
    received.mkdir()
    (received / "article.txt").write_text(ARTICLE, encoding="utf-8")
    secret = tmp_path / "home" / "credentials"
    secret.parent.mkdir()
    secret.write_text(SECRET, encoding="utf-8")
    (received / "notes.txt").symlink_to(secret)
    if command == "new":
        rc = main(["new", "h", "--sources", "received"])
    else:
        other = tmp_path / "other.txt"
        other.write_text(ARTICLE.replace("20 people", "30 people"), encoding="utf-8")
        assert main(["new", "h", "--sources", str(other)]) == 0
        rc = main(["add-source", "h", "received"])
    assert rc == 1  # as for any file of the folder that was skipped
    err = capsys.readouterr().err
    assert "notes.txt" in err and "link" in err
    handout = load_handout(tmp_path / "h" / "handout.toml").handout
    assert any(ref.origin and ref.origin.endswith("article.txt") for ref in handout.sources)
    assert all(ref.origin is None or ("credentials" not in ref.origin
               and not ref.origin.endswith("notes.txt")) for ref in handout.sources)
    for f in (tmp_path / "h").rglob("*"):
        if f.is_file():
            assert "do-not-share-this" not in f.read_text(encoding="utf-8", errors="replace")


def test_a_language_that_cannot_be_initialised_is_said_on_stderr(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`translations init` named a catalog it could not create (it exists, or the
    folder is read-only) on stdout, beside the report, where every other command says
    what went wrong on stderr: a script that keeps stdout saw it as a result."""
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["new", str(tmp_path / "h"), "--sources", str(article), "--locale", "en",
                 "--locale", "es"]) == 0
    assert main(["translations", "init", str(tmp_path / "h"), "--locale", "es"]) == 0
    capsys.readouterr()
    assert main(["translations", "init", str(tmp_path / "h"), "--locale", "es"]) == 1
    out = capsys.readouterr()
    assert "already exists" in out.err
    assert "already exists" not in out.out


def test_a_folder_of_handouts_gives_its_articles_not_the_handouts_files(
    tmp_path: Path,
) -> None:
    """Tester, session 5: `add-source h DIR` on a folder that also holds handouts took
    their PDFs, review pages and copied sources as new articles. A folder holding a
    handout.toml is the tool's own: its files are not articles to add again."""
    from summarizer.sources.load import expand_paths

    parent = tmp_path / "work"
    (parent / "other" / "out").mkdir(parents=True)
    (parent / "other" / "sources").mkdir()
    (parent / "article.txt").write_text("An article about a drug.", encoding="utf-8")
    (parent / "other" / "handout.toml").write_text("[handout]\n", encoding="utf-8")
    (parent / "other" / "review.html").write_text("<p>review</p>", encoding="utf-8")
    (parent / "third" / "out").mkdir(parents=True)  # a handout with files only below it
    (parent / "third" / "handout.toml").write_text("[handout]\n", encoding="utf-8")
    (parent / "third" / "out" / "y.es.html").write_text("<p>y</p>", encoding="utf-8")
    (parent / "other" / "sources" / "copied.txt").write_text("copied", encoding="utf-8")
    (parent / "other" / "out" / "x.en.html").write_text("<p>x</p>", encoding="utf-8")
    files, errors = expand_paths([parent])
    assert files == [parent / "article.txt"] and errors == []
