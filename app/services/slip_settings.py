"""Settings for printed slips: layout and the terms printed on each kind."""

from __future__ import annotations

from app.services.setting_def import SettingDef

SLIP_SETTINGS: tuple[SettingDef, ...] = ()


def slip_labels() -> dict[str, str]:
    """Each slip setting's name on screen, in the current language."""
    return {}
