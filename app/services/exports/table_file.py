"""One table streamed to a CSV or Excel file: the writer every export uses.

Columns are declared with a header and a kind; rows come as an iterator of value
sequences and are written as they arrive, never gathered in a list, so a million rows
cost the memory of one. CSV is UTF-8 with a BOM (Excel reads Vietnamese right only with
it): dates dd/mm/yyyy, times dd/mm/yyyy HH:MM:SS in the store's zone, money as plain
whole VND. XLSX (openpyxl's write-only mode) has a bold header row that stays in view,
column widths by kind, dates and times as date cells shown dd/mm/yyyy, money as numbers
shown 1,234,567 and durations as time cells. Every text cell loses the control
characters a workbook cannot hold and is written so a spreadsheet never runs it as a
formula (spreadsheet_safe), in both formats.

The file is written next to its destination under a hidden temporary name and moved into
place at the end: a cancelled or failed export (a full disk, a file open in Excel) leaves
no half file behind and never clobbers an older one. An OSError propagates as it came.
"""

from __future__ import annotations

import csv
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Literal, Protocol, TypeVar, get_args

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from app.config import DEFAULT_TIMEZONE
from app.errors import ValidationError
from app.formatting import format_count, format_duration
from app.i18n import t, tn
from app.services.spreadsheet_text import spreadsheet_safe
from app.timeutil import zone

FORMATS = ("csv", "xlsx")
Kind = Literal["text", "date", "datetime", "money", "count", "duration"]
KINDS: tuple[Kind, ...] = get_args(Kind)
PROGRESS_EVERY = 1000  # rows between two progress reports
MAX_WIDTH = 60  # characters: a long note wraps rather than pushing every column away
_WIDTHS: dict[str, int] = {
    "text": 18,
    "date": 12,
    "datetime": 20,
    "money": 16,
    "count": 10,
    "duration": 10,
}
_NUMBER_FORMATS: dict[str, str] = {
    "date": "dd/mm/yyyy",
    "datetime": "dd/mm/yyyy hh:mm:ss",
    "money": "#,##0",
    "duration": "[h]:mm:ss",
}
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")
Row = TypeVar("Row")


class Progress(Protocol):
    """What a long task hands in (ui.workers.TaskControl is one); raises to cancel."""

    def progress(self, percent: int, message: str = "") -> None: ...


# (rows done, rows in all) -> the words a progress bar shows: "1,000 of 5,000 customers".
Counted = Callable[[int, int], str]


@dataclass(frozen=True)
class Column:
    """A column of the file: its header (in the reader's language) and the kind of its
    values: text (str), date (date), datetime (aware datetime), money (int VND), count
    (int) or duration (int seconds). `width` in characters overrides the kind's."""

    header: str
    kind: Kind = "text"
    width: int | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}")


def export_target(path: str | os.PathLike, fmt: str | None = None) -> tuple[Path, str]:
    """The file and its format ("csv" or "xlsx", from `fmt` or else the extension);
    a ValidationError for another extension or a folder that does not exist."""
    target = Path(path)
    fmt = (fmt or target.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ValidationError(t("Export to a .csv or .xlsx file."), "path")
    if not target.parent.is_dir():
        raise ValidationError(
            t("The folder {folder} does not exist.", folder=target.parent), "path"
        )
    if target.is_dir():
        raise ValidationError(
            t("{path} is a folder; give the name of a file to write.", path=target), "path"
        )
    return target, fmt


def rows_counted(done: int, total: int) -> str:
    return tn("{done} of {n} row", "{done} of {n} rows", total, done=format_count(done))


def counted_rows(
    rows: Iterable[Row],
    total: int,
    control: Progress,
    counted: Counted = rows_counted,
    *,
    before: int = 0,
    overall: int | None = None,
) -> Iterator[Row]:
    """`rows` passed through, telling `control` every PROGRESS_EVERY rows and at the
    last one: the percent done of `overall` rows (default `total`) when `before` rows
    came earlier, and `counted(done, total)`. The control raises to cancel."""
    whole = max(overall if overall is not None else total, 1)
    for n, row in enumerate(rows, start=1):
        if n % PROGRESS_EVERY == 0 or n == total:
            control.progress(min(100, (before + n) * 100 // whole), counted(n, max(n, total)))
        yield row


def write_table(
    path: str | os.PathLike,
    columns: Sequence[Column],
    rows: Iterable[Sequence[object]],
    total: int,
    *,
    fmt: str | None = None,
    control: Progress | None = None,
    sheet: str = "",
    counted: Counted = rows_counted,
    tz: str = DEFAULT_TIMEZONE,
) -> int:
    """Write `rows` (one value per column, None for an empty cell) under a header row to
    `path`; return how many rows were written. `total` is how many are expected (for the
    progress); `sheet` names the XLSX sheet; times are shown in the zone `tz`."""
    target, fmt = export_target(path, fmt)
    stream = counted_rows(rows, total, control, counted) if control is not None else iter(rows)
    fd, temp = tempfile.mkstemp(prefix=".caredesk-", suffix=f".{fmt}", dir=target.parent)
    try:
        if fmt == "csv":
            # utf-8-sig: Excel opens Vietnamese text correctly only with the BOM.
            with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
                written = _write_csv(handle, columns, stream, zone(tz))
        else:
            os.close(fd)
            written = _write_xlsx(temp, columns, stream, sheet, zone(tz))
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    finally:
        for iterator in (stream, rows):  # a reader's cursor is let go at once
            close = getattr(iterator, "close", None)
            if close is not None:
                close()
    return written


def cell_text(value: object) -> str:
    """Text as a cell holds it: no control characters, never run as a formula."""
    if value is None:
        return ""
    return spreadsheet_safe(ILLEGAL_CHARACTERS_RE.sub("", str(value)))


def _as_date(value: date, local: tzinfo) -> date:
    return value.astimezone(local).date() if isinstance(value, datetime) else value


def _csv_converter(kind: Kind, local: tzinfo) -> Callable[[object], object]:
    if kind == "date":
        return lambda v: _as_date(v, local).strftime("%d/%m/%Y")
    if kind == "datetime":
        return lambda v: v.astimezone(local).strftime("%d/%m/%Y %H:%M:%S")
    if kind in ("money", "count"):
        return int
    if kind == "duration":
        return format_duration
    return cell_text


def _write_csv(handle, columns: Sequence[Column], rows: Iterator, local: tzinfo) -> int:
    writer = csv.writer(handle)
    writer.writerow([cell_text(c.header) for c in columns])
    converters = [_csv_converter(c.kind, local) for c in columns]
    n = 0
    for values in rows:
        writer.writerow(
            ["" if v is None else convert(v) for convert, v in zip(converters, values, strict=True)]
        )
        n += 1
    return n


def _xlsx_converter(kind: Kind, local: tzinfo) -> Callable[[object], object]:
    if kind == "date":
        return lambda v: _as_date(v, local)
    if kind == "datetime":
        return lambda v: v.astimezone(local).replace(tzinfo=None, microsecond=0)
    if kind in ("money", "count"):
        return int
    if kind == "duration":
        return lambda v: timedelta(seconds=int(v))
    return lambda v: cell_text(v) or None


def _sheet_title(name: str) -> str:
    """A sheet name Excel accepts: at most 31 characters, none of [ ] : * ? / \\."""
    return _NOT_IN_SHEET_NAMES.sub(" ", name).strip()[:31] or "Sheet1"


def _write_xlsx(path: str, columns: Sequence[Column], rows: Iterator, sheet: str, local) -> int:
    book = Workbook(write_only=True)
    ws = book.create_sheet(_sheet_title(sheet or t("Export")))
    try:
        # Widths and the frozen header are set before the first row: write-only sheets
        # stream their rows and cannot go back.
        for i, c in enumerate(columns, start=1):
            width = min(MAX_WIDTH, max(len(c.header) + 2, c.width or _WIDTHS[c.kind]))
            ws.column_dimensions[get_column_letter(i)].width = width
        ws.freeze_panes = "A2"
        bold = Font(bold=True)
        header = []
        for c in columns:
            cell = WriteOnlyCell(ws, cell_text(c.header))
            cell.font = bold
            header.append(cell)
        ws.append(header)
        converters = [_xlsx_converter(c.kind, local) for c in columns]
        formats = [_NUMBER_FORMATS.get(c.kind) for c in columns]
        n = 0
        for values in rows:
            cells: list[object] = []
            for convert, number_format, v in zip(converters, formats, values, strict=True):
                if v is None:
                    cells.append(None)
                elif number_format is None:
                    cells.append(convert(v))
                else:
                    cell = WriteOnlyCell(ws, convert(v))
                    cell.number_format = number_format
                    cells.append(cell)
            ws.append(cells)
            n += 1
        book.save(path)
    except BaseException:
        _discard(ws)
        raise
    return n


def _discard(ws) -> None:
    """openpyxl keeps a write-only sheet's rows in a temporary file of its own until the
    book is saved, and removes it only at exit: a stopped export removes it now."""
    writer = getattr(ws, "_writer", None)
    if writer is None:
        return
    with suppress(Exception):
        if ws._rows is not None:
            ws._rows.close()
        writer.close()
    with suppress(Exception):
        writer.cleanup()
