"""`minutebook db`: the database that holds the book: where it is, its schema, a backup, a copy
into another database (SQLite to PostgreSQL and back), an integrity check, and `verify`: the
record and its history checked against their hashes (what was changed behind the program's back).
"""

from pathlib import Path
from typing import Annotated

import typer

import store
from commands.options import db_option, opened
from commands.output import err, fail, out, plural, rich_text

app = typer.Typer(help="The database file: where it is, upgrade, backup, copy, check, verify.")


@app.command("path")
def db_path(ctx: typer.Context) -> None:
    """Where the book is (a file path for SQLite, the URL without password otherwise)."""
    out.print(rich_text(store.describe_location(db_option(ctx))))


@app.command("upgrade")
def db_upgrade(ctx: typer.Context) -> None:
    """Bring the schema to this version's (also done automatically on open)."""
    with opened(ctx) as book:
        out.print(rich_text(f"{book.display_url} is at schema {book.schema_revision}."))


@app.command("backup")
def db_backup(
    ctx: typer.Context,
    target: Annotated[Path, typer.Argument(metavar="FILE", help="The new backup file.")],
) -> None:
    """Copy the book to FILE safely, even while someone is writing to it."""
    with opened(ctx) as book:
        book.backup(target)
    out.print(rich_text(f"Backed up to {target}."))


@app.command("copy")
def db_copy(
    ctx: typer.Context,
    to: Annotated[
        str,
        typer.Option(
            "--to",
            metavar="URL",
            help="The empty database to copy into: a file path (made if missing) or a URL "
            "such as postgresql+psycopg://clerk@server/minutes.",
            show_default=False,
        ),
    ],
) -> None:
    """Copy the whole book into another, empty database (SQLite ↔ PostgreSQL), numbers kept."""
    with opened(ctx) as book, store.open_book(to, create=True) as target:
        report = book.copy_to(target)
    out.print(
        rich_text(
            f"Copied {plural(report.meetings, 'meeting')} ({report.people} people) "
            f"from {report.source} to {report.target}."
        )
    )


@app.command("check")
def db_check(ctx: typer.Context) -> None:
    """Check integrity and schema version; exit 1 if anything is wrong."""
    with opened(ctx) as book:
        report = book.check()
    out.print(rich_text(f"Database: {report.url} ({report.backend})"))
    out.print(rich_text(f"Schema:   {report.revision} (this minutebook: {report.head})"))
    out.print(rich_text("Counts:   " + ", ".join(f"{v} {k}" for k, v in report.counts.items())))
    if report.read_only:
        out.print(rich_text(f"Access:   read only ({report.read_only}); the search index's own "
                            "check needs to write, so it was left out"))  # fmt: skip
    for problem in report.problems:
        err.print(rich_text("problem: " + store.one_line(problem)))
    if not report.ok:
        raise fail("check failed")
    out.print(rich_text("Integrity: ok"))


@app.command("verify")
def db_verify(ctx: typer.Context) -> None:
    """Recompute the hashes of every meeting and its history: name each meeting whose record
    or history was changed outside the program (exit 1), else say how much was checked."""
    with opened(ctx) as book:
        report = book.verification()
    for problem in report.problems:
        err.print(rich_text("problem: " + store.one_line(problem)))
    if report.problems:
        raise fail(f"{plural(len(report.problems), 'meeting')} changed outside the program")
    trashed = f" (and {report.trashed} in the trash)" if report.trashed else ""
    out.print(
        rich_text(
            f"ok: {plural(report.meetings, 'meeting')}{trashed}, "
            f"{plural(report.history_rows, 'history row')} checked"
        )
    )
