"""Export tab: what the gate says, which languages to write, and where the PDFs went.

Checks and export run in worker threads (WeasyPrint is imported only there), and post
messages back; this pane only draws what the app hands it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, ProgressBar, SelectionList, Static

from summarizer.tui.widgets.text import join, plain, tag

if TYPE_CHECKING:
    from summarizer.tui.app import EditorApp


def finding_text(f: Any) -> Text:
    where = " ".join(p for p in (getattr(f, "locale", ""), getattr(f, "item", "")) if p)
    style = "bold red" if f.severity == "error" else "bold yellow"
    return join(tag(f.severity, style), plain(f.code, "dim"),
                plain(f"({where})" if where else "", "dim"), plain(f.message))


class ExportPane(Vertical):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("e", "export", "Export PDFs", id="export"),
        Binding("r", "recheck", "Re-check", id="recheck"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="findings-scroll"):
            yield Static("", id="findings", markup=False)
        with Horizontal(id="export-bar"):
            yield SelectionList[str](id="export-locales")
            with Vertical(id="export-actions"):
                yield Button("Export PDFs (e)", id="export-button", variant="primary")
                yield ProgressBar(id="export-progress", show_eta=False)
        yield Static("", id="export-result", markup=False)

    @property
    def editor(self) -> EditorApp:
        return cast("EditorApp", self.app)

    def on_mount(self) -> None:
        self.refresh_view()  # mounted lazily, after the app's first paint

    def refresh_view(self) -> None:
        meta = self.editor.state.handout.meta
        locales = self.query_one("#export-locales", SelectionList)
        chosen = set(locales.selected) if locales.option_count else set(meta.locales)
        locales.clear_options()
        locales.add_options([(loc, loc, loc in chosen) for loc in meta.locales])
        self.show_findings()

    def selected_locales(self) -> list[str]:
        return list(self.query_one("#export-locales", SelectionList).selected)

    def show_findings(self) -> None:
        findings = self.editor.findings
        widget = self.query_one("#findings", Static)
        if not self.editor.checks_available:
            widget.update(plain("The export checks are not available in this installation.",
                                "bold red"))
            return
        if findings is None:
            widget.update(plain("Checking the handout…", "italic"))
            return
        if not findings:
            widget.update(plain("✓ No problems found: every language can be exported.",
                                "bold green"))
            return
        errors = sum(1 for f in findings if f.severity == "error")
        head = plain(f"{errors} error(s) block export; {len(findings) - errors} warning(s).",
                     "bold")
        widget.update(join(head, *[finding_text(f) for f in findings], sep="\n"))

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
        self.editor.start_export(self.selected_locales())

    def action_recheck(self) -> None:
        self.editor.start_checks()
