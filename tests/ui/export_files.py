"""Exports from a list screen, as a test runs and reads them: export, wait, read back."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl

from ui.widgets.list_export import ListExport

TIMEOUT = 10_000


def export(qtbot, exporter: ListExport, path: Path) -> int:
    """Export to `path` as the menu would after the file dialog; the number of rows the
    message box reports, once it shows (and is closed)."""
    with qtbot.waitSignal(exporter.finished, timeout=TIMEOUT) as done:
        exporter.export_to(str(path))
    count, written = done.args
    box = exporter.message_box
    assert written == str(path) and str(path) in box.text()
    box.close()
    return count


def _pick(rows: list[list[object]], headers: tuple[str, ...]) -> list[tuple[object, ...]]:
    top = rows[0]
    missing = [h for h in headers if h not in top]
    assert not missing, f"no column {missing} in {top}"
    at = [top.index(h) for h in headers]
    return [tuple(row[i] for i in at) for row in rows[1:]]


def csv_rows(path: Path, *headers: str) -> list[tuple[object, ...]]:
    """The data rows of a CSV export (UTF-8 with its BOM), the columns named `headers`."""
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads Vietnamese right
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return _pick(list(csv.reader(handle)), headers)


def xlsx_rows(path: Path, *headers: str) -> list[tuple[object, ...]]:
    """The data rows of an Excel export's sheet, the columns named `headers`."""
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = [list(r) for r in book.active.iter_rows(values_only=True)]
    finally:
        book.close()
    return _pick(rows, headers)
