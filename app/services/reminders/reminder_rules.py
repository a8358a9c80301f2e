"""The reminder rules: set-based INSERT ... SELECT runs that raise each follow-up once.

Every rule looks at a small window of local days around `at` (CATCH_UP_DAYS back, so a
seat closed for a few days catches up; one day ahead for greetings, so a birthday is
listed the day before) and inserts one row per subject and due day, keyed
"<rule>:<subject_type>:<subject_id>:<due local date>" (a quiet customer's key holds the
day the quiet spell started instead, so a spell raises one reminder however long it
lasts). `ON CONFLICT (unique_key) DO NOTHING` makes a second run, a second seat running
at the same moment, or a run after a crash create nothing twice.

Local days are those of the configured zone whatever the machine's zone: the Python side
turns each local day into literal UTC bounds and due times, so the SQL compares stored
values with constants and needs no date arithmetic of either database.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

import holidays
from sqlalchemy import (
    JSON,
    ColumnElement,
    Date,
    Integer,
    String,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    null,
    or_,
    select,
    text,
    type_coerce,
    union,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, aliased

from app.formatting import format_date
from app.models import (
    Complaint,
    ComplaintStatus,
    Customer,
    CustomerTag,
    Gender,
    Product,
    Purchase,
    Reminder,
)
from app.models.base import UTCDateTime
from app.services.reminders.reminder_settings import RULES, RuleConfig, rule_config
from app.services.reminders.reminder_text import reminder_title
from app.services.stored_text import ENGLISH
from app.timeutil import day_bounds_utc, local_date, now_utc, zone

CATCH_UP_DAYS = 7
# Reminders are due at the start of the working day, local time.
DUE_TIME = time(8, 0)
# A purchase delivered later than this after it was bought gets no check-in call: the
# bound keeps the scan on the purchase_date index.
DELIVERY_LAG_DAYS = 90
_FIRST_BIRTH_YEAR = 1900
_LOCK_KEY = 0x52454D49  # "REMI": the advisory lock of the rule run on PostgreSQL
_COLUMNS = (
    "unique_key",
    "rule",
    "subject_type",
    "subject_id",
    "customer_id",
    "due_at",
    "title",
    "title_key",
    "title_params",
    "notes",
    "assignee_id",
    "store_id",
    "status",
    "created_at",
    "updated_at",
    "version",
)


def due_at(day: date) -> datetime:
    """When a reminder for a local day falls due (08:00 there), in UTC."""
    return datetime.combine(day, DUE_TIME, tzinfo=zone()).astimezone(UTC)


def window(at: datetime, ahead: int = 1) -> list[date]:
    """The local due days a run at `at` looks at, oldest first."""
    today = local_date(at)
    return [today + timedelta(days=n) for n in range(-CATCH_UP_DAYS, ahead + 1)]


def _slot(name: str) -> str:
    """A placeholder's value that _text later replaces by an SQL expression."""
    return f"\x00{name}\x00"


def _text(words: str, **parts: ColumnElement) -> ColumnElement:
    """A text (its SQL-valued placeholders filled with _slot) as SQL:
    "Birthday greeting: \x00name\x00" -> 'Birthday greeting: ' || name."""
    pieces = words.split("\x00")
    expression: ColumnElement = literal(pieces[0], String)
    for n, piece in enumerate(pieces[1:], start=1):
        expression = expression.concat(parts[piece] if n % 2 else literal(piece, String))
    return expression


def _is_sql(value: object) -> bool:
    return not isinstance(value, str | int)


def _json(session: Session, values: dict[str, object]) -> ColumnElement:
    """A JSON object the database builds from each row's values (SQLite and PostgreSQL
    name the function differently)."""
    pg = session.get_bind().dialect.name == "postgresql"
    build = func.json_build_object if pg else func.json_object
    pairs = [
        part
        for key, value in values.items()
        for part in (literal(key, String), value if _is_sql(value) else literal(value))
    ]
    return type_coerce(build(*pairs), JSON)


def _title(
    session: Session, key: str, values: dict[str, object], shown: dict | None = None
) -> list[ColumnElement]:
    """title, title_key and title_params of a rule's rows (see reminder_text). `values`
    are constants (the same for every row) or SQL expressions; the title column keeps the
    English words, in which `shown` may give a value otherwise than it is stored (a date
    as dd/mm/yyyy rather than ISO)."""
    sql = {name: value for name, value in values.items() if _is_sql(value)}
    slotted = {name: _slot(name) if name in sql else value for name, value in values.items()}
    words = reminder_title(key, slotted, key, ENGLISH)
    return [_text(words, **{**sql, **(shown or {})}), literal(key, String), _json(session, values)]


def _by_day(condition: Callable[[date], ColumnElement], days: dict[date, object], kind):
    """CASE choosing a value per day: {subject day: value}."""
    return case(
        *((condition(day), literal(value, kind)) for day, value in days.items()), else_=null()
    )


def _row(
    rule: str,
    subject_type: str,
    subject_id,
    due_day,
    due,
    title: list[ColumnElement],
    customer_id,
    store_id,
    assignee_id,
    at: datetime,
) -> list[ColumnElement]:
    """The select list of one rule, in _COLUMNS order."""
    key = (
        literal(f"{rule}:{subject_type}:", String)
        .concat(cast(subject_id, String))
        .concat(literal(":", String))
        .concat(due_day)
    )
    return [
        key,
        literal(rule, String),
        literal(subject_type, String),
        subject_id,
        customer_id,
        due,
        *title,
        literal("", String),
        assignee_id,
        store_id,
        literal("open", String),
        literal(at, UTCDateTime()),
        literal(at, UTCDateTime()),
        literal(1, Integer),
    ]


def _insert(session: Session, query) -> int:
    """INSERT the rows of `query` whose key is new; how many were inserted.

    Counted from RETURNING: psycopg reports no rowcount (-1) for INSERT ... SELECT."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    statement = (
        dialect.insert(Reminder)
        .from_select(list(_COLUMNS), query)
        .on_conflict_do_nothing(index_elements=["unique_key"])
        .returning(Reminder.id)
    )
    return len(session.execute(statement).all())


def _live(customer=Customer) -> ColumnElement:
    # Merged customers are archived too: the one kept gets the reminders.
    return customer.archived_at.is_(None)


def post_purchase(session: Session, config: RuleConfig, at: datetime) -> int:
    """A check-in call N days after delivery (or the purchase when there was none)."""
    n = config.days["post_purchase"]
    dues = {day - timedelta(days=n): day for day in window(at, ahead=0)}
    handed = func.coalesce(Purchase.delivery_date, Purchase.purchase_date)
    low, high = min(dues), max(dues)
    query = (
        select(
            *_row(
                "post_purchase",
                "purchase",
                Purchase.id,
                _by_day(
                    lambda d: handed == literal(d, Date),
                    {d: v.isoformat() for d, v in dues.items()},
                    String,
                ),
                _by_day(
                    lambda d: handed == literal(d, Date),
                    {d: due_at(v) for d, v in dues.items()},
                    UTCDateTime(),
                ),
                _title(session, "post_purchase", {"product": Product.name}),
                Purchase.customer_id,
                Customer.store_id,
                null(),
                at,
            )
        )
        .join(Customer, Customer.id == Purchase.customer_id)
        .join(Product, Product.id == Purchase.product_id)
        .where(
            Purchase.purchase_date.between(low - timedelta(days=DELIVERY_LAG_DAYS), high),
            handed.between(low, high),
            _live(),
        )
    )
    return _insert(session, query)


def post_resolution(session: Session, config: RuleConfig, at: datetime) -> int:
    """A callback N days after a complaint was resolved (the agent records CSAT and CES);
    to the complaint's handler, else the store's pool."""
    n = config.days["post_resolution"]
    dues = {day - timedelta(days=n): day for day in window(at, ahead=0)}
    bounds = {day: day_bounds_utc(day) for day in dues}

    def resolved_on(day: date) -> ColumnElement:
        start, end = bounds[day]
        return and_(Complaint.resolved_at >= start, Complaint.resolved_at < end)

    query = (
        select(
            *_row(
                "post_resolution",
                "complaint",
                Complaint.id,
                _by_day(resolved_on, {d: v.isoformat() for d, v in dues.items()}, String),
                _by_day(resolved_on, {d: due_at(v) for d, v in dues.items()}, UTCDateTime()),
                _title(session, "post_resolution", {"number": Complaint.number}),
                Complaint.customer_id,
                func.coalesce(Complaint.store_id, Customer.store_id),
                Complaint.assignee_id,
                at,
            )
        )
        .join(Customer, Customer.id == Complaint.customer_id)
        .where(
            Complaint.resolved_at >= bounds[min(dues)][0],
            Complaint.resolved_at < bounds[max(dues)][1],
            Complaint.status.in_([ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED]),
            Complaint.archived_at.is_(None),
            _live(),
        )
    )
    return _insert(session, query)


def birthdays_on(day: date) -> list[date]:
    """Every birth date celebrated on `day`: 29 February is celebrated on 28 February in
    the years without one."""
    month_days = [(day.month, day.day)]
    if (day.month, day.day) == (2, 28) and (
        day.year % 4 or (day.year % 100 == 0 and day.year % 400)
    ):
        month_days.append((2, 29))
    found = []
    for year in range(_FIRST_BIRTH_YEAR, day.year + 1):
        for month, mday in month_days:
            try:
                found.append(date(year, month, mday))
            except ValueError:  # 29 February of a year without one
                continue
    return found


def birthday(session: Session, config: RuleConfig, at: datetime) -> int:
    """A greeting on the day, due 08:00 local, listed from the day before. One statement
    per day of the window, each a probe of the birthday index per birth year."""
    made = 0
    for day in window(at):
        query = select(
            *_row(
                "birthday",
                "customer",
                Customer.id,
                literal(day.isoformat(), String),
                literal(due_at(day), UTCDateTime()),
                _title(session, "birthday", {"name": Customer.full_name}),
                Customer.id,
                Customer.store_id,
                null(),
                at,
            )
        ).where(Customer.birthday.in_(birthdays_on(day)), _live())
        made += _insert(session, query)
    return made


def warranty_ending(session: Session, config: RuleConfig, at: datetime) -> int:
    """A word N days before a warranty ends (an extension, a check-up before it runs out)."""
    n = config.days["warranty_ending"]
    ends = {day + timedelta(days=n): day for day in window(at)}

    def ending(values: dict[date, object], kind=String) -> ColumnElement:
        return _by_day(lambda d: Purchase.warranty_end == literal(d, Date), values, kind)

    query = (
        select(
            *_row(
                "warranty_ending",
                "purchase",
                Purchase.id,
                ending({d: v.isoformat() for d, v in ends.items()}),
                ending({d: due_at(v) for d, v in ends.items()}, UTCDateTime()),
                _title(
                    session,
                    "warranty_ending",
                    {"product": Product.name, "date": ending({d: d.isoformat() for d in ends})},
                    shown={"date": ending({d: format_date(d) for d in ends})},
                ),
                Purchase.customer_id,
                Customer.store_id,
                null(),
                at,
            )
        )
        .join(Customer, Customer.id == Purchase.customer_id)
        .join(Product, Product.id == Purchase.product_id)
        .where(
            Purchase.warranty_end.between(min(ends), max(ends)),
            _live(),
            ~exists().where(_replacement.replaces_purchase_id == Purchase.id),
        )
    )
    return _insert(session, query)


# A purchase exchanged for another: the replacement carries the warranty (and its word).
_replacement = aliased(Purchase)


def inactive(session: Session, config: RuleConfig, at: datetime) -> int:
    """A call when a customer of the chosen tiers has gone N days without a purchase or a
    contact. The quiet spell starts on the later of the last contact's local day and the
    last purchase day; only spells that reach N days within the window are looked at."""
    if not config.inactive_tiers:
        return 0
    n = config.days["inactive"]
    dues = {day - timedelta(days=n): day for day in window(at, ahead=0)}
    low, high = min(dues), max(dues)
    bounds = {day: day_bounds_utc(day) for day in dues}
    contacted = select(Customer.id.label("cid")).where(
        Customer.last_contact_at >= bounds[low][0], Customer.last_contact_at < bounds[high][1]
    )
    bought = select(Purchase.customer_id.label("cid")).where(
        Purchase.purchase_date.between(low, high)
    )
    candidates = union(contacted, bought).subquery()
    later = aliased(Purchase)
    contact_day = case(
        *(
            (
                and_(Customer.last_contact_at >= start, Customer.last_contact_at < end),
                literal(day, Date),
            )
            for day, (start, end) in bounds.items()
        ),
        else_=null(),
    )
    last_purchase = (
        select(func.max(later.purchase_date))
        .where(later.customer_id == Customer.id)
        .scalar_subquery()
    )
    quiet = (
        select(
            Customer.id,
            Customer.store_id,
            Customer.full_name,
            contact_day.label("cday"),
            last_purchase.label("pday"),
        )
        .join(candidates, candidates.c.cid == Customer.id)
        .where(
            Customer.tier.in_(config.inactive_tiers),
            _live(),
            or_(Customer.last_contact_at.is_(None), Customer.last_contact_at < bounds[high][1]),
        )
        .subquery()
    )
    spell = case(
        (quiet.c.cday.is_(None), quiet.c.pday),
        (quiet.c.pday.is_(None), quiet.c.cday),
        (quiet.c.cday > quiet.c.pday, quiet.c.cday),
        else_=quiet.c.pday,
    )
    query = select(
        *_row(
            "inactive",
            "customer",
            quiet.c.id,
            cast(spell, String),
            _by_day(
                lambda d: spell == literal(d, Date),
                {d: due_at(v) for d, v in dues.items()},
                UTCDateTime(),
            ),
            _title(session, "inactive", {"days": n, "name": quiet.c.full_name}),
            quiet.c.id,
            quiet.c.store_id,
            null(),
            at,
        )
    ).where(
        or_(quiet.c.pday.is_(None), quiet.c.pday <= literal(high, Date)),
        spell >= literal(low, Date),
    )
    return _insert(session, query)


def tet_days(years: list[int]) -> list[date]:
    """The first day of Tết Nguyên Đán in `years`, from the `holidays` package's VN calendar."""
    calendar = holidays.country_holidays("VN", years=years, language="en_US")
    return [day for day, name in calendar.items() if name == "Lunar New Year"]


def greeting_days(config: RuleConfig, years: list[int]) -> dict[date, tuple[str, bool]]:
    """{day: (occasion, for women only)} for the holiday greetings of `years`; an occasion
    is one of reminder_text.OCCASIONS, worded when the reminder is shown."""
    days: dict[date, tuple[str, bool]] = {}
    for year in years:
        for mday, month in config.holiday_dates:
            if (mday, month) == (29, 2) and not (year % 4 == 0 and (year % 100 or year % 400 == 0)):
                continue
            days[date(year, month, mday)] = ("greeting_day", False)
        days[date(year, 3, 8)] = ("womens_day", True)
        days[date(year, 10, 20)] = ("vietnamese_womens_day", True)
    days.update({day: ("tet", False) for day in tet_days(years)})
    return days


def holiday(session: Session, config: RuleConfig, at: datetime) -> int:
    """Greetings at Tết, 8/3 and 20/10 (women and customers whose gender is not known)
    and on the admin's extra days, for the chosen tiers or tags."""
    if not config.holiday_tiers and not config.holiday_tags:
        return 0
    days = window(at)
    occasions = greeting_days(config, sorted({d.year for d in days}))
    made = 0
    for day in days:
        if day not in occasions:
            continue
        occasion, women = occasions[day]
        chosen = []
        if config.holiday_tiers:
            chosen.append(Customer.tier.in_(config.holiday_tiers))
        if config.holiday_tags:
            chosen.append(
                Customer.id.in_(
                    select(CustomerTag.customer_id).where(CustomerTag.tag.in_(config.holiday_tags))
                )
            )
        where = [or_(*chosen), _live()]
        if women:
            where.append(or_(Customer.gender.is_(None), Customer.gender != Gender.MALE))
        query = select(
            *_row(
                "holiday",
                "customer",
                Customer.id,
                literal(day.isoformat(), String),
                literal(due_at(day), UTCDateTime()),
                _title(
                    session,
                    "holiday",
                    {"occasion": occasion, "day": day.isoformat(), "name": Customer.full_name},
                ),
                Customer.id,
                Customer.store_id,
                null(),
                at,
            )
        ).where(*where)
        made += _insert(session, query)
    return made


_RULES: dict[str, Callable[[Session, RuleConfig, datetime], int]] = {
    "post_purchase": post_purchase,
    "post_resolution": post_resolution,
    "birthday": birthday,
    "warranty_ending": warranty_ending,
    "inactive": inactive,
    "holiday": holiday,
}


def generate_reminders(session: Session, at: datetime | None = None) -> dict[str, int]:
    """Run every rule that is switched on as of `at` (aware; default now); how many
    reminders each created (0 for rules switched off)."""
    at = at or now_utc()
    if at.tzinfo is None:
        raise ValueError("at must be timezone-aware")
    if session.get_bind().dialect.name == "postgresql":
        # Seats running the rules at once take turns: two INSERT ... SELECTs claiming the
        # same keys in a different order could otherwise deadlock. The later one then
        # finds every key taken. (SQLite writers take turns anyway.)
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
    config = rule_config(session)
    counts = {
        rule: _RULES[rule](session, config, at) if rule in config.enabled else 0 for rule in RULES
    }
    session.expire_all()  # the inserts went around the session's objects
    return counts
