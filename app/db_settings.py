"""How every SQLite connection is set up, and why: CareDesk's durability rules in one place.

A store counter keeps its whole customer base in one file on an ordinary PC that can
lose power, be switched off at the wall or have CareDesk killed mid-save. The rules:

- journal_mode=WAL: a save appends to the write-ahead log and readers keep reading the
  last committed state, so a screen refreshing never blocks a save and a crash mid-save
  leaves the previous state whole (the unfinished tail of the log is ignored).
- synchronous=FULL: every commit waits for the log to reach the disk (one fsync). With
  NORMAL, WAL syncs only at checkpoints: a crash of CareDesk alone loses nothing, but a
  power cut can lose the last commits, i.e. a call or a complaint the agent saw saved.
  That fsync is the cost of a commit; tests/bench/durability.py measures it. On the
  development machine (ext4 on a virtual disk) a bare one-row commit goes from ~20,000-
  50,000/s with NORMAL to ~260-300/s with FULL (3-4 ms of fsync), while a contact saved
  through the service goes from ~170-220/s to ~110-170/s: the fsync is a few
  milliseconds on a save a person waits for anyway, and an import transaction of about
  a second pays it once.
- busy_timeout=10 s: SQLite has one writer at a time and no queue; a seat that finds the
  file busy sleeps and retries. An import holds the file about a second per transaction
  and then pauses (app/services/imports/pacing.py); another window's save or a
  checkpoint holds it a moment. Ten seconds covers a queue of those with a margin. A
  write still waiting after that means something else holds the file (another program,
  a stuck process), and the person is told so in words (app/storage_errors.py) rather
  than left with a Save that never ends; what they typed stays in the form.
- foreign_keys=ON: SQLite does not check references unless asked, per connection.
- wal_autocheckpoint=1000 pages (SQLite's default, stated): the log is copied back into
  the file every ~4 MB, so it stays short and reads stay fast.
- journal_size_limit=64 MiB: after a checkpoint the log file keeps its largest size on
  disk; a 100,000-row import (or a long read holding a checkpoint back) can leave
  hundreds of megabytes behind. The limit truncates it once it is reused.

The settings are per connection, so they are applied on every new one.
"""

from __future__ import annotations

SQLITE_BUSY_TIMEOUT_MS = 10_000
WAL_AUTOCHECKPOINT_PAGES = 1_000
JOURNAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024


def sqlite_pragmas(busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS) -> tuple[str, ...]:
    """The statements run on each new connection, in order (the timeout before WAL:
    switching a new file to WAL takes a lock another seat may hold)."""
    return (
        "PRAGMA foreign_keys=ON",
        f"PRAGMA busy_timeout={int(busy_timeout_ms)}",
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=FULL",
        f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}",
        f"PRAGMA journal_size_limit={JOURNAL_SIZE_LIMIT_BYTES}",
    )


def sqlite_connect_args(busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS) -> dict[str, float]:
    """The driver's own wait for a busy file while it opens it, before the pragmas run."""
    return {"timeout": busy_timeout_ms / 1000}


def apply_sqlite_settings(dbapi_conn, busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS) -> None:
    """Run the pragmas on a new DB-API connection (an engine's "connect" event calls it)."""
    cur = dbapi_conn.cursor()
    try:
        for statement in sqlite_pragmas(busy_timeout_ms):
            cur.execute(statement)
    finally:
        cur.close()
