"""Revision 0012 on rows the previous version wrote: reminder titles and a follow-up contact
frozen in the writer's language read in the reader's once their kind and values are derived
from the records; what cannot be derived keeps its stored text; the downgrade gives the
English back."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from alembic import command
from sqlalchemy import column, insert, inspect, select, table

from app.db import _alembic_config, migrate, open_database
from app.models import AuditEntry, Complaint, ComplaintEvent, Interaction, Reminder
from app.services.complaints.complaints import complaint_detail
from app.services.contacts.interactions import get_interaction
from app.services.reminders.reminder_inbox import reminder_row
from tests.factories import make_customer, make_purchase, seat_language

HN = timedelta(hours=7)
PREVIOUS = "0011"


def hn(year: int, month: int, day: int, hour: int = 8) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC) - HN


def _to(db, revision: str, downgrade: bool = False) -> None:
    cfg = _alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if downgrade else command.upgrade)(cfg, revision)


def _reminder(s, key: str, rule: str, subject: tuple[str, int], title: str, **fields) -> int:
    """A reminder row as 0011 stored it: the title in the writing seat's language."""
    values = {
        "unique_key": key,
        "rule": rule,
        "subject_type": subject[0],
        "subject_id": subject[1],
        "due_at": hn(2026, 11, 20),
        "title": title,
        "notes": "",
        "status": "open",
        "created_at": hn(2026, 11, 19),
        "updated_at": hn(2026, 11, 19),
        "version": 1,
        **fields,
    }
    # Only the columns 0011 has (the model's later ones, e.g. `late`, are not there yet).
    columns = Reminder.__table__.c
    old = table("reminders", *(column(k, columns[k].type) for k in ["id", *values]))
    return s.execute(insert(old).values(values).returning(old.c.id)).scalar_one()


def _complaint(s, customer_id: int, number: str) -> int:
    """A complaint row as 0011 stored it (the timings of 0014 are not there yet)."""
    values = {
        "number": number,
        "customer_id": customer_id,
        "category": "product",
        "subcategory": "",
        "channel": "phone",
        "description": "Tivi không lên hình",
        "severity": "normal",
        "priority": "normal",
        "status": "new",
        "tier": 1,
        "opened_at": hn(2026, 11, 18),
        "sla_state": "on_track",
        "resolution_notes": "",
        "compensation_vnd": 0,
        "compensation_points": 0,
        "first_contact_resolution": False,
        "created_at": hn(2026, 11, 18),
        "updated_at": hn(2026, 11, 18),
        "version": 1,
    }
    columns = Complaint.__table__.c
    old = table("complaints", *(column(k, columns[k].type) for k in ["id", *values]))
    return s.execute(insert(old).values(values).returning(old.c.id)).scalar_one()


def _old_rows(db) -> dict[str, int]:
    """What seats of both languages left before 0012, as the previous code wrote it."""
    with db.session_scope() as s:
        an = make_customer(s, "Nguyễn Văn An", birthday=date(1990, 11, 20)).id
        hoa = make_customer(s, "Phạm Thị Hoa").id
        tv = make_purchase(s, an, purchase_date=date(2025, 12, 4), warranty_end=date(2026, 12, 4))
        late = _complaint(s, an, "KN-2026-000315")
        caller = s.execute(
            insert(Interaction)
            .values(
                channel="phone",
                direction="in",
                started_at=hn(2026, 11, 19),
                phone_e164="+84909111222",
            )
            .returning(Interaction.id)
        ).scalar_one()
        ids = {
            "sla": _reminder(
                s,
                f"sla:breached:resolution:complaint:{late}",
                "sla",
                ("complaint", late),
                "SLA breached: KN-2026-000315",
                customer_id=an,
                status="done",
                outcome="reached",
            ),
            "birthday": _reminder(
                s,
                f"birthday:customer:{an}:2026-11-20",
                "birthday",
                ("customer", an),
                "Chúc mừng sinh nhật: Nguyễn Văn An",
                customer_id=an,
            ),
            "warranty": _reminder(
                s,
                f"warranty_ending:purchase:{tv.id}:2026-11-20",
                "warranty_ending",
                ("purchase", tv.id),
                "Bảo hành Tivi Sony 55 inch hết hạn ngày 04/12/2026",
                customer_id=an,
            ),
            "quiet": _reminder(
                s,
                f"inactive:customer:{hoa}:2026-05-24",
                "inactive",
                ("customer", hoa),
                "No purchase or contact for 180 days: Phạm Thị Hoa",
                customer_id=hoa,
            ),
            "demo_quiet": _reminder(  # keyed on its due day, as older demo data did
                s,
                f"inactive:customer:{hoa}:2026-11-20",
                "inactive",
                ("customer", hoa),
                "Khách lâu không liên hệ: gọi chăm sóc",
                customer_id=hoa,
            ),
            "tet": _reminder(
                s,
                f"holiday:customer:{an}:2027-02-06",
                "holiday",
                ("customer", an),
                "Chúc mừng Tết Nguyên Đán: Nguyễn Văn An",
                customer_id=an,
                due_at=hn(2027, 2, 6),
            ),
            "stranger": _reminder(
                s,
                f"callback:interaction:{caller}",
                "callback",
                ("interaction", caller),
                "Call back 0909111222",
            ),
            "gone": _reminder(  # its purchase is not there: nothing to derive
                s,
                "post_purchase:purchase:999999:2026-11-20",
                "post_purchase",
                ("purchase", 999999),
                "Gọi hỏi thăm sau mua hàng: Máy giặt LG",
                customer_id=an,
            ),
        }
        ids["follow_up"] = s.execute(
            insert(Interaction)
            .values(
                customer_id=an,
                channel="phone",
                direction="out",
                started_at=hn(2026, 11, 20, 10),
                notes="Chăm sóc “Đã quá hạn SLA: KN-2026-000315”: Đã liên lạc được khách\n"
                "Khách đồng ý chờ thêm.",
            )
            .returning(Interaction.id)
        ).scalar_one()
        s.execute(
            insert(AuditEntry).values(
                actor="lan.nguyen",
                entity="reminder",
                entity_id=str(ids["sla"]),
                action="complete",
                after={"status": "done", "outcome": "reached", "interaction_id": ids["follow_up"]},
            )
        )
        s.execute(
            insert(ComplaintEvent).values(
                complaint_id=late,
                at=hn(2026, 11, 2, 17),
                kind="escalated",
                note="Tự động chuyển cấp: đã quá hạn SLA.",
                data={"tier": 2, "automatic": True},
            )
        )
        ids["complaint"] = late
    return ids


EXPECTED = {
    "en": {
        "sla": "SLA breached: KN-2026-000315",
        "birthday": "Birthday greeting: Nguyễn Văn An",
        "warranty": "The warranty of Tivi Sony 55 inch ends on 04/12/2026",
        "quiet": "No purchase or contact for 180 days: Phạm Thị Hoa",
        "demo_quiet": "Khách lâu không liên hệ: gọi chăm sóc",
        "tet": "Tết Nguyên Đán greeting: Nguyễn Văn An",
        "stranger": "Call back 0909111222",
        "gone": "Gọi hỏi thăm sau mua hàng: Máy giặt LG",
    },
    "vi": {
        "sla": "Đã quá hạn SLA: KN-2026-000315",
        "birthday": "Chúc mừng sinh nhật: Nguyễn Văn An",
        "warranty": "Bảo hành Tivi Sony 55 inch hết hạn ngày 04/12/2026",
        "quiet": "180 ngày không mua hàng hay liên hệ: Phạm Thị Hoa",
        "demo_quiet": "Khách lâu không liên hệ: gọi chăm sóc",
        "tet": "Chúc mừng Tết Nguyên Đán: Nguyễn Văn An",
        "stranger": "Gọi lại cho 0909111222",
        "gone": "Gọi hỏi thăm sau mua hàng: Máy giặt LG",
    },
}
FOLLOW_UP = {
    "en": "Follow-up “SLA breached: KN-2026-000315”: Reached the customer",
    "vi": "Chăm sóc “Đã quá hạn SLA: KN-2026-000315”: Đã liên lạc được khách",
}


@pytest.fixture
def old_database(empty_db_url):
    db = open_database(empty_db_url)
    _to(db, PREVIOUS)
    yield db
    db.dispose()


@pytest.mark.parametrize("reader", ["en", "vi"])
def test_old_rows_read_in_the_readers_language_after_the_upgrade(old_database, reader):
    db = old_database
    ids = _old_rows(db)
    migrate(db)
    with seat_language(reader), db.session_scope() as s:
        titles = {name: reminder_row(s, ids[name]).title for name in EXPECTED[reader]}
        notes = get_interaction(s, ids["follow_up"]).notes
    assert titles == EXPECTED[reader]
    assert notes == f"{FOLLOW_UP[reader]}\nKhách đồng ý chờ thêm."


def test_what_the_upgrade_derived_and_what_it_left(old_database):
    db = old_database
    ids = _old_rows(db)
    migrate(db)
    with db.session_scope() as s:
        keys = dict(s.execute(select(Reminder.id, Reminder.title_key)).all())
        contact = s.get(Interaction, ids["follow_up"])
        event_note = s.scalar(select(ComplaintEvent.note))
        shown = {}
        for lang in ("en", "vi"):
            with seat_language(lang):
                shown[lang] = complaint_detail(s, ids["complaint"]).events[0].note
    assert [keys[ids[name]] for name in EXPECTED["en"]] == [
        "sla_breached",
        "birthday",
        "warranty_ending",
        "inactive",
        None,  # keyed on its due day: no spell to count, shown as stored
        "holiday",
        "callback",
        None,  # left as it was: its title is shown as stored
    ]
    assert (contact.notes, contact.summary_key) == ("Khách đồng ý chờ thêm.", "follow_up")
    assert contact.summary_params["outcome"] == "reached"
    assert event_note == ""  # the system's words are worded when shown
    assert shown == {
        "en": "Escalated automatically: the SLA was breached.",
        "vi": "Tự động chuyển cấp: đã quá hạn SLA.",
    }


def test_the_downgrade_writes_the_english_back(old_database):
    db = old_database
    ids = _old_rows(db)
    migrate(db)
    _to(db, PREVIOUS, downgrade=True)
    columns = {c["name"] for c in inspect(db.engine).get_columns("reminders")}
    assert "title_key" not in columns and "title_params" not in columns
    with db.engine.connect() as conn:
        notes = conn.execute(
            select(Interaction.__table__.c.notes).where(
                Interaction.__table__.c.id == ids["follow_up"]
            )
        ).scalar_one()
        event_note = conn.execute(select(ComplaintEvent.__table__.c.note)).scalar_one()
    assert notes == f"{FOLLOW_UP['en']}\nKhách đồng ý chờ thêm."
    assert event_note == "Escalated automatically: the SLA was breached."
