"""Changing a meeting: `edit` (what its flags name) and `amend` (the same flags, on approved or
locked minutes, with the reason kept in the meeting's history).

Both gather their flags into one `store.MeetingChanges`, which the store applies, checks and saves
in one transaction (`Book.edit`, `Book.amend`): the lifecycle's rules (a draft is made final
before it is approved, a locked meeting changes only by an amendment) hold there, not here. The
flags are declared once below and written alike in both commands' signatures.
"""

from typing import Annotated, Any

import typer

import store
from commands.options import MeetingArgument, PersonOption, opened, role_entries
from commands.output import EXIT_USAGE, fail, out, rich_text
from store.i18n import _

app = typer.Typer()


def _text(help_text: str, metavar: str = "TEXT") -> Any:
    """An option that takes a value: its help, and the name `--help` gives the value."""
    return typer.Option(metavar=metavar, help=help_text)


Title = Annotated[str | None, _text(_("New title."))]
Date = Annotated[
    str | None,
    _text(_("New date: 15/3/2024, 15/3/24 (read as 2024), 3/2024; 'chiều 15/3/2024' sets the part "
          "of day too.")),
]  # fmt: skip
DateInferred = Annotated[
    bool | None,
    typer.Option(
        "--date-inferred/--no-date-inferred",
        help=_("Mark the date as inferred (not stated in full), or as stated; a new --date is "
               "stated unless --date-inferred is given too."),
        show_default=False,
    ),
]  # fmt: skip
Kind = Annotated[str | None, _text(_("New kind."))]
PartOfDay = Annotated[str | None, _text(_("sáng, trưa, chiều, tối; '' clears."))]
Start = Annotated[str | None, _text(_("Start time: 14:00, 14h30, 2h chiều; '' clears."))]
End = Annotated[str | None, _text(_("End time: 16:30, 16h30, 4 giờ rưỡi chiều; '' clears."))]
Place = Annotated[str | None, _text(_("New place; '' clears."))]
Org = Annotated[list[str] | None, _text(_("Add an organising body."))]
RemovePerson = Annotated[
    list[str] | None, _text(_("Remove this person from the meeting (every role)."))
]
Decision = Annotated[list[str] | None, _text(_("Add a decision."))]
DecisionStatus = Annotated[list[str] | None, _text(_("Set decision N's status."), "'N=done'")]
RemoveDecision = Annotated[
    list[int] | None, _text(_("Remove decision N (as `show` numbers)."), "N")
]
Doc = Annotated[list[str] | None, _text(_("Add a cited document."))]
RemoveDoc = Annotated[list[str] | None, _text(_("Remove a cited document."), "NUMBER")]
RemoveOrg = Annotated[list[str] | None, _text(_("Remove an organising body."))]
Notes = Annotated[str | None, _text(_("Replace the notes."))]
Source = Annotated[str | None, _text(_("Replace the source."))]
Status = Annotated[
    str | None,
    _text(
        _(
            "draft: to review; final: checked and kept; approved: adopted (give --approved-on and "
            "--approved-by); locked: closed, changed only by `minutebook amend`."
        ),
        "draft|final|approved|locked",
    ),
]
ApprovedOn = Annotated[str | None, _text(_("When the minutes were approved: 20/3/2024."), "DATE")]
ApprovedBy = Annotated[str | None, _text(_("By which meeting or person: 'Hội nghị BCH'."))]
Reason = Annotated[
    str,
    typer.Option(
        metavar="TEXT", help=_("Why the approved minutes are corrected (kept in the history)."),
        show_default=False,
    ),
]  # fmt: skip


def _changes(flags: dict[str, Any]) -> "store.MeetingChanges":
    """The `MeetingChanges` that the flags of `edit` (or `amend`) say: `flags` is the command's
    arguments by name."""

    def many(name: str) -> tuple[Any, ...]:
        return tuple(flags[name] or ())

    return store.MeetingChanges(
        title=flags["title"], date=flags["date"], date_inferred=flags["date_inferred"],
        kind=flags["kind"],
        part_of_day=_part_of_day(flags), start_time=flags["start"], end_time=flags["end"],
        location=flags["place"], notes=flags["notes"], source=flags["source"],
        status=flags["status"], approved_on=flags["approved_on"],
        approved_by=flags["approved_by"],
        people=tuple(role_entries(**{role: flags[role] for role in store.ROLES})),
        remove_people=many("remove_person"), organisers=many("org"),
        remove_organisers=many("remove_org"), decisions=many("decision"),
        decision_statuses=many("decision_status"), remove_decisions=many("remove_decision"),
        documents=many("doc"), remove_documents=many("remove_doc"),
    )  # fmt: skip


def _part_of_day(flags: dict[str, Any]) -> str | None:
    """--part-of-day as given; without it, the part of day a new --date says (`chiều
    12/11/2026`), read by the store's one reading of a typed date, which then replaces the
    meeting's own. None leaves the meeting's part of day as it is."""
    if flags["part_of_day"] is not None or not flags["date"]:
        return flags["part_of_day"]
    try:
        return store.parse_date_and_part(flags["date"])[1]
    except store.DateError:
        return None  # the record's validator says what is wrong with the date, naming it


# The flags that change when the meeting was: after them, the reading is said back in full.
WHEN_FLAGS = ("date", "date_inferred", "part_of_day", "start", "end")


def _said(
    book: "store.Book", meeting_id: int, version: int | None, what: str, flags: dict[str, Any]
) -> None:
    if version is None:
        out.print(rich_text(_("Meeting #{id} unchanged.", id=meeting_id)))
        return
    when = ""
    if any(flags[name] is not None for name in WHEN_FLAGS):
        # `12/11/26` or `2h chiều` was typed: show how it was read (12/11/2026 chiều 14:00).
        when = store.when_label(book.meeting(meeting_id), _)
    amended = what == "Amended"
    if when:
        said = (
            _("Amended meeting #{id} (version {version}), on {when}.", id=meeting_id,
              version=version, when=when)
            if amended
            else _("Saved meeting #{id} (version {version}), on {when}.", id=meeting_id,
                   version=version, when=when)
        )  # fmt: skip
    elif amended:
        said = _("Amended meeting #{id} (version {version}).", id=meeting_id, version=version)
    else:
        said = _("Saved meeting #{id} (version {version}).", id=meeting_id, version=version)
    out.print(rich_text(said))


@app.command()
def edit(
    ctx: typer.Context,
    meeting: MeetingArgument,
    title: Title = None,
    date: Date = None,
    date_inferred: DateInferred = None,
    kind: Kind = None,
    part_of_day: PartOfDay = None,
    start: Start = None,
    end: End = None,
    place: Place = None,
    org: Org = None,
    chair: PersonOption = None,
    attendee: PersonOption = None,
    speaker: PersonOption = None,
    secretary: PersonOption = None,
    representative: PersonOption = None,
    absent: PersonOption = None,
    remove_person: RemovePerson = None,
    decision: Decision = None,
    decision_status: DecisionStatus = None,
    remove_decision: RemoveDecision = None,
    doc: Doc = None,
    remove_doc: RemoveDoc = None,
    remove_org: RemoveOrg = None,
    notes: Notes = None,
    source: Source = None,
    status: Status = None,
    approved_on: ApprovedOn = None,
    approved_by: ApprovedBy = None,
) -> None:
    """Change a meeting. Scalar flags replace; people, decisions and documents are added
    (and --remove-... takes them away). --status approved needs --approved-on and
    --approved-by; locked minutes change only by `minutebook amend`."""
    flags = locals()
    with opened(ctx) as book:
        # Resolved first, so that a meeting in the trash says how to bring it back.
        resolved = book.resolve(meeting)
        if status in ("approved", "locked"):
            _approval_given(book, resolved, status, approved_on, approved_by)
        meeting_id, version = book.edit(str(resolved), _changes(flags))
        _said(book, meeting_id, version, "Saved", flags)


def _approval_given(
    book: "store.Book", meeting_id: int, status: str, on: str | None, by: str | None
) -> None:
    """Refuse `--status approved` (or locked) on a meeting that would not say when or by whom it
    was approved, naming the flag: the store's own refusal names the record's field
    (`approved_on`, `approved_by`), as a file has it."""
    kept = book.meeting(meeting_id)
    said = {"id": meeting_id, "status": status}
    if on is None and kept.approved_on is None:
        raise fail(
            _("meeting #{id}: --status {status} says when it was approved: give --approved-on "
              "DATE; nothing was saved", **said),
            EXIT_USAGE,
        )  # fmt: skip
    if by is None and kept.approved_by is None:
        raise fail(
            _("meeting #{id}: --status {status} says by which meeting or person it was "
              "approved: give --approved-by TEXT; nothing was saved", **said),
            EXIT_USAGE,
        )  # fmt: skip


@app.command()
def amend(
    ctx: typer.Context,
    meeting: MeetingArgument,
    reason: Reason,
    title: Title = None,
    date: Date = None,
    date_inferred: DateInferred = None,
    kind: Kind = None,
    part_of_day: PartOfDay = None,
    start: Start = None,
    end: End = None,
    place: Place = None,
    org: Org = None,
    chair: PersonOption = None,
    attendee: PersonOption = None,
    speaker: PersonOption = None,
    secretary: PersonOption = None,
    representative: PersonOption = None,
    absent: PersonOption = None,
    remove_person: RemovePerson = None,
    decision: Decision = None,
    decision_status: DecisionStatus = None,
    remove_decision: RemoveDecision = None,
    doc: Doc = None,
    remove_doc: RemoveDoc = None,
    remove_org: RemoveOrg = None,
    notes: Notes = None,
    source: Source = None,
    status: Status = None,
    approved_on: ApprovedOn = None,
    approved_by: ApprovedBy = None,
) -> None:
    """Correct approved or locked minutes: edit's flags, saved with --reason, which the
    meeting's history keeps (`minutebook history MEETING`)."""
    flags = locals()
    with opened(ctx) as book:
        meeting_id, version = book.amend(str(book.resolve(meeting)), _changes(flags), reason=reason)
        _said(book, meeting_id, version, "Amended", flags)
