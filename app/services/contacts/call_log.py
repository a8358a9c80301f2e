"""The call log: every contact, newest first, read a page at a time.

Five million contacts cannot be listed by id first as the customer list is: the log
reads forward from a keyset (started_at, id) instead, so the first page and every next
page cost one index walk of `limit` rows whatever the filters. Totals for the filtered
set are a separate query the screen runs beside the page. Correction notes belong to
the contact they correct and are not contacts of their own here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, and_, bindparam, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.config import DEFAULT_TIMEZONE
from app.errors import ValidationError
from app.i18n import t
from app.models import Channel, Customer, Direction, Interaction, Outcome, Store, User
from app.services.contacts.call_topics import CallTopic, custom_topic_names, list_topics
from app.services.contacts.contact_text import contact_notes
from app.services.kpis.overview import InteractionLine
from app.timeutil import day_bounds_utc

PAGE_SIZE = 200


@dataclass(frozen=True)
class CallLogFilter:
    """Which contacts the log shows; None means "any". Dates are local and inclusive."""

    date_from: date | None = None
    date_to: date | None = None
    agent_id: int | None = None
    store_id: int | None = None
    channel: str | None = None
    direction: str | None = None
    topic: str | None = None
    outcome: str | None = None
    customer_id: int | None = None

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_to < self.date_from:
            raise ValidationError(
                t("The end date is before the start date; swap them or pick another."),
                "date_to",
            )
        for value, enum_type in (
            (self.channel, Channel),
            (self.direction, Direction),
            (self.outcome, Outcome),
        ):
            if value is not None:
                enum_type(value)  # a bad value here is a programming error


@dataclass(frozen=True)
class CallLogRow(InteractionLine):
    """One line of the log: the Home screen's latest-contact line and a few more fields."""

    store_name: str | None
    notes: str
    satisfaction: int | None
    topic_label: str | None = None  # the name of a topic a supervisor added


@dataclass(frozen=True)
class CallLogPage:
    rows: tuple[CallLogRow, ...]
    has_more: bool

    @property
    def after(self) -> tuple[datetime, int] | None:
        """The keyset the next page starts after."""
        return (self.rows[-1].started_at, self.rows[-1].id) if self.rows else None


@dataclass(frozen=True)
class CallLogTotals:
    count: int
    total_seconds: int
    timed: int  # contacts with a known duration: the average is over these

    @property
    def average_seconds(self) -> int | None:
        return round(self.total_seconds / self.timed) if self.timed else None


@dataclass(frozen=True)
class Person:
    id: int
    name: str


@dataclass(frozen=True)
class CallLogChoices:
    agents: tuple[Person, ...]
    stores: tuple[Person, ...]
    topics: tuple[CallTopic, ...]  # switched-off topics too: old contacts carry them


def _conditions(f: CallLogFilter, tz: str) -> list:
    where = [Interaction.corrects_id.is_(None)]
    if f.date_from:
        where.append(Interaction.started_at >= day_bounds_utc(f.date_from, tz)[0])
    if f.date_to:
        where.append(Interaction.started_at < day_bounds_utc(f.date_to, tz)[1])
    pairs = (
        (Interaction.agent_id, f.agent_id),
        (Interaction.store_id, f.store_id),
        (Interaction.customer_id, f.customer_id),
        (Interaction.topic, f.topic),
    )
    where += [column == value for column, value in pairs if value is not None]
    if f.channel:
        where.append(Interaction.channel == Channel(f.channel))
    if f.direction:
        where.append(Interaction.direction == Direction(f.direction))
    if f.outcome:
        where.append(Interaction.outcome == Outcome(f.outcome))
    return where


def _rows_query(f: CallLogFilter, tz: str) -> Select:
    agent = aliased(User)
    return (
        select(
            Interaction.id,
            Interaction.started_at,
            Interaction.customer_id,
            Customer.full_name,
            Customer.code,
            Interaction.phone_e164,
            Interaction.channel,
            Interaction.direction,
            Interaction.topic,
            Interaction.outcome,
            agent.full_name,
            Interaction.duration_seconds,
            Store.name,
            Interaction.notes,
            Interaction.satisfaction,
            Interaction.summary_key,
            Interaction.summary_params,
        )
        .outerjoin(Customer, Customer.id == Interaction.customer_id)
        .outerjoin(agent, agent.id == Interaction.agent_id)
        .outerjoin(Store, Store.id == Interaction.store_id)
        .where(*_conditions(f, tz))
        .order_by(Interaction.started_at.desc(), Interaction.id.desc())
    )


def _row(values, names: dict[str, str]) -> CallLogRow:
    (
        iid,
        at,
        cid,
        name,
        code,
        phone,
        channel,
        direction,
        topic,
        outcome,
        agent,
        seconds,
        store,
        notes,
        satisfaction,
        summary_key,
        summary_params,
    ) = values
    return CallLogRow(
        id=iid,
        started_at=at,
        customer_id=cid,
        customer_name=name,
        customer_code=code,
        phone_e164=phone,
        channel=str(channel.value),
        direction=str(direction.value),
        topic=topic,
        outcome=str(outcome.value) if outcome else None,
        agent_name=agent,
        duration_seconds=seconds,
        store_name=store,
        notes=contact_notes(summary_key, summary_params, notes),
        satisfaction=satisfaction,
        topic_label=names.get(topic),
    )


_WALK_SETTINGS = select(
    func.current_setting("enable_bitmapscan"),
    func.current_setting("plan_cache_mode"),
    func.set_config("enable_bitmapscan", "off", True),
    func.set_config("plan_cache_mode", "force_custom_plan", True),
)
_RESTORE = select(
    func.set_config("enable_bitmapscan", bindparam("bitmap"), True),
    func.set_config("plan_cache_mode", bindparam("plans"), True),
)


@contextmanager
def _walked_in_order(session: Session) -> Iterator[None]:
    """On PostgreSQL, read a page by walking an index in the log's order.

    For two rare values together (no answer + on site) PostgreSQL otherwise ANDs two
    bitmaps of ~100,000 rows each, goes lossy and rechecks the heap: 170 ms warm and
    1.8 s cold at five million contacts, where walking one index newest first and
    checking the other value takes 15 ms. Each page is planned for its own values.
    """
    if session.get_bind().dialect.name != "postgresql":
        yield
        return
    bitmap, plans, _, _ = session.execute(_WALK_SETTINGS).one()
    try:
        yield
    finally:
        session.execute(_RESTORE, {"bitmap": bitmap, "plans": plans})


def call_log_page(
    session: Session,
    f: CallLogFilter | None = None,
    after: tuple[datetime, int] | None = None,
    limit: int = PAGE_SIZE,
    tz: str = DEFAULT_TIMEZONE,
) -> CallLogPage:
    """Up to `limit` contacts newest first, starting after the keyset `after`."""
    query = _rows_query(f or CallLogFilter(), tz)
    if after is not None:
        at, iid = after
        query = query.where(
            or_(
                Interaction.started_at < at,
                and_(Interaction.started_at == at, Interaction.id < iid),
            )
        )
    with _walked_in_order(session):
        rows = session.execute(query.limit(limit + 1)).all()
    names = custom_topic_names(session)
    return CallLogPage(tuple(_row(r, names) for r in rows[:limit]), len(rows) > limit)


def iter_call_log(
    session: Session, f: CallLogFilter | None = None, batch: int = 2000, tz: str = DEFAULT_TIMEZONE
) -> Iterator[CallLogRow]:
    """Every contact of the filtered log, newest first, for an export: one query read
    `batch` rows at a time. Not keyset pages: SQLite cannot seek to an OR over
    (started_at, id), so each page would walk the index again from the newest contact,
    and a million contacts would take minutes instead of seconds."""
    query = _rows_query(f or CallLogFilter(), tz).execution_options(yield_per=batch)
    names = custom_topic_names(session)
    result = session.execute(query)
    try:
        for part in result.partitions():
            for values in part:
                yield _row(values, names)
    finally:
        result.close()


def call_log_totals(
    session: Session, f: CallLogFilter | None = None, tz: str = DEFAULT_TIMEZONE
) -> CallLogTotals:
    count, total, timed = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(Interaction.duration_seconds), 0),
            func.count(Interaction.duration_seconds),
        ).where(*_conditions(f or CallLogFilter(), tz))
    ).one()
    return CallLogTotals(int(count), int(total), int(timed))


def call_log_choices(session: Session) -> CallLogChoices:
    """The agents, stores and topics the filters offer."""
    agents = session.execute(select(User.id, User.full_name).order_by(User.full_name, User.id))
    stores = session.execute(select(Store.id, Store.name).order_by(Store.name, Store.id))
    return CallLogChoices(
        agents=tuple(Person(i, n) for i, n in agents),
        stores=tuple(Person(i, n) for i, n in stores),
        topics=list_topics(session, include_inactive=True),
    )
