"""Shared fixtures: a migrated database per test, on SQLite and (when configured) PostgreSQL.

CAREDESK_TEST_PG_URL set: the PostgreSQL variants run, and a server that does not answer
is a failure. Not set (a developer's fresh machine): they skip, saying why.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import text

from app import i18n
from app.db import Database, migrate, open_database
from app.models import Base
from app.services.access import passwords
from app.services.actor import Actor
from tests import scenarios

PG_ENV = "CAREDESK_TEST_PG_URL"
PG_SKIP_REASON = (
    "PostgreSQL tests need a server: set CAREDESK_TEST_PG_URL, "
    "e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@pytest.fixture(scope="session", autouse=True)
def _cheap_password_hashing() -> Iterator[None]:
    """argon2 with production costs takes ~0.1 s a hash; the rules are the same cheaper."""
    passwords.set_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    yield
    passwords.set_hasher(PasswordHasher())


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory, monkeypatch) -> Iterator[None]:
    """No test reads or writes the real user data dir, and each starts in English."""
    monkeypatch.setenv("CAREDESK_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("CAREDESK_DB", raising=False)
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """One migrated SQLite file, copied for each test (faster than migrating each time)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = open_database(f"sqlite:///{path}")
    migrate(db)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


def pg_url() -> str | None:
    return os.environ.get(PG_ENV) or None


def reset_pg_schema(url: str) -> None:
    """Drop everything in the public schema (a clean slate for migration tests)."""
    db = open_database(url)
    with db.engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    db.dispose()


@pytest.fixture(scope="session")
def pg_database() -> Iterator[Database]:
    url = pg_url()
    if url is None:
        pytest.skip(PG_SKIP_REASON)
    reset_pg_schema(url)  # a failed connection here is an error, never a skip
    db = open_database(url)
    migrate(db)
    yield db
    db.dispose()


def truncate_all(db: Database) -> None:
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture
def new_sqlite_db(sqlite_template, tmp_path) -> Iterator[Callable[[str], Database]]:
    """Make migrated, empty SQLite databases (named files in the test's folder)."""
    made: list[Database] = []

    def make(name: str = "caredesk.db") -> Database:
        path = tmp_path / name
        shutil.copyfile(sqlite_template, path)
        made.append(open_database(f"sqlite:///{path}"))
        return made[-1]

    yield make
    for database in made:
        database.dispose()


@pytest.fixture
def sqlite_db(new_sqlite_db) -> Database:
    return new_sqlite_db()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db(request) -> Iterator[Database]:
    """A migrated, empty database: SQLite, then PostgreSQL."""
    if request.param == "sqlite":
        yield request.getfixturevalue("sqlite_db")
        return
    database = request.getfixturevalue("pg_database")
    migrate(database)  # a migration test may have left it at another revision
    truncate_all(database)
    yield database


@pytest.fixture
def admin(db) -> Actor:
    """A signed-in administrator in `db` (the first one, created as at first start)."""
    with db.session_scope() as s:
        return scenarios.first_admin(s)


@pytest.fixture
def slip_world(db) -> scenarios.SlipWorld:
    """One customer's records in `db`, one of each thing a slip is printed for."""
    with db.session_scope() as s:
        return scenarios.slip_world(s)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def empty_db_url(request, tmp_path) -> str:
    """The address of an empty database (no tables), for migration tests."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.db'}"
    url = pg_url()
    if url is None:
        pytest.skip(PG_SKIP_REASON)
    reset_pg_schema(url)
    return url
