"""Benchmark of the TUI: first frame, search as you type, cursor keys, memory.

    python bench/tui_bench.py                 # builds bench/out/100k.db if missing (slow once)
    python bench/tui_bench.py --db BOOK.db    # any existing book (a file or a URL)
    python bench/tui_bench.py --postgresql    # bench/out/100k.db copied to a throwaway server
    python bench/tui_bench.py --only edit,quit   # some measures only (frame, search, cursor, ...)

Prints, from one run on one machine:
- first frame: wall time from starting the real `minutebook --db BOOK` command in a pseudo-terminal
  to the list of meetings on the screen, on an empty book and on the big one, and their ratio
  (median of five launches each);
- search: the app driven headless, a query typed a key every 100 ms (a quick typist; every
  intermediate key starts a search that the next one must interrupt), timed from the last key to
  the screen update that shows its results (p50/p99 over every query);
- cursor: from a cursor key to the screen update that shows the cursor moved (p50/p99);
- the peak RSS of the headless app on the big book;
- the keys of issue 19, each from the key to the screen settled (below): `e` on a meeting to the
  edit form filled, esc from the search box to the list, esc from an untouched edit form back to
  the meeting (p50/p99, with the first screen update after the key beside them), and ctrl+q on
  the home list to the process's exit, whole-process, in the pseudo-terminal (p50/p99).
"Settled": the screen's own ready state holds (the form loaded and filled, the list focused),
every widget of the screen has handled the messages queued so far (Pilot's wait for the screen),
no worker is running, and no screen update follows for 100 ms; the time is that of the last
screen update before the quiet. The cursor's blink is switched off in the session, so its
repaint twice a second is not taken for work.
"Screen update" is the moment Textual hands the changed lines to the terminal driver (its
`App._display`), the end of everything the app does for a key. The targets (issue 3): first frame
≤ 1.3× the empty book's, search ≤ 150 ms p99, cursor ≤ 50 ms p99, RSS ≤ 150 MB at 100,000 meetings;
issue 14 asks the search's on PostgreSQL too. With `--postgresql` both books, the empty one and the
big one, are databases of a throwaway server (`searches.ThrowawayPostgres`), the big one a `db copy`
of the SQLite book; with `--db URL` the empty book is a new SQLite file unless `--empty-db URL`
names one.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import pty
import resource
import select
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

SIZE = (160, 45)
TYPING_GAP = 0.1  # seconds between keys typed in the search box
SEARCH_TIMEOUT = 20.0  # seconds: a search not on screen by then is counted as this, and named
QUERIES = [
    "nguyen", "khang", "hoi nghi", "cong doan", "person:hai", "chair:nguyen", "date:2022-05",
    "date:2019", "doc:02-nq/tw", "ky ket", "ldld", "org:ldld", "place:vinh", "tran thi",
    "ban chap hanh", "nha o", "giao ban", "kind:\"hoi nghi\"", "le van", "date:2024..",
    "chair:nguyen hoi nghi", "chair:le ke hoach", "quý 2/2024", "\"ky ket\"",
]  # fmt: skip  # the last four: issue 14's field + words, a period as said, a phrase
CURSOR_KEYS = ["down"] * 150 + ["pagedown"] * 30 + ["up"] * 100 + ["end", "home"] * 5


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def ms(seconds: float, digits: int = 0) -> str:
    return f"{seconds * 1000:.{digits}f} ms"


# First frame: the real command in a pseudo-terminal ---------------------------------------------


def first_frame(
    db: str, config: Path, marker: bytes, *, then_quit: bool = False
) -> tuple[float, float | None]:
    """Seconds from starting `minutebook` until `marker` (text of the first filled screen); with
    `then_quit`, once the screen is quiet for half a second, seconds from ctrl+q to the exit."""
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(SIZE[0]), "LINES": str(SIZE[1])}
    env["XDG_CONFIG_HOME"] = str(config)
    env.pop("CI", None)
    command = [sys.executable, "-c", "import cli; cli.main()", "--db", db, "--lang", "en"]
    controller, terminal = pty.openpty()
    os.set_blocking(controller, False)
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdin=terminal, stdout=terminal, stderr=terminal,
        start_new_session=True,
    )  # fmt: skip
    os.close(terminal)
    seen = b""

    def read(wait: float) -> bool:
        """Read what the app wrote within `wait` seconds; False when nothing came."""
        nonlocal seen
        ready, _, _ = select.select([controller], [], [], wait)
        if ready:
            with contextlib.suppress(OSError):  # the app has gone: its side of the pty closed
                seen = seen[-4096:] + os.read(controller, 65536)
        return bool(ready)

    try:
        while marker not in seen:
            if time.perf_counter() - start > 60:
                raise TimeoutError(f"no {marker!r} on the screen after 60 s")
            read(0.5)
        frame = time.perf_counter() - start
        if not then_quit:
            return frame, None
        while read(0.5):  # the screen settles: half a second without output
            pass
        pressed = time.perf_counter()
        os.write(controller, b"\x11")  # ctrl+q, as the terminal sends it
        while process.poll() is None:
            if time.perf_counter() - pressed > 30:
                raise TimeoutError("still running 30 s after ctrl+q")
            read(0.001)
        return frame, time.perf_counter() - pressed
    finally:
        if process.poll() is None:
            process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        os.close(controller)


# Key to screen update, headless -------------------------------------------------------------------


class PaintLog:
    """Every screen update the app makes, with the time and what it showed."""

    def __init__(self, app: Any, state: Callable[[], object]) -> None:
        self.updates: list[tuple[float, object]] = []
        original = app._display

        def display(screen: Any, renderable: Any) -> None:
            original(screen, renderable)
            if renderable is not None:
                self.updates.append((time.perf_counter(), state()))

        app._display = display

    async def shown(self, since: float, wanted: object, timeout: float = 60) -> float:
        """Seconds from `since` to the first update after it that showed `wanted`."""
        deadline = time.perf_counter() + timeout
        while True:
            for when, state in reversed(self.updates):
                if when < since:
                    break
                if state == wanted:
                    earliest = min(w for w, s in self.updates if w >= since and s == wanted)
                    return earliest - since
            if time.perf_counter() > deadline:
                raise TimeoutError(f"the screen never showed {wanted!r}")
            await asyncio.sleep(0.001)


def send_key(app: Any, key: str, char: str | None = None) -> None:
    """Hand a key to the app as the terminal driver would."""
    from textual import events

    app._driver.send_message(events.Key(key, char))


def type_char(app: Any, char: str) -> None:
    from textual.keys import _character_to_key

    send_key(app, char if char.isalnum() else _character_to_key(char), char)


async def settle(app: Any) -> None:
    """Let the app finish what the last key started (workers, timers)."""
    from textual._wait import wait_for_idle

    await wait_for_idle(0.05)


QUIET = 0.1  # seconds without a screen update (and with nothing queued) that make "settled"
EDITS = 30  # meetings opened in the edit form
QUITS = 10  # launches of the big book quit with ctrl+q
QUICK = False  # --quick: a few of each, while developing
MEASURES = ("frame", "search", "cursor", "edit", "quit")  # what --only may choose
ONLY: set[str] = set(MEASURES)  # --only: the measures this run takes


async def settled(
    app: Any, log: PaintLog, since: float, ready: Callable[[], bool]
) -> tuple[float, float]:
    """(first screen update, settled): seconds from `since` (see the module's "settled")."""
    from textual.pilot import Pilot

    pilot = Pilot(app)
    deadline = time.perf_counter() + 60
    while True:
        if time.perf_counter() > deadline:
            raise TimeoutError("the screen never settled")
        if not ready() or any(not worker.is_finished for worker in app.workers):
            await asyncio.sleep(0.001)
            continue
        await pilot._wait_for_screen()
        count = len(log.updates)
        await asyncio.sleep(QUIET)
        if len(log.updates) == count and ready():
            break
    after = [when for when, _ in log.updates if when >= since] or [since]
    return after[0] - since, after[-1] - since


def quiet_cursors() -> None:
    """No blinking cursor in the measured session: its repaint is not the app settling."""
    from textual.widgets import Input, TextArea

    Input._toggle_cursor = lambda self: None  # type: ignore[method-assign]
    TextArea._toggle_cursor_blink_visible = lambda self: None  # type: ignore[method-assign]


async def issue_keys(app: Any, log: PaintLog, screen: Any, keys: dict[str, list[float]]) -> None:
    """`e` on a meeting, and esc from the untouched form, on EDITS meetings down the list."""
    from tui.screens.edit import EditScreen
    from tui.screens.meeting import MeetingScreen

    def form_ready() -> bool:
        form = app.screen
        return isinstance(form, EditScreen) and form._baseline is not None

    def showing(kind: type) -> Callable[[], bool]:
        return lambda: type(app.screen) is kind

    for _ in range(4 if QUICK else EDITS):
        send_key(app, "pagedown")
        send_key(app, "down")
        await settled(app, log, time.perf_counter(), showing(type(screen)))
        send_key(app, "enter")
        meeting = showing(MeetingScreen)
        loaded = lambda: type(app.screen) is MeetingScreen and app.screen.record  # noqa: E731
        await settled(app, log, time.perf_counter(), loaded)
        for key, name, ready in (("e", "edit", form_ready), ("escape", "leave", meeting)):
            pressed = time.perf_counter()
            send_key(app, key, key if key == "e" else None)
            first, done = await settled(app, log, pressed, ready)
            keys[f"{name} first"].append(first)
            keys[name].append(done)
        send_key(app, "escape")
        await settled(app, log, time.perf_counter(), showing(type(screen)))


async def session(db: str, config: Path) -> dict[str, Any]:
    from tui.app import make_app
    from tui.screens.browse import BrowseScreen
    from tui.widgets.meeting_list import MeetingList

    quiet_cursors()
    app = make_app(db, lang="en", settings_folder=config)
    searches: list[float] = []
    moves: list[float] = []
    slowest: list[tuple[float, str]] = []
    slow_keys: list[tuple[float, str]] = []
    keys: dict[str, list[float]] = {
        name: [] for name in ("edit", "edit first", "leave", "leave first", "esc", "esc first")
    }
    async with app.run_test(size=SIZE):
        while not (isinstance(app.screen, BrowseScreen) and app.screen._shown_query == ""):
            await asyncio.sleep(0.01)
        screen = app.screen
        meetings = screen.query_one(MeetingList)
        box = screen.query_one("#search")
        log = PaintLog(app, lambda: (screen.visible_query, meetings.cursor))
        await settle(app)
        queries = QUERIES[:6] if QUICK else QUERIES * 2
        for query in queries if "search" in ONLY else []:
            send_key(app, "slash")
            send_key(app, "ctrl+a")
            send_key(app, "ctrl+k")
            await settle(app)
            while screen._shown_query != "":
                await asyncio.sleep(0.01)
            for char in query[:-1]:
                type_char(app, char)
                await asyncio.sleep(TYPING_GAP)
            typed = time.perf_counter()
            type_char(app, query[-1])
            try:
                took = await log.shown(typed, (query, 0), timeout=SEARCH_TIMEOUT)
            except TimeoutError:  # counted as the wait, so p99 shows it; the next query goes on
                took = SEARCH_TIMEOUT
                query = f"{query} (no results after {SEARCH_TIMEOUT:.0f} s)"
            searches.append(took)
            slowest.append((took, query))
            await settle(app)
            if took < SEARCH_TIMEOUT:  # esc, once the whole result is in: the list takes the keys
                whole = lambda q=query: screen._shown_query == q  # noqa: E731
                await settled(app, log, time.perf_counter(), whole)
                pressed = time.perf_counter()
                send_key(app, "escape")
                first, done = await settled(app, log, pressed, lambda: meetings.has_focus)
                keys["esc first"].append(first)
                keys["esc"].append(done)
                send_key(app, "slash")  # back in the box, as the searches above expect
                await settled(app, log, time.perf_counter(), lambda: box.has_focus)
        send_key(app, "escape")
        send_key(app, "slash")
        send_key(app, "ctrl+a")
        send_key(app, "ctrl+k")
        send_key(app, "escape")
        await settle(app)
        while screen._shown_query != "":
            await asyncio.sleep(0.01)
        await settle(app)
        cursor_keys = CURSOR_KEYS[:10] if QUICK else CURSOR_KEYS
        for key in cursor_keys if "cursor" in ONLY else []:
            before = meetings.cursor
            pressed = time.perf_counter()
            send_key(app, key)
            while meetings.cursor == before and time.perf_counter() - pressed < 5:
                await asyncio.sleep(0.0005)
            moves.append(await log.shown(pressed, ("", meetings.cursor)))
            slow_keys.append((moves[-1], key))
            await asyncio.sleep(0.02)
        # The peak before the edit forms, as measured before issue 19's keys were added.
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        if "edit" in ONLY:
            await issue_keys(app, log, screen, keys)
    app.book.close()
    worst = [f"{q} {ms(s)}" for s, q in sorted(slowest, reverse=True)[:3]]
    worst_keys = [f"{k} {ms(s)}" for s, k in sorted(slow_keys, reverse=True)[:12]]
    return {
        "searches": searches,
        "moves": moves,
        "rss_mb": rss_mb,
        "slowest": worst,
        "slowest_keys": worst_keys,
        "keys": keys,
    }


def build_big_book(target: Path, count: int) -> None:
    ndjson = target.with_suffix(".ndjson")
    print(f"building {target} with {count:,} meetings (once)…", flush=True)
    generate = [sys.executable, str(ROOT / "bench" / "generate.py"), str(count), "-o", str(ndjson)]
    subprocess.run(generate, check=True)
    cli = [sys.executable, "-c", "import cli; cli.main()"]
    load = [*cli, "--db", str(target), "--create", "import"]
    subprocess.run([*load, str(ndjson)], check=True, cwd=ROOT)


def run_session(db: str) -> dict[str, Any]:
    """One headless app session in a process of its own, so its peak RSS is its own."""
    command = [sys.executable, __file__, "--child", "--db", db, "--only", ",".join(sorted(ONLY))]
    command += ["--quick"] if QUICK else []
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode:
        from searches import masked

        said = "\n".join(done.stderr.strip().splitlines()[-15:])
        raise SystemExit(f"error: the app session on {masked(db)} failed:\n{masked(said)}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--quick", action="store_true", help="a few of each, while developing")
    parser.add_argument(
        "--only",
        metavar="MEASURE,...",
        help=f"take only these measures, of: {', '.join(MEASURES)} (search includes esc from the "
        "search box, edit is `e` and esc from the form; the RSS row comes with any but quit)",
    )
    parser.add_argument("--db", default=str(ROOT / "bench" / "out" / "100k.db"),
                        help="the big book: a file (built if missing) or a URL")  # fmt: skip
    parser.add_argument("--count", type=int, default=100_000, help="meetings if --db must be built")
    parser.add_argument(
        "--postgresql",
        action="store_true",
        help="copy the --db file to a throwaway PostgreSQL server and run there",
    )
    parser.add_argument(
        "--empty-db",
        metavar="URL",
        help="the empty book for the first frame (default: a new SQLite file)",
    )
    args = parser.parse_args(argv)
    global QUICK, ONLY
    QUICK = args.quick
    if args.only:
        ONLY = {name.strip() for name in args.only.split(",") if name.strip()}
        if not ONLY or ONLY - set(MEASURES):
            parser.error(f"--only takes some of: {', '.join(MEASURES)}")
    if args.child:
        with tempfile.TemporaryDirectory() as scratch:
            print(json.dumps(asyncio.run(session(args.db, Path(scratch) / "config"))))
        return
    is_url = "://" in args.db
    if args.postgresql and is_url:
        parser.error("--postgresql copies a book file: give --db a file, or a URL without it")
    if not is_url and not Path(args.db).exists():
        Path(args.db).parent.mkdir(parents=True, exist_ok=True)
        build_big_book(Path(args.db), args.count)
    if args.postgresql:
        from searches import ThrowawayPostgres, fill

        with ThrowawayPostgres() as server:
            big, empty = server.empty_book(), server.empty_book()
            note = fill(Path(args.db), big)
            rows = measure(big, empty)
        print(f"book: {args.db} copied to {note}")
    elif args.empty_db:
        rows = measure(args.db, args.empty_db)
        from searches import masked

        print(f"book: {masked(args.db)}, empty book: {masked(args.empty_db)}")
    else:
        with tempfile.TemporaryDirectory() as scratch:
            empty = Path(scratch) / "empty.db"
            subprocess.run(
                [sys.executable, "-c", "import cli; cli.main()", "--db", str(empty), "--create",
                 "db", "upgrade"],
                check=True, cwd=ROOT, capture_output=True,
            )  # fmt: skip
            rows = measure(args.db, str(empty))
        from searches import masked

        print(f"book: {masked(args.db)}" + (" (the empty book: SQLite)" if is_url else ""))
    print("| measure | figure | against the target |\n|---|---|---|")
    for name, figure, note in rows:
        print(f"| {name} | {figure} | {note} |")


def measure(big: str, empty: str) -> list[tuple[str, str, str]]:
    """The figures `ONLY` asks for, on the big book and an empty one (files or URLs)."""
    rows: list[tuple[str, str, str]] = []
    target = "target p99 ≤ 150 ms"

    def spread(values: list[float], digits: int = 0) -> str:
        middle, slowest = percentile(values, 0.5), percentile(values, 0.99)
        return f"p50 {ms(middle, digits)}, p99 {ms(slowest, digits)}"

    with tempfile.TemporaryDirectory() as scratch:
        config = Path(scratch) / "config"
        if "frame" in ONLY:
            empty_frames, big_frames = [], []
            for _ in range(2 if QUICK else 5):  # interleaved, so a busy moment hits both alike
                empty_frames.append(first_frame(empty, config, b"The book is empty")[0])
                big_frames.append(first_frame(big, config, b"meetings")[0])
            empty_frame, big_frame = statistics.median(empty_frames), statistics.median(big_frames)
            rows += [
                ("first frame, empty book", ms(empty_frame),
                 "the `minutebook` command in a terminal"),
                ("first frame, big book", ms(big_frame),
                 f"{big_frame / empty_frame:.2f}× empty (target ≤ 1.3×)"),
            ]  # fmt: skip
        if "quit" in ONLY:
            quits = [first_frame(big, config, b"meetings", then_quit=True)[1] or 0.0
                     for _ in range(3 if QUICK else QUITS)]  # fmt: skip
            quit_row = ("ctrl+q on the home list → process exit", spread(quits),
                        f"{target}; whole-process, {len(quits)} launches")  # fmt: skip
        figures = run_session(big) if ONLY - {"frame", "quit"} else None
    if figures is not None:
        keys = figures["keys"]

        def settling(name: str) -> str:
            return f"{spread(keys[name])} (first update: {spread(keys[name + ' first'])})"

        if "search" in ONLY:
            rows.append(("search, last key → results on screen", spread(figures["searches"]),
                         f"{target}; slowest: {', '.join(figures['slowest'])}"))  # fmt: skip
        if "cursor" in ONLY:
            rows.append(("cursor key → screen", spread(figures["moves"], 1), "target p99 ≤ 50 ms"))
        rows.append(("peak RSS of the app on the big book", f"{figures['rss_mb']:.0f} MB",
                     "target ≤ 150 MB"))  # fmt: skip
        if "edit" in ONLY:
            rows += [
                ("`e` on a meeting → edit form settled", settling("edit"),
                 f"{target}; {len(keys['edit'])} meetings"),
                ("esc from an untouched form → meeting settled", settling("leave"), target),
            ]  # fmt: skip
        if "search" in ONLY:
            rows.append(("esc from the search box → list settled", settling("esc"),
                         f"{target}; after each search above"))  # fmt: skip
    if "quit" in ONLY:
        rows.append(quit_row)
    return rows


if __name__ == "__main__":
    main()
