"""`minutebook extract` and `minutebook import --from-report` on the five seed reports.

The real CLI (the `cli` fixture) on a real book: the drafts printed as a table for a secretary and
as JSON that `import` reads back; reports imported as drafts that `status:draft` finds; a file
that cannot be read is one line naming it, never a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import store
from tests.helpers import one_error

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT / "tests" / "extract_devset"
SEEDS = sorted(str(path) for path in DEVSET.glob("seed_*.txt"))


def records(db: str, query: str = "") -> list[store.MeetingRecord]:
    with store.open_book(db) as book:
        return list(book.iter_meetings(query))


def test_extract_prints_a_table_of_values_confidence_and_what_to_check(cli: Any, db: str) -> None:
    assert len(SEEDS) == 5
    result = cli("extract", *SEEDS)
    assert result.exit_code == 0, result.output
    out = result.stdout
    for seed in SEEDS:
        assert Path(seed).name in out
    # The first seed: its year is guessed (30%, to check), its place read (75%).
    assert "Field" in out and "Sure" in out
    assert "30/05/2022? chiều" in out and "30%" in out and "check" in out
    assert "Hà Nội" in out and "75%" in out
    assert "To check:" in out and "the report names nobody who chaired" in out
    assert records(db) == []  # nothing was saved


def test_the_flags_are_in_the_interface_s_language_as_in_the_tui(cli: Any) -> None:
    """The same words as the TUI's draft form: English under --lang en, the extractor's own
    Vietnamese under --lang vi."""
    english = cli("--lang", "en", "extract", SEEDS[0]).stdout
    vietnamese = cli("--lang", "vi", "extract", SEEDS[0]).stdout
    assert "the report names nobody who chaired" in english
    assert "bài không nêu người chủ trì" not in english
    assert "bài không nêu người chủ trì" in vietnamese


def test_a_report_of_a_meeting_in_the_book_names_it_first_as_the_draft_form_does(
    imported: Any,
) -> None:
    """Seed 002 is the sample book's meeting #3, its title spelled out and its place given; the
    report abbreviates the body and gives no place. `extract` names #3 first among the points to
    check, in the draft form's words (`store.twin_said`)."""
    seed_002 = next(seed for seed in SEEDS if "seed_002" in seed)
    said = imported("--lang", "en", "extract", seed_002).stdout
    points = said.split("To check:")[1]
    assert points.lstrip().startswith("- Perhaps already in the book: meeting #3, 20/01/2022")
    assert "a title much alike" in " ".join(points.split())
    assert "#3" not in imported("extract", SEEDS[0]).stdout.split("To check:")[1]


def test_import_from_report_says_a_meeting_already_in_the_book_as_extract_does(
    imported: Any,
) -> None:
    """`import --from-report` saved seed 002, the sample book's meeting #3 told otherwise, and
    said nothing; `extract` and the draft form named #3. The import now names it too, after
    saving the draft, the draft form's words first (`store.twin_said`)."""
    seed_002 = next(seed for seed in SEEDS if "seed_002" in seed)
    said = " ".join(imported("--lang", "en", "import", "--from-report", seed_002).stdout.split())
    assert "1 new" in said
    assert f"{seed_002}: saved as draft #6; to check: Perhaps already in the book: meeting #3, " \
        "20/01/2022" in said
    assert "the report names nobody who chaired." in said  # the draft's own points, after
    again = " ".join(imported("--lang", "en", "import", "--from-report", seed_002).stdout.split())
    assert "1 unchanged" in again and "Perhaps already" not in again  # nothing saved: nothing said
    assert "saved as draft" not in again


def test_import_from_report_names_each_draft_it_saved_and_what_to_check(imported: Any) -> None:
    """The import ended on "`minutebook edit N --status final`" without saying any N: a newcomer
    had to search for the drafts. Each report's draft is named by its number, with its points to
    check in the catalog's language (the record's notes keep them in the report's)."""
    seed_001 = next(seed for seed in SEEDS if "seed_001" in seed)
    said = " ".join(imported("--lang", "vi", "import", "--from-report", seed_001).stdout.split())
    assert f"{seed_001}: đã lưu thành bản nháp #6; cần kiểm tra: bài không ghi ngày họp" in said
    shown = imported("show", "6", "--format", "json").stdout
    assert '"status": "draft"' in shown


def test_a_report_already_in_the_book_is_told_how_to_replace_it(imported: Any) -> None:
    """A report has no uid to give: the advice for a likely duplicate goes through its JSON."""
    seed_003 = next(seed for seed in SEEDS if "seed_003" in seed)
    result = imported("import", "--from-report", seed_003)
    said = one_error(result, 1)  # nothing new: the one report was in the book already
    assert said.endswith("a likely duplicate of one in the book; nothing was imported")
    said = " ".join(result.stdout.split())
    assert "1 likely duplicates (not imported)" in said
    assert f"{seed_003}: same date, title and place as meeting #4 but other content" in said
    assert f"`minutebook extract {seed_003} --format json`, give it uid" in said


def test_extract_json_imports_into_a_real_book_as_drafts(cli: Any, db: str, tmp_path: Path) -> None:
    """`extract` says "draft: check it before it goes into the book": its JSON, imported, is a
    draft too (it once went in as final minutes), with what to check kept in its notes."""
    result = cli("extract", *SEEDS, "--format", "json")
    assert result.exit_code == 0, result.output
    drafts = json.loads(result.stdout)
    assert len(drafts) == 5 and all(draft["status"] == "draft" for draft in drafts)
    path = tmp_path / "m.json"
    path.write_text(result.stdout, encoding="utf-8")
    imported = cli("import", str(path))
    assert imported.exit_code == 0, imported.output
    assert "5 new" in imported.stdout
    saved = records(db)
    assert len(saved) == 5 and {r.status for r in saved} == {"draft"}
    assert len(records(db, "status:draft")) == 5
    first = next(r for r in saved if r.source == SEEDS[0])
    assert first.notes and "bài không nêu người chủ trì" in first.notes  # the flag, kept
    assert "draft: to review" in cli("show", "--", first.uid or "").stdout
    titles = {r.title for r in saved}
    assert "Hội nghị ký kết Quy chế phối hợp giữa hai cơ quan giai đoạn 2022-2025" in titles
    again = cli("import", str(path))  # the same drafts again change nothing
    assert again.exit_code == 0 and "0 new" in again.stdout and "5 unchanged" in again.stdout


def test_import_from_report_saves_drafts_that_status_draft_finds(cli: Any, db: str) -> None:
    result = cli("import", "--from-report", *SEEDS[:2])
    assert result.exit_code == 0, result.output
    assert "2 new" in result.stdout and "status:draft" in result.stdout
    people = {p.name for r in records(db, "status:draft") for p in r.participants}
    assert f"People: {len(people)} new, 0 already in the book." in result.stdout
    drafts = records(db, "status:draft")
    assert len(drafts) == 2 and {r.status for r in drafts} == {"draft"}
    assert {r.source for r in drafts} == set(SEEDS[:2])
    found = cli("search", "status:draft", "--format", "json")
    assert found.exit_code == 0 and len(json.loads(found.stdout)) == 2
    assert cli("search", "status:final").exit_code == 1  # nothing final yet
    shown = cli("show", "1")
    assert "Status" in shown.stdout and "draft: to review" in shown.stdout
    listed = cli("list")
    assert listed.stdout.count("[draft]") == 2
    marked = cli("edit", "1", "--status", "final")
    assert marked.exit_code == 0, marked.output
    assert [r.status for r in records(db, "status:final")] == ["final"]
    assert "Status: final" in cli("show", "1").stdout  # checked: nothing left to do


def test_an_empty_report_is_refused_and_no_draft_of_nothing_is_saved(
    cli: Any, db: str, tmp_path: Path
) -> None:
    """An empty file (or one of spaces and blank lines) once became a meeting "(chưa rõ tên)"
    dated by a guess; now it is one line naming it, and the book is untouched."""
    empty = tmp_path / "trong.txt"
    empty.write_text("")
    blank = tmp_path / "cach.txt"
    blank.write_text("\n   \n\t\n", encoding="utf-8")
    for path in (empty, blank):
        result = cli("import", "--from-report", str(path))
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert result.stderr.strip().splitlines() == [
            f"minutebook: {path}: empty: there is no report in it to read a meeting from",
            "minutebook: 1 report could not be read; nothing was written",
        ]
    result = cli("extract", "-", input="  \n")
    assert result.exit_code == 1
    assert "standard input: empty" in result.stderr
    assert records(db) == []


def test_a_report_that_cannot_be_read_is_one_line(cli: Any, db: str, tmp_path: Path) -> None:
    missing = tmp_path / "khong-co.txt"
    binary = tmp_path / "anh.txt"
    binary.write_bytes(b"\xff\xd8\xff\xe0 not text")
    result = cli("extract", str(missing))
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"minutebook: {missing}: cannot read it: no such file or directory"
    ]
    result = cli("extract", str(binary), SEEDS[0], "--format", "json")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.strip().splitlines() == [
        f"minutebook: {binary}: not UTF-8 text at byte 0; save the report as UTF-8 text or HTML"
    ]
    assert len(json.loads(result.stdout)) == 1  # the readable report is still printed
    imported = cli("import", "--from-report", SEEDS[0], str(tmp_path))
    assert imported.exit_code == 1
    assert imported.stderr.strip().splitlines() == [
        f"minutebook: {tmp_path}: is a folder, not a report file",
        "minutebook: 1 report could not be read; nothing was written",
    ]
    assert records(db) == []


def test_an_html_report_is_stripped_to_text(cli: Any, db: str, tmp_path: Path) -> None:
    page = tmp_path / "bai.html"
    text = Path(SEEDS[4]).read_text(encoding="utf-8")
    paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
    page.write_text(f"<html><body><article>{paragraphs}</article></body></html>", "utf-8")
    result = cli("extract", str(page), "--format", "json")
    assert result.exit_code == 0, result.output
    [draft] = json.loads(result.stdout)
    assert "<p>" not in draft["notes"] and draft["date"] == "2024-03-15"


def test_from_report_refuses_the_options_of_record_files(cli: Any, db: str) -> None:
    result = cli("import", "--from-report", "--dry-run", SEEDS[0])
    assert result.exit_code == 2 and "minutebook extract" in result.stderr


def test_extract_table_shows_each_decisions_owner_and_deadline(
    cli: Any, db: str, tmp_path: Path
) -> None:
    report = tmp_path / "bai.txt"
    report.write_text(
        "Sáng 5/9/2024, tại Đà Lạt, Ban Thường vụ Công đoàn ngành Y tế tỉnh họp phiên thường kỳ."
        "\n\nKết luận phiên họp, đồng chí Đặng Văn Lực giao Văn phòng tổng hợp ý kiến, báo cáo "
        "trước ngày 30/9/2024.\n",
        encoding="utf-8",
    )
    out = cli("extract", str(report)).stdout
    assert "  Responsible  Văn phòng" in out and "  Due" in out and "30/09/2024" in out
    vi = cli("--lang", "vi", "extract", str(report)).stdout
    assert "Đơn vị/người thực hiện" in vi and "Hạn" in vi


def test_at_80_columns_the_header_is_not_cut_mid_phrase(
    cli: Any, db: str, tmp_path: Path, monkeypatch: Any
) -> None:
    """`extract FILE` at 80 columns once split its header after "check it before it", the file
    name and the note sharing a line too narrow for both; the note now goes on its own line when
    they do not fit, and beside the name when they do."""
    from rich.console import Console

    from commands import output

    name = "bao-cao-hoi-nghi-ky-ket-quy-che-nghe-an.txt"  # 42 columns, and the note's 46
    (tmp_path / name).write_text(Path(SEEDS[1]).read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    kept = output.out._console
    note = "draft: check it before it goes into the book"
    try:
        for columns in (80, 140):
            output.out._console = Console(
                width=columns, markup=False, highlight=False, emoji=False, soft_wrap=False
            )
            lines = cli("extract", name).stdout.splitlines()
            assert all(len(line) <= columns for line in lines)
            if columns == 80:
                assert lines[:2] == [name, f"  {note}"]
            else:
                assert lines[0] == f"{name}  {note}"
    finally:
        output.out._console = kept


def test_a_point_to_check_wraps_under_its_own_words(imported: Any) -> None:
    # A newcomer at 80 columns saw the "Perhaps already in the book" point run back to column 0.
    from rich.console import Console

    from commands import output

    seed_002 = next(seed for seed in SEEDS if "seed_002" in seed)
    kept = output.out._console
    try:
        output.out._console = Console(
            width=80, markup=False, highlight=False, emoji=False, soft_wrap=False
        )
        said = imported("--lang", "en", "extract", seed_002).stdout
    finally:
        output.out._console = kept
    lines = [line for line in said.split("To check:")[1].splitlines() if line.strip()]
    assert lines[0].startswith("  - Perhaps already in the book")
    assert lines[1].startswith("    ") and not lines[1].startswith("    -")  # its second line


def test_a_person_in_two_roles_is_one_row_naming_both(cli: Any) -> None:
    # A newcomer read seed_002's Chu Bá Long, who spoke and represented his body, as two people:
    # the table had a row for each role. It is one row, its roles together, in both languages.
    seed_002 = next(seed for seed in SEEDS if "seed_002" in seed)
    for language, roles in (("en", ("Spoke", "Representative")), ("vi", ("Phát biểu", "Đại diện"))):
        said = cli("--lang", language, "extract", seed_002).stdout
        named = [line for line in said.splitlines() if "Chu Bá Long" in line]
        assert len(named) == 1, said
        assert " ".join(named[0].split("Chu Bá Long")[0].split()) == ", ".join(roles), said
