"""Every table of the database written to CSV files in one folder, with a README.

For moving the data to another program or reading all of it: one `<table>.csv` per
table of app.models (UTF-8 with a BOM, a header of column names, rows streamed in
primary-key order) and README.txt naming each file, its rows and its columns (type,
whether it may be empty, what it refers to). Values are written for a program to read
back: dates and times ISO 8601 (times in UTC with their offset), JSON as JSON text, yes
and no as 1 and 0, nothing as an empty cell; text a spreadsheet would run as a formula
gets a leading apostrophe (spreadsheet_safe), as in every export.

Not written: Alembic's own table alembic_version (README.txt names the schema revision
instead) and password hashes (users.password_hash).

The files are written into a hidden folder inside the destination and moved into place
once all are complete: a cancelled or failed export leaves the folder as it was. A
folder that holds anything but a previous full export is refused.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path

from sqlalchemy import JSON, Table, func, inspect, select, text
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import ValidationError
from app.formatting import format_count
from app.i18n import t, tn
from app.models import Base
from app.services.audit import SECRET_FIELDS
from app.services.exports.full_export_readme import readme_text
from app.services.exports.table_file import Column, Progress, counted_rows, write_table

README = "README.txt"
BATCH = 2000
TEMP_PREFIX = ".caredesk-export-"


def exported_tables() -> list[Table]:
    """The tables written, by name."""
    return [Base.metadata.tables[name] for name in sorted(Base.metadata.tables)]


def exported_columns(table: Table) -> list:
    return [c for c in table.columns if c.name not in SECRET_FIELDS]


def export_all(
    db_or_session: Database | Session, folder: str | os.PathLike, control: Progress | None = None
) -> dict[str, int]:
    """Write every table to `<table>.csv` in `folder` (made if missing) with README.txt;
    return the rows written per table."""
    if isinstance(db_or_session, Session):
        return _export(db_or_session, Path(folder), control)
    with db_or_session.session_scope() as session:
        if not db_or_session.is_sqlite:
            # One snapshot for every table: rows added meanwhile are in no file or in all.
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        return _export(session, Path(folder), control)


def _export(session: Session, folder: Path, control: Progress | None) -> dict[str, int]:
    tables = exported_tables()
    _check_folder(folder, {f"{table.name}.csv" for table in tables} | {README})
    totals = {table.name: _count(session, table) for table in tables}
    overall = sum(totals.values())
    written: dict[str, int] = {}
    work = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=folder))
    try:
        for table in tables:
            rows = _rows(session, table)
            if control is not None:
                done = sum(written.values())
                control.progress(
                    min(100, done * 100 // max(overall, 1)),
                    t("Writing {file}…", file=f"{table.name}.csv"),
                )
                rows = counted_rows(
                    rows,
                    totals[table.name],
                    control,
                    lambda n, total, name=table.name: tn(
                        "{table}: {done} of {n} row",
                        "{table}: {done} of {n} rows",
                        total,
                        table=name,
                        done=format_count(n),
                    ),
                    before=done,
                    overall=overall,
                )
            written[table.name] = write_table(
                work / f"{table.name}.csv", _columns(table), rows, totals[table.name]
            )
        (work / README).write_text(
            readme_text(tables, written, _revision(session), exported_columns), encoding="utf-8"
        )
        for name in [f"{table.name}.csv" for table in tables] + [README]:
            os.replace(work / name, folder / name)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return written


def _check_folder(folder: Path, ours: set[str]) -> None:
    if folder.exists() and not folder.is_dir():
        raise ValidationError(t("{path} is a file, not a folder.", path=folder), "folder")
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob(f"{TEMP_PREFIX}*"):  # left by an export that was killed
        shutil.rmtree(stale, ignore_errors=True)
    others = sorted(p.name for p in folder.iterdir() if p.name not in ours)
    if others:
        shown = ", ".join(others[:3]) + (", …" if len(others) > 3 else "")
        raise ValidationError(
            t(
                "The folder {folder} holds other files ({names}). Choose an empty folder, "
                "or one that holds only an earlier full export (it is replaced).",
                folder=folder,
                names=shown,
            ),
            "folder",
        )


def _count(session: Session, table: Table) -> int:
    return session.scalar(select(func.count()).select_from(table)) or 0


def _revision(session: Session) -> str:
    """The schema revision (Alembic's), or "" for a database made without migrations."""
    if not inspect(session.connection()).has_table("alembic_version"):
        return ""
    return session.scalar(text("SELECT version_num FROM alembic_version")) or ""


def _columns(table: Table) -> list[Column]:
    """Whole numbers and yes/no are written as numbers, the rest as text."""
    return [
        Column(c.name, "count" if _python_type(c) in (int, bool) else "text")
        for c in exported_columns(table)
    ]


def _python_type(column) -> type | None:  # noqa: ANN001 - a Column
    try:
        return column.type.python_type
    except NotImplementedError:
        return None


def _plain(value: object) -> object:
    """A stored value as the file holds it: 1 and 0 for yes and no, ISO dates and times
    (UTC, with the offset), an enum's stored value."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _json(value: object) -> object:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _rows(session: Session, table: Table) -> Iterator[list[object]]:
    columns = exported_columns(table)
    # A JSON column's value is written as JSON text, even a plain number or string.
    convert = [_json if isinstance(c.type, JSON) else _plain for c in columns]
    query = select(*columns).order_by(*table.primary_key.columns)
    result = session.execute(query, execution_options={"yield_per": BATCH})
    try:
        for row in result:
            yield [f(v) for f, v in zip(convert, row, strict=True)]
    finally:
        result.close()
