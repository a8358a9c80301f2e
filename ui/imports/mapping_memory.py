"""The columns a person chose for a file, remembered per seat for the next file like it.

A store exports the same list every month: once its columns are matched, the next file
with the same headings is offered the same choice. The key is the kind and the headings
as header_key() reads them, so "Họ tên" and "HO TEN" are one file layout.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from PySide6.QtCore import QSettings

from app.services.imports.fields import field_names, header_key

SETTINGS_PREFIX = "imports/mappings"


def settings_key(kind: str, names: Sequence[str]) -> str:
    # Headings can hold any character and be long; QSettings keys want neither.
    layout = "\x1f".join(header_key(name) for name in names)
    return f"{SETTINGS_PREFIX}/{kind}/{hashlib.sha1(layout.encode()).hexdigest()[:20]}"


def remembered_mapping(kind: str, names: Sequence[str]) -> dict[int, str] | None:
    """The columns chosen last time for a file with these headings, or None.

    A stored choice that no longer fits (a field renamed since) is not offered.
    """
    stored = QSettings().value(settings_key(kind, names), "")
    if not isinstance(stored, str) or not stored:
        return None
    try:
        raw = json.loads(stored)
        mapping = {int(index): str(field) for index, field in raw.items()}
    except (ValueError, AttributeError, TypeError):
        return None
    known = set(field_names(kind))
    if not mapping or any(i < 0 or i >= len(names) or f not in known for i, f in mapping.items()):
        return None
    return mapping


def remember_mapping(kind: str, names: Sequence[str], mapping: dict[int, str]) -> None:
    value = json.dumps({str(index): field for index, field in sorted(mapping.items())})
    QSettings().setValue(settings_key(kind, names), value)
