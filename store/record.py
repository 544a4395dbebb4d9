"""`MeetingRecord`: the one shape a meeting takes outside the database, and its validator.

Import reads it, export writes it, `--format json` prints it, the CLI's `add`/`edit` build it
and the TUI's form will fill it: so exactly one place decides what a valid meeting is. The
documented form is docs/format.md. Vietnamese spellings of enumerated values (`chủ trì`, `chiều`,
`kết luận`) are accepted on the way in; the canonical codes come out.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    ValidationError,
    field_validator,
    model_validator,
)

from store.dates import DateError, PartialDate, parse_part_of_day, parse_partial_date, parse_time
from store.errors import Problem
from store.models import DECISION_KINDS, DECISION_STATUSES, ROLES
from store.text import clean, fold, nfc

UID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$")

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


def _word_key(value: str) -> str:
    """Folded with no spaces, so `chủ trì`, `chu tri` and `chutri` are one word."""
    return "".join(fold(value).split())


def _enum(words: dict[str, str], accepted: tuple[str, ...], what: str) -> Any:
    keyed = {_word_key(word): code for word, code in words.items()}

    def convert(value: Any) -> Any:
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            raise ValueError(f"{what} must be text")
        code = keyed.get(_word_key(value))
        if code is None:
            raise ValueError(f"unknown {what} {value!r}; use one of {', '.join(accepted)}")
        return code

    return BeforeValidator(convert)


def _partial_date(value: Any) -> Any:
    if value is None or value == "" or isinstance(value, PartialDate):
        return value or None
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError("a date must be text such as 2024-03-15, 15/3/2024, 2024-03 or 2024")
    try:
        return parse_partial_date(value)
    except DateError as exc:
        raise ValueError(str(exc)) from None


def _time(value: Any) -> Any:
    if value is None or value == "" or isinstance(value, time):
        return value or None
    if not isinstance(value, str):
        raise ValueError("a time must be text such as 14:00")
    try:
        return parse_time(value)
    except DateError as exc:
        raise ValueError(str(exc)) from None


def _part_of_day(value: Any) -> Any:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError("part of day must be text such as 'afternoon' or 'chiều'")
    try:
        return parse_part_of_day(value)
    except DateError as exc:
        raise ValueError(str(exc)) from None


def _line(value: Any) -> Any:
    """One-line text: NFC, trimmed, inner whitespace collapsed; empty becomes None."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("must be text")
    return clean(value) or None


def _required_line(value: Any) -> Any:
    line = _line(value)
    if line is None:
        raise ValueError("must not be empty")
    return line


def _block(value: Any) -> Any:
    """Multi-line text (notes): NFC, kept as written apart from surrounding blank space."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("must be text")
    return nfc(value).strip() or None


def _timestamp(value: Any) -> Any:
    if value is None or value == "" or isinstance(value, datetime):
        return value or None
    if not isinstance(value, str):
        raise ValueError("a timestamp must be text such as 2024-03-15T08:00:00Z")
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"{value!r} is not a timestamp; use 2024-03-15T08:00:00Z") from None
    # A time without an offset is taken as UTC, the zone every export writes.
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


DateField = Annotated[
    PartialDate | None,
    BeforeValidator(_partial_date),
    PlainSerializer(lambda d: d.iso() if d else None, return_type=str | None),
]
TimeField = Annotated[
    time | None,
    BeforeValidator(_time),
    PlainSerializer(lambda t: t.strftime("%H:%M") if t else None, return_type=str | None),
]
Stamp = Annotated[
    datetime | None,
    BeforeValidator(_timestamp),
    PlainSerializer(
        lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ") if t else None, return_type=str | None
    ),
]
Line = Annotated[str | None, BeforeValidator(_line)]
Block = Annotated[str | None, BeforeValidator(_block)]
RequiredLine = Annotated[str, BeforeValidator(_required_line)]


class _Shape(BaseModel):
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True, frozen=True)


class Organiser(_Shape):
    name: RequiredLine = Field(max_length=300)
    short_forms: list[RequiredLine] = Field(default_factory=list)

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
            f"{name!r} is not a name: write the title apart, as 'Name (title)' or 'Name | title'"
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
    date: Annotated[
        PartialDate,
        BeforeValidator(_partial_date),
        PlainSerializer(lambda d: d.iso(), return_type=str),
    ]
    date_inferred: bool = False
    part_of_day: Annotated[str | None, BeforeValidator(_part_of_day)] = None
    start_time: TimeField = None
    end_time: TimeField = None
    location: Line = Field(default=None, max_length=500)
    organisers: list[Organiser] = Field(default_factory=list)
    participants: list[Participant] = Field(default_factory=list)
    decisions: list[DecisionItem] = Field(default_factory=list)
    documents: list[DocumentItem] = Field(default_factory=list)
    notes: Block = Field(default=None, max_length=1_000_000)
    source: Line = Field(default=None, max_length=2000)
    created_at: Stamp = None
    updated_at: Stamp = None
    version: int | None = Field(default=None, ge=1)

    @field_validator("uid")
    @classmethod
    def _uid_shape(cls, uid: str | None) -> str | None:
        if uid is not None and not UID_PATTERN.match(uid):
            raise ValueError(
                f"{uid!r} is not a uid: use letters, digits, '-', '_', '.', ':' (at most 100)"
            )
        return uid

    @field_validator("date_inferred", mode="before")
    @classmethod
    def _flag(cls, value: Any) -> Any:
        if value is None or value == "":
            return False
        if isinstance(value, str):
            word = _word_key(value)
            if word in {"true", "yes", "1", "co", "x"}:
                return True
            if word in {"false", "no", "0", "khong"}:
                return False
            raise ValueError(f"{value!r} is not yes/no; use true or false")
        return value

    @field_validator("participants")
    @classmethod
    def _grouped_by_role(cls, people: list[Participant]) -> list[Participant]:
        # One canonical order, chairs first and then by role as ROLES lists them (the order
        # within a role is kept): every format and face lists people this way, so a CSV, which
        # has a column per role, carries a meeting exactly.
        return sorted(people, key=lambda p: ROLES.index(p.role))

    @model_validator(mode="after")
    def _consistent(self) -> MeetingRecord:
        if self.end_time is not None and self.start_time is None:
            raise ValueError("end_time needs a start_time")
        if self.end_time and self.start_time and self.end_time < self.start_time:
            raise ValueError("end_time is before start_time")
        seen: set[tuple[str, str]] = set()
        for participant in self.participants:
            key = (" ".join(participant.name.casefold().split()), participant.role)
            if key in seen:
                raise ValueError(f"{participant.name} is listed twice as {participant.role}")
            seen.add(key)
        return self

    def to_json(self) -> dict[str, Any]:
        """The export form: every key present, in documented order, JSON-ready values."""
        return self.model_dump(mode="json")


def problems_from(error: ValidationError, source: str, record: int | None) -> list[Problem]:
    """Turn pydantic's error list into our one-line problems, field paths as in the docs."""
    problems = []
    for item in error.errors(include_url=False):
        path = ""
        for part in item["loc"]:
            if isinstance(part, int):
                path += f"[{part + 1}]"
            elif part not in {"function-before", "function-after"}:
                path += ("." if path else "") + str(part)
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
        return MeetingRecord.model_validate(data)
    except ValidationError as exc:
        return problems_from(exc, source, record)
