from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, StrEnumType, Timestamps, UTCDateTime, Versioned, utcnow


class Severity(enum.StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    CRITICAL = "critical"


class ComplaintStatus(enum.StrEnum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    WAITING_CUSTOMER = "waiting_customer"
    RESOLVED = "resolved"
    CLOSED = "closed"
    REOPENED = "reopened"
    CANCELLED = "cancelled"


OPEN_COMPLAINT_STATUSES = (
    ComplaintStatus.NEW,
    ComplaintStatus.IN_PROGRESS,
    ComplaintStatus.WAITING_CUSTOMER,
    ComplaintStatus.REOPENED,
)


class SlaState(enum.StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    BREACHED = "breached"
    MET = "met"


OPEN_WHERE = (
    "status IN ('new', 'in_progress', 'waiting_customer', 'reopened') AND archived_at IS NULL"
)


class Complaint(Timestamps, Versioned, Base):
    __tablename__ = "complaints"
    __table_args__ = (
        Index("ix_complaints_status_priority", "status", "priority"),
        # The KPIs read complaints by the day they were opened, first answered, closed, and
        # by when the first answer was due.
        Index("ix_complaints_opened_at", "opened_at"),
        Index("ix_complaints_first_response_at", "first_response_at"),
        Index("ix_complaints_first_response_due", "first_response_due"),
        Index("ix_complaints_closed_at", "closed_at"),
        # The queues: open complaints only, least time left first. Closed ones (most of
        # them, with the earliest due times) are not in it to be walked past.
        Index(
            "ix_complaints_open_due",
            "resolution_due",
            "id",
            sqlite_where=text(OPEN_WHERE),
            postgresql_where=text(OPEN_WHERE),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    purchase_id: Mapped[int | None] = mapped_column(ForeignKey("purchases.id"))
    category: Mapped[str] = mapped_column(String(40))
    subcategory: Mapped[str] = mapped_column(String(80), default="")
    channel: Mapped[str] = mapped_column(String(24))
    description: Mapped[str] = mapped_column(Text)
    severity: Mapped[Severity] = mapped_column(StrEnumType(Severity), default=Severity.NORMAL)
    priority: Mapped[Severity] = mapped_column(StrEnumType(Severity), default=Severity.NORMAL)
    status: Mapped[ComplaintStatus] = mapped_column(
        StrEnumType(ComplaintStatus), default=ComplaintStatus.NEW
    )
    tier: Mapped[int] = mapped_column(Integer, default=1)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    first_response_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    first_response_due: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolution_due: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    sla_state: Mapped[SlaState] = mapped_column(StrEnumType(SlaState), default=SlaState.ON_TRACK)
    # Indexed: the callback rule looks at the complaints resolved in a range of days.
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Business seconds from opening to the first response and to the (last) resolution,
    # the waits for the customer left out: what the KPIs' medians and percentiles read.
    first_response_seconds: Mapped[int | None] = mapped_column(Integer)
    resolution_seconds: Mapped[int | None] = mapped_column(Integer)
    resolution_type: Mapped[str | None] = mapped_column(String(30))
    resolution_notes: Mapped[str] = mapped_column(Text, default="")
    compensation_vnd: Mapped[int] = mapped_column(BigInteger, default=0)
    compensation_points: Mapped[int] = mapped_column(Integer, default=0)
    first_contact_resolution: Mapped[bool] = mapped_column(Boolean, default=False)
    csat: Mapped[int | None] = mapped_column(Integer)
    ces: Mapped[int | None] = mapped_column(Integer)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    events: Mapped[list[ComplaintEvent]] = relationship(
        cascade="all, delete-orphan", order_by="ComplaintEvent.id"
    )


class ComplaintEvent(Base):
    """The complaint's timeline: transitions, notes, replies, assignments, escalations."""

    __tablename__ = "complaint_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(30))
    from_status: Mapped[str | None] = mapped_column(String(24))
    to_status: Mapped[str | None] = mapped_column(String(24))
    note: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict | None] = mapped_column(JSON)
