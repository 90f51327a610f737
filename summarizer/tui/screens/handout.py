"""Handout tab: the chosen claims by section, each rewritten in plain words.

The source's own sentence stays in view above the editor's text so a rewrite can be
checked against what the article really said; the reading panel below re-scores as
you type (debounced) with the incremental Analyzer. Every change is a command posted
to the app; the text box is bound to the claim it shows (widgets.bound).
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.css.query import NoMatches
from textual.timer import Timer
from textual.widgets import OptionList, Static, TabbedContent
from textual.widgets.option_list import Option

from summarizer.editing import (
    MoveClaim,
    RemoveClaim,
    SetClaimText,
    SetEvidence,
    SetSection,
)
from summarizer.model import EVIDENCE_KINDS, SECTIONS, Claim, overstates_evidence
from summarizer.tui import reading
from summarizer.tui.messages import HandoutChanged, Typed
from summarizer.tui.screens.base import Pane
from summarizer.tui.state import section_titles, whole_grade
from summarizer.tui.widgets.bound import LEAVE_TIP, BoundTextArea
from summarizer.tui.widgets.lists import StoppingList
from summarizer.tui.widgets.text import (
    EVIDENCE_LABELS,
    evidence_tag,
    join,
    plain,
    quoted_start,
)

READING_DELAY = 0.15  # seconds after the last keystroke before re-scoring
MOVE = Binding.Group("Move", compact=True)


class ClaimList(StoppingList):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("x,delete", "remove", "Del", id="remove-claim"),
        Binding("s", "section", "Sect", id="claim-section", tooltip="Change section"),
        Binding("v", "evidence", "Evid", id="claim-evidence", tooltip="Evidence level"),
    ]

    def action_remove(self) -> None:
        self.query_ancestor(HandoutPane).action_remove()

    def action_section(self) -> None:
        self.query_ancestor(HandoutPane).action_section()

    def action_evidence(self) -> None:
        self.query_ancestor(HandoutPane).action_evidence()


def _override_message(chosen: str, derived: str, why: str) -> str:
    """What the export check will do with this override, by the gate's own rule: every
    override warns; one stronger than the source supports is an error that blocks export."""
    supported = EVIDENCE_LABELS.get(derived, derived)
    said = f"The source reads as “{supported}” ({why}). "
    if overstates_evidence(chosen, derived):
        return (said + f"“{EVIDENCE_LABELS.get(chosen, chosen)}” is stronger than that: "
                f"the export check will block export (an error, besides the warning every "
                f"override gets) until the claim is tagged “{supported}” or weaker.")
    return said + "The export check warns on every override and shows this reason."


def grade_text(grade: float | None, target: float, limit: float) -> Text:
    if grade is None:
        return plain("too little text")
    style = "bold green" if grade <= target else "bold yellow" if grade <= limit else "bold red"
    return plain(f"{grade:.1f}", style)


def claim_prompt(claim: Claim) -> Text:
    return join(evidence_tag(claim.evidence), plain(claim.text or "(no text yet)"))


class ClaimText(BoundTextArea):
    """The claim's plain-language text; ctrl+l applies the first suggestion."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+l", "plain_word", "Apply", id="plain-word", tooltip="Apply suggestion"),
    ]

    def action_plain_word(self) -> None:
        self.query_ancestor(HandoutPane).action_plain_word()


class HandoutPane(Pane):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+up", "move(-1)", "Up", id="claim-up", group=MOVE),
        Binding("ctrl+down", "move(1)", "Down", id="claim-down", group=MOVE),
        Binding("escape", "back", "Done", id="claim-back", tooltip=LEAVE_TIP),
    ]

    _reading_timer: Timer | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._findings_seen: dict[str, list[Any]] = {}  # item id -> the last check's
        self._grade_errors: set[str] = set()  # grading errors said already

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield ClaimList(id="claim-list")
            with Vertical(id="claim-body"):
                # Not a focus stop: it is read-only and showed no sign of having the
                # keyboard, so a rewrite typed after one Tab was dropped (tester9)
                with VerticalScroll(id="claim-quote-scroll", can_focus=False):
                    yield Static("", id="claim-quote", markup=False)
                yield Static("", id="claim-facts", markup=False)
                box = ClaimText("", id="claim-text", soft_wrap=True, show_line_numbers=False)
                box.follow = self.highlighted_item
                yield box
                with VerticalScroll(id="reading-scroll"):
                    yield Static("", id="reading", markup=False)

    def is_on_active_tab(self) -> bool:
        tabs = self.app.query(TabbedContent)
        return not tabs or tabs.first().active == "handout"

    # ------------------------------------------------------------------ drawing

    def redraw(self, change: HandoutChanged | None) -> None:
        if change is not None and change.how == "findings":
            self.update_reading()  # the gate's findings on the claim, in the panel
            return
        if change is not None and isinstance(change.command, SetClaimText) \
                and change.command.typed and change.how == "do":
            self._refresh_label(change.command.claim_id)  # the box already shows it
            return
        select = None
        if change is not None and change.how in ("do", "undo", "redo"):
            subject = change.subject
            if any(c.id == subject for c in self.state.handout.claims):
                select = subject
        self.draw_list(select)

    def draw_list(self, select: str | None = None) -> None:
        handout = self.state.handout
        claims = self.query_one("#claim-list", OptionList)
        current = select or self.current_claim_id()
        claims.clear_options()
        options: list[Option] = []
        titles = section_titles(self.state.hdoc)
        for section in SECTIONS:
            items = handout.claims_in(section)
            options.append(Option(plain(f"{titles[section]} ({len(items)})",
                                        "bold underline"), id=f"section:{section}",
                                  disabled=True))
            options += [Option(claim_prompt(c), id=f"claim:{c.id}") for c in items]
        claims.add_options(options)
        ids = [o.id for o in options]
        if current and f"claim:{current}" in ids:
            claims.highlighted = ids.index(f"claim:{current}")
        elif handout.claims:
            first = next(c for s in SECTIONS for c in handout.claims_in(s))
            claims.highlighted = ids.index(f"claim:{first.id}")
        self.show_claim()

    def current_claim_id(self) -> str | None:
        claims = self.query_one("#claim-list", OptionList)
        if claims.highlighted is None or claims.option_count == 0:
            return None
        option_id = claims.get_option_at_index(claims.highlighted).id or ""
        return option_id.removeprefix("claim:") if option_id.startswith("claim:") else None

    def current_claim(self) -> Claim | None:
        cid = self.current_claim_id()
        return next((c for c in self.state.handout.claims if c.id == cid), None)

    def highlighted_item(self) -> tuple[str, str]:
        """(id, text) of the highlighted claim: what the box shows (("", "") if none)."""
        claim = self.current_claim()
        return (claim.id, claim.text) if claim is not None else ("", "")

    def show_claim(self, *, reload: bool = True) -> None:
        """Show the highlighted claim; `reload=False`: a box already showing it keeps
        what it shows (words typed there may still be on their way to the model)."""
        claim = self.current_claim()
        try:
            quote = self.query_one("#claim-quote", Static)
        except NoMatches:  # its scroll box's children are not mounted yet: draw once they are
            self.call_after_refresh(lambda: self.show_claim(reload=reload))
            return
        facts = self.query_one("#claim-facts", Static)
        area = self.query_one("#claim-text", BoundTextArea)
        if claim is None:
            quote.update(plain("No claim chosen yet. In Sources (1), highlight a sentence and "
                               "press a.", "italic"))
            facts.update("")
            area.bind_to("", "")
        else:
            source = self.state.handout.source(claim.source)
            quote.update(join(plain("Source says", "bold"),
                              plain(f"({source.title if source else claim.source}):"),
                              plain(claim.quote, "italic"), sep=" "))
            parts = [plain("Section:", "bold"), plain(
                section_titles(self.state.hdoc).get(claim.section, "")),
                     plain(" Evidence:", "bold"), evidence_tag(claim.evidence)]
            if claim.evidence_reason:
                parts.append(plain(f"(override: {claim.evidence_reason})"))
            facts.update(join(*parts))
            area.bind_to(claim.id, claim.text, reload=reload)
        self.update_reading()

    def update_reading(self) -> None:
        """Re-score the claim and the whole handout; cheap thanks to per-sentence caching.

        Only while the tab is shown: the app re-runs this when the tab is activated.
        """
        panel = self.query_one("#reading", Static)
        if not self.is_on_active_tab():
            return
        state = self.state
        meta = state.handout.meta
        claim = self.current_claim()
        lines: list[Text] = []
        target, limit = meta.target_grade, meta.max_grade
        report = reading.analyze(claim.text, meta.source_locale) if claim else None
        if report is None and claim is not None:
            panel.update(plain("Reading analysis is not available."))
            return
        if claim is not None and (lead := self._lead_in(claim)):
            # what the PDF and the review sheet print before the claim (printed.lead_in)
            lines.append(join(plain("Printed as:", "bold"), plain(lead, "italic"),
                              plain(claim.text)))
        if claim is not None and report is not None:
            grade, formula = reading.claim_grade(report)
            lines.append(join(plain("This claim: grade", "bold"),
                              grade_text(grade, target, limit),
                              plain(f"({formula}; aim for {target:g} or lower)")))
        grades: list[Text] = [plain("Whole handout:", "bold")]
        for locale in meta.locales:
            if locale == meta.source_locale:
                table = {item.text: item.text
                         for item in [*state.handout.disclaimers, *state.handout.claims]}
            else:
                table = self._usable(locale)
                if not any(value.strip() for value in (table or {}).values()):
                    # nothing printable in it yet: not "too little text" (a catalog
                    # that cannot be read is named on the Export tab)
                    grades.append(join(plain(locale), plain("not translated yet")))
                    continue
            grade = join(plain(f"{locale}"), self._whole_grade(locale, table or {}))
            if locale != meta.source_locale:
                strings = state.handout.texts()
                done = sum(1 for t in strings if (table or {}).get(t, "").strip())
                if done < len(strings):  # a grade of the part translated so far
                    grade = join(grade, plain(f"({done} of {len(strings)} strings)"))
            grades.append(grade)
        lines.append(join(*grades, sep="  "))
        if claim is not None:
            lines += self.finding_lines(claim.id)
        if claim is not None and report is not None:
            # grouped coaching from summarizer/tui/reading.py (the coaching engineer's)
            lines += reading.coaching_lines(report, claim.text, meta.source_locale,
                                            about=reading.topic_drugs(state.hdoc))
        panel.update(join(*lines, sep="\n"))

    def _whole_grade(self, locale: str, table: dict[str, str]) -> Text:
        """The grade of what `locale` prints, coloured by the handout's target and
        ceiling. A grade that fails for another reason than "cannot grade" (a bug) is
        said: in the panel, and once in a notification, not shown as no grade."""
        meta = self.state.handout.meta
        try:
            grade = whole_grade(self.state.handout, locale, table)
        except Exception as exc:  # a bug must not take the editor (and unsaved work) down
            said = f"{locale}: {type(exc).__name__}: {exc}"
            if said not in self._grade_errors:
                self._grade_errors.add(said)
                self.notify(f"The reading grade of {locale} could not be measured "
                            f"({type(exc).__name__}: {exc}). This is a bug in summarizer: "
                            "please report it with this message.",
                            severity="error", markup=False, timeout=15)
            return plain(f"not measured ({type(exc).__name__})", "bold red")
        return grade_text(grade, meta.target_grade, meta.max_grade)

    def finding_lines(self, claim_id: str) -> list[Text]:
        """The export gate's findings on this claim (the registry `check` runs, as the
        Export and Review tabs show them), live while it is rewritten. While the next
        check runs, the last ones stay, marked as being updated."""
        findings = self.state.findings
        if findings is not None:
            self._findings_seen = {}
            for f in findings:
                self._findings_seen.setdefault(f.item, []).append(f)
        mine = self._findings_seen.get(claim_id, [])
        pending = " (checking…)" if findings is None else ""
        if not mine:
            if findings is None and not self._findings_seen:
                return []
            return [plain(f"Export check: nothing on this claim{pending}.", "green")]
        out = [plain(f"Export check on this claim{pending}:", "bold")]
        for f in mine:
            where = f" [{f.locale}]" if f.locale else ""
            out.append(join(plain(f"{f.code}{where}", "bold red" if f.is_error
                                  else "bold yellow"), plain(f.message)))
        return out

    def _lead_in(self, claim: Claim) -> str:
        """The evidence phrase the PDF prints before `claim` in the source language ("A
        study in animals, not people, found:"), or "" (none for its section or level, or
        the text starts with it already)."""
        from summarizer.i18n import PHRASE_SECTIONS
        from summarizer.printed import lead_in
        from summarizer.review import phrase_in

        if claim.section not in PHRASE_SECTIONS or not claim.text.strip():
            return ""
        locale = self.state.handout.meta.source_locale
        phrase = phrase_in(self.state.hdoc)(locale, claim.evidence, claim.quote)
        return lead_in(phrase, claim.text, claim.evidence, locale)

    def _usable(self, locale: str) -> dict[str, str] | None:
        try:
            from summarizer.catalog_draft import usable

            return usable(self.state.hdoc, locale, self.state.translations.get(locale, {}))
        except Exception:  # no catalogs in this installation, or an unreadable file
            return None

    def show(self, target: str, extra: str = "", start: int = -1) -> bool:
        if not any(c.id == target for c in self.state.handout.claims):
            return False
        self.draw_list(select=target)
        self.query_one("#claim-text" if extra == "edit" else "#claim-list").focus()
        return True

    # ------------------------------------------------------------------ events

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "claim-list":
            self.show_claim(reload=False)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "claim-list" and self.current_claim() is not None:
            self.query_one("#claim-text", BoundTextArea).focus()

    def on_typed(self, message: Typed) -> None:
        message.stop()
        if message.box_id != "claim-text":
            return
        self.request(SetClaimText(message.bound, message.text, typed=True,
                                  fresh=message.whole))
        if self._reading_timer is not None:
            self._reading_timer.stop()
        self._reading_timer = self.set_timer(READING_DELAY, self._typing_paused)

    def _typing_paused(self) -> None:
        self._reading_timer = None
        self.update_reading()

    def _refresh_label(self, claim_id: str) -> None:
        claims = self.query_one("#claim-list", OptionList)
        claim = next((c for c in self.state.handout.claims if c.id == claim_id), None)
        for i in range(claims.option_count):
            if claims.get_option_at_index(i).id == f"claim:{claim_id}" and claim is not None:
                claims.replace_option_prompt_at_index(i, claim_prompt(claim))
                return

    # ------------------------------------------------------------------ actions

    def action_plain_word(self) -> None:
        """Apply the first suggestion (a plainer word or a sentence rewrite)."""
        claim = self.current_claim()
        meta = self.state.handout.meta
        report = reading.analyze(claim.text, meta.source_locale) if claim else None
        found = reading.fixes(report, claim.text) if claim and report else []
        if claim is None or not found:
            self.notify("No suggestion to apply here.")
            return
        first = found[0]
        self.request(SetClaimText(claim.id, reading.apply_fix(claim.text, first)))
        self.notify(first.label, markup=False)

    def action_back(self) -> None:
        # at once, not after the keys queued behind escape (widgets.bound.IN_ORDER)
        self.screen.set_focus(self.query_one("#claim-list"))

    def action_move(self, delta: int) -> None:
        claim = self.current_claim()
        if claim is None:
            return
        claims = self.state.handout.claims_in(claim.section)
        pos = claims.index(claim) + delta
        if 0 <= pos < len(claims):
            self.request(MoveClaim(claim.id, delta))

    def action_remove(self) -> None:
        claim = self.current_claim()
        if claim is not None:
            self.request(RemoveClaim(claim.id))
            self.notify(f"Claim {quoted_start(claim.text or claim.quote)} removed (ctrl+z "
                        "brings it back).", markup=False)

    def action_section(self) -> None:
        claim = self.current_claim()
        if claim is None:
            return
        claim_id = claim.id

        def done(section: str | None) -> None:
            if section and section != claim.section:
                self.request(SetSection(claim_id, section))

        from summarizer.tui.screens.modals import ChoiceScreen

        self.app.push_screen(ChoiceScreen(
            "Move the claim to which section?", list(section_titles(self.state.hdoc).items()),
            message=claim.text, initial=claim.section, dialog_id="pick-section"), done)

    def derived_evidence(self, claim: Claim) -> tuple[str, str]:
        """What the source supports for this claim (level, why); ("", "") if unknown."""
        source = self.state.sources.get(claim.source)
        if source is None:
            return "", ""
        from summarizer.evidence import derive_evidence

        verdict = derive_evidence(source.text, claim.span,
                                  self.state.handout.meta.source_locale)
        return verdict.level, verdict.reason

    def action_evidence(self) -> None:
        claim = self.current_claim()
        if claim is None:
            return
        claim_id = claim.id
        derived, why = self.derived_evidence(claim)
        from summarizer.tui.screens.modals import ChoiceScreen, TextScreen

        def picked(evidence: str | None) -> None:
            if not evidence:
                return
            if derived and evidence == derived:  # back to what the source supports
                if (claim.evidence, claim.evidence_reason) != (evidence, ""):
                    self.request(SetEvidence(claim_id, evidence, "", derived))
                return
            if evidence == claim.evidence and not derived:
                return
            message = (_override_message(evidence, derived, why) if derived
                       else "Write why the source supports it.")
            self.call_after_refresh(self.app.push_screen, TextScreen(
                f"Why “{EVIDENCE_LABELS.get(evidence, evidence)}”?", claim.evidence_reason,
                message=message, dialog_id="evidence-reason"),
                lambda reason: self._with_reason(claim_id, evidence, reason, derived))

        lines = [(k, EVIDENCE_LABELS[k] + ("  (what the source supports)" if k == derived
                                           else "")) for k in EVIDENCE_KINDS]
        self.app.push_screen(ChoiceScreen(
            "Evidence level printed for this claim", lines, message=claim.quote,
            initial=claim.evidence, dialog_id="pick-evidence"), picked)

    def _with_reason(self, claim_id: str, evidence: str, reason: str | None,
                     derived: str) -> None:
        if reason is None:
            return
        if not reason.strip():
            self.notify("Not changed: an override needs a written reason.", severity="warning")
            return
        self.request(SetEvidence(claim_id, evidence, reason, derived))
