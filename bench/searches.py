"""Search latency on a big book, on SQLite and on PostgreSQL: issue 14's realistic query classes.

    python bench/searches.py                        # 100,000 meetings: SQLite, then PostgreSQL
    python bench/searches.py --count 10000 --queries 50       # a quick run while developing
    python bench/searches.py --backends sqlite
    python bench/searches.py --postgresql-url postgresql+psycopg://clerk@host/db  # not throwaway

What lives here:

* ``query_classes``: for each class (``CLASSES``) N query texts drawn deterministically (a seeded
  RNG) from a SQLite book's own data: frequent people (in 2,000 meetings or more, most of them
  in the older half of the book) and rare ones (20 or fewer) as ``person:"..."``; names typed as
  free words, without and with their marks; phrases in quotes and words being typed, cut from
  titles; common words (``hoi nghi``, then pairs each in over half the meetings); two rare words
  from one meeting; ``chair:`` a surname or given name plus words of that meeting's title;
  periods as people say them (``date:2024-05``, ``quý 2/2024``, ``tháng 5/2022``, ``năm 2023``);
  cited document numbers (``doc:...``). The same texts run on both backends: a PostgreSQL book is
  a `db copy` of the SQLite one they were drawn from;
* ``time_queries``: each text through ``Book.search(text, limit=50, ...)`` in its default order
  (relevance, ranking included), from the text to the ``Page``: the first page and its count,
  what the person waits for. Until the store counts up to a bound (``count_up_to``), both the
  exact count (what the CLI prints) and no count (what the TUI asks first) are timed;
* ``ThrowawayPostgres``: a private PostgreSQL server in a temporary folder (the test suite's,
  tests/postgres.py) holding a copy of a book, used here and by ``tui_bench.py``;
* ``main``: one Markdown table per backend, p50/p99 and the slowest query per class against the
  targets (p99 ≤ 30 ms on SQLite, ≤ 60 ms on PostgreSQL).

What does not: the bulk benchmark (``run.py``, which times these classes on SQLite beside the
import), the TUI (``tui_bench.py``), relevance (``relevance.py``).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import inspect
import os
import platform
import random
import re
import sqlite3
import subprocess
import sys
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

FIRST_PAGE = 50
COUNT_UP_TO = 1000  # "more than 1,000 meetings": the bound asked of the store once it has one
RARE_DOCS = (5, 50)  # meetings a rare word occurs in
FREQUENT_PERSON = 2000  # meetings: a national leader at 100,000 meetings
RARE_PERSON = 20
TARGET_MS = {"sqlite": 30, "postgresql": 60}
CLI = [sys.executable, "-c", "import cli; cli.main()"]
CLASSES = (
    "a frequent person, mostly old",
    "a rare person",
    "a name as words, no marks",
    "a name as words, with marks",
    "a phrase in quotes",
    "common words",
    "two rare words",
    "a word being typed",
    "chair: and words",
    "a period",
    "a document number",
)


@dataclass
class Latencies:
    name: str
    seconds: list[float]
    slowest: str


# Drawing the queries --------------------------------------------------------------------------


def _fold(text: str) -> str:
    """Marks off, đ → d, lower case: a name as people type it without marks (`store.text.fold`
    without importing the store, so drawing needs only sqlite3)."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def _words(text: str) -> list[str]:
    """The words of a title, folded, letters only (no numbers or symbols)."""
    return [w for w in re.split(r"[^\w]+", _fold(text)) if w.isalpha()]


def _vocabulary(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """(word, number of meetings it occurs in) for every folded word of the FTS index, letters
    only."""
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, meeting_fts, 'row')"
    )
    rows = conn.execute("SELECT term, doc FROM temp.vocab ORDER BY term").fetchall()
    # The index holds each word folded and as typed with marks: the folded ones (ASCII) only.
    return [(term, doc) for term, doc in rows if term.isascii() and term.isalpha()]


def _rare_pairs(
    conn: sqlite3.Connection, vocabulary: list[tuple[str, int]], rng: random.Random, count: int
) -> list[str]:
    low, high = RARE_DOCS
    rare = [term for term, doc in vocabulary if low <= doc <= high]
    if not rare:  # a small book: its least frequent words stand in
        rare = [term for term, _ in sorted(vocabulary, key=lambda t: (t[1], t[0]))[:200]]
    rare_set = set(rare)
    pairs = []
    for _ in range(count):
        first = rng.choice(rare)
        found = conn.execute(
            "SELECT rowid FROM meeting_fts WHERE meeting_fts MATCH ? ORDER BY rowid",
            (f'"{first}"',),
        ).fetchall()
        (sort_key,) = rng.choice(found)
        (body,) = conn.execute(
            "SELECT body FROM meeting_search WHERE sort_key = ?", (sort_key,)
        ).fetchone()
        companions = sorted(set(body.split()) & rare_set - {first})
        second = rng.choice(companions) if companions else rng.choice(rare)
        pairs.append(f"{first} {second}")
    return pairs


def _common_pairs(
    conn: sqlite3.Connection, vocabulary: list[tuple[str, int]], rng: random.Random, count: int
) -> list[str]:
    meetings = conn.execute("SELECT count(*) FROM meeting").fetchone()[0]
    common = [term for term, doc in vocabulary if doc > meetings / 2 and len(term) > 1]
    return ["hoi nghi"] + [" ".join(rng.sample(common, 2)) for _ in range(count - 1)]


def _periods(conn: sqlite3.Connection, rng: random.Random, count: int) -> list[str]:
    """The month, quarter or year of meetings drawn at random, in the forms secretaries type."""
    (last,) = conn.execute("SELECT max(id) FROM meeting").fetchone()
    texts: list[str] = []
    while len(texts) < count:
        drawn = rng.randint(1, last)
        row = conn.execute("SELECT date_start FROM meeting WHERE id >= ? LIMIT 1", (drawn,))
        found = row.fetchone()
        if found is None:
            continue
        year, number = int(found[0][:4]), int(found[0][5:7])
        forms = (
            f"date:{year:04d}-{number:02d}",
            f"quý {(number - 1) // 3 + 1}/{year}",
            f"tháng {number}/{year}",
            f"năm {year}",
        )
        texts.append(forms[len(texts) % len(forms)])
    return texts


def _field(name: str, value: str) -> str:
    """`name:value` as a person types it: quoted when the value has spaces (every full name)."""
    return f'{name}:"{value}"' if any(c.isspace() for c in value) else f"{name}:{value}"


@dataclass(frozen=True)
class _Person:
    name: str
    meetings: int
    old_share: float  # of their meetings, the share in the older half of the book


def _people(conn: sqlite3.Connection) -> list[_Person]:
    """Everyone who took part in a meeting, with how often and how long ago, by id."""
    (meetings,) = conn.execute("SELECT count(*) FROM meeting").fetchone()
    (middle,) = conn.execute(
        "SELECT date_start FROM meeting ORDER BY date_start LIMIT 1 OFFSET ?", (meetings // 2,)
    ).fetchone()
    rows = conn.execute(
        "SELECT person.name, count(DISTINCT meeting.id), avg(meeting.date_start < ?) "
        "FROM participation JOIN person ON person.id = participation.person_id "
        "JOIN meeting ON meeting.id = participation.meeting_id "
        "GROUP BY person.id ORDER BY person.id",
        (middle,),
    )
    return [_Person(name, n, share) for name, n, share in rows]


def _frequent(people: list[_Person]) -> list[_Person]:
    """In FREQUENT_PERSON meetings or more (else, on a small book, the ten busiest), and of
    those the ones mostly in the older half (else the third most so): the newest page of such
    a person lies far down the book."""
    busiest = sorted(people, key=lambda p: (-p.meetings, p.name))
    frequent = [p for p in busiest if p.meetings >= FREQUENT_PERSON] or busiest[:10]
    old = [p for p in frequent if p.old_share > 0.5]
    return old or sorted(frequent, key=lambda p: -p.old_share)[: max(1, len(frequent) // 3)]


def _rare(people: list[_Person]) -> list[_Person]:
    rare = [p for p in people if p.meetings <= RARE_PERSON]
    return rare or sorted(people, key=lambda p: (p.meetings, p.name))[: max(1, len(people) // 10)]


def _titles(conn: sqlite3.Connection, rng: random.Random, count: int) -> list[list[str]]:
    """The folded words of `count` titles of meetings drawn at random (two words at least)."""
    (last,) = conn.execute("SELECT max(id) FROM meeting").fetchone()
    found: list[list[str]] = []
    while len(found) < count:
        drawn = rng.randint(1, last)
        row = conn.execute("SELECT title FROM meeting WHERE id >= ? LIMIT 1", (drawn,)).fetchone()
        words = _words(row[0]) if row else []
        if len(words) >= 2:
            found.append(words)
    return found


def _phrases(titles: list[list[str]], rng: random.Random) -> list[str]:
    texts = []
    for words in titles:
        size = min(len(words), rng.randint(2, 4))
        at = rng.randint(0, len(words) - size)
        texts.append('"' + " ".join(words[at : at + size]) + '"')
    return texts


def _typing(titles: list[list[str]], rng: random.Random) -> list[str]:
    """One or two words of a title, the last one cut as while it is typed (`hoi ng`, `khan`)."""
    texts = []
    for words in titles:
        at = rng.randrange(len(words))
        while len(words[at]) < 3:  # a word of three letters or more, to cut
            at = (at + 1) % len(words)
            if all(len(w) < 3 for w in words):
                break
        typed = words[max(0, at - rng.randint(0, 1)) : at + 1]
        last = typed[-1]
        typed[-1] = last[: rng.randint(2, max(2, len(last) - 1))]
        texts.append(" ".join(typed))
    return texts


def _chairs_and_words(conn: sqlite3.Connection, rng: random.Random, count: int) -> list[str]:
    """`chair:` a chair's surname or given name, then one or two words of that meeting's
    title: `chair:nguyen hoi nghi`, `chair:le ke hoach`."""
    chaired = conn.execute(
        "SELECT meeting.title, person.name FROM participation "
        "JOIN person ON person.id = participation.person_id "
        "JOIN meeting ON meeting.id = participation.meeting_id "
        "WHERE participation.role = 'chair' ORDER BY participation.id"
    ).fetchall()
    texts = []
    while len(texts) < count:
        title, name = rng.choice(chaired)
        words, names = _words(title), _fold(name).split()
        if not words or not names:
            continue
        size = min(len(words), rng.randint(1, 2))
        at = rng.randint(0, len(words) - size)
        who = names[0] if rng.random() < 0.5 else names[-1]
        texts.append(f"chair:{who} " + " ".join(words[at : at + size]))
    return texts


def query_classes(path: Path, count: int, seed: int = 1) -> dict[str, list[str]]:
    """`count` query texts per class (`CLASSES`, in that order), the same ones for the same
    SQLite book and seed."""
    rng = random.Random(seed)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        people = _people(conn)
        frequent, rare = _frequent(people), _rare(people)
        numbers = [n for (n,) in conn.execute("SELECT number FROM document_ref ORDER BY id")]
        vocabulary = _vocabulary(conn)
        named = [rng.choice(people).name for _ in range(2 * count)]
        classes = {
            CLASSES[0]: [_field("person", _fold(rng.choice(frequent).name)) for _ in range(count)],
            CLASSES[1]: [_field("person", _fold(rng.choice(rare).name)) for _ in range(count)],
            CLASSES[2]: [_fold(name) for name in named[:count]],
            CLASSES[3]: named[count:],
            CLASSES[4]: _phrases(_titles(conn, rng, count), rng),
            CLASSES[5]: _common_pairs(conn, vocabulary, rng, count),
            CLASSES[6]: _rare_pairs(conn, vocabulary, rng, count),
            CLASSES[7]: _typing(_titles(conn, rng, count), rng),
            CLASSES[8]: _chairs_and_words(conn, rng, count),
            CLASSES[9]: _periods(conn, rng, count),
            CLASSES[10]: [_field("doc", rng.choice(numbers)) for _ in range(count)],
        }
    finally:
        conn.close()
    assert list(classes) == list(CLASSES)
    return classes


# Timing ---------------------------------------------------------------------------------------


def count_modes() -> dict[str, dict[str, Any]]:
    """How the first page is asked for, by name: with a count bounded by the store, once it has
    one (`count_up_to`); until then with the exact count and with none."""
    import store

    if "count_up_to" in inspect.signature(store.Book.search).parameters:
        return {f"first page + count up to {COUNT_UP_TO:,}": {"count_up_to": COUNT_UP_TO}}
    return {"first page + exact count": {"count": True}, "first page, no count": {"count": False}}


def time_queries(db: Path | str, classes: dict[str, list[str]], **asked: Any) -> list[Latencies]:
    """Seconds from each query's text to its first page (`Book.search(text, limit=50,
    **asked)`: parsed, planned, ranked, counted as asked), in-process; one warm-up per class."""
    import store

    book = store.open_book(str(db), upgrade=False)
    # As the TUI does once it is up (`MinuteBookApp.on_mount`): what was loaded to get here lives
    # as long as the process, out of the collector's sight. Without it a full collection (30-40
    # ms here, walking the modules) landed inside whichever query set it off: 80-110 ms for the
    # same two queries in every run.
    gc.freeze()
    results = []
    try:
        for name, texts in classes.items():

            def first_page(text: str) -> float:
                start = time.perf_counter()
                book.search(text, limit=FIRST_PAGE, **asked)
                return time.perf_counter() - start

            first_page(texts[0])  # warm-up: the caches a person's earlier searches would fill
            seconds = [first_page(text) for text in texts]
            slowest = max(zip(seconds, texts, strict=True))
            results.append(Latencies(name, seconds, f"`{slowest[1]}` {ms(slowest[0])}"))
    finally:
        book.close()
    return results


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 0.1 else f"{seconds * 1000:,.0f} ms"


# PostgreSQL -----------------------------------------------------------------------------------


class ThrowawayPostgres:
    """A PostgreSQL server of our own in a temporary folder (the test suite's, run as the
    `postgres` user when we are root), removed on leaving; its databases are migrated books."""

    def __enter__(self) -> ThrowawayPostgres:
        from tests import postgres

        progress("starting a throwaway PostgreSQL server")
        self.server = postgres.start_server()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.stop()

    def empty_book(self) -> str:
        """The URL of a new, empty, migrated book on the server."""
        return self.server.url(self.server.new_database())


def fill(source: Path, url: str) -> str:
    """Make the PostgreSQL book at `url` hold `source`'s meetings: `db copy` if it is empty, as
    it is if it already holds as many. Then a note on the planner's statistics: ANALYZE is run
    here if the copy left none (a server's autovacuum would soon), and the note says so."""
    wanted, held = _meetings(source), _meetings(url)
    if held == 0:
        progress(f"minutebook db copy: {wanted:,} meetings into PostgreSQL")
        started = time.perf_counter()
        copy = [*CLI, "--db", str(source), "db", "copy", "--to", url]
        done = subprocess.run(copy, cwd=ROOT, capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(f"error: db copy failed: {done.stderr.strip()[-400:]}")
        progress(f"copied in {time.perf_counter() - started:,.0f} s (whole process)")
    elif held != wanted:
        raise SystemExit(f"error: {masked(url)} holds {held:,} meetings, not {wanted:,}")
    return _fresh_statistics(url)


def _meetings(db: Path | str) -> int:
    """How many meetings a book holds: a SQLite file, or a PostgreSQL URL (0 for an empty
    database, which `db copy` then fills)."""
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(f"sqlite:///{db}" if isinstance(db, Path) else db)
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("meeting"):
                return 0
            return int(conn.execute(text("SELECT count(*) FROM meeting")).scalar_one())
    finally:
        engine.dispose()


def masked(url: str) -> str:
    """A URL with its password hidden, for printing."""
    return re.sub(r":[^:@/]*@", ":***@", url)


def _fresh_statistics(url: str) -> str:
    """VACUUM and ANALYZE the search's tables if nothing has yet, as a server's autovacuum soon
    would after a bulk load (the throwaway server runs without it); what was done, in words.

    A `db copy` leaves the GIN indexes' pending lists unmerged until a VACUUM: a rare word then
    took ~800 ms instead of ~10 ms at 100,000 meetings. The note says if the bench did it."""
    from sqlalchemy import create_engine, text

    tables = "('meeting', 'meeting_search', 'participation', 'person')"
    engine = create_engine(url, isolation_level="AUTOCOMMIT")  # VACUUM runs outside one
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SHOW server_version")).scalar_one().split(" (")[0]
            unanalysed, unvacuumed = (
                conn.execute(
                    text(
                        f"SELECT relname FROM pg_stat_user_tables WHERE relname IN {tables} "
                        f"AND last_{kind} IS NULL AND last_auto{kind} IS NULL ORDER BY relname"
                    )
                )
                .scalars()
                .all()
                for kind in ("analyze", "vacuum")
            )
            done = []
            for name in sorted({*unanalysed, *unvacuumed}):
                options = "ANALYZE" if name in unanalysed else ""
                conn.execute(text(f"VACUUM ({options}) {name}" if options else f"VACUUM {name}"))
            if unvacuumed:
                done.append(f"VACUUM of {', '.join(unvacuumed)}")
            if unanalysed:
                done.append(f"ANALYZE of {', '.join(unanalysed)}")
            if not done:
                return f"PostgreSQL {version}; vacuumed and analysed already (nothing by the bench)"
            return (
                f"PostgreSQL {version}; before timing the bench ran what autovacuum would after "
                f"the copy: {'; '.join(done)}"
            )
    finally:
        engine.dispose()


# The tables -----------------------------------------------------------------------------------


STARTED = time.perf_counter()


def progress(message: str) -> None:
    print(f"[{time.perf_counter() - STARTED:6.0f} s] {message}", file=sys.stderr, flush=True)


def table(
    classes: dict[str, list[str]], timed: dict[str, list[Latencies]], target_ms: int
) -> tuple[list[str], int, int]:
    """The Markdown rows of one backend, and the targets met and judged."""
    modes = list(timed)
    lines = [
        "| class | e.g. | " + " | ".join(modes) + " | slowest |",
        "|---|---|" + "---|" * len(modes) + "---|",
    ]
    met = judged = 0
    for index, name in enumerate(classes):
        cells = []
        for mode in modes:
            seconds = timed[mode][index].seconds
            p50, p99 = percentile(seconds, 0.5), percentile(seconds, 0.99)
            ok = p99 <= target_ms / 1000
            met, judged = met + ok, judged + 1
            verdict = "met" if ok else "**missed**"
            cells.append(f"p50 {ms(p50)}, p99 {ms(p99)}: {verdict}")
        slowest = " / ".join(timed[mode][index].slowest.replace("|", "\\|") for mode in modes)
        example = classes[name][0].replace("|", "\\|")
        lines.append(f"| {name} | `{example}` | " + " | ".join(cells) + f" | {slowest} |")
    return lines, met, judged


def run_backend(label: str, db: Path | str, classes: dict[str, list[str]], target_ms: int) -> int:
    """Time every class in every count mode on one book; print its table; targets missed."""
    timed: dict[str, list[Latencies]] = {}
    for mode, asked in count_modes().items():
        progress(f"{label.split(';')[0]}: {mode}, {len(classes)} classes")
        timed[mode] = time_queries(db, classes, **asked)
    lines, met, judged = table(classes, timed, target_ms)
    print(f"\n{label}; target p99 ≤ {target_ms} ms per class\n")
    print("\n".join(lines))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\ntargets met: {met} of {judged}; load average at the end: {load}")
    return judged - met


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000, help="meetings (default 100,000)")
    parser.add_argument("--queries", type=int, default=200, help="per class (default 200)")
    parser.add_argument("--data", type=Path, default=ROOT / "bench" / "out",
                        help="folder of the NDJSON and the SQLite book (bench/out)")  # fmt: skip
    parser.add_argument("--backends", default="sqlite,postgresql",
                        help="comma-separated: sqlite, postgresql (default both)")  # fmt: skip
    parser.add_argument("--postgresql-url", metavar="URL",
                        help="an empty PostgreSQL database (or one holding this book) to use "
                        "instead of a throwaway server")  # fmt: skip
    parser.add_argument("--only", metavar="WORDS",
                        help="time only the classes whose name holds WORDS (a re-run)")  # fmt: skip
    args = parser.parse_args(argv)
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    if not backends or set(backends) - set(TARGET_MS):
        parser.error("--backends takes sqlite, postgresql or both")
    if min(args.count, args.queries) < 1:
        parser.error("--count and --queries must be at least 1")
    from export_memory import book_file  # it imports run.py, which imports this module

    data = args.data.resolve()
    data.mkdir(parents=True, exist_ok=True)
    with contextlib.chdir(ROOT):  # its `minutebook import` runs from the project folder
        book = book_file(args.count, data)
    import store

    store.open_book(str(book)).close()  # a book kept from an older minutebook: upgraded first
    progress(f"drawing {args.queries} queries per class from {book.name}")
    classes = query_classes(book, args.queries)
    if args.only:
        classes = {name: texts for name, texts in classes.items() if args.only in name}
        if not classes:
            parser.error(f"--only {args.only!r}: no such class; they are {', '.join(CLASSES)}")
    print(
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; bench/searches.py on {args.count:,} meetings, "
        f"{args.queries} queries per class, in-process: `Book.search(text, limit={FIRST_PAGE})` "
        "by relevance, from the text to the page"
    )
    if "sqlite" in backends:
        run_backend(f"SQLite {sqlite3.sqlite_version}", book, classes, TARGET_MS["sqlite"])
    if "postgresql" in backends:
        if args.postgresql_url:
            note = fill(book, args.postgresql_url)
            run_backend(note, args.postgresql_url, classes, TARGET_MS["postgresql"])
        else:
            with ThrowawayPostgres() as server:
                url = server.empty_book()
                note = fill(book, url)
                run_backend(note, url, classes, TARGET_MS["postgresql"])


if __name__ == "__main__":
    main()
