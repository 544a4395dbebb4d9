"""Vietnamese for the TUI's Overview screen and its plots."""

MESSAGES: dict[str, str] = {}
