"""Settings for the follow-up reminder rules: on or off, their numbers and texts."""

from __future__ import annotations

from app.services.setting_def import SettingDef

REMINDER_SETTINGS: tuple[SettingDef, ...] = ()


def reminder_labels() -> dict[str, str]:
    """Each reminder setting's name on screen, in the current language."""
    return {}
