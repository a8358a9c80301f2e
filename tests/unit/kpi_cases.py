"""The KPI tests' small world: a clock in Hà Nội, two stores with an agent each, and
complaints driven step by step through the real workflow at the times a test names, so
the timings the KPIs read are the ones the workflow records.

Business hours are the defaults (Monday to Saturday, 08:00-17:30, 9.5 hours a day,
Vietnamese public holidays closed); no holiday falls in November 2026.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.db import Database
from app.models import Complaint
from app.services.access import stores
from app.services.actor import Actor
from app.services.claims import products
from app.services.claims.purchases import PurchaseInput, register_purchase
from app.services.complaints.complaint_actions import (
    add_note,
    assign_complaint,
    escalate_complaint,
)
from app.services.complaints.complaint_workflow import (
    Resolution,
    cancel_complaint,
    change_status,
    close_complaint,
    reopen_complaint,
    resolve_complaint,
)
from app.services.complaints.complaints import ComplaintInput, open_complaint
from app.services.contacts.interactions import (
    InteractionInput,
    InteractionView,
    log_interaction,
)
from app.services.kpis.kpi_report import kpi_report
from app.services.kpis.period import Period
from app.services.kpis.results import KpiFilter, KpiReport, KpiValue
from app.timeutil import zone
from tests.scenarios import first_admin, new_customer, staff_member

# Monday 2 to Friday 13 November 2026; the report is read on Friday 13 at noon.
P = Period(date(2026, 11, 2), date(2026, 11, 13))
EMPTY = Period(date(2026, 1, 1), date(2026, 1, 31))  # nothing happened in January
HOUR = 3600


def at(day: int, hhmm: str, month: int = 11) -> datetime:
    """`hhmm` on `day`/`month`/2026, local time in Hà Nội (UTC+7)."""
    hour, minute = (int(part) for part in hhmm.split(":"))
    return datetime(2026, month, day, hour, minute, tzinfo=zone("Asia/Ho_Chi_Minh"))


NOW = at(13, "12:00")


def moment(text: str) -> datetime:
    """ "2 09:00" is 2 November 2026 at 09:00 in Hà Nội; "30/10 09:00" is 30 October."""
    day, hhmm = text.split()
    day, _, month = day.partition("/")
    return at(int(day), hhmm, int(month or 11))


@dataclass(frozen=True)
class Desk:
    """The administrator who reads the KPIs; Yến (agent, store HN01) and Khoa (agent,
    store HCM01); customers An and Bình; a TV (category "tv") and a fridge ("fridge"),
    each bought once by An on 1 October 2026 (tv_sale, fridge_sale)."""

    admin: Actor
    yen: Actor
    khoa: Actor
    hn: int
    hcm: int
    an: int
    binh: int
    tv: int
    fridge: int
    tv_sale: int
    fridge_sale: int


def desk(db: Database) -> Desk:
    """The Desk, set up through the services as an administrator would."""
    with db.session_scope() as s:
        admin = first_admin(s)
        hn = stores.add_store(s, admin, "HN01", "Cửa hàng Hà Nội", "1 Tràng Tiền").id
        hcm = stores.add_store(s, admin, "HCM01", "Cửa hàng Quận 1", "5 Lê Lợi").id
        yen = staff_member(s, admin, "yen.tran", "Trần Thị Yến", store_id=hn)
        khoa = staff_member(s, admin, "khoa.ly", "Lý Minh Khoa", store_id=hcm)
        tv = products.create_product(
            s, admin, products.ProductInput("TV-55", "Tivi Sony 55 inch", "Sony", "tv", 24, 15)
        ).id
        fridge = products.create_product(
            s,
            admin,
            products.ProductInput("TL-300", "Tủ lạnh Toshiba 300 lít", "Toshiba", "fridge", 12, 7),
        ).id
        an = new_customer(s, admin, "Nguyễn Văn An", "0912 345 678").id
        binh = new_customer(s, admin, "Trần Thị Bình", "0903 123 456").id
        bought = date(2026, 10, 1)
        tv_sale = register_purchase(
            s, yen, PurchaseInput(an, tv, bought, "SN-TV-0001", store_id=hn), today=bought
        )
        fridge_sale = register_purchase(
            s, khoa, PurchaseInput(an, fridge, bought, "SN-TL-0001", store_id=hcm), today=bought
        )
    return Desk(admin, yen, khoa, hn, hcm, an, binh, tv, fridge, tv_sale, fridge_sale)


def sale(db: Database, by: Actor, customer: int, product: int, day: date, serial: str) -> int:
    """A purchase registered at `by`'s store on `day`; its id."""
    with db.session_scope() as s:
        data = PurchaseInput(customer, product, day, serial, store_id=by.store_id)
        return register_purchase(s, by, data, today=day)


FIX = Resolution("repair", "Đã thay bo mạch, máy chạy bình thường.")


def _step(s, admin: Actor, cid: int, when: datetime, kind: str, *args) -> None:
    match kind:
        case "reply":
            add_note(s, admin, cid, "Đã gọi điện giải thích cho khách.", reply=True, now=when)
        case "note":
            add_note(s, admin, cid, "Ghi chú nội bộ.", now=when)
        case "work":
            change_status(s, admin, cid, "in_progress", now=when)
        case "wait":
            change_status(s, admin, cid, "waiting_customer", "Chờ khách gửi ảnh", now=when)
        case "resolve":
            resolve_complaint(s, admin, cid, FIX, now=when)
        case "resolve_fcr":  # "solved at first contact" ticked
            fcr = Resolution("explanation", "Giải thích ngay khi khách gọi.", first_contact=True)
            resolve_complaint(s, admin, cid, fcr, now=when)
        case "close":  # args: csat, ces
            close_complaint(s, admin, cid, True, args[0], args[1], now=when)
        case "reopen":
            reopen_complaint(s, admin, cid, "Máy lại hỏng như cũ.", now=when)
        case "cancel":
            cancel_complaint(s, admin, cid, "Khách rút khiếu nại.", now=when)
        case "assign":  # args: the user id
            assign_complaint(s, admin, cid, args[0], now=when)
        case "escalate":
            escalate_complaint(s, admin, cid, "Cần cấp trên quyết định.", now=when)
        case _:
            raise ValueError(f"unknown step {kind!r}")


def complaint(
    db: Database,
    desk: Desk,
    by: Actor,
    opened: str,
    *steps: str,
    severity: str = "normal",
    purchase: int | None = None,
    customer: int | None = None,
    category: str = "product_defect",
    channel: str = "phone",
) -> int:
    """A complaint opened by `by` at `opened` ("2 09:00", see moment()), at `by`'s store and
    taken by `by` from the queue; then each step ("2 10:00 reply", "3 10:00 close
    5 4": when, what, whole numbers) in its own unit of work, done by the administrator.
    Its id."""
    with db.session_scope() as s:
        data = ComplaintInput(
            customer or desk.an,
            category,
            "Tivi không lên hình.",
            severity,
            channel,
            purchase_id=purchase,
        )
        cid = open_complaint(s, by, data, now=moment(opened)).id
        assign_complaint(s, by, cid, by.user_id, now=moment(opened))
    for step in steps:
        day, hhmm, kind, *args = step.split()
        with db.session_scope() as s:
            _step(s, desk.admin, cid, moment(f"{day} {hhmm}"), kind, *(int(a) for a in args))
    return cid


def contact(
    db: Database,
    by: Actor,
    when: datetime,
    outcome: str | None = None,
    *,
    customer: int | None = None,
    phone: str = "",
    channel: str = "phone",
    direction: str = "in",
    topic: str = "warranty",
    seconds: int | None = None,
    complaint_id: int | None = None,
    callback: datetime | None = None,
) -> InteractionView:
    """A contact logged by `by` (at `by`'s store) as it happened at `when`."""
    with db.session_scope() as s:
        number = s.get(Complaint, complaint_id).number if complaint_id else ""
        data = InteractionInput(
            channel,
            direction,
            when,
            duration_seconds=seconds,
            customer_id=customer,
            phone=phone,
            topic=topic,
            outcome=outcome,
            notes="Khách gọi hỏi.",
            complaint_number=number,
            callback_at=callback,
        )
        return log_interaction(s, by, data, now=when)


def report(
    db: Database,
    desk: Desk,
    period: Period = P,
    by: str | None = None,
    now: datetime = NOW,
    **filters,
) -> KpiReport:
    """The KPI report the administrator reads at `now`."""
    with db.session_scope() as s:
        return kpi_report(s, desk.admin, period, by, KpiFilter(**filters), now)


def rows(found: KpiReport) -> dict[str, dict[str, KpiValue]]:
    """The breakdown's rows by key (an id as text, a channel, a priority...)."""
    return {row.key: row.values for row in found.breakdown}


def pairs(found: KpiReport | dict[str, KpiValue], *keys: str) -> dict[str, tuple]:
    """(value, count) of each KPI named, from a report or a breakdown row."""
    values = found.values if isinstance(found, KpiReport) else found
    return {key: (values[key].value, values[key].count) for key in keys}


def assert_empty(found: KpiReport, *keys: str) -> None:
    """Nothing to count: no value (not 0), a count of 0 and no colour."""
    for key in keys:
        kpi = found.values[key]
        assert (kpi.value, kpi.count, kpi.status) == (None, 0, None), key
