"""The web server: textual-serve's `Server` extended with the gate, limits and a quiet log.

Routes, all under `--root-path`: `/` (the sign-in link, then the app's page), `/signin` (the
name form's answer, with `--allow-edit`), `/ws` (the websocket that starts one app process),
`/static/...` (textual-serve's terminal in the browser) and `/download/...` (files an app hands
over). Every request but the sign-in itself needs the session cookie, so no app process starts
for a browser that has not signed in (`guard`).

At most `max_sessions` app processes run at once; a browser beyond them gets a page saying so
that tries again by itself, never a hang. A page just served holds its place for a moment, so
the browser that was told "come in" is not beaten to it. A process whose browser sent nothing for
the idle time is stopped; the browser shows that the session ended, with a button to start again.

The log has the time, the address, the method, the path (never the query: the sign-in link holds
the secret) and the status, and the sessions opened and closed; never a record's words: the app
processes' stderr goes nowhere (`processes`).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import itertools
import json
import logging
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from urllib.parse import urlsplit

from aiohttp import WSMsgType, web
from aiohttp.abc import AbstractAccessLogger
from textual_serve.server import Server

from store.i18n import _
from tui.serving import pages
from tui.serving.gate import COOKIE, Gate, SignIn, clean_name
from tui.serving.options import ServeOptions
from tui.serving.processes import AppProcess

log = logging.getLogger("minutebook.serve")
PLACE_HELD_S = 30.0  # how long a served page keeps its place for its websocket
RETRY_S = 10  # the waiting page tries again this often
WRONG_SECRET_PAUSE_S = 1.0
MAX_MESSAGE = 256 * 1024  # a browser's message (keys, a paste) at most this long
HEADERS = {
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


class PathOnlyLog(AbstractAccessLogger):
    """One line a request, without its query string (the sign-in link holds the secret)."""

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        if request.path.startswith(_static_prefix(request)):
            return  # the terminal's script and fonts: noise
        self.logger.info("%s %s %s %s", request.remote, request.method, request.path,
                         response.status)  # fmt: skip


def _static_prefix(request: web.BaseRequest) -> str:
    return request.app.get("static_prefix", "/static/") if isinstance(request, web.Request) else ""


class BookServer(Server):
    """The minute book for browsers (see the module)."""

    def __init__(self, options: ServeOptions) -> None:
        super().__init__("minutebook", host=options.host, port=options.port,
                         title=_("Minute Book"))  # fmt: skip
        self.options = options
        self.root = options.root_path
        self.gate = Gate(options.token)
        self.live: dict[AppProcess, int] = {}  # each running app process → its number
        self.held: list[tuple[str, float]] = []  # (sign-in, when) of pages served, not yet open
        self.numbers = itertools.count(1)
        self.folder = Path(tempfile.mkdtemp(prefix="minutebook-serve-"))
        self.port_used = options.port

    # The application and its routes -------------------------------------------------------------

    async def _make_app(self) -> web.Application:
        app = web.Application(middlewares=[self.guard], client_max_size=64 * 1024)
        app["static_prefix"] = self.root + "/static/"
        root = self.root
        app.add_routes([
            web.get(root + "/", self.handle_index),
            web.post(root + "/signin", self.handle_sign_in),
            web.get(root + "/ws", self.handle_websocket),
            web.get(root + "/download/{key}", self.handle_download),
            web.static(root + "/static", self.statics_path),
        ])  # fmt: skip
        if root:
            app.router.add_get(root, self._to_root)
        app.on_shutdown.append(self.on_shutdown)
        return app

    async def _to_root(self, request: web.Request) -> web.StreamResponse:
        query = f"?{request.query_string}" if request.query_string else ""
        raise web.HTTPFound(self.root + "/" + query)

    @web.middleware
    async def guard(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        """Refuse every request without a sign-in, except the sign-in itself."""
        signing_in = request.path in (self.root + "/", self.root + "/signin", self.root) and (
            "token" in request.query or request.method == "POST"
        )
        if signing_in or self._sign_in_of(request) is not None:
            response = await handler(request)
        else:
            self.gate.refused += 1
            response = _html(pages.refused_page(), 403)
        if not response.prepared:
            response.headers.update(HEADERS)
        return response

    def _sign_in_of(self, request: web.Request) -> SignIn | None:
        return self.gate.signed_in(request.cookies.get(COOKIE))

    # Signing in ---------------------------------------------------------------------------------

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        if "token" in request.query:
            return await self._sign_in(request, request.query["token"], None)
        sign_in = self._sign_in_of(request)
        assert sign_in is not None  # the guard saw to it
        if not self._place_free():
            return _html(pages.wait_page(self.options.max_sessions, RETRY_S), 503)
        self.held.append((sign_in.key, time.monotonic()))
        return _html(pages.app_page(
            static_url=self.root + "/static/",
            websocket_url=self._websocket_url(request),
            font_size=_int(request.query.get("fontsize", "16"), 16, 8, 40),
            read_only=not self.options.allow_edit,
            name=sign_in.name,
        ))  # fmt: skip

    async def handle_sign_in(self, request: web.Request) -> web.StreamResponse:
        form = await request.post()
        token, name = str(form.get("token", "")), str(form.get("name", ""))
        return await self._sign_in(request, token, name)

    async def _sign_in(self, request: web.Request, token: str, name: str | None) -> web.Response:
        if not self.gate.right_token(token):
            self.gate.refused += 1
            await asyncio.sleep(WRONG_SECRET_PAUSE_S)  # guessing is slow
            return _html(pages.refused_page(), 403)
        if self.options.allow_edit:
            if name is None:  # the link: ask for the name the history will show
                return _html(pages.name_page(self.root + "/signin", token))
            if not clean_name(name):
                return _html(pages.name_page(self.root + "/signin", token, _("A name is needed.")))
        sign_in = self.gate.sign_in(clean_name(name or ""))
        response = _html(pages.signed_in_page(self.root + "/"))
        secure = request.secure or request.headers.get("X-Forwarded-Proto", "") == "https"
        response.set_cookie(COOKIE, sign_in.key, path=self.root or "/", httponly=True,
                            samesite="Strict", secure=secure)  # fmt: skip
        return response

    # Places -------------------------------------------------------------------------------------

    def _place_free(self) -> bool:
        now = time.monotonic()
        self.held = [(key, when) for key, when in self.held if now - when < PLACE_HELD_S]
        return len(self.live) + len(self.held) < self.options.max_sessions

    def _take_place(self, key: str) -> bool:
        """A place for this sign-in's websocket: the one its page held, or a free one."""
        for index, (held_key, _when) in enumerate(self.held):
            if held_key == key:
                del self.held[index]
                return True
        return self._place_free()

    def _websocket_url(self, request: web.Request) -> str:
        https = request.secure or request.headers.get("X-Forwarded-Proto", "") == "https"
        return f"{'wss' if https else 'ws'}://{request.host}{self.root}/ws"

    # One browser's app process ------------------------------------------------------------------

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        sign_in = self._sign_in_of(request)
        assert sign_in is not None  # the guard saw to it
        origin = request.headers.get("Origin")
        if origin is not None and urlsplit(origin).netloc != request.host:
            raise web.HTTPForbidden(text="another site's page", headers=HEADERS)  # not a person's
        websocket = web.WebSocketResponse(heartbeat=15, max_msg_size=MAX_MESSAGE)
        placed = self._take_place(sign_in.key)
        await websocket.prepare(request)
        if not placed:
            text = pages.wait_text(self.options.max_sessions)
            await websocket.send_bytes(("\r\n  " + text + "\r\n").encode("utf-8"))
            await websocket.close()
            return websocket
        process = self._process_for(sign_in, websocket)
        number = self.live[process] = next(self.numbers)
        log.info("session %d opened (%d open)", number, len(self.live))
        idle = asyncio.create_task(self._end_when_idle(process, websocket, number))
        try:
            width = _int(request.query.get("width", "80"), 80, 20, 500)
            height = _int(request.query.get("height", "24"), 24, 5, 300)
            await process.start(width, height)
            await self._relay(websocket, process)
        except Exception as error:  # its type only: a message could hold what was typed
            log.error("session %d failed: %s", number, type(error).__name__)
        finally:
            idle.cancel()
            await process.stop()
            del self.live[process]
            log.info("session %d closed (%d open)", number, len(self.live))
        return websocket

    def _process_for(self, sign_in: SignIn, websocket: web.WebSocketResponse) -> AppProcess:
        who = hashlib.sha256(sign_in.name.encode("utf-8")).hexdigest()[:16]

        async def close() -> None:  # the app ended: so does the browser's connection
            await websocket.close()

        return AppProcess(
            db_url=self.options.db_url,
            lang=self.options.lang,
            name=sign_in.name,
            read_only=not self.options.allow_edit,
            folder=self.folder / (who if sign_in.name else "reading"),
            write_bytes=websocket.send_bytes,
            write_str=websocket.send_str,
            close=close,
            download_manager=self.download_manager,
        )

    async def _relay(self, websocket: web.WebSocketResponse, process: AppProcess) -> None:
        """The browser's keys, sizes and focus to the app, until the browser goes."""
        async for message in websocket:
            if message.type != WSMsgType.TEXT:
                continue
            try:
                kind, data = json.loads(message.data)[:2]
            except (ValueError, TypeError):
                continue  # not textual-serve's client
            if kind == "stdin" and isinstance(data, str):
                await process.send_bytes(data.encode("utf-8"))
            elif kind == "resize" and isinstance(data, dict):
                process.last_input = time.monotonic()
                width = _int(str(data.get("width")), 80, 20, 500)
                await process.set_terminal_size(width, _int(str(data.get("height")), 24, 5, 300))
            elif kind == "ping":
                await websocket.send_json(["pong", data])
            elif kind == "blur":
                await process.blur()
            elif kind == "focus":
                await process.focus()

    async def _end_when_idle(
        self, process: AppProcess, websocket: web.WebSocketResponse, number: int
    ) -> None:
        idle_s = self.options.idle_minutes * 60
        while True:
            await asyncio.sleep(max(0.5, min(30.0, idle_s / 4)))
            if time.monotonic() - process.last_input > idle_s:
                log.info("session %d idle for %g minutes: ended", number,
                         self.options.idle_minutes)  # fmt: skip
                await process.stop()
                await websocket.close()
                return

    # Starting and stopping ----------------------------------------------------------------------

    async def on_shutdown(self, app: web.Application) -> None:
        await asyncio.gather(*(process.stop() for process in list(self.live)),
                             return_exceptions=True)  # fmt: skip
        shutil.rmtree(self.folder, ignore_errors=True)

    def run(self, ready: Callable[[int], None]) -> None:
        """Serve until SIGINT or SIGTERM; `ready(port)` once listening. OSError if the address
        cannot be taken."""
        logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                            format="%(asctime)s %(message)s", datefmt="%H:%M:%S")  # fmt: skip
        try:
            asyncio.run(self._serve(ready))
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    async def _serve(self, ready: Callable[[int], None]) -> None:
        runner = web.AppRunner(await self._make_app(), handle_signals=False,
                               access_log_class=PathOnlyLog, access_log=log)  # fmt: skip
        await runner.setup()
        try:
            site = web.TCPSite(runner, self.options.host, self.options.port)
            await site.start()
            self.port_used = int(runner.addresses[0][1])
            stop = asyncio.Event()
            loop = asyncio.get_running_loop()
            for signal_number in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(signal_number, stop.set)
            ready(self.port_used)
            await stop.wait()
        finally:
            with contextlib.suppress(Exception):
                await runner.cleanup()


def _html(text: str, status: int = 200) -> web.Response:
    return web.Response(text=text, status=status, content_type="text/html", charset="utf-8")


def _int(text: str, default: int, low: int, high: int) -> int:
    try:
        return max(low, min(high, int(text)))
    except ValueError:
        return default
