"""Creating and editing customers as an agent meets it: the checks, their messages, the trail."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime

import pytest
import time_machine
from sqlalchemy import func, select

from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.models import AuditEntry, Customer, CustomerNameToken, CustomerPhone, Tier
from app.services.contacts.caller_lookup import find_caller
from app.services.customers import customers
from app.services.customers.customer_input import check_full_name, display_phone
from app.services.customers.customer_search import search_customers
from app.services.customers.customers import (
    CustomerInput,
    PhoneInput,
    PhoneOwner,
    SharedPhone,
    phone_readings,
)
from tests.factories import AGENT, SUPERVISOR, make_customer


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
    assert (view.code, view.full_name, view.email) == (
        "KH0000001",
        "Nguyễn Thị Đào",
        "dao.nguyen@gmail.com",
    )
    assert view.conversion_notes == (
        "0168 912 3456 was converted to 038 912 3456 (2018 renumbering).",
    )
    phone = view.phones[0]
    assert (phone.e164, phone.display, phone.raw, phone.is_primary) == (
        "+84389123456",
        "0389 123 456",
        "0168 912 3456",
        True,
    )
    with db.session_scope() as s:
        row = s.get(Customer, view.id)
        assert row.name_key == "nguyen thi dao" and row.tier == Tier.MEMBER
        assert row.phones[0].digits_rev == "6543219830"
        tokens = s.scalars(
            select(CustomerNameToken.token).where(CustomerNameToken.customer_id == view.id)
        )
        assert set(tokens) == {"nguyen", "thi", "dao"}
    [entry] = _entries(db, "create")
    assert entry.actor == "lan.nguyen" and entry.after["phones"] == [
        {"e164": "+84389123456", "label": "mobile", "primary": True}
    ]


def test_codes_follow_the_highest_code_in_use(db):
    with db.session_scope() as s:  # as the demo loads them: no counter involved
        make_customer(s, "Demo", code="KH0000041")
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


def test_an_08_number_is_saved_as_the_mobile_unless_the_landline_is_chosen(db):
    readings = phone_readings("08 3812 3456")
    assert [(r.e164, r.kind, r.display) for r in readings] == [
        ("+84838123456", "mobile", "0838 123 456"),
        ("+842838123456", "landline", "028 3812 3456"),
    ]
    mobile = _new(db, "An", "08 3812 3456")
    assert [(p.e164, p.display) for p in mobile.phones] == [("+84838123456", "0838 123 456")]
    assert mobile.conversion_notes == ()
    with db.session_scope() as s:
        data = CustomerInput(
            "Bình", phones=(PhoneInput("08 3812 3456", "home", confirmed_e164="+842838123456"),)
        )
        landline = customers.create_customer(s, AGENT, data)
    assert landline.phones[0].e164 == "+842838123456"
    assert landline.conversion_notes == (
        "08 3812 3456 was converted to 028 3812 3456 (2017 landline renumbering).",
    )


def test_an_area_code_in_parentheses_saves_the_landline(db):
    view = _new(db, "An", "(08) 3812 3456")
    assert [p.e164 for p in view.phones] == ["+842838123456"]
    with db.session_scope() as s:  # the agent may still pick the mobile
        data = CustomerInput(
            "Bình", phones=(PhoneInput("(08) 3812 3456", confirmed_e164="+84838123456"),)
        )
        assert customers.create_customer(s, AGENT, data).phones[0].e164 == "+84838123456"


def test_a_reading_the_number_does_not_have_is_ignored(db):
    with db.session_scope() as s:
        data = CustomerInput("An", phones=(PhoneInput("0912 345 678", confirmed_e164="+8412"),))
        assert customers.create_customer(s, AGENT, data).phones[0].e164 == "+84912345678"


@pytest.mark.parametrize(
    ("typed", "display", "note"),
    [
        (
            "04 3825 1234",
            "024 3825 1234",
            "04 3825 1234 was converted to 024 3825 1234 (2017 landline renumbering).",
        ),
        (
            "(08) 3823 4567",
            "028 3823 4567",
            "08 3823 4567 was converted to 028 3823 4567 (2017 landline renumbering).",
        ),
        (
            "0511 3822 123",
            "0236 3822 123",
            "0511 3822 123 was converted to 0236 3822 123 (2017 landline renumbering).",
        ),
        (
            "+84 31 3812 345",
            "0225 3812 345",
            "031 3812 345 was converted to 0225 3812 345 (2017 landline renumbering).",
        ),
        (
            "(037) 3852 123",
            "0237 3852 123",
            "037 3852 123 was converted to 0237 3852 123 (2017 landline renumbering).",
        ),
        (
            "0281 234 5678",
            "0209 2345 678",
            "0281 2345 678 was converted to 0209 2345 678 (2017 landline renumbering).",
        ),
        ("0210 3812 345", "0210 3812 345", None),
        (
            "0120 123 4567",
            "0701 234 567",
            "0120 123 4567 was converted to 070 123 4567 (2018 renumbering).",
        ),
    ],
)
def test_the_conversion_note_names_the_old_and_new_number_of_every_kind(db, typed, display, note):
    view = _new(db, "An", typed)
    assert [p.display for p in view.phones] == [display]
    assert view.conversion_notes == ((note,) if note else ())


@pytest.mark.parametrize(
    ("national", "shown"),
    [
        ("0912345678", "0912 345 678"),
        ("02438251234", "024 3825 1234"),
        ("02838234567", "028 3823 4567"),
        ("02363822123", "0236 3822 123"),
        ("02253812345", "0225 3812 345"),
        ("02193812345", "0219 3812 345"),
        ("+6561234567", "+6561234567"),
    ],
)
def test_a_number_is_shown_grouped_after_its_real_area_code(national, shown):
    assert display_phone(national) == shown


def _with_phone(db, name, typed, *shared: str) -> customers.CustomerView:
    with db.session_scope() as s:
        data = CustomerInput(name, phones=(PhoneInput(typed),), shared_phones=shared)
        return customers.create_customer(s, AGENT, data)


def test_a_phone_of_another_customer_is_refused_until_confirmed_as_shared(db):
    first = _new(db, "Nguyễn Văn An", "0912 345 678")
    for typed in ("+84 912 345 678", "84912345678", "912345678"):
        with pytest.raises(SharedPhone) as error:
            _new(db, "Trần Thị Bình", typed)
        refused = error.value
        assert refused.field == "phones"
        assert refused.message == "0912 345 678 is also the number of Nguyễn Văn An (KH0000001)."
        assert refused.e164s == ("+84912345678",)
        assert refused.owners == (PhoneOwner(first.id, "KH0000001", "Nguyễn Văn An"),)
    with db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 1
    # Confirming another number does not confirm this one.
    with pytest.raises(SharedPhone):
        _with_phone(db, "Trần Thị Bình", "0912 345 678", "+84987654321")
    second = _with_phone(db, "Trần Thị Bình", "0912 345 678", "+84912345678")
    assert [p.e164 for p in second.phones] == ["+84912345678"]
    with db.session_scope() as s:
        assert {h.code for h in search_customers(s, "0912 345 678")} == {"KH0000001", second.code}
        assert set(find_caller(s, "+84912345678").customer_ids) == {first.id, second.id}
    [entry] = _entries(db, "create")[1:]
    assert entry.after["phones"] == [{"e164": "+84912345678", "label": "mobile", "primary": True}]
    assert "shared_phones" not in entry.after


def test_every_other_holder_of_a_number_is_named(db):
    _new(db, "Nguyễn Văn An", "0912 345 678", "028 3823 4567")
    _with_phone(db, "Nguyễn Thị Bình", "0912 345 678", "+84912345678")
    with db.session_scope() as s:
        data = CustomerInput(
            "Nguyễn Văn Cường",
            phones=(
                PhoneInput("0912 345 678"),
                PhoneInput("(08) 3823 4567"),
                PhoneInput("0987 654 321"),
            ),
        )
        with pytest.raises(SharedPhone) as error:
            customers.create_customer(s, AGENT, data)
    assert error.value.message == (
        "0912 345 678 is also the number of Nguyễn Văn An (KH0000001) and Nguyễn Thị Bình "
        "(KH0000002). 028 3823 4567 is also the number of Nguyễn Văn An (KH0000001)."
    )
    assert error.value.e164s == ("+84912345678", "+842838234567")
    assert [o.code for o in error.value.owners] == ["KH0000001", "KH0000002"]


def test_an_archived_holder_does_not_count_and_is_restored_with_the_number(db):
    first = _new(db, "Người Cũ", "0912 345 678")
    with db.session_scope() as s:
        customers.archive_customer(s, SUPERVISOR, first.id)
    assert _new(db, "Người Mới", "0912 345 678").phones[0].e164 == "+84912345678"
    with db.session_scope() as s:  # the number was given to someone else meanwhile
        restored = customers.restore_customer(s, SUPERVISOR, first.id)
    assert restored.archived_at is None
    assert [p.e164 for p in restored.phones] == ["+84912345678"]
    with db.session_scope() as s:
        assert len(find_caller(s, "0912 345 678").customer_ids) == 2


def test_editing_one_of_a_household_asks_only_about_numbers_added(db):
    _new(db, "Nguyễn Văn An", "0912 345 678")
    second = _with_phone(db, "Nguyễn Thị Bình", "0912 345 678", "+84912345678")
    edited = _edit(db, second, second.version, notes="Vợ anh An")
    assert edited.notes == "Vợ anh An"
    _new(db, "Trần Văn Cường", "0987 654 321")
    with pytest.raises(SharedPhone) as error:
        _edit(
            db,
            edited,
            edited.version,
            phones=(PhoneInput("0912 345 678"), PhoneInput("0987 654 321")),
        )
    assert error.value.e164s == ("+84987654321",)


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
        "full_name": view.full_name,
        "email": view.email,
        "birthday": view.birthday,
        "province": view.province,
        "tags": view.tags,
        "notes": view.notes,
        "phones": tuple(PhoneInput(p.e164, p.label, p.is_primary) for p in view.phones),
    } | changes
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
        ("0987 654 321", "mobile", True),
        ("028 3823 4567", "work", False),
    ]
    assert edited.version == view.version + 1
    entry = _entries(db, "update")[-1]
    assert set(entry.before) == set(entry.after) == {"full_name", "phones"}
    assert entry.before["phones"] == [{"e164": "+84912345678", "label": "mobile", "primary": True}]
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
