"""The relevance set of issue 14: does the search return the meetings a secretary expects?

    python bench/relevance.py              # builds bench/out/relevance/*.db once, then reuses them
    python bench/relevance.py --verbose    # and each query that misses a target, with why
    python bench/relevance.py --db URL --issue-db URL2   # other books (PostgreSQL): see below

The relevance book (`relevance_records`): the five sample meetings, a draft of every seed and
development report of tests/extract_devset (`seed_*`, `dev_*`; never `held_*`, the extractor's own
held-out set), made as `minutebook import --from-report` makes one and given the uid
`draft-<report's stem>`, and GENERATED meetings of bench/generate.py (seed SEED): about a hundred
people, so Nguyễn, Trần and Lê collide, the near-twins Hải, Hài and Hai meet, and name syllables
are also words of the text (khẳng định, đình công, Hà Nội, tăng cường). Beside it, issue 14's own
book: the samples plus the draft of seed 002, made in a book holding the samples.

The queries (bench/relevance/queries.toml) are written by hand; what each must return, and what
it can match at all under the lead's marks rule, is judged on the records themselves, never by
running the search (bench/relevance/judging.py). Each query runs through the book's one search,
`Book.search(text, limit=None)`, its results in the search's default order, and is scored:

- P@10: the share of the first min(10, |must|) results that it must return (a page cannot be
  purer than the number of right answers allows); R@10: the share of min(10, |must|) that the
  first page holds; R: the share of must anywhere in the results;
- outside: results it cannot match (marks typed are marks meant; a field keeps its meaning);
- decoys above: results on the first page that match only its words, not what it means (its
  matches it need not return, plus its `not_above`), shown above a meeting it must return.

Targets (issue 14): P@10 ≥ 0.95 on average for person-name queries; R = 1 for every query; no
outside, no decoy above, and issue 14's own case. `--db URL` scores another book: an empty one
is filled (a PostgreSQL database fresh from `minutebook --db URL db upgrade`); one holding exactly
the relevance book's meetings (`minutebook --db bench/out/relevance/book.db db copy --to URL`) is
used as it is; any other is refused. `--issue-db URL` does the same for issue 14's book.
Tests: tests/test_relevance.py.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# bench/ is not a package: generate.py and the judge are imported from their folders.
sys.path.insert(0, str(ROOT / "bench" / "relevance"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from generate import generate  # noqa: E402
from judging import CLASSES, Judged, Record, judge  # noqa: E402

import store  # noqa: E402

QUERIES = ROOT / "bench" / "relevance" / "queries.toml"
OUT = ROOT / "bench" / "out" / "relevance"
SAMPLE = ROOT / "sample_data" / "meetings.json"
REPORTS = ROOT / "tests" / "extract_devset"
GENERATED, SEED = 2000, 14
ISSUE_REPORT = "seed_002_107dd93cdbd04994"
PAGE = 10
PERSON_CLASSES = ("person", "surname", "near-twin")
MIN_PRECISION = 0.95


# The books ----------------------------------------------------------------------------------------


def load_queries(path: Path = QUERIES) -> dict[str, Any]:
    with path.open("rb") as file:
        return tomllib.load(file)


def report_files() -> list[Path]:
    """The reports drafted into the book: seed and development, never the held-out ones."""
    return sorted(p for p in REPORTS.glob("*.txt") if p.name.startswith(("seed_", "dev_")))


def add(book: store.Book, records: Sequence[Record]) -> None:
    valid = []
    for number, record in enumerate(records, start=1):
        checked = store.validate_record(record, source="relevance", record=number)
        if isinstance(checked, list):
            raise ValueError(f"relevance: record {number} is invalid: {checked[0]}")
        valid.append(checked)
    book.import_records(valid)


def drafts(book: store.Book, reports: Iterable[Path]) -> list[Record]:
    """Each report's draft record, as `minutebook import --from-report` makes it, with a uid."""
    made = []
    for path in reports:
        text, html = store.read_report(str(path))
        draft = book.draft_from_report(text, source=path.name, html=html)
        made.append({**store.draft_record(draft), "uid": f"draft-{path.stem}"})
    return made


def relevance_records() -> tuple[list[Record], list[Record]]:
    """The relevance book's records and issue 14's book's, made in a scratch book so they do not
    depend on the book they go into (a draft spells people as the directory it meets does)."""
    sample = json.loads(SAMPLE.read_text(encoding="utf-8"))
    generated = list(generate(GENERATED, seed=SEED))
    with (
        tempfile.TemporaryDirectory() as folder,
        store.open_book(str(Path(folder) / "scratch.db"), create=True) as scratch,
    ):
        add(scratch, sample)
        issue = sample + drafts(scratch, [REPORTS / f"{ISSUE_REPORT}.txt"])
        add(scratch, generated)
        book = sample + generated + drafts(scratch, report_files())
    return book, issue


def fingerprint(records: Sequence[Record]) -> str:
    """The records and the store's migrations: a new schema (a new index) means a new book."""
    migrations = sorted(p.name for p in (ROOT / "store" / "migrations" / "versions").glob("*.py"))
    text = json.dumps([migrations, records], ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def book_uids(book: store.Book) -> dict[int, str]:
    """Every meeting's uid by its number."""
    ids = book.search("", limit=None, count=False).ids
    return {line.id: line.uid for line in book.summaries(ids)}


class OtherBook(Exception):
    """The book given holds meetings, and not the ones of the book this script builds."""


def ready(url: str, records: Sequence[Record]) -> None:
    """Fill the book at `url` when it is empty; refuse it when it holds other meetings."""
    with store.open_book(url, create=True) as book:
        held = set(book_uids(book).values())
        if not held:
            add(book, records)
        elif held != {record["uid"] for record in records}:
            raise OtherBook(
                f"relevance: {book.display_url} holds other meetings than this book should; "
                "give an empty book or a copy of one this script built"
            )


def cached(name: str, records: Sequence[Record], *, rebuild: bool) -> str:
    """The SQLite book bench/out/relevance/NAME.db, built again when its records changed."""
    OUT.mkdir(parents=True, exist_ok=True)
    path, stamp = OUT / f"{name}.db", OUT / f"{name}.fingerprint"
    wanted = fingerprint(records)
    if rebuild or not path.exists() or not stamp.exists() or stamp.read_text() != wanted:
        for stale in (path, *OUT.glob(f"{name}.db-*"), stamp):
            stale.unlink(missing_ok=True)
        ready(str(path), records)
        stamp.write_text(wanted)
    return str(path)


# Scores -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Score:
    judged: Judged
    precision: float  # P@10, see the module
    page_recall: float  # R@10
    recall: float  # R
    outside: tuple[str, ...]
    decoys_above: tuple[str, ...]
    missing: tuple[str, ...]
    error: str = ""

    @property
    def met(self) -> bool:
        """Every target of its class met (precision for the person-name classes only)."""
        precise = self.judged.kind not in PERSON_CLASSES or self.precision >= MIN_PRECISION
        return precise and self.recall == 1.0 and not self.outside and not self.decoys_above


def score(judged: Judged, results: Sequence[str], error: str = "") -> Score:
    must, top = judged.must, list(results[: min(PAGE, len(judged.must))])
    found = [uid for uid in results if uid in must]
    last = max((i for i, uid in enumerate(results) if uid in must), default=-1)
    return Score(
        judged=judged,
        precision=sum(uid in must for uid in top) / len(top) if top else 0.0,
        page_recall=sum(uid in must for uid in results[:PAGE]) / min(PAGE, len(must)),
        recall=len(set(found)) / len(must),
        outside=tuple(uid for uid in results if uid not in judged.allowed),
        decoys_above=tuple(
            uid for i, uid in enumerate(results[:PAGE]) if uid in judged.decoys and i < last
        ),
        missing=tuple(sorted(must - set(found))),
        error=error,
    )


def run_queries(book: store.Book, judged: Sequence[Judged]) -> list[Score]:
    """Each query through the book's one search, every result in its default order."""
    uids = book_uids(book)
    scores = []
    for query in judged:
        try:
            ids = book.search(query.text, limit=None).ids
        except store.QueryError as exc:
            scores.append(score(query, [], error=str(exc)))
            continue
        scores.append(score(query, [uids[i] for i in ids]))
    return scores


@dataclass(frozen=True)
class IssueCase:
    """Issue 14's own case, one query: the meetings it must return first, and the draft."""

    text: str
    ok: bool
    why: str


def issue_case(book: store.Book, spec: Mapping[str, Any]) -> list[IssueCase]:
    """`first` must be exactly the first results; the draft never (marks typed) or only below."""
    uids = book_uids(book)
    case = spec["issue"]
    first, draft = set(case["first"]), case["draft"]
    checked = []
    for query in case["query"]:
        results = [uids[i] for i in book.search(query["text"], limit=None).ids]
        head = results[: len(first)]
        if set(head) != first:
            checked.append(IssueCase(query["text"], False, f"first {len(first)}: {head}"))
        elif query["draft"] == "never" and draft in results:
            checked.append(
                IssueCase(query["text"], False, f"{draft} at {results.index(draft) + 1}")
            )
        else:
            shown = f"; the draft at {results.index(draft) + 1}" if draft in results else ""
            checked.append(IssueCase(query["text"], True, f"the {len(first)} first{shown}"))
    return checked


@dataclass(frozen=True)
class Report:
    scores: list[Score]
    issue: list[IssueCase]


@dataclass(frozen=True)
class RelevanceSet:
    """The two books' records, the queries and their judgement: everything but the search."""

    records: list[Record]
    issue_records: list[Record]
    spec: dict[str, Any]
    judged: list[Judged]


def relevance_set() -> RelevanceSet:
    records, issue_records = relevance_records()
    spec = load_queries()
    return RelevanceSet(records, issue_records, spec, judge(records, spec))


def evaluate(url: str, issue_url: str, relevance: RelevanceSet) -> Report:
    """Ready both books (see `ready`) and score every query on them."""
    ready(url, relevance.records)
    ready(issue_url, relevance.issue_records)
    with store.open_book(url) as book:
        scores = run_queries(book, relevance.judged)
    with store.open_book(issue_url) as book:
        issue = issue_case(book, relevance.spec)
    return Report(scores, issue)


@dataclass(frozen=True)
class ClassFigures:
    name: str
    queries: int
    precision: float
    page_recall: float
    recall: float
    worst_recall: float
    outside: int
    decoys_above: int

    @property
    def person(self) -> bool:
        return self.name in PERSON_CLASSES or self.name == "person names"

    @property
    def met(self) -> bool:
        precise = not self.person or self.precision >= MIN_PRECISION
        return precise and self.worst_recall == 1.0 and not self.outside and not self.decoys_above


def figures(name: str, scores: Sequence[Score]) -> ClassFigures:
    n = len(scores)
    return ClassFigures(
        name,
        n,
        sum(s.precision for s in scores) / n,
        sum(s.page_recall for s in scores) / n,
        sum(s.recall for s in scores) / n,
        min(s.recall for s in scores),
        sum(len(s.outside) for s in scores),
        sum(len(s.decoys_above) for s in scores),
    )


def by_class(scores: Sequence[Score]) -> list[ClassFigures]:
    """Each class, then the person-name classes together, then every query."""
    rows = [
        figures(c, [s for s in scores if s.judged.kind == c])
        for c in CLASSES
        if any(s.judged.kind == c for s in scores)
    ]
    people = [s for s in scores if s.judged.kind in PERSON_CLASSES]
    return [*rows, figures("person names", people), figures("all", scores)]


def table(report: Report) -> str:
    lines = [
        "| class | queries | P@10 | R@10 | R | outside | decoys above | target | |",
        "|---|--:|--:|--:|--:|--:|--:|---|---|",
    ]
    for row in by_class(report.scores):
        target = "P@10 ≥ 0.95, " if row.person else ""
        target += "R = 1, 0 outside, 0 decoys above"
        lines.append(
            f"| {row.name} | {row.queries} | {row.precision:.3f} | {row.page_recall:.3f} | "
            f"{row.recall:.3f} | {row.outside} | {row.decoys_above} | {target} | "
            f"{'pass' if row.met else 'FAIL'} |"
        )
    lines.append("")
    for case in report.issue:
        lines.append(f"issue 14 case `{case.text}`: {'pass' if case.ok else 'FAIL'} ({case.why})")
    return "\n".join(lines)


def misses(report: Report) -> str:
    """One line per query that misses a target: what it missed, the first uids of each kind."""
    lines = []
    for s in report.scores:
        if s.met and not s.error:
            continue
        parts = [f"P@10 {s.precision:.2f} R@10 {s.page_recall:.2f} R {s.recall:.2f}"]
        for label, uids in (
            ("missing", s.missing),
            ("outside", s.outside),
            ("decoys above", s.decoys_above),
        ):
            if uids:
                parts.append(f"{len(uids)} {label} ({', '.join(uids[:3])})")
        if s.error:
            parts.append(f"error: {s.error}")
        lines.append(f"[{s.judged.kind}] {s.judged.text!r}: " + "; ".join(parts))
    return "\n".join(lines) or "every query meets its targets"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="the relevance book (default: bench/out/relevance/book.db)")
    parser.add_argument("--issue-db", help="issue 14's book (default: .../relevance/issue.db)")
    parser.add_argument("--rebuild", action="store_true", help="build the cached books again")
    parser.add_argument("--verbose", action="store_true", help="list each query that misses")
    args = parser.parse_args(argv)
    print("relevance: building the records and judging the queries ...", file=sys.stderr)
    relevance = relevance_set()
    url = args.db or cached("book", relevance.records, rebuild=args.rebuild)
    issue_url = args.issue_db or cached("issue", relevance.issue_records, rebuild=args.rebuild)
    print("relevance: running the queries ...", file=sys.stderr)
    try:
        report = evaluate(url, issue_url, relevance)
    except OtherBook as exc:
        print(exc, file=sys.stderr)
        return 1
    with store.open_book(url) as book:
        where = f"{book.backend}, {len(relevance.records)} meetings"
    print(f"Relevance set of issue 14 ({where}; {len(report.scores)} queries)\n")
    print(table(report))
    if args.verbose:
        print("\n" + misses(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
