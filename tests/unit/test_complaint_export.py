"""A complaint queue exported: the queue's open complaints for a filter, least time left
first, with the due time that counts and whether it is on track, at risk or breached."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from app.errors import PermissionDenied
from app.models import ComplaintStatus, Severity, SlaState
from app.services.complaints.complaint_export import export_complaints
from app.services.complaints.complaint_queue import QueueFilter
from tests.factories import make_complaint, make_customer, make_store
from tests.scenarios import staff_member
from tests.unit.export_reading import Recorder, column, csv_table, xlsx_table

# Monday 2 November 2026, 09:00 in Hà Nội.
NOW = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)


def hours(n: float) -> datetime:
    return NOW + timedelta(hours=n)


@pytest.fixture
def queue(db, admin):
    """Four open complaints of An and Bình (and a closed one), the Hà Nội store's agent
    Yến and supervisor Hà."""
    with db.session_scope() as s:
        hn = make_store(s).id
        yen = staff_member(s, admin, store_id=hn)
        ha = staff_member(s, admin, "ha.le", "Lê Thu Hà", "supervisor", store_id=hn, tier=2)
        an = make_customer(s, "Nguyễn Văn An", code="KH01", phones=["0912 345 678"]).id
        binh = make_customer(s, "Trần Thị Bình", code="KH02", phones=["0987 654 321"]).id
        plan = [
            # number, customer, category, priority, status, tier, assignee, store, opened,
            # first response (None: not yet; then due 4 h on), resolution due, SLA, words
            (1, an, "delivery", "normal", "in_progress", 1, yen, hn, -24, 1, "on_track",
             "Giao trễ"),
            (2, binh, "product_defect", "high", "new", 1, None, hn, -2, 5, "on_track",
             "Không lên hình"),
            (3, an, "billing", "critical", "waiting_customer", 2, yen, hn, -72, -2, "on_track",
             "Tính tiền sai"),
            (4, an, "delivery", "normal", "closed", 1, yen, hn, -100, -90, "met", "Đã xong"),
            (5, binh, "installation", "normal", "new", 1, None, None, -1, 3, "at_risk",
             "Lắp sai"),
        ]  # fmt: skip
        for (
            n,
            who,
            category,
            priority,
            status,
            tier,
            assignee,
            store,
            opened,
            due,
            sla,
            words,
        ) in plan:
            make_complaint(
                s,
                who,
                number=f"KN-2026-{n:06d}",
                category=category,
                description=words,
                priority=Severity(priority),
                status=ComplaintStatus(status),
                tier=tier,
                assignee_id=assignee.user_id if assignee else None,
                store_id=store,
                opened_at=hours(opened),
                first_response_at=None if n == 2 else hours(opened + 0.5),
                first_response_due=hours(4) if n == 2 else None,
                resolution_due=hours(due),
                sla_state=SlaState(sla),
            )
        return {"yen": yen, "ha": ha}


HEADER = [
    "Number",
    "Opened",
    "Customer code",
    "Customer",
    "Phone",
    "Category",
    "Priority",
    "Status",
    "Escalation tier",
    "Assignee",
    "Store",
    "Due",
    "SLA",
    "Description",
]


def _export(db, actor, queue_name, f, path):
    with time_machine.travel(NOW, tick=False), db.session_scope() as s:
        return export_complaints(s, actor, queue_name, f, path)


def test_the_whole_queue_least_time_left_first_in_words(db, queue, tmp_path):
    target = tmp_path / "khieu-nai.csv"
    assert _export(db, queue["ha"], "all", None, target) == 4
    assert csv_table(target) == [
        HEADER,
        [
            "KN-2026-000003",
            "30/10/2026 09:00:00",
            "KH01",
            "Nguyễn Văn An",
            "0912 345 678",
            "Billing",
            "Critical",
            "Waiting for customer",
            "2 · Supervisor",
            "Trần Thị Yến",
            "Cửa hàng Hà Nội",
            "02/11/2026 07:00:00",
            "Breached",  # due two hours ago, before the SLA pass marked it
            "Tính tiền sai",
        ],
        [
            "KN-2026-000001",
            "01/11/2026 09:00:00",
            "KH01",
            "Nguyễn Văn An",
            "0912 345 678",
            "Delivery",
            "Normal",
            "In progress",
            "1 · Agent",
            "Trần Thị Yến",
            "Cửa hàng Hà Nội",
            "02/11/2026 10:00:00",
            "On track",
            "Giao trễ",
        ],
        [
            "KN-2026-000005",
            "02/11/2026 08:00:00",
            "KH02",
            "Trần Thị Bình",
            "0987 654 321",
            "Installation",
            "Normal",
            "New",
            "1 · Agent",
            "Unassigned",
            "",
            "02/11/2026 12:00:00",
            "At risk",
            "Lắp sai",
        ],
        [
            "KN-2026-000002",
            "02/11/2026 07:00:00",
            "KH02",
            "Trần Thị Bình",
            "0987 654 321",
            "Product defect",
            "High",
            "New",
            "1 · Agent",
            "Unassigned",
            "Cửa hàng Hà Nội",
            "02/11/2026 13:00:00",  # not answered yet: the first response is what is due
            "On track",
            "Không lên hình",
        ],
    ]


def test_each_queue_and_filter_exports_what_it_shows(db, queue, tmp_path):
    target = tmp_path / "khieu-nai.csv"
    assert _export(db, queue["yen"], "mine", None, target) == 2
    assert column(csv_table(target), "Number") == ["KN-2026-000003", "KN-2026-000001"]
    _export(db, queue["yen"], "unassigned", None, target)
    assert column(csv_table(target), "Number") == ["KN-2026-000005", "KN-2026-000002"]
    _export(db, queue["ha"], "all", QueueFilter(priority="high"), target)
    assert column(csv_table(target), "Number") == ["KN-2026-000002"]
    _export(db, queue["ha"], "all", QueueFilter(status="waiting_customer"), target)
    assert column(csv_table(target), "Customer") == ["Nguyễn Văn An"]


def test_an_agent_cannot_export_every_complaint(db, queue, tmp_path):
    with pytest.raises(PermissionDenied, match="supervisors and administrators"):
        _export(db, queue["yen"], "all", None, tmp_path / "khieu-nai.csv")
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".csv"] == []


def test_an_xlsx_keeps_the_times_as_dates_and_counts_with_progress(db, queue, tmp_path):
    target = tmp_path / "khieu-nai.xlsx"
    control = Recorder()
    with time_machine.travel(NOW, tick=False), db.session_scope() as s:
        export_complaints(s, queue["ha"], "team", None, target, control=control)
    table = xlsx_table(target)
    assert column(table, "Due") == [
        datetime(2026, 11, 2, 7, 0),
        datetime(2026, 11, 2, 10, 0),
        datetime(2026, 11, 2, 13, 0),
    ]
    assert control.reports == [(100, "3 of 3 complaints")]
