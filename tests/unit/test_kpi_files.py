"""The KPI table to Excel and CSV, read back as a manager's spreadsheet would: durations
as time cells, rates and counts as numbers, an empty KPI as an empty cell, the breakdown
on its own sheet (Excel) or in its own file beside the table (CSV)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from openpyxl import load_workbook

from app.errors import ValidationError
from app.services.kpis.kpi_files import write_kpi_table
from app.services.kpis.period import Period
from app.services.kpis.results import BreakdownRow, KpiFilter, KpiReport, KpiValue
from tests.unit.export_reading import csv_table

NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))
OCTOBER = Period(date(2026, 10, 2), date(2026, 10, 31))  # the 30 days before
VALUES = {
    # 2 h 15 min against a target of 2 h (amber up to 4 h); 2 h 30 min the month before.
    "first_response_median": KpiValue(
        "first_response_median", 8100, 12, 7200, 14400, "amber", 9000
    ),
    "fcr_rate": KpiValue("fcr_rate", 76.5, 200, 75, 65, "green", 70.0),
    "contacts": KpiValue("contacts", 1234, 1234, previous=1000),
    "reopen_rate": KpiValue("reopen_rate", None, 0, 5, 10, None, 3.0),  # nothing resolved
}
BY_AGENT = (
    BreakdownRow(
        "1",
        "Nguyễn Văn An",
        {
            "fcr_rate": KpiValue("fcr_rate", 80.0, 10),
            "first_response_median": KpiValue("first_response_median", 3600, 4),
        },
    ),
    BreakdownRow("2", "=Trần Thị Bình", {"fcr_rate": KpiValue("fcr_rate", None, 0)}),
)


def report(breakdown: tuple[BreakdownRow, ...] = BY_AGENT) -> KpiReport:
    by = "agent" if breakdown else None
    return KpiReport(NOVEMBER, OCTOBER, by, KpiFilter(), VALUES, breakdown)


def rows_by_kpi(sheet) -> dict[str, tuple]:
    return {row[1].value: row for row in sheet.iter_rows(min_row=2)}


def test_excel_keeps_durations_rates_and_counts_as_numbers(tmp_path):
    target = tmp_path / "kpi.xlsx"
    assert write_kpi_table(report(), target, "xlsx") == (target,)
    book = load_workbook(target)
    assert book.sheetnames == ["KPIs", "Agent"]
    sheet = book["KPIs"]
    assert sheet.freeze_panes == "A2" and all(cell.font.b for cell in sheet[1])
    headers = [cell.value for cell in sheet[1]]
    assert headers[3] == "Value 01/11/2026 – 30/11/2026"
    assert headers[7] == "Previous period 02/10/2026 – 31/10/2026"
    rows = rows_by_kpi(sheet)
    _, _, unit, value, goal, amber, status, before, change, count = rows["First response, median"]
    # A time cell (Excel counts it in days, 0.09375 here), shown 2:15, read back as 2 h 15 min.
    assert unit.value == "business hours"
    assert value.is_date and value.number_format == "[h]:mm"
    assert value.value == timedelta(hours=2, minutes=15)
    assert goal.value == timedelta(hours=2) and amber.value == timedelta(hours=4)
    assert before.value == timedelta(hours=2, minutes=30)
    assert status.value == "Close to target"
    assert change.value == pytest.approx(-0.25)  # hours: Excel cannot show a negative time
    assert count.value == 12 and isinstance(count.value, int)
    fcr = rows["First-contact resolution"]
    assert fcr[3].value == 76.5 and fcr[3].number_format == '0.0"%"'
    assert fcr[6].value == "On target" and fcr[8].value == pytest.approx(6.5)
    assert fcr[9].value == 200
    contacts = rows["Contacts"]
    assert contacts[3].value == 1234 and isinstance(contacts[3].value, int)
    assert contacts[6].value is None  # no target, no colour word
    assert contacts[8].value == 234
    reopened = rows["Complaints reopened"]
    assert reopened[3].value is None and reopened[9].value == 0  # empty, not 0 %
    assert reopened[4].value == 5 and reopened[7].value == 3.0
    assert reopened[8].value is None  # no change without a value
    # Every KPI of the catalogue has its row, the ones not in the report empty.
    assert rows["Calls answered"][3].value is None and len(rows) == 36


def test_the_breakdown_sheet_has_a_row_per_agent_and_a_column_per_kpi(tmp_path):
    target = tmp_path / "kpi.xlsx"
    write_kpi_table(report(), target, "xlsx")
    sheet = load_workbook(target)["Agent"]
    table = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert len(table) == 3
    header = table[0]
    assert header[0] == "Agent"
    fcr = header.index("First-contact resolution (%)")
    median = header.index("First response, median (business hours)")
    # Warranty repairs break down by store, category and product, never by agent.
    assert "Warranty repairs taken in (count)" not in header
    an, binh = table[1], table[2]
    assert an[0] == "Nguyễn Văn An" and an[fcr] == 80.0
    assert an[median] == timedelta(hours=1)
    assert sheet.cell(2, median + 1).number_format == "[h]:mm"
    assert binh[0] == "'=Trần Thị Bình"  # a name is never run as a formula
    assert binh[fcr] is None and binh[median] is None


def test_csv_is_the_same_table_in_plain_numbers_with_hours(tmp_path):
    target = tmp_path / "kpi.csv"
    second = tmp_path / "kpi-agent.csv"
    assert write_kpi_table(report(), target, "csv") == (target, second)
    table = csv_table(target)
    header = table[0]
    assert header[3] == "Value 01/11/2026 – 30/11/2026 (durations in hours)"
    assert header[8] == "Change (durations in hours)"
    rows = {row[1]: row for row in table[1:]}
    assert len(rows) == 36
    assert rows["First response, median"][3:] == [
        "2.25", "2", "4", "Close to target", "2.5", "-0.25", "12",
    ]  # fmt: skip
    assert rows["First-contact resolution"][3:] == [
        "76.5", "75", "65", "On target", "70", "6.5", "200",
    ]  # fmt: skip
    assert rows["Contacts"][3] == "1234" and rows["Contacts"][8] == "234"
    assert rows["Complaints reopened"][3] == "" and rows["Complaints reopened"][9] == "0"
    by_agent = csv_table(second)
    assert [row[0] for row in by_agent] == ["Agent", "Nguyễn Văn An", "'=Trần Thị Bình"]
    fcr = by_agent[0].index("First-contact resolution (%)")
    median = by_agent[0].index("First response, median (hours)")
    assert by_agent[1][fcr] == "80" and by_agent[1][median] == "1"
    assert by_agent[2][fcr] == "" and by_agent[2][median] == ""


def test_without_a_breakdown_one_sheet_and_one_file(tmp_path):
    write_kpi_table(report(()), tmp_path / "kpi.xlsx", "xlsx")
    assert load_workbook(tmp_path / "kpi.xlsx").sheetnames == ["KPIs"]
    assert write_kpi_table(report(()), tmp_path / "kpi.csv", "csv") == (tmp_path / "kpi.csv",)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kpi.csv", "kpi.xlsx"]


def test_a_missing_folder_is_said_and_nothing_is_written(tmp_path):
    with pytest.raises(ValidationError, match="does not exist"):
        write_kpi_table(report(), tmp_path / "nowhere" / "kpi.xlsx", "xlsx")
    assert list(tmp_path.iterdir()) == []
