"""One app process per browser connection (`AppProcess`, textual-serve's `AppService` extended).

What it changes: the process is started without a shell (`python -m tui.serving.child`), in a
folder of its own, with the book's address and the signed-in name in its environment only (not
on its command line, which `ps` shows to everyone, and never in a page); its stderr goes nowhere,
so nothing of a record can reach the server's log; and `stop()` always ends it: asked to quit,
then terminated, then killed, each after a short wait, so a browser that vanished, a session
left idle or a stuck app never leaves a process behind. The process imports the server's own
code, from wherever the server loaded it (an install, or a clone run as `python -m cli`), so a
session never runs another version of the program than the server that started it.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from textual_serve.app_service import AppService
from textual_serve.download_manager import DownloadManager

from tui.serving.child import DB_ENV, LANG_ENV, READ_ONLY_ENV, USER_ENV
from tui.serving.options import TOKEN_ENV

CODE = Path(__file__).resolve().parents[2]  # the folder holding `tui` and `store`
QUIT_WAIT_S = 3.0  # after "quit": the app saves its recovery copies and ends
TERM_WAIT_S = 2.0  # after SIGTERM, before SIGKILL
PACKET_HEADER = 5  # a type byte and a four-byte length


class AppProcess(AppService):
    """The app process of one browser connection (see the module)."""

    def __init__(
        self,
        *,
        db_url: str,
        lang: str,
        name: str,
        read_only: bool,
        folder: Path,
        write_bytes: Callable[[bytes], Awaitable[None]],
        write_str: Callable[[str], Awaitable[None]],
        close: Callable[[], Awaitable[None]],
        download_manager: DownloadManager,
    ) -> None:
        super().__init__(
            "minutebook",  # a label only: the process is started by `_open_app_process`
            write_bytes=write_bytes,
            write_str=write_str,
            close=close,
            download_manager=download_manager,
        )
        self._db_url = db_url
        self._lang = lang
        self._name = name
        self._read_only = read_only
        self.folder = folder
        self.last_input = time.monotonic()
        self.started = False

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def _build_environment(self, width: int = 80, height: int = 24) -> dict[str, str]:
        environment = super()._build_environment(width, height)
        environment.pop(TOKEN_ENV, None)  # the app has no use for the server's secret
        for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            # Settings, recovery copies and crash reports of served sessions live in the
            # server's folder for this name, never among the secretary's own.
            environment[variable] = str(self.folder / variable.lower())
        # The app process starts in its own folder, where `-m tui.serving.child` would not be
        # found unless the program is installed: it is given the folder the server runs from.
        paths = [str(CODE), *filter(None, environment.get("PYTHONPATH", "").split(os.pathsep))]
        environment["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
        environment[DB_ENV] = self._db_url
        environment[LANG_ENV] = self._lang
        environment[USER_ENV] = self._name
        environment[READ_ONLY_ENV] = "1" if self._read_only else ""
        return environment

    async def _open_app_process(
        self, width: int = 80, height: int = 24
    ) -> asyncio.subprocess.Process:
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._process = process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "tui.serving.child",
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.DEVNULL,  # a record's words never reach the server's log
            env=self._build_environment(width, height),
            cwd=self.folder,
            start_new_session=True,  # ctrl+c at the server's terminal is the server's to handle
        )  # fmt: skip
        assert process.stdin is not None
        self._stdin = process.stdin
        self.started = True
        return process

    async def send_bytes(self, data: bytes) -> bool:
        self.last_input = time.monotonic()
        return await super().send_bytes(data)

    async def run(self) -> None:
        """Relay the app's packets to the browser until the app ends, then close the browser's
        connection (textual-serve's own also copies the app's stderr to the log: not here)."""
        assert self._process is not None and self._process.stdout is not None
        stdout = self._process.stdout
        handlers = {b"D": self.on_data, b"M": self.on_meta, b"P": self.on_packed}
        try:
            for _ in range(10):  # the web driver's prelude: the app is running
                line = await stdout.readline()
                if not line or line == b"__GANGLION__\n":
                    break
            # Idle time counts from the app being up: a slow start on a busy server is no one's
            # idleness, and no one can press a key before the app is there to take it.
            self.last_input = time.monotonic()
            while True:
                header = await stdout.readexactly(PACKET_HEADER)
                payload = await stdout.readexactly(int.from_bytes(header[1:], "big"))
                handler = handlers.get(header[:1])
                if handler is not None:
                    await handler(payload)
        except (asyncio.IncompleteReadError, ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            with contextlib.suppress(Exception):
                await self.remote_close()

    async def stop(self) -> None:
        """End the app process whatever state it is in (see the module); wait for its relay."""
        process = self._process
        if process is None:
            return
        await self._download_manager.cancel_app_downloads(app_service_id=self.app_service_id)
        if process.returncode is None:
            await self.send_meta({"type": "quit"})
            if not await _ended(process, QUIT_WAIT_S):
                with contextlib.suppress(ProcessLookupError):
                    process.terminate()
                if not await _ended(process, TERM_WAIT_S):
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(process.pid, signal.SIGKILL)
                    await process.wait()
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task


async def _ended(process: asyncio.subprocess.Process, within_s: float) -> bool:
    try:
        await asyncio.wait_for(process.wait(), within_s)
    except TimeoutError:
        return False
    return True
