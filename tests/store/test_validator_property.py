"""Property tests: whatever the validator and the JSON readers are given, they answer in our terms.

Hypothesis generates records (valid ones, valid ones with one field replaced by anything JSON can
hold, and arbitrary dicts) and JSON text (well-formed, cut short, or random). The validator must
return a MeetingRecord or one-line Problems, never raise; the readers must yield RawRecords, never
raise; a valid record must survive to_json → validate unchanged; and the streaming JSON reader must
read the same records wherever the file's chunks happen to end. Runs are derandomized, so CI sees
the same examples every time.
"""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.errors import Problem
from store.exchange.json_records import read_json, read_ndjson
from store.exchange.raw import RawRecord
from store.record import UID_PATTERN, MeetingRecord, validate_record
from store.text import clean
from store.vocabulary import DECISION_KINDS, DECISION_STATUSES, ROLES

FAST = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

FIELDS = list(MeetingRecord.model_fields)

# Anything JSON can hold: the values a file can put where a field should be. (NaN is added where
# values are validated, not where they are compared: NaN is not equal to itself.)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=True)
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)

# Text a person could type or paste: any character but controls and surrogates.
words = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), min_size=1, max_size=30
).filter(lambda text: clean(text) != "")
vietnamese = st.text(
    st.sampled_from("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
                    "AĂÂĐÊÔƠƯ "),
    min_size=1, max_size=25,
).filter(lambda text: clean(text) != "")  # fmt: skip
names = (words | vietnamese).filter(lambda name: not any(mark in name for mark in "()[]|;"))
notes = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cc", "Cs"), include_characters="\t\n\r"),
    max_size=200,
)


@st.composite
def dates(draw: st.DrawFn) -> str:
    year = draw(st.integers(1900, 2199))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    if precision == "year":
        return str(year)
    month = draw(st.integers(1, 12))
    if precision == "month":
        return draw(st.sampled_from([f"{year}-{month:02d}", f"{month}/{year}"]))
    day = draw(st.integers(1, 28))
    return draw(st.sampled_from([f"{year}-{month:02d}-{day:02d}", f"{day}/{month}/{year}"]))


stamps = st.datetimes(
    min_value=datetime(1900, 1, 2), max_value=datetime(2199, 12, 30), timezones=st.just(UTC)
).map(lambda moment: moment.replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ"))

participants = st.lists(
    st.fixed_dictionaries(
        {"name": names, "role": st.sampled_from(ROLES)},
        optional={"title": words | st.none()},
    ),
    max_size=6,
    unique_by=lambda p: (" ".join(clean(p["name"]).casefold().split()), p["role"]),
)
decisions = st.lists(
    st.fixed_dictionaries(
        {"text": words},
        optional={
            "kind": st.sampled_from([*DECISION_KINDS, "kết luận", "giao nhiệm vụ"]),
            "responsible": words | st.none(),
            "due": dates() | st.none(),
            "status": st.sampled_from([*DECISION_STATUSES, "hoàn thành"]),
        },
    ),
    max_size=4,
)
documents = st.lists(
    st.fixed_dictionaries(
        {"number": words | st.sampled_from(["249/TB-VPCP", "02-NQ/TW", "565-CV/ĐĐTLĐ", "02"])},
        optional={"kind": words, "title": words, "date": dates()},
    ),
    max_size=4,
)
organisers = st.lists(
    names
    | st.fixed_dictionaries({"name": words}, optional={"short_forms": st.lists(words, max_size=3)}),
    max_size=3,
)
valid_records = st.fixed_dictionaries(
    {"title": words, "date": dates()},
    optional={
        "uid": st.from_regex(UID_PATTERN, fullmatch=True),
        "kind": words,
        "date_inferred": st.booleans(),
        "part_of_day": st.sampled_from(
            ["morning", "noon", "afternoon", "evening", "chiều", "Sáng"]
        ),
        "start_time": st.sampled_from(["08:00", "8h", "13h30"]),
        "location": words,
        "organisers": organisers,
        "participants": participants,
        "decisions": decisions,
        "documents": documents,
        "notes": notes,
        "source": words,
        "created_at": stamps,
        "updated_at": stamps,
        "version": st.integers(1, 2**31 - 1),
    },
)


def assert_our_answer(answer: object) -> None:
    """A record, or problems that each print as one bounded line."""
    if isinstance(answer, MeetingRecord):
        return
    assert isinstance(answer, list) and answer, answer
    for problem in answer:
        assert isinstance(problem, Problem)
        line = str(problem)
        assert "\n" not in line and "\r" not in line, line
        assert len(line) < 400, line


@FAST
@given(valid_records)
def test_a_valid_record_round_trips(data: dict[str, Any]) -> None:
    first = validate_record(data)
    assert isinstance(first, MeetingRecord), first
    exported = first.to_json()
    second = validate_record(json.loads(json.dumps(exported)))
    assert second == first
    assert second.to_json() == exported


@FAST
@given(valid_records, st.sampled_from(FIELDS), json_values | st.just(float("nan")))
def test_any_value_in_any_field_gets_an_answer(
    data: dict[str, Any], field: str, value: object
) -> None:
    assert_our_answer(validate_record({**data, field: value}, source="f.json", record=3))


@FAST
@given(
    valid_records,
    st.sampled_from(["participants", "decisions", "documents", "organisers"]),
    st.lists(st.dictionaries(st.sampled_from(
        ["name", "role", "title", "text", "kind", "responsible", "due", "status", "number",
         "date", "short_forms", "extra"]), json_values, max_size=5), min_size=1, max_size=3),
)  # fmt: skip
def test_any_items_in_a_list_field_get_an_answer(
    data: dict[str, Any], field: str, items: list[dict[str, Any]]
) -> None:
    assert_our_answer(validate_record({**data, field: items}, source="f.json", record=1))


@FAST
@given(json_values | st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=10), json_values))
def test_anything_at_all_gets_an_answer(data: object) -> None:
    assert_our_answer(validate_record(data, source="f.json", record=1))


# The readers --------------------------------------------------------------------------------------


class Trickle(io.StringIO):
    """A stream that returns at most `size` characters a read, as a slow pipe may."""

    def __init__(self, text: str, size: int) -> None:
        super().__init__(text)
        self.size = size

    def read(self, size: int | None = -1) -> str:
        wanted = self.size if size is None or size < 0 else min(size, self.size)
        return super().read(wanted)


def read_all(text: str, size: int = 1 << 20) -> list[tuple[int, object]]:
    out = []
    for raw in read_json(Trickle(text, size), "f.json"):
        assert isinstance(raw, RawRecord)
        assert (raw.data is None) != (raw.problem is None)
        out.append((raw.number, raw.data if raw.problem is None else str(raw.problem)))
    return out


json_text = st.text(alphabet='[]{}",:0123456789.-eE tfalsnru\\\n\t\u00e9\ufeff', max_size=80)


@FAST
@given(st.lists(valid_records | json_values, max_size=5), st.integers(1, 40), st.booleans())
def test_the_json_reader_reads_the_same_whatever_the_chunks(
    items: list[Any], size: int, indent: bool
) -> None:
    text = json.dumps(items, ensure_ascii=False, indent=2 if indent else None)
    whole = read_all(text)
    assert read_all(text, size) == whole
    assert [data for _, data in whole if not isinstance(data, str)] == [
        item for item in items if isinstance(item, dict)
    ]


@FAST
@given(st.lists(valid_records, min_size=1, max_size=4), st.data(), st.integers(1, 40))
def test_a_json_file_cut_short_is_a_problem_not_a_crash(
    items: list[Any], data: st.DataObject, size: int
) -> None:
    text = json.dumps(items, indent=1)
    cut = text[: data.draw(st.integers(0, len(text) - 1))]
    answers = read_all(cut, size)
    assert answers == read_all(cut)
    if cut.strip():
        assert isinstance(answers[-1][1], str), answers  # the last thing read is the problem


@FAST
@given(json_text, st.integers(1, 40))
def test_random_text_never_breaks_the_readers(text: str, size: int) -> None:
    assert read_all(text, size) == read_all(text)
    for raw in read_ndjson(io.StringIO(text), "f.ndjson"):
        assert (raw.data is None) != (raw.problem is None)
        if raw.data is not None:
            assert_our_answer(validate_record(raw.data, source="f.ndjson", record=raw.number))


@FAST
@given(st.integers(1, 3000), st.sampled_from(["[", '{"a":', '[{"b":']))
def test_nesting_of_any_depth_is_an_answer(depth: int, opener: str) -> None:
    text = opener * depth
    for answer in read_all(text), read_all(f"[{text}]"):
        assert answer and isinstance(answer[-1][1], str)
    for raw in read_ndjson(io.StringIO(text + "\n"), "f.ndjson"):
        assert raw.problem is not None
