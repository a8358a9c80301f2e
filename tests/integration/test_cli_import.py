"""`python main.py import customers FILE.csv` as an administrator meets it, on both databases."""

from __future__ import annotations

import getpass
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry, Customer

GOOD_AND_BAD = """\ufeffHọ tên,Số điện thoại,Ngày sinh,Hạng,Điểm,Nhãn
Nguyễn Thị Đào,0912 345 678,21/03/1985,Vàng,1.200,VIP
Trần Văn Bình,0168 912 3456,1990-07-02,bạc,,
,0987 654 321,,,,
Lê Văn Cường,0912 ABC 678,31/02/1990,,,
"""


def _file(tmp_path: Path, content: str | bytes, name: str = "khach.csv") -> str:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return str(path)


def _customers(db) -> int:
    with db.session_scope() as s:
        return s.scalar(select(func.count()).select_from(Customer))


def test_json_reports_counts_and_each_bad_row(cli, db, tmp_path):
    code, out, err = cli("import", "customers", _file(tmp_path, GOOD_AND_BAD), "--json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert list(report) == ["created", "updated", "skipped", "errors", "notes"]
    assert (report["created"], report["updated"], report["skipped"]) == (2, 0, 2)
    assert [(e["row"], e["column"]) for e in report["errors"]] == [
        (4, "Họ tên"),
        (5, "Số điện thoại"),
        (5, "Ngày sinh"),
    ]
    # The old 11-digit mobile was converted: a note on its cell, not an error.
    assert [(n["row"], n["column"]) for n in report["notes"]] == [(3, "Số điện thoại")]
    with db.session_scope() as s:
        actors = set(s.scalars(select(AuditEntry.actor).where(AuditEntry.action == "create")))
        dao = s.scalar(select(Customer).where(Customer.code == "KH0000001"))
        assert (dao.full_name, dao.tier, dao.points) == ("Nguyễn Thị Đào", "gold", 1200)
    assert actors == {f"os:{getpass.getuser()}"}


def test_text_output_names_row_column_and_fix(cli, tmp_path):
    code, out, _ = cli("import", "customers", _file(tmp_path, GOOD_AND_BAD))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Note: Row 3, Số điện thoại: 0168 912 3456 was converted")
    assert lines[1] == "Row 4, Họ tên: Type the customer's full name."
    assert lines[3].startswith("Row 5, Ngày sinh: “31/02/1990” is not a date")
    assert lines[-2] == "Read as: CSV, UTF-8, separator “,”."
    assert lines[-1] == "Customers created: 2, updated: 0; rows skipped: 2."


def test_a_second_run_updates_by_code(cli, db, tmp_path):
    cli("import", "customers", _file(tmp_path, GOOD_AND_BAD))
    update = "code,full_name,email\nKH0000002,,binh@gmail.com\n"
    code, out, _ = cli("import", "customers", _file(tmp_path, update, "sua.csv"), "--json")
    assert code == 0 and json.loads(out) == {
        "created": 0,
        "updated": 1,
        "skipped": 0,
        "errors": [],
        "notes": [],
    }
    with db.session_scope() as s:
        assert s.scalar(select(Customer.email).where(Customer.code == "KH0000002")) == (
            "binh@gmail.com"
        )


def test_dry_run_changes_nothing(cli, db, tmp_path):
    code, out, _ = cli("import", "customers", _file(tmp_path, GOOD_AND_BAD), "--dry-run")
    assert code == 0
    assert out.splitlines()[-1] == (
        "Dry run, nothing was changed: 2 would be created, 0 updated, 2 rows skipped."
    )
    assert _customers(db) == 0


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "neither a CSV file nor an Excel workbook"),
        ("phone\n0912345678\n", "no full name column"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "Excel 97-2003"),
    ],
    ids=["pdf", "missing-column", "xls"],
)
def test_an_unreadable_file_is_one_line_exit_1_and_nothing_loaded(
    cli, db, tmp_path, content, expected
):
    for extra in ((), ("--json",)):
        code, out, err = cli("import", "customers", _file(tmp_path, content), *extra)
        assert (code, out) == (1, "")
        assert len(err.strip().splitlines()) == 1 and expected in err
    assert _customers(db) == 0


def test_old_encodings_load_and_one_can_be_forced(cli, db, tmp_path):
    utf16 = "Họ tên\tĐịa chỉ\nNguyễn Văn An\tHuế\n".encode("utf-16")
    code, out, _ = cli("import", "customers", _file(tmp_path, utf16, "u.txt"))
    assert code == 0 and "Read as: CSV, UTF-16" in out
    # "Họ tên\nTrần Thị Lan" in TCVN3 (ABC); the bytes also read as Windows-1258.
    tcvn3 = b"H\xe4 t\xaan\nTr\xc7n Th\xde Lan\n"
    code, out, _ = cli(
        "import", "customers", _file(tmp_path, tcvn3, "t.csv"), "--encoding", "tcvn3", "--json"
    )
    assert code == 0 and json.loads(out)["created"] == 1
    with db.session_scope() as s:
        names = set(s.scalars(select(Customer.full_name)))
    assert names == {"Nguyễn Văn An", "Trần Thị Lan"}


def test_existing_customers_can_be_left_as_they_are(cli, db, tmp_path):
    cli("import", "customers", _file(tmp_path, GOOD_AND_BAD))
    update = "code,full_name,email\nKH0000002,,binh@gmail.com\n"
    code, out, _ = cli(
        "import", "customers", _file(tmp_path, update, "sua.csv"), "--json", "--skip-existing"
    )
    assert code == 0 and json.loads(out)["skipped"] == 1
    with db.session_scope() as s:
        assert s.scalar(select(Customer.email).where(Customer.code == "KH0000002")) is None


def test_a_missing_file_and_a_missing_argument(cli, tmp_path):
    code, _, err = cli("import", "customers", str(tmp_path / "khong-co.csv"))
    assert code == 1 and "There is no file" in err
    code, _, err = cli("import", "customers")
    assert code == 2 and "FILE" in err


def test_vietnamese_output(cli, tmp_path):
    code, out, _ = cli("import", "customers", _file(tmp_path, GOOD_AND_BAD), lang="vi")
    assert code == 0
    assert out.splitlines()[1] == "Dòng 4, Họ tên: Hãy nhập họ tên khách hàng."
    assert out.splitlines()[-1] == ("Khách hàng đã tạo: 2, đã cập nhật: 0; số dòng bỏ qua: 2.")
    code, _, err = cli("import", "customers", _file(tmp_path, b"%PDF-1.4\n"), lang="vi")
    assert code == 1 and "không phải tệp CSV" in err
