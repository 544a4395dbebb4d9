"""Tests for store.text: folding, tokens, abbreviations, name and document keys."""

from __future__ import annotations

import re
import unicodedata

import pytest

from store.text import ABBREVIATIONS, clean, doc_key, fold, index_text, name_key, nfc, tokens

# Every Vietnamese vowel with every tone, typed out rather than composed, so the table is an
# independent statement of the alphabet: none, huyền, sắc, hỏi, ngã, nặng.
VOWELS_WITH_TONES: dict[str, tuple[str, str]] = {
    "a": ("a", "aàáảãạ"),
    "ă": ("a", "ăằắẳẵặ"),
    "â": ("a", "âầấẩẫậ"),
    "e": ("e", "eèéẻẽẹ"),
    "ê": ("e", "êềếểễệ"),
    "i": ("i", "iìíỉĩị"),
    "o": ("o", "oòóỏõọ"),
    "ô": ("o", "ôồốổỗộ"),
    "ơ": ("o", "ơờớởỡợ"),
    "u": ("u", "uùúủũụ"),
    "ư": ("u", "ưừứửữự"),
    "y": ("y", "yỳýỷỹỵ"),
}
TONES = ("none", "huyen", "sac", "hoi", "nga", "nang")

VOWEL_CASES = [
    pytest.param(letter, base, id=f"{vowel}-{tone}-{case}-{form}")
    for vowel, (base, letters) in VOWELS_WITH_TONES.items()
    for tone, lower in zip(TONES, letters, strict=True)
    for case, cased in (("lower", lower), ("upper", lower.upper()))
    for form, letter in (("nfc", nfc(cased)), ("nfd", unicodedata.normalize("NFD", cased)))
]


def test_vowel_table_is_72_distinct_precomposed_letters() -> None:
    letters = "".join(letters for _, letters in VOWELS_WITH_TONES.values())
    assert len(letters) == len(set(letters)) == 72
    assert nfc(letters) == letters


@pytest.mark.parametrize(("letter", "base"), VOWEL_CASES)
def test_fold_every_vowel_and_tone(letter: str, base: str) -> None:
    assert fold(letter) == base


def test_nfd_cases_are_really_decomposed() -> None:
    # Otherwise the NFD half of the vowel cases would silently repeat the NFC half.
    nfd_forms = [str(p.values[0]) for p in VOWEL_CASES if str(p.id).endswith("-nfd")]
    assert len(nfd_forms) == 12 * 6 * 2
    plain = 6 * 2  # a e i o u y without a tone, in two cases
    assert sum(len(form) > 1 for form in nfd_forms) == len(nfd_forms) - plain


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("đ", "d"),
        ("Đ", "d"),
        ("đ\u0301", "d"),  # a stray combining mark after đ
        ("ê\u0301", "e"),  # keyboards that put the tone on a precomposed ê: neither NFC nor NFD
        ("Đảng đoàn", "dang doan"),
        ("ĐẢNG ĐOÀN", "dang doan"),
        ("Nguyễn Đình Khang", "nguyen dinh khang"),
        ("NGUYEN DINH KHANG", "nguyen dinh khang"),
        ("Tổng Liên đoàn Lao động Việt Nam", "tong lien doan lao dong viet nam"),
        ("Hồ Chí Minh", "ho chi minh"),
        ("Thường trực Ủy ban", "thuong truc uy ban"),
        ("ỦY BAN NHÂN DÂN", "uy ban nhan dan"),
    ],
)
def test_fold_vietnamese(text: str, expected: str) -> None:
    assert fold(text) == expected
    assert fold(unicodedata.normalize("NFD", text)) == expected


def test_fold_same_name_three_ways() -> None:
    spellings = ["Nguyễn Đình Khang", "NGUYEN DINH KHANG", "nguyen dinh khang"]
    assert {fold(name) for name in spellings} == {"nguyen dinh khang"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ""),
        ("249/TB-VPCP", "249/tb-vpcp"),
        ("0123456789 !?.,;:()[]{}/\\-_+=*&%$#@'\"", "0123456789 !?.,;:()[]{}/\\-_+=*&%$#@'\""),
        ("  two\tspaces\n", "  two\tspaces\n"),  # spacing is tokens()'s business, not fold's
        ("“Hội nghị” – 30/5…", "“hoi nghi” – 30/5…"),  # typographic punctuation kept
        ("a\u00a0b", "a\u00a0b"),  # no-break space kept
        ("中文 😀", "中文 😀"),  # past the table, unchanged
        ("ＡＢＣ", "ａｂｃ"),  # past the table, still case-folded
        ("Straße", "strasse"),  # casefold, not lower
        ("Ελληνικά ΣΑ", "ελληνικα σα"),  # other scripts: case and marks go too
        ("か\u3099", "が"),  # NFC across characters the table cannot see
    ],
)
def test_fold_other_text(text: str, expected: str) -> None:
    assert fold(text) == expected


@pytest.mark.parametrize("code", [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)])
def test_fold_latin_ranges_agree_with_nfd(code: int) -> None:
    letter = chr(code)
    assert fold(unicodedata.normalize("NFD", letter)) == fold(letter)
    assert not any(0x300 <= ord(ch) < 0x370 for ch in fold(letter))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("249/TB-VPCP", ["249", "tb", "vpcp"]),
        ("Đảng đoàn", ["dang", "doan"]),
        ("565-CV/ĐĐTLĐ", ["565", "cv", "ddtld"]),
        ("Chiều 30/5, tại Hà Nội,", ["chieu", "30", "5", "tai", "ha", "noi"]),
        ("snake_case x", ["snake", "case", "x"]),  # "_" separates words
        ("“Hội nghị”…", ["hoi", "nghi"]),
        ("  ", []),
        ("--/--", []),
    ],
)
def test_tokens(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chiều 30/5, tại Hà Nội; “Tổng LĐLĐ” – 565-CV/ĐĐTLĐ…",
        "a_b\u00a0c\u2028d\u3000e\x1cf",  # underscore and every kind of space
        "Ελληνικά–Кириллица «中文» ＡＢＣ① x²",  # non-ASCII letters, digits and punctuation
        "emoji😀inside, tab\there",
    ],
)
def test_tokens_are_the_word_runs_of_fold(text: str) -> None:
    assert tokens(text) == re.findall(r"[^\W_]+", fold(text))


def test_tokens_dang_doan() -> None:
    assert " ".join(tokens("Đảng đoàn")) == "dang doan"


def test_abbreviations_are_folded_tokens() -> None:
    for short, expansion in ABBREVIATIONS.items():
        assert tokens(short) == [short]
        assert " ".join(tokens(expansion)) == expansion


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (("Tổng LĐLĐ Việt Nam",), "tong ldld viet nam lien doan lao dong vn"),
        (("Liên đoàn Lao động tỉnh",), "lien doan lao dong tinh ldld"),  # spelled out → short
        (("Công văn 565-CV/ĐĐTLĐ",), "cong van 565 cv ddtld cong van dang doan tong lien doan"),
        (
            ("BCH CĐ", None, "UBND TP"),
            "bch cd ubnd tp ban chap hanh cong doan uy ban nhan dan thanh pho",
        ),
        (("LĐLĐ", "LĐLĐ tỉnh"), "ldld ldld tinh lien doan lao dong"),  # each expansion once
        (("Hội nghị", None, ""), "hoi nghi"),
        ((None,), ""),
        ((), ""),
    ],
)
def test_index_text(parts: tuple[str | None, ...], expected: str) -> None:
    assert index_text(*parts) == expected


def test_index_text_finds_by_both_forms() -> None:
    words = index_text("Tổng LĐLĐ Việt Nam").split()
    assert "ldld" in words
    assert "lien doan lao dong" in " ".join(words)


def test_index_text_is_plain_ascii_for_vietnamese() -> None:
    text = index_text("Đảng ủy Khối Doanh nghiệp Trung ương", "“Tổng LĐLĐ” – Hà Nội, 30/5/2022")
    assert text
    assert set(text) <= set("abcdefghijklmnopqrstuvwxyz0123456789 ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Hà   Nội \t", "Hà Nội"),
        ("Nguyễn\u00a0Đình\nKhang", "Nguyễn Đình Khang"),
        (unicodedata.normalize("NFD", "Hải"), "Hải"),
        ("", ""),
    ],
)
def test_clean(text: str, expected: str) -> None:
    assert clean(text) == expected


def test_name_key_merges_case_spacing_and_normal_form() -> None:
    keys = {
        name_key("Nguyễn Văn Hải"),
        name_key("nguyễn  văn HẢI"),
        name_key(" Nguyễn Văn Hải "),
        name_key(unicodedata.normalize("NFD", "NGUYỄN VĂN HẢI")),
    }
    assert keys == {"nguyễn văn hải"}


def test_name_key_keeps_diacritics() -> None:
    keys = {name_key("Nguyễn Văn Hải"), name_key("Nguyễn Văn Hài"), name_key("Nguyễn Văn Hai")}
    assert len(keys) == 3


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("249/TB-VPCP", "249/tb-vpcp"),
        ("565-CV/ĐĐTLĐ", "565-cv/ddtld"),
        ("số 02-NQ/TW", "02-nq/tw"),
        ("Số: 02-NQ/TW", "02-nq/tw"),
        ("SỐ 249 / TB - VPCP", "249/tb-vpcp"),
        ("so 12/2024/QĐ-TTg", "12/2024/qd-ttg"),
        ("02", "02"),
        ("sohd-01", "sohd-01"),  # "so" only as a word of its own
    ],
)
def test_doc_key(number: str, expected: str) -> None:
    assert doc_key(number) == expected
