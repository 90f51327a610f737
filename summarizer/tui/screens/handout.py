"""Handout tab: the chosen claims by section, each rewritten in plain words.

The source's own sentence stays in view above the editor's text so a rewrite can be
checked against what the article really said; the reading panel below re-scores as
you type (debounced) with the incremental Analyzer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.timer import Timer
from textual.widgets import OptionList, Static, TabbedContent, TextArea
from textual.widgets.option_list import Option

from summarizer.model import SECTIONS, Claim
from summarizer.tui import reading
from summarizer.tui.state import SECTION_TITLES, handout_text
from summarizer.tui.widgets.text import EVIDENCE_LABELS, EVIDENCE_STYLES, join, plain, tag

if TYPE_CHECKING:
    from summarizer.tui.app import EditorApp

READING_DELAY = 0.15  # seconds after the last keystroke before re-scoring


class ClaimList(OptionList):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("delete,x", "remove", "Remove", id="remove-claim"),
        Binding("s", "section", "Section", id="claim-section"),
    ]

    def action_remove(self) -> None:
        cast("EditorApp", self.app).action_remove_claim()

    def action_section(self) -> None:
        cast("EditorApp", self.app).action_change_section()


def grade_text(grade: float | None, target: float, limit: float) -> Text:
    if grade is None:
        return plain("too little text", "dim")
    style = "bold green" if grade <= target else "bold yellow" if grade <= limit else "bold red"
    return plain(f"{grade:.1f}", style)


class HandoutPane(Vertical):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+l", "plain_word", "Apply suggestion", id="plain-word"),
        Binding("ctrl+up", "move(-1)", "Move up", id="claim-up"),
        Binding("ctrl+down", "move(1)", "Move down", id="claim-down"),
        Binding("escape", "back", "Back to list", id="claim-back", show=False),
    ]

    _reading_timer: Timer | None = None
    _loading_text = False

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield ClaimList(id="claim-list")
            with Vertical(id="claim-body"):
                yield Static("", id="claim-quote", markup=False)
                yield TextArea("", id="claim-text", soft_wrap=True, show_line_numbers=False)
                with VerticalScroll(id="reading-scroll"):
                    yield Static("", id="reading", markup=False)

    @property
    def editor(self) -> EditorApp:
        return cast("EditorApp", self.app)

    def on_mount(self) -> None:
        self.refresh_view()  # mounted lazily, after the app's first paint

    def is_on_active_tab(self) -> bool:
        tabs = self.app.query(TabbedContent)
        return not tabs or tabs.first().active == "handout"

    # ------------------------------------------------------------------ drawing

    def refresh_view(self, select: str | None = None) -> None:
        handout = self.editor.state.handout
        claims = self.query_one("#claim-list", OptionList)
        current = select or self.current_claim_id()
        claims.clear_options()
        for section in SECTIONS:
            items = handout.claims_in(section)
            claims.add_option(Option(plain(f"{SECTION_TITLES[section]} ({len(items)})",
                                           "bold underline"), id=f"section:{section}",
                                     disabled=True))
            for claim in items:
                claims.add_option(Option(join(
                    tag(EVIDENCE_LABELS.get(claim.evidence, claim.evidence),
                        EVIDENCE_STYLES.get(claim.evidence, "")),
                    plain(claim.text or "(no text yet)")), id=f"claim:{claim.id}"))
        ids = [claims.get_option_at_index(i).id for i in range(claims.option_count)]
        if current and f"claim:{current}" in ids:
            claims.highlighted = ids.index(f"claim:{current}")
        elif handout.claims:
            claims.highlighted = ids.index(f"claim:{self._first_claim().id}")
        self.show_claim()

    def _first_claim(self) -> Claim:
        handout = self.editor.state.handout
        return next(c for s in SECTIONS for c in handout.claims_in(s))

    def current_claim_id(self) -> str | None:
        claims = self.query_one("#claim-list", OptionList)
        if claims.highlighted is None or claims.option_count == 0:
            return None
        option_id = claims.get_option_at_index(claims.highlighted).id or ""
        return option_id.removeprefix("claim:") if option_id.startswith("claim:") else None

    def current_claim(self) -> Claim | None:
        cid = self.current_claim_id()
        return next((c for c in self.editor.state.handout.claims if c.id == cid), None)

    def show_claim(self) -> None:
        claim = self.current_claim()
        quote = self.query_one("#claim-quote", Static)
        area = self.query_one("#claim-text", TextArea)
        if claim is None:
            quote.update(plain("No claim chosen yet. In Sources (1), highlight a sentence and "
                               "press a.", "italic"))
            self._set_area("", disabled=True)
        else:
            source = self.editor.state.handout.source(claim.source)
            quote.update(join(plain("Source says", "bold"),
                              plain(f"({source.title if source else claim.source}):", "dim"),
                              plain(claim.quote, "italic"), sep=" "))
            if area.text != claim.text or area.disabled:
                self._set_area(claim.text, disabled=False)
        self.update_reading()

    def _set_area(self, text: str, *, disabled: bool) -> None:
        area = self.query_one("#claim-text", TextArea)
        self._loading_text = True
        area.load_text(text)
        area.disabled = disabled
        self._loading_text = False

    def update_reading(self) -> None:
        """Re-score the claim and the whole handout; cheap thanks to per-sentence caching.

        Only while the tab is shown: the app re-runs this when the tab is activated, and
        scoring a hidden tab at start (word lists load on first use) would slow the
        editor's opening for nothing.
        """
        panel = self.query_one("#reading", Static)
        if not self.is_on_active_tab():
            return
        state = self.editor.state
        meta = state.handout.meta
        claim = self.current_claim()
        lines: list[Text] = []
        target, limit = meta.target_grade, meta.max_grade
        probe = reading.analyze("", meta.source_locale) if claim is None else None
        report = reading.analyze(claim.text, meta.source_locale) if claim else probe
        if report is None and claim is not None:
            panel.update(plain("Reading analysis is not available.", "dim"))
            return
        if claim is not None and report is not None:
            lines.append(join(plain("This claim: grade", "bold"),
                              grade_text(report.headline_grade, target, limit),
                              plain(f"({report.headline_name}; aim for {target:g} or lower)",
                                    "dim")))
        grades: list[Text] = [plain("Whole handout:", "bold")]
        for locale in meta.locales:
            if locale == meta.source_locale:
                text = handout_text(state.handout)
            else:
                table = reading.translations(state.hdoc, locale)
                text = handout_text(state.handout, table) if table is not None else ""
            whole = reading.analyze(text, locale) if text else None
            grades.append(join(plain(f"{locale}"),
                               grade_text(whole.headline_grade if whole else None, target,
                                          limit)))
        lines.append(join(*grades, sep="  "))
        if claim is not None and report is not None:
            # grouped coaching from summarizer/tui/reading.py (the coaching engineer's)
            lines += reading.coaching_lines(report, claim.text, meta.source_locale)
        panel.update(join(*lines, sep="\n"))

    # ------------------------------------------------------------------ events

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "claim-list":
            self.show_claim()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "claim-list" and self.current_claim() is not None:
            self.query_one("#claim-text", TextArea).focus()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if self._loading_text or event.text_area.id != "claim-text":
            return
        claim = self.current_claim()
        if claim is None or claim.text == event.text_area.text:
            return
        claim.text = event.text_area.text
        self.editor.mark_changed()
        if self._reading_timer is not None:
            self._reading_timer.stop()
        self._reading_timer = self.set_timer(READING_DELAY, self._typing_paused)

    def _typing_paused(self) -> None:
        self._reading_timer = None
        self.update_reading()
        self._refresh_label()

    def _refresh_label(self) -> None:
        claim = self.current_claim()
        claims = self.query_one("#claim-list", OptionList)
        if claim is None or claims.highlighted is None:
            return
        claims.replace_option_prompt_at_index(claims.highlighted, join(
            tag(EVIDENCE_LABELS.get(claim.evidence, claim.evidence),
                EVIDENCE_STYLES.get(claim.evidence, "")),
            plain(claim.text or "(no text yet)")))

    # ------------------------------------------------------------------ actions

    def action_plain_word(self) -> None:
        """Apply the first suggestion (a plainer word or a sentence rewrite)."""
        claim = self.current_claim()
        meta = self.editor.state.handout.meta
        report = reading.analyze(claim.text, meta.source_locale) if claim else None
        found = reading.fixes(report, claim.text) if claim and report else []
        if claim is None or not found:
            self.app.notify("No suggestion to apply here.")
            return
        first = found[0]
        claim.text = reading.apply_fix(claim.text, first)
        self._set_area(claim.text, disabled=False)
        self.editor.mark_changed()
        self.update_reading()
        self._refresh_label()
        self.app.notify(first.label, markup=False)

    def action_back(self) -> None:
        self.query_one("#claim-list").focus()

    def action_move(self, delta: int) -> None:
        claim = self.current_claim()
        if claim is not None:
            self.editor.move_claim(claim.id, delta)
