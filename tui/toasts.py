"""Toasts about a meeting: one at a time for each meeting, its title cut to fit the toast.

At 80×24, `del` then `u` on the list left two toasts ("Deleted: …", "Restored: …") of four lines
each over half the list for seconds, the whole title said twice. Now a toast about a meeting
replaces the one before it about the same meeting (the restore takes the delete's place), and the
title is cut with … to about one line of the toast, so the rest of the message (the undo hint)
stays whole on the line after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.notifications import Notification, Notify, SeverityLevel

from store import one_line
from tui.widgets.row_cells import cut_with_ellipsis

if TYPE_CHECKING:
    from textual.app import App

# Textual's toast is 60 cells wide, at most half the screen; its left border and one cell of
# padding each side leave the text 3 cells less.
TOAST_WIDTH = 60
TOAST_FRAME = 3
SLACK = 4  # cells of the title's line left for where the words wrap
SHORTEST = 12  # a title is never cut shorter than this


def toast_title(app: App[object], title: str) -> str:
    """`title` on one line, cut with … to about a line of a toast on this screen."""
    room = min(TOAST_WIDTH, app.size.width // 2) - TOAST_FRAME - SLACK
    return cut_with_ellipsis(one_line(title), max(SHORTEST, room)).rstrip(" ")


class MeetingToasts:
    """The app's toasts about meetings, by meeting: a new one replaces the last still shown."""

    def __init__(self, app: App[object]) -> None:
        self.app = app
        self._shown: dict[int, Notification] = {}

    def say(
        self, meeting_id: int, message: str, *, severity: SeverityLevel = "information"
    ) -> None:
        """Show `message` (plain text, never markup) about `meeting_id` in place of the toast
        shown about it before. On the UI thread."""
        self._shown = {key: shown for key, shown in self._shown.items() if not shown.has_expired}
        before = self._shown.pop(meeting_id, None)
        if before is not None:
            # Textual removes a single toast only through this (its own dismissal on a click).
            self.app._unnotify(before)
        timeout = self.app.NOTIFICATION_TIMEOUT
        notification = Notification(message, "", severity, timeout, markup=False)
        self._shown[meeting_id] = notification
        self.app.post_message(Notify(notification))


__all__ = ["MeetingToasts", "toast_title"]
