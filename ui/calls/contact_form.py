"""The new-contact form: log a call, visit or message while it happens, keyboard first.

Not modal: a second call can come in while a form is half filled, and each gets its own
window beside the others. The clock runs from the moment the form opens; topics, the
customer's name and the caller's number are read on workers.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget

from app.db import Database
from app.services.actor import Actor
from app.services.contacts.caller_lookup import CallerMatch
from app.services.contacts.interactions import InteractionInput, log_interaction
from app.timeutil import now_utc
from ui.calls.contact_customer import CallerPhone, CustomerChoice
from ui.calls.contact_fields import (
    CallbackRow,
    NotesEdit,
    discard_question,
    satisfaction_items,
    split_in_columns,
    value_combo,
)
from ui.calls.contact_timer import ContactClock
from ui.calls.correction_dialog import SAVE_KEYS, keys_text
from ui.calls.script_answers import ScriptAnswers, TopicCombo
from ui.calls.zone_time import ZoneDateTimeEdit
from ui.customer_text import phone_display
from ui.labels import channel_labels, direction_labels, outcome_labels
from ui.widgets.form_dialog import FormDialog, SaveCall

CALLBACK = "callback_needed"
COMPLAINT_OPENED = "complaint_opened"
# Service field names that have no input of their own, and the input they concern.
FIELD_ALIASES = {"duration": "ended_at"}


class ContactForm(FormDialog):
    """`saved(InteractionView)` after Save; `create_customer_requested(phone)` asks the window
    for the new-customer form (then `set_customer(id)`); `loaded()` once the topics, the
    customer and the caller's number have been read; `complaint_requested(customer_id, notes)`
    after a contact saved with the outcome "complaint opened" (the window opens the complaint
    form pre-filled)."""

    create_customer_requested = Signal(str)
    loaded = Signal()
    complaint_requested = Signal(int, str)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        customer_id: int | None = None,
        phone: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.setObjectName("ContactForm")
        self.setModal(False)
        self._actor = actor
        self._pending: set[str] = set()
        self._discarding = False
        self.discard_box: QMessageBox | None = None
        self.set_heading(self.tr("New contact"))
        self._left = self.form
        self._right = split_in_columns(self.layout(), self.form)

        self.customer = CustomerChoice(db, actor)
        self.phone = CallerPhone(db, phone)
        self.channel_combo = value_combo(channel_labels().items(), "ContactChannel")
        self.direction_combo = value_combo(direction_labels().items(), "ContactDirection")
        self.start_edit = ZoneDateTimeEdit(now_utc())
        self.start_edit.setObjectName("ContactStart")
        self.clock = ContactClock(self.start_edit)
        self.add_field("customer", self.tr("C&ustomer"), self.customer)
        self.add_field("phone", self.tr("P&hone"), self.phone, after=self.phone.unknown_box)
        self.add_field("channel", self.tr("&Channel"), self.channel_combo)
        self.add_field("direction", self.tr("&Direction"), self.direction_combo)
        self.add_field("started_at", self.tr("St&art"), self.start_edit)
        self.add_field("ended_at", self.tr("Length"), self.clock)

        self.form = self._right
        self.topic_combo = TopicCombo()
        self.topic_combo.setObjectName("ContactTopic")
        self.script = ScriptAnswers()
        self.outcome_combo = value_combo(outcome_labels().items(), "ContactOutcome", "—")
        self.callback = CallbackRow()
        self.notes_edit = NotesEdit()
        self.notes_edit.setObjectName("ContactNotes")
        self.satisfaction_combo = value_combo(satisfaction_items(), "ContactSatisfaction", "—")
        self.complaint_edit = QLineEdit(objectName="ContactComplaint")
        self.complaint_edit.setPlaceholderText(self.tr("e.g. KN-2025-00012 (optional)"))
        self.claim_edit = QLineEdit(objectName="ContactClaim")
        self.claim_edit.setPlaceholderText(self.tr("e.g. BH-2025-00007 (optional)"))
        self.add_field("topic", self.tr("&Topic"), self.topic_combo)
        self.add_field("script_answers", self.tr("Script"), self.script)
        self.add_field("outcome", self.tr("&Outcome"), self.outcome_combo)
        self.add_field("callback_at", self.tr("Call &back"), self.callback)
        self.add_field("notes", self.tr("&Notes"), self.notes_edit)
        self.add_field("satisfaction", self.tr("Satis&faction"), self.satisfaction_combo)
        self.add_field("complaint", self.tr("Co&mplaint no."), self.complaint_edit)
        self.add_field("claim", self.tr("Cla&im no."), self.claim_edit)
        self.form = self._left

        self.save_button.setToolTip(
            self.tr("Log the contact ({keys})").format(keys=keys_text(SAVE_KEYS))
        )
        QShortcut(QKeySequence(SAVE_KEYS), self, self.submit)
        self.customer.changed.connect(self._customer_changed)
        self.customer.loaded.connect(self._customer_loaded)
        self.phone.checked.connect(self._caller_checked)
        self.phone.create_requested.connect(self.create_customer_requested)
        self.topic_combo.script.connect(self.script.show_questions)
        self.topic_combo.loaded.connect(self._topics_loaded)
        self.topic_combo.failed.connect(self._topics_failed)
        self.outcome_combo.currentIndexChanged.connect(self._outcome_changed)
        self.script.questions_changed.connect(self._questions_changed)
        self.saved.connect(self._complaint_opened)
        self.setMinimumWidth(940)
        self._set_row_visible(self.script, False)
        self._set_row_visible(self.callback, False)

        self._pending.add("topics")
        self.topic_combo.load(db)
        if customer_id is not None:
            self.set_customer(customer_id)
        elif phone.strip():
            self._pending.add("caller")
            self.phone.check()
        self._customer_changed()
        self.customer.setFocus()

    # -- loading -------------------------------------------------------------------------

    def _finish(self, what: str) -> None:
        if what in self._pending:
            self._pending.discard(what)
            if not self._pending:
                self.loaded.emit()

    def is_loading(self) -> bool:
        return bool(self._pending)

    def _topics_loaded(self) -> None:
        if self.customer.is_fixed():
            self.topic_combo.setFocus()
        self._finish("topics")

    def _topics_failed(self, message: str) -> None:
        self.show_message(message)
        self._finish("topics")

    def _questions_changed(self, count: int) -> None:
        self._set_row_visible(self.script, count > 0)
        previous = self.topic_combo
        for edit in self.script.edits:  # made after the other fields: put them in Tab order
            QWidget.setTabOrder(previous, edit)
            previous = edit
        self.fit_height()

    def _outcome_changed(self) -> None:
        callback = self.outcome_combo.currentData() == CALLBACK
        if callback:
            self.callback.offer_default()
        self._set_row_visible(self.callback, callback)
        self.fit_height()

    # -- who the contact is with -----------------------------------------------------------

    def set_customer(self, customer_id: int) -> None:
        """Log the contact for `customer_id` (e.g. the customer just created for the number)."""
        self._pending.add("customer")
        self.customer.set_customer(customer_id)

    def _customer_loaded(self, view: object) -> None:
        name = getattr(view, "full_name", None)
        if name:
            self.setWindowTitle(self.tr("New contact: {name}").format(name=name))
        focus = QApplication.focusWidget()
        if focus is None or self.customer.isAncestorOf(focus) or not self.isAncestorOf(focus):
            self.topic_combo.setFocus()  # only when the focus was on the choice just made
        self._finish("customer")

    def _caller_checked(self, match: CallerMatch | None) -> None:
        if match is not None and self.customer.customer_id() is None:
            if len(match.customer_ids) == 1:
                self.set_customer(match.customer_ids[0])
            elif match.customer_ids:
                self.customer.show_picker(match.national, focus=False)
            else:
                self.setWindowTitle(
                    self.tr("New contact: {phone}").format(phone=phone_display(match.phone_e164))
                )
        self._customer_changed()
        self._finish("caller")

    def _customer_changed(self) -> None:
        fixed = self.customer.is_fixed()
        self._set_row_visible(self.phone, not fixed)
        self.phone.show_unknown(self.customer.customer_id() is None and self.phone.is_unknown())
        self.fit_height()

    # -- saving ----------------------------------------------------------------------------

    def save_call(self) -> SaveCall:
        callback = self.outcome_combo.currentData() == CALLBACK
        data = InteractionInput(
            channel=self.channel_combo.currentData(),
            direction=self.direction_combo.currentData(),
            started_at=self.clock.started_at(),
            ended_at=self.clock.end_for_save(),
            customer_id=self.customer.customer_id(),
            phone=self.phone.text(),
            topic=self.topic_combo.key(),
            outcome=self.outcome_combo.currentData(),
            notes=self.notes_edit.toPlainText(),
            satisfaction=self.satisfaction_combo.currentData(),
            complaint_number=self.complaint_edit.text(),
            claim_number=self.claim_edit.text(),
            script_answers=self.script.answers(),
            callback_at=self.callback.moment() if callback else None,
            callback_to_pool=callback and self.callback.to_pool(),
        )
        return log_interaction, (self._actor, data)

    def _complaint_opened(self, view: object) -> None:
        customer_id = getattr(view, "customer_id", None)
        if getattr(view, "outcome", None) == COMPLAINT_OPENED and customer_id is not None:
            self.complaint_requested.emit(customer_id, getattr(view, "notes", "") or "")

    def show_message(self, message: str, key: str | None = None) -> None:
        key = FIELD_ALIASES.get(key, key) if key else key
        if key == "phone" and self.customer.is_fixed():
            key = "customer"  # the number is not shown beside a chosen customer
        super().show_message(message, key)

    # -- closing -------------------------------------------------------------------------

    def has_input(self) -> bool:
        """Whether closing would throw away something the agent typed."""
        texts = (self.notes_edit.toPlainText(), self.complaint_edit.text(), self.claim_edit.text())
        return any(t.strip() for t in texts) or self.script.has_input()

    def reject(self) -> None:
        """Esc, Cancel or the close box: asks first when typed notes or answers would go."""
        if self.is_busy():
            return
        if self._discarding or not self.has_input():
            super().reject()
            return
        if self.discard_box is None:
            self.discard_box = discard_question(self)
            self.discard_box.finished.connect(self._discard_answered)
        self.discard_box.open()

    def _discard_answered(self) -> None:
        box = self.discard_box
        if box is not None and box.clickedButton() is box.button(box.StandardButton.Discard):
            self._discarding = True
            self.reject()

    def _set_row_visible(self, widget: QWidget, visible: bool) -> None:
        box = widget.parentWidget()
        for form in (self._left, self._right):
            if form.indexOf(box) >= 0:
                form.setRowVisible(box, visible)
