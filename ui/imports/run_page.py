"""Step 5: the rows being written, with the step under way and how to stop."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget


class RunPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportRunPage")
        self.heading = QLabel(self.tr("Importing…"), objectName="SectionTitle")
        self.step_label = QLabel("", objectName="BusyState")
        self.step_label.setWordWrap(True)
        self.progress_bar = QProgressBar(objectName="ImportRunProgress")
        self.progress_bar.setRange(0, 100)
        self.note_label = QLabel(
            self.tr(
                "Cancel undoes everything imported so far. Other seats can keep working meanwhile."
            ),
            objectName="DialogIntro",
        )
        self.note_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 24, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.step_label)
        layout.addWidget(self.note_label)
        layout.addStretch(1)

    def start(self) -> None:
        self.heading.setText(self.tr("Importing…"))
        self.progress_bar.setValue(0)
        self.step_label.setText(self.tr("Starting…"))

    def show_progress(self, percent: int, text: str) -> None:
        self.progress_bar.setValue(percent)
        if text:
            self.step_label.setText(text)

    def show_stopping(self) -> None:
        self.heading.setText(self.tr("Cancelling…"))
        self.step_label.setText(self.tr("Undoing what was imported so far…"))
