"""Who may come in: the secret in the first link, the cookie it sets, the name for the history.

A browser signs in once with the link the server printed (`/?token=...`; with `--allow-edit`
it also gives the name its saves will carry). The server then sets a random session cookie,
HttpOnly (no script reads it) and SameSite=Strict (no other site's page can use it), and every
later request, the websocket that starts an app process included, must carry it. A link in the
address bar is simpler to hand to a chair than a password form, and the page that takes it
sends no Referer and replaces itself, so the secret leaves the address bar at once.

Nothing here logs: a wrong secret is counted and slowed down, never written out.
"""

from __future__ import annotations

import hmac
import secrets
import time
import unicodedata
from dataclasses import dataclass, field

COOKIE = "minutebook_session"
SIGNED_IN_FOR_S = 12 * 3600  # a sign-in unused this long is forgotten
MAX_SIGN_INS = 1000  # a bound on what the server remembers
MAX_NAME_LENGTH = 60


@dataclass
class SignIn:
    """One browser's sign-in: its cookie's value, the name it gave (editing only)."""

    key: str
    name: str = ""
    last_seen: float = field(default_factory=time.monotonic)


class Gate:
    """The server's sign-ins, and the secret they are checked against."""

    def __init__(self, token: str) -> None:
        self._token = token.encode("utf-8")
        self._sign_ins: dict[str, SignIn] = {}
        self.refused = 0  # wrong secrets and requests without a sign-in, for the log's count

    def right_token(self, given: str) -> bool:
        return hmac.compare_digest(given.encode("utf-8"), self._token)

    def sign_in(self, name: str = "") -> SignIn:
        self._forget_old()
        entry = SignIn(secrets.token_urlsafe(32), name)
        self._sign_ins[entry.key] = entry
        return entry

    def signed_in(self, cookie: str | None) -> SignIn | None:
        """The sign-in `cookie` names, if it is one of ours and still fresh."""
        if not cookie:
            return None
        entry = self._sign_ins.get(cookie)
        now = time.monotonic()
        if entry is None or now - entry.last_seen > SIGNED_IN_FOR_S:
            return None
        entry.last_seen = now
        return entry

    def _forget_old(self) -> None:
        now = time.monotonic()
        for key in [k for k, v in self._sign_ins.items() if now - v.last_seen > SIGNED_IN_FOR_S]:
            del self._sign_ins[key]
        while len(self._sign_ins) >= MAX_SIGN_INS:  # the oldest first
            del self._sign_ins[next(iter(self._sign_ins))]


def clean_name(text: str) -> str:
    """A name as the history will show it: one line of printable characters, or ''."""
    kept = "".join(c for c in unicodedata.normalize("NFC", text)
                   if unicodedata.category(c)[0] != "C")  # fmt: skip
    return " ".join(kept.split())[:MAX_NAME_LENGTH]
