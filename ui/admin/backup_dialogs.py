"""The windows of Admin > Backups: the progress of a backup or a restore, the question
asked before a restore replaces the data, and the words that say what was restored."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.formatting import format_count, format_datetime
from app.services.backups.manifest import BackupInfo

_CONTEXT = "BackupsTab"


def counts_text(info: BackupInfo) -> str:
    """What a copy holds: "1,234 customers, 5,678 contacts, 12 complaints and 3 claims"."""
    customers, contacts, complaints, claims = (
        info.counts.get(table, 0) for table in ("customers", "interactions", "complaints", "claims")
    )
    return QCoreApplication.translate(
        _CONTEXT, "{customers}, {contacts}, {complaints} and {claims}"
    ).format(
        customers=_counted(
            QCoreApplication.translate(_CONTEXT, "%n customer(s)", "", customers), customers
        ),
        contacts=_counted(
            QCoreApplication.translate(_CONTEXT, "%n contact(s)", "", contacts), contacts
        ),
        complaints=_counted(
            QCoreApplication.translate(_CONTEXT, "%n complaint(s)", "", complaints), complaints
        ),
        claims=_counted(QCoreApplication.translate(_CONTEXT, "%n claim(s)", "", claims), claims),
    )


def _counted(translated: str, n: int) -> str:
    """A Qt "%n" plural with the number grouped as the language writes it."""
    return translated.replace(str(n), format_count(n), 1)


class BackupProgress(QProgressDialog):
    """A window-modal bar for a backup (with Cancel) or a restore (which cannot stop half
    way, so it has no Cancel)."""

    def __init__(self, parent: QWidget, text: str, cancellable: bool) -> None:
        super().__init__(
            text,
            QCoreApplication.translate(_CONTEXT, "Cancel") if cancellable else "",
            0,
            100,
            parent,
        )
        self.setObjectName("BackupProgress")
        self.setWindowTitle(QCoreApplication.translate(_CONTEXT, "Backups"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self.setMinimumWidth(420)
        self.setAutoClose(False)
        self.setAutoReset(False)
        if not cancellable:
            self.setCancelButton(None)
        self._text = text
        self.setValue(0)
        self.show()

    def show_progress(self, percent: int, text: str) -> None:
        if not self.wasCanceled():
            self.setValue(percent)
            if text:
                self.setLabelText(f"{self._text}\n{text}")

    def finish(self) -> None:
        self.close()
        self.deleteLater()


def confirm_restore(
    parent: QWidget, info: BackupInfo, on_restore: Callable[[], None]
) -> QMessageBox:
    """The question before a restore (`on_restore` runs on its Restore button, which is
    not the default: Enter or Escape keep the current data)."""
    when = format_datetime(info.taken_at)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate(_CONTEXT, "Restore a backup"),
        QCoreApplication.translate(_CONTEXT, "Restore the backup made on {when}?").format(
            when=when
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("RestoreConfirmation")
    box.setInformativeText(
        QCoreApplication.translate(
            _CONTEXT,
            "It holds {counts}.\n\nEverything saved after {when} is replaced by the backup "
            "on this PC. The data as it is now is kept aside as a backup first, so it can be "
            "brought back.",
        ).format(counts=counts_text(info), when=when)
    )
    restore = box.addButton(
        QCoreApplication.translate(_CONTEXT, "&Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    restore.setObjectName("ConfirmRestore")
    cancel = box.addButton(
        QCoreApplication.translate(_CONTEXT, "&Keep the current data"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.buttonClicked.connect(lambda button: on_restore() if button is restore else None)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def restored_text(result) -> str:
    """What a finished restore brought back, and where the data before it went."""
    text = QCoreApplication.translate(
        _CONTEXT, "Restored the backup made on {when}: {counts}."
    ).format(when=format_datetime(result.info.taken_at), counts=counts_text(result.info))
    if result.upgraded_from:
        text += " " + QCoreApplication.translate(
            _CONTEXT, "It was brought up to this version of CareDesk."
        )
    return (
        text
        + " "
        + QCoreApplication.translate(
            _CONTEXT, "The data from before the restore is kept in {path}."
        ).format(path=result.kept_aside)
    )
