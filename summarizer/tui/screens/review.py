"""Review tab: what `summarizer review` puts on the committee's sheet, live in the editor.

One row per printed sentence, in print order (summarizer.review.rows, the function the
sheet is built from): the sentence as the PDF prints it beside the quote and source it
rests on, its evidence level (derived from the source, and the one chosen, with the
reason for an override), and every finding of the gate on it. Enter on a row opens that
claim or notice with its text box focused. Everything shown is untrusted text: plain
`Text`, never markup.
"""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import OptionList, Static, TabbedContent
from textual.widgets.option_list import Option

from summarizer.tui.messages import HandoutChanged, JumpRequested
from summarizer.tui.screens.base import Pane
from summarizer.tui.screens.findings import finding_text
from summarizer.tui.widgets.lists import StoppingList
from summarizer.tui.widgets.text import EVIDENCE_LABELS, join, plain, tag


def evidence_line(row: Any) -> Text:
    """'Evidence: derived X · chosen Y (override: reason)'; notices have none."""
    if not row.chosen:
        return Text()
    chosen = EVIDENCE_LABELS.get(row.chosen, row.chosen)
    if not row.derived:
        return join(plain("Evidence:", "bold"), plain(chosen),
                    plain("(not derived: source not loaded or quote moved)", "dim"))
    derived = EVIDENCE_LABELS.get(row.derived, row.derived)
    if row.derived == row.chosen:
        return join(plain("Evidence:", "bold"), plain(f"{chosen} (derived from the source)"))
    parts = [plain("Evidence:", "bold"), plain(f"derived {derived}"), plain("·"),
             plain(f"override {chosen}", "bold yellow")]
    parts.append(plain(f"reason: {row.reason}") if row.reason
                 else plain("no reason given", "bold red"))
    return join(*parts)


def row_renderable(row: Any, what: str) -> Group:
    """A row: the printed text beside its quote and source, then evidence and findings."""
    errors = sum(1 for f in row.findings if f.severity == "error")
    mark = (plain("✗", "bold red") if errors else
            plain("!", "bold yellow") if row.findings else plain("✓", "bold green"))
    head = join(mark, tag(what, "bold cyan"), plain(row.item, "dim"))
    sides = Table.grid(expand=True, padding=(0, 1))
    sides.add_column(ratio=1)
    sides.add_column(ratio=1)
    printed = [join(plain("Printed:", "bold"), plain(row.text or "(no text)"))]
    printed += [join(plain(f"{locale}:", "bold"), plain(text) if text
                     else plain("(not translated)", "bold red"))
                for locale, text in row.translations]
    for c in getattr(row, "contacts", ()):  # as the PDF prints it under the notices
        printed.append(join(plain("Contact:", "bold"), plain(f"{c.number} · {c.how}"),
                            plain(f"· {c.label}") if c.label else plain("")))
        printed += [join(plain(f"  {locale}:", "bold"), plain(name) if name
                         else plain("(not translated)", "bold red"))
                    for locale, name in c.translations]
    sides.add_row(join(*printed, sep="\n"),
                  join(plain("Quote:", "bold"), plain(f"“{row.quote}”", "italic"),
                       plain(f"— {row.source}", "dim")))
    lines: list[Any] = [head, sides]
    evidence = evidence_line(row)
    if evidence:
        lines.append(evidence)
    lines += [finding_text(f) for f in row.findings]
    return Group(*lines)


class ReviewPane(Pane):
    """Rows from summarizer.review.rows; redrawn when shown and after every change."""

    _stale = True
    _derived_key: tuple[Any, ...] | None = None
    _derived: dict[str, str]

    def compose(self) -> ComposeResult:
        yield Static("", id="review-head", markup=False)
        yield StoppingList(id="review-list")

    def is_on_active_tab(self) -> bool:
        tabs = self.app.query(TabbedContent)
        return not tabs or tabs.first().active == "review"

    def redraw(self, change: HandoutChanged | None) -> None:
        self._stale = True
        if self.is_on_active_tab():
            self.draw()

    def tab_shown(self) -> None:
        if self._stale:
            self.draw()

    def derived(self) -> dict[str, str]:
        """Derived levels from the sources the editor loaded (recomputed only when a
        claim's quote, span or source changes, or the sources are re-read)."""
        from summarizer.review import derived_from_texts

        handout = self.state.handout
        key = (id(self.state.sources), tuple((c.id, c.source, c.span.start, c.span.end,
                                              c.quote) for c in handout.claims))
        if key != self._derived_key:
            texts = {sid: src.text for sid, src in self.state.sources.items()}
            self._derived = derived_from_texts(handout, texts)
            self._derived_key = key
        return self._derived

    def translations(self) -> dict[str, dict[str, str]]:
        """locale -> (msgid -> the translation that would print), unsaved ones included
        (as the sheet lists each language under the source text)."""
        from summarizer.catalog_draft import usable
        from summarizer.errors import UserError

        meta = self.state.handout.meta
        out: dict[str, dict[str, str]] = {}
        for locale in meta.locales:
            if locale == meta.source_locale:
                continue
            try:
                out[locale] = usable(self.state.hdoc, locale,
                                     self.state.translations.get(locale, {}))
            except UserError:
                out[locale] = {}
        return out

    def draw(self) -> None:
        from summarizer.review import phrase_in, rows

        self._stale = False
        state = self.state
        handout = state.handout
        listing = self.query_one("#review-list", OptionList)
        keep = self.current_item()
        found = state.findings
        table = rows(state.hdoc, found or [], self.derived(), self.translations(),
                     phrase_in(state.hdoc))
        kinds = {c.id: "claim" for c in handout.claims} | \
                {d.id: "notice" for d in handout.disclaimers}
        named = {r.item for r in table}
        general = [f for f in found or [] if f.item not in named]
        listing.clear_options()
        options = [Option(row_renderable(r, f"{kinds.get(r.item, '')} · {r.kind}"),
                          id=f"{kinds.get(r.item, 'claim')}:{r.item}")
                   for r in table]
        if not options:
            options.append(Option(plain("Nothing to review yet: add claims and notices.",
                                        "italic"), disabled=True))
        if general:
            options.append(Option(plain("About the whole handout", "bold underline"),
                                  disabled=True))
            options += [Option(finding_text(f), disabled=True) for f in general]
        listing.add_options(options)
        ids = [o.id for o in options]
        if keep is not None and keep in ids:  # the disabled heading rows' ids are None
            listing.highlighted = ids.index(keep)
        elif table:
            listing.highlighted = 0
        errors = sum(1 for f in found or [] if f.severity == "error")
        status = (plain("checking…", "italic") if found is None else
                  plain(f"{errors} error(s) block export", "bold red") if errors else
                  plain("nothing blocks export", "bold green"))
        self.query_one("#review-head", Static).update(join(
            plain(f"{len(table)} items in print order", "bold"), plain("·"), status,
            plain("· enter: edit")))

    def current_item(self) -> str | None:
        listing = self.query_one("#review-list", OptionList)
        if listing.highlighted is None or listing.option_count == 0:
            return None
        return listing.get_option_at_index(listing.highlighted).id

    def show(self, target: str, extra: str = "", start: int = -1) -> bool:
        self.draw()
        listing = self.query_one("#review-list", OptionList)
        for i in range(listing.option_count):
            option_id = listing.get_option_at_index(i).id or ""
            if option_id.split(":", 1)[-1] == target:
                listing.highlighted = i
                listing.focus()
                return True
        return False

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        kind, _, item = (event.option.id or "").partition(":")
        if item:
            self.post_message(JumpRequested(kind, item, "edit"))

