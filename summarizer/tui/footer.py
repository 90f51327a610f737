"""The editor's footer: every key of the focused part on one line, drawn by one widget.

Textual's Footer mounts a widget per key (and per group label) and removes and mounts
them all again whenever the screen's bindings are refreshed (every focus move, every
list that gains or loses an option). Mounting them styled and laid out a dozen widgets
between the editor's first screen and its sources being usable (~20 ms on the shared
2-core VM, benchmarks/startup.py). This footer is a single widget: it reads the active
bindings when it renders, so its keys are on the first screen, and a change of keys is a
repaint of one line, never a layout. It draws what Textual's compact Footer draws (the
same colours and spacing: a key and its label, a group's keys side by side then the
group's label), and keeps what the keys did: a click presses the key (a bell when the
binding is disabled), hovering shows the binding's tooltip and highlights the key.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import groupby
from typing import Any, ClassVar, NamedTuple

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget


class FooterSlot(NamedTuple):
    """One clickable key on the footer line: its cells [start, end), the key it
    presses, its action and binding id, whether it is enabled, its tooltip."""

    start: int
    end: int
    key: str
    action: str
    id: str | None
    enabled: bool
    tooltip: str


class SteadyFooter(Widget, can_focus=False):
    """The key bar: one line, built from the screen's active bindings on each render."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "footer-key--key",
        "footer-key--description",
        "footer-key--item",
        "footer-key--label",
        "footer-key--hover",
    }
    DEFAULT_CSS = """
    SteadyFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        text-wrap: nowrap;
        text-overflow: clip;
        .footer-key--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .footer-key--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        .footer-key--item { background: $footer-item-background; }
        .footer-key--label {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        .footer-key--hover {
            color: $footer-key-foreground;
            background: $block-hover-background;
        }
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._slots: list[FooterSlot] = []
        self._shown: tuple[Any, ...] | None = None  # the keys the last render drew
        self._hover: int | None = None  # index into _slots under the mouse

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen[Any]) -> None:
        """Repaint (one line, no layout) only when the keys drawn would change."""
        if self.is_attached and screen is self.screen and self.keys_shown() != self._shown:
            self.refresh()

    def keys_shown(self) -> tuple[Any, ...]:
        """Everything a render reads: the shown bindings (key, label, group, tooltip),
        whether each is enabled, and how each key is displayed."""
        app = self.app
        return tuple((binding, enabled, tooltip, app.get_key_display(binding))
                     for _, binding, enabled, tooltip in self.screen.active_bindings.values()
                     if binding.show)

    @property
    def slots(self) -> list[FooterSlot]:
        """The keys as last drawn, left to right (what a click or hover finds)."""
        return list(self._slots)

    def render(self) -> Text:
        shown = self.keys_shown()
        self._shown = shown
        key_style = self.get_component_rich_style("footer-key--key")
        description_style = self.get_component_rich_style("footer-key--description")
        label_style = self.get_component_rich_style("footer-key--label")
        item = self.get_component_rich_style("footer-key--item")
        hover = self.get_component_rich_style("footer-key--hover")
        dim = Style(dim=True)
        text = Text(no_wrap=True, overflow="crop", end="")
        slots: list[FooterSlot] = []

        def add_key(binding: Binding, display: str, description: str, enabled: bool,
                    tooltip: str) -> None:
            index = len(slots)
            base = item + hover if index == self._hover else item
            if not enabled:
                base += dim
            start = len(text)
            text.append(display, base + key_style)
            if description:
                text.append(" " + description, base + description_style)
            slots.append(FooterSlot(start, len(text), binding.key, binding.action,
                                    binding.id, enabled, tooltip))

        by_action: defaultdict[str, list[tuple[Binding, bool, str, str]]] = defaultdict(list)
        for binding, enabled, tooltip, display in shown:
            by_action[binding.action].append((binding, enabled, tooltip, display))
        for group, same_group in groupby(by_action.values(), lambda b: b[0][0].group):
            actions = list(same_group)
            if group is not None and len(actions) > 1:
                # the group's keys side by side, then its label (Footer's KeyGroup)
                for bindings in actions:
                    binding, enabled, tooltip, display = bindings[0]
                    add_key(binding, display, "", enabled, tooltip or binding.description)
                text.append(" ")
                text.append(group.description, label_style)
                text.append(" ")
            else:
                for bindings in actions:
                    binding, enabled, tooltip, display = bindings[0]
                    add_key(binding, display, binding.description, enabled, tooltip)
                    text.append(" ")
        self._slots = slots
        return text

    def slot_at(self, x: int) -> int | None:
        for index, slot in enumerate(self._slots):
            if slot.start <= x < slot.end:
                return index
        return None

    def on_mouse_down(self, event: events.MouseDown) -> None:
        index = self.slot_at(event.x)
        if index is None:
            return
        slot = self._slots[index]
        if slot.enabled:
            self.app.simulate_key(slot.key)
        else:
            self.app.bell()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._set_hover(self.slot_at(event.x))

    def on_leave(self, event: events.Leave) -> None:
        self._set_hover(None)

    def _set_hover(self, index: int | None) -> None:
        if index == self._hover:
            return
        self._hover = index
        self.tooltip = self._slots[index].tooltip or None if index is not None else None
        self.refresh()
