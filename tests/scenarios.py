"""Named worlds that several test modules share.

What people set up at the desk is made as they make it, through the services: the first
administrator, staff, stores, products, customers, sales and claims taken in. The history a
screen only reads (calls, complaints and reminders in every state, dated as a test needs)
is written with tests.factories. Each function takes the session of the caller's unit of
work and returns what a test refers to afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy.orm import Session

from app.db import Database
from app.models import (
    Channel,
    ClaimKind,
    ClaimStatus,
    ComplaintStatus,
    Direction,
    Gender,
    Outcome,
    ReminderStatus,
    Role,
    SlaState,
    Tier,
)
from app.services.access import stores, users
from app.services.access.auth import create_first_admin
from app.services.actor import Actor
from app.services.claims import products, purchases
from app.services.claims.claims import ClaimInput, ClaimView, open_claim
from app.services.customers.customer_input import CustomerInput, PhoneInput
from app.services.customers.customers import CustomerView, create_customer
from app.services.loyalty.loyalty import earn_points
from app.services.settings import set_setting
from app.timeutil import local_date, now_utc
from tests.factories import (
    local_noon,
    make_claim,
    make_complaint,
    make_customer,
    make_interaction,
    make_product,
    make_purchase,
    make_reminder,
    make_store,
    make_user,
)

ADMIN_PASSWORD = "mat-khau-1"
STAFF_PASSWORD = "mat-khau-2"


# --- people ---------------------------------------------------------------------------------


def first_admin(s: Session) -> Actor:
    """The administrator created at first start (admin / ADMIN_PASSWORD), signed in."""
    return create_first_admin(s, "admin", "Quản Trị Viên", ADMIN_PASSWORD, ADMIN_PASSWORD)


def staff_member(
    s: Session,
    admin: Actor,
    username: str = "yen.tran",
    full_name: str = "Trần Thị Yến",
    role: str = "agent",
    *,
    password: str = STAFF_PASSWORD,
    **kwargs,
) -> Actor:
    """A user the administrator adds (`store_id`, `tier` by keyword), signed in."""
    view = users.add_user(s, admin, username, full_name, role, password, password, **kwargs)
    return Actor(view.id, view.username, view.full_name, Role(view.role), view.tier, view.store_id)


def new_customer(s: Session, actor: Actor, full_name: str, *phones: str, **fields) -> CustomerView:
    """A customer made as the create form makes one; the first phone is the primary."""
    typed = tuple(PhoneInput(p, is_primary=i == 0) for i, p in enumerate(phones))
    return create_customer(s, actor, CustomerInput(full_name, phones=typed, **fields))


# --- the store counter ----------------------------------------------------------------------

COUNTER_TV = products.ProductInput(
    "TV-55",
    "Tivi Sony 55 inch",
    "Sony",
    "tv",
    warranty_months=24,
    return_days=15,
    list_price_vnd=15_990_000,
)
COUNTER_PRICE = 15_000_000  # what a TV was sold for at the counter


@dataclass(frozen=True)
class Counter:
    """The Hà Nội store's counter: its agent and supervisor, a customer and the TV it sells.

    `today` is the counter's day; `now` its clock for claims taken in (None: the real one).
    """

    admin: Actor
    agent: Actor
    supervisor: Actor
    store_id: int
    customer_id: int  # Nguyễn Văn An, 0912 345 678
    product_id: int  # Tivi Sony 55 inch: 24 months' warranty, 15 days to return it
    today: date
    now: datetime | None = None

    def sell(
        self,
        db: Database,
        bought: date | None = None,
        *,
        serial: str = "SN55A0001",
        days_ago: int = 30,
        **changes,
    ) -> int:
        """A TV sold to the customer on `bought` (else `days_ago` days before today),
        registered by the agent; `changes` replace any other field. The purchase id."""
        values = dict(
            customer_id=self.customer_id,
            product_id=self.product_id,
            purchase_date=bought or self.today - timedelta(days=days_ago),
            serial_no=serial,
            invoice_no="HD2026-0001",
            store_id=self.store_id,
            price_vnd=COUNTER_PRICE,
        )
        values.update(changes)
        with db.session_scope() as s:
            return purchases.register_purchase(
                s, self.agent, purchases.PurchaseInput(**values), today=self.today
            )

    def take_in(
        self,
        db: Database,
        purchase_id: int,
        kind: str = "repair",
        *,
        actor: Actor | None = None,
        **changes,
    ) -> ClaimView:
        """A unit brought back and taken in (by the agent unless `actor` says who)."""
        values = dict(
            purchase_id=purchase_id,
            kind=kind,
            fault_description="Tivi có tiếng nhưng không lên hình.",
            condition_on_receipt="Trầy xước nhẹ ở cạnh.",
            accessories="Điều khiển",
        )
        values.update(changes)
        with db.session_scope() as s:
            return open_claim(s, actor or self.agent, ClaimInput(**values), now=self.now)


def counter(
    s: Session,
    admin: Actor,
    today: date,
    *,
    now: datetime | None = None,
    agent: Actor | None = None,
) -> Counter:
    """The store HN01, its supervisor Lê Thu Hà and agent Trần Thị Yến (or `agent`, made
    already), the TV in the catalogue and the customer Nguyễn Văn An."""
    store = stores.add_store(s, admin, "HN01", "Cửa hàng Hà Nội", "1 Tràng Tiền")
    agent = agent or staff_member(s, admin, store_id=store.id)
    supervisor = staff_member(s, admin, "ha.le", "Lê Thu Hà", "supervisor", store_id=store.id)
    tv = products.create_product(s, admin, COUNTER_TV)
    customer = new_customer(
        s, admin, "Nguyễn Văn An", "0912 345 678", address="12 Hàng Bài, Hoàn Kiếm, Hà Nội"
    )
    return Counter(admin, agent, supervisor, store.id, customer.id, tv.id, today, now)


# --- a customer's history, for the profile --------------------------------------------------


@dataclass(frozen=True)
class History:
    today: date
    in_warranty_end: date
    ending_soon_end: date
    expired_end: date


def profile_history(s: Session, actor: Actor, customer_id: int) -> History:
    """Three purchases (in warranty, ending soon, expired), a call three days ago, an open
    complaint, a washer being repaired, a callback due tomorrow and 120 points earned."""
    now = now_utc()
    today = local_date(now)
    history = History(
        today=today,
        in_warranty_end=today + timedelta(days=300),
        ending_soon_end=today + timedelta(days=10),
        expired_end=today - timedelta(days=20),
    )
    fridge = make_product(s, "TL-311", "Tủ lạnh Toshiba 311 lít")
    washer = make_product(s, "MG-9KG", "Máy giặt 9 kg")
    fan = make_product(s, "QD-01", "Quạt đứng Senko")
    make_purchase(
        s,
        customer_id,
        product_id=fridge.id,
        serial_no="SNTL000311",
        invoice_no="HD2025000111",
        purchase_date=today - timedelta(days=65),
        price_vnd=12_490_000,
        warranty_end=history.in_warranty_end,
    )
    washed = make_purchase(
        s,
        customer_id,
        product_id=washer.id,
        serial_no="SNMG000009",
        purchase_date=today - timedelta(days=355),
        price_vnd=8_490_000,
        warranty_end=history.ending_soon_end,
    )
    make_purchase(
        s,
        customer_id,
        product_id=fan.id,
        purchase_date=today - timedelta(days=400),
        price_vnd=690_000,
        warranty_end=history.expired_end,
    )
    make_interaction(
        s,
        customer_id,
        started_at=now - timedelta(days=3),
        outcome=Outcome.COMPLAINT_OPENED,
        notes="Khách báo máy giặt kêu to khi vắt",
    )
    make_complaint(
        s,
        customer_id,
        number="KN-2025-00001",
        category="product_defect",
        description="Máy giặt kêu to khi vắt",
        status=ComplaintStatus.IN_PROGRESS,
        opened_at=now - timedelta(days=2),
    )
    make_claim(
        s,
        customer_id,
        washed.id,
        number="BH-2025-00001",
        status=ClaimStatus.REPAIRING,
        received_at=now - timedelta(days=1),
        fault_description="Kêu to khi vắt",
    )
    make_reminder(
        s,
        customer_id,
        unique_key=f"callback-{customer_id}",
        rule="manual",
        due_at=now + timedelta(days=1),
        title="Gọi lại báo tình trạng sửa máy giặt",
    )
    earn_points(s, actor, customer_id, 120, "Tích điểm mua tủ lạnh")
    return history


# --- what the Home screen counts ------------------------------------------------------------


@dataclass(frozen=True)
class OverviewFigures:
    """What the Home screen should show for `overview`'s records."""

    customers: int
    open_complaints: dict[str, int]
    complaints_breached: int
    claims_in_progress: dict[str, int]
    reminders_due_today: int
    reminders_overdue: int
    # customer column of the latest-interactions table, newest first
    latest_customers: tuple[str, ...]


def overview(s: Session, now: datetime | None = None) -> OverviewFigures:
    """A store and its agent, a few customers, complaints, claims, reminders and calls
    around `now` (the real clock unless given), with the figures they make."""
    now = now or now_utc()
    today = local_date(now)
    store = make_store(s, "HCM01", "Cửa hàng Quận 1", province="Hồ Chí Minh").id
    agent = make_user(s, "khoa", "Trần Minh Khoa", store_id=store).id
    dao, hung, anh = (
        make_customer(s, name, code=f"KH{n:06d}", store_id=store).id
        for n, name in enumerate(["Nguyễn Thị Đào", "Lê Văn Hùng", "Phạm Ngọc Ánh"], start=1)
    )
    # Archived: not counted.
    make_customer(
        s, "Đỗ Quang Huy", code="KH000004", store_id=store, archived_at=now - timedelta(days=3)
    )
    for n, customer, status, sla in [
        (1, dao, "new", "breached"),
        (2, hung, "in_progress", "on_track"),
        (3, hung, "waiting_customer", "at_risk"),
        (4, anh, "resolved", "met"),  # closed ones are not "open"
    ]:
        make_complaint(
            s,
            customer,
            number=f"KN-2025-{n:05d}",
            description="Máy giặt kêu to khi vắt",
            status=ComplaintStatus(status),
            sla_state=SlaState(sla),
            store_id=store,
        )
    washer = make_product(s, "MG-9KG", "Máy giặt 9 kg")
    bought = make_purchase(
        s,
        dao,
        product_id=washer.id,
        store_id=store,
        serial_no="SN123456",
        purchase_date=today - timedelta(days=90),
        price_vnd=8_490_000,
        warranty_end=today + timedelta(days=275),
    )
    for n, status in enumerate(["received", "repairing", "returned"], start=1):
        make_claim(
            s,
            dao,
            bought.id,
            number=f"BH-2025-{n:05d}",
            status=ClaimStatus(status),
            store_id=store,
        )
    for key, day, status in [
        ("today", today, "open"),
        ("yesterday", today - timedelta(days=1), "open"),
        ("last-week", today - timedelta(days=7), "done"),
        ("tomorrow", today + timedelta(days=1), "open"),
    ]:
        make_reminder(
            s,
            dao,
            unique_key=key,
            rule="manual",
            due_at=local_noon(day),
            status=ReminderStatus(status),
        )
    make_interaction(
        s,
        phone_e164="+84912345678",
        started_at=now - timedelta(minutes=30),
        duration_seconds=95,
        outcome=Outcome.CALLBACK_NEEDED,
        agent_id=agent,
    )
    make_interaction(
        s,
        dao,
        phone_e164="+84901234567",
        started_at=now - timedelta(hours=1),
        duration_seconds=312,
        topic="complaint",
        outcome=Outcome.COMPLAINT_OPENED,
        agent_id=agent,
    )
    make_interaction(
        s,
        hung,
        channel=Channel.EMAIL,
        direction=Direction.OUTBOUND,
        started_at=now - timedelta(hours=2),
        topic="delivery",
        agent_id=agent,
    )
    return OverviewFigures(
        customers=3,
        open_complaints={"new": 1, "in_progress": 1, "waiting_customer": 1, "reopened": 0},
        complaints_breached=1,
        claims_in_progress={
            "received": 1,
            "diagnosing": 0,
            "waiting_parts": 0,
            "repairing": 1,
            "ready": 0,
        },
        reminders_due_today=1,
        reminders_overdue=1,
        latest_customers=("0912345678", "Nguyễn Thị Đào", "Lê Văn Hùng"),
    )


# --- the call log ---------------------------------------------------------------------------

# 10:00 in Ho Chi Minh City on 10/03/2025; contact n starts n minutes earlier.
CALLS_NEWEST = datetime(2025, 3, 10, 3, 0, tzinfo=UTC)
UNKNOWN_PHONE = "+84901234567"


@dataclass
class CallLog:
    """What was written: ids newest first, and the people and places they name."""

    ids: list[int] = field(default_factory=list)
    agents: dict[str, int] = field(default_factory=dict)
    stores: dict[str, int] = field(default_factory=dict)
    customers: dict[str, int] = field(default_factory=dict)
    unknown_ids: list[int] = field(default_factory=list)


def call_log(s: Session, admin: Actor, count: int = 12) -> CallLog:
    """`count` contacts a minute apart (some pairs share a start time), newest first in
    `ids`: every third by agent Yến at the Quận 1 store by phone, the rest by Khoa at
    Cầu Giấy by store visit; the two oldest from an unknown caller (UNKNOWN_PHONE)."""
    log = CallLog()
    log.stores = {
        "q1": make_store(s, "HCM01", "Cửa hàng Quận 1", province="TP. Hồ Chí Minh").id,
        "cg": make_store(s, "HN01", "Điện máy Cầu Giấy", province="Hà Nội").id,
    }
    log.agents = {
        "yen": staff_member(s, admin, "yen.tran", "Trần Thị Yến").user_id,
        "khoa": staff_member(s, admin, "khoa.ly", "Lý Minh Khoa").user_id,
    }
    log.customers = {
        "dao": new_customer(s, admin, "Nguyễn Thị Đào", "0912345678").id,
        "hung": new_customer(s, admin, "Lê Văn Hùng", "0987654321").id,
    }
    rows = []
    for n in range(count):
        # Contacts 2 and 3, 6 and 7... start at the same minute: the higher id first.
        minutes = n - (n % 4 == 3)
        by_yen = n % 3 == 0
        unknown = n >= count - 2
        rows.append(
            make_interaction(
                s,
                None if unknown else log.customers["dao" if n % 2 else "hung"],
                phone_e164=UNKNOWN_PHONE if unknown else None,
                channel=Channel.PHONE if by_yen else Channel.STORE_VISIT,
                direction=Direction.INBOUND if n % 2 else Direction.OUTBOUND,
                started_at=CALLS_NEWEST - timedelta(minutes=minutes),
                duration_seconds=60 * (n + 1) if by_yen else None,
                topic="warranty" if by_yen else "delivery",
                outcome=Outcome.INFORMATION_GIVEN,
                notes=f"Ghi chú {n}\nDòng thứ hai",
                satisfaction=4 if by_yen else None,
                agent_id=log.agents["yen" if by_yen else "khoa"],
                store_id=log.stores["q1" if by_yen else "cg"],
            )
        )
    # Newest first; within one start time, the higher id first (as the log orders).
    ordered = sorted(rows, key=lambda r: (r.started_at, r.id), reverse=True)
    log.ids = [r.id for r in ordered]
    log.unknown_ids = [r.id for r in ordered if r.customer_id is None]
    return log


# --- an agent's reminders -------------------------------------------------------------------


@dataclass(frozen=True)
class Inbox:
    customer_id: int
    overdue: int
    today: tuple[int, int]
    upcoming: int
    done: int
    pool: int
    others: int


def reminder_inbox(s: Session, admin: Actor, agent: Actor, other: Actor) -> Inbox:
    """`agent`'s reminders about Nguyễn Thị Đào: one overdue, two today, one upcoming, one
    done; one in the shared pool today; one of `other`'s today (not the agent's to see)."""
    dao = new_customer(s, admin, "Nguyễn Thị Đào", "0903123456", gender=Gender.FEMALE).id
    today = local_date(now_utc())

    def noon(days: int) -> datetime:
        return local_noon(today + timedelta(days=days))

    def remind(key: str, due: datetime, assignee: int | None, **fields) -> int:
        return make_reminder(
            s,
            dao,
            unique_key=key,
            subject_type="customer",
            subject_id=dao,
            due_at=due,
            assignee_id=assignee,
            **fields,
        ).id

    me = agent.user_id
    return Inbox(
        customer_id=dao,
        overdue=remind("overdue", noon(-2), me, title="Gọi lại trễ"),
        today=(
            remind("today-1", noon(0), me, title="Hỏi thăm"),
            remind(
                "today-2",
                noon(0) + timedelta(minutes=5),
                me,
                rule="birthday",
                title="Chúc mừng sinh nhật",
            ),
        ),
        upcoming=remind("upcoming", noon(3), me),
        done=remind(
            "done",
            noon(-1),
            me,
            status=ReminderStatus.DONE,
            done_at=noon(-1),
            done_by_id=me,
            outcome="reached",
        ),
        pool=remind("pool", noon(0), None, rule="post_purchase", title="Hỏi thăm sau mua hàng"),
        others=remind("others", noon(0), other.user_id),
    )


# --- a queue of complaints ------------------------------------------------------------------


def complaint_queue(
    s: Session, count: int, *, start: int = 1, customer_name: str = "Nguyễn Văn An", **fields
) -> list[int]:
    """`count` open complaints of one new customer, numbered from `start`, answered now and
    each due an hour after the one before, a month ahead; `fields` change them all."""
    now = datetime.now(UTC)
    customer = make_customer(s, customer_name).id
    return [
        make_complaint(
            s,
            customer,
            **{
                "number": f"KN-2026-{n:06d}",
                "category": "delivery",
                "description": "Giao trễ",
                "first_response_at": now,
                "resolution_due": now + timedelta(days=30, hours=n),
                **fields,
            },
        ).id
        for n in range(start, start + count)
    ]


# --- one of everything a slip is printed for ------------------------------------------------

# Saturday 22 November 2026, 10:00 in Hà Nội: when the slips are printed.
SLIPS_NOW = datetime(2026, 11, 22, 3, 0, tzinfo=UTC)


@dataclass(frozen=True)
class SlipWorld:
    """One customer's records, one of each thing a slip is printed for."""

    store_id: int
    customer_id: int
    purchase_id: int  # warranty slip
    claim_id: int  # claim receipt: a repair just taken in
    exchanged_claim_id: int  # return slip: exchanged for a new serial
    refunded_claim_id: int  # return slip: refunded
    complaint_id: int  # complaint receipt

    def subject(self, kind: str) -> int:
        return {
            "warranty": self.purchase_id,
            "claim": self.claim_id,
            "return": self.exchanged_claim_id,
            "complaint": self.complaint_id,
        }[kind]


def slip_world(
    s: Session,
    name: str = "Nguyễn Thị Ánh",
    address: str = "12 Ngõ 5 Láng Hạ, Ba Đình",
    product: str = "Máy giặt LG Inverter 9 kg",
    fault: str = "Máy kêu to khi vắt, rung mạnh.",
    serial: str = "SN-LG-000123",
    invoice: str = "HĐ-2026-0456",
    tag: str = "1",
) -> SlipWorld:
    """The records as typed: the text is stored as given (NFD stays NFD), as an older
    import or another program could have left it."""
    store = make_store(
        s,
        f"HN{tag}",
        "Điện máy Tràng Tiền",
        address="1 Tràng Tiền, Hoàn Kiếm",
        province="Hà Nội",
        phone="024 3825 1234",
    ).id
    customer = make_customer(
        s,
        name,
        code=f"KH{tag:0>7}",
        phones=["0912 345 678"],
        address=address,
        province="Hà Nội",
        store_id=store,
    )
    customer.full_name = name  # as typed, not composed
    item = make_product(s, f"LG-{tag}", product, brand="LG")
    bought = make_purchase(
        s,
        customer.id,
        product_id=item.id,
        store_id=store,
        serial_no=serial,
        invoice_no=invoice,
        purchase_date=date(2026, 11, 1),
        price_vnd=9_490_000,
        warranty_months=24,
        extended_warranty_months=12,
        warranty_end=date(2029, 11, 1),
    )

    def claim(n: int, kind: ClaimKind, status: ClaimStatus, **extra) -> int:
        return make_claim(
            s,
            customer.id,
            bought.id,
            number=f"YC-2026-{tag}{n:05d}",
            kind=kind,
            status=status,
            store_id=store,
            received_at=datetime(2026, 11, 20, 2, 30, tzinfo=UTC),
            fault_description=fault,
            condition_on_receipt="Trầy xước nhẹ mặt trên",
            accessories="Dây nguồn, ống xả",
            in_warranty=True,
            warranty_reason="Còn hạn đến 01/11/2029",
            **extra,
        ).id

    taken_in = claim(
        1, ClaimKind.REPAIR, ClaimStatus.RECEIVED, expected_return_date=date(2026, 11, 30)
    )
    exchanged = claim(
        2,
        ClaimKind.EXCHANGE,
        ClaimStatus.EXCHANGED,
        replacement_serial="SN-LG-000999",
        closed_at=datetime(2026, 11, 21, 8, 0, tzinfo=UTC),
    )
    refunded = claim(
        3,
        ClaimKind.RETURN,
        ClaimStatus.REFUNDED,
        refund_vnd=9_000_000,
        closed_at=datetime(2026, 11, 21, 9, 0, tzinfo=UTC),
    )
    complaint = make_complaint(
        s,
        customer.id,
        number=f"KN-2026-{tag}{1:05d}",
        purchase_id=bought.id,
        category="product_defect",
        channel="store_visit",
        description=fault,
        store_id=store,
        opened_at=datetime(2026, 11, 21, 3, 0, tzinfo=UTC),
        resolution_due=datetime(2026, 11, 24, 3, 0, tzinfo=UTC),
    ).id
    s.flush()
    return SlipWorld(store, customer.id, bought.id, taken_in, exchanged, refunded, complaint)


# --- a desk closed for thirty days ----------------------------------------------------------

CLOSED_ON = date(2026, 11, 15)  # the rules last ran that morning (a Sunday)
OPENED_ON = date(2026, 12, 15)  # and again thirty days later (a Tuesday)


@dataclass(frozen=True)
class ClosedDesk:
    """What fell due while the Hà Nội store's desk was closed from CLOSED_ON to OPENED_ON,
    with the rules' settings as the shop keeps them: the defaults, check-in calls made up
    to 20 days late, and greeting days 11/12, 12/12 and 16/12 for the VIP customers.
    Purchases (a Tivi Sony 55 inch each) and ids by what each is for."""

    store_id: int
    an: int  # Nguyễn Văn An, a member, whose purchases these are
    checkin_late: int  # delivered 22/11: call due 25/11, 20 days late when opened
    checkin_passed: int  # a counter sale 21/11: call due 24/11, 21 days late: not made
    checkin_today: int  # delivered 12/12: call due 15/12, the day it opens
    warranty_today: int  # the warranty ends 15/12: the word was due 01/12
    warranty_ended: int  # the warranty ended 14/12: nothing to say any more
    warranty_later: int  # the warranty ends 30/12: the word is due 16/12
    unscored: int  # KN-C-1, resolved 20/11, no CSAT: callback due 22/11
    scored: int  # KN-C-2, resolved 20/11 and closed with a CSAT of 4: no callback
    mai: int  # born 12/12/1990: three days late when opened
    lan: int  # born 11/12/1988: four days late: not made
    cuc: int  # born 16/12/1991: tomorrow, listed the day before
    minh: int  # a VIP: greetings on 12/12 and 16/12, not on 11/12
    hoa: int  # silver, last contact 20/05: quiet 180 days on 16/11
    bao: int  # silver, last contact 20/05, then called on 01/12 (while closed): not quiet
    dung: int  # silver, bought once on 01/03/2024 and never heard of since: due 28/08/2024


def closed_desk(s: Session, admin: Actor) -> ClosedDesk:
    """The customers, sales, complaints and settings of ClosedDesk."""
    set_setting(s, admin, "reminder.post_purchase.late_days", 20)
    set_setting(s, admin, "reminder.holiday.dates", "11/12, 12/12, 16/12")
    store = make_store(s).id

    def customer(name: str, **fields) -> int:
        return make_customer(s, name, store_id=store, **fields).id

    an = customer("Nguyễn Văn An")

    def sale(bought: date, delivered: date | None = None, ends: date = date(2028, 1, 1)) -> int:
        return make_purchase(
            s, an, purchase_date=bought, delivery_date=delivered, warranty_end=ends
        ).id

    def complaint(number: str, **fields) -> int:
        return make_complaint(
            s, an, number=number, resolved_at=local_noon(date(2026, 11, 20)), **fields
        ).id

    dung = customer("Hoàng Văn Dũng", tier=Tier.SILVER)
    make_purchase(s, dung, purchase_date=date(2024, 3, 1), warranty_end=date(2025, 3, 1))
    return ClosedDesk(
        store_id=store,
        an=an,
        checkin_late=sale(date(2026, 11, 20), date(2026, 11, 22)),
        checkin_passed=sale(date(2026, 11, 21)),
        checkin_today=sale(date(2026, 12, 10), date(2026, 12, 12)),
        warranty_today=sale(date(2024, 12, 15), ends=date(2026, 12, 15)),
        warranty_ended=sale(date(2024, 12, 14), ends=date(2026, 12, 14)),
        warranty_later=sale(date(2024, 12, 30), ends=date(2026, 12, 30)),
        unscored=complaint("KN-C-1", status=ComplaintStatus.RESOLVED),
        scored=complaint("KN-C-2", status=ComplaintStatus.CLOSED, csat=4, ces=2),
        mai=customer("Trần Thị Mai", birthday=date(1990, 12, 12)),
        lan=customer("Lê Thị Lan", birthday=date(1988, 12, 11)),
        cuc=customer("Đỗ Thị Cúc", birthday=date(1991, 12, 16)),
        minh=customer("Trần Văn Minh", tier=Tier.VIP, gender=Gender.MALE),
        hoa=customer(
            "Phạm Thị Hoa", tier=Tier.SILVER, last_contact_at=local_noon(date(2026, 5, 20))
        ),
        bao=customer("Vũ Văn Bảo", tier=Tier.SILVER, last_contact_at=local_noon(date(2026, 12, 1))),
        dung=dung,
    )


# --- a shop whose purchases are imported ----------------------------------------------------


def import_shop(s: Session) -> dict[str, int]:
    """Two stores (HN01, HCM01), a television in the catalogue (TV-55, 24 months) and
    the customers An (KH0000001, 0912 345 678) and Bình (KH0000002, 0903 123 456), as
    an earlier import left them; their ids by those names ("tv", "an", "binh")."""
    return {
        "HN01": make_store(s, "HN01").id,
        "HCM01": make_store(s, "HCM01", "Cửa hàng Quận 1").id,
        "tv": make_product(s, "TV-55", "Tivi 55 inch", warranty_months=24).id,
        "an": make_customer(s, "Nguyễn Văn An", code="KH0000001", phones=["0912 345 678"]).id,
        "binh": make_customer(s, "Trần Thị Bình", code="KH0000002", phones=["0903 123 456"]).id,
    }


# --- a year of demo data, read back ---------------------------------------------------------


@dataclass(frozen=True)
class DemoYear:
    """A demo load read back as plain rows (dicts of column values), for the tests that
    read its whole year: complaints with their events in time order, contacts, purchases,
    claims and reminders, and the product SKUs and usernames by id."""

    complaints: list[dict]
    events: dict[int, list[dict]]
    contacts: list[dict]
    purchases: list[dict]
    claims: list[dict]
    reminders: list[dict]
    skus: dict[int, str]
    usernames: dict[int, str]


def demo_year(db: Database, customers: int, today: date) -> DemoYear:
    """Load `customers` demo customers into the empty `db` with its history ending the
    day before `today`, and read every row of it back."""
    from collections import defaultdict

    from sqlalchemy import select

    from app.models import (
        Claim,
        Complaint,
        ComplaintEvent,
        Interaction,
        Product,
        Purchase,
        Reminder,
        User,
    )
    from app.services.demo import generate

    generate(db, customers=customers, today=today)
    with db.session_scope() as s:

        def rows(table, *order) -> list[dict]:
            query = select(table.__table__).order_by(*order)
            return [dict(row) for row in s.execute(query).mappings()]

        events: dict[int, list[dict]] = defaultdict(list)
        for event in rows(ComplaintEvent, ComplaintEvent.at, ComplaintEvent.id):
            events[event["complaint_id"]].append(event)
        return DemoYear(
            complaints=rows(Complaint, Complaint.id),
            events=dict(events),
            contacts=rows(Interaction, Interaction.started_at, Interaction.id),
            purchases=rows(Purchase, Purchase.id),
            claims=rows(Claim, Claim.id),
            reminders=rows(Reminder, Reminder.id),
            skus=dict(s.execute(select(Product.id, Product.sku)).tuples().all()),
            usernames=dict(s.execute(select(User.id, User.username)).tuples().all()),
        )
