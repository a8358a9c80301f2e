"""Gap-free document numbers (KN-2026-000123), one counter per kind and year.

The counter row is bumped with an atomic upsert inside the caller's transaction: two
seats never get the same number, and a rolled-back document gives its number back.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.models import Customer, DocumentCounter

PREFIXES = {
    "complaint": "KN",  # khiếu nại
    "claim": "YC",  # yêu cầu bảo hành / đổi / trả
    "warranty_slip": "PBH",  # phiếu bảo hành
    "claim_slip": "PTN",  # phiếu tiếp nhận bảo hành / đổi trả
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


def give_back(session: Session, kind: str, year: int, number: str) -> None:
    """Return `number`, just taken by `next_number` in this transaction and not used.

    The counter row stays locked by this transaction until it ends, so no one took a
    later number meanwhile: stepping back keeps the numbers gap-free."""
    value = int(number.rsplit("-", 1)[1])
    session.execute(
        update(DocumentCounter)
        .where(
            DocumentCounter.kind == kind,
            DocumentCounter.year == year,
            DocumentCounter.last_value == value,
        )
        .values(last_value=value - 1)
    )


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


# Customer codes (KH0000123) have no year: a customer keeps one code for life. Their
# counter is the "customer" row of year 0, floored at the highest KH code in use, because
# demo data and imports write codes without going through the counter.
CUSTOMER_PREFIX = "KH"
_CUSTOMER_KIND, _NO_YEAR = "customer", 0


def format_customer_code(value: int) -> str:
    return f"{CUSTOMER_PREFIX}{value:07d}"


def customer_code_value(code: str) -> int | None:
    """The number in a code of the generated form (KH + 7 digits), else None."""
    digits = code[len(CUSTOMER_PREFIX) :]
    if code.startswith(CUSTOMER_PREFIX) and len(digits) == 7 and digits.isdigit():
        return int(digits)
    return None


def _highest_customer_code(session: Session) -> int:
    # A backward walk of the unique index on code: a few rows at most, even at millions.
    codes = session.scalars(
        select(Customer.code)
        .where(Customer.code >= format_customer_code(0))
        .where(Customer.code <= format_customer_code(9_999_999))
        .order_by(Customer.code.desc())
        .limit(20)
    )
    return next((v for c in codes if (v := customer_code_value(c)) is not None), 0)


def reserve_customer_codes(session: Session, count: int = 1, floor: int = 0) -> int:
    """Take `count` consecutive customer code values, above every code in use and `floor`.

    Returns the first value. The counter row stays locked until the transaction ends, so
    two seats creating customers at once queue here instead of taking the same code.
    """
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    table = DocumentCounter.__table__
    stmt = (
        insert(table)
        .values(kind=_CUSTOMER_KIND, year=_NO_YEAR, last_value=count)
        .on_conflict_do_update(
            index_elements=[table.c.kind, table.c.year],
            set_={"last_value": table.c.last_value + count},
        )
        .returning(table.c.last_value)
    )
    last = session.execute(stmt).scalar_one()
    needed = max(_highest_customer_code(session), floor) + count
    if last < needed:
        session.execute(
            update(DocumentCounter)
            .where(DocumentCounter.kind == _CUSTOMER_KIND, DocumentCounter.year == _NO_YEAR)
            .values(last_value=needed)
        )
        last = needed
    return last - count + 1


def next_customer_code(session: Session) -> str:
    return format_customer_code(reserve_customer_codes(session))
