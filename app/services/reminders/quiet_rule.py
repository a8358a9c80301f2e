"""The quiet-customer rule: a call when a customer of the chosen tiers has gone N days
without a purchase or a contact.

The quiet spell starts on the later of the last contact's local day and the last
purchase day; its reminder is keyed by that day, so a spell raises one reminder however
long it lasts, due N days into it. It stays worth making while the customer is still
quiet, however long ago it fell due: a contact or a purchase starts a new spell (a new
key), and the old one is simply not the customer's spell any more.

Looking back: a run with a last run recorded with the same settings (rule_runs) looks at
spells whose N days were up between CATCH_UP_DAYS before that run and today (the
customers contacted or buying on those days: two index ranges), so a desk closed for any
length of time misses none. A first run, or one with other settings, looks back
FIRST_RUN_DAYS only: before that nobody counted on CareDesk to say so, and a store that
upgrades or imports years of customers would otherwise find a call to make for every
customer quiet since long ago (288,000 of a million in tests/bench/reminders.py) on its
first morning. A customer moved into a chosen tier after the day their spell fell due is
not looked for again until their next spell.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import Date, and_, case, func, literal, null, or_, select, union
from sqlalchemy.orm import Session, aliased

from app.models import Customer, Purchase
from app.services.reminders.reminder_settings import RuleConfig
from app.services.reminders.rule_rows import (
    insert_new,
    iso_day,
    live,
    local_day,
    morning_utc,
    plus_days,
    rule_row,
    title_columns,
)
from app.services.reminders.rule_runs import last_run_day, record_run
from app.timeutil import day_bounds_utc, local_date

# Even right after a run, a run looks this many days further back (a purchase or a contact
# entered a few days late).
CATCH_UP_DAYS = 7
# A first run (or one after the days or tiers changed) makes the reminders that fell due
# in this many days before today, as late as a check-in call is still made by default.
FIRST_RUN_DAYS = 30


def _candidates(low: date, high: date):
    """Customers whose quiet spell may start between `low` and `high`: contacted or
    buying on one of those days."""
    start, end = day_bounds_utc(low)[0], day_bounds_utc(high)[1]
    contacted = select(Customer.id.label("cid")).where(
        Customer.last_contact_at >= start, Customer.last_contact_at < end
    )
    bought = select(Purchase.customer_id.label("cid")).where(
        Purchase.purchase_date.between(low, high)
    )
    return union(contacted, bought).subquery()


def quiet_settings(config: RuleConfig) -> dict:
    """The settings a last run of the rule must have had for this one to start from it."""
    return {"days": config.days["inactive"], "tiers": sorted(config.inactive_tiers)}


def inactive(session: Session, config: RuleConfig, at: datetime) -> int:
    """The quiet customers' reminders that are due by today and not made yet."""
    if not config.inactive_tiers:
        return 0
    n = config.days["inactive"]
    today = local_date(at)
    settings = quiet_settings(config)
    ran = last_run_day(session, "inactive", settings)
    # Spells starting by `high` are N days old today; a spell starting before it was due
    # before today (a late reminder).
    high = today - timedelta(days=n)
    if ran is None:
        low = today - timedelta(days=FIRST_RUN_DAYS + n)
    else:
        low = min(ran, today - timedelta(days=CATCH_UP_DAYS)) - timedelta(days=n)
    later = aliased(Purchase)
    last_purchase = (
        select(func.max(later.purchase_date))
        .where(later.customer_id == Customer.id)
        .scalar_subquery()
    )
    quiet = select(
        Customer.id,
        Customer.store_id,
        Customer.full_name,
        local_day(session, Customer.last_contact_at, at).label("cday"),
        last_purchase.label("pday"),
    ).where(
        Customer.tier.in_(config.inactive_tiers),
        live(),
        or_(
            Customer.last_contact_at.is_(None),
            Customer.last_contact_at < day_bounds_utc(high)[1],
        ),
    )
    candidates = _candidates(low, high)
    quiet = quiet.join(candidates, candidates.c.cid == Customer.id)
    # Materialized: the spell names the last purchase day several times, and a subquery
    # merged into the outer query would look it up again each time.
    quiet = quiet.cte("quiet").prefix_with("MATERIALIZED")
    spell = case(
        (quiet.c.cday.is_(None), quiet.c.pday),
        (quiet.c.pday.is_(None), quiet.c.cday),
        (quiet.c.cday > quiet.c.pday, quiet.c.cday),
        else_=quiet.c.pday,
    )
    bounds = [spell <= literal(high, Date), spell >= literal(low, Date)]
    query = select(
        *rule_row(
            "inactive",
            "customer",
            quiet.c.id,
            iso_day(session, spell),
            morning_utc(session, plus_days(session, spell, n), at),
            title_columns(session, "inactive", {"days": n, "name": quiet.c.full_name}),
            quiet.c.id,
            quiet.c.store_id,
            null(),
            spell < literal(high, Date),
            at,
        )
    ).where(and_(*bounds))
    made = insert_new(session, query)
    record_run(session, "inactive", settings, at)
    return made
