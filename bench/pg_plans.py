"""PostgreSQL's plans for the book's searches, and how long they take, on a big book.

    python bench/pg_plans.py postgresql+psycopg://USER:PASSWORD@HOST/DB

The database should hold a big book (`minutebook --db bench/out/100k.db db copy --to URL` puts
the benchmark's 100,000 meetings there). For each kind of search it prints, in Markdown, the
statements `store.search` runs (a name is first read as the ids of the people it matches), the
plan PostgreSQL chooses for each (EXPLAIN, after ANALYZE), and the median wall time of the whole
search over 20 runs. docs/postgresql.md shows one such run.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import event

import store
import store.search
from store.db import safe_url

SEARCHES = [
    ("a person", 'person:"vo hoai son"'),
    ("a chair in a year", "chair:son date:2024"),
    ("two rare words", "amata toa"),
    ("two common words", "hoi nghi"),
    ("a word prefix (typing)", "khan"),
    ("a phrase", '"hoi nghi chuyen de"'),
    ("a chair and words", "chair:le ke hoach"),
    ("a place", "place:nghe an"),
    ("a month", "date:2023-05"),
    ("a document number", "doc:02-NQ/TW"),
]
RUNS = 20


def statements_of(book: store.db.Store, query: str) -> list[tuple[str, Any]]:
    """The statements one search runs, with their parameters."""
    seen: list[tuple[str, Any]] = []

    def keep(conn: Any, cursor: Any, sql: str, params: Any, context: Any, many: bool) -> None:
        seen.append((sql, params))

    event.listen(book.engine, "before_cursor_execute", keep)
    try:
        with book.session() as session:
            store.search.search(store.parse_query(query), session=session, limit=50, count=False)
    finally:
        event.remove(book.engine, "before_cursor_execute", keep)
    return seen


def timed(book: store.db.Store, query: str) -> float:
    parsed = store.parse_query(query)
    times = []
    with book.session() as session:
        for _ in range(RUNS):
            start = time.perf_counter()
            store.search.search(parsed, session=session, limit=50, count=False)
            times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _with_values(sql: str, params: Any) -> str:
    """The statement as one would type it: each named parameter replaced by its value, and a
    long list of ids cut short."""
    if isinstance(params, dict):
        for name, value in sorted(params.items(), key=lambda item: -len(item[0])):
            shown = f"'{value}'" if isinstance(value, str) else str(value)
            sql = sql.replace(f"%({name})s", shown)
    return _cut(sql)


def _cut(line: str) -> str:
    """A statement or a plan's line with a long list or array of ids cut short."""
    line = re.sub(r"'\{((?:\d+,){5})[\d,]{40,}\}'", r"'{\1...}'", line)
    return re.sub(r"((?:\d+::INTEGER, ){5})(?:\d+::INTEGER, )+", r"\1..., ", line)


SETTINGS = ("SELECT current_setting", "SELECT set_config")  # the planner's, for the next ones


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url", help="a PostgreSQL book (postgresql+psycopg://...)")
    args = parser.parse_args(argv)
    book = store.db.open_store(args.url)
    if book.backend != "postgresql":
        raise SystemExit(f"error: {safe_url(args.url)} is not a PostgreSQL database")
    try:
        with book.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
            total = conn.exec_driver_sql("SELECT count(*) FROM meeting").scalar() or 0
            version = conn.exec_driver_sql("SHOW server_version").scalar()
        if not total:
            raise SystemExit("error: the book is empty; copy a big one into it first")
        print(f"PostgreSQL {version}, {total:,} meetings; median of {RUNS} runs per search\n")
        for label, query in SEARCHES:
            print(f"### {label}: `{query}` — {timed(book, query):.1f} ms\n")
            with book.engine.connect() as conn:
                for sql, params in statements_of(book, query):
                    cursor = conn.connection.driver_connection.cursor()
                    if sql.startswith(SETTINGS):  # in force for the plans that follow
                        cursor.execute(sql, params)
                        continue
                    cursor.execute(f"EXPLAIN {sql}", params)
                    plan = [_cut(row[0]) for row in cursor.fetchall()]
                    shown = _with_values(" ".join(sql.split()), params)
                    print("```sql\n" + shown + "\n```\n```\n" + "\n".join(plan) + "\n```\n")
    finally:
        book.close()


if __name__ == "__main__":
    main()
