"""An import lands whole or not at all, while other seats keep writing between its steps."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select, text, update

from app.models import (
    AuditEntry,
    Customer,
    CustomerNameToken,
    CustomerPhone,
    CustomerTag,
    ImportChunk,
    ImportRun,
    PointsEntry,
    utcnow,
)
from app.services.customers.customers import CustomerInput, PhoneInput, create_customer
from app.services.imports import customer_kind
from app.services.imports.files import ImportFile
from app.services.imports.journal import recover_abandoned, start_run
from app.services.imports.runner import ImportOptions, analyse, apply_plan
from tests.unit.import_helpers import ADMIN, TODAY, by_name, count, load, rows_per_transaction

TABLES = (Customer, CustomerPhone, CustomerTag, CustomerNameToken, PointsEntry, AuditEntry)


class Stop(Exception):
    pass


class StopAtStep:
    """A Cancel pressed while the import writes: raises before write step `step` (1-based)."""

    def __init__(self, step: int) -> None:
        self.step, self.seen = step, 0

    def progress(self, percent: int, message: str = "") -> None:
        if message.startswith("Saving"):
            self.seen += 1
            if self.seen == self.step:
                raise Stop()


def counts(db) -> dict[str, int]:
    with db.session_scope() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) for m in TABLES}


def many(n: int, first: int = 1) -> str:
    rows = [f"Khách {i},09{i:08d},{i}" for i in range(first, first + n)]
    return "full_name,phone,points\n" + "\n".join(rows) + "\n"


def plan_of(db, content: str):
    file = ImportFile.from_bytes(content.encode(), "k.csv")
    with db.session_scope() as s:
        return analyse(s, ADMIN, file, ImportOptions("customers", today=TODAY))


@pytest.mark.parametrize("step", [2, 3])
def test_a_cancel_while_writing_leaves_nothing_behind(db, monkeypatch, step):
    rows_per_transaction(monkeypatch, 100)
    before = counts(db)
    with pytest.raises(Stop):
        apply_plan(db, ADMIN, plan_of(db, many(250)), StopAtStep(step))
    assert counts(db) == before
    with db.session_scope() as s:
        assert s.scalar(select(ImportRun.status)) == "undone"
        assert s.scalar(select(func.count()).select_from(ImportChunk)) == 0


def test_a_failure_puts_back_the_customers_it_had_changed(db, monkeypatch):
    with db.session_scope() as s:
        create_customer(
            s,
            ADMIN,
            CustomerInput(
                "Khách 1", phones=(PhoneInput("0900000001"),), email="cu@gmail.com", tags=("cũ",)
            ),
        )
    kept = counts(db)
    rows_per_transaction(monkeypatch, 2)
    content = (
        "full_name,phone,email,tags,points\n"
        "Khách 1,0900000001;0911 222 333,moi@gmail.com,mới,500\n"
        "Khách 2,0900000002,,,\nKhách 3,0900000003,,,\n"
    )
    with pytest.raises(Stop):
        apply_plan(db, ADMIN, plan_of(db, content), StopAtStep(2))
    assert counts(db) == kept
    one = by_name(db, "Khách 1")
    assert (one.email, one.points) == ("cu@gmail.com", 0)
    assert [p.e164 for p in one.phones] == ["+84900000001"]
    assert [t.tag for t in one.tags] == ["cũ"]


def test_a_run_whose_seat_died_is_undone_later_and_a_live_one_is_not(db, monkeypatch):
    rows_per_transaction(monkeypatch, 1)
    plan = plan_of(db, many(2))
    dead = start_run(db, ADMIN, "customers", "k.csv")
    customer_kind.write(db, ADMIN, plan, dead, lambda p, m: None)
    live = start_run(db, ADMIN, "customers", "k2.csv")
    assert count(db) == 2
    with db.session_scope() as s:
        s.execute(
            update(ImportRun)
            .where(ImportRun.id == dead)
            .values(heartbeat_at=utcnow() - timedelta(minutes=11))
        )
        s.execute(
            update(ImportRun)
            .where(ImportRun.id == live)
            .values(heartbeat_at=utcnow() - timedelta(minutes=9))
        )
    assert recover_abandoned(db) == 1
    assert count(db) == 0
    with db.session_scope() as s:
        statuses = dict(s.execute(select(ImportRun.id, ImportRun.status)).all())
    assert statuses == {dead: "undone", live: "running"}


def test_a_finished_run_keeps_no_journal(db):
    load(db, many(3))
    with db.session_scope() as s:
        assert s.scalar(select(ImportRun.status)) == "done"
        assert s.scalar(select(ImportRun.created)) == 3
        assert s.scalar(select(func.count()).select_from(ImportChunk)) == 0


def test_another_seat_writes_between_the_import_steps(sqlite_db, monkeypatch):
    """The file is never held for the whole import: between two steps another connection,
    which gives up after 2 seconds, saves a change."""
    rows_per_transaction(monkeypatch, 50)
    db = sqlite_db
    with db.session_scope() as s:
        other = create_customer(
            s, ADMIN, CustomerInput("Ghế Bên", phones=(PhoneInput("0905999888"),))
        )
    other_seat = db.engine.raw_connection()
    other_seat.execute("PRAGMA busy_timeout=2000")
    saved = []

    class OtherSeat:
        def progress(self, percent: int, message: str = "") -> None:
            if message.startswith("Saving"):
                other_seat.execute(
                    text("UPDATE customers SET notes = ? WHERE id = ?").text,
                    (f"ghi chú {len(saved)}", other.id),
                )
                other_seat.commit()
                saved.append(message)

    apply_plan(db, ADMIN, plan_of(db, many(200)), OtherSeat())
    other_seat.close()
    assert len(saved) == 4
    assert count(db) == 201
    assert by_name(db, "Ghế Bên").notes == "ghi chú 3"
