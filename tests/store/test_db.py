"""Opening the book: the file's privacy, SQLite settings, the schema and its migrations, errors."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel

import store
import store.backups
import store.db_check
import store.search
import store.urls
from store.db import HEAD_REVISION, resolve_url, safe_url
from tests.helpers import old_book


@pytest.mark.sqlite_only
def test_the_database_file_is_created_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "book.db"
    store.db.open_store(str(path), create=True).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_default_book_gets_a_private_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MINUTEBOOK_DB")
    store.db.open_store().close()
    path = store.urls.default_path()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_a_mistyped_folder_is_an_error_not_a_new_book(tmp_path: Path) -> None:
    with pytest.raises(store.DatabaseUnavailable, match="does not exist"):
        store.db.open_store(str(tmp_path / "no-such-folder" / "book.db"))
    assert not (tmp_path / "no-such-folder").exists()


@pytest.mark.sqlite_only
def test_sqlite_runs_with_wal_foreign_keys_a_busy_timeout_and_a_page_cache(
    book: store.db.Store,
) -> None:
    with book.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 10000
        assert conn.execute(text("PRAGMA cache_size")).scalar() == -64 * 1024  # KiB, not 2 MB


def test_the_migrations_build_exactly_the_models_schema(book: store.db.Store) -> None:
    with book.engine.connect() as conn:
        backend = conn.dialect.name

        def include(obj: object, name: str | None, kind: str, *_: object) -> bool:
            # The trigram indexes (models.trigram_index), the word vectors and their indexes
            # (models.words_index) are PostgreSQL's own: none elsewhere.
            if backend == "postgresql":
                return True
            if kind == "index":
                return not (name or "").endswith(("_trgm", "_words"))
            return not (kind == "column" and name in ("body_words", "marked_words"))

        options = {"compare_type": True, "include_object": include}
        context = MigrationContext.configure(conn, opts=options)
        differences = compare_metadata(context, SQLModel.metadata)
    # The FTS5 tables (the words', the word pairs') exist only in the migrations (SQLite's
    # own); nothing else may differ.
    fts = ("meeting_fts", "meeting_pairs")
    assert [d for d in differences if not any(name in repr(d) for name in fts)] == []


@pytest.mark.sqlite_only
def test_an_older_book_is_upgraded_with_its_search_intact(db_path: Path) -> None:
    old_book(db_path)  # the schema before the search index was keyed by date
    book = store.db.open_store(str(db_path))
    with book.session() as session:
        assert store.search.search(store.parse_query("hoi nghi"), session=session).ids == [1, 2]
        assert store.search.search(store.parse_query(""), session=session).ids == [3, 1, 2]
    book.close()


def test_a_fresh_book_is_at_the_head_revision(book: store.db.Store) -> None:
    report = store.db_check.check(book)
    assert report.ok and report.revision == HEAD_REVISION
    assert report.counts["meeting"] == 0


def test_a_book_from_a_newer_minutebook_is_refused(db: str) -> None:
    store.db.open_store(db).close()
    book = store.db.open_store(db)
    with book.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    book.close()
    with pytest.raises(store.SchemaTooNew, match="newer than this minutebook"):
        store.db.open_store(db)


def test_url_resolution_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MINUTEBOOK_DB", str(tmp_path / "env.db"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'env.db'}"
    assert resolve_url("sqlite:///x.db") == "sqlite:///x.db"
    monkeypatch.delenv("MINUTEBOOK_DB")
    assert resolve_url(None).endswith("/minutebook/minutebook.db")


def test_a_password_never_appears_in_an_error() -> None:
    url = "postgresql+nosuchdriver://clerk:s3cr3t-pw@127.0.0.1:1/minutes"
    with pytest.raises(store.DatabaseUnavailable) as caught:
        store.db.open_store(url)
    assert "s3cr3t-pw" not in str(caught.value)
    assert "clerk:***@127.0.0.1" in str(caught.value)
    assert "s3cr3t" not in safe_url("postgresql://a:s3cr3t@h/db")


def test_an_unreachable_file_is_one_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(store.DatabaseUnavailable, match="cannot open"):
        store.db.open_store(str(blocker / "book.db"))


@pytest.mark.sqlite_only
def test_backup_is_a_working_copy(sample_book: store.db.Store, tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    store.backups.backup(sample_book, target)
    copy = store.db.open_store(str(target))
    assert store.db_check.check(copy).counts == store.db_check.check(sample_book).counts
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with pytest.raises(store.StoreError, match="already exists"):
        store.backups.backup(sample_book, target)
    with pytest.raises(store.StoreError, match="does not exist"):
        store.backups.backup(sample_book, tmp_path / "missing" / "copy.db")


def test_a_password_is_masked_even_when_it_holds_an_at_sign_or_a_slash() -> None:
    from store.db import safe_url

    shown = safe_url("postgresql+psycopg://thuky:p@ss/w0rd@server:5432/sotay")
    assert shown == "postgresql+psycopg://thuky:***@server:5432/sotay"
