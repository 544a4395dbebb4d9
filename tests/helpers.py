"""What tests share: results of a CLI run, files as people have them, waiting on a condition.

One module for every layer's tests (store, CLI, TUI): a helper lives here, never in a test module
that another test module imports. `until()` and `wait_until()` wait on a condition, never a fixed
sleep; `console_script()` fails with the install hint when the `minutebook` command is missing.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import store
import store.db
import store.importer
import store.repo
from store.exchange.xlsx_records import write_xlsx

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "meetings.json"


# Results of a CLI run ---------------------------------------------------------------------------


def ok(result: Any) -> Any:
    """The run succeeded; returns it for further checks."""
    assert result.exit_code == 0, (result.exit_code, result.stdout, result.stderr)
    return result


def one_error(result: Any, code: int) -> str:
    """The run failed with `code` and said why in one line, without a traceback."""
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("minutebook: "), result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    return lines[0]


# Files as people have them -----------------------------------------------------------------------


HEADER = "Ngày;Tiêu đề;Chủ trì;Địa điểm"


ROW = "15/3/2024;Hội nghị Ban Chấp hành lần thứ 5;Nguyễn Đình Khang (Chủ tịch);Hà Nội"


TEXT = f"{HEADER}\n{ROW}\n"


EXPECTED = {
    "date": "15/3/2024",
    "title": "Hội nghị Ban Chấp hành lần thứ 5",
    "location": "Hà Nội",
    "participants": [{"name": "Nguyễn Đình Khang", "title": "Chủ tịch", "role": "chair"}],
}


# The tone marks cp1258 writes as separate combining characters after the letter.
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Encode as a Vietnamese Windows program does: a letter cp1258 lacks is base + tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in decomposed if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
        out += (base + tones).encode("cp1258")
    return bytes(out)


def export_xlsx(book: store.db.Store, path: Path) -> int:
    with book.session() as session, path.open("wb") as out:
        return write_xlsx(store.repo.iter_records(session=session), out)


def write_rows(path: Path, rows: list[list[str]], delimiter: str = ",", bom: bool = False) -> str:
    stream = io.StringIO()
    csv.writer(stream, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + stream.getvalue().encode("utf-8"))
    return str(path)


VI_HEADER = [
    "STT", "Ngày", "Tiêu đề", "Loại", "Địa điểm", "Đơn vị tổ chức", "Chủ trì", "Thành phần",
    "Kết luận", "Ghi chú",
]  # fmt: skip


def excel_export(path: Path, bad: dict[int, dict[str, str]]) -> tuple[str, dict[int, int]]:
    """3,000 meetings as Excel (vi_VN) saves them; returns the path and each row's first line."""
    rows = [VI_HEADER]
    starts: dict[int, int] = {}
    line = 2
    for n in range(1, 3_001):
        notes = f"Biên bản số {n}.\nÝ kiến các đại biểu.\nBế mạc lúc 11 giờ." if n % 3 else ""
        cells = {
            "Ngày": f"{n % 28 + 1}/{n % 12 + 1}/2023",
            "Tiêu đề": f"Giao ban tuần {n} của Ban Thường vụ",
            "Loại": "phiên họp",
            "Địa điểm": "Trụ sở LĐLĐ tỉnh Nghệ An",
            "Đơn vị tổ chức": "Liên đoàn Lao động tỉnh Nghệ An",
            "Chủ trì": "Kha Văn Tám (Chủ tịch)",
            "Thành phần": f"Trần Thị Hương (Phó Chủ tịch); Lê Văn {n % 40} (Ủy viên)",
            "Kết luận": "kết luận: Triển khai kế hoạch quý | phụ trách: Ban Tổ chức | hạn: 12/2023",
            "Ghi chú": notes,
        }
        cells.update(bad.get(n, {}))
        rows.append([str(n), *(cells[name] for name in VI_HEADER[1:])])
        starts[n] = line
        line += 1 + cells["Ghi chú"].count("\n")
    return write_rows(path, rows, delimiter=";", bom=True), starts


BAD_ROWS = {
    17: {"Ngày": "31/02/2023"},
    2_801: {"Thành phần": "Trần Thị Hương; | Phó Chủ tịch"},
}


NOTES = "Đồng chí Chủ tịch phát biểu chỉ đạo, các đại biểu thảo luận và thống nhất. " * 12


def meeting_lines(count: int, start: int = 0) -> Iterator[bytes]:
    """Meetings big enough that a few thousand spill out of SQLite's page cache into the WAL."""
    for n in range(start, start + count):
        record = {
            "uid": f"kill-{n}",
            "title": f"Giao ban tuần {n} của Ban Thường vụ",
            "date": f"{2000 + n % 24}-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
            "location": "Trụ sở LĐLĐ tỉnh Nghệ An",
            "participants": [
                {"name": "Kha Văn Tám", "role": "chair", "title": "Chủ tịch"},
                {"name": f"Lê Văn {n % 300}", "role": "attendee"},
            ],
            "decisions": [{"text": f"Triển khai kế hoạch số {n}", "kind": "conclusion"}],
            "notes": NOTES,
        }
        yield (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")


# Waiting, and the minute book's screens ---------------------------------------------------------


STEP = 0.02  # seconds between two looks at the condition
INSTALL_HINT = "pip install -e '.[test]'"


async def until(
    pilot: Any, predicate: Callable[[], object], timeout: float = 5, *, what: str = ""
) -> None:
    """Pause in short steps until `predicate()` holds; fail after `timeout` seconds, saying
    `what` was awaited (or the predicate's source line)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout} s for {what or _describe(predicate)}")
        await pilot.pause(STEP)


def wait_until(predicate: Callable[[], object], timeout: float = 15, *, what: str = "") -> None:
    """`until()` for a test outside the app (a real terminal): look every STEP seconds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout} s for {what or _describe(predicate)}")
        time.sleep(STEP)


def _describe(predicate: Callable[[], object]) -> str:
    import inspect

    try:
        return inspect.getsource(predicate).strip()
    except (OSError, TypeError):
        return repr(predicate)


async def settle(app: Any, pilot: Any) -> None:
    """Let what the last key started finish: the messages, the workers, what they hand back."""
    for _ in range(2):
        await pilot.pause()
        await app.workers.wait_for_complete()
    await pilot.pause()


async def searched(app: Any, pilot: Any, text: str) -> None:
    """Wait until the home list shows the whole result of searching `text`."""
    await until(pilot, lambda: app.screen._shown_query == text, what=f"the result of {text!r}")
    await settle(app, pilot)


async def filtered(pilot: Any, screen: Any, text: str) -> None:
    """Wait until a filtered list (people, decisions) shows what `text` filters it to."""
    await until(pilot, lambda: screen.shown_filter == text, what=f"the list filtered by {text!r}")
    await settle(pilot.app, pilot)


# The book, read through the app's store.Book --------------------------------------------------


def meeting_id(app: Any, uid: str) -> int:
    book: store.Book = app.book
    return book.resolve(uid)


def record_of(app: Any, meeting: int | str) -> store.MeetingRecord:
    """A meeting's record, by number or uid."""
    book: store.Book = app.book
    return book.meeting(meeting if isinstance(meeting, int) else book.resolve(meeting))


def every_meeting(app: Any) -> list[store.MeetingRecord]:
    book: store.Book = app.book
    return list(book.iter_meetings())


def count_meetings(app: Any) -> int:
    book: store.Book = app.book
    return len(book.search("", limit=None).ids)


# The edit form -----------------------------------------------------------------------------


async def type_into(pilot: Any, widget: Any, text: str) -> None:
    """Replace what an Input holds, as a paste would (keys are pressed where keys matter;
    moving the focus to each field would only slow the tests down)."""
    widget.value = text
    await pilot.pause()


async def pick(app: Any, pilot: Any, text: str, *keys: str) -> None:
    """Type `text` into the form's person picker, then `keys` (Enter: take the person)."""
    from tui.widgets.person_picker import PersonPicker

    app.screen.query_one(PersonPicker).focus()
    await pilot.press(*text, *keys)
    await settle(app, pilot)


def rows(screen: Any, section: str) -> list[Any]:
    """The rows of a list of the form: participants, decisions or documents."""
    from tui.widgets.decision_editor import RowList

    return screen.query_one(f"#{section}", RowList).rows()


# The installed program ------------------------------------------------------------------------


def console_script() -> Path:
    """The `minutebook` command installed beside this Python; a missing install fails the test."""
    script = Path(sys.executable).parent / "minutebook"
    if not script.exists():
        raise AssertionError(f"the minutebook console script is not installed: {INSTALL_HINT}")
    return script


# Records ------------------------------------------------------------------------------------------


def a_meeting(**changes: Any) -> store.MeetingRecord:
    """A small valid meeting (a chair, a date, a title), with `changes` applied."""
    data: dict[str, Any] = {
        "title": "Hội nghị Ban Chấp hành",
        "date": "2024-03-15",
        "participants": [{"name": "Nguyễn Đình Khang", "role": "chair"}],
    }
    data.update(changes)
    checked = store.validate_record(data, source="test")
    assert isinstance(checked, store.MeetingRecord)
    return checked


def old_book(path: Path) -> None:
    """A SQLite book at schema 0002 holding three meetings, as an early release left it: two
    "hoi nghi" (15/3/2024, 2/1/2023) and one "giao ban" (30/6/2025), each its title's words."""
    from sqlalchemy import text

    old = store.db.open_store(str(path), upgrade=False, create=True)
    store.db.upgrade_schema(old, "0002")
    stamp = "'2024-01-01 00:00:00'"
    with old.engine.begin() as conn:
        for meeting_id, day, body in [(1, "2024-03-15", "hoi nghi"), (2, "2023-01-02", "hoi nghi"),
                                      (3, "2025-06-30", "giao ban")]:  # fmt: skip
            # The search row holds the title's words, as that release wrote it: an upgrade
            # writes the word lists again from the record (store.reindex).
            conn.execute(text(
                "INSERT INTO meeting (id, uid, title, date_start, date_end, date_precision, "
                "date_inferred, created_at, updated_at, version, kind_key, location_key) VALUES "
                f"({meeting_id}, 'u{meeting_id}', '{body}', '{day}', '{day}', 'day', 0, {stamp}, "
                f"{stamp}, 1, '', '')"
            ))  # fmt: skip
            conn.execute(text(f"INSERT INTO meeting_search VALUES ({meeting_id}, ' {body} ')"))
    old.close()


def two_sheet_workbook(path: Path) -> Path:
    """A workbook whose first sheet ("Năm 2024") holds one meeting and whose second ("Ghi chép")
    holds something else: the importer reads the first and names the other in a warning."""
    import openpyxl

    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "Năm 2024"
    first.append(["Ngày", "Tiêu đề"])
    first.append(["2024", "Họp"])
    book.create_sheet("Ghi chép").append(["không phải cuộc họp"])
    book.save(path)
    return path


def generated_book(db: str, folder: Path, count: int, *, seed: int) -> store.Book:
    """A book at `db` holding `count` meetings from bench/generate.py (the same for a seed),
    imported as a user would, from an NDJSON file written in `folder`."""
    bench = str(Path(__file__).resolve().parents[1] / "bench")
    if bench not in sys.path:
        sys.path.insert(0, bench)
    from generate import generate

    source = folder / "meetings.ndjson"
    with source.open("w", encoding="utf-8") as out:
        for record in generate(count, seed=seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    book = store.open_book(db, create=True)
    book.import_files([str(source)])
    return book


def downgraded(db: str, revision: str) -> None:
    """The book at `db` taken back to the schema of migration `revision` (a book made by an
    older release), its data kept as the downgrades leave it."""
    from alembic import command
    from alembic.config import Config

    old = store.db.open_store(db, upgrade=False)
    config = Config()
    config.set_main_option("script_location", str(store.db.MIGRATIONS))
    with old.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
    old.close()


def attendance_of(records: Iterable[store.MeetingRecord]) -> dict[str, tuple[int, int]]:
    """Each person's meetings present (any role but absent) and chaired, counted from the records
    one by one: the oracle the committee's figures are checked against (a meeting once a person,
    whatever roles they held in it; a person only ever absent is there with 0)."""
    present: Counter[str] = Counter()
    chaired: Counter[str] = Counter()
    for record in records:
        roles: dict[str, set[str]] = {}
        for person in record.participants:
            roles.setdefault(person.name, set()).add(person.role)
        for name, held in roles.items():
            present[name] += held != {"absent"}
            chaired[name] += "chair" in held
    return {name: (present[name], chaired[name]) for name in present}
