"""Reply templates: written by supervisors, filled in for a complaint."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.errors import PermissionDenied, ValidationError
from app.services.complaints.complaints import ComplaintInput, open_complaint
from app.services.complaints.reply_templates import (
    fill_template,
    list_templates,
    offered_templates,
    placeholder_problem,
    save_template,
)
from tests.factories import make_customer, make_product, make_purchase

TEXT = (
    "Kính gửi {customer_name}, khiếu nại {complaint_no} về {product} sẽ được giải quyết "
    "trước {due_date}."
)


def test_a_template_is_filled_in_for_a_complaint(db, admin):
    with db.session_scope() as s:
        an = make_customer(s, "Nguyễn Văn An")
        fridge = make_product(s, "TL-1", "Tủ lạnh Sao Việt 300L")
        bought = make_purchase(
            s,
            an.id,
            product_id=fridge.id,
            purchase_date=date(2026, 10, 1),
            warranty_end=date(2028, 10, 1),
        )
        complaint = open_complaint(
            s,
            admin,
            ComplaintInput(an.id, "delivery", "Giao trễ", purchase_id=bought.id),
            now=datetime(2026, 11, 2, 2, 0, tzinfo=UTC),
        )
        template = save_template(s, admin, None, "delivery", "Xin lỗi giao trễ", TEXT)
        text = fill_template(s, template.id, complaint.id)
        assert [tp.title for tp in list_templates(s, "delivery")] == ["Xin lỗi giao trễ"]
        assert list_templates(s, "billing") == ()
    assert text == (
        "Kính gửi Nguyễn Văn An, khiếu nại KN-2026-000001 về Tủ lạnh Sao Việt 300L "
        "sẽ được giải quyết trước 05/11/2026 09:00."
    )


def test_an_unknown_placeholder_is_named_and_the_allowed_ones_listed(db, admin):
    refusal = pytest.raises(ValidationError, match=r"\{ten_khach\} cannot be filled in")
    with refusal as refused, db.session_scope() as s:
        save_template(s, admin, None, "", "Chào", "Chào {ten_khach}")
    assert "{customer_name}" in refused.value.message and refused.value.field == "text"


def test_only_supervisors_write_templates(db, agent):
    with pytest.raises(PermissionDenied), db.session_scope() as s:
        save_template(s, agent, None, "", "Chào", "Chào {customer_name}")


def test_a_switched_off_template_is_kept_but_no_longer_offered(db, admin):
    with db.session_scope() as s:
        general = save_template(s, admin, None, "", "Cảm ơn", "Cảm ơn {customer_name}.")
        late = save_template(s, admin, None, "delivery", "Xin lỗi giao trễ", TEXT)
        save_template(s, admin, None, "delivery", "Đã giao lại", "Đã giao lại {product}.")
        save_template(s, admin, None, "billing", "Hoá đơn", "Hoá đơn {complaint_no}.")
        # The category's own first (by title), then those for every category.
        assert [tp.title for tp in offered_templates(s, "delivery")] == [
            "Đã giao lại",
            "Xin lỗi giao trễ",
            "Cảm ơn",
        ]
        off = save_template(s, admin, late.id, "delivery", late.title, late.text, active=False)
        assert off.active is False
        assert [tp.title for tp in offered_templates(s, "delivery")] == ["Đã giao lại", "Cảm ơn"]
        # The editor still lists it, switched off, and it can be switched on again.
        assert [tp.active for tp in list_templates(s) if tp.id == late.id] == [False]
        save_template(s, admin, late.id, "delivery", late.title, late.text, active=True)
        assert len(offered_templates(s, "delivery")) == 3
        assert [tp.title for tp in offered_templates(s, "other")] == [general.title]


def test_an_unknown_placeholder_is_named_while_typing():
    assert placeholder_problem("Chào {customer_name}, hẹn {ngay_hen}") == (
        "{ngay_hen} cannot be filled in; the placeholders are {customer_name}, "
        "{complaint_no}, {product}, {due_date}."
    )
    assert placeholder_problem("Chào {customer_name}") is None
