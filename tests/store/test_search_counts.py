"""Honest counts: `count_up_to=N` counts at most N + 1 matches and says when the total is only a
lower bound (`Page.exact`), on both backends, by relevance and newest first."""

from __future__ import annotations

import pytest

import store
import store.db
import store.search


def page(book: store.db.Store, query: str, **asked: object) -> store.search.Page:
    with book.session() as session:
        return store.search.search(store.parse_query(query), session=session, **asked)  # type: ignore[arg-type]


@pytest.mark.parametrize("order", store.search.ORDERS)
def test_a_total_past_the_bound_is_a_lower_bound(sample_book: store.db.Store, order: str) -> None:
    # The sample book's five meetings all match the empty query.
    capped = page(sample_book, "", limit=2, count_up_to=3, order=order)
    assert (capped.total, capped.exact, len(capped.ids)) == (4, False, 2)  # more than 3
    assert page(sample_book, "", limit=2, count_up_to=4, order=order).total == 5
    for bound in (5, 6, 1000):
        whole = page(sample_book, "", limit=2, count_up_to=bound, order=order)
        assert (whole.total, whole.exact) == (5, True)


def test_the_default_count_is_exact_and_unchanged(sample_book: store.db.Store) -> None:
    counted = page(sample_book, "", limit=2)
    assert (counted.total, counted.exact) == (5, True)
    assert page(sample_book, "", limit=2, count_up_to=None) == counted


def test_a_page_never_says_fewer_than_it_shows(sample_book: store.db.Store) -> None:
    # Past the bound, the page's own place is a better lower bound than the count.
    later = page(sample_book, "", limit=2, offset=2, count_up_to=1)
    assert (later.total, later.exact, len(later.ids)) == (4, False, 2)
    assert page(sample_book, "", limit=2, count_up_to=0).exact is False


def test_a_page_that_ends_the_results_needs_no_count(sample_book: store.db.Store) -> None:
    assert page(sample_book, "", limit=10, count_up_to=1) == store.search.Page(
        ids=page(sample_book, "", limit=10).ids, total=5, offset=0, limit=10, exact=True
    )


def test_without_a_count_a_full_page_is_a_lower_bound(sample_book: store.db.Store) -> None:
    full = page(sample_book, "", limit=2, count=False)
    assert (full.total, full.exact) == (2, False)
    last = page(sample_book, "", limit=2, offset=4, count=False)
    assert (last.total, last.exact) == (5, True)


@pytest.mark.parametrize(
    "query", ["nguyen dinh khang", "hoi nghi", "khan", '"ky ket"', "chair:khang", "zzz"]
)
def test_bounded_counts_agree_with_exact_ones_on_every_path(
    sample_book: store.db.Store, query: str
) -> None:
    for backend in (None, "portable"):
        exact = page(sample_book, query, limit=1, backend=backend)
        for bound in (0, 1, 2, 3, 10):
            capped = page(sample_book, query, limit=1, backend=backend, count_up_to=bound)
            assert capped.ids == exact.ids
            if exact.total <= bound or exact.total <= len(exact.ids):
                assert (capped.total, capped.exact) == (exact.total, True)
            else:
                assert capped.exact is False
                assert max(len(exact.ids), 1) <= capped.total <= min(bound + 1, exact.total)


def test_the_book_passes_the_bound_on(sample_book: store.db.Store) -> None:
    book = store.Book(sample_book)
    capped = book.search("", limit=1, count_up_to=2)
    assert (capped.total, capped.exact) == (3, False)
    assert book.search("", limit=1).total == 5
    with pytest.raises(ValueError, match="count_up_to"):
        book.search("", count_up_to=-1)
