"""Vietnamese for keeping the record: a meeting's history, the trash, deleting and restoring."""

MESSAGES: dict[str, str] = {}
