"""A phrase stays within one part of a record (migration 0015, `store.text.PART`): the end of one
attendee's title and the start of a decision are not neighbours, on both backends, through every
index a phrase is read from, and in a book upgraded from before the parts were kept apart.
"""

from __future__ import annotations

from sqlalchemy import text

import store
import store.search
from store.rows import search_vector
from store.text import PART, index_parts, index_text
from tests.helpers import a_meeting, downgraded

ACROSS = '"nghe an ky ket"'  # "… tỉnh Nghệ An" ends a title, "Ký kết …" begins a decision


def across_parts() -> store.MeetingRecord:
    return a_meeting(
        title="Hội nghị phối hợp",
        participants=[
            {"name": "Nguyễn Đình Khang", "role": "chair"},
            {"name": "Trần Văn Lâm", "role": "attendee", "title": "Chủ tịch LĐLĐ tỉnh Nghệ An"},
        ],
        decisions=[{"text": "Ký kết chương trình phối hợp giai đoạn 2024-2028"}],
    )


def within_one_part() -> store.MeetingRecord:
    return a_meeting(title="Hội nghị Nghệ An ký kết quy chế", date="2024-03-16")


def test_the_parts_keep_their_words_and_abbreviations_apart() -> None:
    assert index_parts("Tổng LĐLĐ", None, "", "—", "Việt Nam") == (
        f"tong ldld {PART} viet nam {PART} lien doan lao dong {PART} vn"
    )
    # The same words as before, the separators aside.
    words = index_parts("Tổng LĐLĐ", "Việt Nam").replace(f" {PART}", "")
    assert words == index_text("Tổng LĐLĐ", "Việt Nam")
    # A name spelled out across two parts is no name: no abbreviation is made of it.
    assert "ldld" not in index_parts("Liên đoàn", "Lao động").split()


def test_a_phrase_is_found_within_a_part_never_across_two(db: str) -> None:
    book = store.open_book(db, create=True)
    across, within = book.add(across_parts()), book.add(within_one_part())
    for query in (ACROSS, '"an ky"', '"An ký"', '"nghe an ky ke'):
        assert book.search(store.parse_query(query, typing=True)).ids == [within], query
    # Each part's own phrases are found, with marks or without, typed in full or being typed.
    assert book.search('"tinh nghe an"').ids == [across]
    assert book.search('"Ký kết chương trình"').ids == [across]
    assert book.search(store.parse_query('"ky ket chuong tr', typing=True)).ids == [across]
    # Words apart still find both: only their order and nearness are asked of a phrase.
    assert set(book.search("nghe an ky ket").ids) == {across, within}
    # And words together rank above the same words across two parts.
    assert book.search("nghe an ky ket").ids[0] == within
    assert book.check().problems == []
    book.close()


def test_an_older_book_gets_its_parts_apart_when_upgraded(db: str) -> None:
    book = store.open_book(db, create=True)
    across = book.add(across_parts())
    book.close()
    # The word lists as releases before 0015 wrote them: no separator between the parts.
    old = store.db.open_store(db, upgrade=False)
    joined = "replace({column}, ' ' || :part || ' ', ' ')"
    with old.engine.begin() as conn:
        conn.execute(
            text(
                f"UPDATE meeting_search SET body = {joined.format(column='body')}, "
                f"marked = {joined.format(column='marked')}"
            ),
            {"part": PART},
        )
        if conn.dialect.name == "postgresql":
            rows = conn.execute(text("SELECT meeting_id, body, marked FROM meeting_search"))
            for meeting_id, body, marked in rows.all():
                conn.execute(
                    text(
                        "UPDATE meeting_search SET body_words = CAST(:b AS tsvector), "
                        "marked_words = CAST(:m AS tsvector) WHERE meeting_id = :id"
                    ),
                    {"b": search_vector(body), "m": search_vector(marked), "id": meeting_id},
                )
        (body,) = conn.execute(text("SELECT body FROM meeting_search")).one()
        assert f" {PART} " not in body
    with old.session() as session:  # such lists let the phrase run across the parts
        found = store.search.search(store.parse_query(ACROSS), session=session, limit=None)
        assert found.ids == [across]
    old.close()
    downgraded(db, "0014")
    upgraded = store.open_book(db)
    assert upgraded.search(ACROSS).ids == []
    assert upgraded.search('"tinh nghe an"').ids == [across]
    assert upgraded.check().problems == []
    upgraded.close()
