"""The `minutebook` app: the Typer app, its global options, its command groups, and the one place
where a user's mistake becomes one line on stderr and an exit code.

The commands live in the other modules of `commands/`, one per group (see the package's
docstring for the map); this module registers them, reads `--db` and `--lang`, and, without a
command, opens the minute book's screens (or lists the meetings when there is no terminal). Every
command runs inside `MinutebookGroup.invoke`, which turns the store's errors into exit codes: 0 ok,
1 nothing found or invalid data, 2 usage error (Typer's own, a malformed query, a flag value the
command cannot take), 130 interrupted; never a traceback. `main()` catches what is left: a bug,
reported once. `cli.py`, the entry point, loads this module only when it has a command to run:
`minutebook --version` is answered without it.

This module does not import textual: the CLI starts fast and runs where no terminal is. Its
annotations are evaluated as the module loads (no `from __future__ import annotations`): Typer
reads every command's hints at each start, and evaluating them from strings took 10 ms of it.
"""

import sys
from collections.abc import Sequence
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

import store
from commands import (
    database,
    drafts,
    editing,
    exporting,
    importing,
    keeping,
    meetings,
    people,
    serve,
    stats,
)
from commands.hoisting import hoisted
from commands.language import choose_language, show_click_error, speak
from commands.options import Format, db_option, missing_book_line, tell_upgrading
from commands.output import (
    EXIT_INTERRUPTED,
    EXIT_PIPE,
    EXIT_USAGE,
    discard_stdout,
    fail,
    nothing_written,
    print_problems,
)
from commands.version import version_line
from store.i18n import _


class MinutebookGroup(TyperGroup):
    """The app's command group: every command, subcommand and the bare `minutebook` run inside
    its `invoke`, so the store's errors are mapped to one line and an exit code here, once.

    Its `main` chooses the language before Click parses anything (`--help` is answered while it
    parses), says the help in it, and shows Click's own mistakes in it (`commands.language`)."""

    arguments: Sequence[str] = ()  # this run's, to say them again when the book is missing

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        arguments = hoisted(sys.argv[1:] if args is None else args, self)
        self.arguments = arguments
        choose_language(arguments)
        speak(self)
        if not standalone_mode:
            return super().main(arguments, prog_name, complete_var, False, **extra)
        try:
            with store.noting_interrupts():  # ctrl+c amid SQLite's work: told as ctrl+c
                code = super().main(arguments, prog_name, complete_var, False, **extra)
        except typer.TyperException as error:  # Click's usage errors, in Typer's own copy
            show_click_error(error)
            sys.exit(error.exit_code)
        except typer.Abort:
            typer.echo(_("Aborted!"), err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)

    def invoke(self, ctx: typer.Context) -> Any:
        try:
            done = super().invoke(ctx)
            sys.stdout.flush()  # a closed pipe is met here, not in Click's exit (which says 1)
            return done
        except store.QueryError as exc:
            raise fail(_("bad query: {reason}", reason=exc), EXIT_USAGE) from None
        except store.UsageError as exc:
            raise fail(str(exc), EXIT_USAGE) from None
        except store.InvalidRecord as exc:
            print_problems(exc.problems)
            shown = len(exc.problems)
            raise fail(nothing_written(exc.total, shown)) from None
        except store.BookMissing:
            raise fail(missing_book_line(db_option(ctx), self.arguments)) from None
        except store.StoreError as exc:  # DatabaseFailed among them: one line, password masked
            raise fail(str(exc)) from None
        except KeyboardInterrupt:
            raise fail(_("interrupted; nothing more was written"), EXIT_INTERRUPTED) from None
        except BrokenPipeError:  # `minutebook stats | head`: the reader has all it wanted
            discard_stdout()
            raise typer.Exit(EXIT_PIPE) from None


app = typer.Typer(
    name="minutebook",
    help=_("A minute book for meetings: record them, find them again in seconds."),
    cls=MinutebookGroup,
    no_args_is_help=False,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,
)
# The order of `minutebook --help`: the meetings, keeping the record, files in and out, then the
# groups.
app.add_typer(meetings.app)  # list, search, show, add, delete
app.add_typer(editing.app)  # edit, amend
app.add_typer(keeping.app)  # history, revert, restore
app.add_typer(importing.app)  # import
app.add_typer(drafts.app)  # extract
app.add_typer(exporting.app)  # export
app.add_typer(keeping.trash_app, name="trash")  # trash, trash empty
app.add_typer(people.app, name="people")
app.add_typer(database.app, name="db")
app.add_typer(stats.app)  # stats, report
app.add_typer(serve.app)  # serve: the book in web browsers (loads its server only when run)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        metavar="URL",
        help=_(
            "Database: a SQLAlchemy URL or a SQLite file path. Default: $MINUTEBOOK_DB, "
            "else minutebook.db in your data directory (see `minutebook db path`)."
        ),
        show_default=False,
    ),
]
CreateOption = Annotated[
    bool,
    typer.Option(
        "--create",
        help=_(
            "Start a new book if the --db file does not exist yet (without it, a missing file "
            "is an error, so a mistyped name never looks like an empty book)."
        ),
    ),
]
LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="en|vi",
        help=_(
            "Language of the minute book: its screens and the command line; default from your "
            "locale (LANG)."
        ),
        show_default=False,
    ),
]


def _print_version(asked: bool) -> None:
    # `cli.main` answers a plain `minutebook --version` itself; this is for the rest (tests that
    # invoke the app, `--version` after `--db --version`'s value...).
    if asked:
        print(version_line())
        raise typer.Exit()


VersionOption = Annotated[
    bool,
    typer.Option(
        "--version",
        help=_("Show the version of minutebook and exit."),
        callback=_print_version,
        is_eager=True,  # before --db is opened or --lang checked: a version needs neither
    ),
]


@app.callback(invoke_without_command=True)
def main_callback(
    ctx: typer.Context,
    db: DbOption = None,
    create: CreateOption = False,
    lang: LangOption = None,
    version: VersionOption = False,
) -> None:
    """Record meetings, find them again. Without a command: open the minute book's screens."""
    ctx.obj = {"db": db, "create": create}
    if lang is not None:
        from store.i18n import LANGUAGES  # plain data: no Textual is loaded for this

        if lang not in LANGUAGES:
            raise fail(
                _("unknown language {lang}; use {first} or {second}", lang=repr(lang),
                  first=LANGUAGES[0], second=LANGUAGES[1]),
                EXIT_USAGE,
            )  # fmt: skip
    if ctx.invoked_subcommand is None:
        if sys.stdin.isatty() and sys.stdout.isatty():
            open_tui(db, lang, create=create)
        else:  # piped or scripted: the list is what can be shown
            ctx.invoke(meetings.list_meetings, ctx=ctx, limit=20, fmt=Format.table)


def open_tui(db: str | None, lang: str | None, *, create: bool = False) -> None:
    # Imported here so that every other command starts without loading Textual; the language
    # is chosen first because the screens' key labels are translated when they are imported.
    from store.i18n import set_language

    try:
        set_language(lang)
    except ValueError as exc:
        raise fail(str(exc), EXIT_USAGE) from None
    from tui.app import make_app

    try:
        tui = make_app(db, lang=lang, create=create, upgrading=tell_upgrading)
    except ValueError as exc:  # an unknown --lang
        raise fail(str(exc), EXIT_USAGE) from None
    try:
        tui.run()
    finally:
        tui.book.close()
    if tui.return_code:  # Textual ended the app on a bug; MinuteBookApp wrote the crash report
        print(store.crash_line(tui.crash_kind or "unknown", tui.crash_report), file=sys.stderr)
        raise typer.Exit(store.EXIT_CRASH)


def main() -> None:
    """The `minutebook` command. A user's mistake is handled where it happens (one line, exit 1
    or 2); anything else escaping a command is a bug: one line naming the crash report, exit 70.
    """
    try:
        app()
    except Exception as exc:  # not SystemExit (typer.Exit ends as one) nor KeyboardInterrupt
        report = store.write_crash_report(exc)
        print(store.crash_line(store.type_name(exc), report), file=sys.stderr)
        raise SystemExit(store.EXIT_CRASH) from None
