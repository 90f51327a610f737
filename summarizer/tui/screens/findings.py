"""The gate's findings as a list you can act on: enter on one shows its claim, notice
or string. Used by the Safety and Export tabs."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from summarizer.tui.messages import JumpRequested
from summarizer.tui.widgets.lists import StoppingList
from summarizer.tui.widgets.text import join, plain, tag


def finding_text(f: Any) -> Text:
    where = " ".join(p for p in (getattr(f, "locale", ""), getattr(f, "item", "")) if p)
    style = "bold red" if f.severity == "error" else "bold yellow"
    return join(tag(f.severity, style), plain(f.code),
                plain(f"({where})" if where else ""), plain(f.message))


class FindingList(StoppingList):
    """Findings, one per line (wrapped); selecting one asks the app to show its target."""

    def show_findings(self, findings: list[Any] | None, *, available: bool = True,
                      empty: str = "✓ No problems found.") -> None:
        keep = self.highlighted
        self.clear_options()
        self._findings = list(findings or [])
        if not available:
            self.add_option(Option(plain("The export checks are not available here.",
                                         "bold red"), disabled=True))
        elif findings is None:
            self.add_option(Option(plain("Checking the handout…", "italic"), disabled=True))
        elif not findings:
            self.add_option(Option(plain(empty, "bold green"), disabled=True))
        else:
            self.add_options([Option(finding_text(f), id=f"f{i}")
                              for i, f in enumerate(findings)])
            self.highlighted = min(keep or 0, len(findings) - 1)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        findings = getattr(self, "_findings", [])
        if event.option.id and event.option_index < len(findings):
            f = findings[event.option_index]
            self.post_message(JumpRequested("finding", getattr(f, "item", ""),
                                            getattr(f, "locale", ""), code=f.code))
