from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import JSON, BigInteger, Boolean, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, StrEnumType, Timestamps, UTCDateTime, Versioned, utcnow


class ClaimKind(enum.StrEnum):
    REPAIR = "repair"
    EXCHANGE = "exchange"
    RETURN = "return"


class ClaimStatus(enum.StrEnum):
    RECEIVED = "received"
    DIAGNOSING = "diagnosing"
    WAITING_PARTS = "waiting_parts"
    REPAIRING = "repairing"
    READY = "ready"
    RETURNED = "returned"
    REJECTED = "rejected"
    EXCHANGED = "exchanged"
    REFUNDED = "refunded"


OPEN_CLAIM_STATUSES = (
    ClaimStatus.RECEIVED,
    ClaimStatus.DIAGNOSING,
    ClaimStatus.WAITING_PARTS,
    ClaimStatus.REPAIRING,
    ClaimStatus.READY,
)


class Claim(Timestamps, Versioned, Base):
    """A warranty repair, exchange or return/refund taken in at the counter."""

    __tablename__ = "claims"
    # The claim list reads newest first, a page at a time after (received_at, id).
    __table_args__ = (Index("ix_claims_received", "received_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    kind: Mapped[ClaimKind] = mapped_column(StrEnumType(ClaimKind))
    status: Mapped[ClaimStatus] = mapped_column(
        StrEnumType(ClaimStatus), default=ClaimStatus.RECEIVED, index=True
    )
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    purchase_id: Mapped[int] = mapped_column(ForeignKey("purchases.id"), index=True)
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    fault_description: Mapped[str] = mapped_column(Text, default="")
    condition_on_receipt: Mapped[str] = mapped_column(Text, default="")
    accessories: Mapped[str] = mapped_column(Text, default="")
    in_warranty: Mapped[bool] = mapped_column(Boolean, default=True)
    warranty_reason: Mapped[str] = mapped_column(String(200), default="")
    expected_return_date: Mapped[date | None] = mapped_column(Date)
    quoted_cost_vnd: Mapped[int | None] = mapped_column(BigInteger)
    # An out-of-warranty repair goes ahead only once the customer accepts the quote.
    quote_accepted: Mapped[bool | None] = mapped_column(Boolean)
    # A return outside the product's return window: the supervisor who allowed it.
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    replacement_purchase_id: Mapped[int | None] = mapped_column(ForeignKey("purchases.id"))
    # out_of_warranty, misuse or no_fault_found; rejection_reason holds the words.
    rejection_code: Mapped[str | None] = mapped_column(String(24))
    refund_vnd: Mapped[int | None] = mapped_column(BigInteger)
    replacement_serial: Mapped[str | None] = mapped_column(String(60))
    rejection_reason: Mapped[str | None] = mapped_column(String(200))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    events: Mapped[list[ClaimEvent]] = relationship(
        cascade="all, delete-orphan", order_by="ClaimEvent.id"
    )


class ClaimEvent(Base):
    __tablename__ = "claim_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(30))
    from_status: Mapped[str | None] = mapped_column(String(24))
    to_status: Mapped[str | None] = mapped_column(String(24))
    note: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict | None] = mapped_column(JSON)
