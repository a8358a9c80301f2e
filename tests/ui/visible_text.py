"""Every text a window shows a person, and the English source strings among them.

Used by tests/ui/test_vietnamese_screens.py: in the Vietnamese UI, a text that equals an
English msgid of the catalogue whose Vietnamese differs is a string that was never
translated (a tr() missing, or a literal English word).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from babel.messages.pofile import read_po
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app.i18n.compiled import po_path

ROWS_READ = 3
LIST_ROWS_READ = 50
_PLACEHOLDER = re.compile(r"\{[A-Za-z_]\w*(?:[:!][^{}]*)?\}|%L?n|%\d")
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Seen:
    where: str
    text: str


@dataclass(frozen=True)
class English:
    """English sources that differ from their Vietnamese: whole texts, and patterns for
    sources with placeholders ("Updated {time}" -> "Updated .+")."""

    exact: frozenset[str]
    patterns: tuple[tuple[re.Pattern[str], str], ...]

    def match(self, text: str) -> str | None:
        if text in self.exact:
            return text
        return next((source for pattern, source in self.patterns if pattern.fullmatch(text)), None)


def _pattern(source: str) -> re.Pattern[str] | None:
    literal = _PLACEHOLDER.sub(" ", source)
    if literal == source or not re.search(r"[A-Za-z]{3,}", literal):
        return None  # no placeholder, or only punctuation around them: data would match
    parts = _PLACEHOLDER.split(source)
    return re.compile(".+?".join(re.escape(p) for p in parts), re.DOTALL)


@cache
def english_sources() -> English:
    with po_path("vi").open("rb") as data:
        vi = read_po(data, locale="vi")
    with po_path("en").open("rb") as data:
        en = read_po(data, locale="en")
    sources: set[str] = set()
    for message in vi:
        if not message.id:
            continue
        ids = message.id if message.pluralizable else (message.id,)
        texts = message.string if message.pluralizable else (message.string,)
        sources.update(i for i in ids if i not in texts)
    for message in en:  # the English forms a Qt plural shows: "%n contact", "%n contacts"
        if message.id:
            sources.update(message.string)
    exact = frozenset(s for s in sources if not _PLACEHOLDER.search(s))
    patterns = tuple((p, s) for s in sorted(sources) if (p := _pattern(s)) is not None)
    return English(exact, patterns)


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        text = html.unescape(_TAG.sub("", text))
    return text.strip()


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or '?'}"


def _model_texts(model: QAbstractItemModel, where: str) -> Iterator[Seen]:
    display = Qt.ItemDataRole.DisplayRole
    top = QModelIndex()
    # A list model's columnCount is private in Qt: it has one.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
    # A table's first rows show what its columns hold; a list (the navigation) is read whole.
    rows = min(model.rowCount(top), ROWS_READ if columns > 1 else LIST_ROWS_READ)
    for column in range(columns):
        for role in (display, Qt.ItemDataRole.ToolTipRole):
            header = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(header, str):
                yield Seen(f"{where} header {column}", header)
        for row in range(rows):
            for role in (display, Qt.ItemDataRole.ToolTipRole):
                value = model.data(model.index(row, column), role)
                if isinstance(value, str):
                    yield Seen(f"{where} row {row} column {column}", value)


def _own_texts(w: QWidget) -> Iterator[str]:
    if w.isWindow():
        yield w.windowTitle()
    yield w.toolTip()
    if isinstance(w, QLabel | QAbstractButton):
        yield w.text()
    elif isinstance(w, QGroupBox):
        yield w.title()
    elif isinstance(w, QTabBar):
        for i in range(w.count()):
            yield w.tabText(i)
            yield w.tabToolTip(i)
    elif isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
        yield w.placeholderText()
    elif isinstance(w, QComboBox):
        yield from (w.itemText(i) for i in range(w.count()))
    if isinstance(w, QSpinBox):
        yield w.suffix()
        yield w.prefix()
    if isinstance(w, QAbstractSpinBox):
        yield w.specialValueText()


def _action_texts(widget: QWidget) -> Iterator[Seen]:
    todo = list(QWidget.actions(widget))  # some screens name an attribute `actions`
    seen = set()
    while todo:
        action = todo.pop()
        if id(action) in seen:
            continue
        seen.add(id(action))
        where = f"action {action.objectName() or action.text()!r} of {_name(widget)}"
        yield Seen(where, action.text())
        yield Seen(where + " tooltip", action.toolTip())
        if action.menu() is not None:
            todo.extend(action.menu().actions())


def visible_texts(window: QWidget) -> Iterator[Seen]:
    """What `window` shows: titles, labels, buttons, tabs, menus, tables, placeholders,
    tool tips, of the widgets visible in it."""
    for w in [window, *window.findChildren(QWidget)]:
        if w is not window and not w.isVisibleTo(window):
            continue
        for text in _own_texts(w):
            if text:
                yield Seen(_name(w), _plain(text))
        yield from _action_texts(w)
        # A header view shows its table's model: read once, through the table.
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model():
            yield from _model_texts(w.model(), _name(w))


def untranslated(window: QWidget) -> list[str]:
    """'widget: text (the English source it is)' for each English text `window` shows."""
    english = english_sources()
    found = []
    for seen in visible_texts(window):
        source = english.match(seen.text)
        if source is not None:
            found.append(f"{seen.where}: {seen.text!r} (source {source!r})")
    return sorted(set(found))
