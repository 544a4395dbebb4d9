"""The period `stats` and `report` cover (`--year`, `--quarter`, `--month`, `--all`, read as the
query language reads dates), and what they say when it holds nothing to count: the year that
has meetings, the drafts left out, the meetings dated only to a month or year that holds it."""

from typing import Any

import typer

import store
from commands.output import EXIT_USAGE, fail
from store.i18n import _, grouped, plural


def period_of(year: int | None, quarter: str | None, month: str | None, every: bool) -> str | None:
    """The period `Book.stats` takes for the options given (None: this year); one line naming
    the option when it is malformed or when two are given."""
    given = [name for name, value in (("--year", year), ("--quarter", quarter),
                                      ("--month", month), ("--all", every or None))
             if value is not None]  # fmt: skip
    if len(given) > 1:
        raise fail(_("{options}: give one period", options=", ".join(given)), EXIT_USAGE)
    if every:
        return "all"
    if year is not None:
        if not 1900 <= year <= 2999:
            raise fail(_("--year {year}: write a year like 2024", year=year), EXIT_USAGE)
        return str(year)
    if quarter is not None:
        return _quarter_period(quarter)
    if month is not None:
        return _month_period(month)
    return None


def _quarter_period(typed: str) -> str:
    """`q2/2024` for a quarter written as the query language reads one (2/2024, Q2/2024, quý
    2/2024, 2024-q2); one line saying what a quarter is otherwise."""
    try:
        named = store.quarter_named(typed)
    except store.DateError:
        named = None
    if named is None:
        said = _("--quarter {value}: a quarter is 1 to 4 and a year, like 2/2024", value=typed)
        raise fail(said, EXIT_USAGE)
    return f"q{named[0]}/{named[1]}"


def _month_period(typed: str) -> str:
    """`5/2024` for a month written as the query language reads one (5/2024, 2024-05, tháng
    5/2024); one line saying what a month is otherwise."""
    try:
        month = store.parse_partial_date(typed)
    except store.DateError:
        month = None
    if month is None or month.month is None or month.day is not None:
        said = _("--month {value}: a month is 1 to 12 and a year, like 5/2024", value=typed)
        raise fail(said, EXIT_USAGE)
    return f"{month.month}/{month.year}"


def nothing_in(
    query: str, period: str | None, drafts: int = 0, newest: int | None = None, loose: int = 0
) -> typer.Exit:
    """The one line for an empty period; for the default one (this year, where a new book or
    last year's records have nothing), how to choose another; `drafts`: those a report left
    out, and how to count them; `newest`: the year of the newest meeting the query finds in
    any period, which is the year to ask for; `loose`: meetings dated only to a month or year
    that holds the period, which `search` finds there and the figures do not count."""
    said = _("no meetings match {query}", query=query or _("all meetings"))
    if loose and not drafts:
        return fail(plural(
            loose,
            "no meetings known to fall in {query}; 1 dated only to a month or year that holds"
            " it may (`minutebook search {query}` lists it)",
            "no meetings known to fall in {query}; {count} dated only to a month or year that"
            " holds it may (`minutebook search {query}` lists them)",
            query=query,
        ))  # fmt: skip
    if drafts:
        said += (_(" but 1 draft, not yet reviewed (--include-drafts counts it)") if drafts == 1
                 else _(" but {count} drafts, not yet reviewed (--include-drafts counts them)",
                        count=grouped(drafts)))  # fmt: skip
        return fail(said)
    if period is None and newest is not None:
        said += _(" (this year, by default; the newest are of {year}: --year {year}, or --all)",
                  year=newest)  # fmt: skip
    elif period is None:
        said += _(" (this year, by default: choose with --year 2024, --quarter 2/2024 or --all)")
    elif newest is not None:
        said += _("; the newest are of {year} (--year {year})", year=newest)
    return fail(said)


def newest_year(book: Any, query: str | None) -> int | None:
    """The year the newest meeting `query` finds (in any period) began in, or None."""
    newest = book.search(query or "", limit=1, count=False, order="newest").ids
    return book.summaries(newest)[0].date.start.year if newest else None
