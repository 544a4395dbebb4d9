"""Tests for bench/generate.py, the synthetic meeting generator.

The generator feeds the import benchmarks, so these check what the importer and the benchmarks
rely on: byte-identical output per seed, the documented record shape (every key, in order),
valid values, and the realism the product must cope with (recurring people, near-twin names,
consistent organisation short forms, NFC text).
"""

from __future__ import annotations

import collections
import importlib.util
import inspect
import itertools
import json
import re
import subprocess
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "bench" / "generate.py"

# bench/ is not a package; load the script as a module (registered first: dataclasses look
# their module up in sys.modules while the class body runs).
_spec = importlib.util.spec_from_file_location("bench_generate", SCRIPT)
assert _spec is not None and _spec.loader is not None
gen = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = gen
_spec.loader.exec_module(gen)

N = 2000

TOP_KEYS = [
    "uid", "title", "kind", "date", "date_inferred", "part_of_day", "start_time", "end_time",
    "location", "organisers", "participants", "decisions", "documents", "notes", "source",
    "created_at", "updated_at", "version",
]
ORG_KEYS = ["name", "short_forms"]
PARTICIPANT_KEYS = ["name", "role", "title"]
DECISION_KEYS = ["text", "kind", "responsible", "due", "status"]
DOCUMENT_KEYS = ["number", "kind", "title", "date"]
ROLES = {"chair", "attendee", "speaker", "secretary", "representative", "absent"}
PARTS = {None, "morning", "noon", "afternoon", "evening"}
DECISION_KINDS = {"decision", "conclusion", "assignment"}
STATUSES = {"open", "done", "dropped"}
# Written out here rather than taken from the generator, so a wrong mapping there fails.
KIND_BY_CODE = {
    "NQ": "Nghị quyết", "TB": "Thông báo", "CT": "Chỉ thị", "CV": "Công văn",
    "NĐ": "Nghị định", "KH": "Kế hoạch", "QĐ": "Quyết định", "KL": "Kết luận",
}
PARTY_SYMBOL = re.compile(r"^\d{2,}-([A-ZĐ]+)/[A-ZĐ]+$")  # 02-NQ/TW, 565-CV/ĐĐTLĐ
STATE_SYMBOL = re.compile(r"^\d+(?:/\d{4})?/([A-ZĐ]+)-[A-Za-zĐ]+$")  # 249/TB-VPCP, 15/2023/NĐ-CP
UID = re.compile(r"^[A-Za-z0-9_.:-]{1,100}$")
HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


def parse_date(value: str) -> str:
    """Validate YYYY, YYYY-MM or YYYY-MM-DD and return the start of the period (YYYY-MM-DD)."""
    formats = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}
    assert len(value) in formats, value
    return time.strftime("%Y-%m-%d", time.strptime(value, formats[len(value)]))


def strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (k, *strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def run_cli(*args: str) -> bytes:
    done = subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True,
                          check=True, timeout=120)
    return done.stdout


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return list(gen.generate(N, seed=1))


# -- determinism and output --------------------------------------------------------------------


def test_same_seed_gives_identical_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "a.ndjson", tmp_path / "b.ndjson"
    run_cli("300", "--seed", "7", "-o", str(first))
    run_cli("300", "--seed", "7", "-o", str(second))
    data = first.read_bytes()
    assert data == second.read_bytes()
    # stdout carries the same bytes as -o, and the API yields the same records.
    assert run_cli("300", "--seed", "7") == data
    lines = data.decode("utf-8").splitlines()
    assert [json.loads(line) for line in lines] == list(gen.generate(300, seed=7))


def test_default_seed_is_one() -> None:
    assert run_cli("20") == run_cli("20", "--seed", "1")


def test_different_seed_gives_different_output() -> None:
    a = list(gen.generate(200, seed=1))
    b = list(gen.generate(200, seed=2))
    assert a != b
    assert [r["title"] for r in a] != [r["title"] for r in b]
    assert {p["name"] for r in a for p in r["participants"]} != {
        p["name"] for r in b for p in r["participants"]
    }


def test_record_count_and_formats(tmp_path: Path) -> None:
    assert run_cli("0") == b""
    ndjson = run_cli("257", "--seed", "3").decode("utf-8")
    assert ndjson.endswith("\n")
    lines = ndjson.splitlines()
    assert len(lines) == 257
    assert all(line.startswith("{") for line in lines)
    assert "\\u" not in ndjson  # ensure_ascii=False: Vietnamese stays readable
    out = tmp_path / "all.json"
    run_cli("257", "--seed", "3", "--format", "json", "-o", str(out))
    array = json.loads(out.read_text(encoding="utf-8"))
    assert array == [json.loads(line) for line in lines]
    assert json.loads(run_cli("0", "--format", "json")) == []
    assert sum(1 for _ in gen.generate(57)) == 57


def test_generate_streams() -> None:
    it = gen.generate(100_000, seed=1)
    assert inspect.isgenerator(it)
    started = time.perf_counter()
    first = list(itertools.islice(it, 3))
    # Building 100,000 records takes tens of seconds; three must come back at once.
    assert time.perf_counter() - started < 10
    assert [r["uid"] for r in first] == ["gen-1-000001", "gen-1-000002", "gen-1-000003"]


# -- shape and values -----------------------------------------------------------------------


def test_keys_in_documented_order(records: list[dict[str, Any]]) -> None:
    for rec in records:
        assert list(rec) == TOP_KEYS
        for org in rec["organisers"]:
            assert list(org) == ORG_KEYS
        for p in rec["participants"]:
            assert list(p) == PARTICIPANT_KEYS
        for d in rec["decisions"]:
            assert list(d) == DECISION_KEYS
        for doc in rec["documents"]:
            assert list(doc) == DOCUMENT_KEYS


def test_values_are_valid(records: list[dict[str, Any]]) -> None:
    uids = set()
    for i, rec in enumerate(records, start=1):
        assert rec["uid"] == f"gen-1-{i:06d}" and UID.match(rec["uid"])
        uids.add(rec["uid"])
        assert rec["source"] == f"gen://1/{i}"
        assert 0 < len(rec["title"]) <= 500 and rec["title"] == rec["title"].strip()
        assert rec["kind"] in {"hội nghị", "buổi làm việc", "phiên họp", "hội nghị ký kết",
                               "giao ban", "hội nghị Ban Chấp hành"}
        start_of_period = parse_date(rec["date"])
        if len(rec["date"]) == 4:  # a year-only date cannot come with a month in the title
            assert not re.search(r"tháng \d|quý [IV]", rec["title"]), rec["title"]
        assert "2016-01-01" <= start_of_period <= "2025-12-31"
        assert isinstance(rec["date_inferred"], bool)
        assert rec["part_of_day"] in PARTS
        if rec["start_time"] is not None:
            assert HHMM.match(rec["start_time"])
        if rec["end_time"] is not None:
            assert rec["start_time"] is not None and HHMM.match(rec["end_time"])
            assert rec["end_time"] >= rec["start_time"]
        assert rec["location"] is None or rec["location"].strip()
        assert 1 <= len(rec["organisers"]) <= 2
        assert all(o["name"] and isinstance(o["short_forms"], list) for o in rec["organisers"])

        roles = collections.Counter(p["role"] for p in rec["participants"])
        assert set(roles) <= ROLES
        assert 1 <= roles["chair"] <= 2
        assert 5 <= roles["attendee"] <= 15
        assert roles["speaker"] <= 3 and roles["secretary"] <= 1
        assert all(p["name"] and (p["title"] is None or p["title"]) for p in rec["participants"])

        assert 1 <= len(rec["decisions"]) <= 5
        for d in rec["decisions"]:
            assert d["text"] and d["kind"] in DECISION_KINDS and d["status"] in STATUSES
            if d["due"] is not None:
                assert parse_date(d["due"]) >= start_of_period[:7]
        assert len(rec["documents"]) <= 3
        for doc in rec["documents"]:
            m = PARTY_SYMBOL.match(doc["number"]) or STATE_SYMBOL.match(doc["number"])
            assert m, doc["number"]
            assert doc["kind"] == KIND_BY_CODE[m.group(1)], doc
            assert doc["title"] and parse_date(doc["date"]) <= start_of_period
        assert 200 <= len(rec["notes"]) <= 1500
        assert TIMESTAMP.match(rec["created_at"]) and rec["updated_at"] == rec["created_at"]
        assert rec["created_at"].startswith(rec["date"])
        assert rec["version"] == 1
    assert len(uids) == len(records)


def test_no_repeated_role_and_chairs_are_not_attendees(records: list[dict[str, Any]]) -> None:
    for rec in records:
        pairs = [(p["name"], p["role"]) for p in rec["participants"]]
        assert len(pairs) == len(set(pairs)), rec["uid"]
        chairs = {n for n, r in pairs if r == "chair"}
        attendees = {n for n, r in pairs if r == "attendee"}
        assert not chairs & attendees, rec["uid"]


def test_both_document_forms_are_cited(records: list[dict[str, Any]]) -> None:
    numbers = {d["number"] for r in records for d in r["documents"]}
    assert any(PARTY_SYMBOL.match(n) for n in numbers)
    assert any(STATE_SYMBOL.match(n) for n in numbers)
    assert any("/NĐ-CP" in n for n in numbers)
    # One number is one document: the same kind, title and date wherever it is cited.
    seen: dict[str, tuple[str, str, str]] = {}
    for r in records:
        for d in r["documents"]:
            key = (d["kind"], d["title"], d["date"])
            assert seen.setdefault(d["number"], key) == key


# -- realism --------------------------------------------------------------------------------


def test_averages_and_date_precision(records: list[dict[str, Any]]) -> None:
    n = len(records)
    participations = sum(len(r["participants"]) for r in records) / n
    decisions = sum(len(r["decisions"]) for r in records) / n
    assert 10 <= participations <= 12.5
    assert 2.7 <= decisions <= 3.3
    widths = collections.Counter(len(r["date"]) for r in records)
    assert 0.05 <= widths[7] / n <= 0.15  # month precision, ~10%
    assert 0.005 <= widths[4] / n <= 0.05  # year precision, ~2%
    assert 0.02 <= sum(r["date_inferred"] for r in records) / n <= 0.09
    years = {r["date"][:4] for r in records}
    assert years == {str(y) for y in range(2016, 2026)}
    with_part = sum(r["part_of_day"] is not None for r in records)
    assert with_part / n > 0.5
    assert any(r["start_time"] for r in records)
    statuses = collections.Counter(d["status"] for r in records for d in r["decisions"])
    assert statuses["open"] > statuses["done"] > statuses["dropped"] > 0
    lengths = sorted(len(r["notes"]) for r in records)
    assert lengths[len(lengths) // 10] < 500 and lengths[-len(lengths) // 10] > 1100


def test_people_recur(records: list[dict[str, Any]]) -> None:
    meetings_of: collections.Counter[str] = collections.Counter()
    for r in records:
        meetings_of.update({p["name"] for p in r["participants"]})
    # The pool is about N/20 people (at least 50), drawn again and again.
    assert len(meetings_of) <= max(50, N // 20)
    assert len(meetings_of) >= 0.8 * max(50, N // 20)
    counts = sorted(meetings_of.values(), reverse=True)
    assert counts[0] >= 300  # Zipf-ish: a few people are in very many meetings
    assert sum(c >= 20 for c in counts) >= 50
    assert counts[0] > 5 * counts[len(counts) // 2]


def test_pool_size_scales_with_n() -> None:
    names = {p["name"] for r in gen.generate(1000, seed=4) for p in r["participants"]}
    assert 40 <= len(names) <= 50
    names = {p["name"] for r in gen.generate(4000, seed=4) for p in r["participants"]}
    assert 160 <= len(names) <= 200


def test_near_twins_exist_and_stay_distinct(records: list[dict[str, Any]]) -> None:
    names = {p["name"] for r in records for p in r["participants"]}
    twins = {"Nguyễn Văn Hải", "Nguyễn Văn Hài", "Nguyễn Văn Hai"}
    assert twins <= names
    assert len({strip_marks(t) for t in twins}) == 1
    # More near-twin groups than the one above, each at least a pair.
    groups = collections.defaultdict(set)
    for name in names:
        groups[strip_marks(name).casefold()].add(name)
    assert sum(len(g) > 1 for g in groups.values()) >= 3


def test_names_look_vietnamese(records: list[dict[str, Any]]) -> None:
    names = {p["name"] for r in records for p in r["participants"]}
    families = collections.Counter(n.split()[0] for n in names)
    assert families.most_common(1)[0][0] == "Nguyễn"
    assert all(3 <= len(n.split()) <= 4 for n in names)
    assert sum(n != strip_marks(n) for n in names) / len(names) > 0.9


def test_organisation_short_forms_are_consistent(records: list[dict[str, Any]]) -> None:
    short_forms: dict[str, list[str]] = {}
    for r in records:
        for org in r["organisers"]:
            assert short_forms.setdefault(org["name"], org["short_forms"]) == org["short_forms"]
    assert short_forms["Tổng Liên đoàn Lao động Việt Nam"] == ["Tổng LĐLĐ Việt Nam"]
    assert any(name.startswith("Liên đoàn Lao động tỉnh ") for name in short_forms)
    assert len(short_forms) >= 10


def test_titles_follow_the_meeting_date(records: list[dict[str, Any]]) -> None:
    history: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    for r in records:
        start = parse_date(r["date"])
        for p in r["participants"]:
            if p["title"]:
                history[p["name"]].append((start, p["title"]))
    promoted = 0
    for name, seen in history.items():
        runs = [title for title, _ in itertools.groupby(t for _, t in sorted(seen))]
        # A title, once left, never comes back: the title shown is the one held then.
        assert len(runs) == len(set(runs)), (name, runs)
        promoted += any(
            a.startswith("Phó Chủ tịch ") and b.endswith(a.removeprefix("Phó "))
            for a, b in itertools.pairwise(runs)
        )
    assert promoted >= 1


def test_text_is_nfc_with_diacritics(records: list[dict[str, Any]]) -> None:
    for r in records:
        for s in strings(r):
            assert unicodedata.is_normalized("NFC", s), s
    all_notes = " ".join(r["notes"] for r in records[:200])
    for word in ("hội nghị", "công đoàn", "người lao động"):
        assert word in all_notes.casefold()
