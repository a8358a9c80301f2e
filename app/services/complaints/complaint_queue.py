"""Complaint queues: mine, my team's, unassigned, all; open complaints, least time left first.

A filter may also ask for closed ones (status ANY_STATUS) and for the days a complaint was
opened on: the Dashboard opens the complaints behind a figure that way.

"My team" is the complaints of the actor's store; "unassigned" is the queue of the
actor's tier and below (an escalated complaint waits in the next tier's queue); "all"
is for supervisors and administrators. Each page is one index walk along the
resolution due time.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, Select, func, literal_column, select
from sqlalchemy.orm import Session, aliased

from app.errors import PermissionDenied
from app.i18n import t
from app.models import (
    OPEN_COMPLAINT_STATUSES,
    Complaint,
    ComplaintStatus,
    Customer,
    Product,
    Purchase,
    Role,
    Severity,
    Store,
    User,
)
from app.services.actor import Actor
from app.services.streamed import streamed
from app.text import fold
from app.timeutil import day_bounds_utc

QUEUES = ("mine", "team", "unassigned", "all")
PAGE_SIZE = 200
ANY_STATUS = "any"  # every status, closed and cancelled too


@dataclass(frozen=True)
class QueueFilter:
    status: str | None = None  # an open status, or ANY_STATUS
    category: str | None = None
    priority: str | None = None
    store_id: int | None = None
    product_id: int | None = None
    assignee_id: int | None = None
    opened_from: date | None = None  # local days, inclusive
    opened_to: date | None = None


@dataclass(frozen=True)
class QueueRow:
    id: int
    number: str
    customer_id: int
    customer_name: str
    category: str
    priority: str
    status: str
    tier: int
    assignee_name: str | None
    store_name: str | None
    opened_at: datetime
    first_response_due: datetime | None
    resolution_due: datetime | None
    first_response_at: datetime | None
    sla_state: str


@dataclass(frozen=True)
class FilterChoice:
    id: int
    name: str


@dataclass(frozen=True)
class FilterChoices:
    """What the product and agent filters offer."""

    products: tuple[FilterChoice, ...]
    agents: tuple[FilterChoice, ...]


# Written as the partial index ix_complaints_open_due says, with the values inline: a
# planner can only match an index's condition against constants, not bound parameters.
_OPEN = Complaint.status.in_([literal_column(f"'{s.value}'") for s in OPEN_COMPLAINT_STATUSES])


def queues_for(actor: Actor) -> tuple[str, ...]:
    """The queues a role works from."""
    return QUEUES if actor.role in (Role.SUPERVISOR, Role.ADMIN) else QUEUES[:3]


def _where(actor: Actor, queue: str, f: QueueFilter) -> list[ColumnElement]:
    if queue not in queues_for(actor):
        raise PermissionDenied(t("Only supervisors and administrators see every complaint."))
    where = [Complaint.archived_at.is_(None)]
    if f.status != ANY_STATUS:
        where.insert(0, _OPEN)
    if f.status and f.status != ANY_STATUS:
        where.append(Complaint.status == ComplaintStatus(f.status))
    if f.opened_from is not None:
        where.append(Complaint.opened_at >= day_bounds_utc(f.opened_from)[0])
    if f.opened_to is not None:
        where.append(Complaint.opened_at < day_bounds_utc(f.opened_to)[1])
    if queue == "mine":
        where.append(Complaint.assignee_id == actor.user_id)
    elif queue == "team":
        where.append(
            Complaint.store_id == actor.store_id
            if actor.store_id is not None
            else Complaint.store_id.is_(None)
        )
    elif queue == "unassigned":
        where += [Complaint.assignee_id.is_(None), Complaint.tier <= actor.tier]
    if f.category:
        where.append(Complaint.category == f.category)
    if f.priority:
        where.append(Complaint.priority == Severity(f.priority))
    if f.store_id is not None:
        where.append(Complaint.store_id == f.store_id)
    if f.assignee_id is not None:
        where.append(Complaint.assignee_id == f.assignee_id)
    if f.product_id is not None:
        where.append(
            Complaint.purchase_id.in_(
                select(Purchase.id).where(Purchase.product_id == f.product_id)
            )
        )
    return where


def _query(actor: Actor, queue: str, f: QueueFilter | None) -> Select:
    """The queue's rows, the least time left first (then the oldest)."""
    assignee = aliased(User)
    return (
        select(
            Complaint.id,
            Complaint.number,
            Complaint.customer_id,
            Customer.full_name,
            Complaint.category,
            Complaint.priority,
            Complaint.status,
            Complaint.tier,
            assignee.full_name,
            Store.name,
            Complaint.opened_at,
            Complaint.first_response_due,
            Complaint.resolution_due,
            Complaint.first_response_at,
            Complaint.sla_state,
        )
        .join(Customer, Customer.id == Complaint.customer_id)
        .outerjoin(assignee, assignee.id == Complaint.assignee_id)
        .outerjoin(Store, Store.id == Complaint.store_id)
        .where(*_where(actor, queue, f or QueueFilter()))
        .order_by(Complaint.resolution_due, Complaint.id)
    )


def _row(r) -> QueueRow:  # noqa: ANN001 - a row of _query
    return QueueRow(
        id=r[0],
        number=r[1],
        customer_id=r[2],
        customer_name=r[3],
        category=r[4],
        priority=r[5].value,
        status=r[6].value,
        tier=r[7],
        assignee_name=r[8],
        store_name=r[9],
        opened_at=r[10],
        first_response_due=r[11],
        resolution_due=r[12],
        first_response_at=r[13],
        sla_state=r[14].value,
    )


def queue_page(
    session: Session,
    actor: Actor,
    queue: str,
    f: QueueFilter | None = None,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> tuple[QueueRow, ...]:
    """A page of the queue, the least time left first (then the oldest)."""
    rows = session.execute(_query(actor, queue, f).offset(offset).limit(limit))
    return tuple(_row(r) for r in rows)


def queue_batches(
    session: Session, actor: Actor, queue: str, f: QueueFilter | None = None, batch: int = 1000
) -> Iterator[tuple[QueueRow, ...]]:
    """The whole queue in the page's order, `batch` rows at a time from one streamed
    query (for an export: offset pages would read the queue again for each). A queue the
    actor may not see is refused at the call, before any row is read."""
    return streamed(session, _query(actor, queue, f), _row, batch)


def queue_counts(session: Session, actor: Actor, f: QueueFilter | None = None) -> dict[str, int]:
    """How many complaints each of the actor's queues holds, for the tab labels."""
    return {
        queue: session.scalar(
            select(func.count())
            .select_from(Complaint)
            .where(*_where(actor, queue, f or QueueFilter()))
        )
        or 0
        for queue in queues_for(actor)
    }


def filter_choices(session: Session) -> FilterChoices:
    """The products of the catalogue and the active staff, in Vietnamese order (by the
    accent-free name): a complaint's product or assignee is one of them."""

    def ordered(rows) -> tuple[FilterChoice, ...]:  # noqa: ANN001 - (id, name) rows
        return tuple(FilterChoice(i, n) for i, n in sorted(rows, key=lambda r: (fold(r[1]), r[0])))

    return FilterChoices(
        products=ordered(session.execute(select(Product.id, Product.name))),
        agents=ordered(
            session.execute(select(User.id, User.full_name).where(User.is_active.is_(True)))
        ),
    )
