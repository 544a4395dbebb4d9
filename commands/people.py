"""`minutebook people`: the book's directory of people, a person's meetings, and its upkeep
(rename a misspelled name, merge two spellings of one person and undo that, list the names that
may be one).

A name is looked up the store's way (`Book.find_person`: diacritics optional, each word typed the
start of a word of the name; several matches are an error naming them, never a guess). The list
comes in the order of a Vietnamese list of people, by given name (`--sort name`), or by the whole
name as written (`--sort full`), both in the Vietnamese alphabet (`store.sort_people`).
"""

from enum import StrEnum
from typing import Annotated, Any

import typer

import store
from commands.options import Format, FormatOption, opened
from commands.output import fail, out, print_rows, rich_text
from store.i18n import _, plural

app = typer.Typer(help=_("The people in the book: list, timeline, rename, merge."))


class PeopleOrder(StrEnum):
    """How `minutebook people` orders the list (`store.PEOPLE_ORDERS`)."""

    name = "name"  # given name, then middle names, then family name: Trần Văn An before Lê Bình
    full = "full"  # the whole name as written: Bùi…, Chu…, Đặng…, Hoàng…


SortOption = Annotated[
    PeopleOrder,
    typer.Option(
        "--sort",
        help=_(
            "name: by given name, then middle and family name, as Vietnamese lists are; "
            "full: by the whole name as written. Both in Vietnamese alphabetical order."
        ),
    ),
]


@app.callback(invoke_without_command=True)
def people(
    ctx: typer.Context,
    name: Annotated[
        str | None, typer.Option("--name", metavar="WORDS", help=_("Only names with these words."))
    ] = None,
    fmt: FormatOption = Format.table,
    sort: SortOption = PeopleOrder.name,
) -> None:
    """Everyone in the book with how many meetings and their last title, by given name."""
    if ctx.invoked_subcommand is not None:
        return
    with opened(ctx) as book:
        found = store.sort_people(book.people(name), sort.value)
    if not found:
        raise fail(_("no people found"))
    rows: list[dict[str, Any]] = [
        {"name": p.name, "meetings": p.meetings, "last_title": p.last_title,
         "last_date": p.last_date.iso() if p.last_date else None}
        for p in found
    ]  # fmt: skip
    if fmt is Format.table:
        for row, person in zip(rows, found, strict=True):
            row["last_date"] = person.last_date.display() if person.last_date else None
    print_rows(rows, fmt.value, [_("Name"), _("Meetings"), _("Last title"), _("Last seen")])


@app.command("show")
def people_show(
    ctx: typer.Context,
    name: Annotated[
        str,
        typer.Argument(metavar="NAME", help=_("The person's name, with or without diacritics.")),
    ],
    fmt: FormatOption = Format.table,
) -> None:
    """A person's meetings, newest first, with the role and the title held at each."""
    with opened(ctx) as book:
        person_id = book.find_person(name)
        full_name = book.person_name(person_id)
        appearances = book.timeline(person_id)
    rows: list[dict[str, Any]] = [
        {"meeting": a.meeting_id, "date": a.date.iso(), "role": a.role,
         "title_held": a.held_title, "meeting_title": a.title}
        for a in appearances
    ]  # fmt: skip
    if fmt is Format.table:
        out.print(
            rich_text(
                f"{full_name}: "
                + plural(len({a.meeting_id for a in appearances}), "1 meeting", "{count} meetings"),
                style="bold",
            )
        )
        for row, appearance in zip(rows, appearances, strict=True):
            row["date"] = appearance.date.display()
            row["role"] = _(appearance.role)
    if not rows:
        raise fail(_("{name} is in no meeting", name=full_name))
    print_rows(rows, fmt.value, ["#", _("Date"), _("Role"), _("Title held"), _("Meeting")])


@app.command("rename")
def people_rename(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help=_("The name as it is now."))],
    new_name: Annotated[str, typer.Argument(metavar="NEW_NAME", help=_("The correct spelling."))],
) -> None:
    """Correct the spelling of a person's name in every meeting."""
    with opened(ctx) as book:
        changed = book.rename_person(book.find_person(name), new_name)
    if not changed:
        raise fail(_("{name} is already spelled that way; nothing changed",
                     name=store.one_line(new_name)))  # fmt: skip
    out.print(rich_text(_("Renamed {name} to {new_name}.", name=store.one_line(name),
                          new_name=store.one_line(new_name))))  # fmt: skip


@app.command("merge")
def people_merge(
    ctx: typer.Context,
    keep: Annotated[str, typer.Argument(metavar="KEEP", help=_("The spelling to keep."))],
    other: Annotated[
        str, typer.Argument(metavar="OTHER", help=_("The duplicate to fold into it."))
    ],
) -> None:
    """Make two spellings one person: OTHER's meetings move to KEEP."""
    with opened(ctx) as book:
        keep_id = book.find_person(keep)
        other_id = book.find_person(other)
        other_name = book.person_name(other_id)
        moved = book.merge_people(keep_id, other_id)
        kept_name = book.person_name(keep_id)
    count = plural(moved, "1 meeting", "{count} meetings")
    out.print(rich_text(_("Merged {other} into {kept} ({count}).", other=other_name,
                          kept=kept_name, count=count)))  # fmt: skip
    out.print(rich_text(_("`minutebook people unmerge` undoes it."), style="dim"))


@app.command("unmerge")
def people_unmerge(
    ctx: typer.Context,
    name: Annotated[
        str | None,
        typer.Argument(
            metavar="NAME",
            help=_("The name the merge took out of the directory; without it, the last merge."),
        ),
    ] = None,
) -> None:
    """Undo the last merge, or NAME's: NAME is a person again, in the meetings they were in."""
    with opened(ctx) as book:
        undone = book.undo_merge(name)
    count = plural(undone.meetings, "1 meeting", "{count} meetings")
    out.print(rich_text(_("Undid the merge of {removed} into {kept}: {removed} is back ({count}).",
                          removed=store.one_line(undone.removed_name),
                          kept=store.one_line(undone.kept_name), count=count)))  # fmt: skip


@app.command("duplicates")
def people_duplicates(ctx: typer.Context) -> None:
    """Names that are the same without diacritics (Hải, Hài, Hai): check, then merge if one."""
    with opened(ctx) as book:
        groups = book.possible_duplicates()
    if not groups:
        raise fail(_("no possible duplicates"))
    for group in groups:
        out.print(
            rich_text(
                " | ".join(
                    f"{p.name} ({plural(p.meetings, '1 meeting', '{count} meetings')})"
                    for p in group
                )
            )
        )
