"""The selected timeline row in full, under the table: a contact with its script answers and
corrections, or another item's whole text; and "Add correction…" for a contact."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout

from app.formatting import format_datetime
from app.services.customers.customer_timeline import TimelineItem
from ui.calls.interaction_text import interaction_html
from ui.customers.timeline_model import CorrectionRow, TimelineRow, timeline_what

MAX_HEIGHT = 220


def contact_of(row: TimelineRow | None) -> TimelineItem | None:
    """The contact a row is or corrects (None for complaints, claims, reminders)."""
    if isinstance(row, CorrectionRow):
        return row.original
    return row if row is not None and row.kind == "interaction" else None


class TimelineDetail(QFrame):
    """`correction_requested()` from Add correction (for the contact shown)."""

    correction_requested = Signal()

    def __init__(self, can_correct: bool = True, parent: QFrame | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TimelineDetail")
        self.heading = QLabel("", objectName="DetailsHeading")
        self.heading.setWordWrap(True)
        self.body = QLabel("", objectName="TimelineDetailText")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidget(self.body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.viewport().setAutoFillBackground(False)  # the page's own background
        self.body.setAutoFillBackground(False)
        self.correction_button = QPushButton(
            self.tr("Add &correction…"), objectName="AddCorrection"
        )
        self.correction_button.setToolTip(
            self.tr("Add a note under this contact; what was logged stays as it was")
        )
        self.correction_button.clicked.connect(self.correction_requested)
        self.correction_button.setVisible(can_correct)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.correction_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.setMaximumHeight(MAX_HEIGHT)
        self.show_row(None)

    def minimumSizeHint(self) -> QSize:
        # On a small window the table keeps its rows and this panel gives way first.
        return QSize(super().minimumSizeHint().width(), 0)

    def show_row(self, row: TimelineRow | None) -> None:
        contact = contact_of(row)
        self.correction_button.setEnabled(contact is not None)
        if row is None:
            self.heading.setText(self.tr("Select a row to read it in full."))
            self.body.setText("")
            return
        shown = contact if contact is not None else row
        self.heading.setText(f"{format_datetime(shown.at)} · {timeline_what(shown)}")
        if contact is not None:
            self.body.setText(interaction_html(contact))
        else:
            self.body.setText(escape(row.detail or "").replace("\n", "<br>"))

    def text(self) -> str:
        """What the panel shows, as plain text (for tests and copying)."""
        body = QTextDocumentFragment.fromHtml(self.body.text()).toPlainText()
        return f"{self.heading.text()}\n{body}"
