"""The claim list: newest first, a page at a time from a keyset (received_at, id), with
filters and the count of each status group (in progress / to hand back / closed).

The search box takes a claim number, a serial, or the customer's name (without accents)
or phone (any format, or its last digits).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.errors import ValidationError
from app.models import (
    Claim,
    ClaimKind,
    ClaimStatus,
    Customer,
    CustomerPhone,
    Product,
    Purchase,
    Store,
    User,
)
from app.services.claims.claim_labels import STATUS_GROUPS
from app.services.claims.purchases import serial_spellings
from app.services.streamed import streamed
from app.text import fold, interpretations, looks_like_phone, nfc, phone_digits

PAGE_SIZE = 200
MIN_SUFFIX_DIGITS = 4


@dataclass(frozen=True)
class ClaimFilter:
    """Which claims the list shows; None or "" means "any"."""

    status: str | None = None
    group: str | None = None  # "open", "ready" or "closed"
    kind: str | None = None
    store_id: int | None = None
    assignee_id: int | None = None
    search: str = ""

    def __post_init__(self) -> None:
        if self.status:
            ClaimStatus(self.status)  # a bad value here is a programming error
        if self.kind:
            ClaimKind(self.kind)
        if self.group and self.group not in STATUS_GROUPS:
            raise ValueError(f"unknown status group {self.group!r}")


@dataclass(frozen=True)
class ClaimRow:
    id: int
    number: str
    kind: str
    status: str
    customer_id: int
    customer_code: str
    customer_name: str
    product_name: str
    serial_no: str | None
    store_name: str | None
    assignee_name: str | None
    received_at: datetime
    expected_return_date: date | None
    in_warranty: bool


@dataclass(frozen=True)
class ClaimPage:
    rows: tuple[ClaimRow, ...]
    has_more: bool

    @property
    def after(self) -> tuple[datetime, int] | None:
        """The keyset the next page starts after."""
        return (self.rows[-1].received_at, self.rows[-1].id) if self.rows else None


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _search(text: str) -> ColumnElement[bool] | None:
    text = nfc(text)[:200]
    if not text:
        return None
    found: list[ColumnElement[bool]] = [
        Claim.number == text.upper(),
        Claim.purchase_id.in_(
            select(Purchase.id).where(Purchase.serial_no.in_(serial_spellings(text)))
        ),
    ]
    if looks_like_phone(text):
        try:
            numbers = [reading.e164 for reading in interpretations(text)]
        except ValidationError:
            numbers = []
        digits = phone_digits(text)
        phones = (
            CustomerPhone.e164.in_(numbers)
            if numbers
            else CustomerPhone.digits_rev.like(f"{digits[::-1]}%")
        )
        if numbers or len(digits) >= MIN_SUFFIX_DIGITS:
            found.append(Claim.customer_id.in_(select(CustomerPhone.customer_id).where(phones)))
    words = fold(text).split()
    if words:
        found.append(
            and_(*(Customer.name_key.like(f"%{_escaped(w)}%", escape="\\") for w in words))
        )
    return or_(*found)


def _conditions(f: ClaimFilter, with_status: bool = True) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [Claim.archived_at.is_(None)]
    if with_status and f.status:
        where.append(Claim.status == ClaimStatus(f.status))
    if with_status and f.group:
        where.append(Claim.status.in_(STATUS_GROUPS[f.group]))
    if f.kind:
        where.append(Claim.kind == ClaimKind(f.kind))
    if f.store_id is not None:
        where.append(Claim.store_id == f.store_id)
    if f.assignee_id is not None:
        where.append(Claim.assignee_id == f.assignee_id)
    search = _search(f.search or "")
    if search is not None:
        where.append(search)
    return where


def _query(f: ClaimFilter | None) -> Select:
    """The list's rows, newest first (ties: higher id first)."""
    assignee = aliased(User)
    return (
        select(
            Claim.id,
            Claim.number,
            Claim.kind,
            Claim.status,
            Claim.customer_id,
            Customer.code,
            Customer.full_name,
            Product.name,
            Purchase.serial_no,
            Store.name,
            assignee.full_name,
            Claim.received_at,
            Claim.expected_return_date,
            Claim.in_warranty,
        )
        .join(Customer, Customer.id == Claim.customer_id)
        .join(Purchase, Purchase.id == Claim.purchase_id)
        .join(Product, Product.id == Purchase.product_id)
        .outerjoin(Store, Store.id == Claim.store_id)
        .outerjoin(assignee, assignee.id == Claim.assignee_id)
        .where(*_conditions(f or ClaimFilter()))
        .order_by(Claim.received_at.desc(), Claim.id.desc())
    )


def _row(r) -> ClaimRow:  # noqa: ANN001 - a row of _query
    return ClaimRow(
        id=r[0],
        number=r[1],
        kind=r[2].value,
        status=r[3].value,
        customer_id=r[4],
        customer_code=r[5],
        customer_name=r[6],
        product_name=r[7],
        serial_no=r[8],
        store_name=r[9],
        assignee_name=r[10],
        received_at=r[11],
        expected_return_date=r[12],
        in_warranty=r[13],
    )


def claim_page(
    session: Session,
    f: ClaimFilter | None = None,
    after: tuple[datetime, int] | None = None,
    limit: int = PAGE_SIZE,
) -> ClaimPage:
    """Up to `limit` claims newest first, starting after the keyset `after`."""
    query = _query(f)
    if after is not None:
        at, cid = after
        query = query.where(
            or_(Claim.received_at < at, and_(Claim.received_at == at, Claim.id < cid))
        )
    rows = session.execute(query.limit(max(0, limit) + 1)).all()
    return ClaimPage(tuple(_row(r) for r in rows[:limit]), len(rows) > limit)


def claim_batches(
    session: Session, f: ClaimFilter | None = None, batch: int = 1000
) -> Iterator[tuple[ClaimRow, ...]]:
    """Every claim of the list, newest first, `batch` at a time from one streamed query
    (for an export: keyset pages would each walk the index again from the newest)."""
    return streamed(session, _query(f), _row, batch)


def claim_counts(session: Session, f: ClaimFilter | None = None) -> dict[str, int]:
    """Claims per status group ("open", "ready", "closed") under the filter's other
    conditions, for the tab labels."""
    by_status = dict(
        session.execute(
            select(Claim.status, func.count())
            .join(Customer, Customer.id == Claim.customer_id)
            .where(*_conditions(f or ClaimFilter(), with_status=False))
            .group_by(Claim.status)
        ).all()
    )
    return {
        group: sum(by_status.get(s, 0) for s in statuses)
        for group, statuses in STATUS_GROUPS.items()
    }


def claim_total(session: Session, f: ClaimFilter | None = None) -> int:
    """How many claims the list shows under `f` (its status or group included)."""
    return (
        session.scalar(
            select(func.count())
            .select_from(Claim)
            .join(Customer, Customer.id == Claim.customer_id)
            .where(*_conditions(f or ClaimFilter()))
        )
        or 0
    )
