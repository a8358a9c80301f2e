"""Rows written straight into the database, one model at a time, as the demo, an import or
another screen would have left them.

A test that is about finding, listing, counting or showing records needs them to exist, not
to be made through the services (which would audit, number and check them): each make_*
inserts one row with defaults and keyword overrides for any column, flushes it so it has
its id, and returns the ORM object. Foreign keys are given as ids. A test states only
what it depends on.

Codes and document numbers not given are unique within the run, in series of their own
("KT…", "KN-T-…", "YC-T-…", "PBH-T-…") that the numbering service never hands out.
"""

from __future__ import annotations

import calendar
import itertools
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import i18n
from app.models import (
    Channel,
    Claim,
    ClaimKind,
    Complaint,
    Customer,
    CustomerPhone,
    CustomerTag,
    Direction,
    ImportantDate,
    Interaction,
    PointsEntry,
    Product,
    Purchase,
    Reminder,
    Role,
    Severity,
    Slip,
    Store,
    User,
)
from app.services.access.passwords import hash_password
from app.services.actor import Actor
from app.services.customers.name_index import reindex_customer_names
from app.text import fold, nfc, parse_phone
from app.timeutil import zone

# Monday 2 March 2026, 09:00 in Hà Nội: when a contact or reminder happens unless told.
MOMENT = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)
# When an archived customer was archived unless told.
ARCHIVED_AT = datetime(2026, 1, 1, tzinfo=UTC)

# Actors with no user row: for the services that only look at the role.
AGENT = Actor(user_id=None, username="lan.nguyen", full_name="Nguyễn Thị Lan", role=Role.AGENT)
SUPERVISOR = Actor(
    user_id=None, username="hung.tran", full_name="Trần Văn Hùng", role=Role.SUPERVISOR
)

_serial = itertools.count(1)


def _next(prefix: str, width: int = 6) -> str:
    return f"{prefix}{next(_serial):0{width}d}"


def utc_at(day: date, hour: int = 9) -> datetime:
    """`hour` o'clock UTC on `day`."""
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def local_noon(day: date) -> datetime:
    """Noon on `day` in Vietnam: inside that local day whatever the hour of the test run."""
    return datetime.combine(day, time(12, 0), tzinfo=zone())


@contextmanager
def seat_language(lang: str) -> Iterator[None]:
    """The seat's language for a while (what the writer or the reader sees), then back."""
    before = i18n.language()
    i18n.set_language(lang)
    try:
        yield
    finally:
        i18n.set_language(before)


def add_months(day: date, months: int) -> date:
    """`day` plus whole months, kept at the month's last day where it has fewer days."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# --- stores and users -----------------------------------------------------------------------


def make_store(s: Session, code: str = "HN01", name: str = "Cửa hàng Hà Nội", **fields) -> Store:
    store = Store(code=code, name=name, **fields)
    s.add(store)
    s.flush()
    return store


def make_user(
    s: Session,
    username: str = "yen.tran",
    full_name: str = "Trần Thị Yến",
    role: Role = Role.AGENT,
    *,
    password: str | None = None,
    **fields,
) -> User:
    """A user row; with `password`, one that can sign in with it."""
    user = User(
        username=username,
        full_name=full_name,
        role=role,
        password_hash=hash_password(password) if password else None,
        **fields,
    )
    s.add(user)
    s.flush()
    return user


# --- customers ------------------------------------------------------------------------------


def _phone(typed: str, *, label: str = "mobile", is_primary: bool = False) -> CustomerPhone:
    parsed = parse_phone(typed)
    return CustomerPhone(
        e164=parsed.e164,
        raw=typed,
        digits_rev=parsed.national[::-1],
        label=label,
        is_primary=is_primary,
    )


def make_customer(
    s: Session,
    full_name: str = "Nguyễn Văn An",
    *,
    code: str | None = None,
    phones: Sequence[str] = (),
    tags: Sequence[str] = (),
    archived: bool = False,
    **fields,
) -> Customer:
    """A customer as the services store one: the name NFC with its folded key and its words
    indexed, each phone parsed as typed (the first one the primary)."""
    customer = Customer(
        code=code or _next("KT", 7),
        full_name=nfc(full_name),
        name_key=fold(full_name),
        **fields,
    )
    if archived:
        customer.archived_at = ARCHIVED_AT
    customer.phones.extend(_phone(typed, is_primary=i == 0) for i, typed in enumerate(phones))
    customer.tags.extend(CustomerTag(tag=tag) for tag in tags)
    s.add(customer)
    s.flush()
    reindex_customer_names(s, [customer.id])
    return customer


def make_phone(
    s: Session, customer_id: int, typed: str, *, label: str = "mobile", is_primary: bool = False
) -> CustomerPhone:
    """One more number on a record, as an import or an older version could leave it: the
    forms refuse a number another customer has, the table does not."""
    phone = _phone(typed, label=label, is_primary=is_primary)
    phone.customer_id = customer_id
    s.add(phone)
    s.flush()
    return phone


def make_important_date(
    s: Session, customer_id: int, label: str = "Ngày cưới", day: date = date(2015, 5, 20)
) -> ImportantDate:
    row = ImportantDate(customer_id=customer_id, label=label, date=day)
    s.add(row)
    s.flush()
    return row


def make_points(
    s: Session, customer_id: int, delta: int, reason: str = "Tích điểm", **fields
) -> PointsEntry:
    """A ledger entry, and the customer's balance kept equal to the ledger's sum."""
    entry = PointsEntry(customer_id=customer_id, delta=delta, reason=reason, **fields)
    s.add(entry)
    s.get(Customer, customer_id).points += delta
    s.flush()
    return entry


def mark_merged(s: Session, gone_id: int, kept_id: int) -> None:
    """What a merge leaves of the record merged away: archived, pointing at the one kept."""
    gone = s.get(Customer, gone_id)
    gone.merged_into_id = kept_id
    gone.archived_at = datetime(2026, 2, 1, tzinfo=UTC)
    s.flush()


# --- products and purchases -----------------------------------------------------------------


def make_product(
    s: Session, sku: str = "TV-55", name: str = "Tivi Sony 55 inch", **fields
) -> Product:
    product = Product(**{"sku": sku, "name": name, "name_key": fold(name), **fields})
    s.add(product)
    s.flush()
    return product


def _product(s: Session, sku: str, name: str) -> Product:
    """The product `sku`, added the first time it is asked for."""
    found = s.scalar(select(Product).where(Product.sku == sku))
    return found or make_product(s, sku, name)


def make_purchase(
    s: Session,
    customer_id: int,
    *,
    product_id: int | None = None,
    purchase_date: date = date(2025, 6, 1),
    warranty_end: date | None = None,
    **fields,
) -> Purchase:
    """A purchase, by default of the TV-55 (added if missing); the warranty ends its
    `warranty_months` after the purchase unless `warranty_end` says otherwise."""
    months = fields.get("warranty_months", 12)
    purchase = Purchase(
        customer_id=customer_id,
        product_id=product_id or _product(s, "TV-55", "Tivi Sony 55 inch").id,
        purchase_date=purchase_date,
        warranty_end=warranty_end or add_months(purchase_date, months),
        **fields,
    )
    s.add(purchase)
    s.flush()
    return purchase


# --- contacts, complaints, claims, slips, reminders -----------------------------------------


def make_interaction(
    s: Session,
    customer_id: int | None = None,
    *,
    started_at: datetime = MOMENT,
    channel: Channel = Channel.PHONE,
    direction: Direction = Direction.INBOUND,
    topic: str = "warranty",
    **fields,
) -> Interaction:
    """A contact in the call log; with no customer, give the caller's `phone_e164`."""
    row = Interaction(
        customer_id=customer_id,
        started_at=started_at,
        channel=channel,
        direction=direction,
        topic=topic,
        **fields,
    )
    s.add(row)
    s.flush()
    return row


def make_complaint(
    s: Session,
    customer_id: int,
    *,
    number: str | None = None,
    category: str = "product",
    channel: str = "phone",
    description: str = "Tivi không lên hình",
    **fields,
) -> Complaint:
    complaint = Complaint(
        number=number or _next("KN-T-"),
        customer_id=customer_id,
        category=category,
        channel=channel,
        description=description,
        **fields,
    )
    s.add(complaint)
    s.flush()
    return complaint


def make_claim(
    s: Session,
    customer_id: int,
    purchase_id: int,
    *,
    number: str | None = None,
    kind: ClaimKind = ClaimKind.REPAIR,
    **fields,
) -> Claim:
    claim = Claim(
        number=number or _next("YC-T-"),
        kind=kind,
        customer_id=customer_id,
        purchase_id=purchase_id,
        **fields,
    )
    s.add(claim)
    s.flush()
    return claim


def make_slip(
    s: Session,
    customer_id: int | None,
    *,
    number: str | None = None,
    kind: str = "warranty",
    **fields,
) -> Slip:
    slip = Slip(number=number or _next("PBH-T-"), kind=kind, customer_id=customer_id, **fields)
    s.add(slip)
    s.flush()
    return slip


def make_reminder(
    s: Session,
    customer_id: int | None = None,
    *,
    unique_key: str | None = None,
    rule: str = "callback",
    due_at: datetime = MOMENT,
    title: str = "Gọi lại cho khách",
    **fields,
) -> Reminder:
    reminder = Reminder(
        unique_key=unique_key or _next("test:"),
        rule=rule,
        customer_id=customer_id,
        due_at=due_at,
        title=title,
        **fields,
    )
    s.add(reminder)
    s.flush()
    return reminder


# --- a whole history ------------------------------------------------------------------------


def make_history(s: Session, customer_id: int, tag: str = "x") -> None:
    """One row of every kind a customer has, dated March 2026 (numbers made unique by
    `tag`): a fridge bought, a call, a complaint, a repair, a callback, a warranty slip
    and 100 points."""
    day = date(2026, 3, 1)
    fridge = _product(s, "TL-01", "Tủ lạnh Inverter 300L")
    bought = make_purchase(
        s,
        customer_id,
        product_id=fridge.id,
        purchase_date=day,
        price_vnd=10_000_000,
        warranty_end=day + timedelta(days=365),
        invoice_no=f"HD{day:%y%m%d}{customer_id}",
    )
    make_interaction(s, customer_id, started_at=utc_at(day, 10), notes="Hỏi về bảo hành")
    make_complaint(
        s,
        customer_id,
        number=f"KN-2026-{tag}",
        category="delivery",
        description="Giao hàng trễ",
        severity=Severity.HIGH,
        opened_at=utc_at(day, 11),
    )
    make_claim(
        s,
        customer_id,
        bought.id,
        number=f"YC-2026-{tag}",
        received_at=utc_at(day, 12),
        fault_description="Không lạnh",
    )
    make_reminder(
        s,
        customer_id,
        unique_key=f"callback:{tag}",
        due_at=utc_at(day + timedelta(days=3)),
        title="Gọi lại hỏi thăm",
    )
    make_slip(s, customer_id, number=f"PBH-2026-{tag}", purchase_id=bought.id)
    make_points(s, customer_id, 100)


_pbx_ids = itertools.count(1)


def make_pbx_call(
    s: Session,
    started_at: datetime,
    *,
    wait: int = 10,
    talk: int = 60,
    answered: bool = True,
    queue: str = "hotline",
    inbound: bool = True,
    agent_id: int | None = None,
    customer_id: int | None = None,
):
    """One call record as the Master.csv import stores it: a caller waited `wait` seconds
    from `started_at` (aware), then talked `talk` seconds if the call was answered."""
    from app.models import PbxCall

    answered_at = started_at + timedelta(seconds=wait) if answered else None
    call = PbxCall(
        unique_id=f"test-{next(_pbx_ids)}",
        started_at=started_at,
        answered_at=answered_at,
        ended_at=started_at + timedelta(seconds=wait + (talk if answered else 0)),
        src="0912345678" if inbound else "101",
        phone_e164="+84912345678" if inbound else None,
        dst="1900" if inbound else "0912345678",
        queue=queue,
        extension="",
        disposition="ANSWERED" if answered else "NO ANSWER",
        wait_seconds=wait,
        talk_seconds=talk if answered else 0,
        answered=answered,
        inbound=inbound,
        agent_id=agent_id,
        customer_id=customer_id,
    )
    s.add(call)
    s.flush()
    return call
