"""The safety of `minutebook serve` without a browser: nothing starts without the secret, the
command refuses unsafe options in one line, a served book refuses writes in the store, and the
database password goes to the app process's environment only."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

import store
from cli import app
from tests.helpers import SAMPLE
from tests.serve.conftest import TOKEN, Served

pytestmark = pytest.mark.sqlite_only


def status(url: str, **headers: str) -> int:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=10):
            return 200
    except urllib.error.HTTPError as error:
        return error.code


def test_without_the_secret_nothing_is_served_and_no_app_starts(served: Served) -> None:
    upgrade = {"Connection": "Upgrade", "Upgrade": "websocket", "Sec-WebSocket-Version": "13",
               "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ=="}  # fmt: skip
    assert status(served.base) == 403
    assert status(served.base + "ws", **upgrade) == 403
    assert status(served.base + "static/js/textual.js") == 403
    assert status(served.base + "?token=not-the-secret-but-long-enough") == 403
    assert status(served.base, Cookie="minutebook_session=made-up") == 403
    assert served.children() == []
    with urllib.request.urlopen(served.base + "?token=" + TOKEN, timeout=10) as signed_in:
        cookie = signed_in.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    signed_in_cookie = cookie.split(";")[0]
    other_site = {**upgrade, "Cookie": signed_in_cookie, "Origin": "http://other.example"}
    assert status(served.base + "ws", **other_site) == 403  # another site's page, signed in
    assert served.children() == []
    assert TOKEN not in served.log() and "not-the-secret" not in served.log()


def test_behind_a_proxy_under_a_root_path(sample_book: Path, tmp_path: Path) -> None:
    server = Served(sample_book, tmp_path, "--root-path", "/minutes/")
    try:
        assert server.base.endswith("/minutes/")
        proxied = urllib.request.Request(server.link, headers={"X-Forwarded-Proto": "https"})
        with urllib.request.urlopen(proxied, timeout=10) as signed_in:
            cookie = signed_in.headers["Set-Cookie"]
        assert "Path=/minutes" in cookie and "Secure" in cookie  # sent back over https only
        outside = server.base.removesuffix("minutes/")
        assert status(outside + "?token=" + TOKEN) in (403, 404)  # nothing outside the path
        assert server.children() == []
    finally:
        server.stop()


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        (["serve", "--host", "0.0.0.0"], "listening on 0.0.0.0 needs an access secret"),
        (["serve", "--token", "short"], "the access secret is too short"),
        (["serve", "--max-sessions", "0"], "--max-sessions must be at least 1"),
        (["serve", "--root-path", "minutes"], "--root-path must be a path such as /minutes"),
    ],
)
def test_unsafe_or_wrong_options_refuse_to_start_in_one_line(
    arguments: list[str], said: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MINUTEBOOK_SERVE_TOKEN", raising=False)
    result = CliRunner().invoke(app, arguments)
    assert result.exit_code == 2
    assert said in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_session_opens_the_book_read_only_unless_editing_is_allowed(db: str) -> None:
    from tui.serving.child import open_served_book, read_only_reason

    with store.open_book(db) as book:
        book.import_files([str(SAMPLE)])
    with open_served_book({"MINUTEBOOK_DB": db, "MINUTEBOOK_SERVE_READ_ONLY": "1"}) as book:
        assert book.read_only == read_only_reason()
        record = book.meeting(1)
        with pytest.raises(store.StoreError, match="read-only") as refused:
            book.save(1, record, expected_version=record.version)  # the store says no
        assert "--allow-edit" in str(refused.value)
    with open_served_book({"MINUTEBOOK_DB": db, "MINUTEBOOK_SERVE_READ_ONLY": ""}) as book:
        assert book.read_only is None
        assert book.save(1, record, expected_version=record.version) == record.version + 1


def test_the_page_says_what_the_session_may_do() -> None:
    from tui.serving import pages

    kept = {"static_url": "/static/", "websocket_url": "ws://x/ws", "font_size": 16}
    reading = pages.app_page(**kept, read_only=True)  # type: ignore[arg-type]
    assert "Read-only: this session can read the minute book but not change it." in reading
    editing = pages.app_page(**kept, read_only=False, name="Hoa <b>")  # type: ignore[arg-type]
    assert "Signed in as Hoa &lt;b&gt;: the history shows this name" in editing


def test_the_password_reaches_the_app_process_environment_only(tmp_path: Path) -> None:
    from tui.serving import pages
    from tui.serving.processes import AppProcess

    async def nothing(*_args: object) -> None:
        return None

    url = "postgresql+psycopg://clerk:s3cret-pw@db.example/minutes"
    process = AppProcess(db_url=url, lang="vi", name="Trần Thị Hoa", read_only=False,
                         folder=tmp_path, write_bytes=nothing, write_str=nothing, close=nothing,
                         download_manager=None)  # type: ignore[arg-type]  # fmt: skip
    environment = process._build_environment(80, 24)
    assert environment["MINUTEBOOK_DB"] == url
    assert environment["MINUTEBOOK_USER"] == "Trần Thị Hoa"  # who saved, in the history
    assert "MINUTEBOOK_SERVE_TOKEN" not in environment
    page = pages.app_page(static_url="/static/", websocket_url="ws://x/ws", font_size=16,
                          read_only=True)  # fmt: skip
    assert "s3cret" not in page and "postgresql" not in page
