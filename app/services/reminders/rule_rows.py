"""The SQL every reminder rule builds its rows with: one INSERT ... SELECT per rule.

A rule selects, per subject, the columns of a reminder (rule_row) and inserts the rows
whose unique key is new (insert_new). The words of a title are built in SQL from the
English text of reminder_text (title_columns), so the stored title matches what the
reader's language renders from title_key and title_params.

Days: `today` and every bound are constants worked out in Python in the configured zone.
The one piece of date arithmetic left to the database is a subject's day plus the rule's
number of days (plus_days), and the due time of such a day (morning_utc) or the local day
of a stored time (local_day). Vietnam keeps one offset all year (+07:00 since 1975), so
these are a fixed shift, taken from the zone as of the run; SQLite and PostgreSQL spell
them differently and give the same values.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import (
    JSON,
    Boolean,
    ColumnElement,
    Date,
    Integer,
    Interval,
    String,
    cast,
    func,
    literal,
    type_coerce,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.models import Customer, Reminder
from app.models.base import UTCDateTime
from app.services.reminders.reminder_text import reminder_title
from app.services.stored_text import ENGLISH
from app.timeutil import zone

# Reminders are due at the start of the working day, local time.
DUE_TIME = time(8, 0)
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
    "late",
    "created_at",
    "updated_at",
    "version",
)


def due_at(day: date) -> datetime:
    """When a reminder for a local day falls due (08:00 there), in UTC."""
    return datetime.combine(day, DUE_TIME, tzinfo=zone()).astimezone(UTC)


def _pg(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _offset(at: datetime) -> timedelta:
    """The zone's offset from UTC at `at` (+07:00 in Vietnam)."""
    return at.astimezone(zone()).utcoffset() or timedelta()


def plus_days(session: Session, day: ColumnElement, days: int) -> ColumnElement:
    """A date `days` after `day` (before, when negative)."""
    if _pg(session):
        return type_coerce(day + literal(days, Integer), Date)
    return type_coerce(func.date(day, f"{days:+d} days"), Date)


def iso_day(session: Session, day: ColumnElement) -> ColumnElement:
    """A date as yyyy-mm-dd text (what a key and title_params hold)."""
    if _pg(session):
        return func.to_char(day, "YYYY-MM-DD")
    return cast(day, String)


def shown_day(session: Session, day: ColumnElement) -> ColumnElement:
    """A date as dd/mm/yyyy text (app.formatting.format_date), for an English title."""
    if _pg(session):
        return func.to_char(day, "DD/MM/YYYY")
    return func.strftime("%d/%m/%Y", day)


def morning_utc(session: Session, day: ColumnElement, at: datetime) -> ColumnElement:
    """due_at(day) in SQL: DUE_TIME on the local `day`, in UTC."""
    shift = datetime.combine(date.min, DUE_TIME) - datetime.min - _offset(at)
    if _pg(session):
        utc = func.timezone("UTC", cast(day, Date) + literal(shift, Interval))
        return type_coerce(utc, UTCDateTime())
    seconds = int(shift.total_seconds())
    # Stored as SQLAlchemy writes a DateTime on SQLite, microseconds included.
    text = func.datetime(day, f"{seconds:+d} seconds").concat(".000000")
    return type_coerce(text, UTCDateTime())


def local_day(session: Session, moment: ColumnElement, at: datetime) -> ColumnElement:
    """The local date of a stored time."""
    offset = _offset(at)
    if _pg(session):
        return type_coerce(
            cast(func.timezone("UTC", moment + literal(offset, Interval)), Date), Date
        )
    return type_coerce(func.date(moment, f"{int(offset.total_seconds()):+d} seconds"), Date)


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
    build = func.json_build_object if _pg(session) else func.json_object
    pairs = [
        part
        for key, value in values.items()
        for part in (literal(key, String), value if _is_sql(value) else literal(value))
    ]
    return type_coerce(build(*pairs), JSON)


def title_columns(
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


def rule_row(
    rule: str,
    subject_type: str,
    subject_id,
    due_day,
    due,
    title: list[ColumnElement],
    customer_id,
    store_id,
    assignee_id,
    late,
    at: datetime,
) -> list[ColumnElement]:
    """The select list of one rule, in _COLUMNS order: `due_day` the due local day as
    yyyy-mm-dd text (the end of the key), `due` its due time, `late` whether that day
    was before the day of the run."""
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
        late if isinstance(late, ColumnElement) else literal(bool(late), Boolean),
        literal(at, UTCDateTime()),
        literal(at, UTCDateTime()),
        literal(1, Integer),
    ]


def insert_new(session: Session, query) -> int:
    """INSERT the rows of `query` whose key is new; how many were inserted.

    Counted from RETURNING: psycopg reports no rowcount (-1) for INSERT ... SELECT."""
    dialect = postgresql if _pg(session) else sqlite
    statement = (
        dialect.insert(Reminder)
        .from_select(list(_COLUMNS), query)
        .on_conflict_do_nothing(index_elements=["unique_key"])
        .returning(Reminder.id)
    )
    return len(session.execute(statement).all())


def live(customer=Customer) -> ColumnElement:
    # Merged customers are archived too: the one kept gets the reminders.
    return customer.archived_at.is_(None)
