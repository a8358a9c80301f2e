from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime


class PbxCall(Base):
    """One call record of the telephone exchange (Asterisk's CDR), imported from Master.csv.

    The PBX wrote it, not a person: the import adds each record once (`unique_id`) and
    never changes it, so it has no version and no audit entry of its own; the import run
    says who loaded which file. The telephony KPIs read these rows in SQL.
    """

    __tablename__ = "pbx_calls"
    __table_args__ = (
        # The KPI reads: a period of calls, and one agent's calls in a period.
        Index("ix_pbx_calls_started_at", "started_at"),
        Index("ix_pbx_calls_agent_id_started_at", "agent_id", "started_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Asterisk's uniqueid when the file has it (cdr.conf loguniqueid), else "h:" and a
    # hash of the record: importing the same file twice adds nothing.
    unique_id: Mapped[str] = mapped_column(String(160), unique=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime] = mapped_column(UTCDateTime())
    src: Mapped[str] = mapped_column(String(80), default="")  # the caller, as the file has it
    phone_e164: Mapped[str | None] = mapped_column(String(20))  # None: not a phone number
    dst: Mapped[str] = mapped_column(String(80), default="")
    # The Asterisk queue the caller waited in (the first argument of Queue()), else the
    # dialplan context the call ended in (dcontext).
    queue: Mapped[str] = mapped_column(String(80), default="")
    # The extension the call reached: "101" of "SIP/101-0000001a".
    extension: Mapped[str] = mapped_column(String(80), default="")
    disposition: Mapped[str] = mapped_column(String(20))  # ANSWERED, NO ANSWER, BUSY...
    wait_seconds: Mapped[int] = mapped_column(Integer)  # duration - billsec
    talk_seconds: Mapped[int] = mapped_column(Integer)  # billsec
    answered: Mapped[bool] = mapped_column(Boolean)
    # From outside (False: an extension calling out or another extension).
    inbound: Mapped[bool] = mapped_column(Boolean)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    import_run_id: Mapped[int | None] = mapped_column(ForeignKey("import_runs.id"))
