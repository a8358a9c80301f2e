from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime, utcnow


class DocumentCounter(Base):
    """Per-kind, per-year numbering, bumped in the document's own transaction: no gaps."""

    __tablename__ = "document_counters"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class Slip(Base):
    """A numbered printed document: warranty, return or complaint receipt."""

    __tablename__ = "slips"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    purchase_id: Mapped[int | None] = mapped_column(ForeignKey("purchases.id"))
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id"))
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaints.id"))
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"))
    printed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    printed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # What was printed, so a reprint shows the same content.
    payload: Mapped[dict | None] = mapped_column(JSON)


class SlipPrint(Base):
    """One print, reprint or PDF save of a slip: who and when. Written only once the
    printer or the file took it, so a failed or cancelled print leaves no row."""

    __tablename__ = "slip_prints"

    id: Mapped[int] = mapped_column(primary_key=True)
    slip_id: Mapped[int] = mapped_column(ForeignKey("slips.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    is_copy: Mapped[bool] = mapped_column(Boolean, default=False)
    # "printer", "pdf" or "cli"
    target: Mapped[str] = mapped_column(String(10), default="printer")
