"""Greeting texts: anh/chị by gender, the given name, the product and warranty end; and
today's list exported as CSV an SMS gateway and Excel read correctly."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.errors import ValidationError
from app.models import Gender, Reminder, Tier
from app.services.reminders.greetings import (
    export_greetings,
    fill_template,
    given_name,
    greeting_text,
    salutation,
    todays_greetings,
)
from app.services.reminders.reminder_rules import generate_reminders
from app.services.settings import set_setting
from tests.factories import make_customer, make_product, make_purchase

AT = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)  # 09:00 on 20/11 in Hà Nội


def test_salutation_follows_the_gender_when_known():
    assert salutation("female") == "chị"
    assert salutation(Gender.MALE) == "anh"
    assert salutation(None) == "anh/chị"
    assert salutation("other") == "anh/chị"


def test_a_greeting_uses_the_given_name():
    assert given_name("Nguyễn Thị Lan") == "Lan"
    assert given_name("  ") == ""
    text = fill_template(
        "Chào {salutation} {name}, hạng {tier}.",
        {"salutation": "chị", "name": "Lan", "tier": "Vàng"},
    )
    assert text == "Chào chị Lan, hạng Vàng."
    with pytest.raises(ValidationError, match=r"\{qua\} cannot be filled in"):
        fill_template("Tặng {qua}", {})


@pytest.fixture
def customers(db):
    with db.session_scope() as s:
        lan = make_customer(
            s,
            "Nguyễn Thị Lan",
            phones=["0912 345 678"],
            tier=Tier.GOLD,
            birthday=date(1990, 11, 20),
            gender=Gender.FEMALE,
        )
        # A name a spreadsheet would run as a formula.
        make_customer(s, "=Trần Văn Minh", phones=["0987 654 321"], birthday=date(1985, 11, 20))
        make_customer(s, "Lê Văn Không Số", birthday=date(1970, 11, 20))  # no phone: left out
        tv = make_product(s, "TV-55", "Tivi Sony 55 inch")
        make_purchase(
            s,
            lan.id,
            product_id=tv.id,
            purchase_date=date(2025, 12, 4),
            warranty_end=date(2026, 12, 4),
        )
        generate_reminders(s, AT)


def _text(db, rule: str) -> str:
    with db.session_scope() as s:
        reminder = s.scalars(
            select(Reminder).where(Reminder.rule == rule).order_by(Reminder.id)
        ).first()
        return greeting_text(s, reminder)


def test_the_birthday_and_warranty_greetings_are_filled_in(db, customers):
    assert _text(db, "birthday").startswith("Chúc mừng sinh nhật chị Lan! Chúc chị một tuổi")
    assert "bảo hành của Tivi Sony 55 inch sẽ hết vào ngày 04/12/2026" in _text(
        db, "warranty_ending"
    )


def test_the_admins_template_is_used(db, admin, customers):
    with db.session_scope() as s:
        set_setting(
            s,
            admin,
            "reminder.birthday.template",
            "Mừng sinh nhật {salutation} {name} - khách hạng {tier}!",
        )
    assert _text(db, "birthday") == "Mừng sinh nhật chị Lan - khách hạng Vàng!"


def test_todays_greeting_list_is_exported_as_csv_with_a_bom(db, customers, tmp_path):
    target = tmp_path / "loi-chuc.csv"
    with db.session_scope() as s:
        assert len(todays_greetings(s, AT + timedelta(days=1))) == 0  # tomorrow: none due
        written = export_greetings(s, target, AT)
    assert written == 3  # two birthdays and a warranty ending; no phone, no line
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["Phone", "Name", "Text"]
    lines = {(phone, name, text.split("!")[0].split(",")[0]) for phone, name, text in rows[1:]}
    assert lines == {
        ("0912345678", "Nguyễn Thị Lan", "Chúc mừng sinh nhật chị Lan"),
        ("0912345678", "Nguyễn Thị Lan", "Chào chị Lan"),
        ("0987654321", "'=Trần Văn Minh", "Chúc mừng sinh nhật anh/chị Minh"),
    }
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".caredesk-")]  # no temp left


def test_a_bad_export_destination_is_refused(db, customers, tmp_path):
    with db.session_scope() as s:
        with pytest.raises(ValidationError, match=r"\.csv"):
            export_greetings(s, tmp_path / "loi-chuc.xlsx", AT)
        with pytest.raises(ValidationError, match="does not exist"):
            export_greetings(s, tmp_path / "khong-co" / "loi-chuc.csv", AT)
