"""The store's messages in Vietnamese: a record's validation, dates and times as typed, the
errors a command or a screen shows (not found, usage, files), import problems.

Keys are the English texts as store/*.py says them through `_()`; values a user typed, file
names and fields' codes stay as they are.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # How a search is described back (store/query.py)
    "words": "từ",
    "all meetings": "mọi cuộc họp",
}
