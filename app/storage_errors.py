"""Storage failures in words a counter clerk understands.

The driver says "database is locked" or "server closed the connection unexpectedly";
the person at the counter needs to hear what happened to their work and what to do.
`Database.session_scope` hands every SQLAlchemy DBAPIError to `storage_error` after the
rollback, so each write (a form's Save, an import's transactions, the scheduler's jobs)
is covered in this one place: a storage failure becomes a StorageError with its `kind`,
anything else (a constraint, a bug) goes on as it was.

Nothing was saved in every case: the unit of work rolled back. What was typed stays in
the form (FormDialog shows a CareDeskError's message in its banner and keeps its fields).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol

from sqlalchemy.exc import DBAPIError

from app.errors import StorageError
from app.i18n import t

BUSY = "busy"
FULL = "full"
READ_ONLY = "read_only"
IO = "io"
CORRUPT = "corrupt"
UNREACHABLE = "unreachable"

log = logging.getLogger(__name__)


class DatabaseLike(Protocol):
    """What the words need of an app.db.Database (which imports this module)."""

    @property
    def is_sqlite(self) -> bool: ...

    @property
    def sqlite_path(self) -> Path | None: ...

    def describe(self) -> str: ...


# SQLite's primary result codes (the low byte of the extended code).
_SQLITE_CODES = {
    5: BUSY,  # SQLITE_BUSY: another connection holds the write lock past the busy timeout
    6: BUSY,  # SQLITE_LOCKED: a table locked within the same process
    8: READ_ONLY,  # SQLITE_READONLY
    10: IO,  # SQLITE_IOERR
    11: CORRUPT,  # SQLITE_CORRUPT
    13: FULL,  # SQLITE_FULL
    14: IO,  # SQLITE_CANTOPEN: the file (or its -wal/-shm) vanished or cannot be opened
    26: CORRUPT,  # SQLITE_NOTADB: the file was overwritten with something else
}
# The driver's words, when an error carries no code.
_SQLITE_WORDS = (
    ("database is locked", BUSY),
    ("database table is locked", BUSY),
    ("database or disk is full", FULL),
    ("readonly database", READ_ONLY),
    ("disk i/o error", IO),
    ("unable to open database file", IO),
    ("malformed", CORRUPT),
    ("not a database", CORRUPT),
)
# PostgreSQL SQLSTATEs: a class (two characters) or one state.
_PG_STATES = {
    "08": UNREACHABLE,  # connection exception
    "57P01": UNREACHABLE,  # admin_shutdown
    "57P02": UNREACHABLE,  # crash_shutdown
    "57P03": UNREACHABLE,  # cannot_connect_now
    "53100": FULL,  # disk_full
    "25006": READ_ONLY,  # read_only_sql_transaction (a standby, a read-only role)
    "40001": BUSY,  # serialization_failure
    "40P01": BUSY,  # deadlock_detected
    "55P03": BUSY,  # lock_not_available
}


def storage_kind(exc: BaseException, is_sqlite: bool) -> str | None:
    """Which storage failure `exc` is (BUSY, FULL...), or None when it is not one."""
    if not isinstance(exc, DBAPIError):
        return None
    orig = exc.orig
    if is_sqlite:
        code = getattr(orig, "sqlite_errorcode", None)
        if isinstance(code, int) and (code & 0xFF) in _SQLITE_CODES:
            return _SQLITE_CODES[code & 0xFF]
        words = str(orig).lower()
        return next((kind for phrase, kind in _SQLITE_WORDS if phrase in words), None)
    if exc.connection_invalidated:
        return UNREACHABLE
    state = getattr(orig, "sqlstate", None)
    if state:
        return _PG_STATES.get(state) or _PG_STATES.get(state[:2])
    # psycopg reports a connection that broke mid-statement without a state.
    is_operational = type(orig).__name__ == "OperationalError"
    return UNREACHABLE if is_operational else None


def storage_error(exc: BaseException, db: DatabaseLike) -> StorageError | None:
    """The StorageError to show for `exc` on `db`, or None when `exc` is not one."""
    kind = storage_kind(exc, db.is_sqlite)
    if kind is None:
        return None
    log.warning("Storage error (%s) on %s: %s", kind, db.describe(), _driver_words(exc))
    reason, advice = _sqlite_words(kind, db) if db.is_sqlite else _server_words(kind, db)
    return StorageError(f"{reason} {advice}", kind, reason)


def _sqlite_words(kind: str, db: DatabaseLike) -> tuple[str, str]:
    """(what happened, what to do) for a failure of the SQLite file."""
    path = db.sqlite_path
    if kind == BUSY:
        return (
            t(
                "The database is busy: another program (or another CareDesk window) is "
                "writing to it."
            ),
            t("Nothing was saved and what you typed is kept: wait a moment and save again."),
        )
    if kind == FULL:
        return (
            t(
                "The disk that holds the database is full (folder {folder}).",
                folder=path.parent if path is not None else "",
            ),
            t(
                "Nothing was saved and what you typed is kept: free some space on that disk, "
                "or ask IT support, then save again."
            ),
        )
    if kind == READ_ONLY:
        return (
            t(
                "The database file {path} can be read but not written: its permissions or "
                "the disk it is on allow reading only.",
                path=path,
            ),
            t(
                "Nothing was saved and what you typed is kept: ask IT support to make it "
                "writable again, then save again."
            ),
        )
    if kind == CORRUPT:
        return (
            t("The database file {path} is damaged.", path=path),
            t(
                "Nothing was saved; what you typed is still in the form. Stop working in "
                "CareDesk and tell IT support: they can check the file and restore the last "
                "backup."
            ),
        )
    return (
        t(
            "The computer could not read or write the database file {path} (a disk error).",
            path=path,
        ),
        t(
            "Nothing was saved and what you typed is kept: check that the disk or USB drive "
            "is connected and working, then save again. If it happens again, tell IT support."
        ),
    )


def _server_words(kind: str, db: DatabaseLike) -> tuple[str, str]:
    """(what happened, what to do) for a failure of the PostgreSQL server."""
    server = db.describe()
    if kind == BUSY:
        return (
            t("Another seat was saving the same records at the same moment."),
            t("Nothing was saved and what you typed is kept: save again."),
        )
    if kind == FULL:
        return (
            t("The database server ({server}) has run out of disk space.", server=server),
            t("Nothing was saved and what you typed is kept: tell IT support, then save again."),
        )
    if kind == READ_ONLY:
        return (
            t(
                "The database server ({server}) accepts no changes at the moment (it is "
                "read-only).",
                server=server,
            ),
            t("Nothing was saved and what you typed is kept: tell IT support."),
        )
    return (
        t(
            "Cannot reach the database server ({server}): the connection was lost.",
            server=server,
        ),
        t(
            "Nothing was saved and what you typed is kept: check the network cable or Wi-Fi, "
            "then save again."
        ),
    )


def _driver_words(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(orig).splitlines() if line.strip()]
    return lines[0] if lines else type(orig).__name__
