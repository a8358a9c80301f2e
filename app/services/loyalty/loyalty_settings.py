"""How tiers are earned: by the spend of the last 12 months or by the points balance, and
the threshold of each tier on either scale."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.i18n import t
from app.services.settings_store import SettingDef, read_setting

_VND_MAX, _POINTS_MAX = 10**12, 10**9
LOYALTY_SETTINGS: tuple[SettingDef, ...] = (
    # Tiers follow the spend of the last 365 days, or the points balance.
    SettingDef("loyalty.basis", str, "spend", choices=("spend", "points")),
    # 1 point per 100,000 VND spent, so the two scales give the same tiers by default.
    SettingDef("loyalty.spend.silver", int, 15_000_000, 0, _VND_MAX),
    SettingDef("loyalty.spend.gold", int, 30_000_000, 0, _VND_MAX),
    SettingDef("loyalty.spend.platinum", int, 60_000_000, 0, _VND_MAX),
    SettingDef("loyalty.spend.vip", int, 100_000_000, 0, _VND_MAX),
    SettingDef("loyalty.points.silver", int, 150, 0, _POINTS_MAX),
    SettingDef("loyalty.points.gold", int, 300, 0, _POINTS_MAX),
    SettingDef("loyalty.points.platinum", int, 600, 0, _POINTS_MAX),
    SettingDef("loyalty.points.vip", int, 1000, 0, _POINTS_MAX),
)
_BY_KEY = {d.key: d for d in LOYALTY_SETTINGS}


def loyalty_setting(session: Session, key: str) -> object:
    return read_setting(session, _BY_KEY[key])


def loyalty_labels() -> dict[str, str]:
    return {
        "loyalty.basis": t("Customer tiers follow (spend or points)"),
        "loyalty.spend.silver": t("Silver from (VND spent in the last 12 months)"),
        "loyalty.spend.gold": t("Gold from (VND spent in the last 12 months)"),
        "loyalty.spend.platinum": t("Platinum from (VND spent in the last 12 months)"),
        "loyalty.spend.vip": t("VIP from (VND spent in the last 12 months)"),
        "loyalty.points.silver": t("Silver from (points)"),
        "loyalty.points.gold": t("Gold from (points)"),
        "loyalty.points.platinum": t("Platinum from (points)"),
        "loyalty.points.vip": t("VIP from (points)"),
    }
