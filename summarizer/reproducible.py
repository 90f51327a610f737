"""The date a reproducible build prints: SOURCE_DATE_EPOCH, read in one place.

The PDF footer (render) and the gate's META-NO-DATE warning both need it; this module is
pure so the gate can read it without importing the renderer.
"""

from __future__ import annotations

import datetime as dt
import os


def source_date() -> dt.date | None:
    """The date SOURCE_DATE_EPOCH names (reproducible builds), for a handout without one."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw.isdigit():
        return None
    return dt.datetime.fromtimestamp(int(raw), tz=dt.UTC).date()
