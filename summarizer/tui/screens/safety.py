"""Safety tab: the notices a handout cannot go out without, and the ones attached.

Required kinds (model.REQUIRED_DISCLAIMER_KINDS) are listed ticked or missing so the
editor sees at a glance what still blocks export, with each notice's contacts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static, TextArea
from textual.widgets.option_list import Option

from summarizer.model import Contact, Disclaimer
from summarizer.tui.state import KIND_TITLES, safety_rows
from summarizer.tui.widgets.text import join, plain, tag

if TYPE_CHECKING:
    from summarizer.tui.app import EditorApp


def contact_text(c: Contact) -> str:
    how = "/".join(c.channels)
    label = f"{c.label}: " if c.label else ""
    extra = f" ({c.extra})" if c.extra else ""
    return f"{label}{how} {c.display}{extra}"


class NoticeList(OptionList):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("delete,x", "remove", "Remove", id="remove-notice"),
    ]

    def action_remove(self) -> None:
        cast("EditorApp", self.app).action_remove_notice()


class SafetyPane(Vertical):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back to list", id="notice-back", show=False),
    ]
    _loading_text = False

    def compose(self) -> ComposeResult:
        yield Static("", id="safety-status", markup=False)
        yield NoticeList(id="notice-list")
        yield Static("", id="notice-detail", markup=False)
        yield TextArea("", id="notice-text", soft_wrap=True)

    @property
    def editor(self) -> EditorApp:
        return cast("EditorApp", self.app)

    def on_mount(self) -> None:
        self.refresh_view()  # mounted lazily, after the app's first paint

    def refresh_view(self) -> None:
        handout = self.editor.state.handout
        checked = safety_rows(self.editor.state)  # the gate's verdict, every language
        rows = [(kind, [] if errors else found) for kind, found, errors in checked]
        lines: list[Text] = [join(
            plain(f"Required notices for region {handout.meta.region}:", "bold"),
            plain("complete", "bold green") if all(found for _, found in rows)
            else plain("incomplete — export is blocked", "bold red"))]
        for (kind, found), (_, present, errors) in zip(rows, checked, strict=True):
            if present and errors:
                lines.append(join(plain("  ✗", "bold red"), plain(KIND_TITLES[kind]),
                                  plain(errors[0], "red")))
                continue
            if found:
                contacts = [contact_text(c) for d in found for c in d.contacts]
                lines.append(join(plain("  ✓", "bold green"), plain(KIND_TITLES[kind]),
                                  plain("; ".join(contacts), "cyan")))
            else:
                lines.append(join(plain("  ✗", "bold red"), plain(KIND_TITLES[kind]),
                                  plain("missing: in Sources, highlight one and press d",
                                        "dim")))
        self.query_one("#safety-status", Static).update(join(*lines, sep="\n"))
        notices = self.query_one("#notice-list", OptionList)
        keep = notices.highlighted
        notices.clear_options()
        for d in handout.disclaimers:
            notices.add_option(Option(self._prompt(d), id=d.id))
        if not handout.disclaimers:
            notices.add_option(Option(plain("No notices attached yet.", "italic"),
                                      disabled=True))
        else:
            notices.highlighted = min(keep or 0, len(handout.disclaimers) - 1)
        self.show_notice()

    def _prompt(self, d: Disclaimer) -> Text:
        return join(tag(KIND_TITLES.get(d.kind, d.kind), "bold cyan"), plain(d.text))

    def current_notice(self) -> Disclaimer | None:
        notices = self.query_one("#notice-list", OptionList)
        if notices.highlighted is None or notices.option_count == 0:
            return None
        nid = notices.get_option_at_index(notices.highlighted).id
        return next((d for d in self.editor.state.handout.disclaimers if d.id == nid), None)

    def show_notice(self) -> None:
        d = self.current_notice()
        detail = self.query_one("#notice-detail", Static)
        area = self.query_one("#notice-text", TextArea)
        self._loading_text = True
        if d is None:
            detail.update("")
            area.load_text("")
            area.disabled = True
        else:
            contacts = "; ".join(contact_text(c) for c in d.contacts) or "no phone or text line"
            detail.update(join(plain("Source says:", "bold"), plain(d.quote, "italic"),
                               plain("Contacts:", "bold"), plain(contacts, "cyan")))
            if area.text != d.text:
                area.load_text(d.text)
            area.disabled = False
        self._loading_text = False

    def action_back(self) -> None:
        self.query_one("#notice-list").focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if self.current_notice() is not None:
            self.query_one("#notice-text").focus()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.show_notice()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        d = self.current_notice()
        if self._loading_text or d is None or d.text == event.text_area.text:
            return
        d.text = event.text_area.text
        self.editor.mark_changed()
