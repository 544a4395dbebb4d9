"""`MeetingRecord`: the one shape a meeting takes outside the database, and its validator.

Import reads it, export writes it, `--format json` prints it, the CLI's `add`/`edit` build it
and the TUI's form will fill it: so exactly one place decides what a valid meeting is. The
documented form is docs/format.md. Vietnamese spellings of enumerated values (`chủ trì`, `chiều`,
`kết luận`) are accepted on the way in; the canonical codes come out.

Bad or hostile data is refused with a message naming the field, never let through and never a
crash: every string is at most `MAX_TEXT` characters and each field has its own limit; lists are
capped (`MAX_PEOPLE`, `MAX_DECISIONS`, ...) before their items are read; control characters
(NUL, DEL, ... but not ESC) are refused rather than silently stripped, so what is stored is
exactly what the file said: notes keep tab, line feed and carriage return, and one-line fields
collapse those and the other whitespace controls into one space; dates and timestamps must fall in
MIN_YEAR..MAX_YEAR of `store.dates`.
"""

from __future__ import annotations

import itertools
import re
from datetime import UTC, datetime, time
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from store.dates import (
    MAX_YEAR,
    MIN_YEAR,
    DateError,
    PartialDate,
    parse_part_of_day,
    parse_partial_date,
    parse_time,
    refuse_unread,
    with_part_of_day,
)
from store.errors import Problem
from store.text import clean, fold, nfc
from store.vocabulary import DECISION_KINDS, DECISION_STATUSES, MEETING_STATUSES, ROLES

UID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$")

# Far above any real meeting (the longest minutes we have seen are a few thousand words, the
# biggest congress a few hundred delegates), low enough that a broken or hostile file is refused
# in milliseconds instead of filling memory and the database.
MAX_TEXT = 1_000_000  # characters in any one string, whatever the field
MAX_PEOPLE = 5_000
MAX_DECISIONS = 1_000
MAX_DOCUMENTS = 1_000
MAX_ORGANISERS = 100
MAX_SHORT_FORMS = 20
MAX_FIELDS = 100  # keys in one JSON object; a meeting has 20, so more is not a meeting
MAX_VERSION = 2**31 - 1  # databases store it as a 32-bit integer
MAX_WORD = 100  # an enumerated value, a date or a time is never longer

# Refused in notes: C0 controls but tab, line feed and carriage return; DEL; C1 controls (in
# pasted text they are mojibake from a wrong encoding); and lone surrogates, which a JSON \ud800
# escape produces and neither UTF-8 nor the database can hold. One-line fields also let through
# the controls that str.split() counts as whitespace (vertical tab, form feed, U+001C..U+001F,
# U+0085), because they collapse into a space there, as Word's line breaks in a pasted title should.
# ESC alone is let through: text copied from a terminal carries colour codes, and a book shared
# with other tools may hold them; every face shows them as literal text (tests check it).
_FORBIDDEN_IN_BLOCK = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f-\x9f\ud800-\udfff]")
_FORBIDDEN_IN_LINE = re.compile("[\x00-\x08\x0e-\x1a\x7f-\x84\x86-\x9f\ud800-\udfff]")

# Vietnamese names for the enumerated values, keyed by their folded form.
ROLE_WORDS = {
    "chu tri": "chair", "dong chu tri": "chair", "chair": "chair",
    "du": "attendee", "tham du": "attendee", "attendee": "attendee",
    "phat bieu": "speaker", "speaker": "speaker",
    "thu ky": "secretary", "secretary": "secretary",
    "dai dien": "representative", "representative": "representative",
    "vang": "absent", "vang mat": "absent", "absent": "absent",
}  # fmt: skip
DECISION_KIND_WORDS = {
    "decision": "decision", "quyet dinh": "decision", "nghi quyet": "decision",
    "conclusion": "conclusion", "ket luan": "conclusion",
    "assignment": "assignment", "giao viec": "assignment", "giao nhiem vu": "assignment",
    "phan cong": "assignment",
}  # fmt: skip
STATUS_WORDS = {
    "open": "open", "mo": "open", "dang thuc hien": "open", "chua xong": "open",
    "done": "done", "xong": "done", "da xong": "done", "hoan thanh": "done",
    "dropped": "dropped", "huy": "dropped", "bo": "dropped",
}  # fmt: skip
MEETING_STATUS_WORDS = {
    "draft": "draft", "du thao": "draft", "ban du thao": "draft", "nhap": "draft",
    "ban nhap": "draft",
    "final": "final", "chinh thuc": "final", "ban chinh thuc": "final",
    "approved": "approved", "thong qua": "approved", "da thong qua": "approved",
    "locked": "locked", "khoa": "locked", "da khoa": "locked",
}  # fmt: skip


def _shown(value: object) -> str:
    """A value quoted for a one-line message: at most 40 characters, controls escaped by repr."""
    text = value if isinstance(value, str) else str(value)
    flat = " ".join(text[:200].split())
    return repr(flat[:40] + "…") if len(flat) > 40 else repr(flat)


def _text(value: Any, forbidden: re.Pattern[str] = _FORBIDDEN_IN_LINE) -> str:
    """`value` if it is text that may be stored, else a ValueError saying why it is not."""
    if not isinstance(value, str):
        raise ValueError("must be text")
    if len(value) > MAX_TEXT:
        raise ValueError(f"is {len(value):,} characters long; no text may exceed {MAX_TEXT:,}")
    # isprintable() is a fast C test that nearly every title and name passes; only text that
    # fails it (notes with line breaks, a no-break space) pays for the regex.
    if not value.isprintable():
        bad = forbidden.search(value)
        if bad is not None:
            code = ord(bad.group())
            what = "half of a surrogate pair" if code >= 0xD800 else "the control character"
            raise ValueError(
                f"contains {what} U+{code:04X} at character {bad.start() + 1}; remove it"
            )
    return value


def _word(value: Any, what: str) -> str:
    """A short text (a date, a time, a code): refused early if it cannot be one."""
    if not isinstance(value, str):
        raise ValueError(f"{what} must be text")
    if len(value) > MAX_WORD:
        raise ValueError(f"{_shown(value)} is too long to be a {what} ({len(value):,} characters)")
    return _text(value)


def _at_most(limit: int, what: str, holder: str) -> Any:
    """Refuse a list longer than `limit` before any of its items is validated."""

    def check(value: Any) -> Any:
        if isinstance(value, list | tuple) and len(value) > limit:
            raise ValueError(f"has {len(value):,} {what}; {holder} has at most {limit:,}")
        return value

    return BeforeValidator(check)


def _word_key(value: str) -> str:
    """Folded with no spaces, so `chủ trì`, `chu tri` and `chutri` are one word."""
    return "".join(fold(value).split())


def _enum(words: dict[str, str], accepted: tuple[str, ...], what: str) -> Any:
    keyed = {_word_key(word): code for word, code in words.items()}

    def convert(value: Any) -> Any:
        if value is None or value == "":
            return None
        code = keyed.get(_word_key(_word(value, what)))
        if code is None:
            raise ValueError(f"unknown {what} {_shown(value)}; use one of {', '.join(accepted)}")
        return code

    return BeforeValidator(convert)


def _partial_date(value: Any) -> Any:
    if value is None or value == "" or isinstance(value, PartialDate):
        return value or None
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**6:
        value = str(value)
    if not isinstance(value, str):
        raise ValueError("a date must be text such as 2024-03-15, 15/3/2024, 2024-03 or 2024")
    try:
        return parse_partial_date(_word(value, "date"))
    except DateError as exc:
        raise ValueError(str(exc)) from None


def _time(value: Any) -> Any:
    if value is None or value == "" or isinstance(value, time):
        return value or None
    if not isinstance(value, str):
        raise ValueError("a time must be text such as 14:00")
    try:
        return parse_time(_word(value, "time"))
    except DateError as exc:
        raise ValueError(str(exc)) from None


def _part_of_day(value: Any) -> Any:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError("part of day must be text such as 'afternoon' or 'chiều'")
    try:
        return parse_part_of_day(_word(value, "part of day"))
    except DateError as exc:
        raise ValueError(str(exc)) from None


def _line(value: Any) -> Any:
    """One-line text: NFC, trimmed, inner whitespace collapsed; empty becomes None."""
    if value is None:
        return None
    return clean(_text(value)) or None


def _required_line(value: Any) -> Any:
    line = _line(value)
    if line is None:
        raise ValueError("must not be empty")
    return line


def _block(value: Any) -> Any:
    """Multi-line text (notes): NFC, kept as written apart from surrounding blank space."""
    if value is None:
        return None
    return nfc(_text(value, _FORBIDDEN_IN_BLOCK)).strip() or None


def _timestamp(value: Any) -> Any:
    if value is None or value == "" or isinstance(value, datetime):
        return value or None
    if not isinstance(value, str):
        raise ValueError("a timestamp must be text such as 2024-03-15T08:00:00Z")
    text = _word(value, "timestamp").strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"{_shown(value)} is not a timestamp; use 2024-03-15T08:00:00Z") from None
    # Checked before the shift to UTC, which overflows at the ends of datetime's range, and
    # after it, so that what is exported can be imported again.
    _in_range(parsed)
    # A time without an offset is taken as UTC, the zone every export writes.
    return _in_range(
        parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    )


def _in_range(stamp: datetime) -> datetime:
    if not MIN_YEAR <= stamp.year <= MAX_YEAR:
        raise ValueError(f"year {stamp.year} is out of range ({MIN_YEAR}-{MAX_YEAR})")
    return stamp


DateField = Annotated[PartialDate | None, BeforeValidator(_partial_date)]
TimeField = Annotated[time | None, BeforeValidator(_time)]
Stamp = Annotated[datetime | None, BeforeValidator(_timestamp)]
Line = Annotated[str | None, BeforeValidator(_line)]
Block = Annotated[str | None, BeforeValidator(_block)]
RequiredLine = Annotated[str, BeforeValidator(_required_line)]


class _Shape(BaseModel):
    # defer_build: pydantic builds a class's validator when it first validates, so a command
    # that only reads the book (a search printing JSON) never pays for it at start-up.
    model_config = ConfigDict(
        extra="forbid", arbitrary_types_allowed=True, frozen=True, defer_build=True
    )

    @model_validator(mode="before")
    @classmethod
    def _few_fields(cls, value: Any) -> Any:
        # One problem for an object with a million keys, not a million "is not a field" lines.
        if isinstance(value, dict) and len(value) > MAX_FIELDS:
            unknown = itertools.islice((k for k in value if k not in cls.model_fields), 3)
            raise ValueError(
                f"has {len(value):,} fields ({', '.join(map(_shown, unknown))}, ...); "
                f"only {len(cls.model_fields)} are known (see docs/format.md)"
            )
        return value


class Organiser(_Shape):
    name: RequiredLine = Field(max_length=300)
    short_forms: Annotated[
        list[RequiredLine], _at_most(MAX_SHORT_FORMS, "short forms", "an organisation")
    ] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _from_name(cls, value: Any) -> Any:
        return {"name": value} if isinstance(value, str) else value

    @field_validator("short_forms")
    @classmethod
    def _distinct(cls, forms: list[str]) -> list[str]:
        seen: dict[str, str] = {}
        for form in forms:
            seen.setdefault(form.casefold(), form)
        return list(seen.values())


def _person_name(value: Any) -> Any:
    name = _required_line(value)
    if any(mark in name for mark in "()[]|;"):
        raise ValueError(
            f"{_shown(name)} is not a name: "
            "write the title apart, as 'Name (title)' or 'Name | title'"
        )
    return name


class Participant(_Shape):
    name: Annotated[str, BeforeValidator(_person_name)] = Field(max_length=200)
    role: Annotated[str, _enum(ROLE_WORDS, ROLES, "role")] = "attendee"
    title: Line = Field(default=None, max_length=500)

    @field_validator("role", mode="before")
    @classmethod
    def _default_role(cls, value: Any) -> Any:
        return "attendee" if value is None or value == "" else value


class DecisionItem(_Shape):
    text: RequiredLine = Field(max_length=5000)
    kind: Annotated[str, _enum(DECISION_KIND_WORDS, DECISION_KINDS, "decision kind")] = "decision"
    responsible: Line = Field(default=None, max_length=500)
    due: DateField = None
    status: Annotated[str, _enum(STATUS_WORDS, DECISION_STATUSES, "status")] = "open"

    @field_validator("kind", "status", mode="before")
    @classmethod
    def _defaults(cls, value: Any, info: Any) -> Any:
        if value is None or value == "":
            return "decision" if info.field_name == "kind" else "open"
        return value


class DocumentItem(_Shape):
    number: RequiredLine = Field(max_length=100)
    kind: Line = Field(default=None, max_length=100)
    title: Line = Field(default=None, max_length=1000)
    date: DateField = None

    @model_validator(mode="after")
    def _infer_kind(self) -> DocumentItem:
        if self.kind is None:
            from store.cells import infer_document_kind

            kind = infer_document_kind(self.number)
            if kind:
                object.__setattr__(self, "kind", kind)
        return self


class MeetingRecord(_Shape):
    """A meeting as imported, exported and edited. Field order is the export key order."""

    uid: Line = None
    title: RequiredLine = Field(max_length=500)
    kind: Line = Field(default=None, max_length=100)
    date: Annotated[PartialDate, BeforeValidator(_partial_date), BeforeValidator(refuse_unread)]
    date_inferred: bool = False
    part_of_day: Annotated[str | None, BeforeValidator(_part_of_day)] = None
    start_time: TimeField = None
    end_time: TimeField = None
    location: Line = Field(default=None, max_length=500)
    organisers: Annotated[list[Organiser], _at_most(MAX_ORGANISERS, "organisers", "a meeting")] = (
        Field(default_factory=list)
    )
    participants: Annotated[list[Participant], _at_most(MAX_PEOPLE, "people", "a meeting")] = Field(
        default_factory=list
    )
    decisions: Annotated[list[DecisionItem], _at_most(MAX_DECISIONS, "decisions", "a meeting")] = (
        Field(default_factory=list)
    )
    documents: Annotated[list[DocumentItem], _at_most(MAX_DOCUMENTS, "documents", "a meeting")] = (
        Field(default_factory=list)
    )
    notes: Block = Field(default=None, max_length=MAX_TEXT)
    source: Line = Field(default=None, max_length=2000)
    # draft → final → approved → locked (store.vocabulary); the approval says when and by whom.
    status: Annotated[str, _enum(MEETING_STATUS_WORDS, MEETING_STATUSES, "status")] = "final"
    approved_on: DateField = None
    approved_by: Line = Field(default=None, max_length=500)
    created_at: Stamp = None
    updated_at: Stamp = None
    version: int | None = Field(default=None, ge=1, le=MAX_VERSION)

    @field_validator("status", mode="before")
    @classmethod
    def _final_by_default(cls, value: Any) -> Any:
        # A file from before statuses existed (or an empty CSV cell) holds kept records.
        return "final" if value is None or value == "" else value

    @field_validator("uid")
    @classmethod
    def _uid_shape(cls, uid: str | None) -> str | None:
        if uid is not None and not UID_PATTERN.match(uid):
            raise ValueError(
                f"{_shown(uid)} is not a uid: use letters, digits, '-', '_', '.', ':' (at most 100)"
            )
        return uid

    @field_validator("date_inferred", mode="before")
    @classmethod
    def _flag(cls, value: Any) -> Any:
        if value is None or value == "":
            return False
        if isinstance(value, str):
            word = _word_key(_word(value, "yes/no"))
            if word in {"true", "yes", "1", "co", "x"}:
                return True
            if word in {"false", "no", "0", "khong"}:
                return False
            raise ValueError(f"{_shown(value)} is not yes/no; use true or false")
        return value

    @field_validator("participants")
    @classmethod
    def _grouped_by_role(cls, people: list[Participant]) -> list[Participant]:
        # One canonical order, chairs first and then by role as ROLES lists them (the order
        # within a role is kept): every format and face lists people this way, so a CSV, which
        # has a column per role, carries a meeting exactly.
        seen: set[tuple[str, str]] = set()
        for participant in people:
            key = (" ".join(participant.name.casefold().split()), participant.role)
            if key in seen:
                raise ValueError(f"{participant.name} is listed twice as {participant.role}")
            seen.add(key)
        return sorted(people, key=lambda p: ROLES.index(p.role))

    @model_validator(mode="after")
    def _consistent(self) -> MeetingRecord:
        if self.end_time is not None and self.start_time is None:
            raise ValueError("end_time needs a start_time")
        if self.end_time and self.start_time and self.end_time < self.start_time:
            raise ValueError("end_time is before start_time")
        if self.status in ("approved", "locked") and self.approved_on is None:
            raise ValueError(
                f"a record that is {self.status} says when it was approved: give approved_on"
            )
        return self

    def to_json(self) -> dict[str, Any]:
        """The export form: every key present, in documented order, JSON-ready values."""
        return _json_value(self)


def _json_value(value: Any) -> Any:
    """A record's values as JSON: each type has one written form, in the order of the fields.

    Written out rather than left to pydantic's serializer, whose build would cost every command
    that prints records (see `_Shape`) more than the printing itself.
    """
    if isinstance(value, _Shape):
        return {name: _json_value(getattr(value, name)) for name in type(value).model_fields}
    if isinstance(value, list):
        return [_json_value(item) for item in value]
    if isinstance(value, PartialDate):
        return value.iso()
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return value


def problems_from(error: ValidationError, source: str, record: int | None) -> list[Problem]:
    """Turn pydantic's error list into our one-line problems, field paths as in the docs."""
    problems = []
    for item in error.errors(include_url=False):
        path = ""
        for part in item["loc"]:
            if isinstance(part, int):
                path += f"[{part + 1}]"
            elif part not in {"function-before", "function-after"}:
                # A key is the file's text: a 10 MB key must not make a 10 MB message.
                name = str(part)
                path += ("." if path else "") + (name if len(name) <= 40 else name[:40] + "…")
        problems.append(Problem(source, record, path, _reason(item)))
    return problems


def _reason(item: Any) -> str:
    kind = item["type"]
    if kind == "missing":
        return "is required"
    if kind == "extra_forbidden":
        return "is not a field of a meeting record (see docs/format.md)"
    message = str(item["msg"])
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    return message


def validate_record(
    data: Any, *, source: str = "<input>", record: int | None = None
) -> MeetingRecord | list[Problem]:
    """Validate one raw record; return the record or its problems (never raises for bad data)."""
    if not isinstance(data, dict):
        return [Problem(source, record, "", "a meeting must be a JSON object")]
    try:
        return MeetingRecord.model_validate(with_part_of_day(data))
    except ValidationError as exc:
        return problems_from(exc, source, record)
