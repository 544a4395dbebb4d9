"""`minutebook search` keeps the shell's quoting and reads the dates people say (issue 14).

The shell takes the quotes off before the program sees them: `search "ky ket"` arrives as the one
argument `ky ket`, and `search chair:"nguyen dinh khang" date:2024` as `chair:nguyen dinh khang`
and `date:2024`. Each test runs the real command on the sample book (the `imported` fixture) with
the arguments exactly as a shell would pass them, and checks which meetings come back.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from tests.helpers import ok, one_error

pytestmark = pytest.mark.on_every_backend  # see tests/conftest.py

Run = Callable[..., Any]  # the `imported` fixture: run(*args) -> click Result

SEED_000 = "seed-000-ky-ket-quy-che-dukdn-tld-2022"  # 30/5/2022, Khang attended
SEED_001 = "seed-001-lam-viec-bdvtw-dang-doan-tld-nq02-2022"  # 2022, Khang chaired
SEED_002 = "seed-002-ky-ket-quy-che-ldld-nghe-an-2022"  # 20/1/2022
SEED_003 = "seed-003-hoi-nghi-quy-che-chinh-phu-tld-tb249-2024"  # 2024
SEED_004 = "seed-004-hoi-nghi-bch-tld-lan-thu-tu-2024"  # 15/3/2024, Khang chaired
KY_KET = {SEED_000, SEED_002}  # the two signing ceremonies: "ký kết" together


def found(run: Run, *arguments: str) -> set[str]:
    """The uids `minutebook search ARGUMENTS... --format json` prints; none when it finds none."""
    result = run("search", *arguments, "--format", "json")
    if result.exit_code == 1:
        return set()
    return {record["uid"] for record in json.loads(ok(result).stdout)}


# The shell's quoting ------------------------------------------------------------------------------


def test_one_argument_with_a_space_is_a_phrase(imported: Run) -> None:
    # `minutebook search "ky ket"`: the words together, as `'"ky ket"'` always found.
    assert found(imported, "ky ket") == KY_KET
    assert found(imported, '"ky ket"') == KY_KET


def test_separate_arguments_are_separate_words(imported: Run) -> None:
    # `minutebook search ky ket`: both words anywhere, so more meetings than the phrase.
    assert found(imported, "ky", "ket") > KY_KET


def test_a_field_value_with_spaces_is_one_value(imported: Run) -> None:
    # `minutebook search chair:"nguyen dinh khang" date:2024`, as the shell passes it.
    assert found(imported, "chair:nguyen dinh khang", "date:2024") == {SEED_004}
    assert found(imported, "chair:nguyen dinh khang") == {SEED_001, SEED_004}
    assert found(imported, "chutri:Nguyễn Đình Khang") == {SEED_001, SEED_004}


def test_a_field_value_is_not_loose_words(imported: Run) -> None:
    # Read as `chair:nguyen` plus two loose words, Khang's attending seed-000 could match; as
    # one value only the meetings he chaired do.
    assert SEED_000 not in found(imported, "chair:nguyen dinh khang")


def test_quotes_that_reach_the_program_are_kept(imported: Run) -> None:
    # Single quotes in the shell pass the double quotes through: the query as typed.
    assert found(imported, 'chair:"nguyen dinh khang" date:2024') == {SEED_004}
    assert found(imported, "chair:khang date:2024") == {SEED_004}  # a whole query, one argument


def test_a_name_as_one_argument_finds_his_meetings(imported: Run) -> None:
    assert found(imported, "nguyen dinh khang") == {SEED_000, SEED_001, SEED_004}


def test_a_phrase_that_finds_nothing_offers_its_words_apart(imported: Run) -> None:
    # `minutebook search "khang quý 1/2024"`: one phrase, found nowhere; the words apart find
    # seed-004, and the one line says how to type them, its quotes not doubled.
    assert found(imported, "khang", "quý", "1/2024") == {SEED_004}
    line = one_error(imported("search", "khang quý 1/2024"), 1)
    assert line == (
        'minutebook: no meetings match "khang quý 1/2024": an argument in quotes is one phrase;'
        " as separate words, `minutebook search khang quý 1/2024` finds 1 meeting"
    )
    line = one_error(imported("--lang", "vi", "search", "khang quý 1/2024"), 1)
    assert line == (
        'minutebook: không có cuộc họp nào khớp "khang quý 1/2024": một tham số trong ngoặc kép'
        " là một cụm từ; gõ thành các từ riêng, `minutebook search khang quý 1/2024` tìm được"
        " 1 cuộc họp"
    )


def test_a_phrase_in_its_own_quotes_that_finds_nothing_offers_its_words_apart(
    imported: Run,
) -> None:
    # `minutebook search '"khang quý 1/2024"'`: the quotes reach the program; the same offer.
    line = one_error(imported("search", '"khang quý 1/2024"'), 1)
    assert line.endswith("as separate words, `minutebook search khang quý 1/2024` finds 1 meeting")


def test_a_phrase_whose_words_find_nothing_either_asks_for_the_spelling(imported: Run) -> None:
    line = one_error(imported("search", "khnag quý 1/2024"), 1)
    assert line == (
        'minutebook: no meetings match "khnag quý 1/2024"; check the spelling or use fewer words'
    )
    line = one_error(imported("search", "khnag", "date:2024"), 1)
    assert "match “khnag date:2024”; check the spelling" in line


def test_an_unknown_field_in_one_argument_is_still_named(imported: Run) -> None:
    line = one_error(imported("search", "foo:bar baz"), 2)
    assert "unknown field 'foo'" in line


# Dates people say ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "uids"),
    [
        (["quý 1/2024"], {SEED_003, SEED_004}),  # 15/3/2024, and the year 2024 that holds it
        (["quy", "1/2024"], {SEED_003, SEED_004}),
        (["q1/2024"], {SEED_003, SEED_004}),
        (["date:quý 1/2024"], {SEED_003, SEED_004}),
        (["date:q2/2022"], {SEED_000, SEED_001}),
        (["tháng", "1/2022"], {SEED_001, SEED_002}),
        (["thang 1/2022"], {SEED_001, SEED_002}),
        (["date:5-2022"], {SEED_000, SEED_001}),
        (["năm", "2024"], {SEED_003, SEED_004}),
        (["nam 2022"], {SEED_000, SEED_001, SEED_002}),
        (["khang", "quý", "2/2022"], {SEED_000, SEED_001}),
        (["chair:nguyen dinh khang", "năm", "2022"], {SEED_001}),
        (["năm", "2023"], set()),
    ],
)
def test_dates_people_say(imported: Run, arguments: list[str], uids: set[str]) -> None:
    assert found(imported, *arguments) == uids


def test_a_wrong_period_is_one_line_with_an_example(imported: Run) -> None:
    assert "there is no quarter 5" in one_error(imported("search", "quý 5/2024"), 2)
    assert "needs a year; e.g. tháng 5/2024" in one_error(imported("search", "date:tháng 5"), 2)


def test_help_shows_the_quoting_that_works(imported: Run) -> None:
    shown = " ".join(ok(imported("search", "--help")).stdout.split())
    assert 'minutebook search chair:"nguyen dinh khang" date:2024' in shown
    assert 'minutebook search "ky ket" quý 2/2024' in shown
