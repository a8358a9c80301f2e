"""Column fitting: contents first, spare room to the name, the agent gives way first."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from ui.widgets.column_fit import ColumnFitter

ROW = [
    "22/11/2025 18:08",
    "Tôn Nữ Thị Phương Khuê Ngọc Diễm",
    "Điện thoại",
    "Nguyễn Thị Phương Thảo",
]


def make_table(qtbot, width: int) -> tuple[QTableView, ColumnFitter]:
    model = QStandardItemModel(0, len(ROW))
    table = QTableView()
    table.setModel(model)
    qtbot.addWidget(table)
    fitter = ColumnFitter(table, grow=1, give_way=[(3, 80), (1, 120)])
    model.appendRow([QStandardItem(text) for text in ROW])
    table.resize(width, 300)
    table.show()
    qtbot.waitExposed(table)
    fitter.fit()
    return table, fitter


def wanted(table: QTableView) -> list[int]:
    header = table.horizontalHeader()
    return [max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(len(ROW))]


def test_spare_room_goes_to_the_name_column(qtbot):
    table, _ = make_table(qtbot, 780)
    header = table.horizontalHeader()
    need = wanted(table)
    widths = [header.sectionSize(c) for c in range(len(ROW))]

    assert sum(widths) == table.viewport().width()
    assert widths[1] > need[1]
    assert [widths[c] for c in (0, 2, 3)] == [need[c] for c in (0, 2, 3)]


def test_when_short_of_room_the_agent_narrows_before_the_name(qtbot):
    table, fitter = make_table(qtbot, 780)
    need = wanted(table)
    table.resize(sum(need) - 40 + table.width() - table.viewport().width(), 300)
    qtbot.waitUntil(lambda: table.horizontalHeader().sectionSize(3) < need[3], timeout=2_000)

    widths = fitter.widths()
    assert widths[1] == need[1]
    assert widths[3] == need[3] - 40


def test_the_narrowing_stops_at_each_columns_floor(qtbot):
    table, fitter = make_table(qtbot, 200)
    widths = fitter.widths()
    assert widths[3] == 80
    assert widths[1] == 120
