"""Tests for "marks typed are marks meant" (issue 14), the parsing half: which words of a query
carry their marks (`TextMatch.marked`), and the two functions of store.text that decide it.

The rule: marks are decided per part of the query (each field value, each quoted phrase, all the
unquoted free words together). A part typed with any mark, đ included, matches every one of its
words as typed; a part typed without marks matches any marks. Case never matters.
"""

from __future__ import annotations

import random

import pytest

from store.query import TextMatch, parse_query
from store.text import fold, has_marks, marked_tokens, tokens

# store.text ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("khang", False),
        ("KHANG", False),
        ("nguyen dinh khang", False),
        ("249/TB-VPCP", False),
        ("Straße", False),  # casefolds to "strasse": a case, not a mark
        ("", False),
        ("Khẳng", True),
        ("Đinh", True),  # the stroke of đ counts
        ("đ", True),
        ("Hải", True),
        ("Nguyễn Đình Khang", True),
        ("Nguye\u0302\u0303n", True),  # decomposed (NFD) as some keyboards send it
        ("ky ket", False),
    ],
)
def test_has_marks(text: str, marks: bool) -> None:
    assert has_marks(text) is marks


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("Nguyễn Đình KHANG", ["nguyễn", "đình", "khang"]),
        ("khẳng định", ["khẳng", "định"]),
        ("Hải Hài Hai", ["hải", "hài", "hai"]),
        ("LĐLĐ", ["lđlđ"]),
        ("565-CV/ĐĐTLĐ", ["565", "cv", "đđtlđ"]),
        ("Nguye\u0302\u0303n", ["nguyễn"]),  # NFD in, NFC out
        ("“Hội nghị”–Đảng…", ["hội", "nghị", "đảng"]),  # pasted punctuation splits as in tokens
        ("a_b", ["a", "b"]),
        ("", []),
    ],
)
def test_marked_tokens(text: str, typed: list[str]) -> None:
    assert marked_tokens(text) == typed
    assert [fold(word) for word in typed] == tokens(text)


def test_marked_tokens_that_cannot_line_up_are_none() -> None:
    # U+0345 is a combining mark that fold removes but casefold turns into the letter ι: the
    # words as typed would not line up with the folded ones.
    assert marked_tokens("Khang a\u0345") is None


def test_marked_tokens_line_up_with_tokens_on_any_text() -> None:
    pool = (
        "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ  .,/-_“”–…\t\n'\"ßİǰﬁ①²ＡＢ한글日本"
        "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ\u0300\u0301\u0303\u0309\u0323"
    )
    rng = random.Random(14)
    for _ in range(5000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 16)))
        typed = marked_tokens(text)
        assert typed is not None, text
        assert [fold(word) for word in typed] == tokens(text), text


# The query: one part at a time -----------------------------------------------------------------


def marked(match: TextMatch) -> tuple[str, ...] | None:
    return match.marked


def test_free_words_typed_with_marks_all_mean_what_was_typed() -> None:
    # "khang" carries no mark, but its part does: it means khang, never khẳng.
    query = parse_query("Nguyễn Đình Khang")
    assert [marked(m) for m in query.text] == [("nguyễn",), ("đình",), ("khang",)]
    assert [m.tokens for m in query.text] == [("nguyen",), ("dinh",), ("khang",)]


def test_free_words_typed_without_marks_match_any() -> None:
    assert [marked(m) for m in parse_query("nguyen dinh khang").text] == [None, None, None]


def test_case_is_never_a_mark() -> None:
    assert [marked(m) for m in parse_query("NGUYEN Dinh KHANG").text] == [None, None, None]
    assert parse_query("NGUYỄN ĐÌNH KHANG") == parse_query("nguyễn đình khang")


def test_one_mark_among_the_free_words_counts_for_all_of_them() -> None:
    query = parse_query("hai khang ký ")
    assert [marked(m) for m in query.text] == [("hai",), ("khang",), ("ký",)]


def test_the_words_saying_a_period_do_not_mark_the_others() -> None:
    # `quý 1/2024` is a date, as `q1/2024` is: khang still matches khẳng (and Việt marks Nam).
    for text in ("khang quý 1/2024 ", "năm 2024 khang ", "khang tháng 5/2022 "):
        assert [marked(m) for m in parse_query(text).text] == [None], text
    assert [marked(m) for m in parse_query("Khang Hải năm 2024 ").text] == [("khang",), ("hải",)]
    query = parse_query("Việt Nam năm 2024 ")
    assert [marked(m) for m in query.text] == [("việt",), ("nam",)]
    assert query.date_from is not None and query.date_from.year == 2024


def test_each_field_value_is_a_part_of_its_own() -> None:
    query = parse_query('chair:"Nguyễn Đình Khang" person:hai khang ')
    assert marked(query.chair[0]) == ("nguyễn", "đình", "khang")
    assert marked(query.person[0]) is None
    assert marked(query.text[0]) is None


def test_each_quoted_phrase_is_a_part_of_its_own() -> None:
    query = parse_query('"hội nghị" ky ket "thoa uoc" ')
    assert [marked(m) for m in query.text] == [("hội", "nghị"), None, None, None]


def test_field_values_do_not_mark_the_free_words() -> None:
    query = parse_query("org:LĐLĐ khang ")
    assert marked(query.org[0]) == ("lđlđ",)
    assert marked(query.text[0]) is None


def test_a_word_typed_with_marks_stays_a_prefix() -> None:
    (match,) = parse_query("khẳ").text
    assert (match.tokens, match.marked, match.prefix) == (("kha",), ("khẳ",), True)


def test_words_that_fold_to_several_keep_them_aligned() -> None:
    (match,) = parse_query("565-CV/ĐĐTLĐ ").text
    assert match.tokens == ("565", "cv", "ddtld")
    assert match.marked == ("565", "cv", "đđtlđ")


def test_a_word_that_cannot_line_up_falls_back_to_folded() -> None:
    query = parse_query("Đình a\u0345 ")
    assert [marked(m) for m in query.text] == [("đình",), None]


def test_fields_without_words_ignore_marks() -> None:
    query = parse_query('doc:565-CV/ĐĐTLĐ status:"dự thảo" date:"tháng 5/2022" ')
    assert query.doc == ("565-cv/ddtld",)
    assert query.status == (("draft",),)
    assert not query.text


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("Nguyễn Đình Khang", "words ~ nguyễn, đình, khang…"),
        ("nguyen dinh khang", "words ~ nguyen, dinh, khang…"),
        ('chair:"Nguyễn Đình Khang" hop ', "words ~ hop; chair ~ nguyễn đình khang"),
    ],
)
def test_describe_shows_the_words_as_they_will_match(text: str, description: str) -> None:
    assert parse_query(text).describe() == description


# store.match: every filter box and name lookup ---------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "name", "found"),
    [
        ("hai", "Trần Thanh Hải", True),
        ("hai", "Phạm Hài", True),
        ("Hải", "Trần Thanh Hải", True),
        ("Hải", "Phạm Hài", False),
        ("Đình Khang", "Nguyễn Đình Khang", True),
        ("Đình Kha", "Nguyễn Đình Khang", True),  # the word being typed is a prefix, marks kept
        ("Đình Khang", "Nguyễn Khẳng Đình", False),  # khang with đình typed is not khẳng
        ("nguyen khang", "Nguyễn Khẳng Đình", True),  # without marks: any marks
        ("KHANG", "Nguyễn Đình Khang", True),  # case is never a mark
    ],
)
def test_the_one_matcher_keeps_the_marks_typed(typed: str, name: str, found: bool) -> None:
    from store.match import matches

    assert matches(typed, name) is found
