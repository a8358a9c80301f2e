"""A reminders tab written to CSV or XLSX: the reminders one tab (Overdue, Today, Upcoming,
Done) of one scope (mine, the shared pool, all) shows, in the tab's order, with the phone
to call and how each one ended. The tab "all" writes the four tabs one after another:
every reminder of the scope.

Rows come from the inbox's own query (reminder_batches, which also checks who may read
it) a thousand at a time; each batch's phones are looked up together.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from itertools import chain

from sqlalchemy.orm import Session

from app.formatting import format_count
from app.i18n import t, tn
from app.models import ReminderStatus
from app.services.actor import Actor
from app.services.customers.customer_list import phone_numbers
from app.services.customers.customer_views import shown_phone
from app.services.exports.table_file import Column, Progress, export_target, write_table
from app.services.reminders.reminder_inbox import (
    TABS,
    ReminderRow,
    reminder_batches,
    reminder_total,
)
from app.services.reminders.reminder_settings import rule_names
from app.services.reminders.reminder_text import outcome_names
from app.timeutil import now_utc

ALL_TABS = "all"


def status_names() -> dict[str, str]:
    return {
        ReminderStatus.OPEN: t("To do"),
        ReminderStatus.DONE: t("Done"),
        ReminderStatus.DISMISSED: t("Dismissed"),
    }


def _columns() -> list[Column]:
    return [
        Column(t("Due"), "datetime"),
        Column(t("Kind"), width=22),
        Column(t("Customer code"), width=12),
        Column(t("Customer"), width=24),
        Column(t("Phone"), width=13),
        Column(t("Reason"), width=36),
        Column(t("Notes"), width=30),
        Column(t("Assignee"), width=22),
        Column(t("Status"), width=12),
        Column(t("Done"), "datetime"),
        Column(t("Done by"), width=22),
        Column(t("Outcome"), width=22),
    ]


def _lines(session: Session, batches: Iterator[tuple[ReminderRow, ...]]) -> Iterator[list]:
    rules, outcomes, statuses = rule_names(), outcome_names(), status_names()
    pool, snoozed = t("Shared pool"), t("Snoozed")
    for rows in batches:
        phones = phone_numbers(session, {r.customer_id for r in rows if r.customer_id})
        for row in rows:
            numbers = phones.get(row.customer_id) if row.customer_id else None
            open_snoozed = row.status == ReminderStatus.OPEN and row.snoozed_until is not None
            yield [
                row.when,
                rules.get(row.rule, row.rule),
                row.customer_code,
                row.customer_name,
                shown_phone(numbers[0]) if numbers else None,
                row.title,
                row.notes,
                row.assignee_name or pool,
                snoozed if open_snoozed else statuses.get(row.status, row.status),
                row.done_at,
                row.done_by_name,
                outcomes.get(row.outcome, row.outcome) if row.outcome else None,
            ]


def export_reminders(
    session: Session,
    actor: Actor,
    tab: str,
    scope: str,
    path: str | os.PathLike,
    fmt: str | None = None,
    control: Progress | None = None,
    at: datetime | None = None,
) -> int:
    """Write the reminders of `tab` ("all": every tab) in `scope`, as of `at` (default
    now), in the tab's order, to `path` (format from `fmt` or the extension); return how
    many were written."""
    export_target(path, fmt)  # a wrong name is refused before the inbox is read
    at = at or now_utc()
    tabs = TABS if tab == ALL_TABS else (tab,)
    # Each tab's query is built (and the actor's right to it checked) before any is read.
    batches = chain(*[reminder_batches(session, actor, one, scope, at) for one in tabs])
    return write_table(
        path,
        _columns(),
        _lines(session, batches),
        sum(reminder_total(session, actor, one, scope, at) for one in tabs),
        fmt=fmt,
        control=control,
        sheet=t("Reminders"),
        counted=lambda done, n: tn(
            "{done} of {n} reminder", "{done} of {n} reminders", n, done=format_count(done)
        ),
    )
