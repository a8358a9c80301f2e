"""The audit trail exported: the entries a filter lets through, newest first, with who did
it, the record by its code or number, and each change in words."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine

from app.errors import PermissionDenied
from app.models import Role
from app.services import audit
from app.services.actor import Actor
from app.services.audit import AuditFilter
from app.services.audit_export import export_audit
from tests.factories import make_customer, make_store
from tests.scenarios import staff_member
from tests.unit.export_reading import Recorder, column, csv_table, xlsx_table

NOW = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)  # 09:00 on 10 March 2026 in Hà Nội
THAT_DAY = AuditFilter(date_from=date(2026, 3, 10), date_to=date(2026, 3, 10))
CLI = Actor(None, "os:lan", "lan", Role.ADMIN, tier=3, is_system=True)


@pytest.fixture
def trail(db, admin):
    """Four entries ten minutes apart on 10 March: the administrator creates customer
    Cúc, agent Yến changes her, the command line disables Yến, and the administrator
    assigns a complaint that no longer exists to Yến."""
    with db.session_scope() as s:
        hn = make_store(s).id
        yen = staff_member(s, admin)
        cuc = make_customer(s, "Phạm Thị Cúc", code="KH01").id
    steps = [
        (admin, "customer", cuc, "create", None,
         {"full_name": "Phạm Thị Cúc", "province": "Hà Nội"}),
        (yen, "customer", cuc, "update",
         {"full_name": "Phạm Cúc", "store_id": None, "marketing_consent": False},
         {"full_name": "Phạm Thị Cúc", "store_id": hn, "marketing_consent": True}),
        (CLI, "user", yen.user_id, "disable", {"is_active": True}, {"is_active": False}),
        (admin, "complaint", 999, "assign", None, {"assignee_id": yen.user_id}),
    ]  # fmt: skip
    for n, (who, entity, ident, action, before, after) in enumerate(steps):
        moment = NOW + timedelta(minutes=10 * n)
        with time_machine.travel(moment, tick=False), db.session_scope() as s:
            audit.record(s, who, entity, ident, action, before, after)
    return {"yen": yen, "cuc": cuc}


def test_a_days_entries_newest_first_in_words(db, admin, trail, tmp_path):
    target = tmp_path / "nhat-ky.csv"
    with db.session_scope() as s:
        assert export_audit(s, admin, THAT_DAY, target) == 4
    yen, cuc = trail["yen"].user_id, trail["cuc"]
    assert csv_table(target) == [
        ["Time", "Who", "Username", "Type", "Record", "Record id", "Action", "Changes"],
        ["10/03/2026 09:30:00", "Quản Trị Viên", "admin", "Complaint",
         "Complaint #999 (no longer exists)", "999", "Assigned", "assignee_id: Trần Thị Yến"],
        ["10/03/2026 09:20:00", "lan (command line)", "os:lan", "User",
         "yen.tran · Trần Thị Yến", str(yen), "Disabled", "is_active: Yes → No"],
        ["10/03/2026 09:10:00", "Trần Thị Yến", "yen.tran", "Customer", "KH01 · Phạm Thị Cúc",
         str(cuc), "Changed",
         "full_name: Phạm Cúc → Phạm Thị Cúc; store_id: HN01 · Cửa hàng Hà Nội; "
         "marketing_consent: No → Yes"],
        ["10/03/2026 09:00:00", "Quản Trị Viên", "admin", "Customer", "KH01 · Phạm Thị Cúc",
         str(cuc), "Created", "full_name: Phạm Thị Cúc; province: Hà Nội"],
    ]  # fmt: skip


def test_the_filter_decides_the_entries(db, admin, trail, tmp_path):
    target = tmp_path / "nhat-ky.csv"
    with db.session_scope() as s:
        export_audit(s, admin, AuditFilter(entity="customer"), target)
        assert column(csv_table(target), "Action") == ["Changed", "Created"]
        export_audit(s, admin, AuditFilter(user_id=trail["yen"].user_id), target)
        assert column(csv_table(target), "Who") == ["Trần Thị Yến"]
        export_audit(s, admin, AuditFilter(date_to=date(2026, 3, 9)), target)
    assert csv_table(target)[1:] == []


def test_an_agent_may_not_export_the_trail(db, trail, tmp_path):
    with db.session_scope() as s, pytest.raises(PermissionDenied, match="audit trail"):
        export_audit(s, trail["yen"], THAT_DAY, tmp_path / "nhat-ky.csv")
    assert not (tmp_path / "nhat-ky.csv").exists()


def test_an_xlsx_keeps_the_times_as_dates_with_progress(db, admin, trail, tmp_path):
    target = tmp_path / "nhat-ky.xlsx"
    control = Recorder()
    with db.session_scope() as s:
        export_audit(s, admin, THAT_DAY, target, control=control)
    assert column(xlsx_table(target), "Time")[-1] == datetime(2026, 3, 10, 9, 0)
    assert control.reports == [(100, "4 of 4 entries")]
