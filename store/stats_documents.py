"""Documents for the committee's figures (`store.stats_sql`): which were cited at the most
meetings, each as first cited (its number there, the first kind and title given).

A document's first citation is read off its own citations in order (the `(number_key,
meeting_id, position)` index) until its kind and title are known, usually one row, instead of
every citation of the shown documents sorted; a scope of search ids (words, people) reads them in
one statement instead, so the search runs once.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from sqlalchemy import distinct, func, select

from store.models import DocumentRef
from store.stats import DocumentRow, figure_query, quoted
from store.text import doc_key

DR = DocumentRef.__table__


def documents(
    conn: Any, scoped: Any, by_ids: bool, whole: str, top: int | None
) -> tuple[tuple[DocumentRow, ...], int]:
    """Documents by the meetings citing them (most first), as first cited, cut at `top`, and how
    many in all. `scoped(statement, column)` narrows a statement over citations to the figures'
    meetings; `by_ids`: those are the search's ids (words, people)."""
    meetings = func.count(distinct(DR.c.meeting_id))
    statement = select(DR.c.number_key, meetings)
    statement = scoped(statement, DR.c.meeting_id).group_by(DR.c.number_key)
    counted = list(conn.execute(statement))
    keys = [key for key, _count in counted]
    counted.sort(key=lambda row: (-row[1], row[0]))
    shown = counted if top is None else counted[:top]
    first = _first_cited(conn, scoped, by_ids, [key for key, _ in shown])
    keys.sort()
    rows = []
    for key, count in shown:
        number, kind, title = first[key]
        wider = _prefixes(keys, key + "-") or _prefixes(keys, key + "/") or doc_key(number) != key
        query = figure_query(whole, f"doc:{quoted(number)}")
        rows.append(DocumentRow(number, kind, title, count, query, exact=not wider))
    return tuple(rows), len(counted)


def _prefixes(ordered: list[str], prefix: str) -> bool:
    """Whether a string of `ordered` (sorted) starts with `prefix`."""
    at = bisect_left(ordered, prefix)
    return at < len(ordered) and ordered[at].startswith(prefix)


# Citations of a document read at first for its kind and title; the rest only when these lack them.
FIRST_ROWS = 8


def _first_cited(conn: Any, scoped: Any, by_ids: bool, keys: list[str]) -> dict[str, list[Any]]:
    """Each of `keys` as first cited in the figures' meetings (by meeting, then place): its
    number there, the first kind and title given. See the module for how it is read."""
    columns = (DR.c.number_key, DR.c.number, DR.c.kind, DR.c.title)
    order = (DR.c.meeting_id, DR.c.position)
    first: dict[str, list[Any]] = {}

    def take(rows: Any) -> list[Any]:
        read = []
        for key, number, kind, title in rows:
            read.append(key)
            known = first.setdefault(key, [number, kind, title])
            known[1] = known[1] or kind
            known[2] = known[2] or title
            if not by_ids and known[1] and known[2]:
                return []  # complete: the rest is not needed
        return read

    if by_ids:
        cited = select(*columns).where(DR.c.number_key.in_(keys))
        take(conn.execute(scoped(cited, DR.c.meeting_id).order_by(*order)))
        return first
    for key in keys:
        cited = scoped(select(*columns).where(DR.c.number_key == key), DR.c.meeting_id)
        if len(take(conn.execute(cited.order_by(*order).limit(FIRST_ROWS)))) == FIRST_ROWS:
            take(conn.execute(cited.order_by(*order).offset(FIRST_ROWS)))
    return first
