"""The editor's state, recovery file and display helpers, free of Textual.

The app owns one `EditorState`; every change goes through its `history`
(summarizer.editing), which knows whether there is unsaved work; `revision` bumps on
every change, undo and redo (when to autosave, when findings are stale).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer import atomic
from summarizer.history import Draft, History
from summarizer.model import (
    REQUIRED_DISCLAIMER_KINDS,
    Claim,
    Disclaimer,
    Handout,
)

if TYPE_CHECKING:
    from summarizer.errors import HandoutError
    from summarizer.gate import Finding
    from summarizer.handout_file import HandoutDocument
    from summarizer.model import CandidateClaim, CandidateDisclaimer, LoadedSource, Sentence
    from summarizer.sources.analyze import SourceAnalysis



def section_titles(hdoc: HandoutDocument) -> dict[str, str]:
    """section key -> the heading the PDF prints for it in the handout's own language
    (summarizer.printed: one source for the editor and the PDF)."""
    from summarizer.printed import section_titles as printed_titles

    return printed_titles(hdoc.handout.meta.source_locale, hdoc.base_dir)


def notice_titles(hdoc: HandoutDocument) -> dict[str, str]:
    """notice kind -> the heading the PDF prints it under, in the handout's own language
    (summarizer.printed), for the Safety tab."""
    from summarizer.printed import notice_titles as printed_titles

    return printed_titles(hdoc.handout.meta.source_locale, hdoc.base_dir)


_ENGLISH_TITLES: dict[str, str] = {}


def kind_titles(hdoc: HandoutDocument) -> dict[str, str]:
    """notice kind -> the heading the PDF prints it under in the handout's own language,
    as the Safety tab shows it (notice_titles), for the Sources tab's tags, detail line and
    kind picker and the palette. The tags are painted on the way to a usable first
    screen, where reading a catalog costs ~75 ms (Babel): an English handout that only
    the package's English catalog serves gets its headings without reading it (that
    catalog's headings are their own msgids: tests/test_tui_tester6.py checks)."""
    if not _served_by_shipped_english(hdoc):
        return notice_titles(hdoc)
    if not _ENGLISH_TITLES:
        import gettext

        from summarizer.printed import notice_headings

        _ENGLISH_TITLES.update(notice_headings(gettext.NullTranslations()))
    return _ENGLISH_TITLES


def _served_by_shipped_english(hdoc: HandoutDocument) -> bool:
    """Is the handout in English, with no English app catalog of its own, the user's or
    the site's (i18n.catalog_roots) to change what the package's says?"""
    from summarizer import i18n

    locale = hdoc.handout.meta.source_locale.replace("-", "_")
    if i18n.base_language(locale) != "en":
        return False
    names = dict.fromkeys((locale, "en"))
    return not any(i18n.app_catalog_path(name, root).is_file()
                   for root in i18n.catalog_roots(hdoc.base_dir)
                   if root != i18n.locales_dir() for name in names)


# --------------------------------------------------------------------------- recovery

RECOVERY_FORMAT = "summarizer-recovery/1"


@dataclass(frozen=True, slots=True)
class Recovery:
    """Unsaved work found beside a handout: its text and translations typed but unsaved,
    and the file they were kept in."""

    text: str
    translations: dict[str, dict[str, str]]
    path: Path | None = None
    base: str | None = None  # sha256 of the handout file the work was made from


def recovery_path(handout_path: Path, number: int = 1) -> Path:
    """Hidden file beside the handout, so it travels with it and is easy to find. A
    session whose user chose "Decide later" about an earlier session's file keeps its
    own work in the next free numbered name (`.handout.toml.2.recovery`), so no autosave
    ever overwrites work not yet recovered."""
    if number == 1:
        return handout_path.with_name(f".{handout_path.name}.recovery")
    return handout_path.with_name(f".{handout_path.name}.{number}.recovery")


def recovery_paths(handout_path: Path) -> list[Path]:
    """The recovery files beside a handout, oldest name first (the unnumbered one, then
    2, 3, …)."""
    numbered: list[tuple[int, Path]] = []
    prefix = f".{handout_path.name}."
    for path in handout_path.parent.glob(f"{prefix}*recovery"):
        middle = path.name[len(prefix):-len("recovery")]
        if middle == "":
            numbered.append((1, path))
        elif middle.endswith(".") and middle[:-1].isdigit() and int(middle[:-1]) > 1:
            numbered.append((int(middle[:-1]), path))
    return [path for _, path in sorted(numbered)]


def free_recovery_path(handout_path: Path) -> Path:
    """A recovery file name no file has yet (the usual one when there is none)."""
    number = 1
    while recovery_path(handout_path, number).exists() \
            or recovery_path(handout_path, number).is_symlink():
        number += 1
    return recovery_path(handout_path, number)


def draft_text(hdoc: HandoutDocument) -> str:
    """The file text the current model would save as, without touching `hdoc.doc`.

    Syncing the live tomlkit document with an intermediate state (a claim deleted, then
    restored by undo) would rebuild that claim's table in a new layout; so snapshots
    and recovery copies sync a copy, and only a save syncs the document itself.
    """
    import copy

    from summarizer.handout_file import sync_document

    doc = copy.deepcopy(hdoc.doc)
    sync_document(doc, hdoc.handout)
    return doc.as_string()


def write_recovery(hdoc: HandoutDocument,
                   translations: dict[str, dict[str, str]] | None = None,
                   path: Path | None = None) -> Path:
    """Snapshot unsaved work (handout and pending translations) in one atomic write, so a
    crash mid-write leaves the previous snapshot; `path` is this session's recovery file
    (the usual one by default)."""
    import json  # here: the first screen reads no recovery file

    path = path or recovery_path(hdoc.path)
    payload = {"format": RECOVERY_FORMAT, "handout": draft_text(hdoc),
               "translations": {k: v for k, v in (translations or {}).items() if v},
               "base": hdoc.disk_digest}
    atomic.write_text(path, json.dumps(payload, ensure_ascii=False, indent=1))
    return path


def read_recovery(handout_path: Path) -> Recovery | None:
    """The first recovery file beside the handout that holds something the saved files
    do not (files holding nothing more are removed)."""
    for path in recovery_paths(handout_path):
        found = read_recovery_file(handout_path, path)
        if found is not None:
            return found
    return None


def read_recovery_file(handout_path: Path, path: Path) -> Recovery | None:
    """The recovered work in `path` when it holds something the saved files do not."""
    import json

    from summarizer.paths import MAX_HANDOUT_BYTES, PathError, read_regular

    if path.is_symlink():  # never read (or offer back) a file from elsewhere
        return None
    try:  # a regular file only: a FIFO left here must not hang the editor
        raw = read_regular(path, MAX_HANDOUT_BYTES, "recovery file").decode("utf-8")
    except (PathError, UnicodeDecodeError):
        return None
    try:
        data = json.loads(raw)
        ok = isinstance(data, dict) and data.get("format") == RECOVERY_FORMAT
    except ValueError:
        ok = False
    base = None
    if ok:
        text = str(data.get("handout", ""))
        base = data.get("base") if isinstance(data.get("base"), str) else None
        found = data.get("translations") or {}
        translations = {str(loc): {str(k): str(v) for k, v in table.items()}
                        for loc, table in found.items() if isinstance(table, dict)}
    else:  # an older recovery file: the handout text alone
        text, translations = raw, {}
    try:
        current = handout_path.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError):
        current = None
    if not translations and current is not None and same_handout(text, current, handout_path):
        path.unlink(missing_ok=True)  # nothing to recover: the work was saved
        return None
    return Recovery(text, translations, path, base)


def same_handout(text: str, current: str, handout_path: Path) -> bool:
    """Whether recovered text holds the saved handout: the same text, or text in another
    layout that parses to the same model (offering it back would only confuse)."""
    if text == current:
        return True
    from summarizer.errors import UserError
    from summarizer.handout_file import loads_handout

    try:
        return loads_handout(text, handout_path).handout == \
            loads_handout(current, handout_path).handout
    except (UserError, ValueError):
        return False


def invalid_draft_finding(exc: HandoutError) -> Finding:
    """The draft as a file would not open again (the schema refuses a value): one error
    finding that blocks export and names the claim or notice, instead of a check that
    cannot run."""
    from summarizer.gate import Finding

    return Finding("HANDOUT-INVALID", "error",
                   f"the handout cannot be saved like this: {exc.message}",
                   item=exc.item_id)


def checks_failed_finding(exc: Exception) -> Finding:
    """A defect in a check (the gate raised): one error finding that blocks export and
    says what failed, so the editor stays up and never shows ready on checks that did not
    run (`check` says the same as an internal error)."""
    from summarizer.gate import Finding

    return Finding("CHECKS-FAILED", "error",
                   f"the checks could not run ({type(exc).__name__}: {exc}); export is "
                   "blocked until this is fixed: please report it")


def discard_recovery(handout_path: Path, path: Path | None = None) -> None:
    """Remove one recovery file: `path`, or the handout's usual one. In a folder that
    cannot be changed (a read-only mount, where even a missing file's removal fails)
    there is nothing to remove or nothing that can be: quitting or saving elsewhere
    must go on, not end in a traceback."""
    with contextlib.suppress(OSError):
        (path or recovery_path(handout_path)).unlink(missing_ok=True)


def recover_handout(hdoc: HandoutDocument, text: str) -> tuple[Handout, list[str]]:
    """The model a recovery file holds, and what of it could not be taken.

    A value the schema refuses (an impossible date typed before the editor checked it,
    a pasted control character) must not lock away every other unsaved edit: that
    handout value goes back to the saved one, and an item (claim, notice, source) to its
    saved version, or is left out when it was new. HandoutError only when the file is
    not a handout at all."""
    import tomllib

    from summarizer.errors import HandoutError
    from summarizer.handout_file import parse_handout

    try:
        plain = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise HandoutError(f"invalid TOML: {exc}", "recovery file") from None
    saved = tomllib.loads(draft_text(hdoc))
    left: list[str] = []
    for _ in range(500):
        try:
            return parse_handout(plain, hdoc.path, text), left
        except HandoutError as exc:
            note = _mend(plain, saved, exc)
            if note is None:
                raise
            left.append(note)
    raise HandoutError("too many values the handout cannot hold", "recovery file")


def _mend(plain: dict[str, Any], saved: dict[str, Any], exc: Any) -> str | None:
    """Put the saved value (or item) where `exc` points; what was done, or None."""
    section, index, key = exc.section, exc.index, exc.key
    if section == "handout" and key and isinstance(plain.get("handout"), dict):
        table, before = plain["handout"], saved.get("handout", {})
        if key in before:
            if table.get(key) == before[key]:
                return None
            table[key] = before[key]
            return f"{key}: {exc.message} (the saved value is kept)"
        if key not in table:
            return None
        del table[key]
        return f"{key}: {exc.message} (left out)"
    items = plain.get(section)
    if section in ("sources", "claims", "disclaimers") and index is not None \
            and isinstance(items, list) and index < len(items):
        item = items[index]
        item_id = item.get("id") if isinstance(item, dict) else None
        old = next((t for t in saved.get(section, []) if t.get("id") == item_id), None)
        what = f"{section.rstrip('s').replace('disclaimer', 'notice')} {item_id or index + 1}"
        if old is not None and old != item:
            items[index] = old
            return f"{what}: {exc.message} (its saved version is kept)"
        del items[index]
        return f"{what}: {exc.message} (left out)"
    return None


# --------------------------------------------------------------------------- state


@dataclass
class EditorState:
    """Everything the panes draw from. Panes read it; only the app changes it, through
    `history` (summarizer.editing), so every change is undoable and by id."""

    hdoc: HandoutDocument
    history: History = field(init=False)
    sources: dict[str, LoadedSource] = field(default_factory=dict)
    analyses: dict[str, SourceAnalysis] = field(default_factory=dict)
    source_errors: dict[str, str] = field(default_factory=dict)
    findings: list[Any] | None = None  # the gate's findings for the current revision
    checks_available: bool = True
    autosaved_revision: int = 0

    def __post_init__(self) -> None:
        self.history = History(Draft(self.hdoc.handout))

    @property
    def handout(self) -> Handout:
        return self.hdoc.handout

    @property
    def draft(self) -> Draft:
        return self.history.draft

    @property
    def translations(self) -> dict[str, dict[str, str]]:
        return self.history.draft.translations

    @property
    def revision(self) -> int:
        return self.history.revision

    @property
    def dirty(self) -> bool:
        return self.history.dirty

    def mark_saved(self) -> None:
        self.history.mark_saved()
        self.autosaved_revision = self.revision

    def replace_handout(self, translations: dict[str, dict[str, str]] | None = None) -> None:
        """The hdoc's model was replaced (reload, recovery): start a fresh history."""
        self.history.reset(Draft(self.hdoc.handout, dict(translations or {})))


def candidate_claim_for(analysis: SourceAnalysis, sentence: Sentence) -> CandidateClaim | None:
    """The analysed claim that covers this sentence, if the analysis proposed one."""
    for c in analysis.claims + analysis.masked_claims:
        if c.span.start < sentence.span.end and sentence.span.start < c.span.end:
            return c
    return None


def candidate_disclaimer_for(
    analysis: SourceAnalysis, sentence: Sentence
) -> CandidateDisclaimer | None:
    for d in analysis.disclaimers:
        if d.span.start < sentence.span.end and sentence.span.start < d.span.end:
            return d
    return None


def safety_rows(target: Handout | EditorState, findings: list[Any] | None = None,
                ) -> list[tuple[str, list[Disclaimer], list[str]]]:
    """Each required kind, its notices, and the gate's error messages about it.

    Decided by the export gate's own rules (summarizer.gate.safety_status): a kind is ✓
    only when the gate has no error about it. `findings` are the editor's live findings;
    without them, given the editor's state, every language is checked with the loaded
    sources, exactly as `check` does (less the reading grade); given a bare handout, the
    model-only rules run on its own text.
    """
    from summarizer import gate

    if isinstance(target, EditorState):
        handout = target.handout
        if findings is None:
            texts: dict[str, str | None] | None = (
                {sid: src.text for sid, src in target.sources.items()}
                if target.sources else None)
            findings = gate.run(target.hdoc, source_texts=texts, reading=False)
    else:
        handout = target
    rows = gate.safety_status(handout, findings)
    return [(kind, found, [safety_line(f) for f in errors]) for kind, found, errors in rows]


def safety_line(finding: Any) -> str:
    """'CODE: message', with the language when the finding is about one ('I18N-MISSING
    [fr]: ...'): a notice fine in English and untranslated in French is the French
    string's to fix."""
    locale = getattr(finding, "locale", "") or ""
    where = f" [{locale}]" if locale and locale != "all" else ""
    return f"{finding.code}{where}: {finding.message}"


def presence_rows(handout: Handout) -> list[tuple[str, list[Disclaimer], list[str]]]:
    """Each required kind and its notices, before any check ran (no gate rules loaded):
    a kind required only when the sources state one is listed once it has a notice, or
    once the check says it is missing (safety_rows)."""
    from summarizer.gate.required import ALWAYS_REQUIRED

    return [(kind, handout.disclaimers_of(kind), []) for kind in REQUIRED_DISCLAIMER_KINDS
            if kind in ALWAYS_REQUIRED or handout.disclaimers_of(kind)]


def safety_status(target: Handout | EditorState, findings: list[Any] | None = None,
                  ) -> list[tuple[str, list[Disclaimer]]]:
    """Each required kind with the disclaimers that cover it (empty = not ✓)."""
    return [(kind, [] if errors else found)
            for kind, found, errors in safety_rows(target, findings)]


def safety_complete(target: Handout | EditorState, findings: list[Any] | None = None) -> bool:
    return all(found for _, found in safety_status(target, findings))


def add_claim(handout: Handout, source_id: str, sentence: Sentence, section: str,
              candidate: CandidateClaim | None = None, source: LoadedSource | None = None,
              ) -> Claim:
    """Add a claim straight to a handout, outside the editor's history (scripts, tests);
    the editor itself applies editing.AddClaim."""
    from summarizer.editing import AddClaim, new_claim

    claim = new_claim(handout, source_id, sentence, section, candidate, source)
    AddClaim(claim).apply(Draft(handout))
    return claim


def attach_disclaimer(handout: Handout, source_id: str, sentence: Sentence, kind: str,
                      candidate: CandidateDisclaimer | None = None,
                      source: LoadedSource | None = None) -> Disclaimer:
    """Attach a notice straight to a handout, outside the editor's history."""
    from summarizer.editing import AttachNotice, new_notice

    notice = new_notice(handout, source_id, sentence, kind, candidate, source)
    AttachNotice(notice).apply(Draft(handout))
    return notice


def apply_alternative(text: str, start: int, end: int, alternative: str) -> str:
    """Replace text[start:end] by the plain word, keeping a leading capital."""
    word = text[start:end]
    if word[:1].isupper() and alternative[:1].islower():
        alternative = alternative[0].upper() + alternative[1:]
    return text[:start] + alternative + text[end:]


def handout_text(handout: Handout, translate: dict[str, str] | None = None) -> str:
    """The handout's readable text (what a patient reads), exactly as the gate grades it.

    The gate's own `reading_text`, so the editor's whole-handout grade is the grade that
    allows or blocks export (each item read as a sentence, untranslated items left out).
    """
    from summarizer.gate.builtin import reading_text

    if translate is None:
        translate = {item.text: item.text for item in [*handout.disclaimers, *handout.claims]}
    return reading_text(handout, translate)


def whole_grade(handout: Handout, locale: str, texts: dict[str, str]) -> float | None:
    """The reading grade of what `locale` prints, as the export gate computes it
    (`gate.builtin.handout_grade`: the drug the handout is about read as a short word,
    the language's validated formula), so the editor never shows one number and the
    gate refuses at another. None when it cannot be measured: too little text, or no
    validated formula for the language (NoValidatedFormula, the one "cannot grade"
    handout_grade raises). Any other error is a bug and is raised, for the pane to say
    (not to show as no grade)."""
    from summarizer.gate import builtin
    from summarizer.readability.formulas_intl import NoValidatedFormula

    try:
        report = builtin.handout_grade(handout, locale, texts)
    except NoValidatedFormula:
        return None
    return getattr(report, "headline_grade", None)


def unreferenced_files(files: Iterable[Path], handout_path: Path) -> list[Path]:
    """Of `files` (source copies the editor kept in the handout's folder), those the
    handout saved at `handout_path` does not cite: left by a quit without saving or an
    undone "add source". Empty when the saved handout cannot be read (keep everything)."""
    from summarizer.errors import UserError
    from summarizer.handout_file import load_handout

    try:
        saved = load_handout(handout_path)
    except (UserError, OSError):
        return []
    cited = {(saved.base_dir / ref.path).resolve() for ref in saved.handout.sources if ref.path}
    return [f for f in files if f.resolve() not in cited]
