"""Keeping the record: a meeting's history (`history`, `revert`), the trash (`trash`, `trash
empty`, `restore`).

Every save keeps the state it replaces, so `history` lists each version with who saved it, when
(in local time) and what it changed, `history --show K` prints a version as `show` prints a
meeting, and `revert` saves an earlier version as a new one (history only grows). `delete` moves a
meeting to the trash under its own number; `restore` brings it back exactly as it was; `trash
empty` destroys what is in the trash, after naming it and asking (`--yes` in a script). The rules
(what may be restored, what a purge takes) are the store's: `Book.history`, `Book.revert`,
`Book.trash`, `Book.restore`, `Book.empty_trash`.
"""

import re
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Annotated, Any

import typer

import store
from commands.meetings import print_meeting
from commands.options import Format, FormatOption, opened
from commands.output import (
    EXIT_USAGE,
    fail,
    on_a_terminal,
    out,
    print_rows,
    rich_text,
    write_output,
)
from store.i18n import _, plural

app = typer.Typer()  # history, revert, restore
trash_app = typer.Typer(help=_("The trash: deleted meetings, until restored or purged."))

SHOWN_BEFORE_ASKING = 10  # meetings named by `trash empty` before it asks; the rest are counted


class HistoryFormat(StrEnum):
    table = "table"
    json = "json"


NumberArgument = Annotated[
    str, typer.Argument(metavar="MEETING", help=_("The meeting's number (or its uid)."))
]


def meeting_number(book: "store.Book", ref: str) -> int:
    """The number `ref` gives, or the meeting its uid names: a number is taken as it is, so that
    the store can say what became of a meeting that is no longer in the book."""
    ref = ref.strip()
    return int(ref) if ref.isdigit() else book.resolve(ref)


def aware(moment: datetime) -> datetime:
    """A stored time, which is UTC, with its zone said."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def local_time(moment: datetime) -> str:
    """A stored time as the clock on this computer says it: `20/03/2024 14:05`."""
    return aware(moment).astimezone().strftime("%d/%m/%Y %H:%M")


def utc_stamp(moment: datetime) -> str:
    """A stored time for a script: `2024-03-20T07:05:00Z`, as the record format writes times."""
    return aware(moment).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# History ----------------------------------------------------------------------------------------


@app.command()
def history(
    ctx: typer.Context,
    meeting: NumberArgument,
    show: Annotated[
        int | None,
        typer.Option("--show", metavar="K", help=_("Print version K as `show` prints a meeting.")),
    ] = None,
    fmt: Annotated[
        HistoryFormat,
        typer.Option(
            "--format", "-f", help=_("table for people; json: the versions with their changes.")
        ),
    ] = HistoryFormat.table,
) -> None:
    """Every version of a meeting: when, who, what was done, the note, the fields it changed."""
    with opened(ctx) as book:
        meeting_id = meeting_number(book, meeting)
        if show is None:
            print_history(meeting_id, book.history(meeting_id), fmt)
            return
        record = book.version(meeting_id, show)
        current = book.meeting(meeting_id).version
    if fmt is HistoryFormat.json:
        write_output([record], "json", None)  # as `show --format json` writes a meeting
        return
    print_meeting(meeting_id, record)
    said = "\n" + _(
        "Meeting #{id} as it was at version {version}; it is now at version {current} "
        "(`minutebook revert {id} {version}` saves this one again).",
        id=meeting_id, version=show, current=current,
    )  # fmt: skip
    out.print(rich_text(said, style="dim"))


def print_history(meeting_id: int, versions: list[Any], fmt: HistoryFormat) -> None:
    """The versions as a table for people, or as JSON with each change's before and after."""
    if not versions:
        raise fail(_("meeting #{id} has no history", id=meeting_id))
    if fmt is HistoryFormat.json:
        print_rows([version_json(v) for v in versions], "json", [])
        return
    rows: list[dict[str, Any]] = [
        {"version": v.version, "when": local_time(v.saved_at), "who": v.saved_by,
         "what": _(store.ACTION_LABELS.get(v.action, v.action)), "note": store.note_said(v),
         "changed": ", ".join(_(store.FIELD_LABELS.get(change.field, change.field))
                              for change in v.changes)}
        for v in versions
    ]  # fmt: skip
    headers = [_("Version"), _("When"), _("Who"), _("What"), _("Note"), _("Changed")]
    print_rows(rows, "table", headers)


def version_json(version: Any) -> dict[str, Any]:
    """One version of a meeting for a script: what `history --format json` lists."""
    return {
        "version": version.version,
        "action": version.action,
        "saved_at": utc_stamp(version.saved_at),
        "saved_by": version.saved_by,
        "note": version.note,
        "changes": [change.to_json() for change in version.changes],
    }


@app.command()
def revert(
    ctx: typer.Context,
    meeting: NumberArgument,
    version: Annotated[
        int, typer.Argument(metavar="VERSION", help=_("The version to restore (see `history`)."))
    ],
) -> None:
    """Save a meeting as it was at an earlier version, as a new version (history only grows)."""
    with opened(ctx) as book:
        meeting_id = meeting_number(book, meeting)
        saved = book.revert(meeting_id, version, expected_version=None)
    if saved is None:
        said = _("Meeting #{id} is as it was at version {version} already: nothing was saved.",
                 id=meeting_id, version=version)  # fmt: skip
        out.print(rich_text(said))
        return
    out.print(
        rich_text(
            _(
                "Meeting #{id} is again as it was at version {version} (saved as version {saved}).",
                id=meeting_id,
                version=version,
                saved=saved,
            )
        )
    )


# The trash --------------------------------------------------------------------------------------


def entry_label(entry: Any) -> str:
    return f"#{entry.meeting_id} {store.date_label(entry.when)} {store.one_line(entry.title)}"


@trash_app.callback(invoke_without_command=True)
def trash(ctx: typer.Context, fmt: FormatOption = Format.table) -> None:
    """The meetings in the trash, most recently deleted first; `minutebook restore N` brings
    one back, `minutebook trash empty` destroys them."""
    if ctx.invoked_subcommand is not None:
        return
    with opened(ctx) as book:
        entries = book.trash()
    if not entries:
        if fmt is Format.json:
            out.file.write("[]\n")
        raise fail(_("the trash is empty"))
    rows: list[dict[str, Any]] = [
        {"meeting": e.meeting_id, "uid": e.uid, "date": e.when.iso(), "title": e.title,
         "deleted_at": utc_stamp(e.deleted_at), "deleted_by": e.deleted_by}
        for e in entries
    ]  # fmt: skip
    if fmt is Format.table:
        for row, entry in zip(rows, entries, strict=True):
            del row["uid"]
            row["date"] = store.date_label(entry.when, entry.part_of_day)  # as `list` has it
            row["deleted_at"] = local_time(entry.deleted_at)
    print_rows(rows, fmt.value, ["#", _("Date"), _("Title"), _("Deleted"), _("By")])


AGE = re.compile(r"\s*(\d{1,6})\s*([dwmy])\s*", re.IGNORECASE)
DAYS = {"d": 1, "w": 7, "m": 30, "y": 365}


def parse_age(text: str) -> timedelta:
    """`30d`, `12w`, `6m` (months of 30 days), `1y`: how long ago; else a usage error."""
    match = AGE.fullmatch(text)
    if match is None:
        raise store.UsageError(
            _("--older-than {age}: write a number and d, w, m or y (30d, 12w, 6m, 1y)",
              age=repr(text))
        )  # fmt: skip
    days = int(match.group(1)) * DAYS[match.group(2).lower()]
    if days > 100 * 365:
        raise store.UsageError(_("--older-than {age}: at most 100 years", age=repr(text)))
    return timedelta(days=days)


@trash_app.command("empty")
def empty_trash(
    ctx: typer.Context,
    older_than: Annotated[
        str | None,
        typer.Option(
            "--older-than",
            metavar="AGE",
            help=_("Only what was deleted longer ago: 30d, 12w, 6m (months of 30 days), 1y."),
        ),
    ] = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help=_("Do not ask."))] = False,
) -> None:
    """Destroy what is in the trash (or only what was deleted before --older-than), with its
    history: for good. Asks first, naming the meetings; --yes for scripts."""  # fmt: skip
    age = parse_age(older_than) if older_than is not None else None
    with opened(ctx) as book:
        entries = book.trash()
        if age is not None:
            cutoff = datetime.now(UTC) - age
            entries = [e for e in entries if aware(e.deleted_at) < cutoff]
        if not entries:
            said = (
                _("Nothing in the trash deleted more than {age} ago; nothing purged.",
                  age=older_than.strip())
                if older_than
                else _("Nothing in the trash; nothing purged.")
            )  # fmt: skip
            out.print(rich_text(said))
            return
        if not yes:
            confirm_purge(entries)
        purged = book.empty_trash(older_than=age, meeting_ids=[e.meeting_id for e in entries])
    gone = len(entries) - len(purged)
    numbers = ", ".join(f"#{number}" for number in sorted(purged))
    count = plural(len(purged), "1 meeting", "{count} meetings")
    said = (
        _("Purged {count} for good: {numbers}; {gone} had left the trash meanwhile.",
          count=count, numbers=numbers, gone=gone)
        if gone
        else _("Purged {count} for good: {numbers}.", count=count, numbers=numbers)
    )  # fmt: skip
    out.print(rich_text(said))


def confirm_purge(entries: list[Any]) -> None:
    """Name what a purge destroys (the first few, then how many more) and ask; no terminal to
    ask on is a usage error saying to add --yes."""
    count = plural(len(entries), "1 meeting", "{count} meetings")
    if not on_a_terminal():
        raise fail(_("not purging {count} from the trash: add --yes to confirm", count=count),
                   EXIT_USAGE)  # fmt: skip
    out.print(rich_text(_("The trash holds {count} to destroy, with their history:",
                          count=count)))  # fmt: skip
    for entry in entries[:SHOWN_BEFORE_ASKING]:
        out.print(rich_text(f"  {entry_label(entry)}"))
    if len(entries) > SHOWN_BEFORE_ASKING:
        out.print(rich_text("  " + _("... and {count} more",
                                     count=len(entries) - SHOWN_BEFORE_ASKING)))  # fmt: skip
    if not typer.confirm(_("Destroy these {count} for good?", count=count), default=False):
        raise fail(_("nothing purged"))


@app.command()
def restore(ctx: typer.Context, meeting: NumberArgument) -> None:
    """Bring a meeting back from the trash, under its own number, exactly as it was."""
    with opened(ctx) as book:
        ref = meeting.strip()
        by_uid = {e.uid: e.meeting_id for e in book.trash() if e.uid} if not ref.isdigit() else {}
        meeting_id = by_uid[ref] if ref in by_uid else meeting_number(book, ref)
        record = book.restore(meeting_id)
    label = f"#{meeting_id} {store.date_label(record.date)} {store.one_line(record.title)}"
    out.print(rich_text(_("Restored {meeting} from the trash.", meeting=label)))
