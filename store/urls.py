"""Where a book is, and how it is named to a person: database URLs and paths, the default file,
secrets masked in every shape, and a refused connection explained in one line.

Nothing here opens a database (that is `store.db`); everything here is about the text of a
location and of the messages that mention it, so that no message ever shows a password.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from store.errors import DatabaseUnavailable
from store.i18n import _

ENV_VAR = "MINUTEBOOK_DB"


def default_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("minutebook", appauthor=False) / "minutebook.db"


# A libpq connection string ("host=db user=lan password=..."): not a URL, and not a file name.
_LIBPQ_DSN = re.compile(r"^\s*\w+\s*=\s*\S")


def resolve_url(db: str | None = None) -> str:
    """The URL to open: `--db`, else $MINUTEBOOK_DB, else the default file. A path means SQLite."""
    value = db or os.environ.get(ENV_VAR) or str(default_path())
    if "://" not in value:
        if _LIBPQ_DSN.match(value) and not Path(value).expanduser().exists():
            raise DatabaseUnavailable(
                _(
                    "that looks like a libpq connection string; write it as a URL: "
                    "postgresql+psycopg://USER@HOST:PORT/DATABASE (the password in ~/.pgpass)"
                )
            )
        value = "sqlite:///" + str(Path(value).expanduser().resolve())
    return value


# Every shape a secret takes in what we show: the userinfo of a URL (up to its last "@", so a
# password holding an unencoded "@" or "/" is masked whole), a `password=` query parameter, and
# the same key in a libpq string or a driver's message.
_USERINFO = re.compile(r"^([^:/]+://[^:/@]*:)(.*)@")
_PASSWORD_PARAM = re.compile(r"(?i)\b(password|passwd|pwd)(\s*=\s*)('[^']*'|[^&\s]+)")


def safe_url(url: str) -> str:
    """The URL (or any text holding one) with every password masked, for messages."""
    return mask_secrets(_USERINFO.sub(r"\1***@", url))


def mask_secrets(text: str, url: str | None = None) -> str:
    """`text` with `password=...` values masked, and `url`'s own password wherever it appears
    (a driver may echo it, or a piece of it, in a message)."""
    text = _PASSWORD_PARAM.sub(r"\1\2***", text)
    for secret in _passwords(url) if url else ():
        if len(secret) >= 3:
            text = text.replace(secret, "***")
    return text


def _passwords(url: str) -> list[str]:
    """The password of `url` as given and as parsed (they differ when it holds an "@" or "/"),
    and the pieces of it a parser splitting at those marks may show: longest first."""
    found: list[str] = []
    typed = _USERINFO.match(url)
    if typed:
        found.append(typed.group(2))
        found.extend(re.split(r"[@/]", typed.group(2)))
    try:
        parsed = make_url(url)
        if parsed.password:
            found.append(str(parsed.password))
        found.extend(str(v) for k, v in parsed.query.items() if k.lower() in ("password", "pwd"))
    except (ArgumentError, ValueError):
        pass
    return sorted({s for s in found if s}, key=len, reverse=True)


def _scrub(message: str, url: str) -> str:
    """First line of a driver message, every password removed should a driver echo it."""
    line = message.strip().splitlines()[0] if message.strip() else "unknown error"
    return mask_secrets(line, url)


def shown_location(url: str) -> str:
    """How a book is named to a person: a SQLite book by its file's path (not as
    `sqlite:////home/…`, a URL with four slashes nobody types), any other by its URL with every
    password masked."""
    file = sqlite_file(url)
    return str(file) if file is not None else safe_url(url)


def sqlite_file(url: str) -> Path | None:
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def connection_problem(error: DBAPIError, url: str) -> str:
    """A lost or refused connection as one line for a person: what failed and what to check,
    the password masked (for faces that meet the error after the book was opened)."""
    return _explained(_scrub(str(error.orig), url), make_url(url))


# What a server's refusal means for the person at the keyboard: (words in the driver's message,
# what to check). The driver's own words stay in the message, after its "connection failed" prefix;
# the hint is said through the catalog (`_(hint)`).
_CONNECTION_HINTS = (
    ("password authentication failed", "check the user name and the password (in the URL or "
     "~/.pgpass)"),
    ("no password supplied", "the server wants a password: put it in the URL or in ~/.pgpass "
     "(whose line must match the host, port, database and user, and which must be mode 600)"),
    ("does not exist", "check the name, or ask the server's administrator to create it"),
    ("connection refused", "is the server running, and listening on that host and port?"),
    ("no such file or directory", "is the server running? (no socket at that path)"),
    ("server closed the connection", "the server stopped or restarted: try again in a moment"),
    ("connection is bad", "the server stopped or restarted: try again in a moment"),
    ("timeout", "is the server running, and can this machine reach it (firewall, VPN)?"),
    ("resolve host", "check the host name in the URL"),
    ("no pg_hba.conf entry", "the server does not accept this user from this machine: ask its "
     "administrator (pg_hba.conf)"),
    ("permission denied", "this user may not use that database: ask the administrator"),
)  # fmt: skip


def _explained(reason: str, url: URL) -> str:
    """A driver's connection error as one line that says what to check."""
    reason = re.sub(r"^connection failed: connection to server at [^:]*? failed: (FATAL:\s*)?", "",
                    reason)  # fmt: skip
    where = f"{url.host or 'localhost'}:{url.port or 5432}" if url.host or url.port else ""
    lowered = reason.lower()
    for words, hint in _CONNECTION_HINTS:
        if words in lowered:
            return f"{reason} ({where}); {_(hint)}" if where else f"{reason}; {_(hint)}"
    return reason
