"""Every service that changes data, as a table the access and audit tests walk.

A new service that takes an `actor` must be added here (or to READ_ONLY): the test
`test_every_service_taking_an_actor_is_walked` fails until it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import (
    ComplaintStatus,
    Purchase,
    Role,
    Store,
    Tier,
    User,
    utcnow,
)
from app.services import audit, settings
from app.services.access import stores, users
from app.services.actor import Actor
from app.services.complaints import (
    complaint_actions,
    complaint_workflow,
    complaints,
    reply_templates,
)
from app.services.contacts import call_topics, interactions
from app.services.contacts.interactions import InteractionInput
from app.services.customers import customer_merge, customers
from app.services.customers.customers import CustomerInput, PhoneInput
from app.services.imports.files import ImportFile
from app.services.imports.runner import ImportOptions, run_import
from app.services.loyalty import loyalty
from app.services.reminders import reminder_actions
from app.services.slips import slips
from tests.factories import (
    make_complaint,
    make_customer,
    make_important_date,
    make_interaction,
    make_points,
    make_product,
    make_purchase,
    make_reminder,
    make_slip,
)
from tests.scenarios import first_admin, staff_member
from tests.unit.claim_access_cases import CLAIM_MECHANISMS, CLAIM_MUTATIONS

A, S, M = Role.AGENT, Role.SUPERVISOR, Role.ADMIN


@dataclass
class World:
    actors: dict[Role, Actor]
    agent_id: int
    disabled_id: int
    store_id: int
    other_store_id: int
    customer_id: int  # An: a purchase that earns Gold, 300 points, a wedding anniversary
    other_customer_id: int  # Bình: Silver set by hand by the supervisor
    archived_customer_id: int
    date_id: int
    call_id: int  # a call with An
    unknown_call_id: int  # a caller no customer has the number of
    complaint_ids: dict[str, int]  # An's complaints by status: new, in_progress, resolved
    db: Database  # imports write in transactions of their own


def _customers(s: Session, store_id: int) -> tuple[int, int, int, int]:
    """Three customers as the demo would leave them (rows, not audited changes)."""
    tv = make_product(s, "TV-55", "Tivi 55 inch")
    an = make_customer(s, "Nguyễn Văn An", code="KH0000001", phones=["0912 345 678"])
    an.store_id = store_id
    binh = make_customer(
        s, "Trần Thị Bình", code="KH0000002", phones=["0987654321"], tier=Tier.SILVER
    )
    gone = make_customer(s, "Lê Văn Cũ", code="KH0000003", archived_at=utcnow())
    wedding = make_important_date(s, an.id, "Ngày cưới", date(2015, 5, 20))
    make_points(s, an.id, 300, "Tích điểm mua Tivi 55 inch")
    bought = date.today() - timedelta(days=10)
    make_purchase(
        s,
        an.id,
        product_id=tv.id,
        purchase_date=bought,
        price_vnd=35_000_000,
        warranty_end=bought + timedelta(days=730),
    )
    return an.id, binh.id, gone.id, wedding.id


def build_world(db: Database) -> World:
    with db.session_scope() as s:
        admin = first_admin(s)
        hn = stores.add_store(s, admin, "HN01", "Cửa hàng Hà Nội", "1 Tràng Tiền", "024 3825 1234")
        dn = stores.add_store(s, admin, "DN01", "Cửa hàng Đà Nẵng")
        agent = staff_member(s, admin, "lan.nguyen", "Nguyễn Thị Lan", store_id=hn.id)
        sup = staff_member(
            s, admin, "hung.tran", "Trần Văn Hùng", "supervisor", password="mat-khau-3"
        )
        gone = staff_member(s, admin, "cu.le", "Lê Văn Cũ", password="mat-khau-4").user_id
        users.set_active(s, admin, gone, False)

        an, binh, archived, wedding = _customers(s, hn.id)
        call = make_interaction(
            s, an, started_at=utcnow(), topic="warranty", notes="Hỏi bảo hành tivi"
        )
        unknown = make_interaction(s, phone_e164="+84909111222", started_at=utcnow(), topic="other")
        cases = {
            status: make_complaint(
                s,
                an,
                number=f"KN-2025-00000{n}",
                category="product_defect",
                description="Tivi không lên hình",
                status=ComplaintStatus(status),
                resolved_at=utcnow() if status == "resolved" else None,
            )
            for n, status in enumerate(("new", "in_progress", "resolved"), start=1)
        }
        loyalty.override_tier(s, sup, binh, "silver", "Khách quen của cửa hàng")
        return World(
            actors={A: agent, S: sup, M: admin},
            agent_id=agent.user_id,
            disabled_id=gone,
            store_id=hn.id,
            other_store_id=dn.id,
            customer_id=an,
            other_customer_id=binh,
            archived_customer_id=archived,
            date_id=wedding,
            call_id=call.id,
            unknown_call_id=unknown.id,
            complaint_ids={status: c.id for status, c in cases.items()},
            db=db,
        )


def _reminder(s: Session, w: World, customer: bool = True) -> int:
    """A reminder waiting in the Hà Nội store's pool (a row, as a rule would leave it)."""
    return make_reminder(
        s,
        w.customer_id if customer else None,
        unique_key=f"birthday:customer:{w.customer_id}:{date.today()}",
        rule="birthday",
        subject_type="customer",
        subject_id=w.customer_id,
        due_at=utcnow(),
        title="Chúc mừng sinh nhật Nguyễn Văn An",
        store_id=w.store_id,
    ).id


Mutation = Callable[[Session, Actor, World], object]


def _purchase_of_an(s: Session, w: World) -> int:
    return s.scalar(select(Purchase.id).where(Purchase.customer_id == w.customer_id))


def _slip_of_an(s: Session, w: World) -> int:
    """A warranty slip issued for An's purchase (a row, not an audited change)."""
    return make_slip(
        s, w.customer_id, number="PBH-2025-000001", purchase_id=_purchase_of_an(s, w), payload={}
    ).id


# qualified service name -> (roles allowed, how to call it)
MUTATIONS: dict[str, tuple[frozenset[Role], Mutation]] = {
    "users.add_user": (
        frozenset({M}),
        lambda s, a, w: users.add_user(s, a, "moi.nv", "Nhân Viên Mới", "agent", "mat-khau-9"),
    ),
    "users.update_user": (
        frozenset({M}),
        lambda s, a, w: users.update_user(
            s,
            a,
            w.agent_id,
            full_name="Nguyễn Thị Lan Anh",
            role="supervisor",
            store_id=w.other_store_id,
            tier=2,
        ),
    ),
    "users.set_active": (
        frozenset({M}),
        lambda s, a, w: users.set_active(s, a, w.disabled_id, True),
    ),
    "users.reset_password": (
        frozenset({M}),
        lambda s, a, w: users.reset_password(s, a, w.agent_id, "mat-khau-moi"),
    ),
    "stores.add_store": (
        frozenset({M}),
        lambda s, a, w: stores.add_store(
            s, a, "HCM01", "Cửa hàng Quận 1", "12 Lê Lợi", "028 3823 4567"
        ),
    ),
    "stores.update_store": (
        frozenset({M}),
        lambda s, a, w: stores.update_store(
            s, a, w.store_id, code="HN01", name="Cửa hàng Hà Nội 1", address="1 Tràng Tiền"
        ),
    ),
    "settings.set_setting": (
        frozenset({M}),
        lambda s, a, w: settings.set_setting(s, a, "session.idle_lock_minutes", 30),
    ),
    "customers.create_customer": (
        frozenset({A, S, M}),
        lambda s, a, w: customers.create_customer(
            s, a, CustomerInput("Phạm Thị Cúc", phones=(PhoneInput("0903 123 456"),))
        ),
    ),
    "customers.update_customer": (
        frozenset({A, S, M}),
        lambda s, a, w: customers.update_customer(
            s,
            a,
            w.customer_id,
            CustomerInput(
                "Nguyễn Văn An",
                phones=(
                    PhoneInput("0912 345 678", is_primary=True),
                    PhoneInput("024 3825 9999", label="home"),
                ),
                province="Hà Nội",
                store_id=w.store_id,
            ),
        ),
    ),
    "customers.archive_customer": (
        frozenset({S, M}),
        lambda s, a, w: customers.archive_customer(s, a, w.customer_id),
    ),
    "customers.restore_customer": (
        frozenset({S, M}),
        lambda s, a, w: customers.restore_customer(s, a, w.archived_customer_id),
    ),
    "customers.add_important_date": (
        frozenset({A, S, M}),
        lambda s, a, w: customers.add_important_date(
            s, a, w.customer_id, "Sinh nhật con gái", date(2012, 9, 2)
        ),
    ),
    "customers.remove_important_date": (
        frozenset({A, S, M}),
        lambda s, a, w: customers.remove_important_date(s, a, w.customer_id, w.date_id),
    ),
    "customer_merge.merge_customers": (
        frozenset({S, M}),
        lambda s, a, w: customer_merge.merge_customers(s, a, w.customer_id, w.other_customer_id),
    ),
    "loyalty.recompute_tier": (
        frozenset({A, S, M}),
        lambda s, a, w: loyalty.recompute_tier(s, a, w.customer_id),
    ),
    "loyalty.override_tier": (
        frozenset({S, M}),
        lambda s, a, w: loyalty.override_tier(s, a, w.customer_id, "vip", "Khách doanh nghiệp lớn"),
    ),
    "loyalty.clear_tier_override": (
        frozenset({S, M}),
        lambda s, a, w: loyalty.clear_tier_override(s, a, w.other_customer_id),
    ),
    "loyalty.earn_points": (
        frozenset({A, S, M}),
        lambda s, a, w: loyalty.earn_points(s, a, w.customer_id, 50, "Quà sinh nhật"),
    ),
    "loyalty.redeem_points": (
        frozenset({A, S, M}),
        lambda s, a, w: loyalty.redeem_points(s, a, w.customer_id, 100, "Đổi phiếu mua hàng"),
    ),
    "loyalty.adjust_points": (
        frozenset({S, M}),
        lambda s, a, w: loyalty.adjust_points(s, a, w.customer_id, -20, "Trừ điểm cộng nhầm"),
    ),
    "runner.run_import": (
        frozenset({M}),
        lambda s, a, w: run_import(
            w.db,
            a,
            ImportFile.from_bytes(
                "full_name,phone\nĐỗ Văn Dũng,0905 111 222\n".encode(), "khach.csv"
            ),
            ImportOptions("customers"),
        ),
    ),
    "runner.run_import:purchases": (
        frozenset({M}),
        lambda s, a, w: run_import(
            w.db,
            a,
            ImportFile.from_bytes(
                b"customer_code,sku,serial_no,purchase_date\nKH0000001,"
                b"TV-55,SN-NHAP-1,01/02/2025\n",
                "mua.csv",
            ),
            ImportOptions("purchases"),
        ),
    ),
    "interactions.log_interaction": (
        frozenset({A, S, M}),
        lambda s, a, w: interactions.log_interaction(
            s,
            a,
            InteractionInput(
                "phone",
                "in",
                utcnow() - timedelta(minutes=3),
                utcnow(),
                customer_id=w.customer_id,
                topic="warranty",
                notes="Khách hỏi hạn bảo hành",
            ),
        ),
    ),
    "interactions.add_correction": (
        frozenset({A, S, M}),
        lambda s, a, w: interactions.add_correction(s, a, w.call_id, "Tivi 65 inch, không phải 55"),
    ),
    "interactions.link_caller": (
        frozenset({A, S, M}),
        lambda s, a, w: interactions.link_caller(s, a, w.unknown_call_id, w.other_customer_id),
    ),
    "call_topics.save_topic": (
        frozenset({S, M}),
        lambda s, a, w: call_topics.save_topic(
            s, a, "warranty", ["Số serial trên tem là gì?", "Ngày mua hàng?"]
        ),
    ),
    "complaints.open_complaint": (
        frozenset({A, S, M}),
        lambda s, a, w: complaints.open_complaint(
            s, a, complaints.ComplaintInput(w.customer_id, "delivery", "Giao hàng trễ 3 ngày")
        ),
    ),
    "complaint_workflow.change_status": (
        frozenset({A, S, M}),
        lambda s, a, w: complaint_workflow.change_status(
            s, a, w.complaint_ids["new"], "in_progress"
        ),
    ),
    "complaint_workflow.resolve_complaint": (
        frozenset({A, S, M}),
        lambda s, a, w: complaint_workflow.resolve_complaint(
            s,
            a,
            w.complaint_ids["in_progress"],
            complaint_workflow.Resolution("repair", "Đã thay bo mạch"),
        ),
    ),
    "complaint_workflow.close_complaint": (
        frozenset({A, S, M}),
        lambda s, a, w: complaint_workflow.close_complaint(
            s, a, w.complaint_ids["resolved"], True, 5, 2
        ),
    ),
    "complaint_workflow.reopen_complaint": (
        frozenset({A, S, M}),
        lambda s, a, w: complaint_workflow.reopen_complaint(
            s, a, w.complaint_ids["resolved"], "Tivi lại mất hình"
        ),
    ),
    "complaint_workflow.cancel_complaint": (
        frozenset({A, S, M}),
        lambda s, a, w: complaint_workflow.cancel_complaint(
            s, a, w.complaint_ids["new"], "Khách rút khiếu nại"
        ),
    ),
    "complaint_actions.add_note": (
        frozenset({A, S, M}),
        lambda s, a, w: complaint_actions.add_note(
            s, a, w.complaint_ids["new"], "Đã gọi kho kiểm tra", reply=True
        ),
    ),
    "complaint_actions.assign_complaint": (
        frozenset({A, S, M}),
        lambda s, a, w: complaint_actions.assign_complaint(s, a, w.complaint_ids["new"], a.user_id),
    ),
    "complaint_actions.escalate_complaint": (
        frozenset({A, S, M}),
        lambda s, a, w: complaint_actions.escalate_complaint(
            s, a, w.complaint_ids["new"], "Khách đòi gặp quản lý"
        ),
    ),
    "complaint_actions.change_priority": (
        frozenset({S, M}),
        lambda s, a, w: complaint_actions.change_priority(
            s, a, w.complaint_ids["new"], "critical", "Khách doanh nghiệp lớn"
        ),
    ),
    "reply_templates.save_template": (
        frozenset({S, M}),
        lambda s, a, w: reply_templates.save_template(
            s,
            a,
            None,
            "delivery",
            "Xin lỗi giao trễ",
            "Kính gửi {customer_name}, khiếu nại {complaint_no} sẽ được xử lý trước {due_date}.",
        ),
    ),
    # reminders (issue 8)
    "reminder_actions.take_reminder": (
        frozenset({A, S, M}),
        lambda s, a, w: reminder_actions.take_reminder(s, a, _reminder(s, w)),
    ),
    "reminder_actions.snooze_reminder": (
        frozenset({A, S, M}),
        lambda s, a, w: reminder_actions.snooze_reminder(
            s, a, _reminder(s, w), utcnow() + timedelta(hours=1)
        ),
    ),
    # Without a customer: no contact is logged, so the reminder's is the one entry. A
    # reminder with a customer also logs the contact (tests/unit/test_reminder_actions.py).
    "reminder_actions.complete_reminder": (
        frozenset({A, S, M}),
        lambda s, a, w: reminder_actions.complete_reminder(
            s, a, _reminder(s, w, customer=False), "reached"
        ),
    ),
    "reminder_actions.reassign_reminder": (
        frozenset({S, M}),
        lambda s, a, w: reminder_actions.reassign_reminder(s, a, _reminder(s, w), w.agent_id),
    ),
    # printed slips (issue 7)
    "slips.issue_slip": (
        frozenset({A, S, M}),
        lambda s, a, w: slips.issue_slip(s, a, "warranty", _purchase_of_an(s, w)),
    ),
    "slips.record_print": (
        frozenset({A, S, M}),
        lambda s, a, w: slips.record_print(s, a, _slip_of_an(s, w), "printer"),
    ),
}

# Take an actor for the permission check but change nothing.
READ_ONLY = {
    "audit.count_audit",
    "audit.search_audit",
    "audit.audit_choices",
    "customers.get_customer",
    "customer_profile.customer_profile",
    "runner.analyse",
    "complaint_queue.queue_page",
    "complaint_queue.queue_counts",
    "complaint_queue.queues_for",
}
READ_ONLY |= {
    "reminder_inbox.reminder_page",
    "reminder_inbox.reminder_counts",
    "reminder_inbox.badge_count",
    "reminder_inbox.scopes_for",
    "reminder_detail.reminder_detail",
}
# The mechanisms the services use, not services of their own.
MECHANISMS = {
    "audit.record",
    "permissions.allowed",
    "permissions.require",
    "permissions.require_owner_or",
    "complaint_workflow.load_for_change",
    # The steps of imports.run_import, walked through it.
    "runner.apply_plan",
    "journal.start_run",
    "customer_kind.write",
    "purchase_kind.write",
    "calls_kind.write",
    # How every setting is stored, walked through settings.set_setting.
    "settings_store.write_setting",
    # Units of work a form saves, made of services walked here: the checks are theirs.
    "settings.save_settings",
    "reminder_actions.snooze_to_preset",
    "slip_preview.prepare_slip",
    "counter_sale.register_at_counter",
    "jobs.write_plan",
}
# What a screen reads (app/services/*_reads.py), made of the reads above.
READ_ONLY |= {
    "audit_reads.audit_first_page",
    "audit_reads.audit_page",
    "audit_reads.audit_filter_choices",
    "complaint_reads.complaint_purchases",
    "queue_reads.queue_lines",
    "inbox_reads.inbox_lines",
    "jobs.check_file",
}
# What exports and the backup check read, with the permission of the list they read.
READ_ONLY |= {
    "audit.audit_batches",
    "audit_export.export_audit",
    "audit_labels.who_name",  # a name in words: its `actor` is a user's login
    "complaint_export.export_complaints",
    "complaint_queue.queue_batches",
    "reminder_export.export_reminders",
    "reminder_inbox.reminder_batches",
    "reminder_inbox.reminder_total",
    "backup_desk.check_restore",
}
# The KPIs: who sees what is walked in tests/unit/test_kpi_access.py.
READ_ONLY |= {
    "kpi_report.kpi_report",
    "dashboard.dashboard",
    "scorecards.scorecards",
    "kpi_exports.export_kpi_table",
    "kpi_exports.export_summary_pdf",
}
# Change data but are walked by their own tests (tests/unit/test_auth.py, test_demo.py;
# backups, which need the database file itself: test_backup_desk.py).
WALKED_ELSEWHERE = {"auth.unlock", "auth.change_own_password", "runner.generate"}
WALKED_ELSEWHERE |= {
    "backup_desk.back_up_now",
    "backup_desk.restore_now",
    "backup_desk.choose_backup_folder",
}
# Purchases, products and claims: their cases live in claim_access_cases.py.
MUTATIONS.update(CLAIM_MUTATIONS)
MECHANISMS |= CLAIM_MECHANISMS


def state(s: Session) -> tuple:
    """Everything the mutations could touch, as plain values."""
    people = s.execute(
        select(
            User.username,
            User.full_name,
            User.role,
            User.tier,
            User.store_id,
            User.is_active,
            User.password_hash,
        ).order_by(User.id)
    ).all()
    shops = s.execute(select(Store.code, Store.name, Store.address).order_by(Store.id)).all()
    idle = settings.get_setting(s, "session.idle_lock_minutes")
    return (
        tuple(people),
        tuple(shops),
        idle,
        len(audit.search_audit(s, Actor.os_user(), audit.AuditFilter(), limit=10_000)),
    )
