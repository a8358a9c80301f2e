"""What an import did, row by row: counts, every error and every note, also as a CSV file."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from app.i18n import t


@dataclass(frozen=True)
class RowIssue:
    """A problem (or a note) about one cell, or the whole row when `column` is ""."""

    row: int  # as the spreadsheet numbers it
    column: str  # the column's name as written in the file
    message: str
    field: str = ""  # the field the column was mapped to


@dataclass(frozen=True)
class ImportReport:
    kind: str  # "customers" or "purchases"
    created: int
    updated: int
    skipped: int
    errors: tuple[RowIssue, ...]
    notes: tuple[RowIssue, ...]
    ignored_columns: tuple[str, ...]
    dry_run: bool
    products_created: int = 0
    source: str = ""  # how the file was read: "CSV, UTF-8, “;”" / "XLSX, sheet “KH”"

    def as_json(self) -> dict[str, object]:
        def rows(issues: tuple[RowIssue, ...]) -> list[dict[str, object]]:
            return [{"row": i.row, "column": i.column, "message": i.message} for i in issues]

        result: dict[str, object] = {
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped,
            "errors": rows(self.errors),
            "notes": rows(self.notes),
        }
        if self.kind == "purchases":
            result["products_created"] = self.products_created
        return result


def write_report_csv(report: ImportReport, path: Path) -> None:
    """The report as a spreadsheet: one line per error or note, UTF-8 with a BOM for Excel.

    Written beside the target and moved over it, so a failed write never leaves half a
    file under the chosen name.
    """
    partial = path.with_name(path.name + ".part")
    with partial.open("w", encoding="utf-8-sig", newline="") as stream:
        out = csv.writer(stream)
        out.writerow([t("Row"), t("Column"), t("Kind"), t("Message")])
        issues = [(i, t("Error")) for i in report.errors] + [(i, t("Note")) for i in report.notes]
        for issue, kind in sorted(issues, key=lambda pair: (pair[0].row, pair[1] != t("Error"))):
            out.writerow([issue.row, issue.column, kind, issue.message])
        out.writerow([])
        out.writerow([t("Created"), report.created])
        out.writerow([t("Updated"), report.updated])
        out.writerow([t("Skipped"), report.skipped])
        if report.kind == "purchases":
            out.writerow([t("New products"), report.products_created])
    partial.replace(path)
