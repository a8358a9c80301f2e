"""Demo data: a realistic, deterministic Vietnamese customer base to try CareDesk on.

Speed is the point (100,000 customers well under a minute), hence the shape of this
module: rows are plain dicts inserted with Core executemany in chunks, ids are assigned
here so children point at parents without round-trips, and phone numbers are built from
prefixes known to be valid (parse_phone only reads the old 11-digit ones it converts).
Customers go in batches; complaints and claims wait to the end, when their per-year
numbers can be handed out in date order from one reserved block per year.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from app.config import DEFAULT_TIMEZONE
from app.db import Database
from app.errors import ValidationError
from app.i18n import t
from app.models import (
    OPEN_CLAIM_STATUSES,
    Base,
    Channel,
    ClaimKind,
    ClaimStatus,
    ComplaintStatus,
    Customer,
    Direction,
    Outcome,
    ReminderStatus,
    Severity,
    SlaState,
)
from app.services import demo_data as data
from app.services.numbering import format_number, reserve_block
from app.text import OLD_MOBILE_PREFIXES, fold, parse_phone

Progress = Callable[[str, int], None]

BATCH_CUSTOMERS = 5_000
CHUNK_ROWS = 10_000
# Parents before children: SQLite checks foreign keys row by row.
BATCH_TABLES = (
    "customers", "customer_phones", "customer_tags", "important_dates", "purchases",
    "points_entries", "interactions", "reminders",
)  # fmt: skip
LATE_TABLES = ("complaints", "complaint_events", "claims", "claim_events", "interactions")
ID_TABLES = ("stores", "users", "products", *BATCH_TABLES, *LATE_TABLES[:-1])

S, K, C = ComplaintStatus, ClaimKind, ClaimStatus
IN, OUT = Direction.INBOUND, Direction.OUTBOUND
OLD_PREFIXES = tuple(sorted(OLD_MOBILE_PREFIXES))


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind generate() inserted."""

    stores: int
    users: int
    products: int
    customers: int
    customer_phones: int
    customer_tags: int
    important_dates: int
    points_entries: int
    purchases: int
    interactions: int
    reminders: int
    complaints: int
    complaint_events: int
    claims: int
    claim_events: int
    document_counters: int

    @property
    def total(self) -> int:
        return sum(getattr(self, f.name) for f in fields(self))


def generate(
    db: Database,
    customers: int = 1000,
    seed: int = 2026,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty database with `customers` demo customers and everything around them.

    The same seed and `today` give the same data. It all goes in one transaction: a
    failure leaves the database as it was.
    """
    if customers < 1:
        raise ValidationError(t("Give a number of demo customers of at least 1."))
    report = progress or (lambda _label, _percent: None)
    tables = Base.metadata.tables
    with db.session_scope() as session:
        existing = session.scalar(select(func.count()).select_from(Customer))
        if existing:
            raise ValidationError(
                t(
                    "This database already has {n} customers: demo data goes only into an "
                    "empty database. Use --db with a new file.",
                    n=existing,
                )
            )
        # Offsets keep explicit ids clear of rows made before (an admin user, a store).
        bases = {n: session.scalar(select(func.max(tables[n].c.id))) or 0 for n in ID_TABLES}
        builder = Builder(seed, today or date.today(), customers, bases)
        report(t("Creating stores, staff and products"), 0)
        builder.reference_rows()
        _flush(session, builder.rows, ("stores", "users", "products"))
        done = 0
        while done < customers:
            size = min(BATCH_CUSTOMERS, customers - done)
            builder.customers(done, size)
            _flush(session, builder.rows, BATCH_TABLES)
            done += size
            report(t("Creating customers, purchases and contacts"), 2 + 88 * done // customers)
        report(t("Numbering complaints and claims"), 90)
        counters = _number(session, builder.late)
        _flush(session, builder.late, LATE_TABLES)
        if session.get_bind().dialect.name == "postgresql":
            _reset_sequences(session, [tables[name] for name in ID_TABLES])
        counts = {name: builder.ids[name] - bases[name] for name in ID_TABLES}
        report(t("Saving"), 96)
    report(t("Demo data ready"), 100)
    return DemoSummary(**counts, document_counters=counters)


def _flush(session: Session, rows: dict[str, list[dict]], names: Sequence[str]) -> None:
    for name in names:
        batch = rows.pop(name, [])
        table = Base.metadata.tables[name]
        for start in range(0, len(batch), CHUNK_ROWS):
            session.execute(insert(table), batch[start : start + CHUNK_ROWS])


def _number(session: Session, late: dict[str, list[dict]]) -> int:
    """Number complaints and claims in date order, one reserved block per kind and year."""
    counters = 0
    for kind, name, at in (("complaint", "complaints", "opened_at"),
                           ("claim", "claims", "received_at")):  # fmt: skip
        by_year: dict[int, list[dict]] = defaultdict(list)
        for row in late.get(name, []):
            by_year[row.pop("_year")].append(row)
        for year in sorted(by_year):
            rows = sorted(by_year[year], key=lambda r: (r[at], r["id"]))
            first = reserve_block(session, kind, year, len(rows))
            for offset, row in enumerate(rows):
                row["number"] = format_number(kind, year, first + offset)
            counters += 1
    return counters


def _reset_sequences(session: Session, tables: Sequence[Table]) -> None:
    # Rows went in with explicit ids, which PostgreSQL's sequences never saw.
    for table in tables:
        top = select(func.max(table.c.id)).scalar_subquery()
        session.execute(select(func.setval(func.pg_get_serial_sequence(table.name, "id"), top)))


def add_months(day: date, months: int) -> date:
    """Calendar month arithmetic; the day is clamped to the end of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    next_first = date(year + month // 12, month % 12 + 1, 1)
    return date(year, month, min(day.day, (next_first - timedelta(days=1)).day))


Weighted = tuple[tuple, list[float]]


def weighted(pairs: Sequence[tuple[object, float]]) -> Weighted:
    """(values, cumulative weights) for Builder.pick."""
    values, cum, total = [], [], 0.0
    for value, weight in pairs:
        total += weight
        values.append(value)
        cum.append(total)
    return tuple(values), cum


def _claim_path(rng: random.Random, kind: ClaimKind, status: ClaimStatus) -> list[ClaimStatus]:
    """The statuses a claim went through to reach `status`."""
    if kind is K.RETURN:
        return [C.RECEIVED] if status is C.RECEIVED else [C.RECEIVED, status]
    if status is C.REJECTED or kind is K.EXCHANGE:
        full = [C.RECEIVED, C.DIAGNOSING, status]
    else:
        full = [C.RECEIVED, C.DIAGNOSING, C.WAITING_PARTS, C.REPAIRING, C.READY, C.RETURNED]
        if status is not C.WAITING_PARTS and rng.random() < 0.6:
            full.remove(C.WAITING_PARTS)
    return full[: full.index(status) + 1]


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

    __slots__ = ("id", "store_id", "birthday", "e164", "points", "last", "claim_day", "due")

    def __init__(self, cid: int, store_id: int, birthday: date | None) -> None:
        self.id, self.store_id, self.birthday = cid, store_id, birthday
        self.e164 = ""
        self.points = 0
        self.last: datetime | None = None  # latest contact
        self.claim_day = 0
        # Follow-ups found on the way: (rule, subject type, subject id, due day).
        self.due: list[tuple[str, str, int, int]] = []


class Builder:
    """Makes the rows: `rows` for the current batch, `late` for what is numbered at the end."""

    def __init__(self, seed: int, today: date, customers: int, bases: dict[str, int]) -> None:
        self.rng = rng = random.Random(seed)
        self.random = rng.random
        self.today, self.t = today, today.toordinal()
        # Vietnam has kept one UTC offset since 1975: one offset serves the whole history.
        self.offset = ZoneInfo(DEFAULT_TIMEZONE).utcoffset(datetime(today.year, 1, 1))
        self.epoch = datetime(1970, 1, 1, tzinfo=UTC) - self.offset
        self.epoch_ord = date(1970, 1, 1).toordinal()
        self.end = self.at(self.t, 0)  # local midnight starting `today`: history stops here
        self.ids = dict(bases)
        self.rows: dict[str, list[dict]] = defaultdict(list)
        self.late: dict[str, list[dict]] = defaultdict(list)
        self.used_numbers: set[str] = set()
        self.folded: dict[str, str] = {}
        self.invoices: dict[int, int] = defaultdict(int)
        self.store_ids: dict[str, int] = {}
        self.counters: list[int] = []  # stores with a counter, i.e. not the call centre
        self.users: list[tuple[int, str, int, int, bool]] = []
        self.pools: dict[tuple, list] = {}
        self.tables = {
            name: weighted(getattr(data, name))
            for name in ("SURNAMES", "EMAIL_DOMAINS", "TAGS", "PURCHASES_PER_CUSTOMER",
                         "CONTACTS_PER_CUSTOMER", "SATISFACTION", "CSAT", "CES", "MOBILE_PREFIXES",
                         "CHANNELS", "OUTCOMES", "TOPICS", "COMPLAINT_STATUSES", "SEVERITIES",
                         "COMPLAINT_CHANNELS", "COMPLAINT_CATEGORIES", "CLAIM_PLANS")
        }  # fmt: skip
        self.tables["PROVINCES"] = weighted([(p, p[1]) for p in data.PROVINCES])
        self.interaction_cover = list(data.INTERACTION_COVER)
        # Who complains and who brings a claim is drawn up front, so the first of them can
        # be given the statuses a small demo would otherwise miss.
        n_complaints = min(customers, max(round(customers * 0.03), len(S)))
        n_claims = min(customers, max(round(customers * 0.02), len(data.CLAIM_COVER)))
        self.complaint_plan: dict[int, tuple[ComplaintStatus, Severity] | None] = {
            pos: (list(S)[i], list(Severity)[i % len(Severity)]) if i < len(S) else None
            for i, pos in enumerate(rng.sample(range(customers), n_complaints))
        }
        self.claim_plan: dict[int, tuple[ClaimKind, ClaimStatus]] = {
            pos: data.CLAIM_COVER[i] if i < len(data.CLAIM_COVER) else self.pick("CLAIM_PLANS")
            for i, pos in enumerate(rng.sample(range(customers), n_claims))
        }

    # ------------------------------------------------------------------ helpers
    # random.choices and randrange cost microseconds each; at a few million draws these
    # cheaper equivalents are most of the generation time saved.

    def pick(self, name: str):
        values, cum = self.tables[name]
        return values[bisect_right(cum, self.random() * cum[-1])]

    def one(self, seq: Sequence):
        return seq[int(self.random() * len(seq))]

    def below(self, n: int) -> int:
        return int(self.random() * n)

    def next_id(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table]

    def at(self, day: int, seconds: float) -> datetime:
        """UTC time `seconds` after local midnight of ordinal `day`."""
        return self.epoch + timedelta(days=day - self.epoch_ord, seconds=seconds)

    def moment(self, day: int, first_hour: int = 8, last_hour: int = 21) -> datetime:
        """A random local business-hours time on ordinal `day`, in UTC."""
        return self.at(day, first_hour * 3600 + self.below((last_hour - first_hour) * 3600))

    def local_day(self, moment: datetime) -> int:
        return (moment + self.offset).toordinal()

    def staff(self, store_id: int | None, remote: bool, tier: int = 1) -> tuple[int, int]:
        """(user id, store id) of someone who would handle this: call centre or counter."""
        key = (store_id, remote, tier)
        pool = self.pools.get(key)
        if pool is None:
            pool = [
                u for u in self.users if u[2] == tier and (u[4] if remote else u[3] == store_id)
            ]
            pool = self.pools[key] = pool or [u for u in self.users if u[2] == tier]
        user = self.one(pool)
        return user[0], user[3]

    @staticmethod
    def stamps(moment: datetime) -> dict:
        return {"created_at": moment, "updated_at": moment, "version": 1}

    # ------------------------------------------------------------ reference data

    def reference_rows(self) -> None:
        since = self.at(self.t - 1500, 9 * 3600)
        for code, name, province, address, phone in data.STORES:
            sid = self.store_ids[code] = self.next_id("stores")
            if code != data.CALL_CENTRE:
                self.counters.append(sid)
            self.rows["stores"].append(
                {"id": sid, "code": code, "name": name, "address": address,
                 "province": province, "phone": phone, "is_active": True, **self.stamps(since)}
            )  # fmt: skip
        for username, full_name, role, tier, code in data.USERS:
            uid, store_id = self.next_id("users"), self.store_ids[code]
            self.users.append((uid, role, tier, store_id, code == data.CALL_CENTRE))
            self.rows["users"].append(
                {"id": uid, "username": username, "full_name": full_name, "password_hash": None,
                 "role": role, "tier": tier, "store_id": store_id, "is_active": True,
                 "failed_attempts": 0, "locked_until": None, "last_login_at": None,
                 **self.stamps(since)}
            )  # fmt: skip
        catalogue = []
        for sku, name, brand, category, months, days, price, weight in data.PRODUCTS:
            pid = self.next_id("products")
            prefix = data.SERIAL_PREFIX[brand]
            catalogue.append((Product(pid, name, category, months, days, price, prefix), weight))
            self.rows["products"].append(
                {"id": pid, "sku": sku, "name": name, "name_key": fold(name), "brand": brand,
                 "category": category, "warranty_months": months, "return_days": days,
                 "list_price_vnd": price, "is_active": True, **self.stamps(since)}
            )  # fmt: skip
        self.tables["PRODUCTS"] = weighted(catalogue)

    # ----------------------------------------------------------------- customers

    def customers(self, first: int, count: int) -> None:
        for position in range(first, first + count):
            self.customer(position)
        for _ in range(max(1, count * 3 // 200)):
            self.unknown_caller()

    def customer(self, position: int) -> None:
        rng = self.rng
        cid = self.next_id("customers")
        gender, full_name = self.name()
        name_key = self.folded.get(full_name) or self.folded.setdefault(full_name, fold(full_name))
        province, _, districts, streets, area = self.pick("PROVINCES")
        c = Cust(cid, self.store_ids[self.one(data.HOME_STORES[province])], self.birthday())
        phones = self.phones(c, area, old_format=position == 0)
        plan = self.claim_plan.get(position)
        bought = self.purchases(c, plan)
        spend = sum(b.price for b in bought)
        tier = "member"
        for threshold, name in data.TIER_SPEND:
            tier = name if spend >= threshold else tier
        consent = self.random() < 0.55
        self.interactions(c, bought)
        complained = position in self.complaint_plan
        if complained:
            self.complaint(c, bought, self.complaint_plan[position])
        if plan:
            self.claim(c, bought[0], *plan)
        self.tags(c, complained)
        self.ledger(c, bought, tier)
        self.reminders(c, bought, full_name, tier, consent)
        first = min((b.day for b in bought), default=rng.randint(self.t - 1460, self.t - 1))
        created = self.moment(max(first - self.below(31), self.t - 1500))
        if c.last is not None:
            created = min(created, c.last - timedelta(days=self.below(31)))
        self.rows["customers"].append(
            {"id": cid, "code": f"KH{cid:07d}", "full_name": full_name, "name_key": name_key,
             "gender": gender, "birthday": c.birthday, "email": self.email(name_key, c.birthday),
             "province": province, "district": self.one(districts),
             "address": self.address(province, streets), "tier": tier, "points": c.points,
             "marketing_consent": consent, "store_id": c.store_id,
             "notes": self.one(data.CUSTOMER_NOTES) if self.random() < 0.05 else "",
             "last_contact_at": c.last, "archived_at": None, "merged_into_id": None,
             "created_at": created, "updated_at": c.last or created, "version": 1}
        )  # fmt: skip
        self.rows["customer_phones"].extend(phones)

    def name(self) -> tuple[str | None, str]:
        roll = self.random()
        surname = self.pick("SURNAMES")
        if roll < 0.52:
            gender, middles, givens = "female", data.FEMALE_MIDDLE, data.FEMALE_GIVEN
        elif roll < 0.97:
            gender, middles, givens = "male", data.MALE_MIDDLE, data.MALE_GIVEN
        else:
            gender = "other" if roll < 0.975 else None
            middles, givens = data.OTHER_MIDDLE, data.OTHER_GIVEN
        return gender, f"{surname} {self.one(middles)} {self.one(givens)}"

    def birthday(self) -> date | None:
        if self.random() < 0.08:
            return None
        year = self.today.year - 18 - int(self.rng.betavariate(2, 3.5) * 62)
        if self.random() < 0.003:
            # Born on 29 February: birthday rules must not lose them in other years.
            while year % 4 or (year % 100 == 0 and year % 400):
                year -= 1
            return date(year, 2, 29)
        born = date(year, 1, 1) + timedelta(days=self.below(365))
        return min(born, add_months(self.today, -12 * 18))

    def email(self, name_key: str, birthday: date | None) -> str | None:
        if self.random() >= 0.3:
            return None
        parts = name_key.split()
        surname, given, middle = parts[0], parts[-1], "".join(parts[1:-1])
        year = f"{birthday.year % 100:02d}" if birthday else str(10 + self.below(90))
        local = self.one(
            (f"{given}.{surname}", f"{surname}{middle}{given}", f"{given}{surname}{year}",
             f"{given}.{surname}{1 + self.below(999)}")
        )  # fmt: skip
        return f"{local}@{self.pick('EMAIL_DOMAINS')}"

    def address(self, province: str, streets: tuple[str, ...]) -> str:
        rng, street = self.rng, self.one(streets)
        if province == "Hà Nội" and self.random() < 0.4:
            return f"Số {rng.randint(1, 120)} ngõ {rng.randint(1, 300)} {street}"
        if province == "TP. Hồ Chí Minh" and self.random() < 0.35:
            return f"{rng.randint(1, 450)}/{rng.randint(1, 40)} {street}"
        return f"{rng.randint(1, 500)} {street}"

    def phones(self, c: Cust, area: str | None, old_format: bool) -> list[dict]:
        rows = [self.phone_row(c.id, self.mobile(old_format or self.random() < 0.05), True)]
        if self.random() < 0.25:
            if area and self.random() < 0.4:
                rows.append(self.phone_row(c.id, self.landline(area), False))
            else:
                rows.append(self.phone_row(c.id, self.mobile(self.random() < 0.05), False))
        c.e164 = rows[0]["e164"]
        return rows

    def phone_row(self, cid: int, typed: tuple[str, str, str], primary: bool) -> dict:
        national, raw, label = typed
        return {"id": self.next_id("customer_phones"), "customer_id": cid,
                "e164": "+84" + national[1:], "raw": raw, "digits_rev": national[::-1],
                "label": label, "is_primary": primary}  # fmt: skip

    def mobile(self, old_format: bool = False) -> tuple[str, str, str]:
        """A mobile number no one has yet: (national, as typed, label)."""
        while True:
            tail = f"{self.below(10**7):07d}"
            if old_format:
                n = self.one(OLD_PREFIXES) + tail
                raw = self.one((n, f"{n[:4]} {n[4:7]} {n[7:]}", f"{n[:4]}.{n[4:7]}.{n[7:]}",
                                f"+84 {n[1:]}"))  # fmt: skip
                national = parse_phone(raw).national
            else:
                national = n = "0" + self.pick("MOBILE_PREFIXES") + tail
                raw = self.one(
                    (n, n, f"{n[:4]} {n[4:7]} {n[7:]}", f"{n[:4]}.{n[4:7]}.{n[7:]}",
                     f"+84 {n[1:]}", f"84{n[1:]}", f"+84 {n[1:4]} {n[4:7]} {n[7:]}",
                     f"{n[:3]} {n[3:6]} {n[6:]}")
                )  # fmt: skip
            if national not in self.used_numbers:
                self.used_numbers.add(national)
                return national, raw, "mobile"

    def landline(self, area: str) -> tuple[str, str, str]:
        while True:
            n = f"0{area}{self.one('367')}{self.below(10**7):07d}"
            if n not in self.used_numbers:
                self.used_numbers.add(n)
                raw = self.one((n, f"{n[:3]} {n[3:7]} {n[7:]}", f"({n[:3]}) {n[3:]}",
                                f"+84 {n[1:3]} {n[3:7]} {n[7:]}"))  # fmt: skip
                return n, raw, self.one(("home", "work"))

    def tags(self, c: Cust, complained: bool) -> None:
        chosen = []
        if self.random() < 0.15:
            chosen = [self.pick("TAGS") for _ in range(1 + self.below(2))]
        if complained and self.random() < 0.3:
            chosen.append("hay khiếu nại")
        for tag in dict.fromkeys(chosen):
            self.rows["customer_tags"].append(
                {"id": self.next_id("customer_tags"), "customer_id": c.id, "tag": tag}
            )
        if self.random() < 0.04:
            self.rows["important_dates"].append(
                {"id": self.next_id("important_dates"), "customer_id": c.id,
                 "label": self.one(data.IMPORTANT_DATES),
                 "date": date.fromordinal(self.rng.randint(self.t - 9000, self.t - 30)),
                 "yearly": True}
            )  # fmt: skip

    def ledger(self, c: Cust, bought: list[Bought], tier: str) -> None:
        """Points earned on each purchase, some spent, a birthday gift: c.points is the sum."""
        rng = self.rng
        for b in bought:
            if b.price >= 100_000:
                self.points(c, b.price // 100_000, f"Tích điểm mua {b.product.name}",
                            "purchase", b.id, self.moment(b.day))  # fmt: skip
        if c.birthday and tier != "member" and self.random() < 0.3:
            when = self.moment(rng.randint(self.t - 365, self.t - 1))
            self.points(c, 50, "Quà tặng sinh nhật", None, None, when)
        if bought and c.points >= 200 and self.random() < 0.25:
            when = self.moment(min(self.t - 1, max(b.day for b in bought) + rng.randint(1, 60)))
            spent = 100 * rng.randint(1, c.points // 100)
            self.points(c, -spent, "Đổi điểm lấy phiếu mua hàng", None, None, when)

    def points(self, c: Cust, delta: int, reason: str, kind: str | None, source: int | None,
               when: datetime) -> None:  # fmt: skip
        c.points += delta
        self.rows["points_entries"].append(
            {"id": self.next_id("points_entries"), "customer_id": c.id, "delta": delta,
             "reason": reason, "source_type": kind, "source_id": source, "created_at": when,
             "created_by_id": None}
        )  # fmt: skip

    # ---------------------------------------------------------------- purchases

    def purchases(self, c: Cust, plan: tuple[ClaimKind, ClaimStatus] | None) -> list[Bought]:
        rng = self.rng
        count = self.pick("PURCHASES_PER_CUSTOMER")
        bought = []
        if plan:
            # The claimed purchase comes first, dated so that the claim makes sense.
            kind, status = plan
            is_open = status in OPEN_CLAIM_STATUSES
            c.claim_day = self.t - (rng.randint(1, 12) if is_open else rng.randint(15, 700))
            product = self.pick("PRODUCTS")
            if kind is K.REPAIR:
                day = max(self.t - 1460, c.claim_day - rng.randint(20, 900))
            else:
                day = c.claim_day - rng.randint(1, max(1, product.return_days - 5))
            bought.append(self.purchase(c, day, product))
            count -= 1
        for _ in range(count):
            bought.append(self.purchase(c, rng.randint(self.t - 1460, self.t - 1)))
        return bought

    def purchase(self, c: Cust, day: int, product: Product | None = None) -> Bought:
        p = product or self.pick("PRODUCTS")
        pid = self.next_id("purchases")
        delivered = p.category in data.DELIVERED and self.random() < 0.75
        start = min(day + self.below(5), self.t - 1) if delivered else day
        extended = self.one((12, 24)) if delivered and self.random() < 0.12 else 0
        warranty_end = add_months(date.fromordinal(start), p.warranty_months + extended)
        price = int(p.price * (0.88 + 0.12 * self.random())) // 10_000 * 10_000
        year = date.fromordinal(day).year
        self.invoices[year] += 1
        store_id = c.store_id if self.random() < 0.85 else self.one(self.counters)
        self.rows["purchases"].append(
            {"id": pid, "customer_id": c.id, "product_id": p.id, "store_id": store_id,
             "serial_no": f"SN{p.serial_prefix}{year % 100:02d}{pid:08d}{self.below(10)}",
             "invoice_no": f"HD{year}{self.invoices[year]:07d}",
             "purchase_date": date.fromordinal(day),
             "delivery_date": date.fromordinal(start) if delivered else None,
             "price_vnd": price, "warranty_months": p.warranty_months,
             "extended_warranty_months": extended, "warranty_end": warranty_end,
             **self.stamps(self.moment(day))}
        )  # fmt: skip
        return Bought(pid, p, store_id, day, start, warranty_end, price)

    # -------------------------------------------------------------- interactions

    def interactions(self, c: Cust, bought: list[Bought]) -> None:
        for _ in range(self.pick("CONTACTS_PER_CUSTOMER")):
            covered = bool(self.interaction_cover)
            if covered:
                channel, direction, outcome = self.interaction_cover.pop(0)
            else:
                channel = self.pick("CHANNELS")
                direction = OUT if self.random() < data.OUTBOUND_SHARE[channel] else IN
                outcome = self.pick("OUTCOMES")
                if direction is OUT and channel is Channel.PHONE:
                    roll = self.random()
                    if roll < 0.2:
                        outcome = Outcome.NO_ANSWER if roll < 0.18 else Outcome.WRONG_NUMBER
            topic = self.pick("TOPICS")
            if bought and self.random() < 0.6:
                # Most contacts come in the weeks after a purchase and are about it.
                b = self.one(bought)
                day, product = b.day + int(self.rng.expovariate(1 / 20)), b.product.name
            else:
                day, product = self.t - 1 - self.below(730), self.pick("PRODUCTS").name
            day = max(self.t - 730, min(day, self.t - 1))
            if covered and outcome is Outcome.CALLBACK_NEEDED:
                day = self.t - 1  # so that any demo has a reminder due today
            if outcome is Outcome.NO_ANSWER:
                notes = data.NO_ANSWER_NOTE
            elif outcome is Outcome.WRONG_NUMBER:
                notes = data.WRONG_NUMBER_NOTE
            else:
                notes = self.one(data.NOTES[topic]).format(product=product)
                if outcome is Outcome.CALLBACK_NEEDED:
                    notes += data.CALLBACK_SUFFIX
            self.interaction(c, self.moment(day), channel, direction, topic, outcome, notes)

    def unknown_caller(self) -> None:
        national = self.mobile()[0]
        outcome = Outcome.WRONG_NUMBER if self.random() < 0.1 else Outcome.INFORMATION_GIVEN
        self.interaction(
            None, self.moment(self.t - 1 - self.below(730)), Channel.PHONE, IN,
            self.one(("product_question", "warranty", "other")), outcome,
            self.one(data.UNKNOWN_CALLER_NOTES), phone="+84" + national[1:],
        )  # fmt: skip

    def interaction(
        self, c: Cust | None, started: datetime, channel: Channel, direction: Direction,
        topic: str, outcome: Outcome, notes: str, complaint_id: int | None = None,
        claim_id: int | None = None, phone: str | None = None, late: bool = False,
    ) -> None:  # fmt: skip
        iid = self.next_id("interactions")
        duration = ended = satisfaction = None
        if channel is Channel.PHONE:
            if outcome is Outcome.NO_ANSWER:
                duration = 0
            elif outcome is Outcome.WRONG_NUMBER:
                duration = 10 + self.below(36)
            else:
                duration = min(1800, max(30, int(self.rng.lognormvariate(5.3, 0.6))))
            ended = started + timedelta(seconds=duration)
        answered = outcome in (Outcome.RESOLVED_FIRST_CONTACT, Outcome.INFORMATION_GIVEN)
        if direction is IN and answered and self.random() < 0.25:
            satisfaction = self.pick("SATISFACTION")
        remote = channel not in (Channel.STORE_VISIT, Channel.ON_SITE)
        agent, store = self.staff(c.store_id if c else None, remote)
        if c is not None and channel in (Channel.PHONE, Channel.SMS):
            phone = c.e164
        (self.late if late else self.rows)["interactions"].append(
            {"id": iid, "customer_id": c.id if c else None, "phone_e164": phone,
             "channel": channel, "direction": direction, "started_at": started,
             "ended_at": ended, "duration_seconds": duration, "topic": topic,
             "outcome": outcome, "notes": notes, "satisfaction": satisfaction,
             "agent_id": agent, "store_id": store, "complaint_id": complaint_id,
             "claim_id": claim_id, "corrects_id": None, "created_at": ended or started}
        )  # fmt: skip
        if c is None:
            return
        if c.last is None or started > c.last:
            c.last = started
        if outcome is Outcome.CALLBACK_NEEDED and self.local_day(started) >= self.t - 10:
            c.due.append(("callback", "interaction", iid, self.local_day(started) + 1))

    # ---------------------------------------------------------------- complaints

    def complaint(
        self, c: Cust, bought: list[Bought], plan: tuple[ComplaintStatus, Severity] | None
    ) -> None:
        rng = self.rng
        status, severity = plan or (self.pick("COMPLAINT_STATUSES"), self.pick("SEVERITIES"))
        fr_h, res_h = data.SLA_HOURS[severity]
        if status is S.NEW:
            day = self.t - rng.randint(1, 2)
        elif status in (S.IN_PROGRESS, S.WAITING_CUSTOMER, S.RESOLVED, S.REOPENED):
            # Open ones are young: about a quarter have run past their resolution due time.
            day = self.t - rng.randint(1, 2 + res_h // 20)
        else:
            day = self.t - rng.randint(15, 700)
        candidates = [b for b in bought if b.start <= day]
        purchase = self.one(candidates) if candidates else None
        category = self.pick("COMPLAINT_CATEGORIES")
        if purchase is None and category in data.PRODUCT_CATEGORIES:
            category = self.one(("billing", "staff_attitude", "other"))
        product = purchase.product.name if purchase else "sản phẩm"
        subcategory, description = self.one(data.COMPLAINTS[category])
        description = description.format(product=product)

        # The timeline, in hours after opening.
        fcr = status in (S.RESOLVED, S.CLOSED) and self.random() < 0.15
        fr = rng.uniform(0.05, 0.3) if fcr else rng.uniform(0.1, 1.3) * fr_h
        res = fr + 0.01 if fcr else max(fr + 1, rng.uniform(0.1, 1.2) * res_h)
        steps: list[tuple[float, ComplaintStatus, ComplaintStatus]] = []
        if status is S.CANCELLED:
            steps = [(rng.uniform(1, 72), S.NEW, S.CANCELLED)]
        elif status is not S.NEW:
            steps = [(fr, S.NEW, S.IN_PROGRESS)]
            if status is S.WAITING_CUSTOMER:
                steps.append((fr + rng.uniform(2, 48), S.IN_PROGRESS, S.WAITING_CUSTOMER))
            elif status in (S.RESOLVED, S.CLOSED, S.REOPENED):
                steps.append((res, S.IN_PROGRESS, S.RESOLVED))
                if status is S.CLOSED:
                    steps.append((res + rng.uniform(48, 168), S.RESOLVED, S.CLOSED))
                elif status is S.REOPENED:
                    steps.append((res + rng.uniform(24, 120), S.RESOLVED, S.REOPENED))
        last = steps[-1][0] if steps else 0.0
        opened = min(self.moment(day), self.end - timedelta(hours=last + rng.uniform(0.1, 10)))
        opened = opened.replace(microsecond=0)
        hours = lambda h: opened + timedelta(seconds=int(h * 3600))  # noqa: E731

        roll = self.random()
        tier = 1
        if severity is Severity.CRITICAL:
            tier = 2 if roll < 0.6 else 3
        elif (severity is Severity.HIGH and roll < 0.4) or roll < 0.08:
            tier = 2
        channel = self.pick("COMPLAINT_CHANNELS")
        creator, store = self.staff(c.store_id, channel is not Channel.STORE_VISIT)
        assignee = None if status is S.NEW and roll < 0.5 else self.staff(c.store_id, True, tier)[0]
        resolved_at = hours(res) if status in (S.RESOLVED, S.CLOSED) else None
        res_due = hours(res_h)
        if resolved_at:
            sla = SlaState.MET if resolved_at <= res_due else SlaState.BREACHED
        elif status is S.CANCELLED:
            sla = SlaState.ON_TRACK
        elif self.end > res_due:
            sla = SlaState.BREACHED
        else:
            at_risk = (res_due - self.end) * 4 < res_due - opened
            sla = SlaState.AT_RISK if at_risk else SlaState.ON_TRACK
        kind, notes = self.one(data.RESOLUTIONS) if resolved_at else (None, "")
        kid = self.next_id("complaints")
        comp_vnd = comp_points = 0
        if kind == "refund":
            comp_vnd = purchase.price if purchase else rng.randint(2, 20) * 50_000
        elif kind == "compensation":
            comp_vnd, comp_points = self.one(((200_000, 100), (300_000, 200), (500_000, 500)))
            self.points(c, comp_points, "Điểm tặng xin lỗi khách hàng", "complaint", kid,
                        resolved_at)  # fmt: skip
        rated = resolved_at is not None and self.random() < 0.7
        self.late["complaints"].append(
            {"id": kid, "number": None, "_year": (opened + self.offset).year,
             "customer_id": c.id, "purchase_id": purchase.id if purchase else None,
             "category": category, "subcategory": subcategory, "channel": channel,
             "description": description, "severity": severity,
             "priority": severity if self.random() < 0.85 else self.pick("SEVERITIES"),
             "status": status, "tier": tier, "assignee_id": assignee, "store_id": store,
             "created_by_id": creator, "opened_at": opened,
             "first_response_at": hours(fr) if steps and status is not S.CANCELLED else None,
             "first_response_due": hours(fr_h), "resolution_due": res_due, "sla_state": sla,
             "resolved_at": resolved_at,
             "closed_at": hours(last) if status in (S.CLOSED, S.CANCELLED) else None,
             "resolution_type": kind, "resolution_notes": notes, "compensation_vnd": comp_vnd,
             "compensation_points": comp_points, "first_contact_resolution": fcr,
             "csat": self.pick("CSAT") if rated else None,
             "ces": self.pick("CES") if rated else None, "archived_at": None,
             "created_at": opened, "updated_at": hours(last), "version": 1 + len(steps)}
        )  # fmt: skip
        events = [(0.0, "created", None, S.NEW, description, None)]
        if tier > 1:
            events.append((min(fr, 2) / 2, "escalated", None, None, f"Chuyển lên cấp {tier}.",
                           {"from_tier": 1, "to_tier": tier}))  # fmt: skip
        for h, before, after in steps:
            note = notes if after is S.RESOLVED else data.COMPLAINT_NOTES.get(after, "")
            events.append((h, "status_changed", before, after, note, None))
        for h, what, before, after, note, extra in sorted(events, key=lambda e: e[0]):
            self.late["complaint_events"].append(
                {"id": self.next_id("complaint_events"), "complaint_id": kid, "at": hours(h),
                 "actor_id": creator if what == "created" else assignee or creator,
                 "kind": what, "from_status": before, "to_status": after, "note": note,
                 "data": extra}
            )  # fmt: skip
        self.interaction(c, opened, channel, IN, "complaint", Outcome.COMPLAINT_OPENED,
                         data.COMPLAINT_CONTACT_NOTE.format(product=product), complaint_id=kid,
                         late=True)  # fmt: skip
        if resolved_at:
            self.interaction(c, resolved_at, Channel.PHONE, OUT, "complaint",
                             Outcome.INFORMATION_GIVEN, data.COMPLAINT_RESULT_NOTE,
                             complaint_id=kid, late=True)  # fmt: skip
            if self.local_day(resolved_at) >= self.t - 14:
                due = self.local_day(resolved_at) + 2
                c.due.append(("post_resolution", "complaint", kid, due))

    # -------------------------------------------------------------------- claims

    def claim(self, c: Cust, b: Bought, kind: ClaimKind, status: ClaimStatus) -> None:
        rng, p = self.rng, b.product
        path = _claim_path(rng, kind, status)
        day = max(c.claim_day, b.start)
        received = self.moment(day, 8, 20)
        offsets, h = [0.0], 0.0
        for step in path[1:]:
            low, high, _ = data.CLAIM_STEPS[step]
            h += rng.uniform(low, high)
            offsets.append(h)
        room = (self.end - received).total_seconds() / 3600 - 0.5
        if h > room:
            # Squeeze a recent claim's steps so that its history ends before today.
            offsets = [o * room / h for o in offsets]
        at = [received + timedelta(seconds=int(o * 3600)) for o in offsets]
        in_warranty = date.fromordinal(day) <= b.warranty_end
        if kind is K.RETURN:
            fault = self.one(data.RETURN_REASONS)
            reason = f"Trong thời hạn đổi trả {p.return_days} ngày"
        else:
            fault = self.one(data.FAULTS[p.category])
            if kind is K.EXCHANGE:
                fault += " " + data.EXCHANGE_REASONS[0]
            until = f"{b.warranty_end:%d/%m/%Y}"
            reason = f"Còn bảo hành đến {until}" if in_warranty else f"Hết bảo hành từ {until}"
        qid = self.next_id("claims")
        refund = None
        if status is C.REFUNDED:
            # A restocking fee for an opened box, never a refund above what was paid.
            refund = b.price - b.price * self.one((0, 0, 5, 10)) // 100 // 10_000 * 10_000
        rejection = self.one(data.REJECTIONS) if status is C.REJECTED else None
        creator, assignee = self.staff(b.store_id, False)[0], self.staff(b.store_id, False)[0]
        closed = status in (C.RETURNED, C.REJECTED, C.EXCHANGED, C.REFUNDED)
        repair = kind is K.REPAIR
        self.late["claims"].append(
            {"id": qid, "number": None, "_year": (received + self.offset).year, "kind": kind,
             "status": status, "customer_id": c.id, "purchase_id": b.id,
             "store_id": b.store_id, "created_by_id": creator, "assignee_id": assignee,
             "received_at": received, "fault_description": fault,
             "condition_on_receipt": self.one(data.CONDITIONS),
             "accessories": data.ACCESSORIES[p.category], "in_warranty": in_warranty,
             "warranty_reason": reason,
             "expected_return_date": date.fromordinal(day + rng.randint(7, 14)) if repair
             else None,
             "quoted_cost_vnd": min(b.price // 2, rng.randint(3, 30) * 100_000)
             if repair and not in_warranty else None,
             "refund_vnd": refund,
             "replacement_serial": f"SN{p.serial_prefix}R{qid:08d}"
             if status is C.EXCHANGED else None,
             "rejection_reason": rejection, "closed_at": at[-1] if closed else None,
             "archived_at": None, "created_at": received, "updated_at": at[-1],
             "version": len(path)}
        )  # fmt: skip
        for i, step in enumerate(path):
            note = (
                (rejection or "")
                if step is C.REJECTED
                else data.CLAIM_STEPS[step][2]
                if i
                else fault
            )
            self.late["claim_events"].append(
                {"id": self.next_id("claim_events"), "claim_id": qid, "at": at[i],
                 "actor_id": assignee if i else creator,
                 "kind": "status_changed" if i else "created",
                 "from_status": path[i - 1] if i else None, "to_status": step, "note": note,
                 "data": {"refund_vnd": refund} if step is C.REFUNDED else None}
            )  # fmt: skip
        self.interaction(
            c, received, Channel.STORE_VISIT, IN, "return" if kind is K.RETURN else "warranty",
            Outcome.INFORMATION_GIVEN,
            data.CLAIM_CONTACT_NOTE.format(what=data.CLAIM_WORDS[kind], product=p.name),
            claim_id=qid, late=True,
        )  # fmt: skip
        if C.READY in path:
            self.interaction(c, at[path.index(C.READY)], Channel.PHONE, OUT, "warranty",
                             Outcome.INFORMATION_GIVEN,
                             data.CLAIM_READY_NOTE.format(product=p.name), claim_id=qid,
                             late=True)  # fmt: skip

    # ----------------------------------------------------------------- reminders

    def reminders(
        self, c: Cust, bought: list[Bought], full_name: str, tier: str, consent: bool
    ) -> None:
        today, titles = self.t, data.REMINDER_TITLES
        due = [(*item, titles[item[0]]) for item in c.due]
        for b in bought:
            if b.day >= today - 10:
                title = titles["post_purchase"].format(product=b.product.name)
                due.append(("post_purchase", "purchase", b.id, b.day + 3, title))
            warn = b.warranty_end.toordinal() - 7
            if today - 7 <= warn <= today + 14 and b.price >= 3_000_000:
                title = titles["warranty_ending"].format(
                    product=b.product.name, date=f"{b.warranty_end:%d/%m/%Y}"
                )
                due.append(("warranty_ending", "purchase", b.id, warn, title))
        if c.birthday and (tier != "member" or consent):
            for year in (self.today.year - 1, self.today.year, self.today.year + 1):
                try:
                    day = c.birthday.replace(year=year)
                except ValueError:  # 29 February is celebrated on the 28th in other years
                    day = date(year, 2, 28)
                if today - 3 <= day.toordinal() <= today + 7:
                    title = titles["birthday"].format(name=full_name)
                    due.append(("birthday", "customer", c.id, day.toordinal(), title))
        quiet = c.last is None or c.last < self.end - timedelta(days=365)
        if tier in ("gold", "vip") and quiet and self.random() < 0.5:
            day = today + self.rng.randint(-5, 10)
            due.append(("inactive", "customer", c.id, day, titles["inactive"]))
        for item in due:
            self.reminder(c, *item)

    def reminder(self, c: Cust, rule: str, subject_type: str, subject_id: int, day: int,
                 title: str) -> None:  # fmt: skip
        due_at = self.at(day, (16 + self.below(18)) * 1800)  # 08:00 to 16:30, local
        assignee = None
        if self.random() < 0.6:  # the rest wait in the store's shared pool
            assignee = self.staff(c.store_id, self.random() < 0.5)[0]
        status, done_at, done_by, snoozed = ReminderStatus.OPEN, None, None, None
        if day < self.t:
            roll = self.random()
            if roll < 0.8:
                status = ReminderStatus.DONE if roll < 0.75 else ReminderStatus.DISMISSED
                done_at = min(due_at + timedelta(minutes=5 + self.below(1440)),
                              self.end - timedelta(minutes=1 + self.below(600)))  # fmt: skip
                done_by = assignee or self.staff(c.store_id, True)[0]
        elif day == self.t and self.random() < 0.1:
            snoozed = due_at + timedelta(hours=2)
        created = min(due_at - timedelta(days=1 + self.below(3)), self.end)
        self.rows["reminders"].append(
            {"id": self.next_id("reminders"),
             "unique_key": f"{rule}:{subject_type}:{subject_id}:{date.fromordinal(day)}",
             "rule": rule, "subject_type": subject_type, "subject_id": subject_id,
             "customer_id": c.id, "due_at": due_at, "title": title, "notes": "",
             "assignee_id": assignee, "store_id": c.store_id, "status": status,
             "snoozed_until": snoozed, "done_at": done_at, "done_by_id": done_by,
             "created_at": created, "updated_at": done_at or created, "version": 1}
        )  # fmt: skip
