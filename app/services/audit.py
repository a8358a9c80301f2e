"""The audit trail: who changed what, written in the same transaction as the change."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.config import DEFAULT_TIMEZONE
from app.models import AuditEntry, utcnow
from app.services.access.permissions import require
from app.services.actor import Actor
from app.services.streamed import streamed
from app.timeutil import day_bounds_utc

# Never copied into the trail, whatever entity carries them.
SECRET_FIELDS = frozenset({"password_hash", "password"})


def _plain(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def snapshot(obj: object, fields: Iterable[str]) -> dict[str, object]:
    """The named fields of `obj` as JSON-ready values, secrets left out."""
    return {f: _plain(getattr(obj, f)) for f in fields if f not in SECRET_FIELDS}


def record(
    session: Session,
    actor: Actor,
    entity: str,
    entity_id: object,
    action: str,
    before: dict | None = None,
    after: dict | None = None,
) -> AuditEntry:
    """Add one audit entry; with before and after, only the fields that changed are kept."""
    if before is not None and after is not None:
        changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
        before = {k: v for k, v in before.items() if k in changed}
        after = {k: v for k, v in after.items() if k in changed}
    entry = AuditEntry(
        at=utcnow(),
        user_id=actor.user_id,
        actor=actor.audit_name,
        entity=entity,
        entity_id=str(entity_id),
        action=action,
        before={k: v for k, v in (before or {}).items() if k not in SECRET_FIELDS} or None,
        after={k: v for k, v in (after or {}).items() if k not in SECRET_FIELDS} or None,
    )
    session.add(entry)
    return entry


@dataclass(frozen=True)
class AuditFilter:
    user_id: int | None = None
    actor: str | None = None
    entity: str | None = None
    action: str | None = None
    date_from: date | None = None
    date_to: date | None = None  # inclusive, local day


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    user_id: int | None
    entity: str
    entity_id: str
    action: str
    before: dict | None
    after: dict | None


def _where(f: AuditFilter, tz: str):
    conditions = []
    if f.user_id is not None:
        conditions.append(AuditEntry.user_id == f.user_id)
    if f.actor:
        conditions.append(AuditEntry.actor == f.actor)
    if f.entity:
        conditions.append(AuditEntry.entity == f.entity)
    if f.action:
        conditions.append(AuditEntry.action == f.action)
    if f.date_from:
        conditions.append(AuditEntry.at >= day_bounds_utc(f.date_from, tz)[0])
    if f.date_to:
        conditions.append(AuditEntry.at < day_bounds_utc(f.date_to, tz)[1])
    return conditions


def count_audit(session: Session, actor: Actor, f: AuditFilter, tz: str = DEFAULT_TIMEZONE) -> int:
    require(actor, "audit.view")
    return session.scalar(select(func.count()).select_from(AuditEntry).where(*_where(f, tz))) or 0


_ENTRY_COLUMNS = (
    AuditEntry.id,
    AuditEntry.at,
    AuditEntry.actor,
    AuditEntry.user_id,
    AuditEntry.entity,
    AuditEntry.entity_id,
    AuditEntry.action,
    AuditEntry.before,
    AuditEntry.after,
)


def _query(actor: Actor, f: AuditFilter, tz: str) -> Select:
    """Entries matching `f`, newest first."""
    require(actor, "audit.view")
    return (
        select(*_ENTRY_COLUMNS)
        .where(*_where(f, tz))
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    )


def search_audit(
    session: Session,
    actor: Actor,
    f: AuditFilter,
    offset: int = 0,
    limit: int = 200,
    tz: str = DEFAULT_TIMEZONE,
) -> list[AuditRow]:
    """Entries matching `f`, newest first, one page at a time."""
    rows = session.execute(_query(actor, f, tz).offset(offset).limit(limit))
    return [AuditRow(*r) for r in rows]


def audit_batches(
    session: Session,
    actor: Actor,
    f: AuditFilter,
    batch: int = 500,
    tz: str = DEFAULT_TIMEZONE,
) -> Iterator[tuple[AuditRow, ...]]:
    """Every entry matching `f`, newest first, `batch` at a time from one streamed query
    (for an export). Someone who may not read the trail is refused at the call."""
    return streamed(session, _query(actor, f, tz), lambda r: AuditRow(*r), batch)


def audit_choices(session: Session, actor: Actor) -> tuple[list[str], list[str], list[str]]:
    """The actors, entities and actions present, for the screen's filter lists."""
    require(actor, "audit.view")

    def distinct(col) -> list[str]:
        return list(session.scalars(select(col).distinct().order_by(col)))

    return distinct(AuditEntry.actor), distinct(AuditEntry.entity), distinct(AuditEntry.action)
