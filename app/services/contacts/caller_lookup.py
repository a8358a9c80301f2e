"""Who is calling: the customers behind a phone number, for screen-pop and the contact form."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.services.customers.customer_search import phone_holders
from app.text import interpretations


@dataclass(frozen=True)
class CallerMatch:
    phone_e164: str
    national: str  # as agents read it: 0912345678
    # Active customers with that number (a household shares one), those holding the number
    # as read first; then those with its other reading, for a number that is both a mobile
    # and an old landline ("08 3823 4567").
    customer_ids: tuple[int, ...]


def find_caller(session: Session, phone: str) -> CallerMatch:
    """The customers a number belongs to; ValidationError if it is not a phone number.

    Archived and merged customers are left out: a caller is opened on the living record.
    """
    readings = interpretations(phone)
    ids = phone_holders(session, [r.e164 for r in readings])
    return CallerMatch(readings[0].e164, readings[0].national, tuple(ids))
