"""Optimistic locking seen from a form: the version it read must still be the current one."""

from __future__ import annotations

from app.errors import Conflict
from app.i18n import t


def refuse_stale(current_version: int, expected_version: int | None, name: str) -> None:
    """Raise Conflict when the record changed since the form read it (None: no check)."""
    if expected_version is not None and current_version != expected_version:
        raise Conflict(
            t(
                "Someone else changed {name} while you were editing. Reload to see their "
                "change; your input is kept.",
                name=name,
            )
        )
