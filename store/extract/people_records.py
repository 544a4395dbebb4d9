"""The people a report names, as records: each `Mention` of a name and each `Person` it is.

Also what is done with everyone found once the sentences are read: one person for a name written
in part ("ông Trí" for "Nguyễn Minh Trí") or without marks (a caption's slug), the concluding
speaker proposed as chair when the report names none, and the (person, role) rows the record
holds (`participants`). `people` reads the sentences.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from store.text import fold, has_marks


@dataclass
class Mention:
    name: str
    start: int
    end: int
    title: str | None
    roles: set[str]
    sentence: int
    given: bool = False  # a given name after an honorific, maybe someone named in full before
    nickname: str | None = None  # told in brackets after the name: "Nguyễn Văn Tư (Tư Lúa)"


@dataclass
class Person:
    name: str
    key: str
    roles: dict[str, Mention] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)

    def title_for(self, role: str) -> str | None:
        own = self.roles.get(role)
        if own is not None and own.title:
            return own.title
        titles = [m.title for m in self.mentions if m.title]
        return max(titles, key=len) if titles else None


def completed(people: list[Person]) -> list[Person]:
    """One person for a name written in part: "Hoàng Văn" with no title, where "Hoàng Văn Bộ" was
    named (his last syllable, a common noun, read only where a mark followed it); "đồng chí Kim
    Yến", "ông Trí", where one person named in full ends so (a given name used after the first
    mention). A given name alone that no full name ends with is nobody found."""
    kept = []
    for person in people:
        whole = None
        if not any(m.title for m in person.mentions):
            whole = _whole_name(person, people)
        if whole is None:
            if len(person.key.split()) > 1 or not all(m.given for m in person.mentions):
                kept.append(person)
            continue
        whole.mentions += person.mentions
        for role, mention in person.roles.items():
            whole.roles.setdefault(role, mention)
    return kept


def _whole_name(person: Person, people: list[Person]) -> Person | None:
    """The one person whose name starts or ends with this part of a name, if exactly one."""
    starts = [p for p in people if p.key.startswith(person.key + " ") and p is not person]
    if starts:
        return starts[0]
    ends = [p for p in people if p.key.endswith(" " + person.key) and p is not person]
    return ends[0] if len(ends) == 1 else None


def without_slugs(people: list[Person]) -> list[Person]:
    """ "Nguyen Van A", written without marks, is "Nguyễn Văn A" already found, not a second
    person (a caption or a link repeated as an unaccented slug)."""
    marked = {fold(p.name) for p in people if has_marks(p.name)}
    return [p for p in people if has_marks(p.name) or fold(p.name) not in marked]


def propose_chair(people: list[Person], span: tuple[int, int]) -> bool:
    """The person named in the concluding sentence before its verb ("Kết luận hội nghị, đồng chí
    X đề nghị …") chaired, when the report names no chair: marked so, True if one was."""
    start, end = span
    for person in people:
        mention = next((m for m in person.mentions if start <= m.start < end), None)
        if mention is not None:
            person.roles["chair"] = mention
            return True
    return False


def participants(people: list[Person]) -> list[tuple[Person, str, Mention | None]]:
    """(person, role, the mention that shows it) for every role the record will hold."""
    rows: list[tuple[Person, str, Mention | None]] = []
    for person in people:
        roles = set(person.roles) - {"reference"}
        if "chair" in roles or "secretary" in roles:
            roles -= {"attendee", "present"}
        if "present" in roles:
            roles.discard("present")
            if not roles & {"speaker", "representative", "attendee"}:
                roles.add("attendee")
        for role in ("chair", "secretary", "attendee", "speaker", "representative"):
            if role in roles:
                rows.append((person, role, person.roles.get(role) or person.roles.get("present")))
    return rows
