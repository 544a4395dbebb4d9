"""Score the report extractor on the dev set: `python bench/extract_score.py [-v] [--tuning]`.

Reads every `tests/extract_devset/NAME.txt` with its `NAME.gold.json` and prints one table, a column
per split: `dev` to `dev24` (written reports the rules may be tuned on),
`held` to `held22` (written reports kept out of tuning: never read them, nor
their misses, while writing rules), `seed` (the five real reports); then the files pooled:
`tuning` (every tuning file, `seed` included), `held-out` (every held-out file: what to expect on
text nobody tuned on, one figure a row) and `all`. `-v` lists each tuning report's misses;
`--show-held` adds the held-out ones. `--tuning` leaves the held-out files unopened and their
columns out, so the figures looked at while writing rules are the tuning splits' only.

Rows: chairs F1 (names); people F1 (name and title: chairs, attendees and, where the gold lists
them, secretaries, each in its role), and the same with a speaker's attendance read either way (the
golds disagree on whether a person who speaks or presents also attended: a gold speaker whom the
draft and the gold list differently among the attendees is left out of that row); attendees and
speakers F1 (names); meeting date right or rightly left open; part of day and place; decisions
P/R/F1 and the share of matched ones whose kind is right; documents recall; organisers F1; time per
report (p50, p99); crashes and invalid drafts. A gold file without `decisions` or `organisers` (the
first dev and held reports) is not counted in that row.

Matching:
- names by `store.text.name_key`; a title matches when, folded, one contains the other (a report's
  "Phó Chủ tịch Tổng Liên đoàn" for the book's "... Lao động Việt Nam"); documents by
  `store.text.doc_key`; places, folded, when one contains the other.
- date: a gold `date` of null means the report does not state the year (`day_month` given: the
  draft must flag "date-year-missing" and read that day and month; if the gold also gives
  `year_range` [first, last], because the report names a term or other bounding years, the guessed
  year must fall in it) or no date at all (the draft must flag "date-missing").
- decisions, one to one (a maximum matching): an extracted item matches a gold item when it
  covers at least half of the gold item's content words and at least half of its own content
  words are in the gold item (it is not mostly other text). Content words: `store.text.tokens`
  (folded words, numbers kept) minus STOP_WORDS, as sets.
- organisers, one to one: words folded with the abbreviations of `store.text.ABBREVIATIONS`
  spelled out; an extracted organiser matches a gold one when its words equal the gold name's or
  a short form's, or one is a run of words inside the other and covers at least half of it
  ("Ban Chấp hành LĐLĐ tỉnh Thanh Hóa" for "Liên đoàn Lao động tỉnh Thanh Hóa").
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
from store.text import ABBREVIATIONS, doc_key, fold, name_key, tokens

DEVSET = Path(__file__).resolve().parent.parent / "tests" / "extract_devset"
SPLITS = (
    "dev",
    "dev2",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "dev9",
    "dev10",
    "dev11",
    "dev12",
    "dev13",
    "dev14",
    "dev15",
    "dev16",
    "dev17",
    "dev18",
    "dev19",
    "dev20",
    "dev21",
    "dev22",
    "dev23",
    "dev24",
    "held",
    "held2",
    "held3",
    "held4",
    "held5",
    "held6",
    "held7",
    "held8",
    "held9",
    "held10",
    "held11",
    "held12",
    "held13",
    "held14",
    "held15",
    "held16",
    "held17",
    "held18",
    "held19",
    "held20",
    "held21",
    "held22",
    "seed",
)
# The held-out splits' misses are listed only with --show-held.
TUNING = {
    "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11",
    "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21",
    "dev22", "dev23", "dev24", "seed",
}  # fmt: skip

# Function words left out of a decision's content words: particles, prepositions, conjunctions,
# classifiers and the verbs of reporting that frame a decision rather than say it.
_STOP_TEXT = """
    va voi cua cho cac nhung mot la thi ma de tai trong tren duoi ve tu den theo sau khi
    nay do da se dang duoc bi co khong chua cung con nua hon rat moi vao ra nhu bang qua
    cua viec su ky lan nhat cung dong chi ong ba anh chi thay co
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, got: set[Any], want: set[Any]) -> None:
        self.tp += len(got & want)
        self.fp += len(got - want)
        self.fn += len(want - got)

    def add_matched(self, matched: int, got: int, want: int) -> None:
        self.tp += matched
        self.fp += got - matched
        self.fn += want - matched

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
    asked: dict[str, int] = field(default_factory=dict)
    crashes: int = 0
    invalid: int = 0
    times: list[float] = field(default_factory=list)

    def count(self, name: str) -> Counts:
        return self.counts.setdefault(name, Counts())

    def hit(self, name: str, ok: bool) -> None:
        self.right[name] = self.right.get(name, 0) + int(ok)
        self.asked[name] = self.asked.get(name, 0) + 1


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
        if not ("date-year-missing" in flags and bool(read) and read[0] == gold["day_month"]):
            return False
        if gold.get("year_range"):
            first, last = gold["year_range"]
            year = str(record.get("date") or "")[:4]
            return year.isdigit() and first <= int(year) <= last
        return True
    return "date-missing" in flags


def _place_right(got: str | None, want: str | None) -> bool:
    if not want or not got:
        return not want and not got
    a, b = fold(got), fold(want)
    return a in b or b in a


def content_words(text: str) -> frozenset[str]:
    """A decision's content words: its folded words, numbers kept, minus STOP_WORDS."""
    return frozenset(word for word in tokens(text) if word not in STOP_WORDS)


def decision_matches(got: str, want: str) -> bool:
    """The stated rule: `got` covers at least half of `want`'s content words, and at least half
    of its own content words are in `want`."""
    g, w = content_words(got), content_words(want)
    if not g or not w:
        return False
    shared = len(g & w)
    return 2 * shared >= len(w) and 2 * shared >= len(g)


def _organiser_words(name: str) -> list[str]:
    words: list[str] = []
    for word in tokens(name):
        words.extend(ABBREVIATIONS.get(word, word).split())
    return words


def _inside(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def organiser_matches(got: str, want: dict[str, Any]) -> bool:
    g = _organiser_words(got)
    for form in (want["name"], *want.get("short_forms", [])):
        w = _organiser_words(form)
        short, long = sorted((g, w), key=len)
        if g == w or (short and _inside(short, long) and 2 * len(short) >= len(long)):
            return True
    return False


def one_to_one(got: list[Any], want: list[Any], matches: Any) -> dict[int, int]:
    """A maximum one-to-one matching (augmenting paths): gold index → extracted index."""
    edges = [[j for j, g in enumerate(got) if matches(g, w)] for w in want]
    owner: dict[int, int] = {}  # extracted index → gold index

    def place(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or place(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(want)):
        place(i, set())
    return {i: j for j, i in owner.items()}


def _score_people(
    score: Score, record: dict[str, Any], gold: dict[str, Any], problems: list
) -> None:
    roles = [("chair", "chairs"), ("attendee", "attendees")]
    if "secretaries" in gold:
        roles.append(("secretary", "secretaries"))
    gold_speakers = {name_key(n) for n in gold["speakers"]}
    for role, key in roles:
        got = _people(record, role)
        want = {name_key(g["name"]) for g in gold[key]}
        score.count(key).add(set(got), want)
        pairs = _with_titles(got, gold[key])
        score.count("people+title").add(*pairs)
        # The golds disagree on whether a person who speaks also attended: leave out a speaker
        # that the draft and the gold list differently among the attendees.
        moot = gold_speakers & (set(got) ^ want) if role == "attendee" else set()
        score.count("people+title, speakers either way").add(
            *_with_titles(
                {k: t for k, t in got.items() if k not in moot},
                [g for g in gold[key] if name_key(g["name"]) not in moot],
            )
        )
        if set(got) != want:
            problems.append(f"{key}: got {sorted(got)} want {sorted(want)}")
        elif pairs[0] != pairs[1]:
            problems.append(f"{key} titles: got {got}")
    speakers = set(_people(record, "speaker"))
    want_speakers = {name_key(n) for n in gold["speakers"]}
    score.count("speakers").add(speakers, want_speakers)
    if speakers != want_speakers:
        problems.append(f"speakers: got {sorted(speakers)} want {sorted(want_speakers)}")


def _score_decisions(
    score: Score, record: dict[str, Any], gold: dict[str, Any], problems: list
) -> None:
    if "decisions" not in gold:
        return
    got = [d for d in record.get("decisions", []) if d.get("text")]
    want = gold["decisions"]
    pairs = one_to_one([d["text"] for d in got], [d["text"] for d in want], decision_matches)
    score.count("decisions").add_matched(len(pairs), len(got), len(want))
    for i, j in pairs.items():
        score.hit("decision kind", got[j].get("kind") == want[i].get("kind"))
    for i, w in enumerate(want):
        if i not in pairs:
            problems.append(f"decision missed: {w['text'][:90]}")
    for j in set(range(len(got))) - set(pairs.values()):
        problems.append(f"decision extra: {got[j]['text'][:90]}")


def _score_organisers(
    score: Score, record: dict[str, Any], gold: dict[str, Any], problems: list
) -> None:
    if "organisers" not in gold:
        return
    got = [o["name"] for o in record.get("organisers", [])]
    want = gold["organisers"]
    pairs = one_to_one(got, want, organiser_matches)
    score.count("organisers").add_matched(len(pairs), len(got), len(want))
    if len(pairs) != len(got) or len(pairs) != len(want):
        problems.append(f"organisers: got {got} want {[w['name'] for w in want]}")


def extract(text: str, name: str) -> tuple[Draft | None, float]:
    """The draft of one report and the milliseconds it took (None if the extractor crashed)."""
    start = time.perf_counter()
    try:
        draft = extract_report(text, source=name)
    except Exception as exc:  # counted, never expected
        print(f"CRASH {name}: {exc!r}")
        return None, 0.0
    return draft, (time.perf_counter() - start) * 1000


def score_one(
    score: Score, draft: Draft | None, ms: float, gold: dict[str, Any], name: str, verbose: bool
) -> None:
    if draft is None:
        score.crashes += 1
        return
    score.times.append(ms)
    score.reports += 1
    if "extractor-error" in draft.flags:
        score.crashes += 1
    if isinstance(validate_record(draft.record), list):
        score.invalid += 1
    record = draft.record
    problems: list[str] = []
    _score_people(score, record, gold, problems)
    docs = {doc_key(d["number"]) for d in record.get("documents", [])}
    want_docs = {doc_key(n) for n in gold["documents"]}
    score.count("documents").add(docs, want_docs)
    if docs != want_docs:
        problems.append(f"documents: got {sorted(docs)} want {sorted(want_docs)}")
    _score_decisions(score, record, gold, problems)
    _score_organisers(score, record, gold, problems)
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


def _p99(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]


def rows(score: Score) -> dict[str, str]:
    """The table's cells for one split, by row label."""

    def f1(name: str) -> str:
        counts = score.count(name)
        if not counts.tp + counts.fp + counts.fn:
            return "-"
        return f"{counts.prf()[2]:.2f}"

    def share(name: str) -> str:
        asked = score.asked.get(name, 0)
        return f"{score.right.get(name, 0) / asked:.2f}" if asked else "-"

    decisions = score.count("decisions")
    p, r, f = decisions.prf()
    has_decisions = decisions.tp + decisions.fp + decisions.fn
    documents = score.count("documents")
    return {
        "reports": str(score.reports),
        "chairs F1": f1("chairs"),
        "people F1 (name+title)": f1("people+title"),
        "… speakers either way": f1("people+title, speakers either way"),
        "attendees F1": f1("attendees"),
        "speakers F1": f1("speakers"),
        "date right/open": share("date"),
        "part of day": share("part of day"),
        "place": share("place"),
        "decisions P/R": f"{p:.2f}/{r:.2f}" if has_decisions else "-",
        "decisions F1": f"{f:.2f}" if has_decisions else "-",
        "decision kind right": share("decision kind"),
        "documents recall": f"{documents.prf()[1]:.2f}" if documents.tp + documents.fn else "-",
        "organisers F1": f1("organisers"),
        "ms p50": f"{statistics.median(score.times):.1f}" if score.times else "-",
        "ms p99": f"{_p99(score.times):.1f}" if score.times else "-",
        "crashes/invalid": f"{score.crashes}/{score.invalid}",
    }


def print_table(scores: dict[str, Score]) -> None:
    columns = {split: rows(score) for split, score in scores.items()}
    labels = list(next(iter(columns.values())))
    width = max(len(label) for label in labels)
    print(f"{'':<{width}}" + "".join(f"{split:>11}" for split in columns))
    for label in labels:
        print(f"{label:<{width}}" + "".join(f"{cells[label]:>11}" for cells in columns.values()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list each report's misses")
    parser.add_argument(
        "--show-held", action="store_true", help="with -v, list the held-out reports' misses too"
    )
    parser.add_argument(
        "--tuning",
        action="store_true",
        help="score the tuning splits only; the held-out files are not even opened",
    )
    args = parser.parse_args()
    extract_report("Chiều 30/5, tại Hà Nội, hội nghị.")  # warm the regex caches
    splits = [s for s in SPLITS if s in TUNING] if args.tuning else list(SPLITS)
    # Pooled columns: every tuning file, every held-out file (what to expect on text nobody
    # tuned on, in one figure per row), and all of them.
    pooled = ("all",) if args.tuning else ("tuning", "held-out", "all")
    scores = {split: Score() for split in (*splits, *pooled)}
    for path in sorted(DEVSET.glob("*.txt")):
        if path.name.split("_")[0] not in splits:
            continue  # a held-out file under --tuning, or one of no known split
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        draft, ms = extract(path.read_text(encoding="utf-8"), path.name)
        group = "tuning" if gold["split"] in TUNING else "held-out"
        for split in (gold["split"], *(() if args.tuning else (group,)), "all"):
            own = split == gold["split"]
            show = args.verbose and own and (gold["split"] in TUNING or args.show_held)
            score_one(scores[split], draft, ms, gold, path.name, show)
    print_table(scores)
    return 0


if __name__ == "__main__":
    sys.exit(main())
