from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, StrEnumType, UTCDateTime, utcnow


class Channel(enum.StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    CHAT = "chat"
    SOCIAL = "social"
    SMS = "sms"
    STORE_VISIT = "store_visit"
    ON_SITE = "on_site"
    WEB_FORM = "web_form"


class Direction(enum.StrEnum):
    INBOUND = "in"
    OUTBOUND = "out"


class Outcome(enum.StrEnum):
    RESOLVED_FIRST_CONTACT = "resolved_first_contact"
    INFORMATION_GIVEN = "information_given"
    CALLBACK_NEEDED = "callback_needed"
    COMPLAINT_OPENED = "complaint_opened"
    ESCALATED = "escalated"
    NO_ANSWER = "no_answer"
    WRONG_NUMBER = "wrong_number"


class Interaction(Base):
    """One contact with a customer on any channel. Append-only: corrections are new rows."""

    __tablename__ = "interactions"
    __table_args__ = (
        Index("ix_interactions_customer_started", "customer_id", "started_at"),
        Index("ix_interactions_started_at", "started_at"),
        # The call log reads newest first under any one filter: each index serves a filter
        # and the order, so a rare value never means walking millions of rows.
        Index("ix_interactions_agent_started", "agent_id", "started_at"),
        Index("ix_interactions_store_started", "store_id", "started_at"),
        Index("ix_interactions_channel_started", "channel", "started_at"),
        Index("ix_interactions_topic_started", "topic", "started_at"),
        Index("ix_interactions_outcome_started", "outcome", "started_at"),
        # The KPIs add up the minutes of the contacts about each complaint.
        Index(
            "ix_interactions_complaint",
            "complaint_id",
            sqlite_where=text("complaint_id IS NOT NULL"),
            postgresql_where=text("complaint_id IS NOT NULL"),
        ),
        # Only corrections have corrects_id: a partial index stays small, and planners
        # (SQLite's after ANALYZE in particular) never mistake it for a useless one.
        Index(
            "ix_interactions_corrections",
            "corrects_id",
            sqlite_where=text("corrects_id IS NOT NULL"),
            postgresql_where=text("corrects_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Null for an unknown caller logged by phone alone, linked to a customer later.
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    phone_e164: Mapped[str | None] = mapped_column(String(20), index=True)
    channel: Mapped[Channel] = mapped_column(StrEnumType(Channel))
    direction: Mapped[Direction] = mapped_column(StrEnumType(Direction))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    duration_seconds: Mapped[int | None] = mapped_column(Integer)
    topic: Mapped[str] = mapped_column(String(40), default="other")
    outcome: Mapped[Outcome | None] = mapped_column(StrEnumType(Outcome))
    notes: Mapped[str] = mapped_column(Text, default="")
    # A line the system adds above the notes (a completed follow-up: "Follow-up “…”: how it
    # went"), kept as a kind and its values and worded when shown in the reader's language
    # (app/services/contacts/contact_text.py); notes hold only what the person typed.
    summary_key: Mapped[str | None] = mapped_column(String(40))
    summary_params: Mapped[dict | None] = mapped_column(JSON)
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"))
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaints.id"))
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id"))
    # A correction note points at the interaction it corrects; the original never changes.
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("interactions.id"))
    # The topic's call-script questions as asked, with the answers: [[question, answer], ...]
    script_answers: Mapped[list | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
