"""Contacts for the call log tests: written straight as rows (hundreds in a blink), with
known agents, stores, customers and times, so a test can say what the log shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from app.db import Database
from app.models import Channel, Direction, Interaction, Outcome
from app.services.actor import Actor
from tests.ui.customer_data import add_customer, add_store

# 10:00 in Ho Chi Minh City on 10/03/2025; contact n starts n minutes earlier.
NEWEST = datetime(2025, 3, 10, 3, 0, tzinfo=UTC)
UNKNOWN_PHONE = "+84901234567"


@dataclass
class CallLog:
    """What was written: ids newest first, and the people and places they name."""

    ids: list[int] = field(default_factory=list)
    agents: dict[str, int] = field(default_factory=dict)
    stores: dict[str, int] = field(default_factory=dict)
    customers: dict[str, int] = field(default_factory=dict)
    unknown_ids: list[int] = field(default_factory=list)


def seed_calls(db: Database, admin: Actor, add_staff, count: int = 12) -> CallLog:
    """`count` contacts a minute apart (some pairs share a start time), newest first in
    `ids`: every third by agent Yến at the Quận 1 store by phone, the rest by Khoa at
    Cầu Giấy by store visit; the two oldest from an unknown caller (UNKNOWN_PHONE)."""
    log = CallLog()
    log.stores = {
        "q1": add_store(db, "HCM01", "Cửa hàng Quận 1"),
        "cg": add_store(db, "HN01", "Điện máy Cầu Giấy"),
    }
    log.agents = {
        "yen": add_staff("yen.tran", "Trần Thị Yến").id,
        "khoa": add_staff("khoa.ly", "Lý Minh Khoa").id,
    }
    log.customers = {
        "dao": add_customer(db, admin, "Nguyễn Thị Đào", "0912345678").id,
        "hung": add_customer(db, admin, "Lê Văn Hùng", "0987654321").id,
    }
    rows = []
    with db.session_scope() as s:
        for n in range(count):
            # Contacts 2 and 3, 6 and 7... start at the same minute: the higher id first.
            minutes = n - (n % 4 == 3)
            by_yen = n % 3 == 0
            unknown = n >= count - 2
            row = Interaction(
                customer_id=None if unknown else log.customers["dao" if n % 2 else "hung"],
                phone_e164=UNKNOWN_PHONE if unknown else None,
                channel=Channel.PHONE if by_yen else Channel.STORE_VISIT,
                direction=Direction.INBOUND if n % 2 else Direction.OUTBOUND,
                started_at=NEWEST - timedelta(minutes=minutes),
                duration_seconds=60 * (n + 1) if by_yen else None,
                topic="warranty" if by_yen else "delivery",
                outcome=Outcome.INFORMATION_GIVEN,
                notes=f"Ghi chú {n}\nDòng thứ hai",
                satisfaction=4 if by_yen else None,
                agent_id=log.agents["yen" if by_yen else "khoa"],
                store_id=log.stores["q1" if by_yen else "cg"],
            )
            s.add(row)
            rows.append(row)
        s.flush()
        # Newest first; within one start time, the higher id first (as the log orders).
        ordered = sorted(rows, key=lambda r: (r.started_at, r.id), reverse=True)
        log.ids = [r.id for r in ordered]
        log.unknown_ids = [r.id for r in ordered if r.customer_id is None]
    return log
