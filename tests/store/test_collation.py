"""store.collation: Vietnamese alphabetical order and the order of Vietnamese name lists, and the
directory (`list_people`, `suggest_people`) sorted by it on a real book, on both backends."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

import store
import store.db
import store.repo
from store.collation import (
    ALPHABET,
    PEOPLE_ORDERS,
    name_order_key,
    sort_people,
    vietnamese_key,
)
from store.people import list_people, suggest_people

# The 29 letters, as Vietnamese schoolbooks teach them.
VIETNAMESE_ALPHABET = list("aăâbcdđeêghiklmnoôơpqrstuưvxy")
TONES = ["a", "à", "ả", "ã", "á", "ạ"]  # ngang, huyền, hỏi, ngã, sắc, nặng


def in_order(words: list[str]) -> list[str]:
    shuffled = words[:]
    random.Random(15).shuffle(shuffled)
    return sorted(shuffled, key=vietnamese_key)


def test_the_alphabet_in_its_order() -> None:
    assert in_order(VIETNAMESE_ALPHABET) == VIETNAMESE_ALPHABET
    assert [letter for letter in ALPHABET if letter in VIETNAMESE_ALPHABET] == VIETNAMESE_ALPHABET


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("dương", "đàm"),  # đ after every d
        ("dzung", "đa"),
        ("az", "ăn"),  # ă and â after every a
        ("ăz", "âm"),
        ("ez", "êm"),
        ("oz", "ôm"),
        ("ôz", "ơn"),
        ("uz", "ưa"),
        ("y", "z"),
        ("an", "anh"),  # a shorter word first
        ("Ngọ Duy", "Ngọc Kim"),  # a word ends before the next letter
        ("hai", "hài"),  # the tone breaks ties only
        ("hài", "hải"),
        ("hải", "hãi"),
        ("hãi", "hái"),
        ("hái", "hại"),
        ("hại", "hao"),  # letters first: a tone never outweighs a letter
        ("ăn", "ắn"),
        ("an", "An"),  # lower case before upper, last
        ("2024", "a"),  # digits before letters
    ],
)
def test_vietnamese_order(before: str, after: str) -> None:
    assert vietnamese_key(before) < vietnamese_key(after)


def test_the_tones_in_dictionary_order() -> None:
    # Unmarked < huyền < hỏi < ngã < sắc < nặng: Unicode CLDR's Vietnamese collation, and the
    # order of Vietnamese dictionaries (a, à, ả, ã, á, ạ).
    assert in_order(TONES) == TONES
    assert in_order(["ơ", "ờ", "ở", "ỡ", "ớ", "ợ"]) == ["ơ", "ờ", "ở", "ỡ", "ớ", "ợ"]


def test_composed_and_decomposed_text_sort_alike() -> None:
    import unicodedata

    for word in ("Nguyễn", "Đặng", "Hưởng", "ặ"):
        assert vietnamese_key(unicodedata.normalize("NFD", word)) == vietnamese_key(word)
    assert vietnamese_key("Lê  Văn\tAn") == vietnamese_key("Lê Văn An")


def test_other_scripts_sort_after_and_never_fail() -> None:
    words = ["Zê", "Ω", "中文", "😀", "", " "]
    assert sorted(words, key=vietnamese_key)[:2] == ["", " "]
    assert vietnamese_key("zz") < vietnamese_key("Ω")


def test_names_go_by_given_name_then_middle_then_family() -> None:
    names = [
        "Trần Văn Bình",
        "Lê Thị An",
        "Nguyễn Văn An",
        "Nguyễn Thị An",
        "Phạm An",
        "An",
        "Đỗ Văn Ân",
        "Bùi Văn Dũng",
        "Hoàng Đức",
    ]
    assert in_order_of_names(names) == [
        "An",  # no middle, no family name: first of the Ans
        "Phạm An",  # no middle name, before those with one
        "Lê Thị An",  # middle names: Thị before Văn
        "Nguyễn Thị An",  # same given and middle names: by family name
        "Nguyễn Văn An",
        "Đỗ Văn Ân",  # â after a
        "Trần Văn Bình",
        "Bùi Văn Dũng",
        "Hoàng Đức",  # đ after d
    ]


def in_order_of_names(names: list[str]) -> list[str]:
    shuffled = names[:]
    random.Random(15).shuffle(shuffled)
    return sorted(shuffled, key=name_order_key)


def test_a_given_name_is_compared_whole_before_the_middle_names() -> None:
    # Hài and Hải are two given names: the tone decides before the middle name is looked at.
    assert name_order_key("Trần Văn Hài") < name_order_key("Lê Anh Hải")
    assert name_order_key("Lê Anh Hai") < name_order_key("Trần Văn Hài")


def test_names_the_same_but_for_spacing_or_case_are_told_apart_steadily() -> None:
    assert name_order_key("Lê Văn An") < name_order_key("LÊ VĂN AN")
    assert name_order_key("") < name_order_key("An")


@dataclass(frozen=True)
class Named:
    name: str


def test_sort_people_by_either_order() -> None:
    people = [Named(n) for n in ("Hoàng Văn An", "Bùi Thị Hà", "Đặng Bình")]
    assert [p.name for p in sort_people(people)] == ["Hoàng Văn An", "Đặng Bình", "Bùi Thị Hà"]
    assert [p.name for p in sort_people(people, "full")] == [
        "Bùi Thị Hà",
        "Đặng Bình",
        "Hoàng Văn An",
    ]
    assert PEOPLE_ORDERS == ("name", "full")
    with pytest.raises(ValueError, match="unknown order 'given'; use name or full"):
        sort_people(people, "given")


def test_the_faces_reach_it_through_the_api() -> None:
    assert store.sort_people is sort_people
    assert store.name_order_key is name_order_key
    assert store.vietnamese_key is vietnamese_key


# On a real book -------------------------------------------------------------------------------


DIRECTORY = ["Đặng Văn Ân", "Trần Thị An", "Bùi Văn Ăn", "Hoàng Văn Đức", "Nguyễn Văn Dũng"]


def _add(book: store.db.Store, uid: str, names: list[str]) -> None:
    record = store.validate_record(
        {"uid": uid, "title": f"Họp {uid}", "date": "2024-05-01",
         "participants": [{"name": name} for name in names]}
    )  # fmt: skip
    assert isinstance(record, store.MeetingRecord)
    with book.session() as session:
        store.repo.create_meeting(record, session=session)


def test_the_directory_is_in_name_order(book: store.db.Store) -> None:
    _add(book, "a", DIRECTORY)
    with book.session() as session:
        by_name = [p.name for p in list_people(session=session)]
        by_full = [p.name for p in list_people(session=session, order="full")]
        filtered = [p.name for p in list_people(session=session, name="van")]
    assert by_name == ["Trần Thị An", "Bùi Văn Ăn", "Đặng Văn Ân", "Nguyễn Văn Dũng",
                       "Hoàng Văn Đức"]  # fmt: skip
    assert by_full == ["Bùi Văn Ăn", "Đặng Văn Ân", "Hoàng Văn Đức", "Nguyễn Văn Dũng",
                       "Trần Thị An"]  # fmt: skip
    assert filtered == [name for name in by_name if "Văn" in name]


def test_suggestions_as_often_then_in_name_order(book: store.db.Store) -> None:
    _add(book, "a", DIRECTORY)
    _add(book, "b", ["Nguyễn Văn Dũng"])
    with book.session() as session:
        found = [p.name for p in suggest_people("v", session=session, limit=10)]
    # Dũng is in two meetings; the rest tie on one and go by given name (Ă, Â, Đ).
    assert found == ["Nguyễn Văn Dũng", "Bùi Văn Ăn", "Đặng Văn Ân", "Hoàng Văn Đức"]
