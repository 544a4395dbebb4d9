"""The HTML the server writes itself: the app's page, the sign-in and name pages, refusals and
the page that asks a browser to wait for a free place.

Every page is whole in itself (no font or script from another site: the book may be served on a
network without the internet) and holds nothing of the book: no record, no database address.
Every word is the user's language (`_`) and every value is escaped.
"""

from __future__ import annotations

from html import escape

from store.i18n import _, current_language

STYLE = """
body { background: #0c181f; color: rgba(255,255,255,0.92); margin: 0;
       font-family: "Roboto Mono", Menlo, "DejaVu Sans Mono", monospace; }
main { max-width: 40rem; margin: 12vh auto; padding: 2rem; background: #12232d;
       line-height: 1.5; }
h1 { font-size: 1.3rem; margin-top: 0; }
input, button { font: inherit; padding: 0.4rem 0.6rem; }
button { background: #5e0ba7; color: white; border: none; cursor: pointer; margin-top: 1rem; }
a { color: #ac5af4; }
"""


def _page(title: str, body: str, *, head: str = "") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{current_language()}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{STYLE}</style>{head}</head>"
        f"<body><main>{body}</main></body></html>\n"
    )


def message_page(title: str, text: str, *, retry_s: int | None = None) -> str:
    """A page that says one thing; with `retry_s`, it loads itself again after that long."""
    head = f'<meta http-equiv="refresh" content="{retry_s}">' if retry_s else ""
    return _page(title, f"<h1>{escape(title)}</h1><p>{escape(text)}</p>", head=head)


def refused_page() -> str:
    return message_page(
        _("Sign-in needed"),
        _("This minute book opens only from the link its server gave (with its access "
          "secret). Ask whoever runs it for that link."),
    )  # fmt: skip


def wait_text(limit: int) -> str:
    return _(
        "The minute book is open in {limit} browsers, as many as this server allows at "
        "once. Please wait until someone closes theirs, then try again.",
        limit=limit,
    )


def wait_page(limit: int, retry_s: int) -> str:
    """For the browser beyond the limit: it loads itself again every `retry_s` seconds."""
    text = (
        wait_text(limit)
        + " "
        + _("This page tries again every {seconds} seconds.", seconds=retry_s)
    )
    return message_page(_("Please wait"), text, retry_s=retry_s)


def signed_in_page(target: str) -> str:
    """Sent with the cookie: go on to the book, leaving the link with the secret behind."""
    url = escape(target, quote=True)
    head = (
        f'<meta http-equiv="refresh" content="0; url={url}">'
        f"<script>location.replace({_js(target)});</script>"
    )
    body = f'<p><a href="{url}">{escape(_("Open the minute book"))}</a></p>'
    return _page(_("Minute Book"), body, head=head)


def name_page(action: str, token: str, problem: str = "") -> str:
    """With `--allow-edit`: the name the history will show for this browser's saves."""
    said = f"<p><strong>{escape(problem)}</strong></p>" if problem else ""
    body = (
        f"<h1>{escape(_('Minute Book'))}</h1>{said}"
        f'<form method="post" action="{escape(action, quote=True)}">'
        f'<label for="name">{escape(_("Your name, as the history of each save will show it"))}'
        f'</label><br><input id="name" name="name" maxlength="60" required autofocus '
        f'autocomplete="name">'
        f'<input type="hidden" name="token" value="{escape(token, quote=True)}">'
        f'<br><button type="submit">{escape(_("Open the minute book"))}</button></form>'
    )
    return _page(_("Minute Book"), body)


def app_page(
    *, static_url: str, websocket_url: str, font_size: int, read_only: bool, name: str = ""
) -> str:
    """The page that runs the app: textual-serve's terminal, started on our websocket, under a
    line saying what this session may do: read only, or save under the name it signed in with."""
    static = escape(static_url, quote=True)
    title = _("Minute Book") + (" — " + _("read-only") if read_only else "")
    if read_only:
        mode = _("Read-only: this session can read the minute book but not change it.")
    else:
        mode = _("Signed in as {name}: the history shows this name for your saves.", name=name)
    fonts = (
        f'@font-face {{ font-family: "Roboto Mono"; src: url("{static}fonts/'
        f'RobotoMono-VariableFont_wght.ttf"); }}'
    )
    head = (
        f'<link rel="stylesheet" href="{static}css/xterm.css">'
        f'<script src="{static}js/textual.js"></script>'
        f"<style>{fonts}{APP_STYLE}</style>"
    )
    ended = escape(_("The session ended (closed, or idle too long)."))
    again = escape(_("Start again"))
    body = (
        f'<div id="mode" class="mode">{escape(mode)}</div>'
        f'<div class="closed-dialog"><div class="intro"><p>{ended}</p>'
        f'<button type="button" onclick="location.reload()">{again}</button></div></div>'
        f'<div id="terminal" class="textual-terminal" '
        f'data-session-websocket-url="{escape(websocket_url, quote=True)}" '
        f'data-font-size="{font_size}"></div>'
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{current_language()}"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title>{head}</head><body>{body}</body></html>\n"
    )


APP_STYLE = """
body { background: #0c181f; margin: 0; display: flex; flex-direction: column; height: 100vh; }
.mode { flex: none; padding: 0.15rem 1rem; background: #12232d; color: rgba(255,255,255,0.8);
  font: 14px "Roboto Mono", monospace; }
.textual-terminal { opacity: 0; width: 100vw; flex: 1; min-height: 0; }
body.-first-byte .textual-terminal { opacity: 1; transition: opacity 0.3s ease-out; }
.closed-dialog { display: none; }
body.-closed .closed-dialog { display: flex; position: absolute; inset: 0; z-index: 10;
  align-items: center; justify-content: center; background: rgba(12, 24, 31, 0.85); }
.intro { padding: 2rem; background: #12232d; color: rgba(255,255,255,0.95);
  font-family: "Roboto Mono", monospace; text-align: center; }
.intro button { padding: 0.8rem 2rem; background: #5e0ba7; color: white; border: none;
  cursor: pointer; font: inherit; }
"""


def _js(text: str) -> str:
    """`text` as a JavaScript string literal safe inside a <script> element."""
    import json

    return json.dumps(text).replace("<", "\\u003c").replace(">", "\\u003e")
