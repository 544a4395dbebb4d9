"""`minutebook import`: a refused field is said on its own line of the file (with its meeting's
number and uid or title), not on the line its record starts, in a JSON array laid out as people
and `export --format json` write it; NDJSON keeps one line per record.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.helpers import SAMPLE

Run = Any


def sample() -> list[dict[str, Any]]:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def write_json(path: Path, meetings: list[dict[str, Any]]) -> Path:
    """As `minutebook export --format json` writes a book: two spaces a level."""
    path.write_text(json.dumps(meetings, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def line_of(path: Path, text: str) -> int:
    """The only line of the file that holds `text`."""
    [found] = [
        number
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if text in line
    ]
    return found


def problems(result: Any) -> list[str]:
    """The problem lines of a refused import, after checking it said them and nothing else."""
    assert result.exit_code == 1, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert lines[-1].startswith("minutebook: ") and "nothing was written" in lines[-1]
    assert "Traceback" not in result.stderr
    return lines[:-1]


def test_a_bad_date_is_said_on_its_own_line(cli: Run, tmp_path: Path) -> None:
    meetings = sample()[:4]
    meetings[2] = {"uid": "third", "title": "Họp thứ ba", "kind": "họp", "date": "31/02/2024x"}
    path = write_json(tmp_path / "bad.json", meetings)
    opening = line_of(path, '"uid": "third"') - 1
    date = line_of(path, "31/02/2024x")
    assert date == opening + 4  # the record's 5th line: the case a newcomer met
    [problem] = problems(cli("import", str(path)))
    assert problem.startswith(
        f"{path}, record 3 (line {date}, uid 'third'), field 'date': '31/02/2024x' is not a date"
    )


def test_fields_inside_lists_and_missing_fields(cli: Run, tmp_path: Path) -> None:
    meetings = sample()
    meetings[1]["participants"][2]["role"] = "bossman"
    meetings[3]["decisions"][0]["due"] = "soon-ish"
    del meetings[4]["title"]
    path = write_json(tmp_path / "bad.json", meetings)
    # A missing field has no line of its own: the record's first line says where it is lacking.
    opening = line_of(path, f'"uid": "{meetings[4]["uid"]}"') - 1
    uids = [meeting["uid"] for meeting in meetings]
    assert problems(cli("import", str(path))) == [
        f"{path}, record 2 (line {line_of(path, 'bossman')}, uid {uids[1]!r}), field "
        "'participants[3].role': unknown role "
        "'bossman'; use one of chair, attendee, speaker, secretary, representative, absent",
        f"{path}, record 4 (line {line_of(path, 'soon-ish')}, uid {uids[3]!r}), field "
        "'decisions[1].due': 'soon-ish' is not "
        "a date; use 2024-03-15, 15/3/2024, 15/3/24, 2024-03, 3/2024 or 2024",
        f"{path}, record 5 (line {opening}, uid {uids[4]!r}), field 'title': is required",
    ]


def test_a_key_given_twice_is_said_where_its_last_value_is(cli: Run, tmp_path: Path) -> None:
    # The json module keeps the last value of a repeated key: that is the one refused.
    path = tmp_path / "twice.json"
    path.write_text(
        '[\n  {\n    "title": "Họp",\n    "date": "2024-03-01",\n    "kind": "họp",\n'
        '    "date": "2024-13"\n  }\n]\n',
        encoding="utf-8",
    )
    [problem] = problems(cli("import", str(path)))
    assert problem.startswith(f"{path}, record 1 (line 6, title 'Họp'), field 'date': ")


def test_one_line_records_keep_their_line(cli: Run, tmp_path: Path) -> None:
    meetings = sample()[:3]
    meetings[2]["date"] = "2024-13"
    compact = tmp_path / "compact.json"
    compact.write_text(
        "[\n" + ",\n".join(json.dumps(m, ensure_ascii=False) for m in meetings) + "\n]\n",
        encoding="utf-8",
    )
    lines = tmp_path / "lines.ndjson"
    lines.write_text(
        "".join(json.dumps(m, ensure_ascii=False) + "\n" for m in meetings), encoding="utf-8"
    )
    uid = meetings[2]["uid"]
    [problem] = problems(cli("import", str(compact)))
    assert problem.startswith(f"{compact}, record 3 (line 4, uid {uid!r}), field 'date': ")
    [problem] = problems(cli("import", str(lines)))
    assert problem.startswith(f"{lines}, record 3 (line 3, uid {uid!r}), field 'date': ")


def test_under_vietnamese_a_refused_code_names_the_vietnamese_words_too(
    cli: Run, tmp_path: Path
) -> None:
    # A secretary types "thư ký", not "secretary": the refusal offers the words she would type.
    meetings = sample()
    meetings[0]["participants"][0]["role"] = "thư kí trưởng"
    path = write_json(tmp_path / "bad.json", meetings)
    result = cli("--lang", "vi", "import", str(path))
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    said, last = result.stderr.splitlines()
    assert last == "minutebook: 1 lỗi; không ghi gì vào sổ"
    assert said.endswith(
        "dùng một trong: chủ trì (chair), dự (attendee), phát biểu (speaker), thư ký (secretary), "
        "đại diện (representative), vắng (absent)"
    )


def test_each_vietnamese_word_a_refusal_offers_is_accepted() -> None:
    import store
    from store.vocabulary import CODE_WORDS_VI

    base = {"title": "Họp", "date": "2024-03-01"}
    for code, word in CODE_WORDS_VI.items():
        if code in store.vocabulary.ROLES:
            record = {**base, "participants": [{"name": "Lê Văn A", "role": word}]}
            assert store.MeetingRecord.model_validate(record).participants[0].role == code
        elif code in store.vocabulary.DECISION_KINDS:
            record = {**base, "decisions": [{"text": "Giao việc", "kind": word}]}
            assert store.MeetingRecord.model_validate(record).decisions[0].kind == code
        elif code in store.vocabulary.DECISION_STATUSES:
            record = {**base, "decisions": [{"text": "Giao việc", "status": word}]}
            assert store.MeetingRecord.model_validate(record).decisions[0].status == code
        else:  # approved or locked minutes say when and by whom they were approved
            approval = {"approved_on": "2024-03-05", "approved_by": "Hội nghị BCH"}
            record = {
                **base,
                "status": word,
                **(approval if code in ("approved", "locked") else {}),
            }
            assert store.MeetingRecord.model_validate(record).status == code
