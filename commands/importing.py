"""`minutebook import`: record files (JSON, NDJSON, CSV, XLSX), or news reports read into drafts.

The store does the import, all or nothing, and says what it did in an `ImportReport`; this module
adds what a terminal needs: the progress bar, the text summary for people, the problems one line
each on stderr. `--summary json` prints the report's own JSON shape (`ImportReport.as_json`).
"""

import contextlib
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

import store
from commands.drafts import read_drafts
from commands.import_progress import ImportBar
from commands.options import opened, valid
from commands.output import (
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    err,
    fail,
    nothing_written,
    out,
    print_problems,
    rich_text,
)
from store.i18n import _, plural

if TYPE_CHECKING:
    from rich.text import Text

app = typer.Typer()

MAX_LISTED = 20  # likely duplicates, name twins and rejected meetings shown in a text summary


class ImportFormat(StrEnum):
    json = "json"
    ndjson = "ndjson"
    csv = "csv"
    xlsx = "xlsx"


class SummaryFormat(StrEnum):
    text = "text"
    json = "json"


def import_kinds(files: list[str], fmt: str | None) -> list[str | None]:
    """Each file's format as the import will read it (None where it cannot tell; it says why)."""
    kinds: list[str | None] = []
    for path in files:
        try:
            kinds.append(store.detect_format(path, fmt) if path != "-" or fmt else None)
        except store.StoreError:
            kinds.append(None)
    return kinds


def print_summary_json(report: "store.ImportReport", written: bool) -> None:
    import json

    sys.stdout.write(json.dumps(report.as_json(written), ensure_ascii=False, indent=2) + "\n")


def print_import_summary(
    report: "store.ImportReport", rejects: Path | None, refusing: bool = False
) -> None:
    """The summary for people; `refusing`: a dry run whose import would refuse the whole file."""

    def say(text: "Text") -> None:
        out.print(text, soft_wrap=True)  # whole lines: paths and names stay greppable

    one_line = store.one_line
    changed = report.inserted or report.updated
    if refusing:
        outcome = _("an import would write nothing while a meeting is refused")
    elif not changed:
        outcome = _("the book is as it was")
    elif report.dry_run:
        outcome = _("changes would be written")
    else:
        outcome = _("changes were written")
    parts = [
        _("{count} new", count=report.inserted),
        _("{count} updated", count=report.updated),
        _("{count} unchanged", count=report.unchanged),
    ]
    if report.skipped:
        parts.append(
            _("{count} skipped (already in the book with other content; --on-conflict update "
              "replaces them)", count=len(report.skipped))
        )  # fmt: skip
    if report.likely_duplicates:
        parts.append(
            _("{count} likely duplicates (not imported)", count=len(report.likely_duplicates))
        )
    if report.rejected:
        count = len(report.rejected)
        said = _("{count} refused", count=count) if refusing else _("{count} rejected", count=count)
        parts.append(said)
    read = plural(report.read, "1 meeting", "{count} meetings")
    say(rich_text(_("{parts} — {read} read; {outcome}.", parts=", ".join(parts), read=read,
                    outcome=outcome)))  # fmt: skip
    if report.people_new or report.people_known:
        say(
            rich_text(
                _("People: {new} new, {known} already in the book.", new=report.people_new,
                  known=report.people_known)
            )
        )  # fmt: skip
    if rejects is not None and not report.rejected:
        say(rich_text(_("No meeting was rejected; {file} was not written.", file=rejects)))
    elif rejects is not None and report.dry_run:
        say(rich_text(_("The rejected meetings would go to {file}; a dry run writes nothing.",
                        file=rejects)))  # fmt: skip
    if report.rejects_file:
        say(
            rich_text(
                _("Rejected meetings are in {file} as they were given, why in {reasons}: fix "
                  "them there and import {file} again.", file=report.rejects_file,
                  reasons=report.reasons_file)
            )
        )  # fmt: skip
    listed = report.likely_duplicates[:MAX_LISTED]
    if listed:
        say(rich_text(_("Likely duplicates of meetings in the book, not imported:")))
        for duplicate in listed:
            say(rich_text("  " + one_line(str(duplicate))))
        more = len(report.likely_duplicates) - len(listed)
        if more:
            say(rich_text("  " + _("... and {count} more (--summary json lists them all)",
                                   count=more)))  # fmt: skip
    if report.people_twins:
        say(
            rich_text(
                _(
                    "Names that differ only by their marks (the same person? `minutebook people "
                    "merge KEEP OTHER` joins them; `minutebook people duplicates` lists them):"
                )
            )
        )
        for names in report.people_twins[:MAX_LISTED]:
            say(rich_text("  " + " | ".join(one_line(name) for name in names)))


def refuse_only_duplicates(report: "store.ImportReport") -> None:
    """Exit 1 when every meeting read was a likely duplicate: nothing new went in, which a
    script must tell from an import that did (the summary, printed, lists them). A meeting
    found unchanged is no duplicate: an identical re-import still exits 0."""
    count = len(report.likely_duplicates)
    if count and count == report.outcomes:
        raise fail(
            plural(
                count,
                "the meeting read is a likely duplicate of one in the book; nothing was imported",
                "all {count} meetings read are likely duplicates of meetings in the book; "
                "nothing was imported",
            )
        )


def import_reports(
    ctx: typer.Context, files: list[str], on_conflict: str, summary: SummaryFormat
) -> None:
    """`import --from-report`: every report read into a record marked draft, all or nothing."""
    import dataclasses

    with opened(ctx) as book:
        drafts, unread = read_drafts(book, files)
        if unread:
            raise fail(
                plural(
                    unread,
                    "1 report could not be read; nothing was written",
                    "{count} reports could not be read; nothing was written",
                )
            )
        records = [valid(store.draft_record(draft), path) for path, draft in drafts]
        # Asked before saving: once saved, each draft would be its own twin. The import itself
        # tells the exact ones apart (unchanged, or a likely duplicate not imported).
        alike = [
            (path, store.twin_said(book, record))
            for (path, _draft), record in zip(drafts, records, strict=True)
        ]
        before = [_number(book, record) for record in records]
        report = book.import_records(records, on_conflict=on_conflict)
        # Each report's new meeting, by number: what `show` and `edit` take.
        saved = [
            None if was else _number(book, record)
            for was, record in zip(before, records, strict=True)
        ]
    # The importer numbers records in the order given: name each by its report instead.
    report.likely_duplicates = [
        dataclasses.replace(d, source=drafts[d.number - 1][0], number=1, from_report=True)
        for d in report.likely_duplicates
    ]
    if summary is SummaryFormat.json:
        print_summary_json(report, True)
        refuse_only_duplicates(report)
        return
    print_import_summary(report, None)
    refuse_only_duplicates(report)
    for (path, draft), (_path, twin), number in zip(drafts, alike, saved, strict=True):
        if number is None:
            continue
        # What to check, in the catalog's language: the meeting it may already be, then the
        # draft's flags (the record's notes keep them too, in the report's language).
        points = [twin[1]] if twin is not None and not twin[0].exact else []
        points += store.flag_lines(draft.flags)
        checks = "; ".join(point.rstrip(".") for point in points)
        said = (
            _("{file}: saved as draft #{id}; to check: {points}.", file=path, id=number,
              points=checks)
            if points
            else _("{file}: saved as draft #{id}.", file=path, id=number)
        )  # fmt: skip
        out.print(rich_text(store.one_line(said)), soft_wrap=True)
    if report.inserted or report.updated:
        out.print(
            rich_text(
                _(
                    "Saved as drafts to review: `minutebook search status:draft` lists them, "
                    "`minutebook edit N --status final` marks one checked."
                )
            ),
            soft_wrap=True,
        )


def _number(book: "store.Book", record: "store.MeetingRecord") -> int | None:
    """The number of the meeting `record` is in the book, if it is there (by its uid, or the
    one an import gives a record without)."""
    try:
        return book.resolve(record.uid or store.natural_uid(record))
    except store.StoreError:  # not there, or in the trash
        return None


@app.command("import")
def import_(
    ctx: typer.Context,
    files: Annotated[
        list[str],
        typer.Argument(metavar="FILE...", help=_("JSON, NDJSON, CSV or XLSX files; - for stdin.")),
    ],
    fmt: Annotated[
        ImportFormat | None,
        typer.Option(
            "--format", "-f", help=_("The files' format, when the extension says another.")
        ),
    ] = None,
    dry_run: Annotated[bool, typer.Option(help=_("Check and report; write nothing."))] = False,
    on_conflict: Annotated[
        str,
        typer.Option(
            metavar="TEXT", help=_("A known uid with different content: skip, update or fail.")
        ),
    ] = "skip",
    encoding: Annotated[
        str | None,
        typer.Option(
            metavar="NAME",
            help=_(
                "The files' text encoding when it has no byte-order mark (default UTF-8), "
                "e.g. cp1258 for old Vietnamese Windows programs."
            ),
            show_default=False,
        ),
    ] = None,
    delimiter: Annotated[
        str | None,
        typer.Option(
            metavar="CHAR",
            help=_("CSV separator: ';', ',', tab or any one character (default: the header's)."),
            show_default=False,
        ),
    ] = None,
    skip_invalid: Annotated[
        bool,
        typer.Option(
            "--skip-invalid", help=_("Write the valid meetings; put the invalid ones in --rejects.")
        ),
    ] = False,
    rejects: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE",
            help=_(
                "With --skip-invalid: where invalid meetings go, in the input's format, to fix "
                "and import again; why, beside it (loi.csv: loi.reasons.txt)."
            ),
            show_default=False,
        ),
    ] = None,
    summary: Annotated[
        SummaryFormat,
        typer.Option("--summary", help=_("The summary: text for people, json for scripts.")),
    ] = SummaryFormat.text,
    from_report: Annotated[
        bool,
        typer.Option(
            "--from-report",
            help=_(
                "The files are news reports (text or HTML): read each into a meeting and save "
                "it as a draft to review (`search status:draft`); `extract` shows them first."
            ),
        ),
    ] = False,
) -> None:
    """Import meetings. All or nothing: one invalid record and nothing is written (unless
    --skip-invalid, which writes the valid ones and keeps the others in --rejects)."""
    if from_report:
        if fmt or encoding or delimiter or skip_invalid or rejects or dry_run:
            raise fail(
                _(
                    "--from-report reads reports, not records: --format, --encoding, --delimiter, "
                    "--skip-invalid, --rejects and --dry-run do not apply (`minutebook extract "
                    "FILE` shows the drafts without saving them)"
                ),
                EXIT_USAGE,
            )
        import_reports(ctx, files, on_conflict, summary)
        return
    if skip_invalid != (rejects is not None):
        raise fail(
            _(
                "--skip-invalid needs --rejects FILE, where the invalid meetings are kept to fix "
                "and import again"
            )
            if skip_invalid
            else _("--rejects goes with --skip-invalid"),
            EXIT_USAGE,
        )
    try:
        if encoding is not None:
            store.check_encoding(encoding)
        if delimiter is not None:
            store.check_delimiter(delimiter)
    except store.StoreError as exc:
        raise fail(str(exc), EXIT_USAGE) from None
    input_format = fmt.value if fmt else None
    bar = ImportBar(files, import_kinds(files, input_format)) if err.is_terminal else None
    try:
        with opened(ctx) as book, bar or contextlib.nullcontext():
            report = book.import_files(
                files, progress=bar, fmt=input_format, dry_run=dry_run, on_conflict=on_conflict,
                encoding=encoding, delimiter=delimiter, skip_invalid=skip_invalid,
                rejects=rejects,
            )  # fmt: skip
    except store.ImportFailed as failed:
        report = failed.report
    except KeyboardInterrupt:  # root's "nothing more was written" read as "part of it was"
        raise fail(_("interrupted; nothing was imported: an import is all or nothing"),
                   EXIT_INTERRUPTED) from None  # fmt: skip
    print_problems(report.warnings, _("warning: "))
    if summary is SummaryFormat.json:
        print_summary_json(report, not report.problem_count and not dry_run)
    if report.problem_count:
        print_problems(report.problems)
        raise fail(nothing_written(report.problem_count, len(report.problems), skip_invalid))
    # A dry run lists every refused meeting: it is how one finds them all before importing.
    refusing = dry_run and not skip_invalid and bool(report.rejected)
    listed = report.rejected if dry_run else report.rejected[:MAX_LISTED]
    for entry in listed:
        print_problems(entry.problems, _("refused: ") if refusing else _("rejected: "))
    if len(report.rejected) > len(listed):
        more = len(report.rejected) - MAX_LISTED
        said = (
            _("rejected: ... and {count} more, every reason in {file}", count=more,
              file=report.reasons_file)
            if report.reasons_file
            else _("rejected: ... and {count} more", count=more)
        )  # fmt: skip
        err.print(rich_text(said))
    if report.read == 0:
        raise fail(_("no meetings in {files}; nothing to import", files=", ".join(files)))
    if summary is SummaryFormat.text:
        print_import_summary(report, rejects, refusing)
    refuse_only_duplicates(report)
    if refusing:  # the dry run's exit says what the import itself would do
        raise fail(
            plural(
                len(report.rejected),
                "1 meeting refused; an import would write nothing: fix it, or --skip-invalid "
                "--rejects FILE writes the others",
                "{count} meetings refused; an import would write nothing: fix them, or "
                "--skip-invalid --rejects FILE writes the others",
            )
        )
