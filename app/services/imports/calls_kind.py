"""The call-record import as the runner drives it: Asterisk's Master.csv, fixed columns.

Master.csv has no header row and always separates with commas (a channel such as
"Local/101@queue-00000012;1" would otherwise pass for a semicolon-separated file), so
this kind names its own columns and separator instead of finding them; a first line
that does name them (a copy someone headed) is taken as that header. Records already
imported are skipped, so the file can be imported again as it grows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.config import DEFAULT_TIMEZONE
from app.db import Database
from app.errors import ValidationError
from app.formatting import format_count
from app.i18n import t
from app.models import PbxCall
from app.services.imports.call_plan import CREATE, plan_calls
from app.services.imports.call_rows import CallRow, check_call_row
from app.services.imports.cdr_format import BASE_COLUMNS, CDR_COLUMNS, WIDTHS, expected_columns
from app.services.imports.cells import Cell, cell_text
from app.services.imports.fields import header_key
from app.services.imports.header import Header
from app.services.imports.journal import record_chunk
from app.services.imports.pacing import Pacer
from app.services.imports.sheets import RawTable

DELIMITER = ","
FIXED_COLUMNS = True  # no mapping to choose and no column left out


def find_header(table: RawTable) -> Header:
    """The fixed columns; position -1 (every line is a call) unless line 1 names them."""
    if not table.rows:
        raise ValidationError(
            t(
                "The file is empty: Master.csv holds one line per call. Nothing was loaded.",
            )
        )
    number, cells = table.rows[0]
    keys = [header_key(cell_text(c)) for c in cells[:BASE_COLUMNS]]
    if keys[1:3] == ["src", "dst"] and len(keys) > 9 and keys[9] == "start":
        return Header(number, CDR_COLUMNS, 0)
    return Header(0, CDR_COLUMNS, -1)


def require_columns(chosen: set[str], names: str) -> None:
    """The columns are fixed: nothing can be missing."""


def check_row(
    number: int, cells: list[Cell], mapping: dict[int, str], header: Header, today: date
) -> CallRow:
    return check_call_row(number, cells, DEFAULT_TIMEZONE)


def plan(session: Session, plan) -> None:
    rows: list[CallRow] = plan.rows
    if rows and not any(row.width in WIDTHS for row in rows):
        raise ValidationError(
            t(
                "This is not a call record file of Asterisk: line {line} has {n} columns, where "
                "Master.csv has 16, 17 or 18 ({columns}). Choose Master.csv from the PBX "
                "(/var/log/asterisk/cdr-csv/). Nothing was loaded.",
                line=rows[0].number,
                n=rows[0].width,
                columns=expected_columns(),
            )
        )
    plan.decisions = plan_calls(session, rows)


def write(
    db: Database, actor, plan, run_id: int, report: Callable[[int, str], None]
) -> tuple[int, int, int]:
    work = [
        (row, d) for row, d in zip(plan.rows, plan.decisions, strict=True) if d.action == CREATE
    ]
    created = 0
    for start, part in Pacer(pauses=db.is_sqlite).parts(work):
        report(
            100 * start // max(1, len(work)),
            t(
                "Saving calls: {done} of {total}…",
                done=format_count(start),
                total=format_count(len(work)),
            ),
        )
        records = [
            {
                **row.record,
                "customer_id": d.customer_id,
                "agent_id": d.agent_id,
                "import_run_id": run_id,
            }
            for row, d in part
        ]
        with db.session_scope() as session:
            ids = insert_calls(session, records)
            record_chunk(session, run_id, {"pbx_calls": ids}, None, (len(ids), 0))
        created += len(ids)
    report(100, "")
    return created, 0, 0


def insert_calls(session: Session, records: list[dict]) -> list[int]:
    """Add the records; one another seat added meanwhile (the same unique id) is left as
    it is. The ids of the rows added."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    table = PbxCall.__table__
    statement = (
        dialect.insert(table)
        .on_conflict_do_nothing(index_elements=[table.c.unique_id])
        .returning(table.c.id)
    )
    return list(session.scalars(statement, records))
