"""A list of records each with the edits not saved yet (a draft), for a list-and-editor
dialog (`ui.widgets.list_editor_dialog`).

Edits are kept per entry until they are saved or the dialog is closed, so a person can
look at another entry half-way through without losing anything. What an entry holds and
how it is named belongs to its owner (a subclass); keeping, comparing and painting the
row are the same everywhere. Words shown on a row come from the owner, translated in
its own context.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

MUTED = "#7b8794"


class Switchable(Protocol):
    """A draft that can be switched off (then no longer offered, yet kept)."""

    @property
    def active(self) -> bool: ...


R = TypeVar("R")
D = TypeVar("D", bound=Switchable)


@dataclass(frozen=True)
class RowWords:
    """How a row says its state: `switched_off` formats {name}; the others are tooltips."""

    switched_off: str
    not_offered: str
    unsaved: str


@dataclass
class DraftEntry(Generic[R, D]):
    """`record` None: an added one not saved yet. `errors`: field -> message from Save."""

    record: R | None
    draft: D | None = None
    errors: dict[str, str] = field(default_factory=dict)

    def saved_form(self) -> D:
        """What the editor shows for the record as saved (a blank one when not saved)."""
        raise NotImplementedError

    def name(self) -> str:
        """The row's name, as the person reads it in the list and in "not saved" asks."""
        raise NotImplementedError

    def row_words(self) -> RowWords:
        raise NotImplementedError

    def shown(self) -> D:
        return self.draft if self.draft is not None else self.saved_form()

    def keep(self, draft: D) -> None:
        """Remember what the editor holds; nothing is kept when it is what was saved."""
        same = draft == self.saved_form() and self.record is not None
        self.draft = None if same else draft

    @property
    def dirty(self) -> bool:
        return self.draft is not None and self.draft != self.saved_form()

    def settle(self, record: R) -> None:
        """`record` is what Save stored: the draft and its errors are done with."""
        self.record, self.draft, self.errors = record, None, {}

    def paint(self, item: QListWidgetItem) -> None:
        """The row: name, "(switched off)", and a star with a tooltip while unsaved."""
        words = self.row_words()
        text, tips = self.name(), []
        active = self.shown().active
        if not active:
            text = words.switched_off.format(name=text)
            tips.append(words.not_offered)
        if self.dirty:
            text += " *"
            tips.append(words.unsaved)
        item.setText(text)
        item.setToolTip(" ".join(tips))
        font = QFont(item.font())
        font.setItalic(self.dirty)
        item.setFont(font)
        # Switched off reads muted (the style sheet's hint colour); on, the list's own.
        item.setData(Qt.ItemDataRole.ForegroundRole, None if active else QColor(MUTED))


E = TypeVar("E", bound=DraftEntry)


class DraftList(QListWidget, Generic[E]):
    """The entries (`entries`) and their rows; a subclass says which row holds which
    entry (`entry(row)`, None for a row that is no entry) and fills the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[E] = []

    def entry(self, row: int) -> E | None:
        raise NotImplementedError

    def repaint_row(self, row: int) -> None:
        entry = self.entry(row)
        if entry is not None:
            entry.paint(self.item(row))

    def first_entry_row(self) -> int:
        return next((r for r in range(self.count()) if self.entry(r) is not None), -1)

    def waiting_entry(self) -> E | None:
        """The added entry not saved yet, if there is one (there is at most one)."""
        return next((e for e in self.entries if e.record is None), None)

    def unsaved_names(self) -> list[str]:
        return [entry.name() for entry in self.entries if entry.dirty]
