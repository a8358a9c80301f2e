"""KPI values as the command line and the PDF summary print them, in each language."""

from __future__ import annotations

import pytest

from app.services.kpis.kpi_text import format_change, format_kpi, is_better
from tests.factories import seat_language


@pytest.mark.parametrize(
    ("key", "value", "english", "vietnamese"),
    [
        ("first_response_median", 8100, "2 h 15 min", "2 giờ 15 phút"),
        ("first_response_median", 7200, "2 h", "2 giờ"),
        ("first_response_median", 2700, "45 min", "45 phút"),
        ("resolution_p90", 180_000, "50 h", "50 giờ"),
        ("fcr_rate", 76.54, "76.5 %", "76,5 %"),
        ("contacts", 12345, "12,345", "12.345"),
        ("csat_mean", 4.256, "4.26", "4,26"),
        ("fcr_rate", None, "—", "—"),  # nothing to count is not 0 %
    ],
)
def test_a_value_in_its_unit_and_the_readers_language(key, value, english, vietnamese):
    assert format_kpi(key, value) == english
    with seat_language("vi"):
        assert format_kpi(key, value) == vietnamese


def test_a_change_has_its_sign_and_a_rate_changes_by_points():
    assert format_change("fcr_rate", 6.5) == "+6.5 pp"
    assert format_change("first_response_median", -900) == "-15 min"
    assert format_change("contacts", 234) == "+234"
    assert format_change("contacts", 0) == "±0"
    assert format_change("csat_mean", 0.001) == "±0"  # rounds to nothing as shown
    assert format_change("fcr_rate", None) == "—"


def test_better_depends_on_which_way_the_kpi_should_go():
    assert is_better("fcr_rate", 2.0) is True  # higher is better
    assert is_better("first_response_median", 600) is False  # slower is worse
    assert is_better("first_response_median", -600) is True
    assert is_better("contacts", 50) is None  # a volume has no better side
    assert is_better("fcr_rate", 0) is None
