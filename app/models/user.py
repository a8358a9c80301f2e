from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, StrEnumType, Timestamps, UTCDateTime, Versioned


class Role(enum.StrEnum):
    AGENT = "agent"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class User(Timestamps, Versioned, Base):
    """A person who signs in: agent, supervisor or admin, attached to a store."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(StrEnumType(Role), default=Role.AGENT)
    # Escalation tier used by complaints: 1 agent, 2 supervisor, 3 manager.
    tier: Mapped[int] = mapped_column(Integer, default=1)
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"), index=True)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
