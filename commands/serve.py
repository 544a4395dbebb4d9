"""`minutebook serve`: the minute book in web browsers, one app process per browser, safely.

Safe by default: it listens on 127.0.0.1; it always needs the access secret (made and printed
once when none is given on loopback; any other address refuses to start without one); sessions
are read-only, refused by the store, unless `--allow-edit`; each ends after `--idle` minutes
without a key; at most `--max-sessions` run at once. The server itself lives in `tui/serving/`,
imported inside the command so that no other command loads Textual or the web server.
"""

import os
import socket
import sys
from typing import TYPE_CHECKING, Annotated

import typer

import store
from commands.options import db_option, open_telling
from commands.output import err, out, rich_text
from store.i18n import _, current_language

if TYPE_CHECKING:
    from tui.serving.options import ServeOptions

app = typer.Typer()


@app.command("serve")
def serve(
    ctx: typer.Context,
    host: Annotated[
        str,
        typer.Option(
            "--host",
            metavar="ADDRESS",
            help=_("The address to listen on. Another than 127.0.0.1 needs an access secret."),
        ),
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", metavar="PORT", help=_("The port to listen on."))
    ] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            metavar="SECRET",
            help=_(
                "The access secret, at least 16 characters; better in $MINUTEBOOK_SERVE_TOKEN "
                "(a command line is visible to every user of the machine). Default on "
                "127.0.0.1: a new one, printed once in the link."
            ),
            show_default=False,
        ),
    ] = None,
    allow_edit: Annotated[
        bool,
        typer.Option(
            "--allow-edit",
            help=_(
                "Let browsers save, delete and restore; each browser gives the name its saves "
                "carry in the history. Without it every session is read-only."
            ),
        ),
    ] = False,
    idle: Annotated[
        float,
        typer.Option(
            "--idle", metavar="MINUTES", help=_("End a session after this long without a key.")
        ),
    ] = 30.0,
    max_sessions: Annotated[
        int,
        typer.Option(
            "--max-sessions",
            metavar="N",
            help=_("At most N browsers at once (one app process each); the next is asked to wait."),
        ),
    ] = 4,
    root_path: Annotated[
        str,
        typer.Option(
            "--root-path",
            metavar="PATH",
            help=_("Serve under PATH (such as /minutes) behind a reverse proxy."),
        ),
    ] = "",
) -> None:
    """Open the minute book to web browsers (read-only unless --allow-edit)."""
    from tui.serving import options as serving

    serving.check_limits(port, max_sessions, idle)
    secret, made = serving.choose_token(token or os.environ.get(serving.TOKEN_ENV), host)
    prefix = serving.root_path(root_path)
    create = bool(ctx.obj and ctx.obj.get("create"))
    with open_telling(db_option(ctx), create=create) as book:  # the schema upgraded once here
        url, shown = book.url, book.display_url
    chosen = serving.ServeOptions(
        db_url=url, display_url=shown, token=secret, token_made=made, host=host, port=port,
        allow_edit=allow_edit, idle_minutes=idle, max_sessions=max_sessions, root_path=prefix,
        lang=current_language(),
    )  # fmt: skip
    from tui.serving.server import BookServer

    server = BookServer(chosen)
    try:
        server.run(lambda actual: _say_ready(chosen, actual))
    except OSError as exc:
        raise store.UsageError(
            _("cannot listen on {host}:{port}: {reason}", host=host, port=port,
              reason=store.os_reason(exc))
        ) from None  # fmt: skip


def _say_ready(chosen: "ServeOptions", port: int) -> None:
    """The link to open, printed once the server listens (with the secret only if made here)."""
    host = socket.gethostname() if chosen.host in ("0.0.0.0", "::", "") else chosen.host
    where = f"http://{'[' + host + ']' if ':' in host else host}:{port}{chosen.root_path}/"
    mode = _("read-only") if not chosen.allow_edit else _("editing allowed")
    err.print(rich_text(_("Serving {book} ({mode}; at most {count} browsers at once; a session "
                          "ends after {minutes} idle minutes).", book=chosen.display_url,
                          mode=mode, count=chosen.max_sessions,
                          minutes=f"{chosen.idle_minutes:g}")))  # fmt: skip
    if chosen.token_made:
        out.print(rich_text(_("Open this link in a browser (it holds the access secret; it is "
                              "shown only now):")))  # fmt: skip
        out.print(rich_text(f"{where}?token={chosen.token}"), soft_wrap=True)
    else:
        out.print(rich_text(_("Open {url}?token= followed by the access secret.", url=where)),
                  soft_wrap=True)  # fmt: skip
    sys.stdout.flush()
