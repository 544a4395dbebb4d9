"""`store.MeetingChanges` applied to a record (store/edits.py): what `minutebook edit`'s flags do,
without a database: names found case and spacing aside, decisions numbered as `show` numbers
them, a flag value that means nothing a usage error, an invalid result refused, no change no
new record.
"""

from __future__ import annotations

import pytest

import store
from store.edits import apply_changes


def meeting() -> store.MeetingRecord:
    result = store.validate_record(
        {
            "title": "Họp Ban Chấp hành",
            "date": "2024-03-15",
            "organisers": ["Liên đoàn Lao động tỉnh Nghệ An"],
            "participants": [
                {"name": "Nguyễn Văn Hải", "role": "chair", "title": "Chủ tịch"},
                {"name": "Đỗ Thị Lan", "role": "attendee"},
            ],
            "decisions": [{"text": "Giao việc A"}, {"text": "Giao việc B"}],
            "documents": [{"number": "249/TB-VPCP"}],
            "version": 3,
        }
    )
    assert isinstance(result, store.MeetingRecord)
    return result


def apply(changes: store.MeetingChanges) -> store.MeetingRecord:
    return apply_changes(meeting(), changes, source="meeting 7")


def test_nothing_to_change_gives_the_record_itself() -> None:
    record = meeting()
    assert apply_changes(record, store.MeetingChanges(), source="meeting 7") is record
    same_title = store.MeetingChanges(title=record.title)
    assert apply_changes(record, same_title, source="meeting 7") is record


def test_fields_are_replaced_and_an_empty_value_clears() -> None:
    changed = apply(store.MeetingChanges(title="Họp mới", location="Vinh", kind=""))
    assert (changed.title, changed.location, changed.kind) == ("Họp mới", "Vinh", None)
    assert apply(store.MeetingChanges(location="")).location is None


def test_people_are_added_by_role_and_removed_by_name_case_and_spacing_aside() -> None:
    changed = apply(
        store.MeetingChanges(
            people=(("absent", "Lê Văn Vắng | Ủy viên"), ("speaker", "Trần Thị Nói (Phó ban)")),
            remove_people=("  đỗ   THỊ lan ",),
        )
    )
    assert [(p.name, p.role, p.title) for p in changed.participants] == [
        ("Nguyễn Văn Hải", "chair", "Chủ tịch"),
        ("Trần Thị Nói", "speaker", "Phó ban"),
        ("Lê Văn Vắng", "absent", "Ủy viên"),
    ]


def test_a_name_differing_by_its_marks_is_someone_else() -> None:
    with pytest.raises(store.NotFound, match="--remove-person 'Nguyễn Văn Hai': not in meeting 7"):
        apply(store.MeetingChanges(remove_people=("Nguyễn Văn Hai",)))


def test_decisions_are_numbered_as_show_numbers_them_before_any_change() -> None:
    changed = apply(
        store.MeetingChanges(
            decision_statuses=("2=done",), remove_decisions=(1,), decisions=("kết luận: C",)
        )
    )
    assert [(d.text, d.kind, d.status) for d in changed.decisions] == [
        ("Giao việc B", "decision", "done"),
        ("C", "conclusion", "open"),
    ]


@pytest.mark.parametrize(
    ("changes", "says"),
    [
        (store.MeetingChanges(decision_statuses=("foo",)), "write N=STATUS"),
        (store.MeetingChanges(decision_statuses=("x=done",)), "write N=STATUS"),
        (store.MeetingChanges(decision_statuses=("3=done",)), "there are 2 decisions"),
        (store.MeetingChanges(remove_decisions=(0,)), "there are 2 decisions"),
    ],
)
def test_a_flag_value_that_means_nothing_is_a_usage_error(
    changes: store.MeetingChanges, says: str
) -> None:
    with pytest.raises(store.UsageError, match=says) as raised:
        apply(changes)
    assert "\n" not in str(raised.value) and str(raised.value).startswith("--")


def test_organisers_and_documents_are_added_and_removed() -> None:
    changed = apply(
        store.MeetingChanges(
            organisers=("Công đoàn Viên chức Việt Nam",),
            remove_organisers=("liên đoàn lao động tỉnh nghệ an",),
            documents=("Nghị quyết 02-NQ/TW",),
            remove_documents=("249/tb-vpcp",),
        )
    )
    assert [o.name for o in changed.organisers] == ["Công đoàn Viên chức Việt Nam"]
    assert [(d.kind, d.number) for d in changed.documents] == [("Nghị quyết", "02-NQ/TW")]
    with pytest.raises(store.NotFound, match="--remove-doc '999/XX': not in this meeting"):
        apply(store.MeetingChanges(remove_documents=("999/XX",)))


def test_an_invalid_result_names_the_meeting_and_the_field() -> None:
    with pytest.raises(store.InvalidRecord) as raised:
        apply(store.MeetingChanges(date="40/1/2024", decision_statuses=("1=maybe",)))
    problems = [str(p) for p in raised.value.problems]
    assert any(p.startswith("meeting 7, field 'date'") for p in problems), problems
    assert any("decisions[1].status" in p for p in problems), problems  # numbered from 1


def test_the_record_given_is_never_modified() -> None:
    record = meeting()
    before = record.to_json()
    apply_changes(
        record,
        store.MeetingChanges(decision_statuses=("1=done",), remove_people=("Đỗ Thị Lan",)),
        source="meeting 7",
    )
    assert record.to_json() == before


def test_approval_is_when_and_by_whom() -> None:
    changed = apply(
        store.MeetingChanges(status="approved", approved_on="20/3/2024", approved_by="Hội nghị BCH")
    )
    assert (changed.status, changed.approved_on, changed.approved_by) == (
        "approved", store.parse_partial_date("2024-03-20"), "Hội nghị BCH"
    )  # fmt: skip
    # Approved minutes keep saying by whom: clearing it is refused, naming the field.
    with pytest.raises(store.InvalidRecord, match="field 'approved_by'"):
        apply_changes(changed, store.MeetingChanges(approved_by=""), source="meeting 7")


@pytest.mark.parametrize("day", ["31/02/2024", "hôm qua", "2024-13"])
def test_an_approval_date_that_is_not_a_date_is_a_usage_error(day: str) -> None:
    with pytest.raises(store.UsageError, match=r"^--approved-on: "):
        apply(store.MeetingChanges(status="approved", approved_on=day))


def test_approved_without_a_date_is_an_invalid_record() -> None:
    with pytest.raises(store.InvalidRecord, match="approved_on"):
        apply(store.MeetingChanges(status="approved", approved_by="Hội nghị BCH"))


def test_a_new_date_is_stated_unless_the_change_says_inferred() -> None:
    guessed = apply(store.MeetingChanges(date="2024-03", date_inferred=True))
    assert guessed.date_inferred is True
    assert (
        apply_changes(guessed, store.MeetingChanges(date="2024-03-16"), source="m").date_inferred
        is False
    )
    assert (
        apply_changes(guessed, store.MeetingChanges(title="Họp"), source="m").date_inferred is True
    )


@pytest.mark.parametrize(
    ("part", "start", "expected"),
    [
        (None, "2h chiều", "afternoon"),  # the part the time says
        ("sáng", "2h chiều", "afternoon"),  # ... replaces the meeting's
        ("sáng", "15:00", "afternoon"),  # only chiều holds 15:00
        ("sáng", "9:00", "morning"),  # the meeting's part holds it
        (None, "14:00", None),  # no part to contradict
    ],
)
def test_a_new_start_time_settles_the_part_of_day(
    part: str | None, start: str, expected: str | None
) -> None:
    before = apply(store.MeetingChanges(part_of_day=part)) if part else meeting()
    after = apply_changes(before, store.MeetingChanges(start_time=start), source="meeting 7")
    assert after.part_of_day == expected


@pytest.mark.parametrize(
    ("part", "start"), [(None, "14:00"), ("sáng", "14:00"), ("sáng", "2h chiều")]
)
def test_a_start_time_outside_the_part_of_day_is_refused_naming_it(
    part: str | None, start: str
) -> None:
    """14:00 on a morning meeting could be trưa or chiều: refused, not guessed; a part given
    with the start time that cannot hold it is refused too."""
    morning = apply(store.MeetingChanges(part_of_day="sáng"))
    with pytest.raises(store.InvalidRecord) as refused:
        apply_changes(morning, store.MeetingChanges(part_of_day=part, start_time=start),
                      source="meeting 7")  # fmt: skip
    (problem,) = refused.value.problems
    assert (problem.source, problem.field) == ("meeting 7", "start_time")
