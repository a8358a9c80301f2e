"""The latest-interactions table model: Qt's model rules, and what each cell shows."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, Qt

from app.services.kpis.overview import InteractionLine
from ui.models.interactions_model import COLUMNS, InteractionsModel


def line(**overrides) -> InteractionLine:
    values = dict(
        id=7,
        # 03:05 UTC is 10:05 in Ho Chi Minh City, whatever the machine's zone.
        started_at=datetime(2025, 3, 9, 3, 5, tzinfo=UTC),
        customer_id=12,
        customer_name="Nguyễn Thị Đào",
        customer_code="KH000012",
        phone_e164="+84901234567",
        channel="store_visit",
        direction="in",
        topic="usage_guidance",
        outcome="resolved_first_contact",
        agent_name="Trần Minh Khoa",
        duration_seconds=3725,
    )
    values.update(overrides)
    return InteractionLine(**values)


def row_texts(model: InteractionsModel, row: int) -> dict[str, str]:
    return {name: model.index(row, col).data() for col, name in enumerate(COLUMNS)}


def test_passes_qt_model_checks_empty_and_filled(qtmodeltester):
    model = InteractionsModel()
    qtmodeltester.check(model)
    model.set_lines([line(), line(id=8, customer_id=None, customer_name=None, outcome=None)])
    qtmodeltester.check(model)


def test_a_known_customer_row_reads_as_an_agent_would_say_it():
    model = InteractionsModel()
    model.set_lines([line()])

    assert row_texts(model, 0) == {
        "time": "09/03/2025 10:05",
        "customer": "Nguyễn Thị Đào",
        "channel": "Store visit",
        "direction": "Inbound",
        "topic": "Usage guidance",
        "outcome": "Resolved on first contact",
        "agent": "Trần Minh Khoa",
        "duration": "1:02:05",
    }
    tooltip = model.index(0, COLUMNS.index("customer")).data(Qt.ItemDataRole.ToolTipRole)
    assert "KH000012" in tooltip
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == 7


def test_an_unknown_caller_shows_the_phone_number_in_italics():
    model = InteractionsModel()
    model.set_lines([line(customer_id=None, customer_name=None, customer_code=None)])
    cell = model.index(0, COLUMNS.index("customer"))

    assert cell.data() == "0901234567"
    assert cell.data(Qt.ItemDataRole.FontRole).italic()
    assert "Unknown caller" in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_missing_values_are_blank_not_none():
    model = InteractionsModel()
    model.set_lines(
        [
            line(
                customer_id=None,
                customer_name=None,
                phone_e164=None,
                outcome=None,
                agent_name=None,
                duration_seconds=None,
            )
        ]
    )
    texts = row_texts(model, 0)

    assert texts["customer"] == "Unknown caller"
    assert texts["outcome"] == texts["agent"] == texts["duration"] == ""


def test_headers_are_labelled():
    model = InteractionsModel()
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]
    assert headers == [
        "Time",
        "Customer",
        "Channel",
        "Direction",
        "Topic",
        "Outcome",
        "Agent",
        "Duration",
    ]


def test_duration_is_right_aligned_for_comparing_at_a_glance():
    model = InteractionsModel()
    model.set_lines([line()])
    alignment = model.index(0, COLUMNS.index("duration")).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight


def test_vietnamese_labels(vietnamese):
    model = InteractionsModel()
    model.set_lines([line(channel="phone", direction="out", topic="warranty", outcome="no_answer")])
    texts = row_texts(model, 0)

    assert (texts["channel"], texts["direction"], texts["topic"], texts["outcome"]) == (
        "Điện thoại",
        "Đi",
        "Bảo hành",
        "Không nghe máy",
    )
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Khách hàng"


def test_a_value_from_a_newer_version_is_shown_rather_than_hidden():
    model = InteractionsModel()
    model.set_lines([line(channel="zalo")])
    assert model.index(0, COLUMNS.index("channel")).data() == "zalo"


def test_rows_have_no_children():
    model = InteractionsModel()
    model.set_lines([line()])
    parent = model.index(0, 0)
    assert model.rowCount(parent) == 0
    assert model.columnCount(parent) == 0
    assert model.rowCount(QModelIndex()) == 1
