"""Where a clinic's own data files are looked for, outside the installed package.

Its own small module so that the analysis cache can name a clinic's word lists in its
code fingerprint without importing the rulebook (whose patterns and classes cost a few
milliseconds on the editor's way to its sources, benchmarks/startup.py).
"""

from __future__ import annotations

import os
from pathlib import Path


def clinic_words_dirs() -> list[Path]:
    """The folders a clinic's word lists are read from, before the package's, first found
    wins: the user's and then the site's data folders (platformdirs: on Linux
    $XDG_DATA_HOME/summarizer/rulebook/words, then each of $XDG_DATA_DIRS)."""
    import platformdirs

    user = platformdirs.user_data_path("summarizer") / "rulebook" / "words"
    sites = str(platformdirs.site_data_path("summarizer", multipath=True)).split(os.pathsep)
    return [user, *(Path(p) / "rulebook" / "words" for p in sites if p)]
