"""What the editor's terminal shows, read from Textual's public screenshot (an SVG):
the text of each line, and each run of text with its colour and background."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from textual.app import App

CELL_W, LINE_H = 12.2, 24.4
_CLASS = re.compile(r"\.(terminal-r\d+) \{ fill: (#[0-9a-f]{6})")
_RECT = re.compile(r'<rect fill="(#[0-9a-f]{6})" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"')
_TEXT = re.compile(r'<text class="(terminal-r\d+)" x="([\d.]+)" y="([\d.]+)" '
                   r'textLength="[\d.]+" clip-path="[^"]*">([^<]*)</text>')


@dataclass(frozen=True)
class Run:
    row: int
    col: int
    text: str
    fg: str
    bg: str


def _svg(app: App[object]) -> str:
    svg = app.export_screenshot()
    return re.sub(r"terminal-\d+-", "terminal-", svg)  # class prefixes vary per export


def runs(app: App[object]) -> list[Run]:
    svg = _svg(app)
    fills = dict(_CLASS.findall(svg))
    width, height = app.size
    bg = [["#000000"] * width for _ in range(height)]
    for fill, x, y, w in _RECT.findall(svg):
        row = round((float(y) - 1.5) / LINE_H)
        col = round(float(x) / CELL_W)
        for c in range(col, min(width, col + round(float(w) / CELL_W))):
            if 0 <= row < height:
                bg[row][c] = fill
    out: list[Run] = []
    for cls, x, y, text in _TEXT.findall(svg):
        row = round((float(y) - 20) / LINE_H)
        col = round(float(x) / CELL_W)
        plain = html.unescape(text).replace("\xa0", " ")
        if 0 <= row < height and cls in fills:
            out.append(Run(row, col, plain, fills[cls], bg[row][min(col, width - 1)]))
    return out


def lines(app: App[object]) -> list[str]:
    """Each terminal line as plain text."""
    width, height = app.size
    grid = [[" "] * width for _ in range(height)]
    for run in runs(app):
        for i, ch in enumerate(run.text):
            if run.col + i < width:
                grid[run.row][run.col + i] = ch
    return ["".join(row).rstrip() for row in grid]


def text(app: App[object]) -> str:
    return "\n".join(lines(app))


def _luminance(color: str) -> float:
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(fg: str, bg: str) -> float:
    """WCAG 2 contrast ratio between two #rrggbb colours (1 to 21)."""
    a, b = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)
