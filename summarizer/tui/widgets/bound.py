"""A TextArea bound to one item of the handout (a claim, a notice, a string).

It reports each edit as a `Typed` message carrying the id it was bound to *when the
key was pressed* and the text right after it. Loading another item's text re-binds it
without reporting anything, so moving the highlight can never carry one claim's text
into another. Undo and redo keys go to the app's history (one history for everything).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.widgets import TextArea
from textual.widgets.text_area import Edit, EditResult

from summarizer.schema import without_controls
from summarizer.tui.bindings import UNDO
from summarizer.tui.messages import Typed

# The footer's words for escape in a text box (the panes' "back" bindings): a nurse sent
# into a claim's box typed the tab key 3 there, with nothing saying how to leave it.
LEAVE_TIP = "Leave the text box: back to the list, where 1-6 change tabs"


class BoundTextArea(TextArea):
    # The same keys and ids as the app's, shown in the footer, so the one history
    # (not the box's own) answers ctrl+z wherever the keyboard is.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+z", "undo", "Undo", id="undo", group=UNDO),
        Binding("ctrl+y,ctrl+shift+z", "redo", "Redo", id="redo", group=UNDO),
        # Select the whole text to type over it (Textual's own key for it, f7, is hard
        # to find); home still goes to the line's start.
        Binding("ctrl+a", "select_all", "Select", id="select-all",
                tooltip="Select all the text, to type over it"),
        # f2 still opens the handout's details here, off the footer: at 80 columns the
        # footer has no room for it beside escape's "Done" (which says how to get out)
        Binding("f2", "app.details", "Info", id="details", show=False),
    ]
    bound: str = ""
    # Bindings of the panes around the box whose action re-binds it to the next item
    # (ctrl+n, ctrl+o on the Translations tab). A pane's binding runs only when its key
    # has bubbled up to the app, while the box goes on taking the keys typed after it:
    # the next string's first words were kept for the previous one. Run here, in order.
    # Escape (back to the list) too: a tab key typed right after it was typed here.
    IN_ORDER: ClassVar[frozenset[str]] = frozenset({"translation-next", "translation-keep",
                                                    "translation-back", "claim-back",
                                                    "notice-back"})

    # The item (id, text) the box should show now, from its pane's list highlight; set
    # by panes whose list decides what the box shows (see _on_key).
    follow: Callable[[], tuple[str, str]] | None = None

    async def _on_key(self, event: events.Key) -> None:
        focused = self.screen.focused
        if focused is not None and focused is not self:
            # queued here before escape moved the keyboard on: not typed here, but sent
            # where the keyboard is now (a tab key then shows its tab)
            event.stop()
            event.prevent_default()
            active = self.screen.active_bindings.get(event.key)
            if self.follow is not None and not event.is_printable and active is not None \
                    and active.enabled:
                # A burst (escape, down, tab, ctrl+a, words: a lone escape is held until
                # the next key on a busy machine or a slow link) is queued here whole.
                # Posted on to the list, the keys behind tab were handled by the list
                # after tab had given the keyboard back to the box: ctrl+a and the words
                # were lost. Run the list's key here, in order, and show the item it
                # highlights at once, so the words go into that item.
                await self.app.run_action(active.binding.action, active.node)
                self.bind_to(*self.follow(), reload=False)
                return
            focused.post_message(events.Key(event.key, event.character))
            return
        if event.key.startswith("alt+"):
            # alt+2 from the terminal is escape then "2", read as the key alt+2 carrying
            # the character "2": TextArea typed it. A bound alt key (the tab keys) runs
            # its action; an unbound one is dropped, never typed as its bare character.
            event.stop()
            event.prevent_default()
            active = self.screen.active_bindings.get(event.key)
            if active is not None and active.enabled:
                await self.app.run_action(active.binding.action, active.node)
            return
        if not event.is_printable:
            active = self.screen.active_bindings.get(event.key)
            # the box's own keys too (ctrl+a before the words typed over the text)
            if active is not None and active.enabled \
                    and (active.binding.id in self.IN_ORDER or active.node is self):
                event.stop()
                event.prevent_default()
                await self.app.run_action(active.binding.action, active.node)
                return
        await super()._on_key(event)

    def bind_to(self, item_id: str, text: str, *, reload: bool = True) -> None:
        """Show `text` for `item_id` (no Typed message: nothing was typed). With
        `reload=False`, a box already bound to `item_id` keeps what it shows: keys typed
        there may still be on their way to the model as messages."""
        if item_id and item_id == self.bound and not reload:
            return
        self.bound = item_id
        if self.text != text:
            self.load_text(text)
        self.disabled = not item_id

    def edit(self, edit: Edit) -> EditResult:
        clean = without_controls(edit.text)  # a paste from a web page or a terminal
        if clean != edit.text:
            edit = Edit(clean, edit.from_location, edit.to_location,
                        edit.maintain_selection_offset)
        start, end = sorted((edit.from_location, edit.to_location))
        whole = bool(self.text) and start == (0, 0) and end == self.document.end
        result = super().edit(edit)
        if self.bound:
            self.post_message(Typed(self.id or "", self.bound, self.text, whole))
        return result

    async def action_undo(self) -> None:
        await self.app.run_action("app.undo")

    async def action_redo(self) -> None:
        await self.app.run_action("app.redo")
