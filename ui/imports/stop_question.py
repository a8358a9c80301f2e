"""The question asked when Cancel or Esc is pressed while an import is writing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


def stop_question(parent: QWidget) -> tuple[QMessageBox, QPushButton]:
    """(the question, its "Stop and undo" button); "Keep importing" is the default and
    what Esc answers, so a second Esc never undoes an import by accident. Not shown yet:
    the caller opens it (not modal: the import goes on meanwhile)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("ImportWizard", "Stop the import?"),
        QCoreApplication.translate(
            "ImportWizard",
            "Cancel undoes everything imported so far: the database stays as it was "
            "before the import.",
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("ImportStopQuestion")
    stop = box.addButton(
        QCoreApplication.translate("ImportWizard", "&Stop and undo"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    go_on = box.addButton(
        QCoreApplication.translate("ImportWizard", "&Keep importing"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(go_on)
    box.setEscapeButton(go_on)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box, stop
