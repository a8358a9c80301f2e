"""Storage failures told in plain words, with nothing half-written: a database another
program holds, a full disk, a read-only file, a disk error, a server that went away."""

from __future__ import annotations

import sqlite3
import threading
from datetime import timedelta

import psycopg
import pytest
from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.exc import IntegrityError, OperationalError

from app.db import Database, open_database
from app.db_settings import apply_sqlite_settings
from app.errors import StorageError
from app.models import AuditEntry, Customer, ImportRun, Interaction
from app.services.contacts.interactions import InteractionInput, log_interaction
from app.services.imports.files import ImportFile
from app.services.imports.runner import ImportOptions, run_import
from app.storage_errors import storage_error
from app.timeutil import now_utc
from tests import scenarios
from tests.conftest import pg_url
from tests.factories import make_customer
from tests.unit.import_helpers import ADMIN, TODAY, rows_per_transaction

BUSY = (
    "The database is busy: another program (or another CareDesk window) is writing to it. "
    "Nothing was saved and what you typed is kept: wait a moment and save again."
)
NOTES = "Khách hỏi lịch bảo hành máy giặt; hẹn gọi lại thứ Hai."


@pytest.fixture
def world(sqlite_db):
    """An administrator and Nguyễn Thị Đào (0912 345 678) in `sqlite_db`."""
    with sqlite_db.session_scope() as s:
        admin = scenarios.first_admin(s)
        dao = scenarios.new_customer(s, admin, "Nguyễn Thị Đào", "0912 345 678")
    return admin, dao


def contact(customer_id: int, notes: str = NOTES) -> InteractionInput:
    started = now_utc() - timedelta(minutes=5)
    return InteractionInput(
        "phone", "in", started, started + timedelta(minutes=3), notes=notes, customer_id=customer_id
    )


def contacts(db: Database) -> list[str]:
    with db.session_scope() as s:
        return list(s.scalars(select(Interaction.notes).order_by(Interaction.id)))


def audit_count(db: Database) -> int:
    with db.session_scope() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry))


def integrity(db: Database) -> str:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("PRAGMA integrity_check").scalar()


def holder(db: Database) -> sqlite3.Connection:
    """Another program's connection, holding the write lock."""
    other = sqlite3.connect(
        str(db.sqlite_path), timeout=0, isolation_level=None, check_same_thread=False
    )
    other.execute("BEGIN EXCLUSIVE")
    return other


def test_the_busy_timeout_is_ten_seconds_unless_a_test_shortens_it(sqlite_db):
    quick = open_database(f"sqlite:///{sqlite_db.sqlite_path}", busy_timeout_ms=250)
    for database, expected in ((sqlite_db, 10_000), (quick, 250)):
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == expected
            assert conn.exec_driver_sql("PRAGMA journal_size_limit").scalar() == 67_108_864
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 1000
    quick.dispose()


def test_a_save_while_another_program_holds_the_file_says_busy_and_writes_nothing(sqlite_db, world):
    admin, dao = world
    quick = open_database(f"sqlite:///{sqlite_db.sqlite_path}", busy_timeout_ms=200)
    other = holder(sqlite_db)
    audited = audit_count(sqlite_db)
    with pytest.raises(StorageError) as refused, quick.session_scope() as s:
        log_interaction(s, admin, contact(dao.id))
    assert refused.value.kind == "busy"
    assert refused.value.message == BUSY
    other.rollback()
    other.close()
    assert contacts(sqlite_db) == []
    assert audit_count(sqlite_db) == audited

    with quick.session_scope() as s:  # the same save, once the file is free
        log_interaction(s, admin, contact(dao.id))
    assert contacts(sqlite_db) == [NOTES]
    quick.dispose()


def test_a_save_waits_for_a_holder_that_lets_go_within_the_timeout(sqlite_db, world):
    admin, dao = world
    patient = open_database(f"sqlite:///{sqlite_db.sqlite_path}", busy_timeout_ms=5_000)
    other = holder(sqlite_db)
    release = threading.Timer(0.2, other.rollback)
    release.start()
    with patient.session_scope() as s:
        log_interaction(s, admin, contact(dao.id))
    release.join()
    other.close()
    assert contacts(sqlite_db) == [NOTES]
    patient.dispose()


def test_a_full_disk_names_the_folder_and_leaves_nothing_half_written(sqlite_db, world):
    admin, dao = world
    audited = audit_count(sqlite_db)
    long_notes = "Khách phản ánh máy giặt kêu to khi vắt. " * 450  # about 20,000 characters
    with pytest.raises(StorageError) as refused, sqlite_db.session_scope() as s:
        conn = s.connection()
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count={pages + 1}")
        log_interaction(s, admin, contact(dao.id, long_notes[:20_000]))
    folder = sqlite_db.sqlite_path.parent
    assert refused.value.kind == "full"
    assert refused.value.message == (
        f"The disk that holds the database is full (folder {folder}). Nothing was saved and "
        "what you typed is kept: free some space on that disk, or ask IT support, then save "
        "again."
    )
    sqlite_db.dispose()  # the limit stays with the pooled connection: a new one has none
    assert contacts(sqlite_db) == []
    assert audit_count(sqlite_db) == audited
    with sqlite_db.session_scope() as s:
        assert s.get(Customer, dao.id).last_contact_at is None
    assert integrity(sqlite_db) == "ok"


def read_only(db: Database) -> Database:
    """The same file opened read-only (chmod does not stop root: a mode=ro connection)."""
    uri = f"file:{db.sqlite_path}?mode=ro"
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True))
    event.listen(engine, "connect", lambda conn, _record: apply_sqlite_settings(conn))
    return Database(db.url, engine)


def test_a_read_only_file_says_so_and_still_reads(sqlite_db, world):
    admin, dao = world
    frozen = read_only(sqlite_db)
    with pytest.raises(StorageError) as refused, frozen.session_scope() as s:
        log_interaction(s, admin, contact(dao.id))
    assert refused.value.kind == "read_only"
    assert refused.value.message == (
        f"The database file {sqlite_db.sqlite_path} can be read but not written: its "
        "permissions or the disk it is on allow reading only. Nothing was saved and what you "
        "typed is kept: ask IT support to make it writable again, then save again."
    )
    with frozen.session_scope() as s:
        assert s.get(Customer, dao.id).full_name == "Nguyễn Thị Đào"
    frozen.dispose()
    assert contacts(sqlite_db) == []


def driver_error(message: str, code: int | None) -> OperationalError:
    orig = sqlite3.OperationalError(message)
    if code is not None:
        orig.sqlite_errorcode = code
    return OperationalError("INSERT INTO interactions ...", {}, orig)


def test_a_disk_error_and_a_damaged_file_have_their_own_words(sqlite_db):
    path = sqlite_db.sqlite_path
    io = storage_error(driver_error("disk I/O error", 10 | 3 << 8), sqlite_db)  # IOERR_WRITE
    assert io.kind == "io"
    assert io.message == (
        f"The computer could not read or write the database file {path} (a disk error). "
        "Nothing was saved and what you typed is kept: check that the disk or USB drive is "
        "connected and working, then save again. If it happens again, tell IT support."
    )
    damaged = storage_error(driver_error("database disk image is malformed", None), sqlite_db)
    assert damaged.kind == "corrupt"
    assert damaged.reason == f"The database file {path} is damaged."


def test_errors_that_are_not_storage_failures_go_on_as_they_were(sqlite_db):
    assert storage_error(driver_error("no such table: missing_table", 1), sqlite_db) is None
    with pytest.raises(OperationalError, match="no such table"), sqlite_db.session_scope() as s:
        s.execute(text("INSERT INTO missing_table VALUES (1)"))
    with pytest.raises(IntegrityError), sqlite_db.session_scope() as s:
        make_customer(s, "Nguyễn Văn An", code="KH000001")
        make_customer(s, "Trần Văn Bình", code="KH000001")


def test_a_deadlock_on_the_server_asks_to_save_again():
    server = open_database("postgresql+psycopg://caredesk@db.example:5432/care", check=False)
    lost = storage_error(
        OperationalError("UPDATE complaints ...", {}, psycopg.errors.DeadlockDetected()), server
    )
    assert lost.kind == "busy"
    assert lost.message == (
        "Another seat was saving the same records at the same moment. Nothing was saved and "
        "what you typed is kept: save again."
    )
    server.dispose()


@pytest.mark.pg
def test_a_server_that_went_away_mid_save_is_named_and_the_next_save_reconnects():
    url = pg_url()
    if url is None:
        pytest.skip("needs CAREDESK_TEST_PG_URL")
    db = open_database(url)
    with pytest.raises(StorageError) as refused, db.session_scope() as s:
        pid = s.execute(text("SELECT pg_backend_pid()")).scalar()
        with db.engine.connect() as other:
            other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        s.execute(text("SELECT 1"))
    assert refused.value.kind == "unreachable"
    assert refused.value.message == (
        f"Cannot reach the database server ({db.describe()}): the connection was lost. "
        "Nothing was saved and what you typed is kept: check the network cable or Wi-Fi, "
        "then save again."
    )
    with db.session_scope() as s:
        assert s.execute(text("SELECT 1")).scalar() == 1
    db.dispose()


class FillTheDisk:
    """An import's progress: the disk is full from its second transaction on."""

    def __init__(self, db: Database) -> None:
        self.full = False
        event.listen(db.engine, "checkout", self._limit)

    def progress(self, percent: int, message: str = "") -> None:
        self.full = self.full or message.startswith("Saving customers: 2 of 4")

    def _limit(self, dbapi_conn, _record, _proxy) -> None:
        if self.full:  # not one page more than the file has now
            pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
            dbapi_conn.execute(f"PRAGMA max_page_count={pages}")


def test_an_import_that_fills_the_disk_half_way_is_taken_back(sqlite_db, monkeypatch):
    rows_per_transaction(monkeypatch, 2)
    long_notes = "Khách hẹn giao hàng buổi chiều và gọi trước khi đến. " * 75  # 3,975 characters
    csv = (
        "full_name,phone,notes\n"
        "Nguyễn Văn An,0912 345 678,Khách quen\n"
        "Trần Thị Bình,0913 456 789,\n"
        f"Lê Văn Cường,0914 567 890,{long_notes}\n"
        f"Phạm Thị Dung,0915 678 901,{long_notes}\n"
    )
    file = ImportFile.from_bytes(csv.encode(), "khach.csv")
    with pytest.raises(StorageError) as stopped:
        run_import(
            sqlite_db,
            ADMIN,
            file,
            ImportOptions("customers", today=TODAY),
            control=FillTheDisk(sqlite_db),
        )
    assert stopped.value.kind == "full"
    assert stopped.value.message == (
        "The import stopped. The disk that holds the database is full (folder "
        f"{sqlite_db.sqlite_path.parent}). Nothing from the file was loaded: import it again "
        "once this is put right."
    )
    with sqlite_db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 0
        run = s.scalars(select(ImportRun)).one()
        assert (run.status, run.created) == ("undone", 2)  # the first two were in, then out
    assert integrity(sqlite_db) == "ok"
