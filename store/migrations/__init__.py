"""Alembic migrations of the minute book's schema; `store.db` runs them, nothing imports them."""
