"""The seat's own shared setting: how long an idle seat stays open."""

from __future__ import annotations

from app.i18n import t
from app.services.settings_store import SettingDef

IDLE_LOCK = SettingDef("session.idle_lock_minutes", int, 15, 1, 480)
ACCESS_SETTINGS: tuple[SettingDef, ...] = (IDLE_LOCK,)


def access_labels() -> dict[str, str]:
    return {IDLE_LOCK.key: t("Lock an idle seat after (minutes)")}
