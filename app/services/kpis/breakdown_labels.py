"""What a breakdown row is called: the agent's or store's name, the product, the category,
channel or priority in the reader's language."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import t
from app.models import Product, Store, User
from app.services.complaints.complaint_export import severity_names
from app.services.contacts.call_topics import custom_topic_names
from app.services.contacts.contact_labels import topic_names
from app.slips.labels import channel_label, complaint_category_label

_NAMED = {
    "agent": (User, User.full_name),
    "store": (Store, Store.name),
    "product": (Product, Product.name),
}


def _none(by: str) -> str:
    return {
        "agent": t("Not assigned"),
        "store": t("No store"),
        "product": t("No product named"),
    }.get(by, t("Not given"))


def breakdown_labels(session: Session, by: str, keys: list[str]) -> dict[str, str]:
    """key -> label for the rows of a breakdown by `by` ("" is the row without a value)."""
    labels: dict[str, str] = {"": _none(by)}
    if by in _NAMED:
        model, name = _NAMED[by]
        ids = [int(k) for k in keys if k.isdigit()]
        for row_id, text in session.execute(select(model.id, name).where(model.id.in_(ids))):
            labels[str(row_id)] = text
    elif by == "priority":
        labels.update({str(k): v for k, v in severity_names().items()})
    elif by == "channel":
        labels.update({k: channel_label(k) for k in keys if k})
    elif by == "category":
        topics = {**topic_names(), **custom_topic_names(session)}
        labels.update({k: topics.get(k) or complaint_category_label(k) for k in keys if k})
    return {k: labels.get(k, k) for k in keys}
