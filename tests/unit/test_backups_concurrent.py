"""A backup taken while another thread keeps writing is one consistent moment: whole
transactions only, the counts it records are its contents, and a restore gives exactly
those rows."""

from __future__ import annotations

import threading

from sqlalchemy import text

from app.services.backups import check_backup, restore_backup, take_backup
from tests.factories import make_customer
from tests.unit.backup_cases import MORNING


class Writer(threading.Thread):
    """Adds customers one transaction each (a customer, a phone, the name's words) until
    stopped; `committed` lists their codes in the order they were committed."""

    def __init__(self, db) -> None:
        super().__init__(daemon=True)
        self.db = db
        self.committed: list[str] = []
        self.stop = threading.Event()
        self.progress = threading.Condition()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            n = 0
            while not self.stop.is_set():
                n += 1
                code = f"KH{n:07d}"
                with self.db.session_scope() as s:
                    make_customer(s, f"Khách Hàng Số {n}", code=code, phones=[f"0912 {n:06d}"])
                with self.progress:
                    self.committed.append(code)
                    self.progress.notify_all()
        except BaseException as exc:  # reported by the test
            self.error = exc
            with self.progress:
                self.progress.notify_all()

    def wait_for(self, count: int) -> None:
        """Until `count` customers are committed (the writer has not failed)."""
        with self.progress:
            self.progress.wait_for(lambda: len(self.committed) >= count or self.error)
        assert self.error is None


class WritesMeanwhile:
    """A TaskControl that lets the writer commit more at each step of the backup, and
    notes how many were committed when the copy started and when it was done."""

    def __init__(self, writer: Writer) -> None:
        self.writer = writer
        self.at: dict[str, int] = {}

    def progress(self, percent: int, message: str) -> None:
        if message not in self.at:
            self.at[message] = len(self.writer.committed)
            self.writer.wait_for(len(self.writer.committed) + 5)


def test_a_backup_taken_while_another_thread_writes_is_consistent(sqlite_db):
    writer = Writer(sqlite_db)
    writer.start()
    writer.wait_for(10)
    control = WritesMeanwhile(writer)
    try:
        info = take_backup(sqlite_db, at=MORNING, control=control)
        writer.wait_for(len(writer.committed) + 5)
    finally:
        writer.stop.set()
        writer.join()
    assert writer.error is None

    # Every customer committed before the copy is in it; none committed after it.
    in_backup = info.counts["customers"]
    assert control.at["Copying the database…"] <= in_backup
    assert in_backup <= control.at["Compressing the copy…"]
    assert len(writer.committed) > in_backup
    # Whole transactions only: each customer with its phone and its three words.
    assert info.counts["customer_phones"] == in_backup
    assert info.counts["customer_name_tokens"] == 4 * in_backup  # khach hang so n
    assert check_backup(info.path).counts == info.counts  # integrity, counts = contents

    restore_backup(sqlite_db, info.path)

    with sqlite_db.engine.connect() as conn:
        codes = conn.execute(text("SELECT code FROM customers ORDER BY id")).scalars().all()
        phones = conn.execute(text("SELECT COUNT(*) FROM customer_phones")).scalar_one()
    assert codes == writer.committed[:in_backup]  # exactly the first ones, in order
    assert phones == in_backup
