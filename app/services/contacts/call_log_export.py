"""The filtered call log written to CSV or XLSX, with progress, for a manager's own analysis.

The file is written next to its destination and moved into place at the end: a
cancelled or failed export leaves no half file behind and never clobbers an older one.
Text cells that a spreadsheet would run as a formula (=, +, -, @) are written with a
leading apostrophe.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Protocol

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy.orm import Session

from app.config import DEFAULT_TIMEZONE
from app.errors import ValidationError
from app.formatting import format_count, format_duration
from app.i18n import t, tn
from app.services.contacts.call_log import CallLogFilter, CallLogRow, call_log_totals, iter_call_log
from app.services.contacts.call_topics import custom_topic_names
from app.services.contacts.contact_labels import (
    channel_names,
    direction_names,
    outcome_names,
    topic_names,
)
from app.services.spreadsheet_text import spreadsheet_safe
from app.text import ParsedPhone
from app.timeutil import zone

FORMATS = ("csv", "xlsx")


class Progress(Protocol):
    """What a long task hands in (ui.workers.TaskControl is one)."""

    def progress(self, percent: int, message: str = "") -> None: ...


def _headers() -> list[str]:
    return [
        t("Time"),
        t("Customer code"),
        t("Customer"),
        t("Phone"),
        t("Channel"),
        t("Direction"),
        t("Topic"),
        t("Outcome"),
        t("Agent"),
        t("Store"),
        t("Duration"),
        t("Satisfaction"),
        t("Notes"),
    ]


def _cells(session: Session, tz: str) -> Callable[[CallLogRow], list[object]]:
    channels, directions, outcomes = channel_names(), direction_names(), outcome_names()
    topics = topic_names() | custom_topic_names(session)
    local = zone(tz)

    def cells(row: CallLogRow) -> list[object]:
        phone = ParsedPhone(e164=row.phone_e164, raw="").national if row.phone_e164 else ""
        return [
            row.started_at.astimezone(local).replace(tzinfo=None, microsecond=0),
            row.customer_code or "",
            spreadsheet_safe(row.customer_name),
            phone,
            channels.get(row.channel, row.channel),
            directions.get(row.direction, row.direction),
            spreadsheet_safe(topics.get(row.topic, row.topic)),
            outcomes.get(row.outcome, row.outcome) if row.outcome else "",
            spreadsheet_safe(row.agent_name),
            spreadsheet_safe(row.store_name),
            row.duration_seconds,
            row.satisfaction,
            spreadsheet_safe(row.notes),
        ]

    return cells


def _counted(rows: Iterator[CallLogRow], total: int, control: Progress | None):
    for n, row in enumerate(rows, start=1):
        if control is not None and (n % 1000 == 0 or n == total):
            control.progress(
                n * 100 // max(total, 1),
                tn("{done} of {n} contact", "{done} of {n} contacts", total, done=format_count(n)),
            )
        yield row


def _write_csv(handle, rows, cells) -> int:
    writer = csv.writer(handle)
    writer.writerow(_headers())
    n = 0
    for row in rows:
        values = cells(row)
        values[0] = values[0].strftime("%d/%m/%Y %H:%M:%S")
        values[10] = format_duration(values[10])
        writer.writerow(["" if v is None else v for v in values])
        n += 1
    return n


def _write_xlsx(path: str, rows, cells) -> int:
    book = Workbook(write_only=True)
    sheet = book.create_sheet(t("Call log"))
    sheet.append(_headers())
    n = 0
    for row in rows:
        values = cells(row)
        seconds = values[10]
        values[10] = timedelta(seconds=seconds) if seconds is not None else None
        values = [ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in values]
        sheet.append(values)
        n += 1
    book.save(path)
    return n


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
    target = Path(path)
    fmt = (fmt or target.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ValidationError(t("Export to a .csv or .xlsx file."), "path")
    if not target.parent.is_dir():
        raise ValidationError(t("The folder {folder} does not exist.", folder=target.parent))
    total = call_log_totals(session, f, tz).count
    rows = _counted(iter_call_log(session, f, tz=tz), total, control)
    cells = _cells(session, tz)
    fd, temp = tempfile.mkstemp(prefix=".caredesk-", suffix=f".{fmt}", dir=target.parent)
    try:
        if fmt == "csv":
            # utf-8-sig: Excel opens Vietnamese text correctly only with the BOM.
            with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
                written = _write_csv(handle, rows, cells)
        else:
            os.close(fd)
            written = _write_xlsx(temp, rows, cells)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return written
