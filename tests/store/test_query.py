"""Tests for store.query: the query language shared by the CLI and the TUI."""

from __future__ import annotations

from datetime import date

import pytest

from store.query import (
    Query,
    QueryError,
    TextMatch,
    arguments_apart,
    parse_query,
    query_from_arguments,
)


def words(
    *tokens: str, phrase: bool = False, prefix: bool = False, marked: str | None = None
) -> TextMatch:
    """A TextMatch; `marked` is its words as typed with their marks, space-separated."""
    typed = tuple(marked.split()) if marked is not None else None
    return TextMatch(tuple(tokens), phrase=phrase, prefix=prefix, marked=typed)


KHANG_PHRASE = words("nguyen", "dinh", "khang", phrase=True)
KHANG_MARKED = words("nguyen", "dinh", "khang", phrase=True, marked="nguyễn đình khang")

QUERIES: list[tuple[str, Query]] = [
    ("", Query()),
    ("   ", Query()),
    # Free words: one match each, the last still being typed.
    ("khan", Query(text=(words("khan", prefix=True),))),
    ("khan ", Query(text=(words("khan"),))),  # a trailing space ends the word
    ("khan\t", Query(text=(words("khan"),))),
    (
        "Nguyễn Đình Khang",
        Query(
            text=(
                words("nguyen", marked="nguyễn"),
                words("dinh", marked="đình"),
                words("khang", prefix=True, marked="khang"),
            )
        ),
    ),
    ("NGUYEN dinh khang ", Query(text=(words("nguyen"), words("dinh"), words("khang")))),
    (
        '"hội nghị" ký kết',
        Query(
            text=(
                words("hoi", "nghi", phrase=True, marked="hội nghị"),
                words("ky", marked="ký"),
                words("ket", prefix=True, marked="kết"),
            )
        ),
    ),
    (
        'ký kết "hội nghị"',
        Query(
            text=(
                words("ky", marked="ký"),
                words("ket", marked="kết"),
                words("hoi", "nghi", phrase=True, marked="hội nghị"),
            )
        ),
    ),
    ('"khang"', Query(text=(words("khang", phrase=True),))),  # quoted: exact, never a prefix
    ("249/TB-VPCP ", Query(text=(words("249", "tb", "vpcp", phrase=True),))),
    ("249/TB-VP", Query(text=(words("249", "tb", "vp", phrase=True, prefix=True),))),
    ("14:00 ", Query(text=(words("14", "00", phrase=True),))),  # not a field: digits before ":"
    (
        "https://congdoan.vn/a ",
        Query(text=(words("https", "congdoan", "vn", "a", phrase=True),)),
    ),
    ("khang - ", Query(text=(words("khang"),))),  # a stray dash is not a search
    ('"" khang', Query(text=(words("khang", prefix=True),))),
    # Fields.
    ('person:"nguyen dinh khang"', Query(person=(KHANG_PHRASE,))),
    ('person:"Nguyễn Đình Khang"', Query(person=(KHANG_MARKED,))),
    ("person:khan", Query(person=(words("khan", prefix=True),))),
    ("person:khan ", Query(person=(words("khan"),))),
    ("person:khang person:hieu", Query(person=(words("khang"), words("hieu", prefix=True)))),
    ("PERSON:Khang ", Query(person=(words("khang"),))),
    (
        "chair:khang date:2024",
        Query(chair=(words("khang"),), date_from=date(2024, 1, 1), date_to=date(2024, 12, 31)),
    ),
    ("org:LĐLĐ ", Query(org=(words("ldld", marked="lđlđ"),))),
    (
        'org:"công đoàn" khang',
        Query(
            org=(words("cong", "doan", phrase=True, marked="công đoàn"),),
            text=(words("khang", prefix=True),),
        ),
    ),
    ('place:"Hà Nội"', Query(place=(words("ha", "noi", phrase=True, marked="hà nội"),))),
    (
        'kind:"hội nghị ký kết"',
        Query(kind=(words("hoi", "nghi", "ky", "ket", phrase=True, marked="hội nghị ký kết"),)),
    ),
    ("kind:hội", Query(kind=(words("hoi", prefix=True, marked="hội"),))),
    ("doc:249/TB-VPCP", Query(doc=("249/tb-vpcp",))),
    ("doc:565-CV/ĐĐTLĐ", Query(doc=("565-cv/ddtld",))),
    ('doc:"số 02-NQ/TW"', Query(doc=("02-nq/tw",))),
    ("doc:249/TB-VPCP doc:02-NQ/TW", Query(doc=("249/tb-vpcp", "02-nq/tw"))),
    ("doc:249:2024 ", Query(doc=("249:2024",))),  # split at the first colon only
    # Aliases.
    ("nguoi:khang ", Query(person=(words("khang"),))),
    ("người:khang ", Query(person=(words("khang"),))),
    ("chutri:khang ", Query(chair=(words("khang"),))),
    ("chủtrì:khang ", Query(chair=(words("khang"),))),
    ("donvi:ldld tochuc:cd ", Query(org=(words("ldld"), words("cd")))),
    ("diadiem:hanoi loai:hoi ", Query(place=(words("hanoi"),), kind=(words("hoi"),))),
    ("vanban:02-NQ/TW", Query(doc=("02-nq/tw",))),
    ("ngay:2024", Query(date_from=date(2024, 1, 1), date_to=date(2024, 12, 31))),
    # Dates.
    ("date:2024-03", Query(date_from=date(2024, 3, 1), date_to=date(2024, 3, 31))),
    ("date:2024-03-15", Query(date_from=date(2024, 3, 15), date_to=date(2024, 3, 15))),
    ("date:15/3/2024", Query(date_from=date(2024, 3, 15), date_to=date(2024, 3, 15))),
    ("date:3/2024", Query(date_from=date(2024, 3, 1), date_to=date(2024, 3, 31))),
    ('date:"tháng 2 năm 2024"', Query(date_from=date(2024, 2, 1), date_to=date(2024, 2, 29))),
    ("date:2024-01..2024-06", Query(date_from=date(2024, 1, 1), date_to=date(2024, 6, 30))),
    ("date:15/1/2024..20/2/2024", Query(date_from=date(2024, 1, 15), date_to=date(2024, 2, 20))),
    ("date:..2023", Query(date_to=date(2023, 12, 31))),
    ("date:2024..", Query(date_from=date(2024, 1, 1))),
    ("date:2024 date:2024-03..", Query(date_from=date(2024, 3, 1), date_to=date(2024, 12, 31))),
    ("date:2023.. date:..2024-06 ", Query(date_from=date(2023, 1, 1), date_to=date(2024, 6, 30))),
    # Everything at once.
    (
        '"hội nghị" person:"nguyen dinh khang" chair:khang org:ldld place:"ha noi" '
        "kind:hoi doc:249/TB-VPCP date:2024 ky",
        Query(
            text=(words("hoi", "nghi", phrase=True, marked="hội nghị"), words("ky", prefix=True)),
            person=(KHANG_PHRASE,),
            chair=(words("khang"),),
            org=(words("ldld"),),
            place=(words("ha", "noi", phrase=True),),
            kind=(words("hoi"),),
            doc=("249/tb-vpcp",),
            date_from=date(2024, 1, 1),
            date_to=date(2024, 12, 31),
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUERIES, ids=[q for q, _ in QUERIES])
def test_parse_query(text: str, expected: Query) -> None:
    assert parse_query(text) == expected


ERRORS: list[tuple[str, str]] = [
    ("foo:bar", "unknown field 'foo'; use person:, chair:, org:, place:, kind:, doc:, date:"),
    ("khang Foo:bar", "unknown field 'Foo'"),
    ("http:x", "unknown field 'http'"),
    # A typo of a field is named (a newcomer's `chiar:khang`), in English and Vietnamese.
    ("chiar:khang", "unknown field 'chiar': did you mean chair:? Fields: person:, chair:"),
    ("ngya:2024", "unknown field 'ngya': did you mean ngay:?"),
    ("person:", "person: has no value; e.g. person:khang"),
    ("person: khang", "person: has no value"),
    ("date:", "date: has no value; e.g. date:2024"),
    ("doc: ", "doc: has no value; e.g. doc:249/TB-VPCP"),
    ('person:"', "unclosed quote"),
    ('"hội nghị', "unclosed quote in '\"hội nghị'"),
    ('person:"nguyen dinh', "unclosed quote"),
    ("date:31/02/2024", "date:31/02/2024: '31/02/2024' is not a date: February 2024 has 29 days"),
    ("date:2024-13", "date:2024-13: '2024-13' is not a date"),
    ("date:soon", "date:soon: 'soon' is not a date; use 2024-03-15"),
    ("date:2024..2023", "starts after it ends"),
    ("date:..", "has no dates"),
    ("date:2023 date:2024", "date:2024 does not overlap the other date: items"),
    ('person:""', 'person:"" has no letters or digits to search for'),
    ("person:--", "person:-- has no letters or digits"),
    ('doc:"/"', "has no letters or digits"),
    ('date:"20\n24"', "is not a date"),
]


@pytest.mark.parametrize(("text", "message"), ERRORS, ids=[q for q, _ in ERRORS])
def test_parse_query_errors(text: str, message: str) -> None:
    with pytest.raises(QueryError) as error:
        parse_query(text)
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_query_error_is_a_value_error() -> None:
    assert issubclass(QueryError, ValueError)


@pytest.mark.parametrize(
    ("text", "empty"),
    [
        ("", True),
        ("  ", True),
        ("-", True),
        ("khang", False),
        ("date:2024", False),
        ("doc:02", False),
    ],
)
def test_is_empty(text: str, empty: bool) -> None:
    assert parse_query(text).is_empty() is empty


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("", "all meetings"),
        (
            'person:"nguyen dinh khang" date:2024',
            "person ~ nguyen dinh khang; date 2024-01-01..2024-12-31",
        ),
        ('"hội nghị" ký kết', "words ~ hội nghị, ký, kết…"),
        ("hoi nghi ky ket", "words ~ hoi, nghi, ky, ket…"),
        ('person:"Nguyễn Đình Khang" khang ', "words ~ khang; person ~ nguyễn đình khang"),
        ("chair:khan", "chair ~ khan…"),
        ("doc:249/TB-VPCP date:..2023", "doc = 249/tb-vpcp; date ..2023-12-31"),
        ("date:2024.. org:ldld ", "org ~ ldld; date 2024-01-01.."),
    ],
)
def test_describe(text: str, description: str) -> None:
    assert parse_query(text).describe() == description


def test_queries_are_frozen_and_hashable() -> None:
    query = parse_query("person:khang")
    assert hash(query) == hash(parse_query("person:khang"))
    with pytest.raises(AttributeError):
        query.person = ()  # type: ignore[misc]


def test_a_single_letter_is_not_yet_a_prefix() -> None:
    assert parse_query("k").text[0].prefix is False
    assert parse_query("kh").text[0].prefix is True
    assert parse_query("person:k").person[0].prefix is False


# Dates people say -------------------------------------------------------------------------------

Q2_2024 = {"date_from": date(2024, 4, 1), "date_to": date(2024, 6, 30)}
MAY_2022 = {"date_from": date(2022, 5, 1), "date_to": date(2022, 5, 31)}
YEAR_2023 = {"date_from": date(2023, 1, 1), "date_to": date(2023, 12, 31)}

SPOKEN_DATES: list[tuple[str, Query]] = [
    # As `date:` values.
    ('date:"quý 2/2024"', Query(**Q2_2024)),
    ("date:q2/2024", Query(**Q2_2024)),
    ("date:Q2-2024", Query(**Q2_2024)),
    ('ngay:"quy II nam 2024"', Query(**Q2_2024)),
    ('date:"tháng 5/2022"', Query(**MAY_2022)),
    ("date:6-2024", Query(date_from=date(2024, 6, 1), date_to=date(2024, 6, 30))),
    ('date:"năm 2023"', Query(**YEAR_2023)),
    ('date:"quý 1/2024..quý 2/2024"', Query(date_from=date(2024, 1, 1), date_to=date(2024, 6, 30))),
    # Typed without quotes in a search box: the words after `date:` finish its value.
    ("date:quý 2/2024", Query(**Q2_2024)),
    ("date:thang 5 nam 2022 khang", Query(text=(words("khang", prefix=True),), **MAY_2022)),
    # As free words.
    ("quý 2/2024", Query(**Q2_2024)),
    ("quy 2/2024", Query(**Q2_2024)),
    ("q2/2024", Query(**Q2_2024)),
    ("khang q2/2024", Query(text=(words("khang"),), **Q2_2024)),
    ("khang quy 2/2024", Query(text=(words("khang"),), **Q2_2024)),
    # The date words say a date, not words: their marks leave the other words' alone.
    ("khang quý 2/2024", Query(text=(words("khang"),), **Q2_2024)),
    ("khang tháng 5 năm 2022 ", Query(text=(words("khang"),), **MAY_2022)),
    ("Khẳng quý 2/2024", Query(text=(words("khang", marked="khẳng"),), **Q2_2024)),
    ("Quý II năm 2024 ", Query(**Q2_2024)),
    ("tháng 5/2022", Query(**MAY_2022)),
    ("thang 5/2022 khang", Query(text=(words("khang", prefix=True),), **MAY_2022)),
    ("tháng 5 năm 2022", Query(**MAY_2022)),
    ("năm 2023", Query(**YEAR_2023)),
    ("nam 2023", Query(**YEAR_2023)),
    ("hoi nghi nam 2023 ", Query(text=(words("hoi"), words("nghi")), **YEAR_2023)),
    ("chair:khang năm 2023", Query(chair=(words("khang"),), **YEAR_2023)),
    ("năm 2023 date:2023-06", Query(date_from=date(2023, 6, 1), date_to=date(2023, 6, 30))),
    # Not dates: "nam" that is not the year, a bare month, numbers alone, quoted words.
    ("nam gioi ", Query(text=(words("nam"), words("gioi")))),
    ("viet nam 2024 ", Query(text=(words("viet"), words("nam"), words("2024")))),
    ("quang nam 2024 ", Query(text=(words("quang"), words("nam"), words("2024")))),
    (
        "Việt Nam 2024 ",
        Query(
            text=(
                words("viet", marked="việt"),
                words("nam", marked="nam"),
                words("2024", marked="2024"),
            )
        ),
    ),
    ("nam 24 ", Query(text=(words("nam"), words("24")))),
    ("thang 5 ", Query(text=(words("thang"), words("5")))),
    ("5/2022 ", Query(text=(words("5", "2022", phrase=True),))),
    ('"năm 2023"', Query(text=(words("nam", "2023", phrase=True, marked="năm 2023"),))),
    # With marks typed, only the words with theirs say a period: "quy" is another word.
    (
        "Nguyễn quy 2/2024 ",
        Query(
            text=(
                words("nguyen", marked="nguyễn"),
                words("quy", marked="quy"),
                words("2", "2024", phrase=True, marked="2 2024"),
            )
        ),
    ),
    # Still being typed: words until the year is whole.
    (
        "quý 2/202",
        Query(
            text=(
                words("quy", marked="quý"),
                words("2", "202", phrase=True, prefix=True, marked="2 202"),
            )
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPOKEN_DATES, ids=[q for q, _ in SPOKEN_DATES])
def test_dates_people_say(text: str, expected: Query) -> None:
    assert parse_query(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("quý 5/2024", "quý 5/2024: 'quý 5/2024' is not a date: there is no quarter 5"),
        (
            "khang tháng 13/2024",
            "tháng 13/2024: 'tháng 13/2024' is not a date: there is no month 13",
        ),
        ('date:"tháng 5"', "'tháng 5' needs a year; e.g. tháng 5/2024"),
        ("date:q2", "'q2' needs a year; e.g. quý 2/2024"),
        ("năm 2023 năm 2024", "năm 2024 does not overlap the other date: items"),
        ("date:soon", "use 2024-03-15, 15/3/2024, 3/2024, tháng 3/2024, quý 2/2024"),
    ],
)
def test_dates_people_say_errors(text: str, message: str) -> None:
    with pytest.raises(QueryError) as error:
        parse_query(text)
    assert message in str(error.value)
    assert "\n" not in str(error.value)


# The shell's quoting -----------------------------------------------------------------------------

ARGUMENTS: list[tuple[list[str], str]] = [
    ([], ""),
    (["khang"], "khang"),
    (["nguyen", "dinh", "khang"], "nguyen dinh khang"),
    # `search "ky ket"`: the shell's quotes made one argument, one phrase.
    (["ky ket"], '"ky ket"'),
    (["Nguyễn Đình Khang"], '"Nguyễn Đình Khang"'),
    # `search chair:"nguyen dinh khang" date:2024`: the shell gives `chair:nguyen dinh khang`.
    (["chair:nguyen dinh khang", "date:2024"], 'chair:"nguyen dinh khang" date:2024'),
    (["nguoi:nguyen dinh khang"], 'nguoi:"nguyen dinh khang"'),
    (["date:quý 2/2024"], 'date:"quý 2/2024"'),
    # Kept as typed: quotes still there, a whole query in one argument, an unknown field.
    (['"ky ket"'], '"ky ket"'),
    (['person:"nguyen dinh khang" date:2024'], 'person:"nguyen dinh khang" date:2024'),
    (["chair:khang date:2024"], "chair:khang date:2024"),
    (["hoi nghi person:khang"], "hoi nghi person:khang"),
    (["foo:bar baz"], "foo:bar baz"),
    # A period quoted for the shell is still a date; quoted again for the query, it is words.
    (["quý 2/2024"], "quý 2/2024"),
    (["tháng 5 năm 2022"], "tháng 5 năm 2022"),
    (["nam 2023"], "nam 2023"),
    (["viet nam 2024"], '"viet nam 2024"'),
    (["khang quý 2/2024"], '"khang quý 2/2024"'),
    (['"năm 2023"'], '"năm 2023"'),
    # A trailing space still ends the last word; blank arguments say nothing.
    (["khan "], "khan "),
    (["", " ", "khang"], "khang"),
    # Not fields: digits before the colon, a URL.
    (["14:00 hop"], '"14:00 hop"'),
    (["https://congdoan.vn/a b"], '"https://congdoan.vn/a b"'),
]


@pytest.mark.parametrize(("arguments", "text"), ARGUMENTS, ids=[repr(a) for a, _ in ARGUMENTS])
def test_query_from_arguments(arguments: list[str], text: str) -> None:
    assert query_from_arguments(arguments) == text


def test_arguments_keep_what_the_shell_grouped() -> None:
    query = parse_query(query_from_arguments(["chair:nguyen dinh khang", "date:2024"]))
    assert query == Query(
        chair=(KHANG_PHRASE,), date_from=date(2024, 1, 1), date_to=date(2024, 12, 31)
    )
    assert parse_query(query_from_arguments(["ky ket"])).text == (words("ky", "ket", phrase=True),)
    with pytest.raises(QueryError, match="unknown field 'foo'"):
        parse_query(query_from_arguments(["foo:bar baz"]))


@pytest.mark.parametrize(
    ("arguments", "apart"),
    [
        (["khang quý 2/2024"], ["khang", "quý", "2/2024"]),
        (["ky ket", "date:2024"], ["ky", "ket", "date:2024"]),
        # Nothing read as a phrase: a field's value, a period, quotes kept, separate words.
        (["chair:nguyen dinh khang"], None),
        (["quý 2/2024"], None),
        (['"ky ket"'], ["ky", "ket"]),  # its quotes typed inside the shell's
        (["khang", "quý", "2/2024"], None),
    ],
)
def test_arguments_apart_splits_only_the_phrase_arguments(
    arguments: list[str], apart: list[str] | None
) -> None:
    assert arguments_apart(arguments) == apart


TYPED: list[tuple[str, Query]] = [
    # A search box searches at each key: the phrase being typed is a phrase, its last word a prefix.
    ('"ky ke', Query(text=(TextMatch(("ky", "ke"), phrase=True, prefix=True),))),
    ('"ky ke ', Query(text=(TextMatch(("ky", "ke"), phrase=True),))),
    ('chair:"nguyen di', Query(chair=(TextMatch(("nguyen", "di"), phrase=True, prefix=True),))),
    ('hoi nghi "', Query(text=(TextMatch(("hoi",)), TextMatch(("nghi",))))),
    ('"', Query()),
]


@pytest.mark.parametrize(("text", "expected"), TYPED, ids=[q for q, _ in TYPED])
def test_a_quote_left_open_in_a_search_box_is_the_phrase_being_typed(
    text: str, expected: Query
) -> None:
    assert parse_query(text, typing=True) == expected
    with pytest.raises(QueryError, match="unclosed quote"):
        parse_query(text)  # a command's query comes whole: an open quote is a mistake


def test_the_fields_named_after_an_unknown_one_are_in_the_interface_s_language() -> None:
    # Under Vietnamese the hint listed person:, chair:, ... beside "có phải ý bạn là ngay:?".
    from store.i18n import set_language

    set_language("vi")
    try:
        with pytest.raises(QueryError) as error:
            parse_query("ngya:2024")
        said = str(error.value)
        assert "ngay:" in said and "nguoi:, chutri:, donvi:, diadiem:" in said, said
        assert "person:" not in said, said
    finally:
        set_language("en")
    with pytest.raises(QueryError) as error:
        parse_query("ngya:2024")
    assert "person:, chair:, org:" in str(error.value)
