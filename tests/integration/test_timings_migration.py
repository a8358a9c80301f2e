"""Revision 0014 on complaints the previous version wrote: the business seconds to the first
response and to the resolution are worked out from each timeline (waits for the customer
left out), a cancelled complaint gets the time of its "cancelled" step, and the downgrade
takes the columns and indexes away again.

Business hours are the default settings: Monday to Saturday 08:00-17:30 in Hà Nội (9.5 h
a day), Sunday closed; no public holiday falls in November 2026 (Monday the 2nd, Tuesday
the 3rd, Friday the 6th, Saturday the 7th, Monday the 9th, Tuesday the 10th).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from alembic import command
from sqlalchemy import column, insert, inspect, select, table

from app.db import _alembic_config, migrate, open_database
from app.models import Complaint, ComplaintEvent
from tests.factories import make_customer

PREVIOUS = "0013"
NEW_COLUMNS = {"cancelled_at", "first_response_seconds", "resolution_seconds"}


def hn(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment of November 2026 on the clock in Hà Nội (UTC+7), as UTC."""
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC) - timedelta(hours=7)


def _to(db, revision: str, downgrade: bool = False) -> None:
    cfg = _alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if downgrade else command.upgrade)(cfg, revision)


def _old_table(name: str, model, keys) -> table:
    """The table as 0013 had it: only the columns named (none of 0014's)."""
    columns = model.__table__.c
    return table(name, *(column(k, columns[k].type) for k in ["id", *keys]))


def _complaint(s, customer_id: int, number: str, status: str, timeline, **fields) -> int:
    """A complaint row as 0013 stored it, with its timeline of (at, from, to, kind)."""
    values = {
        "number": number,
        "customer_id": customer_id,
        "category": "product_defect",
        "subcategory": "",
        "channel": "phone",
        "description": "Máy giặt kêu to khi vắt.",
        "severity": "normal",
        "priority": "normal",
        "status": status,
        "tier": 1,
        "opened_at": timeline[0][0],
        "sla_state": "on_track",
        "resolution_notes": "",
        "compensation_vnd": 0,
        "compensation_points": 0,
        "first_contact_resolution": False,
        "created_at": timeline[0][0],
        "updated_at": timeline[-1][0],
        "version": len(timeline),
        **fields,
    }
    assert not NEW_COLUMNS & values.keys()
    old = _old_table("complaints", Complaint, values)
    cid = s.execute(insert(old).values(values).returning(old.c.id)).scalar_one()
    events = _old_table(
        "complaint_events",
        ComplaintEvent,
        ["complaint_id", "at", "kind", "from_status", "to_status", "note"],
    )
    s.execute(
        insert(events),
        [
            {
                "complaint_id": cid,
                "at": at,
                "kind": kind,
                "from_status": before,
                "to_status": after,
                "note": "",
            }
            for at, before, after, kind in timeline
        ],
    )
    return cid


def _old_rows(db) -> dict[str, int]:
    with db.session_scope() as s:
        an = make_customer(s, "Nguyễn Văn An").id
        return {
            # Opened Friday 14:00, work 15:00, waiting Friday 16:00 -> Monday 09:00,
            # resolved Monday 11:00, closed Tuesday. First response: 1 h = 3,600 s.
            # Resolution: Friday 14:00-16:00 (2 h) + Monday 09:00-11:00 (2 h) = 14,400 s;
            # the wait (Friday 1.5 h + Saturday 9.5 h + Monday 1 h) left out.
            "weekend": _complaint(
                s,
                an,
                "KN-2026-000101",
                "closed",
                [
                    (hn(6, 14), None, "new", "opened"),
                    (hn(6, 15), "new", "in_progress", "status"),
                    (hn(6, 16), "in_progress", "waiting_customer", "status"),
                    (hn(9, 9), "waiting_customer", "in_progress", "status"),
                    (hn(9, 11), "in_progress", "resolved", "resolved"),
                    (hn(10, 10), "resolved", "closed", "closed"),
                ],
                first_response_at=hn(6, 15),
                resolved_at=hn(9, 11),
                closed_at=hn(10, 10),
                csat=5,
                ces=4,
            ),
            # Opened Monday 09:00, work 10:00 (3,600 s), cancelled 14:20.
            "cancelled": _complaint(
                s,
                an,
                "KN-2026-000102",
                "cancelled",
                [
                    (hn(2, 9), None, "new", "opened"),
                    (hn(2, 10), "new", "in_progress", "status"),
                    (hn(2, 14, 20), "in_progress", "cancelled", "cancelled"),
                ],
                first_response_at=hn(2, 10),
            ),
            # Opened Monday 09:00 and never answered: nothing to count.
            "unanswered": _complaint(
                s, an, "KN-2026-000103", "new", [(hn(2, 9), None, "new", "opened")]
            ),
            # Opened Monday 2/11 09:00, work 09:30 (1,800 s), resolved 12:00, reopened
            # Tuesday 09:00, waiting 11:00 -> 14:00, resolved again 15:00 (resolved_at is
            # the last resolution). Monday 8.5 h + Tuesday 08:00-15:00 7 h - 3 h waited
            # = 12.5 h = 45,000 s.
            "reopened": _complaint(
                s,
                an,
                "KN-2026-000104",
                "resolved",
                [
                    (hn(2, 9), None, "new", "opened"),
                    (hn(2, 9, 30), "new", "in_progress", "status"),
                    (hn(2, 12), "in_progress", "resolved", "resolved"),
                    (hn(3, 9), "resolved", "reopened", "reopened"),
                    (hn(3, 10), "reopened", "in_progress", "status"),
                    (hn(3, 11), "in_progress", "waiting_customer", "status"),
                    (hn(3, 14), "waiting_customer", "in_progress", "status"),
                    (hn(3, 15), "in_progress", "resolved", "resolved"),
                ],
                first_response_at=hn(2, 9, 30),
                resolved_at=hn(3, 15),
            ),
            # Opened Friday 16:00, answered Monday 08:30 (Friday 1.5 h + Saturday 9.5 h +
            # Monday 0.5 h = 41,400 s), waiting since Monday 09:00: not resolved yet.
            "waiting": _complaint(
                s,
                an,
                "KN-2026-000105",
                "waiting_customer",
                [
                    (hn(6, 16), None, "new", "opened"),
                    (hn(9, 8, 30), "new", "in_progress", "status"),
                    (hn(9, 9), "in_progress", "waiting_customer", "status"),
                ],
                first_response_at=hn(9, 8, 30),
            ),
        }


EXPECTED = {
    # name: (first_response_seconds, resolution_seconds, cancelled_at)
    "weekend": (3_600, 14_400, None),
    "cancelled": (3_600, None, hn(2, 14, 20)),
    "unanswered": (None, None, None),
    "reopened": (1_800, 45_000, None),
    "waiting": (41_400, None, None),
}


@pytest.fixture
def old_database(empty_db_url):
    db = open_database(empty_db_url)
    _to(db, PREVIOUS)
    yield db
    db.dispose()


def _indexes(db, name: str) -> dict[str, list[str]]:
    return {i["name"]: i["column_names"] for i in inspect(db.engine).get_indexes(name)}


def test_the_upgrade_works_out_each_old_complaints_timings(old_database):
    db = old_database
    ids = _old_rows(db)
    migrate(db)
    with db.session_scope() as s:
        found = {
            name: (c.first_response_seconds, c.resolution_seconds, c.cancelled_at)
            for name, c in ((n, s.get(Complaint, i)) for n, i in ids.items())
        }
        untouched = s.get(Complaint, ids["weekend"])
        kept = (untouched.status.value, untouched.resolved_at, untouched.closed_at)
    assert found == EXPECTED
    assert kept == ("closed", hn(9, 11), hn(10, 10))


def test_the_upgrade_indexes_complaints_by_opening_and_contacts_by_complaint(old_database):
    db = old_database
    assert "ix_interactions_complaint" not in _indexes(db, "interactions")
    migrate(db)
    assert _indexes(db, "complaints")["ix_complaints_opened_at"] == ["opened_at"]
    assert _indexes(db, "interactions")["ix_interactions_complaint"] == ["complaint_id"]


def test_the_downgrade_takes_the_columns_and_indexes_away(old_database):
    db = old_database
    ids = _old_rows(db)
    migrate(db)
    _to(db, PREVIOUS, downgrade=True)
    columns = {c["name"] for c in inspect(db.engine).get_columns("complaints")}
    assert not NEW_COLUMNS & columns
    assert "ix_complaints_opened_at" not in _indexes(db, "complaints")
    assert "ix_interactions_complaint" not in _indexes(db, "interactions")
    # The indexes 0013 had are still there, and the rows with them.
    assert {"ix_complaints_resolved_at", "ix_complaints_open_due"} <= _indexes(
        db, "complaints"
    ).keys()
    old = table("complaints", column("id"), column("number"), column("status"))
    with db.engine.connect() as conn:
        rows = dict(conn.execute(select(old.c.number, old.c.status)).all())
    assert rows == {
        "KN-2026-000101": "closed",
        "KN-2026-000102": "cancelled",
        "KN-2026-000103": "new",
        "KN-2026-000104": "resolved",
        "KN-2026-000105": "waiting_customer",
    }
    # And up again: the same figures.
    migrate(db)
    with db.session_scope() as s:
        again = {
            n: (c.first_response_seconds, c.resolution_seconds, c.cancelled_at)
            for n, c in ((n, s.get(Complaint, i)) for n, i in ids.items())
        }
    assert again == EXPECTED
