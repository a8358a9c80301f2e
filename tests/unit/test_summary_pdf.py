"""The one-page KPI summary for a manager's meeting, read back as text: one A4 landscape
page whatever the period, Vietnamese printed right, "—" for a KPI with nothing to count,
and a chart with nothing to draw saying so."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from app.errors import ValidationError
from app.services.kpis.period import Period
from app.services.kpis.results import (
    Dashboard,
    DashboardCharts,
    KpiFilter,
    KpiReport,
    KpiValue,
    ParetoBar,
)
from app.services.kpis.summary_pdf import write_summary_pdf
from tests.factories import seat_language
from tests.pdf_reading import flat, pdf_text

STORE = "Cửa hàng Điện máy Hà Nội"
VALUES = {
    "first_response_median": KpiValue("first_response_median", 8100, 12, 7200, 14400, "amber"),
    "fcr_rate": KpiValue("fcr_rate", 76.5, 200, 75, 65, "green", 70.0),
    "contacts": KpiValue("contacts", 1234, 1234, previous=1000),
    "reopen_rate": KpiValue("reopen_rate", None, 0, 5, 10),  # nothing resolved: "—"
}
PARETO = (
    ParetoBar("product", "Lỗi kỹ thuật", 6, 60.0),
    ParetoBar("delivery", "Giao hàng chậm", 3, 90.0),
    ParetoBar("staff", "Thái độ nhân viên", 1, 100.0),
)


def dashboard(days: int, *, empty: bool = False) -> Dashboard:
    end = date(2026, 11, 30)
    period = Period(end - timedelta(days=days - 1), end)
    every_day = tuple(period.start + timedelta(days=i) for i in range(days))
    charts = DashboardCharts(
        days=every_day,
        contacts_per_day={
            "phone": tuple(0 if empty else 10 + i % 7 for i in range(days)),
            "store_visit": tuple(0 if empty else i % 3 for i in range(days)),
        },
        backlog=tuple(0 if empty else 20 - i % 5 for i in range(days)),
        weeks=(),
        sla_first_response=(),
        sla_resolution=(),
        csat=(0, 0, 0, 0, 0) if empty else (1, 0, 2, 7, 12),
        ces=(0, 0, 0, 0, 0),
        pareto_category=() if empty else PARETO,
        pareto_product=(),
        first_response_buckets=(),
        claims_by_outcome=(),
        customers_by_tier=(),
    )
    values = {} if empty else VALUES
    report = KpiReport(period, period.previous(), None, KpiFilter(), values)
    return Dashboard(report, charts)


def written(tmp_path, board: Dashboard, store: str = STORE) -> tuple[int, str, tuple]:
    target = tmp_path / "summary.pdf"
    assert write_summary_pdf(board, target, store) == target
    pdf = target.read_bytes()
    reader = PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    return len(reader.pages), pdf_text(pdf), (round(box.width), round(box.height))


def test_one_landscape_page_in_vietnamese(tmp_path):
    with seat_language("vi"):
        pages, text, size = written(tmp_path, dashboard(30))
    assert pages == 1 and size == (842, 595)  # A4 landscape, in points
    for words in (
        STORE,
        "01/11/2026 – 30/11/2026",  # the period, and the one it is compared with
        "02/10/2026 – 31/10/2026",
        "2 giờ 15 phút",  # first response, median
        "76,5 %",  # first-contact resolution, with the Vietnamese decimal comma
        "+6,5 điểm %",  # against 70 % the month before: percentage points
        "1.234",  # contacts
        "Lỗi kỹ thuật",  # the Pareto's first category
        "Điện thoại",  # the contacts chart's legend: the phone channel
    ):
        assert flat(words) in text


def test_an_empty_kpi_is_a_dash_and_an_empty_chart_says_so(tmp_path):
    pages, text, _ = written(tmp_path, dashboard(30, empty=True), store="")
    assert pages == 1
    assert "Complaints reopened —" in text and "First-contact resolution —" in text
    # Contacts, the Pareto and the CSAT scores have nothing; a backlog of 0 is a value.
    assert text.count("Nothing to show in this period.") == 3


@pytest.mark.parametrize(
    ("days", "title"),
    [
        (1, "Contacts per day, by channel"),
        (62, "Contacts per day, by channel"),
        (63, "Contacts per week, by channel"),
        (400, "Contacts per week, by channel"),
        (401, "Contacts per month, by channel"),
        (3652, "Contacts per month, by channel"),  # ten years: still one page
    ],
)
def test_a_long_period_is_drawn_per_week_or_month_on_one_page(tmp_path, days, title):
    pages, text, _ = written(tmp_path, dashboard(days))
    assert pages == 1 and title in text


def test_a_missing_folder_is_said_and_nothing_is_left(tmp_path):
    with pytest.raises(ValidationError, match="does not exist"):
        write_summary_pdf(dashboard(7), tmp_path / "nowhere" / "summary.pdf")
    assert list(tmp_path.iterdir()) == []
