"""What someone else changed on a customer while an agent was editing: for the Conflict text.

The audit trail already says who changed which fields, so a stale save can name them
("hung.tran changed phones, address of ...") instead of a bare "someone changed it".
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import t
from app.models import AuditEntry, Customer


def field_label(field: str) -> str | None:
    """A customer field as people name it; None for bookkeeping keys (reason, delta...)."""
    return {
        "full_name": t("full name"),
        "phones": t("phones"),
        "email": t("e-mail"),
        "birthday": t("birthday"),
        "gender": t("gender"),
        "province": t("province"),
        "ward": t("ward / commune"),
        # Customers had a district before addresses lost that level (2025): older
        # entries of the trail still name it.
        "district": t("district"),
        "address": t("address"),
        "tier": t("tier"),
        "points": t("points"),
        "marketing_consent": t("marketing consent"),
        "store_id": t("store"),
        "notes": t("notes"),
        "tags": t("tags"),
        "important_dates": t("important dates"),
        "archived_at": t("archived"),
    }.get(field)


def stale_message(session: Session, customer: Customer, expected_version: int) -> str:
    """The Conflict message for a save based on `expected_version` of `customer`."""
    missed = max(1, min(20, customer.version - expected_version))
    entries = session.execute(
        select(AuditEntry.actor, AuditEntry.after, AuditEntry.before)
        .where(AuditEntry.entity == "customer", AuditEntry.entity_id == str(customer.id))
        .order_by(AuditEntry.id.desc())
        .limit(missed)
    ).all()
    who = list(dict.fromkeys(actor for actor, _, _ in entries))
    fields: list[str] = []
    for _, after, before in entries:
        for key in [*(after or {}), *(before or {})]:
            label = field_label(key)
            if label and label not in fields:
                fields.append(label)
    if not who or not fields:
        return t(
            "Someone else changed {name} while you were editing. Reload to see their "
            "change; your input is kept.",
            name=customer.full_name,
        )
    return t(
        "{who} changed {fields} of {name} while you were editing. Reload to see the "
        "change; your input is kept.",
        who=", ".join(who),
        fields=", ".join(fields),
        name=customer.full_name,
    )
