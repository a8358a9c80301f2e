from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, false, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, StrEnumType, Timestamps, UTCDateTime, Versioned


class ReminderStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    DISMISSED = "dismissed"


class Reminder(Timestamps, Versioned, Base):
    """A follow-up due at a time. Rules create these idempotently via unique_key."""

    __tablename__ = "reminders"
    __table_args__ = (
        Index("ix_reminders_status_due", "status", "due_at"),
        # The due scan every minute: only open reminders nobody was told about yet, so the
        # index stays small however many old reminders pile up.
        # status leads, as in ix_reminders_status_due: with both offering the same lookup,
        # SQLite's planner goes by size and picks this one.
        Index(
            "ix_reminders_unnotified_due",
            "status",
            "due_at",
            sqlite_where=text("status = 'open' AND notified_at IS NULL"),
            postgresql_where=text("status = 'open' AND notified_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # rule + subject + due date: generating twice (or from two seats) creates nothing twice.
    unique_key: Mapped[str] = mapped_column(String(160), unique=True)
    rule: Mapped[str] = mapped_column(String(40))
    subject_type: Mapped[str | None] = mapped_column(String(30))
    subject_id: Mapped[int | None] = mapped_column(Integer)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # The English words; title_key and title_params (the values) are what a reader's
    # language words when shown (app/services/reminders/reminder_text.py). No key: a title
    # from before keys that could not be derived, shown as stored.
    title: Mapped[str] = mapped_column(String(300))
    title_key: Mapped[str | None] = mapped_column(String(40))
    title_params: Mapped[dict | None] = mapped_column(JSON)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Null: in the shared pool for any agent of the store.
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"))
    status: Mapped[ReminderStatus] = mapped_column(
        StrEnumType(ReminderStatus), default=ReminderStatus.OPEN
    )
    snoozed_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # reached, no_answer, wrong_number, declined, in_person
    outcome: Mapped[str | None] = mapped_column(String(20))
    # Made by a rule after its due local day (the desk was closed on it): shown as late.
    late: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # When the assignee was first notified: a reminder is announced once, never again.
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # When an agent took it from the shared pool.
    taken_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
