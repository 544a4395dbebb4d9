"""The planner's statistics after `db copy` and a big import: PostgreSQL's ANALYZE, SQLite's
sqlite_stat1, made only when enough was written to matter (store.db.refresh_statistics_after)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

import store
import store.db
import store.importer
import store.search
from store.book_copy import copy_book
from store.statistics import STATISTICS_AFTER

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
assert _spec is not None and _spec.loader is not None
generator = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = generator
_spec.loader.exec_module(generator)

MEETINGS = STATISTICS_AFTER + 100
TABLES = ("meeting", "meeting_search", "participation", "person")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("generated") / "meetings.ndjson"
    records = generator.generate(MEETINGS, seed=5)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


@pytest.fixture(scope="module")
def big_source(tmp_path_factory: pytest.TempPathFactory, generated: Path) -> Path:
    """A SQLite book holding the generated meetings, to copy from."""
    path = tmp_path_factory.mktemp("source") / "book.db"
    book = store.db.open_store(str(path), create=True)
    store.importer.import_files([str(generated)], store=book)
    book.close()
    return path


def analysed(book: store.db.Store) -> set[str]:
    """The tables the planner has statistics of."""
    with book.engine.connect() as conn:
        if book.backend == "postgresql":
            rows = conn.execute(
                text(
                    "SELECT relname FROM pg_stat_user_tables "
                    "WHERE last_analyze IS NOT NULL OR last_autoanalyze IS NOT NULL"
                )
            )
            return set(rows.scalars()) & set(TABLES)
        if not conn.dialect.has_table(conn, "sqlite_stat1"):
            return set()
        return set(conn.execute(text("SELECT tbl FROM sqlite_stat1")).scalars()) & set(TABLES)


def test_a_big_import_leaves_the_statistics_fresh(book: store.db.Store, generated: Path) -> None:
    store.importer.import_files([str(generated)], store=book)
    assert analysed(book) == set(TABLES)
    if book.backend == "postgresql":
        with book.engine.connect() as conn:
            changed = conn.execute(
                text(
                    "SELECT n_mod_since_analyze FROM pg_stat_user_tables "
                    "WHERE relname = 'meeting'"
                )
            ).scalar_one()
        assert changed == 0


def test_a_small_import_leaves_them_alone(sample_book: store.db.Store) -> None:
    # Five meetings teach the planner nothing worth an ANALYZE of the whole book.
    assert analysed(sample_book) == set()


def test_a_copy_leaves_the_statistics_fresh(big_source: Path, book: store.db.Store) -> None:
    source = store.db.open_store(str(big_source))
    try:
        report = copy_book(source, book)
    finally:
        source.close()
    assert report.meetings == MEETINGS
    assert analysed(book) == set(TABLES)
    with book.session() as session:  # and the book searches as before
        assert store.search.search(store.parse_query("hoi nghi"), session=session).total


def test_a_copy_of_a_small_book_is_not_analysed(
    sample_book: store.db.Store, tmp_path: Path
) -> None:
    target = store.db.open_store(str(tmp_path / "copy.db"), create=True)
    try:
        copy_book(sample_book, target)
        assert analysed(target) == set()
    finally:
        target.close()
