"""Title and date for plain-text and Markdown sources, which carry no metadata.

The title is the first line that is not site furniture; the date is the first date
printed near the top (byline) or in a "Last updated" line near the bottom.
"""

from __future__ import annotations

import re

from summarizer.sources.boilerplate import is_furniture_line
from summarizer.sources.dates import DMY, parse_date

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_LEADING_DATE = re.compile(rf"^(?:{DMY.pattern})\s+", re.I)


def guess_metadata(text: str, fmt: str) -> tuple[str, str]:
    """(title, ISO date or "") from the first and last lines only, so it stays cheap."""
    head = text[:20000].splitlines()[:40]
    tail = text[-4000:].splitlines()[-10:]
    title = ""
    for line in head:
        stripped = line.strip()
        if not stripped or is_furniture_line(stripped):
            continue
        if fmt == "md":
            stripped = _MD_HEADING.sub("", stripped)
        stripped = _LEADING_DATE.sub("", stripped).strip(" #*_")
        if len(stripped.split()) >= 2:
            title = stripped[:200]
            break
    published = ""
    for line in head[:15] + tail:
        if len(line.split()) <= 12 or re.search(r"(?i)\b(updated|published|posted)\b", line):
            published = parse_date(line)
            if published:
                break
    return title, published
