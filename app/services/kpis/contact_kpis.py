"""The contact and reminder KPIs: volume, first-contact resolution, repeat contacts,
reminders and callbacks on time. Definitions: docs/kpis.md."""

from __future__ import annotations

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.models import Complaint, Direction, Interaction, Outcome, Reminder, ReminderStatus
from app.services.contacts.interactions import CALLBACK_RULE
from app.services.kpis.scope import Scope
from app.services.kpis.sql_time import local_day, within_days
from app.services.kpis.window import Values, Window, group_key, rows_into

Out = Outcome
ASKED = (
    Out.RESOLVED_FIRST_CONTACT,
    Out.INFORMATION_GIVEN,
    Out.CALLBACK_NEEDED,
    Out.COMPLAINT_OPENED,
    Out.ESCALATED,
)
SETTLED = (Out.RESOLVED_FIRST_CONTACT, Out.INFORMATION_GIVEN)
REPEAT_DAYS = 7


def _key(scope: Scope) -> list:
    return [scope.key()] if scope.group is not None else []


def _in(w: Window) -> tuple:
    return (
        Interaction.started_at >= w.start,
        Interaction.started_at < w.end,
        Interaction.corrects_id.is_(None),
    )


def contacts(session: Session, w: Window, scope: Scope, values: Values) -> None:
    """Contacts, first-contact resolution and repeat contacts in one pass over the
    period's contacts (three statements would read the same rows three times)."""
    inbound = Interaction.direction == Direction.INBOUND
    asked = and_(inbound, Interaction.outcome.in_(ASKED))
    settled = or_(
        Interaction.outcome.in_(SETTLED),
        and_(
            Interaction.outcome == Out.COMPLAINT_OPENED,
            Complaint.first_contact_resolution.is_(True),
        ),
    )
    later = aliased(Interaction)
    again = exists().where(
        later.customer_id == Interaction.customer_id,
        later.started_at > Interaction.started_at,
        within_days(w.kind, Interaction.started_at, later.started_at, REPEAT_DAYS),
        later.topic == Interaction.topic,
        later.direction == Direction.INBOUND,
        later.corrects_id.is_(None),
    )
    followed = and_(inbound, Interaction.customer_id.is_not(None))
    # Nested CASEs: the repeat lookup runs only for the contacts it is about (a CASE is
    # evaluated in order on both databases, an AND need not be).
    stmt = scope.apply(
        select(
            *_key(scope),
            func.count(),
            func.sum(case((asked, 1), else_=0)),
            func.sum(case((asked, case((settled, 1), else_=0)), else_=0)),
            func.sum(case((followed, 1), else_=0)),
            func.sum(case((followed, case((again, 1), else_=0)), else_=0)),
        )
        .select_from(Interaction)
        .outerjoin(Complaint, Complaint.id == Interaction.complaint_id)
        .where(*_in(w))
    )
    grouped = scope.group is not None
    for row in session.execute(stmt).all():
        group = group_key(row[0]) if grouped else None
        total, asking, solved, base, repeated = (int(v or 0) for v in row[-5:])
        slot = values.setdefault(group, {})
        slot["contacts"] = (float(total) if total else None, total)
        slot["fcr_rate"] = (100.0 * solved / asking if asking else None, asking)
        slot["repeat_contact_rate"] = (100.0 * repeated / base if base else None, base)


def reminders(session: Session, w: Window, scope: Scope, values: Values) -> None:
    """Reminders done on or before their due local day; callbacks by the promised time."""
    due = (
        Reminder.due_at >= w.start,
        Reminder.due_at < w.due_end,
        Reminder.status != ReminderStatus.DISMISSED,
    )
    done = Reminder.status == ReminderStatus.DONE
    same_day = local_day(w.kind, Reminder.done_at, w.tz, w.start) <= local_day(
        w.kind, Reminder.due_at, w.tz, w.start
    )
    grouped = scope.group is not None
    stmt = scope.apply(
        select(*_key(scope), func.count(), func.avg(case((and_(done, same_day), 100.0), else_=0.0)))
        .select_from(Reminder)
        .where(*due)
    )
    rows_into(values, session.execute(stmt).all(), {"reminders_on_time_rate": 1}, grouped)
    promised = and_(done, Reminder.done_at <= Reminder.due_at)
    stmt = scope.apply(
        select(*_key(scope), func.count(), func.avg(case((promised, 100.0), else_=0.0)))
        .select_from(Reminder)
        .where(*due, Reminder.rule == CALLBACK_RULE)
    )
    rows_into(values, session.execute(stmt).all(), {"callbacks_on_time_rate": 1}, grouped)
