"""`QuickExitDriver`: Textual's Linux terminal driver, ending its input thread at once on quitting.

Quitting (ctrl+q) waited about 200 ms between the app's last frame and the terminal given back:
Textual's driver stops reading keys by setting a flag its input thread looks at between waits of
0.1 s on the terminal, joins that thread, and the thread, once it sees the flag, waits 0.1 s more
on nothing before it ends. This driver's thread waits on the terminal and on a pipe of its own;
stopping writes to the pipe, so the thread ends as soon as it is told, having read every key that
reached it (as Textual's does, the keys still unread are discarded when the driver restores the
terminal). A terminal that has gone ends the thread too, and the app as a hang-up does.
Everything else is Textual's driver: the terminal's modes, the writer thread, suspending with
ctrl+z (a new pipe each time the keys are read again).
"""

from __future__ import annotations

import contextlib
import os
import selectors
import signal
from codecs import getincrementaldecoder

from textual._parser import ParseError
from textual._xterm_parser import XTermParser
from textual.drivers.linux_driver import LinuxDriver


class QuickExitDriver(LinuxDriver):
    """A Linux driver whose input thread ends the moment input is disabled (see the module)."""

    _wake: tuple[int, int] | None = None  # the pipe that tells the input thread to end

    def start_application_mode(self) -> None:
        # Made before the thread starts, so that stopping can never miss it.
        self._wake = os.pipe()
        super().start_application_mode()

    def disable_input(self) -> None:
        wake, self._wake = self._wake, None
        if wake is not None:
            with contextlib.suppress(OSError):  # the thread has ended already
                os.write(wake[1], b"\0")
        super().disable_input()  # sets Textual's flag and joins the thread, now at once
        if wake is not None:
            os.close(wake[1])

    def run_input_thread(self) -> None:
        """Read keys until told to stop; Textual's own loop, without its waits."""
        wake = self._wake
        if wake is None:  # not started by start_application_mode: Textual's own loop
            super().run_input_thread()
            return
        parser = XTermParser(self._debug)
        decode = getincrementaldecoder("utf-8")().decode
        selector = selectors.SelectSelector()  # as Textual's: the terminal is one descriptor
        selector.register(self.fileno, selectors.EVENT_READ)
        selector.register(wake[0], selectors.EVENT_READ)
        try:
            while not self.exit_event.is_set():
                ready = {key.fd for key, _mask in selector.select(0.1)}
                if self.fileno in ready:
                    try:
                        data = os.read(self.fileno, 4096)
                    except OSError:  # EIO: the terminal has gone
                        data = b""
                    if not data:
                        self._hung_up()
                        break
                    for event in parser.feed(decode(data)):
                        self.process_message(event)
                for event in parser.tick():
                    self.process_message(event)
                if wake[0] in ready:
                    break
        finally:
            selector.close()
            os.close(wake[0])
            with contextlib.suppress(EOFError, ParseError):
                for _event in parser.feed(""):
                    pass


    def _hung_up(self) -> None:
        """The terminal has gone (closed, or its connection dropped): nothing more will be read.
        A terminal that is ready to read with nothing in it is ready again at once, and this
        thread went round reading nothing, holding a core, in a program no one could see or quit
        (the hang-up's signal had raced the app's exit). The program is told as the hang-up
        tells it: the recovery copies are written and the app ends (tui/recovery.py); before
        the app has set that up, the signal's own action ends the process."""
        with contextlib.suppress(OSError):
            os.kill(os.getpid(), signal.SIGHUP)


__all__ = ["QuickExitDriver"]
