"""Engine factory, unit-of-work sessions and schema migration.

SQLite is the single-seat default (WAL, foreign keys, full sync, busy timeout: the
settings and their reasons are in app/db_settings.py); PostgreSQL through psycopg 3 is for
several seats on one database. A unit of work that fails on storage (busy, disk full,
read-only, server gone) rolls back and raises a StorageError in plain words
(app/storage_errors.py).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.db_settings import SQLITE_BUSY_TIMEOUT_MS, apply_sqlite_settings, sqlite_connect_args
from app.errors import Conflict, DatabaseError
from app.i18n import t
from app.storage_errors import storage_error

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
PG_CONNECT_TIMEOUT_S = 5
log = logging.getLogger(__name__)
# File systems that are another machine's disk: SQLite's locking is unsafe on them.
NETWORK_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "ncpfs",
    "afs",
    "glusterfs",
    "ceph",
    "fuse.sshfs",
    "sshfs",
    "fuse.davfs2",
    "davfs",
    "fuse.rclone",
    "fuse.s3fs",
}


def parse_url(raw: str) -> URL:
    """Check a database address and normalise PostgreSQL to the psycopg 3 driver."""
    usage = t(
        "“{url}” is not a database address: use sqlite:///path/to/caredesk.db "
        "or postgresql+psycopg://user@host:5432/dbname.",
        url=raw,
    )
    try:
        url = make_url(raw)
    except ArgumentError:
        raise DatabaseError(usage) from None
    backend = url.get_backend_name()
    if backend == "postgresql":
        if url.get_driver_name() in ("", "psycopg2"):
            url = url.set(drivername="postgresql+psycopg")
        if not url.database:
            raise DatabaseError(usage)
    elif backend == "sqlite":
        if url.get_driver_name() not in ("", "pysqlite"):
            raise DatabaseError(usage)
    else:
        raise DatabaseError(usage)
    return url


def is_network_path(path: Path, mounts: str | None = None) -> bool:
    """True when `path` is on a network share or a mapped network drive."""
    text_path = str(path)
    if text_path.startswith("\\\\") or (sys.platform == "win32" and text_path.startswith("//")):
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text_path))[0]
        drive_remote = 4
        return bool(drive) and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text()
        except OSError:
            return False
    resolved = os.path.realpath(text_path)
    best, best_fs = "", ""
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, best_fs = point, parts[2]
    return best_fs in NETWORK_FS


def _writable(folder: Path) -> bool:
    """Try it: permission bits say nothing of a read-only mount, and root ignores them."""
    probe = folder / f".caredesk-write-test-{os.getpid()}"
    try:
        os.close(os.open(probe, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
        os.unlink(probe)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def _prepare_sqlite_file(path: Path) -> None:
    folder = path.parent
    if is_network_path(path):
        raise DatabaseError(
            t(
                "{path} is on a network share. SQLite is for one machine only: "
                "for several seats use PostgreSQL (--db postgresql+psycopg://...).",
                path=path,
            )
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(
            t(
                "Cannot create the data folder {folder}: {reason}.",
                folder=folder,
                reason=exc.strerror,
            )
        ) from None
    if not _writable(folder) or (path.exists() and not os.access(path, os.W_OK)):
        raise DatabaseError(
            t(
                "Cannot write to {folder}: it is read-only. Choose another place with "
                "--db sqlite:///path/to/caredesk.db or the CAREDESK_DATA_DIR variable.",
                folder=folder,
            )
        )
    if not path.exists():
        # Customer data: readable by its owner only.
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


def _sqlite_settings(busy_timeout_ms: int):
    """The engine's "connect" listener: app/db_settings.py on each new connection."""

    def on_connect(dbapi_conn, _record) -> None:
        apply_sqlite_settings(dbapi_conn, busy_timeout_ms)

    return on_connect


class Database:
    """One database: its engine and a factory of unit-of-work sessions."""

    def __init__(self, url: URL, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self.session_factory = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    def describe(self) -> str:
        """What the status bar shows: the file, or host/database (never a password)."""
        if self.is_sqlite:
            return f"SQLite: {self.sqlite_path or 'memory'}"
        port = f":{self.url.port}" if self.url.port else ""
        return f"PostgreSQL: {self.url.host or 'localhost'}{port}/{self.url.database}"

    @contextmanager
    def session_scope(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error.

        A stale save raises Conflict; a storage failure (busy, disk full, read-only,
        disk error, server gone) a StorageError in plain words; both after the rollback.
        """
        session = self.session_factory()
        try:
            yield session
            session.commit()
        except StaleDataError:
            _roll_back(session)
            raise Conflict(
                t(
                    "Someone else changed this record while you were editing it. "
                    "Reload it to see their change; your input is kept."
                )
            ) from None
        except Exception as exc:
            _roll_back(session)
            plain = storage_error(exc, self)
            if plain is None:
                raise
            raise plain from exc
        except BaseException:
            _roll_back(session)
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def _roll_back(session: Session) -> None:
    """Roll back; a connection that is already gone (the server, the disk) has nothing to
    keep, and the error that broke it is the one to report."""
    try:
        session.rollback()
    except Exception:
        log.warning("Rolling back after a failed unit of work failed too", exc_info=True)


def open_database(
    raw_url: str, *, check: bool = True, busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS
) -> Database:
    """Build the engine for `raw_url` and (by default) prove it answers.

    `busy_timeout_ms`: how long an SQLite write waits for another writer before it is
    refused as busy (tests shorten it).
    """
    url = parse_url(raw_url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            path = Path(url.database).expanduser().resolve()
            _prepare_sqlite_file(path)
            url = url.set(database=str(path))
        engine = create_engine(
            url, hide_parameters=True, connect_args=sqlite_connect_args(busy_timeout_ms)
        )
        event.listen(engine, "connect", _sqlite_settings(busy_timeout_ms))
    else:
        engine = create_engine(
            url,
            hide_parameters=True,
            pool_pre_ping=True,
            connect_args={"connect_timeout": PG_CONNECT_TIMEOUT_S},
        )
    db = Database(url, engine)
    if check:
        check_connection(db)
    return db


def check_connection(db: Database) -> None:
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except NoSuchModuleError:
        raise DatabaseError(
            t("The PostgreSQL driver is missing: install caredesk[postgres].")
        ) from None
    except OperationalError as exc:
        db.dispose()
        if db.is_sqlite:
            raise DatabaseError(
                t("Cannot open {what}: {reason}.", what=db.describe(), reason=_first_line(exc))
            ) from None
        raise DatabaseError(
            t(
                "Cannot reach {what}: {reason}. Check that the server is running and the "
                "address is right.",
                what=db.describe(),
                reason=_first_line(exc),
            )
        ) from None
    except SADatabaseError as exc:
        db.dispose()
        if db.is_sqlite and "not a database" in str(exc.orig):
            raise DatabaseError(
                t(
                    "{path} is not a CareDesk database (it is not an SQLite file). "
                    "It was left untouched.",
                    path=db.sqlite_path,
                )
            ) from None
        raise DatabaseError(
            t("Cannot open {what}: {reason}.", what=db.describe(), reason=_first_line(exc))
        ) from None


def _first_line(exc: Exception) -> str:
    orig = getattr(exc, "orig", None) or exc
    lines = [ln.strip() for ln in str(orig).splitlines() if ln.strip()]
    return lines[0].rstrip(".") if lines else type(orig).__name__


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def _alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_sqlite(db: Database, suffix: str) -> Path:
    """Copy the SQLite file (WAL included) next to it as <name>.<suffix>.bak."""
    source = db.sqlite_path
    assert source is not None
    target = source.with_name(f"{source.name}.{suffix}.bak")
    fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def migrate(db: Database) -> MigrationResult:
    """Upgrade to head; back the SQLite file up first; refuse a database from a newer app."""
    from alembic import command
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    cfg = _alembic_config()
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    before = current_revision(db)
    if before is not None:
        try:
            known = script.get_revision(before) is not None
        except CommandError:
            known = False
        if not known:
            raise DatabaseError(
                t(
                    "{what} was written by a newer version of CareDesk (schema {rev}). "
                    "Install the newer version; the database was left untouched.",
                    what=db.describe(),
                    rev=before,
                )
            )
    if before == head:
        return MigrationResult(before, head, None)
    backup = None
    if db.sqlite_path is not None and before is not None:
        backup = backup_sqlite(db, f"before-{head}")
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return MigrationResult(before, head, backup)
