"""The top of a customer's profile: who they are, how to reach them, what to remember.

Name, code, tier badge and points first (what an agent greets the caller with), then
the numbers with a copy button each, birthday with age and days to the next one, tags,
marketing consent, address and store, and the notes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_date, format_datetime
from app.services.customers.customer_profile import ProfileHeader
from ui.customer_text import points_text
from ui.labels import customer_tier_labels, gender_labels, label, phone_label_labels

COPIED_MS = 1500


def _clear(layout: QFormLayout | QHBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()


def _value(text: str, name: str = "ProfileValue") -> QLabel:
    value = QLabel(text, objectName=name)
    value.setWordWrap(True)
    # Agents copy addresses and e-mails into other programs.
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return value


class PhoneLine(QWidget):
    """A number as read aloud, its kind, and a button that copies the digits to dial."""

    copied = Signal(str)

    def __init__(self, display: str, national: str, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.display = display
        self.national = national
        self.number_label = QLabel(display, objectName="ProfilePhone")
        self.caption_label = QLabel(caption, objectName="ProfileMuted")
        self.copy_button = QPushButton(self.tr("Copy"), objectName="CopyPhone")
        self.copy_button.setToolTip(
            self.tr("Copy {number} to paste into the dialler").format(number=national)
        )
        self.copy_button.clicked.connect(self.copy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.number_label)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.copy_button)
        layout.addStretch(1)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.national)
        self.copy_button.setText(self.tr("Copied"))
        QTimer.singleShot(COPIED_MS, self._restore_caption)
        self.copied.emit(self.national)

    def _restore_caption(self) -> None:
        self.copy_button.setText(self.tr("Copy"))


class ProfileHeaderCard(QFrame):
    """`phone_copied(number)` after a copy button was used."""

    phone_copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProfileCard")
        self.name_label = QLabel("", objectName="ProfileName")
        self.name_label.setWordWrap(True)
        self.code_label = QLabel("", objectName="ProfileCode")
        self.tier_badge = QLabel("", objectName="TierBadge")
        self.points_label = QLabel("", objectName="ProfilePoints")
        self.status_label = QLabel("", objectName="ArchivedBadge")
        self.status_label.hide()
        title = QHBoxLayout()
        title.setSpacing(10)
        title.addWidget(self.name_label)
        title.addWidget(self.code_label)
        title.addWidget(self.tier_badge)
        title.addWidget(self.points_label)
        title.addWidget(self.status_label)
        title.addStretch(1)

        self.phone_lines: list[PhoneLine] = []
        self.phones_box = QVBoxLayout()
        self.phones_box.setSpacing(2)
        self.phones_box.setContentsMargins(0, 0, 0, 0)
        phones_widget = QWidget()
        phones_widget.setLayout(self.phones_box)
        self.birthday_label = _value("")
        self.gender_label = _value("")
        self.email_label = _value("")
        self.address_label = _value("")
        self.store_label = _value("")
        self.last_contact_label = _value("")
        self.consent_label = _value("")
        self.tags_row = QHBoxLayout()
        self.tags_row.setSpacing(6)
        self.tags_row.setContentsMargins(0, 0, 0, 0)
        tags_widget = QWidget()
        tags_widget.setLayout(self.tags_row)
        self.notes_label = _value("", "ProfileNotes")

        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setHorizontalSpacing(14)
            form.setVerticalSpacing(6)
        left.addRow(self._caption(self.tr("Phones")), phones_widget)
        left.addRow(self._caption(self.tr("Birthday")), self.birthday_label)
        left.addRow(self._caption(self.tr("Gender")), self.gender_label)
        left.addRow(self._caption(self.tr("E-mail")), self.email_label)
        right.addRow(self._caption(self.tr("Address")), self.address_label)
        right.addRow(self._caption(self.tr("Store")), self.store_label)
        right.addRow(self._caption(self.tr("Tags")), tags_widget)
        right.addRow(self._caption(self.tr("Marketing")), self.consent_label)
        right.addRow(self._caption(self.tr("Last contact")), self.last_contact_label)
        columns = QHBoxLayout()
        columns.setSpacing(28)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(10)
        layout.addLayout(title)
        layout.addLayout(columns)
        layout.addWidget(self.notes_label)

    @staticmethod
    def _caption(text: str) -> QLabel:
        return QLabel(text, objectName="ProfileCaption")

    def show_header(self, h: ProfileHeader) -> None:
        self.name_label.setText(h.full_name)
        self.code_label.setText(h.code)
        self.tier_badge.setText(label(customer_tier_labels(), h.tier))
        self.tier_badge.setProperty("tier", h.tier)
        self.tier_badge.setToolTip(self.tr("Tier set by hand") if h.tier_override else "")
        self.tier_badge.style().unpolish(self.tier_badge)
        self.tier_badge.style().polish(self.tier_badge)
        self.points_label.setText(points_text(h.points))
        archived = h.archived_at is not None
        self.status_label.setVisible(archived)
        self.status_label.setText(self.tr("Archived") if archived else "")
        self._show_phones(h)
        self.birthday_label.setText(self._birthday(h))
        self.gender_label.setText(label(gender_labels(), h.gender) or "—")
        self.email_label.setText(h.email or "—")
        place = ", ".join(p for p in (h.address, h.ward, h.province) if p)
        self.address_label.setText(place or "—")
        self.store_label.setText(h.store_name or "—")
        self.last_contact_label.setText(format_datetime(h.last_contact_at) or self.tr("Never"))
        self.consent_label.setText(
            self.tr("Agrees to receive offers")
            if h.marketing_consent
            else self.tr("No offers: do not send marketing")
        )
        _clear(self.tags_row)
        for tag in h.tags:
            self.tags_row.addWidget(QLabel(tag, objectName="TagChip"))
        if not h.tags:
            self.tags_row.addWidget(QLabel("—", objectName="ProfileValue"))
        self.tags_row.addStretch(1)
        self.notes_label.setText(h.notes)
        self.notes_label.setVisible(bool(h.notes))

    def _show_phones(self, h: ProfileHeader) -> None:
        while self.phones_box.count():
            widget = self.phones_box.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.phone_lines = []
        kinds = phone_label_labels()
        for phone in h.phones:
            caption = label(kinds, phone.label)
            if phone.is_primary and len(h.phones) > 1:
                caption = self.tr("{kind}, primary").format(kind=caption)
            line = PhoneLine(phone.display, phone.national, caption)
            line.copied.connect(self.phone_copied)
            self.phones_box.addWidget(line)
            self.phone_lines.append(line)
        if not h.phones:
            self.phones_box.addWidget(_value(self.tr("No phone number")))

    def _birthday(self, h: ProfileHeader) -> str:
        if h.birthday is None:
            return "—"
        parts = [format_date(h.birthday)]
        if h.age is not None:
            parts.append(self.tr("%n year(s) old", "", h.age))
        if h.days_until_birthday == 0:
            parts.append(self.tr("birthday today"))
        elif h.days_until_birthday == 1:
            parts.append(self.tr("birthday tomorrow"))
        elif h.days_until_birthday is not None:
            parts.append(self.tr("in %n day(s)", "", h.days_until_birthday))
        return " · ".join(parts)
