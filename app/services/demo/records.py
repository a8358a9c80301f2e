"""What the row makers hand each other about a product, a purchase and a customer."""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple


class Product(NamedTuple):
    id: int
    name: str
    category: str
    warranty_months: int
    return_days: int
    price: int
    serial_prefix: str


class Bought(NamedTuple):
    """A purchase as the rows made after it need it (claims, complaints, reminders)."""

    id: int
    product: Product
    store_id: int
    day: int  # purchase date, as an ordinal
    start: int  # warranty start (delivery, else purchase), as an ordinal
    warranty_end: date
    price: int


class Cust:
    """The running facts about the customer being made."""

    __slots__ = ("id", "name", "store_id", "birthday", "e164", "points", "last", "claim_day", "due")

    def __init__(self, cid: int, name: str, store_id: int, birthday: date | None) -> None:
        self.id, self.name, self.store_id, self.birthday = cid, name, store_id, birthday
        self.e164 = ""
        self.points = 0
        self.last: datetime | None = None  # latest contact
        self.claim_day = 0
        # Follow-ups found on the way: (rule, subject type, subject id, due day).
        self.due: list[tuple[str, str, int, int]] = []
