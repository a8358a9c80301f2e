"""The global search as an agent on the phone uses it: whatever they type, the right person.

Runs on SQLite and PostgreSQL (the `db` fixture): the name index depends on byte-order
comparisons that the two must agree on.
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime, timedelta

import pytest

from app.models import ComplaintStatus, Tier
from app.services.contacts.caller_lookup import find_caller
from app.services.customers.customer_search import recent_customers, search_customers
from app.services.customers.name_index import name_tokens, reindex_customer_names, token_rows
from tests.factories import make_complaint, make_customer, make_purchase, make_store, mark_merged
from tests.landline_codes import KEPT, RENUMBERED

T0 = datetime(2026, 3, 1, 9, tzinfo=UTC)


def codes(db, query: str, limit: int = 20) -> list[str]:
    with db.session_scope() as s:
        return [hit.code for hit in search_customers(s, query, limit)]


def matched(db, query: str) -> list[tuple[str, str]]:
    with db.session_scope() as s:
        return [(hit.code, hit.matched_by) for hit in search_customers(s, query)]


@pytest.fixture
def people(db):
    """A small customer base with the names, numbers and records agents search by."""
    with db.session_scope() as s:
        store = make_store(s)
        dao = make_customer(
            s,
            "Nguyễn Thị Đào",
            code="KH0000001",
            phones=["0912 345 678", "028 3812 3456"],
            email="dao.nguyen@gmail.com",
            tier=Tier.GOLD,
            birthday=date(1990, 2, 28),
            store_id=store.id,
            last_contact_at=T0,
        )
        make_customer(s, "Trần Văn Đạo", code="KH0000002", phones=["0987 654 321"])
        make_customer(s, "Lê Thị Thu Hà", code="KH0000003", phones=["01689123456"])
        make_customer(s, "Phạm Minh Nguyên", code="KH0000004", phones=["0838 123 456"])
        make_customer(s, "Đào Duy Anh", code="KH0000005", phones=["0903 111 222"])
        make_purchase(s, dao.id, serial_no="SNTV2501234567", invoice_no="HD20250001234")
        make_complaint(s, dao.id, status=ComplaintStatus.NEW)
        make_complaint(s, dao.id, status=ComplaintStatus.IN_PROGRESS)
        make_complaint(s, dao.id, status=ComplaintStatus.CLOSED)
    return db


# --- names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "nguyen thi dao",
        "NGUYỄN thị đào",
        "Nguyễn Thị Đào",
        unicodedata.normalize("NFD", "Nguyễn Thị Đào"),
        "  nguyen   thi   dao  ",
        "thi dao nguyen",
        "dao thi",
        "ng th da",
        "Nguyễn, Thị. Đào!",
    ],
)
def test_name_found_without_accents_in_any_case_order_and_form(people, query):
    assert codes(people, query)[:1] == ["KH0000001"]


def test_d_with_stroke_is_found_as_d(people):
    # "dao" is Đào (given name and surname) and Đạo; never a word that only contains it.
    assert set(codes(people, "dao")) == {"KH0000001", "KH0000002", "KH0000005"}
    assert set(codes(people, "ĐÀO")) == {"KH0000001", "KH0000002", "KH0000005"}
    assert codes(people, "đạo văn") == ["KH0000002"]


def test_every_word_must_start_a_word_of_the_name(people):
    assert codes(people, "ao") == []  # inside a word, not at its start
    assert codes(people, "nguyen thi dao xuan") == []
    assert codes(people, "nguyen") == ["KH0000001", "KH0000004"]  # surname or given name


def test_exact_word_ranks_before_longer_words_it_starts(db):
    with db.session_scope() as s:
        make_customer(s, "Lê Anh Thư", code="A-LONG")
        make_customer(s, "Lê An", code="A-EXACT")
    assert codes(db, "an") == ["A-EXACT", "A-LONG"]


def test_name_typed_in_order_ranks_before_the_same_words_elsewhere(db):
    with db.session_scope() as s:
        make_customer(s, "Đào Thị Nguyệt", code="ANY-ORDER")
        make_customer(s, "Nguyễn Thị Kim Đào", code="LONGER")
        make_customer(s, "Nguyễn Thị Đào", code="EXACT")
        make_customer(s, "Nguyễn Thị Đào Anh", code="STARTS")
    assert codes(db, "nguyen thi dao") == ["EXACT", "STARTS", "LONGER"]
    assert codes(db, "nguyen thi") == ["EXACT", "STARTS", "LONGER"]
    assert codes(db, "thi dao") == ["ANY-ORDER", "LONGER", "EXACT", "STARTS"]


def test_renamed_customer_is_found_by_the_new_name_only(people):
    with people.session_scope() as s:
        from app.models import Customer

        customer = s.query(Customer).filter_by(code="KH0000003").one()
        customer.full_name = "Lê Thị Thu Hương"
        reindex_customer_names(s, [customer.id])
    assert codes(people, "thu huong") == ["KH0000003"]
    assert codes(people, "thu ha") == []


def test_limit_and_repeated_words(db):
    with db.session_scope() as s:
        for i in range(30):
            make_customer(s, f"Nguyễn Văn Nam {i}", code=f"NAM{i:02d}")
        make_customer(s, "Nguyễn Nguyệt", code="NGUYET")
    assert len(codes(db, "nguyen", limit=5)) == 5
    assert len(codes(db, "nam")) == 20
    # Two words of one name start with "ngu": the customer is listed once.
    assert codes(db, "ngu nguyet") == ["NGUYET"]
    assert codes(db, "ngu", limit=40).count("NGUYET") == 1


# --- phones ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "0912345678",
        "0912 345 678",
        "0912.345.678",
        "+84 912345678",
        "84912345678",
        "(+84) 912-345-678",
        "912345678",
        "+84 (0) 912 345 678",
    ],
)
def test_phone_in_any_format(people, query):
    assert matched(people, query) == [("KH0000001", "phone")]


def test_old_eleven_digit_number_and_its_new_form(people):
    # Stored from 0168 912 3456, now 0389 123 456: both forms find the customer.
    assert matched(people, "0168 912 3456") == [("KH0000003", "phone")]
    assert matched(people, "01689123456") == [("KH0000003", "phone")]
    assert matched(people, "0389 123 456") == [("KH0000003", "phone")]


def test_ambiguous_08_number_finds_both_readings(people):
    # 08 3812 3456 is the old HCMC landline 028 3812 3456 or the mobile 0838 123 456.
    found = matched(people, "08 3812 3456")
    assert sorted(found) == [("KH0000001", "phone"), ("KH0000004", "phone")]


def test_a_phone_shared_by_a_household_finds_every_holder(db):
    with db.session_scope() as s:
        an = make_customer(s, "Nguyễn Văn An", code="KH0000001", phones=["0912 345 678"])
        binh = make_customer(
            s, "Trần Thị Bình", code="KH0000002", phones=["0987 654 321", "+84 912 345 678"]
        )
        make_customer(s, "Lê Văn Cường", code="KH0000003", phones=["0912 345 679"])
    for query in ("0912 345 678", "+84912345678", "912345678"):
        # The one holding it as the primary number first.
        assert matched(db, query) == [("KH0000001", "phone"), ("KH0000002", "phone")], query
    assert sorted(matched(db, "345 678")) == [
        ("KH0000001", "phone_suffix"),
        ("KH0000002", "phone_suffix"),
    ]
    with db.session_scope() as s:
        assert find_caller(s, "0912345678").customer_ids == (an.id, binh.id)
        assert find_caller(s, "0987 654 321").customer_ids == (binh.id,)


def test_the_caller_lookup_lists_the_holders_of_the_reading_first(db):
    with db.session_scope() as s:
        office = make_customer(s, "Văn phòng Hòa", code="KH0000001", phones=["028 3812 3456"])
        mobile = make_customer(s, "Phạm Minh Nguyên", code="KH0000002", phones=["0838 123 456"])
    with db.session_scope() as s:
        assert find_caller(s, "0838123456").customer_ids == (mobile.id, office.id)
        assert find_caller(s, "(08) 3812 3456").customer_ids == (office.id, mobile.id)
        assert find_caller(s, "028 3812 3456").customer_ids == (office.id,)


# A province sample: two digits (Hà Nội, HCMC), three (Đà Nẵng), an old code that is also
# a mobile prefix today (HCMC, Thanh Hóa), Hải Phòng's 031, and a code that did not change.
LANDLINE_SAMPLE = [
    ("04 3825 1234", "024 3825 1234", "028 3825 1234"),
    ("08 3823 4567", "028 3823 4567", "024 3823 4567"),
    ("(08) 3823.4567", "(028) 3823.4567", "024 3823 4567"),
    ("0511 3822 123", "0236 3822 123", "0235 3822 123"),
    ("+84 511 3822 123", "+84 236 3822 123", "0235 3822 123"),
    ("031 3812 345", "0225 3812 345", "0226 3812 345"),
    ("037 3852 123", "0237 3852 123", "0238 3852 123"),
    ("84 37 3852 123", "84 237 3852 123", "0238 3852 123"),
    ("0210 3812 345", "0210 3812 345", "0211 3812 345"),
]


@pytest.mark.parametrize(("old", "new", "other"), LANDLINE_SAMPLE)
def test_a_landline_is_found_by_its_old_and_its_new_form(db, old, new, other):
    with db.session_scope() as s:
        make_customer(s, "Công ty Hòa Bình", code="LANDLINE", phones=[new])
        # The same subscriber number in another province.
        make_customer(s, "Khác tỉnh", code="OTHER", phones=[other])
    assert matched(db, old) == [("LANDLINE", "phone")]
    assert matched(db, new) == [("LANDLINE", "phone")]


def _landline_cases() -> list[tuple[str, str, str, str]]:
    """(province, as stored: the old form with the area code in parentheses, old, new)."""
    cases = []
    for old, (new, province) in [*RENUMBERED.items(), *((c, (c, p)) for c, p in KEPT.items())]:
        subscriber = "38251234" if new in ("24", "28") else "3812345"
        number = f"{subscriber[:4]} {subscriber[4:]}"
        cases.append((province, f"(0{old}) {number}", f"0{old} {number}", f"0{new} {number}"))
    return cases


def test_the_landline_cases_cover_every_province():
    assert len({province for province, *_ in _landline_cases()}) == 63


@pytest.mark.parametrize(("province", "stored", "old", "new"), _landline_cases())
def test_every_province_landline_is_found_by_its_old_and_new_form(
    sqlite_db, province, stored, old, new
):
    with sqlite_db.session_scope() as s:
        make_customer(s, f"Khách {province}", code="LANDLINE", phones=[stored])
        make_customer(s, "Khách khác", code="OTHER", phones=["0912 345 678", "024 3812 3456"])
    assert matched(sqlite_db, old) == [("LANDLINE", "phone")]
    assert matched(sqlite_db, new) == [("LANDLINE", "phone")]
    assert matched(sqlite_db, stored) == [("LANDLINE", "phone")]


@pytest.mark.parametrize("query", ["5678", "45678", "345 678", "2345678"])
def test_last_digits_of_a_phone(people, query):
    assert matched(people, query) == [("KH0000001", "phone_suffix")]


def test_last_digits_match_any_number_of_any_customer(people):
    # 028 3812 3456 (Đào's second number), 0389 123 456 and 0838 123 456.
    found = matched(people, "3456")
    assert sorted(found) == [
        ("KH0000001", "phone_suffix"),
        ("KH0000003", "phone_suffix"),
        ("KH0000004", "phone_suffix"),
    ]


def test_three_digits_are_not_a_phone_tail(people):
    assert codes(people, "678") == []


def test_phone_with_letters_finds_nothing_and_does_not_fail(people):
    assert codes(people, "0912abc678") == []
    assert codes(people, "09l2 345 678") == []


# --- codes, serials, invoices, e-mail ----------------------------------------------------------


@pytest.mark.parametrize("query", ["KH0000002", "kh0000002", " Kh0000002 "])
def test_customer_code_in_any_case(people, query):
    assert matched(people, query) == [("KH0000002", "code")]


@pytest.mark.parametrize(
    ("query", "how"),
    [
        ("SNTV2501234567", "serial"),
        ("sntv2501234567", "serial"),
        ("HD20250001234", "invoice"),
        ("hd20250001234", "invoice"),
        ("dao.nguyen@gmail.com", "email"),
        ("Dao.Nguyen@Gmail.com", "email"),
    ],
)
def test_serial_invoice_and_email(people, query, how):
    assert matched(people, query) == [("KH0000001", how)]


def test_partial_serial_is_not_a_match(people):
    assert codes(people, "SNTV25012") == []


# --- ranking -----------------------------------------------------------------------------------


def test_exact_phone_comes_before_name_matches(db):
    with db.session_scope() as s:
        make_customer(s, "Tiệm sửa xe 0912345678", code="SHOP")
        make_customer(s, "Võ Thị Lan", code="OWNER", phones=["0912 345 678"])
    assert matched(db, "0912345678") == [("OWNER", "phone"), ("SHOP", "name")]


def test_exact_code_comes_before_name_matches(db):
    with db.session_scope() as s:
        make_customer(s, "Nguyễn Thị Mai", code="KH-A")
        make_customer(s, "Công ty Hoa Mai", code="MAI")
    assert matched(db, "mai") == [("MAI", "code"), ("KH-A", "name")]


# --- archived and merged -----------------------------------------------------------------------


def test_archived_customers_are_not_found(db):
    with db.session_scope() as s:
        make_customer(
            s,
            "Hoàng Văn Cũ",
            code="OLD1",
            phones=["0977 000 111"],
            archived=True,
            email="cu@example.com",
            last_contact_at=T0,
        )
    for query in ("hoang van cu", "0977000111", "0111", "OLD1", "cu@example.com", ""):
        assert codes(db, query) == [], query


def test_merged_customer_old_code_finds_the_kept_one(db):
    with db.session_scope() as s:
        first = make_customer(s, "Bùi Thị Hoa", code="KH-OLD", phones=["0905 000 001"])
        middle = make_customer(s, "Bùi Thị Hoa", code="KH-MID")
        kept = make_customer(s, "Bùi Thị Hoa", code="KH-KEPT", phones=["0905 000 002"])
        mark_merged(s, first.id, middle.id)
        mark_merged(s, middle.id, kept.id)
    assert matched(db, "kh-old") == [("KH-KEPT", "code")]
    assert matched(db, "KH-MID") == [("KH-KEPT", "code")]
    # By name only the kept record shows: the merged ones are not listed twice.
    assert codes(db, "bui thi hoa") == ["KH-KEPT"]


# --- empty, odd and hostile input ----------------------------------------------------------------


def test_empty_query_lists_recently_contacted_first(db):
    with db.session_scope() as s:
        for i in range(5):
            make_customer(s, f"Khách {i}", code=f"R{i}", last_contact_at=T0 + timedelta(days=i))
        make_customer(s, "Khách chưa gọi", code="NEVER")
    for query in ("", "   ", "...", "—", "!?", "😀"):
        with db.session_scope() as s:
            hits = search_customers(s, query)
        assert [h.code for h in hits] == ["R4", "R3", "R2", "R1", "R0", "NEVER"], query
        assert {h.matched_by for h in hits} == {"recent"}
    with db.session_scope() as s:
        assert [h.code for h in recent_customers(s, 2)] == ["R4", "R3"]


@pytest.mark.parametrize("query", ["%", "_", "%%", "nguy%", "ng_yen", "%dao%", "d_o"])
def test_like_wildcards_are_literal(people, query):
    assert codes(people, query) == []


def test_code_with_wildcard_characters_is_matched_exactly(db):
    with db.session_scope() as s:
        make_customer(s, "Mã lạ", code="A%B_1")
        make_customer(s, "Mã thường", code="AXBY1")
    assert codes(db, "a%b_1") == ["A%B_1"]
    assert codes(db, "A%") == []


def test_very_long_query_and_emoji_do_not_fail(people):
    assert codes(people, "a" * 1000) == []
    assert codes(people, "nguyen " * 200)[:1] == ["KH0000001"]
    assert codes(people, "đào 😀 nguyễn")[:1] == ["KH0000001"]
    assert codes(people, "0" * 1000) == []
    assert codes(people, "\x00\t\n") == codes(people, "")
    # Control characters never reach the database (PostgreSQL refuses NUL in text).
    assert codes(people, "KH0000002\x00") == ["KH0000002"]
    assert codes(people, "dao\x00thi")[:1] == ["KH0000001"]


def test_zero_limit_gives_nothing(people):
    assert codes(people, "nguyen", limit=0) == []


# --- what a hit shows --------------------------------------------------------------------------


def test_hit_carries_what_the_agent_needs_to_pick_the_right_person(people):
    with people.session_scope() as s:
        (hit,) = search_customers(s, "0912345678")
    assert hit.full_name == "Nguyễn Thị Đào"
    assert hit.primary_phone == "+84912345678"
    assert hit.phones == ("+84912345678", "+842838123456")
    assert hit.tier == Tier.GOLD and hit.birthday == date(1990, 2, 28)
    assert (hit.store_code, hit.store_name) == ("HN01", "Cửa hàng Hà Nội")
    assert hit.last_contact_at == T0
    assert hit.open_complaints == 2  # the closed one does not count


# --- the name index itself -----------------------------------------------------------------------


def test_name_tokens_are_folded_distinct_words():
    assert name_tokens("Nguyễn Thị Đào") == ("nguyen", "thi", "dao")
    assert name_tokens("NGUYỄN nguyễn") == ("nguyen",)
    assert name_tokens("Jean-Pierre O'Neil") == ("jean", "pierre", "o", "neil")
    assert name_tokens("Tiệm 24/7") == ("tiem", "24", "7")
    assert name_tokens("x" * 100) == ("x" * 60,)
    assert name_tokens("  ") == ()
    assert token_rows(7, "Lê Đạo") == [
        {"token": "le", "customer_id": 7},
        {"token": "dao", "customer_id": 7},
    ]
