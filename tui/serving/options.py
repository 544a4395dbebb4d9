"""What `minutebook serve` was told, checked before anything listens: `ServeOptions`.

Safe by default: the loopback address; a secret always (one is made when none is given on
loopback; any other address refuses to start without one); read-only unless `allow_edit`. A
mistake is a `store.UsageError`: one line naming it, no traceback.
"""

from __future__ import annotations

import ipaddress
import secrets
from dataclasses import dataclass

import store
from store.i18n import _

TOKEN_ENV = "MINUTEBOOK_SERVE_TOKEN"  # the secret, kept out of the command line (`ps` shows it)
MIN_TOKEN_LENGTH = 16
LOOPBACK_NAMES = {"localhost", "ip6-localhost"}


@dataclass(frozen=True)
class ServeOptions:
    """Everything the server needs. `db_url` holds the password, if any: it goes to the app
    processes' environment only, never to a page, a log or a command line."""

    db_url: str
    display_url: str
    token: str
    token_made: bool = False  # made here: the link is printed once, with it
    host: str = "127.0.0.1"
    port: int = 8000
    allow_edit: bool = False
    idle_minutes: float = 30.0
    max_sessions: int = 4
    root_path: str = ""
    lang: str = "en"


def is_loopback(host: str) -> bool:
    """Whether `host` is reachable from this machine only."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def choose_token(given: str | None, host: str) -> tuple[str, bool]:
    """The access secret and whether it was made here. Another address than loopback needs
    one given; a short one is refused (it could be guessed)."""
    token = (given or "").strip()
    if not token:
        if not is_loopback(host):
            raise store.UsageError(
                _("listening on {host} needs an access secret: set {env} (or --token) to a "
                  "long random text, or listen on 127.0.0.1", host=host, env=TOKEN_ENV)
            )  # fmt: skip
        return secrets.token_urlsafe(24), True
    if len(token) < MIN_TOKEN_LENGTH:
        raise store.UsageError(
            _("the access secret is too short: use at least {count} characters",
              count=MIN_TOKEN_LENGTH)
        )  # fmt: skip
    return token, False


def root_path(given: str) -> str:
    """`/minutes/` → `/minutes`: the prefix a reverse proxy serves the book under ('' for none)."""
    path = given.strip().rstrip("/")
    if not path:
        return ""
    if not path.startswith("/") or any(c in path for c in "?#\"'<> \\"):
        raise store.UsageError(
            _("--root-path must be a path such as /minutes, not {given}", given=repr(given))
        )
    return path


def check_limits(port: int, max_sessions: int, idle_minutes: float) -> None:
    if not 0 <= port <= 65535:
        raise store.UsageError(_("--port must be between 0 and 65535, not {port}", port=port))
    if max_sessions < 1:
        raise store.UsageError(_("--max-sessions must be at least 1"))
    if idle_minutes <= 0:
        raise store.UsageError(_("--idle must be more than 0 minutes"))
