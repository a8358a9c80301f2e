"""The import's steps as units of work for a worker: each takes the worker's session first.

Reading the file needs no session, and writing takes the Database itself (apply_plan
commits in short transactions of its own); they take one all the same, as every unit
of work handed to a worker does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.db import Database
from app.services.actor import Actor
from app.services.changes import writes
from app.services.imports.files import ImportFile
from app.services.imports.report import ImportReport, write_report_csv
from app.services.imports.runner import (
    ImportOptions,
    Inspection,
    Plan,
    analyse,
    apply_plan,
    inspect_file,
)


def read_file(
    _session: Session, path: str, options: ImportOptions
) -> tuple[ImportFile, Inspection]:
    """The file at `path` and how it reads (refused with a ValidationError)."""
    file = ImportFile.from_path(Path(path))
    return file, inspect_file(file, options)


def check_file(
    session: Session,
    actor: Actor,
    file: ImportFile,
    options: ImportOptions,
    control: Any = None,
) -> Plan:
    """Every row checked against the database; nothing written."""
    return analyse(session, actor, file, options, control)


@writes("customer", "purchase", "product", "loyalty", "import")
def write_plan(
    _session: Session, db: Database, actor: Actor, plan: Plan, control: Any = None
) -> ImportReport:
    """The plan written; a Cancel or a failure undoes it all and re-raises."""
    return apply_plan(db, actor, plan, control)


def save_report(_session: Session, report: ImportReport, path: str) -> str:
    """The report as a CSV file at `path` (written aside, then moved over it)."""
    write_report_csv(report, Path(path))
    return path
