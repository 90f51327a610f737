"""Export tab: what the gate says, which languages to write, and where the PDFs went.

The gate's findings (the app re-checks after every change) are a list: enter on one
shows its claim, notice or string. Export runs in a worker thread of this pane
(WeasyPrint is imported only there); its results scroll below.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Button, ProgressBar, SelectionList, Static

from summarizer.errors import UserError
from summarizer.tui.messages import HandoutChanged, SaveRequested
from summarizer.tui.screens.base import Pane
from summarizer.tui.screens.findings import FindingList, finding_text
from summarizer.tui.widgets.lists import StoppingSelectionList
from summarizer.tui.widgets.text import join, plain


class ExportProgress(Message):
    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done, self.total = done, total


class ExportDone(Message):
    def __init__(self, written: dict[str, list[Path]], refused: dict[str, list[Any]],
                 error: str = "") -> None:
        super().__init__()
        self.written, self.refused, self.error = written, refused, error


class ExportPane(Pane):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("e", "export", "Export", id="export", tooltip="Export PDFs"),
    ]
    export_paths: dict[str, list[Path]]
    _not_chosen: tuple[str, ...] = ()  # the handout's languages left unticked at export

    def compose(self) -> ComposeResult:
        yield Static("", id="findings-head", markup=False)
        yield FindingList(id="findings")
        with Horizontal(id="export-bar"):
            yield StoppingSelectionList(id="export-locales")
            with Vertical(id="export-actions"):
                yield Button("Export PDFs (e)", id="export-button", variant="primary")
                yield ProgressBar(id="export-progress", show_eta=False)
        with VerticalScroll(id="export-result-scroll"):
            yield Static("", id="export-result", markup=False)

    def on_mount(self) -> None:
        self.export_paths = {}
        self.redraw(None)

    def redraw(self, change: HandoutChanged | None) -> None:
        if change is None or change.how in ("reload", "do", "undo", "redo"):
            self.draw_locales()
        self.show_findings()

    def draw_locales(self) -> None:
        meta = self.state.handout.meta
        locales = self.query_one("#export-locales", SelectionList)
        listed = [str(locales.get_option_at_index(i).value)
                  for i in range(locales.option_count)]
        if listed == list(meta.locales):
            return
        # what the nurse unticked stays unticked; a language just added to the handout
        # is ticked, as every language is when the editor opens
        unticked = set(listed) - set(locales.selected)
        locales.clear_options()
        locales.add_options([(loc, loc, loc not in unticked) for loc in meta.locales])

    def selected_locales(self) -> list[str]:
        return list(self.query_one("#export-locales", SelectionList).selected)

    def show_findings(self) -> None:
        findings = self.state.findings
        head = self.query_one("#findings-head", Static)
        if findings:
            errors = sum(1 for f in findings if f.severity == "error")
            head.update(plain(f"{errors} error(s) block export; {len(findings) - errors} "
                              "warning(s). Enter on one shows it.", "bold"))
        else:
            head.update(plain("What the export check says:", "bold"))
        self.query_one("#findings", FindingList).show_findings(
            findings, available=self.state.checks_available,
            empty="✓ No problems found: every language can be exported.")

    def show_progress(self, done: int, total: int) -> None:
        bar = self.query_one("#export-progress", ProgressBar)
        bar.display = True  # hidden until an export starts: an idle bar only animates
        bar.update(total=max(total, 1), progress=done)

    def show_result(self, lines: list[Text]) -> None:
        self.query_one("#export-result", Static).update(join(*lines, sep="\n"))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export-button":
            self.action_export()

    def action_export(self) -> None:
        locales = self.selected_locales()
        if not locales:
            self.notify("Choose at least one language to export.", severity="warning")
            return
        if self.state.dirty:
            self.ask_to_save(locales)
            return
        self.export_saved(locales)

    def ask_to_save(self, locales: list[str]) -> None:
        """Unsaved edits would not be in the PDFs (export reads the saved file): offer to
        save first, and say plainly what the other answer exports."""
        from summarizer.tui.screens.modals import ChoiceScreen

        def done(choice: str | None) -> None:
            if choice == "save":
                self.post_message(SaveRequested(then=lambda: self.export_saved(locales)))
            elif choice == "saved":
                self.export_saved(locales)

        self.app.push_screen(ChoiceScreen(
            "Save your changes before exporting?",
            [("save", "Save, then export"),
             ("saved", "Export the saved file (without my unsaved changes)"),
             ("cancel", "Cancel")],
            message="Export prints the handout as saved on disk.", initial="save",
            dialog_id="export-unsaved"), done)

    def export_saved(self, locales: list[str]) -> None:
        """Export the handout as saved on disk (the PDFs never show half-made edits)."""
        from summarizer.handout_file import load_handout

        try:
            hdoc = load_handout(self.state.hdoc.path)
        except UserError as exc:
            self.show_result([plain(f"Export failed: {exc}", "bold red")])
            return
        self.show_progress(0, len(locales))
        self._not_chosen = tuple(loc for loc in hdoc.handout.meta.locales if loc not in locales)
        self.show_result([plain("Exporting " + ", ".join(locales) + "…", "italic"),
                          *self._not_chosen_lines()])
        self.run_export(hdoc, locales, hdoc.base_dir / "out")

    @work(thread=True, exclusive=True, group="export")
    def run_export(self, hdoc: Any, locales: list[str], out_dir: Path) -> None:
        """Render PDFs off the UI thread; WeasyPrint is imported here, not at start."""
        total = len(locales)
        done = 0

        def progress(locale: str, path: Path | None) -> None:
            nonlocal done
            done = min(done + 1, total)
            self.post_message(ExportProgress(done, total))

        try:
            from summarizer.export import export_handout

            result = export_handout(hdoc, locales, out_dir, jobs=1, progress=progress)
        except UserError as exc:
            self.post_message(ExportDone({}, {}, str(exc)))
            return
        self.post_message(ExportDone({loc: [Path(p)] for loc, p in result.written.items()},
                                     dict(result.refused)))

    def on_export_progress(self, message: ExportProgress) -> None:
        self.show_progress(message.done, message.total)

    def on_export_done(self, message: ExportDone) -> None:
        lines: list[Text] = []
        if message.error:
            lines.append(plain(f"Export failed: {message.error}", "bold red"))
        self.export_paths = message.written
        for loc, paths in message.written.items():
            for p in paths:
                lines.append(join(plain("✓", "bold green"), plain(f"{loc}:", "bold"),
                                  plain(str(p))))
        for loc, findings in message.refused.items():
            lines.append(plain(f"✗ {loc} not exported:", "bold red"))
            lines += [finding_text(f) for f in findings]
        lines += self._not_chosen_lines()
        total = max(len(message.written) + len(message.refused), 1)
        self.show_progress(total, total)
        self.show_result(lines)

    def _not_chosen_lines(self) -> list[Text]:
        """The handout's languages left unticked: said, not only shown by a colour."""
        if not self._not_chosen:
            return []
        return [plain(f"– {', '.join(self._not_chosen)}: not chosen, not exported (tick it in the "
                      "list above to export it)", "italic")]
