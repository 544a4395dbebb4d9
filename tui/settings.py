"""What the TUI remembers between sessions (the theme) and the user's own key bindings.

Both live in the user's config directory (`platformdirs`): `settings.json`, written by the app,
and `keymap.toml`, written by the user to rebind keys by binding id:

    [keys]
    "browse.search" = "ctrl+f"
    "meeting.edit" = "f4"
"""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path
from typing import Any

import store


def config_dir() -> Path:
    from platformdirs import user_config_path

    return user_config_path("minutebook", appauthor=False)


KEYMAP_LIMIT = 256 * 1024  # a key map is a few lines; more is not one


def load_settings(folder: Path) -> dict[str, Any]:
    path = folder / "settings.json"
    if not os.path.lexists(path):
        return {}
    try:
        data = json.loads(store.read_limited(path, KEYMAP_LIMIT, what="settings file"))
    except (store.StoreError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_settings(folder: Path, settings: dict[str, Any]) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "settings.json").write_text(json.dumps(settings, indent=2), encoding="utf-8")
    except OSError:
        pass  # a read-only home must not stop the minute book


def load_keymap(folder: Path) -> tuple[dict[str, str], str | None]:
    """The user's bindings (id → keys) and, if the file is wrong, one line saying why."""
    path = folder / "keymap.toml"
    if not os.path.lexists(path):
        return {}, None
    try:
        # Bounded, and only a regular file: a FIFO named keymap.toml must not hang the start.
        text = store.read_limited(path, KEYMAP_LIMIT, what="key map").decode("utf-8")
        data = tomllib.loads(text)
    except store.StoreError as exc:
        return {}, f"{exc}; your key bindings were not applied"
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return {}, f"{path}: {exc}; your key bindings were not applied"
    keys = data.get("keys", {})
    if not isinstance(keys, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in keys.items()
    ):
        return {}, f'{path}: write [keys] then lines such as "browse.search" = "ctrl+f"'
    return keys, None
