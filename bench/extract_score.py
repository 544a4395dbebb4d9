"""Score the report extractor on the dev set: `python bench/extract_score.py [-v]`.

Reads every `tests/extract_devset/NAME.txt` with its `NAME.gold.json` and prints, for all reports
and for each split (`seed`: the five seed reports; `dev`: written reports the rules were tuned
on; `held`: written reports kept out of tuning), precision/recall/F1 of chairs, attendees (by
name, and by name and title), speakers and documents; the share of reports whose date is right
(or rightly left open), part of day and place; crashes, invalid drafts and the time per report.

Matching: names by `store.text.name_key`; a title matches when, folded, one contains the other
(a report's "Phó Chủ tịch Tổng Liên đoàn" for the book's "... Lao động Việt Nam"); documents by
`store.text.doc_key`; places, folded, when one contains the other. A gold `date` of null means the
report does not state the year (`day_month` given: the draft must flag "date-year-missing" and
read that day and month) or no date at all (the draft must flag "date-missing").
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store.extract import Draft, extract_report
from store.record import validate_record
from store.text import doc_key, fold, name_key

DEVSET = Path(__file__).resolve().parent.parent / "tests" / "extract_devset"
SPLITS = ("seed", "dev", "held")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, got: set[Any], want: set[Any]) -> None:
        self.tp += len(got & want)
        self.fp += len(got - want)
        self.fn += len(want - got)

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Score:
    reports: int = 0
    counts: dict[str, Counts] = field(default_factory=dict)
    right: dict[str, int] = field(default_factory=dict)
    crashes: int = 0
    invalid: int = 0
    times: list[float] = field(default_factory=list)

    def count(self, name: str) -> Counts:
        return self.counts.setdefault(name, Counts())

    def hit(self, name: str, ok: bool) -> None:
        self.right[name] = self.right.get(name, 0) + int(ok)


def _title_match(got: str | None, want: str | None) -> bool:
    a, b = " ".join(fold(got or "").split()), " ".join(fold(want or "").split())
    return a == b or bool(a and b and (a in b or b in a))


def _people(record: dict[str, Any], role: str) -> dict[str, str | None]:
    return {
        name_key(p["name"]): p.get("title")
        for p in record.get("participants", [])
        if p.get("role") == role
    }


def _with_titles(got: dict[str, str | None], gold: list[dict[str, Any]]) -> tuple[set, set]:
    want = {name_key(g["name"]): g.get("title") for g in gold}
    matched = {(k, "ok") for k, t in got.items() if k in want and _title_match(t, want[k])}
    got_pairs = matched | {(k, "x") for k, t in got.items() if (k, "ok") not in matched}
    return got_pairs, {(k, "ok") for k in want}


def _date_right(draft: Draft, gold: dict[str, Any]) -> bool:
    flags, record = set(draft.flags), draft.record
    if gold.get("date"):
        return record.get("date") == gold["date"] and not flags & {
            "date-year-missing",
            "date-missing",
        }
    if gold.get("day_month"):
        read = [e.value for e in draft.evidence if e.field == "date"]
        return "date-year-missing" in flags and bool(read) and read[0] == gold["day_month"]
    return "date-missing" in flags


def _place_right(got: str | None, want: str | None) -> bool:
    if not want or not got:
        return not want and not got
    a, b = fold(got), fold(want)
    return a in b or b in a


def score_one(score: Score, text: str, gold: dict[str, Any], name: str, verbose: bool) -> None:
    start = time.perf_counter()
    try:
        draft = extract_report(text, source=name)
    except Exception as exc:  # counted, never expected
        score.crashes += 1
        print(f"CRASH {name}: {exc!r}")
        return
    score.times.append((time.perf_counter() - start) * 1000)
    score.reports += 1
    if "extractor-error" in draft.flags:
        score.crashes += 1
    if isinstance(validate_record(draft.record), list):
        score.invalid += 1
    record = draft.record
    problems = []
    for role, key in (("chair", "chairs"), ("attendee", "attendees")):
        got = _people(record, role)
        want = {name_key(g["name"]) for g in gold[key]}
        score.count(f"{key}").add(set(got), want)
        score.count(f"{key}+title").add(*_with_titles(got, gold[key]))
        if set(got) != want:
            problems.append(f"{key}: got {sorted(got)} want {sorted(want)}")
        elif _with_titles(got, gold[key])[0] != _with_titles(got, gold[key])[1]:
            problems.append(f"{key} titles: got {got}")
    speakers = set(_people(record, "speaker"))
    want_speakers = {name_key(n) for n in gold["speakers"]}
    score.count("speakers").add(speakers, want_speakers)
    if speakers != want_speakers:
        problems.append(f"speakers: got {sorted(speakers)} want {sorted(want_speakers)}")
    docs = {doc_key(d["number"]) for d in record.get("documents", [])}
    want_docs = {doc_key(n) for n in gold["documents"]}
    score.count("documents").add(docs, want_docs)
    if docs != want_docs:
        problems.append(f"documents: got {sorted(docs)} want {sorted(want_docs)}")
    checks = {
        "date": _date_right(draft, gold),
        "part of day": record.get("part_of_day") == gold.get("part_of_day"),
        "place": _place_right(record.get("location"), gold.get("place")),
    }
    for what, ok in checks.items():
        score.hit(what, ok)
        if not ok:
            problems.append(
                f"{what}: got {record.get('date')} {record.get('part_of_day')} "
                f"{record.get('location')!r} flags={draft.flags}"
            )
    if verbose and problems:
        print(f"--- {name}")
        for problem in problems:
            print(f"    {problem}")


def report(label: str, score: Score) -> None:
    print(f"\n{label}: {score.reports} reports")
    for name in ("chairs", "attendees", "attendees+title", "chairs+title", "speakers", "documents"):
        p, r, f = score.count(name).prf()
        print(f"  {name:<16} P {p:.2f}  R {r:.2f}  F1 {f:.2f}")
    for name in ("date", "part of day", "place"):
        right = score.right.get(name, 0)
        print(f"  {name:<16} {right}/{score.reports} = {right / max(score.reports, 1):.0%}")
    if score.times:
        print(
            f"  ms per report    p50 {statistics.median(score.times):.1f}  "
            f"max {max(score.times):.1f}"
        )
    print(f"  crashes {score.crashes}, invalid drafts {score.invalid}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list each report's misses")
    parser.add_argument(
        "--show-held", action="store_true", help="with -v, list the held-out reports' misses too"
    )
    args = parser.parse_args()
    extract_report("Chiều 30/5, tại Hà Nội, hội nghị.")  # warm the regex caches
    scores = {split: Score() for split in ("all", *SPLITS)}
    for path in sorted(DEVSET.glob("*.txt")):
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        text = path.read_text(encoding="utf-8")
        for split in ("all", gold["split"]):
            show = args.verbose and split == "all" and (gold["split"] != "held" or args.show_held)
            score_one(scores[split], text, gold, path.name, show)
    for split, score in scores.items():
        report(split, score)
    return 0


if __name__ == "__main__":
    sys.exit(main())
