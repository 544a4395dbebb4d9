"""SQLite's index of word pairs: a phrase found without reading every place its words stand.

FTS5 finds a phrase by reading the positions of each of its words in every meeting holding all
of them. Union news is made of a few hundred common words, so `"lao dong tinh nam"` read the
positions of four words in most of the book to find its 717 meetings (about 50 ms on 100,000),
and a phrase tier of two common words that no meeting holds (`giao gia`) read them all to find
none (about 27 ms). Here each pair of neighbouring words of a meeting's folded word list is one
token (`lao dong tinh` → `lao_dong dong_tinh`), kept in a second FTS5 table, `meeting_pairs`:
the phrase `w1 w2 … wn` is the phrase of its pairs `w1_w2 … wn-1_wn` there, which lies exactly
where the words lie in order (pair i starts at word i), and a pair of words is rarer than
either word. A phrase whose last word is being typed (`nam cu*`) is its pairs with the last one
a prefix (`nam_cu*`).

The table is contentless: only the pairs' positions are kept, not their text. Its triggers
make the pairs from `meeting_search.body` with `minutebook_pairs`, a function every connection
of the store registers (`register`); a 'delete' must give FTS5 the tokens it was given, so the
function must never change what it returns for a word list without a migration rebuilding the
table. PostgreSQL needs none of this: its vectors are asked for pairs of words (`search_pg`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from itertools import pairwise

from sqlalchemy import BigInteger, column, table

from store.text import PART

FUNCTION = "minutebook_pairs"
PAIRS = table("meeting_pairs", column("rowid", BigInteger), column("meeting_pairs"))
TRIGGERS = ("meeting_pairs_ai", "meeting_pairs_ad", "meeting_pairs_au")
# A prefix of one letter begins too many pairs (`nguyen_v*`: every Văn, Việt, Vũ …) to merge
# them cheaply: such a phrase is left to the words' index, as a prefix of one letter is there.
SHORTEST_PREFIX = 2


def word_pairs(body: str | None) -> str:
    """The pairs of neighbouring words of a folded word list (`store.rows.search_body`), as
    tokens joined by `_` (no word holds one: words are runs of letters and digits). Where PART
    stands between two parts of the record, PART stands in the pairs instead of the two pairs
    it is in: a phrase of pairs cannot run across it (`x y _ y z` gives `x_y _ _ y_z`)."""
    words = (body or "").split()
    return " ".join(
        PART if PART in (first, second) else f"{first}_{second}"
        for first, second in pairwise(words)
    )


def register(connection: sqlite3.Connection) -> None:
    """Make `minutebook_pairs` known to a connection (the triggers call it on every write)."""
    connection.create_function(FUNCTION, 1, word_pairs, deterministic=True)


def statements() -> list[str]:
    """The pairs' table, its triggers on `meeting_search`, and its filling from the book."""
    pairs = f"{FUNCTION}(new.body)"
    old = f"{FUNCTION}(old.body)"
    delete = (
        "INSERT INTO meeting_pairs(meeting_pairs, rowid, pairs) "
        f"VALUES ('delete', old.sort_key, {old});"
    )
    insert = f"INSERT INTO meeting_pairs(rowid, pairs) VALUES (new.sort_key, {pairs});"
    return [
        "CREATE VIRTUAL TABLE meeting_pairs USING fts5(pairs, content='', columnsize=0, "
        "tokenize=\"unicode61 remove_diacritics 0 tokenchars '_'\")",
        f"CREATE TRIGGER meeting_pairs_ai AFTER INSERT ON meeting_search BEGIN {insert} END",
        f"CREATE TRIGGER meeting_pairs_ad AFTER DELETE ON meeting_search BEGIN {delete} END",
        "CREATE TRIGGER meeting_pairs_au AFTER UPDATE OF body, sort_key ON meeting_search "
        f"BEGIN {delete} {insert} END",
        f"INSERT INTO meeting_pairs(rowid, pairs) SELECT sort_key, {FUNCTION}(body) "
        "FROM meeting_search",
    ]


def drop_statements() -> list[str]:
    return [f"DROP TRIGGER IF EXISTS {name}" for name in TRIGGERS] + [
        "DROP TABLE IF EXISTS meeting_pairs"
    ]


def pairs_expression(tokens: Sequence[str], prefix: bool) -> str | None:
    """The FTS5 expression of `meeting_pairs` finding the folded phrase `tokens` (its last word
    a prefix when `prefix`), or None when the pairs cannot: one word, a prefix too short, or a
    word that is not letters and digits (which the words' own index reads as it should)."""
    if len(tokens) < 2 or (prefix and len(tokens[-1]) < SHORTEST_PREFIX):
        return None
    if not all(map(str.isalnum, tokens)):  # not the parser's words: `!_<->` would be `_` here
        return None
    pairs = " ".join(f"{a}_{b}" for a, b in pairwise(tokens))
    return f'"{pairs}"' + ("*" if prefix else "")
