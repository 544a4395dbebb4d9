"""The minute book's data layer: everything the CLI and the TUI know about meetings.

Both faces import from here only. Nothing in `store` imports `textual` or `tui` (a test checks),
and nothing connects at import time: `open_store()` opens a book.
"""

from store.dates import DateError, PartialDate, parse_date_range, parse_partial_date
from store.db import Store, backup, check, default_path, open_store, resolve_url, upgrade_schema
from store.errors import (
    DatabaseUnavailable,
    InvalidRecord,
    NotFound,
    Problem,
    SchemaTooNew,
    StoreError,
    VersionConflict,
)
from store.importer import ImportReport, import_files, import_records
from store.query import Query, QueryError, parse_query
from store.record import MeetingRecord, validate_record
from store.repo import (
    MeetingSummary,
    create_meeting,
    delete_meeting,
    get_record,
    iter_records,
    load_records,
    resolve_meeting,
    restore_meeting,
    summaries,
    update_meeting,
)
from store.search import Page, search

__all__ = [
    "DatabaseUnavailable",
    "DateError",
    "ImportReport",
    "InvalidRecord",
    "MeetingRecord",
    "MeetingSummary",
    "NotFound",
    "Page",
    "PartialDate",
    "Problem",
    "Query",
    "QueryError",
    "SchemaTooNew",
    "Store",
    "StoreError",
    "VersionConflict",
    "backup",
    "check",
    "create_meeting",
    "default_path",
    "delete_meeting",
    "get_record",
    "import_files",
    "import_records",
    "iter_records",
    "load_records",
    "open_store",
    "parse_date_range",
    "parse_partial_date",
    "parse_query",
    "resolve_meeting",
    "resolve_url",
    "restore_meeting",
    "search",
    "summaries",
    "update_meeting",
    "upgrade_schema",
    "validate_record",
]
