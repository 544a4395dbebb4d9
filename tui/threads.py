"""How a thread's worker gives its result back to the screen or widget that asked for it.

Every slow read (a search, a record, a figure) runs in a thread so that typing never waits on
the book; `hand_back` is the one way its result reaches the UI thread again.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from textual.dom import DOMNode
from textual.screen import Screen


def hand_back(node: DOMNode, callback: Callable[..., object], *args: object, **kwargs: Any) -> None:
    """From a thread's worker: run `callback(*args, **kwargs)` on the UI thread, if `node` is
    still on an open screen.

    A thread cannot be cancelled: a search or a record read can finish after its screen was
    closed, or while the app is quitting and taking its widgets down one by one. Its result
    then has nowhere to go, and drawing it would look for widgets already gone.
    """
    app = node.app

    async def land() -> None:
        if not (app.is_running and node.is_attached):
            return
        screen = node if isinstance(node, Screen) else node.screen
        if screen in app.screen_stack:
            result = callback(*args, **kwargs)
            if inspect.isawaitable(result):  # a coroutine method: it runs to its end here
                await result

    app.call_from_thread(land)
