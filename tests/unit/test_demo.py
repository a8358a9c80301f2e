"""Demo data as someone trying CareDesk sees it: believable, complete and consistent."""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.errors import ValidationError
from app.models import (
    Base,
    Channel,
    Claim,
    ClaimKind,
    ClaimStatus,
    Complaint,
    ComplaintStatus,
    Customer,
    CustomerPhone,
    Direction,
    DocumentCounter,
    Interaction,
    Outcome,
    PointsEntry,
    Purchase,
    Reminder,
    ReminderStatus,
    Severity,
    Store,
)
from app.provinces import OLD_PROVINCES, PROVINCES
from app.services.demo import DemoSummary, generate
from app.text import OLD_MOBILE_PREFIXES, parse_phone

TODAY = date(2026, 3, 15)
HCM = ZoneInfo("Asia/Ho_Chi_Minh")
CUSTOMERS = 300


@pytest.fixture
def other_db(new_sqlite_db) -> Database:
    """A second fresh database, for comparing two runs."""
    return new_sqlite_db("other.db")


@pytest.fixture
def demo(db) -> Database:
    generate(db, customers=CUSTOMERS, today=TODAY)
    return db


def _rows(db: Database, *columns, order_by=None) -> list[tuple]:
    with db.session_scope() as s:
        query = select(*columns)
        if order_by is not None:
            query = query.order_by(order_by)
        return [tuple(row) for row in s.execute(query)]


def _add_months(day: date, months: int) -> date:
    # Written independently of the module under test.
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def test_same_seed_gives_the_same_customers_phones_and_serials(db, other_db):
    first = generate(db, customers=CUSTOMERS, seed=7, today=TODAY)
    second = generate(other_db, customers=CUSTOMERS, seed=7, today=TODAY)

    assert first == second
    for columns, order in (
        ((Customer.code, Customer.full_name, Customer.birthday), Customer.id),
        ((Customer.province, Customer.ward, Customer.address), Customer.id),
        ((CustomerPhone.customer_id, CustomerPhone.raw, CustomerPhone.e164), CustomerPhone.id),
        ((Purchase.serial_no, Purchase.invoice_no, Purchase.warranty_end), Purchase.id),
        ((Complaint.number, Complaint.status, Complaint.opened_at), Complaint.id),
    ):
        assert _rows(db, *columns, order_by=order) == _rows(other_db, *columns, order_by=order)


def test_another_seed_gives_other_people(db, other_db):
    generate(db, customers=50, seed=1, today=TODAY)
    generate(other_db, customers=50, seed=2, today=TODAY)

    assert _rows(db, Customer.full_name, order_by=Customer.id) != _rows(
        other_db, Customer.full_name, order_by=Customer.id
    )


@pytest.mark.parametrize("customers", [50, CUSTOMERS])
def test_every_channel_outcome_status_severity_and_claim_kind_appears(db, customers):
    generate(db, customers=customers, today=TODAY)

    def values(column) -> set[str]:
        return {str(value) for (value,) in _rows(db, column.distinct())}

    assert values(Interaction.channel) == {str(v) for v in Channel}
    assert values(Interaction.direction) == {str(v) for v in Direction}
    assert values(Interaction.outcome) == {str(v) for v in Outcome}
    assert values(Complaint.status) == {str(v) for v in ComplaintStatus}
    assert values(Complaint.severity) == {str(v) for v in Severity}
    assert values(Claim.kind) == {str(v) for v in ClaimKind}
    assert values(Claim.status) == {str(v) for v in ClaimStatus}


def test_names_are_vietnamese_with_a_folded_search_key(demo):
    rows = _rows(demo, Customer.code, Customer.full_name, Customer.name_key)

    assert all(re.fullmatch(r"KH\d{7}", code) for code, _, _ in rows)
    assert all(len(name.split()) >= 3 for _, name, _ in rows)
    assert any(not name.isascii() for _, name, _ in rows)
    assert all(key.isascii() and key == key.lower() for _, _, key in rows)
    assert any(name.startswith("Nguyễn ") and key.startswith("nguyen ") for _, name, key in rows)


def test_customers_live_in_todays_provinces_with_two_level_addresses(demo):
    rows = _rows(demo, Customer.province, Customer.ward, Customer.address)

    provinces = {province for province, _, _ in rows}
    assert provinces <= set(PROVINCES)
    gone = set(OLD_PROVINCES) - set(PROVINCES)  # Bình Dương, Thừa Thiên Huế...
    assert not provinces & gone
    assert {"TP. Hồ Chí Minh", "Hà Nội", "Đà Nẵng"} <= provinces
    for _, ward, address in rows:
        assert ward.startswith(("Phường ", "Xã ")), ward
        # House number and street only: the ward and province have their own fields.
        assert address[:1].isdigit() or address.startswith("Số "), address
        assert "Quận" not in address and "Phường" not in address
    hcmc_wards = {ward for province, ward, _ in rows if province == "TP. Hồ Chí Minh"}
    # Bình Dương and Bà Rịa – Vũng Tàu customers now live in TP. Hồ Chí Minh.
    assert hcmc_wards & {
        "Phường Thủ Dầu Một",
        "Phường Dĩ An",
        "Phường Thuận An",
        "Phường Vũng Tàu",
        "Phường Bà Rịa",
        "Phường Phú Mỹ",
    }
    assert hcmc_wards & {"Phường Sài Gòn", "Phường Bến Thành", "Phường Tân Định"}


def test_stores_have_todays_province_and_a_two_level_address(demo):
    rows = _rows(demo, Store.code, Store.province, Store.address)

    assert len(rows) == 8
    for code, province, address in rows:
        assert province in PROVINCES, code
        street, ward, last = address.split(", ")
        assert ward.startswith("Phường ") and last == province, address
        assert street[:1].isdigit(), address


def test_phones_are_valid_unique_and_round_trip(demo):
    rows = _rows(
        demo,
        CustomerPhone.customer_id,
        CustomerPhone.raw,
        CustomerPhone.e164,
        CustomerPhone.digits_rev,
        CustomerPhone.is_primary,
    )

    for _, raw, e164, digits_rev, _ in rows:
        typed = parse_phone(raw)
        assert typed.e164 == e164, raw
        assert parse_phone(e164).e164 == e164
        assert digits_rev == typed.national[::-1]
    assert len({e164 for _, _, e164, _, _ in rows}) == len(rows)
    primaries: dict[int, int] = defaultdict(int)
    for customer_id, _, _, _, primary in rows:
        primaries[customer_id] += primary
    assert len(primaries) == CUSTOMERS
    assert set(primaries.values()) == {1}


def test_some_phones_were_typed_in_the_old_11_digit_form(demo):
    old = [
        (parse_phone(raw), e164)
        for raw, e164 in _rows(demo, CustomerPhone.raw, CustomerPhone.e164)
        if parse_phone(raw).converted_from
    ]

    assert old
    for parsed, e164 in old:
        before = parsed.converted_from
        assert len(before) == 11 and before.startswith("01")
        assert e164 == "+84" + OLD_MOBILE_PREFIXES[before[:4]][1:] + before[4:]


def test_points_equal_the_sum_of_the_ledger(demo):
    with demo.session_scope() as s:
        ledger = dict(
            s.execute(
                select(PointsEntry.customer_id, func.sum(PointsEntry.delta)).group_by(
                    PointsEntry.customer_id
                )
            ).all()
        )
    points = _rows(demo, Customer.id, Customer.points)

    assert any(p > 0 for _, p in points)
    for customer_id, total in points:
        assert total == ledger.get(customer_id, 0)
        assert total >= 0


def test_last_contact_is_the_latest_interaction(demo):
    with demo.session_scope() as s:
        latest = dict(
            s.execute(
                select(Interaction.customer_id, func.max(Interaction.started_at)).group_by(
                    Interaction.customer_id
                )
            ).all()
        )
        for customer_id, last in s.execute(select(Customer.id, Customer.last_contact_at)):
            assert last == latest.get(customer_id)


def test_complaint_and_claim_numbers_are_gap_free_per_year(demo):
    counters = {
        (k, y): v
        for k, y, v in _rows(
            demo, DocumentCounter.kind, DocumentCounter.year, DocumentCounter.last_value
        )
    }
    for kind, prefix, number, at in (
        ("complaint", "KN", Complaint.number, Complaint.opened_at),
        ("claim", "YC", Claim.number, Claim.received_at),
    ):
        by_year: dict[int, list[str]] = defaultdict(list)
        for value, when in _rows(demo, number, at, order_by=at):
            by_year[when.astimezone(HCM).year].append(value)
        assert by_year
        for year, numbers in by_year.items():
            # Numbered in the order the documents were opened, from 000001, no gaps.
            assert numbers == [f"{prefix}-{year}-{i:06d}" for i in range(1, len(numbers) + 1)]
            assert counters[(kind, year)] == len(numbers)
        assert {y for k, y in counters if k == kind} == set(by_year)


def test_no_birthday_in_the_future_and_no_minor(demo):
    birthdays = [b for (b,) in _rows(demo, Customer.birthday)]

    assert any(b is None for b in birthdays)
    known = [b for b in birthdays if b is not None]
    assert known
    assert max(known) <= _add_months(TODAY, -12 * 18)


def test_warranty_ends_the_warranty_months_after_delivery_or_purchase(demo):
    rows = _rows(
        demo,
        Purchase.purchase_date,
        Purchase.delivery_date,
        Purchase.warranty_months,
        Purchase.extended_warranty_months,
        Purchase.warranty_end,
    )

    assert any(delivered for _, delivered, _, _, _ in rows)
    assert any(extended for _, _, _, extended, _ in rows)
    for bought, delivered, months, extended, end in rows:
        assert end == _add_months(delivered or bought, months + extended)
        assert bought <= (delivered or bought) < TODAY


def test_claims_follow_their_purchase(demo):
    with demo.session_scope() as s:
        rows = s.execute(select(Claim, Purchase).join(Purchase, Claim.purchase_id == Purchase.id))
        for claim, purchase in rows:
            received = claim.received_at.astimezone(HCM).date()
            assert claim.customer_id == purchase.customer_id
            assert received >= (purchase.delivery_date or purchase.purchase_date)
            assert claim.in_warranty == (received <= purchase.warranty_end)
            assert claim.refund_vnd is None or 0 < claim.refund_vnd <= purchase.price_vnd
            assert (claim.refund_vnd is not None) == (claim.status is ClaimStatus.REFUNDED)


def test_reminders_are_keyed_by_rule_subject_and_local_due_day(demo):
    rows = _rows(
        demo,
        Reminder.unique_key,
        Reminder.rule,
        Reminder.subject_type,
        Reminder.subject_id,
        Reminder.due_at,
        Reminder.status,
    )
    start = datetime.combine(TODAY, datetime.min.time(), tzinfo=HCM).astimezone(UTC)
    end = start + timedelta(days=1)

    for key, rule, subject_type, subject_id, due_at, _ in rows:
        day = due_at.astimezone(HCM).date()
        assert key == f"{rule}:{subject_type}:{subject_id}:{day.isoformat()}"
    open_due = [due for *_, due, status in rows if status is ReminderStatus.OPEN]
    assert any(start <= due < end for due in open_due), "some due today"
    assert any(due >= end for due in open_due), "some still to come"
    assert any(status is ReminderStatus.DONE for *_, status in rows)


def test_unknown_callers_are_logged_by_phone_alone(demo):
    unknown = [
        phone
        for customer_id, phone in _rows(demo, Interaction.customer_id, Interaction.phone_e164)
        if customer_id is None
    ]

    assert unknown
    assert all(parse_phone(phone).e164 == phone for phone in unknown)


def test_summary_counts_what_is_in_the_tables(db):
    reports: list[tuple[str, int]] = []
    summary = generate(db, customers=120, today=TODAY, progress=lambda *a: reports.append(a))

    tables = Base.metadata.tables
    with db.session_scope() as s:
        for name, count in vars(summary).items():
            if name != "document_counters":
                assert s.scalar(select(func.count()).select_from(tables[name])) == count, name
        assert s.scalar(select(func.count()).select_from(DocumentCounter)) == (
            summary.document_counters
        )
    assert summary.customers == 120 and summary.total > 120
    assert all(isinstance(label, str) and label for label, _ in reports)
    percents = [p for _, p in reports]
    assert percents == sorted(percents) and percents[-1] == 100


def test_a_second_run_is_refused_and_adds_nothing(db):
    generate(db, customers=40, today=TODAY)
    tables = Base.metadata.sorted_tables

    def counts() -> list[int]:
        with db.session_scope() as s:
            return [s.scalar(select(func.count()).select_from(t)) for t in tables]

    before = counts()
    with pytest.raises(ValidationError, match="already has 40 customers"):
        generate(db, customers=40, today=TODAY)
    assert counts() == before


def test_summary_is_a_frozen_record():
    summary = DemoSummary(**dict.fromkeys(DemoSummary.__dataclass_fields__, 1))

    assert summary.total == len(DemoSummary.__dataclass_fields__)
    with pytest.raises(AttributeError):
        summary.customers = 2  # type: ignore[misc]


def test_a_demo_needs_at_least_one_customer(db):
    with pytest.raises(ValidationError, match="at least 1"):
        generate(db, customers=0, today=TODAY)
    with db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Base.metadata.tables["stores"])) == 0


def test_demo_refuses_a_database_that_has_its_staff_already(db, admin):
    from app.services.access.users import add_user

    with db.session_scope() as s:
        add_user(s, admin, "bao.tran", "Trần Quốc Bảo", "admin", "mat-khau-1")
    with pytest.raises(ValidationError, match="already has: demo data") as refused:
        generate(db, customers=5)
    assert "bao.tran" in refused.value.message
    with db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 0
