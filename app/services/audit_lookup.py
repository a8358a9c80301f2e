"""The batched look-ups behind app/services/audit_names.py: one query per table.

Each function takes the ids of one kind of record that a page of the audit trail names
and returns what a person knows each by, keyed by the id as the trail writes it. An id
that no row answers is simply missing from the result (the caller says it is gone).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Claim,
    Complaint,
    Customer,
    Interaction,
    Product,
    Purchase,
    Reminder,
    Setting,
    Slip,
    Store,
    User,
)
from app.services.audit_views import RecordName
from app.services.complaints.reply_templates import SETTING_KEY as TEMPLATES_KEY
from app.services.contacts.call_topics import BUILT_IN as BUILT_IN_TOPICS
from app.services.contacts.call_topics import SETTING_KEY as TOPICS_KEY
from app.services.reminders.reminder_text import reminder_title
from app.services.settings import SETTINGS, label

Found = dict[str, RecordName]
Lookup = Callable[[Session, Collection[str]], Found]


def _int_ids(ids: Iterable[str]) -> list[int]:
    """The ids that can be row ids (digits, within a BIGINT); anything else names nothing."""
    return sorted({int(i) for i in ids if i.isdigit() and len(i) <= 18})


def customers(session: Session, ids: Collection[str]) -> Found:
    rows = session.execute(
        select(Customer.id, Customer.code, Customer.full_name).where(Customer.id.in_(_int_ids(ids)))
    )
    return {str(i): RecordName("customer", str(i), True, code, name) for i, code, name in rows}


def users(session: Session, ids: Collection[str]) -> Found:
    rows = session.execute(
        select(User.id, User.username, User.full_name).where(User.id.in_(_int_ids(ids)))
    )
    return {str(i): RecordName("user", str(i), True, code, name) for i, code, name in rows}


def stores(session: Session, ids: Collection[str]) -> Found:
    rows = session.execute(
        select(Store.id, Store.code, Store.name).where(Store.id.in_(_int_ids(ids)))
    )
    return {str(i): RecordName("store", str(i), True, code, name) for i, code, name in rows}


def products(session: Session, ids: Collection[str]) -> Found:
    rows = session.execute(
        select(Product.id, Product.sku, Product.name).where(Product.id.in_(_int_ids(ids)))
    )
    return {str(i): RecordName("product", str(i), True, code, name) for i, code, name in rows}


def _numbered(kind: str, model: type[Complaint] | type[Claim] | type[Slip]) -> Lookup:
    """Complaints, claims and slips are known by their document number."""

    def find(session: Session, ids: Collection[str]) -> Found:
        rows = session.execute(select(model.id, model.number).where(model.id.in_(_int_ids(ids))))
        return {str(i): RecordName(kind, str(i), True, number) for i, number in rows}

    return find


complaints = _numbered("complaint", Complaint)
claims = _numbered("claim", Claim)
slips = _numbered("slip", Slip)


def purchases(session: Session, ids: Collection[str]) -> Found:
    """A purchase by its product and the serial (else the invoice) on the sale."""
    rows = session.execute(
        select(
            Purchase.id,
            Purchase.serial_no,
            Purchase.invoice_no,
            Purchase.purchase_date,
            Product.name,
        )
        .join(Product, Product.id == Purchase.product_id)
        .where(Purchase.id.in_(_int_ids(ids)))
    )
    found: Found = {}
    for i, serial, invoice, bought, product in rows:
        code, code_kind = (serial, "serial") if serial else (invoice or "", "invoice")
        found[str(i)] = RecordName(
            "purchase", str(i), True, code, product, code_kind=code_kind if code else "", day=bought
        )
    return found


def interactions(session: Session, ids: Collection[str]) -> Found:
    """A contact by its channel and time; its customer is filled in by the caller
    (`customer_id` of each is kept as the customer's RecordName id, not yet named)."""
    rows = session.execute(
        select(
            Interaction.id,
            Interaction.channel,
            Interaction.started_at,
            Interaction.customer_id,
            Interaction.phone_e164,
        ).where(Interaction.id.in_(_int_ids(ids)))
    )
    return {
        str(i): RecordName(
            "interaction",
            str(i),
            True,
            phone or "",
            channel=str(channel),  # a StrEnum: its stored value
            at=started,
            customer=_customer_stub(customer_id),
        )
        for i, channel, started, customer_id, phone in rows
    }


def reminders(session: Session, ids: Collection[str]) -> Found:
    """A reminder by its title (in the reader's language); its customer is filled in by the
    caller."""
    rows = session.execute(
        select(
            Reminder.id,
            Reminder.title_key,
            Reminder.title_params,
            Reminder.title,
            Reminder.customer_id,
        ).where(Reminder.id.in_(_int_ids(ids)))
    )
    return {
        str(i): RecordName(
            "reminder",
            str(i),
            True,
            name=reminder_title(key, params, title),
            customer=_customer_stub(cid),
        )
        for i, key, params, title, cid in rows
    }


def _customer_stub(customer_id: int | None) -> RecordName | None:
    return None if customer_id is None else RecordName("customer", str(customer_id))


def settings(session: Session, ids: Collection[str]) -> Found:
    """A setting by the label the Admin screen gives it (no query: the catalogue is code)."""
    return {
        key: RecordName("setting", key, True, key, label(key)) for key in ids if key in SETTINGS
    }


def listed(session: Session, topic_ids: Collection[str], template_ids: Collection[str]) -> Found:
    """Call topics and reply templates, both kept as lists in one setting row each: one
    query for the two rows. Keys are prefixed by kind ("call_topic:warranty")."""
    wanted = [key for key, ids in ((TOPICS_KEY, topic_ids), (TEMPLATES_KEY, template_ids)) if ids]
    if not wanted:
        return {}
    rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(wanted)))
    stored = {key: value for key, value in rows}
    found: Found = {}
    topics = {str(e.get("key")): e for e in _entries(stored.get(TOPICS_KEY))}
    for key in topic_ids:
        entry = topics.get(key)
        if entry is not None or key in BUILT_IN_TOPICS:
            # A built-in topic has no stored name: the screen translates its key.
            name = str((entry or {}).get("label") or "")
            found[f"call_topic:{key}"] = RecordName("call_topic", key, True, key, name)
    templates = {str(e.get("id")): e for e in _entries(stored.get(TEMPLATES_KEY))}
    for key in template_ids:
        entry = templates.get(key)
        if entry is not None:
            title = str(entry.get("title") or "")
            found[f"reply_template:{key}"] = RecordName("reply_template", key, True, name=title)
    return found


def _entries(value: object) -> list[dict]:
    return [e for e in value if isinstance(e, dict)] if isinstance(value, list) else []


# The tables looked up by row id, in the order they are asked: contacts and reminders
# first, since they bring customers of their own to name.
BY_ID: dict[str, Lookup] = {
    "interaction": interactions,
    "reminder": reminders,
    "customer": customers,
    "user": users,
    "store": stores,
    "product": products,
    "purchase": purchases,
    "complaint": complaints,
    "claim": claims,
    "slip": slips,
    "setting": settings,
}
