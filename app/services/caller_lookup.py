"""Who is calling: the customers behind a phone number, for screen-pop and the contact form."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.services.customer_search import search_customers
from app.text import parse_phone


@dataclass(frozen=True)
class CallerMatch:
    phone_e164: str
    national: str  # as agents read it: 0912345678
    customer_ids: tuple[int, ...]  # active customers with that number; primary holders first


def find_caller(session: Session, phone: str) -> CallerMatch:
    """The customers a number belongs to; ValidationError if it is not a phone number.

    Archived and merged customers are left out: a caller is opened on the living record.
    """
    parsed = parse_phone(phone)
    hits = search_customers(session, parsed.national)
    ids = tuple(h.id for h in hits if h.matched_by == "phone")
    return CallerMatch(parsed.e164, parsed.national, ids)
