"""The reminders inbox: Overdue, Today, Upcoming and Done; mine, the shared pool, or all.

A reminder counts from its snooze time when it has one, else from its due time. Days
are local days of the configured zone. "Pool" is the reminders nobody owns yet, of the
actor's store (every store's for someone not attached to one); "all" is for
supervisors and administrators.

The scheduler's side lives here too: the due scan finds reminders that fell due and
nobody was told about (an index walk over the partial index ix_reminders_unnotified_due),
mark_notified records that they were announced, so each is announced once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    func,
    literal_column,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session, aliased

from app.errors import NotFound, PermissionDenied
from app.i18n import t
from app.models import Customer, Reminder, ReminderStatus, Role, User
from app.services.access.permissions import require
from app.services.actor import Actor
from app.services.reminders.reminder_text import reminder_title
from app.services.streamed import streamed
from app.timeutil import day_bounds_utc, local_date, now_utc

TABS = ("overdue", "today", "upcoming", "done")
SCOPES = ("mine", "pool", "all")
PAGE_SIZE = 200
SCAN_LIMIT = 500

# Written as the partial index's condition says, with the value inline: a planner
# matches an index's condition against constants only, never bound parameters.
_OPEN = Reminder.status == literal_column("'open'")
_UNNOTIFIED = (_OPEN, Reminder.notified_at.is_(None))
_when = func.coalesce(Reminder.snoozed_until, Reminder.due_at)


@dataclass(frozen=True)
class ReminderRow:
    id: int
    rule: str
    title: str  # in the reader's language (reminder_text.reminder_title)
    notes: str
    subject_type: str | None
    subject_id: int | None
    customer_id: int | None
    customer_code: str | None
    customer_name: str | None
    due_at: datetime
    snoozed_until: datetime | None
    status: str
    assignee_id: int | None
    assignee_name: str | None
    assignee_username: str | None
    store_id: int | None
    taken_at: datetime | None
    done_at: datetime | None
    done_by_name: str | None
    outcome: str | None
    notified_at: datetime | None
    version: int
    # Made by a rule after its due local day (the desk was closed on it).
    late: bool = False

    @property
    def when(self) -> datetime:
        """When it counts as due: the snooze time, else the due time."""
        return self.snoozed_until or self.due_at


def scopes_for(actor: Actor) -> tuple[str, ...]:
    """The lists a role works from."""
    return SCOPES if actor.role in (Role.SUPERVISOR, Role.ADMIN) else SCOPES[:2]


def _rows(where: list[ColumnElement]) -> Select:
    assignee, done_by = aliased(User), aliased(User)
    return (
        select(
            Reminder.id,
            Reminder.rule,
            Reminder.title,
            Reminder.notes,
            Reminder.subject_type,
            Reminder.subject_id,
            Reminder.customer_id,
            Customer.code,
            Customer.full_name,
            Reminder.due_at,
            Reminder.snoozed_until,
            Reminder.status,
            Reminder.assignee_id,
            assignee.full_name,
            assignee.username,
            Reminder.store_id,
            Reminder.taken_at,
            Reminder.done_at,
            done_by.full_name,
            Reminder.outcome,
            Reminder.notified_at,
            Reminder.version,
            Reminder.title_key,
            Reminder.title_params,
            Reminder.late,
        )
        .outerjoin(Customer, Customer.id == Reminder.customer_id)
        .outerjoin(assignee, assignee.id == Reminder.assignee_id)
        .outerjoin(done_by, done_by.id == Reminder.done_by_id)
        .where(*where)
    )


def _row(r) -> ReminderRow:
    return ReminderRow(
        id=r[0],
        rule=r[1],
        title=reminder_title(r[22], r[23], r[2]),
        notes=r[3],
        subject_type=r[4],
        subject_id=r[5],
        customer_id=r[6],
        customer_code=r[7],
        customer_name=r[8],
        due_at=r[9],
        snoozed_until=r[10],
        status=ReminderStatus(r[11]).value,
        assignee_id=r[12],
        assignee_name=r[13],
        assignee_username=r[14],
        store_id=r[15],
        taken_at=r[16],
        done_at=r[17],
        done_by_name=r[18],
        outcome=r[19],
        notified_at=r[20],
        version=r[21],
        late=bool(r[24]),
    )


def reminder_row(session: Session, reminder_id: int) -> ReminderRow:
    found = session.execute(_rows([Reminder.id == reminder_id])).first()
    if found is None:
        raise NotFound(t("That reminder does not exist any more."))
    return _row(found)


def _scope(actor: Actor, scope: str) -> list[ColumnElement]:
    if scope not in scopes_for(actor):
        raise PermissionDenied(t("Only supervisors and administrators see every reminder."))
    if scope == "mine":
        return [Reminder.assignee_id == actor.user_id]
    if scope == "pool":
        where = [Reminder.assignee_id.is_(None)]
        if actor.store_id is not None:
            where.append(Reminder.store_id == actor.store_id)
        return where
    return []


def _tab(tab: str, at: datetime) -> list[ColumnElement]:
    start, end = day_bounds_utc(local_date(at))
    if tab == "overdue":
        return [_OPEN, _when < start]
    if tab == "today":
        return [_OPEN, _when >= start, _when < end]
    if tab == "upcoming":
        return [_OPEN, _when >= end]
    if tab == "done":
        return [Reminder.status.in_([ReminderStatus.DONE, ReminderStatus.DISMISSED])]
    raise ValueError(f"unknown tab {tab!r}")


def _query(actor: Actor, tab: str, scope: str, at: datetime) -> Select:
    """One tab's rows: open ones soonest due first, done ones latest done first."""
    require(actor, "reminder.work")
    query = _rows([*_scope(actor, scope), *_tab(tab, at)])
    if tab == "done":
        return query.order_by(Reminder.done_at.desc(), Reminder.id.desc())
    return query.order_by(_when, Reminder.id)


def reminder_page(
    session: Session,
    actor: Actor,
    tab: str,
    scope: str = "mine",
    at: datetime | None = None,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> tuple[ReminderRow, ...]:
    """A page of one tab: open ones soonest due first, done ones latest done first."""
    query = _query(actor, tab, scope, at or now_utc())
    return tuple(_row(r) for r in session.execute(query.offset(offset).limit(limit)))


def reminder_batches(
    session: Session,
    actor: Actor,
    tab: str,
    scope: str = "mine",
    at: datetime | None = None,
    batch: int = 1000,
) -> Iterator[tuple[ReminderRow, ...]]:
    """A whole tab in the page's order, `batch` rows at a time from one streamed query
    (for an export). A scope the actor may not see is refused at the call."""
    return streamed(session, _query(actor, tab, scope, at or now_utc()), _row, batch)


def reminder_total(
    session: Session, actor: Actor, tab: str, scope: str = "mine", at: datetime | None = None
) -> int:
    """How many reminders one tab holds (Done included)."""
    require(actor, "reminder.work")
    where = [*_scope(actor, scope), *_tab(tab, at or now_utc())]
    return session.scalar(select(func.count()).select_from(Reminder).where(*where)) or 0


def reminder_counts(
    session: Session, actor: Actor, scope: str = "mine", at: datetime | None = None
) -> dict[str, int]:
    """How many open reminders each of Overdue, Today and Upcoming holds, for the tabs."""
    require(actor, "reminder.work")
    at = at or now_utc()
    where = _scope(actor, scope)
    return {
        tab: session.scalar(
            select(func.count()).select_from(Reminder).where(*where, *_tab(tab, at))
        )
        or 0
        for tab in TABS[:3]
    }


def badge_count(session: Session, actor: Actor, at: datetime | None = None) -> int:
    """The number on the main window's badge: overdue and today's, mine and the pool's."""
    require(actor, "reminder.work")
    _, end = day_bounds_utc(local_date(at or now_utc()))
    mine_or_pool = or_(and_(*_scope(actor, "mine")), and_(*_scope(actor, "pool")))
    return (
        session.scalar(
            select(func.count()).select_from(Reminder).where(_OPEN, _when < end, mine_or_pool)
        )
        or 0
    )


@dataclass(frozen=True)
class DueReminder:
    """A reminder that fell due, as a notification shows it."""

    id: int
    rule: str
    title: str
    customer_id: int | None
    customer_name: str | None
    due_at: datetime
    assignee_id: int | None
    store_id: int | None


def _seat(user_id: int | None, store_id: int | None) -> list[ColumnElement]:
    """One person's share: theirs and their store's pool (no person: everyone's)."""
    if user_id is None:
        return []
    pool = Reminder.assignee_id.is_(None)
    if store_id is not None:
        pool = pool & (Reminder.store_id == store_id)
    return [(Reminder.assignee_id == user_id) | pool]


def _fell_due(at: datetime) -> list[ColumnElement]:
    # due_at first (the index), then the snooze: a snoozed one waits for its new time.
    return [
        *_UNNOTIFIED,
        Reminder.due_at <= at,
        (Reminder.snoozed_until.is_(None)) | (Reminder.snoozed_until <= at),
    ]


def due_scan(
    session: Session,
    at: datetime | None = None,
    user_id: int | None = None,
    store_id: int | None = None,
    limit: int = SCAN_LIMIT,
) -> tuple[DueReminder, ...]:
    """Open reminders that fell due by `at` and were never announced, oldest first:
    for one person (theirs and their store's pool) or, without `user_id`, everyone's."""
    at = at or now_utc()
    rows = session.execute(
        select(
            Reminder.id,
            Reminder.rule,
            Reminder.title,
            Reminder.customer_id,
            Customer.full_name,
            Reminder.due_at,
            Reminder.snoozed_until,
            Reminder.assignee_id,
            Reminder.store_id,
            Reminder.title_key,
            Reminder.title_params,
        )
        .outerjoin(Customer, Customer.id == Reminder.customer_id)
        .where(*_fell_due(at), *_seat(user_id, store_id))
        .order_by(Reminder.due_at, Reminder.id)
        .limit(limit)
    )
    return tuple(
        DueReminder(
            id=r[0],
            rule=r[1],
            title=reminder_title(r[9], r[10], r[2]),
            customer_id=r[3],
            customer_name=r[4],
            due_at=r[6] or r[5],
            assignee_id=r[7],
            store_id=r[8],
        )
        for r in rows
    )


def mark_notified(session: Session, ids: list[int], at: datetime | None = None) -> int:
    """Record that these reminders were announced; how many were not already (a
    reminder another seat announced first is not announced again)."""
    if not ids:
        return 0
    at = at or now_utc()
    done = 0
    for start in range(0, len(ids), 500):
        done += session.execute(
            update(Reminder)
            .where(Reminder.id.in_(ids[start : start + 500]), Reminder.notified_at.is_(None))
            .values(notified_at=at)
            .execution_options(synchronize_session=False)
        ).rowcount
    return done


@dataclass(frozen=True)
class DueSummary:
    """What fell due while the app was closed, for the start-up message: how many per
    rule, and how many of them were made late (their day passed while it was closed)."""

    total: int
    by_rule: dict[str, int]
    late: int = 0


def fell_due_while_closed(
    session: Session,
    at: datetime | None = None,
    user_id: int | None = None,
    store_id: int | None = None,
) -> DueSummary:
    """Open reminders due by `at` that nobody was told about, counted per rule, and how
    many of them were made late."""
    at = at or now_utc()
    rows = session.execute(
        select(Reminder.rule, func.count(), func.count(case((Reminder.late, 1))))
        .where(*_fell_due(at), *_seat(user_id, store_id))
        .group_by(Reminder.rule)
    ).all()
    by_rule = {rule: count for rule, count, _ in sorted(rows)}
    late = sum(late for _, _, late in rows)
    return DueSummary(total=sum(by_rule.values()), by_rule=by_rule, late=late)


def open_due(session: Session, at: datetime | None = None) -> tuple[ReminderRow, ...]:
    """Every open reminder due by `at` (its snooze time counts), soonest first: what the
    `reminders` command lists."""
    at = at or now_utc()
    query = _rows([_OPEN, _when <= at]).order_by(_when, Reminder.id)
    return tuple(_row(r) for r in session.execute(query))
