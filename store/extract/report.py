"""`extract_report`: a news report of a meeting, as text or HTML, read into a `Draft`.

The readers run in order over the report's body (furniture removed): documents first (their
dates are not the meeting's), then the date, the lead sentence (title, kind, place, organisers),
the people and the decisions. Then the record is built and validated; a reader that fails on a
strange input leaves its field empty and flags "extractor-error" rather than raising.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from store.extract import (
    dates,
    decision_items,
    decision_owners,
    decisions,
    documents,
    meeting,
    people,
    people_records,
)
from store.extract.draft import Draft, Evidence
from store.extract.drafting import FLAG_TEXT, flags_to_say, minimal_draft, validated
from store.extract.furniture import blocks, find_body
from store.extract.organisers import with_own_union
from store.extract.plain_text import MAX_READ, folded_view, read_text, sentences

_NOTES_LIMIT = 900_000


def extract_report(
    text: str,
    *,
    source: str | None = None,
    html: bool | None = None,
    known_people: Iterable[str] = (),
) -> Draft:
    """Read one report into a draft meeting; never raises for any text.

    A Biên bản (the minutes themselves) is read as minutes (`bien_ban.extract_minutes`)."""
    try:
        plain, stripped = read_text(text, html)
    except Exception:
        plain, stripped = "", False
    if not stripped and _is_minutes(plain):
        from store.extract.bien_ban import extract_minutes

        return extract_minutes(plain, source=source, known_people=known_people)
    try:
        draft = _extract(plain, source, list(known_people))
    except Exception:  # a reader's bug must not lose the user's text: a minimal draft instead
        draft = minimal_draft(plain, source, ["extractor-error"])
    if stripped:
        draft.flags.append("html-stripped")
    draft.record["notes"] = _notes(draft)
    return validated(draft)


def _is_minutes(plain: str) -> bool:
    from store.extract.bien_ban import looks_like_minutes

    try:
        return looks_like_minutes(plain)
    except Exception:  # never lose a report to the test
        return False


def _extract(plain: str, source: str | None, known_people: list[str]) -> Draft:
    if not plain.strip():
        return minimal_draft(plain, source, ["empty-text", "date-missing", "no-people-named"])
    flags: list[str] = []
    read = plain[:MAX_READ]
    if len(plain) > MAX_READ:
        flags.append("text-truncated")
    folded = folded_view(read)
    body = find_body(read)
    paragraphs = [sentences(read, start, end) for start, end in blocks(body.lines)]
    units = [s for paragraph in paragraphs for s in paragraph]
    evidence: list[Evidence] = []
    record: dict[str, Any] = {}

    # A headline may cite a document ("... theo Nghị quyết 02-NQ/TW"); it holds no meeting date.
    headline = [body.headline] if body.headline else []
    cited = documents.read_documents(read, folded, headline + body.lines)
    record["documents"] = [
        {"number": c.number[:100], "kind": c.kind, "title": (c.title or None) and c.title[:1000],
         "date": c.date}
        for c in cited
    ]  # fmt: skip
    evidence += [Evidence("documents", c.number, c.start, c.end, c.confidence) for c in cited]

    dateline = dates.read_dateline(read, folded, body.end)
    if dateline:
        evidence.append(Evidence("dateline", dateline[0].isoformat(), *dateline[1], 0.8))
    # The days told in the account of another meeting, in a paragraph after the lead, are that
    # meeting's, as its people are (the lead tells the report's own meeting, whatever it adds).
    own = _this_meeting(folded, paragraphs)
    kept = {(s.start, s.end) for s in own}
    other = [(s.start, s.end) for p in paragraphs[1:] for s in p if (s.start, s.end) not in kept]
    when = dates.read_meeting_date(
        folded, units, body.lines, [(c.start, c.end) for c in cited] + other,
        dateline and dateline[0],
    )
    _put_date(record, evidence, flags, when)

    lead = meeting.lead_sentence(folded, units, when.span[0] if when.span else None)
    _put_meeting(record, evidence, flags, read, folded, lead, units, body.headline)
    outcome = decisions.read_outcome(read, folded, own, lead)
    _put_people(record, evidence, flags, own, known_people, outcome.concluder)
    # A deadline without a year takes the meeting's year only when that year is read, not guessed.
    year_from = None if "date-year-guessed" in flags else record.get("date")
    _put_decisions(record, evidence, outcome.items, year_from)
    record["source"] = source
    return Draft(record, evidence, flags, plain)


def _this_meeting(folded: str, paragraphs: list[list[Any]]) -> list[Any]:
    """The sentences about the report's meeting: a paragraph's sentences from one that turns to
    another meeting ("Trước đó, ngày 25/3, … tổ chức tọa đàm …") to its end are left out, so
    that meeting's chair and decisions are not this one's; and a sentence recalling a meeting of
    another time ("nhắc lại, tại buổi làm việc hồi tháng 3, …")."""
    kept = []
    for paragraph in paragraphs:
        for sentence in paragraph:
            if meeting.elsewhere(folded, sentence):
                break
            if not meeting.recalls(folded, sentence):
                kept.append(sentence)
    return kept


def _put_date(
    record: dict[str, Any], evidence: list[Evidence], flags: list[str], when: dates.MeetingDate
) -> None:
    record["date"] = when.iso()
    record["date_inferred"] = when.inferred
    record["part_of_day"] = when.part_of_day
    flags += when.flags
    if when.span:
        value = when.as_read or when.iso()
        evidence.append(Evidence("date", value, *when.span, when.confidence))
        if when.part_of_day:
            evidence.append(Evidence("part_of_day", when.part_of_day, *when.span, when.confidence))


def _put_meeting(
    record: dict[str, Any],
    evidence: list[Evidence],
    flags: list[str],
    read: str,
    folded: str,
    lead: Any,
    units: list[Any],
    headline: tuple[int, int] | None,
) -> None:
    title = meeting.read_title(read, folded, lead, headline)
    if title is None:
        flags.append("title-missing")
        record["title"] = "Cuộc họp (chưa rõ tên)"
    else:
        if title.confidence <= 0.5:
            flags.append("title-from-headline")
        record["title"] = title.value[:500]
        evidence.append(
            Evidence("title", record["title"], title.start, title.end, title.confidence)
        )
    record["kind"] = meeting.read_kind(record["title"])
    if record["kind"]:
        evidence.append(
            Evidence("kind", record["kind"], *((title and (title.start, title.end)) or (0, 0)), 0.6)
        )
    place = meeting.read_place(read, folded, lead, units)
    record["location"] = place.value if place else None
    if place:
        evidence.append(Evidence("location", place.value, place.start, place.end, place.confidence))
    else:
        flags.append("no-place")
    organisers = meeting.read_organisers(read, folded, lead, units, headline)
    organisers = with_own_union(read, folded, units, organisers)
    record["organisers"] = [
        {"name": found.value[:300], "short_forms": short} for found, short in organisers[:10]
    ]
    evidence += [
        Evidence("organisers", f.value, f.start, f.end, f.confidence) for f, _ in organisers
    ]
    if not organisers:
        flags.append("no-organiser")


def _put_decisions(
    record: dict[str, Any],
    evidence: list[Evidence],
    items: list[decision_items.Item],
    meeting_date: str | None,
) -> None:
    """Each item in the record, with its span, confidence, owner and deadline as evidence."""
    record["decisions"] = []
    for item in items:
        entry: dict[str, Any] = {"text": item.text, "kind": item.kind}
        evidence.append(Evidence("decisions", item.text[:80], item.start, item.end,
                                 item.confidence))  # fmt: skip
        if item.responsible and item.responsible_span:
            entry["responsible"] = item.responsible[:500]
            evidence.append(Evidence("decision_responsible", entry["responsible"],
                                     *item.responsible_span, item.confidence))  # fmt: skip
        due = decision_owners.with_year(item.due, meeting_date)
        if due and item.due_span:
            entry["due"] = due
            evidence.append(Evidence("decision_due", due, *item.due_span, item.confidence))
        record["decisions"].append(entry)


def _put_people(
    record: dict[str, Any],
    evidence: list[Evidence],
    flags: list[str],
    units: list[Any],
    known_people: list[str],
    concluder: tuple[int, int] | None = None,
) -> None:
    found, _directory = people.read_people(units, known_people)
    no_chair = not any("chair" in p.roles for p in found)
    if concluder and no_chair and people_records.propose_chair(found, concluder):
        flags.append("chair-from-conclusion")
    rows = people_records.participants(found)
    record["participants"] = []
    seen: set[tuple[str, str]] = set()
    for person, role, mention in rows:
        name = person.name[:200]
        if any(mark in name for mark in "()[]|;") or (person.key, role) in seen:
            continue
        seen.add((person.key, role))
        title = person.title_for(role)
        record["participants"].append(
            {"name": name, "role": role, "title": title[:500] if title else None}
        )
        if mention:
            shown = f"{name} | {title}" if title else name
            confidence = 0.9 if role in {"chair", "speaker"} else 0.75
            if role == "attendee" and "attendee" not in person.roles:
                confidence = 0.5  # named as present, in no list of attendees
            evidence.append(Evidence(role, shown, mention.start, mention.end, confidence))
    if not any(p["role"] == "chair" for p in record["participants"]):
        flags.append("no-chair-named")
    if not record["participants"]:
        flags.append("no-people-named")


def _notes(draft: Draft) -> str:
    lines = [FLAG_TEXT.get(flag, flag) for flag in flags_to_say(draft.flags)]
    head = "**Bản nháp trích tự động từ bài báo; cần kiểm tra.**"
    if lines:
        head += "\n\n" + "\n".join(f"- {line}" for line in lines)
    return f"{head}\n\n**Nguyên văn:**\n\n{draft.text.strip()}"[:_NOTES_LIMIT]
