"""The KPI benchmark's contacts, reminders and telephone-exchange call records.

Contacts come in time order; those that opened a complaint point at it (and at its
customer), a few in a hundred of the rest are about a recent complaint, and 0.3 % are
corrections of an earlier contact. PBX records are the calls the exchange saw: most
answered after a short wait, some abandoned, spread over opening hours so that some
hours have more callers waiting at once than the target.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from tests.bench.kpis_rows import BATCH, DAY, NOW_S, SPAN_DAYS, Batch, World

CHANNELS = (("phone", 55), ("chat", 12), ("email", 8), ("social", 8), ("sms", 3))
CHANNELS += (("store_visit", 10), ("on_site", 2), ("web_form", 2))
TOPICS = (("product_question", 20), ("usage_guidance", 16), ("warranty", 18), ("return", 5))
TOPICS += (("delivery", 11), ("billing", 7), ("complaint", 10), ("praise", 4), ("other", 9))
OUTCOMES = (("resolved_first_contact", 36), ("information_given", 30), ("callback_needed", 8))
OUTCOMES += (("complaint_opened", 4), ("escalated", 3), ("no_answer", 12), ("wrong_number", 2))
OUTCOMES += ((None, 5),)


def interaction_rows(w: World) -> Iterator[Batch]:
    """Contacts in time order, one in twenty about a complaint (those that opened one
    point at it); 0.3 % are corrections of earlier ones."""
    n, d, at = w.sizes.interactions, w.draw, w.stamps.at
    r, rand = d.r, d.rng.randint
    channel, topic, outcome = d.table(CHANNELS), d.table(TOPICS), d.table(OUTCOMES)
    opened, owner = w.complaint_opened, w.complaint_customer
    recent = max(1, w.sizes.complaints * 20 // SPAN_DAYS)  # complaints in about 20 days
    agents, customers, stores = w.sizes.agents, w.sizes.customers, w.agent_store
    note = "Khách hỏi về sản phẩm, đã hướng dẫn chi tiết."
    batch: list[tuple] = []
    for i in range(n):
        iid = i + 1
        start = d.work_time(d.day_of(i, n))
        agent = rand(1, agents)
        customer = rand(1, customers) if r() < 0.97 else None
        phone = None if customer else f"+849{rand(10_000_000, 99_999_999)}"
        if iid > 5000 and r() < 0.003:  # a correction note, logged later under its contact
            batch.append(
                (iid, customer, phone, channel(), "in", at(start), None, None, "other", None,
                 "Sửa lại: khách gọi về bảo hành.", agent, stores[agent - 1], None,
                 iid - rand(1, 5000), at(start))
            )  # fmt: skip
            continue
        what, seconds = outcome(), rand(20, 1500)
        complaint = None
        if what == "complaint_opened" or r() < 0.03:
            j = bisect_right(opened, start) - 1
            if what != "complaint_opened":
                j -= rand(0, recent)
            if j >= 0 and start - opened[j] < 30 * DAY:
                complaint = j + 1
                customer, phone = owner[j], None
        batch.append(
            (iid, customer, phone, channel(), "in" if r() < 0.75 else "out", at(start),
             at(start + seconds), seconds, topic(), what, note, agent, stores[agent - 1],
             complaint, None, at(start))
        )  # fmt: skip
        if len(batch) == BATCH:
            yield {"interactions": batch}
            batch = []
    yield {"interactions": batch}


RULES = (("callback", 30), ("post_purchase", 20), ("post_resolution", 15), ("birthday", 15))
RULES += (("warranty_ending", 10), ("inactive", 10))


def reminder_rows(w: World) -> Iterator[Batch]:
    """Due over the three years: most done (some a day or more late), a few dismissed."""
    n, d, at = w.sizes.reminders, w.draw, w.stamps.at
    r, rand, rule_of = d.r, d.rng.randint, d.table(RULES)
    batch: list[tuple] = []
    for i in range(n):
        due = d.work_time(d.day_of(i, n))
        rule = rule_of()
        agent = rand(1, w.sizes.agents) if r() < 0.75 else None
        done_at = None
        u = r()
        if due >= NOW_S - DAY or u < 0.15:
            status = "open"
        elif u < 0.23:
            status = "dismissed"
        else:
            status = "done"
            done_at = due + rand(-4 * 3600, 3600) if r() < 0.8 else due + rand(1, 3) * DAY
            done_at = min(done_at, NOW_S - 60)
        made = due - rand(1, 10) * DAY
        batch.append(
            (i + 1, f"{rule}:bench:{i + 1}", rule, rand(1, w.sizes.customers), at(due),
             "Gọi lại cho khách", "", agent, 1 + i % w.sizes.stores, status, at(done_at),
             agent if done_at else None, at(made), at(done_at or made), 1, False)
        )  # fmt: skip
    yield {"reminders": batch}


QUEUES = (("ban_hang", 35), ("ho_tro", 45), ("bao_hanh", 20))


def pbx_call_rows(w: World) -> Iterator[Batch]:
    """Calls the exchange recorded: 9 in 10 from outside; 92 % of those answered after
    a wait of about 25 s, the rest abandoned after about 40 s."""
    n, d, at = w.sizes.pbx_calls, w.draw, w.stamps.at
    r, rand, expo, queue_of = d.r, d.rng.randint, d.rng.expovariate, d.table(QUEUES)
    batch: list[tuple] = []
    for i in range(n):
        start = d.work_time(d.day_of(i, n))
        inbound = r() < 0.9
        answered = not inbound or r() < 0.92
        wait = int(expo(1 / 25)) if answered else 5 + int(expo(1 / 40))
        talk = rand(20, 900) if answered else 0
        agent = rand(1, w.sizes.agents) if answered else None
        caller = f"09{rand(10_000_000, 99_999_999)}"
        batch.append(
            (i + 1, f"bench-{i + 1:09d}", at(start), at(start + wait) if answered else None,
             at(start + wait + talk), caller if inbound else str(100 + (agent or 0)),
             f"+84{caller[1:]}" if inbound else None, "1900" if inbound else caller,
             queue_of(), str(100 + agent) if agent else "",
             "ANSWERED" if answered else ("NO ANSWER", "BUSY")[i % 2], wait, talk, answered,
             inbound, None, agent)
        )  # fmt: skip
        if len(batch) == BATCH:
            yield {"pbx_calls": batch}
            batch = []
    yield {"pbx_calls": batch}
