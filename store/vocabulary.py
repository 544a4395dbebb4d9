"""The words of a meeting record: roles, statuses, kinds, parts of day, date precisions.

These are domain words, not table columns: the validator, the query parser, the report extractor
and both faces need them, and none of those should have to load the ORM to know them. This module
imports nothing of the project, so anything may import it.

Each tuple is the stored code, in the order a person reads them; `*_VI` are the Vietnamese words
written into documents for people (DOCX, ICS, Markdown labels); the faces translate the codes
through their own catalogs.
"""

from __future__ import annotations

# Who a person was at a meeting, in the order a record lists them.
ROLES = ("chair", "attendee", "speaker", "secretary", "representative", "absent")

DECISION_KINDS = ("decision", "conclusion", "assignment")
DECISION_STATUSES = ("open", "done", "dropped")

# Where a meeting's record stands, in the order it moves: `draft` (written by the report extractor
# or by hand, not yet checked), `final` (checked by the secretary), `approved` (thông qua: adopted,
# when and by whom recorded), `locked` (closed: corrected only by an amendment with a reason).
MEETING_STATUSES = ("draft", "final", "approved", "locked")

# A partial date is as precise as the record is.
PRECISIONS = ("day", "month", "year")

PARTS_OF_DAY = ("morning", "noon", "afternoon", "evening")
PART_OF_DAY_VI = {"morning": "sáng", "noon": "trưa", "afternoon": "chiều", "evening": "tối"}

# The words of docs/glossary.md (not "Giao việc", "đã xong", "đang mở").
DECISION_KINDS_VI = {
    "decision": "Quyết định",
    "conclusion": "Kết luận",
    "assignment": "Giao nhiệm vụ",
}
DECISION_STATUSES_VI = {"open": "đang thực hiện", "done": "đã hoàn thành", "dropped": "đã hủy"}

# The words a record may give for an enumerated value (English or Vietnamese, with marks or not),
# keyed by their folded form (`store.text.fold`); `store.record` turns them into the codes.
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
    "da hoan thanh": "done",
    "dropped": "dropped", "huy": "dropped", "bo": "dropped", "da huy": "dropped",
}  # fmt: skip
MEETING_STATUS_WORDS = {
    "draft": "draft", "du thao": "draft", "ban du thao": "draft", "nhap": "draft",
    "ban nhap": "draft",
    "final": "final", "chinh thuc": "final", "ban chinh thuc": "final",
    "approved": "approved", "thong qua": "approved", "da thong qua": "approved",
    "locked": "locked", "khoa": "locked", "da khoa": "locked",
}  # fmt: skip

# The Vietnamese word for each code of the lists above, as a refusal names them under `--lang vi`
# (each is one of the words the record accepts for it).
CODE_WORDS_VI = {
    "chair": "chủ trì", "attendee": "dự", "speaker": "phát biểu", "secretary": "thư ký",
    "representative": "đại diện", "absent": "vắng",
    "decision": "quyết định", "conclusion": "kết luận", "assignment": "giao nhiệm vụ",
    "open": "đang thực hiện", "done": "hoàn thành", "dropped": "hủy",
    "draft": "dự thảo", "final": "chính thức", "approved": "thông qua", "locked": "khóa",
}  # fmt: skip


def codes_said(codes: tuple[str, ...], vietnamese: bool) -> str:
    """The codes a value may take, for a refusal: `chủ trì (chair), dự (attendee), …` in
    Vietnamese, where a secretary types the Vietnamese words; the codes alone in English."""
    if not vietnamese:
        return ", ".join(codes)
    return ", ".join(f"{CODE_WORDS_VI[code]} ({code})" if code in CODE_WORDS_VI else code
                     for code in codes)  # fmt: skip


# The heading over each role's people when a meeting is shown (translated by each face).
ROLE_HEADINGS = {
    "chair": "Chaired by",
    "attendee": "Attended",
    "speaker": "Spoke",
    "secretary": "Secretary",
    "representative": "Representatives",
    "absent": "Absent",
}


# A record's fields as the faces name them where a change is told (history, a save's conflict):
# the catalog's English words, which each face translates.
FIELD_LABELS = {
    "title": "Title",
    "kind": "Kind",
    "date": "Date",
    "date_inferred": "Date inferred",
    "part_of_day": "Part of day",
    "start_time": "Start",
    "end_time": "End",
    "location": "Place",
    "organisers": "Organisers",
    "participants": "People at the meeting",
    "decisions": "Decisions",
    "documents": "Documents cited",
    "notes": "Notes",
    "source": "Source",
    "status": "Status",
    "approved_on": "Approved on",
    "approved_by": "Approved by",
}

# What a history row says happened (`store.history.ACTIONS`, its stored codes), as every face
# says it: the catalog's English words, which each face translates.
ACTION_LABELS = {
    "created": "created",
    "imported": "imported",
    "edited": "edited",
    "decision": "decision status changed",
    "restored": "restored",
    "reverted": "earlier version restored",
    "renamed": "person renamed",
    "merged": "people merged",
    "merge undone": "merge of people undone",
    "deleted": "moved to the trash",
    "undeleted": "back from the trash",
    "approved": "approved",
    "locked": "locked",
    "amended": "amended",
    "recorded": "history begins",
    "changed outside": "changed outside the program",
}


# The query language's fields, each with a value that works: shown in "has no value" errors
# (`store.query`), so the fix is one copy away (said through the catalog).
QUERY_EXAMPLES: dict[str, str] = {
    "person": 'person:khang or person:"nguyen dinh khang"',
    "chair": 'chair:khang or chair:"nguyen dinh khang"',
    "org": 'org:ldld or org:"cong doan"',
    "place": 'place:"ha noi"',
    "kind": 'kind:"hoi nghi"',
    "doc": "doc:249/TB-VPCP",
    "date": 'date:2024, date:3/2024, date:"quý 2/2024" or date:2024-01..2024-06',
    "status": "status:draft, status:final, status:approved or status:locked",
}
