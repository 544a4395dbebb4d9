"""The minute book's API: the only names the CLI and the TUI import.

`open_book()` gives a `Book`, whose methods are every unit of work (read, search, save, delete,
import, export, people, decisions, drafts, the database's chores); the rest is what a face needs to
talk about the results: the record and summary types, the errors, the query language, the
vocabulary of a meeting, the one renderer of a meeting's words, the one matcher, the cells and
dates a form parses. A face never imports a submodule of `store` (a test checks), so a reader can
follow any call from a key press to the SQL through this file and `store.book`.

Nothing here connects at import time, and nothing is imported here but for type checkers: every
name is imported from its module when first used (PEP 562, `_ON_FIRST_USE`), so `minutebook
--help` does not load the database libraries, and `minutebook search` does not pay for what only
`import` or `extract` needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from store.book import Book, Cancel, describe_location, open_book
    from store.cells import (
        format_organiser,
        parse_citation,
        parse_decision,
        parse_organiser,
        parse_person,
    )
    from store.collation import PEOPLE_ORDERS, name_order_key, sort_people, vietnamese_key
    from store.dates import (
        DateError,
        PartialDate,
        parse_date_and_part,
        parse_date_range,
        parse_partial_date,
        parse_time,
        quarter_named,
    )
    from store.day_parts import part_said, parts_holding
    from store.decisions import OpenDecision
    from store.edits import MeetingChanges
    from store.errors import (
        BookMissing,
        DatabaseFailed,
        DatabaseUnavailable,
        InvalidRecord,
        NotFound,
        Problem,
        SchemaTooNew,
        SearchCancelled,
        StoreError,
        UsageError,
        VersionConflict,
        os_reason,
    )
    from store.hanging import Hanging
    from store.history import Change, Version, note_said
    from store.match import matches, typed_words
    from store.people import Appearance, PersonSummary
    from store.query import Query, QueryError, arguments_apart, parse_query, query_from_arguments
    from store.record import (
        DecisionItem,
        DocumentItem,
        MeetingRecord,
        Organiser,
        Participant,
        validate_record,
    )
    from store.repo import MeetingSummary
    from store.search import ORDERS, Page
    from store.templates import template_from
    from store.text import clean, fold, name_key
    from store.trash import TrashEntry
    from store.vocabulary import (
        DECISION_KINDS,
        DECISION_STATUSES,
        MEETING_STATUSES,
        PARTS_OF_DAY,
        ROLE_HEADINGS,
        ROLES,
    )
    from store.why_matched import Why, why
    from store.words import (
        LABELS,
        MATCHED_STYLE,
        MeetingWords,
        as_rich_text,
        date_label,
        highlighted,
        meeting_words,
        one_line,
        printable,
        when_label,
    )

# name -> the module that defines it, imported on first use (see the module's docstring).
_ON_FIRST_USE = {
    "Appearance": "store.people",
    "ACTION_LABELS": "store.vocabulary",
    "Book": "store.book",
    "BookMissing": "store.errors",
    "Cancel": "store.book",
    "Change": "store.history",
    "DECISION_KINDS": "store.vocabulary",
    "DECISION_STATUSES": "store.vocabulary",
    "FIELD_LABELS": "store.vocabulary",
    "DatabaseFailed": "store.errors",
    "DatabaseUnavailable": "store.errors",
    "DateError": "store.dates",
    "DecisionItem": "store.record",
    "DocumentItem": "store.record",
    "Hanging": "store.hanging",
    "InvalidRecord": "store.errors",
    "LABELS": "store.words",
    "MATCHED_STYLE": "store.words",
    "MEETING_STATUSES": "store.vocabulary",
    "MeetingChanges": "store.edits",
    "MeetingRecord": "store.record",
    "MeetingSummary": "store.repo",
    "MeetingWords": "store.words",
    "NotFound": "store.errors",
    "ORDERS": "store.search",
    "OpenDecision": "store.decisions",
    "Organiser": "store.record",
    "PARTS_OF_DAY": "store.vocabulary",
    "PEOPLE_ORDERS": "store.collation",
    "Page": "store.search",
    "PartialDate": "store.dates",
    "Participant": "store.record",
    "PersonSummary": "store.people",
    "Problem": "store.errors",
    "Query": "store.query",
    "QueryError": "store.query",
    "ROLES": "store.vocabulary",
    "ROLE_HEADINGS": "store.vocabulary",
    "SchemaTooNew": "store.errors",
    "SearchCancelled": "store.errors",
    "StoreError": "store.errors",
    "TrashEntry": "store.trash",
    "Twin": "store.twins",
    "UsageError": "store.errors",
    "Version": "store.history",
    "VersionConflict": "store.errors",
    "Why": "store.why_matched",
    "as_rich_text": "store.words",
    "clean": "store.text",
    "date_label": "store.words",
    "describe_location": "store.book",
    "drafts_said": "store.stats_tables",
    "fold": "store.text",
    "format_organiser": "store.cells",
    "highlighted": "store.words",
    "matches": "store.match",
    "meeting_words": "store.words",
    "name_key": "store.text",
    "name_order_key": "store.collation",
    "note_said": "store.history",
    "one_line": "store.words",
    "open_book": "store.book",
    "os_reason": "store.errors",
    "parse_citation": "store.cells",
    "parse_date_and_part": "store.dates",
    "parse_date_range": "store.dates",
    "parse_decision": "store.cells",
    "parse_organiser": "store.cells",
    "parse_partial_date": "store.dates",
    "parse_person": "store.cells",
    "parse_time": "store.dates",
    "part_said": "store.day_parts",
    "parts_holding": "store.day_parts",
    "parse_query": "store.query",
    "printable": "store.words",
    "quarter_named": "store.dates",
    "query_from_arguments": "store.query",
    "arguments_apart": "store.query",
    "sort_people": "store.collation",
    "template_from": "store.templates",
    "twin_said": "store.twins",
    "typed_words": "store.match",
    "validate_record": "store.record",
    "vietnamese_key": "store.collation",
    "when_label": "store.words",
    "why": "store.why_matched",
    "BINARY_FORMATS": "store.exchange.registry",
    "CheckReport": "store.db_check",
    "CopyReport": "store.book_copy",
    "Draft": "store.extract",
    "EXIT_CRASH": "store.crash_report",
    "FLAG_TEXT": "store.extract",
    "ImportFailed": "store.importer",
    "ImportReport": "store.importer",
    "WRITE_FORMATS": "store.exchange.registry",
    "check_delimiter": "store.exchange.csv_records",
    "check_encoding": "store.exchange.decoding",
    "crash_line": "store.crash_report",
    "starting_notice": "store.upgrades",
    "noting_interrupts": "store.interrupts",
    "Upgrading": "store.upgrades",
    "natural_uid": "store.rows",
    "detect_format": "store.exchange.raw",
    "draft_record": "store.extract.review",
    "drafts_json": "store.extract",
    "flag_lines": "store.extract.review",
    "guessed_fields": "store.extract.review",
    "output_file": "store.outputs",
    "read_limited": "store.files",
    "read_kind": "store.extract.meeting",
    "read_report": "store.extract.review",
    "record_markdown": "store.documents.markdown",
    "review_rows": "store.extract.review",
    "roles_lines": "store.extract.review",
    "type_name": "store.crash_report",
    "write_crash_report": "store.crash_report",
    "write_stats_csv": "store.stats_files",
    "write_stats_xlsx": "store.stats_files",
}


def __getattr__(name: str) -> Any:
    home = _ON_FIRST_USE.get(name)
    if home is None:
        raise AttributeError(f"module 'store' has no attribute {name!r}")
    module = importlib.import_module(home)
    # Every name of that module at once, so each is a plain lookup from now on. No name here may
    # be a submodule's (tests/store/test_opening.py checks): importing `store.x` sets the
    # package's `x` to the module, which `__getattr__` would never be asked to replace.
    for other, its_home in _ON_FIRST_USE.items():
        if its_home == home:
            globals()[other] = getattr(module, other)  # the next use is a plain lookup
    return globals()[name]


__all__ = [
    "Book", "Cancel", "describe_location", "open_book",
    "format_organiser", "parse_citation", "parse_decision", "parse_organiser", "parse_person",
    "PEOPLE_ORDERS", "name_order_key", "sort_people", "vietnamese_key",
    "DateError", "PartialDate", "parse_date_and_part", "parse_date_range", "parse_partial_date",
    "parse_time", "quarter_named", "part_said", "parts_holding",
    "OpenDecision", "MeetingChanges",
    "BookMissing", "DatabaseFailed", "DatabaseUnavailable", "InvalidRecord", "NotFound", "Problem",
    "SchemaTooNew", "SearchCancelled", "StoreError", "UsageError", "VersionConflict", "os_reason",
    "matches", "typed_words",
    "Change", "TrashEntry", "Version", "note_said",
    "Appearance", "PersonSummary",
    "Query", "QueryError", "parse_query", "query_from_arguments", "arguments_apart",
    "DecisionItem", "DocumentItem", "MeetingRecord", "Organiser", "Participant",
    "validate_record",
    "MeetingSummary", "ORDERS", "Page", "Why", "why", "template_from", "clean", "fold", "name_key",
    "DECISION_KINDS", "DECISION_STATUSES", "MEETING_STATUSES", "PARTS_OF_DAY", "ROLE_HEADINGS",
    "ROLES",
    "Hanging", "LABELS", "MATCHED_STYLE", "MeetingWords", "as_rich_text", "date_label",
    "highlighted", "meeting_words", "one_line", "printable", "when_label",
    *_ON_FIRST_USE,
]  # fmt: skip
