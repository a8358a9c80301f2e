"""The claim list: newest first in keyset pages, filters, the search box and group counts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app import i18n
from app.services.access import stores
from app.services.claims.claim_actions import assign_claim
from app.services.claims.claim_detail import claim_detail
from app.services.claims.claim_list import ClaimFilter, claim_counts, claim_page
from app.services.claims.claim_outcomes import refund_claim
from app.services.claims.claim_workflow import change_claim_status
from app.services.claims.claims import ClaimInput, open_claim
from tests.factories import make_customer


@pytest.fixture
def claims(db, counter) -> dict[str, int]:
    """Five claims, one a minute: An's repair (ready), An's return (refunded), Bình's
    exchange, Bình's repair assigned to the supervisor, and a repair at another store."""
    with db.session_scope() as s:
        binh = make_customer(s, "Trần Thị Bình", phones=["0987 654 321"]).id
        other = stores.add_store(s, counter.admin, "DN01", "Cửa hàng Đà Nẵng").id
    plan = [
        ("an_repair", counter.customer_id, "repair"),
        ("an_return", counter.customer_id, "return"),
        ("binh_exchange", binh, "exchange"),
        ("binh_repair", binh, "repair"),
        ("dn_repair", binh, "repair"),
    ]
    made = {}
    for n, (name, customer, kind) in enumerate(plan):
        # The administrator has no store: the claim is the store's that sold the unit.
        pid = counter.sell(
            db,
            date(2026, 10, 25),
            serial=f"SN55L000{n}",
            invoice_no=f"HD{n}",
            customer_id=customer,
            store_id=other if name == "dn_repair" else counter.store_id,
        )
        with db.session_scope() as s:
            actor = counter.agent if name != "dn_repair" else counter.admin
            at = counter.now + timedelta(minutes=n)
            view = open_claim(s, actor, ClaimInput(pid, kind, "Lỗi màn hình."), now=at)
            made[name] = view.id
    with db.session_scope() as s:
        for to in ("diagnosing", "ready"):
            change_claim_status(s, counter.agent, made["an_repair"], to)
        refund_claim(s, counter.agent, made["an_return"], 15_000_000)
        assign_claim(s, counter.supervisor, made["binh_repair"], counter.supervisor.user_id)
    return made


def _numbers(db, f: ClaimFilter | None = None) -> list[str]:
    with db.session_scope() as s:
        return [r.number for r in claim_page(s, f).rows]


def test_newest_first_one_keyset_page_at_a_time(db, claims):
    assert _numbers(db) == [f"YC-2026-00000{n}" for n in (5, 4, 3, 2, 1)]
    with db.session_scope() as s:
        first = claim_page(s, limit=2)
        second = claim_page(s, after=first.after, limit=2)
        last = claim_page(s, after=second.after, limit=2)
    assert [r.number[-1] for r in first.rows + second.rows + last.rows] == list("54321")
    assert (first.has_more, second.has_more, last.has_more) == (True, True, False)
    row = first.rows[-1]
    assert (row.customer_name, row.product_name, row.serial_no, row.assignee_name) == (
        "Trần Thị Bình",
        "Tivi Sony 55 inch",
        "SN55L0003",
        "Lê Thu Hà",
    )


@pytest.mark.parametrize(
    ("f", "expected"),
    [
        (ClaimFilter(status="ready"), [1]),
        (ClaimFilter(group="open"), [5, 4, 3]),
        (ClaimFilter(group="ready"), [1]),
        (ClaimFilter(group="closed"), [2]),
        (ClaimFilter(kind="repair"), [5, 4, 1]),
        (ClaimFilter(kind="repair", group="open"), [5, 4]),
        (ClaimFilter(search="yc-2026-000003"), [3]),
        (ClaimFilter(search="sn55l0001"), [2]),
        (ClaimFilter(search="nguyen van"), [2, 1]),
        (ClaimFilter(search="BÌNH"), [5, 4, 3]),
        (ClaimFilter(search="+84 912 345 678"), [2, 1]),
        (ClaimFilter(search="4321"), [5, 4, 3]),
        (ClaimFilter(search="khong co ai"), []),
    ],
)
def test_filters_and_search(db, claims, f, expected):
    assert _numbers(db, f) == [f"YC-2026-00000{n}" for n in expected]


def test_filters_by_store_and_assignee_and_counts_each_group(db, counter, claims):
    assert _numbers(db, ClaimFilter(store_id=counter.store_id)) == [
        f"YC-2026-00000{n}" for n in (4, 3, 2, 1)
    ]
    assert _numbers(db, ClaimFilter(assignee_id=counter.supervisor.user_id)) == ["YC-2026-000004"]
    with db.session_scope() as s:
        assert claim_counts(s) == {"open": 3, "ready": 1, "closed": 1}
        assert claim_counts(s, ClaimFilter(kind="repair", group="closed")) == {
            "open": 2,
            "ready": 1,
            "closed": 0,
        }


def test_the_detail_has_labels_in_the_ui_language(db, counter, claims):
    with db.session_scope() as s:
        detail = claim_detail(s, claims["an_repair"])
    assert (detail.kind_label, detail.status_label) == ("Warranty repair", "Ready for pickup")
    assert (detail.customer_phone, detail.store_name) == ("+84912345678", "Cửa hàng Hà Nội")
    assert (detail.purchase.serial_no, detail.price_paid_vnd) == ("SN55L0000", 15_000_000)
    assert [e.to_status_label for e in detail.events] == [
        "Received",
        "Diagnosing",
        "Ready for pickup",
    ]
    assert detail.events[0].actor_name == "Trần Thị Yến" and detail.next_statuses == ("returned",)
    i18n.set_language("vi")
    with db.session_scope() as s:
        detail = claim_detail(s, claims["an_return"])
    assert (detail.kind_label, detail.status_label) != ("Return and refund", "Refunded")
    assert detail.refund_vnd == 15_000_000 and detail.closed_at is not None
