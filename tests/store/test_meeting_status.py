"""A meeting's status (`draft` to review, `final` as kept): record, files, search, migration.

Real books in temporary directories: the status is validated like every field, survives an
export and an import in JSON and CSV (English or Vietnamese header and values), is found by
`status:`, and a book made before statuses existed upgrades with every meeting final.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import text

import store
import store.db
import store.db_check
import store.importer
import store.repo
import store.search
from store.exchange.registry import writer
from store.query import QueryError
from store.record import MeetingRecord

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_data" / "meetings.json"


def meeting(status: object = None, title: str = "Họp Ban Chấp hành") -> dict[str, object]:
    raw: dict[str, object] = {"title": title, "date": "15/3/2024", "location": "Vinh"}
    if status is not None:
        raw["status"] = status
    return raw


def test_the_status_is_validated_and_final_by_default() -> None:
    assert MeetingRecord.model_validate(meeting()).status == "final"
    assert MeetingRecord.model_validate(meeting("")).status == "final"
    for spelling in ("draft", "Dự thảo", "du thao", "bản nháp"):
        assert MeetingRecord.model_validate(meeting(spelling)).status == "draft"
    assert MeetingRecord.model_validate(meeting("CHÍNH THỨC")).status == "final"
    problems = store.validate_record(meeting("published"))
    assert isinstance(problems, list)
    assert [(p.field, p.reason) for p in problems] == [
        ("status", "unknown status 'published'; use one of draft, final, approved, locked")
    ]
    # Approved minutes say when and by whom they were approved, each problem naming its field.
    problems = store.validate_record(meeting("đã thông qua"))
    assert isinstance(problems, list)
    assert [(p.field, p.reason) for p in problems] == [
        ("approved_on", "a record that is approved says when it was approved"),
        (
            "approved_by",
            "a record that is approved says by which meeting or person it was approved",
        ),
    ]
    approved = MeetingRecord.model_validate(
        meeting("thong qua") | {"approved_on": "20/3/2024", "approved_by": "Hội nghị BCH"}
    )
    assert (approved.status, approved.approved_on.iso(), approved.approved_by) == (
        "approved", "2024-03-20", "Hội nghị BCH",
    )  # fmt: skip


def test_the_export_key_order_puts_status_after_source() -> None:
    keys = list(MeetingRecord.model_validate(meeting("draft")).to_json())
    assert keys[keys.index("source") + 1] == "status"


def export(book: store.db.Store, fmt: str) -> str:
    stream = io.StringIO()
    with book.session() as session:
        writer(fmt)(list(store.repo.iter_records(session=session)), stream)
    return stream.getvalue()


def statuses(book: store.db.Store) -> dict[str, str]:
    with book.session() as session:
        return {r.title: r.status for r in store.repo.iter_records(session=session)}


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_the_status_round_trips_through_export_and_import(
    book: store.db.Store, tmp_path: Path, fmt: str
) -> None:
    drafted = [MeetingRecord.model_validate(meeting("draft", "Bản nháp từ bài báo")),
               MeetingRecord.model_validate(meeting(None, "Biên bản đã duyệt"))]  # fmt: skip
    store.importer.import_records(drafted, store=book)
    first = export(book, fmt)
    path = tmp_path / f"book.{fmt}"
    path.write_text(first, encoding="utf-8")
    other = store.db.open_store(str(tmp_path / "other.db"), create=True)
    try:
        store.importer.import_files([str(path)], store=other)
        assert statuses(other) == {"Bản nháp từ bài báo": "draft", "Biên bản đã duyệt": "final"}
        assert export(other, fmt) == first
    finally:
        other.close()


def test_a_vietnamese_csv_header_and_value_are_read(book: store.db.Store, tmp_path: Path) -> None:
    path = tmp_path / "so.csv"
    path.write_text("Tiêu đề;Ngày;Trạng thái\nHọp chi bộ;3/2024;Dự thảo\nHọp tổ;2024;\n", "utf-8")
    store.importer.import_files([str(path)], store=book)
    assert statuses(book) == {"Họp chi bộ": "draft", "Họp tổ": "final"}


def test_a_changed_status_is_an_update_on_import(book: store.db.Store, tmp_path: Path) -> None:
    store.importer.import_files([str(SAMPLE)], store=book)
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    data[0]["status"] = "draft"
    path = tmp_path / "changed.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    report = store.importer.import_files([str(path)], store=book, on_conflict="update")
    assert (report.updated, report.unchanged) == (1, 4)


def test_status_search_finds_drafts_newest_first(book: store.db.Store) -> None:
    records = [
        MeetingRecord.model_validate({**meeting("draft", f"Nháp {n}"), "date": f"{n}/2024"})
        for n in (1, 5, 3)
    ] + [MeetingRecord.model_validate(meeting("final", "Đã duyệt"))]
    store.importer.import_records(records, store=book)
    with book.session() as session:

        def titles(query: str, backend: str | None = None) -> list[str]:
            ids = store.search.search(
                store.parse_query(query), session=session, backend=backend
            ).ids
            return [store.repo.get_record(i, session=session).title for i in ids]

        # With free words too, on SQLite's FTS5 path and on the portable LIKE path alike.
        for backend in (None, "portable"):
            assert titles("status:draft nhap ", backend) == ["Nháp 5", "Nháp 3", "Nháp 1"]
        assert titles("status:draft") == ["Nháp 5", "Nháp 3", "Nháp 1"]
        assert titles('trangthai:"du thao" nhap 3') == ["Nháp 3"]
        assert titles("status:final") == ["Đã duyệt"]
        assert titles("status:chinhthuc date:2024-03") == ["Đã duyệt"]
        ids = store.search.search(store.parse_query(""), session=session).ids
        summaries = store.repo.summaries(ids, session=session)
        assert [s.status for s in summaries] == ["draft", "final", "draft", "draft"]


def test_status_queries_parse_and_say_what_is_wrong() -> None:
    assert store.parse_query("status:draft").status == (("draft",),)
    assert store.parse_query("status:dr").status == (("draft",),)  # still being typed
    assert store.parse_query("status:draft hop").describe() == "words ~ hop…; status = draft"
    assert store.parse_query("status:approved").status == (("approved",),)
    assert store.parse_query("status:khoa ").status == (("locked",),)
    with pytest.raises(QueryError, match="unknown status; use draft, final, approved, locked"):
        store.parse_query("status:published ")
    with pytest.raises(QueryError, match=r"has no value; e\.g\. status:draft"):
        store.parse_query("status: ")


@pytest.mark.sqlite_only
def test_a_book_from_before_statuses_upgrades_with_every_meeting_final(db_path: Path) -> None:
    old = store.db.open_store(str(db_path), upgrade=False, create=True)
    store.db.upgrade_schema(old, "0004")
    stamp = "'2024-01-01 00:00:00'"
    with old.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO meeting (id, uid, title, date_start, date_end, date_precision, "
            f"date_inferred, created_at, updated_at, version, kind_key, location_key) VALUES "
            f"(1, 'u1', 'Họp cũ', '2024-03-15', '2024-03-15', 'day', 0, {stamp}, {stamp}, 1, "
            "'', '')"
        ))  # fmt: skip
        conn.execute(text("INSERT INTO meeting_search VALUES (1, 82734, ' hop cu ')"))
    old.close()
    book = store.db.open_store(str(db_path))
    try:
        assert store.db_check.check(book).revision == store.db.HEAD_REVISION
        with book.session() as session:
            assert store.repo.get_record(1, session=session).status == "final"
            assert store.search.search(store.parse_query("status:final"), session=session).ids == [
                1
            ]
            assert store.search.search(store.parse_query("status:draft"), session=session).ids == []
    finally:
        book.close()
