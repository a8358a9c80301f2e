"""`python main.py export`: a whole list to a CSV or Excel file, or every table to a folder."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from openpyxl import load_workbook

from app.models import Base
from tests.factories import (
    make_claim,
    make_complaint,
    make_customer,
    make_interaction,
    make_purchase,
    make_reminder,
)
from tests.unit.export_reading import csv_table


@pytest.fixture
def shop(db, admin):
    """Two customers, each with a call, an open complaint, a claim and a reminder."""
    with db.session_scope() as s:
        for n, name in enumerate(("Nguyễn Văn An", "Trần Thị Bình"), start=1):
            cid = make_customer(s, name, code=f"KH0{n}", phones=[f"0912 345 67{n}"]).id
            make_interaction(s, cid, started_at=datetime(2026, 11, n, 2, 0, tzinfo=UTC))
            make_complaint(s, cid, number=f"KN-T-{n}")
            make_claim(s, cid, make_purchase(s, cid, serial_no=f"SN{n}").id, number=f"YC-T-{n}")
            make_reminder(s, cid, unique_key=f"r{n}", due_at=datetime(2026, 11, n, tzinfo=UTC))


@pytest.mark.parametrize(
    ("name", "rows", "first_header"),
    [
        ("customers", 2, "Code"),
        ("calls", 2, "Time"),
        ("complaints", 2, "Number"),
        ("claims", 2, "Number"),
        ("reminders", 2, "Due"),
        ("audit", 1, "Time"),  # the first administrator's creation
    ],
)
def test_each_list_is_written_whole(cli, shop, tmp_path, name, rows, first_header):
    target = tmp_path / f"{name}.csv"
    code, out, err = cli("export", name, str(target))
    assert (code, err) == (0, "")
    assert out.strip() == f"{rows} row{'s' if rows != 1 else ''} written to {target}."
    table = csv_table(target)
    assert table[0][0] == first_header and len(table) == 1 + rows


def test_the_format_follows_the_file_name_and_json_reports_the_rows(cli, shop, tmp_path):
    target = tmp_path / "khach-hang.xlsx"
    code, out, _ = cli("export", "customers", str(target), "--json")
    assert code == 0
    assert json.loads(out) == {"list": "customers", "file": str(target), "rows": 2}
    sheet = load_workbook(target).active
    assert [row[0] for row in sheet.iter_rows(values_only=True)] == ["Code", "KH01", "KH02"]


def test_every_table_to_a_folder_with_its_row_counts(cli, shop, tmp_path):
    folder = tmp_path / "toan-bo"
    code, out, _ = cli("export", "--all", str(folder))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["File", "Rows"]
    assert "customers.csv 2" in [" ".join(line.split()) for line in lines]
    tables = len(Base.metadata.tables)
    assert lines[-1] == f"{tables} files and README.txt written to {folder}."
    code, out, _ = cli("export", "--all", str(folder), "--json")  # over the first: replaced
    report = json.loads(out)
    assert code == 0 and report["folder"] == str(folder)
    assert report["files"]["customers.csv"] == 2 and report["files"]["slips.csv"] == 0
    assert len(report["files"]) == tables and (folder / "README.txt").exists()


@pytest.mark.parametrize(
    "args",
    [
        ("export",),
        ("export", "customers"),
        ("export", "orders", "x.csv"),
        ("export", "customers", "x.csv", "--all", "folder"),
    ],
)
def test_a_command_missing_its_list_or_file_is_a_usage_error(cli, tmp_path, args):
    code, out, err = cli(*args)
    assert code == 2 and out == "" and "--help" in err


def test_a_file_that_is_not_csv_or_xlsx_is_refused_in_one_line(cli, shop, tmp_path):
    code, _, err = cli("export", "claims", str(tmp_path / "bao-hanh.pdf"))
    assert code == 1 and err.strip().endswith("Export to a .csv or .xlsx file.")
    assert list(tmp_path.glob("bao-hanh*")) == []


def test_a_folder_holding_other_files_is_refused(cli, shop, tmp_path):
    (tmp_path / "ghi-chu.txt").write_text("x", encoding="utf-8")
    code, _, err = cli("export", "--all", str(tmp_path))
    assert code == 1 and "holds other files" in err and err.count("\n") == 1
