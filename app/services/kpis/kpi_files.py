"""The KPI table, and its breakdown, written to an Excel or CSV file for a manager.

Excel keeps every figure a number a spreadsheet can sum and chart: durations are time
cells shown [h]:mm (Excel counts time in days), rates numbers shown 76.5%, counts
integers; a KPI with nothing to count is an empty cell, never 0. Sheet 1 is the table
(one row per KPI), the next sheet the breakdown (one row per agent, store, ... and one
column per KPI that breaks down by it). The change of a duration is in hours with
decimals: Excel cannot show a negative time.

A CSV holds one table, so a breakdown goes to a second file beside the first
("kpi.csv" and "kpi-agent.csv"). CSV is UTF-8 with a BOM (Excel reads Vietnamese
right only with it), numbers plain with a dot, durations in hours, as the headers say.

Files are written under a hidden temporary name and moved into place at the end, as
every export is (app/services/exports/table_file.py): no half file, ever.
"""

from __future__ import annotations

import csv
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from app.i18n import t, tp
from app.services.exports.table_file import cell_text, export_target
from app.services.kpis.catalogue import BY_KEY, HOUR, KPIS, dimension_names, group_names, kpi_names
from app.services.kpis.kpi_text import status_names, unit_names
from app.services.kpis.results import KpiReport, KpiValue

DAY = 86_400
_FORMATS = {  # how a value of each unit is shown in Excel
    "duration": "[h]:mm",
    "rate": '0.0"%"',
    "count": "#,##0",
    "score": "0.00",
    "average": "0.00",
    "minutes": "0.0",
    "ratio": "0.00",
    "per100": "0.00",
    "seconds": "0",
}
_CHANGE_FORMATS = {"duration": "+0.00;-0.00;0", "count": "+#,##0;-#,##0;0", "rate": "+0.0;-0.0;0"}
_FILLS = {"green": "E2F0D9", "amber": "FFF2CC", "red": "F8D7DA"}
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")


def write_kpi_table(report: KpiReport, path: str | os.PathLike, fmt: str) -> tuple[Path, ...]:
    """Write `report` as "xlsx" or "csv" to `path`; return the files written (a CSV
    breakdown is a second file). A ValidationError for a bad format or folder."""
    target, fmt = export_target(path, fmt)
    if fmt == "xlsx":
        _replace(target, lambda temp: _write_xlsx(report, temp))
        return (target,)
    written = [target]
    _replace(target, lambda temp: _write_csv(temp, _table_rows(report, csv=True)))
    if report.by and report.breakdown:
        second = target.with_name(f"{target.stem}-{report.by}{target.suffix}")
        _replace(second, lambda temp: _write_csv(temp, _breakdown_rows(report, csv=True)))
        written.append(second)
    return tuple(written)


def _replace(target: Path, write: Callable[[str], None]) -> None:
    fd, temp = tempfile.mkstemp(prefix=".caredesk-", suffix=target.suffix, dir=target.parent)
    os.close(fd)
    try:
        write(temp)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


# A cell: (value, number format or None); None as value is an empty cell.
Cell = tuple[object, str | None]


def _number(key: str, value: float | None, csv: bool) -> Cell:
    """A KPI value as a cell: Excel time for a duration, hours in a CSV."""
    if value is None:
        return None, None
    unit = BY_KEY[key].unit
    if unit == "duration":
        return (round(value / HOUR, 4), None) if csv else (value / DAY, _FORMATS[unit])
    if unit == "count":
        return round(value), None if csv else _FORMATS[unit]
    return value, None if csv else _FORMATS[unit]


def _change(key: str, change: float | None, csv: bool) -> Cell:
    if change is None:
        return None, None
    unit = BY_KEY[key].unit
    amount = change / HOUR if unit == "duration" else change
    amount = round(amount) if unit == "count" else round(amount, 4)
    return amount, None if csv else _CHANGE_FORMATS.get(unit, "+0.00;-0.00;0")


def _headers(report: KpiReport, csv: bool) -> list[str]:
    hours = t("durations in hours")
    value = t("Value {period}", period=report.period.text())
    previous = t("Previous period {period}", period=report.previous.text())
    change = t("Change ({unit})", unit=hours)
    if csv:
        value, previous = f"{value} ({hours})", f"{previous} ({hours})"
    target, amber = t("Target"), t("Amber limit")
    if csv:
        target, amber = f"{target} ({hours})", f"{amber} ({hours})"
    return [
        *(t("Group"), t("KPI"), tp("measure", "Unit"), value, target, amber),
        *(t("Status"), previous, change, t("Records counted")),
    ]


def _table_rows(report: KpiReport, csv: bool) -> list[list[Cell]]:
    names, groups, units, words = kpi_names(), group_names(), unit_names(), status_names()
    rows: list[list[Cell]] = [[(h, None) for h in _headers(report, csv)]]
    for kpi in KPIS:
        v = report.values.get(kpi.key) or KpiValue(kpi.key, None, 0)
        rows.append(
            [
                (groups[kpi.group], None),
                (names[kpi.key], None),
                (units[kpi.unit], None),
                _number(kpi.key, v.value, csv),
                _number(kpi.key, v.target, csv),
                _number(kpi.key, v.amber, csv),
                (words.get(v.status or ""), None),
                _number(kpi.key, v.previous, csv),
                _change(kpi.key, v.change, csv),
                (v.count, None if csv else "#,##0"),
            ]
        )
    return rows


def breakdown_keys(by: str) -> list[str]:
    """The KPIs that break down by `by`, in catalogue order: the breakdown's columns."""
    return [k.key for k in KPIS if by in k.dims]


def _breakdown_rows(report: KpiReport, csv: bool) -> list[list[Cell]]:
    names, units = kpi_names(), unit_names()
    keys = breakdown_keys(report.by or "")
    header = [dimension_names().get(report.by or "", report.by or "")]
    for key in keys:
        unit = t("hours") if csv and BY_KEY[key].unit == "duration" else units[BY_KEY[key].unit]
        header.append(f"{names[key]} ({unit})")
    rows: list[list[Cell]] = [[(h, None) for h in header]]
    for row in report.breakdown:
        cells: list[Cell] = [(row.label, None)]
        for key in keys:
            found = row.values.get(key)
            cells.append(_number(key, found.value if found else None, csv))
        rows.append(cells)
    return rows


def _plain(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".")
    if isinstance(value, int):
        return str(value)
    return cell_text(value)


def _write_csv(path: str, rows: list[list[Cell]]) -> None:
    # utf-8-sig: Excel opens Vietnamese text correctly only with the BOM.
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        for row in rows:
            writer.writerow([_plain(value) for value, _ in row])


def _sheet_title(name: str) -> str:
    """A sheet name Excel accepts: at most 31 characters, none of [ ] : * ? / \\."""
    return _NOT_IN_SHEET_NAMES.sub(" ", name).strip()[:31] or "Sheet"


def _write_xlsx(report: KpiReport, path: str) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = _sheet_title(t("KPIs"))
    _fill_sheet(sheet, _table_rows(report, csv=False), widths=[22, 40, 16, 20, 10, 12, 16, 20])
    status_column = 7
    for row, kpi in enumerate(KPIS, start=2):
        colour = _FILLS.get((report.values.get(kpi.key) or KpiValue(kpi.key, None, 0)).status or "")
        if colour:
            sheet.cell(row, status_column).fill = PatternFill("solid", fgColor=colour)
    if report.by and report.breakdown:
        by_sheet = book.create_sheet(_sheet_title(dimension_names().get(report.by, report.by)))
        _fill_sheet(by_sheet, _breakdown_rows(report, csv=False), widths=[30])
        by_sheet.freeze_panes = "B2"  # the names stay in view while scrolling right
    book.save(path)


def _fill_sheet(sheet, rows: list[list[Cell]], widths: Sequence[int]) -> None:
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(rows, start=1):
        for c, (value, number_format) in enumerate(row, start=1):
            cell = sheet.cell(r, c, cell_text(value) or None if isinstance(value, str) else value)
            if number_format:
                cell.number_format = number_format
            if r == 1:
                cell.font, cell.alignment = bold, wrap
    for c in range(1, len(rows[0]) + 1):
        header = str(rows[0][c - 1][0])
        width = widths[c - 1] if c <= len(widths) else 14
        sheet.column_dimensions[get_column_letter(c)].width = min(45, max(width, len(header) // 2))
    sheet.freeze_panes = "A2"
