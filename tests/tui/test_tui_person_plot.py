"""A person's page plots their attendance over time beside the timeline, driven by Pilot: the bars
and their numbers against counts made here from the records, read one by one; beside the
timeline at 160×45, behind `a` at 80×24; `t` the numbers; Enter on a bar moves the timeline to
that period."""

from __future__ import annotations

from collections import Counter
from typing import Any

import store
from tests.helpers import settle, until
from tui.app import MinuteBookApp

KHANG = "Nguyễn Đình Khang"
Month = tuple[int, int]


def add(book: store.Book, title: str, day: str, people: list[tuple[str, str]]) -> int:
    record = store.validate_record({
        "title": title, "date": day,
        "participants": [{"name": name, "role": role} for name, role in people],
    })  # fmt: skip
    assert isinstance(record, store.MeetingRecord), record
    return book.add(record)


def khang_meetings(app: MinuteBookApp) -> None:
    """The sample book's Khang, and four meetings of 2024 more: chairing twice (one also as a
    speaker), absent once, and once dated only to the year."""
    book = app.book
    add(book, "Giao ban tháng 3", "20/3/2024", [(KHANG, "chair"), (KHANG, "speaker")])
    add(book, "Giao ban tháng 5", "10/5/2024", [(KHANG, "absent"), ("Lê Văn A", "chair")])
    add(book, "Giao ban tháng 5 (2)", "24/5/2024", [(KHANG, "chair")])
    add(book, "Hội nghị năm", "2024", [(KHANG, "attendee")])


def counted(book: store.Book, name: str) -> dict[Month, tuple[int, int, int]]:
    """(present, chaired, absent) by (year, month), from every record of the book; month 0: the
    meetings dated only to the year."""
    ids = book.search("", limit=None).ids
    present: Counter[Month] = Counter()
    chaired: Counter[Month] = Counter()
    absent: Counter[Month] = Counter()
    for record in book.meetings(ids):
        held = {person.role for person in record.participants if person.name == name}
        if not held:
            continue
        when = (record.date.year, record.date.month or 0)
        present[when] += held != {"absent"}
        chaired[when] += "chair" in held
        absent[when] += held == {"absent"}
    return {when: (present[when], chaired[when], absent[when]) for when in present | absent}


def expected_bars(by_month: dict[Month, tuple[int, int, int]]) -> list[tuple[str, tuple[int, ...]]]:
    """Each period's (label, present/chaired/absent) from the first month to the last: months
    when 24 or fewer, else quarters, else years (the figures' rule, written again here)."""
    dated = [when for when in by_month if when[1]]
    first, last = min(dated), max(dated)
    months = [(y, m) for y in range(first[0], last[0] + 1) for m in range(1, 13)
              if first <= (y, m) <= last]  # fmt: skip
    quarters = sorted({(y, (m - 1) // 3 + 1) for y, m in months})
    if len(months) <= 24:
        keys = [((y, m), [(y, m)]) for y, m in months]
    elif len(quarters) <= 24:
        keys = [((y, q), [(y, m) for m in range(q * 3 - 2, q * 3 + 1)]) for y, q in quarters]
    else:
        keys = [((y, 0), [(y, m) for m in range(1, 13)]) for y in sorted({y for y, _ in months})]
    bars = []
    for key, held in keys:
        sums = tuple(sum(by_month.get(m, (0, 0, 0))[i] for m in held) for i in range(3))
        bars.append((str(key), sums))
    return bars


async def person_page(app: MinuteBookApp, pilot: Any, name: str) -> Any:
    from tui.screens.person import PersonScreen

    screen = PersonScreen(app.book.person_named(name))
    await app.push_screen(screen)
    await until(pilot, lambda: screen.stats is not None and screen.appearances, what="the page")
    await settle(app, pilot)
    return screen


def series(view: Any) -> list[tuple[int, ...]]:
    """The plot's values per period: (present, chaired, absent) each."""
    values = [values for _name, values in view.plot.bars.series]
    return list(zip(*values, strict=True))


async def test_the_plot_beside_the_timeline_is_the_records_count(tui_app: MinuteBookApp) -> None:
    from tui.widgets.figure_view import FigureView

    khang_meetings(tui_app)
    expected = expected_bars(counted(tui_app.book, KHANG))
    async with tui_app.run_test(size=(160, 45)) as pilot:
        screen = await person_page(tui_app, pilot, KHANG)
        view = screen.query_one("#person-plot", FigureView)
        timeline = screen.query_one("#timeline")
        # Beside each other, the timeline keeping its focus and most of the width.
        assert view.region.width > 40 and timeline.region.width > view.region.width
        assert view.region.x >= timeline.region.right and screen.focused is timeline
        assert series(view) == [sums for _key, sums in expected]
        assert view.plot.bars.series[1][0] == "Chaired"
        # The dated-only-to-the-year meeting is in the numbers, apart.
        await pilot.press("a", "a")  # hidden and shown again
        assert view.display and view.region.width > 40
        view.focus_inside()
        await pilot.press("t")
        assert not view.showing_plot and screen.focused is view.table
        table = view.table
        by_month = counted(tui_app.book, KHANG)
        year_only = sorted(when for when in by_month if when[1] == 0)
        assert (2024, 0) in year_only
        assert table.row_count == len(expected) + len(year_only)
        for index, when in enumerate(year_only, start=len(expected)):
            shown = [str(cell) for cell in table.get_row_at(index)]
            assert shown == [f"{when[0]}, month not known", *map(str, by_month[when])]
        for index, (_key, sums) in enumerate(expected):
            assert [str(cell) for cell in table.get_row_at(index)[1:]] == [str(n) for n in sums]


async def test_behind_a_key_at_80x24_and_enter_goes_to_the_period(tui_app: MinuteBookApp) -> None:
    from tui.widgets.figure_view import FigureView

    khang_meetings(tui_app)
    expected = expected_bars(counted(tui_app.book, KHANG))
    async with tui_app.run_test(size=(80, 24)) as pilot:
        screen = await person_page(tui_app, pilot, KHANG)
        view = screen.query_one("#person-plot", FigureView)
        timeline = screen.query_one("#timeline")
        assert not view.display or view.region.width == 0  # the timeline keeps the room
        assert timeline.region.height >= 10
        await pilot.press("a")
        await settle(tui_app, pilot)
        assert view.region.width >= 70 and timeline.region.width == 0
        assert screen.focused is view.plot
        assert series(view) == [sums for _key, sums in expected]
        # The last bar with meetings is chosen; Enter shows the timeline at its latest meeting.
        chosen = view.plot.chosen
        assert any(expected[chosen][1]) and not any(any(s) for _k, s in expected[chosen + 1 :])
        await pilot.press("left")
        group = screen.periods[view.plot.chosen]
        await pilot.press("enter")
        await settle(tui_app, pilot)
        assert timeline.region.width > 70 and screen.focused is timeline
        row = screen.appearances[timeline.cursor_row]
        assert row.date.year == group[0] and row.date.month in group[1]
        earlier = screen.appearances[: timeline.cursor_row]
        assert all((a.date.year, a.date.month or 0) > (group[0], max(group[1])) for a in earlier
                   if a.date.month is not None)  # fmt: skip
