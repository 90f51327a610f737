"""The handout editor: one Textual app that owns the state; panes draw it, workers feed it.

Every change arrives as an `EditRequested` message carrying a command
(summarizer.editing); the app applies it through the undo history and broadcasts
`HandoutChanged` to the panes, which redraw from the model.

Start-up, in order (benchmarks/startup.py times it against a bare Textual app): the
first screen needs only Textual, the model, the undo history (summarizer.history; the
commands of summarizer.editing load with the first edit) and handout.toml (read with
tomllib; the tomlkit document that saves write into is parsed later, in a worker), and
shows the footer's keys (one widget drawing them: summarizer.tui.footer); once it is
painted a worker reads the sources and their analyses (from the user's cache when the
files and the analysing code are unchanged: summarizer.sources.analysis_cache) and
posts them (summarizer.tui.prefetch.read_sources; a forked reader there is off by
default: no gain measured); once the sources are drawn the hidden tabs' panes are
mounted (or earlier, when their tab is shown), the gate's first check runs and a worker
warms the tomlkit document and the readability word lists.
Analysis, readability, the gate and WeasyPrint are imported in workers or on first use
(tests/test_startup.py).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.css.query import NoMatches
from textual.errors import NoWidget
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Header, TabbedContent, TabPane
from textual.worker import Worker, get_current_worker

from summarizer import atomic
from summarizer.errors import UserError
from summarizer.handout_file import (
    HandoutChangedError,
    HandoutDocument,
    HandoutError,
    load_handout,
)
from summarizer.history import Command, EditError
from summarizer.tui import keymap
from summarizer.tui import state as st
from summarizer.tui.bindings import UNDO, read_escape_digits_as_alt
from summarizer.tui.footer import SteadyFooter
from summarizer.tui.messages import (
    EditRequested,
    HandoutChanged,
    JumpRequested,
    SaveRequested,
)
from summarizer.tui.prefetch import Prefetch
from summarizer.tui.screens.base import Pane
from summarizer.tui.screens.sources import SourcesPane
from summarizer.tui.widgets.text import plain, quoted_start

if TYPE_CHECKING:
    from summarizer.model import LoadedSource

# The panes of the hidden tabs: (tab, module, class). They are imported and mounted just
# after the first paint, so opening the editor costs about what a bare Textual app does.
LATER_PANES: tuple[tuple[str, str, str], ...] = (
    ("handout", "summarizer.tui.screens.handout", "HandoutPane"),
    ("safety", "summarizer.tui.screens.safety", "SafetyPane"),
    ("translations", "summarizer.tui.screens.translations", "TranslationsPane"),
    ("export", "summarizer.tui.screens.export", "ExportPane"),
    ("review", "summarizer.tui.screens.review", "ReviewPane"),
)

EXIT_AFTER_FIRST_SCREEN = "SUMMARIZER_TUI_EXIT_AFTER_FIRST_SCREEN"  # benchmarks/startup.py
EXIT_WHEN_SOURCES_READY = "SUMMARIZER_TUI_EXIT_WHEN_SOURCES_READY"  # benchmarks/startup.py
BENCHMARK_MARK = "SUMMARIZER_TUI_MARK"  # benchmarks/startup.py: where to write the time

TABS: tuple[tuple[str, str], ...] = (
    ("sources", "1 Sources"),
    ("handout", "2 Handout"),
    ("safety", "3 Safety"),
    ("translations", "4 Translations"),
    ("export", "5 Export"),
    ("review", "6 Review"),
)



class SourcesLoaded(Message):
    """A source reader's result; `worker` is the reader, so a result that a newer read
    (a reload, a recovery, an added source) has superseded is dropped, not applied."""

    def __init__(self, sources: dict[str, LoadedSource], analyses: dict[str, Any],
                 errors: dict[str, str], worker: Worker[None] | None = None) -> None:
        super().__init__()
        self.sources, self.analyses, self.errors = sources, analyses, errors
        self.worker = worker


class ChecksDone(Message):
    def __init__(self, findings: list[Any] | None, revision: int) -> None:
        super().__init__()
        self.findings, self.revision = findings, revision


class EditorScreen(Screen[None]):
    """The editor's main screen: the keyboard starts in the list of sources, focused as
    the screen is composed (not moved there after the first paint, which redraws)."""

    AUTO_FOCUS = "#source-list"

    # Tab and shift+tab go round what the nurse can see: Textual's focus chain holds
    # every displayed widget, one pushed below the footer (a short terminal) or clipped
    # out of its pane too, and the keys typed next went into a box she could not see.
    def focus_next(self, selector: str | type[Any] = "*") -> Widget | None:
        if selector != "*":
            return super().focus_next(selector)
        return self._focus_seen(1)

    def focus_previous(self, selector: str | type[Any] = "*") -> Widget | None:
        if selector != "*":
            return super().focus_previous(selector)
        return self._focus_seen(-1)

    def _focus_seen(self, step: int) -> Widget | None:
        chain = [w for w in self.focus_chain if self._on_screen(w)]
        if not chain:
            return self.focused
        if self.focused in chain:
            target = chain[(chain.index(self.focused) + step) % len(chain)]
        else:  # from a widget out of sight (or none): the first or last one in sight
            target = chain[0] if step > 0 else chain[-1]
        self.set_focus(target)
        return self.focused

    def _on_screen(self, widget: Widget) -> bool:
        try:
            return bool(self.find_widget(widget).visible_region.area)
        except NoWidget:  # not laid out (a pane being mounted): not in sight
            return False


class EditorApp(App[None]):
    """`summarizer edit HANDOUT`."""

    CSS_PATH = "app.tcss"
    TITLE = "summarizer"
    NOTIFICATION_TIMEOUT = 4
    AUTOSAVE_DELAY: ClassVar[float] = 3.0  # seconds after the last change
    DISK_CHECK_INTERVAL: ClassVar[float] = 2.0
    CHECK_DELAY: ClassVar[float] = 0.4  # after the last change, before the gate runs again
    GC_PAUSE_LIMIT: ClassVar[float] = 5.0  # the collector resumes by then whatever happens
    # Typing after a pause this long starts a new undo step: a stray key typed later is
    # not folded into the rewrite before it (ctrl+z would take both back)
    TYPING_PAUSE: ClassVar[float] = 2.0
    edit_clock: Callable[[], float] = staticmethod(time.monotonic)  # tests move it by hand
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="save", priority=True),
        Binding("ctrl+z", "undo", "Undo", id="undo", group=UNDO),
        Binding("ctrl+y,ctrl+shift+z", "redo", "Redo", id="redo", group=UNDO),
        Binding("f2", "details", "Info", id="details", tooltip="Handout details"),
        Binding("f1", "help", "Help", id="help"),
        Binding("ctrl+q", "quit", "Quit", id="quit", priority=True),
        Binding("ctrl+p", "command_palette", "Cmds", id="palette", priority=True,
                tooltip="Every action by name"),
        # alt+digit too: the terminal's escape 2, or a quick escape then 2, in a text box
        # (widgets.bound runs it there instead of typing the digit)
        *[Binding(f"{label[0]},alt+{label[0]}", f"show_tab('{tab}')", label[2:], show=False,
                  id=f"tab-{tab}") for tab, label in TABS],
    ]

    def __init__(self, path: str | os.PathLike[str] | HandoutDocument, *,
                 load_sources: bool = True, keymap_path: Path | None = None,
                 prefetch: Prefetch | None = None, gc_paused: bool = False) -> None:
        super().__init__()
        read_escape_digits_as_alt()
        # `summarizer edit` paused the cyclic collector for the start-up (commands/edit.py)
        self._gc_paused = gc_paused
        hdoc = path if isinstance(path, HandoutDocument) else load_handout(path)
        self.state = st.EditorState(hdoc)
        self._load_sources = load_sources
        self._prefetch = prefetch  # hdoc's sources, being read in a forked child
        self._keymap_path = keymap_path
        self._autosave_timer: Timer | None = None
        self._check_timer: Timer | None = None
        self._disk_warned = False
        self._discarding = False
        self._wrote_recovery = False  # this session's autosave wrote the recovery file
        self._recovery_file: Path | None = None  # where it writes (None: the usual name)
        self._recovered_from: Path | None = None  # kept when the recovery is undone
        self._kept_files: set[Path] = set()  # source copies made by "add source" here
        self._last_edit_at = float("-inf")  # edit_clock() at the last edit (undo steps)
        self._exit_after_first_screen = bool(os.environ.get(EXIT_AFTER_FIRST_SCREEN))
        self._exit_when_sources_ready = bool(os.environ.get(EXIT_WHEN_SOURCES_READY))

    # ------------------------------------------------------------------ layout

    def get_default_screen(self) -> Screen[None]:
        return EditorScreen(id="_default")

    def compose(self) -> ComposeResult:
        yield Header()
        marks = self.tab_marks()  # composed with their marks: no relabelling on mount
        with TabbedContent(initial="sources", id="tabs"):
            with TabPane(TABS[0][1], id="sources"):
                yield SourcesPane(self.state, id="sources-pane", classes="pane")
            # Hidden tabs get their panes after the first paint (mount_later_panes).
            for tab, label in TABS[1:]:
                title = Content.from_text(Text.assemble(label, marks[tab])) \
                    if tab in marks else label
                yield TabPane(title, id=tab)
        yield SteadyFooter()

    def on_mount(self) -> None:
        keys, problems = keymap.load(self._keymap_path)
        if keys:
            self.set_keymap(keys)
        for problem in problems:
            self.notify(problem, severity="warning", markup=False, timeout=8)
        self.title = self.state.handout.meta.title
        self.update_subtitle()
        self.call_after_refresh(self.after_first_screen)
        if self._gc_paused:  # in case the sources never come (a stuck worker)
            self.set_timer(self.GC_PAUSE_LIMIT, self.resume_gc)

    def after_first_screen(self) -> None:
        """Everything but the first screen starts once it is painted: the sources are
        read in a worker (the hidden tabs' panes follow once they are drawn, or when
        their tab is shown first), so nothing competes with the first paint."""
        if self._exit_after_first_screen:
            self.benchmark_exit()
            return
        if self._load_sources:
            self.load_sources()
        else:
            self.resume_gc()
            self.mount_later_panes()
        self.set_interval(self.DISK_CHECK_INTERVAL, self.check_disk)
        recovered = st.read_recovery(self.state.hdoc.path)
        if recovered is not None:
            self.offer_recovery(recovered)

    def resume_gc(self) -> None:
        """The start-up is over (the sources drawn): what it made is frozen out of the
        cyclic collector's sight, which resumes (paused by `summarizer edit` only)."""
        if self._gc_paused:
            import gc

            self._gc_paused = False
            gc.freeze()
            gc.enable()

    def mount_later_panes(self, only: str | None = None) -> None:
        """Import and mount the hidden tabs' panes (each draws itself on mount); `only`
        mounts one tab's pane, about to be shown."""
        import importlib

        mounted = False
        for tab, module, name in LATER_PANES:
            if (only is None or tab == only) and not self.query(f"#{tab}-pane"):
                cls = getattr(importlib.import_module(module), name)
                self.query_one(f"#{tab}", TabPane).mount(
                    cls(self.state, id=f"{tab}-pane", classes="pane"))
                mounted = True
        if mounted:
            self.schedule_checks()

    def benchmark_exit(self, problem: str = "") -> None:
        """benchmarks/startup.py: stamp the moment (monotonic clock, and the CPU time
        used so far, the collected children's included) and leave."""
        import time

        mark = os.environ.get(BENCHMARK_MARK)
        if mark:
            now, cpu = time.monotonic(), time.process_time()
            try:  # and the CPU of children already collected (the source reader)
                import resource

                children = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu += children.ru_utime + children.ru_stime
            except ImportError:
                pass
            Path(mark).write_text(f"{now!r} {cpu!r}", encoding="utf-8")
        self.exit(return_code=1 if problem else 0, message=problem or None)

    def exit_if_sources_usable(self, tries: int = 200) -> None:
        """benchmarks/startup.py: leave once the highlighted source's sentences are on
        screen (each one a line that `a` adds as a claim: painted, not only listed),
        never on a placeholder or error."""
        from summarizer.tui.screens.sources import SentenceList

        state = self.state
        if state.source_errors:
            self.benchmark_exit(f"sources not usable: {state.source_errors}")
            return
        pane = self.query_one(SourcesPane)
        sid = pane.current_source_id()
        analysis = state.analyses.get(sid or "")
        sentences = self.query_one("#sentence-list", SentenceList)
        shown = sentences.option_count
        if analysis is not None and analysis.sentences and shown == len(analysis.sentences) \
                and sentences.painted == (shown, "s0"):
            self.benchmark_exit()
        elif tries:
            self.call_after_refresh(self.exit_if_sources_usable, tries - 1)
        else:
            self.benchmark_exit(f"sources not drawn: {sid}, {shown} lines")

    def panes(self) -> list[Pane]:
        return list(self.query(Pane))

    def broadcast(self, how: str, command: Command | None = None) -> None:
        """Tell every mounted pane the draft changed; each redraws what it shows."""
        for pane in self.panes():
            pane.post_message(HandoutChanged(how, command))

    def update_subtitle(self) -> None:
        name = self.state.hdoc.path.name
        self.sub_title = f"{name} — unsaved changes" if self.state.dirty else name

    def update_tab_labels(self) -> None:
        found = self.query(TabbedContent)
        if not found:
            return  # closing: a check that ends as the editor quits has nothing to mark
        labels = dict(TABS)
        for tab, mark in self.tab_marks().items():
            try:
                found.first().get_tab(tab).label = Text.assemble(labels[tab], mark)
            except NoMatches:
                return  # closing: the tab bar goes before its TabbedContent

    def tab_marks(self) -> dict[str, Text]:
        """Safety ✓ only when the notices are there and the gate finds nothing about
        them; Export ✗ while an error blocks it; · until the first check. Each mark is
        one cell wide, so the tab bar never shifts as the verdict changes."""
        handout = self.state.handout
        findings = self.state.findings
        pending = plain(" ·", "dim")
        if findings is None:
            return {"safety": pending, "export": pending}
        from summarizer.tui.screens.safety import safety_findings  # not at start

        safety = safety_findings(findings, handout)
        ok = st.safety_complete(handout, findings) \
            and not any(f.severity == "error" for f in safety or [])
        blocked = any(f.severity == "error" for f in findings)
        return {"safety": plain(" ✓", "bold green") if ok else plain(" ✗", "bold red"),
                "export": plain(" ✗", "bold red") if blocked else plain(" ✓", "bold green")}

    # ------------------------------------------------------------------ edits

    def on_edit_requested(self, message: EditRequested) -> None:
        message.stop()
        self.apply(message.command)

    def apply(self, command: Command) -> bool:
        """The one place the draft changes."""
        now = self.edit_clock()
        if now - self._last_edit_at > self.TYPING_PAUSE:
            self.state.history.seal()
        self._last_edit_at = now
        try:
            self.state.history.do(command)
        except EditError as exc:
            self.notify(f"Not changed: {exc}", severity="warning", markup=False)
            return False
        self.changed("do", command)
        return True

    def changed(self, how: str, command: Command | None = None) -> None:
        """After any change: unsaved marker, stale findings, autosave, panes redraw."""
        from summarizer.editing import AddSources, SetMeta  # loaded by the first edit
        self.state.findings = None
        if isinstance(command, SetMeta):
            self.title = self.state.handout.meta.title
        if isinstance(command, AddSources):
            self._kept_files.update(Path(f) for f in command.files)
            if self._load_sources:
                self.load_sources()
        self.update_subtitle()
        self.broadcast(how, command)
        self.schedule_checks()
        if self._autosave_timer is not None:
            self._autosave_timer.stop()
        if not self.state.dirty:  # back to the saved state (undo): nothing to recover
            self.drop_own_recovery()
            return
        self._autosave_timer = self.set_timer(self.AUTOSAVE_DELAY, self.autosave)

    def on_save_requested(self, message: SaveRequested) -> None:
        message.stop()
        self.save(then=message.then)

    def action_undo(self) -> None:
        history = self.state.history
        # quoted before the undo: the words it takes away, not the ones it brings back
        quote = self._quoted_subject(history.next_undo) if history.next_undo else ""
        command = history.undo()
        if command is None:
            self.notify("Nothing to undo.")
            return
        self.changed("undo", command)
        self.notify(f"Undone: {command.label}{quote}.", markup=False)

    def action_redo(self) -> None:
        command = self.state.history.redo()
        if command is None:
            self.notify("Nothing to redo.")
            return
        self.changed("redo", command)
        self.notify(f"Redone: {command.label}{self._quoted_subject(command)}.", markup=False)

    def _quoted_subject(self, command: Command) -> str:
        """The start of the claim or notice an undone or redone step was about, so a
        second ctrl+z does not leave the nurse guessing which notice went ("" if none)."""
        items = [command.__dict__.get(name) for name in ("claim", "notice", "_claim",
                                                         "_notice")]
        subject = getattr(command, "subject", "")
        handout = self.state.handout
        items += [i for i in (*handout.claims, *handout.disclaimers) if i.id == subject]
        text = next((t for i in items if i is not None and (t := getattr(i, "text", ""))), "")
        return f" {quoted_start(text)}" if text else ""

    def action_details(self) -> None:
        from summarizer.tui.screens.modals import MetaScreen

        meta = self.state.handout.meta
        values = {"title": meta.title, "summary": meta.summary, "region": meta.region,
                  "locales": ", ".join(meta.locales), "organization": meta.organization,
                  "date": meta.date, "target_grade": f"{meta.target_grade:g}",
                  "max_grade": f"{meta.max_grade:g}"}

        def done(changes: dict[str, object] | None) -> None:
            from summarizer.editing import SetMeta

            if changes:
                self.apply(SetMeta(dict(changes)))

        self.push_screen(MetaScreen(values, meta.source_locale), done)

    def autosave(self) -> None:
        state = self.state
        if not state.dirty or state.autosaved_revision == state.revision:
            return
        try:
            st.write_recovery(state.hdoc, state.translations, self._recovery_file)
        except OSError as exc:
            self.notify(f"Could not write the recovery file: {exc}", severity="error",
                        markup=False)
            return
        state.autosaved_revision = state.revision
        self._wrote_recovery = True

    def drop_own_recovery(self) -> None:
        """Remove the recovery file this session wrote once the draft is the saved file
        again; a file left by an earlier session (kept by "Decide later") stays."""
        recovered = self._recovered_from is not None \
            and self._recovery_file == self._recovered_from
        if self._wrote_recovery and not recovered:
            st.discard_recovery(self.state.hdoc.path, self._recovery_file)
            self._wrote_recovery = False
        self.state.autosaved_revision = self.state.revision

    # ------------------------------------------------------------------ background work

    @work(thread=True, exclusive=True, group="sources")
    def load_sources(self) -> None:
        """Read and analyse every registered source; posts SourcesLoaded. The first time,
        from the child `summarizer edit` forked to read them (summarizer.tui.prefetch)."""
        from summarizer.tui.prefetch import read_sources

        prefetch, self._prefetch = self._prefetch, None
        loaded = prefetch.result() if prefetch is not None else None
        if loaded is None:
            loaded = read_sources(self.state.hdoc)
        self.post_message(SourcesLoaded(*loaded, worker=get_current_worker()))

    @work(thread=True, exclusive=True, group="warm-up")
    def warm_up(self) -> None:
        """Once the sources are drawn: what the first edit, check or save would otherwise
        wait for, off the UI thread (the tomlkit document, the readability word lists)."""
        hdoc = self.state.hdoc
        hdoc.doc  # noqa: B018 -- parsed on first use; here, not on the UI thread
        warm_up_reading(hdoc.handout.meta.source_locale)

    def on_sources_loaded(self, message: SourcesLoaded) -> None:
        if message.worker is not None and message.worker.is_cancelled:
            return  # a newer read was started (exclusive group): its result will come
        self.state.sources = message.sources
        self.state.analyses = message.analyses
        self.state.source_errors = message.errors
        self.broadcast("sources")
        if self._exit_when_sources_ready:
            self.call_after_refresh(self.exit_if_sources_usable)
            return
        self.call_after_refresh(self.after_sources_drawn)

    def after_sources_drawn(self) -> None:
        """The hidden tabs' panes, the gate's first check and the warm-up come after the
        sources, so nothing competes with drawing them."""
        self.resume_gc()
        self.mount_later_panes()
        self.schedule_checks()
        self.warm_up()

    def schedule_checks(self) -> None:
        """Re-run the gate shortly after the last change (live findings)."""
        if self._check_timer is not None:
            self._check_timer.stop()
        self._check_timer = self.set_timer(self.CHECK_DELAY, self.start_checks)

    def start_checks(self) -> None:
        self._check_timer = None
        self.state.findings = None
        texts, digests = self.source_texts()
        try:
            snapshot = self.snapshot()
        except HandoutError as exc:  # a draft the schema refuses: a finding, not a crash
            self.post_message(ChecksDone([st.invalid_draft_finding(exc)], self.state.revision))
            return
        self.run_checks(snapshot, {k: dict(v) for k, v in self.state.translations.items()},
                        texts, digests, self.state.revision)

    def source_texts(self) -> tuple[dict[str, str | None] | None, dict[str, str] | None]:
        """The loaded sources' texts and digests, so a check need not re-read them."""
        state = self.state
        if not state.sources and not state.source_errors:
            return None, None  # not loaded yet: the check reads them itself
        texts = {ref.id: (state.sources[ref.id].text if ref.id in state.sources else None)
                 for ref in state.handout.sources}
        return texts, {sid: src.sha256 for sid, src in state.sources.items()}

    def snapshot(self) -> HandoutDocument:
        """An independent copy for a worker thread, so edits never race with it."""
        from summarizer.handout_file import loads_handout

        hdoc = self.state.hdoc
        return loads_handout(st.draft_text(hdoc), hdoc.path)

    @work(thread=True, exclusive=True, group="checks")
    def run_checks(self, hdoc: HandoutDocument, pending: dict[str, dict[str, str]],
                   source_texts: dict[str, str | None] | None,
                   digests: dict[str, str] | None, revision: int) -> None:
        from summarizer.tui.checking import check_draft

        try:
            findings = check_draft(hdoc, pending, source_texts, digests)
        except HandoutError as exc:  # a merged copy the schema refuses: a finding
            findings = [st.invalid_draft_finding(exc)]
        except Exception as exc:  # a defect in a rule: blocked and said, the editor stays up
            findings = [st.checks_failed_finding(exc)]
        self.post_message(ChecksDone(findings, revision))

    def on_checks_done(self, message: ChecksDone) -> None:
        if message.findings is None:
            self.state.checks_available = False
        elif message.revision != self.state.revision:
            return  # edited while checking: a newer check is scheduled
        self.state.findings = message.findings
        self.update_tab_labels()
        self.broadcast("findings")

    # ------------------------------------------------------------------ jumps

    def on_jump_requested(self, message: JumpRequested) -> None:
        message.stop()
        self.jump(message.kind, message.target, message.extra, message.start, message.code)

    def jump(self, kind: str, target: str, extra: str = "", start: int = -1,
             code: str = "") -> bool:
        """Show a claim, notice, string or source sentence in its tab."""
        handout = self.state.handout
        if kind == "finding":
            return self.jump_to_finding(target, extra, code)
        tab = {"claim": "handout", "notice": "safety", "translation": "translations",
               "sentence": "sources"}.get(kind)
        if tab is None:
            return False
        del handout
        box = {"claim": "#claim-text", "notice": "#notice-text"}.get(kind)

        def show(pane: Any) -> bool:
            shown = bool(pane.show(target, extra, start))
            if shown and extra == "edit" and box:  # typing goes on after the text
                from textual.widgets import TextArea

                area = pane.query_one(box, TextArea)
                area.move_cursor(area.document.end)
            return shown

        return self.on_pane(tab, show)

    def on_pane(self, tab: str, act: Callable[[Any], Any]) -> bool:
        """Show `tab` and run `act` on its pane: now, or once a pane mounted just now
        has composed (its own queue runs the call after its compose and mount)."""
        self.action_show_tab(tab)
        found = self.query(f"#{tab}-pane")
        if not found:
            return False
        pane = found.first(Pane)
        if pane.is_mounted:
            return bool(act(pane))
        pane.call_later(act, pane)
        return True

    def jump_to_finding(self, item: str, locale: str, code: str) -> bool:
        handout = self.state.handout
        texts = {c.id: c.text for c in handout.claims}
        texts |= {d.id: d.text for d in handout.disclaimers}
        texts |= {"title": handout.meta.title, "summary": handout.meta.summary}
        if code.startswith("I18N") and locale:
            return self.jump("translation", texts.get(item, ""), locale)
        if self.about_a_translation(locale, texts.get(item, "")):
            # a hype word, a changed number... in the Spanish of a claim: its Spanish text,
            # the keyboard in its box (the English claim says no such thing)
            msgid = texts[item]
            return self.on_pane("translations", lambda pane: pane.show(msgid, locale,
                                                                        edit=True))
        # The keyboard goes into the text box, so the next keys fix the text (not the
        # list's one-letter commands: s for section, x for remove).
        if any(c.id == item for c in handout.claims):
            return self.jump("claim", item, "edit")
        if any(d.id == item for d in handout.disclaimers):
            return self.jump("notice", item, "edit")
        if item in ("title", "summary"):
            self.action_details()
            return True
        if code.startswith("READ"):
            kind, hardest = self.hardest_item()
            return self.jump(kind, hardest, "edit") if hardest else False
        if code.startswith("SAFETY"):
            self.action_show_tab("safety")
            return True
        if any(r.id == item for r in handout.sources):
            return self.jump("sentence", item, start=0)
        return False

    def about_a_translation(self, locale: str, text: str) -> bool:
        """A finding of `locale` about an item with `text` is about its translation when
        `locale` is one of the handout's translated languages (not its source's)."""
        from summarizer.gate import same_locale

        meta = self.state.handout.meta
        return (bool(locale) and bool(text.strip())
                and not same_locale(locale, meta.source_locale)
                and any(same_locale(locale, loc) for loc in meta.locales))

    def hardest_claim(self) -> str:
        """The claim with the highest reading grade: where to start making it plainer."""
        return self._hardest(("claim",))[1]

    def hardest_item(self) -> tuple[str, str]:
        """("claim" or "notice", id) of the printed text with the highest reading grade:
        a notice kept in the article's words is often what lifts the handout's grade."""
        return self._hardest(("claim", "notice"))

    def _hardest(self, kinds: tuple[str, ...]) -> tuple[str, str]:
        """(kind, id) of the hardest text among `kinds` ("claim", "notice"); ("claim", "")
        when none is graded."""
        from summarizer.tui import reading

        handout = self.state.handout
        lang = handout.meta.source_locale
        items: list[tuple[str, str, str]] = []
        if "claim" in kinds:
            items += [("claim", c.id, c.text) for c in handout.claims]
        if "notice" in kinds:
            items += [("notice", d.id, d.text) for d in handout.disclaimers if d.text.strip()]
        best, best_grade = ("claim", ""), -1.0
        for kind, item, text in items:
            grade, _ = reading.claim_grade(reading.analyze(text, lang))
            if grade is not None and grade > best_grade:
                best, best_grade = (kind, item), grade
        return best

    # ------------------------------------------------------------------ tabs, help

    def action_show_tab(self, tab: str) -> None:
        self.mount_later_panes(only=tab)  # shown before the sources were drawn
        self.query_one(TabbedContent).active = tab

    FOCUS_FIRST: ClassVar[dict[str, str]] = {
        "sources": "#source-list", "handout": "#claim-list", "safety": "#notice-list",
        "translations": "#string-list", "export": "#findings",
        "review": "#review-list",
    }

    def focus_tab(self, tab: str) -> None:
        """Put the keyboard where the tab's keys act, so its footer keys show and work:
        in the list it was last in on that tab, else the tab's first list."""
        pane = self.query(f"#{tab}-pane")
        last = getattr(pane.first(), "last_list", None) if pane else None
        if last is not None and last.is_attached and last.focusable:
            last.focus()
            return
        found = self.query(self.FOCUS_FIRST[tab])
        if found:
            found.first().focus()

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        pane_id = event.pane.id or "sources"
        self.mount_later_panes(only=pane_id)  # a tab clicked before its pane was mounted
        found = self.query(f"#{pane_id}-pane")
        if not found:
            return
        pane = found.first()
        if not pane.is_mounted:
            pane.call_later(self.on_tabbed_content_tab_activated, event)
            return
        if self.focused is None or event.pane not in self.focused.ancestors:
            self.focus_tab(pane_id)  # a jump may already have focused what it shows
        if hasattr(pane, "tab_shown"):
            pane.tab_shown()
        if hasattr(pane, "update_reading"):
            pane.update_reading()

    def action_help(self) -> None:
        from summarizer.tui.screens.modals import HelpScreen  # not at start

        self.push_screen(HelpScreen())

    # ------------------------------------------------------------------ palette

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Every action by name, on every tab (one Quit: ours asks about unsaved work)."""
        for title, help_text, callback in self.palette_commands():
            yield SystemCommand(title, help_text, callback)

    def palette_commands(self) -> list[tuple[str, str, Callable[[], Any]]]:
        def on_tab(tab: str, action: str) -> Callable[[], None]:
            def run() -> None:
                self.on_pane(tab, lambda pane: self.call_after_refresh(
                    getattr(pane, f"action_{action}")))
            return run

        cmds: list[tuple[str, str, Callable[[], Any]]] = [
            ("Save", "Write the handout and its translations (ctrl+s)", self.action_save),
            ("Save as…", "Write the handout and its catalogs under another name",
             self.action_save_as),
            ("Undo", "Take back the last change (ctrl+z)", self.action_undo),
            ("Redo", "Make the undone change again (ctrl+y)", self.action_redo),
            ("Handout details", "Title, summary, region, languages, grades (f2)",
             self.action_details),
            ("Reload from disk", "Re-read the file (asks first if you have unsaved changes)",
             self.action_reload),
            ("Check the handout", "Run the export gate's checks now", self.start_checks),
            ("Screenshot", "Save an SVG of the screen in the handout folder",
             self.action_screenshot),
            ("Keys", "Show the keys of the focused part", self.action_show_help_panel),
            ("Help", "Keys and how the editor works (f1)", self.action_help),
            ("Quit", "Leave the editor (asks if there are unsaved changes)",
             self.request_quit),
            ("Add highlighted sentence as a claim", "Sources tab, key a",
             on_tab("sources", "add_claim")),
            ("Add a source", "A web address or a file (Sources tab, key o)",
             on_tab("sources", "add_source")),
            ("Attach highlighted sentence as a safety notice", "Sources tab, key d",
             on_tab("sources", "add_notice")),
            ("Use the plain word", "Handout tab: replace the first hard word (ctrl+l)",
             on_tab("handout", "plain_word")),
            ("Move claim up", "Handout tab (ctrl+up)", lambda: self._pane_move(-1)),
            ("Move claim down", "Handout tab (ctrl+down)", lambda: self._pane_move(1)),
            ("Change claim section", "Handout tab, key s", on_tab("handout", "section")),
            ("Change claim evidence level", "Handout tab, key v (an override needs a reason)",
             on_tab("handout", "evidence")),
            ("Remove claim", "Handout tab, key x (undo brings it back)",
             on_tab("handout", "remove")),
            ("Remove notice", "Safety tab, key x (undo brings it back)",
             on_tab("safety", "remove")),
            ("Next translation", "Translations tab: keep what you typed, go on (ctrl+n)",
             on_tab("translations", "keep_next")),
            ("Keep fuzzy translation as it is", "Translations tab (ctrl+o)",
             on_tab("translations", "keep_as_is")),
            ("Export PDFs", "Export tab, key e", on_tab("export", "export")),
        ]
        cmds += [(f"Go to {label[2:]}", f"Show the {label[2:]} tab (key {label[0]})",
                  self._tab_opener(tab)) for tab, label in TABS]
        findings = self.state.findings  # the gate decides which kinds are required
        rows = (st.presence_rows(self.state.handout) if findings is None
                else st.safety_rows(self.state.handout, findings))
        for kind, found, _ in rows:
            if not found:
                title = st.kind_titles(self.state.hdoc).get(kind, kind)
                cmds.append((f"Find a notice for “{title}” in the sources",
                             "Go to the first sentence tagged with it",
                             self._finder(kind)))
        for claim in self.state.handout.claims:
            cmds.append((f"Edit claim: {claim.text[:60]}", claim.id,
                         self._claim_opener(claim.id)))
        for notice in self.state.handout.disclaimers:
            for contact in notice.contacts:
                cmds.append((f"Remove contact {contact.display or contact.number} from "
                             f"notice {notice.id}", f"{contact.label or contact.role} "
                             "(undo brings it back)",
                             self._contact_remover(notice.id, contact.number)))
        return cmds

    def _contact_remover(self, notice_id: str, number: str) -> Callable[[], None]:
        from summarizer.editing import RemoveContact

        return lambda: bool(self.apply(RemoveContact(notice_id, number)))

    def _pane_move(self, delta: int) -> None:
        self.on_pane("handout", lambda pane: pane.action_move(delta))

    def _tab_opener(self, tab: str) -> Callable[[], None]:
        return lambda: self.action_show_tab(tab)

    def _claim_opener(self, claim_id: str) -> Callable[[], None]:
        return lambda: self.jump("claim", claim_id, "edit")

    def _finder(self, kind: str) -> Callable[[], None]:
        return lambda: self.find_notice(kind)

    def find_notice(self, kind: str) -> None:
        """Jump to the first sentence the analysis tagged with this kind of notice."""
        for sid, analysis in self.state.analyses.items():
            for d in analysis.disclaimers:
                if d.kind == kind:
                    self.jump("sentence", sid, start=d.span.start)
                    return
        self.notify("No sentence of that kind was found in the sources.", severity="warning")

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        """An SVG of the screen, in the handout's folder (which exists), named by time."""
        folder = Path(path) if path else self.state.hdoc.base_dir / "screenshots"
        try:
            from summarizer.paths import check_output

            check_output(folder, handout_dir=self.state.hdoc.base_dir)  # no link followed
            folder.mkdir(exist_ok=True)
            written = self.save_screenshot(filename, str(folder))
        except (OSError, UserError) as exc:
            self.notify(f"No screenshot: {exc}", severity="error", markup=False)
            return
        self.notify(f"Screenshot saved: {written}", markup=False)

    # ------------------------------------------------------------------ saving

    def action_save(self) -> None:
        self.save()

    def save(self, *, force: bool = False, path: Path | None = None,
             then: Callable[[], None] | None = None) -> bool:
        """Save the handout and its pending translations; never over a file someone
        else changed unless told to."""
        from summarizer.catalog_draft import unreadable, write_pending

        hdoc = self.state.hdoc
        old_path = hdoc.path
        if path is None and not force and hdoc.changed_on_disk():
            self.ask_changed_on_disk(then)
            return False
        # a catalog that cannot be read is the translator's to fix: left as it is; the
        # rest is saved, and translations typed for it stay unsaved in the editor
        broken = unreadable(hdoc)
        stuck = {loc: dict(self.state.translations[loc]) for loc in broken
                 if self.state.translations.get(loc)}
        outside: list[str] = []
        try:
            travelled: set[str] = set()
            if path is not None:
                from summarizer.save_as import copy_sources

                copy_catalogs(hdoc.base_dir, path.parent)
                copied = copy_sources(hdoc, path.parent)
                travelled, outside = copied.travelled, copied.outside
            hdoc.save(path, force=force, travelled=travelled)
            write_pending(hdoc, self.state.translations, skip=broken)
        except HandoutChangedError:
            self.ask_changed_on_disk(then)
            return False
        except UserError as exc:
            self.notify(f"Not saved: {exc}", severity="error", markup=False)
            return False
        except OSError as exc:  # the system's reason in words, the file, and a way out
            where = f" ({exc.filename})" if exc.filename else ""
            self.notify(f"Not saved: {exc.strerror or exc}{where}. Your work is kept in the "
                        "editor; use Save as… (ctrl+p) to save it somewhere you can write.",
                        severity="error", markup=False, timeout=15)
            return False
        self.state.translations.clear()
        st.discard_recovery(old_path, self._recovery_file)  # this session's only
        if hdoc.path != old_path:
            self._recovery_file = st.free_recovery_path(hdoc.path)
        self.state.mark_saved()
        if stuck:  # still to save, and in the recovery file should the editor crash
            self.state.translations.update(stuck)
            self.state.history.mark_unsaved()
            self.state.autosaved_revision = -1
            self.autosave()
        self._disk_warned = False
        self.update_subtitle()
        self.broadcast("saved")
        # the save rewrote the catalogs (a changed string's old translation now fuzzy):
        # the gate reads them again, so the editor says what `check` says of the files
        self.schedule_checks()
        left = "".join(
            f" Not saved: your {len(stuck[loc])} {loc} translation"
            f"{'s' if len(stuck[loc]) != 1 else ''}, kept in the editor until the catalog "
            f"can be read ({why}); fix that line, then save again." if loc in stuck
            else f" Not updated: {why}." for loc, why in broken.items())
        if outside:
            self.notify(f"Saved {hdoc.path}. Not copied, still cited where they are "
                        f"(a library folder): {', '.join(outside)}.{left}", markup=False,
                        timeout=10)
        elif left:
            self.notify(f"Saved {hdoc.path}.{left}", severity="warning", markup=False,
                        timeout=15)
        else:
            self.notify(f"Saved {hdoc.path}.", markup=False)
        if then is not None and not stuck:  # not "save and quit" with work still unsaved
            then()
        return True

    def action_save_as(self, then: Callable[[], None] | None = None) -> None:
        def done(value: str | None) -> None:
            if value:
                self.save(path=resolve_save_path(value, Path.cwd()), then=then)

        from summarizer.tui.screens.modals import PathScreen  # not at start

        suggestion = self.state.hdoc.base_dir.with_name(
            self.state.hdoc.base_dir.name + "-copy") / self.state.hdoc.path.name
        shown = os.path.relpath(suggestion) if not suggestion.is_absolute() else \
            _relative_if_under(suggestion, Path.cwd())
        self.push_screen(PathScreen(
            "Save the handout (and its translations) as:", shown,
            message=f"Relative paths are from {Path.cwd()}."), done)

    def ask_changed_on_disk(self, then: Callable[[], None] | None = None) -> None:
        def done(choice: str | None) -> None:
            if choice == "reload":
                self.reload()
            elif choice == "overwrite":
                self.save(force=True, then=then)
            elif choice == "save-as":
                self.action_save_as(then)

        from summarizer.tui.screens.modals import ChoiceScreen  # not at start

        self.push_screen(ChoiceScreen(
            "The handout file was changed by someone else",
            [("save-as", "Save my version under another name…"),
             ("cancel", "Cancel (nothing is written)"),
             ("overwrite", "Overwrite it with my version"),
             ("reload", "Reload their version (drop my changes)")],
            message=f"{self.state.hdoc.path.parent.name}/{self.state.hdoc.path.name} "
                    "changed on disk since you opened it. Nothing has been written yet.",
            initial="save-as", dialog_id="changed-on-disk",
            confirm={"reload": "Drop your unsaved changes and load their version?",
                     "overwrite": "Replace their version on disk with yours?"}), done)

    def action_reload(self) -> None:
        """Re-read the file; with unsaved work, ask first (that work would be dropped)."""
        if not self.state.dirty:
            self.reload()
            return

        def done(choice: str | None) -> None:
            if choice == "reload":
                self.reload()

        from summarizer.tui.screens.modals import ChoiceScreen  # not at start

        self.push_screen(ChoiceScreen(
            "Reload the handout from disk?",
            [("cancel", "Keep editing (nothing is lost)"),
             ("reload", "Reload and drop my unsaved changes")],
            message="You have unsaved changes; reloading replaces them with the saved file. "
                    "They stay in the recovery file until you save.",
            initial="cancel", dialog_id="confirm-reload"), done)

    def reload(self) -> None:
        """Load the file as it is on disk. Unsaved work stays in the recovery file (it is
        not deleted here), so even a confirmed reload can be taken back after a restart."""
        kept: tuple[bool, Path | None] | None = None  # this session's recovery file, if written
        if self.state.dirty:
            self.autosave()
            kept = self._wrote_recovery, self._recovery_file
            self._wrote_recovery = False  # kept for good: the reload is not an undo
            self._recovery_file = st.free_recovery_path(self.state.hdoc.path)  # not over it
        try:
            self.state.hdoc.reload()
        except UserError as exc:
            if kept:  # nothing reloaded: the recovery file is still this session's
                self._wrote_recovery, self._recovery_file = kept
            self.notify(f"Cannot reload: {exc}", severity="error", markup=False)
            return
        self.state.replace_handout()
        self.state.mark_saved()
        self._disk_warned = False
        self.title = self.state.handout.meta.title
        self.update_subtitle()
        self.changed("reload")
        if self._load_sources:
            self.load_sources()
        self.notify("Reloaded from disk.")

    def check_disk(self) -> None:
        if not self._disk_warned and self.state.hdoc.changed_on_disk():
            self._disk_warned = True
            self.notify("The handout file was changed outside the editor. ctrl+s will ask "
                        "before writing anything.", severity="warning", timeout=10)

    # ------------------------------------------------------------------ recovery, quitting

    def offer_recovery(self, found: st.Recovery) -> None:
        def done(choice: str | None) -> None:
            if choice == "recover":
                self.recover(found)
            elif choice == "discard":
                st.discard_recovery(self.state.hdoc.path, found.path)
                following = st.read_recovery(self.state.hdoc.path)
                if following is not None:  # another session's work, kept for later
                    self.offer_recovery(following)
            else:  # later: this session's autosaves must not overwrite that file
                self._recovery_file = st.free_recovery_path(self.state.hdoc.path)

        from summarizer.tui.screens.modals import ChoiceScreen  # not at start

        self.push_screen(ChoiceScreen(
            "Unsaved work was found",
            [("recover", "Recover it (you can still decide not to save)"),
             ("later", "Decide later (keep the recovery file)"),
             ("discard", "Discard it and open the saved file")],
            message="The editor was closed without saving changes to "
                    f"{self.state.hdoc.path.name}. A copy was kept in "
                    f"{(found.path or st.recovery_path(self.state.hdoc.path)).name}.",
            dialog_id="recovery", confirm={"discard": "Delete the unsaved work for good?"}),
            done)

    def recover(self, found: st.Recovery) -> None:
        """Take the recovered work back as one undoable step (ctrl+z: the file as saved).
        A value the handout cannot hold is left out and named; the rest is recovered."""
        try:
            handout, left_out = st.recover_handout(self.state.hdoc, found.text)
        except UserError as exc:
            self.notify(f"The recovery file cannot be read: {exc}", severity="error",
                        markup=False)
            return
        self._recovery_file = self._recovered_from = found.path  # autosaves add to it
        sources_before = list(self.state.handout.sources)
        from summarizer.editing import RecoverWork

        if not self.apply(RecoverWork(handout, found.translations)):
            return
        hdoc = self.state.hdoc
        if found.base and found.base != hdoc.disk_digest:
            # made from another version of the file: saving it is writing over whoever
            # changed the file since, so ctrl+s asks as for any change on disk
            hdoc.disk_digest = found.base
            self.notify("The handout file changed after this work was kept for recovery. "
                        "ctrl+s will ask before writing over that version.",
                        severity="warning", timeout=15)
        self.state.history.seal()
        self.title = self.state.handout.meta.title
        if not left_out:
            self.state.autosaved_revision = self.state.revision  # the file holds it all
        if self._load_sources and self.state.handout.sources != sources_before:
            self.load_sources()
        if left_out:
            self.notify("Unsaved work recovered (ctrl+s keeps it, ctrl+z undoes it), except: "
                        + "; ".join(left_out), severity="warning", markup=False, timeout=15)
        else:
            self.notify("Unsaved work recovered. Press ctrl+s to keep it (ctrl+z undoes it).")

    def on_unmount(self) -> None:
        """Closing with work not yet in the recovery file (an error, a hang-up): copy it now.
        Closing with nothing unsaved (or discarded): remove the source copies this session
        made that the saved handout does not cite."""
        if not self._discarding and self.state.dirty:
            self.autosave()  # and the source copies stay: the recovery file cites them
            return
        self.drop_own_recovery()
        if self._kept_files:
            for path in st.unreferenced_files(self._kept_files, self.state.hdoc.path):
                path.unlink(missing_ok=True)

    async def action_quit(self) -> None:
        self.request_quit()

    def request_quit(self) -> None:
        """Quit, but ask first when there is unsaved work (never lose it silently)."""
        if not self.state.dirty:
            self.exit()
            return

        def done(choice: str | None) -> None:
            if choice == "save":
                self.save(then=self.exit)
            elif choice == "discard":
                self._discarding = True
                st.discard_recovery(self.state.hdoc.path, self._recovery_file)
                self.exit()

        from summarizer.tui.screens.modals import ChoiceScreen  # not at start

        self.push_screen(ChoiceScreen(
            "Save your changes before quitting?",
            [("save", "Save and quit"), ("cancel", "Keep editing"),
             ("discard", "Quit without saving")],
            initial="save", dialog_id="confirm-quit"), done)


def resolve_save_path(value: str, cwd: Path) -> Path:
    """Where "save as" writes: a typed path is relative to the current directory (as in
    a shell), a folder means the handout.toml inside it."""
    target = Path(value).expanduser()
    if not target.is_absolute():
        target = cwd / target
    if target.is_dir() or not target.suffix:
        target = target / "handout.toml"
    return target


def _relative_if_under(path: Path, cwd: Path) -> str:
    try:
        return str(path.relative_to(cwd))
    except ValueError:
        return str(path)


def copy_catalogs(from_dir: Path, to_dir: Path) -> None:
    """Save-as takes the translations along (locales/), never over existing ones."""
    from summarizer.catalogs import LOCALES_DIR

    src = from_dir / LOCALES_DIR
    dst = to_dir / LOCALES_DIR
    if src.resolve() == dst.resolve() or not src.is_dir():
        return
    for po in src.glob("*/LC_MESSAGES/*.po"):
        target = dst / po.relative_to(src)
        if not target.exists():
            atomic.write_bytes(target, po.read_bytes())


def warm_up_reading(lang: str) -> None:
    """Load the readability word lists off the UI thread (a throwaway analysis, not the
    shared Analyzer), so the first visit to the Handout tab does not pause."""
    try:
        from summarizer.readability import analyze_text

        analyze_text("Warm up the word lists.", lang)
    except Exception:  # best effort: the Handout tab reports real problems
        return


def run(path: str | os.PathLike[str]) -> None:
    EditorApp(path).run()
