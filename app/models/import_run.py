from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime, utcnow


class ImportRun(Base):
    """One import of a file, written in short transactions so other seats keep working.

    While it runs, each transaction adds an ImportChunk saying what it wrote; a cancelled
    or failed run (or one whose seat died: its heartbeat stops) is undone from them, so an
    import either lands whole or leaves nothing behind.
    """

    __tablename__ = "import_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # "customers", "purchases" or "calls"
    file_name: Mapped[str] = mapped_column(String(260), default="")
    # running -> done, or running -> undone (cancelled, failed or abandoned)
    status: Mapped[str] = mapped_column(String(12), default="running", index=True)
    actor: Mapped[str] = mapped_column(String(100))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    heartbeat_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)


class ImportChunk(Base):
    """What one transaction of a run wrote: ids per table, and the customers it changed
    as they were before (`before`: customer id -> fields, phones, tags, points)."""

    __tablename__ = "import_chunks"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("import_runs.id"), index=True)
    created_ids: Mapped[dict] = mapped_column(JSON)  # table name -> [ids]
    before: Mapped[dict | None] = mapped_column(JSON)
