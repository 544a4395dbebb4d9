"""Alembic environment: migrations always run on a connection handed over by `store.db`.

There is no alembic.ini: `store.db.upgrade()` builds the configuration in code, so the same
migrations run from `minutebook db upgrade`, on open, and in tests, on SQLite and PostgreSQL alike.
"""

from alembic import context
from sqlmodel import SQLModel

import store.models  # noqa: F401  (registers the tables on SQLModel.metadata)

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
