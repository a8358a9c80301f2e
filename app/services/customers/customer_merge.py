"""Merging two records of one person: all history moves to the one kept.

The merged record is archived, not deleted: it keeps its code (search still finds it and
leads to the kept one) and points at the kept customer through merged_into_id.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import t
from app.models import (
    Claim,
    Complaint,
    Customer,
    CustomerPhone,
    CustomerTag,
    ImportantDate,
    Interaction,
    PointsEntry,
    Purchase,
    Reminder,
    Slip,
    Tier,
    utcnow,
)
from app.services import audit
from app.services.access.permissions import require
from app.services.actor import Actor
from app.services.changes import writes
from app.services.customers.customer_views import CustomerView, customer_view, snapshot
from app.services.customers.customers import check_editable, get_customer_row
from app.services.customers.name_index import reindex_customer_names
from app.services.loyalty.loyalty import TIER_ORDER

# Every table whose rows belong to a customer and all move, whatever they hold.
_HISTORY = {
    "purchases": Purchase,
    "interactions": Interaction,
    "complaints": Complaint,
    "claims": Claim,
    "slips": Slip,
    "reminders": Reminder,
    "points_entries": PointsEntry,
}
# Details the kept record lacks are taken from the merged one (never overwritten).
_FILLED = ("email", "birthday", "gender", "province", "ward", "address", "store_id")


@dataclass(frozen=True)
class MergeResult:
    kept: CustomerView
    merged_code: str
    # table name -> rows moved to the kept customer ("phones", "purchases", ...)
    moved: dict[str, int]


def _move(session: Session, model, ids_or_owner, keep_id: int) -> int:
    table = model.__table__
    if isinstance(ids_or_owner, list):
        if not ids_or_owner:
            return 0
        where = table.c.id.in_(ids_or_owner)
    else:
        where = table.c.customer_id == ids_or_owner
    # Core, not ORM: the moved rows keep their version, so a complaint open on another
    # seat still saves (its customer_id is not a field that seat changes).
    return session.execute(update(table).where(where).values(customer_id=keep_id)).rowcount


def _children_to_move(keep: Customer, gone: Customer) -> tuple[list[int], list[int], list[int]]:
    """Ids of the merged one's phones, tags and dates the kept one does not have yet."""
    phones = {p.e164 for p in keep.phones}
    tags = {g.tag.casefold() for g in keep.tags}
    dates = {(d.label.casefold(), d.date) for d in keep.important_dates}
    return (
        [p.id for p in gone.phones if p.e164 not in phones],
        [g.id for g in gone.tags if g.tag.casefold() not in tags],
        [d.id for d in gone.important_dates if (d.label.casefold(), d.date) not in dates],
    )


def _fill_details(keep: Customer, gone: Customer) -> None:
    for field in _FILLED:
        if getattr(keep, field) in (None, "") and getattr(gone, field) not in (None, ""):
            setattr(keep, field, getattr(gone, field))
    if gone.notes and gone.notes not in keep.notes:
        keep.notes = f"{keep.notes}\n{gone.notes}".strip()
    # A merge never demotes: the person earned the better of the two.
    keep.tier = max(Tier(keep.tier), Tier(gone.tier), key=TIER_ORDER.index)
    moments = [m for m in (keep.last_contact_at, gone.last_contact_at) if m is not None]
    keep.last_contact_at = max(moments, default=None)


@writes("customer", "purchase", "contact", "complaint", "claim", "slip", "reminder", "loyalty")
def merge_customers(session: Session, actor: Actor, keep_id: int, merge_id: int) -> MergeResult:
    """Move everything of customer `merge_id` to `keep_id`; archive the merged record."""
    require(actor, "customer.merge")
    if keep_id == merge_id:
        raise ValidationError(t("Choose two different customers to merge."))
    keep = get_customer_row(session, keep_id)
    gone = get_customer_row(session, merge_id)
    check_editable(session, keep)
    if gone.merged_into_id is not None:
        check_editable(session, gone)  # says which customer it already went into
    before = snapshot(keep)
    phone_ids, tag_ids, date_ids = _children_to_move(keep, gone)
    session.flush()
    moved = {
        "phones": _move(session, CustomerPhone, phone_ids, keep.id),
        "tags": _move(session, CustomerTag, tag_ids, keep.id),
        "important_dates": _move(session, ImportantDate, date_ids, keep.id),
    }
    session.execute(
        update(CustomerPhone.__table__)
        .where(CustomerPhone.__table__.c.id.in_(phone_ids))
        .values(is_primary=False)  # the kept record's primary number stays primary
    )
    moved |= {name: _move(session, model, gone.id, keep.id) for name, model in _HISTORY.items()}
    # Records merged into this one earlier now lead straight to the kept one.
    moved["merged_customers"] = session.execute(
        update(Customer.__table__)
        .where(Customer.__table__.c.merged_into_id == gone.id)
        .values(merged_into_id=keep.id)
    ).rowcount
    # Everything was flushed before the moves, so nothing unsaved is lost by reloading.
    session.expire_all()
    ledger = select(func.coalesce(func.sum(PointsEntry.delta), 0))
    keep.points = session.scalar(ledger.where(PointsEntry.customer_id == keep.id))
    gone.points = 0
    _fill_details(keep, gone)
    now = utcnow()
    gone.merged_into_id, gone.archived_at = keep.id, gone.archived_at or now
    keep.updated_at = gone.updated_at = now  # both versions move on: stale forms conflict
    session.flush()
    reindex_customer_names(session, [keep.id, gone.id])
    after = snapshot(keep) | {"merged_code": gone.code, "merged_id": gone.id, "moved": moved}
    audit.record(session, actor, "customer", keep.id, "merge", before, after)
    return MergeResult(customer_view(keep), gone.code, moved)
