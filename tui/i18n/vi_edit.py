"""Vietnamese for the edit and new-meeting screens."""

MESSAGES: dict[str, str] = {}
