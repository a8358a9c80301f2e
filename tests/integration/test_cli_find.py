"""`python main.py find QUERY`: the search from a terminal or a script, on both databases."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from app.models import ComplaintStatus, Tier
from tests.factories import make_complaint, make_customer, make_store


@pytest.fixture
def customers(db):
    with db.session_scope() as s:
        store = make_store(s, "HN01", "Cửa hàng Hà Nội")
        dao = make_customer(
            s,
            "Nguyễn Thị Đào",
            code="KH0000001",
            phones=["0912 345 678", "01689123456"],
            tier=Tier.GOLD,
            birthday=date(1990, 2, 28),
            store_id=store.id,
            last_contact_at=datetime(2026, 3, 1, 2, tzinfo=UTC),
        )
        make_customer(s, "Trần Văn Đạo", code="KH0000002", phones=["0987 654 321"])
        make_complaint(s, dao.id, status=ComplaintStatus.NEW)
    return db


def test_json_best_match_first_with_the_documented_fields(customers, cli):
    code, out, err = cli("find", "nguyen thi dao", "--json")
    assert code == 0 and err == ""
    (hit,) = json.loads(out)
    assert hit == {
        "code": "KH0000001",
        "full_name": "Nguyễn Thị Đào",
        "phones": ["+84912345678", "+84389123456"],
        "primary_phone": "+84912345678",
        "tier": "gold",
        "birthday": "1990-02-28",
        "store": {"code": "HN01", "name": "Cửa hàng Hà Nội"},
        "last_contact_at": "2026-03-01T02:00:00+00:00",
        "open_complaints": 1,
        "matched_by": "name",
    }


def test_json_by_phone_code_and_limit(customers, cli):
    _, out, _ = cli("find", "0168 912 3456", "--json")
    assert [(h["code"], h["matched_by"]) for h in json.loads(out)] == [("KH0000001", "phone")]
    _, out, _ = cli("find", "kh0000002", "--json")
    (hit,) = json.loads(out)
    assert hit["code"] == "KH0000002" and hit["birthday"] is None and hit["store"] is None
    _, out, _ = cli("find", "dao", "--json", "--limit", "1")
    assert len(json.loads(out)) == 1


def test_plain_output_is_a_readable_table(customers, cli):
    code, out, _ = cli("find", "0912 345 678")
    assert code == 0
    header, rule, line = out.splitlines()
    assert header.split() == [
        "Code",
        "Full",
        "name",
        "Phone",
        "Loyalty",
        "tier",
        "Birthday",
        "Found",
        "by",
    ]
    assert set(rule) <= {"-", " "}
    for shown in ("KH0000001", "Nguyễn Thị Đào", "0912345678", "Gold", "28/02/1990", "phone"):
        assert shown in line


def test_plain_output_in_vietnamese(customers, cli):
    code, out, _ = cli("find", "0912 345 678", lang="vi")
    assert code == 0
    header, _, line = out.splitlines()
    assert "Ngày sinh" in header and "Tìm thấy theo" in header
    assert "Vàng" in line and "số điện thoại" in line
    _, out, _ = cli("find", "zzz", lang="vi")
    assert out.strip() == "Không có khách hàng nào khớp với “zzz”."


def test_nothing_found_is_not_an_error(customers, cli):
    code, out, err = cli("find", "zzz", "--json")
    assert (code, json.loads(out), err) == (0, [], "")
    code, out, err = cli("find", "zzz")
    assert code == 0 and err == ""
    assert out.strip() == "No customer matches “zzz”."


@pytest.mark.parametrize("query", ["", "   ", "%", "😀", "a" * 1000, "0912abc678"])
def test_odd_queries_never_fail(customers, cli, query):
    code, out, err = cli("find", query, "--json")
    assert code == 0 and err == ""
    assert isinstance(json.loads(out), list)


def test_empty_or_missing_query_lists_recent_contacts(customers, cli):
    for argv in (["", "--json"], ["--json"]):
        _, out, _ = cli("find", *argv)
        assert [(h["code"], h["matched_by"]) for h in json.loads(out)][0] == ("KH0000001", "recent")


def test_bad_limit_is_a_usage_error(customers, cli):
    code, _, err = cli("find", "dao", "--limit", "many")
    assert code == 2 and "many" in err
