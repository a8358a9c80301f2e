"""A store's data for the backup tests, and every row of every table to compare with."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import func, select

from app.db import Database
from app.models import Base, ImportChunk, ImportRun
from app.services.complaints.complaints import ComplaintInput, open_complaint
from app.services.settings import set_setting
from app.services.slips.slips import issue_slip, record_print
from tests import scenarios
from tests.factories import (
    make_customer,
    make_history,
    make_important_date,
    make_pbx_call,
    make_points,
)

# Monday 7 December 2026, 07:00:01 in Hà Nội (00:00:01 UTC): the morning's backup.
MORNING = datetime(2026, 12, 7, 0, 0, 1, tzinfo=UTC)
COUNTER_DAY = date(2026, 11, 2)


def store_world(db: Database) -> None:
    """A counter with staff, a TV sold and taken in for repair (claim, events, slip
    numbers), a slip printed, a complaint opened, a customer's whole history (a purchase,
    a call, a complaint, a repair, a reminder, a slip, points), a wedding day, tags, a
    call from the PBX, a setting and an import's journal: rows in every table."""
    with db.session_scope() as s:
        admin = scenarios.first_admin(s)
        counter = scenarios.counter(s, admin, COUNTER_DAY, now=datetime(2026, 11, 2, 2, tzinfo=UTC))
    sold = counter.sell(db)
    counter.take_in(db, sold)
    with db.session_scope() as s:
        slips = scenarios.slip_world(s, tag="7")
        slip = issue_slip(
            s, admin, "claim", slips.claim_id, now=datetime(2026, 11, 20, 3, tzinfo=UTC)
        )
        record_print(s, admin, slip.id, "pdf")
        open_complaint(
            s,
            admin,
            ComplaintInput(slips.customer_id, "billing", "Sai hóa đơn"),
            now=datetime(2026, 11, 21, 2, tzinfo=UTC),
        )
        bich = make_customer(
            s, "Phạm Ngọc Bích", phones=["0903 123 456"], tags=["VIP", "Zalo"], email="bich@x.vn"
        )
        make_history(s, bich.id, "b")
        make_important_date(s, bich.id)
        make_points(s, bich.id, 250, "Khuyến mãi Tết")
        make_pbx_call(s, datetime(2026, 11, 4, 2, tzinfo=UTC), customer_id=bich.id)
        set_setting(s, admin, "session.idle_lock_minutes", 30)
        run = ImportRun(
            kind="customers",
            file_name="khách hàng.xlsx",
            status="done",
            actor="admin",
            started_at=datetime(2026, 11, 3, 2, tzinfo=UTC),
        )
        s.add(run)
        s.flush()
        s.add(ImportChunk(run_id=run.id, created_ids={"customers": [bich.id]}, before=None))


def every_row(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table of the model, every column, in primary-key order."""
    rows = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            query = select(table).order_by(*table.primary_key.columns)
            rows[table.name] = [tuple(r) for r in conn.execute(query)]
    return rows


def customer_count(db: Database) -> int:
    with db.engine.connect() as conn:
        return conn.execute(
            select(func.count()).select_from(Base.metadata.tables["customers"])
        ).scalar_one()
