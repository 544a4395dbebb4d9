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
    ValidationInfo,
    field_validator,
    model_validator,
)

from store.approval_rules import check_approval
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
from store.day_parts import StartClash, with_start_part
from store.errors import Problem
from store.i18n import _, current_language, grouped
from store.reasons import problems_from, shown
from store.text import clean, fold, nfc
from store.vocabulary import (
    DECISION_KIND_WORDS,
    DECISION_KINDS,
    DECISION_STATUSES,
    MEETING_STATUS_WORDS,
    MEETING_STATUSES,
    ROLE_WORDS,
    ROLES,
    STATUS_WORDS,
    codes_said,
)

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


def _text(value: Any, forbidden: re.Pattern[str] = _FORBIDDEN_IN_LINE) -> str:
    """`value` if it is text that may be stored, else a ValueError saying why it is not."""
    if not isinstance(value, str):
        raise ValueError(_("must be text"))
    if len(value) > MAX_TEXT:
        size, limit = grouped(len(value)), grouped(MAX_TEXT)
        said = _("is {size} characters long; no text may exceed {limit}", size=size, limit=limit)
        raise ValueError(said)
    # isprintable() is a fast C test that nearly every title and name passes; only text that
    # fails it (notes with line breaks, a no-break space) pays for the regex.
    if not value.isprintable():
        bad = forbidden.search(value)
        if bad is not None:
            code = ord(bad.group())
            what = _("half of a surrogate pair") if code >= 0xD800 else _("the control character")
            at = {"what": what, "code": code, "at": bad.start() + 1}
            raise ValueError(_("contains {what} U+{code:04X} at character {at}; remove it", **at))
    return value


def _word(value: Any, what: str) -> str:
    """A short text (a date, a time, a code, `what` in words): refused early if it is none."""
    if not isinstance(value, str):
        raise ValueError(_("{what} must be text", what=what))
    if len(value) > MAX_WORD:
        said = {"value": shown(value), "what": what, "size": grouped(len(value))}
        raise ValueError(_("{value} is too long to be a {what} ({size} characters)", **said))
    return _text(value)


def _at_most(limit: int, what: str, holder: str) -> Any:
    """Refuse a list longer than `limit` before any of its items is validated."""

    def check(value: Any) -> Any:
        if isinstance(value, list | tuple) and len(value) > limit:
            said = {"count": grouped(len(value)), "what": _(what), "holder": _(holder)}
            most = grouped(limit)
            raise ValueError(
                _("has {count} {what}; {holder} has at most {most}", **said, most=most)
            )
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
        code = keyed.get(_word_key(_word(value, _(what))))
        if code is None:
            use = codes_said(accepted, current_language() == "vi")
            raise ValueError(
                _(
                    "unknown {what} {value}; use one of {codes}",
                    what=_(what),
                    value=shown(value),
                    codes=use,
                )
            )
        return code

    return BeforeValidator(convert)


def _partial_date(value: Any) -> Any:
    if value is None or value == "" or isinstance(value, PartialDate):
        return value or None
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**6:
        value = str(value)
    if not isinstance(value, str):
        raise ValueError(_("a date must be text such as 2024-03-15, 15/3/2024, 2024-03 or 2024"))
    try:
        return parse_partial_date(_word(value, _("date")))
    except DateError as exc:
        raise ValueError(str(exc)) from None


def _time(value: Any) -> Any:
    if value is None or value == "" or isinstance(value, time):
        return value or None
    if isinstance(value, StartClash):  # `2h chiều` in a morning meeting (store.day_parts)
        raise ValueError(value.reason)
    if not isinstance(value, str):
        raise ValueError(_("a time must be text such as 14:00"))
    try:
        return parse_time(_word(value, _("time")))
    except DateError as exc:
        raise ValueError(str(exc)) from None


def _part_of_day(value: Any) -> Any:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(_("part of day must be text such as 'afternoon' or 'chiều'"))
    try:
        return parse_part_of_day(_word(value, _("part of day")))
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
        raise ValueError(_("must not be empty"))
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
        raise ValueError(_("a timestamp must be text such as 2024-03-15T08:00:00Z"))
    text = _word(value, _("timestamp")).strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        said = _("{value} is not a timestamp; use 2024-03-15T08:00:00Z", value=shown(value))
        raise ValueError(said) from None
    # Checked before the shift to UTC, which overflows at the ends of datetime's range, and
    # after it, so that what is exported can be imported again.
    _in_range(parsed)
    # A time without an offset is taken as UTC, the zone every export writes.
    return _in_range(
        parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    )


def _in_range(stamp: datetime) -> datetime:
    if not MIN_YEAR <= stamp.year <= MAX_YEAR:
        said = _(
            "year {year} is out of range ({first}-{last})",
            year=stamp.year,
            first=MIN_YEAR,
            last=MAX_YEAR,
        )
        raise ValueError(said)
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
            some, known = ", ".join(map(shown, unknown)), len(cls.model_fields)
            count = grouped(len(value))
            said = _(
                "has {count} fields ({some}, ...); only {known} are known (see docs/format.md)",
                count=count,
                some=some,
                known=known,
            )
            raise ValueError(said)
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
        said = _(
            "{name} is not a name: write the title apart, as 'Name (title)' or 'Name | title'",
            name=shown(name),
        )
        raise ValueError(said)
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
            said = _(
                "{uid} is not a uid: use letters, digits, '-', '_', '.', ':' (at most 100)",
                uid=shown(uid),
            )
            raise ValueError(said)
        return uid

    @field_validator("date_inferred", mode="before")
    @classmethod
    def _flag(cls, value: Any) -> Any:
        if value is None or value == "":
            return False
        if isinstance(value, str):
            word = _word_key(_word(value, _("yes/no")))
            if word in {"true", "yes", "1", "co", "x"}:
                return True
            if word in {"false", "no", "0", "khong"}:
                return False
            raise ValueError(_("{value} is not yes/no; use true or false", value=shown(value)))
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
                said = _(
                    "{name} is listed twice as {role}",
                    name=participant.name,
                    role=_(participant.role),
                )
                raise ValueError(said)
            seen.add(key)
        return sorted(people, key=lambda p: ROLES.index(p.role))

    @model_validator(mode="after")
    def _consistent(self, info: ValidationInfo) -> MeetingRecord:
        if self.end_time is not None and self.start_time is None:
            raise ValueError(_("end_time needs a start_time"))
        if self.end_time and self.start_time and self.end_time < self.start_time:
            raise ValueError(_("end_time is before start_time"))
        # Raised as a ValidationError of its own: each problem then names its approval field.
        kept = bool(info.context and info.context.get("kept"))
        check_approval(self.status, self.date, self.approved_on, self.approved_by, kept=kept)
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


def validate_record(
    data: Any, *, source: str = "<input>", record: int | None = None, kept: bool = False
) -> MeetingRecord | list[Problem]:
    """Validate one raw record; return the record or its problems (never raises for bad data).
    `kept`: a state the store kept and reads back (the history, the trash), saved under the
    rules of its day and read as it was (store/approval_rules.py says which rules)."""
    if not isinstance(data, dict):
        return [Problem(source, record, "", _("a meeting must be a JSON object"))]
    try:
        raw = with_start_part(with_part_of_day(data))
        return MeetingRecord.model_validate(raw, context={"kept": kept})
    except ValidationError as exc:
        return problems_from(exc, source, record)
