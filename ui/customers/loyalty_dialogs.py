"""A supervisor's loyalty corrections: adjust points with a reason, set a tier by hand."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from app.db import Database
from app.formatting import format_date
from app.services.actor import Actor
from app.services.customers.customer_profile import ProfileHeader
from app.services.loyalty.loyalty import adjust_points, clear_tier_override, override_tier
from app.timeutil import local_date
from ui.labels import customer_tier_labels, label
from ui.widgets.form_dialog import FormDialog, SaveCall

MAX_ADJUSTMENT = 10_000_000


class AdjustPointsDialog(FormDialog):
    """Add points (a positive number) or take them (negative), always with the reason."""

    def __init__(
        self, db: Database, actor: Actor, header: ProfileHeader, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, parent)
        self.setObjectName("AdjustPointsDialog")
        self._actor = actor
        self._header = header
        self.set_heading(
            self.tr("Adjust points of {name}").format(name=header.full_name),
            self.tr(
                "Balance now: %n point(s). The balance cannot go below zero.", "", header.points
            ),
        )
        self.points_spin = QSpinBox(objectName="PointsSpin")
        self.points_spin.setRange(-MAX_ADJUSTMENT, MAX_ADJUSTMENT)
        self.points_spin.setGroupSeparatorShown(True)
        self.points_spin.setMaximumWidth(180)
        self.reason_edit = QLineEdit(objectName="ReasonEdit")
        self.reason_edit.setPlaceholderText(self.tr("e.g. points of invoice HD2025… not added"))
        self.add_field(
            "points",
            self.tr("&Points"),
            self.points_spin,
            self.tr("A minus sign takes points away."),
        )
        self.add_field("reason", self.tr("&Reason"), self.reason_edit)
        self.save_button.setText(self.tr("Adjust points"))
        self.points_spin.setFocus()
        self.points_spin.selectAll()

    def save_call(self) -> SaveCall:
        return adjust_points, (
            self._actor,
            self._header.id,
            self.points_spin.value(),
            self.reason_edit.text(),
        )


class TierDialog(FormDialog):
    """Set the tier by hand (it stays until cleared) or go back to the automatic tier."""

    def __init__(
        self, db: Database, actor: Actor, header: ProfileHeader, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, parent)
        self.setObjectName("TierDialog")
        self._actor = actor
        self._header = header
        tiers = customer_tier_labels()
        manual = header.tier_override
        intro = self.tr(
            "A tier set by hand stays whatever the customer spends, until it is cleared."
        )
        if manual is not None:
            intro = self.tr("{tier} was set by hand by {who} on {day}: “{reason}”.").format(
                tier=label(tiers, manual.tier),
                who=manual.by,
                day=format_date(local_date(manual.at)),
                reason=manual.reason,
            )
        self.set_heading(self.tr("Tier of {name}").format(name=header.full_name), intro)
        self.tier_combo = QComboBox(objectName="TierCombo")
        for value, text in tiers.items():
            self.tier_combo.addItem(text, value)
        self.tier_combo.setCurrentIndex(max(0, self.tier_combo.findData(header.tier)))
        self.reason_edit = QLineEdit(objectName="ReasonEdit")
        self.reason_edit.setPlaceholderText(self.tr("e.g. key account of the Hà Đông store"))
        self.automatic_check = QCheckBox(
            self.tr("Back to the tier from spend or points"), objectName="AutomaticCheck"
        )
        self.automatic_check.setVisible(manual is not None)
        self.automatic_check.toggled.connect(self._follow_automatic)
        self.add_field("tier", self.tr("&Tier"), self.tier_combo)
        self.add_field("reason", self.tr("&Reason"), self.reason_edit)
        if manual is not None:
            self.add_field("automatic", self.tr("Automatic"), self.automatic_check)
        self.save_button.setText(self.tr("Set tier"))
        self.tier_combo.setFocus()

    def _follow_automatic(self, automatic: bool) -> None:
        self.tier_combo.setEnabled(not automatic)
        self.reason_edit.setEnabled(not automatic)
        self.save_button.setText(self.tr("Clear manual tier") if automatic else self.tr("Set tier"))

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if not busy:
            self._follow_automatic(self.automatic_check.isChecked())

    def save_call(self) -> SaveCall:
        if self.automatic_check.isChecked():
            return clear_tier_override, (self._actor, self._header.id)
        return override_tier, (
            self._actor,
            self._header.id,
            self.tier_combo.currentData(),
            self.reason_edit.text(),
        )
