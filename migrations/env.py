"""Alembic environment: runs on the connection CareDesk hands it, or on CAREDESK_DB."""

from alembic import context
from sqlalchemy import TypeDecorator

import app.models  # noqa: F401  (registers every table)
from app.models import Base

config = context.config
target_metadata = Base.metadata


def _render_item(type_, obj, autogen_context):
    # Revisions spell out the stored type, so they never depend on app code that may change.
    if type_ == "type" and isinstance(obj, TypeDecorator):
        return "sa." + repr(obj.impl_instance)
    return False


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things: batch mode rebuilds the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=_render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    from app.config import resolve_db_url
    from app.db import open_database

    with open_database(resolve_db_url()).engine.begin() as conn:
        _run(conn)
