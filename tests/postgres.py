"""A throwaway PostgreSQL server for the test suite, and a fresh database for each test.

`start_server` runs Debian's PostgreSQL binaries (`initdb`, `pg_ctl`) in a temporary folder: a
private socket directory and a free loopback port, so it clashes with nothing; UTF-8 with the
C.UTF-8 locale (without it the cluster comes up SQL_ASCII); durability off, since the data dies
with the run. Both refuse to run as root, so as root they run as the `postgres` user in a folder
it owns. Tests connect over TCP as a role with a password, as a team's secretaries would; the
superuser creates and drops their databases over the private socket.

Each test's database is a copy of a template that already holds the schema (`CREATE DATABASE ...
TEMPLATE`), so a test starts on an empty, migrated book; a thread makes the next ones while tests
run and drops the used ones behind them. The caller stops the server; should the test process die
without doing so (killed by a CI timeout, say), a watchdog shell stops it within a second.

What does not live here: choosing the backends and the fixtures (tests/conftest.py).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import queue
import re
import shutil
import socket
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROLE, PASSWORD = "minutebook", "s3cret-test-pw"
TEMPLATE = "minutebook_template"
_ADMIN = "postgres"
_TOOLS = ("initdb", "pg_ctl")
_SETTINGS = (
    "-c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
    "-c full_page_writes=off -c autovacuum=off -c max_connections=200"
)


# Arguments: our pid, the server's folder, the command that stops the server.
_WATCHDOG = """
pid=$1 folder=$2; shift 2
while kill -0 "$pid" 2>/dev/null && [ -d "$folder" ]; do sleep 1; done
if [ -d "$folder" ]; then "$@" >/dev/null 2>&1; rm -rf "$folder"; fi
"""


class NoPostgres(RuntimeError):
    """No PostgreSQL server binaries on this machine."""


def _version(folder: Path) -> tuple[int, ...]:
    """(15,) for /usr/lib/postgresql/15/bin: so that 15 sorts after 9.6."""
    return tuple(int(part) for part in re.findall(r"\d+", folder.parent.name))


def binaries() -> Path:
    """The folder of initdb and pg_ctl: Debian's newest, else those on PATH; or NoPostgres."""
    debian = [
        found.parent
        for found in Path("/usr/lib/postgresql").glob("*/bin/initdb")
        if (found.parent / "pg_ctl").exists()
    ]
    if debian:
        return max(debian, key=_version)
    on_path = [shutil.which(name) for name in _TOOLS]
    folders = {Path(found).resolve().parent for found in on_path if found}
    if len(on_path) == len(_TOOLS) and all(on_path) and len(folders) == 1:
        return folders.pop()
    raise NoPostgres(
        "PostgreSQL's server is not installed (no initdb): install Debian's postgresql and "
        "postgresql-contrib packages, or run only the SQLite half: pytest --backend sqlite"
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Server:
    """A running throwaway cluster."""

    folder: Path
    port: int
    bin: Path
    as_postgres: bool
    _numbers: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    _admin: Any = None  # the superuser's connection, made on first use
    _ahead: _Ahead | None = None  # databases made ahead of the tests, made on first use
    _watchdog: subprocess.Popen[bytes] | None = None
    _stopped: bool = False

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def socket_dir(self) -> Path:
        return self.folder / "sock"

    def url(self, database: str, *, password: str | None = PASSWORD) -> str:
        """How a test reaches `database`: the test role, its password, over TCP."""
        secret = f":{password}" if password is not None else ""
        return f"postgresql+psycopg://{ROLE}{secret}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str, database: str = "postgres") -> str:
        """Run SQL as the superuser over the private socket; the first column of its rows."""
        import psycopg

        if database != "postgres":
            with self._connect(database) as conn:
                return _rows(conn.execute(sql))
        if self._admin is None or self._admin.closed:
            self._admin = self._connect("postgres")
        try:
            return _rows(self._admin.execute(sql))
        except psycopg.OperationalError:
            self._admin.close()  # a dropped connection: the next call makes a new one
            raise

    def new_database(self, template: str = TEMPLATE) -> str:
        """A fresh database copied from `template`, owned by the test role; its name."""
        name = self._new_name()
        self.admin(_create(name, template))
        return name

    def take_database(self) -> str:
        """new_database() made ahead of time; give it back with give_back() when done."""
        if self._ahead is None:
            self._ahead = _Ahead(self)
        return self._ahead.take()

    def give_back(self, name: str) -> None:
        """Drop a database from take_database(), behind the tests' back."""
        if self._ahead is None:
            self.drop_database(name)
        else:
            self._ahead.drop(name)

    def copy_database(self, template: str, name: str) -> None:
        """Replace database `name` with a copy of `template` (a book to start from)."""
        self.drop_database(name)
        self.admin(_create(name, template))

    def make_template(self, name: str) -> None:
        """Keep `name` as it is to copy from: no one may connect to it any more."""
        self.admin(f'ALTER DATABASE "{name}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false')

    def drop_database(self, name: str) -> None:
        self.admin(_drop(name))

    def stop(self) -> None:
        """Stop the server and remove its folder; safe to call more than once."""
        if self._stopped:
            return
        self._stopped = True
        if self._ahead is not None:
            self._ahead.close()
        if self._admin is not None:
            with contextlib.suppress(Exception):
                self._admin.close()
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._run(self._stop_command())
        shutil.rmtree(self.folder, ignore_errors=True)
        if self._watchdog is not None:
            self._watchdog.terminate()
            self._watchdog.wait()

    def watch(self) -> None:
        """Stop the server also if this process dies without stopping it (killed, say by a CI
        timeout): a small shell that outlives us checks every second."""
        self._watchdog = subprocess.Popen(
            ["sh", "-c", _WATCHDOG, "watchdog", str(os.getpid()), str(self.folder),
             *self._as_postgres(self._stop_command())],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip

    def _stop_command(self) -> list[str]:
        return [str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"]

    def _as_postgres(self, argv: list[str]) -> list[str]:
        return ["runuser", "-u", "postgres", "--", *argv] if self.as_postgres else argv

    def _new_name(self) -> str:
        return f"book_{os.getpid()}_{next(self._numbers)}"

    def _connect(self, database: str) -> Any:
        import psycopg

        return psycopg.connect(
            host=str(self.socket_dir), port=self.port, user=_ADMIN, dbname=database,
            autocommit=True, connect_timeout=10,
        )  # fmt: skip

    def _run(self, argv: list[str]) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self._as_postgres(argv),
            check=True, capture_output=True, text=True, timeout=120, cwd=self.folder,
        )  # fmt: skip


def _create(name: str, template: str) -> str:
    return f'CREATE DATABASE "{name}" TEMPLATE "{template}" OWNER {ROLE}'


def _drop(name: str) -> str:
    return f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'


class _Ahead:
    """Databases copied from the template ahead of need and dropped after use, by a thread of
    their own on a connection of its own: a test waits for neither (some 40 ms each)."""

    def __init__(self, server: Server, depth: int = 2) -> None:
        self.server = server
        self.tasks: queue.Queue[tuple[str, str]] = queue.Queue()
        self.ready: queue.Queue[str | Exception] = queue.Queue()
        self.thread = threading.Thread(target=self._work, name="test-databases", daemon=True)
        self.thread.start()
        for _ in range(depth):
            self.tasks.put(("create", ""))

    def take(self) -> str:
        self.tasks.put(("create", ""))  # the one after next
        made = self.ready.get(timeout=120)
        if isinstance(made, Exception):
            raise made
        return made

    def drop(self, name: str) -> None:
        self.tasks.put(("drop", name))

    def close(self) -> None:
        self.tasks.put(("stop", ""))
        self.thread.join(timeout=60)

    def _work(self) -> None:
        conn = None
        while (task := self.tasks.get())[0] != "stop":
            kind, name = task
            try:
                if conn is None or conn.closed:
                    conn = self.server._connect("postgres")
                if kind == "create":
                    name = self.server._new_name()
                    conn.execute(_create(name, TEMPLATE))
                    self.ready.put(name)
                else:
                    conn.execute(_drop(name))
            except Exception as exc:  # the test that takes the database says what went wrong
                if kind == "create":
                    self.ready.put(exc)
        if conn is not None:
            conn.close()


def database_name(url: str) -> str:
    """The database a test's URL names (see Server.url)."""
    from sqlalchemy.engine import make_url

    return str(make_url(url).database)


def _rows(cursor: Any) -> str:
    if cursor.description is None:
        return ""
    return "\n".join(str(row[0]) for row in cursor.fetchall())


def start_server() -> Server:
    """Make and start a cluster holding the migrated template; the caller must `stop()` it."""
    bin_dir = binaries()
    as_postgres = os.geteuid() == 0
    # As root, under /tmp: the postgres user must be able to reach the folder, which it could
    # not under, say, a TMPDIR in root's home.
    folder = Path(tempfile.mkdtemp(prefix="minutebook-pg-", dir="/tmp" if as_postgres else None))
    server = Server(folder, 0, bin_dir, as_postgres)
    try:
        server.socket_dir.mkdir()
        password_file = folder / "admin-password"
        password_file.write_text(PASSWORD + "\n")
        if as_postgres:
            for path in (folder, server.socket_dir, password_file):
                shutil.chown(path, "postgres", "postgres")
        server._run(
            [str(bin_dir / "initdb"), "-D", str(server.data), "-U", _ADMIN, "-E", "UTF8",
             "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256",
             f"--pwfile={password_file}"],
        )  # fmt: skip
        _start(server)
        server.watch()
        server.admin(f"CREATE ROLE {ROLE} LOGIN PASSWORD '{PASSWORD}' CREATEDB")
        server.admin(f"CREATE DATABASE {TEMPLATE} OWNER {ROLE}")
        # The extensions the schema uses, made by the superuser once: tests then run as a role
        # that owns its databases and nothing more, as a team's would.
        server.admin("CREATE EXTENSION IF NOT EXISTS pg_trgm", TEMPLATE)
        _migrate(server.url(TEMPLATE))
        server.make_template(TEMPLATE)
    except BaseException:
        server.stop()
        raise
    return server


def _start(server: Server, attempts: int = 3) -> None:
    """pg_ctl start on a free port; another port if someone took that one meanwhile."""
    for attempt in range(attempts):
        server.port = _free_port()
        options = f"-k {server.socket_dir} -p {server.port} {_SETTINGS}"
        try:
            server._run(
                [str(server.bin / "pg_ctl"), "-D", str(server.data), "-o", options, "-w",
                 "-t", "60", "-l", str(server.folder / "server.log"), "start"],
            )  # fmt: skip
            return
        except subprocess.CalledProcessError as exc:
            log = server.folder / "server.log"
            said = log.read_text(errors="replace") if log.exists() else exc.stderr
            if "could not bind" not in said or attempt == attempts - 1:
                raise RuntimeError(f"the test PostgreSQL server did not start: {said}") from None


def _migrate(url: str) -> None:
    import store.db

    book = store.db.open_store(url, create=True)
    book.close()
