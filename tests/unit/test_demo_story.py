"""A year of demo data tells a story on the dashboard: a Tết peak, a product with a
defect wave, a backlog that grows then recovers, agents who differ, and contacts and
callbacks that look like a real care centre's."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

TODAY = date(2026, 3, 15)
CUSTOMERS = 3000
HCM = ZoneInfo("Asia/Ho_Chi_Minh")
TET = date(2026, 2, 17)
# The defect wave, for a history ending on 14/03/2026: six weeks from 27/08/2025.
WAVE = (date(2025, 8, 27), date(2025, 10, 8))
DEFECT = "XM-RN13-256"  # Xiaomi Redmi Note 13
OPEN = {"new", "in_progress", "waiting_customer", "reopened"}
ASKING = {
    "resolved_first_contact",
    "information_given",
    "callback_needed",
    "complaint_opened",
    "escalated",
}


def _day(moment: datetime) -> date:
    return moment.astimezone(HCM).date()


def _per_week(days: list[date], first: date, weeks: int) -> float:
    return sum(1 for d in days if first <= d < first + timedelta(weeks=weeks)) / weeks


def test_the_history_is_the_year_before_today(year):
    started = [_day(c["started_at"]) for c in year.contacts]
    opened = [_day(c["opened_at"]) for c in year.complaints]
    assert min(started) >= TODAY - timedelta(days=365) and max(started) < TODAY
    assert min(opened) >= TODAY - timedelta(days=365) and max(opened) < TODAY
    months = {(d.year, d.month) for d in started}
    assert len(months) >= 12  # every month of the year has contacts


def test_tet_brings_purchases_before_it_and_contacts_after_it(year):
    ordinary = date(2025, 11, 3)  # November 2025: four ordinary weeks
    contacts = [_day(c["started_at"]) for c in year.contacts]
    after_tet = _per_week(contacts, TET + timedelta(days=4), 3)  # 21/02 to 13/03
    assert after_tet > 1.5 * _per_week(contacts, ordinary, 4)
    sales = [p["purchase_date"] for p in year.purchases if p["price_vnd"] > 0]
    before_tet = _per_week(sales, TET - timedelta(days=21), 3)  # 27/01 to 16/02
    assert before_tet > 2 * _per_week(sales, ordinary, 4)
    complaints = [_day(c["opened_at"]) for c in year.complaints]
    assert _per_week(complaints, TET + timedelta(days=4), 3) > _per_week(complaints, ordinary, 4)


def test_the_defect_model_has_a_wave_of_complaints_and_repairs(year):
    product_of = {p["id"]: p["product_id"] for p in year.purchases}

    def in_wave(day: date) -> bool:
        return WAVE[0] <= day < WAVE[1]

    sold = Counter(
        p["product_id"] for p in year.purchases if p["price_vnd"] and in_wave(p["purchase_date"])
    )
    complained = Counter(
        product_of[c["purchase_id"]]
        for c in year.complaints
        if c["purchase_id"] and in_wave(_day(c["opened_at"]))
    )
    defect = next(pid for pid, sku in year.skus.items() if sku == DEFECT)
    assert sold[defect] >= 5

    def per_100(ids) -> float:
        return 100 * sum(complained[i] for i in ids) / sum(sold[i] for i in ids)

    others = [pid for pid in year.skus if pid != defect]
    assert per_100([defect]) > 3 * per_100(others)
    for pid in others:
        if sold[pid] >= 5:
            assert per_100([defect]) > per_100([pid]), year.skus[pid]
    repairs = [
        _day(c["received_at"])
        for c in year.claims
        if c["kind"] == "repair" and product_of[c["purchase_id"]] == defect
    ]
    before = sum(1 for d in repairs if WAVE[0] - timedelta(weeks=6) <= d < WAVE[0])
    assert sum(1 for d in repairs if in_wave(d)) > max(3, 3 * before)


def test_the_backlog_grows_in_the_wave_then_recovers(year):
    def open_at(day: date) -> int:
        moment = datetime.combine(day, time(), tzinfo=HCM)
        count = 0
        for c in year.complaints:
            steps = [e for e in year.events[c["id"]] if e["to_status"] and e["at"] < moment]
            count += bool(steps) and steps[-1]["to_status"] in OPEN
        return count

    weekly = [open_at(WAVE[0] + timedelta(weeks=w)) for w in range(10)]  # and 3 weeks after
    peak = max(weekly)
    assert peak >= 3 * max(weekly[0], 1)
    assert open_at(WAVE[1] + timedelta(weeks=8)) * 3 <= peak


def test_agents_differ(year):
    name = {uid: u for uid, u in year.usernames.items()}
    fcr: dict[str, list[bool]] = defaultdict(list)
    settled_complaints = {
        c["id"]
        for c in year.complaints
        if c["first_contact_resolution"] and c["status"] in ("resolved", "closed")
    }
    for c in year.contacts:
        if c["direction"] == "in" and c["outcome"] in ASKING:
            settled = c["outcome"] in ("resolved_first_contact", "information_given")
            fcr[name[c["agent_id"]]].append(settled or c["complaint_id"] in settled_complaints)
    everyone = [ok for oks in fcr.values() for ok in oks]
    assert 0.70 <= sum(everyone) / len(everyone) <= 0.80  # first-contact resolution overall

    def rate(values: list[bool]) -> float:
        return sum(values) / len(values)

    assert rate(fcr["yen.tran"]) > rate(fcr["khoa.ly"]) + 0.15
    handled = defaultdict(list)
    for c in year.complaints:
        handled[name.get(c["assignee_id"])].append(c)
    fast, slow = handled["yen.tran"], handled["khoa.ly"]
    assert len(fast) >= 20 and len(slow) >= 20

    def median(cases, column) -> float:
        return statistics.median(c[column] for c in cases if c[column] is not None)

    assert median(fast, "first_response_seconds") * 2 < median(slow, "first_response_seconds")
    assert median(fast, "resolution_seconds") * 2 < median(slow, "resolution_seconds")
    csat = {who: [c["csat"] for c in cases if c["csat"]] for who, cases in handled.items()}
    assert statistics.mean(csat["yen.tran"]) > statistics.mean(csat["khoa.ly"]) + 0.5

    def share(cases, kind, test=lambda e: True) -> float:
        return sum(
            any(e["kind"] == kind and test(e) for e in year.events[c["id"]]) for c in cases
        ) / len(cases)

    assert share(slow, "reopened") > share(fast, "reopened")
    handed_on = lambda e: e["data"]["from"] is not None  # noqa: E731
    assert share(slow, "assigned", handed_on) > share(fast, "assigned", handed_on)


def test_customers_come_back_within_the_week_on_the_same_topic(year):
    by_customer = defaultdict(list)
    for c in year.contacts:
        if c["direction"] == "in" and c["customer_id"]:
            by_customer[c["customer_id"]].append((c["started_at"], c["topic"]))
    repeated = total = 0
    for contacts in by_customer.values():
        for i, (at, topic) in enumerate(contacts):
            total += 1
            repeated += any(
                later > at and later - at <= timedelta(hours=168) and same == topic
                for later, same in contacts[i + 1 :]
            )
    assert 0.05 <= repeated / total <= 0.2


def test_complaints_have_their_contacts_with_durations(year):
    linked = defaultdict(list)
    for c in year.contacts:
        if c["complaint_id"]:
            linked[c["complaint_id"]].append(c)
    assert set(linked) == {c["id"] for c in year.complaints}
    opening = Counter(
        next(x["outcome"] for x in linked[c["id"]] if x["started_at"] == c["opened_at"])
        for c in year.complaints
    )
    assert set(opening) == {"complaint_opened"}
    minutes = [sum(x["duration_seconds"] or 0 for x in calls) / 60 for calls in linked.values()]
    assert statistics.mean(minutes) > 5


def test_contacts_come_at_plausible_hours(year):
    def hour(c) -> float:
        local = c["started_at"].astimezone(HCM)
        return local.hour + local.minute / 60

    calls = [hour(c) for c in year.contacts if c["channel"] == "phone"]
    written = [hour(c) for c in year.contacts if c["channel"] in ("web_form", "sms", "email")]
    assert all(7 <= h < 23.5 for h in calls + written)
    assert sum(8 <= h <= 17.5 for h in calls) > 0.85 * len(calls)
    assert 0.2 < sum(h > 18 for h in written) / len(written) < 0.5  # some in the evening


def test_callbacks_are_mostly_made_on_time(year):
    end = datetime.combine(TODAY, time(), tzinfo=HCM)
    due = [
        r
        for r in year.reminders
        if r["rule"] == "callback" and r["due_at"] < end and r["status"] != "dismissed"
    ]
    on_time = [r for r in due if r["done_at"] is not None and r["done_at"] <= r["due_at"]]
    assert 0.7 <= len(on_time) / len(due) <= 0.95
    late = [r for r in due if r["done_at"] is not None and r["done_at"] > r["due_at"]]
    assert late
    by_agent = defaultdict(list)
    for r in due:
        by_agent[year.usernames[r["assignee_id"]]].append(r in late or r["done_at"] is None)
    assert statistics.mean(by_agent["khoa.ly"]) > statistics.mean(by_agent["yen.tran"])
