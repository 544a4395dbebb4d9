"""SQLite's index of word pairs (`store.word_pairs`): a phrase read off it finds what the phrase
means, the index follows every write, an older book gets it when upgraded, and `db check`
checks it. The plans' equality with the portable path is in test_search_plans.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

import store
import store.search
from store.word_pairs import pairs_expression, word_pairs
from tests.helpers import a_meeting, downgraded

pytestmark = pytest.mark.sqlite_only


def test_the_pairs_of_a_word_list_are_its_neighbouring_words() -> None:
    assert word_pairs(" hoi nghi ban chap hanh ") == "hoi_nghi nghi_ban ban_chap chap_hanh"
    assert word_pairs(" hoi ") == ""
    assert word_pairs("") == word_pairs(None) == ""


def test_a_phrase_is_its_pairs_in_order_and_a_prefix_too_short_is_left_to_the_words() -> None:
    assert pairs_expression(("ky", "ket", "quy"), prefix=False) == '"ky_ket ket_quy"'
    assert pairs_expression(("cong", "doan"), prefix=True) == '"cong_doan"*'
    assert pairs_expression(("hoi",), prefix=False) is None
    assert pairs_expression(("nguyen", "v"), prefix=True) is None


def titles(book: store.Book, query: str) -> list[str]:
    page = book.search(query, limit=None)
    return [summary.title for summary in book.summaries(page.ids)]


@pytest.fixture
def book(db: str) -> store.Book:
    opened = store.open_book(db, create=True)
    for day, title in [
        ("2024-03-15", "Hội nghị ký kết quy chế phối hợp"),
        ("2024-03-16", "Quy chế ký kết lại, hội nghị sơ kết"),
        ("2024-03-17", "Hài Phong: hội nghị ban chấp hành"),
        ("2024-03-18", "Hải Phòng: hội nghị ban thường vụ"),
    ]:
        opened.add(a_meeting(title=title, date=day))
    return opened


def test_a_phrase_finds_its_words_in_their_order_only(book: store.Book) -> None:
    assert titles(book, '"ky ket quy che"') == ["Hội nghị ký kết quy chế phối hợp"]
    assert titles(book, '"quy che ky ket"') == ["Quy chế ký kết lại, hội nghị sơ kết"]
    assert titles(book, '"ket quy"') == ["Hội nghị ký kết quy chế phối hợp"]
    # Words across a comma are neighbours in the word list, as they are to FTS5's phrases.
    assert titles(book, '"lai hoi nghi"') == ["Quy chế ký kết lại, hội nghị sơ kết"]


def test_a_phrase_typed_with_marks_finds_those_marks(book: store.Book) -> None:
    assert titles(book, '"hai phong hoi"') == [
        "Hải Phòng: hội nghị ban thường vụ",
        "Hài Phong: hội nghị ban chấp hành",
    ]
    assert titles(book, '"Hải Phòng hội"') == ["Hải Phòng: hội nghị ban thường vụ"]
    assert titles(book, '"Hài Phong hội"') == ["Hài Phong: hội nghị ban chấp hành"]
    # A phrase being typed: the last word a prefix, with marks or not.
    assert book.search("Hải Phòng hội ng").ids[:1] == book.search('"Hải Phòng hội nghị"').ids


def test_the_pairs_follow_an_edit_a_deletion_and_a_restore(book: store.Book) -> None:
    (first,) = book.search('"ky ket quy che"').ids
    record = book.meeting(first)
    book.save(first, a_meeting(title="Hội nghị tổng kết năm", date="2024-03-15"),
              expected_version=None)  # fmt: skip
    assert titles(book, '"ky ket quy che"') == []
    assert titles(book, '"tong ket nam"') == ["Hội nghị tổng kết năm"]
    book.delete(first)
    assert titles(book, '"tong ket nam"') == []
    book.restore(first)
    assert titles(book, '"tong ket nam"') == ["Hội nghị tổng kết năm"]
    assert record.title == "Hội nghị ký kết quy chế phối hợp"
    assert book.check().problems == []


def test_an_older_book_gets_its_pairs_when_upgraded(db: str, book: store.Book) -> None:
    book.close()
    downgraded(db, "0013")
    old = store.db.open_store(db, upgrade=False)
    with old.engine.connect() as conn:
        assert not conn.dialect.has_table(conn, "meeting_pairs")
    old.close()
    upgraded = store.open_book(db)
    assert titles(upgraded, '"ky ket quy che"') == ["Hội nghị ký kết quy chế phối hợp"]
    assert upgraded.check().problems == []
    upgraded.close()


def test_db_check_finds_a_damaged_pairs_index(book: store.Book, db: str) -> None:
    with book._store.engine.begin() as conn:
        conn.execute(text("DELETE FROM meeting_pairs_data WHERE id > 10"))
    problems = book.check().problems
    assert problems, "a pairs index missing its pages passed the check"


def test_a_book_file_gets_the_pairs_from_any_connection_of_the_store(tmp_path: Path) -> None:
    # The triggers call minutebook_pairs: every connection the store opens knows it, so a
    # second book on the same file (another window, `db copy`) writes as the first does.
    path = str(tmp_path / "two.db")
    first = store.open_book(path, create=True)
    second = store.open_book(path)
    second.add(a_meeting(title="Giao ban quý", date="2024-01-05"))
    assert titles(first, '"giao ban quy"') == ["Giao ban quý"]
    first.close()
    second.close()
