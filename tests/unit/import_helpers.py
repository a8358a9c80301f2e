"""Running an import from a test: a file given as text or bytes, and what it left behind."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from app.models import Customer
from app.services.actor import Actor
from app.services.imports.files import ImportFile
from app.services.imports.report import ImportReport
from app.services.imports.runner import ImportOptions, run_import

ADMIN = Actor.os_user()
TODAY = date(2026, 12, 7)


def load(
    db, text: str | bytes, *, dry_run: bool = False, name: str = "khach.csv", **options
) -> ImportReport:
    content = text.encode() if isinstance(text, str) else text
    file = ImportFile.from_bytes(content, name)
    return run_import(
        db, ADMIN, file, ImportOptions("customers", today=TODAY, **options), dry_run=dry_run
    )


def count(db, model=Customer) -> int:
    with db.session_scope() as s:
        return s.scalar(select(func.count()).select_from(model))


def by_name(db, name: str) -> Customer:
    with db.session_scope() as s:
        customer = s.scalar(select(Customer).where(Customer.full_name == name))
        _ = customer.phones, customer.tags  # loaded while the session is open
        return customer


def rows_per_transaction(monkeypatch, rows: int) -> None:
    """Make an import write exactly `rows` rows per transaction, without pausing between."""
    from app.services.imports import pacing

    monkeypatch.setattr(pacing, "FIRST_ROWS", rows)
    monkeypatch.setattr(pacing, "MOST_ROWS", rows)
    monkeypatch.setattr(pacing, "PAUSE_SECONDS", 0)
