"""Sources tab: the articles, and each one's text sentence by sentence with its tags.

A sentence is the unit the editor picks: `a` cites it as a claim, `d` attaches it as a
safety notice. Boilerplate stays visible (dimmed) so offsets and context are honest.
`o` adds a source by URL or file path: it is fetched or read in a worker thread and
kept inside the handout as sources/<id>.<ext> (the same code as `add-source`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from summarizer.model import DISCLAIMER_KINDS, SECTIONS, Sentence, SourceRef
from summarizer.terminal import visible
from summarizer.tui.screens.modals import PathScreen
from summarizer.tui.state import (
    KIND_TITLES,
    SECTION_TITLES,
    candidate_claim_for,
    candidate_disclaimer_for,
)
from summarizer.tui.widgets.text import EVIDENCE_LABELS, EVIDENCE_STYLES, join, plain, tag

if TYPE_CHECKING:
    from summarizer.sources.analyze import SourceAnalysis
    from summarizer.tui.app import EditorApp


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


class AddSourceScreen(PathScreen):
    """Ask for a web address or a file path to add as a source."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self._title, style="bold"), classes="dialog-title")
            yield Input(value=self._value, id="path-input",
                        placeholder="https://… or a .txt .md .html .pdf .docx file")
            yield Static("enter: add   escape: cancel", markup=False, classes="dialog-hint")


class SourcesPane(Vertical):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add_claim", "Add claim", id="add-claim"),
        Binding("d", "add_disclaimer", "Add notice", id="add-disclaimer"),
        Binding("o", "add_source", "Add source", id="add-source"),
    ]

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield OptionList(id="source-list")
            with Vertical(id="source-body"):
                yield OptionList(id="sentence-list")
                yield Static("", id="sentence-detail", markup=False)

    @property
    def editor(self) -> EditorApp:
        return cast("EditorApp", self.app)

    # ------------------------------------------------------------------ drawing

    def refresh_view(self) -> None:
        state = self.editor.state
        sources = self.query_one("#source-list", OptionList)
        keep = sources.highlighted
        sources.clear_options()
        for ref in state.handout.sources:
            analysis = state.analyses.get(ref.id)
            line2 = " · ".join(p for p in (ref.publisher, ref.published) if p)
            if analysis is not None:
                counts = f"{len(analysis.claims)} claims · {len(analysis.disclaimers)} notices"
            elif ref.id in state.source_errors:
                counts = "cannot be read"
            else:
                counts = "loading…"
            prompt = join(plain(ref.title or ref.id, "bold"), plain(line2, "dim"),
                          plain(origin_label(ref), "dim"), plain(counts, "italic"), sep="\n")
            sources.add_option(Option(prompt, id=ref.id))
        if state.handout.sources:
            sources.highlighted = keep if keep is not None else 0
        self.show_source()

    def current_source_id(self) -> str | None:
        sources = self.query_one("#source-list", OptionList)
        if sources.highlighted is None:
            return None
        return sources.get_option_at_index(sources.highlighted).id

    def show_source(self) -> None:
        state = self.editor.state
        sentences = self.query_one("#sentence-list", OptionList)
        sid = self.current_source_id()
        analysis = state.analyses.get(sid or "")
        keep = sentences.highlighted if getattr(self, "_shown", None) == sid else None
        self._shown = sid
        sentences.clear_options()
        if analysis is None:
            message = state.source_errors.get(sid or "", "Loading the article…")
            sentences.add_option(Option(plain(message, "italic"), disabled=True))
            self.query_one("#sentence-detail", Static).update("")
            return
        cited = {(c.source, c.span.start) for c in state.handout.claims}
        cited |= {(d.source, d.span.start) for d in state.handout.disclaimers}
        for i, sentence in enumerate(analysis.sentences):
            sentences.add_option(Option(self._sentence_prompt(analysis, sentence, cited),
                                        id=f"s{i}"))
        if analysis.sentences:
            sentences.highlighted = min(keep or 0, len(analysis.sentences) - 1)
        self.show_detail()

    def _sentence_prompt(
        self, analysis: SourceAnalysis, sentence: Sentence, cited: set[tuple[str, int]]
    ) -> Text:
        if sentence.boilerplate:
            return join(tag("web", "dim"), plain(sentence.text, "dim"))
        parts: list[Text] = []
        if (analysis.source_id, sentence.span.start) in cited:
            parts.append(plain("✓", "bold green"))
        disclaimer = candidate_disclaimer_for(analysis, sentence)
        if disclaimer is not None:
            parts.append(tag(f"notice: {KIND_TITLES.get(disclaimer.kind, disclaimer.kind)}",
                             "bold cyan"))
        claim = candidate_claim_for(analysis, sentence)
        if claim is not None:
            parts.append(tag(EVIDENCE_LABELS.get(claim.evidence, claim.evidence),
                             EVIDENCE_STYLES.get(claim.evidence, "")))
            parts += [tag(flag, "bold red") for flag in claim.flags]
        style = "bold" if sentence.heading else ""
        return join(*parts, plain(sentence.text, style))

    def current_sentence(self) -> tuple[str, Sentence] | None:
        sid = self.current_source_id()
        analysis = self.editor.state.analyses.get(sid or "")
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
        analysis = self.editor.state.analyses[sid]
        lines: list[Text] = []
        claim = candidate_claim_for(analysis, sentence)
        if claim is not None:
            cues = "; ".join(f"{c.tag}: {', '.join(c.words)}" for c in claim.cues if c.words)
            lines.append(join(plain("Claim —", "bold"),
                              plain(EVIDENCE_LABELS.get(claim.evidence, claim.evidence)),
                              plain(f"({cues})" if cues else "", "dim")))
        disclaimer = candidate_disclaimer_for(analysis, sentence)
        if disclaimer is not None:
            contacts = ", ".join(c.display + (f" ({c.label})" if c.label else "")
                                 for c in disclaimer.contacts)
            lines.append(join(plain("Notice —", "bold"),
                              plain(KIND_TITLES.get(disclaimer.kind, disclaimer.kind)),
                              plain(contacts, "cyan")))
        if sentence.boilerplate:
            lines.append(plain("Web page furniture (menus, share links): usually not cited.",
                               "dim"))
        page = analysis.source.page_at(sentence.span.start)
        lines.append(plain((f"page {page} · " if page else "")
                           + f"chars {sentence.span.start}–{sentence.span.end}   "
                           "a: add claim  d: add notice", "dim"))
        detail.update(join(*lines, sep="\n"))

    def select_sentence(self, source_id: str, start: int) -> bool:
        """Highlight the sentence of `source_id` that covers character `start`."""
        sources = self.query_one("#source-list", OptionList)
        ids = [sources.get_option_at_index(i).id for i in range(sources.option_count)]
        analysis = self.editor.state.analyses.get(source_id)
        if source_id not in ids or analysis is None:
            return False
        sources.highlighted = ids.index(source_id)
        self.show_source()
        for i, sentence in enumerate(analysis.sentences):
            if sentence.span.start <= start < max(sentence.span.end, sentence.span.start + 1):
                self.query_one("#sentence-list", OptionList).highlighted = i
                self.query_one("#sentence-list", OptionList).focus()
                self.show_detail()
                return True
        return False

    # ------------------------------------------------------------------ events

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "source-list":
            if getattr(self, "_shown", None) != event.option.id:
                self.show_source()
        elif event.option_list.id == "sentence-list":
            self.show_detail()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "source-list":
            self.query_one("#sentence-list", OptionList).focus()

    # ------------------------------------------------------------------ actions

    def action_add_claim(self) -> None:
        picked = self.current_sentence()
        if picked is None:
            self.app.notify("Pick a sentence first.", severity="warning")
            return
        sid, sentence = picked
        claim = candidate_claim_for(self.editor.state.analyses[sid], sentence)
        from summarizer.tui.screens.modals import ChoiceScreen

        guess = default_section(claim.evidence if claim else "opinion", sentence.text)

        def done(section: str | None) -> None:
            if section:
                self.editor.add_claim(sid, sentence, section)

        self.app.push_screen(ChoiceScreen(
            "Add as a claim in which section?",
            [(s, SECTION_TITLES[s]) for s in SECTIONS], message=sentence.text, initial=guess,
            dialog_id="pick-section"), done)

    def action_add_disclaimer(self) -> None:
        picked = self.current_sentence()
        if picked is None:
            self.app.notify("Pick a sentence first.", severity="warning")
            return
        sid, sentence = picked
        candidate = candidate_disclaimer_for(self.editor.state.analyses[sid], sentence)
        from summarizer.tui.screens.modals import ChoiceScreen

        def done(kind: str | None) -> None:
            if kind:
                self.editor.add_disclaimer(sid, sentence, kind)

        self.app.push_screen(ChoiceScreen(
            "Attach as which kind of notice?",
            [(k, KIND_TITLES[k]) for k in DISCLAIMER_KINDS], message=sentence.text,
            initial=candidate.kind if candidate else "educational", dialog_id="pick-kind"),
            done)

    def action_add_source(self) -> None:
        def done(value: str | None) -> None:
            if value:
                self.app.notify(f"Adding {visible(value)}…", markup=False)
                self.loading = True
                self.fetch_source(value)

        self.app.push_screen(AddSourceScreen("Add a source: a web address or a file path"),
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

    def _source_taken(self, items: list, errors: list[str]) -> None:
        from summarizer.errors import UserError
        from summarizer.sources.snapshot import assign_ids, keep

        self.loading = False
        for err in errors:
            self.app.notify(visible(err), severity="error", markup=False, timeout=10)
        if not items:
            return
        handout = self.editor.state.handout
        ids = assign_ids(items, (s.id for s in handout.sources))
        try:
            _, refs, _ = keep(self.editor.state.hdoc.base_dir, items, ids)
        except UserError as exc:
            self.app.notify(visible(str(exc)), severity="error", markup=False, timeout=10)
            return
        handout.sources.extend(refs)
        self.editor.mark_changed()
        self.refresh_view()
        self.editor.load_sources()
        for ref in refs:
            self.app.notify(visible(f"Added {ref.title or ref.id} as {ref.path}; ctrl+s saves "
                                    "the handout."), markup=False)
