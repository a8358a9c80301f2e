"""Which column answers "by agent", "by product"... for each kind of record, with the
joins it needs, and the filters of the dashboard applied to it."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Select
from sqlalchemy.sql.elements import ColumnElement

from app.models import Claim, Complaint, Customer, Interaction, Product, Purchase, Reminder
from app.services.kpis.results import KpiFilter

# source -> dimension -> (column, the joins it needs in order)
_PURCHASE_OF_COMPLAINT = (Purchase, Purchase.id == Complaint.purchase_id)
_PURCHASE_OF_CLAIM = (Purchase, Purchase.id == Claim.purchase_id)
_PRODUCT = (Product, Product.id == Purchase.product_id)

DIMS: dict[str, dict[str, tuple[ColumnElement, tuple]]] = {
    "complaint": {
        "agent": (Complaint.assignee_id, ()),
        "store": (Complaint.store_id, ()),
        "category": (Complaint.category, ()),
        "product": (Purchase.product_id, (_PURCHASE_OF_COMPLAINT,)),
        "channel": (Complaint.channel, ()),
        "priority": (Complaint.priority, ()),
    },
    # Complaints as a quality measure of what was sold: the category is the product's.
    "sold_complaint": {
        "store": (Complaint.store_id, ()),
        "category": (Product.category, (_PURCHASE_OF_COMPLAINT, _PRODUCT)),
        "product": (Purchase.product_id, (_PURCHASE_OF_COMPLAINT,)),
    },
    "contact": {
        "agent": (Interaction.agent_id, ()),
        "store": (Interaction.store_id, ()),
        # A contact's topic is its category; topics and complaint categories share keys
        # where they mean the same ("delivery", "billing").
        "category": (Interaction.topic, ()),
        "channel": (Interaction.channel, ()),
    },
    "reminder": {
        "agent": (Reminder.assignee_id, ()),
        "store": (Reminder.store_id, ()),
    },
    "purchase": {
        "store": (Purchase.store_id, ()),
        "category": (Product.category, (_PRODUCT,)),
        "product": (Purchase.product_id, ()),
    },
    "claim": {
        "store": (Claim.store_id, ()),
        "category": (Product.category, (_PURCHASE_OF_CLAIM, _PRODUCT)),
        "product": (Purchase.product_id, (_PURCHASE_OF_CLAIM,)),
    },
    "customer": {
        "store": (Customer.store_id, ()),
    },
}


def wanted(filters: KpiFilter) -> dict[str, object]:
    """The dimensions the filters name, with their values."""
    return {
        dim: value
        for dim, value in (
            ("agent", filters.agent_id),
            ("store", filters.store_id),
            ("category", filters.category),
            ("product", filters.product_id),
            ("channel", filters.channel),
            ("priority", filters.priority),
        )
        if value is not None and value != ""
    }


@dataclass
class Scope:
    """The group column (None: one overall row) and what to join and filter."""

    group: ColumnElement | None
    joins: list = field(default_factory=list)
    where: list = field(default_factory=list)

    def apply(self, stmt: Select) -> Select:
        for target, onclause in self.joins:
            stmt = stmt.join(target, onclause, isouter=True)
        stmt = stmt.where(*self.where)
        return stmt.group_by(self.group) if self.group is not None else stmt

    def key(self) -> ColumnElement | None:
        return self.group.label("g") if self.group is not None else None


def scope(source: str, by: str | None, filters: KpiFilter) -> Scope | None:
    """None when the records of `source` cannot be grouped or filtered as asked (a KPI
    that has no such dimension: it stays empty)."""
    dims = DIMS[source]
    asked = wanted(filters)
    if (by is not None and by not in dims) or any(dim not in dims for dim in asked):
        return None
    joins: list = []

    def need(dim: str) -> ColumnElement:
        column, needed = dims[dim]
        for join in needed:
            if not any(j is join for j in joins):
                joins.append(join)
        return column

    where = [need(dim) == value for dim, value in asked.items()]
    group = need(by) if by is not None else None
    return Scope(group, joins, where)
