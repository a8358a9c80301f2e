"""A customer's history written as rows, the way the demo and the other screens leave it.

The customer tests need purchases, calls, complaints, claims, slips and reminders before
the services that create those exist, so they are inserted here directly.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    Channel,
    Claim,
    ClaimKind,
    Complaint,
    Customer,
    CustomerPhone,
    CustomerTag,
    Direction,
    ImportantDate,
    Interaction,
    PointsEntry,
    Product,
    Purchase,
    Reminder,
    Severity,
    Slip,
)

# Every table that holds rows of a customer, for "everything moved" checks.
CUSTOMER_TABLES = (
    CustomerPhone,
    CustomerTag,
    ImportantDate,
    PointsEntry,
    Purchase,
    Interaction,
    Complaint,
    Claim,
    Slip,
    Reminder,
)


def at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def product(s: Session, sku: str = "TL-01", name: str = "Tủ lạnh Inverter 300L") -> Product:
    found = s.scalar(select(Product).where(Product.sku == sku))
    if found is None:
        found = Product(sku=sku, name=name, name_key=name.lower())
        s.add(found)
        s.flush()
    return found


def purchase(
    s: Session,
    customer_id: int,
    bought: date,
    price: int = 10_000_000,
    warranty_end: date | None = None,
    serial: str | None = None,
) -> Purchase:
    row = Purchase(
        customer_id=customer_id,
        product_id=product(s).id,
        purchase_date=bought,
        price_vnd=price,
        warranty_end=warranty_end or bought + timedelta(days=365),
        serial_no=serial,
        invoice_no=f"HD{bought:%y%m%d}{customer_id}",
    )
    s.add(row)
    s.flush()
    return row


def interaction(s: Session, customer_id: int, when: datetime, topic: str = "warranty") -> int:
    row = Interaction(
        customer_id=customer_id,
        channel=Channel.PHONE,
        direction=Direction.INBOUND,
        started_at=when,
        topic=topic,
        notes="Hỏi về bảo hành",
    )
    s.add(row)
    s.flush()
    return row.id


def complaint(s: Session, customer_id: int, when: datetime, number: str) -> int:
    row = Complaint(
        number=number,
        customer_id=customer_id,
        category="delivery",
        channel="phone",
        description="Giao hàng trễ",
        severity=Severity.HIGH,
        opened_at=when,
    )
    s.add(row)
    s.flush()
    return row.id


def claim(s: Session, customer_id: int, purchase_id: int, when: datetime, number: str) -> int:
    row = Claim(
        number=number,
        kind=ClaimKind.REPAIR,
        customer_id=customer_id,
        purchase_id=purchase_id,
        received_at=when,
        fault_description="Không lạnh",
    )
    s.add(row)
    s.flush()
    return row.id


def reminder(s: Session, customer_id: int, due: datetime, key: str) -> int:
    row = Reminder(
        unique_key=key,
        rule="callback",
        customer_id=customer_id,
        due_at=due,
        title="Gọi lại hỏi thăm",
    )
    s.add(row)
    s.flush()
    return row.id


def full_history(s: Session, customer_id: int, tag: str = "x") -> None:
    """One row of every kind for `customer_id` (numbers made unique by `tag`)."""
    day = date(2026, 3, 1)
    bought = purchase(s, customer_id, day)
    interaction(s, customer_id, at(day, 10))
    complaint(s, customer_id, at(day, 11), f"KN-2026-{tag}")
    claim(s, customer_id, bought.id, at(day, 12), f"YC-2026-{tag}")
    reminder(s, customer_id, at(day + timedelta(days=3)), f"callback:{tag}")
    s.add(
        Slip(
            number=f"PBH-2026-{tag}",
            kind="warranty",
            customer_id=customer_id,
            purchase_id=bought.id,
        )
    )
    s.add(PointsEntry(customer_id=customer_id, delta=100, reason="Tích điểm"))
    s.get(Customer, customer_id).points += 100
    s.flush()


def counts(s: Session, customer_id: int) -> dict[str, int]:
    """Rows per table that belong to `customer_id`."""
    return {
        model.__tablename__: s.scalar(
            select(func.count()).select_from(model).where(model.customer_id == customer_id)
        )
        for model in CUSTOMER_TABLES
    }
