"""Rich `Text` builders: untrusted article text becomes styled plain text, never markup."""

from __future__ import annotations

from rich.text import Text

EVIDENCE_LABELS: dict[str, str] = {
    "human-trial": "human trial",
    "human-observational": "people observed",
    "animal": "animal study",
    "lab-mechanism": "lab/mechanism",
    "opinion": "opinion",
}
EVIDENCE_STYLES: dict[str, str] = {
    "human-trial": "bold green",
    "human-observational": "green",
    "animal": "bold yellow",
    "lab-mechanism": "yellow",
    "opinion": "magenta",
}


def tag(label: str, style: str) -> Text:
    return Text(f"[{label}]", style=style)


def plain(text: str, style: str = "") -> Text:
    """Literal text: brackets and `[bold]`-like strings stay exactly as written."""
    return Text(text, style=style)


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
