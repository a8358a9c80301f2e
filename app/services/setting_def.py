"""How a shared setting is declared: key, type, default, limits. The catalogue is in
app/services/settings.py; areas with many settings declare theirs beside their code."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class SettingDef:
    key: str
    type: type
    default: object
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] | None = None
    # Text settings: normalises a value, or raises ValidationError saying what is wrong.
    check: Callable[[object], object] | None = None
    # Text settings edited in a several-line box (slip terms, greeting templates).
    multiline: bool = False
