"""Vietnamese for the people, person and decisions screens."""

MESSAGES: dict[str, str] = {}
