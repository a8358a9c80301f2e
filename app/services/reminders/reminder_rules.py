"""The reminder rules: set-based INSERT ... SELECT runs that raise each follow-up once.

Each rule inserts one row per subject and due day, keyed
"<rule>:<subject_type>:<subject_id>:<due local date>" (a quiet customer's key holds the
day the quiet spell started instead, so a spell raises one reminder however long it
lasts). `ON CONFLICT (unique_key) DO NOTHING` makes a second run, a second seat running
at the same moment, or a run after a crash create nothing twice.

However long the desk was closed (Tết, a first run on imported data), a run creates
every reminder whose reason is still true, and only those; one made after its due local
day is stored `late` (the inbox says "Late: due ..."). What "still true" means is the
rule's, and it also bounds how far back the run looks, always on an index range:

- warranty_ending: worth saying while the warranty runs (warranty_end >= today),
  however long ago its day (N days before the end) was; not for a purchase exchanged
  for another (the replacement carries the warranty). The range is warranty_end from
  today to N days and one ahead (listed the day before).
- post_resolution (the callback that records CSAT and CES): worth making while the
  complaint is still resolved or closed, not archived, and has no CSAT. It also has a
  late limit ("reminder.post_resolution.late_days", 30 days): a satisfaction score asked
  for months after the resolution measures what the customer remembers, not the
  service; and the first run after an upgrade would otherwise raise a callback for every
  complaint ever resolved without a score. The range is resolved_at (its index).
- post_purchase (the check-in call), birthday, holiday: moments that pass. A check-in
  call is still made up to "reminder.post_purchase.late_days" (30) days late, a greeting
  up to "reminder.greetings.late_days" (3) days late (greeting_rules); older ones are
  not made. The range is purchase_date (the deliveries of those days), the birthday
  index per day.
- inactive: worth a call while the customer is still quiet, however long ago it fell
  due. That is unbounded by any index, so this rule looks back to its last run with the
  same settings (quiet_rule, rule_runs), and the first time as far as there are spells.

Local days are those of the configured zone whatever the machine's zone: `today` and
every bound are constants worked out in Python; the SQL adds a rule's N days to a
subject's day (rule_rows).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from sqlalchemy import Date, func, literal, null, select, text
from sqlalchemy.orm import Session, aliased

from app.models import Complaint, ComplaintStatus, Customer, Product, Purchase
from app.services.reminders.greeting_rules import birthday, holiday
from app.services.reminders.quiet_rule import inactive
from app.services.reminders.reminder_settings import RULES, RuleConfig, rule_config
from app.services.reminders.rule_rows import (
    insert_new,
    iso_day,
    live,
    local_day,
    morning_utc,
    plus_days,
    rule_row,
    shown_day,
    title_columns,
)
from app.timeutil import day_bounds_utc, local_date, now_utc

# A purchase delivered later than this after it was bought gets no check-in call: the
# bound keeps the scan on the purchase_date index.
DELIVERY_LAG_DAYS = 90
_LOCK_KEY = 0x52454D49  # "REMI": the advisory lock of the rule run on PostgreSQL


def _day(value: date) -> object:
    return literal(value, Date)


def post_purchase(session: Session, config: RuleConfig, at: datetime) -> int:
    """A check-in call N days after delivery (or the purchase when there was none), made
    up to the rule's late days after that."""
    n, late_days = config.days["post_purchase"], config.late_days["post_purchase"]
    today = local_date(at)
    # Handed over between `low` and `high`: due from late_days ago to today.
    low, high = today - timedelta(days=late_days + n), today - timedelta(days=n)
    handed = func.coalesce(Purchase.delivery_date, Purchase.purchase_date)
    due = plus_days(session, handed, n)
    query = (
        select(
            *rule_row(
                "post_purchase",
                "purchase",
                Purchase.id,
                iso_day(session, due),
                morning_utc(session, due, at),
                title_columns(session, "post_purchase", {"product": Product.name}),
                Purchase.customer_id,
                Customer.store_id,
                null(),
                handed < _day(high),
                at,
            )
        )
        .join(Customer, Customer.id == Purchase.customer_id)
        .join(Product, Product.id == Purchase.product_id)
        .where(
            Purchase.purchase_date.between(low - timedelta(days=DELIVERY_LAG_DAYS), high),
            handed.between(_day(low), _day(high)),
            live(),
        )
    )
    return insert_new(session, query)


def post_resolution(session: Session, config: RuleConfig, at: datetime) -> int:
    """A callback N days after the local day a complaint was resolved (the agent records
    CSAT and CES), while it still has no CSAT; to the complaint's handler, else the
    store's pool."""
    n, late_days = config.days["post_resolution"], config.late_days["post_resolution"]
    today = local_date(at)
    first = day_bounds_utc(today - timedelta(days=late_days + n))[0]
    on_time, end = day_bounds_utc(today - timedelta(days=n))
    due = plus_days(session, local_day(session, Complaint.resolved_at, at), n)
    query = (
        select(
            *rule_row(
                "post_resolution",
                "complaint",
                Complaint.id,
                iso_day(session, due),
                morning_utc(session, due, at),
                title_columns(session, "post_resolution", {"number": Complaint.number}),
                Complaint.customer_id,
                func.coalesce(Complaint.store_id, Customer.store_id),
                Complaint.assignee_id,
                Complaint.resolved_at < on_time,
                at,
            )
        )
        .join(Customer, Customer.id == Complaint.customer_id)
        .where(
            Complaint.resolved_at >= first,
            Complaint.resolved_at < end,
            Complaint.status.in_([ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED]),
            Complaint.archived_at.is_(None),
            Complaint.csat.is_(None),
            live(),
        )
    )
    return insert_new(session, query)


def warranty_ending(session: Session, config: RuleConfig, at: datetime) -> int:
    """A word N days before a warranty ends (an extension, a check-up before it runs out),
    listed the day before, and made late for as long as the warranty runs."""
    n = config.days["warranty_ending"]
    today = local_date(at)
    due = plus_days(session, Purchase.warranty_end, -n)
    query = (
        select(
            *rule_row(
                "warranty_ending",
                "purchase",
                Purchase.id,
                iso_day(session, due),
                morning_utc(session, due, at),
                title_columns(
                    session,
                    "warranty_ending",
                    {"product": Product.name, "date": iso_day(session, Purchase.warranty_end)},
                    shown={"date": shown_day(session, Purchase.warranty_end)},
                ),
                Purchase.customer_id,
                Customer.store_id,
                null(),
                Purchase.warranty_end < _day(today + timedelta(days=n)),
                at,
            )
        )
        .join(Customer, Customer.id == Purchase.customer_id)
        .join(Product, Product.id == Purchase.product_id)
        .where(
            Purchase.warranty_end.between(_day(today), _day(today + timedelta(days=n + 1))),
            live(),
            Purchase.id.not_in(_REPLACED),
        )
    )
    return insert_new(session, query)


# A purchase exchanged for another: the replacement carries the warranty (and its word).
# Asked once for the whole run (the few replaced purchases, from the replaces index), not
# once per purchase: with most purchases replacing none, a planner going by statistics
# takes the index for useless and would scan every purchase for every warranty.
_replacement = aliased(Purchase)
_REPLACED = select(_replacement.replaces_purchase_id).where(
    _replacement.replaces_purchase_id.is_not(None)
)

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
