"""Which storage failure a driver error is, read from SQLite's result code or PostgreSQL's
SQLSTATE even when the driver's words say nothing recognisable (codes from sqlite.org/rescode
and the PostgreSQL error-code table, worked out by hand)."""

from __future__ import annotations

import sqlite3

import psycopg
import pytest
from sqlalchemy.exc import DBAPIError, OperationalError

from app.storage_errors import storage_kind

ODD = "something odd happened"


def sqlite_failure(code: int, words: str = ODD) -> OperationalError:
    orig = sqlite3.OperationalError(words)
    orig.sqlite_errorcode = code
    return OperationalError("INSERT INTO interactions ...", {}, orig)


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (5, "busy"),  # SQLITE_BUSY
        (517, "busy"),  # SQLITE_BUSY_SNAPSHOT = 5 | 2 << 8
        (6, "busy"),  # SQLITE_LOCKED
        (8, "read_only"),  # SQLITE_READONLY
        (264, "read_only"),  # SQLITE_READONLY_RECOVERY = 8 | 1 << 8
        (10, "io"),  # SQLITE_IOERR
        (778, "io"),  # SQLITE_IOERR_WRITE = 10 | 3 << 8
        (11, "corrupt"),  # SQLITE_CORRUPT
        (13, "full"),  # SQLITE_FULL
        (14, "io"),  # SQLITE_CANTOPEN
        (26, "corrupt"),  # SQLITE_NOTADB
        (19, None),  # SQLITE_CONSTRAINT: the input, not the storage
        (2067, None),  # SQLITE_CONSTRAINT_UNIQUE = 19 | 8 << 8
        (1, None),  # SQLITE_ERROR (a bug, e.g. no such table)
    ],
)
def test_sqlite_result_codes_name_the_failure_whatever_the_words(code, kind):
    assert storage_kind(sqlite_failure(code), is_sqlite=True) == kind


def test_without_a_result_code_sqlite_is_read_by_its_words():
    orig = sqlite3.OperationalError("database or disk is full")
    assert storage_kind(OperationalError("INSERT", {}, orig), is_sqlite=True) == "full"
    orig = sqlite3.OperationalError(ODD)
    assert storage_kind(OperationalError("INSERT", {}, orig), is_sqlite=True) is None


def server_failure(orig: BaseException, invalidated: bool = False) -> DBAPIError:
    return DBAPIError("UPDATE complaints ...", {}, orig, connection_invalidated=invalidated)


@pytest.mark.parametrize(
    ("sqlstate", "kind"),
    [
        ("53100", "full"),  # disk_full
        ("25006", "read_only"),  # read_only_sql_transaction
        ("40001", "busy"),  # serialization_failure
        ("40P01", "busy"),  # deadlock_detected
        ("55P03", "busy"),  # lock_not_available
        ("57P01", "unreachable"),  # admin_shutdown
        ("08006", "unreachable"),  # connection_failure: only its class 08 is listed
        ("08001", "unreachable"),  # sqlclient_unable_to_establish_sqlconnection
        ("23505", None),  # unique_violation: the input, not the storage
        ("57014", None),  # query_canceled: class 57 is not all "unreachable"
    ],
)
def test_postgresql_sqlstates_name_the_failure(sqlstate, kind):
    orig = psycopg.errors.lookup(sqlstate)(ODD)
    assert storage_kind(server_failure(orig), is_sqlite=False) == kind


def test_a_connection_lost_without_a_sqlstate_is_unreachable_other_errors_are_not():
    assert storage_kind(server_failure(psycopg.OperationalError(ODD)), False) == "unreachable"
    assert storage_kind(server_failure(psycopg.ProgrammingError(ODD)), False) is None
    assert storage_kind(server_failure(Exception(ODD)), False) is None  # no sqlstate at all


def test_an_invalidated_connection_is_unreachable_whatever_the_error():
    lost = server_failure(psycopg.errors.lookup("23505")(ODD), invalidated=True)
    assert storage_kind(lost, is_sqlite=False) == "unreachable"


def test_what_is_not_a_driver_error_is_no_storage_failure():
    assert storage_kind(ValueError("database is locked"), is_sqlite=True) is None
