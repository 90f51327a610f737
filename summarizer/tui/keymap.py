"""Rebindable keys: `keymap.toml` in the user's config folder maps binding ids to keys.

    # ~/.config/summarizer/keymap.toml (platformdirs' user config dir)
    [keymap]
    save = "ctrl+s"
    add-claim = "a,enter"

Applied with App.set_keymap, the way Posting does; every binding of the editor has an
id for this (tests check it). Unknown ids and bad values are reported, not fatal.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

ENV = "SUMMARIZER_KEYMAP"  # a keymap file to use instead of the user's (tests, kiosks)
_KEYS = re.compile(r"[\w+\-]+(,[\w+\-]+)*")


def default_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("summarizer")) / "keymap.toml"


def load(path: Path | None = None) -> tuple[dict[str, str], list[str]]:
    """(binding id -> keys, problems). A missing file is an empty keymap."""
    if path is None:
        env = os.environ.get(ENV)
        path = Path(env) if env else default_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:  # the usual case: tomllib is not even imported
        return {}, []
    except (OSError, UnicodeDecodeError) as exc:
        return {}, [f"Keymap {path} ignored: {exc}"]
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return {}, [f"Keymap {path} ignored: {exc}"]
    table = data.get("keymap", {})
    if not isinstance(table, dict):
        return {}, [f"Keymap {path}: [keymap] must be a table of id = \"keys\""]
    keys: dict[str, str] = {}
    problems: list[str] = []
    for binding_id, value in table.items():
        text = value.replace(" ", "") if isinstance(value, str) else ""
        if not _KEYS.fullmatch(text):
            problems.append(f"Keymap {path}: {binding_id} = {value!r} is not a key list")
            continue
        keys[str(binding_id)] = text
    return keys, problems
