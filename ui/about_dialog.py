"""Help > About: versions and where this seat keeps its data, for support calls."""

from __future__ import annotations

import platform
from importlib import metadata

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.config import data_dir, log_file


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "?"


def about_facts(database: str) -> list[tuple[str, str]]:
    """(label, value) rows of the About dialog; labels in the UI language."""
    return [
        (QCoreApplication.translate("AboutDialog", "Version"), _version("caredesk")),
        (QCoreApplication.translate("AboutDialog", "Database"), database),
        (QCoreApplication.translate("AboutDialog", "Data folder"), str(data_dir())),
        (QCoreApplication.translate("AboutDialog", "Log file"), str(log_file())),
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("SQLAlchemy", _version("SQLAlchemy")),
    ]


class AboutDialog(QDialog):
    """App name, version, the libraries it runs on and the database it is using."""

    def __init__(self, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About CareDesk"))
        name = QLabel("CareDesk", objectName="AboutTitle")
        summary = QLabel(
            self.tr("Post-sale customer care: calls, complaints, warranty and follow-ups."),
            objectName="AboutSummary",
        )
        summary.setWordWrap(True)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.facts = about_facts(database)
        for caption, value in self.facts:
            value_label = QLabel(value)
            # Support staff ask for these over the phone: let them be selected and copied.
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value_label.setWordWrap(True)
            form.addRow(caption, value_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(name)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
