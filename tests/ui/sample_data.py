"""A small, known data set for the UI tests: a few of each thing the Home screen counts.

The expected figures are returned with it, so a test states what a user would see.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from app.db import Database
from app.models import (
    Channel,
    Claim,
    ClaimKind,
    ClaimStatus,
    Complaint,
    ComplaintStatus,
    Customer,
    Direction,
    Interaction,
    Outcome,
    Product,
    Purchase,
    Reminder,
    ReminderStatus,
    SlaState,
    Store,
    User,
)
from app.text import fold
from app.timeutil import local_date, now_utc, zone


@dataclass(frozen=True)
class Expected:
    customers: int
    open_complaints: dict[str, int]
    complaints_breached: int
    claims_in_progress: dict[str, int]
    reminders_due_today: int
    reminders_overdue: int
    # customer column of the latest-interactions table, newest first
    latest_customers: tuple[str, ...]


def _local_noon(day: date) -> datetime:
    return datetime.combine(day, time(12, 0), tzinfo=zone())


def seed_overview(db: Database, now: datetime | None = None) -> Expected:
    """Insert a store, an agent, customers, complaints, claims, reminders and calls."""
    now = now or now_utc()
    today = local_date(now)
    with db.session_scope() as s:
        store = Store(code="HCM01", name="Cửa hàng Quận 1", province="Hồ Chí Minh")
        s.add(store)
        s.flush()
        agent = User(username="khoa", full_name="Trần Minh Khoa", store_id=store.id)
        s.add(agent)
        names = ["Nguyễn Thị Đào", "Lê Văn Hùng", "Phạm Ngọc Ánh", "Đỗ Quang Huy"]
        customers = [
            Customer(code=f"KH{i:06d}", full_name=name, name_key=fold(name), store_id=store.id)
            for i, name in enumerate(names, start=1)
        ]
        customers[3].archived_at = now - timedelta(days=3)  # archived: not counted
        s.add_all(customers)
        s.flush()
        dao, hung, anh, _ = customers

        def complaint(n: int, customer: Customer, status: str, sla: str) -> Complaint:
            return Complaint(
                number=f"KN-2025-{n:05d}",
                customer_id=customer.id,
                category="product",
                channel="phone",
                description="Máy giặt kêu to khi vắt",
                status=ComplaintStatus(status),
                sla_state=SlaState(sla),
                store_id=store.id,
            )

        s.add_all(
            [
                complaint(1, dao, "new", "breached"),
                complaint(2, hung, "in_progress", "on_track"),
                complaint(3, hung, "waiting_customer", "at_risk"),
                complaint(4, anh, "resolved", "met"),  # closed ones are not "open"
            ]
        )
        product = Product(sku="MG-9KG", name="Máy giặt 9 kg", name_key=fold("Máy giặt 9 kg"))
        s.add(product)
        s.flush()
        purchase = Purchase(
            customer_id=dao.id,
            product_id=product.id,
            store_id=store.id,
            serial_no="SN123456",
            purchase_date=today - timedelta(days=90),
            price_vnd=8_490_000,
            warranty_end=today + timedelta(days=275),
        )
        s.add(purchase)
        s.flush()

        def claim(n: int, status: str) -> Claim:
            return Claim(
                number=f"BH-2025-{n:05d}",
                kind=ClaimKind.REPAIR,
                status=ClaimStatus(status),
                customer_id=dao.id,
                purchase_id=purchase.id,
                store_id=store.id,
            )

        s.add_all([claim(1, "received"), claim(2, "repairing"), claim(3, "returned")])

        def reminder(key: str, due: datetime, status: str = "open") -> Reminder:
            return Reminder(
                unique_key=key,
                rule="manual",
                customer_id=dao.id,
                due_at=due,
                title="Gọi lại cho khách",
                status=ReminderStatus(status),
            )

        s.add_all(
            [
                reminder("today", _local_noon(today)),
                reminder("yesterday", _local_noon(today - timedelta(days=1))),
                reminder("last-week", _local_noon(today - timedelta(days=7)), "done"),
                reminder("tomorrow", _local_noon(today + timedelta(days=1))),
            ]
        )
        s.add_all(
            [
                Interaction(
                    customer_id=None,
                    phone_e164="+84912345678",
                    channel=Channel.PHONE,
                    direction=Direction.INBOUND,
                    started_at=now - timedelta(minutes=30),
                    duration_seconds=95,
                    topic="warranty",
                    outcome=Outcome.CALLBACK_NEEDED,
                    agent_id=agent.id,
                ),
                Interaction(
                    customer_id=dao.id,
                    phone_e164="+84901234567",
                    channel=Channel.PHONE,
                    direction=Direction.INBOUND,
                    started_at=now - timedelta(hours=1),
                    duration_seconds=312,
                    topic="complaint",
                    outcome=Outcome.COMPLAINT_OPENED,
                    agent_id=agent.id,
                ),
                Interaction(
                    customer_id=hung.id,
                    channel=Channel.EMAIL,
                    direction=Direction.OUTBOUND,
                    started_at=now - timedelta(hours=2),
                    topic="delivery",
                    outcome=None,
                    agent_id=agent.id,
                ),
            ]
        )
    return Expected(
        customers=3,
        open_complaints={"new": 1, "in_progress": 1, "waiting_customer": 1, "reopened": 0},
        complaints_breached=1,
        claims_in_progress={
            "received": 1,
            "diagnosing": 0,
            "waiting_parts": 0,
            "repairing": 1,
            "ready": 0,
        },
        reminders_due_today=1,
        reminders_overdue=1,
        latest_customers=("0912345678", "Nguyễn Thị Đào", "Lê Văn Hùng"),
    )
