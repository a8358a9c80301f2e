"""One claim in its own window: what it is, its timeline, the steps legal now, its slips
and every time they were printed. Not modal: several can be open beside each other.

Only the steps the workflow allows from the current status are offered; each opens a
small form that confirms it and shows the service's refusal under the right field. A
change made meanwhile by someone else is named in the banner; Reload shows it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.formatting import format_datetime, format_vnd
from app.services.access.permissions import allowed
from app.services.actor import Actor
from app.services.claims.claim_actions import QUOTABLE, assign_claim
from app.services.claims.claim_detail import ClaimDetail, ClaimEventView
from app.services.claims.claim_labels import TERMINAL_STATUSES
from app.services.claims.claim_reads import ClaimWindowData, SlipLine, load_claim
from app.services.slips.slips import HANDED_BACK
from ui.claims import claim_steps as steps
from ui.claims.claim_header import ClaimHeader
from ui.errors import failure_message
from ui.labels import claim_rejection_labels, label
from ui.widgets.flow_layout import FlowBox
from ui.workers import Task, run_change, run_query

PLAIN = ("diagnosing", "waiting_parts", "repairing", "ready", "returned")
TERMINAL = frozenset(s.value for s in TERMINAL_STATUSES)
HANDED = frozenset(s.value for s in HANDED_BACK)
QUOTE_STATUSES = frozenset(s.value for s in QUOTABLE)


def event_text(event: ClaimEventView) -> str:
    """When, who did what, the status it led to, and what was noted."""
    translate = QCoreApplication.translate
    who = event.actor_name or translate("ClaimTimeline", "System")
    text = f"{format_datetime(event.at)} · {who} {event.what}"
    if event.to_status_label and event.kind != "opened":
        text += " → " + event.to_status_label
    data = event.data or {}
    extras = []
    if data.get("rejection_code"):
        extras.append(label(claim_rejection_labels(), str(data["rejection_code"])))
    if data.get("replacement_serial"):
        extras.append(
            translate("ClaimTimeline", "replacement serial {serial}").format(
                serial=data["replacement_serial"]
            )
        )
    if data.get("refund_vnd"):
        extras.append(format_vnd(int(data["refund_vnd"])))
    if event.kind == "quote" and data.get("quoted_cost_vnd") is not None:
        accepted = data.get("quote_accepted")
        extras.append(
            (
                translate("ClaimTimeline", "{cost}, accepted")
                if accepted
                else translate("ClaimTimeline", "{cost}, not accepted")
            ).format(cost=format_vnd(int(data["quoted_cost_vnd"])))
        )
    if extras:
        text += " · " + " · ".join(extras)
    if event.note:
        text += "\n" + event.note
    return text


class ClaimDialog(QDialog):
    """`changed(id)` after any step saved; `open_customer_requested(id)`;
    `slip_requested(kind, claim_id)` from the print buttons; `loaded()` after each read."""

    changed = Signal(int)
    open_customer_requested = Signal(int)
    slip_requested = Signal(str, int)
    loaded = Signal()

    def __init__(
        self, db: Database, actor: Actor, claim_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ClaimDialog")
        self.setModal(False)
        self.setWindowTitle(self.tr("Claim"))
        self._db = db
        self._actor = actor
        self.claim_id = claim_id
        self.data: ClaimWindowData | None = None
        self._task: Task | None = None
        self.step: steps.ClaimStep | None = None

        self.state_label = QLabel(self.tr("Loading…"), objectName="ScreenState")
        self.banner = QLabel("", objectName="FormBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.header = ClaimHeader()
        self.header.open_customer_requested.connect(self.open_customer_requested)
        self.actions = FlowBox()
        self.why_label = QLabel("", objectName="DialogIntro")
        self.why_label.setWordWrap(True)
        self.why_label.hide()
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (
            ("diagnosing", self.tr("&Diagnose…")),
            ("waiting_parts", self.tr("&Waiting for parts…")),
            ("repairing", self.tr("Re&pair…")),
            ("ready", self.tr("Ready for pic&kup…")),
            ("returned", self.tr("Ret&urned to customer…")),
            ("rejected", self.tr("Re&ject…")),
            ("exchanged", self.tr("&Exchange…")),
            ("refunded", self.tr("Re&fund…")),
            ("quote", self.tr("&Quote…")),
            ("take", self.tr("&Take it")),
            ("note", self.tr("Add &note…")),
        ):
            button = QPushButton(text, objectName=f"ClaimAction_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, k=key: self.do(k))
            self.buttons[key] = button
            self.actions.flow.addWidget(button)
        self.receipt_button = QPushButton(self.tr("Print &receipt…"), objectName="PrintReceipt")
        self.receipt_button.setToolTip(
            self.tr("The claim receipt the customer keeps (a reprint is marked COPY)")
        )
        self.return_button = QPushButton(
            self.tr("Print return s&lip…"), objectName="PrintReturnSlip"
        )
        self.return_button.setToolTip(
            self.tr("The slip handed over with the unit or the money (a reprint is marked COPY)")
        )
        for button, kind in ((self.receipt_button, "claim"), (self.return_button, "return")):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, k=kind: self.slip_requested.emit(k, claim_id))
        self.timeline = QListWidget(objectName="ClaimTimeline")
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.timeline.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.prints = QListWidget(objectName="ClaimPrints")
        self.prints.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.prints.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reload_button = QPushButton(self.tr("Re&load"), objectName="ReloadClaim")
        self.reload_button.setAutoDefault(False)
        self.reload_button.clicked.connect(self.reload)
        footer = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        footer.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ResetRole)
        footer.addButton(self.receipt_button, QDialogButtonBox.ButtonRole.ActionRole)
        footer.addButton(self.return_button, QDialogButtonBox.ButtonRole.ActionRole)
        footer.rejected.connect(self.reject)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.header)
        # The steps sit under what they act on, as in the complaint window.
        top_layout.addWidget(self.actions)
        top_layout.addWidget(self.why_label)
        top_layout.addStretch(1)
        scroll = QScrollArea(objectName="ClaimHeaderScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(top)
        top.setObjectName("ClaimHeaderPage")
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Timeline"), objectName="SectionTitle"))
        lower_layout.addWidget(self.timeline, 3)
        lower_layout.addWidget(QLabel(self.tr("Printed slips"), objectName="SectionTitle"))
        lower_layout.addWidget(self.prints, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(scroll)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.state_label)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        layout.addWidget(footer)
        self.resize(820, 860)
        self._enable()
        self.reload()

    # -- reading ---------------------------------------------------------------------------

    def detail(self) -> ClaimDetail | None:
        return self.data.detail if self.data is not None else None

    def reload(self) -> None:
        if self.is_busy():
            return
        self.state_label.setText(self.tr("Loading…"))
        self.state_label.show()
        self._task = run_query(
            self._db,
            load_claim,
            self.claim_id,
            on_done=self._show,
            on_error=self._load_failed,
            context=self,
        )
        self._enable()

    def _show(self, data: ClaimWindowData) -> None:
        self._task = None
        self.data = data
        d = data.detail
        self.state_label.hide()
        self.setWindowTitle(
            self.tr("Claim {number}: {name}").format(
                number=d.claim.number, name=d.claim.customer_name
            )
        )
        self.header.show_detail(d)
        self._show_events(d.events)
        self._show_prints(data.prints)
        self._enable()
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self._task = None
        self.state_label.setText(
            failure_message(
                exc,
                "Claim dialog: the claim could not be read",
                self.tr("The claim could not be read. Press Reload to try again."),
            )
        )
        self._enable()
        self.loaded.emit()

    def _show_events(self, events: Sequence[ClaimEventView]) -> None:
        self.timeline.clear()
        for event in events:
            text = event_text(event)
            item = QListWidgetItem(text)
            item.setToolTip(text)
            self.timeline.addItem(item)
        if self.timeline.count():
            self.timeline.scrollToBottom()

    def _show_prints(self, lines: Sequence[SlipLine]) -> None:
        self.prints.clear()
        names = {"claim": self.tr("Claim receipt"), "return": self.tr("Return slip")}
        targets = {
            "printer": self.tr("printer"),
            "pdf": self.tr("PDF file"),
            "cli": self.tr("command line"),
        }
        for line in lines:
            p = line.print
            what = self.tr("copy") if p.is_copy else self.tr("original")
            text = self.tr("{time} · {slip} {number} · {what} · {target} · {who}").format(
                time=format_datetime(p.at),
                slip=names.get(line.kind, line.kind),
                number=line.number,
                what=what,
                target=targets.get(p.target, p.target),
                who=p.by_name or self.tr("admin command line"),
            )
            self.prints.addItem(text)
        if not lines:
            self.prints.addItem(self.tr("Nothing printed yet."))

    def timeline_texts(self) -> list[str]:
        return [self.timeline.item(i).text() for i in range(self.timeline.count())]

    def print_texts(self) -> list[str]:
        return [self.prints.item(i).text() for i in range(self.prints.count())]

    # -- which steps apply -----------------------------------------------------------------

    def offered_steps(self) -> set[str]:
        """The steps shown now (the legal ones for this claim and this person)."""
        return {k for k, b in self.buttons.items() if not b.isHidden()}

    def _legal(self, d: ClaimDetail | None) -> set[str]:
        if d is None:
            return set()
        c = d.claim
        legal = set(d.next_statuses)
        if d.needs_quote and c.status in QUOTE_STATUSES:
            legal.add("quote")
        if c.status not in TERMINAL and c.assignee_id is None:
            legal.add("take")
        legal.add("note")
        return legal

    def _enable(self) -> None:
        d, busy = self.detail(), self.is_busy()
        handles = allowed(self._actor, "claim.handle")
        mine = d is not None and (
            d.claim.assignee_id in (None, self._actor.user_id)
            or allowed(self._actor, "work.reassign")
        )
        legal = self._legal(d) if handles and mine else set()
        for key, button in self.buttons.items():
            button.setVisible(key in legal)
            button.setEnabled(key in legal and not busy)
        prints = allowed(self._actor, "slip.print") and d is not None
        self.receipt_button.setEnabled(prints and not busy)
        self.return_button.setEnabled(prints and not busy and d.claim.status in HANDED)
        if d is not None and d.claim.status not in HANDED:
            self.return_button.setToolTip(
                self.tr("Printed once the unit is ready to hand back, exchanged or refunded")
            )
        self.reload_button.setEnabled(not busy)
        self.actions.setVisible(bool(legal))
        why = ""
        if d is not None and not handles:
            why = self.tr("Your role can read claims but not work on them.")
        elif d is not None and not mine:
            why = self.tr(
                "{name} is working on this claim: only they or a supervisor can move it on."
            ).format(name=d.claim.assignee_name)
        self.why_label.setText(why)
        self.why_label.setVisible(bool(why))

    # -- doing -----------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._task is not None and self._task.is_running

    def show_banner(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.show()

    def banner_text(self) -> str:
        return self.banner.text() if not self.banner.isHidden() else ""

    def do(self, key: str) -> steps.ClaimStep | None:
        """Start step `key` (a status, "quote", "note" or "take")."""
        d = self.detail()
        if d is None or self.is_busy() or key not in self.offered_steps():
            return None
        if key == "take":
            self._take(d)
            return None
        kinds: dict[str, type[steps.ClaimStep]] = {
            "rejected": steps.RejectStep,
            "exchanged": steps.ExchangeStep,
            "refunded": steps.RefundStep,
            "quote": steps.QuoteStep,
            "note": steps.NoteStep,
        }
        if key in PLAIN:
            step: steps.ClaimStep = steps.StatusStep(self._db, self._actor, d, key, self)
        else:
            step = kinds[key](self._db, self._actor, d, self)
        step.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        step.saved.connect(self._step_saved)
        step.conflict.connect(self.show_banner)
        self.step = step
        step.open()
        return step

    def _step_saved(self, _result: object) -> None:
        self.banner.hide()
        self.changed.emit(self.claim_id)
        self.reload()

    def _take(self, d: ClaimDetail) -> None:
        self.banner.hide()
        self._task = run_change(
            self._db,
            assign_claim,
            self._actor,
            d.claim.id,
            self._actor.user_id,
            d.claim.version,
            on_done=self._taken,
            on_error=self._refused,
            context=self,
        )
        self._enable()

    def _taken(self, _view: object) -> None:
        self._task = None
        self._step_saved(None)

    def _refused(self, exc: BaseException) -> None:
        self._task = None
        self.show_banner(
            failure_message(
                exc,
                "Claim dialog: a step could not be saved",
                self.tr(
                    "This could not be saved: the database did not answer as expected. Try again."
                ),
            )
        )
        self._enable()
