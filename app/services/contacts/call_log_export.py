"""The filtered call log written to CSV or XLSX, with progress, for a manager's own analysis.

The rows are the log's own (iter_call_log: one streamed query, newest first) and the file is
written by app.services.exports.table_file: next to its destination and moved into place
at the end, text a spreadsheet would run as a formula written as text.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from sqlalchemy.orm import Session

from app.config import DEFAULT_TIMEZONE
from app.formatting import format_count
from app.i18n import t, tn
from app.services.contacts.call_log import CallLogFilter, CallLogRow, call_log_totals, iter_call_log
from app.services.contacts.call_topics import custom_topic_names
from app.services.contacts.contact_labels import (
    channel_names,
    direction_names,
    outcome_names,
    topic_names,
)
from app.services.customers.customer_views import shown_phone
from app.services.exports.table_file import Column, Progress, export_target, write_table


def _columns() -> list[Column]:
    return [
        Column(t("Time"), "datetime"),
        Column(t("Customer code"), width=12),
        Column(t("Customer"), width=24),
        Column(t("Phone"), width=13),
        Column(t("Channel")),
        Column(t("Direction")),
        Column(t("Topic")),
        Column(t("Outcome"), width=22),
        Column(t("Agent"), width=22),
        Column(t("Store"), width=22),
        Column(t("Duration"), "duration"),
        Column(t("Satisfaction"), "count"),
        Column(t("Notes"), width=50),
    ]


def _lines(session: Session, rows: Iterator[CallLogRow]) -> Iterator[list[object]]:
    channels, directions, outcomes = channel_names(), direction_names(), outcome_names()
    topics = topic_names() | custom_topic_names(session)
    for row in rows:
        yield [
            row.started_at,
            row.customer_code,
            row.customer_name,
            shown_phone(row.phone_e164) if row.phone_e164 else None,
            channels.get(row.channel, row.channel),
            directions.get(row.direction, row.direction),
            topics.get(row.topic, row.topic),
            outcomes.get(row.outcome, row.outcome) if row.outcome else None,
            row.agent_name,
            row.store_name,
            row.duration_seconds,
            row.satisfaction,
            row.notes,
        ]


def export_call_log(
    session: Session,
    f: CallLogFilter | None,
    path: str | os.PathLike,
    fmt: str | None = None,
    control: Progress | None = None,
    tz: str = DEFAULT_TIMEZONE,
) -> int:
    """Write the filtered log to `path` (format from `fmt` or the file's extension);
    return the number of contacts written."""
    export_target(path, fmt)  # a wrong name is refused before the log is counted
    total = call_log_totals(session, f, tz).count
    return write_table(
        path,
        _columns(),
        _lines(session, iter_call_log(session, f, tz=tz)),
        total,
        fmt=fmt,
        control=control,
        sheet=t("Call log"),
        counted=lambda done, n: tn(
            "{done} of {n} contact", "{done} of {n} contacts", n, done=format_count(done)
        ),
        tz=tz,
    )
