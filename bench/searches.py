"""Search latency on a big book: the query classes of issue 4, drawn from the book's own data.

What lives here (used by `run.py`):

* ``query_classes``: for each class — a person, a month, two rare words, two common words, a
  document number — N query texts drawn deterministically (a seeded RNG) from the book: names
  from the person table, months in the range of its dates, words from its FTS vocabulary
  (``fts5vocab``: rare = in 5 to 50 meetings, common = in more than half), numbers from
  ``document_ref``. The two rare words are taken from one meeting, so the query finds something;
* ``time_queries``: each text as a person types it, through ``store.parse_query`` and
  ``store.search.search(..., limit=50, count=False)``: the first page, newest first, as the TUI
  asks.

What does not: printing, and anything about the import (``run.py``, ``floor.py``).
"""

from __future__ import annotations

import random
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

FIRST_PAGE = 50
RARE_DOCS = (5, 50)  # meetings a rare word occurs in


@dataclass
class Latencies:
    name: str
    seconds: list[float]
    slowest: str


def _vocabulary(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """(word, number of meetings it occurs in) for every word of the FTS index, letters only."""
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, meeting_fts, 'row')"
    )
    rows = conn.execute("SELECT term, doc FROM temp.vocab ORDER BY term").fetchall()
    return [(term, doc) for term, doc in rows if term.isalpha()]


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


def _months(conn: sqlite3.Connection, rng: random.Random, count: int) -> list[str]:
    first, last = conn.execute("SELECT min(date_start), max(date_start) FROM meeting").fetchone()
    start = int(first[:4]) * 12 + int(first[5:7]) - 1
    end = int(last[:4]) * 12 + int(last[5:7]) - 1
    picks = (rng.randint(start, end) for _ in range(count))
    return [f"date:{month // 12:04d}-{month % 12 + 1:02d}" for month in picks]


def _field(name: str, value: str) -> str:
    """`name:value` as a person types it: quoted when the value has spaces (every full name)."""
    return f'{name}:"{value}"' if any(c.isspace() for c in value) else f"{name}:{value}"


def query_classes(path: Path, count: int, seed: int = 1) -> dict[str, list[str]]:
    """`count` query texts per class, the same ones for the same book and seed."""
    rng = random.Random(seed)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        people = [name for (name,) in conn.execute("SELECT name FROM person ORDER BY id")]
        numbers = [n for (n,) in conn.execute("SELECT number FROM document_ref ORDER BY id")]
        vocabulary = _vocabulary(conn)
        return {
            "a person": [_field("person", rng.choice(people)) for _ in range(count)],
            "a month": _months(conn, rng, count),
            "two rare words": _rare_pairs(conn, vocabulary, rng, count),
            "two common words": _common_pairs(conn, vocabulary, rng, count),
            "a document number": [_field("doc", rng.choice(numbers)) for _ in range(count)],
        }
    finally:
        conn.close()


def time_queries(path: Path, classes: dict[str, list[str]]) -> list[Latencies]:
    """Seconds from query text to the ids of its first page, per query; one warm-up per class."""
    import store

    book = store.db.open_store(str(path), upgrade=False)
    results = []
    try:
        for name, texts in classes.items():

            def first_page(text: str) -> float:
                start = time.perf_counter()
                with book.session() as session:
                    query = store.parse_query(text)
                    store.search.search(query, session=session, limit=FIRST_PAGE, count=False)
                return time.perf_counter() - start

            first_page(texts[0])  # warm-up: the caches a person's earlier searches would fill
            seconds = [first_page(text) for text in texts]
            slowest = max(zip(seconds, texts, strict=True))
            results.append(Latencies(name, seconds, f"{slowest[1]} {slowest[0] * 1000:.0f} ms"))
    finally:
        book.close()
    return results
