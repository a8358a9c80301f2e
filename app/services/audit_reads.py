"""The audit trail as its screen reads it: a page of entries with the records they name,
and what its filters offer with the people's full names."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.services.actor import Actor
from app.services.audit import AuditFilter, audit_choices, count_audit, search_audit
from app.services.audit_names import NamedEntry, full_names, name_entries

# (actors, kinds of record, actions, full name of each actor)
AuditChoices = tuple[list[str], list[str], list[str], dict[str, str]]


def audit_first_page(
    session: Session, actor: Actor, f: AuditFilter, limit: int
) -> tuple[int, list[NamedEntry]]:
    """How many entries match `f`, and the newest `limit` of them named."""
    return count_audit(session, actor, f), audit_page(session, actor, f, 0, limit)


def audit_page(
    session: Session, actor: Actor, f: AuditFilter, offset: int, limit: int
) -> list[NamedEntry]:
    """A page of entries with the records they name."""
    return name_entries(session, search_audit(session, actor, f, offset, limit))


def audit_filter_choices(session: Session, actor: Actor) -> AuditChoices:
    """The actors, kinds of record and actions in the trail, and the actors' full names."""
    actors, entities, actions = audit_choices(session, actor)
    return actors, entities, actions, full_names(session, actors)
