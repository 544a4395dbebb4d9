"""Encodings as files really arrive: BOMs, UTF-16, cp1258, NFD text, stdin, and bad bytes.

Everything goes through `store.exchange.decoding.read_records` on real files in tmp_path; the
import tests at the end use the real store and CLI for what the CLI can do today.
"""

from __future__ import annotations

import codecs
import io
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest

import store
import store.db
import store.repo
from store.errors import Problem, StoreError
from store.exchange.decoding import read_records
from store.exchange.raw import RawRecord
from tests.helpers import EXPECTED, TEXT, to_cp1258


def read(path: Path, fmt: str | None = None, **options: Any) -> list[RawRecord]:
    return list(read_records([str(path)], fmt, **options))


def only_data(records: list[RawRecord]) -> dict[str, Any]:
    assert [r.problem for r in records] == [None]
    data = records[0].data
    assert data is not None
    return {key: value for key, value in data.items() if value}


def problem_of(records: list[RawRecord]) -> Problem:
    problems = [r.problem for r in records if r.problem is not None]
    assert len(problems) == 1, problems
    return problems[0]


@pytest.mark.parametrize(
    "encoded",
    [
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"),
        TEXT.encode("utf-8"),
    ],
    ids=["utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-32-le-bom", "utf-8"],
)
def test_the_bom_says_the_encoding(tmp_path: Path, encoded: bytes) -> None:
    path = tmp_path / "book.csv"
    path.write_bytes(encoded)
    assert only_data(read(path)) == EXPECTED


def test_cp1258_is_read_with_encoding_and_comes_out_nfc(tmp_path: Path) -> None:
    raw = to_cp1258(TEXT)
    # cp1258 really does write "ễ" as "ê" + a separate tilde: decoded as is, the text is NFD-ish.
    assert not unicodedata.is_normalized("NFC", raw.decode("cp1258"))
    path = tmp_path / "legacy.csv"
    path.write_bytes(raw)
    for name in ("cp1258", "windows-1258", "CP1258"):
        data = only_data(read(path, encoding=name))
        assert data == EXPECTED
        assert all(unicodedata.is_normalized("NFC", v) for v in (data["title"], data["location"]))


def test_a_cp1258_file_read_as_utf8_names_the_byte_line_and_the_fix(tmp_path: Path) -> None:
    good = "".join(f"2024;Giao ban {i};;Vinh\n" for i in range(20_000))  # far past one chunk
    path = tmp_path / "legacy.csv"
    header = "date;title;chairs;location"  # ASCII, so the first bad byte is on the last rows
    path.write_bytes(to_cp1258(f"{header}\n{good}2024;Hà Tĩnh;;Vinh\n2024;Sau;;Vinh\n"))
    records = read(path)
    offset = len(to_cp1258(f"{header}\n{good}2024;H"))
    problem = problem_of(records)
    assert (problem.source, problem.record, problem.field) == (str(path), 20_002, "")
    assert f"not UTF-8 text at byte {offset}: E0 (invalid continuation byte)" in problem.reason
    assert "--encoding cp1258" in problem.reason
    assert "\n" not in str(problem)
    # Every row before the bad byte is read, even those decoded with it in the same chunk.
    assert [r.number for r in records if r.data is not None] == list(range(2, 20_002))
    assert records[-1].problem is problem  # and nothing after it is guessed at


@pytest.mark.parametrize("fmt", ["json", "ndjson"])
def test_a_bad_byte_deep_in_json_is_named_by_line(tmp_path: Path, fmt: str) -> None:
    meeting = json.dumps({"title": "Giao ban tuần của Ban Thường vụ", "date": "2024"})
    count = 40_000  # about 2.5 MB: past the JSON reader's first megabyte
    lines = [meeting] * count if fmt == "ndjson" else ["[", *[meeting + ","] * count]
    head = "\n".join(lines).encode("utf-8") + b"\n"
    path = tmp_path / f"deep.{fmt}"
    path.write_bytes(
        head + b'{"title": "H\xe0 N\xf4\xefi", "date": "2024"}\n' + b"]" * (fmt == "json")
    )
    records = read(path)
    problem = problem_of(records)
    assert problem.record == len(lines) + 1
    assert f"not UTF-8 text at byte {len(head) + 12}: E0" in problem.reason
    if fmt == "ndjson":  # NDJSON records are read up to the bad line; JSON's array is unfinished
        assert sum(r.data is not None for r in records) == count


@pytest.mark.parametrize(
    ("encoding", "bom", "bad", "label", "expected"),
    [
        (None, codecs.BOM_UTF16_LE, b"\x00\xd8", "UTF-16-LE", "00 D8 (illegal UTF-16 surrogate)"),
        ("cp1258", b"", b"\x81", "cp1258", "81 (character maps to <undefined>)"),
        ("utf-16-be", b"", b"\xdc\x00", "utf-16-be", "DC 00 (illegal encoding)"),
        (None, codecs.BOM_UTF8, b"\xc3\x28", "UTF-8", "C3 (invalid continuation byte)"),
    ],
)
def test_the_byte_offset_is_exact_in_every_encoding(
    tmp_path: Path, encoding: str | None, bom: bytes, bad: bytes, label: str, expected: str
) -> None:
    codec = {"UTF-16-LE": "utf-16-le", "cp1258": "cp1258", "utf-16-be": "utf-16-be"}.get(
        label, "utf-8"
    )
    before = "title,date\n" + ("Hop,2024\n" if codec == "cp1258" else "Họp,2024\n") * 18_000
    head = bom + before.encode(codec)
    path = tmp_path / "bad.csv"
    path.write_bytes(head + bad + "x,2024\n".encode(codec))
    problem = problem_of(read(path, encoding=encoding))
    assert f"not {label} text at byte {len(head)}: {expected}" in problem.reason
    assert problem.record == 18_002


def test_an_unknown_encoding_is_one_line_listing_the_common_ones(tmp_path: Path) -> None:
    path = tmp_path / "book.csv"
    path.write_text(TEXT, encoding="utf-8")
    with pytest.raises(StoreError, match=r"unknown encoding 'vni'; use one of utf-8, .*cp1258"):
        read(path, encoding="vni")
    with pytest.raises(StoreError, match="'rot13' is not a text encoding"):
        read(path, encoding="rot13")


def test_a_bom_that_contradicts_the_encoding_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "book.csv"
    path.write_bytes(codecs.BOM_UTF8 + TEXT.encode("utf-8"))
    problem = problem_of(read(path, encoding="cp1258"))
    assert "starts with a UTF-8 byte-order mark but --encoding cp1258 was given" in problem.reason
    # A BOM that agrees with --encoding is simply dropped.
    assert only_data(read(path, encoding="utf-8")) == EXPECTED
    path.write_bytes(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"))
    assert only_data(read(path, encoding="utf-16")) == EXPECTED


def test_utf16_without_a_bom_read_as_utf8_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "book.csv"
    path.write_bytes(TEXT.encode("utf-16-le"))
    problem = problem_of(read(path))
    assert problem.record == 1
    assert "looks like UTF-16 without a byte-order mark: use --encoding utf-16-le" in problem.reason
    assert only_data(read(path, encoding="utf-16-le")) == EXPECTED
    # Pure ASCII UTF-16 is valid UTF-8 (with NULs): the header check says the same.
    path.write_bytes("title,date\nA,2024\n".encode("utf-16-le"))
    problem = problem_of(read(path))
    assert (problem.record, problem.field) == (1, "")
    assert "UTF-16 without a byte-order mark; use --encoding utf-16-le" in problem.reason


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_nfd_csv_cells_and_headers_become_nfc(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_text(nfd(TEXT), encoding="utf-8")
    records = read(path)
    assert only_data(records) == EXPECTED
    assert records[0].field_names["date"] == "Ngày"  # the header, composed, names problems


def test_nfd_json_and_ndjson_values_become_nfc(tmp_path: Path) -> None:
    meeting = {"title": "Hội nghị", "date": "2024", "participants": [{"name": "Ngọ Duy Hiểu"}]}
    decomposed = json.loads(nfd(json.dumps(meeting, ensure_ascii=False)))
    plain = json.dumps({"title": "Giao ban", "date": "2024"})
    lines = [
        plain,
        json.dumps(decomposed, ensure_ascii=False),  # NFD as UTF-8 text
        plain,
        json.dumps(decomposed),  # NFD spelled in pure-ASCII \u escapes
        plain,
    ]
    (tmp_path / "a.ndjson").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "a.json").write_text(f"[{', '.join(lines)}]", encoding="utf-8")
    for name in ("a.ndjson", "a.json"):
        records = [r.data for r in read(tmp_path / name)]
        assert records[1] == meeting and records[3] == meeting, name
        assert records[0] == records[2] == records[4] == json.loads(plain)


def stdin_bytes(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_needs_a_format_and_is_decoded_like_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(StoreError, match="reading standard input needs --format"):
        list(read_records(["-"], None))
    stdin_bytes(monkeypatch, codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"))
    records = list(read_records(["-"], "csv"))
    assert only_data(records) == EXPECTED and records[0].source == "<stdin>"
    stdin_bytes(monkeypatch, to_cp1258(TEXT))
    assert only_data(list(read_records(["-"], "csv", encoding="cp1258"))) == EXPECTED
    stdin_bytes(monkeypatch, b"title,date\nA,2024\nB\xff,2024\n")
    problem = problem_of(list(read_records(["-"], "csv")))
    assert (problem.source, problem.record) == ("<stdin>", 3)
    assert "not UTF-8 text at byte 19: FF (invalid start byte)" in problem.reason  # from 0


def test_missing_files_are_one_line(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"nope\.csv: no such file"):
        read(tmp_path / "nope.csv")
    (tmp_path / "folder.csv").mkdir()
    with pytest.raises(StoreError, match=r"folder\.csv: is a directory"):
        read(tmp_path / "folder.csv")


def test_cli_imports_an_excel_utf8_bom_file(cli: Any, db: str, tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(codecs.BOM_UTF8 + nfd(TEXT).encode("utf-8"))
    result = cli("import", str(path))
    assert result.exit_code == 0, result.stderr
    book = store.db.open_store(db)
    try:
        with book.session() as session:
            record = store.repo.get_record(1, session=session)
    finally:
        book.close()
    assert (record.title, record.location) == (EXPECTED["title"], EXPECTED["location"])
    assert record.participants[0].name == "Nguyễn Đình Khang"
