"""`python main.py sla`: the SLA pass from cron or a terminal, on both databases."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

import main as entry
from app.models import Complaint
from app.services.complaints.complaints import ComplaintInput, open_complaint
from tests.customer_records import add_customer


@pytest.fixture
def sla(db, capsys):
    url = db.url.render_as_string(hide_password=False)

    def run(*argv: str) -> tuple[int, str, str]:
        try:
            code = entry.main(["--db", url, "--lang", "en", "sla", *argv])
        except SystemExit as exc:
            code = exc.code
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_the_pass_escalates_a_breached_complaint_once(db, admin, sla):
    with db.session_scope() as s:
        customer = add_customer(s, "Nguyễn Văn An").id
        # Normal priority opened Monday 2/11 09:00: first response due 17:00.
        cid = open_complaint(
            s,
            admin,
            ComplaintInput(customer, "billing", "Sai hóa đơn"),
            now=datetime(2026, 11, 2, 2, 0, tzinfo=UTC),
        ).id
    code, out, _ = sla("--at", "2026-11-02T17:00")
    assert code == 0
    assert out.strip() == "1 open complaints checked: 0 now at risk, 1 breached, 1 escalated."
    code, out, _ = sla("--at", "2026-11-02T17:05", "--json")
    assert json.loads(out) == {"checked": 1, "at_risk": 0, "breached": 0, "escalated": 0}
    with db.session_scope() as s:
        assert s.get(Complaint, cid).tier == 2


def test_a_moment_that_is_not_one_is_a_usage_error(db, sla):
    code, _, err = sla("--at", "yesterday")
    assert code == 2 and "“yesterday” is not a date and time" in err
