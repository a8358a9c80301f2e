"""The team scorecard, for recognising the best work: a supervisor sees a row per agent
(sortable by any KPI) and the compliments of the agent chosen; an agent sees their own
card as tiles, with the compliments customers left them.

A compliment is a complaint closed with CSAT 5 and a comment; a double-click on one
opens that complaint (`open_complaint_requested(id)`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.services.kpis.results import Scorecard
from ui.dashboard.kpi_tiles import KpiTiles
from ui.dashboard.scorecard_models import ComplimentsModel, ScorecardModel, ScorecardSort
from ui.widgets.record_table import make_record_table, select_row, selected_row


class ScorecardView(QWidget):
    """`own` True: one card as tiles (an agent's); False: the team's table."""

    open_complaint_requested = Signal(int)

    def __init__(self, own: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ScorecardView")
        self.own = own
        self._cards: tuple[Scorecard, ...] = ()
        self.model = ScorecardModel(self)
        self.proxy = ScorecardSort(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_record_table(self.proxy, "ScorecardTable")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(90)
        self.tiles = KpiTiles(clickable=False)
        self.empty_label = QLabel("", objectName="EmptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        self.compliments_title = QLabel("", objectName="SectionTitle")
        self.compliments_model = ComplimentsModel(self)
        self.compliments = make_record_table(self.compliments_model, "ComplimentsTable")
        self.compliments.horizontalHeader().setStretchLastSection(True)
        self.compliments.setMinimumHeight(70)
        self.compliments.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.compliments.doubleClicked.connect(self._open_compliment)
        self.no_compliments = QLabel("", objectName="EmptyState")
        self.no_compliments.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tiles if own else self.table, 0 if own else 2)
        layout.addWidget(self.compliments_title)
        layout.addWidget(self.no_compliments)
        layout.addWidget(self.compliments, 1)
        (self.table if own else self.tiles).hide()
        self.table.selectionModel().currentRowChanged.connect(self._agent_chosen)

    def cards(self) -> tuple[Scorecard, ...]:
        return self._cards

    def set_cards(self, cards: Sequence[Scorecard]) -> None:
        """Show `cards` (a supervisor's: every agent's; an agent's: their own)."""
        chosen = self.chosen_card()
        self._cards = tuple(cards)
        self.empty_label.setText(
            self.tr("Your scorecard is not available: only active staff have one.")
            if self.own
            else self.tr("No active agents to score.")
        )
        self.empty_label.setVisible(not cards)
        if self.own:
            self.tiles.set_values(cards[0].values if cards else {}, only_given=True)
            self.tiles.setVisible(bool(cards))
            self._show_compliments(cards[0] if cards else None)
            return
        self.model.set_cards(cards)
        if not cards:
            self._show_compliments(None)
            return
        # The one chosen before; at first the most praised (whose compliments show).
        praised = max(cards, key=lambda c: len(c.compliments))
        keep = chosen.agent_id if chosen is not None else praised.agent_id
        rows = range(self.proxy.rowCount())
        user = Qt.ItemDataRole.UserRole
        row = next((r for r in rows if self.proxy.index(r, 0).data(user) == keep), 0)
        select_row(self.table, row)
        self._show_compliments(self.chosen_card())

    def chosen_card(self) -> Scorecard | None:
        """The card whose compliments are shown."""
        if self.own:
            return self._cards[0] if self._cards else None
        row = selected_row(self.table)
        if row is None or not self._cards:
            return None
        return self.model.card(self.proxy.mapToSource(self.proxy.index(row, 0)).row())

    def _agent_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            source = self.proxy.mapToSource(current)
            self._show_compliments(self.model.card(source.row()))

    def _show_compliments(self, card: Scorecard | None) -> None:
        rows = card.compliments if card is not None else ()
        self.compliments_model.set_compliments(rows)
        if card is None:
            self.compliments_title.setText(self.tr("Compliments"))
        elif self.own:
            self.compliments_title.setText(self.tr("Compliments from your customers"))
        else:
            self.compliments_title.setText(
                self.tr("Compliments for {agent}").format(agent=card.agent_name)
            )
        self.no_compliments.setText(self.tr("No compliments in this period."))
        self.no_compliments.setVisible(card is not None and not rows)
        self.compliments.setVisible(bool(rows))

    def _open_compliment(self, index: QModelIndex) -> None:
        complaint_id = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        if complaint_id is not None:
            self.open_complaint_requested.emit(int(complaint_id))
