"""Settings for the follow-up reminder rules: on or off, their numbers and texts.

Each generated rule (post_purchase, post_resolution, birthday, warranty_ending, inactive,
holiday) can be switched off, has its number of days where it has one, how many days late
it is still made where its moment passes (a check-in call, a satisfaction callback, a
greeting: see reminder_rules), and a greeting or script text with placeholders ({name},
{salutation}, {tier}, {product}, {warranty_end}) that the agent copies for SMS or Zalo.
A negative number of days and a placeholder the app cannot fill are refused when the
setting is saved.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import t, tp
from app.models import Tier
from app.services.settings_store import SettingDef, read_setting, read_settings

RULES = ("post_purchase", "post_resolution", "birthday", "warranty_ending", "inactive", "holiday")
PLACEHOLDERS = ("name", "salutation", "tier", "product", "warranty_end")
_DAYS_MAX = 3650

DEFAULT_TEMPLATES = {
    "post_purchase": (
        "Chào {salutation} {name}, cảm ơn {salutation} đã mua {product}. "
        "Sản phẩm dùng có tốt không ạ? Cần hỗ trợ gì {salutation} cứ gọi cho cửa hàng nhé."
    ),
    "post_resolution": (
        "Chào {salutation} {name}, khiếu nại của {salutation} đã được xử lý xong. "
        "Không biết {salutation} có hài lòng với cách giải quyết không ạ?"
    ),
    "birthday": (
        "Chúc mừng sinh nhật {salutation} {name}! Chúc {salutation} một tuổi mới "
        "nhiều sức khỏe và niềm vui. Cảm ơn {salutation} đã luôn đồng hành cùng cửa hàng."
    ),
    "warranty_ending": (
        "Chào {salutation} {name}, bảo hành của {product} sẽ hết vào ngày {warranty_end}. "
        "Không biết {salutation} có muốn kiểm tra máy hoặc gia hạn bảo hành không ạ?"
    ),
    "inactive": (
        "Chào {salutation} {name}, lâu rồi cửa hàng chưa được phục vụ {salutation}. "
        "Thành viên {tier} như {salutation} đang có nhiều ưu đãi, mời {salutation} ghé thăm."
    ),
    "holiday": (
        "Chào {salutation} {name}, nhân dịp lễ cửa hàng kính chúc {salutation} và gia đình "
        "an khang, hạnh phúc. Cảm ơn {salutation} đã tin tưởng cửa hàng."
    ),
}


def template_fields(text: str) -> list[str]:
    """The placeholder names in `text`; ValidationError when its braces do not pair up."""
    try:
        return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError:
        raise ValidationError(
            t(
                "A brace in the text has no partner: write each placeholder as a name between "
                "braces, e.g. {example}.",
                example="{name}",
            ),
            "template",
        ) from None


def check_template(value: object) -> str:
    """A greeting text whose placeholders are all ones the app fills."""
    text = str(value or "").replace("\r\n", "\n").strip()
    if not text:
        raise ValidationError(t("Write the text of the template."), "template")
    unknown = sorted({f for f in template_fields(text) if f not in PLACEHOLDERS})
    if unknown:
        raise ValidationError(
            t(
                "{fields} cannot be filled in; the placeholders are {allowed}.",
                fields=", ".join("{" + f + "}" for f in unknown),
                allowed=", ".join("{" + p + "}" for p in PLACEHOLDERS),
            ),
            "template",
        )
    return text


def parse_tiers(text: str) -> tuple[str, ...]:
    """ "gold, vip" -> ("gold", "vip"); ValidationError naming a word that is no tier."""
    tiers = []
    for part in (text or "").replace(";", ",").split(","):
        word = part.strip().lower()
        if not word:
            continue
        if word not in {tier.value for tier in Tier}:
            raise ValidationError(
                t(
                    "“{word}” is not a tier; choose from {tiers}.",
                    word=part.strip(),
                    tiers=", ".join(tier.value for tier in Tier),
                ),
                "tiers",
            )
        if word not in tiers:
            tiers.append(word)
    return tuple(tiers)


def check_tiers(value: object) -> str:
    return ",".join(parse_tiers(str(value)))


def parse_tags(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.strip() for p in (text or "").split(",") if p.strip()))


def check_tags(value: object) -> str:
    return ",".join(parse_tags(str(value)))


def parse_day_months(text: str) -> tuple[tuple[int, int], ...]:
    """ "14/02, 01/06" -> ((14, 2), (1, 6)): dates that come back every year."""
    found: list[tuple[int, int]] = []
    for part in (text or "").replace(";", ",").split(","):
        if not part.strip():
            continue
        pieces = part.strip().split("/")
        try:
            day, month = (int(p) for p in pieces)
            date(2000, month, day)  # a leap year: 29/02 is a date
        except ValueError:
            raise ValidationError(
                t(
                    "“{text}” is not a day of the year: write dates as dd/mm, separated by commas.",
                    text=part.strip(),
                ),
                "dates",
            ) from None
        if (day, month) not in found:
            found.append((day, month))
    return tuple(found)


def check_day_months(value: object) -> str:
    return ", ".join(f"{d:02d}/{m:02d}" for d, m in parse_day_months(str(value)))


def _days(rule: str, default: int, what: str = "days") -> SettingDef:
    return SettingDef(f"reminder.{rule}.{what}", int, default, 0, _DAYS_MAX)


# How many days late a reminder whose moment passes is still made (see reminder_rules):
# the setting of each rule, birthday and holiday sharing the greetings' one.
LATE_DAYS_KEYS = {
    "post_purchase": "reminder.post_purchase.late_days",
    "post_resolution": "reminder.post_resolution.late_days",
    "birthday": "reminder.greetings.late_days",
    "holiday": "reminder.greetings.late_days",
}

REMINDER_SETTINGS: tuple[SettingDef, ...] = (
    *(SettingDef(f"reminder.{rule}.enabled", bool, True) for rule in RULES),
    _days("post_purchase", 3),
    _days("post_purchase", 30, "late_days"),
    _days("post_resolution", 2),
    _days("post_resolution", 30, "late_days"),
    _days("greetings", 3, "late_days"),
    _days("warranty_ending", 14),
    _days("inactive", 180),
    SettingDef("reminder.inactive.tiers", str, "silver,gold,platinum,vip", check=check_tiers),
    SettingDef("reminder.holiday.tiers", str, "gold,platinum,vip", check=check_tiers),
    SettingDef("reminder.holiday.tags", str, "", check=check_tags),
    SettingDef("reminder.holiday.dates", str, "", check=check_day_months),
    *(
        SettingDef(
            f"reminder.{rule}.template",
            str,
            DEFAULT_TEMPLATES[rule],
            check=check_template,
            multiline=True,
        )
        for rule in RULES
    ),
)


def rule_names() -> dict[str, str]:
    """Each rule's name on screen (also the reminder kinds that rules did not generate)."""
    return {
        "post_purchase": t("After a purchase"),
        "post_resolution": t("After a complaint was resolved"),
        "birthday": tp("reminder rule", "Birthday"),
        "warranty_ending": t("Warranty ending"),
        "inactive": t("Customer gone quiet"),
        "holiday": t("Holiday greeting"),
        "callback": t("Promised callback"),
        "sla": t("Complaint SLA"),
    }


def reminder_labels() -> dict[str, str]:
    """Each reminder setting's name on screen, in the current language."""
    names = rule_names()
    return {
        **{
            f"reminder.{rule}.enabled": t("Reminders: {rule} (on or off)", rule=names[rule])
            for rule in RULES
        },
        "reminder.post_purchase.days": t("Check-in call this many days after delivery"),
        "reminder.post_purchase.late_days": t(
            "A check-in call missed while the desk was closed is still made up to this many "
            "days late"
        ),
        "reminder.post_resolution.days": t("Callback this many days after a complaint is resolved"),
        "reminder.post_resolution.late_days": t(
            "A callback after a complaint (no satisfaction score recorded yet) is still made "
            "up to this many days late"
        ),
        "reminder.greetings.late_days": t(
            "A birthday or holiday greeting missed while the desk was closed is still sent up "
            "to this many days late"
        ),
        "reminder.warranty_ending.days": t("Warn this many days before a warranty ends"),
        "reminder.inactive.days": t(
            "A customer is quiet after this many days without a purchase or contact"
        ),
        "reminder.inactive.tiers": t("Quiet customers of these tiers (e.g. gold,vip)"),
        "reminder.holiday.tiers": t("Holiday greetings for these tiers (e.g. gold,vip)"),
        "reminder.holiday.tags": t("Holiday greetings also for customers with these tags"),
        "reminder.holiday.dates": t("Extra greeting days besides Tết, 8/3 and 20/10 (dd/mm, …)"),
        **{
            f"reminder.{rule}.template": t("Greeting text: {rule}", rule=names[rule])
            for rule in RULES
        },
    }


@dataclass(frozen=True)
class RuleConfig:
    """The rules as set, read once per run."""

    enabled: frozenset[str]
    days: dict[str, int]
    # post_purchase, post_resolution, birthday, holiday: how many days late it is still made.
    late_days: dict[str, int]
    inactive_tiers: tuple[str, ...]
    holiday_tiers: tuple[str, ...]
    holiday_tags: tuple[str, ...]
    holiday_dates: tuple[tuple[int, int], ...]


def rule_config(session: Session) -> RuleConfig:
    values = read_settings(session, REMINDER_SETTINGS)

    def number(key: str) -> int:
        try:  # a value stored by hand that is not a whole number: the default
            return max(0, int(values[key]))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return next(int(d.default) for d in REMINDER_SETTINGS if d.key == key)  # type: ignore[call-overload]

    def lenient(parse, key: str):
        try:
            return parse(str(values[key]))
        except ValidationError:
            return parse(next(str(d.default) for d in REMINDER_SETTINGS if d.key == key))

    return RuleConfig(
        enabled=frozenset(r for r in RULES if values[f"reminder.{r}.enabled"] is not False),
        days={
            r: number(f"reminder.{r}.days")
            for r in ("post_purchase", "post_resolution", "warranty_ending", "inactive")
        },
        late_days={rule: number(key) for rule, key in LATE_DAYS_KEYS.items()},
        inactive_tiers=lenient(parse_tiers, "reminder.inactive.tiers"),
        holiday_tiers=lenient(parse_tiers, "reminder.holiday.tiers"),
        holiday_tags=parse_tags(str(values["reminder.holiday.tags"])),
        holiday_dates=lenient(parse_day_months, "reminder.holiday.dates"),
    )


def rule_template(session: Session, rule: str) -> str | None:
    """The greeting text of a rule as set (None for kinds without one: callback, sla)."""
    if rule not in RULES:
        return None
    key = f"reminder.{rule}.template"
    text = str(read_setting(session, next(d for d in REMINDER_SETTINGS if d.key == key)) or "")
    try:
        return check_template(text)
    except ValidationError:  # stored by hand and broken: the default still greets
        return DEFAULT_TEMPLATES[rule]
