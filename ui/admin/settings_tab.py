"""Admin > Settings: every shared setting of the catalogue, edited in place, saved together."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.errors import CareDeskError
from app.services.access.seat import IDLE_LOCK_SETTING
from app.services.actor import Actor
from app.services.settings import SETTINGS, SettingDef, label, save_settings
from ui.errors import log_exception
from ui.labels import label as choice_label
from ui.labels import loyalty_basis_labels
from ui.widgets.large_int_spin_box import LargeIntSpinBox
from ui.workers import Task, run_change

BASIS_SETTING = "loyalty.basis"


def slip_layout_labels() -> dict[str, str]:
    return {
        "a5": QCoreApplication.translate("SlipLayout", "A5 sheet"),
        "thermal80": QCoreApplication.translate("SlipLayout", "80 mm receipt roll"),
    }


# Screen labels of the choices a setting offers; a setting missing here shows its keys.
CHOICE_LABELS = {BASIS_SETTING: loyalty_basis_labels, "slip.layout": slip_layout_labels}
_QSPINBOX_MAX = 2**31 - 1
_MONEY_STEP = 1_000_000


def is_money(key: str) -> bool:
    """Spend thresholds are VND amounts (integer VND, like all money)."""
    return ".spend." in key


class SettingsTab(QWidget):
    """One editor per setting, grouped, with one Save.

    `idle_minutes_saved(minutes)` once a new idle-lock time is stored.
    """

    idle_minutes_saved = Signal(int)

    def __init__(
        self, db: Database, actor: Actor, read_only: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._read_only = read_only
        self._task: Task | None = None
        self._stored: dict[str, object] = {k: d.default for k, d in SETTINGS.items()}
        self.editors: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._rows: dict[str, QWidget] = {}
        self._forms: dict[str, QFormLayout] = {}
        self._captions: dict[str, QLabel] = {}

        # The groups scroll, so that a longer catalogue never sets the window's minimum height.
        content = QWidget(objectName="SettingsContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        scroll = QScrollArea(objectName="SettingsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        # The page's own background shows through, as on the other tabs.
        scroll.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)
        for key, definition in SETTINGS.items():
            group_name = key.split(".", 1)[0]
            if group_name not in self._forms:
                group = QGroupBox(self._group_title(group_name), objectName="SettingsGroup")
                form = QFormLayout(group)
                form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
                form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
                if group_name == "loyalty":
                    hint = QLabel(
                        self.tr(
                            "A customer reaches a tier once the chosen measure is at "
                            "least its threshold. Only the thresholds of the chosen "
                            "measure are shown; the others are kept."
                        )
                    )
                    hint.setWordWrap(True)
                    form.addRow(hint)
                self._forms[group_name] = form
                layout.addWidget(group)
            self._add_row(self._forms[group_name], definition)
            self.set_value(key, definition.default)

        self.idle_spin: QSpinBox = self.editors[IDLE_LOCK_SETTING]  # type: ignore[assignment]
        self.idle_spin.setToolTip(
            self.tr(
                "A seat nobody touches for this long locks until its user types the "
                "password again. Applies from the next sign-in on other seats."
            )
        )
        if BASIS_SETTING in self.editors:
            basis = self.editors[BASIS_SETTING]
            basis.setToolTip(
                self.tr(
                    "Yearly spend: what the customer paid in the last 12 months. "
                    "Points: the customer's points balance."
                )
            )
            basis.currentIndexChanged.connect(self._show_basis_thresholds)  # type: ignore[attr-defined]
        # Captions keep one width, so the fields stay put when the basis hides some rows.
        caption_width = max(c.sizeHint().width() for c in self._captions.values())
        for caption in self._captions.values():
            caption.setMinimumWidth(caption_width)
        self._show_basis_thresholds()

        self.save_button = QPushButton(self.tr("&Save settings"), objectName="SaveSettings")
        self.save_button.clicked.connect(self.save)
        self.message_label = QLabel("", objectName="SettingsMessage")
        self.message_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.message_label, 1)
        layout.addLayout(row)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 12, 0, 0)
        outer.addWidget(scroll)

    # -- building ---------------------------------------------------------------------

    def _group_title(self, group_name: str) -> str:
        titles = {
            "session": self.tr("Seats"),
            "loyalty": self.tr("Loyalty tiers"),
            "sla": self.tr("Service levels (SLA) and business hours"),
            "slip": self.tr("Printed slips"),
            "pbx": self.tr("Telephone exchange (PBX)"),
        }
        return titles.get(group_name, self.tr("Other settings"))

    def _add_row(self, form: QFormLayout, definition: SettingDef) -> None:
        editor = self._make_editor(definition)
        editor.setObjectName("Setting_" + definition.key.replace(".", "_"))
        error = QLabel("", objectName="FieldError")
        error.hide()
        field = QWidget()
        box = QHBoxLayout(field)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(editor)
        box.addWidget(error, 1)
        caption = QLabel(label(definition.key))
        caption.setBuddy(editor)
        form.addRow(caption, field)
        self.editors[definition.key] = editor
        self._errors[definition.key] = error
        self._rows[definition.key] = field
        self._captions[definition.key] = caption

    def _make_editor(self, definition: SettingDef) -> QWidget:
        if definition.choices is not None:
            combo = QComboBox()
            labels = CHOICE_LABELS.get(definition.key, dict)()
            for choice in definition.choices:
                combo.addItem(choice_label(labels, choice), choice)
            return combo
        if definition.type is bool:
            return QCheckBox()
        if definition.multiline:
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)  # Tab moves on, as in every other field
            text.setMinimumWidth(460)
            text.setFixedHeight(120)
            return text
        if definition.type is int:
            low = definition.minimum if definition.minimum is not None else 0
            high = definition.maximum if definition.maximum is not None else _QSPINBOX_MAX
            if is_money(definition.key):
                return LargeIntSpinBox(low, high, _MONEY_STEP, " ₫")
            if high > _QSPINBOX_MAX:
                return LargeIntSpinBox(low, high)
            spin = QSpinBox()
            spin.setRange(low, high)
            spin.setGroupSeparatorShown(True)
            spin.setMinimumWidth(110)
            return spin
        edit = QLineEdit()
        edit.setMinimumWidth(200)
        return edit

    # -- values -----------------------------------------------------------------------

    def value(self, key: str) -> object:
        editor = self.editors[key]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, (QSpinBox, LargeIntSpinBox)):
            return editor.value()
        return editor.text()  # type: ignore[attr-defined]

    def set_value(self, key: str, value: object) -> None:
        editor = self.editors[key]
        if isinstance(editor, QComboBox):
            index = editor.findData(value)
            if index < 0:  # a choice a newer version added: show it as it is
                editor.addItem(str(value), value)
                index = editor.count() - 1
            editor.setCurrentIndex(index)
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(value))
        elif isinstance(editor, (QSpinBox, LargeIntSpinBox)):
            editor.setValue(int(value))  # type: ignore[call-overload]
        else:
            editor.setText(str(value))  # type: ignore[attr-defined]

    def set_values(self, values: dict[str, object]) -> None:
        """Show stored values; a field edited here and not saved yet keeps its edit."""
        for key, value in values.items():
            if key not in self.editors:
                continue
            if self.value(key) == self._stored.get(key):
                self.set_value(key, value)
            self._stored[key] = value

    def set_idle_minutes(self, minutes: int) -> None:
        self.set_values({IDLE_LOCK_SETTING: minutes})

    def changes(self) -> dict[str, object]:
        return {k: self.value(k) for k in self.editors if self.value(k) != self._stored.get(k)}

    def message(self) -> str:
        return self.message_label.text()

    def field_error(self, key: str) -> str:
        return self._errors[key].text()

    def is_row_shown(self, key: str) -> bool:
        return not self._rows[key].isHidden()

    def _show_basis_thresholds(self) -> None:
        """Show the thresholds (loyalty.<basis>.<tier>) of the chosen basis only."""
        definition = SETTINGS.get(BASIS_SETTING)
        if definition is None or definition.choices is None:
            return
        chosen = self.value(BASIS_SETTING)
        form = self._forms["loyalty"]
        for key, field in self._rows.items():
            parts = key.split(".")
            if len(parts) == 3 and parts[0] == "loyalty" and parts[1] in definition.choices:
                form.setRowVisible(field, parts[1] == chosen)

    # -- saving -----------------------------------------------------------------------

    def save(self) -> None:
        if self._read_only or (self._task is not None and self._task.is_running):
            return
        self._clear_errors()
        changes = self.changes()
        if not changes:
            self._say(self.tr("Nothing to save: no setting was changed."), "ok")
            return
        self.save_button.setEnabled(False)
        self.message_label.setText("")
        self._task = run_change(
            self._db,
            save_settings,
            self._actor,
            changes,
            on_done=lambda _result: self._saved(changes),
            on_error=self._failed,
            context=self,
        )

    def _saved(self, changes: dict[str, object]) -> None:
        self.save_button.setEnabled(True)
        self._stored.update(changes)
        self._say(self.tr("Saved."), "ok")
        if IDLE_LOCK_SETTING in changes:
            self.idle_minutes_saved.emit(int(changes[IDLE_LOCK_SETTING]))  # type: ignore[call-overload]

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, CareDeskError):
            text = exc.message
            if exc.field in self._errors:
                self._errors[exc.field].setText(exc.message)
                self._errors[exc.field].show()
                self.editors[exc.field].setFocus()
                text = self.tr("Nothing was saved. {reason}").format(reason=exc.message)
        else:
            log_exception(exc, "Settings could not be saved")
            text = self.tr(
                "The settings could not be saved: the database did not answer. "
                "Try again; if it keeps failing, tell IT support."
            )
        self._say(text, "error")

    def _clear_errors(self) -> None:
        for error in self._errors.values():
            error.clear()
            error.hide()

    def _say(self, text: str, tone: str) -> None:
        self.message_label.setProperty("tone", tone)
        self.message_label.setText(text)
        # A dynamic property used in the style sheet only applies after a re-polish.
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
