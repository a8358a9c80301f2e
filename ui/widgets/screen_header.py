"""The top row every list screen shares: title, load state, buttons and Refresh.

Texts arrive already translated, so each tr() string stays in its screen's context;
only the load-state words every screen shares ("Loading…", "Not updated") are
translated here, in ScreenHeader's context.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

TITLE_MIN_WIDTH = 60


class ScreenHeader(QWidget):
    """Title, state text, `buttons` and a Refresh button in one row.

    `error_label` is the screen's error banner (word-wrapped, hidden); it is not part of
    this row: the screen places it under the header so its own spacing applies.
    `spacing` is the screen layout's spacing, which the row used when it was a nested
    layout; passing it keeps every screen's header exactly as it was.
    """

    def __init__(
        self,
        title: str,
        refresh_text: str,
        refresh_tip: str,
        buttons: Sequence[QPushButton] = (),
        *,
        spacing: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title_label = QLabel(title, objectName="ScreenTitle")
        # The navigation names the screen too: on a narrow window the buttons keep their
        # width and the title gives way (cut short) rather than widen the window.
        self.title_label.setMinimumWidth(TITLE_MIN_WIDTH)
        self.state_label = QLabel("", objectName="ScreenState")
        self.refresh_button = QPushButton(refresh_text, objectName="RefreshButton")
        self.refresh_button.setToolTip(refresh_tip)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(spacing)
        row.addWidget(self.title_label)
        row.addSpacing(12)
        row.addWidget(self.state_label, 0, Qt.AlignmentFlag.AlignBottom)
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        row.addWidget(self.refresh_button)

        self.error_label = QLabel("", objectName="ErrorBanner")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

    def show_loading(self, *, lock_refresh: bool = True) -> None:
        """Say a load is under way; `lock_refresh` disables Refresh until it ends."""
        self.state_label.setText(self.tr("Loading…"))
        if lock_refresh:
            self.refresh_button.setEnabled(False)

    def show_state(self, state_text: str) -> None:
        """Fresh data is on screen: hide the error banner and show `state_text`."""
        self.error_label.hide()
        self.state_label.setText(state_text)

    def show_loaded(self, state_text: str) -> None:
        """The load finished: as show_state, and Refresh can be pressed again."""
        self.show_state(state_text)
        self.refresh_button.setEnabled(True)

    def show_failure(self, message: str) -> None:
        """The load failed: `message` in the error banner, "Not updated", Refresh enabled."""
        self.error_label.setText(message)
        self.error_label.show()
        self.state_label.setText(self.tr("Not updated"))
        self.refresh_button.setEnabled(True)
