"""Rich `Text` builders: untrusted article text becomes styled plain text, never markup."""

from __future__ import annotations

from rich.text import Text

EVIDENCE_LABELS: dict[str, str] = {
    "randomized-controlled": "randomized trial",
    "controlled-trial": "controlled trial",
    "human-trial": "human trial",
    "uncontrolled-trial": "uncontrolled trial",
    "human-observational": "people observed",
    "case-report": "case report",
    "animal": "animal study",
    "lab-mechanism": "lab/mechanism",
    "opinion": "opinion",
}
EVIDENCE_STYLES: dict[str, str] = {
    "randomized-controlled": "bold green",
    "controlled-trial": "bold green",
    "human-trial": "bold green",
    "uncontrolled-trial": "green",
    "human-observational": "green",
    "case-report": "yellow",
    "animal": "bold yellow",
    "lab-mechanism": "yellow",
    "opinion": "magenta",
}


def evidence_tag(evidence: str) -> Text:
    return tag(EVIDENCE_LABELS.get(evidence, evidence), EVIDENCE_STYLES.get(evidence, ""))


# Colour words used in styles, as colours with WCAG AA contrast (>= 4.5:1) on every
# background the editor draws text on, the highlighted row included (see app.tcss and
# tests/test_tui_contrast.py). Named ANSI colours vary by terminal and fail on blue.
PALETTE: dict[str, str] = {
    "red": "#ff7b7b",
    "green": "#7ee07e",
    "yellow": "#e8d06a",
    "cyan": "#6fd3ee",
    "magenta": "#f08ce0",
    "dim": "#a8a8a8",  # muted text: readable, unlike the terminal's dim attribute
}


def accessible(style: str) -> str:
    """A style with its colour words replaced by the accessible palette."""
    return " ".join(PALETTE.get(word, word) for word in style.split())


def tag(label: str, style: str) -> Text:
    return Text(f"[{label}]", style=accessible(style))


def plain(text: str, style: str = "") -> Text:
    """Literal text: brackets and `[bold]`-like strings stay exactly as written."""
    return Text(text, style=accessible(style))


def join(*parts: Text | str, sep: str = " ") -> Text:
    out = Text()
    first = True
    for part in parts:
        if not part:
            continue
        if not first:
            out.append(sep)
        out.append_text(part if isinstance(part, Text) else Text(part))
        first = False
    return out


def quoted_start(text: str, limit: int = 40) -> str:
    """ “the first words…” of a claim or notice, for a message that says which one."""
    text = " ".join(text.split())
    return f"“{text[:limit]}…”" if len(text) > limit else f"“{text}”"
