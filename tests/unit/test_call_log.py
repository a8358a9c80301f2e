"""The call log: keyset pages newest first, filters, totals, and the CSV/XLSX export."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta

import pytest
from openpyxl import load_workbook

from app.errors import ValidationError
from app.models import Channel, Direction, Interaction, Outcome, User
from app.services.contacts.call_log import (
    CallLogFilter,
    call_log_choices,
    call_log_page,
    call_log_totals,
)
from app.services.contacts.call_log_export import export_call_log
from tests.factories import make_customer, make_interaction, make_store

# 23:30 on 19 November in Hà Nội is 16:30 UTC the same day; 00:30 on the 20th is 17:30.
LATE = datetime(2026, 11, 19, 16, 30, tzinfo=UTC)


@pytest.fixture
def world(db, admin):
    with db.session_scope() as s:
        hn = make_store(s).id
        an = make_customer(s, "Nguyễn Văn An", phones=["0912 345 678"]).id
        yen = s.query(User).filter_by(username="admin").one().id
        rows = [
            make_interaction(
                s,
                an if n % 2 == 0 else None,
                phone_e164=None if n % 2 == 0 else "+84909111222",
                channel=Channel.PHONE if n < 5 else Channel.EMAIL,
                direction=Direction.INBOUND if n % 3 else Direction.OUTBOUND,
                started_at=LATE + timedelta(hours=n // 2),  # pairs share a start time
                duration_seconds=60 * (n + 1) if n != 3 else None,
                topic="warranty" if n < 4 else "billing",
                outcome=Outcome.RESOLVED_FIRST_CONTACT if n < 3 else Outcome.NO_ANSWER,
                notes=f"Ghi chú {n}",
                agent_id=yen if n < 6 else None,
                store_id=hn if n >= 2 else None,
            )
            for n in range(7)
        ]
        make_interaction(
            s,
            an,
            started_at=LATE + timedelta(hours=9),
            notes="Sửa lại",
            corrects_id=rows[0].id,
        )
        return {"ids": [r.id for r in rows], "an": an, "store": hn, "agent": yen}


def _ids(db, f=None, limit=3):
    seen, after = [], None
    with db.session_scope() as s:
        while True:
            page = call_log_page(s, f, after, limit)
            seen += [r.id for r in page.rows]
            if not page.has_more:
                return seen
            after = page.after


def test_pages_run_newest_first_with_ties_by_id_and_no_correction_rows(db, world):
    ids = world["ids"]
    newest_first = sorted(range(7), key=lambda n: (n // 2, ids[n]), reverse=True)
    assert _ids(db) == [ids[n] for n in newest_first]
    assert _ids(db, limit=200) == _ids(db, limit=2)


def test_the_first_page_says_when_there_is_more(db, world):
    with db.session_scope() as s:
        page = call_log_page(s, None, limit=3)
        assert len(page.rows) == 3 and page.has_more
        assert not call_log_page(s, None, limit=7).has_more


@pytest.mark.parametrize(
    ("f", "expected"),
    [
        (CallLogFilter(channel="email"), {5, 6}),
        (CallLogFilter(direction="out"), {0, 3, 6}),
        (CallLogFilter(topic="billing", outcome="no_answer"), {4, 5, 6}),
        (CallLogFilter(outcome="resolved_first_contact"), {0, 1, 2}),
        (CallLogFilter(store_id=-1), set()),
        # Local days: the contact at 23:30 on the 19th is not on the 20th.
        (CallLogFilter(date_from=date(2026, 11, 20)), {2, 3, 4, 5, 6}),
        (CallLogFilter(date_to=date(2026, 11, 19)), {0, 1}),
    ],
)
def test_filters_narrow_the_log(db, world, f, expected):
    assert set(_ids(db, f)) == {world["ids"][n] for n in expected}


def test_filters_by_agent_store_and_customer(db, world):
    ids = world["ids"]
    assert set(_ids(db, CallLogFilter(agent_id=world["agent"]))) == set(ids[:6])
    assert set(_ids(db, CallLogFilter(store_id=world["store"]))) == set(ids[2:])
    assert set(_ids(db, CallLogFilter(customer_id=world["an"]))) == {ids[0], ids[2], ids[4], ids[6]}


def test_an_end_date_before_the_start_is_refused():
    with pytest.raises(ValidationError, match="end date is before"):
        CallLogFilter(date_from=date(2026, 11, 20), date_to=date(2026, 11, 1))


def test_totals_count_every_filtered_contact_and_average_the_timed_ones(db, world):
    with db.session_scope() as s:
        totals = call_log_totals(s, CallLogFilter(topic="warranty"))
        empty = call_log_totals(s, CallLogFilter(channel="sms"))
    assert (totals.count, totals.total_seconds, totals.timed) == (4, 60 + 120 + 180, 3)
    assert totals.average_seconds == 120
    assert (empty.count, empty.average_seconds) == (0, None)


def test_choices_list_agents_stores_and_every_topic(db, world):
    with db.session_scope() as s:
        choices = call_log_choices(s)
    assert [p.name for p in choices.stores] == ["Cửa hàng Hà Nội"]
    assert "Quản Trị Viên" in [p.name for p in choices.agents]
    assert "warranty" in [t.key for t in choices.topics]


def test_a_csv_export_holds_the_filtered_rows_as_people_read_them(db, world, tmp_path):
    target = tmp_path / "cuoc-goi.csv"
    progress = []

    class Control:
        def progress(self, percent, message=""):
            progress.append(percent)

    with db.session_scope() as s:
        s.query(Interaction).filter_by(id=world["ids"][4]).update({"notes": "=HYPERLINK(1)"})
        written = export_call_log(
            s, CallLogFilter(customer_id=world["an"]), target, control=Control()
        )
    assert written == 4 and progress[-1] == 100
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM for Vietnamese
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["Time", "Customer code", "Customer"]
    assert [r[2] for r in rows[1:]] == ["Nguyễn Văn An"] * 4
    assert rows[-1][0] == "19/11/2026 23:30:00" and rows[-1][10] == "1:00"
    assert "'=HYPERLINK(1)" in [r[12] for r in rows]


def test_an_xlsx_export_keeps_times_and_durations_as_values(db, world, tmp_path):
    target = tmp_path / "cuoc-goi.xlsx"
    with db.session_scope() as s:
        assert export_call_log(s, CallLogFilter(channel="email"), target) == 2
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 3 and rows[1][4] == "Email"
    assert isinstance(rows[1][0], datetime) and rows[1][0].hour == 2  # 19:30 UTC + 7
    assert rows[1][10] == timedelta(minutes=7)  # the newest email took 7 minutes


def test_a_cancelled_export_leaves_no_file_and_keeps_the_old_one(db, world, tmp_path):
    (tmp_path / "exports").mkdir()
    target = tmp_path / "exports" / "cuoc-goi.csv"
    target.write_text("bản cũ", encoding="utf-8")

    class Stop(Exception):
        pass

    class Control:
        def progress(self, percent, message=""):
            raise Stop

    with pytest.raises(Stop), db.session_scope() as s:
        export_call_log(s, None, target, control=Control())
    assert target.read_text(encoding="utf-8") == "bản cũ"
    assert [p.name for p in target.parent.iterdir()] == ["cuoc-goi.csv"]


def test_an_export_to_another_format_is_refused(db, world, tmp_path):
    with pytest.raises(ValidationError, match=r"\.csv or \.xlsx"), db.session_scope() as s:
        export_call_log(s, None, tmp_path / "cuoc-goi.pdf")
