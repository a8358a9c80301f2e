"""Taking a complaint in: checked input, a yearly number, a priority and its SLA due times.

Priority comes from the severity, one step higher for a VIP customer. The due times are
counted in business hours (app/services/complaints/business_hours.py) from the moment it is opened.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationError
from app.i18n import t
from app.models import (
    Complaint,
    ComplaintEvent,
    ComplaintStatus,
    Customer,
    Product,
    Purchase,
    Severity,
    Tier,
    User,
)
from app.services import audit
from app.services.access.permissions import require
from app.services.actor import Actor
from app.services.changes import writes
from app.services.complaints.business_hours import BusinessCalendar
from app.services.complaints.complaint_event_text import event_note
from app.services.complaints.sla_settings import business_calendar, sla_targets
from app.services.contacts.interactions import paragraphs
from app.services.numbering import next_number
from app.timeutil import local_date, now_utc

CATEGORIES = (
    "product_defect",
    "delivery",
    "installation",
    "billing",
    "staff_attitude",
    "warranty_service",
    "other",
)
CHANNELS = ("phone", "email", "chat", "social", "sms", "store_visit", "on_site", "web_form")
LADDER = (Severity.LOW, Severity.NORMAL, Severity.HIGH, Severity.CRITICAL)
DESCRIPTION_MAX = 20_000


@dataclass(frozen=True)
class ComplaintInput:
    customer_id: int | None
    category: str
    description: str
    severity: str = "normal"
    channel: str = "phone"
    subcategory: str = ""
    purchase_id: int | None = None


@dataclass(frozen=True)
class ComplaintView:
    id: int
    number: str
    customer_id: int
    customer_name: str
    category: str
    subcategory: str
    channel: str
    description: str
    severity: str
    priority: str
    status: str
    tier: int
    assignee_id: int | None
    assignee_name: str | None
    opened_at: datetime
    first_response_due: datetime | None
    resolution_due: datetime | None
    version: int


def priority_for(severity: Severity, customer_tier: Tier) -> Severity:
    """The severity, one step up for a VIP (critical is the top)."""
    if customer_tier is Tier.VIP and severity is not Severity.CRITICAL:
        return LADDER[LADDER.index(severity) + 1]
    return severity


def calendar_around(moment: datetime) -> BusinessCalendar:
    """The default business week around `moment`, for a display that has no session at
    hand; the SLA itself counts with the calendar as set (sla_settings.business_calendar)."""
    year = local_date(moment).year
    return BusinessCalendar.vietnam([year, year + 1])


def clean_text(text: str, limit: int, field: str, what: str) -> str:
    """Free text that must not be empty (a description, a reason), line breaks kept."""
    value = paragraphs(text, limit, field)
    if not value:
        raise ValidationError(t("Describe the {what}.", what=what), field)
    return value


def _customer(session: Session, customer_id: int | None) -> Customer:
    if customer_id is None:
        raise ValidationError(t("Choose the customer the complaint is from."), "customer")
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(t("That customer does not exist."))
    if customer.archived_at is not None:
        raise ValidationError(
            t(
                "{name} ({code}) is archived; restore the customer before taking a complaint.",
                name=customer.full_name,
                code=customer.code,
            ),
            "customer",
        )
    return customer


def _checked(session: Session, data: ComplaintInput) -> tuple[Customer, Severity]:
    customer = _customer(session, data.customer_id)
    if data.category not in CATEGORIES:
        raise ValidationError(
            t("The category “{name}” is no longer offered; choose another.", name=data.category),
            "category",
        )
    if data.channel not in CHANNELS:
        raise ValidationError(t("Choose the channel the complaint came in by."), "channel")
    try:
        severity = Severity(data.severity)
    except ValueError:
        raise ValidationError(t("Choose the severity."), "severity") from None
    if data.purchase_id is not None:
        owner = session.scalar(select(Purchase.customer_id).where(Purchase.id == data.purchase_id))
        if owner != customer.id:
            raise ValidationError(t("That purchase is not this customer's."), "purchase")
    return customer, severity


@writes("complaint")
def open_complaint(
    session: Session, actor: Actor, data: ComplaintInput, now: datetime | None = None
) -> ComplaintView:
    """Record a complaint; it starts New, unassigned, with its SLA clocks running."""
    require(actor, "complaint.handle")
    customer, severity = _checked(session, data)
    description = clean_text(data.description, DESCRIPTION_MAX, "description", t("complaint"))
    opened = now or now_utc()
    priority = priority_for(severity, Tier(customer.tier_override or customer.tier))
    calendar = business_calendar(session, opened)
    first, resolution = sla_targets(session, priority.value)
    complaint = Complaint(
        number=next_number(session, "complaint", local_date(opened).year),
        customer_id=customer.id,
        purchase_id=data.purchase_id,
        category=data.category,
        subcategory=unicodedata.normalize("NFC", data.subcategory).strip()[:80],
        channel=data.channel,
        description=description,
        severity=severity,
        priority=priority,
        status=ComplaintStatus.NEW,
        tier=1,
        store_id=actor.store_id,
        created_by_id=actor.user_id,
        opened_at=opened,
        first_response_due=calendar.add(opened, first.seconds(calendar)),
        resolution_due=calendar.add(opened, resolution.seconds(calendar)),
    )
    session.add(complaint)
    session.flush()
    session.add(
        ComplaintEvent(
            complaint_id=complaint.id,
            at=opened,
            actor_id=actor.user_id,
            kind="opened",
            to_status=ComplaintStatus.NEW.value,
        )
    )
    audit.record(
        session,
        actor,
        "complaint",
        complaint.id,
        "create",
        None,
        audit.snapshot(complaint, ("number", "customer_id", "category", "severity", "priority")),
    )
    return complaint_view(session, complaint.id)


def complaint_view(session: Session, complaint_id: int) -> ComplaintView:
    c = session.get(Complaint, complaint_id)
    if c is None:
        raise NotFound(t("That complaint does not exist."))
    customer = session.get(Customer, c.customer_id)
    assignee = session.get(User, c.assignee_id) if c.assignee_id else None
    return ComplaintView(
        id=c.id,
        number=c.number,
        customer_id=c.customer_id,
        customer_name=customer.full_name if customer else "",
        category=c.category,
        subcategory=c.subcategory,
        channel=c.channel,
        description=c.description,
        severity=c.severity.value,
        priority=c.priority.value,
        status=c.status.value,
        tier=c.tier,
        assignee_id=c.assignee_id,
        assignee_name=assignee.full_name if assignee else None,
        opened_at=c.opened_at,
        first_response_due=c.first_response_due,
        resolution_due=c.resolution_due,
        version=c.version,
    )


@dataclass(frozen=True)
class ComplaintEventView:
    id: int
    at: datetime
    kind: str  # opened, status, resolved, closed, reopened, cancelled, note, reply,
    #            assigned, escalated, priority, sla_at_risk, sla_breached
    actor_name: str | None  # None: the system (the SLA pass)
    from_status: str | None
    to_status: str | None
    note: str  # what was typed, or the system's words in the reader's language
    data: dict | None


@dataclass(frozen=True)
class ComplaintDetail:
    complaint: ComplaintView
    customer_code: str
    purchase_label: str | None  # the product and its serial, when a purchase is named
    resolution_type: str | None
    resolution_notes: str
    compensation_vnd: int
    compensation_points: int
    first_response_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    csat: int | None
    ces: int | None
    sla_state: str
    events: tuple[ComplaintEventView, ...]  # oldest first


def complaint_detail(session: Session, complaint_id: int) -> ComplaintDetail:
    """Everything the complaint screen shows: the complaint and its timeline."""
    view = complaint_view(session, complaint_id)
    c = session.get(Complaint, complaint_id)
    customer = session.get(Customer, c.customer_id)
    purchase_label = None
    if c.purchase_id is not None:
        row = session.execute(
            select(Product.name, Purchase.serial_no)
            .join(Purchase, Purchase.product_id == Product.id)
            .where(Purchase.id == c.purchase_id)
        ).first()
        if row is not None:
            purchase_label = f"{row[0]} · {row[1]}" if row[1] else row[0]
    events = session.execute(
        select(ComplaintEvent, User.full_name)
        .outerjoin(User, User.id == ComplaintEvent.actor_id)
        .where(ComplaintEvent.complaint_id == complaint_id)
        .order_by(ComplaintEvent.at, ComplaintEvent.id)
    ).all()
    return ComplaintDetail(
        complaint=view,
        customer_code=customer.code if customer else "",
        purchase_label=purchase_label,
        resolution_type=c.resolution_type,
        resolution_notes=c.resolution_notes,
        compensation_vnd=c.compensation_vnd,
        compensation_points=c.compensation_points,
        first_response_at=c.first_response_at,
        resolved_at=c.resolved_at,
        closed_at=c.closed_at,
        csat=c.csat,
        ces=c.ces,
        sla_state=c.sla_state.value,
        events=tuple(
            ComplaintEventView(
                e.id,
                e.at,
                e.kind,
                name,
                e.from_status,
                e.to_status,
                event_note(e.kind, e.note, e.data),
                e.data,
            )
            for e, name in events
        ),
    )
