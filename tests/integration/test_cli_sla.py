"""`python main.py sla`: the SLA pass from cron or a terminal, on both databases."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from app.models import Complaint
from app.services.complaints.complaints import ComplaintInput, open_complaint
from tests.factories import make_customer


def test_the_pass_escalates_a_breached_complaint_once(db, admin, cli):
    with db.session_scope() as s:
        customer = make_customer(s, "Nguyễn Văn An").id
        # Normal priority opened Monday 2/11 09:00: first response due 17:00.
        cid = open_complaint(
            s,
            admin,
            ComplaintInput(customer, "billing", "Sai hóa đơn"),
            now=datetime(2026, 11, 2, 2, 0, tzinfo=UTC),
        ).id
    code, out, _ = cli("sla", "--at", "2026-11-02T17:00")
    assert code == 0
    assert out.strip() == "1 open complaints checked: 0 now at risk, 1 breached, 1 escalated."
    code, out, _ = cli("sla", "--at", "2026-11-02T17:05", "--json")
    assert json.loads(out) == {"checked": 1, "at_risk": 0, "breached": 0, "escalated": 0}
    with db.session_scope() as s:
        assert s.get(Complaint, cid).tier == 2


def test_a_moment_that_is_not_one_is_a_usage_error(db, cli):
    code, _, err = cli("sla", "--at", "yesterday")
    assert code == 2 and "“yesterday” is not a date and time" in err
