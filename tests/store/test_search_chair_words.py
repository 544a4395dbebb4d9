"""`chair:` with free words asked of the words' index (`store.search_where.chairs_as_words`):
each chair's name is a part of the word lists (`store.rows.chair_parts`), so the answer must be
the chair's meetings (read as linked rows, which `chair:` alone still does) that hold the words,
in the same order, on both backends, and a word merely shaped like a chair's word is none; and a
chair renamed or merged is found by the new name."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import store


@pytest.fixture
def generated(generated_at: Any) -> Iterator[store.Book]:
    book = generated_at(400, seed=14)
    yield book
    book.close()


def newest(book: store.Book, query: str) -> list[int]:
    return book.search(query, limit=None, order="newest").ids


def chairs(book: store.Book) -> list[tuple[str, str, str]]:
    """(name, folded name, a word of the meeting's title) of three chairs of the generated book."""
    with book._store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT person.name, person.search_key, meeting.title FROM participation "
            "JOIN person ON person.id = participation.person_id "
            "JOIN meeting ON meeting.id = participation.meeting_id "
            "WHERE participation.role = 'chair' ORDER BY participation.id LIMIT 3"
        ).all()
    return [(name, key.strip(), store.text.tokens(title)[-1]) for name, key, title in rows]


def test_a_chair_and_words_are_the_chair_s_meetings_that_hold_the_words(
    generated: store.Book,
) -> None:
    asked = 0
    with_words: dict[str, list[int]] = {}
    for name, key, word in chairs(generated):
        surname, *_, given = key.split()
        marked_given = name.split()[-1]
        for chair, words in [
            (surname, f"{word} hoi"),  # the last word typed is a prefix
            (given, word),
            (f'"{key}"', word),  # the whole name, as a phrase
            (marked_given, f"{word} "),  # typed with its marks: those marks only
            (f'"{" ".join(name.split()[-2:])}"', "nghi"),
        ]:
            # A space after the chair: a whole word, as before the words (not being typed).
            chaired = set(newest(generated, f"chair:{chair} "))
            if words not in with_words:
                with_words[words] = newest(generated, words)
            expected = chaired & set(with_words[words])
            found = newest(generated, f"chair:{chair} {words}")
            assert set(found) == expected, (chair, words)
            in_order = [i for i in with_words[words] if i in expected]
            assert found == in_order, (chair, words)
            page = generated.search(
                f"chair:{chair} {words}", limit=5, count_up_to=3, order="newest"
            )
            assert page.ids == found[:5]
            assert page.exact == (len(found) <= 3 or len(found) < 5)  # or all on the page
            assert page.total == len(found) if page.exact else page.total >= 4
            asked += bool(found)
    assert asked >= 6  # the cases find meetings, not only nothing
    no_chair_by_its_shape(generated)


def test_a_chair_renamed_or_merged_is_found_by_the_new_name_with_words(
    generated: store.Book,
) -> None:
    name, key, word = chairs(generated)[0]
    (person,) = [p for p in generated.people(name) if p.name == name]
    before = newest(generated, f'chair:"{key}" {word}')
    assert before
    assert generated.rename_person(person.id, "Quách Thị Zuyên")
    assert newest(generated, f"chair:zuyen {word}") == before
    assert newest(generated, f"chair:Zuyên {word}") == before
    assert newest(generated, f'chair:"{key}" {word}') == []
    other = generated.add(
        store.validate_record(
            {"title": f"Họp {word}", "date": "2030-01-02",
             "participants": [{"name": "Quách Zuyên Hai", "role": "chair"}]}
        )
    )  # fmt: skip
    (second,) = [p for p in generated.people("Quách Zuyên Hai")]
    generated.merge_people(person.id, second.id)
    assert newest(generated, f"chair:zuyen {word}") == [other, *before]
    assert generated.check().problems == []


def no_chair_by_its_shape(generated: store.Book) -> None:
    # `_c_nguyen` as a LIKE pattern would take any word "?c?nguyen" for a chair's: its
    # underscores are escaped, on the portable path as on the others.
    odd = generated.add(
        store.validate_record(
            {"title": "Họp acanguyen", "date": "2030-01-02",
             "participants": [{"name": "Lò Văn Sa", "role": "chair"}]}
        )
    )  # fmt: skip
    for backend in (None, "portable"):
        with generated._store.session() as session:
            found = store.search.search(
                store.parse_query("chair:nguyen acanguyen"), session=session, backend=backend
            )
            assert found.ids == [], backend
            sa = store.search.search(
                store.parse_query("chair:sa acanguyen"), session=session, backend=backend
            )
            assert sa.ids == [odd], backend
