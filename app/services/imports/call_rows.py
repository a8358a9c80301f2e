"""One record of Asterisk's Master.csv checked: its columns, times, seconds and outcome.

Each good line becomes the row pbx_calls will hold (`CallRow.record`), its times read in
the store's zone and kept in UTC; a bad one gets an error naming its column, as Asterisk
names it, and is not loaded. What the columns hold is cdr_format.py; nothing here reads
the database: matching the caller and the agent is call_plan.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from app.config import DEFAULT_TIMEZONE
from app.i18n import t
from app.services.imports.cdr_format import (
    BASE_COLUMNS,
    CDR_COLUMNS,
    DISPOSITIONS,
    TEXT_MAX,
    WIDTHS,
    caller_readings,
    expected_columns,
    extension_of,
    from_extension,
    local_time,
    queue_of,
    record_hash,
    uniqueid_of,
)
from app.services.imports.cells import Cell, cell_text
from app.services.imports.report import RowIssue
from app.timeutil import zone

UNIQUE_MAX = 160  # the column's width; a longer uniqueid is kept as a hash


@dataclass
class CallRow:
    number: int
    width: int = 0  # how many columns the line has
    values: dict[str, object] = field(default_factory=dict)  # field -> value, for the preview
    errors: list[RowIssue] = field(default_factory=list)
    notes: list[RowIssue] = field(default_factory=list)
    rejected: dict[str, str] = field(default_factory=dict)  # field -> the text it refused
    record: dict[str, object] | None = None  # the pbx_calls columns of a good row
    readings: tuple[str, ...] = ()  # every E.164 reading of the caller's number
    has_uniqueid: bool = False


def check_call_row(number: int, cells: list[Cell], tz: str = DEFAULT_TIMEZONE) -> CallRow:
    row = CallRow(number, len(cells))
    if row.width not in WIDTHS:
        message = t(
            "This line has {n} columns; a call record of Asterisk (Master.csv) has 16, 17 "
            "or 18: {columns}. Check that this is Master.csv from the PBX.",
            n=row.width,
            columns=expected_columns(),
        )
        row.errors.append(RowIssue(number, "", message))
        return row
    raw = dict(zip(CDR_COLUMNS, cells, strict=False))
    text = {name: cell_text(value) for name, value in raw.items()}
    uniqueid = uniqueid_of(row.width, text.get("uniqueid", ""))
    src = text["src"]
    queue = queue_of(text["dcontext"], text["lastapp"], text["lastdata"])
    extension = extension_of(text["dstchannel"])
    row.values.update(caller=src, dialled=text["dst"], queue=queue, extension=extension)
    started = _moment(row, raw["start"], "start", "started_at", tz, required=True)
    answer = _moment(row, raw["answer"], "answer", "answered_at", tz, required=False)
    ended = _moment(row, raw["end"], "end", "ended_at", tz, required=True)
    duration = _seconds(row, text["duration"], "duration", "duration")
    billsec = _seconds(row, text["billsec"], "billsec", "talk_seconds")
    disposition = text["disposition"].upper()
    if disposition in DISPOSITIONS:
        row.values["disposition"] = disposition
    else:
        message = t(
            "“{value}” is not an outcome Asterisk writes: ANSWERED, NO ANSWER, BUSY, FAILED "
            "or CONGESTION.",
            value=text["disposition"],
        )
        _refuse(row, "disposition", "disposition", text["disposition"], message)
    if uniqueid:
        row.values["unique_id"] = uniqueid
    answered = disposition == "ANSWERED"
    _cross_checks(row, started, answer, ended, duration, billsec, answered)
    if row.errors:
        return row
    assert started is not None and ended is not None
    assert duration is not None and billsec is not None
    row.readings = caller_readings(src)
    row.has_uniqueid = 0 < len(uniqueid) <= UNIQUE_MAX
    texts = [text[name] for name in CDR_COLUMNS[:BASE_COLUMNS]]
    times = {9: raw["start"], 10: raw["answer"], 11: raw["end"]}
    row.record = {
        "unique_id": uniqueid if row.has_uniqueid else record_hash(texts, times),
        "started_at": started,
        "answered_at": answer if answered else None,
        "ended_at": ended,
        "src": src[:TEXT_MAX],
        "phone_e164": row.readings[0] if row.readings else None,
        "dst": text["dst"][:TEXT_MAX],
        "queue": queue,
        "extension": extension,
        "disposition": disposition,
        "wait_seconds": duration - billsec,
        "talk_seconds": billsec,
        "answered": answered,
        "inbound": not from_extension(src),
    }
    return row


def _refuse(row: CallRow, column: str, name: str, shown: str, message: str) -> None:
    row.errors.append(RowIssue(row.number, column, message, name))
    row.rejected[name] = shown


def _moment(
    row: CallRow, cell: Cell, column: str, name: str, tz: str, *, required: bool
) -> datetime | None:
    """A local time of the PBX as a UTC moment (also an Excel date-time cell)."""
    if isinstance(cell, datetime):
        local: datetime | None = cell.replace(tzinfo=None, microsecond=0)
    else:
        shown = cell_text(cell)
        if not shown:
            if required:
                _refuse(row, column, name, "", t("Asterisk always writes this time: it is empty."))
            return None
        local = local_time(shown)
        if local is None:
            message = t(
                "“{value}” is not a date and time as Asterisk writes them, such as "
                "2026-11-02 08:15:03.",
                value=shown,
            )
            _refuse(row, column, name, shown, message)
            return None
    moment = local.replace(tzinfo=zone(tz)).astimezone(UTC)
    row.values[name] = moment
    return moment


def _seconds(row: CallRow, shown: str, column: str, name: str) -> int | None:
    if not shown.isdigit():
        message = t(
            "“{value}” is not a number of seconds: Asterisk writes a whole number such as 42.",
            value=shown,
        )
        _refuse(row, column, name, shown, message)
        return None
    row.values[name] = int(shown)
    return int(shown)


def _cross_checks(
    row: CallRow,
    started: datetime | None,
    answer: datetime | None,
    ended: datetime | None,
    duration: int | None,
    billsec: int | None,
    answered: bool,
) -> None:
    if started is not None and ended is not None and ended < started:
        message = t("The call ends before it starts.")
        row.errors.append(RowIssue(row.number, "end", message, "ended_at"))
    if duration is not None and billsec is not None and billsec > duration:
        message = t(
            "The talk time ({billsec} s) is longer than the whole call ({duration} s).",
            billsec=billsec,
            duration=duration,
        )
        row.errors.append(RowIssue(row.number, "billsec", message, "talk_seconds"))
    if answered and answer is None and "answered_at" not in row.rejected:
        message = t("The call was answered but the answer time is empty.")
        row.errors.append(RowIssue(row.number, "answer", message, "answered_at"))
