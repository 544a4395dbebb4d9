"""Opening never turns something into a book by mistake, and never shows a secret (issue 13)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

import store
from store.db import open_store
from store.urls import mask_secrets, safe_url


@pytest.mark.parametrize(
    ("url", "secret"),
    [
        ("postgresql+psycopg://lan:s3cret@db:5432/book", "s3cret"),
        ("postgresql+psycopg://lan:p@ss/w0rd@db:5432/book", "p@ss/w0rd"),
        ("postgresql+psycopg://db:5432/book?user=lan&password=s3cret", "s3cret"),
        ("postgresql+psycopg://lan@db/book?sslmode=require&PASSWORD=s3cret", "s3cret"),
    ],
)
def test_every_shape_of_password_is_masked(url: str, secret: str) -> None:
    shown = safe_url(url)
    assert secret not in shown and "***" in shown
    # A driver may echo a piece of a password split at an unencoded "@" or "/" (pieces of one
    # or two letters are left: masking every "p" of a message would hide the message).
    for piece in [p for p in secret.replace("@", "/").split("/") if len(p) >= 3]:
        assert piece not in mask_secrets(f"could not resolve host {piece}@db", url)


def test_a_libpq_string_is_not_taken_for_a_file(tmp_path: Path) -> None:
    dsn = "host=db user=lan password=s3cret dbname=book"
    with pytest.raises(store.DatabaseUnavailable, match="libpq connection string") as caught:
        open_store(dsn)
    assert "s3cret" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_a_port_that_is_not_a_number_is_one_line() -> None:
    with pytest.raises(store.DatabaseUnavailable, match="not a database URL") as caught:
        open_store("postgresql+psycopg://lan:s3cret@db:port/book")
    assert "s3cret" not in str(caught.value)


@pytest.mark.parametrize(
    ("url", "hint"),
    [
        ("postgresql+psycopg2://thu_ky:mat-khau-9@db.example/book", "write postgresql+psycopg://"),
        ("mysql://thu_ky:mat-khau-9@db.example/book", "a SQLite file or on PostgreSQL"),
    ],
)
def test_a_driver_that_is_not_installed_is_named_with_what_to_write(url: str, hint: str) -> None:
    """A newcomer's psycopg2 or MySQL URL said only "No module named 'psycopg2'"."""
    with pytest.raises(store.DatabaseUnavailable) as caught:
        store.db.open_store(url)
    said = str(caught.value)
    assert "is not installed" in said and hint in said
    assert "mat-khau-9" not in said and "\n" not in said


def test_a_book_in_memory_is_refused() -> None:
    with pytest.raises(store.DatabaseUnavailable, match="nothing written to it would be kept"):
        open_store("sqlite://")


def test_an_empty_file_is_not_made_into_a_new_book(tmp_path: Path) -> None:
    empty = tmp_path / "book.db"
    empty.write_bytes(b"")
    with pytest.raises(store.DatabaseUnavailable, match="is an empty file, not a minute book"):
        open_store(str(empty))
    assert empty.stat().st_size == 0


def test_another_programs_database_is_left_alone(tmp_path: Path) -> None:
    foreign = tmp_path / "contacts.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE contact (name TEXT)")
    with pytest.raises(store.DatabaseUnavailable, match=r"another program's tables \(contact"):
        open_store(str(foreign))
    with sqlite3.connect(foreign) as conn:
        names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master")]
    assert names == ["contact"]


def test_an_unknown_schema_revision_is_one_line(db: str) -> None:
    open_store(db).close()
    book = open_store(db)
    with book.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0003a'"))
    book.close()
    with pytest.raises(store.DatabaseUnavailable, match="which no minutebook wrote"):
        open_store(db)


def test_a_meeting_number_too_big_for_any_book_is_not_found(db: str) -> None:
    with store.open_book(db) as book, pytest.raises(store.NotFound, match="no meeting"):
        book.resolve("99999999999999999999")
