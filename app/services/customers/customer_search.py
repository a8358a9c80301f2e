"""Global customer search: whatever the agent has at hand, the right customer first.

One box takes a phone number in any format or its last digits, a customer code, a
product's serial or invoice number, an e-mail address, or words of a name typed without
accents in any order. Exact matches come first (phone, code, serial, invoice, e-mail),
then phones ending in the digits typed, then names. An empty query lists the customers
contacted most recently.

Every step is an index lookup that stops after `limit` customers, so the time does not
grow with the number of customers; display fields are then read for those few ids only.
The statements are built once, at import: building one costs more than SQLite takes to
run it, and a search runs about eight of them on every keystroke.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Literal

from sqlalchemy import Row, Select, bindparam, exists, func, literal, select, union_all
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.models import Customer, CustomerNameToken, CustomerPhone, Purchase, Store, Tier
from app.services.customers.customer_list import open_complaint_counts, phone_numbers
from app.services.customers.name_index import TOKEN_LENGTH
from app.text import fold, interpretations, looks_like_phone, nfc, phone_digits

MatchedBy = Literal["phone", "phone_suffix", "code", "serial", "invoice", "email", "name", "recent"]

# Only the start of a pasted essay is read: no name, number or code is longer.
MAX_QUERY_CHARS = 200
# Words of a name looked at; a seventh word adds nothing an agent needs and costs a seek.
MAX_WORDS = 6
# A word's matches are counted up to this many to find the most selective word; when
# several words reach it, those are counted again up to the wider cap.
ESTIMATE_CAP = 2_000
ESTIMATE_CAP_WIDE = 20_000
# Results asked for at most; a search box shows a screenful.
MAX_LIMIT = 200
# Merges of merges are followed this far (and a loop, which should never exist, stops).
MAX_MERGE_HOPS = 16
# Fewer digits than this are not "the last digits of a phone": too many people share them.
MIN_SUFFIX_DIGITS = 4
# Width of customer_phones.digits_rev: "1234" ... "1234" + "9" * 16 is every number
# ending in 4321, with a bound of digits only, so the range holds under any collation.
_DIGITS_REV_WIDTH = 20
# Above every character: "dao" <= token < "dao" + _TOP is "every word starting with dao"
# (tokens compare byte-wise: BINARY on SQLite, COLLATE "C" on PostgreSQL).
_TOP = "\U0010ffff"
# Query words are runs of letters and digits; "%" and "_" stay inside a word, where they
# match nothing (tokens have neither) instead of acting as wildcards.
_QUERY_WORD = re.compile(r"[\w%]+")
# Ids per IN (...) list: under SQLite's and PostgreSQL's limits on bound parameters.
_CHUNK = 500
# What an exact key found, by the rank column of _KEY_OWNERS.
_KEY_KINDS: tuple[MatchedBy, ...] = ("code", "serial", "invoice", "email")


@dataclass(frozen=True)
class CustomerHit:
    """One search result: enough to pick the right person without opening the profile."""

    id: int
    code: str
    full_name: str
    primary_phone: str | None  # E.164
    phones: tuple[str, ...]  # E.164, primary first
    tier: Tier
    birthday: date | None
    store_code: str | None
    store_name: str | None
    last_contact_at: datetime | None
    open_complaints: int
    matched_by: MatchedBy


# --- the statements ------------------------------------------------------------------------

_customers = Customer.__table__
_phones = CustomerPhone.__table__
_tokens = CustomerNameToken.__table__
_purchases = Purchase.__table__
_stores = Store.__table__

_PHONE_OWNERS = (
    select(_phones.c.customer_id)
    .where(_phones.c.e164.in_(bindparam("numbers", expanding=True)))
    .order_by(_phones.c.is_primary.desc(), _phones.c.id)
)

# Equality only (never LIKE): "%" and "_" in a code or serial are plain characters.
_keys = bindparam("keys", expanding=True)
_KEY_OWNERS = union_all(
    select(literal(0).label("rank"), _customers.c.id.label("cid")).where(
        _customers.c.code.in_(_keys)
    ),
    select(literal(1), _purchases.c.customer_id).where(_purchases.c.serial_no.in_(_keys)),
    select(literal(2), _purchases.c.customer_id).where(_purchases.c.invoice_no.in_(_keys)),
    select(literal(3), _customers.c.id).where(_customers.c.email.in_(_keys)),
).order_by("rank", "cid")

_PHONE_SUFFIX = (
    select(_phones.c.customer_id)
    .where(_phones.c.digits_rev >= bindparam("low"), _phones.c.digits_rev <= bindparam("high"))
    .order_by(_phones.c.digits_rev, _phones.c.customer_id)
    .limit(bindparam("fetch"))
)

_WORD_COUNT = select(func.count()).select_from(
    select(_tokens.c.customer_id)
    .where(_tokens.c.token >= bindparam("low"), _tokens.c.token < bindparam("high"))
    .limit(bindparam("cap"))
    .subquery()
)

# Names that start with the words as typed, in that order ("nguyen thi d"): the most
# likely meaning of a name typed in full, so they come before the same words in any order.
_NAME_PREFIX = (
    select(_customers.c.id, _customers.c.name_key)
    .where(_customers.c.name_key >= bindparam("low"), _customers.c.name_key < bindparam("high"))
    .order_by(_customers.c.name_key, _customers.c.id)
    .limit(bindparam("fetch"))
)

_CONTACTED = (
    select(_customers.c.id)
    .where(_customers.c.last_contact_at.is_not(None))
    .order_by(_customers.c.last_contact_at.desc(), _customers.c.id.desc())
    .limit(bindparam("fetch"))
)
_NEVER_CONTACTED = (
    select(_customers.c.id)
    .where(_customers.c.last_contact_at.is_(None))
    .order_by(_customers.c.id.desc())
    .limit(bindparam("fetch"))
)

# Judged in Python, not in a WHERE clause: without table statistics SQLite takes
# "merged_into_id IS NULL" for a selective index lookup and would walk every customer.
_STATES = select(_customers.c.id, _customers.c.merged_into_id, _customers.c.archived_at).where(
    _customers.c.id.in_(bindparam("ids", expanding=True))
)

_DETAILS = (
    select(
        _customers.c.id,
        _customers.c.code,
        _customers.c.full_name,
        _customers.c.tier,
        _customers.c.birthday,
        _stores.c.code,
        _stores.c.name,
        _customers.c.last_contact_at,
    )
    .select_from(_customers.outerjoin(_stores, _stores.c.id == _customers.c.store_id))
    .where(_customers.c.id.in_(bindparam("ids", expanding=True)))
)

# PostgreSQL: the plan cache mode before (first column) and during a search.
_CUSTOM_PLANS = select(
    func.current_setting("plan_cache_mode"),
    func.set_config("plan_cache_mode", "force_custom_plan", True),
)
_PLAN_MODE = select(func.set_config("plan_cache_mode", bindparam("mode"), True))


@cache
def _name_query(words: int) -> Select:
    """Customers with a word in [low0, high0) and, for each other typed word i, one in
    [low_i, high_i): the first range is scanned, the others are one seek each per row."""
    query = select(_tokens.c.customer_id).where(
        _tokens.c.token >= bindparam("low0"), _tokens.c.token < bindparam("high0")
    )
    for i in range(1, words):
        other = _tokens.alias(f"word{i}")
        query = query.where(
            exists().where(
                other.c.customer_id == _tokens.c.customer_id,
                other.c.token >= bindparam(f"low{i}"),
                other.c.token < bindparam(f"high{i}"),
            )
        )
    return query.order_by(_tokens.c.token, _tokens.c.customer_id).limit(bindparam("fetch"))


# --- the service -----------------------------------------------------------------------------


def search_customers(session: Session, query: str, limit: int = 20) -> list[CustomerHit]:
    """Customers matching `query`, best first, at most `limit` of them.

    Never raises on odd input: a query with nothing searchable in it (spaces, punctuation)
    gives the recently contacted customers, one that matches nothing gives [].
    """
    limit = min(limit, MAX_LIMIT)
    if limit <= 0:
        return []
    text = _printable(query)
    words = query_words(text)
    if not words:
        return recent_customers(session, limit)
    found: dict[int, MatchedBy] = {}
    with _planned_for_these_values(session):
        _look_up(session, text, words, limit, found)
    return _hits(session, found)


def _look_up(
    session: Session, text: str, words: list[str], limit: int, found: dict[int, MatchedBy]
) -> None:
    """Fill `found` (customer id -> how it matched) in rank order, up to `limit`."""

    def take(ids: Iterable[int], how: MatchedBy) -> None:
        for cid in ids:
            if len(found) >= limit:
                return
            found.setdefault(cid, how)

    numbers = _phone_readings(text) if looks_like_phone(text) else None
    if numbers:
        take(_active(session, _phone_owners(session, numbers)), "phone")
    # Codes, serials, invoice numbers and e-mails have no spaces.
    if " " not in text and len(found) < limit:
        for how, ids in _key_owners(session, text):
            take(_active(session, ids), how)
    # A complete number was looked up whole; a partial one may be the end of a number.
    if numbers == [] and len(found) < limit:
        take(_phone_suffix_owners(session, phone_digits(text), limit), "phone_suffix")
    # A word with "%" or "_" in it matches no word of a name: no need to ask.
    if len(found) < limit and not any("%" in w or "_" in w for w in words):
        take(_names_starting_with(session, " ".join(words), limit), "name")
        if len(found) < limit:
            take(_name_matches(session, words, limit), "name")


def recent_customers(session: Session, limit: int = 20) -> list[CustomerHit]:
    """The customers contacted most recently, newest first (the empty search).

    A database where no one has been contacted yet shows the newest customers instead.
    """
    limit = min(limit, MAX_LIMIT)
    if limit <= 0:
        return []
    ids = _first_listed(session, _CONTACTED, {}, limit)
    if len(ids) < limit:
        ids += _first_listed(session, _NEVER_CONTACTED, {}, limit - len(ids))
    return _hits(session, dict.fromkeys(ids, "recent"))


@contextmanager
def _planned_for_these_values(session: Session) -> Iterator[None]:
    """On PostgreSQL, plan each statement for the values at hand while searching.

    psycopg prepares a statement run five times on a connection, and PostgreSQL may then
    switch to one generic plan for all values. For a prefix range that plan cannot know
    whether "nguyen" covers 40 % of the names or "xuyen" ten of them: measured at a million
    customers it hash-joins both ranges (180 ms) where the plan for the values walks a few
    hundred index entries (0.2 ms). The setting is put back afterwards.
    """
    if session.get_bind().dialect.name != "postgresql":
        yield
        return
    before = session.execute(_CUSTOM_PLANS).scalar()
    try:
        yield
    finally:
        session.execute(_PLAN_MODE, {"mode": before})


def _printable(query: str) -> str:
    """The query in NFC, without control or format characters (a NUL pasted from a
    spreadsheet is refused by PostgreSQL), cut to MAX_QUERY_CHARS."""
    text = nfc(query[: MAX_QUERY_CHARS * 4])
    if not text.isprintable():
        text = nfc("".join(c if unicodedata.category(c)[0] != "C" else " " for c in text))
    return text[:MAX_QUERY_CHARS]


def query_words(text: str) -> list[str]:
    """The distinct words of a query as the name index spells them, the first MAX_WORDS."""
    words = (word[:TOKEN_LENGTH] for word in _QUERY_WORD.findall(fold(text)))
    return list(dict.fromkeys(words))[:MAX_WORDS]


# --- the lookups, each giving customer ids best first ---------------------------------------


def _phone_readings(text: str) -> list[str]:
    """E.164 of every reading of a phone-like query (08 + 8 digits has two); [] if it is
    not a whole number (then it may be the last digits of one)."""
    try:
        return [reading.e164 for reading in interpretations(text)]
    except ValidationError:
        return []


def _phone_owners(session: Session, numbers: list[str]) -> list[int]:
    """Every customer with one of `numbers` (several share one in a household), those
    holding it as their primary number first."""
    return list(session.scalars(_PHONE_OWNERS, {"numbers": numbers}))


def phone_holders(session: Session, numbers: Sequence[str]) -> list[int]:
    """The active customers with any of `numbers` (E.164), the holders of the first
    number first; a merged customer gives the one it was merged into."""
    ids: list[int] = []
    for number in dict.fromkeys(numbers):
        ids += _active(session, _phone_owners(session, [number]))
    return list(dict.fromkeys(ids))


def _key_owners(session: Session, text: str) -> list[tuple[MatchedBy, list[int]]]:
    """Owners of an exact code, serial, invoice or e-mail, in that order, in the usual
    letter cases (as typed, upper, lower): codes are read out and typed any way."""
    spellings = list(dict.fromkeys((text, text.upper(), text.lower())))
    by_kind: dict[MatchedBy, list[int]] = {}
    for rank, cid in session.execute(_KEY_OWNERS, {"keys": spellings}):
        by_kind.setdefault(_KEY_KINDS[rank], []).append(cid)
    return list(by_kind.items())


def _phone_suffix_owners(session: Session, digits: str, limit: int) -> list[int]:
    """Customers with a number ending in `digits` (4 or more): a prefix of digits_rev."""
    if len(digits) < MIN_SUFFIX_DIGITS:
        return []
    low = digits[::-1][:_DIGITS_REV_WIDTH]
    bounds = {"low": low, "high": low.ljust(_DIGITS_REV_WIDTH, "9")}
    return _first_listed(session, _PHONE_SUFFIX, bounds, limit)


def _names_starting_with(session: Session, phrase: str, limit: int) -> list[int]:
    """Customers whose folded name starts with `phrase`, in name order.

    The range is checked again in Python: name_key is compared in the database's own
    collation on PostgreSQL, where the bound above a prefix is not guaranteed.
    """
    bounds = {"low": phrase, "high": phrase + _TOP}
    return _first_listed(
        session, _NAME_PREFIX, bounds, limit, keep=lambda row: row[1].startswith(phrase)
    )


def _name_matches(session: Session, words: Sequence[str], limit: int) -> list[int]:
    """Customers with, for every word typed, a word of their name starting with it.

    The scan is driven by the most selective word (fewest names start with it); each of
    the other words is one seek on (customer_id, token) per candidate. Results come in
    index order: names with the typed word whole before longer words it starts.
    """
    ranges = [(word, word + _TOP) for word in words]
    if len(ranges) > 1:
        counts = {r: _word_count(session, *r, ESTIMATE_CAP) for r in ranges}
        common = [r for r, n in counts.items() if n >= ESTIMATE_CAP]
        if len(common) > 1:
            # Two words as common as "nguyen" and "ngoc": the scan's length is that of the
            # smaller range, so tell them apart further.
            counts.update({r: _word_count(session, *r, ESTIMATE_CAP_WIDE) for r in common})
        ranges.sort(key=lambda r: (counts[r], -len(r[0])))
    params: dict[str, object] = {}
    for i, (low, high) in enumerate(ranges):
        params[f"low{i}"], params[f"high{i}"] = low, high
    return _first_listed(session, _name_query(len(ranges)), params, limit)


def _word_count(session: Session, low: str, high: str, cap: int) -> int:
    """How many names have a word in [low, high), counted no further than `cap`."""
    return session.scalar(_WORD_COUNT, {"low": low, "high": high, "cap": cap}) or 0


def _first_listed(
    session: Session,
    query: Select,
    params: dict,
    limit: int,
    keep: Callable[[Row], bool] | None = None,
) -> list[int]:
    """The first `limit` listed customers of an ordered query whose first column is a
    customer id (rows failing `keep`, if given, are passed over).

    Rows may repeat an id (a name with two words starting with what was typed: "Nguyễn
    Nguyệt" for "ngu") or be archived or merged customers: ask for a few rows more, and
    for more again in the rare case that was not enough.
    """
    fetch = limit + limit // 4 + 2
    while True:
        rows = session.execute(query, {**params, "fetch": fetch}).all()
        ids = list(dict.fromkeys(row[0] for row in rows if keep is None or keep(row)))
        state = _states(session, ids)
        shown = [cid for cid in ids if state.get(cid) == (None, None)]
        if len(shown) >= limit or len(rows) < fetch:
            return shown[:limit]
        fetch *= 4


def _states(session: Session, ids: Iterable[int]) -> dict[int, tuple[int | None, datetime | None]]:
    """(merged_into_id, archived_at) of each customer."""
    ids = list(ids)
    states = {}
    for start in range(0, len(ids), _CHUNK):
        for cid, merged, archived in session.execute(_STATES, {"ids": ids[start : start + _CHUNK]}):
            states[cid] = (merged, archived)
    return states


def _active(session: Session, ids: Sequence[int]) -> list[int]:
    """Each id as the customer to show: a merged one becomes the one it was merged into
    (following merges of merges); archived ones are dropped. Order kept, repeats dropped.
    """
    if not ids:
        return []
    state: dict[int, tuple[int | None, datetime | None]] = {}
    wanted = set(ids)
    for _ in range(MAX_MERGE_HOPS):
        wanted -= state.keys()
        if not wanted:
            break
        state.update(_states(session, wanted))
        wanted = {merged for merged, _ in state.values() if merged is not None}
    shown: list[int] = []
    for cid in ids:
        seen = set()
        while cid in state and state[cid][0] is not None and cid not in seen:
            seen.add(cid)
            cid = state[cid][0]
        if state.get(cid) == (None, None):
            shown.append(cid)
    return list(dict.fromkeys(shown))


# --- what a result shows ---------------------------------------------------------------------


def _hits(session: Session, found: dict[int, MatchedBy]) -> list[CustomerHit]:
    if not found:
        return []
    ids = list(found)
    details = {row[0]: row for row in session.execute(_DETAILS, {"ids": ids})}
    phones = phone_numbers(session, ids)
    complaints = open_complaint_counts(session, ids)
    hits = []
    for cid in ids:
        row = details.get(cid)
        if row is None:
            continue
        _, code, full_name, tier, birthday, store_code, store_name, last_contact = row
        numbers = phones.get(cid, ())
        hits.append(
            CustomerHit(
                id=cid,
                code=code,
                full_name=full_name,
                primary_phone=numbers[0] if numbers else None,
                phones=numbers,
                tier=tier,
                birthday=birthday,
                store_code=store_code,
                store_name=store_name,
                last_contact_at=last_contact,
                open_complaints=complaints.get(cid, 0),
                matched_by=found[cid],
            )
        )
    return hits
