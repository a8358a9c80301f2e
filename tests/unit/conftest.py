"""Fixtures the unit tests share: signed-in staff and the store counter, in `db`; the
demo's year."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from app.db import migrate, open_database
from app.models import Base
from app.services.actor import Actor
from tests import scenarios
from tests.factories import make_customer

# Monday 2 November 2026, 09:00 in Hà Nội: the counter's day and clock.
COUNTER_TODAY = date(2026, 11, 2)
COUNTER_NOW = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)


@pytest.fixture
def agent(db, admin) -> Actor:
    """An agent with no store, signed in: Trần Thị Yến (yen.tran)."""
    with db.session_scope() as s:
        return scenarios.staff_member(s, admin)


@pytest.fixture
def an(db) -> int:
    """Nguyễn Văn An (0912 345 678), as an earlier import left him; his id."""
    with db.session_scope() as s:
        return make_customer(s, "Nguyễn Văn An", phones=["0912 345 678"]).id


@pytest.fixture
def counter(db, admin) -> scenarios.Counter:
    """The Hà Nội store's counter (staff, a customer and a TV) on COUNTER_TODAY."""
    with db.session_scope() as s:
        return scenarios.counter(s, admin, COUNTER_TODAY, now=COUNTER_NOW)


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def year(request, sqlite_template, tmp_path_factory) -> scenarios.DemoYear:
    """The demo's year up to the module's TODAY with its CUSTOMERS, loaded once per module
    and database."""
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("demo") / "demo.db"
        shutil.copyfile(sqlite_template, path)
        db = open_database(f"sqlite:///{path}")
    else:
        db = request.getfixturevalue("pg_database")
        migrate(db)
        tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
        with db.engine.begin() as conn:
            conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    loaded = scenarios.demo_year(db, request.module.CUSTOMERS, request.module.TODAY)
    if request.param == "sqlite":
        db.dispose()
    return loaded
