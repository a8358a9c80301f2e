"""The KPI benchmark's complaints and their timelines (about six events each).

Each complaint is planned first (when it was answered, resolved, closed, reopened or
cancelled, against due times set from its priority), then its events are written from
the plan: opened, assigned (data {"from": .., "to": ..}, some of them transfers), the
first step out of New, replies, escalations, a wait for the customer, resolved,
reopened and resolved again, closed with CSAT/CES (and a comment for some), cancelled.
Business seconds are taken as a share of the wall-clock time (evenings, nights and
weekends are not business time); the KPIs only read the stored figures.
"""

from __future__ import annotations

from collections.abc import Iterator

from tests.bench.kpis_rows import BATCH, DAY, NOW_S, Batch, World, columns
from tests.bench.kpis_sales_rows import bought_before

COMPLAINT_COLUMNS = columns(
    "id number customer_id purchase_id category subcategory channel description "
    "severity priority status tier assignee_id store_id created_by_id opened_at "
    "first_response_at first_response_due resolution_due sla_state resolved_at closed_at "
    "resolution_type resolution_notes compensation_vnd compensation_points "
    "first_contact_resolution csat ces archived_at created_at updated_at version "
    "cancelled_at first_response_seconds resolution_seconds"
)
EVENT_COLUMNS = columns("id complaint_id at actor_id kind from_status to_status note data")

PRIORITIES = (("low", 20), ("normal", 50), ("high", 22), ("critical", 8))
# Business hours to the first response and to resolution, per priority.
SLA_HOURS = {"critical": (1, 8), "high": (2, 24), "normal": (4, 48), "low": (8, 72)}
WALL = 2.5  # wall-clock hours per business hour, roughly (nights and weekends)
CATEGORIES = (("product_defect", 30), ("delivery", 15), ("installation", 10))
CATEGORIES += (("warranty_service", 15), ("billing", 10), ("staff_attitude", 12), ("other", 8))
ABOUT_PURCHASE = frozenset({"product_defect", "delivery", "installation", "warranty_service"})
CHANNELS = (("phone", 45), ("store_visit", 15), ("email", 10), ("social", 10), ("chat", 10))
CHANNELS += (("web_form", 10),)
CSAT = ((1, 5), (2, 7), (3, 13), (4, 30), (5, 45))
CES = ((1, 4), (2, 8), (3, 18), (4, 35), (5, 35))
PRAISE = "Nhân viên hỗ trợ rất nhiệt tình, cảm ơn!"


def complaint_rows(w: World) -> Iterator[Batch]:
    n, d, at = w.sizes.complaints, w.draw, w.stamps.at
    r, rand, expo = d.r, d.rng.randint, d.rng.expovariate
    priority_of, category_of = d.table(PRIORITIES), d.table(CATEGORIES)
    channel_of, csat_of, ces_of = d.table(CHANNELS), d.table(CSAT), d.table(CES)
    agents, boss = w.sizes.agents, w.sizes.agents + 1
    complaints: list[tuple] = []
    events: list[tuple] = []
    eid = 0
    for i in range(n):
        cid = i + 1
        day = d.day_of(i, n)
        opened = d.work_time(day)
        priority = priority_of()
        first_h, resolve_h = SLA_HOURS[priority]
        first_due = opened + int(first_h * 3600 * WALL)
        resolve_due = opened + int(resolve_h * 3600 * WALL)
        category = category_of()
        pid = bought_before(w, day, 700) if category in ABOUT_PURCHASE and r() < 0.9 else None
        customer = w.purchase_customer[pid - 1] if pid else rand(1, w.sizes.customers)
        w.complaint_opened.append(opened)
        w.complaint_customer.append(customer)
        agent = rand(1, agents) if r() < 0.88 else None

        # The plan: each moment None when it has not happened (yet).
        first = opened + 60 + int(expo(1 / (first_h * 3600 * WALL * 0.6)))
        first = first if first < NOW_S else None
        cancelled = opened + rand(600, 2 * DAY) if r() < 0.03 else None
        if cancelled is not None and cancelled >= NOW_S:
            cancelled = None
        if cancelled is not None and first is not None and first > cancelled:
            first = None
        resolved = reopened = closed = None
        if cancelled is None and first is not None and r() < 0.98:
            resolved = first + 600 + int(expo(1 / (resolve_h * 3600 * WALL * 0.7)))
            if r() < 0.05:
                reopened = resolved + rand(1, 4) * DAY
                if reopened >= NOW_S:
                    reopened = None
                else:
                    again = reopened + rand(1, 3) * DAY
                    resolved, reopened = (again, (resolved, reopened))
            if resolved >= NOW_S:
                resolved = None
        if resolved is not None:
            closed = resolved + rand(1, 7) * DAY
            closed = closed if closed < NOW_S else None
        waited = None
        if first is not None and r() < 0.1:
            waited = (first + rand(600, DAY), rand(3600, 2 * DAY))
            if resolved is None or waited[0] + waited[1] >= resolved:
                waited = None

        if cancelled is not None:
            status = "cancelled"
        elif closed is not None:
            status = "closed"
        elif resolved is not None:
            status = "resolved"
        elif reopened is not None:
            status = "reopened"
        elif first is not None:
            status = "in_progress"
        else:
            status = "new"
        csat = csat_of() if closed is not None and r() < 0.7 else None
        ces = ces_of() if closed is not None and r() < 0.6 else None
        ended = resolved if resolved is not None else NOW_S
        sla = "met" if resolved is not None and resolved <= resolve_due else "on_track"
        if ended > resolve_due and cancelled is None:
            sla = "breached"
        # Reopened and not resolved again: open, its first resolution kept.
        resolved_at = reopened[0] if reopened is not None and resolved is None else resolved

        # The timeline, from the plan.
        actor = agent or boss
        log: list[tuple] = [(opened, actor, "opened", None, "new", "", None)]
        if agent:
            log.append((opened + 120, boss, "assigned", None, None, "", _moved(None, agent)))
        if first is not None:
            if r() < 0.5:
                log.append((first, actor, "reply", None, None, "Đã gọi cho khách.", None))
            log.append((first + 30, actor, "status", "new", "in_progress", "", None))
            if r() < 0.6:
                log.append((first + 3600, actor, "reply", None, None, "Đã hẹn lịch.", None))
            if agent and r() < 0.12:
                other = rand(1, agents)
                log.append((first + 7200, boss, "assigned", None, None, "", _moved(agent, other)))
                agent = other
            if r() < 0.05:
                up = (first + 9000, actor, "escalated", None, None, "Cần cấp trên.", '{"tier": 2}')
                log.append(up)
        if waited is not None:
            log.append((waited[0], actor, "status", "in_progress", "waiting_customer", "", None))
            log.append((sum(waited), actor, "status", "waiting_customer", "in_progress", "", None))
        if reopened is not None:
            log.append((reopened[0], actor, "resolved", "in_progress", "resolved", "Đã sửa.", None))
            log.append((reopened[1], actor, "reopened", "resolved", "reopened", "Lỗi lại.", None))
        if resolved is not None:
            before = "reopened" if reopened is not None else "in_progress"
            log.append((resolved, actor, "resolved", before, "resolved", "Đã xử lý.", None))
        if closed is not None:
            note = PRAISE if csat == 5 and r() < 0.4 else ""
            data = f'{{"csat": {_json(csat)}, "ces": {_json(ces)}}}'
            log.append((closed, actor, "closed", "resolved", "closed", note, data))
        if cancelled is not None:
            before = "in_progress" if first is not None else "new"
            log.append((cancelled, actor, "cancelled", before, "cancelled", "Khách hủy.", None))
        for when, who, kind, was, to, note, data in log:
            eid += 1
            events.append((eid, cid, at(when), who, kind, was, to, note, data))

        last = max(e[0] for e in log)
        complaints.append(
            (cid, f"KN-{cid:07d}", customer, pid, category, "", channel_of(),
             "Khách phản ánh sản phẩm lỗi.", priority, priority, status,
             2 if any(e[2] == "escalated" for e in log) else 1, agent, 1 + cid % w.sizes.stores,
             agent, at(opened), at(first), at(first_due), at(resolve_due), sla, at(resolved_at),
             at(closed), "repair" if resolved_at else None, "Đã xử lý." if resolved_at else "",
             0, 0, resolved is not None and r() < 0.08, csat, ces,
             at(opened + DAY) if r() < 0.003 else None, at(opened), at(last), len(log),
             at(cancelled), _business(first, opened), _business(resolved, opened))
        )  # fmt: skip
        if len(events) >= BATCH:
            yield {"complaints": complaints, "complaint_events": events}
            complaints, events = [], []
    yield {"complaints": complaints, "complaint_events": events}


def _moved(before: int | None, after: int) -> str:
    return f'{{"from": {_json(before)}, "to": {after}}}'


def _json(value: int | None) -> str:
    return "null" if value is None else str(value)


def _business(moment: int | None, opened: int) -> int | None:
    """Business seconds from opening to `moment`: about a third of the wall-clock time."""
    return None if moment is None else int((moment - opened) * 0.38)
