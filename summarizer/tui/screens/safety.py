"""Safety tab: the notices a handout cannot go out without, and the ones attached.

Required kinds (model.REQUIRED_DISCLAIMER_KINDS) are listed ticked or missing, one line
each, above the gate's own findings about notices (the same checks as `summarizer check`,
each said once, there), so the tab never shows a tick while export is blocked.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from summarizer.contact_channels import as_printed
from summarizer.editing import DetachNotice, SetNoticeText
from summarizer.model import Contact, Disclaimer, Handout
from summarizer.tui.messages import HandoutChanged, Typed
from summarizer.tui.screens.base import Pane
from summarizer.tui.screens.findings import FindingList
from summarizer.tui.state import notice_titles, presence_rows, safety_rows
from summarizer.tui.widgets.bound import LEAVE_TIP, BoundTextArea
from summarizer.tui.widgets.lists import StoppingList
from summarizer.tui.widgets.text import join, plain, quoted_start, tag


def contact_text(c: Contact) -> str:
    how = "/".join(c.channels)
    label = f"{c.label}: " if c.label else ""
    extra = f" ({c.extra})" if c.extra else ""
    return f"{label}{how} {c.display}{extra}"


def safety_findings(findings: list[Any] | None, handout: Handout) -> list[Any] | None:
    """The gate's findings about notices: a required kind's rule, or naming a notice
    (the registry decides, summarizer.gate.kind_of), translations included."""
    if findings is None:
        return None
    from summarizer import gate

    ids = {d.id for d in handout.disclaimers}
    return [f for f in findings if gate.kinds_of(f, handout) or getattr(f, "item", "") in ids]


def blocked_languages(handout: Handout, findings: list[Any] | None) -> dict[str, list[str]]:
    """Required kind -> the languages its errors are about, for a kind every error of
    which is one language's (an untranslated notice): fine in the source language."""
    if not findings:
        return {}
    from summarizer import gate

    out: dict[str, list[str]] = {}
    for kind, _, errors in gate.safety_status(handout, findings):
        langs = [getattr(f, "locale", "") or "" for f in errors]
        if errors and all(loc and loc != "all" for loc in langs):
            out[kind] = sorted(set(langs))
    return out


class NoticeList(StoppingList):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("x,delete", "remove", "Del", id="remove-notice"),
    ]

    def action_remove(self) -> None:
        self.query_ancestor(SafetyPane).action_remove()

    def on_resize(self) -> None:
        """Keep the highlighted notice at the top whenever the list's room changes (the
        findings above it come and go): the same view every time, not the last scroll."""
        self.call_after_refresh(self.scroll_to_highlight, True)


class SafetyPane(Pane):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Done", id="notice-back", tooltip=LEAVE_TIP),
    ]

    def compose(self) -> ComposeResult:
        yield Static("", id="safety-status", markup=False)
        yield FindingList(id="safety-findings")
        yield NoticeList(id="notice-list")
        yield Static("", id="notice-detail", markup=False)
        box = BoundTextArea("", id="notice-text", soft_wrap=True)
        box.follow = self.highlighted_item
        yield box

    def on_resize(self) -> None:
        """The findings list keeps 5 lines (its border included) up to 80x24, where the
        notice list and its box need the rest, and a third of what a taller screen has
        beyond 10 lines: at 120x40, 5 lines showed 3 rows of 7 over a notice list with 15
        empty rows, and a quarter (9) cut the last of four findings once the missing-notice
        findings said where their fix is (session 20)."""
        findings = self.query_one("#safety-findings", FindingList)
        findings.styles.max_height = max(5, (self.app.size.height - 10) // 3)

    def highlighted_item(self) -> tuple[str, str]:
        """(id, text) of the highlighted notice: what the box shows (("", "") if none)."""
        d = self.current_notice()
        return (d.id, d.text) if d is not None else ("", "")

    def redraw(self, change: HandoutChanged | None) -> None:
        self.draw_status()
        if change is not None and change.how == "findings":
            return
        if change is not None and isinstance(change.command, SetNoticeText) \
                and change.command.typed and change.how == "do":
            self._refresh_label(change.command.notice_id)
            return
        select = None
        if change is not None and change.how in ("do", "undo", "redo"):
            select = change.subject
        self.draw_notices(select)

    def draw_status(self) -> None:
        handout = self.state.handout
        found = safety_findings(self.state.findings, handout)
        blocked = found is not None and any(f.severity == "error" for f in found)
        findings = self.state.findings
        rows = presence_rows(handout) if findings is None else safety_rows(handout, findings)
        missing = any(not items for _, items, _ in rows)
        verdict = (plain("incomplete — export is blocked", "bold red") if missing
                   else plain("export blocked: see below", "bold red") if blocked
                   else plain("checking…", "italic") if found is None
                   else plain("complete", "bold green"))
        lines: list[Text] = [join(
            plain(f"Required notices for region {handout.meta.region}:", "bold"), verdict)]
        titles = notice_titles(self.state.hdoc)  # as the PDF prints them
        # One line per required kind (app.tcss cuts a long one short): whether it is
        # there, never the gate's words about it. Those are the findings list's, once,
        # where enter goes to what each is about; repeated here they took 8 lines and
        # pushed the text box off an 80x24 screen.
        from summarizer.gate.required import NO_SOURCE_SAYS

        where = blocked_languages(handout, findings)
        for kind, items, errors in rows:
            contacts = plain("; ".join(contact_text(c) for d in items for c in as_printed(d)),
                             "cyan")
            if items and errors:  # present, but the gate blocks on it
                # only a translation blocks it: say which, or the nurse hunts the notice
                said = f"blocked in {', '.join(where[kind])}" if where.get(kind) \
                    else "blocked"
                lines.append(join(plain("  ✗", "bold red"), plain(titles[kind]),
                                  plain(f"{said}: see below", "red"), contacts))
            elif items:
                lines.append(join(plain("  ✓", "bold green"), plain(titles[kind]), contacts))
            elif any(NO_SOURCE_SAYS in e for e in errors):  # nothing there to press d on
                lines.append(join(plain("  ✗", "bold red"), plain(titles[kind]),
                                  plain("missing: no source says it; add a source that "
                                        "does (see below)")))
            else:
                lines.append(join(plain("  ✗", "bold red"), plain(titles[kind]),
                                  plain("missing: in Sources, highlight one and press d")))
        self.query_one("#safety-status", Static).update(join(*lines, sep="\n"))
        listing = self.query_one("#safety-findings", FindingList)
        listing.display = bool(found)
        listing.show_findings(found, available=self.state.checks_available)
        # The list above may have grown: keep the highlighted notice at the top of its
        # list, the same every time (not wherever the last scroll left it).
        notices = self.query_one("#notice-list", NoticeList)
        self.call_after_refresh(notices.scroll_to_highlight, True)

    def draw_notices(self, select: str | None = None) -> None:
        handout = self.state.handout
        notices = self.query_one("#notice-list", NoticeList)
        current = select or self.current_notice_id()
        notices.clear_options()
        if not handout.disclaimers:
            notices.add_option(Option(plain("No notices attached yet.", "italic"),
                                      disabled=True))
        else:
            notices.add_options([Option(self._prompt(d), id=d.id) for d in handout.disclaimers])
            ids = [d.id for d in handout.disclaimers]
            notices.highlighted = ids.index(current) if current in ids else 0
        self.show_notice()

    def _prompt(self, d: Disclaimer) -> Text:
        title = notice_titles(self.state.hdoc).get(d.kind, d.kind)  # as the PDF prints it
        return join(tag(title, "bold cyan"), plain(d.text))

    def _refresh_label(self, notice_id: str) -> None:
        notices = self.query_one("#notice-list", NoticeList)
        notice = next((d for d in self.state.handout.disclaimers if d.id == notice_id), None)
        for i in range(notices.option_count):
            if notices.get_option_at_index(i).id == notice_id and notice is not None:
                notices.replace_option_prompt_at_index(i, self._prompt(notice))
                return

    def current_notice_id(self) -> str | None:
        notices = self.query_one("#notice-list", NoticeList)
        if notices.highlighted is None or notices.option_count == 0:
            return None
        return notices.get_option_at_index(notices.highlighted).id

    def current_notice(self) -> Disclaimer | None:
        nid = self.current_notice_id()
        return next((d for d in self.state.handout.disclaimers if d.id == nid), None)

    def show_notice(self, *, reload: bool = True) -> None:
        """Show the highlighted notice; `reload=False`: a box already showing it keeps
        what it shows (words typed there may still be on their way to the model)."""
        d = self.current_notice()
        detail = self.query_one("#notice-detail", Static)
        area = self.query_one("#notice-text", BoundTextArea)
        if d is None:
            detail.update("")
            area.bind_to("", "")
            return
        contacts = "; ".join(contact_text(c) for c in as_printed(d)) or "no phone or text line"
        detail.update(join(plain("Source says:", "bold"), plain(d.quote, "italic"),
                           plain("Contacts:", "bold"), plain(contacts, "cyan")))
        area.bind_to(d.id, d.text, reload=reload)

    def show(self, target: str, extra: str = "", start: int = -1) -> bool:
        if not any(d.id == target for d in self.state.handout.disclaimers):
            return False
        self.draw_notices(select=target)
        self.query_one("#notice-text" if extra == "edit" else "#notice-list").focus()
        return True

    def action_back(self) -> None:
        # at once, not after the keys queued behind escape (widgets.bound.IN_ORDER)
        self.screen.set_focus(self.query_one("#notice-list"))

    def action_remove(self) -> None:
        notice = self.current_notice()
        if notice is not None:
            self.request(DetachNotice(notice.id))
            self.notify(f"Notice {quoted_start(notice.text or notice.quote)} removed (ctrl+z "
                        "brings it back).", markup=False)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "notice-list" and self.current_notice() is not None:
            self.query_one("#notice-text").focus()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "notice-list":
            self.show_notice(reload=False)

    def on_typed(self, message: Typed) -> None:
        message.stop()
        if message.box_id == "notice-text":
            self.request(SetNoticeText(message.bound, message.text, typed=True,
                                       fresh=message.whole))
