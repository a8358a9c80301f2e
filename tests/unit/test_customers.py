"""Creating and editing customers as an agent meets it: the checks, their messages, the trail."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime

import pytest
import time_machine
from sqlalchemy import func, select

from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.models import AuditEntry, Customer, CustomerNameToken, CustomerPhone, Role, Tier
from app.services import customers
from app.services.actor import Actor
from app.services.customer_input import check_full_name
from app.services.customers import CustomerInput, DuplicatePhone, PhoneInput, phone_readings

AGENT = Actor(user_id=None, username="lan.nguyen", full_name="Nguyễn Thị Lan", role=Role.AGENT)
SUPERVISOR = Actor(user_id=None, username="hung.tran", full_name="Trần Văn Hùng",
                   role=Role.SUPERVISOR)  # fmt: skip


def _new(db, name="Nguyễn Thị Đào", *phones: str, actor=AGENT, **kw) -> customers.CustomerView:
    with db.session_scope() as s:
        data = CustomerInput(name, phones=tuple(PhoneInput(p) for p in phones), **kw)
        return customers.create_customer(s, actor, data)


def _entries(db, action: str | None = None) -> list[AuditEntry]:
    with db.session_scope() as s:
        query = select(AuditEntry).where(AuditEntry.entity == "customer")
        if action:
            query = query.where(AuditEntry.action == action)
        return list(s.scalars(query.order_by(AuditEntry.id)))


def test_a_new_customer_gets_a_code_a_folded_name_and_the_converted_phone(db):
    view = _new(db, " Nguyễn   Thị Đào ", "0168 912 3456", email=" Dao.Nguyen@Gmail.COM ")
    assert (view.code, view.full_name, view.email) == ("KH0000001", "Nguyễn Thị Đào",
                                                       "dao.nguyen@gmail.com")  # fmt: skip
    assert view.conversion_notes == (
        "0168 912 3456 was converted to 038 912 3456 (2018 renumbering).",
    )
    phone = view.phones[0]
    assert (phone.e164, phone.display, phone.raw, phone.is_primary) == (
        "+84389123456", "0389 123 456", "0168 912 3456", True)  # fmt: skip
    with db.session_scope() as s:
        row = s.get(Customer, view.id)
        assert row.name_key == "nguyen thi dao" and row.tier == Tier.MEMBER
        assert row.phones[0].digits_rev == "6543219830"
        tokens = s.scalars(select(CustomerNameToken.token).where(
            CustomerNameToken.customer_id == view.id))  # fmt: skip
        assert set(tokens) == {"nguyen", "thi", "dao"}
    [entry] = _entries(db, "create")
    assert entry.actor == "lan.nguyen" and entry.after["phones"] == [
        {"e164": "+84389123456", "label": "mobile", "primary": True}]  # fmt: skip


def test_codes_follow_the_highest_code_in_use(db):
    with db.session_scope() as s:  # as the demo loads them: no counter involved
        s.add(Customer(code="KH0000041", full_name="Demo", name_key="demo"))
    assert _new(db, "Mới Một").code == "KH0000042"
    assert _new(db, "Mới Hai").code == "KH0000043"


def test_a_decomposed_name_is_stored_composed():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Đào")
    assert check_full_name(decomposed) == "Nguyễn Thị Đào"


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_the_full_name_is_required(db, name):
    with pytest.raises(ValidationError, match="Type the customer's full name") as error:
        _new(db, name, "0912 345 678")
    assert error.value.field == "full_name"


@pytest.mark.parametrize("typed", ["0912 ABC 678", "gọi tôi", "0912-345-67x"])
def test_a_phone_with_letters_is_refused_with_the_number_quoted(db, typed):
    with pytest.raises(ValidationError) as error:
        _new(db, "An", typed)
    assert error.value.field == "phones" and typed in error.value.message
    with db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 0


def test_an_ambiguous_08_number_asks_which_one_it_is(db):
    readings = phone_readings("08 3812 3456")
    assert [(r.e164, r.kind, r.display) for r in readings] == [
        ("+84838123456", "mobile", "0838 123 456"),
        ("+842838123456", "landline", "028 3812 3456"),
    ]
    with pytest.raises(ValidationError) as error:
        _new(db, "An", "08 3812 3456")
    assert error.value.field == "phones"
    assert "0838 123 456" in error.value.message and "028 3812 3456" in error.value.message
    with db.session_scope() as s:
        data = CustomerInput(
            "An", phones=(PhoneInput("08 3812 3456", label="home", confirmed_e164="+842838123456"),)
        )
        view = customers.create_customer(s, AGENT, data)  # fmt: skip
    assert view.phones[0].e164 == "+842838123456"
    assert "028 3812 3456" in view.conversion_notes[0]


def test_a_phone_of_another_customer_is_refused_with_a_link_to_them(db):
    first = _new(db, "Nguyễn Văn An", "0912 345 678")
    for typed in ("+84 912 345 678", "84912345678", "912345678"):
        with pytest.raises(DuplicatePhone) as error:
            _new(db, "An Nguyễn", typed)
        refused = error.value
        assert (refused.customer_id, refused.customer_code, refused.customer_name) == (
            first.id, "KH0000001", "Nguyễn Văn An")  # fmt: skip
        assert refused.field == "phones" and "0912 345 678" in refused.message


def test_the_number_of_an_archived_customer_can_be_given_again(db):
    first = _new(db, "Người Cũ", "0912 345 678")
    with db.session_scope() as s:
        customers.archive_customer(s, SUPERVISOR, first.id)
    assert _new(db, "Người Mới", "0912 345 678").phones[0].e164 == "+84912345678"
    with pytest.raises(DuplicatePhone), db.session_scope() as s:
        customers.restore_customer(s, SUPERVISOR, first.id)  # the number is taken now


@time_machine.travel(datetime(2026, 11, 22, 18, 0, tzinfo=UTC))  # 01:00 on the 23rd in HCMC
def test_the_birthday_is_checked_against_today_in_vietnam(db):
    assert _new(db, "Bé Mới Sinh", birthday=date(2026, 11, 23)).birthday == date(2026, 11, 23)
    with pytest.raises(ValidationError, match="24/11/2026 is in the future") as error:
        _new(db, "An", birthday=date(2026, 11, 24))
    assert error.value.field == "birthday"


def test_a_birthday_before_1900_is_refused(db):
    with pytest.raises(ValidationError, match="before 1900") as error:
        _new(db, "Cụ Ông", birthday=date(1899, 12, 31))
    assert error.value.field == "birthday"
    assert _new(db, "Cụ Bà", birthday=date(1900, 1, 1)).birthday == date(1900, 1, 1)


@pytest.mark.parametrize("email", ["lan@gmail", "lan.gmail.com", "lan @gmail.com", "a@b@c.vn"])
def test_a_bad_email_is_refused(db, email):
    with pytest.raises(ValidationError, match="not an e-mail address") as error:
        _new(db, "An", email=email)
    assert error.value.field == "email"


def test_tags_are_trimmed_and_kept_once_whatever_the_case(db):
    decomposed = unicodedata.normalize("NFD", "người già")
    view = _new(db, "An", tags=(" VIP ", "vip", decomposed, "Người Già", "", "doanh nghiệp"))
    assert view.tags == ("doanh nghiệp", "người già", "VIP")


def test_only_a_supervisor_sets_a_tier_by_hand(db):
    with pytest.raises(PermissionDenied, match="set a customer's tier by hand"):
        _new(db, "An", tier="gold")
    assert _new(db, "An", tier="member").tier == "member"  # no change: no permission needed
    assert _new(db, "Bình", tier="gold", actor=SUPERVISOR).tier == "gold"


def _edit(db, view, version=None, **changes) -> customers.CustomerView:
    fields = {
        "full_name": view.full_name, "email": view.email, "birthday": view.birthday,
        "province": view.province, "tags": view.tags, "notes": view.notes,
        "phones": tuple(PhoneInput(p.e164, p.label, p.is_primary) for p in view.phones),
    } | changes  # fmt: skip
    with db.session_scope() as s:
        return customers.update_customer(s, AGENT, view.id, CustomerInput(**fields), version)


def test_an_edit_replaces_the_phones_and_records_what_changed(db):
    view = _new(db, "Nguyễn Văn An", "0912 345 678")
    edited = _edit(
        db,
        view,
        view.version,
        full_name="Nguyễn Văn Ân",
        phones=(PhoneInput("028 3823 4567", "work"), PhoneInput("0987 654 321", is_primary=True)),
    )
    assert [(p.display, p.label, p.is_primary) for p in edited.phones] == [
        ("0987 654 321", "mobile", True), ("028 3823 4567", "work", False)]  # fmt: skip
    assert edited.version == view.version + 1
    entry = _entries(db, "update")[-1]
    assert set(entry.before) == set(entry.after) == {"full_name", "phones"}
    assert entry.before["phones"] == [{"e164": "+84912345678", "label": "mobile",
                                       "primary": True}]  # fmt: skip
    assert _new(db, "Khác", "0912 345 678").code == "KH0000002"  # the old number is free


def test_saving_without_a_change_writes_no_entry_and_keeps_the_version(db):
    view = _new(db, "An", "0912 345 678", tags=("VIP",))
    assert _edit(db, view, view.version).version == view.version
    assert len(_entries(db)) == 1


def test_a_stale_save_names_who_changed_what(db):
    view = _new(db, "Nguyễn Văn An", "0912 345 678")
    _edit(db, view, view.version, phones=(PhoneInput("0987 654 321"),), province="Huế")
    with pytest.raises(Conflict) as error:
        _edit(db, view, view.version, notes="Khách dễ tính")
    message = error.value.message
    assert "lan.nguyen changed" in message and "phones" in message and "province" in message
    with db.session_scope() as s:
        assert s.get(Customer, view.id).notes == ""


def test_a_phone_only_change_moves_the_version_on(db):
    view = _new(db, "An", "0912 345 678")
    edited = _edit(db, view, view.version, phones=(PhoneInput("0987 654 321"),))
    assert edited.version == view.version + 1


def test_archive_and_restore(db):
    view = _new(db, "An", "0912 345 678")
    with db.session_scope() as s:
        with pytest.raises(PermissionDenied, match="archive or restore customers"):
            customers.archive_customer(s, AGENT, view.id)
        archived = customers.archive_customer(s, SUPERVISOR, view.id)
    assert archived.archived_at is not None
    with pytest.raises(ValidationError, match="KH0000001 is archived: restore it"):
        _edit(db, view, notes="x")
    with db.session_scope() as s:
        assert customers.restore_customer(s, SUPERVISOR, view.id).archived_at is None
    assert [e.action for e in _entries(db)] == ["create", "archive", "restore"]


def test_important_dates_are_added_and_removed(db):
    view = _new(db, "An")
    with db.session_scope() as s:
        with pytest.raises(ValidationError, match="Say what the date is"):
            customers.add_important_date(s, AGENT, view.id, "  ", date(2015, 5, 20))
        added = customers.add_important_date(s, AGENT, view.id, "Ngày cưới", date(2015, 5, 20))
    [wedding] = added.important_dates
    assert (wedding.label, wedding.date, wedding.yearly) == ("Ngày cưới", date(2015, 5, 20), True)
    with db.session_scope() as s:
        assert customers.remove_important_date(s, AGENT, view.id, wedding.id).important_dates == ()
        with pytest.raises(NotFound):
            customers.remove_important_date(s, AGENT, view.id, wedding.id)
    assert [e.action for e in _entries(db)] == ["create", "add_date", "remove_date"]


def test_an_unknown_customer_is_not_found(db):
    with pytest.raises(NotFound), db.session_scope() as s:
        customers.get_customer(s, AGENT, 999)


def test_phone_rows_keep_their_ids_when_kept(db):
    view = _new(db, "An", "0912 345 678", "0987 654 321")
    with db.session_scope() as s:
        before = dict(s.execute(select(CustomerPhone.e164, CustomerPhone.id)).all())
    _edit(db, view, phones=(PhoneInput("0987654321", is_primary=True),))
    with db.session_scope() as s:
        after = dict(s.execute(select(CustomerPhone.e164, CustomerPhone.id)).all())
    assert after == {"+84987654321": before["+84987654321"]}
