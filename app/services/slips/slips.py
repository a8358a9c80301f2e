"""Numbered slips: issued once per document, printed, reprinted as marked copies.

A slip is issued the first time it is asked for: it takes the next number of its kind
and year (app/services/numbering.py) and stores what it says (the payload), so every
reprint shows the same content under the same number, even after the records changed.
A print is recorded (record_print) only once the printer or the file took it: a failed
or cancelled print leaves no trace, and the next one is still the original.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationError
from app.formatting import format_date, format_datetime, format_vnd
from app.i18n import t, tn
from app.models import (
    Claim,
    ClaimStatus,
    Complaint,
    Customer,
    CustomerPhone,
    Product,
    Purchase,
    Slip,
    SlipPrint,
    Store,
    User,
)
from app.services import audit
from app.services.access.permissions import require
from app.services.actor import Actor
from app.services.changes import writes
from app.services.claims.claim_labels import warranty_reason_text
from app.services.customers.customer_input import display_phone
from app.services.customers.customer_views import national_of
from app.services.numbering import give_back, next_number
from app.services.slips.slip_settings import LAYOUT_SETTING, slip_setting
from app.slips import LAYOUTS, SLIP_KINDS, SlipPayload, render_slip
from app.slips import labels as slip_labels
from app.timeutil import local_date, now_utc

COUNTERS = {
    "warranty": "warranty_slip",
    "claim": "claim_slip",
    "return": "return_slip",
    "complaint": "complaint_slip",
}
PRINT_TARGETS = ("printer", "pdf", "cli")
# A pickup / return slip goes with the product (or the money) back to the customer.
HANDED_BACK = (
    ClaimStatus.READY,
    ClaimStatus.RETURNED,
    ClaimStatus.REJECTED,
    ClaimStatus.EXCHANGED,
    ClaimStatus.REFUNDED,
)


@dataclass(frozen=True)
class SlipView:
    id: int
    number: str
    kind: str
    customer_id: int | None
    subject_id: int  # the purchase (warranty), claim (claim, return) or complaint
    issued_at: datetime
    times_printed: int  # 0: the next print is the original; more: it is a copy


@dataclass(frozen=True)
class SlipPrintView:
    id: int
    slip_id: int
    at: datetime
    by_name: str | None  # None: the admin command line
    is_copy: bool
    target: str  # printer, pdf or cli


def _subject_column(kind: str):
    columns = {
        "warranty": Slip.purchase_id,
        "claim": Slip.claim_id,
        "return": Slip.claim_id,
        "complaint": Slip.complaint_id,
    }
    if kind not in columns:
        raise ValidationError(t("Choose a kind of slip: {kinds}.", kinds=", ".join(SLIP_KINDS)))
    return columns[kind]


def _view(session: Session, slip: Slip) -> SlipView:
    printed = session.scalar(
        select(func.count()).select_from(SlipPrint).where(SlipPrint.slip_id == slip.id)
    )
    subject = {"warranty": slip.purchase_id, "complaint": slip.complaint_id}.get(
        slip.kind, slip.claim_id
    )
    return SlipView(
        id=slip.id,
        number=slip.number,
        kind=slip.kind,
        customer_id=slip.customer_id,
        subject_id=subject or 0,
        issued_at=slip.printed_at,
        times_printed=printed or 0,
    )


def _slip(session: Session, slip_id: int) -> Slip:
    slip = session.get(Slip, slip_id)
    if slip is None:
        raise NotFound(t("That slip does not exist."))
    return slip


# -- what a slip says -------------------------------------------------------------------


def _store(session: Session, store_id: int | None, actor: Actor) -> Store | None:
    """The subject's store, else the actor's, else the first active one."""
    for candidate in (store_id, actor.store_id):
        if candidate is not None and (store := session.get(Store, candidate)) is not None:
            return store
    return session.scalar(select(Store).where(Store.is_active).order_by(Store.id).limit(1))


def _joined(*parts: str) -> str:
    """Address parts joined with commas, a part already written in an earlier one left out."""
    kept: list[str] = []
    for part in (p.strip() for p in parts):
        if part and not any(part.casefold() in k.casefold() for k in kept):
            kept.append(part)
    return ", ".join(kept)


def _customer_phone(session: Session, customer_id: int) -> str:
    phone = session.scalar(
        select(CustomerPhone)
        .where(CustomerPhone.customer_id == customer_id)
        .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id)
        .limit(1)
    )
    return display_phone(national_of(phone.e164)) if phone is not None else ""


def _base(
    session: Session,
    actor: Actor,
    kind: str,
    customer: Customer,
    purchase: Purchase | None,
    store: Store | None,
    issued: datetime,
) -> SlipPayload:
    product = session.get(Product, purchase.product_id) if purchase is not None else None
    product_name = ""
    if product is not None:
        brand = product.brand.strip()
        already = not brand or brand.casefold() in product.name.casefold()
        product_name = product.name if already else f"{product.name} ({brand})"
    return SlipPayload(
        kind=kind,
        number="",
        issued_on=format_date(local_date(issued)),
        store_name=store.name if store else "",
        store_address=_joined(store.address, store.province) if store else "",
        store_phone=store.phone if store else "",
        customer_name=customer.full_name,
        customer_phone=_customer_phone(session, customer.id),
        customer_address=_joined(customer.address, customer.ward, customer.province),
        product=product_name,
        serial=(purchase.serial_no or "") if purchase else "",
        invoice=(purchase.invoice_no or "") if purchase else "",
        terms=str(slip_setting(session, f"slip.terms.{kind}")),
        staff_name="" if actor.is_system else actor.full_name,
    )


def _links(store: Store | None, **subject: int) -> dict[str, int | None]:
    """The slip's columns naming its subject and store."""
    return {"store_id": store.id if store else None, **subject}


def _present(*pairs: tuple[str, str | None]) -> tuple[tuple[str, str], ...]:
    return tuple((key, value) for key, value in pairs if value)


def _warranty_payload(session: Session, actor: Actor, purchase_id: int, issued: datetime):
    purchase = session.get(Purchase, purchase_id)
    if purchase is None:
        raise NotFound(t("The purchase to print a slip for no longer exists."))
    customer = session.get(Customer, purchase.customer_id)
    period = tn("{n} month", "{n} months", purchase.warranty_months)
    if purchase.extended_warranty_months:
        extra = purchase.extended_warranty_months
        period = t(
            "{period} + {extra} extended",
            period=period,
            extra=tn("{n} month", "{n} months", extra),
        )
    details = _present(
        ("purchase_date", format_date(purchase.purchase_date)),
        ("delivery_date", format_date(purchase.delivery_date)),
        ("warranty_period", period),
        ("warranty_end", format_date(purchase.warranty_end)),
        ("price", format_vnd(purchase.price_vnd) if purchase.price_vnd else None),
    )
    store = _store(session, purchase.store_id, actor)
    base = _base(session, actor, "warranty", customer, purchase, store, issued)
    return replace(base, details=details), customer.id, _links(store, purchase_id=purchase.id)


def _claim(session: Session, claim_id: int) -> tuple[Claim, Purchase | None, Customer]:
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFound(t("The claim to print a slip for no longer exists."))
    return claim, session.get(Purchase, claim.purchase_id), session.get(Customer, claim.customer_id)


def _claim_payload(session: Session, actor: Actor, claim_id: int, issued: datetime):
    claim, purchase, customer = _claim(session, claim_id)
    state = t("In warranty") if claim.in_warranty else t("Out of warranty")
    quoted = claim.quoted_cost_vnd
    details = _present(
        ("claim_number", claim.number),
        ("claim_kind", slip_labels.claim_kind_label(claim.kind.value)),
        ("received_at", format_datetime(claim.received_at)),
        ("fault", claim.fault_description),
        ("condition", claim.condition_on_receipt),
        ("accessories", claim.accessories),
        (
            "in_warranty",
            warranty_reason_text(claim.warranty_reason) if claim.warranty_reason else state,
        ),
        ("expected_return", format_date(claim.expected_return_date)),
        ("quoted_cost", format_vnd(quoted) if quoted is not None else None),
    )
    store = _store(session, claim.store_id, actor)
    base = _base(session, actor, "claim", customer, purchase, store, issued)
    return replace(base, details=details), customer.id, _links(store, claim_id=claim.id)


def _return_payload(session: Session, actor: Actor, claim_id: int, issued: datetime):
    claim, purchase, customer = _claim(session, claim_id)
    if claim.status not in HANDED_BACK:
        raise ValidationError(
            t(
                "Claim {number} is still being worked on ({status}); a pickup / return slip is "
                "printed once it is ready for pickup, exchanged, refunded or rejected.",
                number=claim.number,
                status=slip_labels.claim_status_label(claim.status.value),
            ),
            "status",
        )
    replacement = claim.replacement_serial
    if not replacement and claim.replacement_purchase_id is not None:
        replacement = session.scalar(
            select(Purchase.serial_no).where(Purchase.id == claim.replacement_purchase_id)
        )
    details = _present(
        ("claim_number", claim.number),
        ("claim_kind", slip_labels.claim_kind_label(claim.kind.value)),
        ("received_at", format_datetime(claim.received_at)),
        ("fault", claim.fault_description),
        ("status", slip_labels.claim_status_label(claim.status.value)),
        ("replacement_serial", replacement),
        ("refund", format_vnd(claim.refund_vnd) if claim.refund_vnd is not None else None),
        ("reason", claim.rejection_reason),
        ("completed_at", format_datetime(claim.closed_at)),
    )
    store = _store(session, claim.store_id, actor)
    base = _base(session, actor, "return", customer, purchase, store, issued)
    return replace(base, details=details), customer.id, _links(store, claim_id=claim.id)


def _complaint_payload(session: Session, actor: Actor, complaint_id: int, issued: datetime):
    complaint = session.get(Complaint, complaint_id)
    if complaint is None:
        raise NotFound(t("The complaint to print a slip for no longer exists."))
    customer = session.get(Customer, complaint.customer_id)
    purchase = session.get(Purchase, complaint.purchase_id) if complaint.purchase_id else None
    details = _present(
        ("complaint_number", complaint.number),
        ("category", slip_labels.complaint_category_label(complaint.category)),
        ("channel", slip_labels.channel_label(complaint.channel)),
        ("received_at", format_datetime(complaint.opened_at)),
        ("description", complaint.description),
        ("resolution_due", format_datetime(complaint.resolution_due)),
    )
    store = _store(session, complaint.store_id, actor)
    base = _base(session, actor, "complaint", customer, purchase, store, issued)
    return replace(base, details=details), customer.id, _links(store, complaint_id=complaint.id)


_BUILDERS = {
    "warranty": _warranty_payload,
    "claim": _claim_payload,
    "return": _return_payload,
    "complaint": _complaint_payload,
}


# -- services ---------------------------------------------------------------------------


def slip_for(session: Session, kind: str, subject_id: int) -> SlipView | None:
    """The slip of this kind already issued for the subject, if any."""
    slip = session.scalar(
        select(Slip)
        .where(Slip.kind == kind, _subject_column(kind) == subject_id)
        .order_by(Slip.id)
        .limit(1)
    )
    return _view(session, slip) if slip is not None else None


@writes("slip")
def issue_slip(
    session: Session, actor: Actor, kind: str, subject_id: int, now: datetime | None = None
) -> SlipView:
    """The slip of `kind` for the subject (a purchase for warranty, a claim for claim and
    return, a complaint); the one already issued if there is one, so a reprint keeps its
    number. A new slip takes the next number of its kind in the year it is issued."""
    require(actor, "slip.print")
    existing = slip_for(session, kind, subject_id)
    if existing is not None:
        return existing
    issued = now or now_utc()
    payload, customer_id, links = _BUILDERS[kind](session, actor, subject_id, issued)
    # Taking the number waits while another seat holds the counter. That seat may have
    # been issuing this very slip: look again once the number is ours, and if it did,
    # give the number back and hand out its slip instead.
    year = local_date(issued).year
    number = next_number(session, COUNTERS[kind], year)
    existing = slip_for(session, kind, subject_id)
    if existing is not None:
        give_back(session, COUNTERS[kind], year, number)
        return existing
    slip = Slip(
        number=number,
        kind=kind,
        customer_id=customer_id,
        printed_at=issued,
        printed_by_id=actor.user_id,
        payload=replace(payload, number=number).to_json(),
        **links,
    )
    session.add(slip)
    session.flush()
    audit.record(
        session, actor, "slip", slip.id, "create", None, {"number": number, "kind": kind, **links}
    )
    return _view(session, slip)


def slip_payload(session: Session, slip_id: int) -> SlipPayload:
    """What the slip says, as stored when it was issued."""
    return SlipPayload.from_json(dict(_slip(session, slip_id).payload or {}))


def render(
    session: Session, slip_id: int, copy: bool | None = None, layout: str | None = None
) -> bytes:
    """The slip as PDF bytes. `copy` None: a copy when it was printed before. `layout`
    None: the slip.layout setting ("a5" or "thermal80")."""
    payload = slip_payload(session, slip_id)
    if copy is None:
        copy = _view(session, _slip(session, slip_id)).times_printed > 0
    layout = layout or str(slip_setting(session, LAYOUT_SETTING))
    if layout not in LAYOUTS:
        raise ValidationError(
            t("Choose the slip paper: {layouts}.", layouts=", ".join(LAYOUTS)), "layout"
        )
    return render_slip(replace(payload, copy=copy), layout)


@writes("slip")
def record_print(session: Session, actor: Actor, slip_id: int, target: str) -> SlipPrintView:
    """Record that the slip was printed or saved (`target` printer, pdf or cli); call it
    only once that succeeded. A print after an earlier one is recorded as a copy."""
    require(actor, "slip.print")
    if target not in PRINT_TARGETS:
        raise ValidationError(
            t("Say where the slip went: {targets}.", targets=", ".join(PRINT_TARGETS)), "target"
        )
    slip = _slip(session, slip_id)
    earlier = session.scalar(select(SlipPrint.id).where(SlipPrint.slip_id == slip.id).limit(1))
    row = SlipPrint(
        slip_id=slip.id,
        at=now_utc(),
        by_id=actor.user_id,
        is_copy=earlier is not None,
        target=target,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor,
        "slip",
        slip.id,
        "print",
        None,
        {"number": slip.number, "target": target, "is_copy": row.is_copy},
    )
    return SlipPrintView(
        row.id,
        slip.id,
        row.at,
        None if actor.user_id is None else actor.full_name,
        row.is_copy,
        target,
    )


def prints_of(session: Session, slip_id: int) -> list[SlipPrintView]:
    """Every print and reprint of the slip, oldest first, with who did it."""
    _slip(session, slip_id)
    rows = session.execute(
        select(SlipPrint, User.full_name)
        .outerjoin(User, User.id == SlipPrint.by_id)
        .where(SlipPrint.slip_id == slip_id)
        .order_by(SlipPrint.at, SlipPrint.id)
    )
    return [SlipPrintView(p.id, p.slip_id, p.at, name, p.is_copy, p.target) for p, name in rows]


def find_subject(session: Session, kind: str, number: str) -> tuple[int | None, int]:
    """(slip id or None, subject id) for a number as a person types it: the slip's own
    number, or the subject's (a claim YC-..., a complaint KN-..., for a warranty slip the
    purchase's serial or invoice number). NotFound or ValidationError saying what to type."""
    _subject_column(kind)
    typed = " ".join((number or "").split())
    if not typed:
        raise ValidationError(t("Type the number of the slip or of what it is for."), "number")
    slip = session.scalar(select(Slip).where(func.upper(Slip.number) == typed.upper()))
    if slip is not None:
        if slip.kind != kind:
            raise ValidationError(
                t(
                    "{number} is a slip of another kind; run “slip {kind} {number}” instead.",
                    number=slip.number,
                    kind=slip.kind,
                ),
                "number",
            )
        return slip.id, _view(session, slip).subject_id
    if kind == "warranty":
        return None, _purchase_by_number(session, typed)
    model = Complaint if kind == "complaint" else Claim
    found = session.scalar(select(model.id).where(func.upper(model.number) == typed.upper()))
    if found is None:
        if kind == "complaint":
            raise NotFound(
                t(
                    "No complaint or complaint slip has the number {number}; complaint "
                    "numbers look like KN-2026-000123.",
                    number=typed,
                )
            )
        raise NotFound(
            t(
                "No claim or claim slip has the number {number}; claim numbers look "
                "like YC-2026-000123.",
                number=typed,
            )
        )
    return None, found


def _purchase_by_number(session: Session, typed: str) -> int:
    """The purchase with this serial number, else this invoice number (as typed, then in
    any letter case); an invoice of several products needs the serial instead."""
    for column in (Purchase.serial_no, Purchase.invoice_no):
        for match in (column == typed, func.upper(column) == typed.upper()):
            ids = list(session.scalars(select(Purchase.id).where(match).limit(3)))
            if len(ids) == 1:
                return ids[0]
            if ids:
                raise ValidationError(
                    t(
                        "Several purchases have the number {number}; give the product's serial "
                        "number instead.",
                        number=typed,
                    ),
                    "number",
                )
    raise NotFound(
        t(
            "No warranty slip, serial number or invoice number is {number}; check the number, "
            "or register the purchase first.",
            number=typed,
        )
    )
