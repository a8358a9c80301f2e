"""Reading an export back as a person's spreadsheet would, for the export tests."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook


class Stop(Exception):
    """The person pressed Cancel."""


class Recorder:
    """A task control that keeps every progress report; `stop_at` cancels at that report."""

    def __init__(self, stop_at: int | None = None) -> None:
        self.reports: list[tuple[int, str]] = []
        self._stop_at = stop_at

    def progress(self, percent: int, message: str = "") -> None:
        self.reports.append((percent, message))
        if self._stop_at is not None and len(self.reports) >= self._stop_at:
            raise Stop


def csv_table(path: Path) -> list[list[str]]:
    """Every row of a CSV export, the header first; the file must start with the BOM."""
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads Vietnamese right only with it
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def xlsx_table(path: Path) -> list[list[object]]:
    """Every row of an Excel export's sheet, the header first, as cell values."""
    with path.open("rb") as handle:  # by content: a .txt written as xlsx reads too
        book = load_workbook(handle)
    return [list(row) for row in book.active.iter_rows(values_only=True)]


def column(table: list[list[object]], header: str) -> list[object]:
    """The values under `header`, top to bottom."""
    at = table[0].index(header)
    return [row[at] for row in table[1:]]
