"""Gap-free document numbers (KN-2026-000123), one counter per kind and year.

The counter row is bumped with an atomic upsert inside the caller's transaction: two
seats never get the same number, and a rolled-back document gives its number back.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.models import DocumentCounter

PREFIXES = {
    "complaint": "KN",  # khiếu nại
    "claim": "YC",  # yêu cầu bảo hành / đổi / trả
    "warranty_slip": "PBH",  # phiếu bảo hành
    "return_slip": "PTH",  # phiếu trả hàng
    "complaint_slip": "PKN",  # phiếu tiếp nhận khiếu nại
}


def format_number(kind: str, year: int, value: int) -> str:
    return f"{PREFIXES[kind]}-{year}-{value:06d}"


def next_number(session: Session, kind: str, year: int) -> str:
    """Take the next number of `kind` for `year` in the session's transaction."""
    if kind not in PREFIXES:
        raise ValueError(f"unknown document kind {kind!r}")
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    table = DocumentCounter.__table__
    stmt = (
        insert(table)
        .values(kind=kind, year=year, last_value=1)
        .on_conflict_do_update(
            index_elements=[table.c.kind, table.c.year],
            set_={"last_value": table.c.last_value + 1},
        )
        .returning(table.c.last_value)
    )
    value = session.execute(stmt).scalar_one()
    return format_number(kind, year, value)


def reserve_block(session: Session, kind: str, year: int, count: int) -> int:
    """Take `count` consecutive numbers at once (bulk loads); returns the first value."""
    first_str = next_number(session, kind, year)
    first = int(first_str.rsplit("-", 1)[1])
    if count > 1:
        session.execute(
            update(DocumentCounter)
            .where(DocumentCounter.kind == kind, DocumentCounter.year == year)
            .values(last_value=DocumentCounter.last_value + (count - 1))
        )
    return first
