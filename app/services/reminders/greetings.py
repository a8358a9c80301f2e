"""Greeting texts the agent copies for SMS or Zalo, and today's list for an SMS gateway.

A rule's template (reminder_settings) is filled with the customer's given name, the
salutation (anh for a man, chị for a woman, "anh/chị" when nobody recorded which), the
tier, and the product and warranty end of the purchase the reminder is about (else the
customer's latest purchase). CareDesk sends nothing itself: the export is a CSV file
(phone, name, text) written next to its destination and moved into place at the end.
"""

from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import t
from app.models import Customer, CustomerPhone, Gender, Product, Purchase, Reminder
from app.services.reminders.reminder_settings import (
    PLACEHOLDERS,
    RULES,
    check_template,
    rule_template,
)
from app.services.spreadsheet_text import spreadsheet_safe
from app.text import ParsedPhone
from app.timeutil import day_bounds_utc, local_date, now_utc

# The tier as a customer reads it: greetings are Vietnamese whatever the screen language.
TIER_WORDS = {
    "member": "Thành viên",
    "silver": "Bạc",
    "gold": "Vàng",
    "platinum": "Bạch kim",
    "vip": "VIP",
}


def salutation(gender: str | None) -> str:
    """anh for a man, chị for a woman, "anh/chị" when the gender is not known."""
    return {Gender.MALE.value: "anh", Gender.FEMALE.value: "chị"}.get(
        str(gender.value if isinstance(gender, Gender) else gender), "anh/chị"
    )


def given_name(full_name: str) -> str:
    """The name a Vietnamese greeting uses: the last word ("Nguyễn Thị Lan" -> "Lan")."""
    words = (full_name or "").split()
    return words[-1] if words else ""


def fill_template(template: str, values: dict[str, str]) -> str:
    """The template with its placeholders filled (a missing value leaves nothing)."""
    text = check_template(template)
    return text.format_map({name: values.get(name, "") for name in PLACEHOLDERS})


@dataclass(frozen=True)
class GreetingSubject:
    name: str
    full_name: str
    gender: str | None
    tier: str
    phone_e164: str | None
    product: str
    warranty_end: str


def _purchase(session: Session, reminder: Reminder) -> tuple[str, str]:
    query = select(Product.name, Purchase.warranty_end).join(
        Product, Product.id == Purchase.product_id
    )
    if reminder.subject_type == "purchase" and reminder.subject_id:
        query = query.where(Purchase.id == reminder.subject_id)
    else:
        query = (
            query.where(Purchase.customer_id == reminder.customer_id)
            .order_by(Purchase.purchase_date.desc(), Purchase.id.desc())
            .limit(1)
        )
    found = session.execute(query).first()
    return (found[0], f"{found[1]:%d/%m/%Y}") if found else ("", "")


def greeting_subject(session: Session, reminder: Reminder) -> GreetingSubject | None:
    """What a greeting needs to know about the reminder's customer (None: no customer)."""
    customer = session.get(Customer, reminder.customer_id) if reminder.customer_id else None
    if customer is None:
        return None
    phone = session.scalar(
        select(CustomerPhone.e164)
        .where(CustomerPhone.customer_id == customer.id)
        .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id)
        .limit(1)
    )
    product, warranty_end = _purchase(session, reminder)
    return GreetingSubject(
        name=given_name(customer.full_name),
        full_name=customer.full_name,
        gender=customer.gender.value if customer.gender else None,
        tier=customer.tier.value if customer.tier else "member",
        phone_e164=phone,
        product=product,
        warranty_end=warranty_end,
    )


def greeting_text(session: Session, reminder: Reminder) -> str | None:
    """The rule's greeting filled in for the reminder's customer (None: the kind of
    reminder has no greeting, or no customer)."""
    template = rule_template(session, reminder.rule)
    who = greeting_subject(session, reminder)
    if template is None or who is None:
        return None
    return fill_template(
        template,
        {
            "name": who.name,
            "salutation": salutation(who.gender),
            "tier": TIER_WORDS.get(who.tier, who.tier),
            "product": who.product,
            "warranty_end": who.warranty_end,
        },
    )


def todays_greetings(session: Session, at: datetime | None = None) -> list[tuple[str, str, str]]:
    """(phone, name, text) of every open greeting-rule reminder due today (local day of
    `at`) whose customer has a phone, in due order."""
    at = at or now_utc()
    start, end = day_bounds_utc(local_date(at))
    when = func.coalesce(Reminder.snoozed_until, Reminder.due_at)
    reminders = session.scalars(
        select(Reminder)
        .where(
            Reminder.status == "open",
            Reminder.rule.in_(RULES),
            Reminder.customer_id.is_not(None),
            when >= start,
            when < end,
        )
        .order_by(when, Reminder.id)
    ).all()
    rows = []
    for reminder in reminders:
        who = greeting_subject(session, reminder)
        text = greeting_text(session, reminder)
        if who is None or not who.phone_e164 or text is None:
            continue
        phone = ParsedPhone(e164=who.phone_e164, raw="").national
        rows.append((phone, spreadsheet_safe(who.full_name), spreadsheet_safe(text)))
    return rows


def export_greetings(session: Session, path: str | os.PathLike, at: datetime | None = None) -> int:
    """Write today's greeting list as CSV (phone, name, text; UTF-8 with a BOM so Excel
    reads Vietnamese); how many rows were written."""
    target = Path(path)
    if target.suffix.lower() != ".csv":
        raise ValidationError(t("Export to a .csv file."), "path")
    if not target.parent.is_dir():
        raise ValidationError(t("The folder {folder} does not exist.", folder=target.parent))
    rows = todays_greetings(session, at)
    fd, temp = tempfile.mkstemp(prefix=".caredesk-", suffix=".csv", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([t("Phone"), t("Name"), t("Text")])
            writer.writerows(rows)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return len(rows)
