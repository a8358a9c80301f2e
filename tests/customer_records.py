"""Customers for search and list tests, written through the ORM plus the name index.

Deliberately not the customer services: these tests are about finding and listing, and a
record made here can be anything the database allows (archived, merged, odd numbers).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from app.models import (
    Complaint,
    ComplaintStatus,
    Customer,
    CustomerPhone,
    CustomerTag,
    Product,
    Purchase,
    Store,
    Tier,
)
from app.services.customers.name_index import reindex_customer_names
from app.text import fold, nfc, parse_phone

_counter = {"customer": 0, "purchase": 0, "complaint": 0}


def add_store(session: Session, code: str = "HN01", name: str = "Cửa hàng Hà Nội") -> Store:
    store = Store(code=code, name=name)
    session.add(store)
    session.flush()
    return store


def add_customer(
    session: Session,
    full_name: str,
    *,
    code: str | None = None,
    phones: Sequence[str] = (),
    email: str | None = None,
    tier: Tier = Tier.MEMBER,
    points: int = 0,
    birthday: date | None = None,
    province: str = "",
    store: Store | None = None,
    last_contact_at: datetime | None = None,
    archived: bool = False,
    tags: Sequence[str] = (),
) -> Customer:
    """A customer as the services would store it: NFC name, folded key, parsed phones."""
    _counter["customer"] += 1
    customer = Customer(
        code=code or f"KT{_counter['customer']:07d}",
        full_name=nfc(full_name),
        name_key=fold(full_name),
        email=email,
        tier=tier,
        points=points,
        birthday=birthday,
        province=province,
        store_id=store.id if store else None,
        last_contact_at=last_contact_at,
        archived_at=datetime(2026, 1, 1, tzinfo=UTC) if archived else None,
    )
    for i, typed in enumerate(phones):
        parsed = parse_phone(typed)
        customer.phones.append(
            CustomerPhone(
                e164=parsed.e164, raw=typed, digits_rev=parsed.national[::-1], is_primary=i == 0
            )
        )
    customer.tags.extend(CustomerTag(tag=tag) for tag in tags)
    session.add(customer)
    session.flush()
    reindex_customer_names(session, [customer.id])
    return customer


def add_purchase(session: Session, customer: Customer, serial_no: str, invoice_no: str) -> Purchase:
    product = session.query(Product).filter_by(sku="TV-55").one_or_none()
    if product is None:
        product = Product(sku="TV-55", name="Tivi 55 inch", name_key="tivi 55 inch")
        session.add(product)
        session.flush()
    purchase = Purchase(
        customer_id=customer.id,
        product_id=product.id,
        serial_no=serial_no,
        invoice_no=invoice_no,
        purchase_date=date(2025, 6, 1),
        warranty_end=date(2027, 6, 1),
    )
    session.add(purchase)
    session.flush()
    return purchase


def add_complaint(
    session: Session, customer: Customer, status: ComplaintStatus = ComplaintStatus.NEW
) -> Complaint:
    _counter["complaint"] += 1
    complaint = Complaint(
        number=f"KN-T-{_counter['complaint']:06d}",
        customer_id=customer.id,
        category="product",
        channel="phone",
        description="Tivi không lên hình",
        status=status,
    )
    session.add(complaint)
    session.flush()
    return complaint


def merge(session: Session, gone: Customer, kept: Customer) -> None:
    """What a merge leaves behind for search: the old record archived, pointing at the kept."""
    gone.merged_into_id = kept.id
    gone.archived_at = datetime(2026, 2, 1, tzinfo=UTC)
    session.flush()
