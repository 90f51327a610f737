"""Sources tab: the articles, and each one's text sentence by sentence with its tags.

A sentence is the unit the editor picks: `a` cites it as a claim, `d` attaches it as a
safety notice. Boilerplate stays visible (dimmed) so offsets and context are honest.
`o` adds a source by URL or file path: it is fetched or read in a worker thread and
kept inside the handout as sources/<id>.<ext> (the same code as `add-source`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from summarizer.counting import count
from summarizer.model import DISCLAIMER_KINDS, SECTIONS, SourceRef
from summarizer.terminal import visible
from summarizer.tui.messages import HandoutChanged
from summarizer.tui.screens.base import Pane
from summarizer.tui.state import (
    candidate_claim_for,
    candidate_disclaimer_for,
    kind_titles,
    section_titles,
)
from summarizer.tui.widgets.lists import StoppingList
from summarizer.tui.widgets.text import evidence_tag, join, plain, tag

if TYPE_CHECKING:
    from summarizer.model import Contact, Sentence


def default_section(evidence: str, text: str) -> str:
    """A first guess the editor can change: risks for harms, evidence for studies."""
    low = text.lower()
    if any(w in low for w in ("side effect", "risk", "addict", "abuse", "harm", "danger")):
        return "risks"
    if evidence in ("animal", "lab-mechanism"):
        return "evidence"
    return "benefits"


def origin_label(ref: SourceRef) -> str:
    """Where a source came from, short: the web address, or the original file's name."""
    origin = ref.origin or ref.url
    if not origin:
        return ""
    if "://" in origin:
        return visible(origin if len(origin) <= 70 else origin[:69] + "…")
    return visible("from " + origin.replace("\\", "/").rsplit("/", 1)[-1])


def replace_options(options_list: OptionList, options: list[Option]) -> None:
    """Put `options` in place of the list's: measured and drawn once (clearing first
    measured the empty list too); no options at all clears it (set_options([]) would
    leave the old lines on screen)."""
    if options:
        options_list.set_options(options)
    else:
        options_list.clear_options()


class SentenceList(StoppingList):
    """The article's sentences. It remembers what its last paint drew (how many options,
    the first one's id), so benchmarks/startup.py stamps "sources usable" only once the
    sentences are on screen, not when they are merely in the list."""

    painted: tuple[int, str | None] = (0, None)

    def render_lines(self, crop: Region) -> list[Strip]:
        lines = super().render_lines(crop)
        first = self.get_option_at_index(0).id if self.option_count else None
        self.painted = (self.option_count, first)
        return lines


class SourcesPane(Pane):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "key_pick('add_claim')", "Claim", id="add-claim",
                tooltip="Add as a claim"),
        Binding("d", "key_pick('add_notice')", "Notice", id="add-notice",
                tooltip="Attach as a notice"),
        Binding("o", "add_source", "Source", id="add-source", tooltip="Add a source"),
    ]
    _shown: str | None = None

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield StoppingList(id="source-list")
            with Vertical(id="source-body"):
                yield SentenceList(id="sentence-list")
                yield Static("", id="sentence-detail", markup=False)

    # ------------------------------------------------------------------ drawing

    def redraw(self, change: HandoutChanged | None) -> None:
        if change is None or change.how in ("sources", "reload"):
            self.draw_sources()
        elif change.how in ("do", "undo", "redo"):
            self.show_source()  # the cited ticks

    def draw_sources(self) -> None:
        state = self.state
        sources = self.query_one("#source-list", OptionList)
        keep = sources.highlighted
        options = []
        for ref in state.handout.sources:
            analysis = state.analyses.get(ref.id)
            line2 = " · ".join(p for p in (ref.publisher, ref.published) if p)
            if analysis is not None:
                counts = (f"{count(len(analysis.claims), 'claim')} · "
                          f"{count(len(analysis.disclaimers), 'notice')}")
                if analysis.unread:  # a run with no sentence end past the budget
                    left = sum(e - s for s, e in analysis.unread)
                    counts += f" · {left:,} characters not read: no sentence ends"
            elif ref.id in state.source_errors:
                counts = "cannot be read"
            else:
                counts = "loading…"
            prompt = join(plain(ref.title or ref.id, "bold"), plain(line2, "dim"),
                          plain(origin_label(ref), "dim"), plain(counts, "italic"), sep="\n")
            options.append(Option(prompt, id=ref.id))
        replace_options(sources, options)  # one pass over them, not one per source
        if state.handout.sources:
            sources.highlighted = keep if keep is not None else 0
        self._shown = None
        self.show_source()

    def current_source_id(self) -> str | None:
        sources = self.query_one("#source-list", OptionList)
        if sources.highlighted is None or sources.option_count == 0:
            return None
        return sources.get_option_at_index(sources.highlighted).id

    def show_source(self) -> None:
        state = self.state
        sentences = self.query_one("#sentence-list", OptionList)
        sid = self.current_source_id()
        analysis = state.analyses.get(sid or "")
        keep = sentences.highlighted if self._shown == sid else None
        self._shown = sid
        if analysis is None:
            message = state.source_errors.get(sid or "", "Loading the article…")
            sentences.set_options([Option(plain(message, "italic"), disabled=True)])
            self.query_one("#sentence-detail", Static).update("")
            return
        cited = {(c.source, c.span.start) for c in state.handout.claims}
        cited |= {(d.source, d.span.start) for d in state.handout.disclaimers}
        replace_options(sentences, [Option(self._sentence_prompt(analysis, s, cited), id=f"s{i}")
                                    for i, s in enumerate(analysis.sentences)])
        if analysis.sentences:
            sentences.highlighted = min(keep or 0, len(analysis.sentences) - 1)
        self.show_detail()

    def _kind_title(self, kind: str) -> str:
        """A notice kind as the PDF heads it (summarizer.printed), in the handout's
        language, as the Safety tab names it."""
        return kind_titles(self.state.hdoc).get(kind, kind)

    def _sentence_prompt(self, analysis, sentence: Sentence,  # type: ignore[no-untyped-def]
                         cited: set[tuple[str, int]]) -> Text:
        disclaimer = candidate_disclaimer_for(analysis, sentence)
        if sentence.boilerplate and disclaimer is None:
            return join(tag("web", "dim"), plain(sentence.text, "dim"))
        # a page's sidebar or footer line that is a notice (a crisis line, "not
        # approved") is what a handout must carry: tagged as one, not greyed as a menu
        parts: list[Text] = [tag("web", "dim")] if sentence.boilerplate else []
        if (analysis.source_id, sentence.span.start) in cited:
            parts.append(plain("✓", "bold green"))
        if disclaimer is not None:
            parts.append(tag(f"notice: {self._kind_title(disclaimer.kind)}",
                             "bold cyan"))
        claim = candidate_claim_for(analysis, sentence)
        if claim is not None:
            parts.append(evidence_tag(claim.evidence))
            parts += [tag(flag, "bold red") for flag in claim.flags]
        style = "bold" if sentence.heading else ""
        return join(*parts, plain(sentence.text, style))

    def current_sentence(self) -> tuple[str, Sentence] | None:
        sid = self.current_source_id()
        analysis = self.state.analyses.get(sid or "")
        sentences = self.query_one("#sentence-list", OptionList)
        if analysis is None or sentences.highlighted is None or not analysis.sentences:
            return None
        return analysis.source_id, analysis.sentences[sentences.highlighted]

    def show_detail(self) -> None:
        detail = self.query_one("#sentence-detail", Static)
        picked = self.current_sentence()
        if picked is None:
            detail.update("")
            return
        sid, sentence = picked
        analysis = self.state.analyses[sid]
        lines: list[Text] = []
        claim = candidate_claim_for(analysis, sentence)
        if claim is not None:
            cues = "; ".join(f"{c.tag}: {', '.join(c.words)}" for c in claim.cues if c.words)
            lines.append(join(plain("Claim —", "bold"), evidence_tag(claim.evidence),
                              plain(f"({cues})" if cues else "")))
        disclaimer = candidate_disclaimer_for(analysis, sentence)
        if disclaimer is not None:
            from summarizer.editing import mentions  # (off the start-up path)

            def named(contacts: list[Contact]) -> str:
                return ", ".join(c.display + (f" ({c.label})" if c.label else "")
                                 for c in contacts)

            given = [c for c in disclaimer.contacts if mentions(sentence.text, c)]
            elsewhere = [c for c in disclaimer.contacts if c not in given]
            lines.append(join(plain("Notice —", "bold"),
                              plain(self._kind_title(disclaimer.kind)),
                              plain(named(given), "cyan")))
            if elsewhere:  # d takes this sentence and the numbers it gives, no others
                shown = ", ".join(c.display or c.number for c in elsewhere)
                lines.append(plain(f"{shown}: not in this sentence; d takes no number "
                                   "from here: attach the sentence that gives it",
                                   "yellow"))
            from summarizer.learned.notices import why_learned  # (off the start-up path)

            learned = why_learned(disclaimer.cues)  # why a notice no rule found is one
            if learned:
                lines.append(plain(learned, "dim"))
        if sentence.boilerplate and disclaimer is not None:
            lines.append(plain("Outside the article (the page's sidebar or footer): a safety "
                               "line; d attaches it as a notice."))
        elif sentence.boilerplate:
            lines.append(plain("Web page furniture (menus, share links): usually not cited."))
        page = analysis.source.page_at(sentence.span.start)
        lines.append(plain((f"page {page} · " if page else "")
                           + f"chars {sentence.span.start}–{sentence.span.end}   "
                           "a: add claim  d: add notice"))
        detail.update(join(*lines, sep="\n"))

    def show(self, target: str, extra: str = "", start: int = -1) -> bool:
        """Highlight the sentence of source `target` that covers character `start`."""
        sources = self.query_one("#source-list", OptionList)
        ids = [sources.get_option_at_index(i).id for i in range(sources.option_count)]
        analysis = self.state.analyses.get(target)
        if target not in ids or analysis is None:
            return False
        sources.highlighted = ids.index(target)
        self.show_source()
        for i, sentence in enumerate(analysis.sentences):
            if sentence.span.start <= start < max(sentence.span.end, sentence.span.start + 1):
                sentences = self.query_one("#sentence-list", OptionList)
                sentences.highlighted = i
                sentences.focus()
                self.show_detail()
                return True
        return False

    def select_sentence(self, source_id: str, start: int) -> bool:
        """Highlight the sentence of `source_id` covering character `start` (= show)."""
        return self.show(source_id, start=start)

    # ------------------------------------------------------------------ events

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "source-list":
            if self._shown != event.option.id:
                self.show_source()
        elif event.option_list.id == "sentence-list":
            self.show_detail()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "source-list":
            self.query_one("#sentence-list", OptionList).focus()

    # ------------------------------------------------------------------ actions

    def action_key_pick(self, action: str) -> None:
        """`a` or `d` pressed: on the sentence the nurse highlighted. In the list of
        articles no sentence has been picked (the one shown highlighted beside it is the
        article's first line, a headline), so the keys move there and say so instead."""
        if self.query_one("#source-list", OptionList).has_focus:
            self.query_one("#sentence-list", OptionList).focus()
            self.notify("Pick a sentence of the article first (↑↓), then press a for a "
                        "claim or d for a notice.", markup=False)
            return
        getattr(self, f"action_{action}")()

    def action_add_claim(self) -> None:
        picked = self.current_sentence()
        if picked is None:
            self.notify("Pick a sentence first.", severity="warning")
            return
        from summarizer.editing import (
            AddClaim,
            EditError,
            claim_citing,
            new_claim,
            notice_quoting,
        )

        sid, sentence = picked
        candidate = candidate_claim_for(self.state.analyses[sid], sentence)
        span = candidate.span if candidate else sentence.span
        existing = claim_citing(self.state.handout, sid, span)
        if existing is not None:  # one sentence, one claim: show the one there is
            self.notify("Already a claim in the handout: shown in tab 2.", markup=False)
            self.jump("claim", existing.id)
            return
        notice = notice_quoting(self.state.handout, sid, span)
        if notice is not None:  # printed with the safety notices: not a second time
            self.notify("Already printed as a safety notice: shown in tab 3.", markup=False)
            self.jump("notice", notice.id)
            return
        from summarizer.tui.screens.modals import ChoiceScreen

        guess = default_section(candidate.evidence if candidate else "opinion", sentence.text)
        titles = section_titles(self.state.hdoc)  # as the PDF prints them

        def done(section: str | None) -> None:
            if not section:
                return
            try:
                claim = new_claim(self.state.handout, sid, sentence, section, candidate,
                                  source=self.state.analyses[sid].source)
            except EditError as exc:
                self.notify(str(exc), severity="warning", markup=False)
                return
            self.request(AddClaim(claim))
            self.notify(f"Added to “{titles[section]}”. Rewrite it in tab 2.",
                        markup=False)

        self.app.push_screen(ChoiceScreen(
            "Add as a claim in which section? (suggested: "
            f"{titles[guess]})",
            [(s, titles[s]) for s in SECTIONS], message=sentence.text, initial=guess,
            dialog_id="pick-section"), done)

    def action_add_notice(self) -> None:
        picked = self.current_sentence()
        if picked is None:
            self.notify("Pick a sentence first.", severity="warning")
            return
        from summarizer.editing import AttachNotice, EditError, new_notice

        sid, sentence = picked
        candidate = candidate_disclaimer_for(self.state.analyses[sid], sentence)
        from summarizer.tui.screens.modals import ChoiceScreen

        def done(kind: str | None) -> None:
            if not kind:
                return
            try:
                notice = new_notice(self.state.handout, sid, sentence, kind, candidate,
                                    source=self.state.analyses[sid].source)
            except EditError as exc:
                self.notify(str(exc), severity="warning", markup=False)
                return
            self.request(AttachNotice(notice))
            missed = [c.display or c.number for c in (candidate.contacts if candidate else ())
                      if c not in notice.contacts]
            if kind == "crisis-line" and not notice.contacts and missed:
                self.notify(f"Attached as “{self._kind_title(kind)}”, with no phone number: "
                            f"this sentence gives none ({', '.join(missed)} "
                            f"{'is' if len(missed) == 1 else 'are'} in another sentence "
                            "of the notice: attach that one too).",
                            severity="warning", markup=False)
                return
            self.notify(f"Attached as “{self._kind_title(kind)}”.", markup=False)

        self.app.push_screen(ChoiceScreen(
            "Attach as which kind of notice?",
            [(k, self._kind_title(k)) for k in DISCLAIMER_KINDS], message=sentence.text,
            initial=candidate.kind if candidate else "educational", dialog_id="pick-kind"),
            done)

    def action_add_source(self) -> None:
        def done(value: str | None) -> None:
            if value:
                self.notify(f"Adding {visible(value)}…", markup=False)
                self.loading = True
                self.fetch_source(value)

        from summarizer.tui.screens.modals import AddSourceScreen  # not at start

        self.app.push_screen(AddSourceScreen("Add a source: a web address or a file path",
                                             dialog_id="add-source"),
                             done)

    @work(thread=True, exclusive=True, group="add-source")
    def fetch_source(self, value: str) -> None:
        """Fetch or read off the UI thread (a slow server must not freeze the editor)."""
        from summarizer.sources.snapshot import take

        try:
            items, errors = take([value])
            messages = [str(e) for e in errors]
        except Exception as exc:  # a bug must not take the editor (and unsaved work) down
            items, messages = [], [f"{value}: could not be added ({type(exc).__name__})"]
        self.app.call_from_thread(self._source_taken, items, messages)

    def _source_taken(self, items: list, errors: list[str]) -> None:  # type: ignore[type-arg]
        from summarizer.editing import AddSources
        from summarizer.errors import UserError
        from summarizer.sources.snapshot import assign_ids, keep

        self.loading = False
        for err in errors:
            self.notify(visible(err), severity="error", markup=False, timeout=10)
        if not items:
            return
        ids = assign_ids(items, (s.id for s in self.state.handout.sources))
        try:
            _, refs, written = keep(self.state.hdoc.base_dir, items, ids)
        except UserError as exc:
            self.notify(visible(str(exc)), severity="error", markup=False, timeout=10)
            return
        # the app reloads the sources on this change, and removes the copies at close if
        # the handout on disk does not cite them (quit without saving, undone)
        self.request(AddSources(list(refs), files=[str(p) for p in written]))
        for ref in refs:
            self.notify(visible(f"Added {ref.title or ref.id} as {ref.path}; ctrl+s saves "
                                "the handout."), markup=False)
