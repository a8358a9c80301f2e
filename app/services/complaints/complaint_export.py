"""A complaint queue written to CSV or XLSX: the open complaints the queue shows for a
filter, least time left first, with the due time that counts now and whether it is on
track, at risk or breached, as the queue colours them.

Rows come from the queue's own query (queue_batches, which also refuses a queue the
actor may not see) a thousand at a time; each batch's customer codes, phones and
descriptions are looked up together.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.formatting import format_count
from app.i18n import t, tn
from app.models import Complaint, Customer, Severity, SlaState
from app.services.actor import Actor
from app.services.complaints.complaint_queue import QueueFilter, queue_batches, queue_counts
from app.services.complaints.complaint_workflow import status_name
from app.services.complaints.queue_reads import line_for
from app.services.complaints.sla_settings import business_calendar
from app.services.customers.customer_list import phone_numbers
from app.services.customers.customer_views import shown_phone
from app.services.exports.table_file import Column, Progress, export_target, write_table
from app.slips.labels import complaint_category_label
from app.timeutil import now_utc


def severity_names() -> dict[str, str]:
    return {
        Severity.LOW: t("Low"),
        Severity.NORMAL: t("Normal"),
        Severity.HIGH: t("High"),
        Severity.CRITICAL: t("Critical"),
    }


def escalation_names() -> dict[int, str]:
    """Escalation tiers: who a case goes to next."""
    return {1: t("1 · Agent"), 2: t("2 · Supervisor"), 3: t("3 · Manager")}


def sla_names() -> dict[str, str]:
    return {
        SlaState.ON_TRACK: t("On track"),
        SlaState.AT_RISK: t("At risk"),
        SlaState.BREACHED: t("Breached"),
        SlaState.MET: t("Met"),
    }


def _columns() -> list[Column]:
    return [
        Column(t("Number"), width=16),
        Column(t("Opened"), "datetime"),
        Column(t("Customer code"), width=12),
        Column(t("Customer"), width=24),
        Column(t("Phone"), width=13),
        Column(t("Category"), width=18),
        Column(t("Priority"), width=10),
        Column(t("Status"), width=18),
        Column(t("Escalation tier"), width=14),
        Column(t("Assignee"), width=22),
        Column(t("Store"), width=22),
        Column(t("Due"), "datetime"),
        Column(t("SLA"), width=10),
        Column(t("Description"), width=50),
    ]


def _lines(session: Session, batches: Iterator) -> Iterator[list[object]]:
    now = now_utc()
    calendar = business_calendar(session, now)
    priorities, tiers, states = severity_names(), escalation_names(), sla_names()
    nobody = t("Unassigned")
    for rows in batches:
        more = {
            cid: (code, description)
            for cid, code, description in session.execute(
                select(Complaint.id, Customer.code, Complaint.description)
                .join(Customer, Customer.id == Complaint.customer_id)
                .where(Complaint.id.in_([r.id for r in rows]))
            )
        }
        phones = phone_numbers(session, {r.customer_id for r in rows})
        for row in rows:
            line = line_for(row, now, calendar)
            code, description = more.get(row.id, (None, None))
            numbers = phones.get(row.customer_id)
            yield [
                row.number,
                row.opened_at,
                code,
                row.customer_name,
                shown_phone(numbers[0]) if numbers else None,
                complaint_category_label(row.category),
                priorities.get(row.priority, row.priority),
                status_name(row.status),
                tiers.get(row.tier, str(row.tier)),
                row.assignee_name or nobody,
                row.store_name,
                line.due,
                states.get(line.state, line.state),
                description,
            ]


def export_complaints(
    session: Session,
    actor: Actor,
    queue: str,
    f: QueueFilter | None,
    path: str | os.PathLike,
    fmt: str | None = None,
    control: Progress | None = None,
) -> int:
    """Write the complaints of `queue` under `f`, in the queue's order, to `path`
    (format from `fmt` or the extension); return how many were written."""
    export_target(path, fmt)  # a wrong name is refused before the queue is read
    batches = queue_batches(session, actor, queue, f)  # refuses a queue not the actor's
    return write_table(
        path,
        _columns(),
        _lines(session, batches),
        queue_counts(session, actor, f)[queue],
        fmt=fmt,
        control=control,
        sheet=t("Complaints"),
        counted=lambda done, n: tn(
            "{done} of {n} complaint", "{done} of {n} complaints", n, done=format_count(done)
        ),
    )
