"""Importing Asterisk's call records (Master.csv) as an administrator meets it: the calls
land once however often the file is loaded, callers are found by number and agents by
extension, bad lines are reported with what a record should hold, and a file that is not
Master.csv, or an import stopped half-way, leaves nothing behind."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

import main as entry
from app.errors import ValidationError
from app.models import ImportRun, PbxCall
from app.services.actor import Actor
from app.services.imports.files import ImportFile
from app.services.imports.report import ImportReport
from app.services.imports.runner import ImportOptions, run_import
from app.services.settings import get_setting, set_setting
from tests.factories import make_customer, make_user
from tests.unit.import_helpers import rows_per_transaction

ADMIN = Actor.os_user()
COLUMNS = (
    "accountcode, src, dst, dcontext, clid, channel, dstchannel, lastapp, lastdata, start, "
    "answer, end, duration, billsec, disposition, amaflags, then uniqueid and userfield"
)


def cdr(
    src: str,
    start: str,
    answer: str,
    end: str,
    duration: int,
    billsec: int,
    disposition: str,
    *,
    dstchannel: str = "",
    lastapp: str = "Queue",
    lastdata: str = "hotline,t,,,300",
    dcontext: str = "from-pstn",
    extra: tuple[str, ...] = (),
    width: int | None = None,
) -> str:
    """One line as cdr_csv writes it: text quoted (quotes doubled), seconds bare, an empty
    time as nothing at all."""

    def quoted(text: str) -> str:
        return '"' + text.replace('"', '""') + '"'

    cells = [
        quoted(""),
        quoted(src),
        quoted("19001234"),
        quoted(dcontext),
        quoted(f'"Khách" <{src}>'),
        quoted("SIP/viettel-00000001"),
        quoted(dstchannel),
        quoted(lastapp),
        quoted(lastdata),
        quoted(start),
        quoted(answer) if answer else "",
        quoted(end),
        str(duration),
        str(billsec),
        quoted(disposition),
        quoted("DOCUMENTATION"),
        *(quoted(x) for x in extra),
    ]
    return ",".join(cells[:width])


ANSWERED = cdr(
    "0912345678",
    "2026-11-02 08:15:03",
    "2026-11-02 08:15:18",
    "2026-11-02 08:17:18",
    135,
    120,
    "ANSWERED",
    dstchannel="SIP/101-0000001a",
    extra=("1793600103.1", ""),
)
NO_ANSWER = cdr(  # the same customer, her number as the trunk sends it in E.164
    "+84912345678",
    "2026-11-02 08:20:00",
    "",
    "2026-11-02 08:20:40",
    40,
    0,
    "NO ANSWER",
    extra=("1793600400.2", ""),
)
BUSY = cdr(  # 16 columns (no uniqueid logged); not through a queue
    "0987654321",
    "2026-11-02 08:30:00",
    "",
    "2026-11-02 08:30:05",
    5,
    0,
    "BUSY",
    dstchannel="SIP/102-0000001c",
    lastapp="Dial",
    lastdata="SIP/102,30",
)
FIFTEEN = cdr(  # a line cut short: no amaflags
    "0987654321",
    "2026-11-02 08:40:00",
    "",
    "2026-11-02 08:40:05",
    5,
    0,
    "BUSY",
    width=15,
)
BAD_DATE = cdr("0987654321", "2026-11-31 09:00:00", "", "2026-11-02 09:00:20", 20, 0, "NO ANSWER")
OUTGOING = cdr(  # 17 columns: the userfield only; an agent calling a customer
    "101",
    "2026-11-02 09:10:00",
    "2026-11-02 09:10:12",
    "2026-11-02 09:12:12",
    132,
    120,
    "ANSWERED",
    dstchannel="SIP/viettel-0000001d",
    lastapp="Dial",
    lastdata="SIP/viettel/0912345678",
    dcontext="from-internal",
    extra=("goi lai",),
)
MASTER = "\n".join((ANSWERED, NO_ANSWER, BUSY, FIFTEEN, BAD_DATE, OUTGOING)) + "\n"


def load(db, text: str, *, dry_run: bool = False, control=None, name="Master.csv") -> ImportReport:
    file = ImportFile.from_bytes(text.encode("utf-8"), name)
    return run_import(db, ADMIN, file, ImportOptions("calls"), dry_run=dry_run, control=control)


def utc(hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(2026, 11, 2, hour, minute, second, tzinfo=UTC)


def calls(db) -> list[dict[str, object]]:
    with db.session_scope() as s:
        return [
            {c.key: getattr(call, c.key) for c in PbxCall.__table__.columns if c.key != "id"}
            for call in s.scalars(select(PbxCall).order_by(PbxCall.started_at))
        ]


def count(db) -> int:
    with db.session_scope() as s:
        return s.scalar(select(func.count()).select_from(PbxCall))


@pytest.fixture
def desk(db, admin) -> dict[str, int]:
    """Mai is a customer; Bảo answers on extension 101 and Lan on 102."""
    with db.session_scope() as s:
        mai = make_customer(s, "Lê Thị Mai", phones=["0912 345 678"]).id
        bao = make_user(s, "bao.tran", "Trần Văn Bảo").id
        lan = make_user(s, "lan.nguyen", "Nguyễn Thị Lan").id
        set_setting(s, admin, "pbx.extensions", "101=bao.tran; 102 = Lan.Nguyen")
    return {"mai": mai, "bao": bao, "lan": lan}


def test_good_lines_load_and_bad_lines_are_named(db, desk):
    report = load(db, MASTER)
    assert (report.created, report.updated, report.skipped) == (4, 0, 2)
    assert [(e.row, e.column) for e in report.errors] == [(4, ""), (5, "start")]
    assert report.errors[0].message == (
        "This line has 15 columns; a call record of Asterisk (Master.csv) has 16, 17 or 18: "
        f"{COLUMNS}. Check that this is Master.csv from the PBX."
    )
    assert report.errors[1].message == (
        "“2026-11-31 09:00:00” is not a date and time as Asterisk writes them, such as "
        "2026-11-02 08:15:03."
    )
    assert report.ignored_columns == ()
    stored = calls(db)
    run = [c.pop("import_run_id") for c in stored]
    assert len(set(run)) == 1 and run[0] is not None
    answered, no_answer, busy, outgoing = stored
    # 08:15:03 in Hồ Chí Minh City is 01:15:03 UTC; waited 135 - 120 s before Bảo answered.
    assert answered == {
        "unique_id": "1793600103.1",
        "started_at": utc(1, 15, 3),
        "answered_at": utc(1, 15, 18),
        "ended_at": utc(1, 17, 18),
        "src": "0912345678",
        "phone_e164": "+84912345678",
        "dst": "19001234",
        "queue": "hotline",
        "extension": "101",
        "disposition": "ANSWERED",
        "wait_seconds": 15,
        "talk_seconds": 120,
        "answered": True,
        "inbound": True,
        "customer_id": desk["mai"],
        "agent_id": desk["bao"],
    }
    assert no_answer | {"unique_id": None} == {
        **answered,
        "unique_id": None,
        "started_at": utc(1, 20),
        "answered_at": None,
        "ended_at": utc(1, 20, 40),
        "src": "+84912345678",
        "extension": "",
        "disposition": "NO ANSWER",
        "wait_seconds": 40,
        "talk_seconds": 0,
        "answered": False,
        "agent_id": None,
    }
    assert no_answer["unique_id"] == "1793600400.2"
    # Not through a queue: filed under its context; an unknown caller; rang at Lan's phone.
    assert (busy["queue"], busy["disposition"], busy["wait_seconds"]) == ("from-pstn", "BUSY", 5)
    assert (busy["customer_id"], busy["agent_id"], busy["extension"]) == (None, desk["lan"], "102")
    assert str(busy["unique_id"]).startswith("h:")
    # From an extension: an outgoing call, matched to no customer and no agent.
    assert (outgoing["inbound"], outgoing["customer_id"], outgoing["agent_id"]) == (
        False,
        None,
        None,
    )
    assert (outgoing["src"], outgoing["phone_e164"], outgoing["extension"]) == (
        "101",
        None,
        "viettel",
    )
    assert str(outgoing["unique_id"]).startswith("h:")  # "goi lai" is the userfield


def test_importing_the_file_again_adds_nothing(db, desk):
    load(db, MASTER)
    before = calls(db)
    again = load(db, MASTER)
    assert (again.created, again.skipped, len(again.errors)) == (0, 6, 2)
    assert calls(db) == before  # the first run's rows, as they were
    # The file grew by one call since: only that one is added.
    later = cdr("0912345678", "2026-11-02 10:00:00", "", "2026-11-02 10:00:09", 9, 0, "FAILED")
    grown = load(db, MASTER + later + "\n")
    assert (grown.created, count(db)) == (1, 5)


def test_a_record_repeated_in_the_file_counts_once(db, desk):
    transferred = ANSWERED.replace("SIP/101-0000001a", "SIP/102-0000001e")
    report = load(db, "\n".join((ANSWERED, transferred, BUSY, BUSY)))
    assert (report.created, report.skipped, report.errors) == (2, 2, ())
    assert [(n.row, n.column, n.message) for n in report.notes] == [
        (
            2,
            "uniqueid",
            "Line 1 has a record of the same call (the same Asterisk unique ID): the call is "
            "counted once, as written there.",
        ),
        (4, "", "This record is the same as line 3: it is counted once."),
    ]
    assert [c["agent_id"] for c in calls(db)] == [desk["bao"], desk["lan"]]


def test_a_shared_number_links_no_one_and_an_unknown_user_is_noted(db, admin):
    with db.session_scope() as s:
        make_customer(s, "Phạm Văn Hùng", phones=["0903 111 222"])
        make_customer(s, "Phạm Thị Hoa", phones=["0903 111 222"])
        set_setting(s, admin, "pbx.extensions", "101=khong.co")
    line = ANSWERED.replace("0912345678", "0903111222")
    report = load(db, line + "\n" + BUSY.replace("SIP/102", "SIP/101"))
    assert report.created == 2
    assert [(n.row, n.column, n.message) for n in report.notes] == [
        (
            1,
            "dstchannel",
            "Extension 101 belongs to the user name khong.co in the settings, but no user has "
            "that name: the calls of this extension are kept without an agent. Correct it in "
            "Admin › Settings.",
        )
    ]
    first = calls(db)[0]
    assert (first["phone_e164"], first["customer_id"], first["agent_id"]) == (
        "+84903111222",
        None,
        None,
    )


def test_a_file_that_is_not_master_csv_loads_nothing(db, desk):
    with pytest.raises(ValidationError) as refused:
        load(db, "Họ tên,Số điện thoại,Ngày sinh\nLê Thị Mai,0912345678,01/02/1990\n")
    assert refused.value.message == (
        "This is not a call record file of Asterisk: line 1 has 3 columns, where Master.csv "
        f"has 16, 17 or 18 ({COLUMNS}). Choose Master.csv from the PBX "
        "(/var/log/asterisk/cdr-csv/). Nothing was loaded."
    )
    with pytest.raises(ValidationError, match="The file is empty"):
        load(db, "")
    assert count(db) == 0


def test_a_dry_run_changes_nothing(db, desk):
    report = load(db, MASTER, dry_run=True)
    assert (report.created, report.skipped, report.dry_run) == (4, 2, True)
    assert count(db) == 0


class _Cancelled(Exception):
    pass


class _CancelAtSecondSave:
    def __init__(self, db) -> None:
        self.db, self.saved_before = db, None
        self.saves = 0

    def progress(self, percent: int, message: str = "") -> None:
        if message.startswith("Saving calls"):
            self.saves += 1
            if self.saves == 2:
                self.saved_before = count(self.db)
                raise _Cancelled


def test_a_cancelled_import_leaves_nothing_behind(db, desk, monkeypatch):
    rows_per_transaction(monkeypatch, 2)
    control = _CancelAtSecondSave(db)
    with pytest.raises(_Cancelled):
        load(db, MASTER, control=control)
    assert control.saved_before == 2  # the first transaction had landed
    assert count(db) == 0
    with db.session_scope() as s:
        assert s.scalar(select(ImportRun.status)) == "undone"
    assert load(db, MASTER).created == 4


def test_the_command_line_imports_calls(db, desk, tmp_path, capsys):
    path = tmp_path / "Master.csv"
    path.write_text(MASTER, encoding="utf-8")
    url = db.url.render_as_string(hide_password=False)
    assert entry.main(["--db", url, "import", "calls", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Row 4: This line has 15 columns;")
    assert out[1].startswith("Row 5, start: “2026-11-31 09:00:00” is not a date and time")
    assert out[-1] == (
        "Calls imported: 4; rows skipped (already imported, repeated or with errors): 2."
    )
    assert count(db) == 4


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (
            "101 bao.tran",
            "“101 bao.tran” is not an extension and a user name: write each pair as "
            "extension=user name, separated by commas, such as 101=bao.tran, 102=lan.nguyen.",
        ),
        (
            "101=bao.tran, 101=lan.nguyen",
            "Extension 101 is given twice, for bao.tran and for lan.nguyen: keep one of them.",
        ),
        (
            "101=Bảo Trần",
            "“bảo trần” is not a user name: 2 or more letters a-z without accents, digits, "
            "dots, dashes or underscores, as the user signs in with.",
        ),
    ],
)
def test_a_malformed_extension_list_is_refused_saying_how_to_write_it(db, admin, typed, message):
    label = "Telephone extensions of the agents (extension=user name, such as 101=bao.tran, "
    label += "102=lan.nguyen)"
    with db.session_scope() as s, pytest.raises(ValidationError) as refused:
        set_setting(s, admin, "pbx.extensions", typed)
    assert refused.value.message == f"{label}: {message}"


def test_the_extension_list_is_kept_tidy(db, admin):
    with db.session_scope() as s:
        set_setting(s, admin, "pbx.extensions", " 101 = Bao.Tran ;\n102=lan.nguyen,, ")
    with db.session_scope() as s:
        assert get_setting(s, "pbx.extensions") == "101=bao.tran, 102=lan.nguyen"
