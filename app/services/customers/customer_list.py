"""The customer list: every matching id in order, then rows for just the ids on screen.

The list screen's model holds `customer_ids(...)` (a million ints is a few tens of MB) and
asks `customer_rows(...)` for the page being scrolled into view, as Anki's browser does.
Each sort is a walk along one index (ties broken by id, so the order is stable and
reverses exactly when `descending` flips); customers left out of the list (archived, or
merged into another) are few, so they are subtracted afterwards rather than checked row
by row, which would take a table read per customer.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from operator import itemgetter
from typing import Literal, get_args

from sqlalchemy import ColumnElement, Select, bindparam, func, select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import t
from app.models import (
    OPEN_COMPLAINT_STATUSES,
    Complaint,
    Customer,
    CustomerPhone,
    CustomerTag,
    Store,
    Tier,
)
from app.provinces import province_sort_key
from app.text import fold

SortColumn = Literal[
    "code", "full_name", "tier", "province", "last_contact_at", "points", "birthday"
]
SORT_COLUMNS: tuple[SortColumn, ...] = get_args(SortColumn)
# Lowest to highest, as a person reads tiers (not the alphabetical order of their values).
TIER_ORDER = (Tier.MEMBER, Tier.SILVER, Tier.GOLD, Tier.PLATINUM, Tier.VIP)
# Ids per IN (...) list: under SQLite's and PostgreSQL's limits on bound parameters.
_CHUNK = 500
# Rows fetched from the driver at a time: a million ids never sit in memory twice over.
_FETCH = 50_000


@dataclass(frozen=True)
class CustomerListFilter:
    """Which customers the list shows; None means "any"."""

    tier: Tier | None = None
    tag: str | None = None
    store_id: int | None = None
    province: str | None = None
    birthday_month: int | None = None  # 1-12
    has_open_complaints: bool | None = None
    include_archived: bool = False

    def __post_init__(self) -> None:
        if self.birthday_month is not None and not 1 <= self.birthday_month <= 12:
            raise ValidationError(
                t(
                    "{month} is not a month: choose a birthday month from 1 to 12.",
                    month=self.birthday_month,
                ),
                "birthday_month",
            )


@dataclass(frozen=True)
class CustomerListSort:
    """The column the list is sorted by; full_name sorts by the accent-free name_key."""

    column: SortColumn = "code"
    descending: bool = False

    def __post_init__(self) -> None:
        if self.column not in SORT_COLUMNS:
            raise ValueError(f"cannot sort customers by {self.column!r}")


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customer list."""

    id: int
    code: str
    full_name: str
    primary_phone: str | None  # E.164
    tier: Tier
    points: int
    birthday: date | None
    province: str
    store_code: str | None
    last_contact_at: datetime | None
    open_complaints: int
    tags: tuple[str, ...]


_customers = Customer.__table__
_stores = Store.__table__
_ROWS = (
    select(
        _customers.c.id,
        _customers.c.code,
        _customers.c.full_name,
        _customers.c.tier,
        _customers.c.points,
        _customers.c.birthday,
        _customers.c.province,
        _stores.c.code,
        _customers.c.last_contact_at,
    )
    .select_from(_customers.outerjoin(_stores, _stores.c.id == _customers.c.store_id))
    .where(_customers.c.id.in_(bindparam("ids", expanding=True)))
)


def customer_ids(
    session: Session,
    f: CustomerListFilter | None = None,
    sort: CustomerListSort | None = None,
) -> list[int]:
    """The ids of every customer `f` lets through, in the order `sort` asks for.

    Ties are broken by id; customers without a birthday or a last contact come last in
    both directions.
    """
    f = f or CustomerListFilter()
    sort = sort or CustomerListSort()
    conditions = _conditions(f)
    ids: list[int] = []
    for segment, order_by in _segments(sort):
        query = select(Customer.id).where(*conditions, *segment).order_by(*order_by)
        ids.extend(_all_scalars(session, query))
    if not f.include_archived:
        hidden = _hidden_ids(session)
        if hidden:
            ids = [cid for cid in ids if cid not in hidden]
    return ids


def customer_id_array(
    session: Session, f: CustomerListFilter | None = None, sort: CustomerListSort | None = None
) -> array:
    """customer_ids as a compact array (8 bytes an id, not a Python int each): what the
    list holds for a million customers."""
    return array("q", customer_ids(session, f, sort))


def customer_rows(session: Session, ids: Sequence[int]) -> list[CustomerRow]:
    """The list rows of `ids`, in the same order; an id no longer in the database is skipped."""
    ids = list(ids)
    if not ids:
        return []
    found: dict[int, tuple] = {}
    for chunk in _chunks(ids):
        for row in session.execute(_ROWS, {"ids": chunk}):
            found[row[0]] = tuple(row)
    phones = phone_numbers(session, found)
    complaints = open_complaint_counts(session, found)
    tags = customer_tags(session, found)
    rows = []
    for cid in ids:
        values = found.get(cid)
        if values is None:
            continue
        _, code, full_name, tier, points, birthday, province, store_code, last_contact = values
        numbers = phones.get(cid, ())
        rows.append(
            CustomerRow(
                id=cid,
                code=code,
                full_name=full_name,
                primary_phone=numbers[0] if numbers else None,
                tier=tier,
                points=points,
                birthday=birthday,
                province=province,
                store_code=store_code,
                last_contact_at=last_contact,
                open_complaints=complaints.get(cid, 0),
                tags=tags.get(cid, ()),
            )
        )
    return rows


# --- what the filter boxes offer ------------------------------------------------------------


@dataclass(frozen=True)
class StoreChoice:
    """A store the list can be narrowed to."""

    id: int
    code: str
    name: str


@dataclass(frozen=True)
class CustomerFilterChoices:
    """Every province and tag some listed customer has, in Vietnamese order, and the stores."""

    provinces: tuple[str, ...]
    tags: tuple[str, ...]
    stores: tuple[StoreChoice, ...]


# Per value, how many customers have it (a walk along its index, never the table), then
# how many of the few hidden customers do: a value is in use while the first count is larger.
_PROVINCE_COUNTS = select(_customers.c.province, func.count()).group_by(_customers.c.province)
_TAG_COUNTS = select(CustomerTag.tag, func.count()).group_by(CustomerTag.tag)
_HIDDEN_PROVINCES = select(_customers.c.province).where(
    _customers.c.id.in_(bindparam("ids", expanding=True))
)
_HIDDEN_TAGS = select(CustomerTag.tag).where(
    CustomerTag.customer_id.in_(bindparam("ids", expanding=True))
)


def customer_filter_choices(session: Session) -> CustomerFilterChoices:
    """The provinces and tags of customers the list shows (not archived, not merged away),
    each once, and every store. Provinces come in Vietnamese alphabetical order ("Đà Nẵng"
    after every D, "TP. Hồ Chí Minh" among the Hs); tags by their accent-free form.

    Not `SELECT DISTINCT ... WHERE archived_at IS NULL`: that condition needs a table read
    per customer, seconds at a million; the counts below read only indexes.
    """
    hidden = list(_hidden_ids(session))
    stores = session.execute(select(Store.id, Store.code, Store.name).order_by(Store.code))
    return CustomerFilterChoices(
        provinces=_in_use(session, _PROVINCE_COUNTS, _HIDDEN_PROVINCES, hidden, province_sort_key),
        tags=_in_use(session, _TAG_COUNTS, _HIDDEN_TAGS, hidden, lambda v: (fold(v), v)),
        stores=tuple(StoreChoice(id=i, code=code, name=name) for i, code, name in stores),
    )


def _in_use(
    session: Session,
    counts: Select,
    of_hidden: Select,
    hidden: list[int],
    order: Callable[[str], object],
) -> tuple[str, ...]:
    hidden_counts: dict[str, int] = defaultdict(int)
    for chunk in _chunks(hidden):
        for value in session.scalars(of_hidden, {"ids": chunk}):
            hidden_counts[value] += 1
    values = [v for v, n in session.execute(counts) if v and n > hidden_counts.get(v, 0)]
    return tuple(sorted(values, key=order))


# --- facts about a handful of customers (also used by the search) -------------------------

_ids = bindparam("ids", expanding=True)
_phones = CustomerPhone.__table__
_complaints = Complaint.__table__
_tags = CustomerTag.__table__
# Statements built once: for a page of rows, building them would cost more than running them.
_PHONES = (
    select(_phones.c.customer_id, _phones.c.e164)
    .where(_phones.c.customer_id.in_(_ids))
    .order_by(_phones.c.customer_id, _phones.c.is_primary.desc(), _phones.c.id)
)
# Statuses are judged in Python: a customer has a handful of complaints at most, and a
# status condition in SQL tempts SQLite into walking the status index instead.
_COMPLAINTS = select(_complaints.c.customer_id, _complaints.c.status).where(
    _complaints.c.customer_id.in_(_ids), _complaints.c.archived_at.is_(None)
)
_TAGS = (
    select(_tags.c.customer_id, _tags.c.tag)
    .where(_tags.c.customer_id.in_(_ids))
    .order_by(_tags.c.customer_id, _tags.c.tag)
)
_OPEN = frozenset(OPEN_COMPLAINT_STATUSES)


def phone_numbers(session: Session, ids: Iterable[int]) -> dict[int, tuple[str, ...]]:
    """E.164 numbers of each customer, the primary one first, then in the order added."""
    found: dict[int, list[str]] = defaultdict(list)
    for chunk in _chunks(list(ids)):
        for cid, e164 in session.execute(_PHONES, {"ids": chunk}):
            found[cid].append(e164)
    return {cid: tuple(numbers) for cid, numbers in found.items()}


def open_complaint_counts(session: Session, ids: Iterable[int]) -> dict[int, int]:
    """Open (not yet resolved, not archived) complaints per customer; absent means none."""
    counts: dict[int, int] = defaultdict(int)
    for chunk in _chunks(list(ids)):
        for cid, status in session.execute(_COMPLAINTS, {"ids": chunk}):
            if status in _OPEN:
                counts[cid] += 1
    return dict(counts)


def customer_tags(session: Session, ids: Iterable[int]) -> dict[int, tuple[str, ...]]:
    """Each customer's tags in alphabetical order."""
    found: dict[int, list[str]] = defaultdict(list)
    for chunk in _chunks(list(ids)):
        for cid, tag in session.execute(_TAGS, {"ids": chunk}):
            found[cid].append(tag)
    return {cid: tuple(tags) for cid, tags in found.items()}


# --- building the id query ----------------------------------------------------------------


def _open_complaint_customers() -> Select:
    return select(Complaint.customer_id).where(
        Complaint.status.in_(OPEN_COMPLAINT_STATUSES), Complaint.archived_at.is_(None)
    )


def _conditions(f: CustomerListFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if f.tier is not None:
        conditions.append(Customer.tier == f.tier)
    if f.tag is not None:
        tagged = select(CustomerTag.customer_id).where(CustomerTag.tag == f.tag)
        conditions.append(Customer.id.in_(tagged))
    if f.store_id is not None:
        conditions.append(Customer.store_id == f.store_id)
    if f.province is not None:
        conditions.append(Customer.province == f.province)
    if f.birthday_month is not None:
        # As a list of ids read from the birthday index alone (a covering scan): as a plain
        # condition the month is computed row by row along whatever index the sort uses,
        # with a table read each time (seconds at a million customers).
        born = Customer.__table__.alias("born")
        in_month = select(born.c.id).where(
            func.extract("month", born.c.birthday) == f.birthday_month
        )
        conditions.append(Customer.id.in_(in_month))
    if f.has_open_complaints is True:
        conditions.append(Customer.id.in_(_open_complaint_customers()))
    elif f.has_open_complaints is False:
        conditions.append(Customer.id.not_in(_open_complaint_customers()))
    return conditions


def _segments(sort: CustomerListSort) -> list[tuple[list[ColumnElement[bool]], list]]:
    """(extra conditions, ORDER BY) per query; the results are concatenated in this order.

    Each query follows one index: tiers one after the other in rank order, and for a
    column that may be empty, the rows that have a value, then the ones that have none.
    """

    def direction(column):
        return column.desc() if sort.descending else column.asc()

    key = direction(Customer.id)
    if sort.column == "code":
        return [([], [direction(Customer.code)])]
    if sort.column == "tier":
        tiers = reversed(TIER_ORDER) if sort.descending else TIER_ORDER
        return [([Customer.tier == tier], [key]) for tier in tiers]
    if sort.column in ("last_contact_at", "birthday"):
        column = getattr(Customer, sort.column)
        return [([column.is_not(None)], [direction(column), key]), ([column.is_(None)], [key])]
    column = {
        "full_name": Customer.name_key,
        "province": Customer.province,
        "points": Customer.points,
    }[sort.column]
    return [([], [direction(column), key])]


def _hidden_ids(session: Session) -> set[int]:
    """Customers the list leaves out unless asked: archived ones and merged ones.

    Two queries, not one with OR: each is a walk along its own index.
    """
    hidden: set[int] = set()
    for column in (Customer.archived_at, Customer.merged_into_id):
        hidden.update(_all_scalars(session, select(Customer.id).where(column.is_not(None))))
    return hidden


def _all_scalars(session: Session, query: Select) -> list[int]:
    """The first column of every row, read straight from the driver's cursor.

    For a million ids, SQLAlchemy's per-row result processing costs ten times what
    SQLite takes to walk the index; ids need no processing.
    """
    result = session.connection().execute(query)
    ids: list[int] = []
    try:
        while rows := result.cursor.fetchmany(_FETCH):
            ids.extend(map(itemgetter(0), rows))
    finally:
        result.close()
    return ids


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]
