"""The import's own record of what it wrote, so that it can take it all back.

An import commits in short transactions (other seats and the scheduler must not wait on
a 100,000-row file), so "nothing happened" after a Cancel or a failure cannot come from
one rollback. Each transaction journals the rows it created and the customers it
changed as they were before; undoing a run deletes the former and restores the latter,
newest transaction first. A run whose seat died mid-way stops beating and is undone by
the next import or start of the app.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, selectinload

from app.db import Database
from app.errors import StorageError
from app.i18n import t
from app.models import (
    AuditEntry,
    Customer,
    CustomerNameToken,
    CustomerPhone,
    CustomerTag,
    ImportantDate,
    ImportChunk,
    ImportRun,
    PbxCall,
    PointsEntry,
    Product,
    Purchase,
    utcnow,
)
from app.services.actor import Actor
from app.services.customers.name_index import reindex_customer_names

ABANDONED_AFTER = timedelta(minutes=10)
_DATES = frozenset({"birthday"})
_ID_CHUNK = 500
# Created rows are deleted in this order: what points at a row goes before it.
_DELETION_ORDER = (
    ("pbx_calls", PbxCall),
    ("audit_entries", AuditEntry),
    ("points_entries", PointsEntry),
    ("purchases", Purchase),
    ("products", Product),
)
_CUSTOMER_CHILDREN = (CustomerPhone, CustomerTag, CustomerNameToken, PointsEntry, ImportantDate)


def start_run(db: Database, actor: Actor, kind: str, file_name: str) -> int:
    with db.session_scope() as session:
        run = ImportRun(
            kind=kind, file_name=file_name[:260], actor=actor.audit_name, user_id=actor.user_id
        )
        session.add(run)
        session.flush()
        return run.id


def record_chunk(
    session: Session,
    run_id: int,
    created: dict[str, list[int]],
    before: dict | None,
    counts: tuple[int, int],
) -> None:
    """Journal one transaction's writes, in that same transaction."""
    session.add(ImportChunk(run_id=run_id, created_ids=created, before=before or None))
    session.execute(
        update(ImportRun)
        .where(ImportRun.id == run_id)
        .values(
            heartbeat_at=utcnow(),
            created=ImportRun.created + counts[0],
            updated=ImportRun.updated + counts[1],
        )
    )


def finish_run(db: Database, run_id: int) -> None:
    """The run landed whole: its journal is no longer needed."""
    with db.session_scope() as session:
        session.execute(delete(ImportChunk).where(ImportChunk.run_id == run_id))
        session.execute(
            update(ImportRun)
            .where(ImportRun.id == run_id)
            .values(status="done", finished_at=utcnow())
        )


def undo_run(db: Database, run_id: int) -> None:
    """Take back everything the run wrote, newest transaction first."""
    with db.session_scope() as session:
        chunk_ids = list(
            session.scalars(
                select(ImportChunk.id)
                .where(ImportChunk.run_id == run_id)
                .order_by(ImportChunk.id.desc())
            )
        )
    for chunk_id in chunk_ids:
        with db.session_scope() as session:
            chunk = session.get(ImportChunk, chunk_id)
            assert chunk is not None
            _undo_chunk(session, chunk)
            session.delete(chunk)
    with db.session_scope() as session:
        session.execute(
            update(ImportRun)
            .where(ImportRun.id == run_id)
            .values(status="undone", finished_at=utcnow())
        )


def stopped_by_storage(
    db: Database, run_id: int, exc: StorageError, *, undo: bool = True
) -> StorageError:
    """The error to show when the run stopped on storage (busy, disk full, server gone):
    what it wrote is taken back first (`undo`); when that cannot be done now, the journal
    stays and recover_abandoned takes it back at a later start or import."""
    if undo:
        try:
            undo_run(db, run_id)
        except StorageError:
            pass
        else:
            message = t(
                "The import stopped. {reason} Nothing from the file was loaded: import it "
                "again once this is put right.",
                reason=exc.reason,
            )
            return StorageError(message, exc.kind, exc.reason)
    message = t(
        "The import stopped. {reason} The rows already saved could not be taken back yet: "
        "CareDesk takes them back by itself at a later start or before the next import. "
        "Import the file again once this is put right.",
        reason=exc.reason,
    )
    return StorageError(message, exc.kind, exc.reason)


def recover_abandoned(db: Database, now: datetime | None = None) -> int:
    """Undo the runs whose seat stopped mid-way (closed, crashed, lost its connection):
    no heartbeat for ABANDONED_AFTER before `now` (default: this moment).

    Returns how many were undone.
    """
    limit = (now or utcnow()) - ABANDONED_AFTER
    with db.session_scope() as session:
        stale = list(
            session.scalars(
                select(ImportRun.id).where(
                    ImportRun.status == "running", ImportRun.heartbeat_at < limit
                )
            )
        )
    for run_id in stale:
        undo_run(db, run_id)
    return len(stale)


def _undo_chunk(session: Session, chunk: ImportChunk) -> None:
    created: dict[str, list[int]] = chunk.created_ids or {}
    for name, model in _DELETION_ORDER:
        _delete_ids(session, model, created.get(name, ()))
    before = chunk.before or {}
    changed = before.get("customers", {})
    if changed:
        # The entries this transaction added about the customers it changed carry its stamp.
        at, ids = datetime.fromisoformat(before["at"]), list(changed)
        session.execute(
            delete(AuditEntry).where(
                AuditEntry.entity == "customer",
                AuditEntry.entity_id.in_(ids),
                AuditEntry.action == "update",
                AuditEntry.at == at,
            )
        )
        session.execute(
            delete(PointsEntry).where(
                PointsEntry.customer_id.in_([int(i) for i in ids]),
                PointsEntry.created_at == at,
                PointsEntry.source_type == "import",
            )
        )
        _restore_customers(session, changed)
    customers = created.get("customers", [])
    for part in _parts(customers):
        for child in _CUSTOMER_CHILDREN:
            session.execute(delete(child).where(child.customer_id.in_(part)))
        session.execute(
            delete(AuditEntry).where(
                AuditEntry.entity == "customer", AuditEntry.entity_id.in_([str(i) for i in part])
            )
        )
        session.execute(delete(Customer).where(Customer.id.in_(part)))


def _delete_ids(session: Session, model: type, ids: Iterable[int]) -> None:
    for part in _parts(list(ids)):
        session.execute(delete(model).where(model.id.in_(part)))


def _parts(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _ID_CHUNK):
        yield ids[start : start + _ID_CHUNK]


def _restore_customers(session: Session, before: dict) -> None:
    if not before:
        return
    wanted = [int(i) for i in before]
    customers = session.scalars(
        select(Customer)
        .where(Customer.id.in_(wanted))
        .options(selectinload(Customer.phones), selectinload(Customer.tags))
    )
    renamed = []
    for customer in customers:
        image = before[str(customer.id)]
        renamed += [customer.id] if customer.full_name != image["full_name"] else []
        for name, value in image["fields"].items():
            setattr(
                customer, name, date.fromisoformat(value) if name in _DATES and value else value
            )
        customer.full_name, customer.name_key = image["full_name"], image["name_key"]
        old_phones = {p["e164"]: p for p in image["phones"]}
        customer.phones = [p for p in customer.phones if p.e164 in old_phones]
        for p in customer.phones:
            old = old_phones[p.e164]
            p.label, p.is_primary, p.raw = old["label"], old["primary"], old["raw"]
        tags = set(image["tags"])
        customer.tags = [g for g in customer.tags if g.tag in tags]
        customer.updated_at = utcnow()
    session.flush()
    reindex_customer_names(session, renamed)
