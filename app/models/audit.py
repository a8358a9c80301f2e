from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime, utcnow


class AuditEntry(Base):
    """Who changed what, written in the same transaction as the change."""

    __tablename__ = "audit_entries"
    __table_args__ = (
        Index("ix_audit_entries_entity", "entity", "entity_id"),
        Index("ix_audit_entries_at", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    # The signed-in user's name, or "os:<login>" for the admin CLI.
    actor: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(40))
    before: Mapped[dict | None] = mapped_column(JSON)
    after: Mapped[dict | None] = mapped_column(JSON)
