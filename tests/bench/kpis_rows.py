"""The KPI benchmark's records, made as a stream of batches (never a 5M-row list).

Three years of a care centre up to NOW: stores, staff, products, customers, purchases
and claims (kpis_sales_rows.py); complaints with their events (kpis_complaint_rows.py);
contacts, reminders and PBX call records (kpis_contact_rows.py). This module holds what
they share: the sizes, the columns, the clock and the draws. Each generator yields
{table: [row tuple, ...]} batches in the column order of COLUMNS; times are already the
text the database keeps (`Stamps`), so a batch goes to sqlite3's executemany or to a
PostgreSQL COPY as it is. Records are made in time order, so ids grow with time as they
do in use.
"""

from __future__ import annotations

import random
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

NOW = datetime(2026, 12, 10, 3, 0, tzinfo=UTC)  # a Thursday, 10:00 in Hà Nội
DAY = 86_400
NOW_S = int(NOW.timestamp())
SPAN_DAYS = 3 * 365
START_DAY = NOW_S // DAY - SPAN_DAYS
BATCH = 50_000
Batch = dict[str, list[tuple]]

_COLUMN_NAMES = {
    "stores": "id code name address province phone is_active created_at updated_at version",
    "users": "id username full_name role tier store_id is_active failed_attempts created_at "
    "updated_at version",
    "products": "id sku name name_key brand category warranty_months return_days "
    "list_price_vnd is_active created_at updated_at version",
    "customers": "id code full_name name_key province ward address tier points "
    "marketing_consent store_id notes archived_at merged_into_id created_at updated_at version",
    "purchases": "id customer_id product_id store_id serial_no invoice_no purchase_date "
    "price_vnd warranty_months extended_warranty_months warranty_end created_at updated_at "
    "version",
    "claims": "id number kind status customer_id purchase_id store_id assignee_id received_at "
    "fault_description condition_on_receipt accessories in_warranty warranty_reason "
    "closed_at created_at updated_at version",
    "interactions": "id customer_id phone_e164 channel direction started_at ended_at "
    "duration_seconds topic outcome notes agent_id store_id complaint_id corrects_id "
    "created_at",
    "reminders": "id unique_key rule customer_id due_at title notes assignee_id store_id "
    "status done_at done_by_id created_at updated_at version late",
    "pbx_calls": "id unique_id started_at answered_at ended_at src phone_e164 dst queue "
    "extension disposition wait_seconds talk_seconds answered inbound customer_id agent_id",
}


def columns(names: str) -> tuple[str, ...]:
    return tuple(names.split())


COLUMNS = {table: columns(names) for table, names in _COLUMN_NAMES.items()}


@dataclass(frozen=True)
class Sizes:
    interactions: int = 5_000_000
    complaints: int = 200_000
    purchases: int = 300_000
    claims: int = 20_000
    customers: int = 100_000
    reminders: int = 70_000
    pbx_calls: int = 2_000_000  # beyond issue 16's list: the Dashboard's telephony tiles
    agents: int = 40
    stores: int = 8

    def scaled(self, factor: float) -> Sizes:
        """A smaller world for trying the script out (staff and stores stay)."""
        if factor == 1:
            return self
        fields = ("interactions", "complaints", "purchases", "claims", "customers")
        fields += ("reminders", "pbx_calls")
        return replace(self, **{f: max(50, int(getattr(self, f) * factor)) for f in fields})

    def text(self) -> str:
        return (
            f"{self.interactions:,} contacts, {self.complaints:,} complaints, "
            f"{self.purchases:,} purchases, {self.claims:,} claims, {self.customers:,} "
            f"customers, {self.reminders:,} reminders, {self.pbx_calls:,} PBX calls, "
            f"{self.agents} agents, {self.stores} stores"
        )


class Stamps:
    """Seconds since 1970 as the database keeps them as text: SQLAlchemy's SQLite format
    (naive UTC with microseconds) or timestamptz input for COPY; days as ISO dates.
    Formatting by table lookup: strftime on 15 million values would be most of the build."""

    def __init__(self, sqlite: bool) -> None:
        suffix = ".000000" if sqlite else "+00"
        self._clock = [
            f"{h:02d}:{m:02d}:{s:02d}{suffix}"
            for h in range(24)
            for m in range(60)
            for s in range(60)
        ]
        self._days: dict[int, str] = {}

    def day(self, n: int) -> str:
        text = self._days.get(n)
        if text is None:
            text = self._days[n] = (date(1970, 1, 1) + timedelta(days=n)).isoformat()
        return text

    def at(self, seconds: int | None) -> str | None:
        if seconds is None:
            return None
        d, r = divmod(seconds, DAY)
        return self.day(d) + " " + self._clock[r]


class Draw:
    """Cheap weighted draws (random.choices costs microseconds; this is a bisect)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng, self.r = rng, rng.random

    def table(self, pairs: Sequence[tuple[object, float]]):
        values, cum, total = [], [], 0.0
        for value, weight in pairs:
            total += weight
            values.append(value)
            cum.append(total)
        r = self.r
        return lambda: values[bisect_right(cum, r() * total)]

    def work_time(self, day: int) -> int:
        """A moment of local day `day` (UTC day number), mostly in opening hours
        (08:00-20:00 in Hà Nội is 01:00-13:00 UTC)."""
        r = self.r
        if r() < 0.9:
            return day * DAY + 3600 + int(r() * 43_200)
        return day * DAY - 7 * 3600 + int(r() * DAY)

    def day_of(self, i: int, n: int) -> int:
        """The day of the i-th of n records spread evenly over the three years."""
        return START_DAY + (i * SPAN_DAYS) // n


@dataclass
class World:
    """What later records need to know about earlier ones (compact arrays, not rows)."""

    sizes: Sizes
    stamps: Stamps
    draw: Draw
    agent_store: list[int]  # agent id - 1 -> store id
    purchase_day: array  # purchase id - 1 -> day number (ascending)
    purchase_customer: array
    complaint_opened: array  # complaint id - 1 -> seconds (ascending)
    complaint_customer: array


def new_world(sizes: Sizes, sqlite: bool, seed: int) -> World:
    rng = random.Random(seed)
    agent_store = [1 + i % sizes.stores for i in range(sizes.agents)]
    return World(
        sizes,
        Stamps(sqlite),
        Draw(rng),
        agent_store,
        array("i"),
        array("i"),
        array("q"),
        array("i"),
    )
