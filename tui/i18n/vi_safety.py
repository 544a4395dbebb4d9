"""Vietnamese for never losing what was typed: leaving with unsaved work, recovery copies,
conflicting saves, and the lifecycle of a record (approval, locking, amendments)."""

MESSAGES: dict[str, str] = {}
