"""The people directory: who appears in the book, their meetings, renames and merges.

A person is one row shared by every meeting that names them (see `store.text.name_key` for when two
spellings are the same person). Names that differ only by diacritics are kept apart on purpose;
`possible_duplicates` lists them so a human can merge the ones that are really one person.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Row, delete, func, select, update
from sqlmodel import Session

from store import history
from store.collation import name_order_key, sort_people
from store.dates import PartialDate
from store.db import lock_for_writing
from store.errors import NotFound, StoreError
from store.history import current_user
from store.i18n import _
from store.match import (
    LIKE_ESCAPE,
    like_prefix,
    like_word,
    marks_agree,
    matches,
    only_marks,
    typed_marked,
    typed_words,
)
from store.models import (
    Meeting,
    MeetingHistory,
    MeetingSearch,
    Participation,
    Person,
    PersonMerge,
)
from store.record import MeetingRecord
from store.repo import load_records
from store.rows import search_body, search_marked, words_key
from store.text import clean, fold, marked_tokens, name_key
from store.writer import now_utc, search_values

M = Meeting.__table__
P = Person.__table__
PA = Participation.__table__
MS = MeetingSearch.__table__
H = MeetingHistory.__table__
PM = PersonMerge.__table__


@dataclass(frozen=True)
class PersonSummary:
    id: int
    name: str
    meetings: int
    last_title: str | None
    last_date: PartialDate | None


@dataclass(frozen=True)
class Appearance:
    """One line of a person's timeline: a meeting, the role, the title held then."""

    meeting_id: int
    date: PartialDate
    title: str
    role: str
    held_title: str | None


def list_people(
    *, session: Session, name: str | None = None, order: str = "name"
) -> list[PersonSummary]:
    """Everyone (or those whose folded name contains the words of `name`), in `order`: `name`
    as Vietnamese lists are (given name first) or `full` (the whole name as written), both in
    Vietnamese alphabetical order (`store.collation`)."""
    conn = session.connection()
    if name is not None and only_marks(name):
        return []
    typed = typed_words(name)
    statement = select(P.c.id, P.c.name, P.c.search_key)
    for word in typed:
        statement = statement.where(P.c.search_key.like(like_prefix(word), escape=LIKE_ESCAPE))
    people = [
        row
        for row in conn.execute(statement)
        if matches(typed, row.search_key.split()) and marks_agree(name, row.name)
    ]
    counts = dict(
        conn.execute(
            select(PA.c.person_id, func.count(func.distinct(PA.c.meeting_id))).group_by(
                PA.c.person_id
            )
        ).all()
    )
    latest = _latest_titles(session)
    summaries = [
        PersonSummary(pid, pname, int(counts.get(pid, 0)), *latest.get(pid, (None, None)))
        for pid, pname, _key in people
    ]
    return sort_people(summaries, order)


def directory_names(*, session: Session) -> list[str]:
    """Every name in the directory, as spelled there: what a draft spells its people by. Names
    alone: `list_people` also reads every participation for counts and titles (7 s at 100,000
    meetings, a draft of one report waited for it)."""
    return list(session.connection().execute(select(P.c.name).order_by(P.c.id)).scalars())


def _latest_titles(
    session: Session, person_ids: list[int] | None = None
) -> dict[int, tuple[str | None, PartialDate | None]]:
    """Each person's most recent meeting date and the last title recorded for them (for
    everyone, or only `person_ids`: a suggestion list must not scan the whole book)."""
    statement = (
        select(PA.c.person_id, PA.c.title, M.c.date_start, M.c.date_precision)
        .join(M, M.c.id == PA.c.meeting_id)
        .order_by(M.c.date_start, M.c.id, PA.c.position)
    )
    if person_ids is not None:
        statement = statement.where(PA.c.person_id.in_(person_ids))
    latest: dict[int, tuple[str | None, PartialDate | None]] = {}
    for person_id, title, start, precision in session.connection().execute(statement):
        previous_title = latest.get(person_id, (None, None))[0]
        latest[person_id] = (title or previous_title, PartialDate.from_parts(start, precision))
    return latest


def _same_marks(typed: str, name: str) -> bool:
    """Each word typed with marks is a whole word of `name` with those marks."""
    marked = typed_marked(typed)
    have = marked_tokens(name) if marked else None
    return not marked or have is None or set(marked) <= set(have)


def find_person(name: str, *, session: Session) -> int:
    """The one person `name` means: exact spelling first, then folded words; else a clear error."""
    conn = session.connection()
    exact = conn.execute(select(P.c.id).where(P.c.name_key == name_key(name))).scalar()
    if exact is not None:
        return int(exact)
    statement = select(P.c.id, P.c.name)
    for word in typed_words(name):
        statement = statement.where(P.c.search_key.like(like_word(word), escape=LIKE_ESCAPE))
    found = conn.execute(statement.limit(11)).all()
    found = [row for row in found if _same_marks(name, row.name)]
    if not found:
        raise NotFound(_("no person named {name!r}; `minutebook people` lists everyone", name=name))
    if len(found) > 1:
        names = ", ".join(row.name for row in found[:10])
        raise StoreError(
            _("{name!r} could be several people: {names}; write the full name",
              name=name, names=names)
        )
    return int(found[0].id)


def person_named(name: str, *, session: Session) -> int | None:
    """The person spelled exactly `name` (case and spacing aside, marks kept), if any."""
    conn = session.connection()
    found = conn.execute(select(P.c.id).where(P.c.name_key == name_key(name))).scalar()
    return None if found is None else int(found)


def person_name(person_id: int, *, session: Session) -> str:
    name = session.connection().execute(select(P.c.name).where(P.c.id == person_id)).scalar()
    if name is None:
        raise NotFound(_("no person {id}", id=person_id))
    return str(name)


def timeline(person_id: int, *, session: Session) -> list[Appearance]:
    """Every meeting of a person, newest first, with the role and the title held then."""
    rows = session.connection().execute(
        select(M.c.id, M.c.date_start, M.c.date_precision, M.c.title, PA.c.role, PA.c.title)
        .join(M, M.c.id == PA.c.meeting_id)
        .where(PA.c.person_id == person_id)
        .order_by(M.c.date_start.desc(), M.c.id.desc(), PA.c.position)
    )
    return [
        Appearance(mid, PartialDate.from_parts(start, precision), title, role, held)
        for mid, start, precision, title, role, held in rows
    ]


def _touch(
    before: dict[int, MeetingRecord], session: Session, *, action: str, note: str
) -> None:
    """The meetings' records changed (a name in them): new version, new search words, and the
    change in each meeting's history (`before` holds their records as they were)."""
    meeting_ids = list(before)
    conn = session.connection()
    if not meeting_ids:
        return
    # An editor holding one of these meetings open must not overwrite the new name.
    now = now_utc()
    conn.execute(
        update(M).where(M.c.id.in_(meeting_ids)).values(version=M.c.version + 1, updated_at=now)
    )
    after: dict[int, MeetingRecord] = load_records(meeting_ids, session=session)
    who = current_user(conn)
    for meeting_id, record in after.items():
        words = search_values(conn, search_body(record), search_marked(record))
        conn.execute(update(MS).where(MS.c.meeting_id == meeting_id).values(**words))
        history.supersede(conn, meeting_id, before[meeting_id])
        last = history.latest(conn, meeting_id)
        row = history.event_row(
            meeting_id=meeting_id, uid=record.uid or "", version=record.version or 1,
            action=action, saved_at=now, saved_by=who, content=history.record_hash(record),
            previous=last.chain_hash if last is not None else None, note=note,
        )  # fmt: skip
        conn.execute(H.insert().values(**row))


def _meetings_of(person_id: int, session: Session) -> list[int]:
    rows = session.connection().execute(
        select(PA.c.meeting_id).where(PA.c.person_id == person_id).distinct()
    )
    return [int(r) for r in rows.scalars()]


def rename_person(person_id: int, new_name: str, *, session: Session) -> bool:
    """Respell a person everywhere; False if the name was already written exactly so."""
    new_name = clean(new_name)
    if not new_name:
        raise StoreError(_("the new name is empty"))
    lock_for_writing(session)
    conn = session.connection()
    other = conn.execute(
        select(P.c.id, P.c.name).where(P.c.name_key == name_key(new_name), P.c.id != person_id)
    ).first()
    if other is not None:
        raise StoreError(
            _("{name!r} is already a person; to make them one, use `minutebook people merge`",
              name=other.name)
        )
    old_name = person_name(person_id, session=session)
    if old_name == new_name:
        return False
    if any(mark in new_name for mark in "()[]|;"):
        raise StoreError(_("{name!r} is not a name: leave titles out of it", name=new_name))
    before = load_records(_meetings_of(person_id, session), session=session)
    conn.execute(
        update(P)
        .where(P.c.id == person_id)
        .values(name=new_name, name_key=name_key(new_name), search_key=words_key(new_name))
    )
    _touch(before, session, action="renamed", note=f"{old_name} → {new_name}")
    return True


def merge_people(keep_id: int, other_id: int, *, session: Session) -> int:
    """Make `other` the same person as `keep`; return how many meetings moved. What it changed is
    kept in `person_merge`, so that `store.merging.undo_merge` can put it back exactly."""
    if keep_id == other_id:
        raise StoreError(_("cannot merge a person with themselves"))
    lock_for_writing(session)
    keep_name = person_name(keep_id, session=session)
    other_name = person_name(other_id, session=session)
    conn = session.connection()
    moved = _meetings_of(other_id, session)
    before = load_records(moved, session=session)
    # Where both already appear in the same meeting in the same role, the kept row wins.
    columns = (PA.c.id, PA.c.meeting_id, PA.c.role, PA.c.title, PA.c.position)
    kept = {
        (row.meeting_id, row.role): row
        for row in conn.execute(select(*columns).where(PA.c.person_id == keep_id))
    }
    drop, dropped, retitled, moved_rows = [], [], [], []
    for row in conn.execute(select(*columns).where(PA.c.person_id == other_id)).all():
        # A row is named by (meeting, role): one per person and role (uq_participation_role).
        twin = kept.get((row.meeting_id, row.role))
        if twin is None:
            moved_rows.append([row.meeting_id, row.role])
            continue
        drop.append(row.id)
        dropped.append([row.id, row.meeting_id, row.role, row.title, row.position])
        if not twin.title and row.title:  # keep what only the duplicate knew
            retitled.append([row.meeting_id, row.role, twin.title])
            conn.execute(update(PA).where(PA.c.id == twin.id).values(title=row.title))
    if drop:
        conn.execute(delete(PA).where(PA.c.id.in_(drop)))
    conn.execute(update(PA).where(PA.c.person_id == other_id).values(person_id=keep_id))
    conn.execute(delete(P).where(P.c.id == other_id))
    _touch(before, session, action="merged", note=f"{other_name} → {keep_name}")
    after = {mid: history.latest(conn, mid).content_hash for mid in moved}
    changes = {"moved": moved_rows, "dropped": dropped, "retitled": retitled, "meetings": after}
    conn.execute(
        PM.insert().values(
            kept_id=keep_id, kept_name=keep_name, removed_id=other_id, removed_name=other_name,
            merged_at=now_utc(), merged_by=current_user(conn),
            changes=json.dumps(changes, ensure_ascii=False, separators=(",", ":")),
        )
    )  # fmt: skip
    return len(moved)


def possible_duplicates(*, session: Session) -> list[list[PersonSummary]]:
    """Groups of different people whose names are the same without diacritics."""
    groups: dict[str, list[PersonSummary]] = defaultdict(list)
    for person in list_people(session=session):
        groups[" ".join(fold(person.name).split())].append(person)
    return [group for group in groups.values() if len(group) > 1]



def suggest_people(text: str, *, session: Session, limit: int = 8) -> list[PersonSummary]:
    """People whose name has a word starting with each word typed, diacritics aside.

    `khang` offers Nguyễn Đình Khang, `nguyen d` those with a word `nguyen…` and another `d…`,
    `hai` both Hải and Hai. Those whose given name a word typed starts first, then the
    most frequent in the book, then in the order of a Vietnamese list of people
    (`store.collation.name_order_key`); at most `limit`.
    """
    typed = typed_words(text)
    if not typed or limit <= 0:
        return []
    conn = session.connection()
    meetings = func.count(func.distinct(PA.c.meeting_id)).label("meetings")
    statement = (
        select(P.c.id, P.c.name, P.c.search_key, meetings)
        .select_from(P.outerjoin(PA, PA.c.person_id == P.c.id))
        .group_by(P.c.id, P.c.name, P.c.search_key)
    )
    for word in typed:
        statement = statement.where(P.c.search_key.like(like_prefix(word), escape=LIKE_ESCAPE))
    rows = conn.execute(statement.order_by(meetings.desc(), P.c.name)).all()
    # SQL narrows; Python checks each typed word starts a *different* word, and orders names
    # in Vietnamese order, given name first (the database compares code points: Đ after Z).
    found = [
        row
        for row in rows
        if matches(typed, row.search_key.split()) and marks_agree(text, row.name)
    ]
    # A name whose given name (its last word) a typed word starts comes first, whatever the
    # order of the words typed: `hoai` meant Bùi Thị Minh Hoài, and Nguyễn Tất Hoài Hiệp (Hoài
    # his middle name) came before her.
    def given_typed(row: Row) -> bool:
        given = row.search_key.split()[-1]
        return any(given.startswith(word) for word in typed)

    found.sort(key=lambda row: (not given_typed(row), -row.meetings, name_order_key(row.name),
                                row.name))  # fmt: skip
    chosen = found[:limit]
    latest = _latest_of([row.id for row in chosen], session)
    return [
        PersonSummary(row.id, row.name, int(row.meetings), *latest.get(row.id, (None, None)))
        for row in chosen
    ]



def _latest_of(
    person_ids: list[int], session: Session
) -> dict[int, tuple[str | None, PartialDate | None]]:
    return _latest_titles(session, person_ids) if person_ids else {}


def last_title(name: str, *, session: Session) -> str | None:
    """The title most recently recorded for the person called exactly `name`; None if none.

    Exactly means the person's identity (`name_key`: case and spacing aside, diacritics kept),
    so a new name gets no one else's title.
    """
    conn = session.connection()
    person_id = conn.execute(select(P.c.id).where(P.c.name_key == name_key(name))).scalar()
    if person_id is None:
        return None
    title = conn.execute(
        select(PA.c.title)
        .join(M, M.c.id == PA.c.meeting_id)
        .where(PA.c.person_id == person_id, PA.c.title.is_not(None), PA.c.title != "")
        .order_by(M.c.date_start.desc(), M.c.id.desc(), PA.c.position.desc())
        .limit(1)
    ).scalar()
    return str(title) if title else None
