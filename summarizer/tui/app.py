"""The handout editor: one Textual app that owns the state; panes draw it, workers feed it.

Start-up imports only Textual, the model and the handout file (tomlkit); article
analysis, readability, checks and WeasyPrint are imported inside workers or on first
use, so the first screen appears about as fast as a bare Textual app.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Footer, Header, TabbedContent, TabPane

from summarizer.errors import UserError
from summarizer.handout_file import HandoutChangedError, HandoutDocument, load_handout
from summarizer.model import LoadedSource, Sentence
from summarizer.tui import state as st
from summarizer.tui.screens.sources import SourcesPane
from summarizer.tui.widgets.text import plain

if TYPE_CHECKING:
    from textual.command import Provider

    from summarizer.tui.screens.handout import HandoutPane

# The panes of the hidden tabs: (tab, module, class). They are imported and mounted just
# after the first paint, so opening the editor costs about what a bare Textual app does.
LATER_PANES: tuple[tuple[str, str, str], ...] = (
    ("handout", "summarizer.tui.screens.handout", "HandoutPane"),
    ("safety", "summarizer.tui.screens.safety", "SafetyPane"),
    ("translations", "summarizer.tui.screens.translations", "TranslationsPane"),
    ("export", "summarizer.tui.screens.export", "ExportPane"),
)

EXIT_AFTER_FIRST_SCREEN = "SUMMARIZER_TUI_EXIT_AFTER_FIRST_SCREEN"  # for benchmarks/startup.py

TABS: tuple[tuple[str, str], ...] = (
    ("sources", "1 Sources"),
    ("handout", "2 Handout"),
    ("safety", "3 Safety"),
    ("translations", "4 Translations"),
    ("export", "5 Export"),
)




class _Absent:
    """Stands in for a pane not mounted yet: any method call is a no-op returning None."""

    def __getattr__(self, name: str) -> Callable[..., None]:
        return lambda *args, **kwargs: None


_ABSENT = _Absent()


def editor_commands() -> type[Provider]:
    """The palette provider, imported on first use (textual.command is slow to import)."""
    from summarizer.tui.commands import EditorCommands

    return EditorCommands


# --------------------------------------------------------------------------- messages


class SourcesLoaded(Message):
    def __init__(self, sources: dict[str, LoadedSource], analyses: dict[str, Any],
                 errors: dict[str, str]) -> None:
        super().__init__()
        self.sources, self.analyses, self.errors = sources, analyses, errors


class ChecksDone(Message):
    def __init__(self, findings: list[Any] | None, revision: int) -> None:
        super().__init__()
        self.findings, self.revision = findings, revision


class ExportProgress(Message):
    def __init__(self, done: int, total: int, label: str = "") -> None:
        super().__init__()
        self.done, self.total, self.label = done, total, label


class ExportDone(Message):
    def __init__(self, written: dict[str, list[Path]], refused: dict[str, list[Any]],
                 error: str = "") -> None:
        super().__init__()
        self.written, self.refused, self.error = written, refused, error


# --------------------------------------------------------------------------- the app


class EditorApp(App[None]):
    """`summarizer edit HANDOUT`."""

    CSS_PATH = "app.tcss"
    TITLE = "summarizer"
    COMMANDS: ClassVar = App.COMMANDS | {editor_commands}
    AUTOSAVE_DELAY: ClassVar[float] = 3.0  # seconds after the last change
    DISK_CHECK_INTERVAL: ClassVar[float] = 2.0
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="save", priority=True),
        Binding("f1", "help", "Help", id="help"),
        Binding("ctrl+q", "quit", "Quit", id="quit", priority=True),
        *[Binding(label[0], f"show_tab('{tab}')", label[2:], show=False, id=f"tab-{tab}")
          for tab, label in TABS],
    ]

    def __init__(self, path: str | os.PathLike[str] | HandoutDocument, *,
                 load_sources: bool = True) -> None:
        super().__init__()
        hdoc = path if isinstance(path, HandoutDocument) else load_handout(path)
        self.state = st.EditorState(hdoc)
        self.findings: list[Any] | None = None
        self.checks_available = True
        self.export_paths: dict[str, list[Path]] = {}
        self._load_sources = load_sources
        self._sources_ready = False  # set when SourcesLoaded arrives
        self._autosave_timer: Timer | None = None
        self._disk_warned = False
        self._discarding = False
        self._exit_after_first_screen = bool(os.environ.get(EXIT_AFTER_FIRST_SCREEN))

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield Header()
        with TabbedContent(initial="sources", id="tabs"):
            with TabPane(TABS[0][1], id="sources"):
                yield SourcesPane(id="sources-pane")
            # Hidden tabs get their panes after the first paint (mount_later_panes).
            for tab, label in TABS[1:]:
                yield TabPane(label, id=tab)
        yield Footer()

    def on_mount(self) -> None:
        self.title = self.state.handout.meta.title
        self.update_subtitle()
        self.refresh_all()
        self.focus_tab("sources")
        if self._exit_after_first_screen:
            self.call_after_refresh(self.exit)
            return
        self.call_after_refresh(self.mount_later_panes)
        if self._load_sources:
            self.load_sources()
        self.set_interval(self.DISK_CHECK_INTERVAL, self.check_disk)
        recovered = st.read_recovery(self.state.hdoc.path)
        if recovered is not None:
            self.offer_recovery(recovered)

    def mount_later_panes(self) -> None:
        """Import and mount the hidden tabs' panes (each refreshes itself on mount)."""
        import importlib

        for tab, module, name in LATER_PANES:
            if not self.query(f"#{tab}-pane"):
                cls = getattr(importlib.import_module(module), name)
                self.query_one(f"#{tab}", TabPane).mount(cls(id=f"{tab}-pane"))

    def pane(self, name: str) -> Any:
        """The pane of tab `name` if mounted (hidden tabs' panes mount after the first
        paint); else a stand-in whose every method does nothing."""
        found = self.query(f"#{name}-pane")
        return found.first() if found else _ABSENT

    def refresh_all(self) -> None:
        for tab, _ in TABS:
            self.pane(tab).refresh_view()
        self.update_safety_tab()

    def update_subtitle(self) -> None:
        name = self.state.hdoc.path.name
        self.sub_title = f"{name} — unsaved changes" if self.state.dirty else name

    def update_safety_tab(self) -> None:
        if self._load_sources and not self._sources_ready:
            return  # the gate's verdict waits for the sources (keeps the first paint fast)
        ok = st.safety_complete(self.state)
        tab = self.query_one(TabbedContent).get_tab("safety")
        tab.label = Text.assemble(TABS[2][1], (" ✓", "green") if ok else (" ✗", "red"))

    # ------------------------------------------------------------------ background work

    @work(thread=True, exclusive=True, group="sources")
    def load_sources(self) -> None:
        """Read and analyse every registered source; posts SourcesLoaded."""
        from summarizer.sources.analyze import analyze_sources
        from summarizer.sources.load import load_source

        hdoc = self.state.hdoc
        sources: dict[str, LoadedSource] = {}
        errors: dict[str, str] = {}
        for ref in list(hdoc.handout.sources):
            try:  # resolving applies the library rule (summarizer.paths): may refuse
                path = hdoc.resolve_source_path(ref)
                if path is None:
                    errors[ref.id] = "No file for this source (only its citation is kept)."
                    continue
                sources[ref.id] = load_source(path)
            except UserError as exc:
                errors[ref.id] = str(exc)
        analyses = analyze_sources(sources, region=hdoc.handout.meta.region)
        self.post_message(SourcesLoaded(sources, analyses, errors))
        warm_up_reading(hdoc.handout.meta.source_locale)

    def on_sources_loaded(self, message: SourcesLoaded) -> None:
        self.state.sources = message.sources
        self.state.analyses = message.analyses
        self.state.source_errors = message.errors
        self._sources_ready = True
        self.pane("sources").refresh_view()
        self.pane("safety").refresh_view()
        self.update_safety_tab()

    def start_checks(self) -> None:
        self.findings = None
        self.pane("export").show_findings()
        self.run_checks(self.snapshot(), self.state.revision)

    def snapshot(self) -> HandoutDocument:
        """An independent copy for a worker thread, so edits never race with it."""
        from summarizer.handout_file import loads_handout

        hdoc = self.state.hdoc
        return loads_handout(hdoc.dumps(), hdoc.path)

    @work(thread=True, exclusive=True, group="checks")
    def run_checks(self, hdoc: HandoutDocument, revision: int) -> None:
        try:
            from summarizer.checks import check_handout
        except ImportError:
            self.post_message(ChecksDone(None, revision))
            return
        self.post_message(ChecksDone(check_handout(hdoc), revision))

    def on_checks_done(self, message: ChecksDone) -> None:
        if message.findings is None:
            self.checks_available = False
        elif message.revision == self.state.revision:
            self.findings = message.findings
        elif self.query_one(TabbedContent).active == "export":
            self.start_checks()  # edited while checking: those findings are stale
            return
        self.pane("export").show_findings()

    def start_export(self, locales: list[str]) -> None:
        if not locales:
            self.notify("Choose at least one language to export.", severity="warning")
            return
        pane = self.pane("export")
        pane.show_progress(0, len(locales))
        pane.show_result([plain("Exporting " + ", ".join(locales) + "…", "italic")])
        out_dir = self.state.hdoc.base_dir / "out"
        self.run_export(self.snapshot(), locales, out_dir)

    @work(thread=True, exclusive=True, group="export")
    def run_export(self, hdoc: HandoutDocument, locales: list[str], out_dir: Path) -> None:
        """Render PDFs off the UI thread; WeasyPrint is imported here, not at start."""
        total = len(locales)
        done = 0

        def progress(locale: str, path: Path | None) -> None:
            nonlocal done
            done = min(done + 1, total)
            self.post_message(ExportProgress(done, total, locale))

        try:
            from summarizer.export import export_handout

            result = export_handout(hdoc, locales, out_dir, jobs=1, progress=progress)
        except UserError as exc:
            self.post_message(ExportDone({}, {}, str(exc)))
            return
        self.post_message(ExportDone({loc: [Path(p)] for loc, p in result.written.items()},
                                     dict(result.refused)))

    def on_export_progress(self, message: ExportProgress) -> None:
        self.pane("export").show_progress(message.done, message.total)

    def on_export_done(self, message: ExportDone) -> None:
        from summarizer.tui.screens.export import finding_text

        pane = self.pane("export")
        lines: list[Text] = []
        if message.error:
            lines.append(plain(f"Export failed: {message.error}", "bold red"))
        self.export_paths = message.written
        for loc, paths in message.written.items():
            for p in paths:
                lines.append(Text.assemble(("✓ ", "bold green"), (f"{loc}: ", "bold"), str(p)))
        for loc, findings in message.refused.items():
            lines.append(plain(f"✗ {loc} not exported:", "bold red"))
            lines += [finding_text(f) for f in findings]
        total = max(len(message.written) + len(message.refused), 1)
        pane.show_progress(total, total)
        pane.show_result(lines)

    # ------------------------------------------------------------------ edits (app owns state)

    def mark_changed(self) -> None:
        """Every edit lands here: unsaved marker, stale findings, debounced autosave."""
        self.state.touch()
        self.findings = None
        self.update_subtitle()
        if self._autosave_timer is not None:
            self._autosave_timer.stop()
        self._autosave_timer = self.set_timer(self.AUTOSAVE_DELAY, self.autosave)

    def autosave(self) -> None:
        state = self.state
        if not state.dirty or state.autosaved_revision == state.revision:
            return
        try:
            st.write_recovery(state.hdoc)
        except OSError as exc:
            self.notify(f"Could not write the recovery file: {exc}", severity="error",
                        markup=False)
            return
        state.autosaved_revision = state.revision

    def add_claim(self, source_id: str, sentence: Sentence, section: str) -> None:
        analysis = self.state.analyses.get(source_id)
        candidate = st.candidate_claim_for(analysis, sentence) if analysis else None
        claim = st.add_claim(self.state.handout, source_id, sentence, section, candidate,
                             source=analysis.source if analysis else None)
        self.mark_changed()
        self.pane("handout").refresh_view(select=claim.id)
        self.pane("sources").show_source()
        self.pane("translations").refresh_view()
        self.notify(f"Added to “{st.SECTION_TITLES[section]}”. Rewrite it in tab 2.",
                    markup=False)

    def add_disclaimer(self, source_id: str, sentence: Sentence, kind: str) -> None:
        analysis = self.state.analyses.get(source_id)
        candidate = st.candidate_disclaimer_for(analysis, sentence) if analysis else None
        st.attach_disclaimer(self.state.handout, source_id, sentence, kind, candidate,
                             source=analysis.source if analysis else None)
        self.mark_changed()
        self.pane("safety").refresh_view()
        self.pane("sources").show_source()
        self.pane("translations").refresh_view()
        self.update_safety_tab()
        self.notify(f"Attached as “{st.KIND_TITLES[kind]}”.", markup=False)

    def move_claim(self, claim_id: str, delta: int) -> None:
        if st.move_claim(self.state.handout, claim_id, delta):
            self.mark_changed()
            self.pane("handout").refresh_view(select=claim_id)

    def action_remove_claim(self) -> None:
        claim = self.pane("handout").current_claim()
        if claim is not None and st.remove_item(self.state.handout, claim.id):
            self.mark_changed()
            self.pane("handout").refresh_view()
            self.pane("sources").show_source()

    def action_remove_notice(self) -> None:
        notice = self.pane("safety").current_notice()
        if notice is not None and st.remove_item(self.state.handout, notice.id):
            self.mark_changed()
            self.pane("safety").refresh_view()
            self.pane("sources").show_source()
            self.update_safety_tab()

    def action_change_section(self) -> None:
        claim = self.pane("handout").current_claim()
        if claim is None:
            return
        claim_id = claim.id

        def done(section: str | None) -> None:
            if section:
                st.set_section(self.state.handout, claim_id, section)
                self.mark_changed()
                self.pane("handout").refresh_view(select=claim_id)

        from summarizer.tui.screens.modals import ChoiceScreen  # not at start
        self.push_screen(ChoiceScreen("Move the claim to which section?",
                                      list(st.SECTION_TITLES.items()), initial=claim.section,
                                      dialog_id="pick-section"), done)

    def translations_changed(self) -> None:
        self.findings = None
        self.pane("handout").update_reading()

    # ------------------------------------------------------------------ tabs, help

    def action_show_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab

    FOCUS_FIRST: ClassVar[dict[str, str]] = {
        "sources": "#source-list", "handout": "#claim-list", "safety": "#notice-list",
        "translations": "#string-list", "export": "#export-locales",
    }

    def focus_tab(self, tab: str) -> None:
        """Put the keyboard where the tab's keys act, so its footer keys show and work."""
        found = self.query(self.FOCUS_FIRST[tab])
        if found:
            found.first().focus()

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        pane_id = event.pane.id or "sources"
        self.focus_tab(pane_id)
        if pane_id == "export" and self.findings is None:
            self.start_checks()
        elif pane_id == "translations":
            self.pane("translations").refresh_view()
        elif pane_id == "handout":
            self.pane("handout").update_reading()

    def action_help(self) -> None:
        from summarizer.tui.screens.modals import HelpScreen  # not at start
        self.push_screen(HelpScreen())

    # ------------------------------------------------------------------ saving

    def action_save(self) -> None:
        self.save()

    def save(self, *, force: bool = False, path: str | None = None,
             then: Callable[[], None] | None = None) -> bool:
        """Save atomically; never over a file someone else changed unless told to."""
        hdoc = self.state.hdoc
        old_path = hdoc.path
        if path is None and not force and hdoc.changed_on_disk():
            self.ask_changed_on_disk(then)
            return False
        try:
            hdoc.save(path, force=force)
        except HandoutChangedError:
            self.ask_changed_on_disk(then)
            return False
        except (UserError, OSError) as exc:
            self.notify(f"Not saved: {exc}", severity="error", markup=False)
            return False
        st.discard_recovery(old_path)
        self.state.mark_saved()
        self._disk_warned = False
        self.update_subtitle()
        self.notify(f"Saved {hdoc.path.name}.", markup=False)
        if then is not None:
            then()
        return True

    def action_save_as(self, then: Callable[[], None] | None = None) -> None:
        def done(value: str | None) -> None:
            if value:
                target = Path(value).expanduser()
                if not target.is_absolute():
                    target = self.state.hdoc.base_dir / target
                self.save(path=str(target), then=then)

        from summarizer.tui.screens.modals import PathScreen  # not at start
        self.push_screen(PathScreen("Save the handout as:",
                                    str(self.state.hdoc.path.with_name("handout-copy.toml"))),
                         done)

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
            [("reload", "Reload their version (drop my changes)"),
             ("overwrite", "Overwrite it with my version"),
             ("save-as", "Save my version under another name…"),
             ("cancel", "Cancel (nothing is written)")],
            message=f"{self.state.hdoc.path} changed on disk since you opened it. "
                    "Nothing has been written yet.",
            initial="save-as", dialog_id="changed-on-disk"), done)

    def action_reload(self) -> None:
        self.reload()

    def reload(self) -> None:
        try:
            self.state.hdoc.reload()
        except UserError as exc:
            self.notify(f"Cannot reload: {exc}", severity="error", markup=False)
            return
        self.state.revision = 0
        self.state.mark_saved()
        st.discard_recovery(self.state.hdoc.path)
        self._disk_warned = False
        self.title = self.state.handout.meta.title
        self.update_subtitle()
        self.refresh_all()
        if self._load_sources:
            self.load_sources()
        self.notify("Reloaded from disk.")

    def check_disk(self) -> None:
        if not self._disk_warned and self.state.hdoc.changed_on_disk():
            self._disk_warned = True
            self.notify("The handout file was changed outside the editor. ctrl+s will ask "
                        "before writing anything.", severity="warning", timeout=10)

    # ------------------------------------------------------------------ recovery, quitting

    def offer_recovery(self, text: str) -> None:
        def done(choice: str | None) -> None:
            if choice == "recover":
                try:
                    st.restore_recovery(self.state.hdoc, text)
                except UserError as exc:
                    self.notify(f"The recovery file cannot be read: {exc}", severity="error",
                                markup=False)
                    return
                self.state.touch()
                self.state.autosaved_revision = self.state.revision
                self.update_subtitle()
                self.refresh_all()
                self.notify("Unsaved work recovered. Press ctrl+s to keep it.")
            elif choice == "discard":
                st.discard_recovery(self.state.hdoc.path)

        from summarizer.tui.screens.modals import ChoiceScreen  # not at start
        self.push_screen(ChoiceScreen(
            "Unsaved work was found",
            [("recover", "Recover it (you can still decide not to save)"),
             ("discard", "Discard it and open the saved file"),
             ("later", "Decide later (keep the recovery file)")],
            message="The editor was closed without saving changes to "
                    f"{self.state.hdoc.path.name}. A copy was kept in "
                    f"{st.recovery_path(self.state.hdoc.path).name}.",
            dialog_id="recovery"), done)

    def on_unmount(self) -> None:
        """Closing with work not yet in the recovery file (an error, a hang-up): copy it now."""
        if not self._discarding and self.state.dirty:
            self.autosave()

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
                st.discard_recovery(self.state.hdoc.path)
                self.exit()

        from summarizer.tui.screens.modals import ChoiceScreen  # not at start
        self.push_screen(ChoiceScreen(
            "Save your changes before quitting?",
            [("save", "Save and quit"), ("discard", "Quit without saving"),
             ("cancel", "Keep editing")],
            initial="save", dialog_id="confirm-quit"), done)

    # ------------------------------------------------------------------ command palette

    def palette_commands(self) -> list[tuple[str, str, object]]:
        """Commands for the palette: always-available ones, then ones for the current tab."""
        cmds: list[tuple[str, str, object]] = [
            ("Save", "Write the handout file (ctrl+s)", self.action_save),
            ("Save as…", "Write the handout under another name", self.action_save_as),
            ("Reload from disk", "Drop unsaved changes and re-read the file", self.reload),
            ("Help", "Keys and how the editor works (f1)", self.action_help),
            ("Quit", "Leave the editor (asks if there are unsaved changes)", self.request_quit),
            ("Check the handout", "Run the export gate's checks", self.start_checks),
        ]
        cmds += [(f"Go to {label[2:]}", f"Show the {label[2:]} tab (key {label[0]})",
                  partial_tab(self, tab)) for tab, label in TABS]
        active = self.query_one(TabbedContent).active
        if active == "sources":
            pane = self.query_one(SourcesPane)
            cmds += [
                ("Add highlighted sentence as a claim", "key a", pane.action_add_claim),
                ("Attach highlighted sentence as a safety notice", "key d",
                 pane.action_add_disclaimer),
            ]
        elif active == "handout":
            hp = self.pane("handout")
            cmds += [
                ("Use the plain word", "Replace the first hard word (ctrl+l)",
                 hp.action_plain_word),
                ("Move claim up", "ctrl+up", lambda: hp.action_move(-1)),
                ("Move claim down", "ctrl+down", lambda: hp.action_move(1)),
                ("Change claim section", "s in the list", self.action_change_section),
                ("Remove claim", "delete in the list", self.action_remove_claim),
            ]
            for claim in self.state.handout.claims:
                cmds.append((f"Edit claim: {claim.text[:60]}", claim.id,
                             partial_claim(hp, claim.id)))
        elif active == "safety":
            cmds.append(("Remove notice", "delete in the list", self.action_remove_notice))
            for kind, found in st.safety_status(self.state):
                if not found:
                    cmds.append((f"Find a {st.KIND_TITLES[kind].lower()} notice in the sources",
                                 "Go to the first sentence tagged with it",
                                 partial_find(self, kind)))
        elif active == "export":
            pane_e = self.pane("export")
            cmds += [("Export PDFs", "Write the selected languages (e)", pane_e.action_export)]
        return cmds

    def find_notice(self, kind: str) -> None:
        """Jump to the first sentence the analysis tagged with this kind of notice."""
        for sid, analysis in self.state.analyses.items():
            for d in analysis.disclaimers:
                if d.kind == kind:
                    self.action_show_tab("sources")
                    self.pane("sources").select_sentence(sid, d.span.start)
                    return
        self.notify("No sentence of that kind was found in the sources.", severity="warning")


def warm_up_reading(lang: str) -> None:
    """Load the readability word lists off the UI thread (a throwaway analysis, not the
    shared Analyzer), so the first visit to the Handout tab does not pause."""
    try:
        from summarizer.readability import analyze_text

        analyze_text("Warm up the word lists.", lang)
    except Exception:  # best effort: the Handout tab reports real problems
        return


def partial_tab(app: EditorApp, tab: str) -> Callable[[], None]:
    return lambda: app.action_show_tab(tab)


def partial_claim(pane: HandoutPane, claim_id: str) -> Callable[[], None]:
    def go() -> None:
        pane.app.query_one(TabbedContent).active = "handout"
        pane.refresh_view(select=claim_id)

    return go


def partial_find(app: EditorApp, kind: str) -> Callable[[], None]:
    return lambda: app.find_notice(kind)


def run(path: str | os.PathLike[str]) -> None:
    EditorApp(path).run()
