"""`minutebook db`: the database that holds the book: where it is, its schema, a backup, a copy
into another database (SQLite to PostgreSQL and back), an integrity check, and `verify`: the
record and its history checked against their hashes (what was changed behind the program's back).
"""

from pathlib import Path
from typing import Annotated

import typer

import store
from commands.options import db_option, open_telling, opened
from commands.output import err, fail, out, rich_text
from store.i18n import _, plural

app = typer.Typer(help=_("The database file: where it is, upgrade, backup, copy, check, verify."))


@app.command("path")
def db_path(ctx: typer.Context) -> None:
    """Where the book is (a file path for SQLite, the URL without password otherwise)."""
    out.print(rich_text(store.describe_location(db_option(ctx))))


@app.command("upgrade")
def db_upgrade(ctx: typer.Context) -> None:
    """Bring the schema to this version's (also done automatically on open)."""
    create = bool(ctx.obj and ctx.obj.get("create"))
    def starting(before: str, after: str) -> None:
        out.print(rich_text(store.starting_notice(before, after)), soft_wrap=True)

    with store.open_book(db_option(ctx), create=create, upgrading=starting) as book:  # on stdout
        if book.upgraded is not None:
            out.print(rich_text(book.upgraded.notice()), soft_wrap=True)  # the path kept whole
        else:
            said = _("{url} is at schema {revision} already: nothing to upgrade.",
                     url=book.display_url, revision=book.schema_revision)  # fmt: skip
            out.print(rich_text(said), soft_wrap=True)  # the path kept whole


@app.command("backup")
def db_backup(
    ctx: typer.Context,
    target: Annotated[Path, typer.Argument(metavar="FILE", help=_("The new backup file."))],
) -> None:
    """Copy the book to FILE safely, even while someone is writing to it."""
    with opened(ctx) as book:
        book.backup(target)
    out.print(rich_text(_("Backed up to {file}.", file=target)))


@app.command("copy")
def db_copy(
    ctx: typer.Context,
    to: Annotated[
        str,
        typer.Option(
            "--to",
            metavar="URL",
            help=_(
                "The empty database to copy into: a file path (made if missing) or a URL "
                "such as postgresql+psycopg://clerk@server/minutes."
            ),
            show_default=False,
        ),
    ],
) -> None:
    """Copy the whole book into another, empty database (SQLite ↔ PostgreSQL), numbers kept."""
    with opened(ctx) as book, open_telling(to, create=True) as target:
        report = book.copy_to(target)
    out.print(
        rich_text(
            _(
                "Copied {meetings} ({people} people) from {source} to {target}.",
                meetings=plural(report.meetings, "1 meeting", "{count} meetings"),
                people=report.people,
                source=report.source,
                target=report.target,
            )
        )
    )


# What `db check` counts, by table, as people say it.
COUNTED = {
    "meeting": ("1 meeting", "{count} meetings"),
    "person": ("1 person", "{count} people"),
    "organisation": ("1 body", "{count} bodies"),
    "participation": ("1 participation (a person at a meeting)", "{count} participations"),
    "decision": ("1 decision", "{count} decisions"),
}


@app.command("check")
def db_check(
    ctx: typer.Context,
    repair: Annotated[
        bool,
        typer.Option(
            "--repair", help=_("Recount the figures' summaries from the meetings if they differ.")
        ),
    ] = False,
) -> None:
    """Check integrity and schema version; exit 1 if anything is wrong."""
    with opened(ctx) as book:
        report = book.check(repair=repair)
    out.print(rich_text(_("Database: {url} ({backend})", url=report.url,
                          backend=report.backend)))  # fmt: skip
    out.print(rich_text(_("Schema:   {revision} (this minutebook: {head})",
                          revision=report.revision, head=report.head)))  # fmt: skip
    counts = "; ".join(  # "30 quyết định, kết luận" holds a comma
        plural(count, *COUNTED[table]) if table in COUNTED else f"{count} {table}"
        for table, count in report.counts.items()
    )
    out.print(rich_text(_("Counts:   {counts}", counts=counts)))
    if report.read_only:
        said = _(
            "Access:   read only ({why}); the search index's own check needs to write, so it "
            "was left out",
            why=report.read_only,
        )
        out.print(rich_text(said))
    if report.repaired:
        out.print(rich_text(plural(
            report.repaired, "Repaired: 1 row of the figures' summaries, recounted",
            "Repaired: {count} rows of the figures' summaries, recounted",
        )))  # fmt: skip
    # Summaries that drifted are not a damaged file: the integrity line stands on its own, and
    # the summaries get theirs, so a reader sees which of the two is wrong.
    drift = [line for line in report.problems if line.startswith("stats_")]
    damage = [line for line in report.problems if not line.startswith("stats_")]
    for problem in damage:
        err.print(rich_text(_("problem: ") + store.one_line(problem)))
    if not damage:
        out.print(rich_text(_("Integrity: ok")))
    for problem in drift:
        err.print(rich_text(_("problem: ") + store.one_line(problem)))
    if drift:
        err.print(rich_text(_("Summaries: they differ from the meetings; "
                              "`minutebook db check --repair` recounts them.")))  # fmt: skip
    elif repair and not report.repaired:
        out.print(rich_text(_("Nothing to repair: the figures' summaries match the meetings.")))
    elif not report.repaired:
        out.print(rich_text(_("Summaries: ok (the figures' summaries match the meetings)")))
    if not report.ok:
        raise fail(_("check failed"))


@app.command("verify")
def db_verify(ctx: typer.Context) -> None:
    """Recompute the hashes of every meeting and its history: name each meeting whose record
    or history was changed outside the program (exit 1), else say how much was checked."""
    with opened(ctx) as book:
        report = book.verification()
    for problem in report.problems:
        err.print(rich_text(_("problem: ") + store.one_line(problem)))
    if report.problems:
        raise fail(plural(len(report.problems), "1 meeting changed outside the program",
                          "{count} meetings changed outside the program"))  # fmt: skip
    meetings = plural(report.meetings, "1 meeting", "{count} meetings")
    if report.trashed:
        meetings += _(" (and {count} in the trash)", count=report.trashed)
    rows = plural(report.history_rows, "1 history row", "{count} history rows")
    out.print(rich_text(_("ok: {meetings}, {rows} checked", meetings=meetings, rows=rows)))
