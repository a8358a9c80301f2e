"""Customers for the UI tests, made through the services as the screens would make them,
plus a history (purchases, a call, a complaint, a claim, a reminder) to show on a profile.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

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
    Store,
)
from app.services.actor import Actor
from app.services.customers.customer_input import CustomerInput, PhoneInput
from app.services.customers.customers import CustomerView, create_customer
from app.services.loyalty.loyalty import earn_points
from app.text import fold
from app.timeutil import local_date, now_utc


def add_customer(
    db: Database, actor: Actor, full_name: str, *phones: str, **fields: object
) -> CustomerView:
    """A customer made as the create form makes one; the first phone is the primary."""
    data = CustomerInput(
        full_name=full_name,
        phones=tuple(PhoneInput(p, is_primary=i == 0) for i, p in enumerate(phones)),
        **fields,  # type: ignore[arg-type]
    )
    with db.session_scope() as s:
        return create_customer(s, actor, data)


def add_store(db: Database, code: str = "HCM01", name: str = "Cửa hàng Quận 1") -> int:
    with db.session_scope() as s:
        store = Store(code=code, name=name, province="TP. Hồ Chí Minh")
        s.add(store)
        s.flush()
        return store.id


def contacted(db: Database, customer_id: int, at: datetime) -> None:
    """Record when the customer was last contacted (what the empty search orders by)."""
    with db.session_scope() as s:
        s.get(Customer, customer_id).last_contact_at = at


@dataclass(frozen=True)
class History:
    today: date
    in_warranty_end: date
    ending_soon_end: date
    expired_end: date


def add_history(db: Database, actor: Actor, customer_id: int) -> History:
    """Three purchases (in warranty, ending soon, expired), a call, an open complaint,
    a repair claim, a reminder due tomorrow and points earned."""
    now = now_utc()
    today = local_date(now)
    history = History(
        today=today,
        in_warranty_end=today + timedelta(days=300),
        ending_soon_end=today + timedelta(days=10),
        expired_end=today - timedelta(days=20),
    )
    with db.session_scope() as s:
        fridge = Product(sku="TL-311", name="Tủ lạnh Toshiba 311 lít", name_key=fold("tu lanh"))
        washer = Product(sku="MG-9KG", name="Máy giặt 9 kg", name_key=fold("may giat"))
        fan = Product(sku="QD-01", name="Quạt đứng Senko", name_key=fold("quat dung"))
        s.add_all([fridge, washer, fan])
        s.flush()
        purchases = [
            Purchase(
                customer_id=customer_id,
                product_id=fridge.id,
                serial_no="SNTL000311",
                invoice_no="HD2025000111",
                purchase_date=today - timedelta(days=65),
                price_vnd=12_490_000,
                warranty_end=history.in_warranty_end,
            ),
            Purchase(
                customer_id=customer_id,
                product_id=washer.id,
                serial_no="SNMG000009",
                purchase_date=today - timedelta(days=355),
                price_vnd=8_490_000,
                warranty_end=history.ending_soon_end,
            ),
            Purchase(
                customer_id=customer_id,
                product_id=fan.id,
                serial_no=None,
                purchase_date=today - timedelta(days=400),
                price_vnd=690_000,
                warranty_end=history.expired_end,
            ),
        ]
        s.add_all(purchases)
        s.flush()
        s.add(
            Interaction(
                customer_id=customer_id,
                channel=Channel.PHONE,
                direction=Direction.INBOUND,
                started_at=now - timedelta(days=3),
                topic="warranty",
                outcome=Outcome.COMPLAINT_OPENED,
                notes="Khách báo máy giặt kêu to khi vắt",
            )
        )
        s.add(
            Complaint(
                number="KN-2025-00001",
                customer_id=customer_id,
                category="product_defect",
                channel="phone",
                description="Máy giặt kêu to khi vắt",
                status=ComplaintStatus.IN_PROGRESS,
                opened_at=now - timedelta(days=2),
            )
        )
        s.add(
            Claim(
                number="BH-2025-00001",
                kind=ClaimKind.REPAIR,
                status=ClaimStatus.REPAIRING,
                customer_id=customer_id,
                purchase_id=purchases[1].id,
                received_at=now - timedelta(days=1),
                fault_description="Kêu to khi vắt",
            )
        )
        s.add(
            Reminder(
                unique_key=f"callback-{customer_id}",
                rule="manual",
                customer_id=customer_id,
                due_at=now + timedelta(days=1),
                title="Gọi lại báo tình trạng sửa máy giặt",
                status=ReminderStatus.OPEN,
            )
        )
    with db.session_scope() as s:
        earn_points(s, actor, customer_id, 120, "Tích điểm mua tủ lạnh")
    return history
