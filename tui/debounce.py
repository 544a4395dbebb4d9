"""`Debounce`: run something once the keys stop, not on every key.

Every filter box (the home search, the people and decisions filters, the person pickers) waits a
moment after the last key before it asks the book: each key restarts the timer, so typing `khang`
runs one search, not five. The search itself then runs in a worker, which drops its result if
the box has changed since (each screen does that part: it knows what "the box" is).
"""

from __future__ import annotations

from collections.abc import Callable

from textual.message_pump import MessagePump
from textual.timer import Timer


class Debounce:
    """A restartable timer owned by a widget or screen: `debounce(callback)` runs `callback`
    `delay` seconds after the last call, and only the last call's callback runs."""

    def __init__(self, owner: MessagePump, delay: float) -> None:
        self._owner = owner
        self.delay = delay
        self._timer: Timer | None = None

    def __call__(self, callback: Callable[[], object]) -> None:
        self.cancel()
        self._timer = self._owner.set_timer(self.delay, callback)

    def cancel(self) -> None:
        """Forget the pending callback, if any (Enter pressed before the timer fired)."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
