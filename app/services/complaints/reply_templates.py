"""Reply templates: canned explanations per complaint category, with placeholders.

A supervisor writes them once ("Dear {customer_name}, your complaint {complaint_no}
about {product} will be resolved by {due_date}."); an agent picks one on a complaint and
gets the text filled in, to put in a reply or copy into an e-mail or SMS. All of them
are one setting row, so a change is one audited write.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationError
from app.formatting import format_count, format_datetime
from app.i18n import t
from app.models import Complaint, Customer, Product, Purchase, Setting
from app.services import audit
from app.services.access.permissions import require
from app.services.actor import Actor
from app.services.changes import writes
from app.services.complaints.complaints import CATEGORIES
from app.text import fold

SETTING_KEY = "complaints.reply_templates"
PLACEHOLDERS = ("customer_name", "complaint_no", "product", "due_date")
TITLE_MAX, TEXT_MAX = 80, 2_000
_FIELD = re.compile(r"{([^{}]*)}")


@dataclass(frozen=True)
class ReplyTemplate:
    id: int
    category: str  # a complaint category, or "" for every category
    title: str
    text: str
    active: bool = True  # switched off: kept, but no longer offered on a complaint


def _stored(session: Session) -> list[ReplyTemplate]:
    row = session.get(Setting, SETTING_KEY)
    entries = row.value if row is not None and isinstance(row.value, list) else []
    return [
        ReplyTemplate(
            int(e["id"]),
            str(e.get("category", "")),
            str(e["title"]),
            str(e["text"]),
            bool(e.get("active", True)),
        )
        for e in entries
    ]


def list_templates(session: Session, category: str | None = None) -> tuple[ReplyTemplate, ...]:
    """The templates for `category` (those for every category too), or all of them,
    switched off or not: what the editor lists."""
    return tuple(tp for tp in _stored(session) if category is None or tp.category in ("", category))


def offered_templates(session: Session, category: str) -> tuple[ReplyTemplate, ...]:
    """What an agent may insert on a complaint of `category`: the ones switched on, that
    category's first, then those for every category, each group by title."""
    on = [tp for tp in _stored(session) if tp.active and tp.category in ("", category)]
    return tuple(sorted(on, key=lambda tp: (tp.category == "", fold(tp.title), tp.id)))


def placeholder_problem(text: str) -> str | None:
    """Why `text` cannot be filled in (it names an unknown placeholder), or None.

    Plain text work, so an editor can say it while the supervisor types."""
    unknown = sorted({f for f in _FIELD.findall(text or "") if f not in PLACEHOLDERS})
    if not unknown:
        return None
    return t(
        "{fields} cannot be filled in; the placeholders are {allowed}.",
        fields=", ".join(f"{{{f}}}" for f in unknown),
        allowed=", ".join(f"{{{p}}}" for p in PLACEHOLDERS),
    )


def _clean(text: str, limit: int, field: str, empty: str) -> str:
    value = unicodedata.normalize("NFC", (text or "").replace("\r\n", "\n")).strip()
    if not value:
        raise ValidationError(empty, field)
    if len(value) > limit:
        raise ValidationError(t("At most {n} characters fit here.", n=format_count(limit)), field)
    return value


@writes("template")
def save_template(
    session: Session,
    actor: Actor,
    template_id: int | None,
    category: str,
    title: str,
    text: str,
    active: bool = True,
) -> ReplyTemplate:
    """Add a template (template_id None) or change one; `active` False switches it off
    (nothing is deleted: a supervisor can switch it on again)."""
    require(actor, "template.edit")
    if category and category not in CATEGORIES:
        raise ValidationError(
            t("Choose a complaint category, or none for all of them."), "category"
        )
    title = _clean(title, TITLE_MAX, "title", t("Give the template a title."))
    text = _clean(text, TEXT_MAX, "text", t("Write the text of the template."))
    problem = placeholder_problem(text)
    if problem is not None:
        raise ValidationError(problem, "text")
    templates = _stored(session)
    before = next((tp for tp in templates if tp.id == template_id), None)
    if template_id is not None and before is None:
        raise NotFound(t("That template does not exist any more."))
    new_id = (
        template_id if template_id is not None else max((tp.id for tp in templates), default=0) + 1
    )
    saved = ReplyTemplate(new_id, category, title, text, bool(active))
    templates = [saved if tp.id == new_id else tp for tp in templates]
    if before is None:
        templates.append(saved)
    value = [
        {
            "id": tp.id,
            "category": tp.category,
            "title": tp.title,
            "text": tp.text,
            "active": tp.active,
        }
        for tp in templates
    ]
    row = session.get(Setting, SETTING_KEY)
    if row is None:
        session.add(Setting(key=SETTING_KEY, value=value, updated_by_id=actor.user_id))
    else:
        row.value = value
        row.updated_by_id = actor.user_id
    session.flush()
    after = {"category": category, "title": title, "text": text[:500], "active": saved.active}
    old = (
        None
        if before is None
        else {
            "category": before.category,
            "title": before.title,
            "text": before.text[:500],
            "active": before.active,
        }
    )
    audit.record(
        session, actor, "reply_template", new_id, "update" if before else "create", old, after
    )
    return saved


def fill_template(session: Session, template_id: int, complaint_id: int) -> str:
    """The template's text with this complaint's customer, number, product and due date."""
    template = next((tp for tp in _stored(session) if tp.id == template_id), None)
    if template is None:
        raise NotFound(t("That template does not exist any more."))
    complaint = session.get(Complaint, complaint_id)
    if complaint is None:
        raise NotFound(t("That complaint does not exist."))
    product = (
        session.scalar(
            select(Product.name)
            .join(Purchase, Purchase.product_id == Product.id)
            .where(Purchase.id == complaint.purchase_id)
        )
        if complaint.purchase_id
        else None
    )
    values = {
        "customer_name": session.scalar(
            select(Customer.full_name).where(Customer.id == complaint.customer_id)
        )
        or "",
        "complaint_no": complaint.number,
        "product": product or "",
        "due_date": format_datetime(complaint.resolution_due),
    }
    return _FIELD.sub(lambda m: values.get(m.group(1), m.group(0)), template.text)
