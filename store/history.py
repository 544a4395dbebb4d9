"""A meeting's history: every saved state kept, who saved it and when, chained by hashes.

Each save, import, restore, rename or merge that changes a meeting adds one `meeting_history` row
(`add_event`); the row of the state it replaces gets that state's record as JSON (`supersede`),
so history only grows and any version can be shown, compared (`changes`) or restored. A row
carries the hash of the meeting's content at that version (`content_hash`) and a hash over
itself and the row before it (`chain_hash`); `verify` recomputes both, and names every meeting
whose stored record or history no longer matches: what was changed outside the program.

What the hashes cover: the meeting's own fields, its organisers' and people's names as stored,
roles, titles held, decisions and documents. Not covered: an organisation's short forms (shared
by every meeting of that body), the search index (rebuilt from the record). `verify` proves that
nothing was changed behind the program's back since it last wrote; it cannot prove who typed a
record, and someone able to rewrite the whole database can recompute every hash.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import Connection, func, select, update

from store.i18n import _
from store.models import Meeting, MeetingHistory, TrashedMeeting
from store.record import MeetingRecord, validate_record
from store.rows import Prepared, prepare
from store.words import one_line

M = Meeting.__table__
H = MeetingHistory.__table__
T = TrashedMeeting.__table__

# What a history row says happened.
ACTIONS = (
    "created", "imported", "edited", "decision", "restored", "reverted", "renamed", "merged",
    "merge undone",
    "deleted", "undeleted", "approved", "locked", "amended", "recorded", "changed outside",
)  # fmt: skip
CHANGED_OUTSIDE = "changed outside"  # a state found in the book that no save of ours wrote
# The notes the store itself writes with a save, by the action that writes them: kept in English,
# as stored data is, and said in the interface's language when read (`note_said`). Any other
# note is a person's words (an amendment's reason, a rename) and is shown as typed.
REVERTED_NOTE = "to version {version}"
DECISION_NOTE = "decision {number}: {status}"
OUTSIDE_NOTE = "found when the meeting was next saved"
_STORE_NOTES = {"reverted": REVERTED_NOTE, "decision": DECISION_NOTE, CHANGED_OUTSIDE: OUTSIDE_NOTE}
USER_ENV = "MINUTEBOOK_USER"  # a display name for history, instead of the login name
# The same, kept: `name = "Nguyễn Thị Lan"` in the config folder's minutebook.toml.
CONFIG_FILE = "minutebook.toml"


def _configured_name() -> str:
    from platformdirs import user_config_path

    path = user_config_path("minutebook", appauthor=False) / CONFIG_FILE
    try:
        if not path.is_file() or path.stat().st_size > 64 * 1024:
            return ""
        import tomllib

        name = tomllib.loads(path.read_text(encoding="utf-8")).get("name", "")
    except (OSError, ValueError, UnicodeDecodeError):  # unreadable: history says who logged in
        return ""
    return name if isinstance(name, str) else ""


def current_user(conn: Connection) -> str:
    """Who is saving: $MINUTEBOOK_USER, else `name` in the config folder's minutebook.toml, else
    the PostgreSQL role or the login name."""
    named = os.environ.get(USER_ENV, "").strip() or _configured_name().strip()
    if named:
        return " ".join(named.split())[:200]
    if conn.dialect.name == "postgresql":
        return str(conn.exec_driver_sql("SELECT current_user").scalar())
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without /etc/passwd entry)
        return f"uid {os.getuid()}"


def _stamp(value: datetime) -> str:
    aware = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return aware.strftime("%Y-%m-%dT%H:%M:%SZ")


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return _stamp(value)
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    return value


def content_hash(prepared: Prepared, people: Sequence[str], organisations: Sequence[str]) -> str:
    """The hash of a meeting's content, its people and organisers named as they are stored."""
    content = [
        "minutebook-content-1",
        prepared.uid,
        _plain(prepared.meeting),
        list(organisations),
        [[name, p[2], p[3]] for name, p in zip(people, prepared.participants, strict=True)],
        _plain(prepared.decisions),
        _plain(prepared.documents),
    ]
    text = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def record_hash(record: MeetingRecord) -> str:
    """The content hash of a record as stored (its names are the stored spellings)."""
    return content_hash(
        prepare(record), [p.name for p in record.participants], [o.name for o in record.organisers]
    )


def chain_hash(previous: str | None, row: dict[str, Any]) -> str:
    """The hash over one history row and the chain before it."""
    fields = [
        previous or "",
        str(row["meeting_id"]),
        row["uid"],
        str(row["version"]),
        row["action"],
        _stamp(row["saved_at"]),
        row["saved_by"],
        row["note"] or "",
        row["content_hash"],
    ]
    return hashlib.sha256("\x1f".join(fields).encode()).hexdigest()


def record_json(record: MeetingRecord) -> str:
    return json.dumps(record.to_json(), ensure_ascii=False, separators=(",", ":"))


def latest(conn: Connection, meeting_id: int) -> Any:
    """The newest history row of a meeting (None before its first)."""
    return conn.execute(
        select(H).where(H.c.meeting_id == meeting_id).order_by(H.c.id.desc()).limit(1)
    ).first()


def event_row(
    *,
    meeting_id: int,
    uid: str,
    version: int,
    action: str,
    saved_at: datetime,
    saved_by: str,
    content: str,
    previous: str | None,
    note: str | None = None,
) -> dict[str, Any]:
    """A history row ready to insert, its chain hash computed."""
    row: dict[str, Any] = {
        "meeting_id": meeting_id,
        "uid": uid,
        "version": version,
        "action": action,
        "saved_at": saved_at,
        "saved_by": saved_by,
        "note": note,
        "record": None,
        "content_hash": content,
    }
    row["chain_hash"] = chain_hash(previous, row)
    return row


def supersede(conn: Connection, meeting_id: int, record: MeetingRecord) -> None:
    """Keep `record`, the state about to be replaced, in the history row that describes it.

    If `record` is not the state that row's hash says (the meeting was changed outside the
    program since its last save), it is kept in a row of its own, "changed outside", so what
    was found is not passed off as the saved version; `verify` goes on naming the meeting.
    """
    row = latest(conn, meeting_id)
    if row is None:
        return
    found = record_hash(record)
    if found == row.content_hash:
        if row.record is None:
            conn.execute(update(H).where(H.c.id == row.id).values(record=record_json(record)))
        return
    outside = event_row(
        meeting_id=meeting_id, uid=record.uid or row.uid, version=record.version or row.version,
        action=CHANGED_OUTSIDE, saved_at=_now(), saved_by=current_user(conn), content=found,
        previous=row.chain_hash, note=OUTSIDE_NOTE,
    )  # fmt: skip
    outside["record"] = record_json(record)
    conn.execute(H.insert().values(**outside))


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


# Reading ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Version:
    """One row of a meeting's history, as a person reads it."""

    meeting_id: int
    version: int
    action: str
    saved_at: datetime
    saved_by: str
    note: str | None
    changes: tuple[Change, ...]  # against the state before it; empty for the first


def _template_pattern(template: str) -> re.Pattern[str]:
    """What a note written from `template` looks like: its `{names}` as named groups."""
    pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>\\w+)", re.escape(template))
    return re.compile(pattern)


_NOTE_PATTERNS = {action: _template_pattern(note) for action, note in _STORE_NOTES.items()}


def note_said(version: Version) -> str:
    """A version's note as every face shows it, on one line: the store's own (`to version 2`,
    `decision 1: done`) in the interface's language (`về phiên bản 2`), anything else as typed."""
    pattern = _NOTE_PATTERNS.get(version.action)
    found = pattern.fullmatch(version.note or "") if pattern is not None else None
    if found is None:
        return one_line(version.note)
    values = found.groupdict()
    if "status" in values:
        values["status"] = _(values["status"])  # a decision status's code: `done`
    return _(_STORE_NOTES[version.action], **values)


@dataclass(frozen=True)
class Change:
    """One field that differs between two states of a meeting."""

    field: str  # a record field name ("title", "participants", ...)
    before: str
    after: str

    def to_json(self) -> dict[str, str]:
        return {"field": self.field, "before": self.before, "after": self.after}


def states(conn: Connection, meeting_id: int, current: MeetingRecord | None) -> list[Any]:
    """The meeting's history rows, oldest first, each with the record it describes (the latest
    row's is `current`, the live record; a trashed meeting's is its trashed record)."""
    rows = conn.execute(select(H).where(H.c.meeting_id == meeting_id).order_by(H.c.id)).all()
    out = []
    for row in rows:
        record = _parse(row.record) if row.record is not None else None
        out.append((row, record))
    if out and out[-1][1] is None:
        out[-1] = (out[-1][0], current)
    return out


def _parse(text: str) -> MeetingRecord | None:
    checked = validate_record(json.loads(text), source="history", kept=True)
    return checked if isinstance(checked, MeetingRecord) else None


def versions(conn: Connection, meeting_id: int, current: MeetingRecord | None) -> list[Version]:
    found = []
    before: MeetingRecord | None = None
    for row, record in states(conn, meeting_id, current):
        diff = tuple(changes(before, record)) if before is not None and record is not None else ()
        found.append(
            Version(
                row.meeting_id, row.version, row.action, _aware(row.saved_at), row.saved_by,
                row.note, diff,
            )
        )  # fmt: skip
        if record is not None:
            before = record
    return found


def _aware(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# Comparing two states ---------------------------------------------------------------------------

# The fields a person compares, in the order the record lists them; the bookkeeping fields
# (uid, timestamps, version) are not changes anyone made.
COMPARED = (
    "title", "kind", "date", "date_inferred", "part_of_day", "start_time", "end_time", "location",
    "organisers", "participants", "decisions", "documents", "notes", "source", "status",
    "approved_on", "approved_by",
)  # fmt: skip


def field_text(record: MeetingRecord, name: str) -> str:
    """A field of a record as one readable text (lists one item a line)."""
    value = record.to_json()[name]
    if name == "organisers":
        return "\n".join(o["name"] for o in value)
    if name == "participants":
        return "\n".join(
            f"{p['name']} ({p['role']})" + (f" — {p['title']}" if p["title"] else "") for p in value
        )
    if name == "decisions":
        return "\n".join(
            f"{n}. [{d['kind']}, {d['status']}] {d['text']}"
            + (f" — {d['responsible']}" if d["responsible"] else "")
            + (f" (hạn {d['due']})" if d["due"] else "")
            for n, d in enumerate(value, start=1)
        )
    if name == "documents":
        return "\n".join(
            " ".join(filter(None, [d["kind"], d["number"], d["date"], d["title"]])) for d in value
        )
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def changes(before: MeetingRecord, after: MeetingRecord) -> Iterable[Change]:
    """Field by field, what differs between two states of a meeting."""
    for name in COMPARED:
        old, new = field_text(before, name), field_text(after, name)
        if old != new:
            yield Change(name, old, new)


def merged(base: MeetingRecord, mine: MeetingRecord, theirs: MeetingRecord,
           keep_mine: Iterable[str]) -> MeetingRecord:  # fmt: skip
    """`theirs` (the saved state) with the fields named in `keep_mine` taken from `mine`, and
    with every field only `mine` changed since `base` kept too: a merge of two saves."""
    chosen = set(keep_mine)
    data = theirs.to_json()
    mine_json, base_json = mine.to_json(), base.to_json()
    for name in COMPARED:
        changed_by_me = mine_json[name] != base_json[name]
        changed_by_them = data[name] != base_json[name]
        if name in chosen or (changed_by_me and not changed_by_them):
            data[name] = mine_json[name]
    checked = validate_record(data, source="merge")
    if not isinstance(checked, MeetingRecord):
        from store.errors import InvalidRecord

        raise InvalidRecord(checked)
    return checked


def conflicts(base: MeetingRecord, mine: MeetingRecord, theirs: MeetingRecord) -> list[Change]:
    """The fields both saves changed, differently: `before` is theirs, `after` is mine."""
    found = []
    for name in COMPARED:
        b, m, t = field_text(base, name), field_text(mine, name), field_text(theirs, name)
        if m != b and t != b and m != t:
            found.append(Change(name, t, m))
    return found


# Verifying --------------------------------------------------------------------------------------


def verify(conn: Connection, live: dict[int, MeetingRecord]) -> list[str]:
    """Every way the stored records and their history disagree with their hashes, one line each.

    `live` holds every meeting's record as stored now (id -> record).
    """
    problems: list[str] = []
    trashed = {row.meeting_id: row for row in conn.execute(select(T))}
    rows_by_meeting: dict[int, list[Any]] = {}
    for row in conn.execute(select(H).order_by(H.c.meeting_id, H.c.id)):
        rows_by_meeting.setdefault(row.meeting_id, []).append(row)
    for meeting_id in sorted(set(live) | set(trashed) | set(rows_by_meeting)):
        problem = _verify_meeting(
            meeting_id, live.get(meeting_id), trashed.get(meeting_id),
            rows_by_meeting.get(meeting_id, []),
        )  # fmt: skip
        if problem:
            problems.append(_("meeting #{id}: {problem}", id=meeting_id, problem=problem))
    return problems


def _verify_meeting(meeting_id: int, record: MeetingRecord | None, trashed: Any,
                    rows: list[Any]) -> str | None:  # fmt: skip
    if not rows:
        return _("has no history: it was written outside the program") if record else None
    previous: str | None = None
    outside = [row for row in rows if row.action == CHANGED_OUTSIDE]
    for row in rows:
        expected = chain_hash(previous, row._asdict())
        if expected != row.chain_hash:
            return _("its history was changed outside the program (version {version})",
                     version=row.version)  # fmt: skip
        previous = row.chain_hash
        if row.record is not None:
            kept = _parse(row.record)
            if kept is None or record_hash(kept) != row.content_hash:
                return _("its history was changed outside the program (version {version})",
                         version=row.version)  # fmt: skip
    last = rows[-1]
    if outside:
        when = _aware(outside[0].saved_at).strftime("%d/%m/%Y")
        return _(
            "its record was changed outside the program before version {version} (found on"
            " {when}; history keeps what was found)", version=outside[0].version, when=when,
        )  # fmt: skip
    if record is not None:
        if last.action == "deleted":
            return _("is in the book although its history says it was deleted")
        if record.version != last.version or record_hash(record) != last.content_hash:
            return _("its record was changed outside the program")
    elif trashed is not None:
        kept = _parse(trashed.record)
        if kept is None or record_hash(kept) != last.content_hash:
            return _("its record in the trash was changed outside the program")
    elif last.action != "deleted":
        return _("is missing from the book, and its history does not say it was deleted")
    return None


def history_count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(H)).scalar_one())
