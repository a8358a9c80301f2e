"""The Dashboard's exports as one unit of work each: the figures of the period and
filters shown, computed and written (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from openpyxl import load_workbook
from pypdf import PdfReader

from app.models import Severity
from app.services.exports.kpi_exports import export_kpi_table, export_summary_pdf
from app.services.kpis.period import Period
from app.services.kpis.results import KpiFilter
from tests.factories import make_complaint, make_customer, make_store

MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))


def test_the_kpi_table_with_a_breakdown_is_written(db, admin, tmp_path):
    target = tmp_path / "kpi.xlsx"
    with db.session_scope() as s:
        an = make_customer(s, "Nguyễn Văn An").id
        for priority in (Severity.HIGH, Severity.NORMAL):
            opened = datetime(2026, 3, 10, 3, 0, tzinfo=UTC)
            make_complaint(s, an, priority=priority, opened_at=opened)
    with db.session_scope() as s:
        written = export_kpi_table(s, admin, MARCH, KpiFilter(), "priority", target, "xlsx")

    assert written == (target,)
    book = load_workbook(target)
    assert len(book.sheetnames) == 2  # the KPI table, then the breakdown by priority


def test_the_summary_is_headed_by_the_store_filtered_on(db, admin, tmp_path):
    with db.session_scope() as s:
        store = make_store(s, name="Cửa hàng Hoàn Kiếm")
        target = export_summary_pdf(
            s, admin, MARCH, KpiFilter(store_id=store.id), tmp_path / "t.pdf"
        )

    reader = PdfReader(target)
    assert len(reader.pages) == 1
    assert "Cửa hàng Hoàn Kiếm" in reader.pages[0].extract_text()
