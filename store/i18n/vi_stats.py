"""Vietnamese for the committee's figures: `minutebook stats` and the quarterly report."""

MESSAGES: dict[str, str] = {}
