"""An import from start to end: look at the file, check every row, then write.

    inspect_file()  how the file reads (encoding, separator, sheet, header, a sample) and
                    which column holds which field, for the person to confirm or correct;
    analyse()       every row checked and matched against the database, nothing written:
                    the preview, and the report a dry run prints;
    apply_plan()    the rows written in short transactions; a Cancel or a failure undoes
                    what was written, so the database is as it was.

run_import() chains them for the command line. The import screen calls them one by one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from app.db import Database
from app.errors import StorageError, ValidationError
from app.formatting import format_count
from app.i18n import t
from app.services.access.permissions import require
from app.services.actor import Actor
from app.services.imports import calls_kind, customer_kind, purchase_kind
from app.services.imports.cells import cell_text
from app.services.imports.fields import CALLS, CUSTOMERS, PURCHASES, suggest_mapping
from app.services.imports.files import CSV, ImportFile
from app.services.imports.header import Header, find_header
from app.services.imports.journal import (
    finish_run,
    recover_abandoned,
    start_run,
    stopped_by_storage,
    undo_run,
)
from app.services.imports.pacing import without_collector
from app.services.imports.report import ImportReport, RowIssue
from app.services.imports.sheets import RawTable, TableSource, read_table
from app.timeutil import local_date, now_utc

SAMPLE_ROWS = 20
_KINDS = {CUSTOMERS: customer_kind, PURCHASES: purchase_kind, CALLS: calls_kind}


class Progress(Protocol):
    def progress(self, percent: int, message: str = "") -> None: ...


@dataclass(frozen=True)
class ImportOptions:
    kind: str  # CUSTOMERS, PURCHASES or CALLS
    encoding: str | None = None  # CSV: None detects it
    sheet: str = ""  # XLSX: "" takes the first sheet with data
    mapping: dict[int, str] | None = None  # cell index -> field; None: from the header
    update_existing: bool = True  # a row of an existing customer updates it, else skips it
    today: date | None = None


@dataclass(frozen=True)
class Inspection:
    source: TableSource
    header: Header
    mapping: dict[int, str]  # suggested: from the names, or the options' own
    sample: tuple[tuple[int, tuple[str, ...]], ...]  # the first data rows as text
    rows: int  # data rows (blank rows left out)


@dataclass
class Plan:
    """A file read and checked: every row with its decision, nothing written yet."""

    file: ImportFile
    options: ImportOptions
    source: TableSource
    header: Header
    mapping: dict[int, str]
    rows: list  # the kind's checked rows, in file order
    decisions: list  # one per row: its action (create, update, skip, error)
    floor: int = 0  # generated customer codes go above every one the file names
    ignored: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)  # what the kind's writer needs besides

    def count(self, action: str) -> int:
        return sum(1 for d in self.decisions if d.action == action)

    def report(
        self, *, dry_run: bool, created: int = 0, updated: int = 0, products: int = 0
    ) -> ImportReport:
        errors = tuple(issue for row in self.rows for issue in row.errors)
        notes = tuple(issue for row in self.rows for issue in row.notes)
        if dry_run:
            created, updated = self.count("create"), self.count("update")
            products = len(self.extra.get("new_products", ()))
        skipped = len(self.rows) - self.count("create") - self.count("update")
        return ImportReport(
            self.options.kind,
            created,
            updated,
            skipped,
            errors,
            notes,
            self.ignored,
            dry_run,
            products,
            describe(self.source),
        )


def describe(source: TableSource) -> str:
    """How the file was read, in words: "CSV, UTF-8, separator “;”"."""
    if source.kind == CSV:
        from app.services.imports.encodings import encoding_label

        separator = {"\t": t("tab")}.get(source.delimiter, source.delimiter)
        return t(
            "CSV, {encoding}, separator “{separator}”",
            encoding=encoding_label(source.encoding.encoding) if source.encoding else "",
            separator=separator,
        )
    return t("Excel workbook, sheet “{sheet}”", sheet=source.sheet)


def inspect_file(file: ImportFile, options: ImportOptions) -> Inspection:
    table = _read(file, options)
    header = _header(table, options.kind)
    mapping = options.mapping or suggest_mapping(options.kind, header.names)
    data = table.rows[header.position + 1 :]
    sample = tuple((n, tuple(cell_text(c) for c in cells)) for n, cells in data[:SAMPLE_ROWS])
    return Inspection(table.source, header, mapping, sample, len(data))


def analyse(
    session,
    actor: Actor,
    file: ImportFile,
    options: ImportOptions,
    control: Progress | None = None,
) -> Plan:
    """Read and check the whole file against the database; nothing is written."""
    require(actor, "data.load")
    with without_collector():
        return _analyse(session, file, options, _reporter(control))


def _analyse(session, file: ImportFile, options: ImportOptions, report) -> Plan:
    kind = _KINDS[options.kind]
    report(2, t("Reading the file…"))
    table = _read(file, options)
    header = _header(table, options.kind)
    mapping = options.mapping or suggest_mapping(options.kind, header.names)
    _check_mapping(options.kind, mapping, header)
    today = options.today or local_date(now_utc())
    data = table.rows[header.position + 1 :]
    rows = []
    for position, (number, cells) in enumerate(data):
        if position % 2000 == 0:
            report(5 + 55 * position // max(1, len(data)), t("Checking the rows…"))
        rows.append(kind.check_row(number, cells, mapping, header, today))
    _mark_oversized(table, rows, header, mapping)
    report(60, t("Matching the rows with what is already in CareDesk…"))
    ignored = () if getattr(kind, "FIXED_COLUMNS", False) else _ignored(header, mapping)
    plan = Plan(file, options, table.source, header, mapping, rows, [], ignored=ignored)
    kind.plan(session, plan)
    report(100, "")
    return plan


def apply_plan(
    db: Database, actor: Actor, plan: Plan, control: Progress | None = None
) -> ImportReport:
    """Write the plan; on Cancel (the control raises) or failure, undo it all and re-raise."""
    require(actor, "data.load")
    recover_abandoned(db)
    run_id = start_run(db, actor, plan.options.kind, plan.file.name)
    try:
        with without_collector():
            created, updated, products = _KINDS[plan.options.kind].write(
                db, actor, plan, run_id, _reporter(control)
            )
    except StorageError as exc:
        raise stopped_by_storage(db, run_id, exc) from exc
    except BaseException:
        try:
            undo_run(db, run_id)
        except StorageError as failed:
            raise stopped_by_storage(db, run_id, failed, undo=False) from failed
        raise
    try:
        finish_run(db, run_id)
    except StorageError as exc:  # the run stays "running": a later start takes it back
        raise stopped_by_storage(db, run_id, exc, undo=False) from exc
    return plan.report(dry_run=False, created=created, updated=updated, products=products)


def run_import(
    db: Database,
    actor: Actor,
    file: ImportFile,
    options: ImportOptions,
    *,
    dry_run: bool = False,
    control: Progress | None = None,
) -> ImportReport:
    with db.session_scope() as session:
        plan = analyse(session, actor, file, options, control)
    if dry_run:
        return plan.report(dry_run=True)
    return apply_plan(db, actor, plan, control)


def _read(file: ImportFile, options: ImportOptions) -> RawTable:
    """The file's rows; a kind whose files have one separator (Master.csv: commas) says it."""
    delimiter = getattr(_KINDS[options.kind], "DELIMITER", None)
    return read_table(file, encoding=options.encoding, sheet=options.sheet, delimiter=delimiter)


def _header(table: RawTable, kind: str) -> Header:
    """The row naming the columns; a kind with fixed columns (no header row) names them."""
    fixed = getattr(_KINDS[kind], "find_header", None)
    return fixed(table) if fixed is not None else find_header(table, kind)


def _reporter(control: Progress | None) -> Callable[[int, str], None]:
    if control is None:
        return lambda percent, message: None
    return control.progress


def _check_mapping(kind: str, mapping: dict[int, str], header: Header) -> None:
    chosen = list(mapping.values())
    twice = sorted({f for f in chosen if chosen.count(f) > 1})
    if twice:
        first, second = [
            header.names[i] if i < len(header.names) else ""
            for i, f in mapping.items()
            if f == twice[0]
        ][:2]
        raise ValidationError(
            t(
                "The columns “{first}” and “{second}” are the same column: keep one of them. "
                "Nothing was loaded.",
                first=first,
                second=second,
            )
        )
    _KINDS[kind].require_columns(set(chosen), ", ".join(n for n in header.names if n) or "-")


def _ignored(header: Header, mapping: dict[int, str]) -> tuple[str, ...]:
    return tuple(n for i, n in enumerate(header.names) if n and i not in mapping)


def _mark_oversized(table: RawTable, rows: list, header: Header, mapping: dict[int, str]) -> None:
    by_number = {row.number: row for row in rows}
    for number, index, length in table.oversized:
        row = by_number.get(number)
        if row is None or index not in mapping:
            continue
        column = header.names[index] if index < len(header.names) else ""
        # Whatever the field's rule said about the cut cell is beside the point.
        row.errors = [e for e in row.errors if e.column != column]
        row.errors.append(
            RowIssue(
                number,
                column,
                t(
                    "This cell has {n} characters; a cell holds at most {limit}. A quotation mark "
                    "that was opened and never closed makes one cell of many lines: check the row.",
                    n=format_count(length),
                    limit=format_count(32_767),
                ),
                mapping[index],
            )
        )
