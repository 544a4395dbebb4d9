"""`minutebook extract`: news reports of meetings read into draft records, printed, not saved.

The store reads a report (`read_report`), drafts its record (`Book.draft_from_report`, people
spelled as the book's directory has them) and says which values are guesses (`review_rows`,
`flag_lines`); this module prints that for a secretary, or as JSON for `import`. `read_drafts` is
shared with `import --from-report` (commands.importing). Its JSON is records marked `draft`
(`store.drafts_json`), so a draft goes into the book as a draft whichever way it is imported.
"""

import sys
from enum import StrEnum
from typing import Annotated

import typer

import store
from commands.options import opened
from commands.output import EXIT_NOTHING, err, out, rich_text
from store.i18n import _

app = typer.Typer()


class ExtractFormat(StrEnum):
    table = "table"
    json = "json"


def draft_labels() -> dict[str, str]:
    """Each field of a draft as `extract` names it, in the current language."""
    return {
        "title": _("Title"), "kind": _("Kind"), "date": _("Date"), "location": _("Place"),
        "organisers": _("Organiser"), "chair": _("Chair"), "attendee": _("Attended"),
        "speaker": _("Spoke"), "secretary": _("Secretary"),
        "representative": _("Representative"), "absent": _("Absent"),
        "decisions": _("Decision"), "decision_responsible": "  " + _("Responsible"),
        "decision_due": "  " + _("Due"), "documents": _("Document"),
    }  # fmt: skip


def read_drafts(
    book: "store.Book", files: list[str]
) -> tuple[list[tuple[str, "store.Draft"]], int]:
    """Each readable report's draft, by file; a file that cannot be read is one line on stderr.
    Returns the drafts and how many files could not be read."""
    drafts, unread = [], 0
    stdin_text: str | None = None  # standard input is read once (within the report cap)
    for path in files:
        try:
            text, html = store.read_report(path, stdin_text=stdin_text)
            if path == "-":
                stdin_text = text
        except store.StoreError as exc:
            err.print(rich_text("minutebook: " + store.one_line(str(exc))))
            unread += 1
            continue
        source = None if path == "-" else path
        drafts.append((path, book.draft_from_report(text, source=source, html=html)))
    return drafts, unread


def print_draft(path: str, draft: "store.Draft", twin: str | None = None) -> None:
    """One draft for a secretary: each value, how sure the reading is, and what to check, first
    the meeting of the book it may already be (`twin`, as the draft form says it)."""
    from rich.cells import cell_len
    from rich.table import Table

    one_line = store.one_line
    heading = rich_text(one_line(path), style="bold")
    note = rich_text("  " + _("draft: check it before it goes into the book"), style="dim")
    # Beside the file's name where both fit; else on a line of its own, not cut mid-phrase.
    if heading.cell_len + note.cell_len <= out.width:
        out.print(heading.append_text(note))
    else:
        out.print(heading)
        out.print(note)
    table = Table(show_edge=False, pad_edge=False, box=None, padding=(0, 2, 0, 0))
    labels = draft_labels()
    # A person's roles together wrap, on a narrow terminal, within a quarter of it (or the widest
    # single label): the values keep their room.
    widest = max(out.width // 4, *(cell_len(label) for label in (*labels.values(), _("Field"))))
    for header in (_("Field"), _("Value"), _("Sure"), ""):
        table.add_column(header, max_width=widest if header == _("Field") else None)
    for row in store.review_rows(draft):
        sure = "—" if row.confidence is None else f"{row.confidence:.0%}"
        mark = rich_text(_("check"), style="bold yellow") if row.guessed else rich_text("")
        # A person in two roles is one row naming both: two rows read as two people.
        field = ", ".join(labels.get(role, role) for role in row.roles)
        table.add_row(field, rich_text(one_line(row.value)), sure, mark)
    out.print(table)
    lines = [*filter(None, [twin]), *store.flag_lines(draft.flags)]
    if lines:
        out.print(rich_text(_("To check:"), style="bold"))
        # A point longer than the terminal wraps under its own first word, not at column 0.
        points = Table.grid()
        points.add_column(no_wrap=True)
        points.add_column()
        for line in lines:
            points.add_row("  - ", rich_text(one_line(line)))
        out.print(points)
    out.print()


@app.command()
def extract(
    ctx: typer.Context,
    files: Annotated[
        list[str],
        typer.Argument(
            metavar="FILE...",
            help=_("News reports or minutes (Biên bản): text, .html or .docx files; - for stdin."),
        ),
    ],
    fmt: Annotated[
        ExtractFormat,
        typer.Option(
            "--format",
            "-f",
            help=_("table: each value, how sure, what to check; json: records for `import`."),
        ),
    ] = ExtractFormat.table,
) -> None:
    """Read news reports of meetings into draft records and print them; nothing is saved.

    `minutebook extract r.txt --format json > m.json && minutebook import m.json` saves them
    marked as drafts to review, as `minutebook import --from-report r.txt` does in one step.
    """
    with opened(ctx) as book:
        drafts, unread = read_drafts(book, files)
        twins = [] if fmt is ExtractFormat.json else [book_twin(book, draft) for _, draft in drafts]
    if fmt is ExtractFormat.json:
        if drafts:
            sys.stdout.write(store.drafts_json(draft for _, draft in drafts))
    else:
        for (path, draft), twin in zip(drafts, twins, strict=True):
            print_draft(path, draft, twin[1] if twin else None)
    if unread:
        raise typer.Exit(EXIT_NOTHING)  # each file that could not be read has had its line


def book_twin(book: "store.Book", draft: "store.Draft") -> tuple["store.Twin", str] | None:
    """What `store.twin_said` says of a draft: None when the store would not take the draft as
    it is (it then has no meeting to be), or when the book cannot answer now."""
    record = store.validate_record(store.draft_record(draft))
    if isinstance(record, list):
        return None
    try:
        return store.twin_said(book, record)
    except store.StoreError:
        return None
