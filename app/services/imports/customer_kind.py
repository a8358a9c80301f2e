"""The customer import as the runner drives it: check a row, plan the file, write it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from app.db import Database
from app.errors import ValidationError
from app.formatting import format_count
from app.i18n import t
from app.services.actor import Actor
from app.services.imports.cells import Cell
from app.services.imports.customer_apply import CustomerWriter
from app.services.imports.customer_plan import CREATE, UPDATE, plan_customers
from app.services.imports.customer_rows import Columns, CustomerRow, check_customer_row
from app.services.imports.header import Header, shifted
from app.services.imports.journal import record_chunk
from app.services.imports.pacing import Pacer
from app.services.numbering import customer_code_value


def require_columns(chosen: set[str], names: str) -> None:
    if "full_name" not in chosen and "code" not in chosen:
        raise ValidationError(
            t(
                "The file has no full name column: the first line must name one “full_name” "
                "or “Họ tên” (a file that only updates customers may name “code” instead). "
                "It names: {names}. Nothing was loaded.",
                names=names,
            )
        )


def check_row(
    number: int, cells: list[Cell], mapping: dict[int, str], header: Header, today: date
) -> CustomerRow:
    error = shifted(number, cells, header)
    if error is None:
        return check_customer_row(number, cells, Columns(mapping, header.names), today)
    row = CustomerRow(number)
    row.errors.append(error)
    return row


def plan(session, plan) -> None:
    columns = Columns(plan.mapping, plan.header.names)
    plan.decisions = plan_customers(
        session, plan.rows, columns, update_existing=plan.options.update_existing
    )
    named = (customer_code_value(str(r.values.get("code", ""))) or 0 for r in plan.rows)
    plan.floor = max(named, default=0)


def write(
    db: Database, actor: Actor, plan, run_id: int, report: Callable[[int, str], None]
) -> tuple[int, int, int]:
    work = [
        (row, d)
        for row, d in zip(plan.rows, plan.decisions, strict=True)
        if d.action in (CREATE, UPDATE)
    ]
    created = updated = 0
    for start, part in Pacer(pauses=db.is_sqlite).parts(work):
        report(
            100 * start // max(1, len(work)),
            t(
                "Saving customers: {done} of {total}…",
                done=format_count(start),
                total=format_count(len(work)),
            ),
        )
        creates = [row for row, d in part if d.action == CREATE]
        updates = [(row, d.target) for row, d in part if d.action == UPDATE]
        with db.session_scope() as session:
            writer = CustomerWriter(session, actor, plan.floor)
            writer.create(creates)
            writer.update(updates)
            record_chunk(
                session, run_id, writer.created, writer.before, (len(creates), len(updates))
            )
        created, updated = created + len(creates), updated + len(updates)
    report(100, "")
    return created, updated, 0
