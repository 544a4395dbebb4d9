"""The minute book's data layer: everything the CLI and the TUI know about meetings.

Both faces import from here only. Nothing in `store` imports `textual` or `tui` (a test checks),
and nothing connects at import time: `open_store()` opens a book. Each name is imported when it is
first used (PEP 562), so a command loads only the modules it needs: `minutebook search` does not
load the importer, the file formats or the exporters, and starts that much sooner. `search` is
bound at once: the function must shadow its module, `store.search`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from store.importer import ImportFailed, ImportReport, import_files, import_records
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

_HOMES = {
    "DatabaseUnavailable": "store.errors",
    "DateError": "store.dates",
    "ImportFailed": "store.importer",
    "ImportReport": "store.importer",
    "InvalidRecord": "store.errors",
    "MeetingRecord": "store.record",
    "MeetingSummary": "store.repo",
    "NotFound": "store.errors",
    "Page": "store.search",
    "PartialDate": "store.dates",
    "Problem": "store.errors",
    "Query": "store.query",
    "QueryError": "store.query",
    "SchemaTooNew": "store.errors",
    "Store": "store.db",
    "StoreError": "store.errors",
    "VersionConflict": "store.errors",
    "backup": "store.db",
    "check": "store.db",
    "create_meeting": "store.repo",
    "default_path": "store.db",
    "delete_meeting": "store.repo",
    "get_record": "store.repo",
    "import_files": "store.importer",
    "import_records": "store.importer",
    "iter_records": "store.repo",
    "load_records": "store.repo",
    "open_store": "store.db",
    "parse_date_range": "store.dates",
    "parse_partial_date": "store.dates",
    "parse_query": "store.query",
    "resolve_meeting": "store.repo",
    "resolve_url": "store.db",
    "restore_meeting": "store.repo",
    "search": "store.search",
    "summaries": "store.repo",
    "update_meeting": "store.repo",
    "upgrade_schema": "store.db",
    "validate_record": "store.record",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'store' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # the next use is a plain lookup
    return value


__all__ = [
    "DatabaseUnavailable",
    "DateError",
    "ImportFailed",
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
