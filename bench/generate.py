"""Synthetic meeting generator for benchmarks and load tests: the logic.

Writes N realistic Vietnamese trade-union and party meetings in the import format of
``docs/format.md`` (NDJSON by default, or a JSON array), deterministically from a seed.

What lives here:

* ``_Body``, ``_Person``, ``_Doc`` and the builders of the central and provincial bodies,
* ``_World``: the people pool (about N/20 people, each belonging to one body and with a career,
  so the title shown at a meeting is the one held on that date), the active organisations and
  a catalogue of cited documents, all built once up front (O(N/20) memory),
* one meeting's parts (``_meeting``, ``_title``, ``_decisions``, ``_documents``, ``_notes``)
  and the small helpers they share (``_Rng``, ``_pick``, ``document_kind``, ...),
* ``generate(n, seed)``: yields the N meeting dicts one by one, so callers can stream 100,000
  meetings without holding them,
* ``main()``: the command line, ``generate.py N [--seed S] [-o FILE] [--format ndjson|json]``.

What does not: the text banks and weight tables (names, provinces, organisation ranks, topics,
document symbols, note sentences, decision texts) live in ``vocabulary.py`` next to this file.
``bench/`` is not a package, so this file puts its own folder on ``sys.path`` to import them;
that works both as a script from any directory and when loaded by path (the tests do).

Only the standard library is used, and nothing depends on the clock: the same N and seed give
byte-identical output.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import itertools
import json
import random
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

# bench/ is not a package: make vocabulary.py importable however this file is run.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from vocabulary import (
    AGENCY_LOWER,
    CENTRAL_BAN_LOWER,
    COMMON_SENTENCES,
    COUNTS,
    DANG_DOAN_LOWER,
    DATED_SENTENCES,
    DECISION_KINDS,
    DECISION_KINDS_CW,
    DECISION_TEXTS,
    DOC_SPECS,
    DOC_SUBJECTS,
    DOC_TITLES,
    DOCUMENTS_CW,
    FAMILY_NAMES,
    FEMALE_GIVEN,
    FEMALE_MIDDLE,
    FEMALE_MIDDLE_PAIRS,
    INDUSTRIAL_PARKS,
    KIND_BY_CODE,
    KIND_CW,
    KIND_CW_NO_BCH,
    KIND_NAMES,
    MALE_GIVEN,
    MALE_MIDDLE,
    MALE_MIDDLE_PAIRS,
    MINISTRY_LOWER,
    NEAR_TWINS,
    PART_WORDS,
    PARTNER_SENTENCES,
    PARTS,
    PARTS_CW,
    PARTY_BLOC_LOWER,
    PARTY_COMMITTEE_LOWER,
    PROVINCES,
    PROVINCIAL_BAN_LOWER,
    QUARTERS,
    RARE_SENTENCES,
    ROMAN,
    SECTOR_UNIONS,
    SPEAKERS_CW,
    STATUSES,
    TIMES,
    TLD_LOWER,
    TOPICS,
    UNION_LOWER,
    VPCP_LOWER,
    WELL_KNOWN_DOCS,
)

# ---------------------------------------------------------------------------------------------
# Time frame
# ---------------------------------------------------------------------------------------------

FIRST_DAY = dt.date(2016, 1, 1).toordinal()
LAST_DAY = dt.date(2025, 12, 31).toordinal()

# Ranks inside a body; RETIRED people keep a "Nguyên ..." title and rarely attend.
HEAD, DEPUTY, STAFF, RETIRED = 0, 1, 2, 3
NEVER = "~"


@dataclass(slots=True)
class _Body:
    """One organisation, with what is needed to title its people and its meetings."""

    name: str
    short_forms: tuple[str, ...]
    weight: float
    head: str  # post of the leader, e.g. "Chủ tịch"; joined to the label: "Chủ tịch LĐLĐ tỉnh X"
    deputy: str
    lower: tuple[tuple[str, str], ...]
    head_prefix: str = ""  # concurrent posts shown before the head title
    bch: str | None = None  # "Ban Chấp hành {bch}" meetings exist when set
    standing: str | None = None  # standing committee holding "phiên họp"
    congress_years: tuple[int, ...] = ()
    khoa_base: int = 1
    location: str = "Hà Nội"
    seat: str | None = None  # "Trụ sở ..." address
    province: str | None = None
    congress_month: int = 6
    change_day: int = 0  # leadership handover (ordinal); after it the deputy is head
    members: list[_Person] = field(default_factory=list)
    member_cw: list[float] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.short_forms[0] if self.short_forms else self.name

    def org(self) -> dict[str, Any]:
        return {"name": self.name, "short_forms": list(self.short_forms)}


@dataclass(slots=True)
class _Person:
    name: str
    body: _Body
    # A career has at most one change over the decade: (title, rank) before the ISO date
    # ``change``, and after it. NEVER sorts after every ISO date.
    before: tuple[str, int]
    change: str
    after: tuple[str, int]
    weight: float = 1.0

    def at(self, iso: str) -> tuple[str, int]:
        """Title and rank held on ``iso``; called ~30 times per meeting, so kept minimal."""
        return self.before if iso < self.change else self.after


@dataclass(slots=True)
class _Doc:
    number: str
    kind: str
    title: str
    date: str


def _central_bodies() -> list[_Body]:
    tld = "Tổng LĐLĐ Việt Nam"
    bodies = [
        _Body("Tổng Liên đoàn Lao động Việt Nam", (tld,), 10, "Chủ tịch", "Phó Chủ tịch",
              TLD_LOWER, "Ủy viên Trung ương Đảng, Bí thư Đảng đoàn, ", tld,
              f"Đoàn Chủ tịch {tld}", (2013, 2018, 2023), 11,
              seat=f"Trụ sở {tld}, 82 Trần Hưng Đạo, Hà Nội", congress_month=9),
        _Body("Đảng đoàn Tổng Liên đoàn Lao động Việt Nam", (f"Đảng đoàn {tld}",), 3,
              "Bí thư", "Phó Bí thư", DANG_DOAN_LOWER, standing=f"Đảng đoàn {tld}",
              seat=f"Trụ sở {tld}, 82 Trần Hưng Đạo, Hà Nội"),
        _Body("Ban Dân vận Trung ương", ("Ban Dân vận TW",), 3, "Trưởng", "Phó Trưởng",
              CENTRAL_BAN_LOWER, "Ủy viên Trung ương Đảng, ", standing="lãnh đạo Ban Dân vận TW"),
        _Body("Đảng ủy Khối Doanh nghiệp Trung ương", ("Đảng ủy Khối DNTW",), 2.5, "Bí thư",
              "Phó Bí thư", PARTY_BLOC_LOWER, bch="Đảng bộ Khối Doanh nghiệp Trung ương",
              standing="Ban Thường vụ Đảng ủy Khối DNTW", congress_years=(2015, 2020, 2025),
              khoa_base=2, congress_month=10),
        _Body("Đảng ủy Khối các cơ quan Trung ương", ("Đảng ủy Khối các cơ quan TW",), 1.2,
              "Bí thư", "Phó Bí thư", PARTY_BLOC_LOWER,
              bch="Đảng bộ Khối các cơ quan Trung ương",
              standing="Ban Thường vụ Đảng ủy Khối các cơ quan TW",
              congress_years=(2015, 2020, 2025), khoa_base=11, congress_month=10),
        _Body("Công đoàn Viên chức Việt Nam", ("CĐVC Việt Nam",), 2, "Chủ tịch", "Phó Chủ tịch",
              UNION_LOWER, bch="Công đoàn Viên chức Việt Nam",
              standing="Ban Thường vụ Công đoàn Viên chức Việt Nam",
              congress_years=(2013, 2018, 2023), khoa_base=3, congress_month=7),
        _Body("Ủy ban Kiểm tra Tổng Liên đoàn Lao động Việt Nam", (f"UBKT {tld}",), 0.6,
              "Chủ nhiệm", "Phó Chủ nhiệm", AGENCY_LOWER),
        _Body("Bộ Lao động - Thương binh và Xã hội", ("Bộ LĐ-TB&XH",), 1.2, "Bộ trưởng",
              "Thứ trưởng", MINISTRY_LOWER, standing="Ban Cán sự đảng Bộ LĐ-TB&XH"),
        _Body("Văn phòng Chính phủ", ("VPCP",), 0.4, "Bộ trưởng, Chủ nhiệm", "Phó Chủ nhiệm",
              VPCP_LOWER),
        _Body("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", ("Ủy ban TƯ MTTQ Việt Nam",), 0.5,
              "Chủ tịch", "Phó Chủ tịch", AGENCY_LOWER),
        _Body("Phòng Thương mại và Công nghiệp Việt Nam", ("VCCI",), 0.5, "Chủ tịch",
              "Phó Chủ tịch", AGENCY_LOWER),
        _Body("Bảo hiểm xã hội Việt Nam", ("BHXH Việt Nam",), 0.6, "Tổng Giám đốc",
              "Phó Tổng Giám đốc", AGENCY_LOWER),
        _Body("Trung ương Hội Liên hiệp Phụ nữ Việt Nam", ("TW Hội LHPN Việt Nam",), 0.4,
              "Chủ tịch", "Phó Chủ tịch", AGENCY_LOWER),
        _Body("Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", ("Trung ương Đoàn",), 0.4,
              "Bí thư thứ nhất", "Bí thư", AGENCY_LOWER),
        _Body("Ban Tuyên giáo Trung ương", ("Ban Tuyên giáo TW",), 0.6, "Trưởng", "Phó Trưởng",
              CENTRAL_BAN_LOWER[1:], "Ủy viên Trung ương Đảng, "),
        _Body("Ban Tổ chức Trung ương", ("Ban Tổ chức TW",), 0.4, "Trưởng", "Phó Trưởng",
              CENTRAL_BAN_LOWER[1:], "Ủy viên Bộ Chính trị, "),
        _Body("Viện Công nhân và Công đoàn", (), 0.3, "Viện trưởng", "Phó Viện trưởng",
              AGENCY_LOWER),
        _Body("Trường Đại học Công đoàn", (), 0.3, "Hiệu trưởng", "Phó Hiệu trưởng",
              AGENCY_LOWER, location="Hà Nội", seat="Trường Đại học Công đoàn, 169 Tây Sơn"),
        _Body("Báo Lao Động", (), 0.3, "Tổng Biên tập", "Phó Tổng Biên tập", AGENCY_LOWER),
    ]
    for name, short, base in SECTOR_UNIONS:
        bodies.append(_Body(name, (short,), 1.2, "Chủ tịch", "Phó Chủ tịch", UNION_LOWER,
                            bch=short, standing=f"Ban Thường vụ {short}",
                            congress_years=(2013, 2018, 2023), khoa_base=base,
                            congress_month=5))
    return bodies


def _provincial_bodies(rng: _Rng) -> list[_Body]:
    bodies: list[_Body] = []
    for pname, capital, is_city, pweight in PROVINCES:
        unit = "thành phố" if is_city else "tỉnh"
        full = "Thành phố Hồ Chí Minh" if pname == "Hồ Chí Minh" else f"{unit} {pname}"
        tp = "TP Hồ Chí Minh" if pname == "Hồ Chí Minh" else f"TP {pname}"
        ldld_short = f"LĐLĐ {tp}" if is_city else f"LĐLĐ tỉnh {pname}"
        committee = ("Thành ủy " + ("Thành phố Hồ Chí Minh" if pname == "Hồ Chí Minh" else pname)
                     if is_city else f"Tỉnh ủy {pname}")
        committee_short = ("Thành ủy TP Hồ Chí Minh",) if pname == "Hồ Chí Minh" else ()
        committee_label = committee_short[0] if committee_short else committee
        member_word = "Thành ủy viên, " if is_city else "Tỉnh ủy viên, "
        standing_word = "Thành ủy" if is_city else "Tỉnh ủy"
        union_base = rng.randint(13, 17)
        party_base = rng.randint(17, 20)
        head_prefix = member_word if rng.random() < 0.5 else ""
        bodies.append(_Body(
            f"Liên đoàn Lao động {full}", (ldld_short,), 1.2 * pweight, "Chủ tịch",
            "Phó Chủ tịch", UNION_LOWER, head_prefix, ldld_short,
            f"Ban Thường vụ {ldld_short}", (2013, 2018, 2023), union_base, capital,
            f"Trụ sở {ldld_short}", pname, rng.randint(4, 9)))
        bodies.append(_Body(
            committee, committee_short, 0.3 * pweight, "Bí thư", "Phó Bí thư",
            PARTY_COMMITTEE_LOWER, "Ủy viên Trung ương Đảng, ", f"Đảng bộ {full}",
            f"Ban Thường vụ {committee_label}", (2015, 2020, 2025), party_base, capital,
            f"Hội trường {committee_label}", pname, rng.randint(8, 10)))
        bodies.append(_Body(
            f"Ban Dân vận {committee}", (), 0.5 * pweight, "Trưởng", "Phó Trưởng",
            PROVINCIAL_BAN_LOWER, f"Ủy viên Ban Thường vụ {standing_word}, ", None,
            f"lãnh đạo Ban Dân vận {committee}", (), 1, capital,
            f"Trụ sở Ban Dân vận {committee}", pname))
        bloc_short = (f"Đảng ủy Khối các cơ quan {tp}" if is_city
                      else f"Đảng ủy Khối các cơ quan tỉnh {pname}")
        bodies.append(_Body(
            f"Đảng ủy Khối các cơ quan {full}", (bloc_short,), 0.3 * pweight, "Bí thư",
            "Phó Bí thư", PARTY_BLOC_LOWER, "", f"Đảng bộ Khối các cơ quan {full}",
            f"Ban Thường vụ {bloc_short}", (2015, 2020, 2025), rng.randint(5, 9), capital,
            None, pname, rng.randint(6, 9)))
    return bodies


def document_kind(number: str) -> str | None:
    """Kind implied by a document symbol: "02-NQ/TW" and "249/TB-VPCP" → NQ, TB → name."""
    head, _, _ = number.partition("/")
    # Party form puts the code before the slash (02-NQ/TW), state form after the last one
    # (249/TB-VPCP, 15/2023/NĐ-CP).
    code = head.split("-", 1)[1] if "-" in head else number.rsplit("/", 1)[1].split("-", 1)[0]
    return KIND_BY_CODE.get(code)


def _roman(n: int) -> str:
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


class _Rng(random.Random):
    """``random.Random`` with ``choice``/``randint`` built on ``random()``.

    The stock versions draw bits in a rejection loop and dominate the run time at 100,000
    meetings; these are several times faster and just as deterministic (the bias is ~1e-16).
    """

    def choice(self, seq: Sequence[Any]) -> Any:
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))


def _cum(weights: Sequence[float]) -> list[float]:
    return list(itertools.accumulate(weights))


def _pick(rng: _Rng, items: Sequence[Any], cw: Sequence[float]) -> Any:
    # Manual bisect: rng.choices builds a list per call, and this runs millions of times.
    return items[bisect.bisect_right(cw, rng.random() * cw[-1])]


# ---------------------------------------------------------------------------------------------
# The world: people, active bodies, documents
# ---------------------------------------------------------------------------------------------


class _World:
    """Everything shared across meetings; built once, sized by N (about N/20 people)."""

    def __init__(self, n: int, rng: _Rng) -> None:
        self.rng = rng
        n_people = max(50, n // 20)
        all_bodies = _central_bodies() + _provincial_bodies(rng)
        # Few people cannot staff all 282 bodies: keep the busiest ones, with some randomness so
        # different seeds feature different provinces. The national federation always stays.
        n_bodies = min(len(all_bodies), max(10, n_people // 12))
        ranked = sorted(all_bodies[1:], key=lambda b: -b.weight * rng.uniform(0.5, 1.5))
        self.bodies: list[_Body] = [all_bodies[0], *ranked[: n_bodies - 1]]
        self.body_cw = _cum([b.weight for b in self.bodies])
        self.by_province: dict[str, list[_Body]] = {}
        for b in self.bodies:
            if b.province:
                self.by_province.setdefault(b.province, []).append(b)
        self._staff(n_people)
        self.people: list[_Person] = [p for b in self.bodies for p in b.members]
        self.people_cw = _cum([p.weight for p in self.people])
        self._documents(n)
        self._topics: dict[str, list[str]] = {}

    # -- people --------------------------------------------------------------------------------

    def _staff(self, n_people: int) -> None:
        rng = self.rng
        # At least 3 per body (head, deputy, one more), the rest by sqrt-ish body weight.
        sizes = [3] * len(self.bodies)
        spare = n_people - 3 * len(self.bodies)
        shares = [b.weight**0.6 for b in self.bodies]
        total = sum(shares)
        exact = [spare * s / total for s in shares]
        for i, e in enumerate(exact):
            sizes[i] += int(e)
        for i in sorted(range(len(exact)), key=lambda i: int(exact[i]) - exact[i])[
            : n_people - sum(sizes)
        ]:
            sizes[i] += 1
        # Near-twins go to deputy seats of the busiest bodies, one twin per body.
        twins = [name for group in NEAR_TWINS for name in group]
        busiest = sorted(range(len(self.bodies)), key=lambda i: -self.bodies[i].weight)
        twin_seat = {(busiest[j], 1 + j % 2): name for j, name in enumerate(twins)}
        names = self._names(n_people - len(twins), set(twins))
        name_iter = iter(names)
        for bi, (body, size) in enumerate(zip(self.bodies, sizes, strict=True)):
            body.change_day = (rng.randint(dt.date(2017, 6, 1).toordinal(),
                                           dt.date(2024, 6, 30).toordinal())
                               if rng.random() < 0.8 else LAST_DAY + 1)
            change_iso = (dt.date.fromordinal(body.change_day).isoformat()
                          if body.change_day <= LAST_DAY else None)
            for i in range(size):
                name = twin_seat.get((bi, i)) or next(name_iter)
                before, change, after = self._career(body, i, change_iso)
                # Zipf-ish popularity inside a body: the leaders attend far more than staff.
                weight = 1.0 if i < 2 else 1.0 / (i ** 1.1)
                body.members.append(_Person(name, body, before, change, after, weight))
            body.member_cw = _cum([p.weight for p in body.members])
            # Globally, people from busy bodies are invited elsewhere more, leaders most.
            for p in body.members:
                p.weight *= body.weight ** 1.3

    def _career(self, body: _Body, i: int, change_iso: str | None
                ) -> tuple[tuple[str, int], str, tuple[str, int]]:
        """(title, rank) before the change, the change date, (title, rank) after it."""
        rng = self.rng
        label = body.label
        head = (f"{body.head_prefix}{body.head} {label}", HEAD)
        deputy = (f"{body.deputy} {label}", DEPUTY)
        if i == 0:  # the leader hands over and keeps a "Nguyên ..." title
            if change_iso:
                return head, change_iso, (f"Nguyên {body.head} {label}", RETIRED)
            return head, NEVER, head
        if i == 1:  # the first deputy is promoted at the handover
            return (deputy, change_iso, head) if change_iso else (deputy, NEVER, deputy)
        junior, senior = rng.choice(body.lower)
        if i in (2, 3):
            if rng.random() < 0.4:
                return (f"{senior} {label}", STAFF), self._some_day(), deputy
            return deputy, NEVER, deputy
        if junior != senior and rng.random() < 0.3:
            return (f"{junior} {label}", STAFF), self._some_day(), (f"{senior} {label}", STAFF)
        only = (f"{rng.choice((junior, senior))} {label}", STAFF)
        return only, NEVER, only

    def _some_day(self) -> str:
        return dt.date.fromordinal(self.rng.randint(FIRST_DAY + 200, LAST_DAY - 200)).isoformat()

    def _names(self, count: int, taken: set[str]) -> list[str]:
        rng = self.rng
        families = [f for f, _ in FAMILY_NAMES]
        family_cw = _cum([w for _, w in FAMILY_NAMES])
        out: list[str] = []
        seen = set(taken)
        misses = 0
        while len(out) < count:
            family = _pick(rng, families, family_cw)
            female = rng.random() < 0.35
            # Four syllables sometimes, and always once three-syllable names run out.
            if rng.random() < 0.2 or misses > 50:
                middle = rng.choice(FEMALE_MIDDLE_PAIRS if female else MALE_MIDDLE_PAIRS)
            else:
                middle = rng.choice(FEMALE_MIDDLE if female else MALE_MIDDLE)
            given = rng.choice(FEMALE_GIVEN if female else MALE_GIVEN)
            if given in middle.split() or given == family:
                continue
            name = f"{family} {middle} {given}"
            if name in seen:
                misses += 1
                continue
            misses = 0
            seen.add(name)
            out.append(name)
        return out

    # -- documents -----------------------------------------------------------------------------

    def _documents(self, n: int) -> None:
        rng = self.rng
        docs = [_Doc(num, document_kind(num) or "", title, date)
                for num, date, title in WELL_KNOWN_DOCS]
        self.well_known = list(docs)
        taken = {d.number for d in docs}
        spec_cw = _cum([s[3] for s in DOC_SPECS])
        first, last = dt.date(2014, 1, 1).toordinal(), LAST_DAY - 10
        target = max(40, n // 25)
        generated: list[_Doc] = []
        attempts = 0
        while len(generated) < target and attempts < target * 20:
            attempts += 1
            pattern, code, largest, _ = _pick(rng, DOC_SPECS, spec_cw)
            day = dt.date.fromordinal(rng.randint(first, last))
            num = rng.randint(1, largest)
            number = pattern.format(n=num, p=f"{num:02d}", y=day.year)
            if number in taken:  # one number, one document: re-citations stay consistent
                continue
            taken.add(number)
            title = rng.choice(DOC_TITLES[code]).format(
                s=rng.choice(DOC_SUBJECTS), y=day.year, y5=day.year + 5)
            generated.append(_Doc(number, KIND_BY_CODE[code], title, day.isoformat()))
        generated.sort(key=lambda d: d.date)
        self.recent_docs = generated
        self.recent_dates = [d.date for d in generated]

    # -- meetings ------------------------------------------------------------------------------

    def topics_on(self, iso: str) -> list[str]:
        """Topics current on ``iso``; cached per month since every meeting asks."""
        month = iso[:7]
        topics = self._topics.get(month)
        if topics is None:
            # Compare at month granularity so the cache key fully decides the answer.
            topics = [t for t, lo, hi in TOPICS if lo[:7] <= month <= hi[:7]]
            self._topics[month] = topics
        return topics

    def pick_body(self) -> _Body:
        return _pick(self.rng, self.bodies, self.body_cw)

    def pick_partner(self, a: _Body) -> _Body:
        rng = self.rng
        if a.province and rng.random() < 0.5:
            local = [b for b in self.by_province.get(a.province, ()) if b is not a]
            if local:
                return rng.choice(local)
        for _ in range(10):
            b = self.pick_body()
            if b is not a:
                return b
        return self.bodies[1] if a is self.bodies[0] else self.bodies[0]

    def pick_member(self, body: _Body) -> _Person:
        return _pick(self.rng, body.members, body.member_cw)

    def pick_anyone(self) -> _Person:
        return _pick(self.rng, self.people, self.people_cw)


# ---------------------------------------------------------------------------------------------
# One meeting
# ---------------------------------------------------------------------------------------------


def _meeting(world: _World, seed: int, index: int) -> dict[str, Any]:
    rng = world.rng

    # Date: weekdays mostly; the precision drops for some records as in real archives.
    while True:
        day_ord = rng.randint(FIRST_DAY, LAST_DAY)
        weekday = (day_ord - 1) % 7  # 0 = Monday for proleptic ordinals
        if weekday < 5 or rng.random() < (0.3 if weekday == 5 else 0.08):
            break
    day = dt.date.fromordinal(day_ord)
    day_iso = day.isoformat()
    y, m = day.year, day.month
    r = rng.random()
    if r < 0.02:
        precision, date_str, as_of = "year", str(y), f"{y}-01-01"
    elif r < 0.12:
        precision, date_str, as_of = "month", day_iso[:7], day_iso[:7] + "-01"
    else:
        # Titles follow the stated date; a vaguer date uses the start of its period, so a
        # person's titles read in date order never go back and forth.
        precision, date_str, as_of = "day", day_iso, day_iso
    date_inferred = precision == "day" and rng.random() < 0.056

    part = start = end = None
    if precision == "day" and rng.random() < 0.75:
        part = _pick(rng, PARTS, PARTS_CW)
        if rng.random() < 0.3:
            starts, ends = TIMES[part]
            start = rng.choice(starts)
            end = rng.choice(ends) if rng.random() < 0.9 else None

    # Bodies and kind.
    a = world.pick_body()
    kind = _pick(rng, KIND_NAMES, KIND_CW if a.bch else KIND_CW_NO_BCH)
    b: _Body | None = None
    if kind in ("buổi làm việc", "hội nghị ký kết") or (
        kind in ("hội nghị", "giao ban") and rng.random() < 0.2
    ):
        b = world.pick_partner(a)
    if kind == "hội nghị ký kết" or (b is not None and rng.random() < 0.4):
        organisers = [a, b] if b is not None else [a]
    else:
        organisers = [a]

    def lab(body: _Body) -> str:
        # Titles use the full name or the short form, as real minutes do.
        return body.short_forms[0] if body.short_forms and rng.random() < 0.5 else body.name

    topics = world.topics_on(as_of)
    topic = rng.choice(topics)
    # A record dated only to the year must not name a month or quarter in its title.
    title = _title(rng, kind, a, b, topic, y, 0 if precision == "year" else m, as_of, lab)

    # Location follows the host; working visits to a province happen there.
    if rng.random() < 0.05:
        location = None
    elif 2020 <= y <= 2021 and rng.random() < 0.15:
        location = "Trực tuyến"
    else:
        host = b if (b is not None and b.province and rng.random() < 0.5) else a
        location = host.seat if host.seat and rng.random() < 0.4 else host.location

    # People.
    present: set[int] = set()
    participants: list[dict[str, Any]] = []
    speakers_pool: list[_Person] = []

    def add(p: _Person, role: str) -> None:
        title_then, _ = p.at(as_of)
        participants.append({"name": p.name, "role": role,
                             "title": title_then if rng.random() > 0.02 else None})

    def usable(p: _Person) -> bool:
        if id(p) in present:
            return False
        # Retired leaders still come to some ceremonies, rarely.
        return p.at(as_of)[1] != RETIRED or rng.random() < 0.05

    n_chairs = 2 if (len(organisers) == 2 and rng.random() < 0.7) or rng.random() < 0.12 else 1
    chair_bodies = organisers if len(organisers) == 2 else [a, a]
    for body in chair_bodies[:n_chairs]:
        leaders = [p for p in body.members[:4]
                   if p.at(as_of)[1] in (HEAD, DEPUTY) and id(p) not in present]
        if not leaders:
            continue
        heads = [p for p in leaders if p.at(as_of)[1] == HEAD]
        p = heads[0] if heads and rng.random() < 0.7 else rng.choice(leaders)
        present.add(id(p))
        speakers_pool.append(p)
        add(p, "chair")

    n_att = min(15, int(rng.triangular(5, 16, 5)))
    # Internal sittings draw on the body's own people; open conferences invite guests.
    if b is not None:
        p_a, p_b = (0.5, 0.3) if b in organisers else (0.6, 0.15)
    elif kind in ("phiên họp", "hội nghị Ban Chấp hành", "giao ban"):
        p_a, p_b = 0.9, 0.0
    else:
        p_a, p_b = 0.65, 0.0
    attendees: list[_Person] = []
    tries = 0
    while len(attendees) < n_att and tries < 200:
        tries += 1
        r = rng.random()
        if r < p_a:
            p = world.pick_member(a)
        elif r < p_a + p_b and b is not None:
            p = world.pick_member(b)
        else:
            p = world.pick_anyone()
        if usable(p):
            present.add(id(p))
            attendees.append(p)
    if len(attendees) < 5:  # tiny pools: fill deterministically so the count stays in range
        for p in world.people:
            if len(attendees) >= 5:
                break
            if id(p) not in present and p.at(as_of)[1] != RETIRED:
                present.add(id(p))
                attendees.append(p)
    for p in attendees:
        add(p, "attendee")
    speakers_pool.extend(attendees)

    if b is not None and rng.random() < 0.08:
        for _ in range(5):
            p = world.pick_member(b)
            if usable(p):
                present.add(id(p))
                add(p, "representative")
                break

    n_speakers = _pick(rng, COUNTS, SPEAKERS_CW)
    spoken: set[int] = set()
    for _ in range(n_speakers):
        if rng.random() < 0.85:
            p = rng.choice(speakers_pool)
            if id(p) in spoken:
                continue
        else:  # a guest who only spoke
            p = world.pick_anyone()
            if not usable(p) or id(p) in spoken:
                continue
            present.add(id(p))
        spoken.add(id(p))
        add(p, "speaker")

    if rng.random() < 0.3 and len(a.members) > 4:
        for _ in range(3):
            p = rng.choice(a.members[4:])
            if id(p) not in present and p.at(as_of)[1] == STAFF:
                present.add(id(p))
                add(p, "secretary")
                break
    if rng.random() < 0.03:
        p = world.pick_member(a)
        if usable(p):
            present.add(id(p))
            add(p, "absent")

    chairs = [p for p in participants if p["role"] == "chair"]
    decisions = _decisions(world, day_ord, y, topic, organisers, participants)
    documents = _documents(world, rng, as_of)
    notes = _notes(rng, precision, day, part, location, title, chairs, a, b, topic, documents)

    return {
        "uid": f"gen-{seed}-{index:06d}",
        "title": title,
        "kind": kind,
        "date": date_str,
        "date_inferred": date_inferred,
        "part_of_day": part,
        "start_time": start,
        "end_time": end,
        "location": location,
        "organisers": [o.org() for o in organisers],
        "participants": participants,
        "decisions": decisions,
        "documents": documents,
        "notes": notes,
        "source": f"gen://{seed}/{index}",
        "created_at": f"{day_iso}T17:00:00Z",
        "updated_at": f"{day_iso}T17:00:00Z",
        "version": 1,
    }


def _title(rng: _Rng, kind: str, a: _Body, b: _Body | None, topic: str, y: int,
           m: int, as_of: str, lab: Callable[[_Body], str]) -> str:
    """The meeting's title; ``m`` is 0 when only the year is known."""
    if kind == "hội nghị Ban Chấp hành" and a.bch:
        past = [c for c in a.congress_years if f"{c}-{a.congress_month:02d}" <= as_of[:7]]
        last = past[-1] if past else a.congress_years[0] - 5
        months = (y - last) * 12 + (m - a.congress_month)
        session = max(1, months // 4 + 1)
        term = a.khoa_base + len(past)
        return f"Hội nghị Ban Chấp hành {a.bch} lần thứ {session} (khóa {_roman(term)})"
    if kind == "buổi làm việc" and b is not None:
        form = rng.random()
        if form < 0.5:
            return f"Buổi làm việc giữa {lab(a)} và {lab(b)} về {topic}"
        if form < 0.8:
            return f"Buổi làm việc của {lab(a)} với {lab(b)} về {topic}"
        return f"Buổi làm việc của đoàn công tác {lab(a)} với {lab(b)}"
    if kind == "hội nghị ký kết" and b is not None:
        if rng.random() < 0.6:
            return (f"Hội nghị ký kết Quy chế phối hợp giữa {lab(a)} và {lab(b)} "
                    f"giai đoạn {y}-{y + rng.choice((2, 3, 5))}")
        return f"Hội nghị ký kết Chương trình phối hợp {topic} giữa {lab(a)} và {lab(b)}"
    if kind == "phiên họp":
        standing = a.standing or f"lãnh đạo {lab(a)}"
        if not m:
            return f"Phiên họp thường kỳ năm {y} của {standing}"
        if rng.random() < 0.5:
            return f"Phiên họp {standing} tháng {m}/{y}"
        return f"Phiên họp thường kỳ {QUARTERS[(m - 1) // 3]} năm {y} của {standing}"
    if kind == "giao ban":
        if not m:
            return f"Giao ban công tác năm {y} của {lab(a)}"
        if rng.random() < 0.5:
            return f"Giao ban công tác {QUARTERS[(m - 1) // 3]} năm {y} của {lab(a)}"
        return f"Giao ban {lab(a)} tháng {m}/{y}"
    # Plain "hội nghị": annual reviews early in the year, otherwise a topical conference.
    if m <= 2 and rng.random() < 0.6:
        return (f"Hội nghị tổng kết công tác năm {y - 1}, triển khai nhiệm vụ năm {y} "
                f"của {lab(a)}")
    if m in (6, 7) and rng.random() < 0.5:
        return f"Hội nghị sơ kết công tác 6 tháng đầu năm {y} của {lab(a)}"
    form = rng.random()
    if form < 0.4:
        return f"Hội nghị chuyên đề về {topic}"
    if form < 0.6:
        return f"Hội nghị tập huấn nghiệp vụ {topic} năm {y}"
    if form < 0.8 and a.province:
        return f"Hội nghị đối thoại giữa lãnh đạo {lab(a)} với công nhân lao động năm {y}"
    return f"Hội nghị {lab(a)} về {topic}"


def _decisions(world: _World, day_ord: int, y: int, topic: str,
               organisers: list[_Body], participants: list[dict[str, Any]]
               ) -> list[dict[str, Any]]:
    rng = world.rng
    age_days = LAST_DAY - day_ord
    # Old decisions have had time to be carried out or abandoned.
    if age_days > 730:
        status_cw = (45, 90, 100)
    elif age_days > 365:
        status_cw = (70, 95, 100)
    else:
        status_cw = (92, 99, 100)
    people = [p["name"] for p in participants if p["role"] in ("chair", "attendee")]
    out = []
    for _ in range(rng.randint(1, 5)):
        kind = _pick(rng, DECISION_KINDS, DECISION_KINDS_CW)
        r = rng.random()
        if r < 0.55:
            body = rng.choice(organisers)
            responsible = (body.short_forms[0] if body.short_forms and rng.random() < 0.3
                           else body.name)
        elif r < 0.9 and people:
            responsible = rng.choice(people)
        else:
            responsible = None
        due = None
        if rng.random() < 0.35:
            due_day = dt.date.fromordinal(day_ord + rng.randint(14, 240))
            due = due_day.isoformat() if rng.random() < 0.5 else due_day.isoformat()[:7]
        later = dt.date.fromordinal(day_ord + 30)
        text = rng.choice(DECISION_TEXTS[kind]).format(
            topic=topic, y=y, m2=later.month, y2=later.year,
            resp=(f"đồng chí {responsible}" if responsible in people else responsible)
            or "Văn phòng")
        status = _pick(rng, STATUSES, status_cw)
        out.append({"text": text, "kind": kind, "responsible": responsible, "due": due,
                    "status": status})
    return out


def _documents(world: _World, rng: _Rng, as_of: str) -> list[dict[str, Any]]:
    count = _pick(rng, COUNTS, DOCUMENTS_CW)
    hi = bisect.bisect_right(world.recent_dates, as_of)
    lo = bisect.bisect_left(world.recent_dates, f"{int(as_of[:4]) - 3}{as_of[4:]}")
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for _ in range(count):
        if rng.random() < 0.35:
            known = [d for d in world.well_known if d.date <= as_of]
            if not known:
                continue
            doc = rng.choice(known)
        elif hi > lo:
            doc = world.recent_docs[rng.randrange(lo, hi)]
        else:
            continue
        if doc.number in seen:
            continue
        seen.add(doc.number)
        out.append({"number": doc.number, "kind": doc.kind, "title": doc.title,
                    "date": doc.date})
    return out


def _notes(rng: _Rng, precision: str, day: dt.date, part: str | None,
           location: str | None, title: str, chairs: list[dict[str, Any]], a: _Body,
           b: _Body | None, topic: str, documents: list[dict[str, Any]]) -> str:
    where = f", tại {location}" if location else ""
    if precision == "day":
        when = f"ngày {day.day}/{day.month}/{day.year}"
        when = f"{PART_WORDS[part]} {when}" if part else when[0].upper() + when[1:]
    elif precision == "month":
        when = f"Trong tháng {day.month}/{day.year}"
    else:
        when = f"Trong năm {day.year}"
    sentences = [f"{when}{where}, {title} đã diễn ra."]
    if chairs:
        def who(c: dict[str, Any]) -> str:
            return f"{c['name']}, {c['title']}," if c["title"] else c["name"]
        if len(chairs) == 1:
            sentences.append(f"Đồng chí {who(chairs[0])} chủ trì.")
        else:
            first = who(chairs[0]).rstrip(",")
            sentences.append(f"Các đồng chí {first} và {who(chairs[1])} đồng chủ trì.")
    iso = day.isoformat()
    ctx = {
        "period": rng.choice(("6 tháng đầu năm", "năm qua", "quý vừa qua", "nhiệm kỳ qua")),
        "n1": rng.randint(120, 9800), "n2": rng.randint(200, 45000),
        "n3": rng.randint(20, 900) * 1000,
        "k1": rng.randint(3, 60), "k2": rng.randint(2, 25), "pct": rng.randint(55, 99),
        "p2": rng.randint(1, 12), "money": rng.randint(2, 90), "y": day.year,
        "scope": "tỉnh" if a.province else "ngành", "topic": topic,
        "chair": chairs[0]["name"] if chairs else "chủ trì", "a": a.label,
        "b": b.label if b is not None else "các đơn vị",
        "every": rng.choice(("6 tháng", "hằng năm")),
        "park": rng.choice(INDUSTRIAL_PARKS),
    }
    bank = list(COMMON_SENTENCES)
    if b is not None:
        bank.extend(PARTNER_SENTENCES)
    bank.extend(s for s, lo, hi in DATED_SENTENCES if lo <= iso <= hi)
    if documents:
        d = documents[0]
        bank.append(f"Hội nghị quán triệt {d['kind']} số {d['number']} {d['title']}.")
    rare = [s for s, lo, hi in RARE_SENTENCES if lo <= iso <= hi]
    if rare and rng.random() < 0.06:
        bank.append(rng.choice(rare))
    target = rng.randint(200, 1400)
    text = " ".join(sentences)
    # Sentences in random order without repeats: a Fisher-Yates shuffle done lazily, since
    # only the first few are needed.
    size = len(bank)
    for i in range(size):
        if len(text) >= target:
            break
        j = i + int(rng.random() * (size - i))
        bank[i], bank[j] = bank[j], bank[i]
        template = bank[i]
        s = template.format_map(ctx)
        # A paragraph break every few sentences, as minutes are written.
        sep = "\n\n" if i % 4 == 3 else " "
        if len(text) + len(sep) + len(s) > 1500:
            continue
        text = f"{text}{sep}{s}"
    return text


# ---------------------------------------------------------------------------------------------
# Public API and CLI
# ---------------------------------------------------------------------------------------------


def generate(n: int, seed: int = 1) -> Iterator[dict[str, Any]]:
    """Yield ``n`` synthetic meetings, deterministically from ``seed``, one at a time."""
    if n < 0:
        raise ValueError("n must be >= 0")
    rng = _Rng(seed)
    world = _World(n, rng)
    for index in range(1, n + 1):
        yield _meeting(world, seed, index)


def write(n: int, seed: int, out: IO[str], fmt: str = "ndjson") -> None:
    """Stream ``n`` meetings to ``out`` as NDJSON or as one JSON array (one record a line)."""
    records = generate(n, seed)
    if fmt == "ndjson":
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False))
            out.write("\n")
        return
    out.write("[")
    for i, rec in enumerate(records):
        out.write(",\n" if i else "\n")
        out.write(json.dumps(rec, ensure_ascii=False))
    out.write("\n]\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write N synthetic meetings in the import format.")
    parser.add_argument("n", type=int, help="number of meetings")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("-o", "--output", help="output file (default: stdout)")
    parser.add_argument("--format", choices=("ndjson", "json"), default="ndjson")
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error("N must be >= 0")
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="\n", buffering=1 << 20) as fh:
            write(args.n, args.seed, fh, args.format)
        return 0
    # The console encoding may not be UTF-8; the import format is.
    try:
        with open(sys.stdout.fileno(), "w", encoding="utf-8", newline="\n", closefd=False,
                  buffering=1 << 20) as out:
            write(args.n, args.seed, out, args.format)
    except BrokenPipeError:  # piped into `head`: stopping early is not an error
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
